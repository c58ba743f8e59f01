//! N-gram clusters: runs of 2–6 words that recur — 推进 高质量 发展,
//! 坚持 以 人民 为 中心 — with their count and range (how many documents
//! use them).
//!
//! Why: fixed phrases (提法) are the signature of policy text; a frequency
//! table of single words cuts them apart.
//!
//! How: only word tokens ([`is_word`]) form n-grams, and an n-gram never
//! spans punctuation, whitespace or a line break (a cluster across a comma
//! is not a phrase). By default an n-gram whose first or last word is a
//! stopword is left out (的 发展, 经济 和); stopwords inside are kept (坚持
//! 以 人民 为 中心). `contains` keeps only n-grams with a word equal to it.
//! `docs` is the range: the number of documents where the n-gram occurs.
//!
//! Words are interned to integers first, so counting is one hash of ≤ 6
//! integers per position (a 10 MiB corpus counts in well under a second).

use super::Doc;
use crate::core::segment::is_word;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Shortest and longest n-gram.
pub const N_RANGE: (usize, usize) = (2, 6);

/// Length, thresholds and filters of an n-gram table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NgramOptions {
    /// Words per n-gram (2–6; clamped).
    pub n: usize,
    /// Keep n-grams seen at least this often (at least 1).
    pub min_count: usize,
    /// Keep n-grams found in at least this many documents (at least 1).
    pub min_docs: usize,
    /// Keep only n-grams with a word equal to this; empty keeps all.
    pub contains: String,
    /// Leave out n-grams that start or end with a stopword.
    pub stopword_edges: bool,
    /// Keep at most this many rows (most frequent first); 0 keeps all.
    pub limit: usize,
}

impl Default for NgramOptions {
    fn default() -> Self {
        NgramOptions {
            n: 3,
            min_count: 2,
            min_docs: 1,
            contains: String::new(),
            stopword_edges: true,
            limit: 0,
        }
    }
}

/// One n-gram.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ngram {
    /// Its words joined by one space.
    pub ngram: String,
    /// Occurrences in the corpus.
    pub count: usize,
    /// Documents it occurs in (range).
    pub docs: usize,
}

/// An n-gram table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ngrams {
    /// Words per n-gram.
    pub n: usize,
    /// N-gram positions counted (after the filters on edges and `contains`).
    pub total: usize,
    /// Distinct n-grams before the thresholds and the limit.
    pub distinct: usize,
    /// The rows, most frequent first; ties by range, then text.
    pub rows: Vec<Ngram>,
}

/// Counts the n-grams of `docs`.
pub fn ngrams<S: AsRef<str>>(
    docs: &[Doc<S>],
    stopwords: &Stopwords,
    opts: &NgramOptions,
) -> Ngrams {
    let n = opts.n.clamp(N_RANGE.0, N_RANGE.1);
    // intern words: id → word, and whether the id may stand at an edge
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut vocab: Vec<&str> = Vec::new();
    let mut edge_ok: Vec<bool> = Vec::new();
    let contains = opts.contains.trim();
    let mut counts: HashMap<[u32; 6], (usize, usize, usize)> = HashMap::new();
    let mut total = 0usize;
    let mut run: Vec<u32> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        run.clear();
        let words = d.words.iter().map(AsRef::as_ref);
        // a trailing sentinel closes the last run
        for w in words.map(Some).chain(std::iter::once(None)) {
            match w.filter(|w| is_word(w)) {
                Some(w) => {
                    let id = *ids.entry(w).or_insert_with(|| {
                        vocab.push(w);
                        edge_ok.push(!(opts.stopword_edges && stopwords.contains(w)));
                        (vocab.len() - 1) as u32
                    });
                    run.push(id);
                    if run.len() >= n {
                        let gram = &run[run.len() - n..];
                        let edges = |g: &[u32]| {
                            let ok = |id: Option<&u32>| {
                                id.and_then(|&i| edge_ok.get(i as usize)).copied() == Some(true)
                            };
                            ok(g.first()) && ok(g.last())
                        };
                        let has = |g: &[u32]| {
                            contains.is_empty()
                                || g.iter().any(|&i| vocab.get(i as usize) == Some(&contains))
                        };
                        if edges(gram) && has(gram) {
                            let mut key = [u32::MAX; 6];
                            for (k, &id) in key.iter_mut().zip(gram) {
                                *k = id;
                            }
                            let e = counts.entry(key).or_insert((0, 0, usize::MAX));
                            e.0 += 1;
                            if e.2 != di {
                                e.1 += 1;
                                e.2 = di;
                            }
                            total += 1;
                        }
                    }
                }
                None => run.clear(),
            }
        }
    }
    let distinct = counts.len();
    let (min_count, min_docs) = (opts.min_count.max(1), opts.min_docs.max(1));
    let mut rows: Vec<Ngram> = counts
        .into_iter()
        .filter(|(_, (c, d, _))| *c >= min_count && *d >= min_docs)
        .map(|(key, (count, docs, _))| Ngram {
            ngram: key
                .iter()
                .take(n)
                .filter_map(|&i| vocab.get(i as usize).copied())
                .collect::<Vec<_>>()
                .join(" "),
            count,
            docs,
        })
        .collect();
    rows.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(b.docs.cmp(&a.docs))
            .then_with(|| a.ngram.cmp(&b.ngram))
    });
    if opts.limit > 0 {
        rows.truncate(opts.limit);
    }
    Ngrams {
        n,
        total,
        distinct,
        rows,
    }
}

/// The table as CSV (UTF-8 with BOM; see [`crate::core::export::csv_document`]).
pub fn ngrams_csv(g: &Ngrams) -> String {
    use crate::core::export::{csv_document, csv_safe};
    let rows: Vec<Vec<String>> = g
        .rows
        .iter()
        .map(|r| {
            vec![
                csv_safe(&r.ngram).into_owned(),
                r.count.to_string(),
                r.docs.to_string(),
            ]
        })
        .collect();
    csv_document(&["ngram", "count", "docs"], &rows)
}
