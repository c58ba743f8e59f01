//! Frequency tables: how often each term occurs, per document or corpus.
//!
//! Why: the keyword list shows the top of a ranking; a frequency table lets
//! the user see the whole distribution, filter it (by part of speech, by a
//! substring, with or without stopwords) and sort it by any column.
//!
//! How: only word tokens are counted (tokens with a letter, digit or Han
//! character; punctuation never is). A row is a (term, tag) pair, so 发展/v
//! and 发展/vn are separate rows when tags are given. `relative` is the
//! count divided by all word tokens of the scope, *before* any filter, so a
//! filter hides rows but never changes the numbers. `doc_freq` counts the
//! documents of the whole corpus containing the term.
//!
//! TF-IDF is `relative × idf`. The IDF comes from the crate's [`IdfTable`]
//! (jieba's general-language table, the same as the keyword list; median
//! IDF for unknown words) when one is passed, otherwise from the corpus
//! itself with scikit-learn's smoothed formula
//! `idf = ln((1 + N) / (1 + df)) + 1`, N = number of documents. The corpus
//! IDF is 1 for a term present in every document, which is right for
//! comparing documents but uninformative for a single one — pass the table
//! then.

use super::{cmp_f64, Doc};
use crate::core::keywords::IdfTable;
use crate::core::segment::is_word;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};

/// Which documents a table covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// All documents together.
    Corpus,
    /// One document, by index (an index out of range gives an empty table).
    Document(usize),
}

/// The column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SortBy {
    /// The term (Unicode code point order).
    Term,
    /// The tag.
    Pos,
    /// The count (the default).
    #[default]
    Count,
    /// The relative frequency (same order as count within one scope).
    Relative,
    /// The document frequency.
    DocFreq,
    /// The TF-IDF score.
    TfIdf,
}

/// Filters and order of a frequency table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FreqOptions {
    /// Keep only rows whose tag starts with this (e.g. `n` for all nouns);
    /// empty keeps all rows. Rows without a tag never match a non-empty prefix.
    pub pos_prefix: String,
    /// Keep only terms containing this substring; empty keeps all.
    pub contains: String,
    /// Drop stopwords.
    pub remove_stopwords: bool,
    /// The sort column.
    pub sort: SortBy,
    /// Sort descending (largest first); ties are broken by term then tag, ascending.
    pub descending: bool,
    /// Keep at most this many rows after sorting; 0 keeps all.
    pub limit: usize,
}

impl Default for FreqOptions {
    fn default() -> Self {
        FreqOptions {
            pos_prefix: String::new(),
            contains: String::new(),
            remove_stopwords: true,
            sort: SortBy::Count,
            descending: true,
            limit: 0,
        }
    }
}

/// One row of a frequency table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FreqRow {
    /// The term.
    pub term: String,
    /// Its part-of-speech tag, if tags were given.
    pub pos: Option<String>,
    /// Occurrences in the scope.
    pub count: usize,
    /// `count` divided by the number of word tokens in the scope.
    pub relative: f64,
    /// Number of corpus documents containing the term (any tag).
    pub doc_freq: usize,
    /// `relative × idf` (see the module docs for which IDF).
    pub tfidf: f64,
}

/// A frequency table and the totals behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FreqTable {
    /// The rows, filtered and sorted.
    pub rows: Vec<FreqRow>,
    /// Word tokens in the scope (the denominator of `relative`).
    pub total_tokens: usize,
    /// Distinct (term, tag) pairs in the scope before filtering.
    pub distinct: usize,
}

/// The smoothed corpus IDF, `ln((1 + n_docs) / (1 + df)) + 1`.
pub fn corpus_idf(n_docs: usize, df: usize) -> f64 {
    ((1.0 + n_docs as f64) / (1.0 + df as f64)).ln() + 1.0
}

/// Builds the frequency table of `scope`. With `idf` = `None` the corpus IDF
/// is used (see the module docs).
pub fn frequency_table<S: AsRef<str>>(
    docs: &[Doc<S>],
    scope: Scope,
    idf: Option<&IdfTable>,
    stopwords: &Stopwords,
    opts: &FreqOptions,
) -> FreqTable {
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for d in docs {
        let set: HashSet<&str> = d
            .words
            .iter()
            .map(AsRef::as_ref)
            .filter(|w| is_word(w))
            .collect();
        for w in set {
            *df.entry(w).or_insert(0) += 1;
        }
    }
    let selected: Vec<&Doc<S>> = match scope {
        Scope::Corpus => docs.iter().collect(),
        Scope::Document(i) => docs.get(i).into_iter().collect(),
    };
    let mut counts: BTreeMap<(&str, Option<&str>), usize> = BTreeMap::new();
    let mut total = 0usize;
    for d in selected {
        for (i, w) in d.words.iter().enumerate() {
            let w = w.as_ref();
            if is_word(w) {
                total += 1;
                *counts.entry((w, d.tag(i))).or_insert(0) += 1;
            }
        }
    }
    let distinct = counts.len();
    let rows: Vec<FreqRow> = counts
        .into_iter()
        .filter(|((w, tag), _)| keeps(opts, stopwords, w, *tag))
        .map(|((w, tag), n)| {
            let d = df.get(w).copied().unwrap_or(0);
            let relative = n as f64 / total.max(1) as f64;
            let idf = match idf {
                Some(t) => t.idf(w),
                None => corpus_idf(docs.len(), d),
            };
            FreqRow {
                term: w.to_string(),
                pos: tag.map(str::to_string),
                count: n,
                relative,
                doc_freq: d,
                tfidf: relative * idf,
            }
        })
        .collect();
    finish(rows, opts, total, distinct)
}

/// Sorts and cuts `rows` as `opts` asks, into a table.
fn finish(mut rows: Vec<FreqRow>, opts: &FreqOptions, total: usize, distinct: usize) -> FreqTable {
    sort_rows(&mut rows, opts.sort, opts.descending);
    if opts.limit > 0 {
        rows.truncate(opts.limit);
    }
    FreqTable {
        rows,
        total_tokens: total,
        distinct,
    }
}

/// Whether a row of `term` tagged `tag` passes the filters of `opts`
/// (POS prefix, substring, stopwords).
pub fn keeps(opts: &FreqOptions, stopwords: &Stopwords, term: &str, tag: Option<&str>) -> bool {
    (opts.pos_prefix.is_empty() || tag.is_some_and(|t| t.starts_with(&opts.pos_prefix)))
        && term.contains(opts.contains.as_str())
        && !(opts.remove_stopwords && stopwords.contains(term))
}

/// Applies the filters, order and limit of `opts` to a table built without
/// filters (`remove_stopwords: false`, empty `contains` and `pos_prefix`):
/// the same rows [`frequency_table`] would give with `opts`, without
/// counting the corpus again.
pub fn refine(unfiltered: &FreqTable, stopwords: &Stopwords, opts: &FreqOptions) -> FreqTable {
    let rows: Vec<FreqRow> = unfiltered
        .rows
        .iter()
        .filter(|r| keeps(opts, stopwords, &r.term, r.pos.as_deref()))
        .cloned()
        .collect();
    finish(rows, opts, unfiltered.total_tokens, unfiltered.distinct)
}

/// Sorts rows by `by`; ties are broken by term then tag, always ascending.
pub fn sort_rows(rows: &mut [FreqRow], by: SortBy, descending: bool) {
    rows.sort_by(|a, b| {
        let primary = match by {
            SortBy::Term => Ordering::Equal,
            SortBy::Pos => a.pos.cmp(&b.pos),
            SortBy::Count => a.count.cmp(&b.count),
            SortBy::Relative => cmp_f64(a.relative, b.relative),
            SortBy::DocFreq => a.doc_freq.cmp(&b.doc_freq),
            SortBy::TfIdf => cmp_f64(a.tfidf, b.tfidf),
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        let term = a.term.cmp(&b.term);
        let term = if by == SortBy::Term && descending {
            term.reverse()
        } else {
            term
        };
        primary.then(term).then_with(|| a.pos.cmp(&b.pos))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(words: &[&'a str], tags: &[&'a str]) -> Doc<&'a str> {
        Doc {
            name: "d",
            words: words.to_vec(),
            tags: tags.to_vec(),
        }
    }

    #[test]
    fn counts_relative_df_and_corpus_idf() {
        let docs = [
            doc(&["项目", "，", "项目", "的", "经济"], &[]),
            doc(&["经济", "发展"], &[]),
        ];
        let sw = Stopwords::builtin();
        let t = frequency_table(
            &docs,
            Scope::Document(0),
            None,
            &sw,
            &FreqOptions::default(),
        );
        // word tokens of doc 0: 项目 项目 的 经济 = 4 (the comma is not a word)
        assert_eq!(t.total_tokens, 4);
        let terms: Vec<_> = t.rows.iter().map(|r| r.term.as_str()).collect();
        assert_eq!(terms, ["项目", "经济"]); // 的 is a stopword
        assert_eq!(t.rows[0].count, 2);
        assert!((t.rows[0].relative - 0.5).abs() < 1e-12);
        assert_eq!(t.rows[1].doc_freq, 2);
        // 项目: df 1 of 2 docs → idf = ln(3/2) + 1; tf-idf = 0.5 × idf
        let idf = (3.0f64 / 2.0).ln() + 1.0;
        assert!((t.rows[0].tfidf - 0.5 * idf).abs() < 1e-12);
        // 经济 in both docs → idf 1
        assert!((t.rows[1].tfidf - 0.25).abs() < 1e-12);
    }

    #[test]
    fn pos_and_substring_filters_and_sorting() {
        let docs = [doc(
            &["发展", "发展", "经济", "项目", "x"],
            &["v", "vn", "n", "n", "eng"],
        )];
        let sw = Stopwords::default();
        let opts = FreqOptions {
            pos_prefix: "n".into(),
            sort: SortBy::Term,
            descending: false,
            ..FreqOptions::default()
        };
        let t = frequency_table(&docs, Scope::Corpus, None, &sw, &opts);
        let terms: Vec<_> = t.rows.iter().map(|r| r.term.as_str()).collect();
        assert_eq!(terms, ["经济", "项目"]);
        let opts = FreqOptions {
            contains: "发".into(),
            ..FreqOptions::default()
        };
        let t = frequency_table(&docs, Scope::Corpus, None, &sw, &opts);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.distinct, 5);
    }

    #[test]
    fn idf_table_and_empty_inputs() {
        let idf = IdfTable::parse("项目 4.0\n").unwrap();
        let docs = [doc(&["项目"], &[])];
        let sw = Stopwords::default();
        let t = frequency_table(
            &docs,
            Scope::Corpus,
            Some(&idf),
            &sw,
            &FreqOptions::default(),
        );
        assert!((t.rows[0].tfidf - 4.0).abs() < 1e-12);
        let none: [Doc<&str>; 0] = [];
        let t = frequency_table(
            &none,
            Scope::Document(3),
            None,
            &sw,
            &FreqOptions::default(),
        );
        assert!(t.rows.is_empty());
        assert_eq!(t.total_tokens, 0);
    }
}
