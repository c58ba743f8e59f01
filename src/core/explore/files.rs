//! Exploration results as files: CSV tables, file names, and one zip with
//! everything.
//!
//! Why: users take tables to Excel and pictures to reports; a file name that
//! carries the document or corpus name tells the downloads apart later.
//!
//! How: every table goes through [`csv_document`] (UTF-8 with BOM, CRLF,
//! quoted where needed) and every text cell through [`csv_safe`], so a term
//! such as `=cmd|…` cannot run as a spreadsheet formula; numbers are plain.
//! Rates are per 10 000 word tokens, as in the views. The zip is built with
//! the `zip` crate into memory, deflated, with the fixed default timestamp
//! (1980-01-01), so the same corpus always gives the same bytes.

use super::cloud::{corpus_cloud, CloudOptions};
use super::compare::{Comparison, Side};
use super::cooccur::{build_network, Network, NetworkOptions};
use super::freq::{frequency_table, FreqOptions, FreqTable, Scope};
use super::kwic::Concordance;
use super::svg::{cloud_svg, network_svg};
use super::trends::{DocDate, Trends};
use super::Doc;
use crate::core::export::{csv_document, csv_safe, number_cell, rows, Items, Table};
use crate::core::report::DocumentReport;
use crate::core::stopwords::Stopwords;
use std::collections::HashSet;
use std::io::Write;

fn text(s: &str) -> String {
    csv_safe(s).into_owned()
}

fn per_10k(n: usize, total: usize) -> String {
    if total == 0 {
        "0".to_string()
    } else {
        number_cell((n as f64 * 10_000.0 / total as f64 * 100.0).round() / 100.0)
    }
}

/// A file name part from a document name: the extension dropped, path
/// separators, control and reserved characters replaced by `_`, at most 60
/// characters; `wenxi` when nothing is left.
///
/// ```
/// use wenxi::core::explore::files::file_stem;
/// assert_eq!(file_stem("会议/无锡.txt"), "会议_无锡");
/// assert_eq!(file_stem(".txt"), "wenxi");
/// ```
pub fn file_stem(name: &str) -> String {
    let stem = match name.rsplit_once('.') {
        Some((a, ext)) if !a.is_empty() && ext.len() <= 5 && !ext.contains(['/', '\\']) => a,
        Some(("", _)) => "",
        _ => name,
    };
    let clean: String = stem
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .take(60)
        .collect();
    let clean = clean.trim().trim_matches('.').to_string();
    if clean.is_empty() {
        "wenxi".to_string()
    } else {
        clean
    }
}

/// The name of a corpus in file names: the document's stem for one
/// document, `{first stem}等{n}篇` ("and n documents") for more, `wenxi`
/// for none.
pub fn corpus_name<S: AsRef<str>>(names: &[S]) -> String {
    match names {
        [] => "wenxi".to_string(),
        [one] => file_stem(one.as_ref()),
        [first, ..] => format!("{}等{}篇", file_stem(first.as_ref()), names.len()),
    }
}

/// The frequency table as CSV: term, pos, count, per 10k, documents, TF-IDF.
pub fn frequency_csv(t: &FreqTable) -> String {
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| {
            vec![
                text(&r.term),
                r.pos.as_deref().map(text).unwrap_or_default(),
                r.count.to_string(),
                per_10k(r.count, t.total_tokens),
                r.doc_freq.to_string(),
                number_cell(r.tfidf),
            ]
        })
        .collect();
    csv_document(
        &["term", "pos", "count", "per_10k", "documents", "tfidf"],
        &rows,
    )
}

/// The comparison as CSV: term, counts and rates in A and B, G², log ratio
/// and the side (`a` or `b`) where the term is relatively more frequent.
pub fn compare_csv(c: &Comparison, name_a: &str, name_b: &str) -> String {
    let rows: Vec<Vec<String>> = c
        .terms
        .iter()
        .map(|t| {
            vec![
                text(&t.term),
                t.count_a.to_string(),
                t.count_b.to_string(),
                per_10k(t.count_a, c.size_a),
                per_10k(t.count_b, c.size_b),
                number_cell(t.g2),
                number_cell(t.log_ratio),
                match t.side {
                    Side::A => text(name_a),
                    Side::B => text(name_b),
                },
            ]
        })
        .collect();
    csv_document(
        &[
            "term",
            "count_a",
            "count_b",
            "per_10k_a",
            "per_10k_b",
            "g2",
            "log_ratio",
            "more_in",
        ],
        &rows,
    )
}

/// A date as `2021-08-30` (`08-30` without a year).
pub fn date_label(d: &DocDate) -> String {
    match d.year {
        Some(y) => format!("{y:04}-{:02}-{:02}", d.month, d.day),
        None => format!("{:02}-{:02}", d.month, d.day),
    }
}

/// The trends as CSV, one row per document in trend order: document, date,
/// then for each term its count and its rate per 10k.
pub fn trends_csv<S: AsRef<str>>(t: &Trends, names: &[S]) -> String {
    let mut header = vec!["document".to_string(), "date".to_string()];
    for s in &t.series {
        header.push(text(&s.term));
        header.push(text(&format!("{} per_10k", s.term)));
    }
    let rows: Vec<Vec<String>> = t
        .order
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let mut row = vec![
                text(names.get(i).map_or("", AsRef::as_ref)),
                t.dates
                    .get(k)
                    .copied()
                    .flatten()
                    .map(|d| date_label(&d))
                    .unwrap_or_default(),
            ];
            for s in &t.series {
                row.push(s.counts.get(k).copied().unwrap_or(0).to_string());
                row.push(number_cell(
                    (s.per_10k.get(k).copied().unwrap_or(0.0) * 100.0).round() / 100.0,
                ));
            }
            row
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    csv_document(&header, &rows)
}

/// The concordance as CSV: document, byte offset, left context, keyword,
/// right context.
pub fn concordance_csv<S: AsRef<str>>(k: &Concordance, names: &[S]) -> String {
    let rows: Vec<Vec<String>> = k
        .hits
        .iter()
        .map(|h| {
            vec![
                text(names.get(h.doc).map_or("", AsRef::as_ref)),
                h.start.to_string(),
                text(&h.left),
                text(&h.keyword),
                text(&h.right),
            ]
        })
        .collect();
    csv_document(&["document", "offset", "left", "keyword", "right"], &rows)
}

/// The network's edges as CSV: both terms, co-occurring sentences, Jaccard,
/// PMI.
pub fn network_csv(net: &Network) -> String {
    let rows: Vec<Vec<String>> = net
        .edges
        .iter()
        .filter_map(|e| {
            let (a, b) = (net.nodes.get(e.source)?, net.nodes.get(e.target)?);
            Some(vec![
                text(&a.term),
                text(&b.term),
                e.count.to_string(),
                number_cell(e.jaccard),
                number_cell(e.pmi),
            ])
        })
        .collect();
    csv_document(&["source", "target", "sentences", "jaccard", "pmi"], &rows)
}

/// Writes `(path, bytes)` entries into a deflated zip in memory.
pub fn zip_files(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (path, bytes) in entries {
            w.start_file(path.as_str(), opts)
                .map_err(|e| e.to_string())?;
            w.write_all(bytes).map_err(|e| e.to_string())?;
        }
        w.finish().map_err(|e| e.to_string())?;
    }
    Ok(buf.into_inner())
}

/// One analysed document for [`corpus_archive`].
pub struct ArchiveDoc<'a> {
    /// Its report (name, clean text, extraction).
    pub report: &'a DocumentReport,
    /// Its word tokens, in text order.
    pub words: Doc<&'a str>,
}

/// Everything about a corpus as `(file name, zip bytes)`:
///
/// - `reports/{document}.wenxi.json` — each report (the CLI's JSON);
/// - `texts/{document}.clean.txt` — each clean text;
/// - `tables/{corpus}.{entities|figures|quotes|outline}.csv` — the
///   extraction tables of all documents, with a document column;
/// - `{corpus}.frequency.csv` — the whole frequency table (every word);
/// - `{corpus}.cloud.svg`, `{corpus}.network.svg`, `{corpus}.network.csv`.
///
/// Documents with the same name get `-2`, `-3` … appended.
pub fn corpus_archive(
    docs: &[ArchiveDoc<'_>],
    stopwords: &Stopwords,
    cloud: &CloudOptions,
    network: &NetworkOptions,
) -> Result<(String, Vec<u8>), String> {
    let mut archive = Archive::default();
    while archive.step(docs, stopwords, cloud, network)? {}
    archive.finish(docs)
}

/// [`corpus_archive`] in steps (issue 20: long worker requests yield): one
/// document's report and text, then the tables, the frequency table, the
/// cloud and the network, each a step, so a caller can yield between them.
/// The caller passes the same documents to every step; stepping to the end
/// and [`finish`](Archive::finish)ing gives exactly what
/// [`corpus_archive`] gives.
#[derive(Default)]
pub struct Archive {
    entries: Vec<(String, Vec<u8>)>,
    seen: HashSet<String>,
    /// Steps done: one per document, then tables, frequency, cloud, network.
    done: usize,
}

impl Archive {
    /// Does the next step; `Ok(false)` once only [`finish`](Self::finish)
    /// is left.
    pub fn step(
        &mut self,
        docs: &[ArchiveDoc<'_>],
        stopwords: &Stopwords,
        cloud: &CloudOptions,
        network: &NetworkOptions,
    ) -> Result<bool, String> {
        let names: Vec<&str> = docs.iter().map(|d| d.report.name.as_str()).collect();
        let corpus = corpus_name(&names);
        let words = || -> Vec<Doc<&str>> { docs.iter().map(|d| d.words.clone()).collect() };
        let step = self.done;
        self.done += 1;
        if let Some(d) = docs.get(step) {
            let base = file_stem(&d.report.name);
            let mut stem = base.clone();
            let mut n = 1;
            while !self.seen.insert(stem.clone()) {
                n += 1;
                stem = format!("{base}-{n}");
            }
            let json = serde_json::to_string_pretty(d.report).map_err(|e| e.to_string())?;
            self.entries
                .push((format!("reports/{stem}.wenxi.json"), json.into_bytes()));
            self.entries.push((
                format!("texts/{stem}.clean.txt"),
                d.report.clean_text.clone().into_bytes(),
            ));
            return Ok(true);
        }
        match step - docs.len() {
            0 => {
                for table in [
                    Table::Entities,
                    Table::Figures,
                    Table::Quotes,
                    Table::Outline,
                ] {
                    let all: Vec<Vec<String>> = docs
                        .iter()
                        .flat_map(|d| rows(table, &d.report.name, Items::from(d.report)))
                        .collect();
                    self.entries.push((
                        format!("tables/{corpus}.{}.csv", table.name()),
                        csv_document(table.header(), &all).into_bytes(),
                    ));
                }
            }
            1 => {
                let freq = frequency_table(
                    &words(),
                    Scope::Corpus,
                    None,
                    stopwords,
                    &FreqOptions {
                        remove_stopwords: false,
                        ..FreqOptions::default()
                    },
                );
                self.entries.push((
                    format!("{corpus}.frequency.csv"),
                    frequency_csv(&freq).into_bytes(),
                ));
            }
            2 => {
                let layout = corpus_cloud(&words(), stopwords, cloud);
                self.entries.push((
                    format!("{corpus}.cloud.svg"),
                    cloud_svg(&layout, &[]).into_bytes(),
                ));
            }
            3 => {
                let net = build_network(&words(), stopwords, network);
                self.entries.push((
                    format!("{corpus}.network.svg"),
                    network_svg(&net, &[]).into_bytes(),
                ));
                self.entries.push((
                    format!("{corpus}.network.csv"),
                    network_csv(&net).into_bytes(),
                ));
            }
            _ => {
                self.done -= 1;
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The archive's name and zip bytes (after the last step).
    pub fn finish(self, docs: &[ArchiveDoc<'_>]) -> Result<(String, Vec<u8>), String> {
        let names: Vec<&str> = docs.iter().map(|d| d.report.name.as_str()).collect();
        let corpus = corpus_name(&names);
        Ok((format!("{corpus}.wenxi.zip"), zip_files(&self.entries)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::compare::compare_words;
    use crate::core::explore::trends::trends;

    #[test]
    fn stems_and_corpus_names() {
        assert_eq!(
            file_stem("002_a0fdc7360642034d.txt"),
            "002_a0fdc7360642034d"
        );
        assert_eq!(file_stem("a/b\\c:d.html"), "a_b_c_d");
        assert_eq!(file_stem("v1.2 报告"), "v1.2 报告");
        assert_eq!(file_stem(""), "wenxi");
        assert_eq!(file_stem("\u{1}x\n"), "_x_");
        assert_eq!(corpus_name::<&str>(&[]), "wenxi");
        assert_eq!(corpus_name(&["无锡.txt"]), "无锡");
        assert_eq!(corpus_name(&["无锡.txt", "常州.txt", "x"]), "无锡等3篇");
    }

    #[test]
    fn csv_tables_are_safe_and_have_headers() {
        let a = ["=cmd", "=cmd", "=cmd", "项目"];
        let b = ["项目", "项目", "项目", "经济"];
        let c = compare_words(a, b, &Stopwords::default(), &Default::default());
        let csv = compare_csv(&c, "甲", "乙");
        assert!(csv.starts_with("\u{FEFF}term,count_a,count_b,per_10k_a"));
        assert!(csv.contains("'=cmd,3,0,7500,0,"), "{csv}");
        assert!(csv.contains(",甲\r\n") && csv.contains(",乙\r\n"));
        let docs = [
            Doc {
                name: "2021-01-02 a",
                words: vec!["项目", "项目"],
                tags: vec![],
            },
            Doc {
                name: "2020-05-06 b",
                words: vec!["项目", "经济"],
                tags: vec![],
            },
        ];
        let t = trends::<_, &str, &str>(&docs, &[], &["项目"]);
        let csv = trends_csv(&t, &["a.txt", "b.txt"]);
        assert_eq!(
            csv,
            "\u{FEFF}document,date,项目,项目 per_10k\r\nb.txt,2020-05-06,1,5000\r\na.txt,2021-01-02,2,10000\r\n"
        );
    }

    #[test]
    fn zip_round_trips() {
        let bytes = zip_files(&[
            ("a/项目.csv".to_string(), b"x,y".to_vec()),
            ("b.svg".to_string(), b"<svg/>".to_vec()),
        ])
        .unwrap();
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let names: Vec<String> = z.file_names().map(str::to_string).collect();
        assert_eq!(names, ["a/项目.csv", "b.svg"]);
        let mut s = String::new();
        std::io::Read::read_to_string(&mut z.by_name("b.svg").unwrap(), &mut s).unwrap();
        assert_eq!(s, "<svg/>");
        // deterministic
        assert_eq!(
            bytes,
            zip_files(&[
                ("a/项目.csv".to_string(), b"x,y".to_vec()),
                ("b.svg".to_string(), b"<svg/>".to_vec()),
            ])
            .unwrap()
        );
    }
}
