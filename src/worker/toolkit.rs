//! The corpus-toolkit views in the worker (issue 18): collocates, n-grams,
//! dispersion, document statistics and key sentences, and their files.
//!
//! Kept apart from [`super::explore`] so that module only dispatches here.
//!
//! Like every corpus view, a toolkit view runs as a task
//! ([`super::tasks`]): a newer view request (the user typing, moving a
//! slider) supersedes an older one, and a cancel stops it; exports and the
//! summary are never superseded by a view.
//! Every answer is computed from the kept tokens on each request; the core
//! functions are linear in the corpus (the summary in one document's
//! sentences), so a request over a 10 MiB corpus answers in well under a
//! second (BENCHMARKS.md, "Corpus toolkit").

use super::explore::{file, json, Corpus, CorpusDoc, CSV, SVG};
use crate::core::dict::Dictionary;
use crate::core::explore::collocates::{collocates, collocates_csv};
use crate::core::explore::dispersion::{dispersion, dispersion_csv, dispersion_svg};
use crate::core::explore::files::file_stem;
use crate::core::explore::ngrams::{ngrams, ngrams_csv};
use crate::core::explore::Doc;
use crate::core::segment::Token;
use crate::core::stats::{corpus_stats, stats_csv};
use crate::core::stopwords::Stopwords;
use crate::core::summary::summarize;
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};

/// Whether `query` is one of the toolkit's.
pub fn is_toolkit(query: &ExploreQuery) -> bool {
    matches!(
        query,
        ExploreQuery::Collocates { .. }
            | ExploreQuery::Ngrams(_)
            | ExploreQuery::Dispersion { .. }
            | ExploreQuery::Stats
            | ExploreQuery::Summary { .. }
    )
}

/// Answers a toolkit query over the documents `ids` (unknown ids skipped);
/// `None` for any other query.
pub fn explore(
    corpus: &Corpus,
    dict: Option<&Dictionary>,
    ids: &[u64],
    query: &ExploreQuery,
    stopwords: &Stopwords,
) -> Option<ExploreResult> {
    let docs: Vec<(u64, &CorpusDoc)> = ids
        .iter()
        .filter_map(|&i| corpus.get(i).map(|d| (i, d)))
        .collect();
    let words = || -> Vec<Doc<&str>> {
        docs.iter()
            .map(|(_, d)| Doc::from_spans(&d.name, d.text(), &d.tokens))
            .collect()
    };
    Some(match query {
        ExploreQuery::Collocates { term, options } => {
            ExploreResult::Collocates(collocates(&words(), term, stopwords, options))
        }
        ExploreQuery::Ngrams(options) => {
            ExploreResult::Ngrams(ngrams(&words(), stopwords, options))
        }
        ExploreQuery::Dispersion { term } => {
            let spans: Vec<&[Token]> = docs.iter().map(|(_, d)| d.tokens.as_slice()).collect();
            let names: Vec<&str> = docs.iter().map(|(_, d)| d.name.as_str()).collect();
            let dispersion = dispersion(&words(), &spans, term);
            let svg = dispersion_svg(&dispersion, &names);
            ExploreResult::Dispersion { dispersion, svg }
        }
        ExploreQuery::Stats => {
            let mut words = words();
            if let Some(d) = dict {
                let jieba = d.segmenter(true);
                let mut seen = std::collections::HashMap::new();
                for w in &mut words {
                    w.tag_from_dictionary(jieba, &mut seen);
                }
            }
            let texts: Vec<&str> = docs.iter().map(|(_, d)| d.text()).collect();
            let names: Vec<&str> = docs.iter().map(|(_, d)| d.name.as_str()).collect();
            let (documents, corpus) = corpus_stats(
                &texts,
                &words,
                &crate::core::explore::files::corpus_name(&names),
            );
            ExploreResult::Stats { documents, corpus }
        }
        ExploreQuery::Summary { doc, options } => {
            let (id, summary) = match docs.get(*doc) {
                Some((id, d)) => (
                    *id,
                    summarize(
                        d.text(),
                        &d.tokens,
                        stopwords,
                        dict.map(|d| &d.idf),
                        options,
                    ),
                ),
                None => (0, Default::default()),
            };
            ExploreResult::Summary { doc: id, summary }
        }
        _ => return None,
    })
}

/// The file of a toolkit view's answer, named after the corpus (and the
/// term); `None` for any other answer.
pub fn export(
    result: ExploreResult,
    format: FileFormat,
    names: &[&str],
    corpus_name: &str,
) -> Option<ExploreResult> {
    Some(match (result, format) {
        (ExploreResult::Collocates(c), FileFormat::Csv) => file(
            format!("{corpus_name}.{}.collocates.csv", file_stem(&c.node)),
            CSV,
            collocates_csv(&c),
        ),
        (ExploreResult::Collocates(c), _) => json(
            format!("{corpus_name}.{}.collocates.json", file_stem(&c.node)),
            &c,
        ),
        (ExploreResult::Ngrams(g), FileFormat::Csv) => file(
            format!("{corpus_name}.{}grams.csv", g.n),
            CSV,
            ngrams_csv(&g),
        ),
        (ExploreResult::Ngrams(g), _) => json(format!("{corpus_name}.{}grams.json", g.n), &g),
        (ExploreResult::Dispersion { dispersion, .. }, FileFormat::Csv) => file(
            format!(
                "{corpus_name}.{}.dispersion.csv",
                file_stem(&dispersion.term)
            ),
            CSV,
            dispersion_csv(&dispersion, names),
        ),
        (ExploreResult::Dispersion { dispersion, svg }, FileFormat::Svg) => file(
            format!(
                "{corpus_name}.{}.dispersion.svg",
                file_stem(&dispersion.term)
            ),
            SVG,
            svg,
        ),
        (ExploreResult::Dispersion { dispersion, .. }, _) => json(
            format!(
                "{corpus_name}.{}.dispersion.json",
                file_stem(&dispersion.term)
            ),
            &dispersion,
        ),
        (ExploreResult::Stats { documents, corpus }, FileFormat::Csv) => file(
            format!("{corpus_name}.stats.csv"),
            CSV,
            stats_csv(&documents, &corpus),
        ),
        (ExploreResult::Stats { documents, corpus }, _) => json(
            format!("{corpus_name}.stats.json"),
            &serde_json::json!({ "documents": documents, "corpus": corpus }),
        ),
        _ => return None,
    })
}
