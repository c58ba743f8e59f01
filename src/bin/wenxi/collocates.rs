//! `wenxi collocates`: the collocates of a word over all files.

use super::{cell, json, write_json, ToolDoc};
use crate::args::Args;
use serde::Serialize;
use std::io::Write;
use wenxi::core::explore::collocates::{collocates, Collocate, CollocateOptions};
use wenxi::core::stopwords::Stopwords;

#[derive(Serialize)]
struct Out<'a> {
    tool: &'static str,
    version: &'static str,
    term: &'a str,
    window: usize,
    min_count: usize,
    node_count: usize,
    total_tokens: usize,
    window_slots: usize,
    collocates: &'a [Collocate],
}

/// Prints the collocates table (JSON or TSV).
pub fn run(out: &mut impl Write, args: &Args, docs: &[ToolDoc]) -> std::io::Result<()> {
    let term = args.tool.term.as_deref().unwrap_or_default().trim();
    let words: Vec<_> = docs
        .iter()
        .map(|d| wenxi::core::explore::Doc::from_spans(&d.name, &d.text, &d.tokens))
        .collect();
    let opts = CollocateOptions {
        left: args.tool.window,
        right: args.tool.window,
        min_count: args.tool.min_count.unwrap_or(2).max(1),
        remove_stopwords: !args.tool.keep_stopwords,
        limit: args.top.unwrap_or(0),
        ..CollocateOptions::default()
    };
    let c = collocates(&words, term, &Stopwords::default_zh(), &opts);
    if json(args) {
        return write_json(
            out,
            &Out {
                tool: "wenxi",
                version: env!("CARGO_PKG_VERSION"),
                term,
                window: args.tool.window,
                min_count: opts.min_count,
                node_count: c.node_count,
                total_tokens: c.total_tokens,
                window_slots: c.window_slots,
                collocates: &c.rows,
            },
        );
    }
    writeln!(out, "term\tcount\tleft\tright\tfreq\tmi\tt\tlog_dice\tg2")?;
    for r in &c.rows {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{:.4}",
            cell(&r.term),
            r.count,
            r.left,
            r.right,
            r.freq,
            r.mi,
            r.t,
            r.log_dice,
            r.g2
        )?;
    }
    Ok(())
}
