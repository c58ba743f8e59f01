//! Document statistics: the numbers a reader of Voyant or a stylistician
//! asks first — how long, how Chinese, how varied the vocabulary, how dense
//! with content words, how fond of four-character expressions.
//!
//! What is counted (every measure over the clean text and its tokens):
//!
//! - `chars`: all characters except whitespace; `han`: Han characters (the
//!   crate's one definition, [`is_han`]); `han_share = han / chars`.
//! - `words`: word tokens ([`is_word`]: tokens with a letter, digit or Han
//!   character — punctuation is not a word); `types`: distinct words.
//! - `sentences`: runs of text ending at a sentence end ([`is_sentence_end`]:
//!   。！？；!?; and line breaks) that hold at least one word;
//!   `mean_sentence_words = words / sentences`, `mean_sentence_chars` the
//!   same in non-whitespace characters.
//! - `ttr = types / words` (type-token ratio; it falls as a text grows, so
//!   texts of different length are compared by MATTR).
//! - `mattr`: moving-average TTR (Covington & McFall 2010) — the mean TTR of
//!   every window of [`MATTR_WINDOW`] consecutive words (100 by default); a
//!   text shorter than the window gets its plain TTR.
//! - `lexical_density`: the share of words whose part of speech is a content
//!   class — nouns, verbs, adjectives and names, the groups of
//!   [`pos_group`] 0–3 — among words with a tag; `None` without tags.
//! - `four_char_share`: the share of words that are exactly four Han
//!   characters: 成语 and four-character set phrases (实事求是, 改革开放
//!   count; 高质量发展, five characters, does not).

use crate::core::explore::cloud::pos_group;
use crate::core::explore::Doc;
use crate::core::extract::{is_han, is_sentence_end};
use crate::core::segment::is_word;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Words per MATTR window.
pub const MATTR_WINDOW: usize = 100;

/// The statistics of one document (or of the whole corpus).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocStats {
    /// The document's name (the corpus row is named by the caller).
    pub name: String,
    /// Non-whitespace characters.
    pub chars: usize,
    /// Han characters.
    pub han: usize,
    /// `han / chars` (0 for an empty text).
    pub han_share: f64,
    /// Word tokens.
    pub words: usize,
    /// Distinct words.
    pub types: usize,
    /// Sentences holding a word.
    pub sentences: usize,
    /// `words / sentences`.
    pub mean_sentence_words: f64,
    /// `chars / sentences`.
    pub mean_sentence_chars: f64,
    /// Type-token ratio, `types / words`.
    pub ttr: f64,
    /// Moving-average TTR over windows of `mattr_window` words.
    pub mattr: f64,
    /// The MATTR window.
    pub mattr_window: usize,
    /// Content words among tagged words, if tags were given.
    pub lexical_density: Option<f64>,
    /// Words of exactly four Han characters among all words.
    pub four_char_share: f64,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Moving-average type-token ratio of `words` over windows of `window`
/// words (a shorter list gets its TTR; an empty one 0).
pub fn mattr(words: &[&str], window: usize) -> f64 {
    let (seq, types) = intern(words);
    mattr_ids(&seq, types, window)
}

/// The words as ids (in order of first appearance) and the number of types.
fn intern(words: &[&str]) -> (Vec<u32>, usize) {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let seq = words
        .iter()
        .map(|w| {
            let next = ids.len() as u32;
            *ids.entry(w).or_insert(next)
        })
        .collect();
    (seq, ids.len())
}

/// [`mattr`] over words interned as ids below `types`.
fn mattr_ids(seq: &[u32], types: usize, window: usize) -> f64 {
    let window = window.max(1);
    if seq.len() <= window {
        let mut seen = vec![false; types];
        let mut distinct = 0usize;
        for &i in seq {
            if let Some(s) = seen.get_mut(i as usize) {
                distinct += usize::from(!*s);
                *s = true;
            }
        }
        return ratio(distinct, seq.len());
    }
    let mut counts = vec![0u32; types];
    let mut distinct = 0usize;
    let mut sum = 0usize;
    for (i, &w) in seq.iter().enumerate() {
        if let Some(c) = counts.get_mut(w as usize) {
            distinct += usize::from(*c == 0);
            *c += 1;
        }
        if let Some(&old) = i.checked_sub(window).and_then(|j| seq.get(j)) {
            if let Some(c) = counts.get_mut(old as usize) {
                *c = c.saturating_sub(1);
                distinct -= usize::from(*c == 0);
            }
        }
        if i + 1 >= window {
            sum += distinct;
        }
    }
    let windows = seq.len() - window + 1;
    sum as f64 / (windows * window) as f64
}

/// Whether a word is exactly four Han characters.
pub fn is_four_han(w: &str) -> bool {
    w.chars().count() == 4 && w.chars().all(is_han)
}

/// Counts sentences holding a word: runs ending at a sentence end.
pub fn count_sentences(text: &str) -> usize {
    text.split(is_sentence_end)
        .filter(|s| s.chars().any(super::han::is_alphanumeric))
        .count()
}

/// The statistics of a document: its clean `text` and its tokens `doc`
/// (tags optional).
pub fn doc_stats<S: AsRef<str>>(text: &str, doc: &Doc<S>) -> DocStats {
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let han = text.chars().filter(|&c| is_han(c)).count();
    let sentences = count_sentences(text);
    let mut words: Vec<&str> = Vec::new();
    let (mut tagged, mut content, mut four) = (0usize, 0usize, 0usize);
    for (i, w) in doc.words.iter().enumerate() {
        let w = w.as_ref();
        if !is_word(w) {
            continue;
        }
        words.push(w);
        if let Some(tag) = doc.tag(i) {
            tagged += 1;
            if pos_group(tag) < 4 {
                content += 1;
            }
        }
        four += usize::from(is_four_han(w));
    }
    let (seq, types) = intern(&words);
    DocStats {
        name: doc.name.as_ref().to_string(),
        chars,
        han,
        han_share: ratio(han, chars),
        words: words.len(),
        types,
        sentences,
        mean_sentence_words: ratio(words.len(), sentences),
        mean_sentence_chars: ratio(chars, sentences),
        ttr: ratio(types, words.len()),
        mattr: mattr_ids(&seq, types, MATTR_WINDOW),
        mattr_window: MATTR_WINDOW,
        lexical_density: (tagged > 0).then(|| ratio(content, tagged)),
        four_char_share: ratio(four, words.len()),
    }
}

/// The statistics of every document and of the corpus as a whole (its
/// texts joined, named `corpus_name`; MATTR windows do not cross
/// documents there, they are averaged over all windows of all documents).
pub fn corpus_stats<S: AsRef<str>>(
    texts: &[&str],
    docs: &[Doc<S>],
    corpus_name: &str,
) -> (Vec<DocStats>, DocStats) {
    let rows: Vec<DocStats> = texts
        .iter()
        .zip(docs)
        .map(|(t, d)| doc_stats(t, d))
        .collect();
    let sum = |f: fn(&DocStats) -> usize| rows.iter().map(f).sum::<usize>();
    let (chars, han, words, sentences) = (
        sum(|r| r.chars),
        sum(|r| r.han),
        sum(|r| r.words),
        sum(|r| r.sentences),
    );
    let mut all: HashMap<&str, ()> = HashMap::new();
    let (mut tagged, mut content, mut four) = (0usize, 0usize, 0usize);
    let (mut window_sum, mut window_n) = (0.0f64, 0usize);
    for r in &rows {
        if r.words > 0 {
            let n_windows = r.words.saturating_sub(MATTR_WINDOW) + 1;
            window_sum += r.mattr * n_windows as f64;
            window_n += n_windows;
        }
    }
    for d in docs {
        for (i, w) in d.words.iter().enumerate() {
            let w = w.as_ref();
            if !is_word(w) {
                continue;
            }
            all.insert(w, ());
            if let Some(tag) = d.tag(i) {
                tagged += 1;
                content += usize::from(pos_group(tag) < 4);
            }
            four += usize::from(is_four_han(w));
        }
    }
    let corpus = DocStats {
        name: corpus_name.to_string(),
        chars,
        han,
        han_share: ratio(han, chars),
        words,
        types: all.len(),
        sentences,
        mean_sentence_words: ratio(words, sentences),
        mean_sentence_chars: ratio(chars, sentences),
        ttr: ratio(all.len(), words),
        mattr: if window_n == 0 {
            0.0
        } else {
            window_sum / window_n as f64
        },
        mattr_window: MATTR_WINDOW,
        lexical_density: (tagged > 0).then(|| ratio(content, tagged)),
        four_char_share: ratio(four, words),
    };
    (rows, corpus)
}

/// The statistics as CSV (UTF-8 with BOM), one row per document and the
/// corpus last.
pub fn stats_csv(rows: &[DocStats], corpus: &DocStats) -> String {
    use crate::core::export::{csv_document, csv_safe, number_cell};
    let body: Vec<Vec<String>> = rows
        .iter()
        .chain(std::iter::once(corpus))
        .map(|r| {
            vec![
                csv_safe(&r.name).into_owned(),
                r.chars.to_string(),
                r.han.to_string(),
                number_cell(r.han_share),
                r.words.to_string(),
                r.types.to_string(),
                r.sentences.to_string(),
                number_cell(r.mean_sentence_words),
                number_cell(r.mean_sentence_chars),
                number_cell(r.ttr),
                number_cell(r.mattr),
                r.mattr_window.to_string(),
                r.lexical_density.map(number_cell).unwrap_or_default(),
                number_cell(r.four_char_share),
            ]
        })
        .collect();
    csv_document(
        &[
            "document",
            "chars",
            "han",
            "han_share",
            "words",
            "types",
            "sentences",
            "mean_sentence_words",
            "mean_sentence_chars",
            "ttr",
            "mattr",
            "mattr_window",
            "lexical_density",
            "four_char_share",
        ],
        &body,
    )
}
