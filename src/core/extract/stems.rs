//! Short forms of names a text gives in full.
//!
//! A city or county named in full is named by its stem alone elsewhere in
//! the same text (`大同市召开…`, then `大同是“中国煤都”`, `国网大同供电公司`).
//! The gazetteer holds the full names; their stems are places only where
//! jieba's dictionary tags them so (half of the county stems it tags as
//! names, nouns or adverbs: `大同/d`, `义乌/nr`). Within one document the
//! full name settles it: a stem the text also names in full is a place
//! wherever it stands as whole tokens outside every entity found and
//! outside quotation marks (`“砚山辣椒”` names a product); before a zone's
//! suffix it names the zone (`砚山工业园区`, `大同经济技术开发区`).
//!
//! A company named in full is named by its trade name alone in the same
//! text (`潍柴动力股份有限公司`, then `潍柴动力`; `广东科沃智能电器股份有限公司`,
//! then `科沃智能` or `科沃`): the name without its legal form, its group
//! words, the places before it and the words of trade after it, where that
//! is no common word of the dictionary (`中国建筑集团` gives no `建筑`,
//! `浙江吉利控股集团` no `吉利`).
//!
//! A name followed by its short form in brackets declares it
//! (`亚洲基础设施投资银行（亚投行）`, `中国科学院水生生物研究所（以下简称
//! “水生所”）`): the short form, whose chars the full name holds in order,
//! names the same place or organisation wherever the text writes it.

use super::hints::{Hints, WordClass};
use super::{merge_same, Text};
use crate::core::report::{Entity, EntityKind, Evidence};

/// Adds the stems of the cities, counties and districts `entities` name in
/// full (`大同市` → `大同`, `顺德区` → `顺德`) where the text names them
/// alone, and the zones named after them; `quoted` holds the char spans
/// inside quotation marks.
#[inline(never)]
pub fn short_forms_of_named_places(
    t: &Text,
    h: &Hints,
    quoted: &[(usize, usize)],
    entities: &mut Vec<Entity>,
) {
    let mut stems: Vec<&str> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.evidence == Evidence::Gazetteer)
        .filter_map(|e| {
            let stem = e
                .text
                .strip_suffix(['市', '县'])
                .or_else(|| district_stem(&e.text))?;
            // (two chars at least, and a name of the gazetteer in full)
            (stem.chars().count() >= 2 && super::names::is_listed_place(&e.text)).then_some(stem)
        })
        // (not a stem found as an entity already)
        .filter(|s| !entities.iter().any(|e| e.text == *s))
        .collect();
    if stems.is_empty() {
        return;
    }
    stems.sort_unstable();
    stems.dedup();
    // (the stems of districts named in full: no stem of a city or county)
    let districts: Vec<&str> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.evidence == Evidence::Gazetteer)
        .filter_map(|e| district_stem(&e.text))
        .filter(|d| {
            !entities
                .iter()
                .any(|e| e.text.strip_suffix(['市', '县']) == Some(*d))
        })
        .collect();
    let held = super::Held::of(entities);
    let overlaps = |a: usize, b: usize| held.overlaps(t.byte(a), t.byte(b));
    let quoted = super::Held::new(quoted.to_vec());
    let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); stems.len()];
    let mut zones: Vec<(usize, usize)> = Vec::new();
    // (not the full name again)
    for (k, a, b) in mentions_of_any(t, h, &stems, |c| matches!(c, '市' | '县' | '区')) {
        // a district's stem is often a word (`和平区`, `朝阳区`): only
        // where jieba reads it as a name or no word (`顺德/nr`)
        let word = !matches!(
            h.token(a).map(|(_, _, c)| c),
            Some(WordClass::Person | WordClass::Place | WordClass::Unknown)
        );
        if quoted.contains(a, b) || (districts.contains(&stems[k]) && word) {
            continue;
        }
        match super::names::zone_after(t, h, b) {
            Some(z) if !overlaps(a, z) => zones.push((a, z)),
            Some(_) => {}
            None if !overlaps(a, b) => spans[k].push((t.byte(a), t.byte(b))),
            None => {}
        }
    }
    let found: Vec<Entity> = stems
        .iter()
        .zip(spans)
        .filter(|(_, s)| !s.is_empty())
        .map(|(stem, spans)| Entity {
            text: stem.to_string(),
            kind: EntityKind::Place,
            title: None,
            count: spans.len(),
            spans,
            generic: false,
            evidence: Evidence::Abbreviation,
        })
        .chain(zones.into_iter().map(|(a, z)| Entity {
            text: t.slice(a, z).to_string(),
            kind: EntityKind::Place,
            title: None,
            count: 1,
            spans: vec![(t.byte(a), t.byte(z))],
            generic: false,
            evidence: Evidence::Suffix,
        }))
        .collect();
    if found.is_empty() {
        return;
    }
    entities.extend(found);
    merge_same(entities);
}

/// The stem of a district named in full (`顺德区` → `顺德`): two chars
/// before `区`, none of a zone's or a region's (`高新区`, `大湾区`, `城区`).
fn district_stem(name: &str) -> Option<&str> {
    let stem = name.strip_suffix('区')?;
    let mut cs = stem.chars();
    match (cs.next(), cs.next(), cs.next()) {
        (Some(_), Some(last), None) if !"新开湾园城矿郊港".contains(last) => Some(stem),
        _ => None,
    }
}

/// [`whole_mentions`] of every one of `names` that is no verb, in text
/// order and not overlapping (at one start the longest name: a name that
/// is another's start is left where the longer one stands): (index into
/// `names`, start, end).
fn mentions_of_any(
    t: &Text,
    h: &Hints,
    names: &[&str],
    glued: impl Fn(char) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = names
        .iter()
        .enumerate()
        .flat_map(|(k, name)| {
            whole_mentions(t, h, name, false, &glued).map(move |(a, b)| (k, a, b))
        })
        .collect();
    out.sort_unstable_by_key(|&(_, a, b)| (a, std::cmp::Reverse(b)));
    let mut end = 0;
    out.retain(|&(_, a, b)| {
        let keep = a >= end;
        if keep {
            end = b;
        }
        keep
    });
    out
}

/// Where `name` stands in `t` as whole tokens, with no verb among them
/// unless `verbs` (`长治/久安` is no mention of `长治`; a trade name may
/// hold one, `孚/能/科技`), not followed by a char `glued` holds for: char
/// spans, in order (one `memchr` search per name: a document names a few,
/// and the crate's searcher is several times faster than
/// `str::match_indices` in the browser's wasm, which has no SIMD).
fn whole_mentions<'t>(
    t: &'t Text,
    h: &'t Hints,
    name: &'t str,
    verbs: bool,
    glued: impl Fn(char) -> bool + 't,
) -> impl Iterator<Item = (usize, usize)> + 't {
    let n = name.chars().count();
    memchr::memmem::find_iter(t.s.as_bytes(), name.as_bytes()).filter_map(move |x| {
        let a = t.char_of(x);
        let b = a + n;
        (h.aligned(a, b)
            && (verbs || (a..b).all(|q| h.class(q) != WordClass::Verb))
            && !glued(t.get(b)))
        .then_some((a, b))
    })
}

/// A company's legal forms, longest first (`潍柴动力` + `股份有限公司`).
const LEGAL_FORMS: &[&str] = &[
    "集团股份有限公司",
    "控股集团有限公司",
    "集团有限责任公司",
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "控股有限公司",
    "集团公司",
    "有限公司",
    "股份公司",
    // a Japanese company (`日本丸山工业株式会社`)
    "株式会社",
];

/// Group words a trade name may carry before its legal form
/// (`吉利` + `控股集团`).
const GROUP_WORDS: &[&str] = &["控股集团", "控股", "集团", "股份"];

/// Words of trade a company's name may end in before its legal form,
/// which its short form drops (`鲁华泓锦` of `鲁华泓锦新材料股份有限公司`),
/// longest first.
#[rustfmt::skip]
const TRADES: &[&str] = &[
    "新材料", "新能源", "房地产", "压缩机", "科技", "技术", "医药", "药业", "电子", "电器", "电气", "能源",
    "环保", "化工", "机械", "汽车", "实业", "投资", "物流", "食品", "生物", "信息", "智能", "网络",
    "软件", "材料", "建设", "建材", "置业", "地产", "传媒", "文化", "旅游", "农业", "商贸", "贸易",
    "装备", "重工", "制造", "动力", "发展", "电机", "家电", "设备", "机电", "光电",
];

/// The trade names of the company `org` names in full: the name without
/// its legal form, a place in brackets (`孚能科技（赣州）`), its group
/// words and the listed places it starts with, and that without each word
/// of trade it ends in ([`TRADES`]), those of two to six Han chars; with
/// whether a place was taken off.
fn trade_names(org: &str) -> Vec<(String, bool)> {
    let Some((name, placed)) = trade_name(org) else {
        return Vec::new();
    };
    // (each word of trade off in turn: `科沃智能电器` → `科沃智能` → `科沃`)
    let mut out = vec![(name.clone(), placed)];
    let mut rest = name.as_str();
    while let Some(shorter) = TRADES.iter().find_map(|w| rest.strip_suffix(w)) {
        out.push((shorter.to_string(), placed));
        rest = shorter;
    }
    out.retain(|(n, _)| (2..=6).contains(&n.chars().count()));
    out
}

/// [`trade_names`]' first: the name without its legal form, bracketed
/// place, group words and the places it starts with.
fn trade_name(org: &str) -> Option<(String, bool)> {
    let form = LEGAL_FORMS.iter().find(|f| org.ends_with(**f))?;
    let mut core: String = org.strip_suffix(form)?.to_string();
    // (a place in brackets: `孚能科技（赣州）股份有限公司`)
    if let Some(open) = core.find(['（', '(']) {
        core.truncate(open);
    }
    let mut name = core.as_str();
    while let Some(rest) = GROUP_WORDS.iter().find_map(|w| name.strip_suffix(w)) {
        name = rest;
    }
    // the longest listed place it starts with (`浙江` of `浙江吉利`), with
    // its level (`潍坊市`), each in turn (`佛山市` + `顺德区` + `恒源压缩机`)
    let mut placed = false;
    loop {
        let chars: Vec<(usize, char)> = name.char_indices().collect();
        let place_end = (2..chars.len())
            .rev()
            .filter_map(|k| chars.get(k).map(|&(b, _)| b))
            .find(|&b| name.get(..b).is_some_and(super::names::is_listed_place));
        match place_end {
            Some(b) => {
                name = name.get(b..).unwrap_or(name);
                placed = true;
            }
            None => break,
        }
    }
    name.chars()
        .all(super::is_han)
        .then(|| (name.to_string(), placed))
}

/// Adds the trade names of the companies `entities` name in full where the
/// text names them alone (`潍柴动力` after `潍柴动力股份有限公司`), as
/// organisations: whole tokens outside every entity found, the name no
/// word of jieba's dictionary (`平安`, `建筑`), nor a listed place.
#[inline(never)]
pub fn short_forms_of_named_firms(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut names: Vec<(String, bool)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org)
        .flat_map(|e| trade_names(&e.text))
        .filter(|(n, _)| !super::names::is_listed_place(n))
        .collect();
    if names.is_empty() {
        return;
    }
    // (longest first: `潍柴` is no mention inside a mention of `潍柴动力`)
    names.sort_unstable_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
    names.dedup();
    // (a name no title or context made a person's gives way: jieba's
    // dictionary calls `科沃` a name)
    let weak = |e: &Entity| {
        e.kind == EntityKind::Person
            && e.title.is_none()
            && matches!(e.evidence, Evidence::Dictionary | Evidence::Surname)
    };
    let held = super::Held::new(
        entities
            .iter()
            .filter(|e| !weak(e))
            .flat_map(|e| e.spans.iter().copied())
            .collect(),
    );
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut found: Vec<Entity> = Vec::new();
    for (name, placed) in &names {
        let spans: Vec<(usize, usize)> = whole_mentions(t, h, name, true, |_| false)
            // (no word of the dictionary but a name: `歌尔` is none,
            // `吉利` an adjective; several words are a name, `潍柴/动力`;
            // a noun of three chars or more is a brand the dictionary
            // knows, `恒瑞医药`, unless a place was taken off it:
            // `中国` + `石油化工`)
            .filter(|&(a, b)| match h.word(a, b) {
                Some(WordClass::Noun) => b - a >= 3 && !placed,
                Some(
                    WordClass::Verb | WordClass::Function | WordClass::Other | WordClass::Place,
                ) => false,
                _ => true,
            })
            .map(|(a, b)| (t.byte(a), t.byte(b)))
            .filter(|&(x, y)| !held.overlaps(x, y) && !used.iter().any(|u| u.0 < y && x < u.1))
            .collect();
        used.extend(&spans);
        if !spans.is_empty() {
            found.push(short_form(name, EntityKind::Org, spans));
        }
    }
    add_short_forms(entities, found, &used);
}

/// Words that declare a short form in brackets (`（以下简称“水生所”）`).
const DECLARE: &[&str] = &["以下简称", "以下称", "下称", "简称"];

/// The short form declared in brackets right after char `y`: `（亚投行）`,
/// `（以下简称“平湖经开区”）`; its char span.
fn declared_at(t: &Text, y: usize) -> Option<(usize, usize)> {
    if !matches!(t.get(y), '（' | '(') {
        return None;
    }
    let mut k = y + 1;
    if let Some(w) = DECLARE.iter().find(|w| t.starts_with(k, w)) {
        k += w.chars().count();
    }
    let quoted = matches!(t.get(k), '“' | '「' | '"');
    k += usize::from(quoted);
    let a = k;
    while k < t.len() && k - a < 9 && super::is_han(t.get(k)) {
        k += 1;
    }
    let b = k;
    if quoted {
        if !matches!(t.get(k), '”' | '」' | '"') {
            return None;
        }
        k += 1;
    }
    (matches!(t.get(k), '）' | ')') && (2..=8).contains(&(b - a))).then_some((a, b))
}

/// Whether the chars of `short` stand in `full` in order (`亚投行` in
/// `亚洲基础设施投资银行`), or in two runs that each do, the place first
/// (`宁夏移动` of `中国移动通信集团宁夏有限公司`).
fn abbreviates(short: &str, full: &str) -> bool {
    let in_order = |part: &str| {
        let mut rest = full.chars();
        part.chars().all(|c| rest.any(|f| f == c))
    };
    short != full
        && (in_order(short)
            || short
                .char_indices()
                .skip(2)
                .any(|(k, _)| in_order(&short[..k]) && in_order(&short[k..])))
}

/// Adds the short forms `entities`' places and organisations declare in
/// brackets after their name (`联合国粮食及农业组织（粮农组织）`) where the
/// text writes them as whole tokens outside every other entity (and in the
/// brackets themselves), as the same kind of entity. No bare kind of body
/// or zone (`（以下简称“经开区”）`, `（简称“集团”）`).
#[inline(never)]
pub fn declared_short_forms(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut declared: Vec<(EntityKind, (usize, usize))> = Vec::new();
    for e in entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Place | EntityKind::Org) && !e.generic)
    {
        for &(_, y) in &e.spans {
            let Some((a, b)) = declared_at(t, t.char_of(y)) else {
                continue;
            };
            let short = t.slice(a, b);
            let kind_word =
                super::names::kind_word(short) || short.starts_with(['本', '该', '我', '其']);
            if abbreviates(short, &e.text)
                && !kind_word
                && !entities.iter().any(|o| o.text == short)
                && !declared.iter().any(|d| t.slice(d.1 .0, d.1 .1) == short)
            {
                declared.push((e.kind, (a, b)));
            }
        }
    }
    if declared.is_empty() {
        return;
    }
    // (a place the short form starts with gives way to it, `宁夏` of
    // `宁夏移动`, and so does a name read inside it, `云谷` of `西部云谷`;
    // any other entity it overlaps keeps its chars)
    let held = super::Held::new(
        entities
            .iter()
            .filter(|e| !matches!(e.kind, EntityKind::Place | EntityKind::Person))
            .flat_map(|e| e.spans.iter().copied())
            .collect(),
    );
    let yielding: Vec<(EntityKind, (usize, usize))> = entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Place || (e.kind == EntityKind::Person && e.title.is_some())
        })
        .flat_map(|e| e.spans.iter().map(move |&s| (e.kind, s)))
        .collect();
    let gives_way = |x: usize, y: usize| {
        yielding.iter().all(|&(k, p)| {
            !(p.0 < y && x < p.1)
                || (k == EntityKind::Place && p.0 == x && p.1 < y)
                || (k == EntityKind::Person && x <= p.0 && p.1 <= y && (p.0, p.1) != (x, y))
        })
    };
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut found: Vec<Entity> = Vec::new();
    for (kind, (a, b)) in declared {
        let name = t.slice(a, b);
        let mut spans: Vec<(usize, usize)> = whole_mentions(t, h, name, true, |_| false)
            .chain(std::iter::once((a, b)))
            .map(|(x, y)| (t.byte(x), t.byte(y)))
            .filter(|&(x, y)| {
                !held.overlaps(x, y) && gives_way(x, y) && !used.iter().any(|u| u.0 < y && x < u.1)
            })
            .collect();
        spans.sort_unstable();
        spans.dedup();
        used.extend(&spans);
        if !spans.is_empty() {
            found.push(short_form(name, kind, spans));
        }
    }
    if !found.is_empty() {
        super::drop_mentions(
            entities,
            |k| matches!(k, EntityKind::Place | EntityKind::Person),
            |s| used.iter().any(|u| u.0 <= s.0 && s.1 <= u.1),
        );
    }
    add_short_forms(entities, found, &used);
}

/// A short form found at `spans` (byte spans of the text).
fn short_form(name: &str, kind: EntityKind, spans: Vec<(usize, usize)>) -> Entity {
    Entity {
        text: name.to_string(),
        kind,
        title: None,
        count: spans.len(),
        spans,
        generic: false,
        evidence: Evidence::Abbreviation,
    }
}

/// Adds the short forms `found` to `entities`: a person read where one
/// stands (`used`) gives way, and mentions of one name merge.
fn add_short_forms(entities: &mut Vec<Entity>, found: Vec<Entity>, used: &[(usize, usize)]) {
    if found.is_empty() {
        return;
    }
    super::drop_mentions(
        entities,
        |k| k == EntityKind::Person,
        |s| used.iter().any(|u| u.0 < s.1 && s.0 < u.1),
    );
    entities.extend(found);
    merge_same(entities);
}
