//! Trends: how often chosen terms occur across documents, in date order.
//!
//! Why: a corpus of monthly meeting reports tells a story over time — 项目
//! rising, 疫情 fading — once documents are in date order.
//!
//! How: a date is looked for in the document's name, then in its first
//! non-empty line: `2021年8月30日`, `2021-08-30` (or `/`, `.`), `20210830`
//! (a valid month and day required), and `8月30日` without a year. Only full
//! dates reorder: documents with one are sorted by date among the positions
//! dated documents occupy (stable, so equal dates keep corpus order), while
//! documents without a year or without a date keep their corpus position.
//! Counts are exact token matches; the rate is per 10 000 word tokens of
//! the document (0 for a document without words).

use super::Doc;
use crate::core::segment::is_word;
use serde::{Deserialize, Serialize};

/// A date found in a document; `year` is `None` for `8月30日`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocDate {
    /// The year, if written.
    pub year: Option<i32>,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

/// One term's series in document order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// The term.
    pub term: String,
    /// Count per document, in `Trends::order`.
    pub counts: Vec<usize>,
    /// Occurrences per 10 000 word tokens, in `Trends::order`.
    pub per_10k: Vec<f64>,
}

/// The document order and the series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trends {
    /// Corpus indices of the documents in trend order.
    pub order: Vec<usize>,
    /// The date found for each document, in trend order.
    pub dates: Vec<Option<DocDate>>,
    /// One series per requested term, in request order.
    pub series: Vec<Series>,
}

/// A full-date matcher: at a byte offset, `(year, month, day, end)`.
type FullDate = fn(&str, usize) -> Option<(u32, u32, u32, usize)>;

/// The ASCII digits of `b` from `i`, at most `max` of them: (value, count).
fn digits(b: &[u8], i: usize, max: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while n < max && b.get(i + n).is_some_and(u8::is_ascii_digit) {
        v = v * 10 + u32::from(b[i + n] - b'0');
        n += 1;
    }
    (v, n)
}

/// Skips whitespace (as Unicode defines it) from byte `i` of `t`.
fn skip_space(t: &str, mut i: usize) -> usize {
    while let Some(c) = t.get(i..).and_then(|r| r.chars().next()) {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// `\d{1,2}` then optional whitespace then `unit` at byte `i` (greedy, as a
/// regular expression backtracks): (value, end after the unit).
fn number_then(t: &str, i: usize, unit: &str) -> Option<(u32, usize)> {
    let b = t.as_bytes();
    let (_, n) = digits(b, i, 2);
    (1..=n).rev().find_map(|len| {
        let (v, _) = digits(b, i, len);
        let j = skip_space(t, i + len);
        t.get(j..)?.starts_with(unit).then(|| (v, j + unit.len()))
    })
}

/// `2021年8月30日` (with optional spaces) at byte `i`: (y, m, d, end).
fn full_cjk(t: &str, i: usize) -> Option<(u32, u32, u32, usize)> {
    let (y, n) = digits(t.as_bytes(), i, 4);
    if n < 4 {
        return None;
    }
    let j = skip_space(t, i + 4);
    if !t.get(j..)?.starts_with('年') {
        return None;
    }
    let (m, j) = number_then(t, skip_space(t, j + '年'.len_utf8()), "月")?;
    let (d, j) = number_then(t, skip_space(t, j), "日")?;
    Some((y, m, d, j))
}

/// `2021-08-30` (or with `/` or `.`) at byte `i`.
fn full_iso(t: &str, i: usize) -> Option<(u32, u32, u32, usize)> {
    let b = t.as_bytes();
    let (y, n) = digits(b, i, 4);
    if n < 4 || !matches!(b.get(i + 4), Some(b'-' | b'/' | b'.')) {
        return None;
    }
    let (m, mn) = digits(b, i + 5, 2);
    if mn == 0 || !matches!(b.get(i + 5 + mn), Some(b'-' | b'/' | b'.')) {
        return None;
    }
    let (d, dn) = digits(b, i + 6 + mn, 2);
    (dn > 0).then_some((y, m, d, i + 6 + mn + dn))
}

/// `20210830` (a year 19xx or 20xx) standing alone at byte `i`.
fn full_compact(t: &str, i: usize) -> Option<(u32, u32, u32, usize)> {
    let b = t.as_bytes();
    let (_, n) = digits(b, i, 9);
    let alone_before = !t[..i].chars().next_back().is_some_and(|c| c.is_numeric());
    if n != 8 || !alone_before || !matches!(&b[i..i + 2], b"19" | b"20") {
        return None;
    }
    let after = t[i + 8..].chars().next();
    let (y, _) = digits(b, i, 4);
    let (m, _) = digits(b, i + 4, 2);
    let (d, _) = digits(b, i + 6, 2);
    Some((y, m, d, i + 8 + after.map_or(0, char::len_utf8)))
}

/// Finds the first date in `text` (full dates preferred over month–day):
/// `2021年8月30日`, `2021-08-30`, `20210830`, then `8月30日`. Written by hand
/// (not with regular expressions) because the page uses it too, and the
/// regex crate would double the page's code before first paint.
pub fn parse_date(text: &str) -> Option<DocDate> {
    let valid = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    let full: [FullDate; 3] = [full_cjk, full_iso, full_compact];
    for find in full {
        let mut i = 0;
        while i < text.len() {
            match find(text, i) {
                Some((y, m, d, _)) if valid(m, d) => {
                    return Some(DocDate {
                        year: Some(y as i32),
                        month: m,
                        day: d,
                    })
                }
                Some((_, _, _, end)) => i = end.max(i + 1),
                None => i += text[i..].chars().next().map_or(1, char::len_utf8),
            }
        }
    }
    let mut i = 0;
    while i < text.len() {
        let md = number_then(text, i, "月").and_then(|(m, j)| {
            let (d, end) = number_then(text, skip_space(text, j), "日")?;
            Some((m, d, end))
        });
        match md {
            Some((m, d, _)) if valid(m, d) => {
                return Some(DocDate {
                    year: None,
                    month: m,
                    day: d,
                })
            }
            Some((_, _, end)) => i = end.max(i + 1),
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    None
}

/// The date of a document from its name, else from its first non-empty line.
pub fn document_date(name: &str, text: &str) -> Option<DocDate> {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    match parse_date(name) {
        Some(d) if d.year.is_some() => Some(d),
        from_name => parse_date(first)
            .filter(|d| d.year.is_some())
            .or(from_name)
            .or_else(|| parse_date(first)),
    }
}

/// The trend order of documents with the given dates (see the module docs).
pub fn date_order(dates: &[Option<DocDate>]) -> Vec<usize> {
    let full = |i: &usize| dates[*i].is_some_and(|d| d.year.is_some());
    let slots: Vec<usize> = (0..dates.len()).filter(full).collect();
    let mut sorted = slots.clone();
    sorted.sort_by_key(|&i| (dates[i], i));
    let mut order: Vec<usize> = (0..dates.len()).collect();
    for (slot, i) in slots.into_iter().zip(sorted) {
        order[slot] = i;
    }
    order
}

/// Series of `terms` over `docs`; `texts[i]` is document `i`'s clean text
/// (or just its first line) for the date; missing entries count as empty.
pub fn trends<S: AsRef<str>, T: AsRef<str>, U: AsRef<str>>(
    docs: &[Doc<S>],
    texts: &[T],
    terms: &[U],
) -> Trends {
    let dates: Vec<Option<DocDate>> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| document_date(d.name.as_ref(), texts.get(i).map_or("", AsRef::as_ref)))
        .collect();
    let order = date_order(&dates);
    let series = terms
        .iter()
        .map(|t| {
            let t = t.as_ref();
            let (counts, per_10k) = order
                .iter()
                .map(|&i| {
                    let d = &docs[i];
                    let n = d.words.iter().filter(|w| w.as_ref() == t).count();
                    let total = d.words.iter().filter(|w| is_word(w.as_ref())).count();
                    let rate = if total == 0 {
                        0.0
                    } else {
                        n as f64 * 10_000.0 / total as f64
                    };
                    (n, rate)
                })
                .unzip();
            Series {
                term: t.to_string(),
                counts,
                per_10k,
            }
        })
        .collect();
    Trends {
        dates: order.iter().map(|&i| dates[i]).collect(),
        order,
        series,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: Option<i32>, m: u32, d: u32) -> Option<DocDate> {
        Some(DocDate {
            year: y,
            month: m,
            day: d,
        })
    }

    #[test]
    fn parses_date_patterns() {
        assert_eq!(
            parse_date("会议于2021年8月30日召开"),
            date(Some(2021), 8, 30)
        );
        assert_eq!(
            parse_date("发表于:2023-09-02 08:50"),
            date(Some(2023), 9, 2)
        );
        assert_eq!(parse_date("report_20210830.txt"), date(Some(2021), 8, 30));
        assert_eq!(parse_date("8月30日，市委书记"), date(None, 8, 30));
        assert_eq!(parse_date("20211399 2022无锡"), None);
        assert_eq!(parse_date("13月40日"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn orders_dated_documents_and_keeps_the_rest() {
        let docs: Vec<Doc<&str>> = ["2022-03-01", "无日期", "2021年5月1日", "8月30日"]
            .into_iter()
            .map(|n| Doc {
                name: n,
                words: vec!["项目", "项目", "，", "经济"],
                tags: vec![],
            })
            .collect();
        let texts: [&str; 0] = [];
        let t = trends::<_, &str, &str>(&docs, &texts, &["项目", "无"]);
        // dated docs 0 (2022) and 2 (2021) swap; 1 and 3 stay
        assert_eq!(t.order, [2, 1, 0, 3]);
        assert_eq!(t.series[0].counts, [2, 2, 2, 2]);
        // 2 of 3 word tokens → 6666.67 per 10k
        assert!((t.series[0].per_10k[0] - 20_000.0 / 3.0).abs() < 1e-9);
        assert_eq!(t.series[1].counts, [0, 0, 0, 0]);
        assert_eq!(
            document_date("x", "\n 2021年8月30日 讲话"),
            date(Some(2021), 8, 30)
        );
    }
}
