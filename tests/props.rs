//! Property tests: the core is total. Arbitrary bytes never panic the decoder;
//! arbitrary text never panics cleaning, conversion or analysis; every span
//! lies on char boundaries of the original and says what it removed.
//!
//! `PROPTEST_CASES` raises the number of cases for a long run (see README).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use std::ops::ControlFlow;
use wenxi::core::analyze::{analyze, prepare, AnalyzeOptions};
use wenxi::core::clean::{clean, CleanOptions};
use wenxi::core::decode::decode;

/// Text that looks like what users paste: Han characters, pinyin, brackets,
/// full-width forms, boilerplate words, newlines, plus any char at all.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("會".to_string()),
        Just("(huì)".to_string()),
        Just("（zhǎng）".to_string()),
        Just("\n".to_string()),
        Just("\n\u{3000}\n\n".to_string()),
        Just("当前位置:首页 > ".to_string()),
        Just("来源:".to_string()),
        Just("版权所有".to_string()),
        Just("１９９６年".to_string()),
        Just("蕞".to_string()),
        Just("重大项目".to_string()),
        Just("。".to_string()),
        Just("|".to_string()),
        any::<char>().prop_map(String::from),
        "[\\u{4e00}-\\u{9fff}]{1,8}",
        "[a-zāáǎà()（）0-9]{1,6}",
    ];
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(d) = decode(&bytes, None) {
            prop_assert!(serde_json::to_string(&d.text).is_ok());
        }
        let _ = decode(&bytes, Some(encoding_rs::BIG5));
        let _ = decode(&bytes, Some(encoding_rs::UTF_16BE));
    }

    #[test]
    fn clean_spans_are_true(text in messy_text()) {
        let c = clean(&text, &CleanOptions::default());
        for r in &c.removed {
            prop_assert!(r.start <= r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            prop_assert_eq!(&text[r.start..r.end], r.text.as_str());
        }
        for (i, _) in c.text.char_indices() {
            let o = c.chain.to_original(i);
            prop_assert!(text.is_char_boundary(o));
        }
        prop_assert_eq!(c.chain.to_original(c.text.len()), text.len());
    }

    #[test]
    fn analysis_is_total(text in messy_text()) {
        let p = prepare(&text, &AnalyzeOptions::default());
        let (s, e) = p.chain.span_to_original(0, p.text.len());
        prop_assert!(s <= e && e <= text.len());
        let doc = analyze(common::dict(), "p", "UTF-8", &text, &AnalyzeOptions::default(),
            &mut |_, _| ControlFlow::Continue(())).unwrap();
        prop_assert!(serde_json::to_string(&doc).is_ok());
    }
}
