//! The post-segmentation pass (`core::retoken`, issue 15): quantities and
//! dates become single tokens, and any list of spans can be merged into a
//! segmentation without breaking its tiling.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use std::ops::ControlFlow;
use wenxi::core::analyze::{prepare, tokens, AnalyzeOptions};
use wenxi::core::retoken::{is_quantity, merge_spans, quantity_spans, retoken, snap_spans};
use wenxi::core::segment::Token;

/// Cuts `text` into tokens at the given char positions (a tiling).
fn cut_at(text: &str, cuts: &[usize]) -> Vec<Token> {
    let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let mut edges: Vec<usize> = cuts
        .iter()
        .filter_map(|&c| bounds.get(c % bounds.len().max(1)).copied())
        .chain([0, text.len()])
        .collect();
    edges.sort_unstable();
    edges.dedup();
    edges
        .windows(2)
        .map(|w| Token {
            start: w[0],
            end: w[1],
        })
        .collect()
}

fn tiles(text: &str, toks: &[Token]) -> bool {
    let mut at = 0;
    for t in toks {
        if t.start != at || t.end <= t.start || !text.is_char_boundary(t.end) {
            return false;
        }
        at = t.end;
    }
    at == text.len()
}

const PIECES: &[&str] = &[
    "1998",
    "年",
    "12",
    "月",
    "31",
    "日",
    "169.6",
    "亿元",
    "%",
    "二○○一",
    "十二",
    "三十一",
    "百分之",
    "六十",
    "点",
    "多",
    "余",
    "家",
    "个",
    "第",
    "一",
    "两",
    "会",
    "时",
    "万",
    "。",
    " ",
    "钱学森",
    "·",
];

fn inputs() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(proptest::sample::select(PIECES), 0..40).prop_map(|v| v.concat()),
    ]
}

proptest! {
    /// Quantity spans are ordered, disjoint and on char boundaries; every
    /// span is a quantity as a whole.
    #[test]
    fn quantity_spans_are_sound(s in inputs()) {
        for (a, b) in quantity_spans(&s) {
            let w = &s[a..b];
            prop_assert!(is_quantity(w) || w.starts_with("百分之"), "{w}");
        }
        let spans = quantity_spans(&s);
        let mut at = 0;
        for (a, b) in spans {
            prop_assert!(at <= a && a < b && b <= s.len());
            prop_assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
            at = b;
        }
    }

    /// Merging any spans into a tiling keeps it a tiling, and every span that
    /// was applied is one token.
    #[test]
    fn merge_keeps_a_tiling(
        s in inputs(),
        cuts in proptest::collection::vec(0usize..64, 0..20),
        spans in proptest::collection::vec((0usize..200, 0usize..200), 0..8),
    ) {
        let toks = cut_at(&s, &cuts);
        let out = merge_spans(&s, &toks, &spans);
        prop_assert!(tiles(&s, &out) || s.is_empty());
        let out = retoken(&s, &toks);
        prop_assert!(tiles(&s, &out) || s.is_empty());
        for (a, b) in snap_spans(&s, &toks, &quantity_spans(&s)) {
            let whole = Token { start: a, end: b };
            prop_assert!(out.contains(&whole));
        }
    }
}

#[test]
fn analysis_tokens_keep_quantities_whole() {
    let opts = AnalyzeOptions::default();
    let p = prepare(
        "1998年12月,全市完成投资169.6亿元,同比增长5.3%,新增企业350多家。",
        &opts,
    );
    let toks = tokens(common::dict(), &p, &opts, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .unwrap();
    let words: Vec<&str> = toks.iter().map(|t| &p.text[t.start..t.end]).collect();
    for w in ["1998年12月", "169.6亿元", "5.3%", "350多家"] {
        assert!(words.contains(&w), "{w} in {words:?}");
    }
    assert!(tiles(&p.text, &toks));
}
