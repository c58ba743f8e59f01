//! `wenxi summary`: the key sentences of each file.

use super::{cell, json, write_json, ToolDoc};
use crate::args::Args;
use serde::Serialize;
use std::io::Write;
use wenxi::core::dict::Dictionary;
use wenxi::core::stopwords::Stopwords;
use wenxi::core::summary::{summarize, KeySentence, SummaryLength, SummaryOptions};

#[derive(Serialize)]
struct Document<'a> {
    name: &'a str,
    total_sentences: usize,
    key_sentences: Vec<KeySentence>,
}

#[derive(Serialize)]
struct Out<'a> {
    tool: &'static str,
    version: &'static str,
    documents: Vec<Document<'a>>,
}

/// Prints the key sentences (JSON, or `name`, `start`, `end`, `score`,
/// `text` as TSV).
pub fn run(
    out: &mut impl Write,
    args: &Args,
    docs: &[ToolDoc],
    dict: &Dictionary,
) -> std::io::Result<()> {
    let opts = SummaryOptions {
        length: match (args.tool.sentences, args.tool.share) {
            (_, Some(f)) => SummaryLength::Share(f),
            (n, None) => SummaryLength::Sentences(n.unwrap_or(5).max(1)),
        },
        ..SummaryOptions::default()
    };
    let stop = Stopwords::default_zh();
    let documents: Vec<Document> = docs
        .iter()
        .map(|d| {
            let s = summarize(&d.text, &d.tokens, &stop, Some(&dict.idf), &opts);
            Document {
                name: &d.name,
                total_sentences: s.total_sentences,
                key_sentences: s.sentences,
            }
        })
        .collect();
    if json(args) {
        return write_json(
            out,
            &Out {
                tool: "wenxi",
                version: env!("CARGO_PKG_VERSION"),
                documents,
            },
        );
    }
    writeln!(out, "name\tstart\tend\tscore\ttext")?;
    for d in &documents {
        for k in &d.key_sentences {
            writeln!(
                out,
                "{}\t{}\t{}\t{:.3}\t{}",
                cell(d.name),
                k.start,
                k.end,
                k.score,
                cell(&k.text)
            )?;
        }
    }
    Ok(())
}
