//! The version comparison (issue 17): the hand-checked fixtures of
//! `tests/fixtures/diff` and property tests — a text against itself has no
//! changes, the diff rebuilds the new text, every span is on a char
//! boundary, and nothing panics.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use std::ops::ControlFlow;
use wenxi::core::analyze::{prepare, report, tokens, AnalyzeOptions};
use wenxi::core::diff::sentences::split;
use wenxi::core::diff::words::{new_text, old_text};
use wenxi::core::diff::{
    diff_documents, new_side, series, DiffDoc, DiffOptions, Notice, Op, OpKind, TargetChange,
    VersionDiff,
};
use wenxi::core::report::DocumentReport;
use wenxi::core::segment::Token;

struct Analysed {
    report: DocumentReport,
    tokens: Vec<Token>,
}

impl Analysed {
    fn doc(&self) -> DiffDoc<'_> {
        DiffDoc::from_report(&self.report, &self.tokens)
    }
}

fn analyse(name: &str, text: &str) -> Analysed {
    let opts = AnalyzeOptions::default();
    let dict = common::dict();
    let prepared = prepare(text, &opts);
    let toks = tokens(
        dict,
        &prepared,
        &opts,
        &mut |_, _| ControlFlow::Continue(()),
    )
    .unwrap();
    Analysed {
        report: report(dict, name, "UTF-8", prepared, &toks, &opts),
        tokens: toks,
    }
}

fn fixture(name: &str) -> Analysed {
    let path = format!("{}/tests/fixtures/diff/{name}", env!("CARGO_MANIFEST_DIR"));
    analyse(name, &std::fs::read_to_string(path).unwrap())
}

fn text(t: &str, s: Option<wenxi::core::diff::Span>) -> &str {
    s.and_then(|s| t.get(s.start..s.end)).unwrap_or("")
}

fn texts_of(diff: &VersionDiff, t: &str, kind: OpKind, old: bool) -> Vec<String> {
    diff.ops
        .iter()
        .filter(|o| o.kind == kind)
        .map(|o| text(t, if old { o.old } else { o.new }).to_string())
        .collect()
}

#[test]
fn the_2023_and_2024_reports_differ_as_checked_by_hand() {
    let (a, b) = (
        fixture("2023-01-10-report.txt"),
        fixture("2024-01-12-report.txt"),
    );
    let d = diff_documents(&a.doc(), &b.doc(), &DiffOptions::default());
    let (ta, tb) = (&a.report.clean_text, &b.report.clean_text);
    assert!(!d.is_identical());
    assert_eq!(
        texts_of(&d, tb, OpKind::Added, false),
        [
            "科技创新实现新突破，新质生产力加快形成。",
            "三是大力发展新质生产力。"
        ]
    );
    assert_eq!(
        texts_of(&d, ta, OpKind::Removed, true),
        [
            "疫情防控取得重大决定性胜利，群众生命安全得到有效保障。",
            "三是推动产业升级。",
            "四是优化疫情防控措施。",
            "科学精准做好疫情防控工作，保障群众正常生产生活。"
        ]
    );
    assert_eq!(
        texts_of(&d, tb, OpKind::MovedTo, false),
        ["实现上述目标，必须坚持稳字当头、稳中求进。"]
    );
    let changed: Vec<(&str, &str, bool)> = d
        .ops
        .iter()
        .filter(|o| o.kind == OpKind::Changed)
        .map(|o| (text(ta, o.old), text(tb, o.new), o.minor))
        .collect();
    assert_eq!(
        changed,
        [
            (
                "过去一年，我们坚持稳中求进工作总基调，统筹疫情防控和经济社会发展。",
                "过去一年，我们坚持稳中求进工作总基调，全面推动经济社会高质量发展。",
                false
            ),
            (
                "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；",
                "今年经济社会发展的主要预期目标是：国内生产总值增长5%左右；",
                false
            ),
            (
                "城镇新增就业12万人左右；",
                "城镇新增就业12万人以上；",
                false
            ),
            (
                "加快传统产业改造，培育壮大战略性新兴产业。",
                "加快传统产业改造，培育壮大战略性新兴产业和未来产业。",
                false
            ),
            ("五是加强生态环境保护。", "四是加强生态环境保护。", true),
        ]
    );
    // word level: the insertion of 和未来产业
    let industry = d
        .ops
        .iter()
        .find(|o| text(tb, o.new).ends_with("和未来产业。"))
        .unwrap();
    let inserted: Vec<&str> = industry
        .tokens
        .iter()
        .filter(|t| t.op == wenxi::core::diff::WordOp::Insert)
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(inserted.concat(), "和未来产业");
    // terms
    let new: Vec<&str> = d.new_terms.iter().map(|t| t.term.as_str()).collect();
    let dropped: Vec<&str> = d.dropped_terms.iter().map(|t| t.term.as_str()).collect();
    assert!(new.contains(&"新质生产力"), "{new:?}");
    assert!(dropped.contains(&"疫情防控"), "{dropped:?}");
    assert_eq!(
        d.dropped_terms
            .iter()
            .find(|t| t.term == "疫情防控")
            .unwrap()
            .count,
        4
    );
    assert!(
        !new.contains(&"生产力") && !new.contains(&"发展新质生产力"),
        "{new:?}"
    );
    // targets
    let gdp = d
        .targets
        .iter()
        .find(|r| r.indicator == "地区生产总值")
        .unwrap();
    let cells: Vec<&str> = gdp
        .values
        .iter()
        .map(|v| v.as_ref().unwrap().text.as_str())
        .collect();
    assert_eq!(cells, ["增长5.5%左右", "增长5%左右"]);
    assert_eq!(gdp.change, TargetChange::Down);
    assert!((gdp.delta.unwrap() + 0.5).abs() < 1e-9);
    let jobs = d
        .targets
        .iter()
        .find(|r| r.indicator == "城镇新增就业")
        .unwrap();
    assert_eq!(jobs.change, TargetChange::Reworded);
    let prices = d
        .targets
        .iter()
        .find(|r| r.indicator == "居民消费价格涨幅")
        .unwrap();
    assert_eq!(prices.change, TargetChange::Same);
    // the rebuilt new text
    assert_eq!(new_side(&d, tb).concat(), sentences(tb).concat());
}

fn sentences(t: &str) -> Vec<&str> {
    split(t).iter().map(|s| &t[s.start..s.end]).collect()
}

#[test]
fn identical_empty_and_unrelated_inputs() {
    let a = fixture("2024-01-12-report.txt");
    let same = diff_documents(&a.doc(), &a.doc(), &DiffOptions::default());
    assert!(same.is_identical());
    assert_eq!(same.notices.first(), Some(&Notice::Identical));
    assert!(same.new_terms.is_empty() && same.dropped_terms.is_empty());
    assert!(same.targets.iter().all(|r| !r.is_changed()));

    let empty = analyse("empty.txt", "");
    let d = diff_documents(&empty.doc(), &a.doc(), &DiffOptions::default());
    assert_eq!(
        d.count(OpKind::Added),
        sentences(&a.report.clean_text).len()
    );
    assert!(d.notices.contains(&Notice::OldEmpty));
    assert!(d.targets.iter().all(|r| r.change == TargetChange::New));

    let other = analyse(
        "other.txt",
        "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。\n床前明月光，疑是地上霜。",
    );
    let d = diff_documents(&a.doc(), &other.doc(), &DiffOptions::default());
    assert!(d.notices.contains(&Notice::Unrelated), "{:?}", d.notices);
    assert_eq!(d.count(OpKind::Same), 0);
}

#[test]
fn long_texts_fall_back_to_paragraphs_and_say_so() {
    let base = fixture("2023-01-10-report.txt").report.clean_text;
    let opts = DiffOptions {
        max_sentences: 10,
        ..DiffOptions::default()
    };
    let mut new = base.clone();
    new.push_str("\n新的一段。又一句。\n");
    let a = DiffDoc {
        name: "a",
        text: &base,
        tokens: &[],
        figures: &[],
        quotes: &[],
    };
    let b = DiffDoc { text: &new, ..a };
    let d = diff_documents(&a, &b, &opts);
    assert!(d.notices.contains(&Notice::ParagraphLevel));
    assert_eq!(d.count(OpKind::Added), 1);
}

#[test]
fn a_series_orders_documents_by_date_and_tracks_terms() {
    let docs = [
        fixture("2025-01-15-report.txt"),
        fixture("2023-01-10-report.txt"),
        fixture("2024-01-12-report.txt"),
    ];
    let views: Vec<DiffDoc> = docs.iter().map(Analysed::doc).collect();
    let s = series(&views, &DiffOptions::default());
    let names: Vec<&str> = s.docs.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "2023-01-10-report.txt",
            "2024-01-12-report.txt",
            "2025-01-15-report.txt"
        ]
    );
    let term = |w: &str| s.terms.iter().find(|t| t.term == w);
    let fresh = term("新质生产力").expect("新质生产力 tracked");
    assert_eq!((fresh.first, fresh.last), (1, 2));
    let gone = term("疫情防控").expect("疫情防控 tracked");
    assert_eq!((gone.first, gone.last), (0, 0));
    assert_eq!(gone.counts, [4, 0, 0]);
    let ai = term("人工智能+").expect("the quoted slogan is tracked");
    assert!(ai.quoted);
    assert_eq!(ai.first, 2);
    let gdp = s
        .targets
        .iter()
        .find(|r| r.indicator == "地区生产总值")
        .unwrap();
    let values: Vec<f64> = gdp
        .values
        .iter()
        .map(|v| v.as_ref().unwrap().value)
        .collect();
    assert_eq!(values, [5.5, 5.0, 5.0]);
}

fn report_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("一是扩大有效投资。".to_string()),
        Just("五是加强生态环境保护。".to_string()),
        Just("地区生产总值增长5.5%左右；".to_string()),
        Just("新质生产力".to_string()),
        Just("“人工智能+”".to_string()),
        Just("\n".to_string()),
        Just("。".to_string()),
        Just("！”".to_string()),
        Just(" \u{3000}".to_string()),
        any::<char>().prop_map(String::from),
        "[\\u{4e00}-\\u{9fff}]{1,8}",
        "[0-9.%a-z]{1,4}",
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Documents without a dictionary: char tokens, the figures and quotes
/// extraction finds.
fn plain<'a>(
    name: &'a str,
    text: &'a str,
    x: &'a wenxi::core::extract::Extraction,
    toks: &'a [Token],
) -> DiffDoc<'a> {
    DiffDoc {
        name,
        text,
        tokens: toks,
        figures: &x.figures,
        quotes: &x.quotes,
    }
}

fn char_tokens(t: &str) -> Vec<Token> {
    t.char_indices()
        .map(|(i, c)| Token {
            start: i,
            end: i + c.len_utf8(),
        })
        .collect()
}

fn check_spans(d: &VersionDiff, a: &str, b: &str) {
    for o in &d.ops {
        for (s, t) in [(o.old, a), (o.new, b)] {
            if let Some(s) = s {
                assert!(t.get(s.start..s.end).is_some(), "span {s:?} off boundaries");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_text_against_itself_has_no_changes(t in report_text()) {
        let x = wenxi::core::extract::extract(&t);
        let toks = char_tokens(&t);
        let doc = plain("a", &t, &x, &toks);
        let d = diff_documents(&doc, &doc, &DiffOptions::default());
        prop_assert!(d.is_identical());
        prop_assert!(d.new_terms.is_empty() && d.dropped_terms.is_empty());
        prop_assert!(d.targets.iter().all(|r| !r.is_changed()));
        prop_assert_eq!(d.count(OpKind::Same), split(&t).len());
    }

    #[test]
    fn the_diff_rebuilds_both_texts(a in report_text(), b in report_text()) {
        let (xa, xb) = (wenxi::core::extract::extract(&a), wenxi::core::extract::extract(&b));
        let (ka, kb) = (char_tokens(&a), char_tokens(&b));
        let (da, db) = (plain("a", &a, &xa, &ka), plain("b", &b, &xb, &kb));
        let d = diff_documents(&da, &db, &DiffOptions::default());
        check_spans(&d, &a, &b);
        // new: unchanged, changed, added and moved-in sentences in order
        prop_assert_eq!(new_side(&d, &b), sentences(&b));
        // old: the same from the old side
        let old: Vec<&str> = d.ops.iter().filter_map(Op::old_here).map(|s| &a[s.start..s.end]).collect();
        prop_assert_eq!(old, sentences(&a));
        // every changed pair's word script spells both sentences
        for o in d.ops.iter().filter(|o| o.kind == OpKind::Changed) {
            prop_assert_eq!(old_text(&o.tokens), text(&a, o.old));
            prop_assert_eq!(new_text(&o.tokens), text(&b, o.new));
        }
    }

    #[test]
    fn any_text_and_any_tokens_never_panic(a in ".{0,200}", b in report_text(), cut in 0usize..50) {
        let bad = [Token { start: cut, end: cut + 3 }, Token { start: 7, end: 2 }];
        let x = wenxi::core::extract::Extraction::default();
        let d = diff_documents(&plain("a", &a, &x, &bad), &plain("b", &b, &x, &bad), &DiffOptions::default());
        check_spans(&d, &a, &b);
    }
}
