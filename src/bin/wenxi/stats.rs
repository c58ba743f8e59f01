//! `wenxi stats`: document statistics per file and over all files.

use super::{cell, json, write_json, ToolDoc};
use crate::args::Args;
use serde::Serialize;
use std::io::Write;
use wenxi::core::dict::Dictionary;
use wenxi::core::stats::{corpus_stats, DocStats};

#[derive(Serialize)]
struct Out<'a> {
    tool: &'static str,
    version: &'static str,
    documents: &'a [DocStats],
    corpus: &'a DocStats,
}

/// Prints the statistics (JSON, or TSV with one row per file and a last
/// row for all files).
pub fn run(
    out: &mut impl Write,
    args: &Args,
    docs: &[ToolDoc],
    dict: &Dictionary,
) -> std::io::Result<()> {
    let mut seen = std::collections::HashMap::new();
    let words: Vec<_> = docs
        .iter()
        .map(|d| d.words(Some(dict), &mut seen))
        .collect();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let (rows, all) = corpus_stats(&texts, &words, "(all)");
    if json(args) {
        return write_json(
            out,
            &Out {
                tool: "wenxi",
                version: env!("CARGO_PKG_VERSION"),
                documents: &rows,
                corpus: &all,
            },
        );
    }
    writeln!(
        out,
        "name\tchars\than_share\twords\ttypes\tsentences\tmean_sentence_words\tttr\tmattr\tlexical_density\tfour_char_share"
    )?;
    for r in rows.iter().chain(std::iter::once(&all)) {
        writeln!(
            out,
            "{}\t{}\t{:.4}\t{}\t{}\t{}\t{:.2}\t{:.4}\t{:.4}\t{}\t{:.4}",
            cell(&r.name),
            r.chars,
            r.han_share,
            r.words,
            r.types,
            r.sentences,
            r.mean_sentence_words,
            r.ttr,
            r.mattr,
            r.lexical_density
                .map_or_else(|| "".to_string(), |x| format!("{x:.4}")),
            r.four_char_share
        )?;
    }
    Ok(())
}
