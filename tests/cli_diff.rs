//! The contract of `wenxi diff` and `wenxi series` (issue 17): the JSON
//! fields, the summary and the exit codes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::Value;
use std::process::Output;

use common::wenxi;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/diff/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn json(out: &Output) -> Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

fn has_all(v: &Value, fields: &[&str]) {
    let k = keys(v);
    for f in fields {
        assert!(k.contains(f), "field {f} missing in {v}");
    }
}

#[test]
fn diff_json_follows_the_contract() {
    let (a, b) = (
        fixture("2023-01-10-report.txt"),
        fixture("2024-01-12-report.txt"),
    );
    let v = json(&wenxi(&["diff", "--json", &a, &b]));
    has_all(
        &v,
        &[
            "tool",
            "version",
            "old",
            "new",
            "sentences",
            "terms",
            "figures",
        ],
    );
    assert_eq!(v["tool"], "wenxi");
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["old"]["name"], a.as_str());
    assert_eq!(v["new"]["name"], b.as_str());
    let s = &v["sentences"];
    has_all(s, &["added", "removed", "changed", "moved", "unchanged"]);
    for added in s["added"].as_array().unwrap() {
        has_all(added, &["text", "start", "end"]);
    }
    for removed in s["removed"].as_array().unwrap() {
        has_all(removed, &["text", "start", "end"]);
    }
    assert!(s["unchanged"].as_u64().unwrap() > 5);
    let changed = s["changed"].as_array().unwrap();
    assert_eq!(changed.len(), 5);
    for c in changed {
        has_all(c, &["old", "new", "minor", "tokens"]);
        let mut old = String::new();
        let mut new = String::new();
        for t in c["tokens"].as_array().unwrap() {
            has_all(t, &["op", "text"]);
            let text = t["text"].as_str().unwrap();
            match t["op"].as_str().unwrap() {
                "same" => {
                    old.push_str(text);
                    new.push_str(text);
                }
                "insert" => new.push_str(text),
                "delete" => old.push_str(text),
                other => panic!("unknown op {other}"),
            }
        }
        assert_eq!(old, c["old"].as_str().unwrap());
        assert_eq!(new, c["new"].as_str().unwrap());
    }
    assert!(changed.iter().any(|c| c["minor"] == true
        && c["old"] == "五是加强生态环境保护。"
        && c["new"] == "四是加强生态环境保护。"));
    let moved = s["moved"].as_array().unwrap();
    assert_eq!(moved.len(), 1);
    assert_eq!(
        moved[0]["text"],
        "实现上述目标，必须坚持稳字当头、稳中求进。"
    );
    // offsets are byte offsets into the clean text (here the file as is)
    let text_b = std::fs::read_to_string(&b).unwrap();
    let first = &s["added"][0];
    let (start, end) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text_b[start..end], first["text"].as_str().unwrap());
    // terms
    for side in ["new", "dropped"] {
        for t in v["terms"][side].as_array().unwrap() {
            has_all(t, &["term", "count"]);
        }
    }
    let terms = |side: &str| -> Vec<String> {
        v["terms"][side]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["term"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(terms("new").contains(&"新质生产力".to_string()));
    assert!(terms("dropped").contains(&"疫情防控".to_string()));
    // figures
    let figures = v["figures"].as_array().unwrap();
    for f in figures {
        has_all(f, &["indicator", "old", "new", "change"]);
        for side in ["old", "new"] {
            if !f[side].is_null() {
                has_all(&f[side], &["text", "value", "unit"]);
            }
        }
    }
    let gdp = figures
        .iter()
        .find(|f| f["indicator"] == "地区生产总值")
        .unwrap();
    assert_eq!(gdp["old"]["text"], "增长5.5%左右");
    assert_eq!(gdp["new"]["text"], "增长5%左右");
    assert_eq!(gdp["old"]["value"], 5.5);
    assert_eq!(gdp["new"]["unit"], "%");
    assert_eq!(gdp["change"], "down");
}

#[test]
fn identical_files_say_there_are_no_changes() {
    let a = fixture("2024-01-12-report.txt");
    let v = json(&wenxi(&["diff", "--json", &a, &a]));
    assert_eq!(v["identical"], true);
    let s = &v["sentences"];
    for k in ["added", "removed", "changed", "moved"] {
        assert!(s[k].as_array().unwrap().is_empty());
    }
    let out = wenxi(&["diff", &a, &a]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("no changes"));
}

#[test]
fn the_summary_marks_words_and_targets() {
    let out = wenxi(&[
        "diff",
        &fixture("2023-01-10-report.txt"),
        &fixture("2024-01-12-report.txt"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("{+和未来产业+}"), "{s}");
    assert!(
        s.contains("+ 科技创新实现新突破，新质生产力加快形成。"),
        "{s}"
    );
    assert!(s.contains("- 四是优化疫情防控措施。"), "{s}");
    assert!(
        s.contains("地区生产总值\t增长5.5%左右 → 增长5%左右\tdown"),
        "{s}"
    );
}

#[test]
fn diff_needs_two_readable_files() {
    let a = fixture("2023-01-10-report.txt");
    assert_eq!(wenxi(&["diff", &a]).status.code(), Some(2));
    assert_eq!(wenxi(&["diff", &a, &a, &a]).status.code(), Some(2));
    let out = wenxi(&["diff", &a, "/nonexistent/wenxi-diff.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wenxi-diff.txt"));
}

#[test]
fn series_json_orders_by_date_and_tracks_terms_and_targets() {
    let out = wenxi(&[
        "series",
        "--json",
        &fixture("2025-01-15-report.txt"),
        &fixture("2023-01-10-report.txt"),
        &fixture("2024-01-12-report.txt"),
    ]);
    let v = json(&out);
    has_all(&v, &["tool", "version", "documents", "terms", "figures"]);
    let dates: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2023-01-10", "2024-01-12", "2025-01-15"]);
    let term = v["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "新质生产力")
        .unwrap();
    has_all(term, &["term", "counts", "first", "last"]);
    assert_eq!(term["first"], 1);
    assert_eq!(term["last"], 2);
    let gdp = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["indicator"] == "地区生产总值")
        .unwrap();
    assert_eq!(gdp["values"].as_array().unwrap().len(), 3);
    let out = wenxi(&["series", &fixture("2023-01-10-report.txt")]);
    assert_eq!(out.status.code(), Some(0));
}
