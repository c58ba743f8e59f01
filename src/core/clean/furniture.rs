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
use std::collections::HashMap;

/// Lines at each end of a page that can be furniture.
const EDGE: usize = 3;
/// Lines at each end of a page that can be a bare page number.
const NUMBER_EDGE: usize = 2;

/// A cursor over the characters of a line, for the page-number patterns.
/// (Hand-written rather than a regex: cleaning runs on the page too, where
/// the regex crate's tables would weigh on the first paint.)
struct Cursor<'a> {
    chars: &'a [char],
    at: usize,
}

impl Cursor<'_> {
    fn one_of(&mut self, set: &[char]) -> bool {
        let hit = self.chars.get(self.at).is_some_and(|c| set.contains(c));
        if hit {
            self.at += 1;
        }
        hit
    }
    fn word(&mut self, w: &str) -> bool {
        let n = w.chars().count();
        let hit = self.chars.get(self.at..self.at + n).is_some_and(|cs| {
            cs.iter()
                .zip(w.chars())
                .all(|(a, b)| a.to_ascii_lowercase() == b)
        });
        if hit {
            self.at += n;
        }
        hit
    }
    /// One to four digits (ASCII or full-width), or Chinese numerals when `han`.
    fn number(&mut self, han: bool) -> bool {
        let start = self.at;
        while self.at - start < 4
            && self.chars.get(self.at).is_some_and(|&c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || (han && "〇一二三四五六七八九十百".contains(c))
            })
        {
            self.at += 1;
        }
        self.at > start
    }
    fn page(&mut self) -> bool {
        self.one_of(&['页', '頁'])
    }
    fn end(&self) -> bool {
        self.at == self.chars.len()
    }
}

const DECORATION: &[char] = &['-', '－', '—', '–', '~', '～', '_', '·', '•'];

/// Whether `line` reads as a page number alone.
///
/// ```
/// use wenxi::core::clean::is_page_number;
/// assert!(is_page_number("- 3 -") && is_page_number("第3页 共12页") && is_page_number("3 / 12"));
/// assert!(!is_page_number("2024年") && !is_page_number("第3条"));
/// ```
pub fn is_page_number(line: &str) -> bool {
    let chars: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.is_empty() || chars.len() > 24 {
        return false;
    }
    let cur = || Cursor {
        chars: &chars,
        at: 0,
    };
    // - 3 -, — 3 —, 3
    let decorated = {
        let mut c = cur();
        while c.one_of(DECORATION) {}
        let n = c.number(false);
        while c.one_of(DECORATION) {}
        n && c.end()
    };
    // 3 / 12, 第3页/共12页
    let slash = {
        let mut c = cur();
        c.word("第");
        let a = c.number(false);
        c.page();
        let s = c.one_of(&['/', '／']);
        c.word("共");
        let b = c.number(false);
        c.page();
        a && s && b && c.end()
    };
    // 第3页, 第三页, 第3页 共12页
    let nth = {
        let mut c = cur();
        let ok = c.word("第") && c.number(true) && c.page();
        if ok && !c.end() {
            c.one_of(&['，', ',', '、']);
            ok && c.word("共") && c.number(false) && c.page() && c.end()
        } else {
            ok && c.end()
        }
    };
    // 共12页 第3页
    let of_first = {
        let mut c = cur();
        let ok = c.word("共") && c.number(false) && c.page();
        c.one_of(&['，', ',']);
        ok && c.word("第") && c.number(false) && c.page() && c.end()
    };
    // Page 3, Page 3 of 12
    let english = {
        let mut c = cur();
        let ok = c.word("page") && c.number(false);
        if ok && !c.end() {
            (c.word("of") || c.one_of(&['/'])) && c.number(false) && c.end()
        } else {
            ok
        }
    };
    decorated || slash || nth || of_first || english
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
        for yes in [
            "- 3 -",
            "— 12 —",
            "3",
            "3 / 12",
            "第3页/共12页",
            "第3页",
            "第三页",
            "第 3 页 共 12 页",
            "第1页共4页",
            "共12页，第3页",
            "Page 3",
            "page 3 of 12",
            "－３－",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "2024年",
            "第3条",
            "3月",
            "一、总体要求",
            "12345",
            "第3页的内容很多",
            "Page",
            "- -",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }
}
