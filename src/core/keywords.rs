//! Keywords by TF-IDF, as jieba's `extract_tags` computes them.
//!
//! jieba-rs' own TF-IDF extractor embeds its IDF table in the binary (through
//! `include-flate`), which would put 6 MB into the app wasm; this module reads
//! the same table from a data asset instead. Scoring follows jieba: words of
//! two or more characters that are not stopwords are counted, each count is
//! divided by the number of counted words and multiplied by the word's IDF
//! (the median IDF for unknown words). Ties are broken by the term so output
//! is deterministic.

use super::error::CoreError;
use super::stopwords::Stopwords;
use super::wordtable::WordTable;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// A keyword and its TF-IDF score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The term.
    pub term: String,
    /// TF-IDF score.
    pub score: f64,
}

/// Inverse document frequencies: a view of the IDF column of the
/// dictionary's [`WordTable`], shared with it rather than copied.
#[derive(Debug, Clone, Default)]
pub struct IdfTable {
    words: Arc<WordTable>,
    len: usize,
    median: f64,
}

impl IdfTable {
    /// Parses jieba's `idf.txt`: one `word idf` pair per line.
    pub fn parse(text: &str) -> Result<Self, CoreError> {
        Ok(Self::of(Arc::new(WordTable::from_text("", text)?)))
    }

    /// The IDF column of `words`.
    pub fn of(words: Arc<WordTable>) -> Self {
        IdfTable {
            len: words.idf_len(),
            median: words.idf_median(),
            words,
        }
    }

    /// The IDF of `word`, or the median IDF when the word is unknown.
    pub fn idf(&self, word: &str) -> f64 {
        self.words
            .find(word)
            .and_then(|i| self.words.idf_at(i))
            .unwrap_or(self.median)
    }

    /// Number of words with a known IDF.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Whether `word` can be a keyword: two or more characters, at least one of
/// them a letter or Han character (so `169.6` and `2023` are not), and not a
/// stopword.
pub fn is_candidate(word: &str, stopwords: &Stopwords) -> bool {
    word.chars().nth(1).is_some()
        && word.chars().any(super::han::is_alphabetic)
        && !stopwords.contains(word)
}

/// The `top` words of `words` by TF-IDF.
pub fn tfidf<'a>(
    words: impl IntoIterator<Item = &'a str>,
    idf: &IdfTable,
    stopwords: &Stopwords,
    top: usize,
) -> Vec<Keyword> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut total = 0usize;
    for w in words {
        if is_candidate(w, stopwords) {
            *counts.entry(w).or_insert(0) += 1;
            total += 1;
        }
    }
    let mut scored: Vec<Keyword> = counts
        .into_iter()
        .map(|(w, n)| Keyword {
            term: w.to_string(),
            score: n as f64 * idf.idf(w) / total as f64,
        })
        .collect();
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.term.cmp(&b.term))
    });
    scored.truncate(top);
    scored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_like_jieba_and_skips_numbers_and_stopwords() {
        let idf = IdfTable::parse("项目 4.0\n重大项目 9.0\n经济 3.0\n").unwrap();
        let words = ["重大项目", "的", "项目", "项目", "169.6", "我们", "经济"];
        let kw = tfidf(words, &idf, &Stopwords::builtin(), 10);
        let terms: Vec<_> = kw.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["重大项目", "项目", "经济"]);
        assert!((kw[0].score - 9.0 / 4.0).abs() < 1e-12);
        assert!((kw[1].score - 8.0 / 4.0).abs() < 1e-12);
        assert!(IdfTable::parse("broken").is_err());
    }
}
