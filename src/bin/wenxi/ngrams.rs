//! `wenxi ngrams`: recurring runs of words over all files.

use super::{cell, json, write_json, ToolDoc};
use crate::args::Args;
use serde::Serialize;
use std::io::Write;
use wenxi::core::explore::ngrams::{ngrams, Ngram, NgramOptions};
use wenxi::core::stopwords::Stopwords;

#[derive(Serialize)]
struct Out<'a> {
    tool: &'static str,
    version: &'static str,
    n: usize,
    min_count: usize,
    ngrams: &'a [Ngram],
}

/// Prints the n-gram table (JSON or TSV).
pub fn run(out: &mut impl Write, args: &Args, docs: &[ToolDoc]) -> std::io::Result<()> {
    let words: Vec<_> = docs
        .iter()
        .map(|d| wenxi::core::explore::Doc::from_spans(&d.name, &d.text, &d.tokens))
        .collect();
    let opts = NgramOptions {
        n: args.tool.n,
        min_count: args.tool.min_count.unwrap_or(2).max(1),
        contains: args.tool.contains.clone(),
        stopword_edges: !args.tool.keep_stopwords,
        limit: args.top.unwrap_or(0),
        ..NgramOptions::default()
    };
    let g = ngrams(&words, &Stopwords::default_zh(), &opts);
    if json(args) {
        return write_json(
            out,
            &Out {
                tool: "wenxi",
                version: env!("CARGO_PKG_VERSION"),
                n: g.n,
                min_count: opts.min_count,
                ngrams: &g.rows,
            },
        );
    }
    writeln!(out, "ngram\tcount\tdocs")?;
    for r in &g.rows {
        writeln!(out, "{}\t{}\t{}", cell(&r.ngram), r.count, r.docs)?;
    }
    Ok(())
}
