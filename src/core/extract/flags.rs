//! Several char tests answered by one lookup per char (issue 15, speed).
//!
//! The name passes test every char of a text against many char sets (may
//! a listed place start here, a surname, a pair of short forms; may a
//! suffix end here …). Each test is a call with its own set behind a lazy
//! static; a scan asked six or eight of them at most chars. [`Flags`]
//! answers up to seven tests at once from one byte per char: each
//! distinct char's answers are computed the first time the char is seen
//! in a text (a text of a million chars holds a few thousand distinct
//! ones) and kept in a table for the rest of the scan. The tests stay the
//! rules' own functions, so the answers are theirs by construction.

use std::cell::Cell;

/// Chars below this (Latin, CJK punctuation, the Han blocks) and the
/// full-width forms `U+FF00..U+FFFF` (`，：；（）`) are kept in the table;
/// any other char asks the tests each time.
const LOW: usize = 0xA000;

/// Where the full-width forms start.
const WIDE: usize = 0xFF00;

/// Slots of the table: the chars below [`LOW`], then the full-width forms.
const SLOTS: usize = LOW + 0x100;

/// The bit a table slot holds once its char's answers are in it.
const KNOWN: u8 = 0x80;

/// Up to seven char tests, each char's answers as a byte (bit `k` for
/// `tests[k]`), computed once per distinct char.
pub(crate) struct Flags<'f> {
    tests: &'f [fn(char) -> bool],
    /// Each char's answers with [`KNOWN`], or 0 before it was seen.
    memo: Vec<Cell<u8>>,
}

impl<'f> Flags<'f> {
    /// The flags of `tests` (only the first seven are used).
    pub(crate) fn new(tests: &'f [fn(char) -> bool]) -> Self {
        Flags {
            tests: tests.get(..7).unwrap_or(tests),
            memo: vec![Cell::new(0); SLOTS],
        }
    }

    /// The answers for `c`: bit `k` set when `tests[k](c)` holds.
    #[inline]
    pub(crate) fn of(&self, c: char) -> u8 {
        let u = c as usize;
        let slot = if u < LOW {
            u
        } else if (WIDE..WIDE + 0x100).contains(&u) {
            LOW + (u - WIDE)
        } else {
            return self.answers(c);
        };
        match self.memo.get(slot) {
            Some(m) if m.get() != 0 => m.get() & !KNOWN,
            Some(m) => {
                let a = self.answers(c);
                m.set(a | KNOWN);
                a
            }
            None => self.answers(c),
        }
    }

    /// Whether test `k` holds for `c`.
    #[inline]
    pub(crate) fn is(&self, c: char, k: u8) -> bool {
        self.of(c) & (1 << k) != 0
    }

    /// The tests' answers for `c`, asked.
    #[inline(never)]
    fn answers(&self, c: char) -> u8 {
        self.tests
            .iter()
            .enumerate()
            .fold(0, |a, (k, test)| a | (u8::from(test(c)) << k))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn han(c: char) -> bool {
        super::super::is_han(c)
    }
    fn comma(c: char) -> bool {
        matches!(c, '，' | ',')
    }
    fn wang(c: char) -> bool {
        c == '王'
    }

    proptest! {
        /// The flags answer what the tests answer, asked in any order and
        /// again, for chars in and outside the table.
        #[test]
        fn flags_answer_what_the_tests_answer(
            s in "[a王中，,·\u{20000}\u{FF5E}\u{FFFF}\u{A000}\u{9FFF}]{0,60}",
        ) {
            let tests: [fn(char) -> bool; 3] = [han, comma, wang];
            let f = Flags::new(&tests);
            for c in s.chars().chain(s.chars()) {
                for (k, test) in tests.iter().enumerate() {
                    prop_assert_eq!(f.is(c, k as u8), test(c));
                }
            }
        }
    }
}
