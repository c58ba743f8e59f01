//! The wasm build of the core in headless Chromium: it must segment a real
//! sample exactly as the native build does (the snapshot the native test in
//! `tests/core_pipeline.rs` checks).
#![cfg(target_arch = "wasm32")]

use std::ops::ControlFlow;
use wasm_bindgen_test::*;
use wenxi::core::analyze::{analyze, prepare, tokens, AnalyzeOptions};
use wenxi::core::dict::Dictionary;

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE_002: &str = include_str!("../../shared/samples/002_a0fdc7360642034d.txt");
/// The native snapshot (insta's file: a `---` header, then the tokens).
const NATIVE_SNAPSHOT: &str = include_str!("snapshots/002.tokens.txt.snap");

/// The tokens of the native snapshot, one per line, without insta's header.
fn native_tokens() -> &'static str {
    NATIVE_SNAPSHOT
        .splitn(3, "---\n")
        .nth(2)
        .expect("an insta snapshot has a header")
        .trim_matches('\n')
}

fn dict() -> Dictionary {
    Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz"))
        .expect("dictionary loads in wasm")
}

#[wasm_bindgen_test]
fn wasm_segments_sample_002_identically_to_native() {
    let d = dict();
    let opts = AnalyzeOptions::default();
    let prepared = prepare(SAMPLE_002, &opts);
    let toks = tokens(&d, &prepared, &opts, &mut |_, _| ControlFlow::Continue(())).unwrap();
    let lines: String = toks
        .iter()
        .map(|t| format!("{}\n", &prepared.text[t.start..t.end]))
        .collect();
    // (insta keeps a snapshot without its leading and trailing blank lines)
    let lines = lines.trim_matches('\n');
    assert_eq!(lines.lines().count(), native_tokens().lines().count());
    assert!(
        lines == native_tokens(),
        "wasm tokens differ from the native snapshot"
    );
    let doc = analyze(&d, "002", "UTF-8", SAMPLE_002, &opts, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .unwrap();
    assert_eq!(doc.keywords[0].term, "重大项目");
}
