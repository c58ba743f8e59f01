//! Cleaning and decoding over the real samples: pinyin out, boilerplate out,
//! content kept, every removal on record with a true span, any encoding in.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{check_snapshot, dict, samples};
use std::ops::ControlFlow;
use wenxi::core::analyze::{analyze, prepare, AnalyzeOptions};
use wenxi::core::clean::{clean, is_toned_syllable, CleanOptions};
use wenxi::core::decode::decode;

fn han_count(s: &str) -> usize {
    s.chars()
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        .count()
}

#[test]
fn clean_text_snapshots_of_every_sample() {
    for (name, text) in samples() {
        let c = clean(&text, &CleanOptions::default());
        let stem = name.split('_').next().unwrap();
        let mut removed = String::new();
        for r in &c.removed {
            removed.push_str(&format!(
                "{}\t{}..{}\t{:?}\n",
                r.kind, r.start, r.end, r.text
            ));
        }
        check_snapshot(&format!("{stem}.clean.txt"), &c.text);
        check_snapshot(&format!("{stem}.removed.tsv"), &removed);
    }
}

#[test]
fn no_pinyin_survives_and_no_content_character_is_lost_in_000_and_001() {
    for (name, text) in samples().into_iter().take(2) {
        let c = clean(&text, &CleanOptions::default());
        let pinyin: Vec<_> = c.removed.iter().filter(|r| r.kind == "pinyin").collect();
        assert!(
            pinyin.len() > 50,
            "{name}: {} pinyin removals",
            pinyin.len()
        );
        for r in &pinyin {
            let inner = r.text.trim_matches(['(', ')', '（', '）']);
            assert!(is_toned_syllable(inner), "{name}: removed {:?}", r.text);
        }
        // no toned syllable in brackets is left anywhere
        for (i, _) in c.text.match_indices('(') {
            let rest = &c.text[i + 1..];
            if let Some(end) = rest.find(')') {
                assert!(
                    !is_toned_syllable(&rest[..end]),
                    "{name}: pinyin left at {i}"
                );
            }
        }
        assert_eq!(
            han_count(&c.text),
            han_count(&text),
            "{name}: a Han character was removed"
        );
        assert!(c.removed.iter().all(|r| r.kind != "boilerplate"), "{name}");
    }
}

#[test]
fn boilerplate_of_003_and_004_is_removed_and_every_sentence_kept() {
    let all = samples();
    for (name, text) in &all[3..] {
        let c = clean(text, &CleanOptions::default());
        let bp: Vec<_> = c
            .removed
            .iter()
            .filter(|r| r.kind == "boilerplate")
            .collect();
        assert!(!bp.is_empty(), "{name}");
        for r in &bp {
            assert!(
                !r.text.contains('。'),
                "{name}: a sentence was removed as boilerplate: {:?}",
                r.text
            );
        }
        // every sentence of the body is kept (variant fixes aside)
        let c = clean(
            text,
            &CleanOptions {
                variants: false,
                ..Default::default()
            },
        );
        for sentence in text.split_inclusive('。').filter(|s| s.ends_with('。')) {
            let s = sentence.trim_start_matches(|c: char| c.is_whitespace());
            let last_line = s.rsplit('\n').next().unwrap();
            assert!(c.text.contains(last_line), "{name}: lost {last_line:?}");
        }
    }
    let (_, t3) = &all[3];
    assert!(clean(t3, &CleanOptions::default())
        .removed
        .iter()
        .any(|r| r.text.starts_with("版权声明")));
    let (_, t4) = &all[4];
    let c4 = clean(t4, &CleanOptions::default());
    for lead in ["当前位置", "木木文档网 发表于", "推荐访问"] {
        assert!(
            c4.removed.iter().any(|r| r.text.starts_with(lead)),
            "{lead}"
        );
        assert!(!c4.text.contains(lead), "{lead}");
    }
    assert!(c4.text.starts_with("在全市第三季度重点观摩会上讲话"));
}

#[test]
fn every_removal_span_points_at_its_text_in_the_original() {
    for (name, text) in samples() {
        let c = clean(&text, &CleanOptions::default());
        for r in &c.removed {
            assert!(
                text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                "{name}"
            );
            assert_eq!(&text[r.start..r.end], r.text, "{name}");
        }
        // clean offsets map back onto the same characters where nothing changed
        let p = prepare(
            &text,
            &AnalyzeOptions {
                to_simplified: false,
                ..Default::default()
            },
        );
        for (i, ch) in p.text.char_indices().step_by(7) {
            let o = p.chain.to_original(i);
            assert!(text.is_char_boundary(o), "{name}");
            if ch != '\n' && !ch.is_ascii_alphanumeric() {
                assert_eq!(text[o..].chars().next(), Some(ch), "{name} at clean {i}");
            }
        }
    }
}

#[test]
fn variant_in_003_is_fixed() {
    let (_, t) = &samples()[3];
    assert!(t.contains('蕞'));
    let c = clean(t, &CleanOptions::default());
    assert!(!c.text.contains('蕞'));
    assert!(c
        .removed
        .iter()
        .any(|r| r.kind == "variant" && r.text == "蕞"));
}

#[test]
fn switching_rules_off_keeps_the_text() {
    let (_, t) = &samples()[0];
    let c = clean(t, &CleanOptions::none());
    assert_eq!(&c.text, t);
    assert!(c.removed.is_empty());
    let keep_pinyin = CleanOptions {
        pinyin: false,
        ..Default::default()
    };
    assert!(clean(t, &keep_pinyin).text.contains("(zhǎng)"));
}

fn go_on(_: usize, _: usize) -> ControlFlow<()> {
    ControlFlow::Continue(())
}

/// Each sample re-encoded to GB18030 and to UTF-16 with BOM decodes to the
/// identical text and the same analysis; so does a Traditional sample in Big5.
#[test]
fn every_sample_in_gb18030_and_utf16_gives_the_same_analysis() {
    let opts = AnalyzeOptions::default();
    for (name, text) in samples() {
        let reference = analyze(dict(), &name, "UTF-8", &text, &opts, &mut go_on).unwrap();
        let (gb, _, unmappable) = encoding_rs::GB18030.encode(&text);
        assert!(!unmappable);
        let mut u16le = vec![0xFF, 0xFE];
        u16le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut u16be = vec![0xFE, 0xFF];
        u16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        for (bytes, enc) in [
            (&gb[..], "GB18030"),
            (&u16le[..], "UTF-16LE"),
            (&u16be[..], "UTF-16BE"),
        ] {
            let d = decode(bytes, None).unwrap();
            assert_eq!(d.encoding, enc, "{name}");
            assert_eq!(d.text, text, "{name} via {enc}");
            let doc = analyze(dict(), &name, d.encoding, &d.text, &opts, &mut go_on).unwrap();
            assert_eq!(doc.keywords, reference.keywords, "{name} via {enc}");
            assert_eq!(doc.clean_text, reference.clean_text);
        }
    }
    // Traditional text in Big5: the annotated sample with its pinyin removed
    // first (Big5 has no tone-marked letters).
    let (_, t0) = &samples()[0];
    let trad = clean(
        t0,
        &CleanOptions {
            pinyin: true,
            ..CleanOptions::none()
        },
    )
    .text;
    let (big5, _, unmappable) = encoding_rs::BIG5.encode(&trad);
    assert!(!unmappable, "sample 000 without pinyin fits Big5");
    let d = decode(&big5, None).unwrap();
    assert_eq!((d.text.as_str(), d.encoding), (trad.as_str(), "Big5"));
    let a = analyze(dict(), "t", "Big5", &d.text, &opts, &mut go_on).unwrap();
    let b = analyze(dict(), "t", "UTF-8", &trad, &opts, &mut go_on).unwrap();
    assert_eq!(a.keywords, b.keywords);
    assert_eq!(a.script, wenxi::core::convert::Script::Traditional);
}

/// A real export with stray control characters is text, not binary: it is
/// decoded, and the `control` rule removes each stray visibly.
#[test]
fn stray_controls_are_text_and_removed_visibly() {
    let original = "市委书记\u{202E}陈金虎\0主持会议，\u{200B}部署重大项目\u{7}建设。\n";
    let d = decode(original.as_bytes(), None).expect("not refused as binary");
    assert_eq!(d.text, original);
    let c = clean(&d.text, &CleanOptions::default());
    assert_eq!(c.text, "市委书记陈金虎主持会议，部署重大项目建设。\n");
    let controls: Vec<_> = c.removed.iter().filter(|r| r.kind == "control").collect();
    assert_eq!(controls.len(), 4);
    assert!(controls.iter().all(|r| original[r.start..r.end] == r.text));
    let off = CleanOptions {
        controls: false,
        ..CleanOptions::default()
    };
    assert_eq!(clean(original, &off).text, original);
    // Real binary is still refused.
    let png = [&b"\x89PNG\r\n\x1a\n"[..], &[0u8; 64]].concat();
    assert!(decode(&png, None).is_err());
    let noise: Vec<u8> = (0..4096u64)
        .map(|i| (i * 2_654_435_761 % 251) as u8)
        .collect();
    assert!(decode(&noise, None).is_err());
}
