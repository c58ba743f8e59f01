//! `wenxi diff OLD NEW`: what changed between two versions of a report
//! (see `wenxi::core::diff`); `series.rs` holds `wenxi series`.
//!
//! Both read and analyse their files like `analyze` (same options), then
//! print the comparison: the JSON contract of `core::diff::contract` with
//! `--json`, else a readable summary. Exit codes as `analyze`: 1 when a file
//! cannot be read or decoded (nothing is compared), 2 for usage errors
//! (`diff` takes exactly two files).

use crate::args::{Args, Output};
use crate::run::each_document;
use std::io::Write;
use std::ops::ControlFlow;
use wenxi::core::analyze::{prepare, report, tokens};
use wenxi::core::dict::Dictionary;
use wenxi::core::diff::{
    contract::to_json, diff_documents, DiffDoc, DiffOptions, OpKind, TargetRow, VersionDiff, WordOp,
};
use wenxi::core::report::DocumentReport;
use wenxi::core::segment::Token;

/// An analysed file: its report (with the clean text) and its tokens.
pub struct Analysed {
    report: DocumentReport,
    tokens: Vec<Token>,
}

impl Analysed {
    /// The file as a document to compare.
    pub fn doc(&self) -> DiffDoc<'_> {
        DiffDoc::from_report(&self.report, &self.tokens)
    }
}

/// Reads and analyses every file (on `--jobs` threads, in input order);
/// `Err(exit code)` after naming the files that failed on stderr.
pub fn analyse_files(args: &Args, dict: &Dictionary) -> Result<Vec<Analysed>, i32> {
    let work = |name: &str, decoded: wenxi::core::decode::Decoded| {
        let prepared = prepare(&decoded.text, &args.options);
        let mut go_on = |_: usize, _: usize| ControlFlow::Continue(());
        let toks = tokens(dict, &prepared, &args.options, &mut go_on).unwrap_or_default();
        let report = report(dict, name, decoded.encoding, prepared, &toks, &args.options);
        Analysed {
            report,
            tokens: toks,
        }
    };
    let mut out = Vec::new();
    let errors = each_document(args, work, |outcome| {
        if let Ok(a) = outcome {
            out.push(a);
        }
    });
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(1)
    }
}

/// Runs `diff` (exactly two files: OLD NEW); returns the exit code.
pub fn run(args: &Args, dict: &Dictionary, out: &mut impl Write) -> std::io::Result<i32> {
    match analyse_files(args, dict) {
        Ok(files) => write_diff(out, &files, args.output == Output::Json).map(|_| 0),
        Err(code) => Ok(code),
    }
}

/// `wenxi diff`: compares two analysed files and prints the result.
pub fn write_diff(out: &mut impl Write, files: &[Analysed], json: bool) -> std::io::Result<()> {
    let [old, new] = files else {
        return Ok(());
    };
    let diff = diff_documents(&old.doc(), &new.doc(), &DiffOptions::default());
    let (a, b) = (&old.report.clean_text, &new.report.clean_text);
    if json {
        serde_json::to_writer_pretty(&mut *out, &to_json(&diff, a, b))?;
        return writeln!(out);
    }
    summary(out, &diff, a, b)
}

fn summary(out: &mut impl Write, diff: &VersionDiff, a: &str, b: &str) -> std::io::Result<()> {
    writeln!(out, "{} → {}", diff.old_name, diff.new_name)?;
    if diff.is_identical() {
        writeln!(out, "两篇文本相同，没有改动 / identical: no changes")?;
    }
    let minor = diff.ops.iter().filter(|o| o.minor).count();
    writeln!(
        out,
        "句子 / sentences: {} added, {} removed, {} changed ({minor} renumbering only), {} moved, {} unchanged",
        diff.count(OpKind::Added),
        diff.count(OpKind::Removed),
        diff.count(OpKind::Changed),
        diff.count(OpKind::MovedTo),
        diff.count(OpKind::Same),
    )?;
    for n in &diff.notices {
        writeln!(
            out,
            "note: {}",
            serde_json::to_string(n).unwrap_or_default()
        )?;
    }
    let cut = |t: &str, s: Option<wenxi::core::diff::Span>| {
        s.and_then(|s| t.get(s.start..s.end))
            .unwrap_or("")
            .to_string()
    };
    for o in diff.ops.iter().filter(|o| o.is_change()) {
        match o.kind {
            OpKind::Added => writeln!(out, "+ {}", cut(b, o.new))?,
            OpKind::Removed => writeln!(out, "- {}", cut(a, o.old))?,
            OpKind::MovedTo => writeln!(out, "> {}  (moved / 移动)", cut(b, o.new))?,
            OpKind::Changed => {
                let marked: String = o
                    .tokens
                    .iter()
                    .map(|t| match t.op {
                        WordOp::Same => t.text.clone(),
                        WordOp::Delete => format!("[-{}-]", t.text),
                        WordOp::Insert => format!("{{+{}+}}", t.text),
                    })
                    .collect();
                let tag = if o.minor {
                    "  (renumbered / 编号)"
                } else {
                    ""
                };
                writeln!(out, "~ {marked}{tag}")?;
            }
            _ => {}
        }
    }
    let terms = |t: &[wenxi::core::diff::TermChange]| {
        t.iter()
            .map(|t| format!("{}({})", t.term, t.count))
            .collect::<Vec<_>>()
            .join(" ")
    };
    writeln!(out, "新提法 / new terms: {}", terms(&diff.new_terms))?;
    writeln!(
        out,
        "不再出现 / dropped terms: {}",
        terms(&diff.dropped_terms)
    )?;
    writeln!(out, "目标 / targets:")?;
    for r in &diff.targets {
        write_target(out, r)?;
    }
    Ok(())
}

/// One target row: indicator, values in order, change.
pub fn write_target(out: &mut impl Write, r: &TargetRow) -> std::io::Result<()> {
    let cells: Vec<String> = r
        .values
        .iter()
        .map(|v| v.as_ref().map_or("—".to_string(), |v| v.text.clone()))
        .collect();
    writeln!(
        out,
        "  {}\t{}\t{}",
        r.indicator,
        cells.join(" → "),
        r.change.name()
    )
}
