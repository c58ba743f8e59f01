//! Timings of the version comparison (issue 17), for BENCHMARKS.md:
//!
//! ```sh
//! cargo run --release --example diff_timing
//! ```
//!
//! Builds a ~100 KB "report" from the shared samples (their sentences three
//! times over, each round in another deterministic order, so sentences
//! repeat — harder for the alignment than a real report) and a new version
//! of it with an edit every few sentences: a figure changed, a sentence
//! dropped, one inserted, one moved. Both are analysed once (not timed);
//! then the comparison (`diff_documents`: sentences, words, terms, targets)
//! is timed, as is a series of 30 such versions and a 10 MB pair (which
//! falls back to paragraphs). Prints the median of several runs.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::ops::ControlFlow;
    use std::time::Instant;
    use wenxi::core::analyze::{prepare, report, tokens, AnalyzeOptions};
    use wenxi::core::dict::Dictionary;
    use wenxi::core::diff::sentences::split;
    use wenxi::core::diff::{diff_documents, series, DiffDoc, DiffOptions};
    use wenxi::core::report::DocumentReport;
    use wenxi::core::segment::Token;

    let dict = Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz"))
        .and_then(|d| d.with_policy_lexicon(include_str!("../assets/lexicon/policy.txt")))
        .expect("dictionary");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("../shared/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let sentences: Vec<String> = names
        .iter()
        .flat_map(|p| {
            let t = std::fs::read_to_string(p).unwrap_or_default();
            split(&t)
                .iter()
                .map(|s| t[s.start..s.end].to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    // a deterministic shuffle
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut base: Vec<String> = Vec::new();
    while base.iter().map(String::len).sum::<usize>() < 100 * 1024 {
        let mut round = sentences.clone();
        for i in (1..round.len()).rev() {
            round.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        base.extend(round);
    }
    let edit = |v: &[String], round: u64| -> Vec<String> {
        let mut out = Vec::new();
        let mut moved = None;
        for (i, s) in v.iter().enumerate() {
            let k = i as u64 + round;
            if k.is_multiple_of(13) {
                continue; // dropped
            }
            if k.is_multiple_of(29) && moved.is_none() {
                moved = Some(s.clone());
                continue;
            }
            if k.is_multiple_of(7) {
                out.push(s.replace('5', "6").replace('1', "2") + "要进一步加强。");
            } else {
                out.push(s.clone());
            }
            if k.is_multiple_of(17) {
                out.push(format!("第{round}轮新增加的一句关于新质生产力的话。"));
            }
        }
        if let Some(m) = moved {
            out.push(m);
        }
        out
    };
    // paragraphs of six sentences
    let join = |v: &[String]| {
        v.chunks(6)
            .map(|p| p.concat())
            .collect::<Vec<_>>()
            .join("\n")
    };
    struct Analysed {
        report: DocumentReport,
        tokens: Vec<Token>,
    }
    let opts = AnalyzeOptions::default();
    let analyse = |name: &str, text: &str| {
        let prepared = prepare(text, &opts);
        let toks = tokens(&dict, &prepared, &opts, &mut |_, _| {
            ControlFlow::Continue(())
        })
        .unwrap_or_default();
        Analysed {
            report: report(&dict, name, "UTF-8", prepared, &toks, &opts),
            tokens: toks,
        }
    };
    fn doc(a: &Analysed) -> DiffDoc<'_> {
        DiffDoc::from_report(&a.report, &a.tokens)
    }
    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    }
    let time = |runs: usize, f: &mut dyn FnMut()| -> f64 {
        median(
            (0..runs)
                .map(|_| {
                    let t0 = Instant::now();
                    f();
                    t0.elapsed().as_secs_f64() * 1000.0
                })
                .collect(),
        )
    };

    let old = analyse("2023-01-01.txt", &join(&base));
    let new = analyse("2024-01-01.txt", &join(&edit(&base, 1)));
    let d = diff_documents(&doc(&old), &doc(&new), &DiffOptions::default());
    let ms = time(11, &mut || {
        std::hint::black_box(diff_documents(
            &doc(&old),
            &doc(&new),
            &DiffOptions::default(),
        ));
    });
    println!(
        "diff of two reports ({} and {} bytes, {} and {} sentences): {ms:.1} ms median of 11 \
         ({} changed, {} added, {} removed, {} moved, {} new terms, {} targets)",
        old.report.clean_text.len(),
        new.report.clean_text.len(),
        split(&old.report.clean_text).len(),
        split(&new.report.clean_text).len(),
        d.count(wenxi::core::diff::OpKind::Changed),
        d.count(wenxi::core::diff::OpKind::Added),
        d.count(wenxi::core::diff::OpKind::Removed),
        d.count(wenxi::core::diff::OpKind::MovedTo),
        d.new_terms.len(),
        d.targets.len(),
    );

    let versions: Vec<Analysed> = (0..30u64)
        .map(|y| analyse(&format!("{}-01-15.txt", 1995 + y), &join(&edit(&base, y))))
        .collect();
    let docs: Vec<DiffDoc> = versions.iter().map(|a| doc(a)).collect();
    let ms = time(5, &mut || {
        std::hint::black_box(series(&docs, &DiffOptions::default()));
    });
    let s = series(&docs, &DiffOptions::default());
    println!(
        "series of 30 reports ({} bytes in all): {ms:.0} ms median of 5 ({} terms, {} targets)",
        versions
            .iter()
            .map(|a| a.report.clean_text.len())
            .sum::<usize>(),
        s.terms.len(),
        s.targets.len()
    );

    // 10 MB each: the alignment falls back to paragraphs
    let mut big_old = Vec::new();
    let mut big_new = Vec::new();
    let mut round = 0;
    while big_old.iter().map(String::len).sum::<usize>() < 10 << 20 {
        big_old.extend(base.iter().cloned());
        big_new.extend(edit(&base, round));
        round += 1;
    }
    let a = analyse("big-old.txt", &join(&big_old));
    let b = analyse("big-new.txt", &join(&big_new));
    let t0 = Instant::now();
    let d = diff_documents(&doc(&a), &doc(&b), &DiffOptions::default());
    println!(
        "10 MB pair ({} and {} bytes): {:.0} ms, notices {:?}",
        a.report.clean_text.len(),
        b.report.clean_text.len(),
        t0.elapsed().as_secs_f64() * 1000.0,
        d.notices
    );
}
