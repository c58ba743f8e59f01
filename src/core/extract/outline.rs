//! The numbered outline of a speech or report.
//!
//! Speeches list their points with markers — `一要…二要…`, `一是…二是…`,
//! `第一,…第二,…`, `首先…其次…最后`, `一、`, `(一)…(二)…`, `1.…2.…`,
//! `(1)`, `①` — placed where a reader sees them: at the start of a paragraph
//! or sentence, and inside a sentence after `，`/`、` or after `要`
//! (`会议强调,一要稳投资。`, `各部门要一是盯目标,二是盯项目`).
//!
//! False positives are the risk (`统一是`, `第一季度`, `最后一公里`,
//! `之一要`), so a marker is accepted only
//! - at such a position (`第一` also needs a separator after it, `一、` and
//!   `1.` a line start);
//! - when it continues its family's numbering (`一` starts a list, `n` must
//!   follow `n−1`; `最后` ends a `首先` list);
//! - and when its list has a second item, within 1,500 chars for free-form
//!   lists (`一是`, `首先`, `第一`) and 12,000 for headings, before the family
//!   starts again; a list whose last item lies further back is closed.
//!
//! Nesting: the family of the first list gets level 1; a different family
//! that starts while one is open gets the next level when it starts a
//! paragraph or shares the paragraph of the open list's last item, when it
//! ranks below the open one in the official hierarchy (`一、` > `(一)` >
//! `1.` > `(1)` > `①`), or when the open one is such a heading and the new
//! one a free-form list (`首先`, `第一`, `一是`); otherwise (a list inside a new paragraph's
//! sentence) it starts over at level 1. When an outer family continues, the
//! inner levels close. Each item's text is the first sentence after the
//! marker, up to and including the first `。` (or the line end), cut before
//! the next item of the same list when that comes first.

use super::{is_sentence_end, Text};
use crate::core::report::OutlineItem;

/// A family of markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// `一、二、` at a line start.
    CnDun,
    /// `(一)`.
    Paren,
    /// `1.` at a line start.
    Digit,
    /// `1、` at a line start (a list keeps its separator).
    DigitDun,
    /// `(1)`.
    ParenDigit,
    /// `①`.
    Circled,
    /// `一要`.
    Yao,
    /// `一是`.
    Shi,
    /// `第一,`.
    Di,
    /// `首先 其次 再次 最后`.
    Seq,
    /// `其一 其二`.
    Qi,
}

impl Family {
    /// Rank in the official heading hierarchy (lower is outer), if any.
    fn rank(self) -> Option<u8> {
        match self {
            Family::CnDun => Some(0),
            Family::Paren => Some(1),
            Family::Digit | Family::DigitDun => Some(2),
            Family::ParenDigit => Some(3),
            Family::Circled => Some(4),
            _ => None,
        }
    }
}

/// `最后` as a number: it continues any `首先` list.
const LAST: usize = usize::MAX;

/// The value of a Chinese ordinal `一`…`九十九`, or of ASCII digits.
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

/// Where a marker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// At the start of a line.
    Line,
    /// After a sentence end or a colon.
    Sentence,
    /// Inside a sentence, after `，`/`、`/`要`.
    Inline,
}

/// The place of char `i`, when a marker may stand there.
fn place(t: &Text, i: usize) -> Option<Place> {
    let mut p = i;
    while p > 0 && matches!(t.get(p - 1), ' ' | '\u{3000}' | '\t' | '\r') {
        p -= 1;
    }
    let c = t.before(p);
    if p == 0 || c == '\n' {
        Some(Place::Line)
    } else if is_sentence_end(c) || matches!(c, ':' | '：') {
        Some(Place::Sentence)
    } else if matches!(c, ',' | '，' | '、' | '要') || opens_inline_list(t, i) {
        Some(Place::Inline)
    } else {
        None
    }
}

/// Whether `一是` or `一要` at char `i` opens a list inside a sentence after
/// any word (`团队下一步一是加强…；二是加快…`): the list's second item
/// follows a separator in the same paragraph, within [`INLINE_REACH`] chars.
fn opens_inline_list(t: &Text, i: usize) -> bool {
    // (`之一要`, `统一是`, `唯一是`: `一` ends a word there)
    if t.get(i) != '一'
        || !matches!(t.get(i + 1), '是' | '要')
        || "之统唯同万单专均归合如始终第逐择整划其任某另每这那".contains(t.before(i))
    {
        return false;
    }
    let second = ['二', t.get(i + 1)];
    (i + 3..(i + INLINE_REACH).min(t.len()))
        .take_while(|&k| t.get(k) != '\n')
        .any(|k| {
            matches!(t.get(k - 1), ',' | '，' | ';' | '；' | '。')
                && t.get(k) == second[0]
                && t.get(k + 1) == second[1]
        })
}

/// How far (in chars) [`opens_inline_list`] looks for a list's second item.
const INLINE_REACH: usize = 200;

/// A candidate marker.
#[derive(Debug, Clone, Copy)]
struct Mark {
    fam: Family,
    n: usize,
    /// Char range of the marker.
    start: usize,
    end: usize,
    /// Where the item's text starts.
    text: usize,
    place: Place,
    /// Index of the paragraph (line) it stands in.
    para: usize,
}

fn is_sep(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | ':' | '：' | ' ' | '\u{3000}')
}

/// A marker at char `i`: (family, number, marker end, text start).
fn marker(t: &Text, i: usize, place: Place) -> Option<(Family, usize, usize, usize)> {
    let num = |j: usize, f: fn(char) -> bool| {
        let mut k = j;
        while k < t.len() && k < j + 3 && f(t.get(k)) {
            k += 1;
        }
        (k > j).then_some(k)
    };
    let han = super::is_numeral;
    let c = t.get(i);
    if c == '(' || c == '（' {
        if let Some(k) = num(i + 1, han) {
            if matches!(t.get(k), ')' | '）') {
                return Some((Family::Paren, ordinal(t.slice(i + 1, k))?, k + 1, k + 1));
            }
        }
        let k = num(i + 1, |c| c.is_ascii_digit())?;
        if matches!(t.get(k), ')' | '）') && place != Place::Inline {
            return Some((
                Family::ParenDigit,
                ordinal(t.slice(i + 1, k))?,
                k + 1,
                k + 1,
            ));
        }
    } else if ('①'..='⑳').contains(&c) {
        return Some((Family::Circled, c as usize - '①' as usize + 1, i + 1, i + 1));
    } else if c == '第' {
        let k = num(i + 1, han)?;
        if is_sep(t.get(k)) {
            return Some((Family::Di, ordinal(t.slice(i + 1, k))?, k, k + 1));
        }
    } else if c == '其' && han(t.get(i + 1)) && is_sep(t.get(i + 2)) {
        return Some((Family::Qi, ordinal(t.slice(i + 1, i + 2))?, i + 2, i + 3));
    } else if let Some(w) = t.match_any(i, &["首先", "其次", "再次", "最后"]) {
        let n = match w {
            "首先" => 1,
            "其次" => 2,
            "再次" => 3,
            _ => LAST,
        };
        let k = i + 2;
        // `最后一公里`, `再次强调`: an ordinary word unless a separator
        // follows or it opens a sentence
        if !is_sep(t.get(k)) && place == Place::Inline {
            return None;
        }
        let text = if is_sep(t.get(k)) { k + 1 } else { k };
        return Some((Family::Seq, n, k, text));
    } else if han(c) {
        let k = num(i, han)?;
        let n = ordinal(t.slice(i, k))?;
        return match t.get(k) {
            '要' => Some((Family::Yao, n, k + 1, k + 1)),
            '是' => Some((Family::Shi, n, k + 1, k + 1)),
            '、' if place == Place::Line => Some((Family::CnDun, n, k + 1, k + 1)),
            _ => None,
        };
    } else if c.is_ascii_digit() && place == Place::Line {
        let k = num(i, |c| c.is_ascii_digit())?;
        let fam = match t.get(k) {
            '.' | '．' => Family::Digit,
            '、' => Family::DigitDun,
            _ => return None,
        };
        if !t.get(k + 1).is_ascii_digit() {
            return Some((fam, ordinal(t.slice(i, k))?, k + 1, k + 1));
        }
    }
    None
}

/// Whether a marker may start with `c`.
fn marker_start(c: char) -> bool {
    matches!(c, '(' | '（' | '第' | '其' | '首' | '再' | '最' | '①'..='⑳')
        || super::is_numeral(c)
        || c.is_ascii_digit()
}

/// Whether `c` is a line break or may start a marker (a gate, see
/// [`super::flags::gate`]).
pub(super) fn marker_or_line(c: char) -> bool {
    c == '\n' || marker_start(c)
}

/// Every candidate marker in text order.
fn candidates(t: &Text) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut para = 0;
    // only at a line break or a char a marker may start with: the next
    // such char by the gates
    let mut i = 0;
    loop {
        i = t.next_gated(i, super::flags::gate::MARKER);
        if i >= t.len() {
            break;
        }
        if t.get(i) == '\n' {
            para += 1;
            i += 1;
            continue;
        }
        // only where a marker can start, so a long run of spaces is not
        // walked back over from every one of its chars
        let may_start = marker_start(t.get(i));
        let found = may_start
            .then(|| place(t, i).and_then(|pl| marker(t, i, pl).map(|m| (pl, m))))
            .flatten();
        match found {
            Some((place, (fam, n, end, text))) => {
                out.push(Mark {
                    fam,
                    n,
                    start: i,
                    end,
                    text,
                    place,
                    para,
                });
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// How far (in chars) the next item of a free-form list (`一是`, `首先`,
/// `第一`) may stand from the one before.
const MAX_GAP: usize = 1500;

/// The same for headings (`一、`, `(一)`), which may be sections apart.
const MAX_HEADING_GAP: usize = 12_000;

/// Whether `next` may continue a list whose last item started at `last`.
fn near(fam: Family, last: usize, next: usize) -> bool {
    let gap = if fam.rank().is_some() {
        MAX_HEADING_GAP
    } else {
        MAX_GAP
    };
    next.saturating_sub(last) <= gap
}

/// Whether the list that candidate `k` starts goes on: a second item of its
/// family follows, near enough, before the family's next first item.
fn continues(marks: &[Mark], k: usize) -> bool {
    let fam = marks[k].fam;
    for m in marks.iter().skip(k + 1).filter(|m| m.fam == fam) {
        if m.n == 1 || !near(fam, marks[k].start, m.start) {
            return false;
        }
        if m.n == 2 || (fam == Family::Seq && m.n == LAST) {
            return true;
        }
    }
    false
}

/// The outline items of a text, in order, with nesting levels.
#[inline(never)]
pub fn outline(t: &Text) -> Vec<OutlineItem> {
    let marks = candidates(t);
    // Open families, outermost first: (family, last number, paragraph of the
    // last item, its start).
    let mut open: Vec<(Family, usize, usize, usize)> = Vec::new();
    let mut kept: Vec<(Mark, usize)> = Vec::new();
    for (k, m) in marks.iter().enumerate() {
        // free-form lists left far behind are closed
        while let Some(&(f, _, _, at)) = open.last() {
            if near(f, at, m.start) {
                break;
            }
            open.pop();
        }
        let pos = open.iter().position(|&(f, _, _, _)| f == m.fam);
        let level = match pos {
            // the next item of an open list (`最后` ends a `首先` list)
            Some(p)
                if open[p].1 != LAST
                    && (open[p].1 + 1 == m.n || (m.n == LAST && open[p].1 >= 1)) =>
            {
                open.truncate(p + 1);
                open[p].1 = m.n;
                open[p].2 = m.para;
                open[p].3 = m.start;
                p + 1
            }
            // a list is a list from its second item on
            _ if m.n == 1 => {
                if !continues(&marks, k) {
                    continue;
                }
                if let Some(p) = pos {
                    // the same family starts over: a new list at its level
                    open.truncate(p);
                }
                // close the open lists this one does not belong inside
                while let Some(&(f, _, para, _)) = open.last() {
                    let ranked_below =
                        matches!((f.rank(), m.fam.rank()), (Some(a), Some(b)) if a < b);
                    // a heading holds any free-form list below it
                    let under_heading = f.rank().is_some() && m.fam.rank().is_none();
                    let nests = ranked_below
                        || under_heading
                        || para == m.para
                        || (m.place == Place::Line && f.rank().is_none() && m.fam.rank().is_none());
                    if nests {
                        break;
                    }
                    open.pop();
                }
                open.push((m.fam, 1, m.para, m.start));
                open.len()
            }
            _ => continue,
        };
        kept.push((*m, level));
    }
    let mut out = Vec::with_capacity(kept.len());
    for (idx, (m, level)) in kept.iter().enumerate() {
        let mut a = m.text;
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
        // an inline list's next item ends this one (`一是盯目标,二是盯项目`)
        if let Some((next, _)) = kept
            .get(idx + 1)
            .filter(|(n, _)| n.start < b && n.start >= a)
        {
            b = next.start;
            while b > a && matches!(t.get(b - 1), ',' | '，' | '、' | ' ' | '\u{3000}') {
                b -= 1;
            }
        }
        out.push(OutlineItem {
            marker: t.slice(m.start, m.end).to_string(),
            text: t.slice(a, b).trim_end().to_string(),
            level: Some(*level),
            start: Some(t.byte(m.start)),
            end: Some(t.byte(b)),
        });
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
            "inline, no second item"
        );
        assert!(o("工作之一要聚力助企纾困。二要稳增长。").is_empty());
        assert!(o("第一季度增长5%,第二季度增长6%。").is_empty());
        assert!(o("统一是前提,唯一是选择。").is_empty());
        // (after any word, when the list's second item follows)
        let got = o("团队下一步一是加强多学科交叉；二是加快成果转化；三是重视人才培养。");
        let v: Vec<_> = got.iter().map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(v, [("一是", 1), ("二是", 1), ("三是", 1)]);
        assert!(o("他下一步一是这样想的。").is_empty());
        assert!(o("打通最后一公里。首先要看到成绩。").is_empty());
        assert!(o("会议再次强调,最后,大家合影。").is_empty());
    }

    #[test]
    fn inline_markers() {
        let got = o("会议强调,一要稳投资。加快项目建设。二要强工业。\n会议要求,各部门要一是盯目标,二是盯项目,三是盯风险,确保落实。");
        let want = [
            ("一要", "稳投资。", 1),
            ("二要", "强工业。", 1),
            ("一是", "盯目标", 1),
            ("二是", "盯项目", 1),
            ("三是", "盯风险,确保落实。", 1),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn sequence_words_and_circled() {
        let got = o("首先,要稳住基本盘。其次,要扩大内需。最后,要守住底线。");
        let m: Vec<_> = got.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
        assert_eq!(
            m,
            [
                ("首先", "要稳住基本盘。"),
                ("其次", "要扩大内需。"),
                ("最后", "要守住底线。")
            ]
        );
        let got = o("重点做好三件事:①稳就业;②保民生;③防风险。");
        assert_eq!(got.len(), 3);
        assert_eq!(got[1], ("②".into(), "保民生;".into(), 1));
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
        let got = o("一、总体要求\n(一)指导思想。\n(二)主要目标。\n二、重点任务\n(一)扩大内需。\n(二)稳定外需。");
        let levels: Vec<_> = got.iter().map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(
            levels,
            [
                ("一、", 1),
                ("(一)", 2),
                ("(二)", 2),
                ("二、", 1),
                ("(一)", 2),
                ("(二)", 2)
            ]
        );
    }

    #[test]
    fn di_markers() {
        let got = o("第一,抓项目。第二、稳增长。");
        assert_eq!(got[1], ("第二".into(), "稳增长。".into(), 1));
    }
}
