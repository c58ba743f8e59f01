//! Sentence alignment: which sentences stayed, which were added, removed,
//! rewritten or moved.
//!
//! Sentences end at `。！？；!?;` (with any closing quotation marks right
//! after) and at line ends; surrounding whitespace is not part of them.
//! Two sentences are *the same* when they are equal without whitespace.
//!
//! The alignment is a longest common subsequence over sentences, kept
//! bounded: the common prefix and suffix are matched first; a middle of at
//! most [`MAX_CELLS`] sentence pairs is solved exactly by dynamic
//! programming; a larger middle is cut at *anchors* — sentences that occur
//! exactly once on each side, in increasing order on both (patience diff) —
//! and each gap is solved the same way. A gap with no anchor and too many
//! pairs stays unmatched. In each gap between matched sentences the removed
//! and the added sentences are then paired in order when their similarity
//! (Dice coefficient of character bigrams, punctuation ignored) reaches
//! the threshold — an edited sentence is *changed*, not removed and added;
//! a pairing only looks at a window of candidates around the proportional
//! position, so it is linear in the gap. What is still unpaired and equal on
//! both sides is *moved*. A changed pair that differs only in its leading
//! outline marker (`五是` → `四是`, `（五）` → `（四）`) or in punctuation is
//! *minor*.

use super::words::TokenOp;
use super::DiffOptions;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Largest number of sentence pairs solved by dynamic programming at once.
pub const MAX_CELLS: usize = 4_000_000;

/// How many candidates either side of the proportional position a removed
/// sentence is compared with when pairing changed sentences.
const WINDOW: usize = 12;

/// Chars of a sentence that count for similarity (longer ones are cut).
const SIMILARITY_CHARS: usize = 2048;

/// A byte span `[start, end)` of a clean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start byte offset (inclusive).
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// What the units of an alignment are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Sentences.
    Sentence,
    /// Paragraphs (lines), for texts too long to align by sentence.
    Paragraph,
}

/// What happened to a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    /// In both versions, unchanged.
    Same,
    /// Rewritten: `old` became `new`.
    Changed,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// Moved away from here (`old` is set; `new` is where it went).
    MovedFrom,
    /// Moved to here (`new` is set; `old` is where it came from).
    MovedTo,
}

/// One step of the alignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Op {
    /// What happened.
    pub kind: OpKind,
    /// The sentence in the old text (for `MovedTo`: where it came from).
    pub old: Option<Span>,
    /// The sentence in the new text (for `MovedFrom`: where it went).
    pub new: Option<Span>,
    /// A changed pair that differs only in numbering or punctuation.
    pub minor: bool,
    /// For a changed pair: the token-level edit script.
    pub tokens: Vec<TokenOp>,
}

impl Op {
    fn new(kind: OpKind, old: Option<Span>, new: Option<Span>) -> Self {
        Op {
            kind,
            old,
            new,
            minor: false,
            tokens: Vec::new(),
        }
    }

    /// The new sentence this op stands for in the new text's order (none
    /// for `Removed` and `MovedFrom`).
    pub fn new_here(&self) -> Option<Span> {
        self.new.filter(|_| self.kind != OpKind::MovedFrom)
    }

    /// The old sentence this op stands for in the old text's order (none
    /// for `Added` and `MovedTo`).
    pub fn old_here(&self) -> Option<Span> {
        self.old.filter(|_| self.kind != OpKind::MovedTo)
    }

    /// Whether this op is a change of any kind (not `Same`).
    pub fn is_change(&self) -> bool {
        self.kind != OpKind::Same
    }
}

/// The aligned sentences of two texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Sentences or paragraphs.
    pub level: Level,
    /// The ops in reading order.
    pub ops: Vec<Op>,
}

/// Whether `c` ends a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// Closing marks that stay with the sentence they follow.
fn closes(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'')
}

fn push_trimmed(text: &str, a: usize, b: usize, out: &mut Vec<Span>) {
    let Some(s) = text.get(a..b) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span {
            start: a + lead,
            end: b - trail,
        });
    }
}

/// The sentences of `text`, whitespace trimmed, empty ones skipped.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut after_end = false;
    for (i, c) in text.char_indices() {
        if after_end && !closes(c) {
            push_trimmed(text, start, i, &mut out);
            start = i;
            after_end = false;
        }
        if c == '\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
            after_end = false;
        } else if ends_sentence(c) {
            after_end = true;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The paragraphs (non-blank lines) of `text`, whitespace trimmed.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// A sentence without whitespace: what equality compares.
fn key(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Leading outline markers: `五是`, `（五）`, `五、`, `5.`, `第五，`.
fn strip_marker(s: &str) -> &str {
    let num = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百零两".contains(c);
    let s = s.trim_start();
    let (open, body) = match s.strip_prefix(['（', '(']) {
        Some(r) => (true, r),
        None => (false, s),
    };
    let (ordinal, body) = match body.strip_prefix('第') {
        Some(r) if !open => (true, r),
        _ => (false, body),
    };
    let digits: usize = body
        .chars()
        .take_while(|&c| num(c))
        .map(char::len_utf8)
        .sum();
    let Some(rest) = body.get(digits..).filter(|_| digits > 0) else {
        return s;
    };
    let closers: &[char] = if open {
        &['）', ')']
    } else if ordinal {
        &['，', ',', '、', '是']
    } else {
        &['是', '要', '、', '．', '.', '，', ',']
    };
    match rest.strip_prefix(closers) {
        // `5.5%` is a number, not the marker `5.`
        Some(x) if !x.starts_with(|c: char| c.is_ascii_digit()) => x,
        _ if ordinal => rest,
        _ => s,
    }
}

/// Whether `a` and `b` differ only in a leading outline marker or punctuation.
pub fn is_minor(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        strip_marker(s)
            .chars()
            .filter(|&c| crate::core::han::is_alphanumeric(c))
            .collect()
    };
    a != b && norm(a) == norm(b)
}

/// Sorted character bigrams of the letters, digits and Han characters of `s`.
fn bigrams(s: &str) -> Vec<u64> {
    let chars: Vec<char> = s
        .chars()
        .filter(|&c| crate::core::han::is_alphanumeric(c))
        .take(SIMILARITY_CHARS)
        .collect();
    let mut out: Vec<u64> = if chars.len() < 2 {
        chars.iter().map(|&c| c as u64).collect()
    } else {
        chars
            .windows(2)
            .map(|w| ((w[0] as u64) << 32) | w[1] as u64)
            .collect()
    };
    out.sort_unstable();
    out
}

/// Dice coefficient of two sorted multisets.
fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Similarity (0–1) of two sentences: Dice of character bigrams.
pub fn similarity(a: &str, b: &str) -> f64 {
    dice(&bigrams(a), &bigrams(b))
}

/// Matched index pairs of a longest common subsequence of `a` and `b`
/// (bounded; see the module docs), increasing on both sides.
pub fn lcs(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    lcs_into(a, b, 0, 0, 0, &mut out);
    out
}

fn lcs_into(
    a: &[u32],
    b: &[u32],
    ao: usize,
    bo: usize,
    depth: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    for k in 0..pre {
        out.push((ao + k, bo + k));
    }
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    let (mao, mbo) = (ao + pre, bo + pre);
    if !ma.is_empty() && !mb.is_empty() {
        if ma.len().saturating_mul(mb.len()) <= MAX_CELLS {
            dp(ma, mb, mao, mbo, out);
        } else if depth < 16 {
            let anchors = anchors(ma, mb);
            let (mut pa, mut pb) = (0, 0);
            for (i, j) in anchors {
                lcs_into(&ma[pa..i], &mb[pb..j], mao + pa, mbo + pb, depth + 1, out);
                out.push((mao + i, mbo + j));
                pa = i + 1;
                pb = j + 1;
            }
            if pa > 0 || pb > 0 {
                lcs_into(&ma[pa..], &mb[pb..], mao + pa, mbo + pb, depth + 1, out);
            }
        }
    }
    let (sa, sb) = (ao + pre + ma.len(), bo + pre + mb.len());
    for k in 0..suf {
        out.push((sa + k, sb + k));
    }
}

/// Exact LCS by dynamic programming over the (small) middle.
fn dp(a: &[u32], b: &[u32], ao: usize, bo: usize, out: &mut Vec<(usize, usize)>) {
    out.extend(lcs_table(a, b).into_iter().map(|(i, j)| (ao + i, bo + j)));
}

/// Matched index pairs of an exact longest common subsequence of two short
/// sequences, by dynamic programming (`a.len() × b.len()` cells: callers
/// bound it). Where there is a choice, an element of `a` is skipped first.
pub fn lcs_table<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let w = m + 1;
    // lengths of the LCS of the suffixes a[i..], b[j..]
    let mut t = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i * w + j] = if a[i] == b[j] {
                t[(i + 1) * w + j + 1] + 1
            } else {
                t[(i + 1) * w + j].max(t[i * w + j + 1])
            };
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[(i + 1) * w + j] >= t[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// Sentences unique on both sides, as a longest increasing chain.
fn anchors(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let mut count: HashMap<u32, (usize, usize, usize)> = HashMap::new();
    for (i, &x) in a.iter().enumerate() {
        let e = count.entry(x).or_insert((0, 0, 0));
        e.0 += 1;
        e.2 = i;
    }
    let mut pairs = Vec::new();
    let mut in_b: HashMap<u32, (usize, usize)> = HashMap::new();
    for (j, &x) in b.iter().enumerate() {
        let e = in_b.entry(x).or_insert((0, j));
        e.0 += 1;
    }
    for (x, (nb, j)) in in_b {
        if let Some(&(1, _, i)) = count.get(&x) {
            if nb == 1 {
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable();
    // longest increasing subsequence of j (patience sorting)
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < j);
        if pos > 0 {
            prev[k] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut chain = Vec::new();
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        chain.push(pairs[k]);
        k = prev[k];
    }
    chain.reverse();
    chain
}

/// Aligns the sentences (or, for very long texts, the paragraphs) of two texts.
pub fn align(old: &str, new: &str, opts: &DiffOptions) -> Alignment {
    let (mut a, mut b) = (split(old), split(new));
    let mut level = Level::Sentence;
    if a.len().max(b.len()) > opts.max_sentences {
        level = Level::Paragraph;
        a = split_paragraphs(old);
        b = split_paragraphs(new);
    }
    let text =
        |t: &'_ str, s: Span| -> String { t.get(s.start..s.end).map(key).unwrap_or_default() };
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut intern = |k: String| -> u32 {
        let n = ids.len() as u32;
        *ids.entry(k).or_insert(n)
    };
    let ka: Vec<u32> = a.iter().map(|&s| intern(text(old, s))).collect();
    let kb: Vec<u32> = b.iter().map(|&s| intern(text(new, s))).collect();
    let matched = lcs(&ka, &kb);
    // pair changed sentences in the gaps
    let mut pairs: Vec<(usize, usize, bool)> = Vec::with_capacity(matched.len());
    let (mut pa, mut pb) = (0, 0);
    let bound = matched
        .iter()
        .copied()
        .chain(std::iter::once((a.len(), b.len())));
    for (i, j) in bound {
        pair_gap(old, &a, pa, i, new, &b, pb, j, opts.similarity, &mut pairs);
        if i < a.len() && j < b.len() {
            pairs.push((i, j, true));
        }
        pa = i + 1;
        pb = j + 1;
    }
    // what stays unpaired and is equal on both sides has moved
    let mut paired_a = vec![false; a.len()];
    let mut paired_b = vec![false; b.len()];
    for &(i, j, _) in &pairs {
        paired_a[i] = true;
        paired_b[j] = true;
    }
    let mut free_b: HashMap<u32, Vec<usize>> = HashMap::new();
    for (j, &k) in kb.iter().enumerate().rev() {
        if !paired_b[j] {
            free_b.entry(k).or_default().push(j);
        }
    }
    let mut moved_to: Vec<Option<usize>> = vec![None; a.len()];
    let mut moved_from: Vec<Option<usize>> = vec![None; b.len()];
    for (i, &k) in ka.iter().enumerate() {
        if paired_a[i] {
            continue;
        }
        if let Some(j) = free_b.get_mut(&k).and_then(Vec::pop) {
            moved_to[i] = Some(j);
            moved_from[j] = Some(i);
        }
    }
    // ops in reading order
    let mut ops = Vec::with_capacity(a.len().max(b.len()));
    let (mut i, mut j) = (0, 0);
    let bound = pairs
        .iter()
        .copied()
        .chain(std::iter::once((a.len(), b.len(), false)));
    for (pi, pj, same) in bound {
        while i < pi {
            ops.push(match moved_to[i] {
                Some(to) => Op::new(OpKind::MovedFrom, a.get(i).copied(), b.get(to).copied()),
                None => Op::new(OpKind::Removed, a.get(i).copied(), None),
            });
            i += 1;
        }
        while j < pj {
            ops.push(match moved_from[j] {
                Some(from) => Op::new(OpKind::MovedTo, a.get(from).copied(), b.get(j).copied()),
                None => Op::new(OpKind::Added, None, b.get(j).copied()),
            });
            j += 1;
        }
        if let (Some(&sa), Some(&sb)) = (a.get(pi), b.get(pj)) {
            let mut op = Op::new(
                if same { OpKind::Same } else { OpKind::Changed },
                Some(sa),
                Some(sb),
            );
            if !same {
                let (x, y) = (
                    old.get(sa.start..sa.end).unwrap_or(""),
                    new.get(sb.start..sb.end).unwrap_or(""),
                );
                op.minor = is_minor(x, y);
            }
            ops.push(op);
            i = pi + 1;
            j = pj + 1;
        }
    }
    Alignment { level, ops }
}

/// Pairs removed `a[a0..a1]` with added `b[b0..b1]` in order where similar.
#[allow(clippy::too_many_arguments)]
fn pair_gap(
    old: &str,
    a: &[Span],
    a0: usize,
    a1: usize,
    new: &str,
    b: &[Span],
    b0: usize,
    b1: usize,
    threshold: f64,
    out: &mut Vec<(usize, usize, bool)>,
) {
    if a0 >= a1 || b0 >= b1 {
        return;
    }
    let grams = |t: &str, s: &Span| bigrams(t.get(s.start..s.end).unwrap_or(""));
    let gb: Vec<Vec<u64>> = b[b0..b1].iter().map(|s| grams(new, s)).collect();
    let (na, nb) = (a1 - a0, b1 - b0);
    let mut next_b = 0; // first candidate not yet passed
    for (k, sa) in a[a0..a1].iter().enumerate() {
        if next_b >= nb {
            break;
        }
        let ga = grams(old, sa);
        let centre = k * nb / na;
        let lo = next_b.max(centre.saturating_sub(WINDOW));
        let hi = (centre + WINDOW + 1).min(nb).max(lo.min(nb));
        let best = (lo..hi)
            .map(|j| (dice(&ga, &gb[j]), j))
            .filter(|&(s, _)| s >= threshold)
            .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)));
        if let Some((_, j)) = best {
            out.push((a0 + k, b0 + j, false));
            next_b = j + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_sentence_ends_lines_and_keeps_closing_quotes() {
        assert_eq!(
            texts("一是稳增长。二是“保民生！”\n  三是防风险；四 "),
            ["一是稳增长。", "二是“保民生！”", "三是防风险；", "四"]
        );
        assert!(split("  \n\n ").is_empty());
    }

    #[test]
    fn numbering_only_edits_are_minor() {
        assert!(is_minor("五是加强生态保护。", "四是加强生态保护。"));
        assert!(is_minor("（五）加强生态保护", "（四）加强生态保护"));
        assert!(is_minor("5.加强生态保护", "4.加强生态保护"));
        assert!(!is_minor("五是加强生态保护。", "四是加强环境保护。"));
        assert!(!is_minor("增长5.5%左右。", "增长5%左右。"));
        assert!(!is_minor("5.5%的增长。", "4.5%的增长。"));
    }

    #[test]
    fn lcs_finds_common_sentences() {
        assert_eq!(lcs(&[1, 2, 3, 4], &[1, 3, 4, 5]), [(0, 0), (2, 1), (3, 2)]);
        assert!(lcs(&[], &[1]).is_empty());
    }

    #[test]
    fn align_pairs_changed_and_moves() {
        let old = "甲乙丙丁戊。今年经济增长5.5%左右。移动的句子在这里。结束了。";
        let new = "甲乙丙丁戊。移动的句子在这里。今年经济增长5%左右。新增一句话。结束了。";
        let al = align(old, new, &DiffOptions::default());
        let kinds: Vec<OpKind> = al.ops.iter().map(|o| o.kind).collect();
        assert!(kinds.contains(&OpKind::Same));
        assert!(kinds.contains(&OpKind::Added), "{kinds:?}");
        let n_new = al.ops.iter().filter_map(Op::new_here).count();
        assert_eq!(n_new, split(new).len());
    }
}
