//! Places written inside titles and before a body's own place: the
//! country of `德国总理科尔` (`德国`; jieba makes `德国总理` one word), a
//! country or province written before the place a body belongs to (`荷兰` +
//! `鹿特丹伊拉斯莫斯大学医学院`, `俄罗斯` + `哈巴罗夫斯克边疆区政府`).
//!
//! The other passes find a place where it stands as a word of its own; a
//! place jieba joined into a title, or one that starts a body another pass
//! named whole, is found here from the entities already extracted. As in the
//! People's Daily annotation, a country before another place is the
//! country's own item, not part of the body's name, and a body named after
//! its one place stays whole (`湘乡市公安局`, `土耳其外交部`).

use super::names::{is_country_or_province, is_region, place_prefix};
use super::persons::is_title_word;
use super::FxMap;
use crate::core::report::{Entity, EntityKind, Evidence};

/// The places a title starts with when the rest of it is one title word
/// (`德国` + `总理`, `哈萨克斯坦` + `阿拉木图州` + `副州长`), as byte ranges
/// of `title`. A title naming a body after its place (`土耳其外交部`,
/// `斯里兰卡议会议长`) gives none: the annotation reads the place and the
/// body as one organisation there.
fn title_seats(title: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(n) = place_prefix(&title[at..]) {
        out.push((at, at + n));
        at += n;
    }
    let rest = &title[at..];
    let bare = ["第一副", "副", "前", "总"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    if out.is_empty() || !(is_title_word(rest) || is_title_word(bare)) {
        return Vec::new();
    }
    out
}

/// The party committee a title part starts with when it is named with its
/// place (`赣州市委` in `赣州市委书记`, `南康区委` in `南康区委书记`): its
/// length in bytes.
fn committee_in(part: &str) -> Option<usize> {
    let n = place_prefix(part)?;
    let (place, rest) = part.split_at(n);
    // (the list may hold the place with its level: `赣州市` + `委`)
    if place.ends_with(['市', '县', '区', '州', '省']) && rest.starts_with('委') {
        return (rest.len() > '委'.len_utf8()).then_some(n + '委'.len_utf8());
    }
    ["市委", "县委", "区委", "州委", "省委"]
        .iter()
        .find(|c| rest.starts_with(**c) && rest.len() > c.len())
        .map(|c| n + c.len())
}

/// Where a country or province written before another place ends in a
/// body's name (`荷兰|鹿特丹伊拉斯莫斯大学医学院`,
/// `俄罗斯|哈巴罗夫斯克边疆区政府`): the body's own name starts there.
fn country_before_place(name: &str) -> Option<usize> {
    // a company's registered name and a society of people from one place
    // keep the province or country they start with (`广西三江侗乡茶业有限公司`,
    // `澳大利亚利富国际有限公司`, `美国旧金山台山同乡会`)
    if ["公司", "集团", "商会", "同乡会", "联谊会", "队"]
        .iter()
        .any(|w| name.ends_with(w))
    {
        return None;
    }
    let n = place_prefix(name).filter(|&n| is_country_or_province(&name[..n]))?;
    let rest = &name[n..];
    // the place after it, and a body after that
    place_prefix(rest)
        .filter(|&m| {
            m < rest.len() && !is_country_or_province(&rest[..m]) && !is_region(&rest[..m])
        })
        .map(|_| n)
}

/// Adds the Chinese divisions government bodies are named after
/// (`桃源县` of `桃源县人民法院`) to `entities` as places. Run after the short
/// forms of named places: a county named only inside a body gives no stem
/// (`平原县公安局` does not make `中部平原` a place).
#[inline(never)]
pub fn places_of_bodies(entities: &mut Vec<Entity>) {
    let found: Vec<(String, (usize, usize))> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org && !e.generic)
        .filter_map(|e| {
            let (a, b) = division_of_body(&e.text)?;
            Some(
                e.spans
                    .iter()
                    .map(move |s| (e.text[a..b].to_string(), (s.0 + a, s.0 + b))),
            )
        })
        .flatten()
        .collect();
    add_places(entities, found, Evidence::Gazetteer);
}

/// The Chinese division a government body is named after (`桃源县` of
/// `桃源县人民法院`, `南平市` of `南平市卫生健康委员会`, `大连` of `大连海关`,
/// `鸡西市` of `中共鸡西市委组织部`): its byte range in the name. A reader listing the places of a text lists the
/// county whose court it is; not the place in a company's, a hospital's, a
/// school's or a zone's name (`佛山` of `中国银行佛山分行`), which names a
/// business or an institution, not the place's government.
pub(super) fn division_of_body(name: &str) -> Option<(usize, usize)> {
    // (a party committee's department after `中共`: `中共鸡西市委组织部`)
    let party = if name.starts_with("中共") {
        "中共".len()
    } else {
        0
    };
    let name = &name[party..];
    let n = place_prefix(name)?;
    let (place, body) = name.split_at(n);
    let division = place.ends_with(['省', '市', '县', '区', '州', '旗', '盟'])
        || super::names::is_province_or_prefecture(place);
    let government = (GOVERNMENT_ENDS.iter().any(|w| body.ends_with(w))
        || (body.ends_with('部') && body.starts_with('委')))
        && !INSTITUTION_WORDS.iter().any(|w| body.contains(w));
    (division && government && !body.is_empty()).then_some((party, party + n))
}

/// Ends of a government body's name.
#[rustfmt::skip]
const GOVERNMENT_ENDS: &[&str] = &[
    "法院", "检察院", "政府", "委员会", "局", "厅", "委", "办", "海关", "办公室", "署", "政协", "人大",
    "常委会", "纪委监委", "公署", "管委会", "党支部", "党总支", "村委会", "居委会",
];

/// Words that make a body an institution or a business, not a government's.
#[rustfmt::skip]
const INSTITUTION_WORDS: &[&str] = &[
    "医院", "大学", "学院", "学校", "中学", "小学", "公司", "集团", "银行", "分行", "支行", "开发区", "高新区",
    "园区", "新区", "协会", "商会", "学会", "研究院", "研究所", "出版社", "报社", "电视台", "同乡会", "俱乐部",
];

/// Adds the places written at the start of titles to `entities`, and cuts a country written before a body's own place off
/// the body's name (see the module documentation). `text` is the text the
/// entities' spans point into. A place another pass already found at the
/// same chars is left as that pass named it.
#[inline(never)]
pub fn seats(text: &str, entities: &mut Vec<Entity>) {
    let mut found: Vec<(String, (usize, usize))> = Vec::new();
    // party committees named with their place inside titles (`赣州市委`
    // in `赣州市委书记`)
    let mut committees: Vec<(usize, usize)> = Vec::new();
    let mut cut = false;
    for e in entities.iter_mut() {
        match e.kind {
            EntityKind::Org if !e.generic => {
                if let Some(n) = country_before_place(&e.text) {
                    for s in &e.spans {
                        found.push((e.text[..n].to_string(), (s.0, s.0 + n)));
                    }
                    super::cut_name(e, n, 0);
                    cut = true;
                }
            }
            EntityKind::Person => {
                let Some(title) = e.title.as_deref() else {
                    continue;
                };
                for s in &e.spans {
                    // the title as written right before the name
                    let before = text
                        .get(..s.0)
                        .unwrap_or("")
                        .trim_end_matches([' ', '\u{3000}']);
                    if !before.ends_with(title) {
                        continue;
                    }
                    let start = before.len() - title.len();
                    let mut off = 0;
                    for part in title.split('、') {
                        let at = start + off;
                        for (a, b) in title_seats(part) {
                            found.push((part[a..b].to_string(), (at + a, at + b)));
                        }
                        if let Some(n) = committee_in(part) {
                            committees.push((at, at + n));
                        }
                        off += part.len() + '、'.len_utf8();
                    }
                }
            }
            _ => {}
        }
    }
    if !committees.is_empty() {
        committees.sort_unstable();
        committees.dedup();
        // the bare level's committee inside it (`市委`) is the same body
        let reach = reaches(&committees);
        super::drop_mentions(
            entities,
            |k| k == EntityKind::Org,
            |s| inside_any(&committees, &reach, *s),
        );
        for (a, b) in committees {
            let Some(name) = text.get(a..b) else { continue };
            entities.push(super::found_entity(
                EntityKind::Org,
                name.to_string(),
                vec![(a, b)],
                Evidence::Suffix,
            ));
        }
        cut = true;
    }
    if cut {
        super::merge_same(entities);
    }
    add_places(entities, found, Evidence::Gazetteer);
}

/// Adds places found by a pass over the other entities (name and byte
/// span) to `entities`: a place another pass already found at the same
/// chars is left as that pass named it; a name already listed gains the
/// span, a new one becomes an entity with `evidence`.
pub(crate) fn add_places(
    entities: &mut Vec<Entity>,
    mut found: Vec<(String, (usize, usize))>,
    evidence: Evidence,
) {
    if found.is_empty() {
        return;
    }
    // places already found keep their own reading of these chars
    let mut known: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .flat_map(|e| e.spans.iter().copied())
        .collect();
    known.sort_unstable();
    let overlaps = |(a, b): (usize, usize)| {
        let k = known.partition_point(|s| s.1 <= a);
        known.get(k).is_some_and(|s| s.0 < b)
    };
    let mut at: FxMap<String, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Place)
        .map(|(k, e)| (e.text.clone(), k))
        .collect();
    found.sort_unstable_by_key(|f| f.1);
    found.dedup();
    for (name, span) in found {
        if overlaps(span) {
            continue;
        }
        match at.get(&name).and_then(|&k| entities.get_mut(k)) {
            Some(e) => {
                if !e.spans.contains(&span) {
                    e.spans.push(span);
                    e.spans.sort_unstable();
                    e.count = e.spans.len();
                }
            }
            None => {
                at.insert(name.clone(), entities.len());
                entities.push(super::found_entity(
                    EntityKind::Place,
                    name,
                    vec![span],
                    evidence,
                ));
            }
        }
    }
}

/// For each of `spans` (sorted), the furthest end of it and the spans
/// before it (for [`inside_any`]).
fn reaches(spans: &[(usize, usize)]) -> Vec<usize> {
    spans
        .iter()
        .scan(0, |m, s| {
            *m = s.1.max(*m);
            Some(*m)
        })
        .collect()
}

/// Whether `s` lies inside one of `spans` (sorted, with their
/// [`reaches`]): as `spans.iter().any(|c| c.0 <= s.0 && s.1 <= c.1)`, by a
/// binary search (the spans starting at or before `s` are a prefix, and
/// one holds `s` exactly when the furthest of their ends reaches its end),
/// where the scan per mention of every organisation was quadratic.
fn inside_any(spans: &[(usize, usize)], reach: &[usize], s: (usize, usize)) -> bool {
    let k = spans.partition_point(|c| c.0 <= s.0);
    k > 0 && reach.get(k - 1).is_some_and(|&m| s.1 <= m)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The binary search finds a span holding `s` exactly when a scan
        /// of the spans does.
        #[test]
        fn inside_any_is_the_scan(
            mut spans in proptest::collection::vec((0usize..40, 0usize..40), 0..12),
            s in (0usize..45, 0usize..45),
        ) {
            spans.sort_unstable();
            spans.dedup();
            let want = spans.iter().any(|c| c.0 <= s.0 && s.1 <= c.1);
            prop_assert_eq!(inside_any(&spans, &reaches(&spans), s), want);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_of_titles_and_bodies() {
        let seats = |s: &str| -> Vec<String> {
            title_seats(s)
                .into_iter()
                .map(|(a, b)| s[a..b].to_string())
                .collect()
        };
        assert_eq!(seats("德国总理"), ["德国"]);
        assert_eq!(
            seats("哈萨克斯坦阿拉木图州副州长"),
            ["哈萨克斯坦", "阿拉木图州"]
        );
        assert!(seats("土耳其外交部发言人").is_empty());
        assert!(seats("总理").is_empty());
        let s = "俄罗斯哈巴罗夫斯克边疆区政府";
        assert_eq!(country_before_place(s), Some("俄罗斯".len()));
        assert_eq!(country_before_place("俄罗斯远东铁路局"), None);
        assert_eq!(country_before_place("中国科学院"), None);
    }
}
