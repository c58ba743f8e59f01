//! `wenxi clean`: the clean (and Simplified) text of every file, in order.

use crate::args::Args;
use crate::run::each_document;
use std::io::Write;
use wenxi::core::analyze::prepare;

/// Runs `clean`; returns the exit code.
pub fn run(args: &Args, out: &mut impl Write) -> std::io::Result<i32> {
    let work = |_: &str, doc: wenxi::core::decode::Decoded| {
        let mut text = prepare(&doc.text, &args.options).text;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text
    };
    let mut written = Ok(());
    let errors = each_document(args, work, |outcome| {
        if let (Ok(text), true) = (outcome, written.is_ok()) {
            written = out.write_all(text.as_bytes());
        }
    });
    written?;
    Ok(if errors.is_empty() { 0 } else { 1 })
}
