//! Rule-based extraction for Chinese policy and news texts: figures, quotes,
//! outline points and named entities.
//!
//! Why rules and not a model: Wenxi runs offline in the browser, and the texts
//! it targets (government meeting reports, speeches, news features) are written
//! in a formulaic register — `市委书记陈金虎`, `完成投资169.6亿元`, `一要…二要…`,
//! `“3+5+X”` — where a few hundred lines of hand-written rules and small
//! shipped word lists are precise, explainable and deterministic.
//!
//! How: [`extract`] reads the *clean* Simplified text (after
//! [`prepare`](super::analyze::prepare)) and runs four independent passes,
//! each in its own module. All passes walk the text as a vector of
//! `(byte offset, char)` pairs ([`Text`]), so every span they report lies on
//! char boundaries, and none of them indexes without a bound check, so any
//! `&str` is accepted without panicking. Results are ordered by first
//! occurrence, which makes the output deterministic.

/// A set of chars, built once for a constant-time lookup (a
/// `str::contains` scans the whole string every time).
macro_rules! char_set {
    ($vis:vis $name:ident, $set:expr) => {
        #[inline]
        $vis fn $name(c: char) -> bool {
            static S: std::sync::OnceLock<crate::core::han::CharSet> = std::sync::OnceLock::new();
            S.get_or_init(|| crate::core::han::CharSet::new($set.chars()))
                .contains(c)
        }
    };
}

/// A set of words, built once for a hashed lookup (a `contains` on a
/// list compares the word with every listed word of its length):
/// `word_set!(is_x, LIST)` defines `fn is_x(w: &str) -> bool`.
macro_rules! word_set {
    ($vis:vis $name:ident, $list:expr) => {
        $vis fn $name(w: &str) -> bool {
            static S: std::sync::OnceLock<crate::core::extract::FxSet<&'static str>> =
                std::sync::OnceLock::new();
            S.get_or_init(|| $list.iter().copied().collect()).contains(w)
        }
    };
}

/// A word list with the sets of its first and last chars, built once:
/// `lexicon!(titles, TITLES)` defines `fn titles() -> &'static Lexicon`.
macro_rules! lexicon {
    ($name:ident, $list:expr) => {
        #[inline]
        fn $name() -> &'static crate::core::extract::Lexicon {
            static S: std::sync::OnceLock<crate::core::extract::Lexicon> =
                std::sync::OnceLock::new();
            S.get_or_init(|| crate::core::extract::Lexicon::new($list))
        }
    };
}

pub mod datelines;
pub mod entities;
pub mod figures;
mod flags;
pub mod general;
pub mod hints;
pub mod lists;
pub mod names;
pub mod outline;
pub mod people;
pub mod persons;
pub mod quotes;
pub mod references;
pub mod seats;
pub mod stems;
pub mod towns;

pub use hints::Hints;

use super::report::{Entity, EntityKind, Figure, OutlineItem, Quote};
use std::sync::atomic::{AtomicU64, Ordering};

/// Everything [`extract`] finds in one clean text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extraction {
    /// People, places and organisations, in order of first occurrence.
    pub entities: Vec<Entity>,
    /// Numbers with units, in text order.
    pub figures: Vec<Figure>,
    /// Quoted terms, book titles and numbered formulas, by first occurrence.
    pub quotes: Vec<Quote>,
    /// Outline points, in text order.
    pub outline: Vec<OutlineItem>,
}

/// Runs every extraction pass over a clean Simplified text, from the text
/// alone (see [`extract_with`]).
pub fn extract(text: &str) -> Extraction {
    extract_with(text, &Hints::none())
}

/// Runs every extraction pass over a clean Simplified text with what
/// segmentation found in it ([`Hints`]: jieba's tokens and their
/// dictionary tags), which the name passes use as evidence.
pub fn extract_with(text: &str, hints: &Hints) -> Extraction {
    extract_steps(text, hints, &mut |_, _| {})
}

/// How many steps [`extract_steps`] reports.
pub const EXTRACT_STEPS: usize = 6;

/// [`extract_with`], calling `step(done, EXTRACT_STEPS)` after each of its
/// passes (people with titles, local places and organisations, the general
/// name passes, figures, quotes, outline), so a caller can show progress
/// through a long document.
///
/// Every pass it calls is `#[inline(never)]`: inlined, they made this one
/// function 71 KB of wasm (181 KB after wasm-opt), and V8's optimising
/// compiler takes superlinear time on a function that size (register
/// allocation), CPU that a pool of workers shares with the analyses on a
/// small machine. A call per pass per document costs nothing measurable.
pub fn extract_steps(text: &str, hints: &Hints, step: &mut dyn FnMut(usize, usize)) -> Extraction {
    let t = Text::new(text);
    // (the quotation marks' pairs, found once: figures skip what they
    // enclose, and the quotes pass lists them)
    let pairs = quotes::raw(&t);
    let quoted = quotes::spans_of(&pairs);
    let mut entities = people::people(&t);
    step(1, EXTRACT_STEPS);
    entities.extend(entities::places_and_orgs(&t, &entities, hints));
    step(2, EXTRACT_STEPS);
    let more = general::general(&t, hints, &entities);
    entities.extend(more);
    venues_are_places(&mut entities);
    former_names(&t, hints, &mut entities);
    party_centres(text, &mut entities);
    departments_of_universities(&t, hints, &mut entities);
    foreign_names_of_kinds(&t, hints, &mut entities);
    democratic_party_committees(text, &mut entities);
    places_inside_firms(&mut entities);
    works_read_as_people(text, &mut entities);
    places_read_as_people(text, &mut entities);
    sides_read_as_people(&mut entities);
    parts_of_dotted_names(text, &mut entities);
    // an anonymised party (`某模具公司`, `诉某公司`) names no body; a time
    // word names no one (`前锋/今年夏天/nr`, a tag of jieba's dictionary)
    entities.retain(|e| match e.kind {
        EntityKind::Org => !e.text.contains('某'),
        EntityKind::Person => !TIME_WORDS.iter().any(|w| e.text.starts_with(w)),
        // (`用好/每村/每年`: no place is named with `每`)
        EntityKind::Place => !e.text.contains('每'),
    });
    time_words_before_bodies(text, &mut entities);
    names_cut_short(text, &mut entities);
    dotted_names_before_time_words(&mut entities);
    lists::people_listed_with_places(text, &mut entities);
    lists::landforms_listed_with_places(&t, hints, &mut entities);
    // (a landform found there makes a name beside it a place: each item
    // made one can make the next)
    for _ in 0..3 {
        if !lists::people_listed_with_places(text, &mut entities) {
            break;
        }
    }
    lists::orgs_listed_before_kind(&t, hints, &mut entities);
    counted_things_read_as_people(text, &mut entities);
    quoted_words_read_as_names(text, &mut entities);
    papers(&t, hints, &pairs, &mut entities);
    people_read_as_places(text, &mut entities);
    given_names_read_as_places(&t, hints, &mut entities);
    author_lines(text, &mut entities);
    names_made_of_words(&t, hints, &mut entities);
    party_before_body(text, &mut entities);
    committee_departments(text, &mut entities);
    numbered_units(text, &mut entities);
    publishers_after_titles(text, &mut entities);
    nested_orgs(&mut entities);
    orgs_led_by_people(text, &mut entities);
    seats::seats(text, &mut entities);
    // (again, after the seats: a seat's committee inside a longer body,
    // `利川市委` of `利川市委组织部副部长`, is no organisation of its own;
    // the first call keeps the seats from reading bodies nested in others)
    nested_orgs(&mut entities);
    place_before_level_body(text, &mut entities);
    stem_before_level_body(text, &mut entities);
    datelines::apply(&t, &mut entities);
    references::apply(&t, hints, &mut entities);
    stems::short_forms_of_named_places(&t, hints, &quoted, &mut entities);
    stems::short_forms_of_named_firms(&t, hints, &mut entities);
    stems::declared_short_forms(&t, hints, &mut entities);
    seats::places_of_bodies(&mut entities);
    names::sub_districts(&t, hints, &mut entities);
    names::settlements_of_bodies(&t, &mut entities);
    names::towns_after_counties(&t, hints, &mut entities);
    names::villages_after_towns(&t, hints, &mut entities);
    names::ports_of_places(&t, hints, &mut entities);
    names::route_ends(&t, hints, &mut entities);
    names::ethnic_townships(&t, hints, &mut entities);
    names::mountains_cut_before_foot(&t, hints, &mut entities);
    names::places_cut_before_last_char(&t, hints, &mut entities);
    names::countries_before_offshore(&t, &mut entities);
    names::provinces_glued_to_places(&t, &mut entities);
    places_in_quoted_names(&t, &quoted, &mut entities);
    settlements_at_every_mention(&t, hints, &mut entities);
    division_short_forms(&t, hints, &mut entities);
    surnames_before_titles(text, &mut entities);
    entities.sort_by_key(|e| e.spans.first().map_or(usize::MAX, |s| s.0));
    step(3, EXTRACT_STEPS);
    let figures = figures::figures(&t, &quoted);
    step(4, EXTRACT_STEPS);
    let quotes = quotes::quotes_of(&t, &pairs);
    step(5, EXTRACT_STEPS);
    let outline = outline::outline(&t);
    step(6, EXTRACT_STEPS);
    Extraction {
        entities,
        figures,
        quotes,
        outline,
    }
}

/// Time words a name never starts with (`今年/t 宁波大学/nt`).
const TIME_WORDS: &[&str] = &[
    "今年", "去年", "明年", "前年", "今天", "昨天", "明天", "当天",
];

/// An organisation read with the time word before it (`今年宁波大学面向全国`,
/// a pass growing a body over the word before it) starts after that word.
#[inline(never)]
fn time_words_before_bodies(text: &str, entities: &mut Vec<Entity>) {
    let mut grown: Vec<Growth> = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Org) {
        let Some(w) = TIME_WORDS.iter().find(|w| e.text.starts_with(**w)) else {
            continue;
        };
        if e.text.chars().count() < w.chars().count() + 3 {
            continue;
        }
        for &(a, b) in &e.spans {
            if text.get(a..b) == Some(e.text.as_str()) {
                grown.push(Growth {
                    from: (a, b),
                    to: (a + w.len(), b),
                    evidence: e.evidence,
                });
            }
        }
    }
    grow_orgs(text, entities, &grown);
}

/// An organisation named only inside a longer one is listed once, at its
/// full length (`安徽海螺集团` in `安徽海螺集团有限责任公司`,
/// `哈尔滨工业大学` in `哈尔滨工业大学芜湖机器人产业技术研究院`): mentions
/// inside a longer organisation's span are dropped, and an organisation with
/// none left is no entity of its own.
#[inline(never)]
fn nested_orgs(entities: &mut Vec<Entity>) {
    // every org span with its entity, by start, longest first
    let mut spans: Vec<(usize, usize, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Org)
        .flat_map(|(k, e)| e.spans.iter().map(move |&(a, b)| (a, b, k)))
        .collect();
    if spans.len() < 2 {
        return;
    }
    spans.sort_unstable_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
    let mut inside: Vec<(usize, (usize, usize))> = Vec::new();
    let mut reach: Option<(usize, usize)> = None;
    for &(a, b, k) in &spans {
        match reach {
            Some((x, y)) if y >= b && (x, y) != (a, b) => inside.push((k, (a, b))),
            Some((_, y)) if y >= b => {}
            _ => reach = Some((a, b)),
        }
    }
    if inside.is_empty() {
        return;
    }
    for (k, span) in inside {
        if let Some(e) = entities.get_mut(k) {
            e.spans.retain(|&s| s != span);
            e.count = e.spans.len();
        }
    }
    entities.retain(|e| e.kind != EntityKind::Org || !e.spans.is_empty());
}

/// Endings of a newspaper's or magazine's name.
const PAPER_ENDS: &[&str] = &["报", "周刊", "杂志", "新闻"];

/// Words ending in `报` that are a kind of document, not a paper (`公报`,
/// `通报`, `简报`).
const NOT_PAPERS: &[&str] = &[
    "公报",
    "通报",
    "简报",
    "快报",
    "海报",
    "喜报",
    "捷报",
    "情报",
    "年报",
    "电报",
    "汇报",
    "预报",
    "举报",
    "申报",
    "警报",
    "板报",
    "墙报",
    "画报",
    "学报",
    "月报",
    "季报",
    "周报告",
];

/// A newspaper or magazine named in title marks (`《纽约时报》`,
/// `《光明日报》`, `《朝日新闻》`) is an organisation, as the People's
/// Daily annotation and the gold sets read it (the quotes pass lists the
/// title as well); no person or place is read inside it (`《费加罗报》`).
#[inline(never)]
fn papers(t: &Text, h: &Hints, pairs: &[(usize, usize, char)], entities: &mut Vec<Entity>) {
    let mut found: Vec<(usize, usize)> = unquoted_papers(t, h);
    if !found.is_empty() {
        // (a paper found as an organisation already stays as it is)
        let orgs = Held::new(
            entities
                .iter()
                .filter(|e| e.kind == EntityKind::Org)
                .flat_map(|e| e.spans.iter().copied())
                .collect(),
        );
        found.retain(|&(a, b)| !orgs.overlaps(a, b));
    }
    for &(a, b, o) in pairs {
        let name = t.slice(a, b);
        let n = b - a;
        if o == '《'
            && (3..=12).contains(&n)
            && (a..b).all(|k| is_han(t.get(k)) || persons::is_dot(t.get(k)))
            && PAPER_ENDS.iter().any(|w| name.ends_with(w))
            && !NOT_PAPERS.iter().any(|w| name.ends_with(w))
        {
            found.push((t.byte(a), t.byte(b)));
        }
    }
    if found.is_empty() {
        return;
    }
    drop_mentions(
        entities,
        |k| k != EntityKind::Org,
        |s| found.iter().any(|f| f.0 <= s.0 && s.1 <= f.1),
    );
    for (a, b) in found {
        entities.push(found_entity(
            EntityKind::Org,
            t.s[a..b].to_string(),
            vec![(a, b)],
            crate::core::report::Evidence::Suffix,
        ));
    }
    merge_same(entities);
}

/// Endings of a newspaper's name written without title marks (`光明日报`,
/// `纽约时报`, `中国足球报`), longest first.
#[rustfmt::skip]
const PAPER_SUFFIXES: &[&str] = &[
    "青年报", "足球报", "体育报", "经济报", "法制报", "科技报", "日报", "晚报", "时报", "早报",
    "晨报", "商报", "导报", "邮报",
];

/// Words after a newspaper's name that say it is one (`光明日报报道`,
/// `纽约时报发表`, `足球报记者`).
#[rustfmt::skip]
const PAPER_NEXT: &[&str] = &[
    "报道", "记者", "发表", "刊登", "刊发", "刊载", "社论", "评论员", "评论", "援引", "载文",
    "消息", "社长", "总编辑", "主编", "头版", "文章", "网站", "客户端", "称", "说", "报社",
];
lexicon!(lex_paper_next, PAPER_NEXT);

/// Newspapers named without title marks (`据光明日报报道`, `纽约时报发表`):
/// a stem of one or two words of two to four Han chars, no verb or
/// function word, then a paper's ending ([`PAPER_SUFFIXES`]) on a token's
/// end, after `据` or before a word that says it is a paper
/// ([`PAPER_NEXT`]). Byte spans, in order (one per `报` at most).
fn unquoted_papers(t: &Text, h: &Hints) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // (every ending ends in `报`: one search of the text for it, then the
    // endings compared before it)
    for x in memchr::memmem::find_iter(t.s.as_bytes(), "报".as_bytes()) {
        // (the char before `报` first, from the byte before it: most
        // mentions are `报告`, `报道`, `汇报`)
        let before = t.s.get(..x).and_then(|s| s.chars().next_back());
        if !before.is_some_and(|c| {
            PAPER_SUFFIXES
                .iter()
                .any(|s| s.chars().rev().nth(1) == Some(c))
        }) {
            continue;
        }
        let last = t.char_of(x);
        let Some(n) = [3, 2]
            .into_iter()
            .find(|&n| last + 1 >= n && PAPER_SUFFIXES.contains(&t.slice(last + 1 - n, last + 1)))
        else {
            continue;
        };
        let j = last + 1 - n;
        let mut e = last + 1;
        if t.get(e) == '社' && h.boundary(e + 1) {
            e += 1;
        }
        if !h.boundary(e) {
            continue;
        }
        // the stem: the token holding the ending's start when it starts
        // before it (`光明日报` one word), else the words before it
        let mut a = match h.token(j) {
            Some((s0, _, _)) if s0 < j => s0,
            _ => j,
        };
        let mut words = 0;
        while a > 0 && words < 2 {
            let Some((s0, y, c)) = h.token(a - 1) else {
                break;
            };
            // (a place before a stem of its own is no part of the name:
            // `美国` + `纽约时报`)
            let ok = y == a
                && (s0..y).all(|k| is_han(t.get(k)))
                && !matches!(c, hints::WordClass::Verb | hints::WordClass::Function)
                && !(c == hints::WordClass::Place && j - a >= 2)
                && j - s0 <= 4;
            if !ok {
                break;
            }
            a = s0;
            words += 1;
        }
        let stem = j.saturating_sub(a);
        let said = t.before(a) == '据' || lex_paper_next().at(t, e).is_some();
        // (the ending starts a token, or ends the one word of the name:
        // not `今日/报道`)
        let whole = h.token(j).is_none_or(|(s0, y, _)| s0 == j || y == j + n);
        if (2..=4).contains(&stem) && said && whole && (a..j).all(|k| is_han(t.get(k))) {
            out.push((t.byte(a), t.byte(e)));
        }
    }
    out
}

/// A place inside a quotation it does not fill may name something else: a
/// cultural region names a slogan, a brand or a platform (`“齐鲁样板”`,
/// `“荆楚青年说”`), and any place before a numbered `号` a satellite, a
/// ship or a train (`“吉林一号”`, `“天津2号”`): those mentions are dropped.
#[inline(never)]
fn places_in_quoted_names(t: &Text, quoted: &[(usize, usize)], entities: &mut Vec<Entity>) {
    if quoted.is_empty() {
        return;
    }
    let numbered = |y: usize, q: usize| {
        q >= y + 2
            && t.get(q - 1) == '号'
            && (y..q - 1).all(|k| is_numeral(t.get(k)) || t.get(k).is_ascii_digit())
    };
    let gone: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .flat_map(|e| {
            let region = names::is_cultural_region(&e.text);
            e.spans.iter().copied().filter(move |&(a, b)| {
                let (x, y) = (t.char_of(a), t.char_of(b));
                // (a place that opens a quotation before a numeral, or a
                // cultural region: the few mentions the pairs are searched
                // for, not every place against every pair)
                let opens = x > 0
                    && matches!(t.before(x), '“' | '「' | '‘')
                    && (is_numeral(t.get(y)) || t.get(y).is_ascii_digit());
                (region || opens)
                    && quoted.iter().any(|&(p, q)| {
                        p <= x
                            && y <= q
                            && (p, q) != (x, y)
                            && (region || (p == x && numbered(y, q)))
                    })
            })
        })
        .collect();
    drop_mentions(entities, |k| k == EntityKind::Place, |s| gone.contains(s));
}

/// A name with no title that ends a `《…》` title at every mention is the
/// name of a book, a film or a play (`《白鹿原》`, `《新白蛇传》`), not a
/// person's; and a dynasty's char that only a surname made a name with
/// `人` names the people of that age (`《宋人别集叙录补编》`, `唐人`).
#[inline(never)]
fn works_read_as_people(text: &str, entities: &mut Vec<Entity>) {
    use crate::core::report::Evidence;
    entities.retain(|e| {
        let ends = |&(_, b): &(usize, usize)| text.get(b..).is_some_and(|r| r.starts_with('》'));
        let mut cs = e.text.chars();
        let age = matches!(
            (cs.next(), cs.next(), cs.next()),
            (
                Some(
                    '夏' | '商'
                        | '周'
                        | '秦'
                        | '汉'
                        | '晋'
                        | '隋'
                        | '唐'
                        | '宋'
                        | '元'
                        | '明'
                        | '清'
                ),
                Some('人'),
                None
            )
        ) && e.evidence == Evidence::Surname;
        e.kind != EntityKind::Person
            || e.title.is_some()
            || e.spans.is_empty()
            || !(e.spans.iter().all(ends) || age)
    });
}

/// A two-char name ending in `方` with no title, whose first char starts a
/// country the text names (or China's, Europe's), is that country's side
/// (`汤方` after `汤加`, as `中方`, `美方`), and so is one with a modal or
/// adverb after it (`欧方愿`): no person.
#[inline(never)]
fn sides_read_as_people(entities: &mut Vec<Entity>) {
    let country_firsts: Vec<char> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && names::is_country_name(&e.text))
        .filter_map(|e| e.text.chars().next())
        .collect();
    // (China's and Europe's sides whatever the text names: `中方`, `欧方`;
    // a side with the modal or adverb jieba joined to it, `欧方/愿`,
    // `欧方/不`)
    let sided = |a: char| country_firsts.contains(&a) || matches!(a, '中' | '欧');
    entities.retain(|e| {
        let mut cs = e.text.chars();
        let side = match (cs.next(), cs.next(), cs.next(), cs.next()) {
            (Some(a), Some('方'), None, _) => sided(a),
            (Some(a), Some('方'), Some(m), None) => {
                sided(a) && "愿不将也对在要已还都就会称".contains(m)
            }
            _ => false,
        };
        e.kind != EntityKind::Person || e.title.is_some() || !side
    });
}

/// Division suffixes that make a foreign name before them a place
/// (`肯特郡`, `阿尔萨斯大区`, `瓦瓦乌群岛`), longest first.
const FOREIGN_DIVISIONS: &[&str] = &[
    "自治共和国",
    "边疆区",
    "自治州",
    "群岛",
    "列岛",
    "大区",
    "郡",
    "州",
    "省",
    "镇",
    // (only after a name spelt all in transliteration's chars, see
    // [`places_read_as_people`]: `布拉加区`)
    "区",
];

/// A name read as a person's that a division suffix ends or follows at
/// every mention is a place (`肯特郡`, `阿尔萨斯` + `大区`,
/// `尼·伯尔切斯库镇`): the suffix joins it.
#[inline(never)]
fn places_read_as_people(text: &str, entities: &mut Vec<Entity>) {
    let mut any = false;
    // (the county or city the text names with its level: `石阡` is
    // `石阡县`'s short form, as in a headline `石阡：…`, not a speaker)
    let divisions: FxSet<String> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.text.ends_with(['县', '市', '区', '旗']))
        .map(|e| e.text.clone())
        .collect();
    let short_form = |name: &str| {
        ["县", "市", "区", "旗"]
            .iter()
            .any(|l| divisions.contains(&format!("{name}{l}")))
    };
    // (the spans of the places grown by a suffix)
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for e in entities.iter_mut() {
        if e.kind != EntityKind::Person || e.title.is_some() || e.text.chars().count() < 2 {
            continue;
        }
        let ends = FOREIGN_DIVISIONS.iter().any(|d| e.text.ends_with(d)) || short_form(&e.text);
        let after = |&(_, b): &(usize, usize)| {
            let rest = text.get(b..).unwrap_or("");
            // (not a body's or a title's word: `州委`, `省长`, `镇政府`;
            // a republic's government is the republic's: `阿扎尔自治共和国政府`)
            FOREIGN_DIVISIONS
                .iter()
                .find(|d| rest.starts_with(**d))
                .filter(|d| {
                    d.chars().count() > 3 || !rest[d.len()..].starts_with(['委', '长', '政', '党'])
                })
                .filter(|d| {
                    **d != "区"
                        || (e.text.chars().all(persons::is_foreign)
                            && !rest[d.len()..].starts_with(['人', '内', '域', '级', '别']))
                })
                .copied()
        };
        // (a name no person bears: what lies somewhere, `吉马良斯位于葡萄牙北部`)
        let lies = |&(_, b): &(usize, usize)| {
            let rest = text.get(b..).unwrap_or("");
            ["位于", "地处", "坐落于", "坐落在"]
                .iter()
                .any(|w| rest.starts_with(w))
        };
        let located =
            || e.evidence == crate::core::report::Evidence::Dictionary && e.spans.iter().any(lies);
        if !ends && located() {
            e.kind = EntityKind::Place;
            e.evidence = crate::core::report::Evidence::Context;
            any = true;
            continue;
        }
        let suffix = e.spans.first().and_then(after);
        let same = suffix.is_some() && e.spans.iter().all(|s| after(s) == suffix);
        if ends {
            e.kind = EntityKind::Place;
        } else if let Some(d) = suffix.filter(|_| same) {
            e.kind = EntityKind::Place;
            e.text.push_str(d);
            for s in &mut e.spans {
                s.1 += d.len();
                grown.push(*s);
            }
        } else {
            continue;
        }
        e.evidence = crate::core::report::Evidence::Suffix;
        any = true;
    }
    // a body another pass named from inside the place's suffix on
    // (`共和国政府代表团` of `阿布哈兹自治共和国政府代表团`) starts with the place
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Org) {
        let mut moved = false;
        for s in &mut e.spans {
            if let Some(&(x, _)) = grown.iter().find(|&&(x, y)| x < s.0 && s.0 < y && y < s.1) {
                s.0 = x;
                moved = true;
            }
        }
        if let Some(t) = e
            .spans
            .first()
            .and_then(|&(a, b)| text.get(a..b))
            .filter(|_| moved)
        {
            e.text = t.to_string();
            any = true;
        }
    }
    if any {
        merge_same(entities);
    }
}

/// A name that is the first or the last part of a dotted name in the same
/// text is that person called by the given name (`艾买提笑着说` after
/// `艾买提·托合提`), as Uyghur names are, or by the family name
/// (`莫罗佐娃说` after `叶卡捷琳娜·莫罗佐娃`, `阿尔维蒂总统` with a title
/// too), as foreign names are: no person of its own, and the mention is not counted as the full
/// name's (the gold sets' reading). Nor is a name whose every mention lies
/// inside such a part written alone (`科维奇` of `斯塔门科维奇表示`, which
/// jieba cut `斯塔/门/科维奇`, after `米洛拉德·斯塔门科维奇`).
#[inline(never)]
fn parts_of_dotted_names(text: &str, entities: &mut Vec<Entity>) {
    let firsts: Vec<String> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .filter_map(|e| {
            let (first, _) = e.text.split_once(persons::is_dot)?;
            let (_, last) = e.text.rsplit_once(persons::is_dot)?;
            Some([first, last])
        })
        .flatten()
        .filter(|a| a.chars().count() >= 2)
        .map(str::to_string)
        .collect();
    if firsts.is_empty() {
        return;
    }
    // (every occurrence of a part of three chars or more, as byte spans)
    let parts: Vec<(usize, usize)> = firsts
        .iter()
        .filter(|p| p.chars().count() >= 3)
        .flat_map(|p| {
            text.match_indices(p.as_str())
                .map(|(a, m)| (a, a + m.len()))
        })
        .collect();
    let inside_a_part = |e: &Entity| {
        !e.spans.is_empty()
            && e.spans.iter().all(|&(a, b)| {
                parts
                    .iter()
                    .any(|&(x, y)| x <= a && b <= y && b - a < y - x)
            })
    };
    entities.retain(|e| {
        e.kind != EntityKind::Person || !(firsts.contains(&e.text) || inside_a_part(e))
    });
}

/// A dotted name read on into the time word after it (`安蒂·维尔塔宁当晚`,
/// jieba's HMM having cut `维尔/塔宁/当晚`) ends before that word.
#[inline(never)]
fn dotted_names_before_time_words(entities: &mut Vec<Entity>) {
    const TIME: &[&str] = &[
        "当晚", "当天", "当日", "今天", "昨天", "明天", "今晨", "昨晚", "今晚", "日前", "近日",
        "上午", "下午", "晚上", "凌晨",
    ];
    let mut any = false;
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        let Some(w) = TIME.iter().find(|w| e.text.ends_with(**w)) else {
            continue;
        };
        let rest = &e.text[..e.text.len() - w.len()];
        if rest.contains('·') && !rest.ends_with('·') {
            cut_name(e, 0, w.len());
            any = true;
        }
    }
    if any {
        merge_same(entities);
    }
}

/// A person with no title whose every mention is the start of a longer
/// person's name found in the same text (`石福` of `石福来说`, which jieba
/// cut `石福/来说`, after `河长石福来`) is that person: the mentions become
/// the longer name's.
#[inline(never)]
fn names_cut_short(text: &str, entities: &mut Vec<Entity>) {
    let longer: Vec<(usize, String)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person && e.text.chars().count() >= 3)
        .map(|(k, e)| (k, e.text.clone()))
        .collect();
    if longer.is_empty() {
        return;
    }
    // (the short name's index, the longer one's, the longer one's length)
    let mut moved: Vec<(usize, usize, usize)> = Vec::new();
    for (k, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Person || e.title.is_some() || e.spans.is_empty() {
            continue;
        }
        // (the longest such name: never one that is itself moved)
        let Some((to, long)) = longer
            .iter()
            .filter(|(_, l)| l.len() > e.text.len() && l.starts_with(e.text.as_str()))
            .max_by_key(|(_, l)| l.len())
        else {
            continue;
        };
        let whole = e
            .spans
            .iter()
            .all(|&(a, _)| text.get(a..).is_some_and(|r| r.starts_with(long.as_str())));
        if whole {
            moved.push((k, *to, long.len()));
        }
    }
    if moved.is_empty() {
        return;
    }
    for &(from, to, n) in &moved {
        let spans: Vec<(usize, usize)> = entities
            .get(from)
            .map(|e| e.spans.iter().map(|&(a, _)| (a, a + n)).collect())
            .unwrap_or_default();
        if let Some(l) = entities.get_mut(to) {
            for s in spans {
                if !l.spans.contains(&s) {
                    l.spans.push(s);
                }
            }
            l.spans.sort_unstable();
            l.count = l.spans.len();
        }
    }
    let gone: Vec<usize> = moved.iter().map(|m| m.0).collect();
    let mut k = 0;
    entities.retain(|_| {
        k += 1;
        !gone.contains(&(k - 1))
    });
}

/// A one-char "name" read before a title written after it is no person of
/// its own when the char and the title make a longer title (`支` +
/// `队长` of `刑侦支队支队长`), or when it is the surname of a person named
/// in full in the text (`郦教授` after `郦晓阳教授`: a reference to them, not
/// counted as a mention, as a reader counts names). A word read as a name
/// after such a surname and its title is no person (`陈教授` + `陈述`).
#[inline(never)]
fn surnames_before_titles(text: &str, entities: &mut Vec<Entity>) {
    let full: Vec<(String, Option<String>)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.text.chars().count() >= 2)
        .map(|e| (e.text.clone(), e.title.clone()))
        .collect();
    // a word read as a name after a surname and its title, the surname's
    // person kept (`陈教授` + `陈述了理由`)
    let owns: Vec<String> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.text.chars().count() == 1)
        .filter_map(|e| e.title.as_deref().map(|t| format!("{}{t}", e.text)))
        .collect();
    entities.retain(|e| {
        if e.kind == EntityKind::Person
            && e.text.chars().count() >= 2
            && e.title.as_ref().is_some_and(|t| owns.contains(t))
        {
            return false;
        }
        if e.kind != EntityKind::Person || e.text.chars().count() != 1 {
            return true;
        }
        let Some(title) = e.title.as_deref() else {
            return true;
        };
        // (the title written right after the char, at every mention)
        let after = e
            .spans
            .iter()
            .all(|&(_, b)| text.get(b..).is_some_and(|r| r.starts_with(title)));
        // (`支队长`, `大队长`, `总队长`: a unit's head)
        let longer_title = persons::is_title_word(&format!("{}{title}", e.text))
            || (title.starts_with("队长")
                && matches!(e.text.as_str(), "支" | "大" | "中" | "总" | "分" | "小"));
        // (not a word read after this very mention, `陈教授` + `陈述`)
        let own = format!("{}{title}", e.text);
        let surname_of = full
            .iter()
            .any(|(f, ft)| f.starts_with(e.text.as_str()) && ft.as_deref() != Some(own.as_str()));
        !(after && (longer_title || surname_of))
    });
}

/// Measure words of animals, plants, land, weight and money: a name
/// followed by a number and one of them (`东北虎12只`, `古茶林2800多亩`,
/// `派发/现/金红利0.35元`) names a thing counted, not a person.
const THING_MEASURES: &str = "只头株棵亩吨斤尾匹元";

/// Drops the names with no title that only jieba's dictionary or a surname
/// made a person's when a mention is followed by a count of things
/// ([`THING_MEASURES`]).
#[inline(never)]
fn counted_things_read_as_people(text: &str, entities: &mut Vec<Entity>) {
    use crate::core::report::Evidence;
    let counted = |b: usize| {
        let after = text.get(b..).unwrap_or("");
        let rest = after.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        rest.len() < after.len()
            && rest
                .trim_start_matches(['多', '余'])
                .starts_with(|c: char| THING_MEASURES.contains(c))
    };
    entities.retain(|e| {
        e.kind != EntityKind::Person
            || e.title.is_some()
            || !matches!(e.evidence, Evidence::Dictionary | Evidence::Surname)
            || !e.spans.iter().any(|&(_, b)| counted(b))
    });
}

/// Drops a word with a surname's char that only a surname or jieba's
/// dictionary made a name and that is quoted at every mention (`好“钱景”`,
/// a pun; `“金土豆”`, a product). (A surname alone with a form of address,
/// `吴大姐`, `邬某`, is a reference People's Daily annotates as the person:
/// [`references`] adds it; the gold sets do not list it.)
#[inline(never)]
fn quoted_words_read_as_names(text: &str, entities: &mut Vec<Entity>) {
    use crate::core::report::Evidence;
    let after = |b: usize| text.get(b..).unwrap_or("");
    let before = |a: usize| text.get(..a).unwrap_or("");
    entities.retain(|e| {
        e.kind != EntityKind::Person
            || e.spans.is_empty()
            || e.title.is_some()
            || !matches!(e.evidence, Evidence::Surname | Evidence::Dictionary)
            || !e
                .spans
                .iter()
                .all(|&(a, b)| before(a).ends_with('“') && after(b).starts_with('”'))
    });
}

/// Titles written after a person's name (`库马拉通加总统`).
const TITLES_AFTER: &[&str] = &[
    "总统", "总理", "首相", "国王", "女王", "外长", "主席", "议长", "先生", "女士", "夫人", "博士",
    "教授",
];

/// A surname that stands as a word of its own and a two-char word after
/// it, at a clause's start or after a verb or function word and before
/// one, written so at two mentions at least, is a person named with a
/// word (`符/大海/已经`, `钟/满仓/解开`, `羊/秋月/正在`): rural features
/// name people so, untitled. Not a word of the dictionary (`高水平`), nor
/// chars another entity holds.
#[inline(never)]
fn names_made_of_words(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    use crate::core::report::Evidence;
    if h.is_empty() {
        return;
    }
    let mut seen: FxMap<&str, Vec<(usize, usize)>> = FxMap::default();
    let surname = persons::bare_surname_test();
    use hints::WordClass::{Function, Other, Verb};
    // (by jieba's tokens, the one before, the surname's, the given name's
    // and the one after: a walk over the tokens, not a test at every char)
    let toks = h.all();
    for (k, &(i, e, _)) in toks.iter().enumerate() {
        let (i, e) = (i as usize, e as usize);
        if e != i + 1 || !surname(t.get(i)) {
            continue;
        }
        let Some(&(x, y, _)) = toks.get(k + 1) else {
            break;
        };
        let (x, y) = (x as usize, y as usize);
        if x != e || y != x + 2 || !is_han(t.get(x)) || !is_han(t.get(x + 1)) {
            continue;
        }
        let opens = i == 0
            || !is_han(t.get(i - 1))
            || k.checked_sub(1)
                .and_then(|j| toks.get(j))
                .is_some_and(|&(_, _, c)| matches!(c, Function | Verb));
        let closes = !is_han(t.get(y)) || matches!(h.class(y), Function | Verb | Other);
        // (not a quoted term or title: `“金土豆”`, `“甲骨里的商王朝”`)
        let quoted = (i > 0 && matches!(t.get(i - 1), '“' | '《' | '「' | '『'))
            || matches!(t.get(y), '”' | '》' | '」' | '』');
        if opens && closes && !quoted {
            seen.entry(t.slice(i, y))
                .or_default()
                .push((t.byte(i), t.byte(y)));
        }
    }
    seen.retain(|_, v| v.len() >= 2);
    if seen.is_empty() {
        return;
    }
    let held = Held::of(entities);
    for (name, found) in seen {
        if found.iter().any(|&(a, b)| held.overlaps(a, b)) {
            continue;
        }
        // (every mention jieba's words do not cut: `得知/钟/满仓/腰椎病`)
        let spans: Vec<(usize, usize)> = memchr::memmem::find_iter(t.s.as_bytes(), name.as_bytes())
            .map(|a| (a, a + name.len()))
            .filter(|&(a, b)| {
                let (i, e) = (t.char_of(a), t.char_of(b));
                (h.boundary(i) && h.boundary(e) && !held.overlaps(a, b)) || found.contains(&(a, b))
            })
            .collect();
        entities.push(found_entity(
            EntityKind::Person,
            name.to_string(),
            spans,
            Evidence::Surname,
        ));
    }
}

/// A two-char place written after a one-char surname that stands alone
/// (at a clause's start or after `的`) and, at one mention at least, before
/// a reporting verb is a person's given name (`的葛` + `长江` + `种了`,
/// `”葛长江说`: jieba tags `长江` a place): each mention with the surname
/// before it becomes the person's; the others stay the place's.
#[inline(never)]
fn given_names_read_as_places(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    use crate::core::report::Evidence;
    const VERBS: &[&str] = &["说", "表示", "介绍", "告诉", "坦言", "笑着说", "感慨"];
    let mut found: Vec<(String, (usize, usize))> = Vec::new();
    let mut gone: Vec<(usize, usize)> = Vec::new();
    for e in entities.iter().filter(|e| {
        e.kind == EntityKind::Place
            && e.text.chars().count() == 2
            && matches!(e.evidence, Evidence::Gazetteer | Evidence::Dictionary)
    }) {
        let named = |&(a, b): &(usize, usize)| {
            let i = t.char_of(a);
            (i >= 1
                && persons::is_bare_surname(t.get(i - 1))
                && h.len_at(i - 1) == 1
                && (i == 1 || !is_han(t.get(i - 2)) || t.get(i - 2) == '的'))
                .then(|| (t.char_of(b), t.byte(i - 1)))
        };
        let spoke = e
            .spans
            .iter()
            .any(|s| named(s).is_some_and(|(y, _)| t.match_any(y, VERBS).is_some()));
        if !spoke {
            continue;
        }
        for s in &e.spans {
            if let Some((_, x)) = named(s) {
                found.push((t.s[x..s.1].to_string(), (x, s.1)));
                gone.push(*s);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    drop_mentions(entities, |k| k == EntityKind::Place, |s| gone.contains(s));
    add_found(entities, EntityKind::Person, found, Evidence::Surname);
}

/// An author's line under a headline (`尉迟清远` alone on the line after
/// the title of a conference summary): one to three names of a surname
/// and one or two chars, separated by spaces, on one of the first four
/// lines after a headline that does not end a sentence. Each is a person
/// (a place jieba read inside one, `清远`, gives way); a line a found place
/// or body fills (`张家港`) is none.
#[inline(never)]
fn author_lines(text: &str, entities: &mut Vec<Entity>) {
    use crate::core::report::Evidence;
    let (compound, single) = persons::surnames();
    let name_at = |w: &str| {
        let n = w.chars().count();
        let s = if compound.iter().any(|c| w.starts_with(c)) {
            2
        } else if w
            .chars()
            .next()
            .is_some_and(|c| single.binary_search(&c).is_ok())
        {
            1
        } else {
            return false;
        };
        (s + 1..=s + 2).contains(&n)
            && w.chars().all(is_han)
            && w.chars().skip(s).all(|c| !persons::not_given(c))
    };
    let mut found: Vec<(String, (usize, usize))> = Vec::new();
    let mut at = 0;
    let mut prev: Option<&str> = None;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let start = at;
        at += line.len();
        if n > 4 {
            break;
        }
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        let headline =
            prev.is_some_and(|p| !p.trim_end().ends_with(['。', '！', '？', '：', '；']));
        prev = Some(body);
        if !headline {
            continue;
        }
        let words: Vec<&str> = body
            .split([' ', '\u{3000}', '\t'])
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() || words.len() > 3 || !words.iter().all(|w| name_at(w)) {
            continue;
        }
        let mut from = 0;
        for w in words {
            let Some(k) = body.get(from..).and_then(|r| r.find(w)) else {
                break;
            };
            let a = start + from + k;
            found.push((w.to_string(), (a, a + w.len())));
            from += k + w.len();
        }
    }
    // (a line a found place or body fills is that place or body)
    found.retain(|(_, s)| {
        !entities
            .iter()
            .any(|e| e.kind != EntityKind::Person && e.spans.contains(s))
    });
    if found.is_empty() {
        return;
    }
    drop_mentions(
        entities,
        |_| true,
        |&(a, b)| found.iter().any(|(_, s)| a >= s.0 && b <= s.1),
    );
    add_found(entities, EntityKind::Person, found, Evidence::Surname);
}

/// Adds the entities of `kind` a pass found (name and byte span) to
/// `entities`, one mention each, merged with the same names found before.
fn add_found(
    entities: &mut Vec<Entity>,
    kind: EntityKind,
    found: Vec<(String, (usize, usize))>,
    evidence: crate::core::report::Evidence,
) {
    for (name, span) in found {
        entities.push(found_entity(kind, name, vec![span], evidence));
    }
    merge_same(entities);
}

/// A transliterated name only jieba's dictionary calls a place (no list
/// holds it) that a person's title follows at every mention is a person
/// (`库马拉通加总统`), the title theirs.
#[inline(never)]
fn people_read_as_places(text: &str, entities: &mut Vec<Entity>) {
    let mut any = false;
    for e in entities.iter_mut() {
        if e.kind != EntityKind::Place
            || e.evidence != crate::core::report::Evidence::Dictionary
            || 3 * e.text.chars().filter(|&c| persons::is_foreign(c)).count()
                < 2 * e.text.chars().count()
        {
            continue;
        }
        let after = |&(_, b): &(usize, usize)| {
            let rest = text.get(b..).unwrap_or("");
            TITLES_AFTER.iter().find(|w| rest.starts_with(**w)).copied()
        };
        let title = e.spans.first().and_then(after);
        if title.is_some() && e.spans.iter().all(|s| after(s).is_some()) {
            e.kind = EntityKind::Person;
            e.title = title.map(str::to_string);
            e.evidence = crate::core::report::Evidence::Title;
            any = true;
        }
    }
    if any {
        merge_same(entities);
    }
}

/// The party before a body it leads is one name with it (`中共` +
/// `河北省委`, `共青团` + `衡阳市委`), as the annotation and the gold sets
/// read it: the two mentions become one of the longer organisation.
#[inline(never)]
fn party_before_body(text: &str, entities: &mut Vec<Entity>) {
    const PARTIES: &[&str] = &["中共", "共青团"];
    join_before_body(
        text,
        entities,
        |e| e.kind == EntityKind::Org && PARTIES.contains(&e.text.as_str()),
        |_| true,
        false,
    );
}

/// A party committee's working department right after it is one body with
/// it (`利川市委` + `组织部`, jieba having cut `利川市/委`; `中共恩施州委` +
/// `宣传部`): the two mentions become one of the longer organisation.
#[inline(never)]
fn committee_departments(text: &str, entities: &mut Vec<Entity>) {
    const DEPARTMENTS: &[&str] = &[
        "组织部",
        "宣传部",
        "统战部",
        "政法委",
        "办公室",
        "政研室",
        "编办",
        "网信办",
        "巡察办",
        "老干部局",
        "外办",
        "农办",
        "党校",
        "社会工作部",
        "机构编制委员会办公室",
    ];
    join_before_body(
        text,
        entities,
        |e| {
            e.kind == EntityKind::Org
                && !e.generic
                && e.text.chars().count() >= 4
                && ["市委", "县委", "区委", "州委", "省委", "盟委", "旗委"]
                    .iter()
                    .any(|c| e.text.ends_with(c))
        },
        |e| DEPARTMENTS.contains(&e.text.as_str()),
        false,
    );
}

/// An organisation read from a person's name on (`副省长南宫振宇率省应急管理厅`,
/// a pass that found the body before the person was known): it starts after
/// the name and the word that links them (`率`, `带领`, `和` …), or is no
/// mention when too little is left. (A body named after a person, `休斯公司`,
/// has no such word.)
#[inline(never)]
fn orgs_led_by_people(text: &str, entities: &mut Vec<Entity>) {
    const LINKS: &[&str] = &["率领", "带领", "率", "带", "和", "与", "及", "、"];
    let people: FxMap<usize, usize> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.spans.iter().copied())
        .collect();
    if people.is_empty() {
        return;
    }
    let mut grown: Vec<Growth> = Vec::new();
    let mut gone: FxSet<(usize, usize)> = FxSet::default();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Org) {
        for &(a, b) in &e.spans {
            let Some(&q) = people.get(&a).filter(|&&q| q < b) else {
                continue;
            };
            let rest = text.get(q..b).unwrap_or("");
            // (not a firm named after a person: `休斯公司`)
            let Some(link) = LINKS.iter().find(|w| rest.starts_with(**w)) else {
                continue;
            };
            let start = q + link.len();
            if text.get(start..b).is_some_and(|r| r.chars().count() >= 3) {
                grown.push(Growth {
                    from: (a, b),
                    to: (start, b),
                    evidence: e.evidence,
                });
            } else {
                gone.insert((a, b));
            }
        }
    }
    if !gone.is_empty() {
        drop_mentions(entities, |k| k == EntityKind::Org, |s| gone.contains(s));
    }
    grow_orgs(text, entities, &grown);
}

/// The publisher in brackets after a work's title (`《跟着爷爷去放羊》（希望出版社）`,
/// whose name jieba reads as a verb) is an organisation: the bracket's whole
/// content, three to sixteen Han chars ending like a publisher.
#[inline(never)]
fn publishers_after_titles(text: &str, entities: &mut Vec<Entity>) {
    const ENDS: &[&str] = &["出版社", "出版集团", "出版公司", "杂志社", "报社", "书局"];
    let mut found: Vec<(String, (usize, usize))> = Vec::new();
    for (at, _) in text.match_indices("》（") {
        let a = at + "》（".len();
        let rest = text.get(a..).unwrap_or("");
        let Some(n) = rest
            .char_indices()
            .take(17)
            .find(|&(_, c)| c == '）')
            .map(|(k, _)| k)
        else {
            continue;
        };
        let name = &rest[..n];
        if name.chars().count() >= 3
            && name.chars().all(is_han)
            && ENDS.iter().any(|e| name.ends_with(e))
        {
            found.push((name.to_string(), (a, a + n)));
        }
    }
    if found.is_empty() {
        return;
    }
    add_found(
        entities,
        EntityKind::Org,
        found,
        crate::core::report::Evidence::Suffix,
    );
}

/// A village, town or community found once (in a list, after its county)
/// is one at its every mention on jieba's token edges (`在苏拉/口村/干了`
/// after `鱼木村、苏拉口村等`): a place or person read inside such a
/// mention (`苏拉`) gives way to it; a mention inside another name is left.
#[inline(never)]
fn settlements_at_every_mention(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    const ENDS: &[&str] = &["村", "镇", "乡", "寨", "屯", "嘎查", "社区", "街道"];
    // (each settlement's name and entity)
    let (names, owners): (Vec<String>, Vec<usize>) = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.kind == EntityKind::Place
                && e.text.chars().count() >= 3
                && e.text.chars().all(is_han)
                && ENDS.iter().any(|x| e.text.ends_with(x))
        })
        .map(|(k, e)| (e.text.clone(), k))
        .unzip();
    if names.is_empty() {
        return;
    }
    let held = Held::of(entities);
    let added: Vec<(usize, (usize, usize))> = mentions(t, &names)
        .into_iter()
        .filter(|&(_, (a, b))| {
            h.boundary(t.char_of(a)) && h.boundary(t.char_of(b)) && held.only_inside(a, b)
        })
        .collect();
    if added.is_empty() {
        return;
    }
    // the mentions join their settlements (before the names read inside
    // them are dropped, which moves the entities)
    let mut grown: FxSet<usize> = FxSet::default();
    for &(k, span) in &added {
        let Some(&o) = owners.get(k) else {
            continue;
        };
        if let Some(e) = entities.get_mut(o) {
            e.spans.push(span);
            grown.insert(o);
        }
    }
    for &o in &grown {
        if let Some(e) = entities.get_mut(o) {
            e.spans.sort_unstable();
            e.count = e.spans.len();
        }
    }
    // (the mentions by start, non-overlapping: the one that may hold a
    // span is the last starting at or before it)
    let mut cover: Vec<(usize, usize)> = added.iter().map(|&(_, s)| s).collect();
    cover.sort_unstable();
    drop_mentions(
        entities,
        |k| matches!(k, EntityKind::Place | EntityKind::Person),
        |s| {
            let k = cover.partition_point(|c| c.0 <= s.0);
            k > 0 && cover.get(k - 1).is_some_and(|&c| s.1 <= c.1 && *s != c)
        },
    );
}

/// The short form of a listed county, county-level city or district
/// (`敦煌` of `敦煌市`, `寿光` of `寿光市`, `怀柔` of `怀柔区`) that no
/// other pass read, jieba's dictionary tagging it a place or a name: a place
/// after a movement verb (`吕老去/怀柔/nr`, the verb glued to the word
/// before), before its people (`寿光/nr 人/n 就`) or before a side of it
/// (`敦煌/ns 的西边`) — not alone, as the dictionary's `ns` also tags
/// words such as `新建`, `长安`, `城东`.
#[inline(never)]
fn division_short_forms(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    use hints::WordClass;
    const TO: &[&str] = &[
        "去", "到", "赴", "回", "往", "至", "前往", "来到", "抵达", "赶赴", "途经",
    ];
    // (the char tests first, one or two compares a token; the spans of
    // the entities indexed only when a token passes them)
    let mut found: Vec<(usize, usize)> = Vec::new();
    for &(x, y, c) in h.all() {
        let (x, y) = (x as usize, y as usize);
        if y - x != 2 || !matches!(c, WordClass::Place | WordClass::Person) {
            continue;
        }
        let next = t.get(y);
        let to = x > 0
            && matches!(
                t.before(x),
                '去' | '到' | '赴' | '回' | '往' | '至' | '达' | '经'
            );
        if !to && next != '的' && next != '人' {
            continue;
        }
        let context = (to && TO.iter().any(|w| t.ends_with(x, w)))
            || (next == '的'
                && matches!(t.get(y + 1), '东' | '西' | '南' | '北')
                && matches!(t.get(y + 2), '边' | '部' | '面' | '侧'))
            || (next == '人'
                && h.len_at(y) == 1
                && (!is_han(t.get(y + 1)) || h.class(y + 1) == WordClass::Function));
        if context
            && (x..y).all(|k| is_han(t.get(k)))
            && names::is_division_short_form(t.slice(x, y))
        {
            found.push((t.byte(x), t.byte(y)));
        }
    }
    if found.is_empty() {
        return;
    }
    let held = Held::of(entities);
    found.retain(|&(a, b)| !held.overlaps(a, b));
    if found.is_empty() {
        return;
    }
    let found = found
        .into_iter()
        .filter_map(|(a, b)| Some((t.s.get(a..b)?.to_string(), (a, b))))
        .collect();
    add_found(
        entities,
        EntityKind::Place,
        found,
        crate::core::report::Evidence::Gazetteer,
    );
}

/// A body's numbered unit named right after it is one body with it
/// (`自然资源部` + `第二` + `海洋研究所`, `解放军` + `第三〇二` + `医院`): the
/// two mentions become one of the longer organisation.
#[inline(never)]
fn numbered_units(text: &str, entities: &mut Vec<Entity>) {
    if !text.contains('第') {
        return;
    }
    let org = |e: &Entity| e.kind == EntityKind::Org && !e.generic;
    join_across(text, entities, org, org, false, |rest| {
        let num = rest.strip_prefix('第')?;
        let digits = num
            .chars()
            .take_while(|&c| "一二三四五六七八九十百〇零0123456789".contains(c))
            .count();
        (1..=4)
            .contains(&digits)
            .then(|| '第'.len_utf8() + num.chars().take(digits).map(char::len_utf8).sum::<usize>())
    });
}

/// A place named without its level before a body named with it is that
/// body's place (`赣州` + `市委常委会`, `南平` + `市政协`, jieba having
/// joined the level word to the body): one organisation of both, the
/// place's mention kept (as for `赣州市委`).
#[inline(never)]
fn place_before_level_body(text: &str, entities: &mut Vec<Entity>) {
    join_before_body(
        text,
        entities,
        // (`赣州`, `漳州` end in `州` as a name, not a level)
        |e| e.kind == EntityKind::Place && !e.text.ends_with(['市', '省', '县', '区']),
        |e| e.text.starts_with(['市', '省', '县', '区', '州']) && e.text.chars().count() >= 2,
        true,
    );
}

/// The stem of a town or county the text names in full, right before a
/// body jieba joined the level word to, names that body's place
/// (`双沟镇` named, then `双沟` + `镇党委`: `双沟镇党委`): one organisation,
/// the stem no place of its own.
#[inline(never)]
fn stem_before_level_body(text: &str, entities: &mut Vec<Entity>) {
    let levels = ['镇', '乡', '县', '市', '区'];
    let stems: Vec<(&str, char)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .filter_map(|e| {
            let level = e.text.chars().next_back().filter(|c| levels.contains(c))?;
            let stem = e.text.strip_suffix(level)?;
            (stem.chars().count() >= 2).then_some((stem, level))
        })
        .collect();
    if stems.is_empty() {
        return;
    }
    let held = Held::of(entities);
    // (a mention and the span it grows to, its stem's start on)
    let mut joined: Vec<Growth> = Vec::new();
    for e in entities.iter() {
        let Some(level) = e.text.chars().next().filter(|c| levels.contains(c)) else {
            continue;
        };
        if e.kind != EntityKind::Org || e.generic || e.text.chars().count() < 2 {
            continue;
        }
        for &(a, b) in &e.spans {
            let stem = stems.iter().find(|&&(stem, l)| {
                l == level
                    && a >= stem.len()
                    && text.get(a - stem.len()..a) == Some(stem)
                    && !held.overlaps(a - stem.len(), a)
            });
            if let Some((stem, _)) = stem {
                joined.push(Growth {
                    from: (a, b),
                    to: (a - stem.len(), b),
                    evidence: crate::core::report::Evidence::Suffix,
                });
            }
        }
    }
    grow_orgs(text, entities, &joined);
}

/// Joins each mention of an entity `first` accepts with an organisation
/// `second` accepts that starts where it ends: one organisation of both,
/// the second's mention dropped and the first's kept when `keep_first`.
fn join_before_body(
    text: &str,
    entities: &mut Vec<Entity>,
    first: impl Fn(&Entity) -> bool,
    second: impl Fn(&Entity) -> bool,
    keep_first: bool,
) {
    join_across(text, entities, first, second, keep_first, |_| Some(0));
}

/// [`join_before_body`] with `gap(rest)` bytes of text between the two
/// mentions (`rest` is the text after the first; `None`: no join there).
fn join_across(
    text: &str,
    entities: &mut Vec<Entity>,
    first: impl Fn(&Entity) -> bool,
    second: impl Fn(&Entity) -> bool,
    keep_first: bool,
    gap: impl Fn(&str) -> Option<usize>,
) {
    if !entities.iter().any(&first) {
        return;
    }
    // where each organisation's mention starts: its entity and end
    let starts: FxMap<usize, (usize, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Org && !e.generic && second(e))
        .flat_map(|(k, e)| e.spans.iter().map(move |&(a, b)| (a, (k, b))))
        .collect();
    /// A mention: its entity and span.
    type Mention = (usize, (usize, usize));
    let mut joined: Vec<(Mention, Mention)> = Vec::new();
    for (k, e) in entities.iter().enumerate().filter(|(_, e)| first(e)) {
        for &(a, b) in &e.spans {
            let Some(c) = gap(text.get(b..).unwrap_or("")).map(|g| b + g) else {
                continue;
            };
            if let Some(&(o, end)) = starts.get(&c).filter(|(o, _)| *o != k) {
                joined.push(((k, (a, b)), (o, (c, end))));
            }
        }
    }
    if joined.is_empty() {
        return;
    }
    for ((k, first), (o, second)) in joined {
        let (Some(name), true) = (text.get(first.0..second.1), k != o) else {
            continue;
        };
        let dropped = if keep_first {
            &[(o, second)][..]
        } else {
            &[(k, first), (o, second)][..]
        };
        for &(x, span) in dropped {
            if let Some(e) = entities.get_mut(x) {
                e.spans.retain(|&s| s != span);
                e.count = e.spans.len();
            }
        }
        entities.push(found_entity(
            EntityKind::Org,
            name.to_string(),
            vec![(first.0, second.1)],
            crate::core::report::Evidence::Suffix,
        ));
    }
    entities.retain(|e| e.kind != EntityKind::Org || !e.spans.is_empty());
    merge_same(entities);
}

/// Organisations named by a venue's suffix become places
/// ([`names::is_venue`]); an institution that is also a venue (a museum, a
/// gallery, a memorial hall: [`names::is_institution_venue`]) stays an
/// organisation and is a place too, as news annotation has it a place and
/// policy readers list it as a body. One entity per name, spans merged.
#[inline(never)]
fn venues_are_places(entities: &mut Vec<Entity>) {
    let mut any = false;
    let mut copies = Vec::new();
    for e in entities.iter_mut() {
        if e.kind == EntityKind::Org && names::is_venue(&e.text) {
            if names::is_institution_venue(&e.text) {
                let mut place = e.clone();
                place.kind = EntityKind::Place;
                place.generic = false;
                place.title = None;
                copies.push(place);
            } else {
                e.kind = EntityKind::Place;
                e.generic = false;
            }
            any = true;
        }
    }
    entities.extend(copies);
    if any {
        merge_same(entities);
    }
}

/// `原` (former) and `今` (now) before a body's name say when it was so
/// named and are no part of it (`原中国科学院兰州冰川冻土研究所所长`,
/// `北京地质学院（今中国地质大学）`): the name starts after them where
/// jieba made them a word of their own at every mention and the whole is no
/// place's body (`原平市人民政府` is the city 原平's; `原子能…` starts
/// with a word). One entity per name.
#[inline(never)]
fn former_names(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut any = false;
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Org) {
        let Some(rest) = e.text.strip_prefix(['原', '今']) else {
            continue;
        };
        let alone = e.spans.iter().all(|s| h.len_at(t.char_of(s.0)) == 1);
        if rest.chars().count() >= 3 && alone && names::place_prefix(&e.text).is_none() {
            cut_name(e, e.text.len() - rest.len(), 0);
            any = true;
        }
    }
    if any {
        merge_same(entities);
    }
}

/// China's eight democratic parties by the short names news uses.
const DEMOCRATIC_PARTIES: [&str; 8] = [
    "民革",
    "民盟",
    "民建",
    "民进",
    "农工党",
    "致公党",
    "九三学社",
    "台盟",
];

/// A democratic party's local committee (`民进泰州市委会`, `民盟安徽省委`,
/// `九三学社扬州市委会`): the party written before a place's `…委` that
/// another pass read as the Communist Party's committee (`泰州市委`) is one
/// body with it, and its `会` (not a meeting's: `市委会议`) ends it.
#[inline(never)]
fn democratic_party_committees(text: &str, entities: &mut Vec<Entity>) {
    let mut grown: Vec<Growth> = Vec::new();
    for e in entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org && e.text.ends_with('委') && !e.generic)
    {
        for &(a, b) in &e.spans {
            let head = text.get(..a).unwrap_or("");
            let start = DEMOCRATIC_PARTIES
                .iter()
                .find(|p| head.ends_with(**p))
                .map(|p| a - p.len())
                .or_else(|| {
                    DEMOCRATIC_PARTIES
                        .iter()
                        .any(|p| e.text.starts_with(p))
                        .then_some(a)
                });
            let Some(start) = start else {
                continue;
            };
            let rest = text.get(b..).unwrap_or("");
            let end = if rest.starts_with('会')
                && !rest["会".len()..].starts_with(['议', '上', '同', '见', '商', '谈', '后'])
            {
                b + "会".len()
            } else {
                b
            };
            if (start, end) != (a, b) {
                grown.push(Growth {
                    from: (a, b),
                    to: (start, end),
                    evidence: crate::core::report::Evidence::Suffix,
                });
            }
        }
    }
    grow_orgs(text, entities, &grown);
}

/// Whether the token `[p, q)` may be a piece of a foreign name jieba cut
/// into names' and unknown pieces (`卡姆/nrt 祖/nr`, `姆/x 祖祖`).
fn foreign_piece(t: &Text, (p, q, c): (usize, usize, hints::WordClass)) -> bool {
    use hints::WordClass;
    matches!(c, WordClass::Person | WordClass::Unknown) && (p..q).all(|j| is_han(t.get(j)))
}

/// Whether chars `[x, y)` may be such a foreign name: two to five chars,
/// one at least spelt as a transliteration.
fn foreign_run(t: &Text, x: usize, y: usize) -> bool {
    (2..=5).contains(&(y - x)) && (x..y).any(|j| persons::is_foreign(t.get(j)))
}

/// A bare kind of hospital or school (`中心医院`, which jieba's dictionary
/// tags a body) right after a foreign name jieba cut into pieces
/// ([`foreign_piece`]: `卡姆/nrt 祖/nr 中心医院`, `姆/x 祖祖 中心医院`) is
/// that name's: the mention grows over the name ([`foreign_run`]) after a
/// clause's start, `的`, `和`, `与`, `在` or a place. A foreign name right
/// after a town's kind (`北部城市姆祖祖`, `首都`, `小镇`) is a place, at
/// every mention.
#[inline(never)]
fn foreign_names_of_kinds(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    const KINDS: &[&str] = &["中心医院", "医院", "总医院", "大学", "学院", "中学", "小学"];
    const TOWNS: &[&str] = &["城市", "首都", "小镇", "小城", "港口城市", "省会", "首府"];
    // a bare kind, or one after a transliteration's piece jieba knew
    // (`米/q 尼奥/nrt 大学`): the length in chars of the name before it
    let named = |e: &Entity| {
        if e.kind != EntityKind::Org {
            return None;
        }
        KINDS.iter().find_map(|k| {
            let name = e.text.strip_suffix(k)?;
            let n = name.chars().count();
            (n == 0 || ((2..=4).contains(&n) && name.chars().all(persons::is_foreign))).then_some(n)
        })
    };
    let kind = |e: &Entity| named(e).is_some();
    // (the places' ends, gathered only when a kind is there to grow)
    let place_ends: FxSet<usize> = if entities.iter().any(kind) {
        entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .flat_map(|e| e.spans.iter().map(|s| s.1))
            .collect()
    } else {
        FxSet::default()
    };
    let grown: Vec<Growth> = entities
        .iter()
        .filter_map(|e| Some((e, named(e)?)))
        .flat_map(|(e, n)| {
            let place_ends = &place_ends;
            e.spans.iter().filter_map(move |&(a, b)| {
                let k = t.char_of(a);
                let mut x = k;
                while let Some(tok) = h.token(x.checked_sub(1)?) {
                    // (or one transliteration's char jieba read as a word of
                    // its own: a measure word, `米/q`)
                    let c = t.get(tok.0);
                    let lone = tok.1 - tok.0 == 1
                        && persons::is_foreign(c)
                        && match tok.2 {
                            hints::WordClass::Verb => false,
                            hints::WordClass::Function => matches!(c, '米' | '克' | '里'),
                            _ => true,
                        };
                    if tok.1 != x || !(foreign_piece(t, tok) || lone) || k - tok.0 > 5 {
                        break;
                    }
                    x = tok.0;
                }
                let opens = x == 0
                    || !is_han(t.before(x))
                    || matches!(t.before(x), '的' | '和' | '与' | '在')
                    || place_ends.contains(&t.byte(x));
                (opens && x < k && foreign_run(t, x, k + n)).then(|| Growth {
                    from: (a, b),
                    to: (t.byte(x), b),
                    evidence: crate::core::report::Evidence::Suffix,
                })
            })
        })
        .collect();
    grow_orgs(t.s, entities, &grown);
    // the places after a town's kind
    let mut names: Vec<String> = Vec::new();
    for &(p, q, _) in h.all() {
        let (p, q) = (p as usize, q as usize);
        // (the kinds' first chars first: most tokens start with none)
        if !matches!(t.get(p), '城' | '首' | '小' | '港' | '省') || !TOWNS.contains(&t.slice(p, q))
        {
            continue;
        }
        let mut y = q;
        while let Some(tok) = h
            .token(y)
            .filter(|&tok| tok.0 == y && foreign_piece(t, tok))
        {
            if tok.1 - q > 5 {
                break;
            }
            y = tok.1;
        }
        let closes = !is_han(t.get(y))
            || t.get(y) == '的'
            || h.token(y).is_some_and(|(_, _, c)| {
                matches!(c, hints::WordClass::Function | hints::WordClass::Verb)
            })
            || KINDS.iter().any(|w| t.starts_with(y, w));
        if closes && foreign_run(t, q, y) {
            names.push(t.slice(q, y).to_string());
        }
    }
    if names.is_empty() {
        return;
    }
    let found: Vec<(String, (usize, usize))> = names
        .iter()
        .flat_map(|n| {
            t.s.match_indices(n.as_str())
                .map(|(a, w)| (n.clone(), (a, a + w.len())))
        })
        .collect();
    seats::add_places(entities, found, crate::core::report::Evidence::Context);
}

/// A university's department written right after it (`北京大学` +
/// `中文系`, `历史学系`): one body, the university's mention grown to the
/// department's end. The department is one token of three to six chars
/// ending in `系`, of a noun's, an organisation's or an unknown word's class
/// (not `体系`, `关系`: two chars).
#[inline(never)]
fn departments_of_universities(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let grown: Vec<Growth> = entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Org && (e.text.ends_with("大学") || e.text.ends_with("学院"))
        })
        .flat_map(|e| {
            e.spans.iter().filter_map(move |&(a, b)| {
                let k = t.char_of(b);
                let (x, y, c) = h.token(k)?;
                (x == k
                    && (3..=6).contains(&(y - x))
                    && t.get(y - 1) == '系'
                    && (x..y).all(|q| is_han(t.get(q)))
                    && matches!(
                        c,
                        hints::WordClass::Noun | hints::WordClass::Org | hints::WordClass::Unknown
                    ))
                .then(|| Growth {
                    from: (a, b),
                    to: (a, t.byte(y)),
                    evidence: e.evidence,
                })
            })
        })
        .collect();
    grow_orgs(t.s, entities, &grown);
}

/// A democratic party's or the youth league's central committee
/// (`致公党中央主席`, `民盟中央`, `团中央`): the party's mention followed by
/// `中央` is the committee's, one body.
#[inline(never)]
fn party_centres(text: &str, entities: &mut Vec<Entity>) {
    let party = |w: &str| DEMOCRATIC_PARTIES.contains(&w) || matches!(w, "共青团" | "团");
    let grown: Vec<Growth> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org && party(&e.text))
        .flat_map(|e| {
            e.spans
                .iter()
                .filter(|&&(_, b)| text.get(b..).is_some_and(|r| r.starts_with("中央")))
                .map(|&(a, b)| Growth {
                    from: (a, b),
                    to: (a, b + "中央".len()),
                    evidence: e.evidence,
                })
        })
        .collect();
    grow_orgs(text, entities, &grown);
}

/// A place written at the start of a firm's registered name
/// (`广州康和制药有限公司`) names the firm, not a place the text is about (as
/// [`seats::places_of_bodies`] reads bodies): its mention there is dropped
/// when one pass found the place and another the firm.
#[inline(never)]
fn places_inside_firms(entities: &mut Vec<Entity>) {
    // (each firm's start with its furthest end: one lookup a place's span)
    let mut firms: FxMap<usize, usize> = Default::default();
    for e in entities.iter().filter(|e| {
        e.kind == EntityKind::Org && (e.text.ends_with("公司") || e.text.ends_with("集团"))
    }) {
        for &(a, b) in &e.spans {
            let end = firms.entry(a).or_insert(b);
            *end = (*end).max(b);
        }
    }
    if firms.is_empty() {
        return;
    }
    drop_mentions(
        entities,
        |k| k == EntityKind::Place,
        |&(a, b)| firms.get(&a).is_some_and(|&y| b < y),
    );
}

/// Cuts `front` bytes off the start and `back` bytes off the end of `e`'s
/// name and of each of its spans; nothing when the cut would not leave a
/// name on char boundaries.
pub(crate) fn cut_name(e: &mut Entity, front: usize, back: usize) {
    let Some(name) = e
        .text
        .len()
        .checked_sub(back)
        .filter(|&end| front < end)
        .and_then(|end| e.text.get(front..end))
    else {
        return;
    };
    e.text = name.to_string();
    for s in &mut e.spans {
        s.0 += front;
        s.1 = s.1.saturating_sub(back);
    }
}

/// An entity a pass over the others found: `kind`, named `text`, at
/// `spans` (its count theirs), with no title.
pub(crate) fn found_entity(
    kind: EntityKind,
    text: String,
    spans: Vec<(usize, usize)>,
    evidence: crate::core::report::Evidence,
) -> Entity {
    Entity {
        text,
        kind,
        title: None,
        count: spans.len(),
        spans,
        generic: false,
        evidence,
    }
}

/// An organisation's mention that grows to a longer span (byte spans).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Growth {
    /// The mention as found.
    pub(crate) from: (usize, usize),
    /// The span it grows to.
    pub(crate) to: (usize, usize),
    /// Why the grown organisation is one.
    pub(crate) evidence: crate::core::report::Evidence,
}

/// Moves organisations' mentions to the longer spans they grow to: each
/// growth drops its mention from its organisation and adds the grown span
/// as an organisation named by its chars in `text` (the same names merged;
/// an organisation left with no mention dropped).
pub(crate) fn grow_orgs(text: &str, entities: &mut Vec<Entity>, grown: &[Growth]) {
    if grown.is_empty() {
        return;
    }
    drop_mentions(
        entities,
        |k| k == EntityKind::Org,
        |s| grown.iter().any(|g| g.from == *s),
    );
    for g in grown {
        if let Some(name) = text.get(g.to.0..g.to.1) {
            entities.push(found_entity(
                EntityKind::Org,
                name.to_string(),
                vec![g.to],
                g.evidence,
            ));
        }
    }
    merge_same(entities);
}

/// Drops the mentions `gone` says of the entities whose kind `kinds`
/// holds (their counts follow); such an entity left with none is dropped.
pub(crate) fn drop_mentions(
    entities: &mut Vec<Entity>,
    kinds: impl Fn(EntityKind) -> bool,
    gone: impl Fn(&(usize, usize)) -> bool,
) {
    entities.retain_mut(|e| {
        if !kinds(e.kind) {
            return true;
        }
        if e.spans.iter().any(&gone) {
            e.spans.retain(|s| !gone(s));
            e.count = e.spans.len();
        }
        !e.spans.is_empty()
    });
}

/// Spans by start, with the furthest end reached so far: whether a span
/// overlaps one of them, or lies inside one, by binary search (not a scan
/// of every span per question).
pub(crate) struct Held {
    /// Span starts and ends, sorted.
    spans: Vec<(usize, usize)>,
    /// For each span, the furthest end among it and those before it.
    reach: Vec<usize>,
}

impl Held {
    /// The index of `spans`.
    pub(crate) fn new(mut spans: Vec<(usize, usize)>) -> Self {
        spans.sort_unstable();
        let mut far = 0;
        let reach = spans
            .iter()
            .map(|s| {
                far = far.max(s.1);
                far
            })
            .collect();
        Held { spans, reach }
    }

    /// The byte spans of every entity.
    pub(crate) fn of(entities: &[Entity]) -> Self {
        Self::new(
            entities
                .iter()
                .flat_map(|e| e.spans.iter().copied())
                .collect(),
        )
    }

    /// Whether `[x, y)` overlaps a held span (of the spans starting before
    /// `y`, one reaching past `x`).
    pub(crate) fn overlaps(&self, x: usize, y: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 < y);
        k > 0 && self.reach.get(k - 1).is_some_and(|&r| r > x)
    }

    /// Whether every held span that overlaps `[x, y)` lies inside it, and
    /// none is `[x, y)` itself: none starting before `x` reaches past it,
    /// none starting in it reaches past `y`.
    pub(crate) fn only_inside(&self, x: usize, y: usize) -> bool {
        let from = self.spans.partition_point(|s| s.0 < x);
        let clear_before = from == 0 || self.reach.get(from - 1).is_some_and(|&r| r <= x);
        clear_before
            && self
                .spans
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|s| s.0 < y)
                .all(|&s| s.1 <= y && s != (x, y))
    }

    /// Whether `[x, y)` lies inside a held span (of the spans starting at or
    /// before `x`, one reaching `y`; nested spans lie inside their parent,
    /// as quotations do).
    pub(crate) fn contains(&self, x: usize, y: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 <= x);
        k > 0 && self.reach.get(k - 1).is_some_and(|&r| r >= y)
    }
}

/// Entities of the same kind and name become one, their spans merged (the
/// first keeps its title and evidence).
pub(crate) fn merge_same(entities: &mut Vec<Entity>) {
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    let mut at: FxMap<(EntityKind, String), usize> = Default::default();
    for e in entities.drain(..) {
        match at
            .get(&(e.kind, e.text.clone()))
            .and_then(|&k| out.get_mut(k))
        {
            Some(o) => {
                o.spans.extend(e.spans);
                o.spans.sort_unstable();
                o.spans.dedup();
                o.count = o.spans.len();
            }
            None => {
                at.insert((e.kind, e.text.clone()), out.len());
                out.push(e);
            }
        }
    }
    *entities = out;
}

/// A text as `(byte offset, char)` pairs, for safe char-indexed scanning.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    /// The text itself.
    pub s: &'a str,
    /// The chars of the text.
    pub ch: Vec<char>,
    /// Byte offset of each char; one extra entry holds `s.len()`.
    pub at: Vec<usize>,
    /// Each char's gate word ([`flags::gate`]), made the first time a
    /// pass asks.
    gates: std::cell::OnceCell<Vec<u32>>,
}

impl<'a> Text<'a> {
    /// Splits `s` into chars with their byte offsets.
    pub fn new(s: &'a str) -> Self {
        // (counting first is one fast pass; growing the vectors copied them)
        // (and writing into slots made at once: a push per char checked
        // the capacity per char)
        let n = s.chars().count();
        let mut ch = vec!['\0'; n];
        let mut at = vec![s.len(); n + 1];
        for ((slot_c, slot_at), (i, c)) in ch.iter_mut().zip(at.iter_mut()).zip(s.char_indices()) {
            *slot_c = c;
            *slot_at = i;
        }
        Text {
            s,
            ch,
            at,
            gates: Default::default(),
        }
    }

    /// Each char's gate word ([`flags::gate`]).
    pub(crate) fn gates(&self) -> &[u32] {
        self.gates.get_or_init(|| flags::gates_of(&self.ch))
    }

    /// The first char at or after `from` with a gate of `mask`, or the
    /// text's length.
    #[inline]
    pub(crate) fn next_gated(&self, from: usize, mask: u32) -> usize {
        flags::next_gated(self.gates(), from, mask).unwrap_or(self.len())
    }

    /// Whether char `i` has a gate of `mask` (false past the end).
    pub(crate) fn gated(&self, i: usize, mask: u32) -> bool {
        flags::gated(self.gates(), i, mask)
    }

    /// The chars with a gate of `mask`, in order.
    pub(crate) fn each_gated(&self, mask: u32) -> impl Iterator<Item = usize> + '_ {
        let gates = self.gates();
        let mut from = 0;
        std::iter::from_fn(move || {
            let k = flags::next_gated(gates, from, mask)?;
            from = k + 1;
            Some(k)
        })
    }

    /// Number of chars.
    pub fn len(&self) -> usize {
        self.ch.len()
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.ch.is_empty()
    }

    /// The char at index `i`, or `'\0'` past either end.
    #[inline]
    pub fn get(&self, i: usize) -> char {
        self.ch.get(i).copied().unwrap_or('\0')
    }

    /// The char before index `i`, or `'\0'` at the start.
    pub fn before(&self, i: usize) -> char {
        if i == 0 {
            '\0'
        } else {
            self.get(i - 1)
        }
    }

    /// Byte offset of char index `i` (clamped to the text's end).
    pub fn byte(&self, i: usize) -> usize {
        self.at[i.min(self.at.len() - 1)]
    }

    /// The index of the first char starting at or after byte `b` (the char
    /// at `b` when `b` is on a char boundary; [`Self::len`] past the end).
    pub(crate) fn char_of(&self, b: usize) -> usize {
        self.at.partition_point(|&x| x < b)
    }

    /// The substring of chars `[a, b)` (clamped, empty when `a >= b`).
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        let (a, b) = (self.byte(a), self.byte(b));
        if a >= b {
            ""
        } else {
            &self.s[a..b]
        }
    }

    /// Whether the chars starting at index `i` spell `word`.
    pub fn starts_with(&self, i: usize, word: &str) -> bool {
        // bytes from a char boundary spell `word` exactly when the chars do;
        // one memcmp instead of a char loop (this runs per char and word)
        i <= self.len()
            && self
                .s
                .as_bytes()
                .get(self.byte(i)..)
                .is_some_and(|rest| bytes_start(rest, word.as_bytes()))
    }

    /// The first word of `words` (longest listed first) that starts at `i`.
    pub fn match_any<'w>(&self, i: usize, words: &[&'w str]) -> Option<&'w str> {
        words.iter().copied().find(|w| self.starts_with(i, w))
    }

    /// Whether the chars ending just before index `i` spell `word`.
    pub fn ends_with(&self, i: usize, word: &str) -> bool {
        i <= self.len()
            && self.s.as_bytes().get(..self.byte(i)).is_some_and(|head| {
                let w = word.as_bytes();
                head.len() >= w.len() && bytes_start(&head[head.len() - w.len()..], w)
            })
    }

    /// Char range `[a, b)` of the sentence around index `i`, cut at `。！？；!?;`
    /// and line breaks (the end mark is included), and at most
    /// [`SENTENCE_REACH`] chars either side of `i` (so that asking for the
    /// sentence of every char of a text without punctuation stays linear).
    pub fn sentence(&self, i: usize) -> (usize, usize) {
        let mut a = i.min(self.len());
        let floor = a.saturating_sub(SENTENCE_REACH);
        while a > floor && !is_sentence_end(self.get(a - 1)) {
            a -= 1;
        }
        let mut b = i.min(self.len());
        let ceiling = b.saturating_add(SENTENCE_REACH).min(self.len());
        while b < ceiling && !is_sentence_end(self.get(b)) {
            b += 1;
        }
        if b < self.len() && self.get(b) != '\n' {
            b += 1;
        }
        while a < b && self.get(a).is_whitespace() {
            a += 1;
        }
        (a, b)
    }
}

/// A list of words (longest listed first where order matters) that answers
/// "which word starts (or ends) here" without scanning the list at the many
/// chars where no word can: most chars start no listed word, and the scan
/// per char and list was most of extraction's time.
#[derive(Debug, Clone)]
pub struct Lexicon {
    words: &'static [&'static str],
    first: super::han::CharSet,
    last: super::han::CharSet,
    /// The words by first and by last char: a lookup compares only the
    /// words that share the char there (in list order, so the first match
    /// is the list's first match).
    by_first: ByFirstChar,
    by_last: ByLast,
    /// Whether the list holds an empty word (then every lookup scans the
    /// list, as an empty word matches anywhere).
    has_empty: bool,
}

/// The first two chars of a list's words as bits of a table (a bit per
/// hash of the pair), and the chars a word of one char is: a word starts
/// at a char only where its char is one of those or the pair there has
/// its bit, so a lookup that fails the test needs no search (most lookups
/// at a char a listed word starts with find none).
#[derive(Debug, Clone)]
struct PairBloom {
    bits: Box<[u64; PAIR_WORDS]>,
    single: super::han::CharSet,
}

/// Words of [`PairBloom::bits`] (4096 bits).
const PAIR_WORDS: usize = 64;

impl Default for PairBloom {
    fn default() -> Self {
        PairBloom::new(std::iter::empty())
    }
}

impl PairBloom {
    /// The bloom of words in groups: each group's key and its words' chars
    /// next to the key (`'\0'` for a word of the key alone).
    fn new<'g>(groups: impl IntoIterator<Item = (char, &'g [char])>) -> Self {
        let mut bits = Box::new([0u64; PAIR_WORDS]);
        let mut single = Vec::new();
        for (a, nexts) in groups {
            for &b in nexts {
                if b == '\0' {
                    single.push(a);
                } else {
                    let k = Self::slot(a, b);
                    if let Some(x) = bits.get_mut(k / 64) {
                        *x |= 1 << (k % 64);
                    }
                }
            }
        }
        PairBloom {
            bits,
            single: super::han::CharSet::new(single),
        }
    }

    /// The bit of the pair `(a, b)`.
    #[inline]
    fn slot(a: char, b: char) -> usize {
        let h = (a as u32).wrapping_mul(0x9E37_79B1) ^ (b as u32).wrapping_mul(0x85EB_CA77);
        (h >> 20) as usize
    }

    /// Whether a listed word may start with `a` followed by `b`.
    #[inline]
    fn may(&self, a: char, b: char) -> bool {
        let k = Self::slot(a, b);
        self.bits
            .get(k / 64)
            .is_some_and(|x| x >> (k % 64) & 1 == 1)
            || self.single.contains(a)
    }
}

impl Lexicon {
    /// The lexicon of `words`.
    pub fn new(words: &'static [&'static str]) -> Self {
        Lexicon {
            words,
            first: super::han::CharSet::new(words.iter().filter_map(|w| w.chars().next())),
            last: super::han::CharSet::new(words.iter().filter_map(|w| w.chars().last())),
            by_first: ByFirstChar::new(words),
            by_last: ByLast::new(words),
            has_empty: words.iter().any(|w| w.is_empty()),
        }
    }

    /// The first listed word that starts at char `i` (as [`Text::match_any`]).
    /// The test of the first char is inlined at every call site (this runs
    /// at every char for many lists, and the call itself cost more than
    /// the test); the search of the list is not.
    #[inline]
    pub fn at(&self, t: &Text, i: usize) -> Option<&'static str> {
        let c = t.get(i);
        // (and the pair there, before the call: see `PairBloom`)
        if self.first.contains(c)
            && (self.has_empty || self.by_first.groups.pairs.may(c, t.get(i + 1)))
        {
            self.search(t, i)
        } else {
            None
        }
    }

    #[inline(never)]
    fn search(&self, t: &Text, i: usize) -> Option<&'static str> {
        if self.has_empty {
            return t.match_any(i, self.words);
        }
        self.by_first.starting(t, i).next().map(|(w, _)| w)
    }

    /// The first listed word that ends just before char `i`.
    pub fn before(&self, t: &Text, i: usize) -> Option<&'static str> {
        if i > 0 && self.last.contains(t.get(i - 1)) {
            if self.has_empty {
                return self.words.iter().copied().find(|w| t.ends_with(i, w));
            }
            self.by_last.ending(t, i).next().map(|(w, _)| w)
        } else {
            None
        }
    }

    /// Whether a listed word may start with `c` (its first char is one a
    /// word starts with): a cheap test before [`Lexicon::at`] where the
    /// list is fetched once for a loop.
    #[inline]
    pub fn may_start(&self, c: char) -> bool {
        self.has_empty || self.first.contains(c)
    }

    /// Whether a listed word may end in `c` (its last char is one a word
    /// ends with): a cheap test before [`Lexicon::suffix_of`].
    #[inline]
    pub fn may_end(&self, c: char) -> bool {
        self.has_empty || self.last.contains(c)
    }

    /// The first listed word that `s` ends with.
    pub fn suffix_of(&self, s: &str) -> Option<&'static str> {
        let last = s.chars().next_back()?;
        if !self.last.contains(last) {
            return None;
        }
        if self.has_empty {
            return self.words.iter().copied().find(|w| s.ends_with(w));
        }
        let b = s.as_bytes();
        self.by_last.group(last).iter().map(|&(w, _)| w).find(|w| {
            b.len() >= w.len()
                && b.get(b.len() - w.len()..)
                    .is_some_and(|tail| bytes_start(tail, w.as_bytes()))
        })
    }
}

/// Where the next char with some property lies, for a scan that asks
/// "is there one in `from ..= to`" at ever later chars: one pass over the
/// text in all, where testing the window at every char tested each char
/// several times (a rule that needs a dot, a suffix or a title within a
/// few chars asks this at every char).
///
/// Generic over the property, so a scan's test of each char is inlined
/// (a call through a pointer per char was most of its cost).
#[derive(Debug, Clone)]
pub struct Ahead<F = fn(char) -> bool> {
    is: F,
    /// Where the last scan started, and the first char at or after it
    /// with the property (or the text's length).
    last: Option<(usize, usize)>,
}

impl<F: Fn(char) -> bool> Ahead<F> {
    /// A cursor for the chars `is` holds for.
    pub fn new(is: F) -> Self {
        Ahead { is, last: None }
    }

    /// Whether a char in `from ..= to` of `t` has the property. Correct
    /// for any `from`; linear over a scan whose `from` never decreases.
    #[inline]
    pub fn within(&mut self, t: &Text, from: usize, to: usize) -> bool {
        let at = match self.last {
            Some((start, at)) if start <= from && from <= at => at,
            _ => self.scan(t, from),
        };
        at < t.len() && at <= to
    }

    /// The first char at or after `from` with the property (or the
    /// text's length), remembered.
    #[inline(never)]
    fn scan(&mut self, t: &Text, from: usize) -> usize {
        let mut j = from;
        while let Some(&c) = t.ch.get(j) {
            if (self.is)(c) {
                break;
            }
            j += 1;
        }
        self.last = Some((from, j));
        j
    }
}

/// [`Ahead`] for the chars with a gate ([`flags::gate`]): the scan skips
/// four chars per test.
#[derive(Debug, Clone)]
pub(crate) struct GateAhead {
    mask: u32,
    /// As [`Ahead`]'s `last`, `(start, at)`: no gated char in
    /// `start..at`, and `at` gated (or the text's length); empty (`1, 0`)
    /// before the first scan (two words, not an option, on the hot path).
    start: usize,
    at: usize,
}

impl GateAhead {
    /// A cursor for the chars with a gate of `mask`.
    pub(crate) fn new(mask: u32) -> Self {
        GateAhead {
            mask,
            start: 1,
            at: 0,
        }
    }

    /// Whether a char in `from ..= to` of `t` has a gate of the mask (as
    /// [`Ahead::within`]).
    #[inline(always)]
    pub(crate) fn within(&mut self, t: &Text, from: usize, to: usize) -> bool {
        let at = self.next(t, from);
        at < t.len() && at <= to
    }

    /// The first char at or after `from` with a gate of the mask (or the
    /// text's length), remembered: linear over a scan whose `from` never
    /// decreases, where asking [`Text::next_gated`] at every step walked
    /// again to a far char each time.
    #[inline(always)]
    pub(crate) fn next(&mut self, t: &Text, from: usize) -> usize {
        // (the test of the span inlined at every call, the search not: a
        // call per ask cost more than the test, most asks are answered by
        // the span, and the search inlined made the callers' loops large)
        if self.start <= from && from <= self.at {
            return self.at;
        }
        self.rescan(t, from)
    }

    /// [`GateAhead::next`] where the span does not answer: the search.
    #[inline(never)]
    fn rescan(&mut self, t: &Text, from: usize) -> usize {
        self.at = t.next_gated(from, self.mask);
        self.start = from;
        self.at
    }
}

/// `words` grouped by the char `key` picks (sorted by that char; list
/// order within a group), each with its length in chars. Words without a
/// key char are left out.
fn grouped(
    words: &[&'static str],
    key: fn(&str) -> Option<char>,
    next: fn(&str) -> Option<char>,
) -> Groups {
    let mut groups: Vec<(char, Vec<(&'static str, usize)>)> = Vec::new();
    for &w in words {
        let Some(c) = key(w) else {
            continue;
        };
        let n = w.chars().count();
        match groups.binary_search_by_key(&c, |g| g.0) {
            Ok(k) => {
                if let Some(g) = groups.get_mut(k) {
                    g.1.push((w, n));
                }
            }
            Err(k) => groups.insert(k, (c, vec![(w, n)])),
        }
    }
    let mut out = Groups::default();
    for (c, ws) in groups {
        out.keys.push(c);
        out.next
            .extend(ws.iter().map(|&(w, _)| next(w).unwrap_or('\0')));
        out.words.extend(ws);
        out.ends.push(out.words.len() as u32);
    }
    out.rank = (out.keys.len() >= RANK_MIN).then(|| Rank::new(&out.keys));
    out.pairs = PairBloom::new(out.keys.iter().zip(&out.ends).scan(0, |from, (&c, &end)| {
        let nexts = out.next.get(*from..end as usize).unwrap_or(&[]);
        *from = end as usize;
        Some((c, nexts))
    }));
    out
}

/// The Han chars a [`Rank`] covers (as [`super::han::CharSet`]).
const RANK_BLOCK: std::ops::Range<u32> = 0x3400..0xA000;

/// Words of [`Rank::bits`].
const RANK_WORDS: usize = (RANK_BLOCK.end - RANK_BLOCK.start).div_ceil(64) as usize;

/// Fewest keys for which a [`Groups`] builds a [`Rank`] (a binary search
/// of a few keys is as quick).
const RANK_MIN: usize = 32;

/// Where a Han key stands among the sorted keys of a [`Groups`], in two
/// reads: a bit per char of [`RANK_BLOCK`] (is it a key?) and the number of
/// keys before each 64 chars, plus the keys set before the char in its
/// word. A binary search of a long list of keys (thousands for the
/// gazetteer) was a dozen reads, each waiting for the one before, at
/// every lookup.
#[derive(Debug, Clone)]
struct Rank {
    bits: Box<[u64; RANK_WORDS]>,
    /// Keys before each eight chars of `bits` (counting the keys below the
    /// block): the keys set before a char in its byte are counted from a
    /// table ([`BYTE_ONES`]), where counting them in its word was a
    /// software popcount (the build's baseline has no `popcnt`).
    before: Box<[u32; RANK_WORDS * 8]>,
}

/// The number of bits set in each byte value.
const BYTE_ONES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    t
};

impl Rank {
    /// The rank of sorted, distinct `keys`.
    fn new(keys: &[char]) -> Self {
        let mut bits = Box::new([0u64; RANK_WORDS]);
        let mut below = 0u32;
        for &c in keys {
            let u = c as u32;
            if u < RANK_BLOCK.start {
                below += 1;
            } else if RANK_BLOCK.contains(&u) {
                let k = (u - RANK_BLOCK.start) as usize;
                if let Some(w) = bits.get_mut(k / 64) {
                    *w |= 1 << (k % 64);
                }
            }
        }
        let mut before = Box::new([0u32; RANK_WORDS * 8]);
        let mut n = below;
        for (b, k) in before.iter_mut().zip(0..) {
            *b = n;
            // (block `k` of eight chars is byte `k % 8` of word `k / 8`)
            let w = bits.get(k / 8).copied().unwrap_or(0);
            n += (w >> (k % 8 * 8) & 0xFF).count_ones();
        }
        Rank { bits, before }
    }

    /// The index among the keys of `c`, a char of [`RANK_BLOCK`]; `None`
    /// when it is no key.
    #[inline]
    fn index(&self, c: char) -> Option<usize> {
        let k = (c as u32).checked_sub(RANK_BLOCK.start)? as usize;
        let w = *self.bits.get(k / 64)?;
        if w >> (k % 64) & 1 == 0 {
            return None;
        }
        // (the bits of the char's byte below it)
        let byte = (w >> (k % 64 / 8 * 8)) as u8 & ((1u8 << (k % 8)) - 1);
        let before = *self.before.get(k / 8)? as usize;
        Some(before + BYTE_ONES.get(usize::from(byte)).copied().unwrap_or(0) as usize)
    }
}

/// Words in groups by a char, laid out for a lookup per char of a text: the
/// sorted keys alone (a binary search touches a few cache lines), the
/// words of all groups back to back.
#[derive(Debug, Clone, Default)]
struct Groups {
    /// The key chars, sorted.
    keys: Vec<char>,
    /// Where each key's group ends in `words`.
    ends: Vec<u32>,
    /// The words with their lengths in chars, group after group.
    words: Vec<(&'static str, usize)>,
    /// Each word's char next to the key (the second char after a first,
    /// the one before a last; `'\0'` for a word of one char), so a lookup
    /// tests it against the text's chars, which are in the cache, before
    /// it compares the word with the text's bytes: most words that share
    /// a key differ from the text right there, and the byte offset the
    /// compare needs was a cache miss more often than not.
    next: Vec<char>,
    /// The keys' ranks for a lookup of a Han char without a binary search
    /// (for a list of [`RANK_MIN`] keys or more).
    rank: Option<Rank>,
    /// The pairs of each word's key and char next to it (see
    /// [`PairBloom`]): a lookup whose char next to the key may be no
    /// word's looks up no key and walks no group (most lookups at a
    /// common key, such as a title's `副`, match no word).
    pairs: PairBloom,
}

impl Groups {
    /// Where the group of `c` lies in `words` (empty when no word has
    /// that key).
    #[inline]
    fn range(&self, c: char) -> std::ops::Range<usize> {
        match self.key(c) {
            Some(k) => self.range_of(k),
            None => 0..0,
        }
    }

    /// The index of the group of `c`, if a word has that key.
    #[inline]
    fn key(&self, c: char) -> Option<usize> {
        match &self.rank {
            Some(rank) if RANK_BLOCK.contains(&(c as u32)) => rank.index(c),
            _ => self.keys.binary_search(&c).ok(),
        }
    }

    /// Where group `k` lies in `words`.
    #[inline]
    fn range_of(&self, k: usize) -> std::ops::Range<usize> {
        let start = match k.checked_sub(1) {
            Some(p) => self.ends.get(p).map_or(0, |&e| e as usize),
            None => 0,
        };
        start..self.ends.get(k).map_or(0, |&e| e as usize)
    }

    /// The group of `c` (empty when no word has that key).
    #[inline]
    fn get(&self, c: char) -> &[(&'static str, usize)] {
        self.words.get(self.range(c)).unwrap_or(&[])
    }

    /// The group of `c` with each word's char next to the key, or none
    /// where no word's char next to the key may be `next` and no word has
    /// one char (the group's bloom says; the caller still tests each
    /// word).
    #[inline]
    fn with_next_near(
        &self,
        c: char,
        next: char,
    ) -> impl Iterator<Item = (&(&'static str, usize), &char)> {
        let r = if self.pairs.may(c, next) {
            self.range(c)
        } else {
            0..0
        };
        self.words_of(r)
    }

    /// The words of `r` with their chars next to the key.
    #[inline]
    fn words_of(
        &self,
        r: std::ops::Range<usize>,
    ) -> impl Iterator<Item = (&(&'static str, usize), &char)> {
        let words = self.words.get(r.clone()).unwrap_or(&[]);
        let next = self.next.get(r).unwrap_or(&[]);
        words.iter().zip(next)
    }
}

/// Words grouped by their last char, each with its length in chars:
/// "which listed words end just before char `i`" looks at the few words
/// that end in the char there, not the whole list (a scan of a long title
/// list, counting each word's chars, ran for every char after a common
/// last char such as `长`).
#[derive(Debug, Clone)]
pub struct ByLast {
    /// Last chars, sorted, and the words ending in each with their lengths.
    groups: Groups,
}

impl ByLast {
    /// The index of `words`.
    pub fn new(words: &[&'static str]) -> Self {
        ByLast {
            groups: grouped(words, |w| w.chars().next_back(), |w| w.chars().rev().nth(1)),
        }
    }

    /// The listed words ending in `c`, with their lengths, in list order.
    pub fn group(&self, c: char) -> &[(&'static str, usize)] {
        self.groups.get(c)
    }

    /// The listed words (with their lengths in chars) that end just
    /// before char `i` of `t`, in list order.
    #[inline]
    pub fn ending<'s>(
        &'s self,
        t: &'s Text,
        i: usize,
    ) -> impl Iterator<Item = (&'static str, usize)> + 's {
        // ('\0' is no key: no word ends before the text's start)
        let last = if i == 0 { '\0' } else { t.get(i - 1) };
        // (the char before the last first: see `Groups::next`)
        let before = if i < 2 { '\0' } else { t.get(i - 2) };
        self.groups
            .with_next_near(last, before)
            .filter(move |&(&(w, n), &c)| (n < 2 || c == before) && t.ends_with(i, w))
            .map(|(&w, _)| w)
    }
}

/// Words grouped by their first char (in list order within a char), each
/// with its length in chars: "which listed words start at char `i`" looks
/// at the few words that start with the char there, not the whole list.
#[derive(Debug, Clone)]
pub struct ByFirstChar {
    /// First chars, sorted, and the words starting with each with their lengths.
    groups: Groups,
}

impl ByFirstChar {
    /// The index of `words`.
    pub fn new(words: &[&'static str]) -> Self {
        ByFirstChar {
            groups: grouped(words, |w| w.chars().next(), |w| w.chars().nth(1)),
        }
    }

    /// The listed words (with their lengths in chars) that start at char
    /// `i` of `t`, in list order.
    #[inline]
    pub fn starting<'s>(
        &'s self,
        t: &'s Text,
        i: usize,
    ) -> impl Iterator<Item = (&'static str, usize)> + 's {
        // (the second char first: see `Groups::next`)
        let second = t.get(i + 1);
        self.groups
            .with_next_near(t.get(i), second)
            .filter(move |&(&(w, n), &c)| (n < 2 || c == second) && t.starts_with(i, w))
            .map(|(&w, _)| w)
    }
}

/// FxHash: a fast non-cryptographic hash for the maps extraction fills
/// and reads per token or char (SipHash was a tenth of extraction); keys
/// are the user's own text and the maps live for one call.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        // eight bytes at a time, the tail shifted in (no copy call per word)
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = 0u64;
            for (k, &b) in chunk.iter().enumerate() {
                word |= u64::from(b) << (8 * k);
            }
            self.add(word);
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let mut word = 0u64;
            for (k, &b) in tail.iter().enumerate() {
                word |= u64::from(b) << (8 * k);
            }
            self.add(word);
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map with [`Fx`].
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fx>>;

/// A hash set with [`Fx`].
pub(crate) type FxSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fx>>;

/// Whether `hay` starts with `w`, compared byte by byte inline: listed
/// words are short, and a lookup among the words that share a first char
/// usually fails at the second char, where a `memcmp` call cost more than
/// the compare.
fn bytes_start(hay: &[u8], w: &[u8]) -> bool {
    hay.len() >= w.len() && w.iter().zip(hay).all(|(a, b)| a == b)
}

pub use super::han::is_han;

/// The longest stretch of a sentence either side of a char that
/// [`Text::sentence`] looks at.
pub const SENTENCE_REACH: usize = 2000;

/// The first char of each word (for a `char_set!` of where words start).
pub(crate) fn firsts(words: &[&str]) -> String {
    words.iter().filter_map(|w| w.chars().next()).collect()
}

/// Whether `c` is one of the Chinese numerals 一 … 十.
pub fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Whether `c` ends a sentence (or a line).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n')
}

/// Whether `c` separates clauses (any punctuation, whitespace or text end).
#[inline]
pub fn is_clause_break(c: char) -> bool {
    // Han is no break; the other chars of the Basic Multilingual Plane
    // (Latin, CJK and full-width punctuation, kana …) from a table:
    // `is_alphanumeric` searches Unicode's tables for every non-ASCII char
    if is_han(c) {
        return false;
    }
    let u = c as usize;
    if u < CLAUSE_TABLE {
        let (Some(word), Some(filled)) = (CLAUSE_BITS.get(u / 64), CLAUSE_FILLED.get(u / 4096))
        else {
            return clause_break_of(c);
        };
        if filled.load(Ordering::Acquire) >> (u / 64 % 64) & 1 == 0 {
            fill_clause_word(u / 64);
        }
        return word.load(Ordering::Relaxed) >> (u % 64) & 1 == 1;
    }
    clause_break_of(c)
}

/// [`is_clause_break`]'s answers for [`CLAUSE_TABLE`], a bit per char,
/// each word of 64 chars filled the first time one of its chars is asked
/// (issue 15, speed: the whole table, built at once, searched Unicode's
/// tables for 38,000 chars a text never holds; that was a tenth of the
/// first extraction's time).
static CLAUSE_BITS: [AtomicU64; CLAUSE_TABLE / 64] =
    [const { AtomicU64::new(0) }; CLAUSE_TABLE / 64];

/// Which words of [`CLAUSE_BITS`] are filled, a bit per word.
static CLAUSE_FILLED: [AtomicU64; CLAUSE_TABLE / 4096] =
    [const { AtomicU64::new(0) }; CLAUSE_TABLE / 4096];

/// Fills word `w` of [`CLAUSE_BITS`] (two threads that fill the same word
/// store the same bits; a thread that sees the word marked filled sees its
/// bits).
#[cold]
#[inline(never)]
fn fill_clause_word(w: usize) {
    let bits = (0..64u32).fold(0u64, |bits, b| {
        let c = char::from_u32(w as u32 * 64 + b);
        bits | u64::from(c.is_some_and(clause_break_of)) << b
    });
    if let (Some(word), Some(filled)) = (CLAUSE_BITS.get(w), CLAUSE_FILLED.get(w / 64)) {
        word.store(bits, Ordering::Relaxed);
        filled.fetch_or(1 << (w % 64), Ordering::Release);
    }
}

/// The chars [`is_clause_break`] answers from a table: the Basic
/// Multilingual Plane (8 KB of bits).
const CLAUSE_TABLE: usize = 0x10000;

/// [`is_clause_break`] by its definition.
fn clause_break_of(c: char) -> bool {
    c == '\0' || c.is_whitespace() || (!is_han(c) && !c.is_alphanumeric() && c != '%' && c != '.')
}

/// Every mention of `names` in `t`, longest name first at each char, as
/// `(index into names, (byte start, byte end))`, non-overlapping. One pass
/// with a hash lookup per char and name length, so linear in the text
/// however many names there are (a `match_indices` per name was quadratic
/// on a long text full of names).
pub(crate) fn mentions(t: &Text, names: &[String]) -> Vec<(usize, (usize, usize))> {
    let mut index: FxMap<&str, usize> = Default::default();
    let mut max = 0;
    for (k, n) in names.iter().enumerate() {
        let len = n.chars().count();
        if len > 0 {
            index.entry(n.as_str()).or_insert(k);
            max = max.max(len);
        }
    }
    let first = super::han::CharSet::new(names.iter().filter_map(|n| n.chars().next()));
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // (the next char a name starts with, by a search over the chars)
        match t
            .ch
            .get(i..)
            .and_then(|rest| rest.iter().position(|&c| first.contains(c)))
        {
            Some(k) => i += k,
            None => break,
        }
        let hit = (1..=max.min(t.len() - i))
            .rev()
            .find_map(|n| index.get(t.slice(i, i + n)).map(|&k| (k, n)));
        match hit {
            Some((k, n)) => {
                out.push((k, (t.byte(i), t.byte(i + n))));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// The indices of `v` that hold `true`, in order: sixteen at a time where
/// none does (one vector OR), where a test per slot was most of a scan of
/// a text's flags that are seldom set.
pub(crate) fn trues(v: &[bool]) -> impl Iterator<Item = usize> + '_ {
    let mut k = 0;
    std::iter::from_fn(move || loop {
        if k % 16 == 0 {
            while let Some(sixteen) = v.get(k..k + 16) {
                if sixteen.iter().fold(false, |a, &x| a | x) {
                    break;
                }
                k += 16;
            }
        }
        let x = *v.get(k)?;
        k += 1;
        if x {
            return Some(k - 1);
        }
    })
}

/// Turns a list of spans per key into counted items, ordered by first span
/// (and by key where two keys' first spans are the same).
pub(crate) fn group<K: Ord + Clone + std::hash::Hash>(
    items: Vec<(K, (usize, usize))>,
) -> Vec<(K, Vec<(usize, usize)>)> {
    // (a hash map and one sort by first span and key: the order a tree
    // by key and a stable sort by first span gave, with no string
    // compares per item down the tree)
    let mut at: FxMap<K, usize> = Default::default();
    let mut out: Vec<(K, Vec<(usize, usize)>)> = Vec::new();
    for (k, span) in items {
        match at.get(&k).and_then(|&n| out.get_mut(n)) {
            Some((_, spans)) => spans.push(span),
            None => {
                at.insert(k.clone(), out.len());
                out.push((k, vec![span]));
            }
        }
    }
    for (_, spans) in out.iter_mut() {
        // sort then dedup: linear in the occurrences, where a `contains`
        // check per push was quadratic for a frequent name
        spans.sort_unstable();
        spans.dedup();
    }
    out.sort_by(|(ka, sa), (kb, sb)| {
        sa.first()
            .copied()
            .cmp(&sb.first().copied())
            .then_with(|| ka.cmp(kb))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_breaks_from_the_table_match_the_definition() {
        for u in (0..0x11000u32)
            .chain(0x20000..0x20100)
            .chain(0x10FF00..0x110000)
        {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_clause_break(c), clause_break_of(c), "U+{u:04X}");
            }
        }
    }

    fn check(s: &str) {
        let x = extract(s);
        let spans = x
            .entities
            .iter()
            .flat_map(|e| e.spans.iter().copied())
            .chain(x.quotes.iter().flat_map(|q| q.spans.iter().copied()))
            .chain(x.figures.iter().map(|f| (f.start.unwrap(), f.end.unwrap())))
            .chain(x.outline.iter().map(|o| (o.start.unwrap(), o.end.unwrap())));
        for (a, b) in spans {
            assert!(a <= b && b <= s.len(), "{s:?}: span {a}..{b}");
            assert!(s.is_char_boundary(a) && s.is_char_boundary(b), "{s:?}");
        }
    }

    #[test]
    fn never_panics_on_odd_inputs() {
        let huge = "9".repeat(400);
        let odd = [
            "",
            "“",
            "”",
            "‘’“”「」『』",
            "《",
            "《政府工作报告",
            "》》《《",
            "一要",
            "一要。",
            "(一)",
            "1.",
            "第",
            "第一",
            "市委书记",
            "记者 ",
            "代理市长盛",
            "%",
            "个百分点",
            "1—",
            "—7月",
            "3+",
            "+X",
            "1.2.3.4亿元",
            "１２３４５亿元",
            "十十十十十十十十十十十个",
            "两",
            "零个",
            "e\u{301}é😀市长😀",
            "\u{FEFF}\r\n\r\n",
            &huge,
        ];
        for s in odd {
            check(s);
        }
        check(&format!("{huge}亿元增长{huge}%"));
        check(&"“‘《(一)一要第一,1.市委书记陈金虎".repeat(50));
    }

    #[test]
    fn rank_counts_the_keys_before_each_char() {
        for step in [1u32, 3, 7, 64, 200] {
            let keys: Vec<char> = "ab"
                .chars()
                .chain(
                    (0x3400..0xA000)
                        .step_by(step as usize)
                        .filter_map(char::from_u32),
                )
                .chain(['\u{F900}', '\u{20000}'])
                .collect();
            let rank = Rank::new(&keys);
            for u in 0x3400..0xA000u32 {
                let c = char::from_u32(u).unwrap();
                assert_eq!(
                    rank.index(c),
                    keys.binary_search(&c).ok(),
                    "{step} U+{u:04X}"
                );
            }
        }
    }

    #[test]
    fn ranked_groups_find_what_a_binary_search_finds() {
        // keys below, inside and above the Han block, more than RANK_MIN
        let words: Vec<&'static str> = "a b é 一 丁 七 万 丈 三 上 下 丌 不 与 丐 丑 专 且 丕 世 丘 丙 业 丛 东 丝 丞 丢 两 严 並 丧 丨 丩 个 丫 丬 中 丮 丯 丰 丱 串 丳 临 丵 鿿 豈 𠀀 王 李"
            .split(' ')
            .collect();
        let words: &'static [&'static str] = Box::leak(words.into_boxed_slice());
        let g = grouped(words, |w| w.chars().next(), |w| w.chars().nth(1));
        assert!(g.rank.is_some());
        for c in "abcé一丁丂万与丒王张李鿿豈𠀀𠀁\0"
            .chars()
            .chain(['\u{33FF}', '\u{A000}'])
        {
            let want = match g.keys.binary_search(&c) {
                Ok(k) => {
                    let start = k.checked_sub(1).map_or(0, |p| g.ends[p] as usize);
                    start..g.ends[k] as usize
                }
                Err(_) => 0..0,
            };
            assert_eq!(g.range(c), want, "{c:?}");
        }
    }

    #[test]
    fn trues_finds_what_a_filter_finds() {
        for n in [0, 1, 15, 16, 17, 40, 100] {
            for step in [1, 3, 16, 17, 50, 1000] {
                for phase in [0, 5, 15] {
                    let v: Vec<bool> = (0..n).map(|k| k % step == phase % step).collect();
                    let want: Vec<usize> = (0..n).filter(|&k| v[k]).collect();
                    assert_eq!(trues(&v).collect::<Vec<_>>(), want, "{n} {step} {phase}");
                }
            }
        }
    }

    #[test]
    fn deterministic() {
        let s =
            "市委书记陈金虎强调,“奋力冲刺‘全年红’”。一要抓项目。二要稳增长。完成投资169.6亿元。";
        assert_eq!(extract(s), extract(s));
    }
}
