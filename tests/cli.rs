//! The CLI contract: JSON schema, CSV tables and exit codes.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/paged.rs"]
mod paged;

use serde_json::Value;

use common::wenxi;

fn sample_paths() -> Vec<String> {
    let dir = common::samples_dir();
    let mut v: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

const DOC_FIELDS: &[&str] = &[
    "name",
    "encoding",
    "script",
    "clean_text",
    "removed",
    "tokens",
    "keywords",
    "entities",
    "figures",
    "quotes",
    "outline",
    "format",
    "pages",
];

#[test]
fn analyze_json_prints_the_schema_for_all_samples() {
    let paths = sample_paths();
    let mut args = vec!["analyze", "--json"];
    args.extend(paths.iter().map(String::as_str));
    let out = wenxi(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON object");
    assert_eq!(v["tool"], "wenxi");
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    for (doc, path) in docs.iter().zip(&paths) {
        for f in DOC_FIELDS {
            assert!(doc.get(f).is_some(), "field {f} missing in {doc}");
        }
        assert_eq!(doc["name"], path.as_str());
        assert_eq!(doc["encoding"], "UTF-8");
        assert_eq!(doc["format"], "txt");
        assert!(doc["pages"].is_null(), "pages is null where not paged");
        assert!(["simplified", "traditional", "mixed"].contains(&doc["script"].as_str().unwrap()));
        assert!(doc["tokens"].as_u64().unwrap() > 500);
        let kw = doc["keywords"].as_array().unwrap();
        assert!(!kw.is_empty());
        assert!(kw[0]["term"].is_string() && kw[0]["score"].is_f64());
        for f in ["removed", "entities", "figures", "quotes", "outline"] {
            assert!(doc[f].is_array(), "{f} is an array");
        }
    }
    assert_eq!(docs[0]["script"], "traditional");
    assert_eq!(docs[2]["script"], "simplified");
    assert!(docs[0]["clean_text"].as_str().unwrap().contains("市长"));
}

#[test]
fn missing_file_exits_1_names_it_and_still_analyses_the_rest() {
    let paths = sample_paths();
    let out = wenxi(&["analyze", "--json", "no/such/file.txt", &paths[2]]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no/such/file.txt"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
    assert_eq!(v["errors"][0]["name"], "no/such/file.txt");
}

#[test]
fn binary_file_is_refused_with_exit_1() {
    let dir = std::env::temp_dir().join(format!("wenxi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("picture.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10").unwrap();
    let out = wenxi(&["analyze", "--json", png.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PNG"));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["documents"].as_array().unwrap().is_empty());
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["analyze"],
        &["frobnicate", "x"],
        &["analyze", "--bogus", "x"],
    ] {
        let out = wenxi(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("USAGE"));
    }
    assert_eq!(wenxi(&["--help"]).status.code(), Some(0));
}

/// Output piped into a reader that stops early (`wenxi --help | head`,
/// `wenxi analyze --jsonl DIR | head -1`) ends quietly with exit 0, never a
/// panic: the pipe's read end is closed before wenxi writes.
#[test]
fn a_closed_output_pipe_is_not_a_panic() {
    let paths = sample_paths();
    let mut cases: Vec<Vec<&str>> = vec![vec!["--help"], vec!["--version"]];
    cases.push(
        ["analyze", "--jsonl"]
            .into_iter()
            .chain(paths.iter().map(String::as_str))
            .collect(),
    );
    cases.push(
        ["segment"]
            .into_iter()
            .chain(paths.iter().map(String::as_str))
            .collect(),
    );
    for args in cases {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_wenxi"))
            .args(&args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .expect("wenxi runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{:?}: {err}", &args[..1]);
        assert_eq!(out.status.code(), Some(0), "{:?}: {err}", &args[..1]);
    }
}

#[test]
fn gb18030_file_decodes_to_the_same_analysis() {
    let paths = sample_paths();
    let text = std::fs::read_to_string(&paths[2]).unwrap();
    let (gb, _, _) = encoding_rs::GB18030.encode(&text);
    let dir = std::env::temp_dir().join(format!("wenxi-gb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("002-gb18030.txt");
    std::fs::write(&file, &gb).unwrap();
    let a: Value =
        serde_json::from_slice(&wenxi(&["analyze", "--json", &paths[2]]).stdout).unwrap();
    let b: Value =
        serde_json::from_slice(&wenxi(&["analyze", "--json", file.to_str().unwrap()]).stdout)
            .unwrap();
    assert_eq!(b["documents"][0]["encoding"], "GB18030");
    assert_eq!(a["documents"][0]["keywords"], b["documents"][0]["keywords"]);
    assert_eq!(
        a["documents"][0]["clean_text"],
        b["documents"][0]["clean_text"]
    );
}

/// Runs `wenxi extract --csv KIND FILE...`; returns stdout as text (BOM checked
/// and stripped), the exit code and stderr.
fn extract_csv(kind: &str, files: &[&str]) -> (String, Option<i32>, String) {
    let mut args = vec!["extract", "--csv", kind];
    args.extend_from_slice(files);
    let out = wenxi(&args);
    let text = String::from_utf8(out.stdout).expect("CSV is UTF-8");
    let body = text
        .strip_prefix('\u{FEFF}')
        .unwrap_or_else(|| panic!("no BOM before {:?}", text.get(..20)));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (body.to_string(), out.status.code(), err)
}

/// Parses CSV text into records.
fn records(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn extract_csv_people_of_002_has_bom_header_and_the_party_secretary() {
    let paths = sample_paths();
    let (body, code, _) = extract_csv("people", &[&paths[2]]);
    assert_eq!(code, Some(0));
    let rows = records(&body);
    assert_eq!(rows[0], ["document", "name", "title", "count"]);
    assert!(
        rows[1..]
            .iter()
            .any(|r| r[0] == paths[2] && r[1] == "陈金虎" && r[2].contains("市委书记")),
        "{rows:?}"
    );
}

#[test]
fn extract_csv_figures_of_002_has_numeric_values() {
    let paths = sample_paths();
    let (body, code, _) = extract_csv("figures", &[&paths[2]]);
    assert_eq!(code, Some(0));
    let rows = records(&body);
    assert_eq!(
        rows[0],
        [
            "document",
            "text",
            "value",
            "unit",
            "indicator",
            "change",
            "period",
            "sentence"
        ]
    );
    assert!(
        rows.iter()
            .any(|r| r[1] == "169.6亿元" && r[2] == "169.6" && r[3] == "亿元"),
        "{rows:?}"
    );
    for r in &rows[1..] {
        assert!(r[2].parse::<f64>().is_ok(), "value {:?} is a number", r[2]);
    }
}

#[test]
fn extract_csv_headers_of_every_kind_and_all_samples() {
    let paths = sample_paths();
    let files: Vec<&str> = paths.iter().map(String::as_str).collect();
    for (kind, header) in [
        ("places", "document,name,count"),
        ("orgs", "document,name,count"),
        ("entities", "document,kind,name,title,count"),
        ("quotes", "document,text,kind,count"),
        ("outline", "document,level,marker,text"),
    ] {
        let (body, code, _) = extract_csv(kind, &files);
        assert_eq!(code, Some(0), "{kind}");
        assert_eq!(body.lines().next(), Some(header), "{kind}");
        let rows = records(&body);
        assert!(rows.len() > 5, "{kind}: {} rows", rows.len());
        assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{kind}");
    }
}

#[test]
fn extract_csv_usage_errors_exit_2() {
    let paths = sample_paths();
    for args in [
        &["extract", "--csv", "bogus", &paths[2]][..],
        &["extract", &paths[2]],
        &["extract", "--csv", "people"],
        &["analyze", "--csv", "people", &paths[2]],
        &["extract", "--json", "--csv", "people", &paths[2]],
    ] {
        let out = wenxi(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("USAGE"));
    }
}

#[test]
fn extract_csv_neutralises_formulas_and_goes_on_past_missing_files() {
    let dir = std::env::temp_dir().join(format!("wenxi-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("evil.txt");
    std::fs::write(&file, "他说:“=cmd|' /C calc'!A0”。又说“项目为王”。\n").unwrap();
    let file = file.to_str().unwrap();
    let (body, code, err) = extract_csv("quotes", &["no/such/file.txt", file]);
    assert_eq!(code, Some(1));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no/such/file.txt"), "{err}");
    let rows = records(&body);
    assert!(
        rows.contains(&vec![
            file.to_string(),
            "'=cmd|' /C calc'!A0".to_string(),
            "quote".to_string(),
            "1".to_string()
        ]),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| r[1] == "项目为王"), "{rows:?}");
    for r in &rows {
        for cell in r {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
        }
    }
}

fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("wenxi-seg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, text).unwrap();
    file.to_string_lossy().into_owned()
}

#[test]
fn segment_prints_tokens_tags_modes_and_honours_the_user_dict() {
    let paths = sample_paths();
    let run = |args: &[&str]| {
        let out = wenxi(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = run(&["segment", &paths[2]]);
    let words: Vec<&str> = plain.split_whitespace().collect();
    assert!(words.contains(&"重大项目") && words.contains(&"个百分点"));
    let no_lex = run(&["segment", "--no-lexicon", &paths[2]]);
    assert!(!no_lex.split_whitespace().any(|w| w == "个百分点"));
    let pos = run(&["segment", "--pos", &paths[2]]);
    assert!(pos.split_whitespace().any(|w| w == "重大项目/n"), "{pos}");
    let full = run(&["segment", "--mode", "full", "--no-hmm", &paths[2]]);
    let full: Vec<&str> = full.split_whitespace().collect();
    assert!(full.contains(&"重大") && full.contains(&"重大项目"));
    let user = temp_file("user.txt", "# 删除\n-重大项目\n");
    let deleted = run(&["segment", "--user-dict", &user, &paths[2]]);
    assert!(!deleted.split_whitespace().any(|w| w == "重大项目"));
    let two = run(&["segment", &paths[1], &paths[2]]);
    assert!(two.ends_with(&plain) && two.len() > plain.len());
}

#[test]
fn newwords_prints_a_tsv_table() {
    let paths = sample_paths();
    let mut args = vec!["newwords", "--top", "30"];
    args.extend(paths.iter().map(String::as_str));
    let out = wenxi(&args);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "word",
            "count",
            "pmi",
            "left_entropy",
            "right_entropy",
            "score"
        ]
    );
    assert_eq!(rows.len(), 31);
    assert!(rows[1..]
        .iter()
        .all(|r| r.len() == 6 && r[1].parse::<usize>().is_ok()));
    // One definition of a known word, shared with the app: the segmenter in
    // effect knows the policy lexicon's words, so they are new only without it.
    let words: Vec<&str> = rows[1..].iter().map(|r| r[0]).collect();
    assert!(
        !words.contains(&"项目为王") && !words.contains(&"经开区"),
        "{words:?}"
    );
    let mut args = vec!["newwords", "--no-lexicon", "--top", "30"];
    args.extend(paths.iter().map(String::as_str));
    let out = wenxi(&args);
    let text = String::from_utf8(out.stdout).unwrap();
    let words: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert!(
        words.contains(&"项目为王") && words.contains(&"经开区"),
        "{words:?}"
    );
}

#[test]
fn segment_and_newwords_exit_codes() {
    let paths = sample_paths();
    let out = wenxi(&["segment", "no/such.txt", &paths[2]]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stdout.is_empty());
    let bad = temp_file("bad.txt", "好词 1\n坏词 12a\n");
    let out = wenxi(&["analyze", "--user-dict", &bad, &paths[2]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    for args in [
        &["segment", "--mode", "fuzzy", "x"][..],
        &["analyze", "--pos", "x"],
        &["newwords", "--mode", "full", "x"],
        &["segment"],
    ] {
        assert_eq!(wenxi(args).status.code(), Some(2), "{args:?}");
    }
    let ok = temp_file("ok.txt", "项目为王 l\n");
    let out = wenxi(&[
        "analyze",
        "--json",
        "--no-lexicon",
        "--user-dict",
        &ok,
        &paths[2],
    ]);
    assert_eq!(out.status.code(), Some(0));
}

// --- issue 16: PDF and OFD ---

#[test]
fn pdf_and_ofd_files_are_analysed_cleaned_extracted_and_segmented() {
    let text = std::fs::read_to_string(&sample_paths()[2]).unwrap();
    let pages = paged::layout_pages(&text, "常州市经济运行");
    let dir = std::env::temp_dir().join(format!("wenxi-paged-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("002.pdf");
    let ofd = dir.join("002.ofd");
    std::fs::write(
        &pdf,
        paged::pdf(&pages, paged::Cmap::IdentityToUnicode, paged::Crypt::None),
    )
    .unwrap();
    std::fs::write(&ofd, paged::ofd(&pages)).unwrap();
    let (pdf, ofd) = (pdf.to_str().unwrap(), ofd.to_str().unwrap());
    let out = wenxi(&["analyze", "--json", pdf, ofd, &sample_paths()[2]]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    for (doc, (format, encoding)) in docs.iter().zip([("pdf", "PDF"), ("ofd", "OFD")]) {
        for f in DOC_FIELDS {
            assert!(doc.get(f).is_some(), "field {f} missing");
        }
        assert_eq!(
            (doc["format"].as_str(), doc["encoding"].as_str()),
            (Some(format), Some(encoding))
        );
        assert_eq!(doc["pages"].as_u64(), Some(pages.len() as u64));
        assert_eq!(
            doc["keywords"], docs[2]["keywords"],
            "{format}: same keywords as the .txt"
        );
        let removed = doc["removed"].as_array().unwrap();
        assert!(
            removed.iter().any(|r| r["kind"] == "page_furniture"),
            "{format}"
        );
    }
    // --no-page-furniture keeps the running header
    let kept = wenxi(&["clean", "--no-page-furniture", pdf]);
    assert!(String::from_utf8_lossy(&kept.stdout).contains("常州市经济运行"));
    let clean = wenxi(&["clean", ofd]);
    assert!(!String::from_utf8_lossy(&clean.stdout).contains("常州市经济运行"));
    let seg = wenxi(&["segment", pdf]);
    assert!(String::from_utf8_lossy(&seg.stdout).contains("重大项目"));
    let csv = wenxi(&["extract", "--csv", "people", ofd]);
    assert!(String::from_utf8_lossy(&csv.stdout).contains("陈金虎"));
}

#[test]
fn scanned_and_locked_pdfs_are_refused_with_exit_1_and_the_reason() {
    let dir = std::env::temp_dir().join(format!("wenxi-refused-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scan = dir.join("scan.pdf");
    std::fs::write(&scan, paged::image_only_pdf(2)).unwrap();
    let locked = dir.join("locked.pdf");
    let pages = paged::layout_pages("一要全力冲刺。", "头");
    std::fs::write(
        &locked,
        paged::pdf(&pages, paged::Cmap::UniGbUcs2, paged::Crypt::Rc4User),
    )
    .unwrap();
    let out = wenxi(&[
        "analyze",
        "--json",
        scan.to_str().unwrap(),
        locked.to_str().unwrap(),
        &sample_paths()[2],
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("scan.pdf") && err.contains("no text layer, 2 pages: run OCR first"),
        "{err}"
    );
    assert!(
        err.contains("locked.pdf") && err.contains("password"),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
    assert_eq!(v["errors"].as_array().unwrap().len(), 2);
}
