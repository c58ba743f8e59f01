//! Extraction spans point into the clean text; mapped through the offset
//! chain they land on the same item in the original — Traditional characters
//! and pinyin annotations included.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::ops::ControlFlow;
use wenxi::core::analyze::{analyze, prepare, AnalyzeOptions};

#[test]
fn person_spans_map_back_to_the_traditional_original() {
    let (name, text) = &common::samples()[0];
    let opts = AnalyzeOptions::default();
    let prepared = prepare(text, &opts);
    let doc = analyze(common::dict(), name, "UTF-8", text, &opts, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .unwrap();
    let person = doc
        .entities
        .iter()
        .find(|e| e.text == "赵建军")
        .expect("赵建军 is found in sample 000");
    assert!(!person.spans.is_empty());
    for &(a, b) in &person.spans {
        assert_eq!(&doc.clean_text[a..b], "赵建军");
        let (oa, ob) = prepared.chain.span_to_original(a, b);
        assert_eq!(&text[oa..ob], "趙建軍");
    }
    // a figure across removed pinyin still maps onto whole characters
    for f in &doc.figures {
        if let (Some(a), Some(b)) = (f.start, f.end) {
            let (oa, ob) = prepared.chain.span_to_original(a, b);
            assert!(text.is_char_boundary(oa) && text.is_char_boundary(ob));
            assert!(oa < ob);
        }
    }
}
