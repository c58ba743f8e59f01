//! The query builders: the worker request each view's controls stand for.

use super::{toolkit, Controls, KwicMode, View, PAGE};
use crate::core::explore::cloud::CloudOptions;
use crate::core::explore::compare::{Against, CompareOptions};
use crate::core::explore::cooccur::NetworkOptions;
use crate::core::explore::freq::FreqOptions;
use crate::core::explore::kwic::{KwicOptions, Query};
use crate::protocol::ExploreQuery;

pub(super) fn frequency_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::FrequencyPage {
        scope: c.scope,
        options: FreqOptions {
            contains: c.filter.trim().to_string(),
            remove_stopwords: c.stopwords,
            pos_prefix: c.pos.clone(),
            sort: c.freq_sort,
            descending: c.descending,
            limit: 0,
        },
        offset: c.offset,
        page: PAGE,
    }
}

pub(super) fn cloud_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::ColouredCloud {
        options: CloudOptions {
            width: 760.0,
            height: 420.0,
            max_words: 120,
            ..CloudOptions::default()
        },
        colour: c.cloud_colour,
    }
}

pub(super) fn compare_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::Compare {
        doc: c.doc_a,
        against: c.doc_b.map_or(Against::Rest, Against::Document),
        options: CompareOptions {
            min_freq: c.min_count.max(1),
            remove_stopwords: true,
            limit: 0,
        },
    }
}

pub(super) fn network_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::Network(NetworkOptions {
        top_nodes: c.max_nodes.clamp(2, 300),
        min_cooccur: c.min_cooccur.max(1),
        min_weight: parse_number(&c.min_assoc),
        weighting: c.weighting,
        width: 800.0,
        height: 560.0,
        ..NetworkOptions::default()
    })
}

/// A number typed by the user, read by the browser (`Number(text)`): Rust's
/// `str::parse::<f64>` would bring its 10 KB table of powers of five into the
/// page (first-paint budget). Empty or not a number: `None`.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let v = text.parse::<js_sys::Number>().ok()?.value_of();
    (!v.is_nan()).then_some(v)
}

pub(super) fn trend_terms(c: &Controls) -> Vec<String> {
    c.trend_terms
        .split(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '，' | '、' | ';' | '；'))
        .filter(|t| !t.is_empty())
        .take(12)
        .map(str::to_string)
        .collect()
}

pub(super) fn trends_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::Trends {
        terms: trend_terms(c),
        top: 5,
    }
}

pub(super) fn concordance_query(c: &Controls) -> Option<ExploreQuery> {
    if c.term.trim().is_empty() {
        return None;
    }
    Some(ExploreQuery::Concordance {
        query: match c.mode {
            KwicMode::Regex => Query::Regex(c.term.clone()),
            KwicMode::String => Query::Substring(c.term.trim().to_string()),
            KwicMode::Token => Query::Token(c.term.trim().to_string()),
        },
        options: KwicOptions {
            context_chars: c.width,
            sort: c.sort,
            max_hits: 2000,
        },
    })
}

pub(super) fn query_of(c: &Controls, n_docs: usize) -> Option<ExploreQuery> {
    match c.view {
        View::Frequency => Some(frequency_query(c)),
        View::Cloud => Some(cloud_query(c)),
        View::Across => None,
        View::Concordance => concordance_query(c),
        View::Compare if n_docs < 2 => None,
        View::Compare => Some(compare_query(c)),
        View::Network => Some(network_query(c)),
        View::Trends => Some(trends_query(c)),
        View::Collocates | View::Ngrams | View::Dispersion | View::Stats => toolkit::query(c),
    }
}
