//! Dispersion: where a term falls within each document (AntConc's
//! dispersion plot) and how evenly it is spread, by Juilland's D.
//!
//! Why: two words with the same frequency can behave very differently — 疫情
//! spread over a whole report, or 陈金虎 packed into one paragraph. The plot
//! shows it; D puts a number on it.
//!
//! How: positions are counted in word tokens ([`is_word`]), so a hit's place
//! is `index / words` in `[0, 1)`; each hit also carries its byte span in
//! the clean text (the tokens are given as spans) so the plot can open the
//! reader there. The term is matched as a whole token, like the frequency
//! table.
//!
//! Juilland's D (Juilland & Chang-Rodríguez 1964): split the text into `n`
//! parts, take the term's frequency `v_i` in each, their mean `x̄` and
//! population standard deviation `s`; the variation coefficient is `V = s /
//! x̄` and `D = 1 − V / √(n − 1)`, from 0 (all in one part) to 1 (perfectly
//! even). Within a document the parts are [`PARTS`] equal runs of its word
//! tokens (the last part takes the remainder); over the corpus the parts are
//! the documents. Parts of unequal size use relative frequencies `v_i /
//! size_i` (Gries 2008), which equals the classic formula when the sizes are
//! equal. D is `None` when the term does not occur, or when there are fewer
//! than two parts with words.

use super::Doc;
use crate::core::segment::{is_word, Token};
use serde::{Deserialize, Serialize};

/// Parts per document for the document's Juilland's D.
pub const PARTS: usize = 10;

/// One document of the plot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocDispersion {
    /// Index of the document.
    pub doc: usize,
    /// Its word tokens.
    pub words: usize,
    /// Occurrences of the term.
    pub count: usize,
    /// Where each occurrence falls: word index / word tokens, in `[0, 1)`.
    pub positions: Vec<f64>,
    /// The byte span of each occurrence in the clean text (parallel to
    /// `positions`; empty when no spans were given).
    pub spans: Vec<(usize, usize)>,
    /// Juilland's D over [`PARTS`] equal parts of the document.
    pub juilland_d: Option<f64>,
}

/// The dispersion of a term over a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dispersion {
    /// The term.
    pub term: String,
    /// Occurrences in the corpus.
    pub total: usize,
    /// One entry per document, in corpus order.
    pub docs: Vec<DocDispersion>,
    /// Juilland's D with the documents as parts.
    pub juilland_d: Option<f64>,
}

/// Juilland's D of frequencies `counts` in parts of sizes `sizes` (see the
/// module docs). Parts of size 0 are left out.
pub fn juilland_d(counts: &[usize], sizes: &[usize]) -> Option<f64> {
    let rates: Vec<f64> = counts
        .iter()
        .zip(sizes)
        .filter(|(_, &s)| s > 0)
        .map(|(&c, &s)| c as f64 / s as f64)
        .collect();
    let n = rates.len();
    if n < 2 {
        return None;
    }
    let mean = rates.iter().sum::<f64>() / n as f64;
    if mean <= 0.0 || !mean.is_finite() {
        return None;
    }
    let var = rates.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / n as f64;
    let v = var.sqrt() / mean;
    let d = 1.0 - v / ((n - 1) as f64).sqrt();
    d.is_finite().then(|| d.clamp(0.0, 1.0))
}

/// Sizes of `parts` near-equal runs of `len` items (the last takes the
/// remainder), and the part of item `i`.
fn part_sizes(len: usize, parts: usize) -> (usize, Vec<usize>) {
    let step = len.div_ceil(parts.max(1)).max(1);
    let sizes: Vec<usize> = (0..parts)
        .map(|p| len.saturating_sub(p * step).min(step))
        .collect();
    (step, sizes)
}

/// The dispersion of `term` (a whole token) over `docs`; `spans`, when
/// given, holds each document's token spans (parallel to its `words`).
pub fn dispersion<S: AsRef<str>>(docs: &[Doc<S>], spans: &[&[Token]], term: &str) -> Dispersion {
    let term = term.trim();
    let mut out = Vec::with_capacity(docs.len());
    for (di, d) in docs.iter().enumerate() {
        let toks = spans.get(di).copied().unwrap_or_default();
        let mut words = 0usize;
        let mut hits: Vec<(usize, Option<(usize, usize)>)> = Vec::new();
        for (i, w) in d.words.iter().enumerate() {
            let w = w.as_ref();
            if !is_word(w) {
                continue;
            }
            if w == term {
                hits.push((words, toks.get(i).map(|t| (t.start, t.end))));
            }
            words += 1;
        }
        let (step, sizes) = part_sizes(words, PARTS);
        let mut counts = vec![0usize; PARTS];
        for (k, _) in &hits {
            if let Some(c) = counts.get_mut(k / step) {
                *c += 1;
            }
        }
        let juilland = if hits.is_empty() {
            None
        } else {
            juilland_d(&counts, &sizes)
        };
        out.push(DocDispersion {
            doc: di,
            words,
            count: hits.len(),
            positions: hits
                .iter()
                .map(|(k, _)| *k as f64 / words.max(1) as f64)
                .collect(),
            spans: hits.iter().filter_map(|(_, s)| *s).collect(),
            juilland_d: juilland,
        });
    }
    let counts: Vec<usize> = out.iter().map(|d| d.count).collect();
    let sizes: Vec<usize> = out.iter().map(|d| d.words).collect();
    Dispersion {
        term: term.to_string(),
        total: counts.iter().sum(),
        juilland_d: juilland_d(&counts, &sizes),
        docs: out,
    }
}

/// The dispersion plot as a standalone SVG: one row per document (its name
/// on the left, `names` in corpus order), a tick at each occurrence, the
/// count and D on the right. Names are XML-escaped.
pub fn dispersion_svg(d: &Dispersion, names: &[&str]) -> String {
    use std::fmt::Write;
    let esc = super::svg::escape_xml;
    let (label_w, plot_w, right_w, row_h) = (180.0, 560.0, 140.0, 28.0);
    let width = label_w + plot_w + right_w;
    let height = row_h * (d.docs.len().max(1) as f64) + 40.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{}" font-size="12"><rect width="100%" height="100%" fill="#ffffff"/>"##,
        super::svg::FONT_FAMILY
    );
    let _ = write!(
        s,
        r##"<text x="{label_w}" y="16" fill="#333">{} · {} · D = {}</text>"##,
        esc(&d.term),
        d.total,
        d.juilland_d.map_or("–".to_string(), |x| format!("{x:.3}"))
    );
    for (row, doc) in d.docs.iter().enumerate() {
        let y = 28.0 + row as f64 * row_h;
        let name: String = names
            .get(doc.doc)
            .copied()
            .unwrap_or("")
            .chars()
            .take(14)
            .collect();
        let _ = write!(
            s,
            r##"<text x="4" y="{:.1}" fill="#333">{}</text><rect x="{label_w}" y="{:.1}" width="{plot_w}" height="{:.1}" fill="none" stroke="#999"/>"##,
            y + row_h * 0.6,
            esc(&name),
            y + 2.0,
            row_h - 4.0
        );
        for p in &doc.positions {
            let x = label_w + p.clamp(0.0, 1.0) * plot_w;
            let _ = write!(
                s,
                r##"<line x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{:.1}" stroke="#c0392b"/>"##,
                y + 3.0,
                y + row_h - 3.0
            );
        }
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" fill="#333">{} · D {}</text>"##,
            label_w + plot_w + 8.0,
            y + row_h * 0.6,
            doc.count,
            doc.juilland_d
                .map_or("–".to_string(), |x| format!("{x:.3}"))
        );
    }
    s.push_str("</svg>");
    s
}

/// One row per occurrence (document, position, byte offsets) plus the D of
/// each document, as CSV (UTF-8 with BOM).
pub fn dispersion_csv<S: AsRef<str>>(d: &Dispersion, names: &[S]) -> String {
    use crate::core::export::{csv_document, csv_safe, number_cell};
    let mut rows: Vec<Vec<String>> = Vec::new();
    for doc in &d.docs {
        let name = names.get(doc.doc).map_or("", AsRef::as_ref);
        let dd = doc.juilland_d.map(number_cell).unwrap_or_default();
        for (i, p) in doc.positions.iter().enumerate() {
            let (s, e) = doc.spans.get(i).copied().unwrap_or_default();
            rows.push(vec![
                csv_safe(name).into_owned(),
                csv_safe(&d.term).into_owned(),
                number_cell(*p),
                s.to_string(),
                e.to_string(),
                doc.count.to_string(),
                dd.clone(),
            ]);
        }
    }
    csv_document(
        &[
            "document",
            "term",
            "position",
            "start",
            "end",
            "count",
            "juilland_d",
        ],
        &rows,
    )
}
