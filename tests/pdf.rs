//! PDF and OFD in (issue 16): text of every font and CMap kind, two real
//! producers (Chromium print-to-PDF with header and footer, LibreOffice),
//! OFD packages built per GB/T 33190-2016, owner-password files, refusals,
//! and the page-furniture cleaning rule. Text is compared with its source:
//! at least 98 % of sentences intact, the same people and figures.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/paged.rs"]
mod paged;

use paged::{image_only_pdf, layout_pages, ofd, pdf, Cmap, Crypt};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use wenxi::core::analyze::{prepare, AnalyzeOptions};
use wenxi::core::error::CoreError;
use wenxi::core::extract::extract;
use wenxi::core::formats::{read_any, Format};

fn sample(prefix: &str) -> String {
    common::samples()
        .into_iter()
        .find(|(n, _)| n.starts_with(prefix))
        .unwrap()
        .1
}

/// The clean text of a sample, as the pipeline makes it.
fn clean_source(raw: &str) -> String {
    prepare(raw, &AnalyzeOptions::default()).text
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Sentences (ended by 。！？；) of at least four characters.
fn sentences(text: &str) -> Vec<String> {
    squeeze(text)
        .split_inclusive(['。', '！', '？', '；'])
        .filter(|s| s.chars().count() >= 4)
        .map(str::to_string)
        .collect()
}

/// The share of `source`'s sentences found intact in `got`.
fn kept(source: &str, got: &str) -> f64 {
    let got = squeeze(got);
    let s = sentences(source);
    let lost: Vec<&String> = s.iter().filter(|x| !got.contains(x.as_str())).collect();
    if !lost.is_empty() {
        eprintln!(
            "lost {} of {}: {:?}",
            lost.len(),
            s.len(),
            &lost[..lost.len().min(3)]
        );
    }
    1.0 - lost.len() as f64 / s.len().max(1) as f64
}

fn people_and_figures(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let x = extract(text);
    (
        x.entities
            .iter()
            .filter(|e| e.kind == "person")
            .map(|e| e.text.clone())
            .collect(),
        x.figures.iter().map(|f| f.text.clone()).collect(),
    )
}

/// Reads `bytes` as `name` and checks its clean text against `source`'s.
fn check_against_source(
    name: &str,
    bytes: &[u8],
    source_raw: &str,
    pages: Option<usize>,
) -> String {
    let doc = read_any(name, bytes, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    if let Some(p) = pages {
        assert_eq!(doc.pages, Some(p), "{name}: page count");
        assert_eq!(
            doc.decoded.text.matches('\u{0C}').count() + 1,
            p,
            "{name}: form feeds"
        );
    }
    let got = clean_source(&doc.decoded.text);
    let src = clean_source(source_raw);
    let ratio = kept(&src, &got);
    assert!(
        ratio >= 0.98,
        "{name}: {:.1} % of sentences intact",
        ratio * 100.0
    );
    let (p1, f1) = people_and_figures(&src);
    let (p2, f2) = people_and_figures(&got);
    assert_eq!(p1, p2, "{name}: people");
    assert_eq!(f1, f2, "{name}: figures");
    got
}

#[test]
fn every_cmap_kind_reads_back_the_sample() {
    let simplified = sample("002");
    // Big5 and the traditional text: sample 000 without its pinyin.
    let traditional = wenxi::core::clean::clean(
        &sample("000"),
        &wenxi::core::clean::CleanOptions {
            pinyin: true,
            ..wenxi::core::clean::CleanOptions::none()
        },
    )
    .text;
    for cmap in [
        Cmap::IdentityToUnicode,
        Cmap::UniGbUcs2,
        Cmap::UniGbUtf16,
        Cmap::GbkEuc,
        Cmap::Big5,
    ] {
        let src = if cmap == Cmap::Big5 {
            &traditional
        } else {
            &simplified
        };
        let pages = layout_pages(src, "常州市经济运行情况");
        let bytes = pdf(&pages, cmap, Crypt::None);
        let got = check_against_source(&format!("{cmap:?}.pdf"), &bytes, src, Some(pages.len()));
        assert!(pages.len() >= 2, "several pages");
        // The running header and the page numbers are cleaned away, visibly.
        assert!(!got.contains("常州市经济运行情况"), "{cmap:?}: header kept");
        assert!(!got.contains("- 2 -"), "{cmap:?}: page number kept");
        let doc = read_any("x.pdf", &bytes, None).unwrap();
        let c = wenxi::core::clean::clean(&doc.decoded.text, &Default::default());
        let furniture = c
            .removed
            .iter()
            .filter(|r| r.kind == "page_furniture")
            .count();
        assert_eq!(
            furniture,
            2 * pages.len(),
            "{cmap:?}: one header and one number per page"
        );
        assert_eq!(doc.format, Format::Pdf);
    }
}

#[test]
fn latin_simple_font_reads_words_with_spaces() {
    let pages = vec![vec![(
        72.0,
        700.0,
        "Gross domestic product grew by 5.2 percent.".to_string(),
    )]];
    let doc = read_any("en.pdf", &pdf(&pages, Cmap::WinAnsi, Crypt::None), None).unwrap();
    assert_eq!(
        doc.decoded.text,
        "Gross domestic product grew by 5.2 percent.\n"
    );
}

#[test]
fn owner_password_files_are_read_and_user_password_files_refused() {
    let src = sample("002");
    let pages = layout_pages(&src, "常州");
    for crypt in [Crypt::Rc4Owner, Crypt::AesOwner] {
        check_against_source(
            &format!("{crypt:?}.pdf"),
            &pdf(&pages, Cmap::IdentityToUnicode, crypt),
            &src,
            Some(pages.len()),
        );
    }
    let e = read_any(
        "locked.pdf",
        &pdf(&pages, Cmap::UniGbUcs2, Crypt::Rc4User),
        None,
    )
    .unwrap_err();
    assert_eq!(e, CoreError::PasswordRequired);
    assert!(e.to_string().contains("password"), "{e}");
}

#[test]
fn scans_truncated_and_damaged_files_are_refused_with_the_reason() {
    let e = read_any("scan.pdf", &image_only_pdf(3), None).unwrap_err();
    assert!(
        matches!(e, CoreError::NoTextLayer { pages: 3, .. }),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .contains("no text layer, 3 pages: run OCR first"),
        "{e}"
    );
    let src = sample("002");
    let bytes = pdf(&layout_pages(&src, "常州"), Cmap::UniGbUcs2, Crypt::None);
    let cut = &bytes[..bytes.len() * 2 / 3];
    let e = read_any("cut.pdf", cut, None).unwrap_err();
    assert!(matches!(e, CoreError::Truncated { .. }), "{e:?}");
    assert!(e.to_string().contains("truncated"), "{e}");
    let e = read_any("junk.pdf", b"not a pdf at all", None).unwrap_err();
    assert!(matches!(e, CoreError::Damaged { .. }), "{e:?}");
    let o = ofd(&layout_pages(&src, "常州"));
    let e = read_any("cut.ofd", &o[..o.len() / 2], None).unwrap_err();
    assert!(
        matches!(e, CoreError::Truncated { .. } | CoreError::Damaged { .. }),
        "{e:?}"
    );
    assert!(e.to_string().contains("OFD"), "{e}");
    let e = read_any("junk.ofd", b"PK\x05\x06", None).unwrap_err();
    assert!(e.to_string().contains("OFD"), "{e}");
}

#[test]
fn ofd_packages_read_like_pdf() {
    for (prefix, header) in [("002", "常州市人民政府"), ("004", "讲话材料")] {
        let src = sample(prefix);
        let pages = layout_pages(&src, header);
        let got = check_against_source(
            &format!("{prefix}.ofd"),
            &ofd(&pages),
            &src,
            Some(pages.len()),
        );
        assert!(!got.contains(header), "{prefix}: header kept");
        let doc = read_any("x.ofd", &ofd(&pages), None).unwrap();
        assert_eq!((doc.format, doc.decoded.encoding), (Format::Ofd, "OFD"));
    }
}

fn tmp(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// Paragraphs of a sample as an HTML page for Chromium.
fn html_of(text: &str, title: &str) -> String {
    let mut body = String::new();
    for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        body.push_str(&format!(
            "<p>{}</p>\n",
            l.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    format!("<!doctype html><html><head><meta charset=utf-8><title>{title}</title><style>p{{text-indent:2em;font-size:14pt;line-height:1.6;margin:0 0 .4em}}</style></head><body>{body}</body></html>")
}

#[test]
fn chromium_print_to_pdf_with_header_and_footer() {
    for prefix in ["002", "004"] {
        let src = clean_source(&sample(prefix));
        let html = tmp(&format!("chromium-{prefix}.html"));
        let out = tmp(&format!("chromium-{prefix}.pdf"));
        std::fs::write(&html, html_of(&src, "经济形势分析会")).unwrap();
        let _ = std::fs::remove_file(&out);
        let status = Command::new("chromium")
            .args(["--headless", "--no-sandbox", "--disable-gpu"])
            .arg(format!("--print-to-pdf={}", out.display()))
            .arg(format!("file://{}", html.display()))
            .output()
            .expect("chromium runs (scripts/setup.sh installs it)");
        assert!(out.exists(), "{}", String::from_utf8_lossy(&status.stderr));
        let bytes = std::fs::read(&out).unwrap();
        let got = check_against_source(&format!("chromium-{prefix}.pdf"), &bytes, &src, None);
        let doc = read_any("c.pdf", &bytes, None).unwrap();
        let pages = doc.pages.unwrap();
        assert!(pages >= 2, "{prefix}: {pages} pages");
        // Chromium's header (date, title) and footer (URL, n/N) are repeated
        // on every page: present in the original, gone from the clean text.
        assert!(
            doc.decoded.text.matches("经济形势分析会").count() >= pages,
            "{prefix}: header in the original"
        );
        assert!(!got.contains("经济形势分析会"), "{prefix}: header kept");
        assert!(!got.contains("file://"), "{prefix}: footer kept");
    }
}

#[test]
fn libreoffice_pdf_from_text() {
    let Ok(_) = Command::new("soffice").arg("--version").output() else {
        panic!("soffice runs (scripts/setup.sh installs libreoffice-writer-nogui)");
    };
    for prefix in ["002", "003"] {
        let src = clean_source(&sample(prefix));
        let txt = tmp(&format!("lo-{prefix}.txt"));
        std::fs::write(&txt, &src).unwrap();
        let dir = tmp(&format!("lo-{prefix}"));
        let _ = std::fs::create_dir_all(&dir);
        let out = Command::new("soffice")
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&txt)
            .env("HOME", tmp("lo-home"))
            .output()
            .unwrap();
        let pdf_path = dir.join(format!("lo-{prefix}.pdf"));
        assert!(
            pdf_path.exists(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&pdf_path).unwrap();
        check_against_source(&format!("lo-{prefix}.pdf"), &bytes, &src, None);
    }
    // LibreOffice's own owner-password encryption (RC4 128, empty user password)
    let src = clean_source(&sample("002"));
    let txt = tmp("lo-locked.txt");
    std::fs::write(&txt, &src).unwrap();
    let dir = tmp("lo-locked");
    let _ = std::fs::create_dir_all(&dir);
    Command::new("soffice")
        .args(["--headless", "--convert-to"])
        .arg(r#"pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"}}"#)
        .arg("--outdir")
        .arg(&dir)
        .arg(&txt)
        .env("HOME", tmp("lo-home"))
        .output()
        .unwrap();
    let bytes = std::fs::read(dir.join("lo-locked.pdf")).unwrap();
    assert!(
        bytes.windows(8).any(|w| w == b"/Encrypt"),
        "LibreOffice encrypted it"
    );
    check_against_source("lo-locked.pdf", &bytes, &src, None);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn valid_pdf() -> Vec<u8> {
        let pages = layout_pages(
            "一要全力冲刺年度目标任务，确保完成。\n二要狠抓重大项目。",
            "头",
        );
        pdf(&pages, Cmap::IdentityToUnicode, Crypt::Rc4Owner)
    }

    fn valid_ofd() -> Vec<u8> {
        ofd(&layout_pages("一要全力冲刺年度目标任务。", "头"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
        ))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let mut with_header = b"%PDF-1.7\n".to_vec();
            with_header.extend_from_slice(&bytes);
            let _ = read_any("x.pdf", &bytes, None);
            let _ = read_any("x.pdf", &with_header, None);
            let _ = read_any("x.ofd", &bytes, None);
        }

        #[test]
        fn truncated_and_flipped_files_never_panic(cut in 0usize..100_000, flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8)) {
            for (name, mut bytes) in [("x.pdf", valid_pdf()), ("x.ofd", valid_ofd())] {
                let n = bytes.len();
                let _ = read_any(name, &bytes[..cut % (n + 1)], None);
                for (at, b) in &flips {
                    bytes[at % n] = *b;
                }
                if let Ok(d) = read_any(name, &bytes, None) {
                    prop_assert_eq!(d.pages.unwrap_or(0), d.decoded.text.matches('\u{0C}').count() + 1);
                }
            }
        }

        #[test]
        fn cleaning_keeps_every_page_break(pieces in proptest::collection::vec(prop_oneof![
            Just("政府工作报告\n"), Just("- 3 -\n"), Just("第3页 共12页"), Just("|"), Just("\u{0C}"),
            Just("当前位置:首页 > 新闻\n"), Just("\n\n\n"), Just("會(huì)議。"), Just("１２"), Just(" \u{3000}"),
            Just("正文一段，"), Just("\n"),
        ], 0..40)) {
            let text: String = pieces.concat();
            let clean = prepare(&text, &AnalyzeOptions::default()).text;
            prop_assert_eq!(clean.matches('\u{0C}').count(), text.matches('\u{0C}').count(), "{:?} -> {:?}", text, clean);
        }

        #[test]
        fn layout_of_any_glyphs_never_panics(glyphs in proptest::collection::vec(
            (any::<f64>(), -1e4f64..1e4, -5.0f64..50.0, prop_oneof![Just(f64::NAN), 0.0f64..40.0], "[a-z一-龥 。]{0,3}"), 0..300)) {
            let glyphs: Vec<wenxi::core::layout::Glyph> = glyphs
                .into_iter()
                .map(|(x, y, w, size, text)| wenxi::core::layout::Glyph { x: x % 1e4, y, w, size, text })
                .collect();
            let t = wenxi::core::layout::page_text(&glyphs);
            let ff = t.contains('\u{0C}');
            prop_assert!(!ff, "a page has no form feed");
        }

        #[test]
        fn content_stream_tokens_never_panic(body in "[ -~\\n]{0,400}") {
            // Any operators and operands in a page's content stream.
            let objs = vec![
                b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
                b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 4 0 R >> >> /Contents 4 0 R >>".to_vec(),
                format!("<< /Length {} /Subtype /Form >>\nstream\nBT /F1 12 Tf {body} ET\nendstream", body.len() + 19).into_bytes(),
                b"<< /Type /Font /Subtype /Type0 /Encoding /GBK-EUC-H >>".to_vec(),
            ];
            let _ = read_any("x.pdf", &paged::write_pdf(objs, Crypt::None), None);
        }
    }
}
