//! Native throughput of segmentation and of the whole analysis over 1 MiB of
//! clean sample text (the same bytes the browser benchmark uses), of
//! extraction alone on the same text (hints and every pass), and of
//! new-word discovery over the same text.
//!
//! `scripts/bench.sh` writes the corpus to `target/bench/corpus-1m.txt` and
//! passes it in `WENXI_BENCH_CORPUS`; run alone, the bench builds it itself.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion, Throughput};
    use std::ops::ControlFlow;
    use wenxi::core::analyze::{analyze, hints, prepare, tokens, AnalyzeOptions};
    use wenxi::core::dict::Dictionary;
    use wenxi::core::extract::extract_with;
    use wenxi::core::newwords::{discover, NewWordOptions};

    fn corpus() -> String {
        if let Some(path) = std::env::var_os("WENXI_BENCH_CORPUS") {
            return std::fs::read_to_string(path).expect("WENXI_BENCH_CORPUS is readable");
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/samples");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        let opts = AnalyzeOptions::default();
        let clean: String = names
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| prepare(&std::fs::read_to_string(p).unwrap(), &opts).text + "\n")
            .collect();
        let mut out = String::new();
        while out.len() < 1 << 20 {
            out.push_str(&clean);
        }
        out
    }

    fn bench(c: &mut Criterion) {
        // as the browser worker and the CLI have it: with the policy lexicon
        let dict = Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz"))
            .and_then(|d| d.with_policy_lexicon(include_str!("../assets/lexicon/policy.txt")))
            .unwrap();
        let text = corpus();
        let chars = text.chars().count() as u64;
        let opts = AnalyzeOptions::default();
        let prepared = prepare(&text, &opts);
        let mut g = c.benchmark_group("1MiB");
        g.sample_size(20);
        g.throughput(Throughput::Elements(chars));
        g.bench_function("segment", |b| {
            b.iter(|| {
                tokens(&dict, &prepared, &opts, &mut |_, _| {
                    ControlFlow::Continue(())
                })
                .unwrap()
            })
        });
        // extraction alone (issue 15's budget): jieba's tags looked up
        // (`hints`) and every extraction pass, on the tokens segmentation gives
        let toks = tokens(&dict, &prepared, &opts, &mut |_, _| {
            ControlFlow::Continue(())
        })
        .unwrap();
        g.bench_function("extract", |b| {
            b.iter(|| extract_with(&prepared.text, &hints(&dict, &prepared.text, &toks)))
        });
        g.bench_function("analyze", |b| {
            b.iter(|| {
                analyze(&dict, "bench", "UTF-8", &text, &opts, &mut |_, _| {
                    ControlFlow::Continue(())
                })
                .unwrap()
            })
        });
        g.finish();
        let mut g = c.benchmark_group("newwords");
        g.sample_size(10);
        g.throughput(Throughput::Elements(chars));
        g.bench_function("newwords_1MiB", |b| {
            b.iter(|| {
                discover(
                    &[&prepared.text],
                    &|w| dict.knows(w),
                    &NewWordOptions::default(),
                )
            })
        });
        g.finish();
        let mut g = c.benchmark_group("startup");
        g.sample_size(10);
        g.bench_function("dictionary", |b| {
            b.iter(|| {
                Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz")).unwrap()
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
