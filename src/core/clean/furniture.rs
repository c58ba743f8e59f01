//! Page furniture: running headers, running footers and page numbers of
//! paged documents (PDF, OFD), whose text has a form feed between pages.
//!
//! A line is furniture when it stands among the first or last three lines of
//! a page and either reads as a page number (`- 3 -`, `— 3 —`, `3 / 12`,
//! `第3页`, `第 3 页 共 12 页`, `Page 3 of 12`, a bare `3`) or repeats at the
//! top or bottom of other pages once its digits are ignored (`政府工作报告`,
//! `2024年3月5日 … 1/12`). Repeats must cover two pages of two, or at least
//! two pages and 40 % of a longer document (odd and even pages often carry
//! different headers); a line ending a sentence (`。`) is content even when
//! it repeats, and short pages offer fewer lines at their ends. The form feed itself stays: it marks the page break
//! the reader shows. Text without form feeds is left alone.

use super::Step;
use crate::core::offsets::Rewriter;
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Lines at each end of a page that can be furniture.
const EDGE: usize = 3;
/// Lines at each end of a page that can be a bare page number.
const NUMBER_EDGE: usize = 2;

fn page_number() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?:[-－—–~～_·•\s]*[0-9０-９]{1,4}[-－—–~～_·•\s]*|(?:第\s*)?[0-9]{1,4}\s*[页頁]?\s*[/／]\s*(?:共\s*)?[0-9]{1,4}\s*[页頁]?|第\s*(?:[0-9]{1,4}|[〇一二三四五六七八九十百]{1,4})\s*[页頁](?:\s*[，,、]?\s*共\s*[0-9]{1,4}\s*[页頁])?|共\s*[0-9]{1,4}\s*[页頁]\s*[，,]?\s*第\s*[0-9]{1,4}\s*[页頁]|(?i:page)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?)$",
        )
        .unwrap_or_else(|_| Regex::new("^$").unwrap_or_else(|_| unreachable!()))
    })
}

/// Whether `line` reads as a page number alone.
///
/// ```
/// use wenxi::core::clean::is_page_number;
/// assert!(is_page_number("- 3 -") && is_page_number("第3页 共12页") && is_page_number("3 / 12"));
/// assert!(!is_page_number("2024年") && !is_page_number("第3条"));
/// ```
pub fn is_page_number(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && page_number().is_match(t)
}

fn key(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if c.is_ascii_digit() || ('０'..='９').contains(&c) {
                '#'
            } else {
                c
            }
        })
        .collect()
}

struct Line<'a> {
    start: usize,
    body: &'a str,
    page: usize,
    edge: usize,
}

/// Removes page furniture lines.
pub(crate) fn remove(text: &str) -> Step {
    let mut rw = Rewriter::with_capacity(text.len());
    if !text.contains('\u{0C}') {
        rw.copy(text);
        return Step::from_rewriter(rw);
    }
    // Every line of every page with its distance from the page's nearer end.
    let mut lines: Vec<Line> = Vec::new();
    let mut offset = 0;
    let pages: Vec<&str> = text.split('\u{0C}').collect();
    for (p, page) in pages.iter().enumerate() {
        let mut page_lines: Vec<Line> = Vec::new();
        let mut o = offset;
        for l in page.split_inclusive('\n') {
            let body = l.strip_suffix('\n').unwrap_or(l);
            if !body.trim().is_empty() {
                page_lines.push(Line {
                    start: o,
                    body,
                    page: p,
                    edge: usize::MAX,
                });
            }
            o += l.len();
        }
        let n = page_lines.len();
        // Short pages: fewer lines at each end can be furniture.
        let reach = EDGE.min((n / 4).max(1));
        for (i, l) in page_lines.iter_mut().enumerate() {
            let edge = i.min(n - 1 - i);
            l.edge = if edge < reach { edge } else { usize::MAX };
        }
        lines.extend(page_lines);
        offset += page.len() + '\u{0C}'.len_utf8();
    }
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for l in lines.iter().filter(|l| l.edge < EDGE) {
        let k = key(l.body);
        // A sentence is content, even when it repeats.
        if k.chars().count() <= 80 && !k.ends_with(['。', '！', '？', '；', '.', '!', '?']) {
            let pages = seen.entry(k).or_default();
            if pages.last() != Some(&l.page) {
                pages.push(l.page);
            }
        }
    }
    let n = pages.len();
    let repeated = |count: usize| {
        if n == 2 {
            count == 2
        } else {
            count >= 2 && count * 10 >= n * 4
        }
    };
    let furniture: Vec<(usize, usize)> = lines
        .iter()
        .filter(|l| {
            (l.edge < NUMBER_EDGE && is_page_number(l.body))
                || (l.edge < EDGE
                    && seen
                        .get(&key(l.body))
                        .is_some_and(|pages| repeated(pages.len())))
        })
        .map(|l| {
            let end = l.start + l.body.len();
            let end = if text.get(end..end + 1) == Some("\n") {
                end + 1
            } else {
                end
            };
            (l.start, end)
        })
        .collect();
    let mut pos = 0;
    for (s, e) in furniture {
        if s < pos {
            continue;
        }
        rw.copy(text.get(pos..s).unwrap_or_default());
        rw.drop_run(text.get(s..e).unwrap_or_default());
        pos = e;
    }
    rw.copy(text.get(pos..).unwrap_or_default());
    Step::from_rewriter(rw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_headers_footers_and_numbers_keeps_breaks() {
        let page = |n: usize| {
            format!("政府工作报告\n第{n}部分正文第一段。\n正文第二段，数字{n}。\n- {n} -\n")
        };
        let text = [page(1), page(2), page(3)].join("\u{0C}");
        let s = remove(&text);
        assert_eq!(
            s.text,
            "第1部分正文第一段。\n正文第二段，数字1。\n\u{0C}第2部分正文第一段。\n正文第二段，数字2。\n\u{0C}第3部分正文第一段。\n正文第二段，数字3。\n"
        );
        assert_eq!(remove("一\n- 3 -\n").text, "一\n- 3 -\n");
    }
}
