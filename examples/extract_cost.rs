//! The cost of extraction (hints and every pass, as `1MiB/extract` in
//! `benches/segment.rs`) or of a whole analysis, repeated on one text, for
//! comparing two builds on a noisy machine (issue 15):
//!
//! ```sh
//! cargo run --release --example extract_cost -- 40 extract target/bench/corpus-1m.txt
//! ```
//!
//! Arguments: iterations (default 30; 0 runs only the setup), `extract` or
//! `analyze` (default both), the text (default `target/bench/corpus-1m.txt`).
//! Prints the median and fastest wall time per iteration. Wall time on a
//! shared machine drifts by ±15 %; for a deterministic comparison run it
//! under cachegrind with the machine's L2 as the last level, once with 2
//! iterations and once with 0, and subtract (the setup: the dictionary and
//! segmentation):
//!
//! ```sh
//! valgrind --tool=cachegrind --cache-sim=yes --LL=1048576,8,64 \
//!     target/release/examples/extract_cost 2 extract target/bench/corpus-1m.txt
//! ```

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::ops::ControlFlow;
    use std::time::Instant;
    use wenxi::core::analyze::{analyze, hints, prepare, tokens, AnalyzeOptions};
    use wenxi::core::dict::Dictionary;
    use wenxi::core::extract::extract_with;

    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(30);
    let only = args.get(2).cloned().unwrap_or_default();
    let path = args
        .get(3)
        .cloned()
        .unwrap_or_else(|| "target/bench/corpus-1m.txt".to_string());
    let text = std::fs::read_to_string(&path).expect("the text is readable (run scripts/bench.sh)");
    // as the browser worker and the CLI have it: with the policy lexicon
    let dict = Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz"))
        .and_then(|d| d.with_policy_lexicon(include_str!("../assets/lexicon/policy.txt")))
        .expect("the shipped dictionary loads");
    let opts = AnalyzeOptions::default();
    let prepared = prepare(&text, &opts);
    let toks = tokens(&dict, &prepared, &opts, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .expect("segmentation is not cancelled");
    for what in ["extract", "analyze"] {
        if n == 0 || !(only.is_empty() || only == what) {
            continue;
        }
        let mut ms: Vec<f64> = (0..n)
            .map(|_| {
                let t0 = Instant::now();
                if what == "extract" {
                    std::hint::black_box(extract_with(
                        &prepared.text,
                        &hints(&dict, &prepared.text, &toks),
                    ));
                } else {
                    std::hint::black_box(analyze(
                        &dict,
                        "bench",
                        "UTF-8",
                        &text,
                        &opts,
                        &mut |_, _| ControlFlow::Continue(()),
                    ));
                }
                t0.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        println!(
            "{what}: median {:.2} ms, fastest {:.2} ms ({n} runs)",
            ms[n / 2],
            ms[0]
        );
    }
}
