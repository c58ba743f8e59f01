//! Scores Wenxi's people, places and organisations on a public NER corpus.
//!
//! The corpus is read from a path (research-only data is never committed):
//! one character and its BIO tag (`B-PER`/`I-PER`, `B-LOC`/`I-LOC`,
//! `B-ORG`/`I-ORG`, `O`) per line, a blank line between sentences — the
//! People's Daily 1998 NER files, for example. Every 100 sentences make one
//! document; each document's text goes through the same pipeline as
//! `wenxi analyze` (prepare and analyze with the default options and the
//! shipped dictionary with the policy lexicon). Names are compared per
//! document as sets of unique `(kind, name)` pairs and summed over the
//! documents: precision, recall and F1 per kind, next to the baseline of
//! jieba's own POS tags (`nr*` person, `ns` place, `nt` organisation) on the
//! same documents.
//!
//! ```sh
//! cargo run --release --example eval_ner -- /path/to/example.dev [--misses N] [--contexts KIND] [--time]
//! ```
//!
//! `--misses N` prints the N most frequent misses and false finds per kind
//! (for the development set only); `--contexts person|place|org` prints
//! every miss and false find of that kind with the text around it (also for
//! the development set only); `--time` also times the analysis of
//! generated bad input (random Han text, surname runs, one long sentence of
//! names) at three sizes, to show the time grows linearly.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::main());
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::{BTreeMap, BTreeSet};
    use std::ops::ControlFlow;
    use std::time::Instant;
    use wenxi::core::analyze::{analyze, hints, prepare, tokens, AnalyzeOptions};
    use wenxi::core::dict::Dictionary;
    use wenxi::core::extract::extract_with;
    use wenxi::core::segment::{tag, SegmentOptions};

    const DICT: &[u8] = include_bytes!("../assets/dict/wenxi.dict.gz");
    const POLICY: &str = include_str!("../assets/lexicon/policy.txt");
    const KINDS: [&str; 3] = ["person", "place", "org"];

    /// One sentence: its chars and their tags.
    type Sentence = Vec<(char, String)>;

    fn read_corpus(path: &str) -> Result<Vec<Sentence>, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let mut out = Vec::new();
        let mut cur: Sentence = Vec::new();
        for line in text.lines() {
            let mut parts = line.split_whitespace();
            match (parts.next(), parts.next()) {
                (Some(c), Some(t)) => {
                    if let Some(ch) = c.chars().next() {
                        cur.push((ch, t.to_string()));
                    }
                }
                _ => {
                    if !cur.is_empty() {
                        out.push(std::mem::take(&mut cur));
                    }
                }
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        Ok(out)
    }

    /// The gold names of some sentences, as `(kind, name)`.
    fn gold_names(sentences: &[Sentence]) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for s in sentences {
            let mut cur: Option<(&'static str, String)> = None;
            for (c, t) in s
                .iter()
                .map(|(c, t)| (Some(*c), t.as_str()))
                .chain([(None, "O")])
            {
                let kind = match t.get(2..) {
                    Some("PER") => Some("person"),
                    Some("LOC") => Some("place"),
                    Some("ORG") => Some("org"),
                    _ => None,
                };
                let inside = t.starts_with("I-") && cur.as_ref().map(|x| x.0) == kind;
                if !inside {
                    if let Some(done) = cur.take() {
                        out.push(done);
                    }
                    if let (Some(k), true) = (kind, t.starts_with("B-") || t.starts_with("I-")) {
                        cur = Some((k, String::new()));
                    }
                }
                if let (Some(x), Some(c)) = (cur.as_mut(), c) {
                    x.1.push(c);
                }
            }
        }
        out
    }

    /// The text of a document: sentences run on after an end mark, else
    /// start a new line (headlines, datelines).
    fn document_text(sentences: &[Sentence]) -> String {
        let mut text = String::new();
        for s in sentences {
            text.extend(s.iter().map(|(c, _)| *c));
            if !s.last().is_some_and(|(c, _)| "。！？”…".contains(*c)) {
                text.push('\n');
            }
        }
        text
    }

    #[derive(Default, Clone, Copy)]
    struct Score {
        tp: usize,
        pred: usize,
        gold: usize,
    }

    impl Score {
        fn p(&self) -> f64 {
            self.tp as f64 / self.pred.max(1) as f64
        }
        fn r(&self) -> f64 {
            self.tp as f64 / self.gold.max(1) as f64
        }
        fn f(&self) -> f64 {
            let (p, r) = (self.p(), self.r());
            if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            }
        }
    }

    type Names = BTreeSet<(&'static str, String)>;

    /// Adds one document's comparison to the scores and the miss tallies.
    fn compare(
        pred: &Names,
        gold: &Names,
        scores: &mut BTreeMap<&'static str, Score>,
        misses: &mut BTreeMap<(&'static str, bool, String), usize>,
    ) {
        for kind in KINDS {
            let s = scores.entry(kind).or_default();
            for (k, n) in pred.iter().filter(|x| x.0 == kind) {
                s.pred += 1;
                if gold.contains(&(*k, n.clone())) {
                    s.tp += 1;
                } else {
                    *misses.entry((kind, false, n.clone())).or_default() += 1;
                }
            }
            for (k, n) in gold.iter().filter(|x| x.0 == kind) {
                s.gold += 1;
                if !pred.contains(&(*k, n.clone())) {
                    *misses.entry((kind, true, n.clone())).or_default() += 1;
                }
            }
        }
    }

    /// Prints each miss and false find of `kind` in one document with the
    /// text around its first occurrence (development set only).
    fn print_contexts(kind: &str, pred: &Names, gold: &Names, text: &str) {
        let around = |name: &str| {
            let Some(at) = text.find(name) else {
                return String::from("(not in the clean text)");
            };
            let before: String = text[..at]
                .chars()
                .rev()
                .take(14)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after: String = text[at + name.len()..].chars().take(14).collect();
            format!("{before}【{name}】{after}").replace('\n', " ")
        };
        for (k, n) in gold.difference(pred).filter(|x| x.0 == kind) {
            println!("MISS  {k} {n}\t{}", around(n));
        }
        for (k, n) in pred.difference(gold).filter(|x| x.0 == kind) {
            println!("FALSE {k} {n}\t{}", around(n));
        }
    }

    fn print_scores(label: &str, scores: &BTreeMap<&'static str, Score>) {
        for kind in KINDS {
            let s = scores.get(kind).copied().unwrap_or_default();
            println!(
                "{label:<8} {kind:<7} {:>5} {:>5} {:>5}   P {:.3}  R {:.3}  F1 {:.3}",
                s.tp,
                s.pred,
                s.gold,
                s.p(),
                s.r(),
                s.f()
            );
        }
    }

    fn print_misses(label: &str, misses: &BTreeMap<(&'static str, bool, String), usize>, n: usize) {
        for kind in KINDS {
            for missed in [true, false] {
                let mut v: Vec<_> = misses
                    .iter()
                    .filter(|((k, m, _), _)| *k == kind && *m == missed)
                    .map(|((_, _, name), c)| (*c, name.as_str()))
                    .collect();
                v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
                let list: Vec<String> = v.iter().take(n).map(|(c, s)| format!("{s}:{c}")).collect();
                let what = if missed { "missed" } else { "false" };
                println!("{label} {kind} {what} ({}): {}", v.len(), list.join(" "));
            }
        }
    }

    /// Times extraction against the whole analysis of 1 MiB of the corpus text.
    fn time_share(dict: &Dictionary, sentences: &[Sentence]) {
        let opts = AnalyzeOptions::default();
        let mut text = String::new();
        while text.len() < 1 << 20 {
            text.push_str(&document_text(sentences));
        }
        let t0 = Instant::now();
        let doc = analyze(dict, "1m", "UTF-8", &text, &opts, &mut |_, _| {
            ControlFlow::Continue(())
        });
        let all = t0.elapsed().as_secs_f64() * 1000.0;
        let p = prepare(&text, &opts);
        let toks =
            tokens(dict, &p, &opts, &mut |_, _| ControlFlow::Continue(())).unwrap_or_default();
        let t1 = Instant::now();
        let x = extract_with(&p.text, &hints(dict, &p.text, &toks));
        let ext = t1.elapsed().as_secs_f64() * 1000.0;
        println!(
            "time 1 MiB of corpus text: analysis {all:.0} ms, of which extraction (hints + rules) {ext:.0} ms = {:.0} % ({} entities; report {})",
            100.0 * ext / all.max(1e-9),
            x.entities.len(),
            doc.map_or(0, |d| d.entities.len())
        );
    }

    /// Makes a bad input of about `n` chars from a random source.
    type Maker<'a> = Box<dyn Fn(usize, &mut dyn FnMut(usize) -> usize) -> String + 'a>;

    /// Times the analysis of generated bad input at three sizes.
    fn time_bad_input(dict: &Dictionary) {
        let opts = AnalyzeOptions::default();
        let han: Vec<char> = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命".chars().collect();
        let surnames: Vec<char> = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".chars().collect();
        let punct: Vec<char> = "，。、；：？！“”‘’（）《》—…· \n".chars().collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let kinds: [(&str, Maker); 4] = [
            (
                "random Han",
                Box::new(|n, r| (0..n).map(|_| han[r(han.len())]).collect()),
            ),
            (
                "surnames in a row",
                Box::new(|n, r| (0..n).map(|_| surnames[r(surnames.len())]).collect()),
            ),
            (
                "one sentence of names",
                Box::new(|n, r| {
                    let mut s = String::new();
                    while s.chars().count() < n {
                        s.push(surnames[r(surnames.len())]);
                        s.push(han[r(han.len())]);
                        if r(2) == 0 {
                            s.push(han[r(han.len())]);
                        }
                        s.push_str(["、", "和", "说", "同志", "书记"][r(5)]);
                    }
                    s
                }),
            ),
            (
                "names by punctuation",
                Box::new(|n, r| {
                    let mut s = String::new();
                    while s.chars().count() < n {
                        s.push_str(["江泽民", "克林顿", "北京", "新华社", "儒勒·凡尔纳"][r(5)]);
                        s.push(punct[r(punct.len())]);
                    }
                    s
                }),
            ),
        ];
        for (name, make) in &kinds {
            let mut line = format!("time {name:<22}");
            for chars in [1 << 16, 1 << 17, 1 << 18] {
                let text = make(chars, &mut next);
                let t0 = Instant::now();
                let doc = analyze(dict, "bad", "UTF-8", &text, &opts, &mut |_, _| {
                    ControlFlow::Continue(())
                });
                let ms = t0.elapsed().as_secs_f64() * 1000.0;
                let n = doc.map_or(0, |d| d.entities.len());
                line.push_str(&format!("  {chars:>7} chars {ms:>8.1} ms ({n} names)"));
            }
            println!("{line}");
        }
    }

    /// Prints the tagged tokens and the entities of one text (for tuning).
    fn show_text(text: &str) -> i32 {
        let Ok(dict) = Dictionary::from_asset(DICT).and_then(|d| d.with_policy_lexicon(POLICY))
        else {
            return 1;
        };
        let opts = AnalyzeOptions::default();
        let tagged = tag(
            dict.segmenter(true),
            text,
            &SegmentOptions::default(),
            &mut |_, _| ControlFlow::Continue(()),
        )
        .unwrap_or_default();
        let toks: Vec<String> = tagged
            .iter()
            .map(|t| format!("{}/{}", &text[t.token.start..t.token.end], t.tag))
            .collect();
        println!("{}", toks.join(" "));
        if let Some(doc) = analyze(&dict, "t", "UTF-8", text, &opts, &mut |_, _| {
            ControlFlow::Continue(())
        }) {
            for e in doc.entities {
                println!("{} {} {:?} x{}", e.kind, e.text, e.evidence, e.count);
            }
        }
        0
    }

    pub fn main() -> i32 {
        let mut args = std::env::args().skip(1);
        let (mut path, mut misses_n, mut time) = (None, 0usize, false);
        let mut contexts: Option<&'static str> = None;
        let mut show = None;
        while let Some(a) = args.next() {
            match a.as_str() {
                "--show" => show = args.next(),
                "--contexts" => {
                    contexts = args
                        .next()
                        .and_then(|k| KINDS.iter().copied().find(|x| *x == k))
                }
                "--misses" => misses_n = args.next().and_then(|n| n.parse().ok()).unwrap_or(30),
                "--time" => time = true,
                _ => path = Some(a),
            }
        }
        if let Some(text) = show {
            return show_text(&text);
        }
        let Some(path) = path else {
            eprintln!("usage: eval_ner CORPUS.bio [--misses N] [--contexts KIND] [--time]");
            return 2;
        };
        let sentences = match read_corpus(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("eval_ner: {e}");
                return 1;
            }
        };
        let dict = match Dictionary::from_asset(DICT).and_then(|d| d.with_policy_lexicon(POLICY)) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("eval_ner: {e}");
                return 1;
            }
        };
        let opts = AnalyzeOptions::default();
        let (mut ours, mut jieba) = (BTreeMap::new(), BTreeMap::new());
        let (mut our_misses, mut jieba_misses) = (BTreeMap::new(), BTreeMap::new());
        let mut chars = 0;
        let mut ms = 0.0;
        let docs = sentences.chunks(100).count();
        for doc in sentences.chunks(100) {
            let text = document_text(doc);
            chars += text.chars().count();
            // gold names in the clean form the pipeline reads
            let gold: Names = gold_names(doc)
                .into_iter()
                .map(|(k, n)| (k, prepare(&n, &opts).text.trim().to_string()))
                .filter(|(_, n)| !n.is_empty())
                .collect();
            let t0 = Instant::now();
            let Some(report) = analyze(&dict, "doc", "UTF-8", &text, &opts, &mut |_, _| {
                ControlFlow::Continue(())
            }) else {
                continue;
            };
            ms += t0.elapsed().as_secs_f64() * 1000.0;
            let pred: Names = report
                .entities
                .iter()
                .filter(|e| !e.generic)
                .filter_map(|e| {
                    let kind = KINDS.iter().find(|k| **k == e.kind.as_str())?;
                    Some((*kind, e.text.clone()))
                })
                .collect();
            compare(&pred, &gold, &mut ours, &mut our_misses);
            if let Some(kind) = contexts {
                print_contexts(kind, &pred, &gold, &report.clean_text);
            }
            let clean = &report.clean_text;
            let tagged = tag(
                dict.segmenter(opts.policy_lexicon),
                clean,
                &SegmentOptions::default(),
                &mut |_, _| ControlFlow::Continue(()),
            )
            .unwrap_or_default();
            let base: Names = tagged
                .iter()
                .filter_map(|t| {
                    let kind = match t.tag {
                        "nr" | "nrt" | "nrfg" => "person",
                        "ns" => "place",
                        "nt" => "org",
                        _ => return None,
                    };
                    Some((kind, clean[t.token.start..t.token.end].to_string()))
                })
                .collect();
            compare(&base, &gold, &mut jieba, &mut jieba_misses);
        }
        println!(
            "{path}: {} sentences, {docs} documents of up to 100 sentences, {chars} chars; analysis {ms:.0} ms",
            sentences.len()
        );
        println!(
            "{:<8} {:<7} {:>5} {:>5} {:>5}",
            "system", "kind", "tp", "pred", "gold"
        );
        print_scores("wenxi", &ours);
        print_scores("jieba", &jieba);
        if misses_n > 0 {
            print_misses("wenxi", &our_misses, misses_n);
        }
        if time {
            time_share(&dict, &sentences);
            time_bad_input(&dict);
        }
        0
    }
}
