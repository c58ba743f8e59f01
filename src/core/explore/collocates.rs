//! Collocates: the words that keep company with a node word, within a
//! window of words to its left and right, with the association measures
//! corpus linguists use to rank them.
//!
//! Why: a concordance of 项目 shows a few hundred lines; the collocates
//! table says at once that 重大, 建设 and 推进 are its usual neighbours, and
//! how much more often than chance.
//!
//! How: only word tokens count ([`is_word`]: punctuation and whitespace are
//! skipped, so a window of 3 is three *words*); windows stay inside one
//! document. For every occurrence of the node, the `left` words before it
//! and the `right` words after it form its window; a collocate's observed
//! count `O` is the number of times it stands in a node's window (a word in
//! two overlapping windows counts twice, once for each node occurrence, as
//! in AntConc and #LancsBox).
//!
//! The measures use the "surface co-occurrence" contingency table of Evert
//! (2008, *Corpora and collocations*):
//!
//! - `N` — word tokens in the corpus;
//! - `f_c` — the collocate's frequency in the corpus;
//! - `f_n` — the node's frequency;
//! - `W` — window slots: the number of word positions inside the node's
//!   windows (≈ `f_n × (left + right)`, less where a window meets a
//!   document edge);
//! - `E = W × f_c / N` — the expected count if the collocate were spread at
//!   random.
//!
//! | measure | formula |
//! |---|---|
//! | MI (mutual information) | `log2(O / E)` |
//! | t-score | `(O − E) / √O` |
//! | logDice (Rychlý 2008) | `14 + log2(2·O / (f_n + f_c))` |
//! | log-likelihood G² (Dunning 1993) | `2 Σ O_ij ln(O_ij / E_ij)` over the 2×2 table |
//!
//! The 2×2 table: `O11 = O` (collocate in a window), `O12 = W − O` (other
//! words in windows), `O21 = f_c − O` (the collocate elsewhere), `O22 = N −
//! W − O21` (other words elsewhere); `E_ij = row_i × column_j / N`; a cell
//! with `O_ij = 0` adds nothing, and cells that overlapping windows would
//! make negative are taken as 0. MI favours rare pairs, t-score frequent
//! ones, logDice is independent of corpus size (at most 14), G² ≥ 3.84 means
//! p < 0.05 and ≥ 10.83 p < 0.001.

use super::{cmp_f64, Doc};
use crate::core::segment::is_word;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Largest window on either side.
pub const MAX_WINDOW: usize = 10;

/// The column a collocates table is sorted by (always largest first; ties
/// by term).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CollocateSort {
    /// Observed count in the windows.
    Count,
    /// Mutual information.
    Mi,
    /// t-score.
    T,
    /// logDice (the default: robust for both rare and frequent words).
    #[default]
    LogDice,
    /// Log-likelihood G².
    G2,
}

/// Window, thresholds and order of a collocates table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollocateOptions {
    /// Words to the left of the node (1–10; clamped).
    pub left: usize,
    /// Words to the right of the node (1–10; clamped).
    pub right: usize,
    /// Keep collocates seen at least this often in the windows (at least 1).
    pub min_count: usize,
    /// Leave stopwords out of the table (they still fill window slots).
    pub remove_stopwords: bool,
    /// The order.
    pub sort: CollocateSort,
    /// Keep at most this many rows after sorting; 0 keeps all.
    pub limit: usize,
}

impl Default for CollocateOptions {
    fn default() -> Self {
        CollocateOptions {
            left: 5,
            right: 5,
            min_count: 2,
            remove_stopwords: true,
            sort: CollocateSort::LogDice,
            limit: 0,
        }
    }
}

/// One collocate of the node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collocate {
    /// The word.
    pub term: String,
    /// Times it stands in a window of the node (`O`).
    pub count: usize,
    /// Of those, left of the node.
    pub left: usize,
    /// Of those, right of the node.
    pub right: usize,
    /// Its frequency in the corpus (`f_c`).
    pub freq: usize,
    /// Mutual information, `log2(O / E)`.
    pub mi: f64,
    /// t-score, `(O − E) / √O`.
    pub t: f64,
    /// logDice, `14 + log2(2·O / (f_n + f_c))`.
    pub log_dice: f64,
    /// Log-likelihood G².
    pub g2: f64,
}

/// The collocates of a node word and the totals behind the measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collocates {
    /// The node word.
    pub node: String,
    /// Its frequency in the corpus (`f_n`).
    pub node_count: usize,
    /// Word tokens in the corpus (`N`).
    pub total_tokens: usize,
    /// Word positions inside the node's windows (`W`).
    pub window_slots: usize,
    /// Distinct collocates before the threshold and the limit.
    pub distinct: usize,
    /// The rows, sorted.
    pub rows: Vec<Collocate>,
}

/// The four association measures of one collocate: `o` its count in the
/// windows, `f_c` its corpus frequency, `f_n` the node's, `w` the window
/// slots and `n` the corpus size (see the module docs). Returns
/// `(mi, t, log_dice, g2)`; non-finite results (e.g. `n = 0`) become 0.
pub fn measures(o: usize, f_c: usize, f_n: usize, w: usize, n: usize) -> (f64, f64, f64, f64) {
    let (o, f_c, f_n, w, n) = (o as f64, f_c as f64, f_n as f64, w as f64, n as f64);
    let finite = |x: f64| if x.is_finite() { x } else { 0.0 };
    let e = w * f_c / n;
    let mi = finite((o / e).log2());
    let t = finite((o - e) / o.sqrt());
    let log_dice = finite(14.0 + (2.0 * o / (f_n + f_c)).log2());
    let o11 = o;
    let o12 = (w - o).max(0.0);
    let o21 = (f_c - o).max(0.0);
    let o22 = (n - w - o21).max(0.0);
    let total = o11 + o12 + o21 + o22;
    let (r1, r2) = (o11 + o12, o21 + o22);
    let (c1, c2) = (o11 + o21, o12 + o22);
    let cell = |obs: f64, row: f64, col: f64| {
        let exp = row * col / total;
        if obs > 0.0 && exp > 0.0 {
            obs * (obs / exp).ln()
        } else {
            0.0
        }
    };
    let g2 = finite(
        2.0 * (cell(o11, r1, c1) + cell(o12, r1, c2) + cell(o21, r2, c1) + cell(o22, r2, c2)),
    );
    (mi, t, log_dice, g2.max(0.0))
}

/// The collocates of `node` (an exact word token) over `docs`.
pub fn collocates<S: AsRef<str>>(
    docs: &[Doc<S>],
    node: &str,
    stopwords: &Stopwords,
    opts: &CollocateOptions,
) -> Collocates {
    let (lw, rw) = (
        opts.left.clamp(1, MAX_WINDOW),
        opts.right.clamp(1, MAX_WINDOW),
    );
    let node = node.trim();
    let mut total = 0usize;
    let mut node_count = 0usize;
    let mut slots = 0usize;
    // term → (left, right)
    let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut words: Vec<&str> = Vec::new();
    for d in docs {
        words.clear();
        words.extend(d.words.iter().map(AsRef::as_ref).filter(|w| is_word(w)));
        total += words.len();
        for (i, &w) in words.iter().enumerate() {
            if w != node {
                continue;
            }
            node_count += 1;
            let from = i.saturating_sub(lw);
            let to = i.saturating_add(rw).min(words.len().saturating_sub(1));
            slots += (i - from) + (to - i);
            for &c in words.get(from..i).unwrap_or_default() {
                seen.entry(c).or_default().0 += 1;
            }
            for &c in words.get(i + 1..=to).unwrap_or_default() {
                seen.entry(c).or_default().1 += 1;
            }
        }
    }
    let distinct = seen.len();
    let min = opts.min_count.max(1);
    seen.retain(|c, (l, r)| *l + *r >= min && !(opts.remove_stopwords && stopwords.contains(c)));
    // corpus frequencies of the kept collocates only
    let mut freq: HashMap<&str, usize> = seen.keys().map(|&c| (c, 0)).collect();
    if !freq.is_empty() {
        for d in docs {
            for w in &d.words {
                if let Some(f) = freq.get_mut(w.as_ref()) {
                    *f += 1;
                }
            }
        }
    }
    let mut rows: Vec<Collocate> = seen
        .into_iter()
        .map(|(c, (left, right))| {
            let count = left + right;
            let f_c = freq.get(c).copied().unwrap_or(0).max(1);
            let (mi, t, log_dice, g2) = measures(count, f_c, node_count, slots, total);
            Collocate {
                term: c.to_string(),
                count,
                left,
                right,
                freq: f_c,
                mi,
                t,
                log_dice,
                g2,
            }
        })
        .collect();
    sort_collocates(&mut rows, opts.sort);
    if opts.limit > 0 {
        rows.truncate(opts.limit);
    }
    Collocates {
        node: node.to_string(),
        node_count,
        total_tokens: total,
        window_slots: slots,
        distinct,
        rows,
    }
}

/// Sorts rows by a column, largest first; ties by count, then term.
pub fn sort_collocates(rows: &mut [Collocate], sort: CollocateSort) {
    let key = |c: &Collocate| match sort {
        CollocateSort::Count => c.count as f64,
        CollocateSort::Mi => c.mi,
        CollocateSort::T => c.t,
        CollocateSort::LogDice => c.log_dice,
        CollocateSort::G2 => c.g2,
    };
    rows.sort_by(|a, b| {
        cmp_f64(key(b), key(a))
            .then(b.count.cmp(&a.count))
            .then_with(|| a.term.cmp(&b.term))
    });
}

/// The table as CSV (UTF-8 with BOM; see [`crate::core::export::csv_document`]).
pub fn collocates_csv(c: &Collocates) -> String {
    use crate::core::export::{csv_document, csv_safe, number_cell};
    let rows: Vec<Vec<String>> = c
        .rows
        .iter()
        .map(|r| {
            vec![
                csv_safe(&c.node).into_owned(),
                csv_safe(&r.term).into_owned(),
                r.count.to_string(),
                r.left.to_string(),
                r.right.to_string(),
                r.freq.to_string(),
                number_cell(r.mi),
                number_cell(r.t),
                number_cell(r.log_dice),
                number_cell(r.g2),
            ]
        })
        .collect();
    csv_document(
        &[
            "node", "term", "count", "left", "right", "freq", "mi", "t", "log_dice", "g2",
        ],
        &rows,
    )
}
