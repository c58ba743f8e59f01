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

/// `c.is_alphabetic()`, without Unicode's table search for ASCII and the
/// main Han blocks (most chars of a Chinese text; the search was 4–7 % of an
/// analysis in `perf`).
///
/// ```
/// use wenxi::core::han::is_alphabetic;
/// assert!(is_alphabetic('经') && is_alphabetic('a') && is_alphabetic('é'));
/// assert!(!is_alphabetic('，') && !is_alphabetic('1'));
/// ```
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}') || c.is_alphabetic()
}

/// `c.is_alphanumeric()`, with the same fast paths as [`is_alphabetic`].
///
/// ```
/// use wenxi::core::han::is_alphanumeric;
/// assert!(is_alphanumeric('经') && is_alphanumeric('7') && is_alphanumeric('Ⅻ'));
/// assert!(!is_alphanumeric('。'));
/// ```
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}') || c.is_alphanumeric()
}

/// A fixed set of chars with a constant-time lookup for the common Han
/// block (a bit per char of U+3400–U+9FFF) and a binary search for the rest.
/// Extraction asks "is this char a surname / a foreign-name char / …" for
/// every char of a text; a sorted list cost a dozen compares per question.
#[derive(Debug, Clone)]
pub struct CharSet {
    /// A bit per char of [`BLOCK`] (a fixed size: a lookup needs no
    /// bounds check).
    bits: Box<[u64; WORDS]>,
    other: Vec<char>,
}

const BLOCK: std::ops::Range<u32> = 0x3400..0xA000;

/// Words of [`CharSet::bits`].
const WORDS: usize = (BLOCK.end - BLOCK.start).div_ceil(64) as usize;

impl Default for CharSet {
    fn default() -> Self {
        CharSet::new([])
    }
}

impl CharSet {
    /// The set of `chars` (duplicates are fine).
    pub fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut bits = Box::new([0u64; WORDS]);
        let mut other = Vec::new();
        for c in chars {
            let u = c as u32;
            if BLOCK.contains(&u) {
                let k = (u - BLOCK.start) as usize;
                if let Some(w) = bits.get_mut(k / 64) {
                    *w |= 1 << (k % 64);
                }
            } else {
                other.push(c);
            }
        }
        other.sort_unstable();
        other.dedup();
        CharSet { bits, other }
    }

    /// Whether `c` is in the set.
    ///
    /// ```
    /// use wenxi::core::han::CharSet;
    /// let s = CharSet::new("王李·a".chars());
    /// assert!(s.contains('王') && s.contains('·') && s.contains('a'));
    /// assert!(!s.contains('张') && !s.contains('b'));
    /// ```
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let u = c as u32;
        if BLOCK.contains(&u) {
            let k = (u - BLOCK.start) as usize;
            // (k / 64 < WORDS: the compiler sees it and drops the check)
            self.bits
                .get(k / 64)
                .is_some_and(|w| w >> (k % 64) & 1 == 1)
        } else {
            self.other.binary_search(&c).is_ok()
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    /// The fast paths agree with the standard library on every char.
    #[test]
    fn fast_classes_match_std_on_every_char() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
