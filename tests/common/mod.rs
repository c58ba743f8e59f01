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

/// The dictionary as the app and the CLI load it: the shipped assets and
/// the policy lexicon (`assets/lexicon/policy.txt`), once per test binary.
/// The gold sets are scored on this one, the product's path.
pub fn product_dict() -> &'static Dictionary {
    static DICT: OnceLock<Dictionary> = OnceLock::new();
    DICT.get_or_init(|| {
        Dictionary::from_asset(include_bytes!("../../assets/dict/wenxi.dict.gz"))
            .and_then(|d| d.with_policy_lexicon(include_str!("../../assets/lexicon/policy.txt")))
            .expect("shipped dictionary and policy lexicon load")
    })
}

/// Compares `actual` with the accepted snapshot `tests/snapshots/NAME.snap`
/// (insta). A difference fails the test and writes the new text beside the
/// accepted one as `NAME.snap.new` for review: `cargo insta review` (with
/// cargo-insta installed), or read the `.snap.new` and rename it over the
/// `.snap` to accept it. Nothing is ever rewritten without that step;
/// `INSTA_UPDATE=always` accepts everything at once (for a new snapshot).
#[cfg(not(target_arch = "wasm32"))]
pub fn check_snapshot(name: &str, actual: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, actual));
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
