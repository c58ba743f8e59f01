//! `wenxi extract --csv KIND`: one table of the KIND of item found in every
//! file, as CSV for spreadsheets (see [`csv_document`]).

use crate::args::Args;
use crate::run::each_document;
use std::io::Write;
use wenxi::core::analyze::prepare;
use wenxi::core::export::{csv_document, rows, Table};
use wenxi::core::extract::extract;

/// Runs `extract`; returns the exit code.
pub fn run(args: &Args, kind: Table, out: &mut impl Write) -> std::io::Result<i32> {
    let work = |name: &str, doc: wenxi::core::decode::Decoded| {
        let x = extract(&prepare(&doc.text, &args.options).text);
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
