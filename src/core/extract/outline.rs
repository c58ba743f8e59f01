//! The numbered outline of a speech or report.
//!
//! Speeches list their points with markers — `一要…二要…`, `一是…二是…`,
//! `第一,…第二,…`, `(一)…(二)…`, `1.…2.…` — placed at the start of a
//! paragraph or right after a sentence end. A marker is accepted only there,
//! and only when it continues its family's numbering (`一` starts a list, `n`
//! must follow `n−1`), which rejects `第一方阵`, `一是非` and stray numbers.
//!
//! Nesting: the family of the first list gets level 1; a different family that
//! starts inside it gets the next level; when an outer family continues, the
//! inner levels close. Each item's text is the first sentence after the marker,
//! up to and including the first `。` (or the line end).

use super::{is_sentence_end, Text};
use crate::core::report::OutlineItem;

/// The value of a Chinese ordinal `一`…`二十`, or of ASCII digits.
fn ordinal(s: &str) -> Option<usize> {
    if !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let digit = |c: char| "一二三四五六七八九".find(c).map(|b| b / 3 + 1);
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a),
        ['十', b] => digit(*b).map(|d| 10 + d),
        [a, '十'] => digit(*a).map(|d| d * 10),
        [a, '十', b] => Some(digit(*a)? * 10 + digit(*b)?),
        _ => None,
    }
}

/// A marker at char `i`: (family, number, marker end, text start).
fn marker(t: &Text, i: usize) -> Option<(&'static str, usize, usize, usize)> {
    let num = |j: usize, f: fn(char) -> bool| {
        let mut k = j;
        while k < t.len() && k < j + 3 && f(t.get(k)) {
            k += 1;
        }
        (k > j).then_some(k)
    };
    let han = |c: char| "一二三四五六七八九十".contains(c);
    let sep = |c: char| matches!(c, ',' | '，' | '、' | ':' | '：' | ' ' | '\u{3000}');
    let c = t.get(i);
    if c == '(' || c == '（' {
        let k = num(i + 1, han)?;
        if matches!(t.get(k), ')' | '）') {
            return Some(("paren", ordinal(t.slice(i + 1, k))?, k + 1, k + 1));
        }
    } else if c == '第' {
        let k = num(i + 1, han)?;
        if sep(t.get(k)) {
            return Some(("di", ordinal(t.slice(i + 1, k))?, k, k + 1));
        }
    } else if han(c) {
        let k = num(i, han)?;
        let fam = match t.get(k) {
            '要' => "yao",
            '是' => "shi",
            _ => return None,
        };
        return Some((fam, ordinal(t.slice(i, k))?, k + 1, k + 1));
    } else if c.is_ascii_digit() {
        let k = num(i, |c| c.is_ascii_digit())?;
        let d = t.get(k);
        let line_start = i == 0 || t.before(i) == '\n';
        if line_start && matches!(d, '.' | '、' | '．') && !t.get(k + 1).is_ascii_digit() {
            return Some(("digit", ordinal(t.slice(i, k))?, k + 1, k + 1));
        }
    }
    None
}

/// The outline items of a text, in order, with nesting levels.
pub fn outline(t: &Text) -> Vec<OutlineItem> {
    let mut out = Vec::new();
    // Open families, outermost first, with the last number each reached.
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let mut p = i;
        while p > 0 && matches!(t.get(p - 1), ' ' | '\u{3000}' | '\t' | '\r') {
            p -= 1;
        }
        let at_start =
            p == 0 || is_sentence_end(t.get(p - 1)) || matches!(t.get(p - 1), ':' | '：');
        let m = if at_start { marker(t, i) } else { None };
        let Some((fam, n, mend, mut a)) = m else {
            i += 1;
            continue;
        };
        let level = match open.iter().position(|&(f, _)| f == fam) {
            Some(k) if open[k].1 + 1 == n => {
                open.truncate(k + 1);
                open[k].1 = n;
                k + 1
            }
            None if n == 1 => {
                open.push((fam, 1));
                open.len()
            }
            Some(k) if n == 1 => {
                open.truncate(k + 1);
                open[k].1 = 1;
                k + 1
            }
            _ => {
                i += 1;
                continue;
            }
        };
        while a < t.len() && matches!(t.get(a), ',' | '，' | '、' | ' ' | '\u{3000}') {
            a += 1;
        }
        let mut b = a;
        while b < t.len() && !is_sentence_end(t.get(b)) {
            b += 1;
        }
        if b < t.len() && t.get(b) != '\n' {
            b += 1;
        }
        out.push(OutlineItem {
            marker: t.slice(i, mend).to_string(),
            text: t.slice(a, b).trim_end().to_string(),
            level: Some(level),
            start: Some(t.byte(i)),
            end: Some(t.byte(b)),
        });
        i = mend.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(s: &str) -> Vec<(String, String, usize)> {
        outline(&Text::new(s))
            .into_iter()
            .map(|o| (o.marker, o.text, o.level.unwrap()))
            .collect()
    }

    #[test]
    fn yao_markers_mid_paragraph() {
        let s = "确保各项工作落到实处。一要咬定目标确保开局首胜。紧盯主要经济指标。二要开足马力兑现年度承诺。严格对照。";
        let got = o(s);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], ("一要".into(), "咬定目标确保开局首胜。".into(), 1));
        assert_eq!(got[1].0, "二要");
    }

    #[test]
    fn not_list_markers() {
        assert!(o("保持全省第一方阵。是开启新征程的第一年。").is_empty());
        assert!(o("二要开足马力。").is_empty(), "two without one");
        assert!(
            o("要抓紧,一要咬定目标。").is_empty(),
            "not at a sentence start"
        );
    }

    #[test]
    fn nesting() {
        let s = "(一)稳增长。一是抓项目。二是抓消费。(二)防风险。\n1.第一条。\n2.第二条。";
        let got = o(s);
        let levels: Vec<_> = got.iter().map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(
            levels,
            [
                ("(一)", 1),
                ("一是", 2),
                ("二是", 2),
                ("(二)", 1),
                ("1.", 2),
                ("2.", 2)
            ]
        );
        assert_eq!(got[3].1, "防风险。");
    }

    #[test]
    fn di_markers() {
        let got = o("第一,抓项目。第二、稳增长。");
        assert_eq!(got[1], ("第二".into(), "稳增长。".into(), 1));
    }
}
