//! New-word discovery over the five samples.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{dict, samples};
use wenxi::core::analyze::{prepare, AnalyzeOptions};
use wenxi::core::newwords::{discover, NewWordOptions};

#[test]
fn policy_terms_rank_high_on_the_samples() {
    let opts = AnalyzeOptions::default();
    let clean: Vec<String> = samples()
        .iter()
        .map(|(_, t)| prepare(t, &opts).text)
        .collect();
    let texts: Vec<&str> = clean.iter().map(String::as_str).collect();
    let d = dict();
    let found = discover(&texts, &|w| d.knows(w), &NewWordOptions::default());
    let again = discover(&texts, &|w| d.knows(w), &NewWordOptions::default());
    assert_eq!(found, again, "deterministic");
    for (i, c) in found.iter().take(40).enumerate() {
        eprintln!(
            "{:2} {}\t{}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{:?}",
            i + 1,
            c.word,
            c.count,
            c.pmi,
            c.left_entropy,
            c.right_entropy,
            c.score,
            c.examples
        );
    }
    let top: Vec<&str> = found.iter().take(30).map(|c| c.word.as_str()).collect();
    for w in ["项目为王", "经开区"] {
        assert!(top.contains(&w), "{w} in the top 30: {top:?}");
    }
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(found
        .iter()
        .all(|c| !d.knows(&c.word) && c.examples.len() <= 3));
}

/// A mebibyte of text gives a bounded, well-formed table (its time is a
/// benchmark — `bash scripts/bench.sh` — never an assertion here).
#[test]
fn one_mebibyte_gives_a_bounded_table() {
    let opts = AnalyzeOptions::default();
    let clean: String = samples()
        .iter()
        .map(|(_, t)| prepare(t, &opts).text + "\n")
        .collect();
    let mut big = String::new();
    let mut i = 0u32;
    while big.len() < 1 << 20 {
        // Vary the text a little so it is not one repeated block.
        big.push_str(&clean.replace('。', if i.is_multiple_of(2) { "。" } else { "；" }));
        i += 1;
    }
    let options = NewWordOptions::default();
    let found = discover(&[&big], &|w| dict().knows(w), &options);
    assert!(!found.is_empty() && found.len() <= options.top);
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
}
