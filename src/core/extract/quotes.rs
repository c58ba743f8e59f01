//! Quoted terms, book titles and numbered formulas.
//!
//! Government texts quote slogans (`“项目为王”`), nest them
//! (`“奋力冲刺‘全年红’、圆满开局‘十四五’”`), cite documents (`《政府工作报告》`)
//! and name policies by numbers (`“465”`, `“3+5+X”`, `六稳六保`). One pass over
//! the text keeps a stack of open marks, so nesting yields the outer quote and
//! every inner one; a closing mark pops to its own opener, and unbalanced marks
//! are dropped, so a stray `“` or `《` never swallows the rest of the text (the
//! stack is also cleared at every line break).
//!
//! A quote whose content starts with a number and is a short name (at most 8
//! chars, no clause punctuation) is reported as `numbered`; number formulas
//! with `+` (`3+5+X`) and a few well-known formula names are also found
//! outside quotation marks.

use super::{group, Text};
use crate::core::report::{Quote, QuoteKind};

/// Opening marks and their closing partners.
const PAIRS: [(char, char); 5] = [
    ('“', '”'),
    ('‘', '’'),
    ('「', '」'),
    ('『', '』'),
    ('《', '》'),
];

/// Well-known formula names found even without quotation marks.
const FORMULAS: [&str; 8] = [
    "六稳六保",
    "三区一中心",
    "四个全面",
    "五位一体",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
];

char_set!(formula_first, super::firsts(&FORMULAS));
lexicon!(lex_formulas, &FORMULAS);

/// Whether `c` opens or closes a pair of [`PAIRS`] or ends a line (the
/// chars [`raw`] acts on; one test per char, not a search of the pairs).
pub(super) fn pair_or_line(c: char) -> bool {
    // (every pair char lies in U+2018..U+300F: Han text is past it)
    (c == '\n' || ('\u{2018}'..='\u{300F}').contains(&c))
        && matches!(
            c,
            '\n' | '“' | '”' | '‘' | '’' | '「' | '」' | '『' | '』' | '《' | '》'
        )
}

/// Char ranges `[a, b)` of quotation-mark contents (not book titles).
pub fn quoted_spans(t: &Text) -> Vec<(usize, usize)> {
    spans_of(&raw(t))
}

/// [`quoted_spans`] from the pairs [`raw`] found.
pub(super) fn spans_of(raw: &[(usize, usize, char)]) -> Vec<(usize, usize)> {
    raw.iter()
        .filter(|&&(_, _, o)| o != '《')
        .map(|&(a, b, _)| (a, b))
        .collect()
}

/// Every balanced pair as `(content start, content end, opening mark)` in
/// chars, sorted (extraction finds them once for [`quoted_spans`] and
/// [`quotes`]: see [`spans_of`] and [`quotes_of`]).
#[inline(never)]
pub(super) fn raw(t: &Text) -> Vec<(usize, usize, char)> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut out = Vec::new();
    // (the chars it holds for, by the gates: four chars per test)
    for i in t.each_gated(super::flags::gate::PAIR) {
        let c = t.get(i);
        if c == '\n' {
            stack.clear();
        } else if let Some(&(o, _)) = PAIRS.iter().find(|p| p.0 == c) {
            stack.push((o, i));
        } else if let Some(&(o, _)) = PAIRS.iter().find(|p| p.1 == c) {
            if let Some(k) = stack.iter().rposition(|&(s, _)| s == o) {
                let (_, start) = stack[k];
                stack.truncate(k);
                if i > start + 1 {
                    out.push((start + 1, i, o));
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether a quote's content names a numbered formula (`465`, `三不`, `十四五`,
/// `百企帮扶`, `千万工程`).
pub fn is_numbered(s: &str) -> bool {
    let n = s.chars().count();
    let first = s.chars().next().unwrap_or(' ');
    (first.is_ascii_digit() || super::is_numeral(first) || matches!(first, '两' | '百' | '千'))
        && n <= 8
        && !s.chars().any(|c| {
            matches!(
                c,
                '、' | ',' | '，' | '。' | ';' | '；' | ':' | '：' | '!' | '！' | '?' | '？' | ' '
            )
        })
}

/// Trims trailing clause punctuation that belongs to the sentence, not the term.
fn trim_end(t: &Text, a: usize, mut b: usize) -> usize {
    while b > a
        && matches!(
            t.get(b - 1),
            ',' | '，' | '。' | '、' | ';' | '；' | ':' | '：'
        )
    {
        b -= 1;
    }
    b
}

/// Whether a listed formula may start with `c` (a gate, see
/// [`super::flags::gate`]).
pub(super) fn formula_start(c: char) -> bool {
    formula_first(c)
}

/// Number formulas like `3+5+X` anywhere in the text, as char ranges.
fn plus_formulas(t: &Text) -> Vec<(usize, usize)> {
    let part = |c: char| c.is_ascii_alphanumeric();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        // (only at a letter or digit, by the gates)
        i = t.next_gated(i, super::flags::gate::ALNUM);
        if i >= t.len() {
            break;
        }
        if part(t.get(i)) && !part(t.before(i)) && t.before(i) != '+' {
            let mut j = i;
            let mut plus = 0;
            while part(t.get(j)) || (t.get(j) == '+' && part(t.get(j + 1))) {
                plus += usize::from(t.get(j) == '+');
                j += 1;
            }
            if plus > 0 && t.slice(i, j).chars().any(|c| c.is_ascii_digit()) {
                out.push((i, j));
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// All quotes, book titles and numbered formulas with counts and byte spans.
pub fn quotes(t: &Text) -> Vec<Quote> {
    quotes_of(t, &raw(t))
}

/// [`quotes`] from the pairs [`raw`] found in `t`.
#[inline(never)]
pub(super) fn quotes_of(t: &Text, raw: &[(usize, usize, char)]) -> Vec<Quote> {
    // (a char is inside a quote when a quote starting at or before it ends
    // after it: one search per char, not a scan of every quote)
    let quoted = super::Held::new(spans_of(raw));
    let inside = |i: usize| quoted.contains(i, i + 1);
    let mut items = Vec::new();
    for &(a, b, o) in raw {
        let b = trim_end(t, a, b);
        let text = t.slice(a, b);
        if text.trim().is_empty() {
            continue;
        }
        let kind = match o {
            '《' => QuoteKind::BookTitle,
            _ if is_numbered(text) => QuoteKind::Numbered,
            _ => QuoteKind::Quote,
        };
        items.push(((kind, text), (t.byte(a), t.byte(b))));
    }
    let mut bare = plus_formulas(t);
    for i in t.each_gated(super::flags::gate::FORMULA) {
        if let Some(w) = lex_formulas().at(t, i) {
            bare.push((i, i + w.chars().count()));
        }
    }
    for (a, b) in bare {
        if !inside(a) {
            let text = t.slice(a, b);
            items.push(((QuoteKind::Numbered, text), (t.byte(a), t.byte(b))));
        }
    }
    // (the texts borrowed until grouped: one string per quote, not per
    // mention)
    group(items)
        .into_iter()
        .map(|((kind, text), spans)| Quote {
            text: text.to_string(),
            kind,
            count: spans.len(),
            spans,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_pair_test_knows_every_pair() {
        for (o, c) in super::PAIRS {
            assert!(super::pair_or_line(o) && super::pair_or_line(c));
        }
    }

    use super::*;

    fn q(s: &str) -> Vec<(String, String, usize)> {
        quotes(&Text::new(s))
            .into_iter()
            .map(|q| (q.text, q.kind.to_string(), q.count))
            .collect()
    }

    #[test]
    fn nested_quotes_give_outer_and_inner() {
        let got = q("紧紧围绕“奋力冲刺‘全年红’、圆满开局‘十四五’”这一目标,确保“全年红”。");
        let want = [
            ("奋力冲刺‘全年红’、圆满开局‘十四五’", "quote", 1),
            ("全年红", "quote", 2),
            ("十四五", "numbered", 1),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn book_titles_and_formulas() {
        let got = q(
            "对照《政府工作报告》目标,紧扣全市“465”现代产业体系,聚焦1+4+X产业方向,做好六稳六保。",
        );
        assert_eq!(got[0], ("政府工作报告".into(), "book_title".into(), 1));
        assert_eq!(got[1], ("465".into(), "numbered".into(), 1));
        assert_eq!(got[2], ("1+4+X".into(), "numbered".into(), 1));
        assert_eq!(got[3], ("六稳六保".into(), "numbered".into(), 1));
    }

    #[test]
    fn trailing_comma_and_unbalanced_marks() {
        let got = q("“安全生产是发展的‘底线’,”市应急管理局局长说《未完");
        assert_eq!(got[0].0, "安全生产是发展的‘底线’");
        assert_eq!(got[1], ("底线".into(), "quote".into(), 1));
        assert_eq!(got.len(), 2);
        assert!(q("”“”‘").is_empty());
    }
}
