//! Key sentences and an extractive summary of one document.
//!
//! Why: a 30-page work report has a few sentences that carry it (the year's
//! targets, the main tasks); finding them is the first thing a reader does.
//! An extractive summary quotes the text itself, so nothing is invented and
//! each sentence links back to its place.
//!
//! How (TextRank, Mihalcea & Tarau 2004, with keyword weights):
//!
//! 1. The clean text is cut into sentences at 。！？；!?; and line breaks.
//!    Sentences on a boilerplate line ([`is_boilerplate_line`]) or on a
//!    heading line (no sentence-final punctuation and at most
//!    [`HEADING_MAX_CHARS`] characters: `一、总体要求`, a title, a date line)
//!    are never chosen, nor sentences under [`MIN_SENTENCE_CHARS`]
//!    characters.
//! 2. Each candidate becomes the set of its keyword candidates
//!    ([`is_candidate`]: two characters or more, not a stopword, not a
//!    number), each weighted by its TF-IDF in the document (`tf / words ×
//!    idf`, with the dictionary's IDF table when given, else 1).
//! 3. Two sentences are linked by the cosine similarity of their weighted
//!    sets. A word in more than [`MAX_POSTINGS`] sentences does not link
//!    (it would make the graph quadratic and carries little).
//! 4. PageRank (damping 0.85, until the scores change by less than
//!    [`CONVERGED`], at most [`MAX_ITERATIONS`]) on that graph, teleporting to
//!    each sentence in proportion to the summed weights of its words, so
//!    sentences dense in the document's keywords rank higher.
//! 5. Sentences are taken best first, skipping any whose similarity to one
//!    already taken exceeds `redundancy` (0.5), until `N` sentences or the
//!    share of the text's characters is reached; they are returned in
//!    document order. Scores are scaled so the best sentence scores 1.

use crate::core::clean::is_boilerplate_line;
use crate::core::extract::is_sentence_end;
use crate::core::keywords::{is_candidate, IdfTable};
use crate::core::segment::Token;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A line longer than this is never a heading.
pub const HEADING_MAX_CHARS: usize = 40;
/// Shorter sentences (in non-whitespace characters) are never chosen.
pub const MIN_SENTENCE_CHARS: usize = 8;
/// A word in more sentences than this does not link sentences.
pub const MAX_POSTINGS: usize = 400;
/// PageRank stops after this many iterations …
pub const MAX_ITERATIONS: usize = 50;
/// … or once the scores change by less than this in all (L1 norm).
pub const CONVERGED: f64 = 1e-9;

/// How long the summary is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum SummaryLength {
    /// This many sentences (at least 1).
    Sentences(usize),
    /// Sentences until this share (0–1) of the text's characters.
    Share(f64),
}

/// Summary options.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SummaryOptions {
    /// How long.
    pub length: SummaryLength,
    /// Skip a sentence more similar than this to one already taken.
    pub redundancy: f64,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions {
            length: SummaryLength::Sentences(5),
            redundancy: 0.5,
        }
    }
}

/// One chosen sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeySentence {
    /// The sentence (trimmed).
    pub text: String,
    /// Start byte offset in the clean text.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// Its TextRank score, the best sentence of the document being 1.
    pub score: f64,
}

/// The summary of a document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// The chosen sentences, in document order.
    pub sentences: Vec<KeySentence>,
    /// Sentences in the text.
    pub total_sentences: usize,
    /// Sentences that could be chosen (not headings, boilerplate or too short).
    pub candidates: usize,
}

/// A sentence span: trimmed byte range and whether it may be chosen.
struct Span {
    start: usize,
    end: usize,
    eligible: bool,
}

fn is_heading(line: &str) -> bool {
    let t = line.trim();
    !t.ends_with([
        '。', '！', '？', '!', '?', '；', ';', '…', '”', '’', '」', '）', ')',
    ]) && t.chars().count() <= HEADING_MAX_CHARS
}

/// Cuts `text` into sentences (trimmed byte spans), marking those that may
/// be chosen.
fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let skip = is_boilerplate_line(body) || is_heading(body);
        let mut s = 0usize;
        for (i, c) in body.char_indices() {
            if is_sentence_end(c) {
                push_sentence(&mut out, body, line_start, s, i + c.len_utf8(), !skip);
                s = i + c.len_utf8();
            }
        }
        push_sentence(&mut out, body, line_start, s, body.len(), !skip);
        line_start += line.len();
    }
    out
}

fn push_sentence(out: &mut Vec<Span>, line: &str, base: usize, a: usize, b: usize, ok: bool) {
    let Some(raw) = line.get(a..b) else { return };
    let trimmed = raw.trim_start();
    let lead = raw.len() - trimmed.len();
    let t = trimmed.trim_end();
    if !t.chars().any(super::han::is_alphanumeric) {
        return;
    }
    let chars = t.chars().filter(|c| !c.is_whitespace()).count();
    out.push(Span {
        start: base + a + lead,
        end: base + a + lead + t.len(),
        eligible: ok && chars >= MIN_SENTENCE_CHARS,
    });
}

/// Cosine similarity of two weighted sets (sorted by term id).
fn cosine(a: &[(usize, f64)], b: &[(usize, f64)], na: f64, nb: f64) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.0.cmp(&y.0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x.1 * y.1;
                i += 1;
                j += 1;
            }
        }
    }
    let d = na * nb;
    if d > 0.0 {
        dot / d
    } else {
        0.0
    }
}

/// The key sentences of a document: its clean `text`, its tokens (byte
/// spans, in order), the stopwords, and the IDF table if there is one.
pub fn summarize(
    text: &str,
    tokens: &[Token],
    stopwords: &Stopwords,
    idf: Option<&IdfTable>,
    opts: &SummaryOptions,
) -> Summary {
    let spans = sentences(text);
    let total_sentences = spans.len();
    let cands: Vec<&Span> = spans.iter().filter(|s| s.eligible).collect();
    // words of each candidate, and term frequencies over the whole text
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut tf: Vec<usize> = Vec::new();
    let mut words_total = 0usize;
    let mut sets: Vec<Vec<usize>> = vec![Vec::new(); cands.len()];
    let mut k = 0usize;
    for t in tokens {
        let Some(w) = text.get(t.start..t.end) else {
            continue;
        };
        if !is_candidate(w, stopwords) {
            continue;
        }
        words_total += 1;
        let id = *ids.entry(w).or_insert_with(|| {
            tf.push(0);
            tf.len() - 1
        });
        if let Some(c) = tf.get_mut(id) {
            *c += 1;
        }
        while cands.get(k).is_some_and(|s| s.end <= t.start) {
            k += 1;
        }
        if let (Some(s), Some(set)) = (cands.get(k), sets.get_mut(k)) {
            if s.start <= t.start && t.end <= s.end {
                set.push(id);
            }
        }
    }
    let mut vocab: Vec<&str> = vec![""; tf.len()];
    for (w, &i) in &ids {
        if let Some(v) = vocab.get_mut(i) {
            *v = w;
        }
    }
    let weight: Vec<f64> = tf
        .iter()
        .zip(&vocab)
        .map(|(&n, w)| n as f64 / words_total.max(1) as f64 * idf.map_or(1.0, |t| t.idf(w)))
        .collect();
    let vectors: Vec<Vec<(usize, f64)>> = sets
        .into_iter()
        .map(|mut set| {
            set.sort_unstable();
            set.dedup();
            set.into_iter()
                .map(|i| (i, weight.get(i).copied().unwrap_or(0.0)))
                .collect()
        })
        .collect();
    let norms: Vec<f64> = vectors
        .iter()
        .map(|v| v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt())
        .collect();
    let n = vectors.len();
    // postings → edges
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); tf.len()];
    for (s, v) in vectors.iter().enumerate() {
        for &(t, _) in v {
            if let Some(p) = postings.get_mut(t) {
                p.push(s);
            }
        }
    }
    let mut edges: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    let mut dot = vec![0.0f64; n];
    let mut touched: Vec<usize> = Vec::new();
    for (i, v) in vectors.iter().enumerate() {
        for &(t, wt) in v {
            let Some(p) = postings.get(t) else { continue };
            if p.len() > MAX_POSTINGS {
                continue;
            }
            for &j in p.iter().filter(|&&j| j > i) {
                if let Some(d) = dot.get_mut(j) {
                    if *d == 0.0 {
                        touched.push(j);
                    }
                    *d += wt * wt;
                }
            }
        }
        for j in touched.drain(..) {
            let d = std::mem::take(&mut dot[j]);
            let denom = norms[i] * norms[j];
            if d > 0.0 && denom > 0.0 {
                let sim = d / denom;
                edges[i].push((j, sim));
                edges[j].push((i, sim));
            }
        }
    }
    // personalised PageRank
    let teleport: Vec<f64> = {
        let raw: Vec<f64> = vectors
            .iter()
            .map(|v| v.iter().map(|x| x.1).sum::<f64>())
            .collect();
        let sum: f64 = raw.iter().sum();
        if sum > 0.0 {
            raw.iter().map(|r| r / sum).collect()
        } else {
            vec![1.0 / n.max(1) as f64; n]
        }
    };
    let out_weight: Vec<f64> = edges.iter().map(|e| e.iter().map(|x| x.1).sum()).collect();
    // the edges flattened, each weight divided by its source's out-weight
    // once: the iterations below are most of the summary's time
    let mut ends = Vec::with_capacity(n);
    let mut targets: Vec<usize> = Vec::new();
    let mut shares: Vec<f64> = Vec::new();
    for (e, &wj) in edges.iter().zip(&out_weight) {
        if wj > 0.0 {
            for &(i, w) in e {
                targets.push(i);
                shares.push(w / wj);
            }
        }
        ends.push(targets.len());
    }
    let damping = 0.85;
    let mut score = teleport.clone();
    let mut next = vec![0.0f64; n];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = score
            .iter()
            .zip(&out_weight)
            .filter(|(_, &w)| w <= 0.0)
            .map(|(s, _)| s)
            .sum();
        for (x, p) in next.iter_mut().zip(&teleport) {
            *x = (1.0 - damping) * p + damping * dangling * p;
        }
        let mut from = 0;
        for (&sj, &to) in score.iter().zip(&ends) {
            let c = damping * sj;
            let (ts, ws) = (
                targets.get(from..to).unwrap_or_default(),
                shares.get(from..to).unwrap_or_default(),
            );
            for (&i, &w) in ts.iter().zip(ws) {
                if let Some(x) = next.get_mut(i) {
                    *x += c * w;
                }
            }
            from = to;
        }
        let change: f64 = next.iter().zip(&score).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut score, &mut next);
        if change < CONVERGED {
            break;
        }
    }
    let best = score.iter().copied().fold(0.0f64, f64::max);
    // best first, skipping near-duplicates
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let text_chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let (max_n, max_chars) = match opts.length {
        SummaryLength::Sentences(k) => (k.max(1), usize::MAX),
        SummaryLength::Share(f) => {
            let f = if f.is_finite() {
                f.clamp(0.0, 1.0)
            } else {
                0.1
            };
            (usize::MAX, ((text_chars as f64) * f).ceil() as usize)
        }
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut chars = 0usize;
    for i in order {
        if chosen.len() >= max_n || (chars >= max_chars && !chosen.is_empty()) {
            break;
        }
        let redundant = chosen
            .iter()
            .any(|&j| cosine(&vectors[i], &vectors[j], norms[i], norms[j]) > opts.redundancy);
        if redundant {
            continue;
        }
        chosen.push(i);
        chars += text
            .get(cands[i].start..cands[i].end)
            .map_or(0, |t| t.chars().count());
    }
    chosen.sort_unstable();
    Summary {
        sentences: chosen
            .into_iter()
            .filter_map(|i| {
                let s = cands.get(i)?;
                Some(KeySentence {
                    text: text.get(s.start..s.end)?.to_string(),
                    start: s.start,
                    end: s.end,
                    score: if best > 0.0 { score[i] / best } else { 0.0 },
                })
            })
            .collect(),
        total_sentences,
        candidates: n,
    }
}
