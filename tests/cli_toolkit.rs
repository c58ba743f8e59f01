//! The CLI contract of the corpus toolkit: `wenxi collocates`, `ngrams`,
//! `summary` and `stats` — JSON fields, TSV headers and exit codes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::Value;

use common::wenxi;

fn sample_paths() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(common::samples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn json_of(args: &[&str]) -> Value {
    let out = wenxi(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

fn with_samples<'a>(head: &[&'a str], paths: &'a [String]) -> Vec<&'a str> {
    let mut v = head.to_vec();
    v.extend(paths.iter().map(String::as_str));
    v
}

#[test]
fn collocates_json_has_the_contract_fields() {
    let paths = sample_paths();
    let v = json_of(&with_samples(
        &[
            "collocates",
            "--json",
            "--window",
            "4",
            "--min-count",
            "3",
            "项目",
        ],
        &paths,
    ));
    assert_eq!(v["tool"], "wenxi");
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["term"], "项目");
    assert_eq!(v["window"], 4);
    let rows = v["collocates"].as_array().unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        for f in [
            "term", "count", "left", "right", "mi", "t", "log_dice", "g2",
        ] {
            assert!(!r[f].is_null(), "{f} in {r}");
        }
        let (count, left, right) = (
            r["count"].as_u64().unwrap(),
            r["left"].as_u64().unwrap(),
            r["right"].as_u64().unwrap(),
        );
        assert!(count >= 3 && count == left + right);
    }
    assert!(rows.iter().any(|r| r["term"] == "建设"));
}

#[test]
fn ngrams_json_joins_tokens_by_one_space() {
    let paths = sample_paths();
    let v = json_of(&with_samples(
        &["ngrams", "--json", "--n", "2", "--min-count", "3"],
        &paths,
    ));
    assert_eq!(v["tool"], "wenxi");
    let rows = v["ngrams"].as_array().unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        let g = r["ngram"].as_str().unwrap();
        assert_eq!(g.split(' ').count(), 2, "{g}");
        assert!(r["count"].as_u64().unwrap() >= 3);
        let docs = r["docs"].as_u64().unwrap();
        assert!((1..=5).contains(&docs));
    }
    // counts never rise down the table
    let counts: Vec<u64> = rows.iter().map(|r| r["count"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn summary_json_gives_sentences_with_offsets_into_the_clean_text() {
    let paths = sample_paths();
    let v = json_of(&with_samples(
        &["summary", "--json", "--sentences", "3"],
        &paths,
    ));
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    let clean = wenxi(&["clean", &paths[2]]);
    let clean = String::from_utf8(clean.stdout).unwrap();
    for (d, path) in docs.iter().zip(&paths) {
        assert_eq!(d["name"].as_str().unwrap(), path);
        let ks = d["key_sentences"].as_array().unwrap();
        assert!(!ks.is_empty() && ks.len() <= 3);
        for k in ks {
            for f in ["text", "start", "end", "score"] {
                assert!(!k[f].is_null(), "{f}");
            }
        }
    }
    for k in docs[2]["key_sentences"].as_array().unwrap() {
        let (s, e) = (
            k["start"].as_u64().unwrap() as usize,
            k["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&clean[s..e], k["text"].as_str().unwrap());
    }
}

#[test]
fn stats_json_and_tsv() {
    let paths = sample_paths();
    let v = json_of(&with_samples(&["stats", "--json"], &paths));
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    for d in docs {
        for f in [
            "name",
            "chars",
            "han_share",
            "words",
            "sentences",
            "mean_sentence_words",
            "ttr",
            "mattr",
            "mattr_window",
            "lexical_density",
            "four_char_share",
        ] {
            assert!(!d[f].is_null(), "{f}");
        }
        assert_eq!(d["mattr_window"], 100);
        assert!(d["han_share"].as_f64().unwrap() > 0.5);
    }
    let words: u64 = docs.iter().map(|d| d["words"].as_u64().unwrap()).sum();
    assert_eq!(v["corpus"]["words"].as_u64().unwrap(), words);
    let out = wenxi(&with_samples(&["stats"], &paths));
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(tsv.starts_with("name\tchars\than_share\twords"));
    assert_eq!(tsv.lines().count(), 7);
}

#[test]
fn usage_errors_exit_2_and_unreadable_files_exit_1() {
    let paths = sample_paths();
    assert_eq!(wenxi(&["collocates", &paths[0]]).status.code(), Some(2));
    assert_eq!(wenxi(&["collocates", "项目"]).status.code(), Some(2));
    assert_eq!(
        wenxi(&["ngrams", "--n", "9", &paths[0]]).status.code(),
        Some(2)
    );
    assert_eq!(
        wenxi(&["collocates", "--window", "11", "项目", &paths[0]])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        wenxi(&["stats", "--window", "3", &paths[0]]).status.code(),
        Some(2)
    );
    let out = wenxi(&["ngrams", "/nonexistent/x.txt", &paths[0]]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.txt"));
    assert!(out.stdout.starts_with(b"ngram\tcount\tdocs"));
    let help = wenxi(&["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("wenxi collocates"));
}

// one parser for every command (issue 18 gap): the toolkit's options are
// refused by the other commands, the toolkit refuses what is not its own,
// and the options that read files mean the same for every command
#[test]
fn one_parser_serves_every_command() {
    let paths = sample_paths();
    let p = paths[0].as_str();
    let code = |args: &[&str]| wenxi(args).status.code();
    // toolkit options elsewhere, and options of other commands in the toolkit
    assert_eq!(code(&["analyze", "--window", "3", p]), Some(2));
    assert_eq!(code(&["segment", "--min-count", "2", p]), Some(2));
    assert_eq!(code(&["summary", "--top", "3", p]), Some(2));
    assert_eq!(code(&["stats", "--jsonl", p]), Some(2));
    assert_eq!(code(&["ngrams", "--pos", p]), Some(2));
    assert_eq!(code(&["collocates", "--csv", "people", "项目", p]), Some(2));
    assert_eq!(
        code(&["summary", "--sentences", "2", "--share", "0.5", p]),
        Some(2)
    );
    let err = wenxi(&["summary", "--window", "3", p]);
    assert!(String::from_utf8_lossy(&err.stderr).contains("--window does not apply to summary"));
    // options may come before the command, as for every other command
    let v = json_of(&["--json", "--window", "3", "collocates", "项目", p]);
    assert_eq!(v["window"], 3);
    // shared options apply to the toolkit: with cleaning off nothing is
    // removed, so no fewer characters are counted
    let kept = json_of(&["stats", "--json", "--no-clean", p]);
    let cleaned = json_of(&["stats", "--json", p]);
    assert!(kept["documents"][0]["chars"].as_u64() >= cleaned["documents"][0]["chars"].as_u64());
    assert_eq!(code(&["stats", "--encoding", "nonsense", p]), Some(2));
    assert_eq!(code(&["-V"]), Some(0));
}
