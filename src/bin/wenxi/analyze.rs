//! `wenxi analyze`: the report of every file — a readable summary, one JSON
//! report (`--json`), or one JSON document per line as each is done
//! (`--jsonl`, for corpora bigger than memory: nothing is kept once written).

use crate::args::{Args, Output};
use crate::run::each_document;
use std::io::Write;
use std::ops::ControlFlow;
use wenxi::core::analyze::analyze;
use wenxi::core::dict::Dictionary;
use wenxi::core::report::{DocumentReport, Report};

/// Runs `analyze`; returns the exit code.
pub fn run(args: &Args, dict: &Dictionary, out: &mut impl Write) -> std::io::Result<i32> {
    let work = |name: &str, doc: wenxi::core::decode::Decoded| {
        let mut go_on = |_: usize, _: usize| ControlFlow::Continue(());
        analyze(
            dict,
            name,
            doc.encoding,
            &doc.text,
            &args.options,
            &mut go_on,
        )
    };
    let mut report = Report::new();
    // Lines are written as results arrive; the first write error stops writing.
    let mut written: std::io::Result<()> = Ok(());
    let errors = each_document(args, work, |outcome| {
        if written.is_err() {
            return;
        }
        let line = match (args.output, outcome) {
            (Output::Json, Ok(Some(doc))) => {
                report.documents.push(doc);
                return;
            }
            (Output::Jsonl, Ok(Some(doc))) => jsonl(out, &doc),
            (Output::Summary, Ok(Some(doc))) => summary(out, &doc),
            (Output::Jsonl, Err(e)) => jsonl(out, e),
            _ => return,
        };
        written = line;
    });
    written?;
    if args.output == Output::Json {
        report.errors = errors.clone();
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if errors.is_empty() { 0 } else { 1 })
}

/// One value as one line of JSON.
fn jsonl(out: &mut impl Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// A few readable lines about one document.
fn summary(out: &mut impl Write, doc: &DocumentReport) -> std::io::Result<()> {
    writeln!(
        out,
        "{}\t{}\t{}\t{} words",
        doc.name,
        doc.encoding,
        doc.script.as_str(),
        doc.tokens
    )?;
    let terms: Vec<String> = doc
        .keywords
        .iter()
        .map(|k| format!("{}({:.3})", k.term, k.score))
        .collect();
    writeln!(out, "  {}", terms.join(" "))
}
