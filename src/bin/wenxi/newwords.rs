//! `wenxi newwords`: candidate new words over all files together, as TSV.

use crate::args::Args;
use crate::run::each_document;
use std::io::Write;
use wenxi::core::analyze::prepare;
use wenxi::core::dict::Dictionary;
use wenxi::core::newwords::{discover_unknown, NewWordOptions};

/// Runs `newwords`; returns the exit code.
pub fn run(args: &Args, dict: &Dictionary, out: &mut impl Write) -> std::io::Result<i32> {
    let work = |_: &str, doc: wenxi::core::decode::Decoded| prepare(&doc.text, &args.options).text;
    let mut texts = Vec::new();
    let errors = each_document(args, work, |outcome| {
        if let Ok(text) = outcome {
            texts.push(text);
        }
    });
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let opts = NewWordOptions {
        top: args.top.unwrap_or(50),
        ..NewWordOptions::default()
    };
    writeln!(out, "word\tcount\tpmi\tleft_entropy\tright_entropy\tscore")?;
    for c in discover_unknown(dict, args.options.policy_lexicon, &texts, &opts) {
        writeln!(
            out,
            "{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{:.4}",
            c.word, c.count, c.pmi, c.left_entropy, c.right_entropy, c.score
        )?;
    }
    Ok(if errors.is_empty() { 0 } else { 1 })
}
