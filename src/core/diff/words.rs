//! Word-level differences of a changed sentence pair, over jieba tokens.
//!
//! The tokens of each sentence are the document's tokens that fall inside
//! it, cut at its ends and with any gap filled, so they spell the sentence
//! exactly (without tokens, each character is one). A longest common
//! subsequence of the token strings gives the edit script; consecutive
//! tokens with the same operation are joined into one run. Joining the
//! `same` and `delete` runs gives the old sentence back, the `same` and
//! `insert` runs the new one. The work is bounded: a pair over
//! [`MAX_PAIR_CELLS`] token pairs (after the common prefix and suffix), or
//! beyond the [`Budget`] of the whole comparison, is one deletion and one
//! insertion.

use super::sentences::{lcs_table, Span};
use super::DiffDoc;
use serde::{Deserialize, Serialize};

/// Largest token-pair table for one changed sentence pair.
pub const MAX_PAIR_CELLS: usize = 250_000;

/// Token pairs all changed pairs of one comparison may use.
pub const TOTAL_CELLS: usize = 40_000_000;

/// An edit operation on a run of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordOp {
    /// In both sentences.
    Same,
    /// Only in the new sentence.
    Insert,
    /// Only in the old sentence.
    Delete,
}

impl WordOp {
    /// `same`, `insert` or `delete`.
    pub fn name(self) -> &'static str {
        match self {
            WordOp::Same => "same",
            WordOp::Insert => "insert",
            WordOp::Delete => "delete",
        }
    }
}

/// A run of tokens with one operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenOp {
    /// What happened to the run.
    pub op: WordOp,
    /// Its text.
    pub text: String,
}

/// What is left of the comparison's word-level work.
#[derive(Debug, Clone)]
pub struct Budget {
    /// Token pairs left.
    pub cells: usize,
    /// Whether some pair went without a word-level comparison.
    pub exhausted: bool,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            cells: TOTAL_CELLS,
            exhausted: false,
        }
    }
}

/// The pieces of `text[span]` cut at the token boundaries inside it (or
/// at every char when there are no tokens).
pub fn pieces<'a>(
    text: &'a str,
    tokens: &[crate::core::segment::Token],
    span: Span,
) -> Vec<&'a str> {
    let Some(s) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    if tokens.is_empty() {
        return s
            .char_indices()
            .map(|(i, c)| &s[i..i + c.len_utf8()])
            .collect();
    }
    let first = tokens.partition_point(|t| t.end <= span.start);
    let mut cuts: Vec<usize> = vec![0];
    for t in tokens.iter().skip(first) {
        if t.start >= span.end {
            break;
        }
        for b in [t.start, t.end] {
            if b > span.start && b < span.end && s.is_char_boundary(b - span.start) {
                cuts.push(b - span.start);
            }
        }
    }
    cuts.push(s.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|w| s.get(w[0]..w[1]))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The token-level edit script turning `old[a]` into `new[b]`.
pub fn diff_words(
    old: &DiffDoc,
    a: Span,
    new: &DiffDoc,
    b: Span,
    budget: &mut Budget,
) -> Vec<TokenOp> {
    let x = pieces(old.text, old.tokens, a);
    let y = pieces(new.text, new.tokens, b);
    diff_pieces(&x, &y, budget)
}

/// The edit script of two token sequences (see the module docs).
pub fn diff_pieces(x: &[&str], y: &[&str], budget: &mut Budget) -> Vec<TokenOp> {
    let pre = x.iter().zip(y).take_while(|(p, q)| p == q).count();
    let suf = x[pre..]
        .iter()
        .rev()
        .zip(y[pre..].iter().rev())
        .take_while(|(p, q)| p == q)
        .count();
    let (mx, my) = (&x[pre..x.len() - suf], &y[pre..y.len() - suf]);
    let mut steps: Vec<(WordOp, &str)> = Vec::with_capacity(x.len() + y.len());
    steps.extend(x[..pre].iter().map(|p| (WordOp::Same, *p)));
    let cells = mx.len().saturating_mul(my.len());
    if cells <= MAX_PAIR_CELLS && cells <= budget.cells {
        budget.cells -= cells;
        middle(mx, my, &mut steps);
    } else {
        budget.exhausted = true;
        steps.extend(mx.iter().map(|p| (WordOp::Delete, *p)));
        steps.extend(my.iter().map(|p| (WordOp::Insert, *p)));
    }
    steps.extend(x[x.len() - suf..].iter().map(|p| (WordOp::Same, *p)));
    let mut out: Vec<TokenOp> = Vec::new();
    for (op, text) in steps {
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(TokenOp {
                op,
                text: text.to_string(),
            }),
        }
    }
    out
}

/// LCS edit script of two short sequences, deletions before insertions.
fn middle<'a>(x: &[&'a str], y: &[&'a str], out: &mut Vec<(WordOp, &'a str)>) {
    let (mut i, mut j) = (0, 0);
    let end = std::iter::once((x.len(), y.len()));
    for (pi, pj) in lcs_table(x, y).into_iter().chain(end) {
        out.extend(
            x.get(i..pi)
                .unwrap_or(&[])
                .iter()
                .map(|p| (WordOp::Delete, *p)),
        );
        out.extend(
            y.get(j..pj)
                .unwrap_or(&[])
                .iter()
                .map(|p| (WordOp::Insert, *p)),
        );
        if let Some(p) = x.get(pi) {
            out.push((WordOp::Same, *p));
        }
        (i, j) = (pi + 1, pj + 1);
    }
}

/// The old sentence spelled by an edit script (`same` and `delete` runs).
pub fn old_text(ops: &[TokenOp]) -> String {
    ops.iter()
        .filter(|o| o.op != WordOp::Insert)
        .map(|o| o.text.as_str())
        .collect()
}

/// The new sentence spelled by an edit script (`same` and `insert` runs).
pub fn new_text(ops: &[TokenOp]) -> String {
    ops.iter()
        .filter(|o| o.op != WordOp::Delete)
        .map(|o| o.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_script_spells_both_sentences() {
        let x = ["地区", "生产总值", "增长", "5.5%", "左右"];
        let y = ["地区", "生产总值", "增长", "5%", "左右"];
        let ops = diff_pieces(&x, &y, &mut Budget::default());
        assert_eq!(old_text(&ops), x.concat());
        assert_eq!(new_text(&ops), y.concat());
        let kinds: Vec<_> = ops.iter().map(|o| (o.op, o.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (WordOp::Same, "地区生产总值增长"),
                (WordOp::Delete, "5.5%"),
                (WordOp::Insert, "5%"),
                (WordOp::Same, "左右")
            ]
        );
    }

    #[test]
    fn pieces_cover_the_span_whatever_the_tokens() {
        use crate::core::segment::Token;
        let text = "甲乙丙丁";
        let toks = [Token { start: 0, end: 6 }, Token { start: 4, end: 99 }];
        let p = pieces(text, &toks, Span { start: 3, end: 12 });
        assert_eq!(p.concat(), "乙丙丁");
    }
}
