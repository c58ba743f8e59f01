//! Snapshots of what the full analysis extracts from every sample.
//!
//! Each sample runs through [`analyze`] (with the shipped dictionary and the
//! default options, exactly as `wenxi analyze --json` does), and the pretty
//! JSON of the report's `entities`, `figures`, `quotes` and `outline` is
//! compared with `tests/snapshots/NNN.extract.json`. The clean text and the
//! keywords are left out to keep the files small (they have snapshots of their
//! own in `clean.rs` and `core_pipeline.rs`).
//!
//! Where `tests/extract.rs` scores extraction against hand-checked gold, these
//! snapshots pin every field (spans, counts, sentences, levels), so any change
//! in the output shows up in review. After an intended change the failing
//! test writes `tests/snapshots/NAME.snap.new` beside the accepted snapshot:
//! review it with `cargo insta review` (cargo-insta) or read the diff and
//! rename the `.snap.new` over the `.snap` to accept it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{check_snapshot, dict, samples};
use std::ops::ControlFlow;
use wenxi::core::analyze::{analyze, AnalyzeOptions};

#[test]
fn extraction_snapshots_of_every_sample() {
    for (name, text) in samples() {
        let mut go_on = |_: usize, _: usize| ControlFlow::Continue(());
        let doc = analyze(
            dict(),
            &name,
            "UTF-8",
            &text,
            &AnalyzeOptions::default(),
            &mut go_on,
        )
        .expect("analysis runs to the end");
        let part = serde_json::json!({
            "entities": doc.entities,
            "figures": doc.figures,
            "quotes": doc.quotes,
            "outline": doc.outline,
        });
        let mut json = serde_json::to_string_pretty(&part).unwrap();
        json.push('\n');
        let stem = name.split('_').next().unwrap();
        check_snapshot(&format!("{stem}.extract.json"), &json);
    }
}
