//! Segmentation quality on a SIGHAN 2005 bakeoff set (issue 15).
//!
//! ```sh
//! D=/work/data/sighan2005
//! cargo run --release --example eval_seg -- \
//!     $D/testing/msr_test.utf8 $D/gold/msr_test_gold.utf8 $D/gold/msr_training_words.utf8
//! ```
//!
//! Reads the unsegmented test file, the gold segmentation (words separated by
//! spaces, one sentence a line) and the training word list (for recall on
//! out-of-vocabulary words) by path — the data is for research use only and is
//! never part of this repository — and scores, in the same run:
//!
//! - **Wenxi**: the tokens a document gets in analysis with default options —
//!   [`prepare`] (cleaning, width folding, Simplified), the segmenter with the
//!   policy lexicon and HMM, then the post-segmentation passes — mapped back
//!   to the original line through the offset chain; and the same with the
//!   names the line's extraction recognises merged into single tokens (the
//!   tokens of the word lists: frequency, keywords, the cloud);
//! - **jieba**: plain jieba-rs (precise mode, HMM, jieba's dictionary, no
//!   lexicon) on the raw line, and on the line after Wenxi's width folding
//!   (full-width digits and letters to half-width), which is the fairer
//!   baseline for a corpus written in full-width digits.
//!
//! Scores are the bakeoff's: a word is right when both its edges match the
//! gold word's; P, R, F1 over words; OOV recall over gold words not in the
//! training word list. Whitespace is not a word. Lines whose text differs
//! between the test and the gold file (16 in MSR, where the gold moved a
//! quotation mark) are skipped and counted. A fourth argument writes
//! Wenxi's segmentation of the scored lines in the bakeoff's format, for
//! `scripts/score` of the bakeoff.

use std::collections::HashSet;
use std::ops::ControlFlow;
use wenxi::core::analyze::{hints, merge_names, prepare, tokens, AnalyzeOptions};
use wenxi::core::dict::Dictionary;
use wenxi::core::extract::extract_with;
use wenxi::core::normalize::normalize_width;
use wenxi::core::segment::{segment, SegmentOptions, Token};

const DICT: &[u8] = include_bytes!("../assets/dict/wenxi.dict.gz");
const POLICY: &str = include_str!("../assets/lexicon/policy.txt");

/// Word spans `(start, end)` in chars of the line without whitespace.
type Spans = Vec<(usize, usize)>;

/// Char spans of words in `line` (byte-offset tokens), whitespace dropped and
/// uncovered text counted as one word per run, re-indexed over the line's
/// non-whitespace chars.
fn to_spans(line: &str, toks: &[(usize, usize)]) -> Spans {
    // char index (without whitespace) of each byte offset
    let mut idx = vec![0usize; line.len() + 1];
    let mut n = 0;
    let mut space = vec![false; line.len() + 1];
    for (b, c) in line.char_indices() {
        idx[b] = n;
        if c.is_whitespace() {
            space[b] = true;
        } else {
            n += 1;
        }
        for k in 1..c.len_utf8() {
            idx[b + k] = n;
        }
    }
    idx[line.len()] = n;
    // cut points from token edges
    let mut cuts: Vec<usize> = vec![0, n];
    for &(a, b) in toks {
        cuts.push(idx[a.min(line.len())]);
        cuts.push(idx[b.min(line.len())]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|(a, b)| a < b)
        .collect()
}

fn gold_spans(line: &str) -> (Spans, Vec<String>) {
    let mut spans = Vec::new();
    let mut words = Vec::new();
    let mut n = 0;
    for w in line.split_whitespace() {
        let len = w.chars().count();
        spans.push((n, n + len));
        words.push(w.to_string());
        n += len;
    }
    (spans, words)
}

#[derive(Default)]
struct Tally {
    right: usize,
    pred: usize,
    gold: usize,
    oov: usize,
    oov_right: usize,
}

impl Tally {
    fn add(&mut self, pred: &Spans, gold: &Spans, oov: &[bool]) {
        let set: HashSet<_> = pred.iter().collect();
        self.pred += pred.len();
        self.gold += gold.len();
        for (g, &is_oov) in gold.iter().zip(oov) {
            let ok = set.contains(g);
            self.right += usize::from(ok);
            if is_oov {
                self.oov += 1;
                self.oov_right += usize::from(ok);
            }
        }
    }

    fn line(&self, name: &str) -> String {
        let p = self.right as f64 / self.pred.max(1) as f64;
        let r = self.right as f64 / self.gold.max(1) as f64;
        let f = 2.0 * p * r / (p + r).max(f64::MIN_POSITIVE);
        let oov = self.oov_right as f64 / self.oov.max(1) as f64;
        format!(
            "| {name} | {p:.4} | {r:.4} | {f:.4} | {oov:.4} | {} | {} |",
            self.gold, self.oov
        )
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (test, gold, words, out) = match args.as_slice() {
        [t, g, w] => (t, g, w, None),
        [t, g, w, o] => (t, g, w, Some(o)),
        _ => {
            eprintln!("usage: eval_seg TEST.utf8 GOLD.utf8 TRAINING_WORDS.utf8 [OUT.utf8]");
            std::process::exit(2);
        }
    };
    let read = |p: &str| {
        std::fs::read_to_string(p).unwrap_or_else(|e| {
            eprintln!("eval_seg: cannot read {p}: {e}");
            std::process::exit(1)
        })
    };
    let (test, gold, words) = (read(test), read(gold), read(words));
    let known: HashSet<&str> = words.lines().map(str::trim).collect();
    let dict = Dictionary::from_asset(DICT)
        .and_then(|d| d.with_policy_lexicon(POLICY))
        .expect("shipped dictionary");
    let opts = AnalyzeOptions::default();
    let plain = dict.segmenter(false);
    let (mut wenxi, mut jieba_raw, mut jieba_folded) =
        (Tally::default(), Tally::default(), Tally::default());
    let mut no_pass = Tally::default();
    let mut with_names = Tally::default();
    let (test_lines, gold_lines): (Vec<&str>, Vec<&str>) = (
        test.lines().filter(|l| !l.trim().is_empty()).collect(),
        gold.lines().filter(|l| !l.trim().is_empty()).collect(),
    );
    if test_lines.len() != gold_lines.len() {
        eprintln!(
            "eval_seg: {} test lines but {} gold lines",
            test_lines.len(),
            gold_lines.len()
        );
        std::process::exit(1);
    }
    let mut skipped = 0;
    // Wenxi's segmentation in the bakeoff's format (words joined by two
    // spaces), for the official scoring script
    let mut written = String::new();
    for (line, gline) in test_lines.iter().zip(&gold_lines) {
        let (gs, gw) = gold_spans(gline);
        let plain_len = line.chars().filter(|c| !c.is_whitespace()).count();
        if gs.last().map_or(0, |s| s.1) != plain_len {
            skipped += 1;
            continue;
        }
        let oov: Vec<bool> = gw.iter().map(|w| !known.contains(w.as_str())).collect();

        // Wenxi's product segmentation
        let prepared = prepare(line, &opts);
        let toks = tokens(&dict, &prepared, &opts, &mut |_, _| {
            ControlFlow::Continue(())
        })
        .unwrap_or_default();
        let back: Vec<(usize, usize)> = toks
            .iter()
            .map(|t: &Token| prepared.chain.span_to_original(t.start, t.end))
            .collect();
        let spans = to_spans(line, &back);
        let chars: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
        let words: Vec<String> = spans
            .iter()
            .map(|&(a, b)| chars.get(a..b).unwrap_or(&[]).iter().collect())
            .collect();
        written.push_str(&words.join("  "));
        written.push('\n');
        wenxi.add(&spans, &gs, &oov);

        // the tokens of the word lists: recognised names merged (issue 15
        // point 7), the line as its own document
        let mut merged = toks.clone();
        let found = extract_with(&prepared.text, &hints(&dict, &prepared.text, &toks));
        merge_names(&mut merged, &found.entities);
        let back: Vec<(usize, usize)> = merged
            .iter()
            .map(|t: &Token| prepared.chain.span_to_original(t.start, t.end))
            .collect();
        with_names.add(&to_spans(line, &back), &gs, &oov);

        // the same without the post-segmentation passes
        let seg = SegmentOptions::default().hmm(opts.hmm);
        let before = segment(
            dict.segmenter(opts.policy_lexicon),
            &prepared.text,
            &seg,
            &mut |_, _| ControlFlow::Continue(()),
        )
        .unwrap_or_default();
        let back: Vec<(usize, usize)> = before
            .iter()
            .map(|t| prepared.chain.span_to_original(t.start, t.end))
            .collect();
        no_pass.add(&to_spans(line, &back), &gs, &oov);

        // plain jieba on the raw line
        let raw: Vec<(usize, usize)> = plain
            .cut(line, true)
            .iter()
            .map(|t| (t.byte_start, t.byte_end))
            .collect();
        jieba_raw.add(&to_spans(line, &raw), &gs, &oov);

        // plain jieba after width folding
        let (folded, map) = normalize_width(line);
        let fold: Vec<(usize, usize)> = plain
            .cut(&folded, true)
            .iter()
            .map(|t| map.span_to_input(t.byte_start, t.byte_end))
            .collect();
        jieba_folded.add(&to_spans(line, &fold), &gs, &oov);
    }
    println!("| segmenter | P | R | F1 | OOV recall | gold words | OOV words |");
    println!("|---|---|---|---|---|---|---|");
    println!("{}", wenxi.line("Wenxi (analysis tokens)"));
    println!(
        "{}",
        with_names.line("Wenxi with names merged (word lists)")
    );
    println!("{}", no_pass.line("Wenxi without the quantity pass"));
    println!("{}", jieba_raw.line("jieba (raw text)"));
    println!("{}", jieba_folded.line("jieba (width-folded text)"));
    if let Some(path) = out {
        if let Err(e) = std::fs::write(path, written) {
            eprintln!("eval_seg: cannot write {path}: {e}");
        }
    }
    if skipped > 0 {
        println!("\n{skipped} lines skipped: test and gold text differ");
    }
}
