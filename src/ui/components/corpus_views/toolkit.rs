//! Controls and queries of the corpus-toolkit views (issue 18):
//! collocates, n-grams, dispersion and document statistics. The views
//! share the concordance's search term, so a word searched in one is ready
//! in the others.

use super::{Controls, View};
use crate::core::explore::collocates::{CollocateOptions, CollocateSort};
use crate::core::explore::ngrams::NgramOptions;
use crate::protocol::ExploreQuery;

/// Controls of the collocates, n-gram, dispersion and statistics views.
#[derive(Clone, PartialEq)]
pub struct ToolkitControls {
    pub window: usize,
    pub coll_min: usize,
    pub coll_sort: CollocateSort,
    pub coll_stopwords: bool,
    pub n: usize,
    pub ngram_min: usize,
    pub ngram_contains: String,
    pub ngram_edges: bool,
}

impl Default for ToolkitControls {
    fn default() -> Self {
        ToolkitControls {
            window: 5,
            coll_min: 2,
            coll_sort: CollocateSort::LogDice,
            coll_stopwords: true,
            n: 3,
            ngram_min: 2,
            ngram_contains: String::new(),
            ngram_edges: true,
        }
    }
}

pub fn collocates_query(c: &Controls) -> Option<ExploreQuery> {
    let t = &c.toolkit;
    (!c.term.trim().is_empty()).then(|| ExploreQuery::Collocates {
        term: c.term.trim().to_string(),
        options: CollocateOptions {
            left: t.window,
            right: t.window,
            min_count: t.coll_min,
            remove_stopwords: t.coll_stopwords,
            sort: t.coll_sort,
            limit: 0,
        },
    })
}

pub fn ngrams_query(c: &Controls) -> ExploreQuery {
    let t = &c.toolkit;
    ExploreQuery::Ngrams(NgramOptions {
        n: t.n,
        min_count: t.ngram_min,
        min_docs: 1,
        contains: t.ngram_contains.trim().to_string(),
        stopword_edges: t.ngram_edges,
        limit: 2000,
    })
}

pub fn dispersion_query(c: &Controls) -> Option<ExploreQuery> {
    (!c.term.trim().is_empty()).then(|| ExploreQuery::Dispersion {
        term: c.term.trim().to_string(),
    })
}

pub fn query(c: &Controls) -> Option<ExploreQuery> {
    match c.view {
        View::Collocates => collocates_query(c),
        View::Ngrams => Some(ngrams_query(c)),
        View::Dispersion => dispersion_query(c),
        View::Stats => Some(ExploreQuery::Stats),
        _ => None,
    }
}
