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

#[test]
fn one_mebibyte_in_well_under_a_second() {
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
    let t = std::time::Instant::now();
    let found = discover(&[&big], &|w| dict().knows(w), &NewWordOptions::default());
    let took = t.elapsed();
    eprintln!(
        "newwords over {} bytes: {took:?}, {} candidates",
        big.len(),
        found.len()
    );
    if !cfg!(debug_assertions) {
        assert!(took.as_secs_f64() < 1.0, "{took:?}");
    }
}
