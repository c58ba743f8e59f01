//! `wenxi series FILE...`: terms' first and last appearance and targets
//! over versions of a report in date order (dates from file names or first
//! lines, as the trends view reads them). Files are read and analysed by
//! [`super::diff::analyse_files`].

use crate::args::{Args, Output};
use crate::diff::{analyse_files, write_target, Analysed};
use std::io::Write;
use wenxi::core::dict::Dictionary;
use wenxi::core::diff::{series, DiffDoc, DiffOptions, SeriesDiff};
use wenxi::core::explore::files::date_label;

/// Runs `series`; returns the exit code.
pub fn run(args: &Args, dict: &Dictionary, out: &mut impl Write) -> std::io::Result<i32> {
    match analyse_files(args, dict) {
        Ok(files) => write_series(out, &files, args.output == Output::Json).map(|_| 0),
        Err(code) => Ok(code),
    }
}

/// `wenxi series`: terms and targets over the files in date order.
pub fn write_series(out: &mut impl Write, files: &[Analysed], json: bool) -> std::io::Result<()> {
    let docs: Vec<DiffDoc> = files.iter().map(Analysed::doc).collect();
    let s = series(&docs, &DiffOptions::default());
    if json {
        serde_json::to_writer_pretty(&mut *out, &series_json(&s))?;
        return writeln!(out);
    }
    writeln!(out, "文档 / documents (date order):")?;
    for (i, d) in s.docs.iter().enumerate() {
        let date = d.date.as_ref().map(date_label).unwrap_or_default();
        writeln!(out, "  {}\t{}\t{}", i + 1, date, d.name)?;
    }
    writeln!(out, "提法 / terms (first–last document: counts):")?;
    for t in &s.terms {
        let counts: Vec<String> = t.counts.iter().map(usize::to_string).collect();
        writeln!(
            out,
            "  {}\t{}–{}\t{}",
            t.term,
            t.first + 1,
            t.last + 1,
            counts.join(" ")
        )?;
    }
    writeln!(out, "目标 / targets:")?;
    for r in &s.targets {
        write_target(out, r)?;
    }
    Ok(())
}

/// The JSON of `wenxi series --json`:
/// `{tool, version, documents: [{name, date}], terms: [{term, counts, first, last, quoted}],
/// figures: [{indicator, values: [{text, value, unit, …} | null], change, delta}]}`.
fn series_json(s: &SeriesDiff) -> serde_json::Value {
    serde_json::json!({
        "tool": "wenxi",
        "version": env!("CARGO_PKG_VERSION"),
        "documents": s.docs.iter().map(|d| serde_json::json!({
            "name": d.name,
            "date": d.date.as_ref().map(date_label),
        })).collect::<Vec<_>>(),
        "terms": s.terms.iter().map(|t| serde_json::json!({
            "term": t.term,
            "counts": t.counts,
            "first": t.first,
            "last": t.last,
            "quoted": t.quoted,
        })).collect::<Vec<_>>(),
        "figures": s.targets.iter().map(|r| serde_json::json!({
            "indicator": r.indicator,
            "values": r.values.iter().map(|v| v.as_ref().map(|v| serde_json::json!({
                "text": v.text,
                "value": v.value,
                "unit": v.unit,
                "direction": v.direction,
                "qualifier": v.qualifier,
            }))).collect::<Vec<_>>(),
            "change": r.change.name(),
            "delta": r.delta,
        })).collect::<Vec<_>>(),
    })
}
