//! Items of a `、`-list that names places: a list holds things of one kind,
//! so a name next to a place in one is a place too — a landform the
//! dictionary does not know (`依托梵净山、万峰林、赤水河`), or a name only
//! jieba's dictionary made a person's (`黄河、白塔山、皋兰山`). This is the
//! `list` evidence of places. A county's short form that the gazetteer
//! lists only with its suffix is one too (`带领闻喜、绛县等地`). And a list
//! closed by `等企业`, `等公司`, `等高校` … names organisations
//! (`潍柴动力、歌尔等企业`).

use super::hints::{Hints, WordClass};
use super::{merge_same, FxSet, Text};
use crate::core::han::is_han;
use crate::core::report::{Entity, EntityKind, Evidence};

/// The separator of list items.
const SEP: &str = "、";

// Chars that end a list item where it stands whole: a separator, a
// clause's punctuation, `等` or a conjunction.
char_set!(item_end, "、，。；等和与及");

/// A name with no title that only jieba's dictionary or a surname made a
/// person's and that stands next to a place in a `、`-list at every
/// mention (`依托黄河、白塔山、皋兰山`) is a place: such a list names
/// things of one kind. A name with one char less than such a river's or
/// lake's (`田家` of `田家河等`) is that place. Answers whether any
/// changed.
#[inline(never)]
pub fn people_listed_with_places(text: &str, entities: &mut Vec<Entity>) -> bool {
    let weak = |e: &Entity| {
        e.kind == EntityKind::Person
            && e.title.is_none()
            && matches!(
                e.evidence,
                Evidence::Dictionary | Evidence::Surname | Evidence::List | Evidence::ForeignName
            )
    };
    if !entities.iter().any(weak) {
        return false;
    }
    let mut starts: FxSet<usize> = Default::default();
    let mut ends: FxSet<usize> = Default::default();
    let mut place_ends: FxSet<usize> = Default::default();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Place) {
        for &(a, b) in &e.spans {
            place_ends.insert(b);
            // (a place after the name is a list's item only when it is
            // whole, not the next item's modifier: `塞莱斯、俄罗斯的库尼科娃`)
            if text.get(..a).unwrap_or("").ends_with(SEP)
                && text.get(b..).unwrap_or("").starts_with(item_end)
            {
                starts.insert(a);
            }
            if text.get(b..).unwrap_or("").starts_with(SEP) {
                ends.insert(b);
            }
        }
    }
    // (or a place joined by a conjunction: `在卑尔根和特罗姆瑟建设`)
    let joined = |a: usize| {
        let before = text.get(..a).unwrap_or("");
        ["和", "与", "及"]
            .iter()
            .any(|c| before.ends_with(c) && place_ends.contains(&(a - c.len())))
    };
    let listed = |&(a, b): &(usize, usize)| {
        (text.get(..a).unwrap_or("").ends_with(SEP) && ends.contains(&(a - SEP.len())))
            || (text.get(b..).unwrap_or("").starts_with(SEP) && starts.contains(&(b + SEP.len())))
            || joined(a)
            || closed_by_kind(text, b)
    };
    let mut any = false;
    for e in entities.iter_mut() {
        if !weak(e) || e.spans.is_empty() {
            continue;
        }
        // (a river's or lake's name read without its last char, which
        // jieba joined to the `等` after it: `金宝河、田家/河等`)
        let Some(end) = text.get(e.spans[0].1..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let grown: Vec<(usize, usize)> = e
            .spans
            .iter()
            .map(|&(a, b)| (a, b + end.len_utf8()))
            .collect();
        let whole = |&(_, b): &(usize, usize)| {
            text.get(b - end.len_utf8()..)
                .is_some_and(|r| r.starts_with(end))
                && text.get(b..).is_some_and(|r| r.starts_with(item_end))
        };
        if matches!(end, '河' | '江' | '湖' | '溪') && grown.iter().all(|s| whole(s) && listed(s))
        {
            e.text.push(end);
            e.spans = grown;
            e.kind = EntityKind::Place;
            e.evidence = Evidence::List;
            any = true;
        } else if e.spans.iter().all(listed) {
            e.kind = EntityKind::Place;
            e.evidence = Evidence::List;
            // (a conjunction jieba's dictionary joined to the first item as
            // a name's surname, `和恒山/nr、华山`: the place after it)
            if let Some(rest) = ['和', '与', '及', '同']
                .iter()
                .find_map(|c| e.text.strip_prefix(*c))
                .filter(|r| r.chars().count() >= 2)
            {
                let cut = e.text.len() - rest.len();
                e.text = rest.to_string();
                for s in &mut e.spans {
                    s.0 += cut;
                }
            }
            any = true;
        }
    }
    if any {
        merge_same(entities);
    }
    any
}

/// Words that close a `、`-list of places by their kind (`坦佩雷、图尔库
/// 等城市`).
const PLACE_KINDS: &[&str] = &[
    "等城市",
    "等地",
    "等国",
    "等国家",
    "等地区",
    "等省份",
    "等港口",
];

/// Whether the list item ending at byte `b` is one of a list closed by a
/// kind of place: followed by such a word, or by further `、`-items of two
/// to six chars and then such a word.
fn closed_by_kind(text: &str, b: usize) -> bool {
    let mut rest = text.get(b..).unwrap_or("");
    for _ in 0..6 {
        if PLACE_KINDS.iter().any(|k| rest.starts_with(k)) {
            return true;
        }
        let Some(r) = rest.strip_prefix(SEP) else {
            return false;
        };
        let n = r.chars().take_while(|&c| is_han(c) && c != '等').count();
        if !(2..=6).contains(&n) {
            return false;
        }
        rest = &r[r.char_indices().nth(n).map_or(r.len(), |(k, _)| k)..];
    }
    false
}

char_set!(landform_end, "山岭峰湖河江溪沟岛峡湾滩泉寨林渠");
char_set!(numeral, "一二三四五六七八九十百千万两");

/// Landforms named next to a place in a `、`-list (`依托梵净山、万峰林、
/// 赤水河`, `镜泊湖、莲花湖水质`, `淇河、卫河、共产主义渠`): the item beside
/// the place, read over whole tokens that are no verb or function word, two
/// to six chars, ending in a mountain's, lake's, river's or canal's char
/// (three chars at least for `林`, `寨`, `泉`, `渠`, which end common
/// nouns), outside every entity found. Items
/// found this way extend the list in turn.
#[inline(never)]
pub fn landforms_listed_with_places(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let sep = SEP.chars().next().unwrap_or('、');
    let mut places: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .flat_map(|e| e.spans.iter().copied())
        .filter(|&(a, b)| {
            t.s.get(..a).unwrap_or("").ends_with(SEP) || t.s.get(b..).unwrap_or("").starts_with(SEP)
        })
        .map(|(a, b)| (t.char_of(a), t.char_of(b)))
        .collect();
    if places.is_empty() {
        return;
    }
    // a token that may stand in a name: no verb, function word or non-Han
    // (a numeral jieba left alone may start one: `万/峰林`)
    // (or a one-char verb starting a river's name: `遇/龙河`, which
    // `good` then takes only as a landform of three chars or more)
    let plain = |k: usize| {
        is_han(t.get(k))
            && (!matches!(h.class(k), WordClass::Verb | WordClass::Function)
                || (h.len_at(k) == 1 && numeral(t.get(k)))
                || (h.len_at(k) == 1
                    && h.class(k) == WordClass::Verb
                    && landform_end(t.get(k + 2))
                    && h.len_at(k + 1) == 2))
    };
    // (the entities' byte spans by start with the furthest end reached so
    // far, built only when an item is in view; an item overlaps none of
    // them, nor an item found before)
    let mut held: Option<super::Held> = None;
    let mut added: Vec<(usize, usize)> = Vec::new();
    let mut free = |a: usize, b: usize| {
        let held = held.get_or_insert_with(|| super::Held::of(entities));
        let (x, y) = (t.byte(a), t.byte(b));
        let overlaps = held.overlaps(x, y) || added.iter().any(|s| s.0 < y && s.1 > x);
        if !overlaps {
            added.push((x, y));
        }
        !overlaps
    };
    let good = |a: usize, b: usize| {
        let n = b - a;
        let end = t.get(b - 1);
        // (or a river of a rare char jieba left alone: `淇/河`)
        let rare_river = n == 2
            && matches!(end, '河' | '江' | '湖')
            && h.len_at(a) == 1
            && !numeral(t.get(a))
            && matches!(h.class(a), WordClass::Other | WordClass::Unknown);
        let landform = landform_end(end)
            && (n >= 3 || !matches!(end, '林' | '寨' | '泉' | '渠'))
            && (n >= 3 || h.word(a, b).is_some() || rare_river);
        // (or a county's short form the gazetteer lists only with its
        // suffix, `带领闻喜、绛县等地`, as a whole item, not the stem of a
        // town's name: `江那镇、平远/镇`; a verb or `的` after it ends the
        // item too: `在福建晋江、石狮/抓获`)
        let whole = item_end(t.get(b))
            || !is_han(t.get(b))
            || (h.boundary(b) && (t.get(b) == '的' || h.class(b) == WordClass::Verb));
        let county = || whole && n <= 4 && super::names::is_division_short_form(t.slice(a, b));
        (2..=6).contains(&n) && h.aligned(a, b) && (a..b).all(plain) && (landform || county())
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    while let Some((a, b)) = places.pop() {
        // the item after the place: the longest run of whole tokens from
        // the separator that `good` takes
        if t.get(b) == sep {
            let s = b + 1;
            let mut e = s;
            let mut best = None;
            while e < t.len() && e - s < 6 && plain(e) {
                let Some((_, y, _)) = h.token(e) else { break };
                e = y;
                if good(s, e) {
                    best = Some(e);
                }
            }
            if let Some(e) = best.filter(|&e| free(s, e)) {
                found.push((s, e));
                places.push((s, e));
            }
        }
        // the item before it: whole tokens back from the separator
        if a > 0 && t.get(a - 1) == sep {
            let e = a - 1;
            let mut s = e;
            while s > 0 && e - s < 6 && plain(s - 1) {
                let Some((x, _, _)) = h.token(s - 1) else {
                    break;
                };
                s = x;
            }
            if s < e && good(s, e) && free(s, e) {
                found.push((s, e));
                places.push((s, e));
            }
        }
    }
    add_listed(t, found, EntityKind::Place, entities);
}

/// Adds each char span `found` as a `kind` entity with `list` evidence,
/// one mention each, merged with the same names found before.
fn add_listed(t: &Text, found: Vec<(usize, usize)>, kind: EntityKind, entities: &mut Vec<Entity>) {
    if found.is_empty() {
        return;
    }
    for (a, b) in found {
        entities.push(super::found_entity(
            kind,
            t.slice(a, b).to_string(),
            vec![(t.byte(a), t.byte(b))],
            Evidence::List,
        ));
    }
    merge_same(entities);
}

/// Words after `等` that say the items before it are organisations
/// (`潍柴动力、歌尔等企业`).
const ORG_KINDS: &[&str] = &[
    "企业",
    "公司",
    "集团",
    "银行",
    "高校",
    "院校",
    "单位",
    "机构",
    "医院",
    "车企",
    "券商",
    "平台企业",
];

/// The items of a `、`-list closed by `等企业`, `等公司`, `等高校` …
/// (`督促潍柴动力、歌尔等企业`) are organisations, named as written: each
/// item is whole tokens, two to eight Han chars, with no verb or function
/// word (the first item starts after the last one: `督促/潍柴/动力`), outside
/// every entity found. An item already an entity is skipped; a list with an
/// item that is no name ends there.
#[inline(never)]
pub fn orgs_listed_before_kind(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut closes: Vec<usize> = Vec::new();
    for (x, _) in t.s.match_indices('等') {
        let after = t.s.get(x + '等'.len_utf8()..).unwrap_or("");
        if ORG_KINDS.iter().any(|k| after.starts_with(k)) {
            closes.push(t.char_of(x));
        }
    }
    if closes.is_empty() {
        return;
    }
    let held = super::Held::of(entities);
    let overlaps = |a: usize, b: usize| held.overlaps(t.byte(a), t.byte(b));
    let plain =
        |k: usize| is_han(t.get(k)) && !matches!(h.class(k), WordClass::Verb | WordClass::Function);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for close in closes {
        // items back from `等`, separated by `、`
        let mut e = close;
        let mut items = 0;
        loop {
            let mut s = e;
            while s > 0 && e - s < 8 && plain(s - 1) {
                let Some((x, _, _)) = h.token(s - 1) else {
                    break;
                };
                s = x;
            }
            let whole = e - s >= 2 && e - s <= 8 && h.aligned(s, e);
            let first = s == 0 || t.get(s - 1) != '、';
            // (a list of one item is no list)
            if !whole || (first && items == 0) {
                break;
            }
            // (`原国内贸易部`: the former body's name is after `原`)
            let name = if matches!(t.get(s), '原' | '前') && e - s >= 4 {
                s + 1
            } else {
                s
            };
            if !overlaps(name, e) {
                found.push((name, e));
            }
            items += 1;
            if first {
                break;
            }
            e = s - 1;
        }
    }
    if found.is_empty() {
        return;
    }
    found.sort_unstable();
    found.dedup();
    add_listed(t, found, EntityKind::Org, entities);
}
