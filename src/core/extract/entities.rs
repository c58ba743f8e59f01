//! Places and organisations.
//!
//! Places come from a small shipped gazetteer (`places.txt`: provinces,
//! prefecture-level cities, the districts and counties of Jiangsu, economic
//! regions, the national-level new areas), extended by a following administrative or zone suffix
//! (`江阴` + `市`, `常州` + `经开区`, `锡山` + `经济技术开发区`), plus
//! `XX开发区` with a two-char name and a bare `高新区` (not `省级高新区`).
//! Generic zone words (`示范区`, `先行区`, `核心区`) are never places.
//! New towns and new areas named by a proper stem (`高铁新城`, `江北新区`,
//! `中瑞低碳生态城`) are found by the guarded suffix rule of [`towns`], also
//! right after a gazetteer name (`常州高铁新城`); a few phrases that hold a
//! gazetteer name (`提高港区`) are skipped.
//!
//! Organisations are government and party bodies: a head from `orgs.txt`
//! (`发改委`, `统计局`, `纪委`, `政府` …) with an optional `市`/`省`/`县`/`区`
//! prefix (`市统计局`), `市委`/`县委`, a place followed by `委`, `党工委` or
//! `管委会` (`新吴区委`, `高新区党工委`; a new town takes only the latter
//! two), and `XX集团`. Names found as people
//! are excluded, so no person is also reported as a place or organisation.

use super::flags::gate;
use super::hints::{Hints, WordClass};
use super::{group, is_han, towns, Text};
use crate::core::report::{Entity, EntityKind, Evidence};

char_set!(is_generic, GENERIC);

lexicon!(lex_generic_alone, GENERIC_ALONE);
lexicon!(lex_generic_heads, GENERIC_HEADS);
lexicon!(lex_company_suffixes, COMPANY_SUFFIXES);
// (looked up at every listed place's end: indexed, not scanned)
lexicon!(lex_place_suffixes, SUFFIXES);
lexicon!(lex_place_orgs, PLACE_ORGS);
lexicon!(lex_committees, COMMITTEES);

/// Zone and administrative suffixes after a gazetteer name, longest first.
const SUFFIXES: &[&str] = &[
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "高新区",
    "经开区",
    "开发区",
    "工业园区",
    "自贸片区",
    "新区",
    "区",
    "市",
    "县",
    "省",
];

/// Chars that make `XX开发区` generic (`多个开发区`, `一步开发区`).
const GENERIC: &str = "的个多级家区该本各一步全个省市国个";

/// Common phrases in which a gazetteer name is no place (`提高港区效率`
/// holds `高港区`).
const NOT_PLACES: &[&str] = &["提高港区"];

/// Gazetteer names that are also common words, and the words after them
/// that make them the place: `沿河县` but `沿河村民` (along the river), `两岸
/// 关系` but `湘江两岸` (both banks).
const PLACE_ONLY_BEFORE: &[(&str, &[&str])] = &[
    ("沿河", &["县", "土家族"]),
    (
        "两岸",
        &[
            "关系", "同胞", "交流", "经贸", "合作", "统一", "和平", "人民", "企业", "青年", "民众",
            "交往", "融合", "四地", "三地", "双方",
        ],
    ),
];

/// Whether the text around char `i` is one of [`NOT_PLACES`] with a name
/// starting at `i` inside it, or the name at `i` is one of
/// [`PLACE_ONLY_BEFORE`] without a word that makes it the place.
pub(super) fn in_false_context(t: &Text, i: usize) -> bool {
    NOT_PLACES
        .iter()
        .any(|p| (1..p.chars().count()).any(|k| k <= i && t.starts_with(i - k, p)))
        || (matches!(t.get(i), '沿' | '两')
            && PLACE_ONLY_BEFORE.iter().any(|(w, after)| {
                t.starts_with(i, w)
                    && !after
                        .iter()
                        .any(|a| t.starts_with(i + w.chars().count(), a))
            }))
}

/// Suffixes after a place that make an organisation (`新吴区` + `委`).
const PLACE_ORGS: &[&str] = &["党工委", "管委会", "委"];

/// Party committees named with a place's level (`赣州` + `市委`).
const COMMITTEES: &[&str] = &["市委", "县委", "区委", "州委", "省委"];

/// Words of a shipped list file, longest first.
fn words(data: &'static str) -> Vec<&'static str> {
    let mut w: Vec<&str> = data
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect();
    w.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    w
}

/// Whether `w` is a body's head of `orgs.txt` (`发改委`, `卫健委`, `统计局`).
pub(crate) fn is_head(w: &str) -> bool {
    static HEADS: std::sync::OnceLock<super::FxSet<&'static str>> = std::sync::OnceLock::new();
    HEADS
        .get_or_init(|| lists().1.words.iter().copied().collect())
        .contains(w)
}

/// Words indexed by their first two chars (one-char words by their char),
/// longest first within each key, so a lookup at a position tries only the
/// words that can start there.
struct ByFirst {
    words: Vec<&'static str>,
    /// Words of two chars or more by their first two chars.
    first: super::FxMap<(char, char), Vec<&'static str>>,
    /// One-char words, by their char.
    single: super::FxMap<char, &'static str>,
    /// The first chars of all words, for a lookup without hashing at most
    /// chars.
    starts: crate::core::han::CharSet,
    /// The second chars of the words of two chars or more (no hashing
    /// where none follows the first).
    seconds: crate::core::han::CharSet,
}

impl ByFirst {
    fn new(words: Vec<&'static str>) -> Self {
        let mut first: super::FxMap<(char, char), Vec<&'static str>> = Default::default();
        let mut single: super::FxMap<char, &'static str> = Default::default();
        for w in &words {
            let mut cs = w.chars();
            match (cs.next(), cs.next()) {
                (Some(a), Some(b)) => first.entry((a, b)).or_default().push(w),
                (Some(a), None) => {
                    single.entry(a).or_insert(w);
                }
                _ => {}
            }
        }
        let starts = crate::core::han::CharSet::new(words.iter().filter_map(|w| w.chars().next()));
        let seconds = crate::core::han::CharSet::new(words.iter().filter_map(|w| w.chars().nth(1)));
        ByFirst {
            words,
            first,
            single,
            starts,
            seconds,
        }
    }

    /// The longest word starting at char `i` (as [`Text::match_any`] over
    /// the list, longest first: a word of two chars or more that starts
    /// there shares the two chars there, and a one-char word comes after
    /// every longer one); the first-char test inlined, the lookup not (as
    /// [`super::Lexicon::at`]).
    #[inline]
    fn at(&self, t: &Text, i: usize) -> Option<&'static str> {
        let c = t.get(i);
        if !self.starts.contains(c) {
            return None;
        }
        self.search(t, i, c)
    }

    #[inline(never)]
    fn search(&self, t: &Text, i: usize, c: char) -> Option<&'static str> {
        let next = t.get(i + 1);
        self.seconds
            .contains(next)
            .then(|| self.first.get(&(c, next)))
            .flatten()
            .and_then(|ws| t.match_any(i, ws))
            .or_else(|| self.single.get(&c).copied())
    }
}

/// A place starting at char `i`: its end. `after_entity` says whether an
/// entity ends right before `i`.
fn place_at(
    t: &Text,
    i: usize,
    gazetteer: &ByFirst,
    after_entity: bool,
    suffixes: &mut super::GateAhead,
) -> Option<usize> {
    // (no town without a suffix char within reach, nor where no stem may
    // start: a town within the stem's limit is one within six chars, so
    // the scan with the limit alone finds what both scans found)
    let town = suffixes
        .within(t, i + 2, i + 6)
        .then(|| towns::stem_limit(t, i, after_entity))
        .filter(|&limit| limit > 0)
        .and_then(|limit| towns::town_at(t, i, limit, |k| gazetteer.at(t, k).is_some()));
    if let Some(g) = gazetteer.at(t, i).filter(|_| !in_false_context(t, i)) {
        let e = i + g.chars().count();
        let suffix = lex_place_suffixes()
            .at(t, e)
            // (`市场`, `上海市民`: the suffix starts a word)
            .filter(|s| {
                !(*s == "市"
                    && ["市场", "市民", "市容", "市值", "市价", "市面"]
                        .iter()
                        .any(|w| t.starts_with(e, w)))
            });
        let mut e = e + suffix.map_or(0, |s| s.chars().count());
        if suffix.is_none() {
            // `南京江北新区`: a city and its listed new area.
            if let Some(area) = gazetteer.at(t, e).filter(|a| a.ends_with("新区")) {
                e += area.chars().count();
            }
        }
        // `常州高铁新城`: a town whose stem starts with a name.
        return Some(town.map_or(e, |town| town.max(e)));
    }
    if town.is_some() {
        return town;
    }
    // (the words first: they rule out most chars at once)
    if !matches!(t.get(i), '高') && !matches!(t.get(i + 2), '经' | '开') {
        return None;
    }
    let free = !is_han(t.before(i)) || t.before(i) == '的';
    if t.starts_with(i, "高新区") && free {
        return Some(i + 3);
    }
    let name = (i..i + 2).all(|k| is_han(t.get(k)) && !is_generic(t.get(k)));
    if name && free {
        for s in ["经济技术开发区", "开发区"] {
            if t.starts_with(i + 2, s) {
                return Some(i + 2 + s.chars().count());
            }
        }
    }
    None
}

/// Whether a generic body may start with `c` ([`generic_at`] finds none
/// elsewhere: a level word before `各` or a directly governed level, `各`,
/// or the first char of a body that stands alone).
#[inline]
fn generic_start(c: char) -> bool {
    matches!(c, '市' | '县' | '区' | '省' | '各') || lex_generic_alone().may_start(c)
}

/// Heads of generic bodies after `各` (`各板块`, `各有关部门单位`), longest first.
const GENERIC_HEADS: &[&str] = &[
    "县（市、区）",
    "市（州）",
    "部委办局",
    "部门单位",
    "职能部门",
    "开发园区",
    "县市区",
    "部门",
    "单位",
    "板块",
    "镇办",
    "机关",
    "乡镇",
    "县区",
    "区县",
    "园区",
    "高校",
    "地区",
    "银行业金融机构",
    "金融机构",
    "机构",
    // the people's bodies, the parties, the courts and branches below
    // (`各人民团体`, `各民主党派`, `各基层法院`, `各监管分局`)
    "人民团体",
    "民主党派",
    "基层法院",
    "监管分局",
    // party organisations at every level (`各级党组织`, `各市州党委`)
    "市州党委",
    "党组织",
    "党委",
    "防指",
];

/// Generic bodies that stand without `各`.
const GENERIC_ALONE: &[&str] = &["部委办局", "有关部门", "相关部门"];

/// A generic body starting at char `i` (`各板块`, `部委办局`, `各地各有关部门`,
/// `市各有关部门`, `各级各部门`): its end. `各` units chain into one body;
/// `各地`/`各级` only lead one. A `市`/`县`/`区`/`省` before `各` belongs to
/// it unless a Han char precedes (`全市各板块` gives `各板块`).
fn generic_at(t: &Text, i: usize) -> Option<usize> {
    let mut j = i;
    if matches!(t.get(i), '市' | '县' | '区' | '省') && t.get(i + 1) == '各' && !is_han(t.before(i))
    {
        j += 1;
    }
    if j == i {
        if let Some(w) = lex_generic_alone().at(t, i) {
            return Some(i + w.chars().count());
        }
    }
    // the units directly under a level (`市直各部门`, `省直有关单位`)
    // (every level's second char is `直`: no list search elsewhere)
    let direct = |k: usize| {
        (t.get(k + 1) == '直')
            .then(|| t.match_any(k, DIRECT_LEVELS))
            .flatten()
            .map(|_| k + 2)
            .filter(|_| !is_han(t.before(k)) || matches!(t.before(k), '和' | '及'))
    };
    let mut units = 0;
    // the first unit's head: only a chain led by territorial units runs on
    // over `、` (`各县（市、区）、各部门`; `各镇办、各部门单位` are two)
    let mut first: Option<&str> = None;
    let territorial = |h: Option<&str>| {
        matches!(
            h,
            Some("县（市、区）" | "市（州）" | "县市区" | "乡镇" | "县区" | "区县" | "地区")
        )
    };
    loop {
        if let Some(d) = direct(j) {
            // (`省直有关单位` without `各`)
            if t.get(d) != '各' {
                let q = t
                    .match_any(d, &["有关", "相关"])
                    .map_or(0, |q| q.chars().count());
                match lex_generic_heads().at(t, d + q).filter(|_| q > 0) {
                    Some(h) => {
                        j = d + q + h.chars().count();
                        units += 1;
                        first = first.or(Some(h));
                        match chained(t, j).filter(|_| territorial(first)) {
                            Some(n) => {
                                j = n;
                                continue;
                            }
                            None => break,
                        }
                    }
                    None => break,
                }
            }
            j = d;
        }
        if t.get(j) != '各' {
            break;
        }
        if matches!(t.get(j + 1), '地' | '级') && t.get(j + 2) == '各' {
            j += 2;
            continue;
        }
        // each level's bodies of one kind (`各市农业农村局`, `各县公安局`):
        // a unit of the chain
        // (or every level's of a list: `各市、县（区）商务局、财政局`,
        // `各市（州）文化和旅游局、农业农村局`)
        let body_head = |k: usize| lists().1.at(t, k).filter(|h| h.chars().count() >= 2);
        let levels = match t
            .match_any(j + 1, LEVEL_LISTS)
            .filter(|l| body_head(j + 1 + l.chars().count()).is_some())
        {
            Some(l) => l.chars().count(),
            None if matches!(t.get(j + 1), '市' | '县' | '区') => 1,
            None => 0,
        };
        if levels > 0 {
            if let Some(h) = body_head(j + 1 + levels) {
                j += 1 + levels + h.chars().count();
                units += 1;
                first = first.or(Some(h));
                // (and the same level's other bodies after `、`:
                // `各市工业和信息化局、财政局`)
                while t.get(j) == '、' {
                    match body_head(j + 1) {
                        Some(h) => j += 1 + h.chars().count(),
                        None => break,
                    }
                }
                if let Some(n) = chained(t, j) {
                    j = n;
                }
                continue;
            }
        }
        // (`各级党组织`, `各级防指`: every level's body of one kind)
        let q = t
            .match_any(j + 1, &["有关", "相关", "级"])
            .map_or(0, |q| q.chars().count());
        match lex_generic_heads()
            .at(t, j + 1 + q)
            .filter(|h| q != 1 || matches!(*h, "党组织" | "党委" | "防指"))
        {
            Some(h) => {
                j += 1 + q + h.chars().count();
                units += 1;
                first = first.or(Some(h));
                // an addressee chain is one body (`各县（市、区）、各部门`,
                // `各乡镇、县直各部门`, `各县市区、各部门和各开发园区`)
                if let Some(n) = chained(t, j).filter(|_| territorial(first)) {
                    j = n;
                }
            }
            None => break,
        }
    }
    // (`各乡镇` alone, before `（街道）`, is a kind of place, not a body)
    if units == 1 && first == Some("乡镇") {
        return None;
    }
    // a chain that stopped after its `、` ends before it
    while j > i && matches!(t.before(j), '、' | '和' | '及') {
        j -= 1;
    }
    (units > 0).then_some(j)
}

/// Lists of levels a notice addresses every one of, before their bodies
/// (`各市、县（区）` + `商务局`, `各市（州）` + `文化和旅游局`), longest first.
const LEVEL_LISTS: &[&str] = &[
    "市、县（市、区）",
    "市、县（区）",
    "县（市、区）",
    "市、州、县",
    "市（州）",
    "县（市）",
    "市、县",
    "县、区",
    "县区",
    "市州",
];

/// The levels whose directly governed units a notice addresses
/// (`市直各部门`, `省直有关单位`).
const DIRECT_LEVELS: &[&str] = &["市直", "省直", "县直", "区直"];

/// Where the next unit of an addressee chain starts after a unit ending at
/// `j` (`、`, `和` or `及`, then `各…` or `县直…`).
fn chained(t: &Text, j: usize) -> Option<usize> {
    matches!(t.get(j), '、' | '和' | '及')
        .then_some(j + 1)
        .filter(|&n| t.get(n) == '各' || t.match_any(n, DIRECT_LEVELS).is_some())
}

/// Company and institute suffixes, longest first.
const COMPANY_SUFFIXES: &[&str] = &[
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "研究中心",
    "研究院",
    "研究所",
    "实验室",
    "大学",
    "学院",
    "集团",
    "银行",
];

/// Words that end the text before a company name (`推进` in
/// `推进上交大光芯片研究中心`), checked right to left.
const NAME_BOUNDARIES: &[&str] = &[
    "推进", "建设", "引进", "落户", "签约", "成立", "组建", "支持", "依托", "联合", "携手", "加快",
    "打造", "包括", "其中", "设立", "新建", "筹建", "揭牌", "合作", "牵头", "来自", "入驻", "参与",
    "推动", "对接", "服务", "走访", "调研", "考察", "会见", "提升", "全面", "与", "和", "及", "同",
    "由", "在", "对", "向", "为", "是", "以", "从", "把", "被", "将", "让", "等", "了", "的", "到",
    "于", "跟",
];

/// Stems that make a suffix generic (`商业银行`, `国家重点实验室`): a stem
/// made only of these words is no name.
const GENERIC_STEM_WORDS: &[&str] = &[
    "国家", "省级", "市级", "国有", "民营", "地方", "商业", "重点", "工程", "技术", "企业", "新型",
    "研发", "创新", "产业", "科研", "大型", "龙头", "骨干", "外资", "合资", "各类", "相关", "有关",
    "全国", "一批", "多家", "一家", "这家", "该", "本", "各", "大", "小",
];

/// Whether `stem` is made only of [`GENERIC_STEM_WORDS`].
fn generic_stem(stem: &str) -> bool {
    let mut rest = stem;
    while !rest.is_empty() {
        match GENERIC_STEM_WORDS.iter().find(|w| rest.starts_with(**w)) {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
    true
}

/// A company, bank or research institute ending with a suffix at char `s`
/// (`国联集团`, `江苏银行`, `上交大光芯片研究中心`): its start and end. The
/// name is the Han run before the suffix (at most 10 chars), cut after the
/// last [`NAME_BOUNDARIES`] word; it needs two chars and must not be generic.
fn company_ending_at(t: &Text, s: usize, gazetteer: &ByFirst, h: &Hints) -> Option<(usize, usize)> {
    let suffix = lex_company_suffixes().at(t, s)?;
    let e = s + suffix.chars().count();
    // the suffix is a word of its own or ends one (`商业银行`), never the
    // inside of another (`考大学`, `大学生`)
    let ends_token = h.token(s).is_some_and(|(_, y, _)| y == e);
    if !(h.boundary(e) && (h.boundary(s) || ends_token)) {
        return None;
    }
    // `银行业`, `集团化`, `集团公司` reads on
    if matches!(suffix, "银行" | "集团") && matches!(t.get(e), '业' | '化' | '式' | '内') {
        return None;
    }
    // an event named after it (`未来技术学院无锡峰会`) is no mention of a body
    let at = e + gazetteer.at(t, e).map_or(0, |p| p.chars().count());
    if t.match_any(at, &["峰会", "论坛", "大会", "年会"]).is_some() {
        return None;
    }
    // a place or `集团` in brackets before the suffix is part of the name
    // (`孚能科技（赣州）股份有限公司`, `新疆中泰（集团）有限责任公司`): the
    // name's stem ends before the bracket
    let s = bracketed_before(t, s).unwrap_or(s);
    let mut start = s;
    while start > 0 && s - start < 10 && is_han(t.get(start - 1)) {
        start -= 1;
    }
    // cut after the right-most boundary word inside the run
    let mut k = s;
    while k > start {
        if let Some(w) = (1..=2).filter(|n| *n <= k - start).find_map(|n| {
            NAME_BOUNDARIES
                .iter()
                .find(|b| t.starts_with(k - n, b) && b.chars().count() == n)
        }) {
            let _ = w;
            start = k;
            break;
        }
        k -= 1;
    }
    // never start inside the clause before: stop at a verb or a function
    // word jieba found (`赵致真常说他上大学`, `毛河光院士参观吉林大学`)
    // (a verb at the start of the run stays when a one-char name part
    // follows it: `推进上交大光芯片研究中心` keeps `上交`; `要考大学`,
    // `还有联想集团` are no names)
    // (a trade name of two single chars jieba cut and tagged as it could,
    // `襄阳/鑫/盛/物流/有限公司`: a one-char verb after a one-char name part
    // is part of the name)
    let trade_char = |a: usize, k: usize| {
        k == a + 1
            && a > start
            && h.len_at(a - 1) == 1
            && is_han(t.get(a - 1))
            && !matches!(h.class(a - 1), WordClass::Function | WordClass::Verb)
    };
    // (a verb of a firm's business between two nouns of its trade name:
    // `本源/量子/计算/科技`, `华东/智能/制造/装备`)
    let trade_verb = |a: usize, k: usize| {
        matches!(
            t.slice(a, k),
            "计算"
                | "制造"
                | "控股"
                | "投资"
                | "开发"
                | "创新"
                | "管理"
                | "咨询"
                | "设计"
                | "运营"
                | "传播"
        ) && a > start
            && h.class(a - 1) == WordClass::Noun
            && h.class(k) == WordClass::Noun
    };
    let mut k = s;
    while k > start {
        match h.token(k - 1) {
            Some((a, _, c))
                if a >= start
                    && c != WordClass::Function
                    && !(c == WordClass::Verb
                        && (a > start || k == s || h.len_at(k) != 1)
                        && !(k < s && trade_char(a, k))
                        && !(k < s && trade_verb(a, k)))
                    && !matches!(t.slice(a, k), "本报讯" | "电" | "记者")
                    // (a dateline's `讯` after its paper or agency, not the
                    // `讯` of a trade name: `科大/讯/飞股份有限公司`)
                    && !(t.slice(a, k) == "讯"
                        && (a == 0 || matches!(t.before(a), '报' | '社' | '网' | '台' | '电' | '又')
                            || !is_han(t.before(a)))) =>
            {
                k = a
            }
            None => k -= 1,
            _ => break,
        }
    }
    // (a one-char adjective before the place that heads the name is the
    // clause's: `用/好/中国/农业发展银行`)
    if k + 1 < s
        && h.len_at(k) == 1
        && h.class(k) == WordClass::Other
        && h.boundary(k + 1)
        && h.class(k + 1) == WordClass::Place
    {
        k += 1;
    }
    start = k;
    // a company named the usual way reads back to the places it starts
    // with, over a trade name and words of trade jieba may tag as verbs
    // (`诸暨市/惠万家/超市/有限公司`, `珠海/海睿/游艇/制造/有限公司`)
    if let Some(a) = placed_trade_name(t, start, s, h) {
        start = a;
    }
    // `恒力石化（大连）炼化有限公司`: the name runs on before a bracketed
    // place inside it, over nouns and names (never a verb or function word)
    if let Some(open) = bracketed_before(t, start).filter(|_| start < s) {
        let mut k = open;
        while let Some((a, _, c)) = h.token(k - 1).filter(|_| k > 0 && open - k < 8) {
            if a < open.saturating_sub(8)
                || matches!(c, WordClass::Function | WordClass::Verb)
                || !(a..k).all(|x| is_han(t.get(x)))
            {
                break;
            }
            k = a;
        }
        if open - k >= 2 {
            start = k;
        }
    }
    if let Some(a) = lab_field_before(t, start, s) {
        start = a;
    }
    if s - start < 2 || generic_stem(t.slice(start, s)) {
        return None;
    }
    // a stem that is a generic-body lead (`各`) or a numeral is no name
    // (a word of the trade name that starts with one is fine: `本源/量子`)
    let trade_word = h.token(start).is_some_and(|(x, y, c)| {
        x == start
            && y - x >= 2
            && matches!(c, WordClass::Noun | WordClass::Unknown)
            && !matches!(
                t.get(start + 1),
                '市' | '省'
                    | '县'
                    | '区'
                    | '地'
                    | '镇'
                    | '村'
                    | '单'
                    | '公'
                    | '国'
                    | '家'
                    | '批'
                    | '些'
                    | '个'
                    | '种'
            )
    });
    if matches!(
        t.get(start),
        '各' | '该' | '本' | '全' | '多' | '一' | '两' | '几' | '某' | '这' | '那' | '其'
    ) && !trade_word
    {
        return None;
    }
    Some((start, e))
}

/// A sports team or club named after its place and its sponsor, starting at
/// char `i` (`山西` + `汾酒股份` + `队`, `广州` + `朗肽海本` + `队`,
/// `吉林` + `九台农商银行篮球` + `俱乐部`): its end. Two to eight Han chars of
/// sponsor, no clause char and no word of a match (`战胜`, `迎战`); units of
/// the army and the police (`部队`, `编队`, `支队`) are other bodies.
fn team_at(t: &Text, h: &Hints, i: usize) -> Option<usize> {
    // (the caller asks only where a `队` or `俱` lies within reach)
    if !h.boundary(i) {
        return None;
    }
    let n = super::names::place_prefix(t.slice(i, (i + 8).min(t.len())))?;
    team_after(t, i + t.slice(i, t.len())[..n].chars().count())
}

/// The end of a team's or club's name whose place ends at char `e` (see
/// [`team_at`]).
fn team_after(t: &Text, e: usize) -> Option<usize> {
    const MATCH_WORDS: &[&str] = &[
        "战胜", "迎战", "击败", "逼平", "负于", "败给", "输给", "对阵", "主场", "客场", "力克",
        "不敌", "淘汰", "组建", "派出", "成立", "选派", "率领", "带领", "共有", "参加", "包括",
    ];
    let mut k = e;
    while k < t.len() && k < e + 9 && is_han(t.get(k)) {
        let c = t.get(k);
        if k - e >= 2 {
            let end = if c == '队' {
                Some(k + 1)
            } else if t.starts_with(k, "俱乐部") {
                Some(k + 3)
            } else {
                None
            };
            if let Some(end) = end {
                let unit = matches!(
                    t.get(k - 1),
                    '部' | '编' | '舰' | '军' | '车' | '梯' | '排' | '团' | '中' | '大' | '支' | '总' | '分' | '小' | '工' | '作'
                        // (a verb of `队`: `率队`, `带队`, `组队`)
                        | '率' | '带' | '领' | '组' | '入' | '归' | '站' | '列' | '结' | '整' | '建' | '派'
                );
                let word = matches!(t.get(end), '伍' | '员' | '列' | '形' | '长' | '医');
                return (!(c == '队' && (unit || word))).then_some(end);
            }
        }
        if CLAUSE_CHARS.contains(c) || MATCH_WORDS.iter().any(|w| t.starts_with(k, w)) {
            return None;
        }
        k += 1;
    }
    None
}

/// The start of a key laboratory's field before the body that recognised
/// it (`智能制造装备` + `湖南省重点实验室`, `水库生态与环境安全` +
/// `湖北省重点实验室`, `深海极端环境与生命` + `全国重点实验室`), the suffix
/// starting at char `s` and the walk over the clause stopped at `start`:
/// back over Han chars, `与`/`和` included (a field joins two subjects), to
/// a clause break, `的` or a verb that names the lab (`依托`, `获批`).
fn lab_field_before(t: &Text, start: usize, s: usize) -> Option<usize> {
    const STOPS: &[&str] = &[
        "获批", "申报", "认定", "入选", "建成", "成为", "通过", "获评", "批准",
    ];
    if !t.starts_with(s, "实验室")
        || !t.ends_with(s, "重点")
        || !["省", "全国", "国家", "市"]
            .iter()
            .any(|w| t.ends_with(s - 2, w))
    {
        return None;
    }
    let mut k = start;
    while k > 0 && s - k < 18 && is_han(t.get(k - 1)) {
        let stop = |w: &&str| t.ends_with(k, w);
        // (a count is no field: `3个国家重点实验室`, `多家省重点实验室`)
        if matches!(
            t.get(k - 1),
            '的' | '个' | '家' | '批' | '所' | '项' | '些' | '多' | '各'
        ) || super::is_numeral(t.get(k - 1))
            || STOPS.iter().any(stop)
            || NAME_BOUNDARIES
                .iter()
                .filter(|w| !matches!(**w, "与" | "和" | "及"))
                .any(stop)
        {
            break;
        }
        k -= 1;
    }
    (k + 1 < start).then_some(k)
}

/// Chars that, as a token of their own, join or end a clause and so never
/// stand inside a trade name.
const CLAUSE_CHARS: &str = "的地得在和与及是了对为把被将从向等或并而也都就又还但由要";

/// The start of the places heading a company whose legal form (`有限公司`,
/// `集团`) starts at
/// char `s`, before char `start` where the walk over the clause stopped:
/// places of the gazetteer written in a row (`绍兴市上虞区`), then two to
/// ten Han chars of trade name and trade words (`安泊停车管理`,
/// `迈锐特智能装备股份`) holding a word the dictionary does not know or a
/// lone char it reads as a name (a trade name is a coined word: `惠万家`,
/// `海睿`), and no clause word (`的`, `在`, `和`).
fn placed_trade_name(t: &Text, start: usize, s: usize, h: &Hints) -> Option<usize> {
    if h.is_empty()
        || t.match_any(s, &["股份有限公司", "有限责任公司", "有限公司", "集团"])
            .is_none()
    {
        return None;
    }
    (s.saturating_sub(16)..start).find(|&a| {
        if !h.boundary(a) {
            return false;
        }
        let mut k = a;
        while let Some(n) = super::names::place_prefix(t.slice(k, s)) {
            k += t.slice(k, s)[..n].chars().count();
        }
        if k == a || !(2..=10).contains(&(s - k)) || !(k..s).all(|x| is_han(t.get(x))) {
            return false;
        }
        let mut coined = false;
        let mut x = k;
        while x < s {
            let Some((p, q, c)) = h.token(x) else {
                x += 1;
                continue;
            };
            let one = q == p + 1;
            if one && CLAUSE_CHARS.contains(t.get(p)) {
                return false;
            }
            coined |= c == WordClass::Unknown || (one && c == WordClass::Person);
            x = q.max(x + 1);
        }
        coined
    })
}

/// Where the bracket opens when a bracketed place or `集团` stands right
/// before char `s` (`（赣州）`, `（集团）`).
fn bracketed_before(t: &Text, s: usize) -> Option<usize> {
    if s == 0 || !matches!(t.before(s), '）' | ')') {
        return None;
    }
    let close = s - 1;
    let open = (close.saturating_sub(9)..close)
        .rev()
        .find(|&k| matches!(t.get(k), '（' | '('))?;
    let inner = t.slice(open + 1, close);
    let place = super::names::place_prefix(inner).is_some_and(|n| n == inner.len());
    (inner == "集团" || place).then_some(open)
}

/// Whether a company's suffix may start with `c` (a gate, see
/// [`super::flags::gate`]).
pub(super) fn company_start(c: char) -> bool {
    lex_company_suffixes().may_start(c)
}

/// Companies and institutes in the text, by a scan for their suffixes.
fn companies(t: &Text, gazetteer: &ByFirst, h: &Hints) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // (only where a suffix may start: the next such char by the gates)
    let mut i = 0;
    loop {
        i = t.next_gated(i, super::flags::gate::COMPANY);
        if i >= t.len() {
            break;
        }
        match company_ending_at(t, i, gazetteer, h) {
            Some((a, e)) if out.last().is_none_or(|&(_, pe)| pe <= a) => {
                out.push((a, e));
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

/// An organisation starting at char `i`: its end.
fn org_at(t: &Text, i: usize, heads: &ByFirst) -> Option<usize> {
    if t.get(i) == '市' && t.starts_with(i, "市委市政府") {
        if let Some(h) = heads.at(t, i + 5) {
            return Some(i + 5 + h.chars().count());
        }
    }
    // (a state body's head after `国家`: `国家发展改革委`)
    if t.starts_with(i, "国家") {
        if let Some(h) = heads.at(t, i + 2).filter(|h| h.chars().count() >= 3) {
            return Some(i + 2 + h.chars().count());
        }
    }
    let p = usize::from(matches!(t.get(i), '市' | '省' | '县' | '区'));
    // (a prefecture's committee, `州委、州政府`)
    if t.get(i) == '州' && t.get(i + 1) == '委' && !is_han(t.get(i + 2)) {
        return Some(i + 2);
    }
    if p == 1 && t.get(i + 1) == '委' {
        // `市委`, `市委组织部`
        // (and its standing committee: `市委常委会召开会议`)
        let h = t.match_any(i + 2, &["组织部", "宣传部", "统战部", "政法委", "常委会"]);
        return Some(i + 2 + h.map_or(0, |h| h.chars().count()));
    }
    if let Some(h) = heads.at(t, i + p) {
        // `政府投资`, `人大代表`: these heads name a body only with a prefix.
        if p == 1 || !matches!(h, "政府" | "人大") {
            return Some(i + p + h.chars().count());
        }
    }
    None
}

/// The shipped lists, indexed once: the gazetteer, the organisations'
/// heads, and the chars a generic body, a listed place or an organisation
/// starts with.
fn lists() -> &'static (ByFirst, ByFirst, crate::core::han::CharSet) {
    static LISTS: std::sync::OnceLock<(ByFirst, ByFirst, crate::core::han::CharSet)> =
        std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let (gazetteer, heads) = (
            ByFirst::new(words(include_str!("places.txt"))),
            ByFirst::new(words(include_str!("orgs.txt"))),
        );
        // the chars a generic body (`市各…`, `各…`, `部委办局` …), a listed
        // place (or `高新区`) or an organisation (`市委…`, a head) starts with
        let starts = crate::core::han::CharSet::new(
            gazetteer
                .words
                .iter()
                .chain(&heads.words)
                .chain(GENERIC_ALONE)
                .filter_map(|w| w.chars().next())
                .chain("市县区省州各高".chars()),
        );
        (gazetteer, heads, starts)
    })
}

/// Whether a generic body, a listed place or an organisation may start
/// with `c` (a gate, see [`super::flags::gate`]).
pub(super) fn may_start(c: char) -> bool {
    lists().2.contains(c)
}

/// Places and organisations, skipping the spans of `people`.
pub fn places_and_orgs(t: &Text, people: &[Entity], h: &Hints) -> Vec<Entity> {
    let (gazetteer, heads, _) = lists();
    // people's spans as char ranges: a char is inside a person when its byte offset is (`x <= at[i] < y` holds exactly for
    // the chars from the first at or after `x` to the first at or after
    // `y`, offsets growing with the index)
    let spans: Vec<(usize, usize)> = people
        .iter()
        .flat_map(|p| p.spans.iter().copied())
        .map(|(x, y)| {
            (
                t.at.partition_point(|&b| b < x),
                t.at.partition_point(|&b| b < y),
            )
        })
        .collect();
    // (marked per char once: one read per char, no cursor)
    let mut held = vec![false; t.len()];
    for (x, y) in spans {
        if let Some(run) = held.get_mut(x..y.min(t.len())) {
            run.fill(true);
        }
    }
    let taken = |i: usize| held.get(i).copied().unwrap_or(false);
    let mut items = Vec::new();
    let firms = companies(t, gazetteer, h);
    let mut suffixes = super::GateAhead::new(super::flags::gate::TOWN_SUFFIX);
    // (cursors for the skip below)
    let mut by_chars = super::GateAhead::new(gate::ENTITY);
    let mut by_words = super::GateAhead::new(gate::ZONE_WORD | gate::TOWN_SUFFIX);
    // (the gates read from the slice, not through the text's cell per test)
    let gates = t.gates();
    let gated = |k: usize, mask: u32| super::flags::gated(gates, k, mask);
    let mut f = 0;
    let mut i = 0;
    let mut last_end = usize::MAX;
    let mut next_team = 0;
    while i < t.len() {
        if taken(i) {
            i += 1;
            continue;
        }
        while f < firms.len() && firms[f].0 < i {
            f += 1;
        }
        let firm = firms.get(f).filter(|(a, _)| *a == i);
        // nothing below starts at `i` unless its char may start a generic
        // body, a listed place or an organisation's head, a development
        // zone's word lies two chars on, or a town's suffix within reach
        // (one test for the 85 % of chars where none does)
        if firm.is_none()
            && !gated(i, gate::ENTITY)
            && !gated(i + 2, gate::ZONE_WORD)
            && !suffixes.within(t, i + 2, i + 6)
        {
            // on to the next char where one may hold: a char such a name
            // starts with, a zone's word or a town's suffix close enough
            // after it (a suffix at `p` is within reach of `p - 6 ..= p - 2`),
            // or a firm's start (the first after `i`: none starts at `i`)
            let by_char = by_chars.next(t, i + 1);
            let q = by_words.next(t, i + 3);
            let by_suffix = if q < t.len() {
                q.saturating_sub(6).max(i + 1)
            } else {
                t.len()
            };
            let by_firm = firms.get(f).map_or(t.len(), |&(a, _)| a.max(i + 1));
            i = by_char.min(by_suffix).min(by_firm);
            continue;
        }
        // a team or club named after its place (`四川全兴队`, whose place
        // jieba joins to the sponsor): the body, not the place
        // (the next `队` or `俱` found by one forward scan, not a look
        // ahead at every char)
        if next_team < i + 3 {
            // (not `队伍`, `队员`: words of the team's people)
            // (over the chars as a slice, a pair at a time, and the last
            // char alone)
            let rest = t.ch.get(i + 3..).unwrap_or(&[]);
            next_team = rest
                .windows(2)
                .position(|w| match w[0] {
                    '队' => !matches!(w[1], '伍' | '员'),
                    '俱' => w[1] == '乐',
                    _ => false,
                })
                .or_else(|| (rest.last() == Some(&'队')).then(|| rest.len() - 1))
                .map_or(usize::MAX, |k| i + 3 + k);
        }
        if let Some(te) = (firm.is_none() && next_team < i + 16)
            .then(|| team_at(t, h, i))
            .flatten()
            .filter(|&te| (i..te).all(|k| !taken(k)))
        {
            items.push((("org", t.slice(i, te)), (t.byte(i), t.byte(te))));
            i = te;
            last_end = te;
            continue;
        }
        if let Some(&(a, e)) = firm {
            let _ = a;
            items.push((("org", t.slice(i, e)), (t.byte(i), t.byte(e))));
            i = e;
            last_end = e;
        } else if let Some(e) = generic_start(t.get(i)).then(|| generic_at(t, i)).flatten() {
            items.push((("org_generic", t.slice(i, e)), (t.byte(i), t.byte(e))));
            i = e;
            last_end = e;
        } else if let Some(e) = place_at(t, i, gazetteer, i == last_end, &mut suffixes)
            // a place never starts or ends inside one of jieba's words
            // (`四川全兴/队`, `长治久安`)
            // (a suffix jieba joins to the next word stays: `新吴区/委`)
            .filter(|&e| {
                h.boundary(i)
                    && (h.boundary(e) || matches!(t.get(e - 1), '区' | '市' | '县' | '省' | '城'))
            })
        {
            // a zone named after the place and its purpose (`山西` + `综改` +
            // `示范区`)
            let e = super::names::zone_after(t, h, e).unwrap_or(e);
            let place = t.slice(i, e);
            let admin = place.ends_with(['区', '县', '市', '省']);
            // (a place named without its suffix before a party committee
            // named with it: `赣州` + `市委书记`, `湘西` + `州委`)
            let committee = || {
                lex_committees()
                    .at(t, e)
                    .filter(|_| !admin && !place.ends_with('城'))
            };
            if let Some(o) = lex_place_orgs()
                .at(t, e)
                .filter(|o| admin || (place.ends_with('城') && *o != "委"))
                .or_else(committee)
            {
                let oe = e + o.chars().count();
                items.push((("org", t.slice(i, oe)), (t.byte(i), t.byte(oe))));
            } else if let Some(h) = heads.at(t, e).filter(|_| admin) {
                // `杭州市发改委`: a body named with its place
                let oe = e + h.chars().count();
                items.push((("org", t.slice(i, oe)), (t.byte(i), t.byte(oe))));
                items.push((("place", place), (t.byte(i), t.byte(e))));
                i = oe;
                last_end = oe;
                continue;
            }
            items.push((("place", place), (t.byte(i), t.byte(e))));
            i = e;
            last_end = e;
        } else if let Some(e) = org_at(t, i, heads).filter(|_| h.boundary(i)) {
            items.push((("org", t.slice(i, e)), (t.byte(i), t.byte(e))));
            i = e;
            last_end = e;
        } else {
            i += 1;
        }
    }
    // (the names borrowed from the text until grouped: one string per
    // entity, not per mention)
    group(items)
        .into_iter()
        .map(|((kind, text), spans)| {
            let text = text.to_string();
            let evidence = if kind.ends_with("_generic") {
                Evidence::Generic
            } else if kind == "place" && gazetteer.at(&Text::new(&text), 0).is_some() {
                Evidence::Gazetteer
            } else {
                Evidence::Suffix
            };
            Entity {
                kind: if kind == "place" {
                    EntityKind::Place
                } else {
                    EntityKind::Org
                },
                title: None,
                count: spans.len(),
                spans,
                generic: kind.ends_with("_generic"),
                evidence,
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `generic_at` looks for a level only before `直`.
    #[test]
    fn every_direct_level_ends_in_zhi() {
        assert!(DIRECT_LEVELS.iter().all(|w| w.chars().nth(1) == Some('直')));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The two-char index finds the word a scan of the whole list,
        /// longest first, finds.
        #[test]
        fn by_first_finds_what_the_list_finds(s in "[市委书记长江a，]{0,30}") {
            let list = words("市委书记 市委 市 长江 长 江a 书记 记 a");
            let index = ByFirst::new(list.clone());
            let t = Text::new(&s);
            for i in 0..=t.len() + 1 {
                proptest::prop_assert_eq!(index.at(&t, i), t.match_any(i, &list));
            }
        }
    }

    fn e(s: &str) -> Vec<(String, String)> {
        places_and_orgs(&Text::new(s), &[], &Hints::none())
            .into_iter()
            .map(|x| (x.kind.to_string(), x.text))
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn districts_and_zones() {
        let got = e("督查天宁区、钟楼区、常州经开区部分重大项目,无锡高新区(新吴区),全省第一方阵,省级高新区。");
        let want = [
            ("place", "天宁区"),
            ("place", "钟楼区"),
            ("place", "常州经开区"),
            ("place", "无锡高新区"),
            ("place", "新吴区"),
        ];
        assert_eq!(got, pairs(&want));
        let got = e("蠡园开发区党工委书记 王子健表示,全市多个开发区,下一步开发区将以");
        assert_eq!(
            got,
            pairs(&[("place", "蠡园开发区"), ("org", "蠡园开发区党工委")])
        );
    }

    #[test]
    fn government_bodies() {
        let got = e("会上,市统计局、发改委、工信局、商务局、生态环境局、应急管理局作交流发言。市市场监管局局长。");
        let texts: Vec<_> = got.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            texts,
            [
                "市统计局",
                "发改委",
                "工信局",
                "商务局",
                "生态环境局",
                "应急管理局",
                "市市场监管局"
            ]
        );
        let got = e("市委组织部、市委市政府督查室,新吴区委书记,国联集团党委书记");
        let texts: Vec<_> = got.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            texts,
            [
                "市委组织部",
                "市委市政府督查室",
                "新吴区",
                "新吴区委",
                "国联集团"
            ]
        );
    }

    #[test]
    fn districts_new_areas_and_new_towns_beyond_the_samples() {
        // Phrases written for this test, not taken from the samples.
        let got = e("南京江北新区、雨花台区和江宁区联动,浦口区委书记调研;徐州市铜山区,盐城市大丰区迎来大丰收。");
        let want = [
            ("place", "南京江北新区"),
            ("place", "雨花台区"),
            ("place", "江宁区"),
            ("place", "浦口区"),
            ("org", "浦口区委"),
            ("place", "徐州市"),
            ("place", "铜山区"),
            ("place", "盐城市"),
            ("place", "大丰区"),
        ];
        assert_eq!(got, pairs(&want));
        let got = e("推进滨江新城建设,设立雄安新区,中欧低碳生态城管委会,常州高铁新城。");
        let want = [
            ("place", "滨江新城"),
            ("place", "雄安新区"),
            ("place", "中欧低碳生态城"),
            ("org", "中欧低碳生态城管委会"),
            ("place", "常州高铁新城"),
        ];
        assert_eq!(got, pairs(&want));
    }

    #[test]
    fn words_around_names_are_not_places() {
        for s in [
            "进一步提高港区作业效率",
            "打造一座产业新城,建设现代化国际新城",
            "推进科技创新区建设,创建国家生态城市",
            "老城区和新城区同步更新",
            "为现代化建设贡献力量",
        ] {
            assert_eq!(e(s), Vec::<(String, String)>::new(), "{s}");
        }
    }

    fn generic(s: &str) -> Vec<(String, bool)> {
        places_and_orgs(&Text::new(s), &[], &Hints::none())
            .into_iter()
            .filter(|x| x.kind == "org")
            .map(|x| (x.text, x.generic))
            .collect()
    }

    #[test]
    fn generic_bodies_are_marked() {
        let got = generic("全市各板块各部门要强化担当;市各有关部门、部委办局和各镇办,各地各部门、各级各部门,把相关部门召集起来,市统计局。");
        let want = [
            ("各板块各部门", true),
            ("市各有关部门", true),
            ("部委办局", true),
            ("各镇办", true),
            ("各地各部门", true),
            ("各级各部门", true),
            ("相关部门", true),
            ("市统计局", false),
        ];
        let want: Vec<_> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
        assert_eq!(got, want);
        // `各地` and `各级` alone, and other `各` words, are no bodies
        assert_eq!(generic("各地要抓落实,各级领导干部,各项工作,各企业"), vec![]);
    }

    #[test]
    fn companies_banks_and_institutes() {
        // Phrases written for this test, not taken from the samples.
        let got = generic("推进上交大光芯片研究中心建设,与江苏银行、无锡农村商业银行签约,红豆集团和海澜之家股份有限公司,引进中科院微电子研究所。");
        let texts: Vec<_> = got.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "上交大光芯片研究中心",
                "江苏银行",
                "无锡农村商业银行",
                "红豆集团",
                "海澜之家股份有限公司",
                "中科院微电子研究所"
            ]
        );
        assert!(got.iter().all(|x| !x.1));
        for s in [
            "全面提升集团管控水平",
            "商业银行和银行业金融机构",
            "建设国家重点实验室",
            "各银行要加大信贷投放",
            "一批龙头企业集团化发展",
        ] {
            assert_eq!(generic(s), vec![], "{s}");
        }
    }
}
