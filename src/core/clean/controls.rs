//! Stray control and invisible format characters out.
//!
//! Text exported from word processors, PDF readers and chat tools carries the
//! odd NUL, bell or DEL, C1 controls, bidirectional overrides (U+202A–U+202E,
//! U+2066–U+2069) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF
//! inside the text). They are invisible, split words for the segmenter and
//! can reorder what a reader sees, so this rule removes them — visibly, like
//! every other rule. Tab, line feed, carriage return and form feed (a page
//! break) are text and stay.

use super::Step;
use crate::core::offsets::Rewriter;

/// Whether `c` is a control or invisible format character this rule removes.
pub fn is_stray_control(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' | '\u{0C}' => false,
        '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' => true,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => true,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => true,
        _ => false,
    }
}

/// Removes stray control characters, each run as one change.
pub(crate) fn remove(text: &str) -> Step {
    let mut rw = Rewriter::with_capacity(text.len());
    let mut copied = 0;
    let mut run: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_stray_control(c), run) {
            (true, None) => run = Some(i),
            (false, Some(start)) => {
                rw.copy(&text[copied..start]);
                rw.replace(&text[start..i], "");
                copied = i;
                run = None;
            }
            _ => {}
        }
    }
    if let Some(start) = run {
        rw.copy(&text[copied..start]);
        rw.replace(&text[start..], "");
        copied = text.len();
    }
    rw.copy(&text[copied..]);
    Step::from_rewriter(rw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_controls_keeps_text_and_page_breaks() {
        let text = "经济\u{202E}运行\0总体\u{200B}平稳\u{7}。\n第二页\u{0C}\t完";
        let step = remove(text);
        assert_eq!(step.text, "经济运行总体平稳。\n第二页\u{0C}\t完");
        assert_eq!(step.changed.len(), 4);
        assert_eq!(remove("\0\0").text, "");
    }
}
