//! Files of a comparison: CSV tables (sentences, terms, targets), the JSON
//! contract, and a printable HTML report of every change.
//!
//! CSV files are UTF-8 with a byte-order mark and formula-like cells
//! neutralised ([`crate::core::export::csv_document`]). The HTML report is
//! one self-contained page with its styles inline and no script; every
//! piece of document text in it is escaped, so a document containing
//! `<script>` shows those characters and runs nothing. Labels are in
//! Chinese and English, as the CLI's.

use super::contract::to_json;
use super::sentences::{OpKind, Span};
use super::words::WordOp;
use super::{Notice, TermChange, VersionDiff};
use crate::core::explore::files::file_stem;
use crate::core::explore::svg::escape_xml;
use crate::core::export::{csv_document, csv_safe, number_cell};
use std::fmt::Write;

/// Which file of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DiffFile {
    /// Every change, one sentence per row.
    SentencesCsv,
    /// New and dropped terms.
    TermsCsv,
    /// Targets by indicator.
    TargetsCsv,
    /// The whole comparison in the CLI's JSON contract.
    Json,
    /// The `sentences` part of the contract.
    SentencesJson,
    /// The `terms` part of the contract.
    TermsJson,
    /// The `figures` part of the contract.
    TargetsJson,
    /// A printable HTML report.
    Html,
}

fn cut(text: &str, s: Option<Span>) -> &str {
    s.and_then(|s| text.get(s.start..s.end)).unwrap_or("")
}

/// The file name stem: `{old}-vs-{new}`.
pub fn stem(diff: &VersionDiff) -> String {
    format!(
        "{}-vs-{}",
        file_stem(&diff.old_name),
        file_stem(&diff.new_name)
    )
}

/// Every changed sentence as CSV: kind, minor, old, new, offsets.
pub fn sentences_csv(diff: &VersionDiff, old: &str, new: &str) -> String {
    let rows: Vec<Vec<String>> = diff
        .ops
        .iter()
        .filter(|o| o.is_change() && o.kind != OpKind::MovedFrom)
        .map(|o| {
            let kind = match o.kind {
                OpKind::Added => "added",
                OpKind::Removed => "removed",
                OpKind::Changed => "changed",
                _ => "moved",
            };
            let span = |s: Option<Span>, f: fn(Span) -> usize| s.map(f).map(|v| v.to_string());
            vec![
                kind.to_string(),
                o.minor.to_string(),
                csv_safe(cut(old, o.old)).into_owned(),
                csv_safe(cut(new, o.new)).into_owned(),
                span(o.old, |s| s.start).unwrap_or_default(),
                span(o.old, |s| s.end).unwrap_or_default(),
                span(o.new, |s| s.start).unwrap_or_default(),
                span(o.new, |s| s.end).unwrap_or_default(),
            ]
        })
        .collect();
    csv_document(
        &[
            "change",
            "minor",
            "old",
            "new",
            "old_start",
            "old_end",
            "new_start",
            "new_end",
        ],
        &rows,
    )
}

/// New and dropped terms as CSV: change, term, count, quoted, score.
pub fn terms_csv(diff: &VersionDiff) -> String {
    let row = |kind: &str, t: &TermChange| {
        vec![
            kind.to_string(),
            csv_safe(&t.term).into_owned(),
            t.count.to_string(),
            t.quoted.to_string(),
            format!("{:.3}", t.score),
        ]
    };
    let rows: Vec<Vec<String>> = diff
        .new_terms
        .iter()
        .map(|t| row("new", t))
        .chain(diff.dropped_terms.iter().map(|t| row("dropped", t)))
        .collect();
    csv_document(&["change", "term", "count", "quoted", "score"], &rows)
}

/// Targets as CSV: indicator, old and new text, value, unit, change, delta.
pub fn targets_csv(diff: &VersionDiff) -> String {
    let rows: Vec<Vec<String>> = diff
        .targets
        .iter()
        .map(|r| {
            let side = |i: usize| r.values.get(i).and_then(Option::as_ref);
            let text = |i: usize| side(i).map_or(String::new(), |v| csv_safe(&v.text).into_owned());
            let value = |i: usize| side(i).map_or(String::new(), |v| number_cell(v.value));
            let unit = |i: usize| side(i).map_or(String::new(), |v| csv_safe(&v.unit).into_owned());
            vec![
                csv_safe(&r.indicator).into_owned(),
                text(0),
                value(0),
                unit(0),
                text(1),
                value(1),
                unit(1),
                r.change.name().to_string(),
                r.delta.map(number_cell).unwrap_or_default(),
            ]
        })
        .collect();
    csv_document(
        &[
            "indicator",
            "old",
            "old_value",
            "old_unit",
            "new",
            "new_value",
            "new_unit",
            "change",
            "delta",
        ],
        &rows,
    )
}

/// The comparison in the JSON contract, pretty-printed.
pub fn json(diff: &VersionDiff, old: &str, new: &str) -> String {
    serde_json::to_string_pretty(&to_json(diff, old, new)).unwrap_or_else(|_| "{}".to_string())
}

fn notice_text(n: Notice) -> &'static str {
    match n {
        Notice::Identical => "两篇文本相同，没有改动 / The texts are identical: no changes",
        Notice::ParagraphLevel => {
            "文本过长，按段落对比 / Texts too long: compared paragraph by paragraph"
        }
        Notice::WordsLimited => {
            "部分改动过长，未逐词对比 / Some changes too long for a word-level comparison"
        }
        Notice::OldEmpty => "旧版本没有文字 / The old version has no text",
        Notice::NewEmpty => "新版本没有文字 / The new version has no text",
        Notice::Unrelated => "两篇文本几乎没有相同句子 / The texts share almost no sentences",
    }
}

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}\
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}\
.added{background:#e6f4ea}.removed{background:#fce8e6}.moved{background:#e8f0fe}.changed{background:#fef7e0}\
ins{background:#a8dab5;text-decoration:none}del{background:#f4b4ae}.minor{color:#666}.changed-row{background:#fef7e0}\
@media print{h2{break-after:avoid}tr{break-inside:avoid}}";

/// A printable HTML report of every change, every document text escaped.
pub fn html_report(diff: &VersionDiff, old: &str, new: &str) -> String {
    let e = escape_xml;
    let mut h = String::new();
    let title = format!("{} → {}", diff.old_name, diff.new_name);
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>对比 / Changes: {}</title><style>{STYLE}</style></head><body>\n<h1>对比 / Changes: {}</h1>\n",
        e(&title),
        e(&title)
    );
    let counts = [
        ("新增 / Added", diff.count(OpKind::Added)),
        ("删除 / Removed", diff.count(OpKind::Removed)),
        ("改写 / Changed", diff.count(OpKind::Changed)),
        ("移动 / Moved", diff.count(OpKind::MovedTo)),
        ("未变 / Unchanged", diff.count(OpKind::Same)),
    ];
    h.push_str("<p>");
    for (label, n) in counts {
        let _ = write!(h, "{label}: {n}　");
    }
    h.push_str("</p>\n");
    for n in &diff.notices {
        let _ = writeln!(h, "<p><strong>{}</strong></p>", notice_text(*n));
    }
    h.push_str("<h2>句子 / Sentences</h2>\n<table>\n");
    for o in diff.ops.iter().filter(|o| o.is_change()) {
        let (class, label) = match o.kind {
            OpKind::Added => ("added", "新增 / Added"),
            OpKind::Removed => ("removed", "删除 / Removed"),
            OpKind::Changed if o.minor => ("changed minor", "编号 / Renumbered"),
            OpKind::Changed => ("changed", "改写 / Changed"),
            OpKind::MovedFrom => ("moved", "移出 / Moved from here"),
            _ => ("moved", "移入 / Moved here"),
        };
        let _ = write!(h, "<tr class=\"{class}\"><th>{label}</th><td>");
        if o.kind == OpKind::Changed && !o.tokens.is_empty() {
            for t in &o.tokens {
                match t.op {
                    WordOp::Same => h.push_str(&e(&t.text)),
                    WordOp::Insert => {
                        let _ = write!(h, "<ins>{}</ins>", e(&t.text));
                    }
                    WordOp::Delete => {
                        let _ = write!(h, "<del>{}</del>", e(&t.text));
                    }
                }
            }
        } else if o.kind == OpKind::Removed || o.kind == OpKind::MovedFrom {
            h.push_str(&e(cut(old, o.old)));
        } else {
            h.push_str(&e(cut(new, o.new)));
        }
        h.push_str("</td></tr>\n");
    }
    h.push_str("</table>\n");
    for (label, terms) in [
        ("新提法 / New terms", &diff.new_terms),
        ("不再出现 / Dropped terms", &diff.dropped_terms),
    ] {
        let _ = writeln!(
            h,
            "<h2>{label}</h2>\n<table><tr><th>词语 / Term</th><th>次数 / Count</th></tr>"
        );
        for t in terms {
            let _ = writeln!(h, "<tr><td>{}</td><td>{}</td></tr>", e(&t.term), t.count);
        }
        h.push_str("</table>\n");
    }
    h.push_str("<h2>目标 / Targets</h2>\n<table><tr><th>指标 / Indicator</th><th>");
    h.push_str(&e(&diff.old_name));
    h.push_str("</th><th>");
    h.push_str(&e(&diff.new_name));
    h.push_str("</th><th>变化 / Change</th></tr>\n");
    for r in &diff.targets {
        let side = |i: usize| {
            r.values
                .get(i)
                .and_then(Option::as_ref)
                .map_or(String::from("—"), |v| e(&v.text))
        };
        let _ = writeln!(
            h,
            "<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            if r.is_changed() {
                " class=\"changed-row\""
            } else {
                ""
            },
            e(&r.indicator),
            side(0),
            side(1),
            r.change.name()
        );
    }
    h.push_str("</table>\n</body></html>\n");
    h
}

fn part<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".to_string())
}

/// The file `kind` of a comparison: (file name, MIME type, contents).
pub fn diff_file(
    kind: DiffFile,
    diff: &VersionDiff,
    old: &str,
    new: &str,
) -> (String, &'static str, String) {
    const CSV: &str = "text/csv;charset=utf-8";
    let stem = stem(diff);
    match kind {
        DiffFile::SentencesCsv => (
            format!("{stem}.sentences.csv"),
            CSV,
            sentences_csv(diff, old, new),
        ),
        DiffFile::TermsCsv => (format!("{stem}.terms.csv"), CSV, terms_csv(diff)),
        DiffFile::TargetsCsv => (format!("{stem}.targets.csv"), CSV, targets_csv(diff)),
        DiffFile::Json => (
            format!("{stem}.diff.json"),
            "application/json",
            json(diff, old, new),
        ),
        DiffFile::SentencesJson => (
            format!("{stem}.sentences.json"),
            "application/json",
            part(&to_json(diff, old, new).sentences),
        ),
        DiffFile::TermsJson => (
            format!("{stem}.terms.json"),
            "application/json",
            part(&to_json(diff, old, new).terms),
        ),
        DiffFile::TargetsJson => (
            format!("{stem}.targets.json"),
            "application/json",
            part(&to_json(diff, old, new).figures),
        ),
        DiffFile::Html => (
            format!("{stem}.diff.html"),
            "text/html;charset=utf-8",
            html_report(diff, old, new),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diff::{diff_documents, DiffDoc, DiffOptions};

    #[test]
    fn the_html_report_escapes_document_text() {
        let a = DiffDoc {
            name: "<b>旧</b>.txt",
            text: "第一句。",
            tokens: &[],
            figures: &[],
            quotes: &[],
        };
        let b = DiffDoc {
            name: "new.txt",
            text: "第一句。<script>alert(1)</script>新增“引号”&。",
            ..a
        };
        let d = diff_documents(&a, &b, &DiffOptions::default());
        let (name, mime, html) = diff_file(DiffFile::Html, &d, a.text, b.text);
        assert!(name.ends_with(".diff.html") && mime.starts_with("text/html"));
        assert!(!html.contains("<script>") && !html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let (_, _, csv) = diff_file(DiffFile::SentencesCsv, &d, a.text, b.text);
        assert!(csv.starts_with('\u{FEFF}') && csv.contains("added"));
    }
}
