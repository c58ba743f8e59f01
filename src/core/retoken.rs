//! A pass after segmentation that makes numbers with their units, dates and
//! times one token each.
//!
//! Why: jieba's dictionary knows words, not quantities. It cuts `1998年12月`
//! into `1998 / 年 / 12 / 月`, `二○○一年` into single characters and
//! `169.6亿元` into `169.6 / 亿元`, so a frequency table counts `年` and `月`
//! thousands of times and a reader's "one figure" is three tokens. Both
//! segmentation standards of the SIGHAN 2005 bakeoff keep such quantities
//! together (PKU: `1953年`, `9月`, `26%`, `403.2亿`, `十九日`; MSR goes further
//! and joins measure words and whole dates: `2300亿元`, `350多家`,
//! `1997年4月29日`), and so do readers.
//!
//! How: [`quantity_spans`] finds the spans with a small hand-written scanner
//! (a number — Arabic with `.`/`·`/`,` or Chinese numerals with `○`/`零`/`点`
//! — then an optional `多`/`余` and a unit from a fixed list; dates chain
//! `年`, `月`, `日`), and [`merge_spans`] makes each span one token, cutting the
//! tokens that straddle its edges. [`merge_spans`] is the general operation
//! (any list of spans, e.g. recognised names) so other passes can reuse it.
//! Both are linear in the text and the tokens, never panic, and return byte
//! offsets on char boundaries that tile the same text as the input tokens.

use super::segment::Token;

/// Makes every span in `spans` one token.
///
/// `tokens` tile `text` in order (as precise-mode segmentation does); `spans`
/// are byte ranges into the same text. Spans are applied in order of start;
/// one that is empty, overlaps an earlier applied one, lies outside the text
/// or not on char boundaries is skipped. Tokens that straddle a span's edge
/// are cut at the edge; tokens inside are replaced by the span.
///
/// ```
/// use wenxi::core::retoken::merge_spans;
/// use wenxi::core::segment::Token;
/// let t = |start, end| Token { start, end };
/// // "钱学 | 森说": the name 钱学森 (bytes 0..9) becomes one token
/// let out = merge_spans("钱学森说", &[t(0, 6), t(6, 12)], &[(0, 9)]);
/// assert_eq!(out, [t(0, 9), t(9, 12)]);
/// ```
pub fn merge_spans(text: &str, tokens: &[Token], spans: &[(usize, usize)]) -> Vec<Token> {
    let mut spans: Vec<(usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(a, b)| a < b && b <= text.len())
        .filter(|&(a, b)| text.is_char_boundary(a) && text.is_char_boundary(b))
        .collect();
    spans.sort_unstable();
    let mut out = Vec::with_capacity(tokens.len());
    let mut k = 0; // next span
    let mut covered = 0; // end of the last applied span
    for tok in tokens {
        let (mut s, e) = (tok.start.max(covered), tok.end);
        while s < e {
            // spans that start before `s` overlap what is already emitted
            while spans.get(k).is_some_and(|&(a, _)| a < s) {
                k += 1;
            }
            let Some(&(a, b)) = spans.get(k).filter(|&&(a, _)| a < e) else {
                break;
            };
            k += 1;
            if a > s {
                out.push(Token { start: s, end: a });
            }
            out.push(Token { start: a, end: b });
            covered = b;
            s = b;
        }
        if s < e {
            out.push(Token { start: s, end: e });
        }
    }
    out
}

/// Units joined to the number before them, longest first.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "个百分点", "万平方公里", "平方公里", "平方千米", "万平方米", "平方米", "立方米", "万千瓦时", "千瓦时", "万千瓦", "千瓦",
    "万公顷", "公顷", "万美元", "亿美元", "美元", "万亿元", "亿元", "万元", "千元", "元", "万吨", "吨", "公斤", "千克", "克",
    "万亩", "亩", "公里", "千米", "厘米", "毫米", "米", "万人次", "人次", "万人", "万户", "万辆", "万台", "万件", "万个",
    "万册", "亿", "万", "千", "百",
];

/// Measure words joined to a number (MSR convention; PKU keeps them apart).
/// Left out on purpose: `年` (handled as a date), and words that more often
/// start a following word than end a count.
#[rustfmt::skip]
const MEASURES: &[&str] = &[
    "个月", "个", "项", "名", "家", "件", "户", "位", "岁", "倍", "辆", "台", "套", "所", "座", "条", "种", "批",
    "份", "篇", "部", "只", "头", "匹", "张", "间", "栋", "艘", "架", "支", "届", "次", "场", "天", "周",
    "分钟", "小时", "秒钟", "点钟",
];

/// Time-of-day and date units, in the order a date chains them.
const DATE_UNITS: &[char] = &['年', '月', '日', '号', '时', '分', '秒'];

/// A Chinese numeral character (a `match`, not a search of a string: it runs
/// for every character of every document).
fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '○'
            | '〇'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '两'
    )
}

/// A number at char `i` of `cs`: its end, and whether it is Arabic. Arabic:
/// digits with inner `.`/`·`/`,`; Chinese: numeral characters with an inner
/// `点` (`二点六三`). A lone `一` or `两` is not a number here (`一家`,
/// `两会` are words).
fn number(cs: &[char], i: usize) -> Option<(usize, bool)> {
    let at = |k: usize| cs.get(k).copied().unwrap_or('\0');
    let c = at(i);
    if c.is_ascii_digit() {
        let mut j = i;
        while at(j).is_ascii_digit()
            || (matches!(at(j), '.' | '·' | ',' | '/') && at(j + 1).is_ascii_digit() && j > i)
        {
            j += 1;
        }
        return Some((j, true));
    }
    // `几十`, `二十几`: an approximate numeral (`几` never alone: `几乎`)
    let approx_start = c == '几' && matches!(at(i + 1), '十' | '百' | '千' | '万');
    if approx_start || (is_cn_digit(c) && !matches!(c, '万' | '亿' | '百' | '千')) {
        let mut j = i + 1;
        while is_cn_digit(at(j))
            || (at(j) == '几' && at(j - 1) != '几')
            || (at(j) == '点' && is_cn_digit(at(j + 1)))
        {
            j += 1;
        }
        return Some((j, false));
    }
    None
}

/// Whether the chars of `cs` from `i` spell `w`.
fn starts(cs: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, c)| cs.get(k) == Some(&c))
}

/// The first of `words` spelled at `i`, as its char length.
fn unit_at(cs: &[char], i: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .find(|w| starts(cs, i, w))
        .map(|w| w.chars().count())
}

/// Byte spans of quantities in `text`: numbers with their units or measure
/// words (`169.6亿元`, `26%`, `350多家`, `二十三点一九`), years, months and
/// days as one date (`1997年4月29日`, `二○○一年`), and times (`18时`).
///
/// ```
/// let text = "1998年12月完成投资169.6亿元,增长5.3%,新建3所学校。";
/// let spans: Vec<&str> = wenxi::core::retoken::quantity_spans(text)
///     .into_iter()
///     .map(|(a, b)| &text[a..b])
///     .collect();
/// assert_eq!(spans, ["1998年12月", "169.6亿元", "5.3%", "3所"]);
/// ```
pub fn quantity_spans(text: &str) -> Vec<(usize, usize)> {
    let (at, cs): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
    let byte = |k: usize| at.get(k).copied().unwrap_or(text.len());
    let get = |k: usize| cs.get(k).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        // most characters cannot begin a quantity: skip them at once
        let c = get(i);
        if !(c.is_ascii_digit() || is_cn_digit(c) || matches!(c, '第' | '几')) {
            i += 1;
            continue;
        }
        let prev = if i == 0 { '\0' } else { get(i - 1) };
        // a number starts only where no number, letter or ordinal mark precedes
        let free = !is_cn_digit(prev)
            && !prev.is_ascii_alphanumeric()
            && !matches!(prev, '.' | '·' | '第');
        // `百分之六十`, `百分之八点八`
        if free && starts(&cs, i, "百分之") {
            if let Some((j, false)) = number(&cs, i + 3) {
                out.push((byte(i), byte(j)));
                i = j;
                continue;
            }
        }
        // `第3名`, `第十二位`: an ordinal with its measure word
        let ordinal = get(i) == '第' && number(&cs, i + 1).is_some();
        let n0 = i + usize::from(ordinal);
        let Some((mut j, arabic)) = number(&cs, n0).filter(|_| free) else {
            i += 1;
            continue;
        };
        let digits = j - n0;
        // `一` and `两` alone are articles or parts of words (`一些`, `两会`)
        let lone_article = !arabic && digits == 1 && matches!(get(i), '一' | '两');
        // dates: year, month, day (and 号), each optional after the first
        let mut end = j;
        let mut date = false;
        let mut k = j;
        let mut last_date = None;
        loop {
            let u = get(k);
            // `5分钟` is a duration, `十分` an adverb's start
            let duration = u == '分' && get(k + 1) == '钟';
            let ok = !(ordinal || duration)
                && DATE_UNITS.contains(&u)
                && last_date.is_none_or(|l| {
                    DATE_UNITS.iter().position(|d| *d == u)
                        > DATE_UNITS.iter().position(|d| *d == l)
                });
            // a year is three or more digits, or Chinese digits without
            // `十`/`百` (`一九九八年`); `3年`, `十五年` are durations
            let year = if arabic {
                digits >= 3
            } else {
                digits >= 2
                    && !cs
                        .get(n0..j)
                        .unwrap_or(&[])
                        .iter()
                        .any(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'))
            };
            let ok = ok && (u != '年' || year || date);
            if !ok || (lone_article && !date) {
                break;
            }
            date = true;
            last_date = Some(u);
            end = k + 1;
            // `11月份` (both conventions)
            if u == '月' && get(end) == '份' {
                end += 1;
                break;
            }
            // another number continues the date (`1997年4月`)
            match number(&cs, end) {
                Some((m, _)) if DATE_UNITS.contains(&get(m)) && get(m) != u => k = m,
                _ => break,
            }
        }
        if !date {
            if lone_article && !ordinal {
                i = j;
                continue;
            }
            // `8—10米`, `4—5万元`: a range before its unit
            if arabic && matches!(get(j), '—' | '-' | '～' | '~') {
                if let Some((m, true)) = number(&cs, j + 1) {
                    if unit_at(&cs, m, UNITS).is_some()
                        || unit_at(&cs, m, MEASURES).is_some()
                        || get(m) == '%'
                    {
                        j = m;
                    }
                }
            }
            // `30多`, `2300余`
            if matches!(get(j), '多' | '余')
                && (unit_at(&cs, j + 1, UNITS).is_some() || unit_at(&cs, j + 1, MEASURES).is_some())
            {
                j += 1;
            }
            end = if get(j) == '%' || get(j) == '‰' || get(j) == '％' {
                j + 1
            } else if let Some(n) = unit_at(&cs, j, UNITS) {
                j + n
            } else if let Some(n) = unit_at(&cs, j, MEASURES) {
                // where the measure word starts a longer word (`3 | 个人`),
                // `snap_spans` keeps the word
                j + n
            } else {
                j
            };
            // a bare Arabic number is already one token in jieba; a bare
            // Chinese numeral is joined only with a decimal point
            // (`二十三点一九`), not where it may start a word (`一百年`)
            let decimal = cs.get(n0..j).is_some_and(|n| n.contains(&'点'));
            if end == j && (arabic || !decimal || ordinal) {
                i = j.max(i + 1);
                continue;
            }
        }
        out.push((byte(i), byte(end)));
        i = end.max(i + 1);
    }
    out
}

/// Whether `word` is a quantity as a whole (`169.6亿元`, `7月`, `四个月`,
/// `1998年12月`): a number with its unit, a date or a time, which says how
/// much or when, not what a text is about (keywords and frequency views
/// treat it as a stopword). A number with Latin letters (`5G`, `3D`) is a
/// term, not a quantity.
///
/// ```
/// use wenxi::core::retoken::is_quantity;
/// assert!(is_quantity("169.6亿元") && is_quantity("7月") && is_quantity("四个月"));
/// assert!(!is_quantity("5G") && !is_quantity("项目") && !is_quantity("一些"));
/// ```
pub fn is_quantity(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        return !word.chars().any(|c| c.is_ascii_alphabetic());
    }
    (is_cn_digit(first) || first == '第' || first == '几')
        && quantity_spans(word) == [(0, word.len())]
}

/// Shrinks each span to the token edges inside it, so that merging it cuts
/// no word: `四套` in the token `四套班子` and `一百` in `一百年` vanish. A
/// token past the span's end is cut only when one char of it is left
/// (`31 | 日电` becomes `31日 | 电`). `tokens` must be sorted.
pub fn snap_spans(text: &str, tokens: &[Token], spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    spans
        .iter()
        .filter_map(|&(mut a, mut b)| {
            // the token holding byte `a`, and the one holding byte `b - 1`
            let k = tokens.partition_point(|t| t.end <= a);
            if let Some(t) = tokens.get(k).filter(|t| t.start < a) {
                a = t.end;
            }
            let k = tokens.partition_point(|t| t.end < b);
            // a token that goes on past the span keeps its word unless only
            // one char is left over (`日电` after `31`, `个省` after `28`)
            if let Some(t) = tokens.get(k).filter(|t| t.start < b && t.end > b) {
                let rest = text.get(b..t.end).map_or(0, |r| r.chars().count());
                if rest > 1 {
                    b = t.start;
                }
            }
            (a < b).then_some((a, b))
        })
        .collect()
}

/// Joins quantities into single tokens: [`quantity_spans`], shrunk by
/// [`snap_spans`] so that no dictionary word is cut, then [`merge_spans`].
pub fn retoken(text: &str, tokens: &[Token]) -> Vec<Token> {
    merge_spans(
        text,
        tokens,
        &snap_spans(text, tokens, &quantity_spans(text)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(start: usize, end: usize) -> Token {
        Token { start, end }
    }

    #[test]
    fn merge_cuts_straddling_tokens() {
        // tokens: ab|cd|ef (bytes 0..2, 2..4, 4..6); span 1..5
        let out = merge_spans("abcdef", &[t(0, 2), t(2, 4), t(4, 6)], &[(1, 5)]);
        assert_eq!(out, [t(0, 1), t(1, 5), t(5, 6)]);
        // overlapping spans: the first wins
        let out = merge_spans("abcdef", &[t(0, 2), t(2, 4), t(4, 6)], &[(0, 4), (2, 6)]);
        assert_eq!(out, [t(0, 4), t(4, 6)]);
        // a span inside one token cuts it in three
        let out = merge_spans("abcdef", &[t(0, 6)], &[(2, 4)]);
        assert_eq!(out, [t(0, 2), t(2, 4), t(4, 6)]);
        assert_eq!(merge_spans("abc", &[], &[(0, 3)]), []);
        // not on a char boundary: skipped
        assert_eq!(merge_spans("钱学", &[t(0, 6)], &[(1, 3)]), [t(0, 6)]);
    }

    fn q(s: &str) -> Vec<&str> {
        quantity_spans(s)
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect()
    }

    #[test]
    fn quantities() {
        assert_eq!(
            q("二○○一年新年,十二月三十一日"),
            ["二○○一年", "十二月三十一日"]
        );
        assert_eq!(q("350多家企业,共2300余名"), ["350多家", "2300余名"]);
        assert_eq!(q("一家企业,两会,一些"), Vec::<&str>::new());
        assert_eq!(q("第3名,3年,第三产业,第一年"), ["第3名"]);
        assert_eq!(q("二点六三万,百分之六十"), ["二点六三万", "百分之六十"]);
        assert_eq!(q("11月份,几十名,几乎"), ["11月份", "几十名"]);
        assert_eq!(q("8—10米,1—7月"), ["8—10米", "7月"]);
    }
}
