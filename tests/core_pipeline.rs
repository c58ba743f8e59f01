//! The core over the real samples: segmentation snapshots, keywords, pipeline.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{check_snapshot, dict, samples};
use std::ops::ControlFlow;
use wenxi::core::analyze::{analyze, prepare, tokens, AnalyzeOptions};

fn go_on(_: usize, _: usize) -> ControlFlow<()> {
    ControlFlow::Continue(())
}

/// The token stream of sample 002, one token per line; the wasm test in
/// `tests/web.rs` checks the browser build against the same file.
#[test]
fn sample_002_segmentation_snapshot() {
    let (_, text) = &samples()[2];
    let opts = AnalyzeOptions::default();
    let prepared = prepare(text, &opts);
    let toks = tokens(dict(), &prepared, &opts, &mut go_on).unwrap();
    let lines: String = toks
        .iter()
        .map(|t| format!("{}\n", &prepared.text[t.start..t.end]))
        .collect();
    check_snapshot("002.tokens.txt", &lines);
}

#[test]
fn sample_002_keywords_include_major_projects() {
    let (name, text) = &samples()[2];
    let doc = analyze(
        dict(),
        name,
        "UTF-8",
        text,
        &AnalyzeOptions::default(),
        &mut go_on,
    )
    .unwrap();
    let terms: Vec<_> = doc.keywords.iter().map(|k| k.term.as_str()).collect();
    assert_eq!(terms.first(), Some(&"重大项目"), "{terms:?}");
    assert_eq!(doc.keywords.len(), 20);
    assert!(doc.keywords.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(doc.tokens > 1000, "{}", doc.tokens);
}

#[test]
fn full_width_digits_segment_like_half_width() {
    let opts = AnalyzeOptions::default();
    let a = analyze(
        dict(),
        "a",
        "UTF-8",
        "１９９６年ＧＤＰ增长５％",
        &opts,
        &mut go_on,
    )
    .unwrap();
    let b = analyze(dict(), "b", "UTF-8", "1996年GDP增长5%", &opts, &mut go_on).unwrap();
    assert_eq!(a.clean_text, b.clean_text);
    assert_eq!(a.tokens, b.tokens);
}

#[test]
fn progress_reaches_the_end_and_cancel_stops() {
    let (_, text) = &samples()[3];
    let big = text.repeat(40);
    let opts = AnalyzeOptions::default();
    let prepared = prepare(&big, &opts);
    let mut last = (0, 0);
    let mut calls = 0;
    let done = tokens(dict(), &prepared, &opts, &mut |d, t| {
        assert!(d >= last.0 && d <= t);
        last = (d, t);
        calls += 1;
        ControlFlow::Continue(())
    });
    assert!(done.is_some());
    assert!(calls > 1);
    assert_eq!(last.0, prepared.text.len());
    let stopped = tokens(dict(), &prepared, &opts, &mut |_, _| ControlFlow::Break(()));
    assert!(stopped.is_none());
}

#[test]
fn empty_and_whitespace_texts_give_empty_reports() {
    for text in ["", "   \n\t  ", "。，、"] {
        let doc = analyze(
            dict(),
            "x",
            "UTF-8",
            text,
            &AnalyzeOptions::default(),
            &mut go_on,
        )
        .unwrap();
        assert_eq!(doc.tokens, 0);
        assert!(doc.keywords.is_empty());
    }
}
