//! Native times of the corpus toolkit (issue 18): collocates and n-grams
//! over a 10 MiB corpus (the five clean samples repeated, as five documents
//! of 2 MiB), dispersion and statistics over the same, and the key
//! sentences of a 100 KB document. Segmentation is done once, outside the
//! timings, as the worker keeps the tokens.
//!
//! `cargo bench --bench toolkit`; targets in BENCHMARKS.md ("Corpus
//! toolkit (issue 18)"): collocates and n-grams ≤ 1 s, summary ≤ 100 ms.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use std::ops::ControlFlow;
    use wenxi::core::analyze::{prepare, tokens, AnalyzeOptions};
    use wenxi::core::dict::Dictionary;
    use wenxi::core::explore::collocates::{collocates, CollocateOptions};
    use wenxi::core::explore::dispersion::dispersion;
    use wenxi::core::explore::ngrams::{ngrams, NgramOptions};
    use wenxi::core::explore::Doc;
    use wenxi::core::segment::Token;
    use wenxi::core::stats::corpus_stats;
    use wenxi::core::stopwords::Stopwords;
    use wenxi::core::summary::{summarize, SummaryOptions};

    /// The clean samples joined.
    fn samples() -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/samples");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        names.sort();
        let opts = AnalyzeOptions::default();
        names
            .iter()
            .map(|p| prepare(&std::fs::read_to_string(p).unwrap(), &opts).text + "\n")
            .collect()
    }

    fn repeat(text: &str, bytes: usize) -> String {
        let mut out = String::new();
        while out.len() < bytes {
            out.push_str(text);
        }
        out
    }

    fn bench(c: &mut Criterion) {
        let dict = Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz"))
            .and_then(|d| d.with_policy_lexicon(include_str!("../assets/lexicon/policy.txt")))
            .unwrap();
        let opts = AnalyzeOptions::default();
        let seg = |text: &str| -> (String, Vec<Token>) {
            let p = prepare(text, &opts);
            let t = tokens(&dict, &p, &opts, &mut |_, _| ControlFlow::Continue(())).unwrap();
            (p.text, t)
        };
        let clean = samples();
        let part = seg(&repeat(&clean, 2 << 20));
        let names = ["a", "b", "c", "d", "e"];
        let docs: Vec<Doc<&str>> = names
            .iter()
            .map(|n| Doc::from_spans(n, &part.0, &part.1))
            .collect();
        let spans: Vec<&[Token]> = names.iter().map(|_| part.1.as_slice()).collect();
        let texts: Vec<&str> = names.iter().map(|_| part.0.as_str()).collect();
        let stop = Stopwords::default_zh();
        let mut g = c.benchmark_group("toolkit_10MiB");
        g.sample_size(10);
        g.bench_function("collocates_项目_window5", |b| {
            b.iter(|| collocates(&docs, "项目", &stop, &CollocateOptions::default()))
        });
        g.bench_function("ngrams_3", |b| {
            b.iter(|| ngrams(&docs, &stop, &NgramOptions::default()))
        });
        g.bench_function("ngrams_6", |b| {
            b.iter(|| {
                ngrams(
                    &docs,
                    &stop,
                    &NgramOptions {
                        n: 6,
                        ..NgramOptions::default()
                    },
                )
            })
        });
        g.bench_function("dispersion_项目", |b| {
            b.iter(|| dispersion(&docs, &spans, "项目"))
        });
        g.bench_function("stats_untagged", |b| {
            b.iter(|| corpus_stats(&texts, &docs, "all"))
        });
        g.finish();
        // a 100 KB document: the samples up to 100 KB, cut at a line end
        let mut doc = repeat(&clean, 100_000);
        let mut end = 100_000.min(doc.len());
        while !doc.is_char_boundary(end) {
            end -= 1;
        }
        let cut = doc[..end].rfind('\n').unwrap_or(end);
        doc.truncate(cut);
        let (text, toks) = seg(&doc);
        let mut g = c.benchmark_group("summary");
        g.sample_size(20);
        g.bench_function("summary_100KB", |b| {
            b.iter(|| {
                summarize(
                    &text,
                    &toks,
                    &stop,
                    Some(&dict.idf),
                    &SummaryOptions::default(),
                )
            })
        });
        g.finish();
    }

    criterion_group!(benches, bench);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

/// The benchmark is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
