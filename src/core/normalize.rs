//! Full-width → half-width normalisation.
//!
//! Chinese web text often writes digits and Latin letters in their full-width
//! forms (`１９９６年`, `ＧＤＰ`), which jieba treats as unknown symbols, so
//! `１９９６年` would not segment like `1996年` and figures would be missed.
//! Only the characters whose half-width form helps segmentation are folded:
//! digits, Latin letters, and the few symbols that live inside numbers and
//! codes (`％ ． ＋ － ／ ＠ ＃ ＆`). Chinese punctuation such as `，。：（）` is
//! the normal form in Chinese text and is left alone, as is the ideographic
//! space, which the cleaner handles.

use super::offsets::{OffsetMap, Rewriter};

/// The half-width form of `c` when folding it helps segmentation.
pub fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            char::from_u32(c as u32 - 0xFF10 + 0x30)
        }
        '％' | '．' | '＋' | '－' | '／' | '＠' | '＃' | '＆' => {
            char::from_u32(c as u32 - 0xFF01 + 0x21)
        }
        _ => None,
    }
}

/// Folds full-width digits, letters and numeric symbols to half-width.
///
/// ```
/// let (text, map) = wenxi::core::normalize::normalize_width("１９９６年ＧＤＰ增长５％");
/// assert_eq!(text, "1996年GDP增长5%");
/// assert_eq!(map.to_input(4), 12); // "年" sits after four 3-byte digits
/// ```
pub fn normalize_width(text: &str) -> (String, OffsetMap) {
    let mut rw = Rewriter::with_capacity(text.len());
    let mut run_start = 0;
    let mut buf = [0u8; 4];
    for (i, c) in text.char_indices() {
        if let Some(h) = fold_char(c) {
            rw.copy(&text[run_start..i]);
            rw.replace(&text[i..i + c.len_utf8()], h.encode_utf8(&mut buf));
            run_start = i + c.len_utf8();
        }
    }
    rw.copy(&text[run_start..]);
    rw.finish()
}
