//! The corpus toolkit (issue 18): collocates, n-grams, dispersion, document
//! statistics, key sentences and the word-level concordance. Every measure
//! is checked against values worked out by hand on a small fixture (the
//! arithmetic is in the comments), then on the real samples, then on
//! arbitrary text (no panic, spans on char boundaries).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::dict;
use proptest::prelude::*;
use wenxi::core::explore::collocates::{collocates, measures, CollocateOptions, CollocateSort};
use wenxi::core::explore::dispersion::{dispersion, dispersion_svg, juilland_d};
use wenxi::core::explore::freq::{frequency_table, FreqOptions, Scope};
use wenxi::core::explore::kwic::{concordance, KwicDoc, KwicOptions, Query};
use wenxi::core::explore::ngrams::{ngrams, NgramOptions};
use wenxi::core::explore::Doc;
use wenxi::core::segment::Token;
use wenxi::core::stats::{corpus_stats, doc_stats, mattr};
use wenxi::core::stopwords::Stopwords;
use wenxi::core::summary::{summarize, SummaryLength, SummaryOptions};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn doc<'a>(words: &[&'a str]) -> Doc<&'a str> {
    Doc {
        name: "d",
        words: words.to_vec(),
        tags: vec![],
    }
}

#[test]
fn collocate_measures_match_hand_computation() {
    // word tokens 甲 乙 丙 甲 丁 乙 甲 (the comma is not a word): N = 7;
    // node 甲 at word 0, 3, 6 (f_n = 3); window 1 left, 1 right:
    //   甲@0: right 乙            (1 slot)
    //   甲@3: left 丙, right 丁   (2 slots)
    //   甲@6: left 乙             (1 slot)   → W = 4
    let d = [doc(&["甲", "乙", "丙", "甲", "丁", "，", "乙", "甲"])];
    let opts = CollocateOptions {
        left: 1,
        right: 1,
        min_count: 1,
        remove_stopwords: false,
        sort: CollocateSort::Count,
        limit: 0,
    };
    let c = collocates(&d, "甲", &Stopwords::parse(""), &opts);
    assert_eq!((c.node_count, c.total_tokens, c.window_slots), (3, 7, 4));
    let yi = c.rows.iter().find(|r| r.term == "乙").unwrap();
    assert_eq!((yi.count, yi.left, yi.right, yi.freq), (2, 1, 1, 2));
    // 乙: O = 2, f_c = 2, E = W·f_c/N = 8/7
    // MI = log2(2 / (8/7)) = log2(1.75) = 0.807355
    assert!(close(yi.mi, 0.807_354_922), "{}", yi.mi);
    // t = (2 − 8/7) / √2 = (6/7) / 1.414214 = 0.606092
    assert!(close(yi.t, 0.606_091_527), "{}", yi.t);
    // logDice = 14 + log2(2·2 / (3 + 2)) = 14 + log2(0.8) = 13.678072
    assert!(close(yi.log_dice, 13.678_071_905), "{}", yi.log_dice);
    // G²: O11 = 2, O12 = W − O = 2, O21 = f_c − O = 0, O22 = N − W − O21 = 3;
    // rows 4, 3; columns 2, 5; E11 = 8/7, E12 = 20/7, E21 = 6/7, E22 = 15/7;
    // G² = 2 (2 ln 1.75 + 2 ln 0.7 + 0 + 3 ln 1.4)
    //    = 2 (1.119232 − 0.713350 + 1.009417) = 2.830597
    assert!(close(yi.g2, 2.830_596_8), "{}", yi.g2);
    // 丙: O = 1 (left), f_c = 1, E = 4/7: MI = log2(7/4), t = 3/7,
    // logDice = 14 + log2(2/4) = 13
    let bing = c.rows.iter().find(|r| r.term == "丙").unwrap();
    assert_eq!((bing.left, bing.right), (1, 0));
    assert!(close(bing.mi, 0.807_354_922));
    assert!(close(bing.t, 3.0 / 7.0));
    assert!(close(bing.log_dice, 13.0));
    // sorted by count: 乙 first; min_count 2 keeps only 乙
    assert_eq!(c.rows[0].term, "乙");
    let c2 = collocates(
        &d,
        "甲",
        &Stopwords::parse(""),
        &CollocateOptions {
            min_count: 2,
            ..opts.clone()
        },
    );
    assert_eq!(c2.rows.len(), 1);
    // the measures function agrees and is total
    let m = measures(2, 2, 3, 4, 7);
    assert!(close(m.0, yi.mi) && close(m.3, yi.g2));
    let z = measures(0, 0, 0, 0, 0);
    assert!(z.0.is_finite() && z.1.is_finite() && z.2.is_finite() && z.3.is_finite());
}

#[test]
fn ngrams_count_range_and_edges() {
    let stop = Stopwords::parse("的");
    let d = [
        doc(&[
            "推进",
            "高质量",
            "发展",
            "，",
            "推进",
            "高质量",
            "发展",
            "的",
            "要求",
        ]),
        doc(&["推进", "高质量", "发展"]),
    ];
    let opts = NgramOptions {
        n: 3,
        min_count: 1,
        ..NgramOptions::default()
    };
    let g = ngrams(&d, &stop, &opts);
    let rows: Vec<(&str, usize, usize)> = g
        .rows
        .iter()
        .map(|r| (r.ngram.as_str(), r.count, r.docs))
        .collect();
    // no trigram spans the comma; 高质量 发展 的 ends with a stopword;
    // 发展 的 要求 keeps its inner stopword
    assert_eq!(rows, [("推进 高质量 发展", 3, 2), ("发展 的 要求", 1, 1)]);
    let all = ngrams(
        &d,
        &stop,
        &NgramOptions {
            stopword_edges: false,
            ..opts.clone()
        },
    );
    assert_eq!(all.rows.len(), 3);
    let with = ngrams(
        &d,
        &stop,
        &NgramOptions {
            contains: "要求".into(),
            ..opts.clone()
        },
    );
    assert_eq!(with.rows.len(), 1);
    let two = ngrams(
        &d,
        &stop,
        &NgramOptions {
            n: 2,
            min_count: 3,
            ..opts
        },
    );
    let two: Vec<&str> = two.rows.iter().map(|r| r.ngram.as_str()).collect();
    assert_eq!(two, ["推进 高质量", "高质量 发展"]);
}

#[test]
fn juilland_d_matches_hand_computation() {
    // counts 2 0 1 1 in four equal parts: mean 1, population variance
    // (1 + 1 + 0 + 0) / 4 = 0.5, V = √0.5 = 0.707107,
    // D = 1 − 0.707107 / √3 = 1 − 0.408248 = 0.591752
    assert!(close(
        juilland_d(&[2, 0, 1, 1], &[5, 5, 5, 5]).unwrap(),
        0.591_751_71
    ));
    // all in one part: mean 1, variance (9 + 1 + 1 + 1) / 4 = 3, V = √3, D = 0
    assert!(close(
        juilland_d(&[4, 0, 0, 0], &[5, 5, 5, 5]).unwrap(),
        0.0
    ));
    // perfectly even, and even in relative terms over unequal parts
    assert!(close(juilland_d(&[3, 3], &[9, 9]).unwrap(), 1.0));
    assert!(close(juilland_d(&[1, 2], &[10, 20]).unwrap(), 1.0));
    // absent term, or a single part: undefined
    assert_eq!(juilland_d(&[0, 0], &[5, 5]), None);
    assert_eq!(juilland_d(&[3], &[5]), None);

    // a document of 20 words (parts of 2 words), the term at words 0 and 1:
    // both in part 1 → D = 0; the other document has it at 0 and 10 of 20
    // (parts 1 and 6) → counts 1 0 0 0 0 1 0 0 0 0, mean 0.2, variance
    // (2·0.64 + 8·0.04) / 10 = 0.16, V = 2, D = 1 − 2/3 = 1/3
    let mut a = vec!["x"; 20];
    a[0] = "项目";
    a[1] = "项目";
    let mut b = vec!["y"; 20];
    b[0] = "项目";
    b[10] = "项目";
    let d = dispersion(&[doc(&a), doc(&b)], &[], "项目");
    assert_eq!(d.total, 4);
    assert_eq!(d.docs[0].positions, [0.0, 0.05]);
    assert_eq!(d.docs[1].positions, [0.0, 0.5]);
    assert!(close(d.docs[0].juilland_d.unwrap(), 0.0));
    assert!(close(d.docs[1].juilland_d.unwrap(), 1.0 / 3.0));
    // over the corpus: 2 of 20 in each → D = 1
    assert!(close(d.juilland_d.unwrap(), 1.0));
    let svg = dispersion_svg(&d, &["<a&b>", "b"]);
    assert!(svg.contains("&lt;a&amp;b&gt;") && svg.ends_with("</svg>"));
}

#[test]
fn mattr_and_document_statistics_match_hand_computation() {
    // windows of 3 over a b a c b: {a b a} 2/3, {b a c} 3/3, {a c b} 3/3 →
    // MATTR = (2 + 3 + 3) / 9 = 0.888889; TTR = 3/5
    assert!(close(mattr(&["a", "b", "a", "c", "b"], 3), 8.0 / 9.0));
    assert!(close(mattr(&["a", "a"], 100), 0.5));
    assert_eq!(mattr(&[], 100), 0.0);

    let text = "实事求是很重要。我们要改革开放！";
    let d = Doc {
        name: "t",
        words: vec![
            "实事求是",
            "很",
            "重要",
            "。",
            "我们",
            "要",
            "改革开放",
            "！",
        ],
        tags: vec!["i", "d", "a", "x", "r", "v", "j", "x"],
    };
    let s = doc_stats(text, &d);
    // 16 characters, 14 of them Han; 6 words in 2 sentences
    assert_eq!(
        (s.chars, s.han, s.words, s.types, s.sentences),
        (16, 14, 6, 6, 2)
    );
    assert!(close(s.han_share, 0.875));
    assert!(close(s.mean_sentence_words, 3.0) && close(s.mean_sentence_chars, 8.0));
    assert!(close(s.ttr, 1.0) && close(s.mattr, 1.0));
    assert_eq!(s.mattr_window, 100);
    // content words: 重要 (a) and 要 (v) of six tagged words
    assert!(close(s.lexical_density.unwrap(), 2.0 / 6.0));
    // 实事求是 and 改革开放 are four Han characters
    assert!(close(s.four_char_share, 2.0 / 6.0));
    let (rows, all) = corpus_stats(&[text, text], &[d.clone(), d], "全部");
    assert_eq!(rows.len(), 2);
    assert_eq!((all.words, all.types, all.sentences), (12, 6, 4));
    assert!(close(all.ttr, 0.5));
}

use common::{sample_corpus as corpus, sample_docs};

#[test]
fn token_concordance_counts_what_the_frequency_table_counts() {
    let c = corpus();
    let kdocs: Vec<KwicDoc> = (0..c.texts.len())
        .map(|i| KwicDoc {
            text: &c.texts[i],
            tokens: &c.toks[i],
        })
        .collect();
    let o = KwicOptions::default();
    let by_token = concordance(&kdocs, &Query::Token("项目".into()), &o).unwrap();
    let by_string = concordance(&kdocs, &Query::Substring("项目".into()), &o).unwrap();
    let table = frequency_table(
        &sample_docs(),
        Scope::Corpus,
        None,
        &Stopwords::default_zh(),
        &FreqOptions::default(),
    );
    let freq = table.rows.iter().find(|r| r.term == "项目").unwrap().count;
    assert_eq!(by_token.total, freq);
    assert!(by_string.total > by_token.total);
    // token hits never sit inside another word: 各项|目标 is not 项目
    assert!(by_token
        .hits
        .iter()
        .all(|h| !(h.left.ends_with('各') && h.right.starts_with('标'))));
}

#[test]
fn toolkit_over_the_samples() {
    let docs = sample_docs();
    let stop = Stopwords::default_zh();
    let c = collocates(&docs, "项目", &stop, &CollocateOptions::default());
    assert!(c.node_count > 20);
    assert!(
        c.rows.iter().any(|r| r.term == "建设"),
        "{:?}",
        &c.rows[..5]
    );
    assert!(c.rows.iter().all(|r| r.log_dice <= 14.0 && r.g2 >= 0.0));
    let g = ngrams(&docs, &stop, &NgramOptions::default());
    assert!(!g.rows.is_empty());
    assert!(g.rows.iter().all(|r| r.ngram.split(' ').count() == 3));
    let spans: Vec<&[Token]> = corpus().toks.iter().map(Vec::as_slice).collect();
    let d = dispersion(&docs, &spans, "项目");
    assert_eq!(d.total, c.node_count);
    for (i, dd) in d.docs.iter().enumerate() {
        for &(s, e) in &dd.spans {
            assert_eq!(&corpus().texts[i][s..e], "项目");
        }
    }
    // key sentences: in document order, never a heading, spans exact
    let idf = &dict().idf;
    for (i, text) in corpus().texts.iter().enumerate() {
        let s = summarize(
            text,
            &corpus().toks[i],
            &stop,
            Some(idf),
            &SummaryOptions::default(),
        );
        assert!(!s.sentences.is_empty() && s.sentences.len() <= 5);
        assert!(s.sentences.windows(2).all(|w| w[0].start < w[1].start));
        for k in &s.sentences {
            assert_eq!(&text[k.start..k.end], k.text);
            assert!(k.score > 0.0 && k.score <= 1.0);
            assert!(k.text.chars().count() >= 8);
        }
    }
}

#[test]
fn summary_skips_headings_boilerplate_and_repeats() {
    // hand-made tokens: every two Han characters form a word
    let text = "一、总体要求\n来源：新华社 发布时间：2024-01-01\n推进重大项目建设，推动经济发展。推进重大项目建设，推动经济发展。加强生态环境保护工作。今年经济发展稳中向好。\n";
    let mut toks = Vec::new();
    let mut run: Vec<(usize, char)> = Vec::new();
    for (i, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if wenxi::core::extract::is_han(ch) {
            run.push((i, ch));
            if run.len() == 2 {
                toks.push(Token {
                    start: run[0].0,
                    end: i + ch.len_utf8(),
                });
                run.clear();
            }
        } else {
            run.clear();
            if i < text.len() {
                toks.push(Token {
                    start: i,
                    end: i + ch.len_utf8(),
                });
            }
        }
    }
    let s = summarize(
        text,
        &toks,
        &Stopwords::parse(""),
        None,
        &SummaryOptions {
            length: SummaryLength::Sentences(3),
            redundancy: 0.5,
        },
    );
    let texts: Vec<&str> = s.sentences.iter().map(|k| k.text.as_str()).collect();
    assert!(!texts
        .iter()
        .any(|t| t.contains("总体要求") || t.contains("来源")));
    // the repeated sentence is taken once
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.starts_with("推进重大项目"))
            .count(),
        1,
        "{texts:?}"
    );
    assert!(s.sentences.windows(2).all(|w| w[0].start < w[1].start));
    assert_eq!(s.candidates, 4);
    // a share of the text: at least one sentence
    let share = summarize(
        text,
        &toks,
        &Stopwords::parse(""),
        None,
        &SummaryOptions {
            length: SummaryLength::Share(0.01),
            redundancy: 0.5,
        },
    );
    assert_eq!(share.sentences.len(), 1);
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("项目".to_string()),
        Just("。".to_string()),
        Just("，".to_string()),
        Just("\n".to_string()),
        Just("一、总体要求\n".to_string()),
        Just("来源：".to_string()),
        any::<char>().prop_map(String::from),
        "[\\u{4e00}-\\u{9fff}]{1,6}",
        "[a-z0-9 ]{1,5}",
    ];
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// Tokens of arbitrary text: cut at arbitrary char boundaries.
fn cut(text: &str, every: usize) -> Vec<Token> {
    let b: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    b.chunks(every.max(1))
        .map(|c| c[0])
        .chain(std::iter::once(text.len()))
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| Token {
            start: w[0],
            end: w[1],
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn toolkit_is_total(text in arbitrary_text(), every in 1usize..4, n in 0usize..9, w in 0usize..12) {
        let toks = cut(&text, every);
        let d = Doc::from_spans("p", &text, &toks);
        let docs = [d.clone(), d];
        let stop = Stopwords::parse("的\n，");
        let c = collocates(&docs, "项目", &stop, &CollocateOptions { left: w, right: w, min_count: 1, ..CollocateOptions::default() });
        prop_assert!(c.rows.iter().all(|r| r.mi.is_finite() && r.t.is_finite() && r.log_dice.is_finite() && r.g2.is_finite()));
        let g = ngrams(&docs, &stop, &NgramOptions { n, min_count: 1, ..NgramOptions::default() });
        prop_assert!(g.rows.iter().all(|r| r.count >= 1 && r.docs <= 2));
        let spans = [toks.as_slice(), toks.as_slice()];
        let disp = dispersion(&docs, &spans, "项目");
        for dd in &disp.docs {
            prop_assert!(dd.positions.iter().all(|p| (0.0..1.0).contains(p)));
            prop_assert!(dd.juilland_d.is_none_or(|x| (0.0..=1.0).contains(&x)));
        }
        let s = doc_stats(&text, &docs[0]);
        prop_assert!(s.ttr <= 1.0 && s.mattr <= 1.0 && s.han_share <= 1.0);
        for length in [SummaryLength::Sentences(n), SummaryLength::Share(w as f64 / 10.0)] {
            let sum = summarize(&text, &toks, &stop, None, &SummaryOptions { length, redundancy: 0.5 });
            for k in &sum.sentences {
                prop_assert_eq!(text.get(k.start..k.end), Some(k.text.as_str()));
            }
        }
    }
}

/// The toolkit's queries and answers cross the worker boundary as bincode
/// (not self-describing): with real results over the samples, every one
/// comes back equal.
#[test]
fn toolkit_messages_cross_the_worker_boundary() {
    use wenxi::core::explore::kwic::KwicSort;
    use wenxi::core::stats::corpus_stats;
    use wenxi::protocol::{ExploreQuery, ExploreResult, FileFormat, Response};
    fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(v: &T) -> T {
        bincode::deserialize(&bincode::serialize(v).expect("serialises")).expect("deserialises")
    }
    let docs = sample_docs();
    let stop = Stopwords::default_zh();
    let queries = [
        ExploreQuery::Collocates {
            term: "项目".into(),
            options: CollocateOptions::default(),
        },
        ExploreQuery::Ngrams(NgramOptions {
            contains: "发展".into(),
            ..NgramOptions::default()
        }),
        ExploreQuery::Dispersion {
            term: "疫情".into(),
        },
        ExploreQuery::Stats,
        ExploreQuery::Summary {
            doc: 2,
            options: SummaryOptions {
                length: SummaryLength::Share(0.1),
                redundancy: 0.4,
            },
        },
        ExploreQuery::Export {
            query: Box::new(ExploreQuery::Stats),
            format: FileFormat::Csv,
        },
        ExploreQuery::Concordance {
            query: Query::Token("项目".into()),
            options: KwicOptions {
                sort: KwicSort::R2,
                ..KwicOptions::default()
            },
        },
    ];
    for q in &queries {
        assert_eq!(&round_trip(q), q);
    }
    let spans: Vec<&[Token]> = corpus().toks.iter().map(Vec::as_slice).collect();
    let texts: Vec<&str> = corpus().texts.iter().map(String::as_str).collect();
    let disp = dispersion(&docs, &spans, "疫情");
    let (documents, all) = corpus_stats(&texts, &docs, "全部");
    let results = [
        ExploreResult::Collocates(collocates(
            &docs,
            "项目",
            &stop,
            &CollocateOptions::default(),
        )),
        ExploreResult::Ngrams(ngrams(&docs, &stop, &NgramOptions::default())),
        ExploreResult::Dispersion {
            svg: dispersion_svg(&disp, &["a", "b"]),
            dispersion: disp,
        },
        ExploreResult::Stats {
            documents,
            corpus: all,
        },
        ExploreResult::Summary {
            doc: 7,
            summary: summarize(
                texts[2],
                &corpus().toks[2],
                &stop,
                Some(&dict().idf),
                &SummaryOptions::default(),
            ),
        },
    ];
    for r in results {
        let msg = Response::Explored {
            id: 3,
            result: Box::new(r),
        };
        assert_eq!(round_trip(&msg), msg);
    }
}
