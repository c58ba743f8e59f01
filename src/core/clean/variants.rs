//! Conservative variant-character fixes.
//!
//! Only characters that are almost always a typing or OCR slip for a common
//! character are replaced, each with the contexts where the variant is
//! itself correct (蕞尔 "tiny" keeps its 蕞).

use super::Step;
use crate::core::offsets::Rewriter;

/// (variant, standard, followers that keep the variant).
const VARIANTS: &[(char, char, &[char])] = &[
    ('蕞', '最', &['尔', '爾']),
    ('邨', '村', &[]),
    ('衞', '卫', &[]),
    ('噉', '啖', &[]),
    ('鍳', '鉴', &[]),
    ('敎', '教', &[]),
    ('冩', '写', &[]),
    ('晩', '晚', &[]),
    ('㑹', '会', &[]),
    ('査', '查', &[]),
];

/// The standard form of `c` when it is a variant and `next` does not keep it.
pub fn standard_form(c: char, next: Option<char>) -> Option<char> {
    VARIANTS
        .iter()
        .find(|(v, _, _)| *v == c)
        .filter(|(_, _, keep)| !next.is_some_and(|n| keep.contains(&n)))
        .map(|(_, s, _)| *s)
}

/// Replaces variant characters.
pub(crate) fn fix(text: &str) -> Step {
    let mut rw = Rewriter::with_capacity(text.len());
    let mut copied = 0;
    let mut buf = [0u8; 4];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if let Some(s) = standard_form(c, next) {
            rw.copy(&text[copied..i]);
            rw.replace(&text[i..i + c.len_utf8()], s.encode_utf8(&mut buf));
            copied = i + c.len_utf8();
        }
    }
    rw.copy(&text[copied..]);
    Step::from_rewriter(rw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixes_variants_but_keeps_fixed_phrases() {
        assert_eq!(fix("打造蕞美湖湾，蕞尔小国").text, "打造最美湖湾，蕞尔小国");
    }
}
