//! New towns and new areas named by a proper stem: `高铁新城`, `江北新区`,
//! `中瑞低碳生态城`, `宛山湖生态科技城`.
//!
//! Chinese planning language names development areas as *stem + suffix*,
//! where the suffix (`新城`, `新区`, `生态城`, `科技城`, `生态科技城`) is a
//! common noun and the stem is a short proper name — a place (`江北`), a
//! landmark (`宛山湖`, `高铁`) or a partnership (`中瑞低碳`). The same
//! suffixes also end generic phrases (`产业新城`, `建设新城`, `科技创新区`,
//! `生态城市`, `拓展新区域`), so a stem is accepted only when:
//!
//! - it is 2–6 Han chars and starts right after a verb or preposition from
//!   [`LEADS`] (`加快中瑞低碳生态城` → `中瑞低碳生态城`) or an entity just
//!   found, or it is 2–4 chars at the text start or after a clause break
//!   (so an unlisted verb opening a clause is not taken for a name:
//!   `避免盲目扩张新城`);
//! - a known place may start it (`南京江北新区`) but not stand inside it, which
//!   guards against verbs missing from the list (`协调常州高铁新城`) at the
//!   cost of names such as `中新天津生态城` (only `天津` is found);
//! - it does not itself start with a lead verb (`建设新城`) or, when the rest
//!   is a stem of its own, a one-char lead (`在滨江新城` → `滨江新城`, while
//!   `向阳新城` keeps its `向`); it contains no lead verb (`无锡建设新区`);
//! - it contains no function or administrative char ([`STEM_BAN`]: `的`,
//!   `个`, `和`, `市`, `区` …), and does not end in a char that makes the
//!   suffix part of another word ([`BAD_LAST`]: `创新区`, `更新城区`);
//! - it is not made only of generic modifiers ([`GENERIC`]: `产业`, `国家级`,
//!   `智慧`, `三大` …), so `产业新城` and `现代化国际新城` are rejected while
//!   `中瑞低碳` (with the proper `中瑞`) passes;
//! - a `…城` suffix is not followed by `市`/`镇`/`乡` (`生态城市`, `新城镇`),
//!   nor `新区` by `域`/`间`/`块` (`新区域`), nor either by another suffix
//!   (`扩张新城新区`).

use super::{is_clause_break, is_han, Text};

/// New-town suffixes, longest first.
pub const SUFFIXES: &[&str] = &["生态科技城", "生态城", "科技城", "新城", "新区"];

/// Verbs and prepositions that may stand right before a stem (and never
/// start or occur inside one), longest first. One-char leads come last.
#[rustfmt::skip]
pub const LEADS: &[&str] = &[
    "高标准", "高水平", "加快", "推进", "推动", "建设", "打造", "发展", "加速", "建成", "做强", "做优",
    "做大", "提升", "围绕", "聚焦", "依托", "统筹", "规划", "服务", "落户", "位于", "来到", "走进",
    "深化", "支持", "实施", "开发", "助力", "带动", "联动", "对接", "融入", "启动", "完善", "优化",
    "考察", "调研", "视察", "前往", "落地", "入驻", "集聚", "谋划", "筹建", "设立", "成立", "获批",
    "批复", "包括", "覆盖", "坐落", "地处", "进驻", "布局", "拓展", "开辟", "培育", "全力", "着力",
    "大力", "积极", "加强", "重点", "贡献", "使", "在", "把", "将", "到", "对", "向", "从",
    "于", "至", "让", "由", "为", "是", "同", "赴", "以", "的", "和", "与", "及",
];

/// Chars never inside a stem: function words, measure words, divisions.
pub const STEM_BAN: &str = "的个了是座些这那各该本其等把被将使到对从和与及也都区县省市";

/// Chars that, last in a stem, make the suffix part of another word
/// (`创新`, `更新`, `重新`, `全新` …; `高新区` is a zone of its own).
pub const BAD_LAST: &str = "创更革重全最清刷翻焕崭出立求维日一高";

/// Generic modifiers: a stem made only of these is no proper name.
#[rustfmt::skip]
pub const GENERIC: &[&str] = &[
    "现代化", "国家级", "国际化", "产业", "城市", "国家", "省级", "市级", "国际", "现代", "智慧", "数字",
    "未来", "创新", "科创", "科技", "绿色", "低碳", "生态", "产城", "融合", "新型", "高端", "特色",
    "示范", "综合", "一批", "一座", "一个", "新", "老", "大", "小", "一", "二", "三",
    "四", "五", "六", "七", "八", "九", "十", "两", "几", "多",
];

/// The longest stem that may start at char `i`: 6 chars after a lead word
/// or an entity just found (`加快中瑞低碳生态城`), 4 at the text start or
/// after a clause break (where an unlisted verb may open the clause, as in
/// `避免盲目扩张新城`), 0 elsewhere.
pub fn stem_limit(t: &Text, i: usize, after_entity: bool) -> usize {
    // (the leads by their last char: the few that end in the char before
    // `i` are compared, not the whole list)
    static BY_LAST: std::sync::OnceLock<super::ByLast> = std::sync::OnceLock::new();
    let by_last = BY_LAST.get_or_init(|| super::ByLast::new(LEADS));
    if after_entity || by_last.ending(t, i).next().is_some() {
        6
    } else if i == 0 || is_clause_break(t.before(i)) {
        4
    } else {
        0
    }
}

/// Whether `stem` is made only of [`GENERIC`] words.
fn generic(stem: &str) -> bool {
    let mut rest = stem;
    while !rest.is_empty() {
        match GENERIC.iter().find(|g| rest.starts_with(*g)) {
            Some(g) => rest = &rest[g.len()..],
            None => return false,
        }
    }
    true
}

/// Whether the chars `[i, j)` form an acceptable stem; `places` are known
/// place names, which may start a stem but not stand inside one.
fn good_stem(t: &Text, i: usize, j: usize, place_at: impl Fn(usize) -> bool) -> bool {
    let stem = t.slice(i, j);
    let n = j - i;
    // (the leads by their first char: the first listed that fits the stem
    // is the first listed the stem starts with)
    let leads = leads_by_first();
    let lead = leads.starting(t, i).find(|&(_, len)| len <= n);
    let lead_ok = match lead {
        None => true,
        // `向阳新城`: a one-char lead stays when the rest is too short.
        Some((_, len)) => len == 1 && n - 1 < 2,
    };
    lead_ok
        && !stem.chars().any(stem_ban)
        && !bad_last(t.get(j - 1))
        && !(1..n).any(|k| leads.starting(t, i + k).any(|(_, len)| len > 1))
        && !(1..n).any(|k| place_at(i + k))
        && !generic(stem)
}

/// [`LEADS`] by their first char.
fn leads_by_first() -> &'static super::ByFirstChar {
    static S: std::sync::OnceLock<super::ByFirstChar> = std::sync::OnceLock::new();
    S.get_or_init(|| super::ByFirstChar::new(LEADS))
}

char_set!(stem_ban, STEM_BAN);
char_set!(bad_last, BAD_LAST);

char_set!(starts_suffix, super::firsts(SUFFIXES));

/// Whether `c` may start a town's suffix: [`new_town_at`] finds nothing
/// at `i` unless such a char lies in `i + 2 ..= i + 6` (a
/// [`super::Ahead`] of this answers that per char at no cost).
pub fn may_start_suffix(c: char) -> bool {
    starts_suffix(c)
}

/// A new town whose stem starts at char `i`: its end. `limit` is the longest
/// stem allowed there (see [`stem_limit`]); `places` are known
/// place names, which may start a stem (`南京江北新区`) but not stand inside
/// one (`贡献江阴高新区`, `协调常州高铁新城`).
pub fn new_town_at(t: &Text, i: usize, limit: usize, places: &[&str]) -> Option<usize> {
    town_at(t, i, limit, |k| t.match_any(k, places).is_some())
}

/// [`new_town_at`] with the known places as a test: whether one starts at
/// a char (a list indexed once, where [`Text::match_any`] scanned the
/// whole gazetteer at every char of a stem).
pub(crate) fn town_at(
    t: &Text,
    i: usize,
    limit: usize,
    place_at: impl Fn(usize) -> bool,
) -> Option<usize> {
    let last = i + limit.min(6);
    // most positions have no suffix within reach: say so before any other work
    if !(i + 2..=last).any(|j| starts_suffix(t.get(j))) {
        return None;
    }
    // the stem `[i, j)` is all Han: its first two chars tested once, then
    // each new last char (not the whole stem again at every `j`)
    if !(is_han(t.get(i)) && is_han(t.get(i + 1))) {
        return None;
    }
    for j in i + 2..=last {
        if j > i + 2 && !is_han(t.get(j - 1)) {
            return None;
        }
        // (every suffix starts with such a char: no list scan elsewhere)
        if !starts_suffix(t.get(j)) {
            continue;
        }
        let Some(s) = t.match_any(j, SUFFIXES) else {
            continue;
        };
        let e = j + s.chars().count();
        let next = t.get(e);
        let glued = if s.ends_with('城') {
            matches!(next, '市' | '镇' | '乡')
        } else {
            matches!(next, '域' | '间' | '块')
        } || t.match_any(e, SUFFIXES).is_some();
        if !glued && good_stem(t, i, j, &place_at) {
            return Some(e);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every new town found scanning left to right, as the entity pass does.
    fn towns(s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut out = Vec::new();
        let mut i = 0;
        while i < t.len() {
            match new_town_at(&t, i, stem_limit(&t, i, false), &["常州", "江阴"]) {
                Some(e) => {
                    out.push(t.slice(i, e).to_string());
                    i = e;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn proper_stems_are_found() {
        // Phrases written for this test, not taken from the samples.
        let cases = [
            ("国务院批复同意设立江北新区。", "江北新区"),
            ("加快建设两江新区", "两江新区"),
            ("在滨江新城召开现场会", "滨江新城"),
            ("项目落户东部新城,", "东部新城"),
            ("中欧低碳生态城管委会", "中欧低碳生态城"),
            ("向阳新城小学", "向阳新城"),
            ("依托紫金山科技城,", "紫金山科技城"),
            ("推进太湖湾生态科技城建设", "太湖湾生态科技城"),
        ];
        for (s, want) in cases {
            assert_eq!(towns(s), [want], "{s}");
        }
        assert_eq!(towns("城东新城和城西科技城"), ["城东新城", "城西科技城"]);
    }

    #[test]
    fn generic_phrases_are_not_towns() {
        let cases = [
            "打造一座产业新城。",
            "建设新城,拓展新区域。",
            "努力建设现代化国际新城",
            "推进科技创新区建设",
            "创建国家生态城市",
            "老城区和新城区",
            "三大新城齐头并进",
            "实现城市更新城区焕新",
            "成为立体化的新城。",
            "全市新区建设",
            "无锡建设新区",
            "贡献江阴高新区",
            "协调常州高铁新城",
            "智慧新城",
            "避免盲目扩张新城。",
            "避免扩张新城新区",
        ];
        for s in cases {
            assert_eq!(towns(s), Vec::<String>::new(), "{s}");
        }
    }

    #[test]
    fn stems_need_a_boundary_and_at_most_six_chars() {
        assert_eq!(towns("甲乙丙丁戊己庚新城"), Vec::<String>::new());
        assert_eq!(towns("甲乙丙丁戊己新城"), Vec::<String>::new());
        assert_eq!(towns("甲乙丙丁新城"), ["甲乙丙丁新城"]);
        assert_eq!(towns("加快甲乙丙丁戊己新城"), ["甲乙丙丁戊己新城"]);
        assert_eq!(towns("abc新区"), Vec::<String>::new());
    }
}
