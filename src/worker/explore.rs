//! Corpus views in the worker: the index of analysed documents and the
//! answers to [`ExploreQuery`]s, including exported files and the zip.
//!
//! Every view is recomputed from the kept tokens on each request (the core
//! functions are linear or near it); nothing here touches the page.

use crate::core::dict::Dictionary;
use crate::core::explore::compare::{compare_docs, Against};
use crate::core::explore::cooccur::build_network;
use crate::core::explore::files::{self, ArchiveDoc};
use crate::core::explore::freq::FreqTable;
use crate::core::explore::freq::{frequency_table, refine, FreqOptions, Scope};
use crate::core::explore::kwic::{concordance, KwicDoc};
use crate::core::explore::svg::{cloud_svg, network_svg};
use crate::core::explore::{cloud, trends, Doc};
use crate::core::export;
use crate::core::report::DocumentReport;
use crate::core::segment::Token;
use crate::core::stopwords::Stopwords;
use crate::protocol::{ExploreQuery, ExploreResult, ExportFile, Fault, FaultKind, FileFormat};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// The report and tokens of every analysed document, for corpus views.
#[derive(Default)]
pub struct Corpus {
    /// By document id; change it through [`Corpus::insert`] and
    /// [`Corpus::forget`] so cached answers are dropped.
    docs: BTreeMap<u64, CorpusDoc>,
    /// The last unfiltered frequency table (tagged), so filtering, sorting
    /// and paging do not count the corpus again.
    freq_cache: RefCell<Option<(FreqKey, FreqTable)>>,
    /// Changes with every insert and forget (issue 20: a task that yields
    /// between steps sees that the documents changed).
    generation: u64,
}

/// What a cached frequency table was computed for.
#[derive(PartialEq)]
struct FreqKey {
    ids: Vec<u64>,
    scope: Scope,
}

impl Corpus {
    /// Keeps (or replaces) a document; a document kept under a later job
    /// stays (issue 19: with a pool of workers an older analysis of a
    /// document can end after a newer one).
    pub fn insert(&mut self, id: u64, doc: CorpusDoc) {
        if self.docs.get(&id).is_some_and(|d| d.job > doc.job) {
            return;
        }
        self.docs.insert(id, doc);
        self.freq_cache.take();
        self.generation += 1;
    }

    /// Changes with every insert and forget.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The documents `ids` (unknown ones skipped) for the corpus archive.
    pub fn archive_docs(&self, ids: &[u64]) -> Vec<ArchiveDoc<'_>> {
        ids.iter()
            .filter_map(|i| self.docs.get(i))
            .map(|d| ArchiveDoc {
                report: &d.report,
                words: d.words(),
            })
            .collect()
    }

    /// A kept document.
    pub fn get(&self, id: u64) -> Option<&CorpusDoc> {
        self.docs.get(&id)
    }

    /// Every kept document, by id.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &CorpusDoc)> {
        self.docs.iter().map(|(id, d)| (*id, d))
    }

    /// Forgets a document, or every document with `None`.
    pub fn forget(&mut self, id: Option<u64>) {
        match id {
            Some(id) => {
                self.docs.remove(&id);
            }
            None => self.docs.clear(),
        }
        self.freq_cache.take();
        self.generation += 1;
    }
}

/// One analysed document.
pub struct CorpusDoc {
    /// Its name.
    pub name: String,
    /// Its report (the clean text is `report.clean_text`).
    pub report: DocumentReport,
    /// Its tokens, byte spans into the clean text.
    pub tokens: Vec<Token>,
    /// The analysis job it came from (a later job replaces it, an earlier not).
    pub job: u64,
}

impl CorpusDoc {
    /// The clean text.
    pub fn text(&self) -> &str {
        &self.report.clean_text
    }

    fn words(&self) -> Doc<&str> {
        Doc::from_spans(&self.name, &self.report.clean_text, &self.tokens)
    }
}

pub(super) const CSV: &str = "text/csv;charset=utf-8";
pub(super) const JSON: &str = "application/json";
pub(super) const SVG: &str = "image/svg+xml";

pub(super) fn file(name: String, mime: &str, bytes: impl Into<Vec<u8>>) -> ExploreResult {
    ExploreResult::File(Ok(ExportFile {
        name,
        mime: mime.to_string(),
        bytes: bytes.into(),
        url: None,
    }))
}

pub(super) fn json<T: serde::Serialize>(name: String, value: &T) -> ExploreResult {
    match serde_json::to_string_pretty(value) {
        Ok(j) => file(name, JSON, j),
        Err(e) => ExploreResult::File(Err(Fault::new(
            FaultKind::ExportFailed,
            vec![e.to_string()],
        ))),
    }
}

/// Computes a corpus view over the documents `ids`, in that order.
pub fn explore_corpus(
    corpus: &Corpus,
    dict: Option<&Dictionary>,
    ids: &[u64],
    query: &ExploreQuery,
    stopwords: &Stopwords,
) -> ExploreResult {
    let docs: Vec<&CorpusDoc> = ids.iter().filter_map(|i| corpus.docs.get(i)).collect();
    let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
    let words = || -> Vec<Doc<&str>> { docs.iter().map(|d| d.words()).collect() };
    let doc_name = |i: usize| names.get(i).copied().unwrap_or("");
    // corpus toolkit (issue 18)
    if let Some(r) = super::toolkit::explore(corpus, dict, ids, query, stopwords) {
        return r;
    }
    match query {
        ExploreQuery::Frequency(opts) => ExploreResult::Frequency(frequency_table(
            &words(),
            Scope::Corpus,
            None,
            stopwords,
            opts,
        )),
        ExploreQuery::FrequencyPage {
            scope,
            options,
            offset,
            page,
        } => {
            let key = FreqKey {
                ids: ids.to_vec(),
                scope: *scope,
            };
            let mut cache = corpus.freq_cache.borrow_mut();
            let unfiltered = match &*cache {
                Some((k, table)) if *k == key => table,
                _ => {
                    let mut words = words();
                    // only the documents counted need tags
                    if let Some(d) = dict {
                        let jieba = d.segmenter(true);
                        let mut seen = std::collections::HashMap::new();
                        for (i, w) in words.iter_mut().enumerate() {
                            if matches!(*scope, Scope::Corpus) || *scope == Scope::Document(i) {
                                w.tag_from_dictionary(jieba, &mut seen);
                                // (a merged name is the name it is)
                                if let Some(d) = docs.get(i) {
                                    w.tag_names(&d.report.entities);
                                }
                            }
                        }
                    }
                    let all = FreqOptions {
                        remove_stopwords: false,
                        ..FreqOptions::default()
                    };
                    let table = frequency_table(&words, *scope, None, stopwords, &all);
                    &cache.insert((key, table)).1
                }
            };
            let full = refine(
                unfiltered,
                stopwords,
                &FreqOptions {
                    limit: 0,
                    ..options.clone()
                },
            );
            let matched = full.rows.len();
            let start = (*offset).min(matched);
            let end = start.saturating_add((*page).max(1)).min(matched);
            ExploreResult::FrequencyPage {
                table: FreqTable {
                    rows: full.rows[start..end].to_vec(),
                    total_tokens: full.total_tokens,
                    distinct: full.distinct,
                },
                scope: *scope,
                offset: start,
                matched,
            }
        }
        ExploreQuery::Concordance { query, options } => {
            let kdocs: Vec<_> = docs
                .iter()
                .map(|d| KwicDoc {
                    text: &d.report.clean_text,
                    tokens: &d.tokens,
                })
                .collect();
            ExploreResult::Concordance(concordance(&kdocs, query, options).map_err(Fault::from))
        }
        ExploreQuery::Cloud(opts) => {
            let layout = cloud::corpus_cloud(&words(), stopwords, opts);
            let svg = cloud_svg(&layout, &[]);
            ExploreResult::Cloud { layout, svg }
        }
        ExploreQuery::ColouredCloud { options, colour } => {
            let words = words();
            let layout = cloud::corpus_cloud(&words, stopwords, options);
            let categories = match (colour, dict) {
                (cloud::CloudColour::Document, _) => cloud::document_categories(&layout, &words),
                (cloud::CloudColour::Pos, Some(d)) => {
                    let jieba = d.segmenter(true);
                    layout
                        .words
                        .iter()
                        .map(|w| match jieba.tag(&w.term, false).as_slice() {
                            [one] => cloud::pos_group(one.tag),
                            _ => cloud::pos_group("x"),
                        })
                        .collect()
                }
                _ => Vec::new(),
            };
            let svg = cloud_svg(&layout, &categories);
            ExploreResult::ColouredCloud {
                layout,
                svg,
                categories,
                colour: *colour,
            }
        }
        ExploreQuery::Compare {
            doc,
            against,
            options,
        } => ExploreResult::Compare {
            comparison: compare_docs(&words(), *doc, *against, stopwords, options),
            a: doc_name(*doc).to_string(),
            b: match against {
                Against::Document(j) => doc_name(*j).to_string(),
                Against::Rest => String::new(),
            },
        },
        ExploreQuery::Network(opts) => {
            let network = build_network(&words(), stopwords, opts);
            let svg = network_svg(&network, &[]);
            ExploreResult::Network { network, svg }
        }
        ExploreQuery::Trends { terms, top } => {
            let words = words();
            let terms: Vec<String> = if terms.is_empty() {
                frequency_table(
                    &words,
                    Scope::Corpus,
                    None,
                    stopwords,
                    &FreqOptions::default(),
                )
                .rows
                .into_iter()
                .filter(|r| {
                    r.term.chars().nth(1).is_some() && r.term.chars().any(char::is_alphabetic)
                })
                .take(*top)
                .map(|r| r.term)
                .collect()
            } else {
                terms.clone()
            };
            let texts: Vec<&str> = docs.iter().map(|d| d.report.clean_text.as_str()).collect();
            ExploreResult::Trends(trends::trends(&words, &texts, &terms))
        }
        ExploreQuery::DocumentFile { doc, table } => match (docs.get(*doc), table) {
            (None, _) => ExploreResult::File(Err(Fault::of(FaultKind::NoSuchDocument))),
            (Some(d), Some(table)) => {
                let rows = export::rows(*table, &d.name, export::Items::from(&d.report));
                file(
                    format!("{}.{}.csv", files::file_stem(&d.name), table.name()),
                    CSV,
                    export::csv_document(table.header(), &rows),
                )
            }
            (Some(d), None) => json(
                format!("{}.wenxi.json", files::file_stem(&d.name)),
                &d.report,
            ),
        },
        ExploreQuery::StopwordList => file(
            "wenxi-stopwords.txt".to_string(),
            "text/plain;charset=utf-8",
            stopwords.to_text(),
        ),
        ExploreQuery::Archive => {
            let adocs = corpus.archive_docs(ids);
            let result = files::corpus_archive(
                &adocs,
                stopwords,
                &cloud::CloudOptions::default(),
                &Default::default(),
            );
            ExploreResult::File(
                result
                    .map(|(name, bytes)| ExportFile {
                        name,
                        mime: "application/zip".to_string(),
                        bytes,
                        url: None,
                    })
                    .map_err(|detail| Fault::new(FaultKind::ExportFailed, vec![detail])),
            )
        }
        // answered above (corpus toolkit, issue 18)
        ExploreQuery::Collocates { .. }
        | ExploreQuery::Ngrams(_)
        | ExploreQuery::Dispersion { .. }
        | ExploreQuery::Stats
        | ExploreQuery::Summary { .. } => {
            ExploreResult::File(Err(Fault::of(FaultKind::UnsupportedQuery)))
        }
        ExploreQuery::Export { query, format } => {
            let corpus_name = files::corpus_name(&names);
            let scope_name = |scope: &Scope| match scope {
                Scope::Corpus => corpus_name.clone(),
                Scope::Document(i) => files::file_stem(doc_name(*i)),
            };
            let inner = match &**query {
                ExploreQuery::Export { .. }
                | ExploreQuery::Archive
                | ExploreQuery::DocumentFile { .. }
                | ExploreQuery::StopwordList => {
                    return ExploreResult::File(Err(Fault::of(FaultKind::NestedExport)));
                }
                // the whole table, not one page
                ExploreQuery::FrequencyPage { scope, options, .. } => ExploreQuery::FrequencyPage {
                    scope: *scope,
                    options: options.clone(),
                    offset: 0,
                    page: usize::MAX,
                },
                q => q.clone(),
            };
            match (explore_corpus(corpus, dict, ids, &inner, stopwords), format) {
                (ExploreResult::FrequencyPage { table, scope, .. }, FileFormat::Csv) => file(
                    format!("{}.frequency.csv", scope_name(&scope)),
                    CSV,
                    files::frequency_csv(&table),
                ),
                (ExploreResult::FrequencyPage { table, scope, .. }, _) => {
                    json(format!("{}.frequency.json", scope_name(&scope)), &table)
                }
                (ExploreResult::Compare { comparison, a, b }, format) => {
                    let rest = "其余文档";
                    let b_name = if b.is_empty() { rest } else { b.as_str() };
                    let stem = format!(
                        "{}-vs-{}",
                        files::file_stem(&a),
                        if b.is_empty() {
                            "rest".to_string()
                        } else {
                            files::file_stem(&b)
                        }
                    );
                    match format {
                        FileFormat::Csv => file(
                            format!("{stem}.compare.csv"),
                            CSV,
                            files::compare_csv(&comparison, &a, b_name),
                        ),
                        _ => json(format!("{stem}.compare.json"), &comparison),
                    }
                }
                (ExploreResult::Trends(t), FileFormat::Csv) => file(
                    format!("{corpus_name}.trends.csv"),
                    CSV,
                    files::trends_csv(&t, &names),
                ),
                (ExploreResult::Trends(t), _) => json(format!("{corpus_name}.trends.json"), &t),
                (ExploreResult::Network { network, .. }, FileFormat::Csv) => file(
                    format!("{corpus_name}.network.csv"),
                    CSV,
                    files::network_csv(&network),
                ),
                (ExploreResult::Network { svg, .. }, FileFormat::Svg) => {
                    file(format!("{corpus_name}.network.svg"), SVG, svg)
                }
                (ExploreResult::Network { network, .. }, _) => {
                    json(format!("{corpus_name}.network.json"), &network)
                }
                (ExploreResult::Cloud { svg, .. }, FileFormat::Svg) => {
                    file(format!("{corpus_name}.cloud.svg"), SVG, svg)
                }
                (ExploreResult::Cloud { layout, .. }, _) => {
                    json(format!("{corpus_name}.cloud.json"), &layout)
                }
                (ExploreResult::ColouredCloud { svg, .. }, FileFormat::Svg) => {
                    file(format!("{corpus_name}.cloud.svg"), SVG, svg)
                }
                (ExploreResult::ColouredCloud { layout, .. }, _) => {
                    json(format!("{corpus_name}.cloud.json"), &layout)
                }
                (ExploreResult::Concordance(Ok(k)), FileFormat::Csv) => file(
                    format!("{corpus_name}.concordance.csv"),
                    CSV,
                    files::concordance_csv(&k, &names),
                ),
                (ExploreResult::Concordance(Ok(k)), _) => {
                    json(format!("{corpus_name}.concordance.json"), &k)
                }
                (ExploreResult::Concordance(Err(e)), _) => ExploreResult::File(Err(e)),
                // corpus toolkit (issue 18)
                (r, format) if super::toolkit::is_toolkit(&inner) => {
                    super::toolkit::export(r, *format, &names, &corpus_name).unwrap_or(
                        ExploreResult::File(Err(Fault::of(FaultKind::UnsupportedExport))),
                    )
                }
                (ExploreResult::Frequency(t), _) => file(
                    format!("{corpus_name}.frequency.csv"),
                    CSV,
                    files::frequency_csv(&t),
                ),
                _ => ExploreResult::File(Err(Fault::of(FaultKind::UnsupportedExport))),
            }
        }
    }
}
