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

/// Cases per property: `PROPTEST_CASES` when set (the long round of
/// `scripts/fuzz.sh`), else 256 for the regular suite.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

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
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn decode_never_panics(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
        parts in prop::collection::vec((messy_text(), 0..4u8, 0..3usize), 0..5),
    ) {
        if let Ok(d) = decode(&bytes, None) {
            prop_assert!(serde_json::to_string(&d.text).is_ok());
        }
        let _ = decode(&bytes, Some(encoding_rs::BIG5));
        let _ = decode(&bytes, Some(encoding_rs::UTF_16BE));
        // mixed encodings and cut-off characters: UTF-8, GB18030 and Big5
        // pieces, some truncated by a byte or two
        let mut mixed = Vec::new();
        for (text, enc, cut) in &parts {
            let enc = [encoding_rs::UTF_8, encoding_rs::GB18030, encoding_rs::BIG5, encoding_rs::UTF_8][*enc as usize];
            let (b, _, _) = enc.encode(text);
            mixed.extend_from_slice(&b[..b.len().saturating_sub(*cut)]);
        }
        if let Ok(d) = decode(&mixed, None) {
            prop_assert!(serde_json::to_string(&d.text).is_ok());
            if d.encoding == "UTF-8" && !d.had_errors {
                let body = mixed.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&mixed);
                prop_assert_eq!(d.text.as_bytes(), body);
            }
        }
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

/// Terms for the word cloud: any chars, markup-looking pieces and entities.
fn terms() -> impl Strategy<Value = Vec<(String, f64)>> {
    let term = prop_oneof![
        any::<String>(),
        Just("<script>alert(1)</script>".to_string()),
        Just("&amp;\"'<>".to_string()),
        Just("]]><!--".to_string()),
        "[\\u{4e00}-\\u{9fff}<>&\"']{1,6}",
    ];
    prop::collection::vec((term, any::<f64>()), 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Chunks tile any text on char boundaries and stay within their bound
    /// (plus one character), with or without sentence ends.
    #[test]
    fn chunks_tile_text_and_stay_bounded(
        text in prop_oneof![messy_text(), any::<String>(), "[经济，、 a]{0,400}", "[经济]{3000,6000}"],
        target in 1usize..64,
    ) {
        let mut next = 0;
        for (offset, chunk) in wenxi::core::segment::chunks(&text, target) {
            prop_assert_eq!(offset, next);
            prop_assert!(!chunk.is_empty() && chunk.len() <= wenxi::core::segment::chunk_bound(target) + 4);
            prop_assert_eq!(&text[offset..offset + chunk.len()], chunk);
            next = offset + chunk.len();
        }
        prop_assert_eq!(next, text.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Every CSV table of an extraction parses back (after the BOM) to exactly
    /// the header and rows that went in, no text cell can start a formula, and
    /// the extraction serialises to JSON that parses again.
    #[test]
    fn exports_are_reserialisable(text in messy_text(), name in any::<String>()) {
        use wenxi::core::export::{csv_document, rows, Table};
        let x = wenxi::core::extract::extract(&text);
        let numeric = |t: Table, i: usize| matches!(
            (t, t.header()[i]),
            (_, "count") | (_, "value") | (_, "level")
        );
        for t in [Table::People, Table::Places, Table::Orgs, Table::Entities,
                  Table::Figures, Table::Quotes, Table::Outline] {
            let body = rows(t, &name, (&x).into());
            let doc = csv_document(t.header(), &body);
            let plain = doc.strip_prefix('\u{FEFF}');
            prop_assert!(plain.is_some(), "BOM");
            let mut rd = csv::ReaderBuilder::new().has_headers(false)
                .from_reader(plain.unwrap_or_default().as_bytes());
            let back: Vec<Vec<String>> = rd.records()
                .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
                .collect::<Result<_, _>>()
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&back[0], &t.header().iter().map(|h| h.to_string()).collect::<Vec<_>>());
            prop_assert_eq!(&back[1..], &body[..]);
            for row in &back[1..] {
                for (i, cell) in row.iter().enumerate() {
                    if !numeric(t, i) {
                        prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{}", cell);
                    }
                }
            }
        }
        let json = serde_json::json!({
            "entities": x.entities, "figures": x.figures.iter().map(|f| {
                // JSON has no NaN/∞: a figure's value must be finite
                prop_assert!(f.value.is_finite());
                Ok(f)
            }).collect::<Result<Vec<_>, TestCaseError>>()?,
            "quotes": x.quotes, "outline": x.outline,
        });
        let s = serde_json::to_string(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: serde_json::Value = serde_json::from_str(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, json);
    }

    /// Any terms, markup included, come out of the cloud SVG as escaped text:
    /// one `<text>` element per placed word holding the escaped term, and no
    /// other element than the document's own.
    #[test]
    fn cloud_svg_escapes_terms(items in terms()) {
        use wenxi::core::explore::cloud::{layout_cloud, CloudOptions};
        use wenxi::core::explore::svg::{cloud_svg, escape_xml};
        let layout = layout_cloud(&items, &CloudOptions::default());
        let svg = cloud_svg(&layout, &[]);
        prop_assert_eq!(svg.matches("<text ").count(), layout.words.len());
        prop_assert_eq!(svg.matches('<').count(), 4 + 2 * layout.words.len());
        for w in &layout.words {
            let e = escape_xml(&w.term);
            prop_assert!(!e.contains(['<', '>', '"', '\'']));
            for (i, _) in e.match_indices('&') {
                let rest = &e[i..];
                prop_assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|x| rest.starts_with(x)));
            }
            let wanted = format!(">{e}</text>");
            prop_assert!(svg.contains(&wanted));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// The bitmap char set answers like a linear search, inside and outside
    /// the Han block it indexes.
    #[test]
    fn char_set_agrees_with_a_search(
        set in proptest::collection::vec(any::<char>(), 0..40),
        extra in "[一-龥a-z·、]{0,20}",
        probe in proptest::collection::vec(any::<char>(), 0..40),
    ) {
        let mut members = set.clone();
        members.extend(extra.chars());
        let s = wenxi::core::han::CharSet::new(members.iter().copied());
        for c in probe.iter().chain(members.iter()).chain("王一龥\u{3400}\u{9FFF}\u{A000}".chars().collect::<Vec<_>>().iter()) {
            prop_assert_eq!(s.contains(*c), members.contains(c), "{:?}", c);
        }
    }

    /// Byte-wise `starts_with`/`ends_with` on extraction's text agree with a
    /// char-by-char comparison at every index, past the end included.
    #[test]
    fn text_prefix_tests_agree_with_chars(
        text in "[王李中国人民银行·、a1 ]{0,24}",
        word in "[王李中国人民银行·、a1]{1,4}",
    ) {
        let t = wenxi::core::extract::Text::new(&text);
        let chars: Vec<char> = text.chars().collect();
        let w: Vec<char> = word.chars().collect();
        for i in 0..=chars.len() + 2 {
            let starts = chars.get(i..i + w.len()).is_some_and(|s| s == w.as_slice());
            let ends = i <= chars.len() && i >= w.len() && chars.get(i - w.len()..i).is_some_and(|s| s == w.as_slice());
            prop_assert_eq!(t.starts_with(i, &word), starts, "starts {} at {}", word, i);
            prop_assert_eq!(t.ends_with(i, &word), ends, "ends {} at {}", word, i);
        }
    }
}

// issue 20: new-word discovery in steps, so the worker can yield and cancel
proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// For any texts, stepping a discovery never panics, its progress rises
    /// to its total, and it ends in what one call of `discover` finds.
    #[test]
    fn discovery_steps_reach_what_discover_finds(
        texts in prop::collection::vec(prop_oneof![messy_text(), any::<String>(), "[经济开区项目为王，\u{20000}]{0,300}"], 0..4),
        min_len in 0usize..10,
        max_len in 0usize..10,
    ) {
        use wenxi::core::newwords::{discover, Discovery, NewWordOptions};
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let known = |w: &str| w == "经济";
        let opts = NewWordOptions { min_len, max_len, min_count: 1, ..NewWordOptions::default() };
        let mut d = Discovery::new(&texts, &known, &opts);
        let mut last = d.progress();
        while d.step() {
            let now = d.progress();
            prop_assert!(now.0 >= last.0 && now.0 <= now.1);
            last = now;
        }
        prop_assert_eq!(d.progress().0, d.progress().1);
        prop_assert_eq!(d.finish(), discover(&texts, &known, &opts));
    }
}
