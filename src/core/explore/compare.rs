//! Compare documents: which terms one side uses distinctively more.
//!
//! Why: keywords of one document are dominated by the genre (经济, 发展 …
//! in every report); comparing against another document, or against the rest
//! of the corpus, brings out what is particular to it.
//!
//! How: for each term with count `a` in side A (of `c` word tokens) and `b`
//! in side B (of `d`), the expected counts are those of the two corpora
//! pooled (Rayson & Garside 2000): `E1 = c(a+b)/(c+d)`, `E2 = d(a+b)/(c+d)`,
//! and Dunning's log-likelihood is `G² = 2(a ln(a/E1) + b ln(b/E2))`, a zero
//! count contributing 0. G² says how sure the difference is (3.84 ≈ p < 0.05,
//! 6.63 ≈ p < 0.01, one degree of freedom), not how big: the effect size is
//! Hardie's log ratio, `log2((a/c)/(b/d))`, with a zero count replaced by 0.5
//! so terms found on one side only get a finite value. A positive log ratio
//! means the term is overused in A, negative in B; [`Distinctive::side`]
//! says the same. Only word tokens count; stopwords are optional.

use super::{cmp_f64, Doc};
use crate::core::segment::is_word;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What side A is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Against {
    /// Another document, by index.
    Document(usize),
    /// All other documents together.
    Rest,
}

/// Which side a term is overused in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    /// Relatively more frequent in A.
    A,
    /// Relatively more frequent in B.
    B,
}

/// Comparison options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompareOptions {
    /// Keep terms whose count in A plus B is at least this.
    pub min_freq: usize,
    /// Drop stopwords.
    pub remove_stopwords: bool,
    /// Keep at most this many rows; 0 keeps all.
    pub limit: usize,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            min_freq: 3,
            remove_stopwords: true,
            limit: 0,
        }
    }
}

/// A term and how distinctive it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Distinctive {
    /// The term.
    pub term: String,
    /// Count in A.
    pub count_a: usize,
    /// Count in B.
    pub count_b: usize,
    /// Log-likelihood G² (≥ 0).
    pub g2: f64,
    /// Log ratio, base 2 (positive: overused in A).
    pub log_ratio: f64,
    /// The side the term is overused in.
    pub side: Side,
}

/// The comparison and the corpus sizes behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Terms sorted by G² descending, ties by term.
    pub terms: Vec<Distinctive>,
    /// Word tokens in A.
    pub size_a: usize,
    /// Word tokens in B.
    pub size_b: usize,
}

/// Dunning's G² for counts `a` of `c` and `b` of `d` (Rayson & Garside).
pub fn log_likelihood(a: usize, c: usize, b: usize, d: usize) -> f64 {
    let (a, b, c, d) = (a as f64, b as f64, c as f64, d as f64);
    if c + d <= 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let part = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    (2.0 * (part(a, e1) + part(b, e2))).max(0.0)
}

/// Hardie's log ratio `log2((a/c)/(b/d))`, zero counts replaced by 0.5;
/// 0 when a side is empty.
pub fn log_ratio(a: usize, c: usize, b: usize, d: usize) -> f64 {
    if c == 0 || d == 0 {
        return 0.0;
    }
    let fix = |n: usize| if n == 0 { 0.5 } else { n as f64 };
    ((fix(a) / c as f64) / (fix(b) / d as f64)).log2()
}

/// Compares two token streams (all tokens; non-words are skipped).
pub fn compare_words<'a>(
    a: impl IntoIterator<Item = &'a str>,
    b: impl IntoIterator<Item = &'a str>,
    stopwords: &Stopwords,
    opts: &CompareOptions,
) -> Comparison {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let (mut c, mut d) = (0usize, 0usize);
    for w in a.into_iter().filter(|w| is_word(w)) {
        c += 1;
        counts.entry(w).or_default().0 += 1;
    }
    for w in b.into_iter().filter(|w| is_word(w)) {
        d += 1;
        counts.entry(w).or_default().1 += 1;
    }
    let mut terms: Vec<Distinctive> = counts
        .into_iter()
        .filter(|(w, (x, y))| {
            x + y >= opts.min_freq && !(opts.remove_stopwords && stopwords.contains(w))
        })
        .map(|(w, (x, y))| {
            let lr = log_ratio(x, c, y, d);
            // the side follows the relative frequencies, exactly (no 0.5 fix)
            let side = if (x as u128) * (d as u128) >= (y as u128) * (c as u128) {
                Side::A
            } else {
                Side::B
            };
            Distinctive {
                term: w.to_string(),
                count_a: x,
                count_b: y,
                g2: log_likelihood(x, c, y, d),
                log_ratio: lr,
                side,
            }
        })
        .collect();
    terms.sort_by(|p, q| cmp_f64(q.g2, p.g2).then_with(|| p.term.cmp(&q.term)));
    if opts.limit > 0 {
        terms.truncate(opts.limit);
    }
    Comparison {
        terms,
        size_a: c,
        size_b: d,
    }
}

/// Compares document `a` with another document or with the rest of the
/// corpus. An index out of range stands for an empty document.
pub fn compare_docs<S: AsRef<str>>(
    docs: &[Doc<S>],
    a: usize,
    against: Against,
    stopwords: &Stopwords,
    opts: &CompareOptions,
) -> Comparison {
    let words = |i: usize| {
        docs.get(i)
            .into_iter()
            .flat_map(|d| d.words.iter().map(AsRef::as_ref))
    };
    let b: Vec<&str> = match against {
        Against::Document(j) => words(j).collect(),
        Against::Rest => (0..docs.len())
            .filter(|&j| j != a)
            .flat_map(words)
            .collect(),
    };
    compare_words(words(a), b, stopwords, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g2_and_log_ratio_by_hand() {
        // a = 10 of c = 100, b = 5 of d = 200.
        // E1 = 100·15/300 = 5, E2 = 200·15/300 = 10
        // G² = 2(10 ln(10/5) + 5 ln(5/10)) = 2(10 − 5) ln 2 = 10 ln 2 ≈ 6.931472
        assert!((log_likelihood(10, 100, 5, 200) - 10.0 * 2f64.ln()).abs() < 1e-12);
        // LR = log2((10/100)/(5/200)) = log2(0.1/0.025) = log2 4 = 2
        assert!((log_ratio(10, 100, 5, 200) - 2.0).abs() < 1e-12);
        // a = 0 of 100, b = 10 of 100: E1 = E2 = 5
        // G² = 2(0 + 10 ln(10/5)) = 20 ln 2 ≈ 13.862944
        assert!((log_likelihood(0, 100, 10, 100) - 20.0 * 2f64.ln()).abs() < 1e-12);
        // LR with 0 → 0.5: log2((0.5/100)/(10/100)) = log2(0.05) ≈ −4.321928
        assert!((log_ratio(0, 100, 10, 100) - 0.05f64.log2()).abs() < 1e-12);
        // equal relative frequencies: G² = 0, LR = 0
        assert!(log_likelihood(2, 100, 4, 200).abs() < 1e-12);
        assert_eq!(log_likelihood(0, 0, 0, 0), 0.0);
        assert_eq!(log_ratio(1, 0, 1, 5), 0.0);
    }

    #[test]
    fn sides_filter_and_order() {
        let a = ["项目"; 6].into_iter().chain(["经济"; 4]);
        let b = ["经济"; 8].into_iter().chain(["发展"; 2]).chain(["项目"]);
        let opts = CompareOptions {
            min_freq: 3,
            ..CompareOptions::default()
        };
        let cmp = compare_words(a, b, &Stopwords::builtin(), &opts);
        assert_eq!((cmp.size_a, cmp.size_b), (10, 11));
        let terms: Vec<_> = cmp
            .terms
            .iter()
            .map(|t| (t.term.as_str(), t.side))
            .collect();
        // 发展 (2) is below min_freq
        assert_eq!(terms, [("项目", Side::A), ("经济", Side::B)]);
        assert!(cmp.terms[0].log_ratio > 0.0 && cmp.terms[1].log_ratio < 0.0);
        assert!(cmp.terms[0].g2 >= cmp.terms[1].g2);
    }

    #[test]
    fn docs_against_rest_and_out_of_range() {
        let docs = [
            Doc {
                name: "a",
                words: vec!["常州"; 5],
                tags: vec![],
            },
            Doc {
                name: "b",
                words: vec!["无锡"; 5],
                tags: vec![],
            },
            Doc {
                name: "c",
                words: vec!["无锡"; 5],
                tags: vec![],
            },
        ];
        let sw = Stopwords::default();
        let cmp = compare_docs(&docs, 0, Against::Rest, &sw, &CompareOptions::default());
        assert_eq!(cmp.terms[0].term, "常州");
        assert_eq!(cmp.terms[0].side, Side::A);
        assert_eq!(cmp.size_b, 10);
        let empty = compare_docs(
            &docs,
            9,
            Against::Document(7),
            &sw,
            &CompareOptions::default(),
        );
        assert!(empty.terms.is_empty());
    }
}
