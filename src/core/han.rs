//! The one definition of a Han character, shared by cleaning, conversion,
//! new-word discovery, extraction and statistics.
//!
//! CJK Unified Ideographs and extension A, the compatibility ideographs
//! (U+F900–U+FAFF, which word processors still emit), and the supplementary
//! extensions B–H (U+20000–U+3134F: rare names and place names).

/// Whether `c` is a Han character.
///
/// ```
/// use wenxi::core::han::is_han;
/// assert!(is_han('经') && is_han('𠀀') && is_han('\u{F900}'));
/// assert!(!is_han('a') && !is_han('，') && !is_han('の'));
/// ```
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{3134F}')
}
