//! Exploration views over an already-segmented corpus: frequency tables,
//! concordances, document comparison, co-occurrence networks, word clouds,
//! trends across documents and SVG export.
//!
//! Why a separate layer: the analysis pipeline ([`super::analyze`]) turns one
//! text into tokens once; exploration views are then recomputed many times
//! as the user changes a filter or a sort. So every function here takes
//! documents that are *already segmented* ([`Doc`]: the token strings in text
//! order, optionally with part-of-speech tags) and never segments again.
//! A web worker keeps the clean texts and their tokens and calls these
//! functions directly; the CLI can do the same.
//!
//! How: every module is pure Rust, does no I/O, reads no clock and no
//! randomness, and is total — any input, including empty documents, empty
//! queries, NaN weights and zero-sized canvases, gives a result (or a
//! descriptive error) rather than a panic. Ties are always broken by the
//! term (then by position), so the same input gives the same output on every
//! platform.
//!
//! - [`freq`]: frequency table per document or corpus, with TF-IDF.
//! - [`kwic`]: concordance (key word in context) by token, substring or regex.
//! - [`compare`]: distinctive terms by log-likelihood G² and log ratio.
//! - [`cooccur`]: sentence co-occurrence network with a force-directed layout.
//! - [`layout`]: Fruchterman–Reingold layout of that network.
//! - [`cloud`]: word-cloud placement on an Archimedean spiral.
//! - [`trends`]: term frequencies across documents ordered by date.
//! - [`svg`]: standalone SVG for the cloud and the network.
//! - [`files`]: CSV tables, file names and the zip of everything.
//! - [`collocates`]: words near a node word, by MI, t-score, logDice and G².
//! - [`ngrams`]: recurring runs of 2–6 words with their range.
//! - [`dispersion`]: where a term falls in each document, with Juilland's D.

pub mod cloud;
pub mod collocates;
pub mod compare;
pub mod cooccur;
pub mod dispersion;
pub mod files;
pub mod freq;
pub mod kwic;
pub mod layout;
pub mod ngrams;
pub mod svg;
pub mod trends;

use super::segment::{is_word, Token};
use serde::{Deserialize, Serialize};

/// One segmented document: its tokens in text order, with optional tags.
///
/// `words` holds *every* token the segmenter produced, punctuation and line
/// breaks included: views that count words skip tokens without a letter,
/// digit or Han character ([`is_word`]), and the co-occurrence view needs
/// the punctuation to find sentence ends. `tags` is either empty (no
/// part-of-speech information) or parallel to `words`; a tag missing at an
/// index is treated as no tag. `S` is `&str` for borrowed tokens or `String`
/// for owned ones (e.g. deserialized from a worker message).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Doc<S = String> {
    /// The document's name (file name or title).
    pub name: S,
    /// The tokens in text order.
    pub words: Vec<S>,
    /// Part-of-speech tags parallel to `words`, or empty.
    #[serde(default)]
    pub tags: Vec<S>,
}

impl<'a> Doc<&'a str> {
    /// Builds a borrowed document from a clean text and its token spans (as
    /// [`super::analyze::tokens`] returns them). Spans outside the text or
    /// off char boundaries are skipped.
    pub fn from_spans(name: &'a str, text: &'a str, tokens: &[Token]) -> Self {
        Doc {
            name,
            words: tokens
                .iter()
                .filter_map(|t| text.get(t.start..t.end))
                .collect(),
            tags: Vec::new(),
        }
    }
}

impl<'a> Doc<&'a str> {
    /// Tags every word with its part of speech in the dictionary of
    /// `jieba` (jieba's tag of the word on its own, out of context: the
    /// worker keeps untagged tokens, and re-tagging in context would mean
    /// segmenting again). Each distinct word is looked up once in `seen`,
    /// which can be shared between documents; a word the dictionary splits
    /// gets `x`.
    pub fn tag_from_dictionary(
        &mut self,
        jieba: &'a jieba_rs::Jieba,
        seen: &mut std::collections::HashMap<&'a str, &'a str>,
    ) {
        self.tags = self
            .words
            .iter()
            .map(|&w| {
                *seen.entry(w).or_insert_with(|| {
                    if !is_word(w) {
                        return "x";
                    }
                    match jieba.tag(w, false).as_slice() {
                        [one] => one.tag,
                        _ => "x",
                    }
                })
            })
            .collect();
    }
}

impl Doc<&str> {
    /// Tags the words that are names found in the document (`entities`,
    /// generic bodies left out) with their kind's tag (`nr`, `ns`, `nt`)
    /// where the dictionary gave `x` or another kind of name (see
    /// [`super::pos::named_tag`]): a name merged from several of jieba's
    /// words (`联合国工业发展组织`) is a name in the frequency table, not a
    /// non-word, and the town `阳朔` a place, not a person. Does nothing on
    /// an untagged document.
    pub fn tag_names(&mut self, entities: &[super::report::Entity]) {
        use super::report::EntityKind;
        if self.tags.is_empty() || entities.is_empty() {
            return;
        }
        let kinds: std::collections::HashMap<&str, &'static str> = entities
            .iter()
            .filter(|e| !e.generic)
            .map(|e| {
                let tag = match e.kind {
                    EntityKind::Person => "nr",
                    EntityKind::Place => "ns",
                    EntityKind::Org => "nt",
                };
                (e.text.as_str(), tag)
            })
            .collect();
        for (w, t) in self.words.iter().zip(self.tags.iter_mut()) {
            if let Some(&k) = kinds.get(w) {
                *t = super::pos::named_tag(t, k);
            }
        }
    }
}

impl<S: AsRef<str>> Doc<S> {
    /// The tag of token `i`, if any.
    pub fn tag(&self, i: usize) -> Option<&str> {
        self.tags
            .get(i)
            .map(AsRef::as_ref)
            .filter(|t| !t.is_empty())
    }

    /// Number of word tokens (tokens passing [`is_word`]).
    pub fn word_count(&self) -> usize {
        self.words.iter().filter(|w| is_word(w.as_ref())).count()
    }
}

/// Order on `f64` that is total (NaN sorts as the greatest value) and
/// therefore safe in sorts.
pub(crate) fn cmp_f64(a: f64, b: f64) -> std::cmp::Ordering {
    a.total_cmp(&b)
}

#[cfg(test)]
mod name_tag_tests {
    use super::Doc;
    use crate::core::report::{Entity, EntityKind, Evidence};

    fn entity(text: &str, kind: EntityKind, generic: bool) -> Entity {
        Entity {
            text: text.into(),
            kind,
            title: None,
            count: 1,
            spans: vec![],
            generic,
            evidence: Evidence::Suffix,
        }
    }

    #[test]
    fn merged_names_take_their_kinds_tag() {
        let mut d = Doc {
            name: "d",
            words: vec!["联合国工业发展组织", "发展", "钱学森", "各有关部门", "某词"],
            tags: vec!["x", "vn", "x", "x", "x"],
        };
        d.tag_names(&[
            entity("联合国工业发展组织", EntityKind::Org, false),
            entity("钱学森", EntityKind::Person, false),
            entity("各有关部门", EntityKind::Org, true),
            entity("发展", EntityKind::Place, false),
        ]);
        // a dictionary word keeps its tag; a generic body is no name
        assert_eq!(d.tags, ["nt", "vn", "nr", "x", "x"]);
    }

    #[test]
    fn a_name_of_another_kind_takes_the_kind_the_text_gives_it() {
        let mut d = Doc {
            name: "d",
            words: vec!["阳朔", "华为", "长江", "发展"],
            tags: vec!["nr", "nz", "ns", "vn"],
        };
        d.tag_names(&[
            entity("阳朔", EntityKind::Place, false),
            entity("华为", EntityKind::Org, false),
            entity("长江", EntityKind::Place, false),
            entity("发展", EntityKind::Person, false),
        ]);
        assert_eq!(d.tags, ["ns", "nt", "ns", "vn"]);
    }
}
