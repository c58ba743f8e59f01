//! Pinyin annotations after characters: `市長(zhǎng)` → `市長`.
//!
//! Some sites print the reading of a character in brackets right after it.
//! An annotation is removed only when it follows a Han character and its
//! content is one pinyin syllable: lowercase letters with a tone mark or a
//! trailing tone digit (`(huì)`, `(hui4)`). `(GDP)`, `(2021)` and `(记者 仰武)`
//! stay.

use super::Step;
use crate::core::offsets::Rewriter;

const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

use crate::core::han::is_han;

/// Whether `s` is one pinyin syllable with a tone (mark or digit).
pub fn is_toned_syllable(s: &str) -> bool {
    let n = s.chars().count();
    if n == 0 || n > 7 {
        return false;
    }
    let mut toned = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if TONED.contains(c) {
            toned = true;
        } else if c.is_ascii_digit() {
            // a tone digit 1-5 only at the end
            if chars.peek().is_some() || !('1'..='5').contains(&c) {
                return false;
            }
            toned = true;
        } else if !(c.is_ascii_lowercase() || c == 'ü') {
            return false;
        }
    }
    toned
        && s.chars()
            .any(|c| c.is_ascii_lowercase() || TONED.contains(c) || c == 'ü')
}

/// Removes pinyin annotations.
pub(crate) fn strip_pinyin(text: &str) -> Step {
    let mut rw = Rewriter::with_capacity(text.len());
    let mut copied = 0;
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if (c == '(' || c == '（') && prev.is_some_and(is_han) {
            let inner_start = i + c.len_utf8();
            let rest = &text[inner_start..];
            if let Some(close) = rest
                .char_indices()
                .take(9)
                .find(|&(_, d)| d == ')' || d == '）')
            {
                let inner = &rest[..close.0];
                if is_toned_syllable(inner) {
                    let end = inner_start + close.0 + close.1.len_utf8();
                    rw.copy(&text[copied..i]);
                    rw.drop_run(&text[i..end]);
                    copied = end;
                    while iter.peek().is_some_and(|&(j, _)| j < end) {
                        iter.next();
                    }
                    continue; // `prev` stays the annotated Han character
                }
            }
        }
        prev = Some(c);
    }
    rw.copy(&text[copied..]);
    Step::from_rewriter(rw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_only_toned_syllables_after_han() {
        let s =
            strip_pinyin("代市長(zhǎng)趙建軍召開會(huì)議(hui4)，GDP(GDP)增長(2021)（記者 仰武）");
        assert_eq!(
            s.text,
            "代市長趙建軍召開會議，GDP(GDP)增長(2021)（記者 仰武）"
        );
        assert_eq!(s.changed.len(), 3);
        assert!(!is_toned_syllable("de"));
        assert!(is_toned_syllable("lǜ"));
        assert!(!is_toned_syllable("ab1c"));
    }
}
