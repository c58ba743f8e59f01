//! `wenxi extract --csv KIND`: one table of the KIND of item found in every
//! file, as CSV for spreadsheets (see [`csv_document`]). Extraction runs with
//! jieba's tokens as hints, exactly as `analyze` (and the app) runs it.

use crate::args::Args;
use crate::run::each_document;
use std::io::Write;
use std::ops::ControlFlow;
use wenxi::core::analyze::{hints, prepare, tokens};
use wenxi::core::dict::Dictionary;
use wenxi::core::export::{csv_document, rows, Table};
use wenxi::core::extract::extract_with;

/// Runs `extract`; returns the exit code.
pub fn run(
    args: &Args,
    dict: &Dictionary,
    kind: Table,
    out: &mut impl Write,
) -> std::io::Result<i32> {
    let work = |name: &str, doc: wenxi::core::decode::Decoded| {
        let prepared = prepare(&doc.text, &args.options);
        let mut go_on = |_: usize, _: usize| ControlFlow::Continue(());
        let toks = tokens(dict, &prepared, &args.options, &mut go_on).unwrap_or_default();
        let x = extract_with(&prepared.text, &hints(dict, &prepared.text, &toks));
        rows(kind, name, (&x).into())
    };
    let mut table = Vec::new();
    let errors = each_document(args, work, |outcome| {
        if let Ok(rows) = outcome {
            table.extend(rows);
        }
    });
    out.write_all(csv_document(kind.header(), &table).as_bytes())?;
    Ok(if errors.is_empty() { 0 } else { 1 })
}
