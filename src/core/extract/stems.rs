//! A city or county named in full is named by its stem alone elsewhere in
//! the same text (`大同市召开…`, then `大同是“中国煤都”`, `国网大同供电公司`).
//!
//! The gazetteer holds the full names; their stems are places only where
//! jieba's dictionary tags them so (half of the county stems it tags as
//! names, nouns or adverbs: `大同/d`, `义乌/nr`). Within one document the
//! full name settles it: a stem the text also names in full is a place
//! wherever it stands as whole tokens outside every entity found and
//! outside quotation marks (`“砚山辣椒”` names a product); before a zone's
//! suffix it names the zone (`砚山工业园区`, `大同经济技术开发区`).

use super::hints::{Hints, WordClass};
use super::{merge_same, Text};
use crate::core::report::{Entity, EntityKind, Evidence};

/// Adds the stems of the cities and counties `entities` name in full
/// (`大同市` → `大同`) where the text names them alone, and the zones named
/// after them; `quoted` holds the char spans inside quotation marks.
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
            let stem = e.text.strip_suffix(['市', '县'])?;
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
    let held = super::Held::of(entities);
    let overlaps = |a: usize, b: usize| held.overlaps(t.byte(a), t.byte(b));
    let quoted = super::Held::new(quoted.to_vec());
    let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); stems.len()];
    let mut zones: Vec<(usize, usize)> = Vec::new();
    // (a substring search per stem: a document names a few)
    for (k, stem) in stems.iter().enumerate() {
        let n = stem.chars().count();
        for (x, _) in t.s.match_indices(stem) {
            let a = t.char_of(x);
            let b = a + n;
            // whole tokens, no verb (`长治/久安` is no mention of 长治), not
            // the full name again nor inside another entity
            let whole = h.aligned(a, b)
                && (a..b).all(|q| h.class(q) != WordClass::Verb)
                && !matches!(t.get(b), '市' | '县');
            if !whole || quoted.contains(a, b) {
                continue;
            }
            match super::names::zone_after(t, h, b) {
                Some(z) if !overlaps(a, z) => zones.push((a, z)),
                Some(_) => {}
                None if !overlaps(a, b) => spans[k].push((t.byte(a), t.byte(b))),
                None => {}
            }
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
