//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;
use wenxi::core::dict::Dictionary;

/// The shared sample texts, as laid out beside the repository.
pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/samples")
}

/// Every sample: (file name, text).
pub fn samples() -> Vec<(String, String)> {
    let mut out: Vec<_> = std::fs::read_dir(samples_dir())
        .expect("../shared/samples is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 5, "five samples expected");
    out
}

/// The dictionary built from the shipped assets, once per test binary.
pub fn dict() -> &'static Dictionary {
    static DICT: OnceLock<Dictionary> = OnceLock::new();
    DICT.get_or_init(|| {
        Dictionary::from_asset(include_bytes!("../../assets/dict/wenxi.dict.gz"))
            .expect("shipped dictionary loads")
    })
}

/// Compares `actual` with the snapshot file `tests/snapshots/NAME`;
/// with `UPDATE_SNAPSHOTS=1` rewrites the file instead.
pub fn check_snapshot(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing snapshot {name}; run with UPDATE_SNAPSHOTS=1"));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "snapshot {name} differs at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with UPDATE_SNAPSHOTS=1 to accept)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

/// Runs the `wenxi` binary that `cargo test` built with `args`.
#[cfg(not(target_arch = "wasm32"))]
pub fn wenxi(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(args)
        .output()
        .expect("wenxi runs")
}

/// The samples, cleaned and segmented as an analysis does, once per test binary.
pub struct SampleCorpus {
    /// File names.
    pub names: Vec<String>,
    /// Clean texts.
    pub texts: Vec<String>,
    /// Tokens of each clean text.
    pub toks: Vec<Vec<wenxi::core::segment::Token>>,
}

/// The shared [`SampleCorpus`].
pub fn sample_corpus() -> &'static SampleCorpus {
    use wenxi::core::analyze::{prepare, tokens, AnalyzeOptions};
    static C: OnceLock<SampleCorpus> = OnceLock::new();
    C.get_or_init(|| {
        let opts = AnalyzeOptions::default();
        let mut c = SampleCorpus {
            names: vec![],
            texts: vec![],
            toks: vec![],
        };
        for (name, text) in samples() {
            let p = prepare(&text, &opts);
            let t = tokens(dict(), &p, &opts, &mut |_, _| {
                std::ops::ControlFlow::Continue(())
            })
            .expect("not cancelled");
            c.names.push(name);
            c.texts.push(p.text);
            c.toks.push(t);
        }
        c
    })
}

/// The samples as corpus-view documents.
pub fn sample_docs() -> Vec<wenxi::core::explore::Doc<&'static str>> {
    let c = sample_corpus();
    (0..c.texts.len())
        .map(|i| wenxi::core::explore::Doc::from_spans(&c.names[i], &c.texts[i], &c.toks[i]))
        .collect()
}
