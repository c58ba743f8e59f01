//! The passes' first char tests, answered once per char of a text
//! (issue 15, speed).
//!
//! The name passes test every char of a text against many char sets (may
//! a listed place start here, a surname, a pair of short forms; may a
//! suffix end here …), each a call with its own set behind a lazy static.
//! [`gates_of`] answers all of them for a text at once, one word per char
//! with a bit per test ([`gate`]): each distinct char's answers are
//! computed the first time the char is seen (a text of a million chars
//! holds a few thousand distinct ones) and kept in a table for the rest.
//! A loop reads its bits, or skips to the next char that has one with
//! [`next_gated`], four chars per test. The tests stay the rules' own
//! functions, so the answers are theirs by construction.

/// Chars below this (Latin, CJK punctuation, the Han blocks) and the
/// full-width forms `U+FF00..U+FFFF` (`，：；（）`) are kept in the table;
/// any other char asks the tests each time.
const LOW: usize = 0xA000;

/// Where the full-width forms start.
const WIDE: usize = 0xFF00;

/// Slots of the table: the chars below [`LOW`], then the full-width forms.
const SLOTS: usize = LOW + 0x100;

/// The first tests of the passes' per-char loops, as bits of one gate
/// word per char of a text ([`Text::gates`](super::Text::gates)): each
/// loop skips to the next char whose gate it needs, four chars per test,
/// where it asked a memo of its own tests at every char (issue 15, speed).
/// At most 31 gates (the memo's top bit marks a slot filled).
pub(crate) mod gate {
    /// A company's suffix may start here (`entities::companies`).
    pub(crate) const COMPANY: u32 = 1 << 0;
    /// A line break, or an outline marker may start here (`outline`).
    pub(crate) const MARKER: u32 = 1 << 1;
    /// A number may start here: a digit, a numeral or `两` (`figures`).
    pub(crate) const NUMBER: u32 = 1 << 2;
    /// A bare surname a form of address may follow (`references`).
    pub(crate) const BARE: u32 = 1 << 3;
    /// An ASCII letter or digit (`quotes`' plus formulas).
    pub(crate) const ALNUM: u32 = 1 << 4;
    /// A listed formula may start here (`quotes`).
    pub(crate) const FORMULA: u32 = 1 << 5;
    /// `电` or `讯`, which end a dateline (`datelines`).
    pub(crate) const DATELINE: u32 = 1 << 6;
    /// A common surname (`persons`' repeated bare names).
    pub(crate) const COMMON: u32 = 1 << 7;
    /// A title may start here (`people`).
    pub(crate) const TITLE: u32 = 1 << 8;
    /// A clause break (`people`: a surname after one).
    pub(crate) const BREAK: u32 = 1 << 9;
    /// An administrative suffix (`names`: a division's suffix near).
    pub(crate) const ADMIN: u32 = 1 << 10;
    /// A new town's suffix may start here (`entities`).
    pub(crate) const TOWN_SUFFIX: u32 = 1 << 11;
    /// A middle dot (`persons`: a foreign name's dot near).
    pub(crate) const DOT: u32 = 1 << 12;
    /// A strong title may start here (`persons`).
    pub(crate) const STRONG: u32 = 1 << 13;
    /// A generic body, a listed place or an organisation's head may start
    /// here (`entities`' main loop).
    pub(crate) const ENTITY: u32 = 1 << 14;
    /// `经` or `开`, two chars after a zone's start (`entities`).
    pub(crate) const ZONE_WORD: u32 = 1 << 15;
    /// A name may start here by its char alone (`persons`' main loop).
    pub(crate) const NAME: u32 = 1 << 16;
    /// A surname that is mostly a function word (`persons`).
    pub(crate) const FUNCTION: u32 = 1 << 17;
    /// A title may end here (`persons::title_ends`).
    pub(crate) const TITLE_END: u32 = 1 << 18;
    /// A name of the gazetteer may start here (`names`).
    pub(crate) const GAZ_FIRST: u32 = 1 << 19;
    /// No place starts here (`names`).
    pub(crate) const NO_PLACE_START: u32 = 1 << 20;
    /// A pair of short forms or a short form may start here (`names`).
    pub(crate) const SHORT_ANY: u32 = 1 << 21;
    /// A visited short form (`names`: `访华`).
    pub(crate) const VISITED: u32 = 1 << 22;
    /// An organisation's suffix (or `政府`, `部长`, `队`) may end here
    /// (`names`).
    pub(crate) const ORG_END: u32 = 1 << 23;
    /// A listed organisation may start here (`names`).
    pub(crate) const ORG_NAME: u32 = 1 << 24;
    /// A quotation mark or title mark, or a line break (`quotes::raw`).
    pub(crate) const PAIR: u32 = 1 << 25;
    /// A preposition a town's stem may follow (`names`: `对银坊/镇`).
    pub(crate) const PREPOSITION: u32 = 1 << 26;
    /// `库`, `流` or `入`, which end the words before a reservoir's or a
    /// stream's name (`names`: `水库`, `支流`, `汇入`); `河`, `江`, `溪`,
    /// `湖`, which end a stream's; `岛` of `群岛` and `都`, `府` of `首都`,
    /// `首府`.
    pub(crate) const WATER: u32 = 1 << 27;
}

/// The tests of [`gate`], bit `k` from `GATES[k]`.
const GATES: [fn(char) -> bool; 28] = [
    super::entities::company_start,
    super::outline::marker_or_line,
    super::figures::number_start,
    super::references::bare_start,
    |c| c.is_ascii_alphanumeric(),
    super::quotes::formula_start,
    |c| matches!(c, '电' | '讯'),
    super::persons::is_common,
    super::people::title_start_char,
    super::is_clause_break,
    super::names::admin_suffix,
    super::towns::may_start_suffix,
    super::persons::is_dot,
    super::persons::strong_first,
    super::entities::may_start,
    |c| matches!(c, '经' | '开'),
    super::persons::name_start_gate,
    super::persons::function_only,
    super::persons::ends_title,
    super::names::gazetteer_first,
    super::names::no_place_start,
    super::names::short_any,
    super::names::is_visited,
    super::names::org_end,
    super::names::starts_org_name,
    super::quotes::pair_or_line,
    super::names::preposition_char,
    |c| {
        matches!(
            c,
            '库' | '流' | '入' | '河' | '江' | '溪' | '湖' | '岛' | '都' | '府'
        )
    },
];

// (the memo's top bit is no gate)
const _: () = assert!(GATES.len() <= 31);

/// The bit of a memo slot whose char's gates are in it (the gates are
/// the bits below it).
const GATE_KNOWN: u32 = 1 << 31;

/// Each char's gate word (bit `k` set when `GATES[k]` holds), the tests
/// asked once per distinct char.
pub(crate) fn gates_of(ch: &[char]) -> Vec<u32> {
    let mut memo = vec![0u32; SLOTS];
    let ask = |c: char| {
        GATES
            .iter()
            .enumerate()
            .fold(0u32, |a, (k, test)| a | (u32::from(test(c)) << k))
    };
    ch.iter()
        .map(|&c| {
            let u = c as usize;
            let slot = if u < LOW {
                u
            } else if (WIDE..WIDE + 0x100).contains(&u) {
                LOW + (u - WIDE)
            } else {
                return ask(c);
            };
            match memo.get_mut(slot) {
                Some(m) if *m != 0 => *m & !GATE_KNOWN,
                Some(m) => {
                    let a = ask(c);
                    *m = a | GATE_KNOWN;
                    a
                }
                None => ask(c),
            }
        })
        .collect()
}

/// Whether char `i` of a text with these gate words has a gate of `mask`
/// (false past the end). Hot loops call it with the text's gates read
/// once, not through [`super::Text::gated`].
#[inline]
pub(crate) fn gated(gates: &[u32], i: usize, mask: u32) -> bool {
    gates.get(i).is_some_and(|&g| g & mask != 0)
}

/// The first index at or after `from` whose gate word has a bit of
/// `mask`, four words per test.
pub(crate) fn next_gated(gates: &[u32], from: usize, mask: u32) -> Option<usize> {
    // (`from` itself first, with no set-up of the search: a dense gate,
    // such as the chars a name may start with, is often met there)
    if gates.get(from)? & mask != 0 {
        return Some(from);
    }
    let from = from + 1;
    let rest = gates.get(from..)?;
    let wide = u64::from(mask) * 0x0000_0001_0000_0001;
    let mut skipped = 0;
    for four in rest.chunks_exact(4) {
        let Ok(&[a, b, c, d]) = <&[u32; 4]>::try_from(four) else {
            break;
        };
        let (lo, hi) = (
            u64::from(a) | u64::from(b) << 32,
            u64::from(c) | u64::from(d) << 32,
        );
        if (lo | hi) & wide != 0 {
            // (the first of the four with a bit: its lowest bit's word)
            let first = if lo & wide != 0 {
                (lo & wide).trailing_zeros() as usize / 32
            } else {
                2 + (hi & wide).trailing_zeros() as usize / 32
            };
            return Some(from + skipped + first);
        }
        skipped += 4;
    }
    rest.get(skipped..)?
        .iter()
        .position(|&g| g & mask != 0)
        .map(|p| from + skipped + p)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Each char's gate word holds what the gates' tests answer, for
        /// chars in and outside the memo's table, seen once or again.
        #[test]
        fn gates_answer_what_their_tests_answer(
            s in "[a7王中陈长公电讯对第①一二两，,“\n·\u{20000}\u{FF5E}\u{FFFF}\u{A000}]{0,60}",
        ) {
            let ch: Vec<char> = s.chars().chain(s.chars()).collect();
            let gates = gates_of(&ch);
            prop_assert_eq!(gates.len(), ch.len());
            for (c, g) in ch.iter().zip(&gates) {
                for (k, test) in GATES.iter().enumerate() {
                    prop_assert_eq!(g >> k & 1 == 1, test(*c));
                }
            }
        }

        /// The next gated index is the first index a plain search finds.
        #[test]
        fn next_gated_finds_the_first(
            gates in proptest::collection::vec(
                prop_oneof![6 => Just(0u32), 1 => 0u32..8],
                0..120,
            ),
            from in 0usize..125,
            mask in 1u32..8,
        ) {
            let want = (from..gates.len()).find(|&k| gates[k] & mask != 0);
            prop_assert_eq!(next_gated(&gates, from, mask), want);
        }
    }
}
