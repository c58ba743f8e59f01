//! Blank lines: whitespace-only lines are emptied and runs of them folded to
//! one, so that paragraphs stay apart but pasted layout gaps disappear.

use super::Step;
use crate::core::offsets::Rewriter;

fn is_blank(line: &str) -> bool {
    // A form feed is a page break of a paged document (PDF, OFD): kept.
    line.chars()
        .all(|c| (c.is_whitespace() && c != '\u{0C}') || c == '\u{FEFF}' || c == '\u{200B}')
}

/// Folds blank lines.
pub(crate) fn fold_blank_lines(text: &str) -> Step {
    let mut rw = Rewriter::with_capacity(text.len());
    let mut prev_blank = true; // leading blank lines go too
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        if !is_blank(body) {
            rw.copy(line);
            prev_blank = false;
        } else if prev_blank || !line.ends_with('\n') {
            rw.drop_run(line);
        } else {
            rw.drop_run(body);
            rw.copy("\n");
            prev_blank = true;
        }
    }
    Step::from_rewriter(rw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_runs_and_empties_whitespace_lines() {
        let s = fold_blank_lines("\n甲\n \u{3000}\n\n\n乙\n\u{a0}\n丙");
        assert_eq!(s.text, "甲\n\n乙\n\n丙");
    }
}
