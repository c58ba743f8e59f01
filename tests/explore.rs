//! The exploration views over the five samples, segmented as the app does.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{dict, samples};
use wenxi::core::analyze::{prepare, AnalyzeOptions};
use wenxi::core::explore::cloud::{layout_cloud, CloudOptions};
use wenxi::core::explore::compare::{compare_docs, Against, CompareOptions, Side};
use wenxi::core::explore::cooccur::{build_network, NetworkOptions};
use wenxi::core::explore::freq::{frequency_table, FreqOptions, Scope, SortBy};
use wenxi::core::explore::kwic::{concordance, KwicDoc, KwicOptions, KwicSort, Query};
use wenxi::core::explore::svg::{cloud_svg, network_svg};
use wenxi::core::explore::trends::trends;
use wenxi::core::explore::Doc;
use wenxi::core::stopwords::Stopwords;

use common::{sample_corpus as corpus, sample_docs as docs};

#[test]
fn frequency_tables_per_document_and_corpus() {
    let docs = docs();
    let sw = Stopwords::builtin();
    let corpus = frequency_table(
        &docs,
        Scope::Corpus,
        Some(&dict().idf),
        &sw,
        &FreqOptions::default(),
    );
    let d2 = frequency_table(
        &docs,
        Scope::Document(2),
        None,
        &sw,
        &FreqOptions::default(),
    );
    assert!(corpus.total_tokens > d2.total_tokens && d2.total_tokens > 1000);
    assert!(corpus.rows.windows(2).all(|w| w[0].count >= w[1].count));
    let row = d2
        .rows
        .iter()
        .find(|r| r.term == "重大项目")
        .expect("重大项目 in 002");
    assert!(row.count >= 5 && row.doc_freq >= 1, "{row:?}");
    assert!(d2.rows.iter().all(|r| !sw.contains(&r.term)));
    let by_tfidf = FreqOptions {
        sort: SortBy::TfIdf,
        contains: "项目".into(),
        ..FreqOptions::default()
    };
    let t = frequency_table(&docs, Scope::Document(2), None, &sw, &by_tfidf);
    assert!(t.rows.iter().all(|r| r.term.contains("项目")));
    assert!(t.rows.windows(2).all(|w| w[0].tfidf >= w[1].tfidf));
}

#[test]
fn concordance_of_project_spans_several_documents() {
    let c = corpus();
    let kd: Vec<KwicDoc> = (0..c.texts.len())
        .map(|i| KwicDoc {
            text: &c.texts[i],
            tokens: &c.toks[i],
        })
        .collect();
    let opts = KwicOptions {
        context_chars: 10,
        sort: KwicSort::Right,
        max_hits: 0,
    };
    let sub = concordance(&kd, &Query::Substring("项目".into()), &opts).unwrap();
    assert!(
        sub.per_doc.iter().filter(|&&n| n > 0).count() >= 3,
        "{:?}",
        sub.per_doc
    );
    for h in &sub.hits {
        assert_eq!(&c.texts[h.doc][h.start..h.end], "项目");
        assert!(h.left.chars().count() <= 10 && h.right.chars().count() <= 10);
        assert!(c.texts[h.doc][..h.start].ends_with(&h.left));
        assert!(c.texts[h.doc][h.end..].starts_with(&h.right));
    }
    assert!(sub.hits.windows(2).all(|w| w[0].right <= w[1].right));
    let tok = concordance(&kd, &Query::Token("项目".into()), &opts).unwrap();
    assert!(
        tok.total > 0 && tok.total < sub.total,
        "{} {}",
        tok.total,
        sub.total
    );
    let re = concordance(&kd, &Query::Regex(r"\d+(\.\d+)?亿元".into()), &opts).unwrap();
    assert!(re.per_doc[2] > 0);
    assert!(concordance(&kd, &Query::Regex("[项目".into()), &opts).is_err());
}

#[test]
fn sample_002_against_the_rest_is_about_changzhou_projects() {
    let docs = docs();
    let cmp = compare_docs(
        &docs,
        2,
        Against::Rest,
        &Stopwords::builtin(),
        &CompareOptions::default(),
    );
    let top: Vec<&str> = cmp
        .terms
        .iter()
        .filter(|t| t.side == Side::A)
        .take(15)
        .map(|t| t.term.as_str())
        .collect();
    assert!(
        top.iter().any(|t| t.contains("常州") || *t == "重大项目"),
        "{top:?}"
    );
    assert!(cmp.terms.windows(2).all(|w| w[0].g2 >= w[1].g2));
    assert!(cmp
        .terms
        .iter()
        .all(|t| t.g2.is_finite() && t.log_ratio.is_finite()));
    let pair = compare_docs(
        &docs,
        2,
        Against::Document(3),
        &Stopwords::builtin(),
        &CompareOptions::default(),
    );
    assert!(pair.terms.iter().any(|t| t.side == Side::B));
}

#[test]
fn network_cloud_svg_and_trends_over_samples() {
    let docs = docs();
    let sw = Stopwords::builtin();
    let opts = NetworkOptions::default();
    let net = build_network(&docs, &sw, &opts);
    assert!(net.nodes.len() >= 10 && !net.edges.is_empty());
    assert!(net
        .nodes
        .iter()
        .all(|n| n.x.is_finite() && n.x >= opts.margin && n.x <= opts.width - opts.margin));
    assert_eq!(net, build_network(&docs, &sw, &opts));
    let svg = network_svg(&net, &[]);
    assert_eq!(svg.matches("<circle").count(), net.nodes.len());

    let table = frequency_table(
        &docs,
        Scope::Corpus,
        Some(&dict().idf),
        &sw,
        &FreqOptions {
            limit: 100,
            ..FreqOptions::default()
        },
    );
    let items: Vec<(&str, f64)> = table
        .rows
        .iter()
        .map(|r| (r.term.as_str(), r.count as f64))
        .collect();
    let cloud = layout_cloud(&items, &CloudOptions::default());
    assert!(cloud.words.len() >= 60, "{} placed", cloud.words.len());
    assert_eq!(cloud.words.len() + cloud.dropped.len(), 100);
    assert!(cloud_svg(&cloud, &[]).matches("<text").count() == cloud.words.len());

    let c = corpus();
    let t = trends(&docs, &c.texts, &["项目", "经济"]);
    let mut order = t.order.clone();
    order.sort();
    assert_eq!(order, [0, 1, 2, 3, 4]);
    assert!(t.series[0].counts.iter().sum::<usize>() > 0);
    assert!(t
        .series
        .iter()
        .all(|s| s.per_10k.iter().all(|v| v.is_finite())));
}

#[test]
fn corpus_archive_of_the_samples_holds_every_report_table_and_chart() {
    use std::io::Read;
    use wenxi::core::analyze::report;
    use wenxi::core::explore::files::{corpus_archive, ArchiveDoc};
    let c = corpus();
    let opts = AnalyzeOptions::default();
    let reports: Vec<_> = samples()
        .into_iter()
        .zip(&c.toks)
        .map(|((name, text), toks)| {
            report(dict(), &name, "UTF-8", prepare(&text, &opts), toks, &opts)
        })
        .collect();
    let adocs: Vec<ArchiveDoc> = reports
        .iter()
        .zip(&c.toks)
        .map(|(r, toks)| ArchiveDoc {
            report: r,
            words: Doc::from_spans(&r.name, &r.clean_text, toks),
        })
        .collect();
    let sw = Stopwords::builtin();
    let (name, bytes) = corpus_archive(
        &adocs,
        &sw,
        &CloudOptions::default(),
        &NetworkOptions::default(),
    )
    .unwrap();
    let corpus = "000_c19814503c5e5b1f等5篇";
    assert_eq!(name, format!("{corpus}.wenxi.zip"));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    for n in &c.names {
        let stem = n.trim_end_matches(".txt");
        assert!(
            names.contains(&format!("reports/{stem}.wenxi.json")),
            "{names:?}"
        );
        assert!(names.contains(&format!("texts/{stem}.clean.txt")));
    }
    for e in ["entities", "figures", "quotes", "outline"] {
        assert!(
            names.contains(&format!("tables/{corpus}.{e}.csv")),
            "{names:?}"
        );
    }
    let mut read = |path: &str| {
        let mut s = String::new();
        zip.by_name(path).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let freq = read(&format!("{corpus}.frequency.csv"));
    assert!(freq.starts_with("\u{FEFF}term,pos,count,per_10k,documents,tfidf\r\n"));
    // every word, stopwords included: one line per distinct word
    let all = frequency_table(
        &docs(),
        Scope::Corpus,
        None,
        &sw,
        &FreqOptions {
            remove_stopwords: false,
            ..FreqOptions::default()
        },
    );
    assert_eq!(freq.lines().count(), all.rows.len() + 1);
    let report: serde_json::Value =
        serde_json::from_str(&read("reports/002_a0fdc7360642034d.wenxi.json")).unwrap();
    assert_eq!(report["name"], "002_a0fdc7360642034d.txt");
    let figures = read(&format!("tables/{corpus}.figures.csv"));
    assert!(figures.contains("169.6亿元"));
    let cloud = read(&format!("{corpus}.cloud.svg"));
    assert!(cloud.starts_with("<?xml") && cloud.contains(">项目</text>"));
    assert!(read(&format!("{corpus}.network.svg")).contains("<line "));
    // the same corpus gives the same bytes
    let again = corpus_archive(
        &adocs,
        &sw,
        &CloudOptions::default(),
        &NetworkOptions::default(),
    )
    .unwrap();
    assert_eq!(again.1, bytes);
}

#[test]
fn dictionary_tags_let_the_frequency_table_filter_by_part_of_speech() {
    let mut docs = docs();
    let mut seen = std::collections::HashMap::new();
    for d in &mut docs {
        d.tag_from_dictionary(dict().segmenter(true), &mut seen);
    }
    assert!(docs.iter().all(|d| d.tags.len() == d.words.len()));
    let places = frequency_table(
        &docs,
        Scope::Corpus,
        None,
        &Stopwords::builtin(),
        &FreqOptions {
            pos_prefix: "ns".to_string(),
            ..FreqOptions::default()
        },
    );
    let terms: Vec<&str> = places.rows.iter().map(|r| r.term.as_str()).collect();
    assert!(
        terms.contains(&"无锡") && terms.contains(&"常州"),
        "{terms:?}"
    );
    assert!(places
        .rows
        .iter()
        .all(|r| r.pos.as_deref().is_some_and(|p| p.starts_with("ns"))));
    assert!(!terms.contains(&"项目"));
}

#[test]
fn refining_an_unfiltered_table_equals_filtering_while_counting() {
    use wenxi::core::explore::freq::refine;
    let mut docs = docs();
    let mut seen = std::collections::HashMap::new();
    for d in &mut docs {
        d.tag_from_dictionary(dict().segmenter(true), &mut seen);
    }
    let sw = Stopwords::builtin();
    for scope in [Scope::Corpus, Scope::Document(3)] {
        let all = frequency_table(
            &docs,
            scope,
            None,
            &sw,
            &FreqOptions {
                remove_stopwords: false,
                ..FreqOptions::default()
            },
        );
        for opts in [
            FreqOptions::default(),
            FreqOptions {
                pos_prefix: "n".to_string(),
                sort: SortBy::Term,
                descending: false,
                ..FreqOptions::default()
            },
            FreqOptions {
                contains: "发".to_string(),
                remove_stopwords: false,
                sort: SortBy::TfIdf,
                limit: 7,
                ..FreqOptions::default()
            },
        ] {
            assert_eq!(
                refine(&all, &sw, &opts),
                frequency_table(&docs, scope, None, &sw, &opts)
            );
        }
    }
}

/// The views cross the worker boundary as bincode (not self-describing): every
/// explore query and answer, with real results, must come back equal.
#[test]
fn explore_messages_cross_the_worker_boundary() {
    use wenxi::core::explore::cloud::{corpus_cloud, document_categories, CloudColour};
    use wenxi::core::explore::compare::CompareOptions;
    use wenxi::core::explore::files::frequency_csv;
    use wenxi::protocol::{ExploreQuery, ExploreResult, ExportFile, FileFormat, Response};
    fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(v: &T) -> T {
        let bytes = bincode::serialize(v).expect("serialises");
        // the page's reader (protocol::wire) reads the same bytes alike
        let page: T = wenxi::protocol::wire::from_bytes(&bytes).expect("the page reads it");
        assert_eq!(bincode::serialize(&page).expect("serialises"), bytes);
        bincode::deserialize(&bytes).expect("deserialises")
    }
    let docs = docs();
    let sw = Stopwords::builtin();
    let freq = frequency_table(
        &docs,
        Scope::Document(1),
        None,
        &sw,
        &FreqOptions::default(),
    );
    let layout = corpus_cloud(&docs, &sw, &CloudOptions::default());
    let categories = document_categories(&layout, &docs);
    let network = build_network(&docs, &sw, &NetworkOptions::default());
    let k = concordance(
        &corpus()
            .texts
            .iter()
            .zip(&corpus().toks)
            .map(|(text, tokens)| KwicDoc { text, tokens })
            .collect::<Vec<_>>(),
        &Query::Substring("项目".to_string()),
        &KwicOptions::default(),
    )
    .unwrap();
    let results = [
        ExploreResult::FrequencyPage {
            table: freq.clone(),
            scope: Scope::Document(1),
            offset: 0,
            matched: freq.rows.len(),
        },
        ExploreResult::Compare {
            comparison: compare_docs(&docs, 2, Against::Rest, &sw, &CompareOptions::default()),
            a: "a".to_string(),
            b: String::new(),
        },
        ExploreResult::Network {
            svg: network_svg(&network, &[]),
            network,
        },
        ExploreResult::Trends(trends(&docs, &corpus().texts, &["项目", "经济"])),
        ExploreResult::ColouredCloud {
            svg: cloud_svg(&layout, &categories),
            layout,
            categories,
            colour: CloudColour::Document,
        },
        ExploreResult::Concordance(Ok(k)),
        ExploreResult::Concordance(Err(wenxi::protocol::Fault::from(
            wenxi::core::explore::kwic::KwicError::PatternTooLong { chars: 501 },
        ))),
        ExploreResult::File(Ok(ExportFile {
            name: "x.csv".to_string(),
            mime: "text/csv".to_string(),
            bytes: frequency_csv(&freq).into_bytes(),
            url: None,
        })),
        ExploreResult::File(Err(wenxi::protocol::Fault::of(
            wenxi::protocol::FaultKind::ChangedDuringExport,
        ))),
    ];
    for (id, r) in results.into_iter().enumerate() {
        let msg = Response::Explored {
            id: id as u64,
            result: Box::new(r),
        };
        assert_eq!(round_trip(&msg), msg);
    }
    let queries = [
        ExploreQuery::FrequencyPage {
            scope: Scope::Corpus,
            options: FreqOptions::default(),
            offset: 200,
            page: 200,
        },
        ExploreQuery::Compare {
            doc: 1,
            against: Against::Document(2),
            options: CompareOptions::default(),
        },
        ExploreQuery::Network(NetworkOptions {
            min_weight: Some(0.1),
            ..NetworkOptions::default()
        }),
        ExploreQuery::Trends {
            terms: vec!["项目".to_string()],
            top: 5,
        },
        ExploreQuery::ColouredCloud {
            options: CloudOptions::default(),
            colour: CloudColour::Pos,
        },
        ExploreQuery::Export {
            query: Box::new(ExploreQuery::Trends {
                terms: vec![],
                top: 5,
            }),
            format: FileFormat::Csv,
        },
        ExploreQuery::Archive,
        ExploreQuery::DocumentFile {
            doc: 0,
            table: Some(wenxi::core::export::Table::Figures),
        },
        ExploreQuery::DocumentFile {
            doc: 3,
            table: None,
        },
    ];
    for q in queries {
        assert_eq!(round_trip(&q), q);
    }
}
