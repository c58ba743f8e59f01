//! The general-news passes ([`names`] and
//! [`persons`]) run after the local-news ones and take only
//! chars those left free; each name they find counts every mention of it in
//! the document that jieba's tokens do not cut and no other entity holds.

use super::hints::Hints;
use super::{names, people, persons, Text};
use crate::core::report::{Entity, EntityKind, Evidence};

/// Entities the general passes add to `known` (found by the local passes).
pub fn general(t: &Text, h: &Hints, known: &[Entity]) -> Vec<Entity> {
    // without jieba's tokens a surname and two chars are too often a word:
    // the general passes need the hints
    if h.is_empty() {
        return Vec::new();
    }
    let mut taken = vec![false; t.len()];
    let blocks = byte_blocks(t);
    let char_of = |b: usize| char_at_byte(t, &blocks, b);
    let mut nest = names::Nest {
        spans: Vec::new(),
        held: vec![u32::MAX; t.len()],
    };
    for e in known {
        for &(a, b) in &e.spans {
            let (ca, cb) = (char_of(a), char_of(b).min(t.len()));
            let id = nest.spans.len() as u32;
            nest.spans.push((ca, cb, e.kind));
            for k in ca..cb {
                if let Some(x) = taken.get_mut(k) {
                    *x = true;
                }
                // the longest entity at a char wins (an org over its place)
                let Some(slot) = nest.held.get(k).copied() else {
                    continue;
                };
                let longer = match slot {
                    u32::MAX => true,
                    old => nest
                        .spans
                        .get(old as usize)
                        .is_some_and(|s| s.1 - s.0 < cb - ca),
                };
                if let (true, Some(h)) = (longer, nest.held.get_mut(k)) {
                    *h = id;
                }
            }
        }
    }
    // people right after a title first: a place inside such a name
    // (`作者曹火星`, `外长哈洛宁`) must not take its chars
    let titles = persons::title_ends(t, h);
    let mut found: Vec<(EntityKind, usize, usize, Evidence)> =
        persons::titled(t, h, &taken, &titles)
            .into_iter()
            .map(|f| (EntityKind::Person, f.start, f.end, f.evidence))
            .collect();
    hold(&mut taken, &found);
    let from = found.len();
    found.extend(
        names::places_and_orgs(t, h, &taken, &titles, &nest)
            .into_iter()
            .map(|f| (f.kind, f.start, f.end, f.evidence)),
    );
    hold(&mut taken, &found[from..]);
    // (with the names found right after a title: `记者刘正学、果永毅`)
    let names_known: Vec<String> = known
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.text.clone())
        .chain(
            found
                .iter()
                .filter(|f| f.0 == EntityKind::Person)
                .map(|f| t.slice(f.1, f.2).to_string()),
        )
        .collect();
    let from = found.len();
    found.extend(
        persons::persons(t, h, &taken, &titles, &names_known)
            .into_iter()
            .map(|f| (EntityKind::Person, f.start, f.end, f.evidence)),
    );
    hold(&mut taken, &found[from..]);
    // one entity per (kind, name), first evidence wins
    // (with the title written before the first mention, as the people with
    // titles have theirs: `湘西州委常委、副州长` + `田/秀英`)
    let mut order: Vec<(EntityKind, String, Evidence, Option<String>)> = Vec::new();
    let mut spans: super::FxMap<(EntityKind, String), Vec<(usize, usize)>> = Default::default();
    // a set, not a scan of `known` per find (quadratic on a text of names)
    let known_names: super::FxSet<(EntityKind, &str)> =
        known.iter().map(|e| (e.kind, e.text.as_str())).collect();
    for &(kind, a, b, ev) in &found {
        let name = t.slice(a, b).to_string();
        if known_names.contains(&(kind, name.as_str())) {
            continue;
        }
        let key = (kind, name.clone());
        if !spans.contains_key(&key) {
            let title = (kind == EntityKind::Person)
                .then(|| people::title_before(t, a).or_else(|| people::title_after(t, b)))
                .flatten();
            order.push((kind, name, ev, title));
        }
        spans.entry(key).or_default().push((t.byte(a), t.byte(b)));
    }
    // later mentions of a person: free chars on token boundaries (or
    // before a char jieba's model glued to the name: `莫/赖斯说`)
    let people: Vec<String> = order
        .iter()
        .filter(|o| o.0 == EntityKind::Person)
        .map(|o| o.1.clone())
        .collect();
    for (k, (p, q)) in super::mentions(t, &people) {
        let (a, b) = (char_of(p), char_of(q));
        let free = (a..b).all(|c| !taken.get(c).copied().unwrap_or(true));
        let ends = h.boundary(b) || (persons::is_name_tail(t.get(b)) && h.boundary(b + 1));
        if let (true, Some(name)) = (free && h.boundary(a) && ends, people.get(k)) {
            spans
                .entry((EntityKind::Person, name.clone()))
                .or_default()
                .push((p, q));
        }
    }
    order
        .into_iter()
        .map(|(kind, text, evidence, title)| {
            let mut s = spans.remove(&(kind, text.clone())).unwrap_or_default();
            s.sort_unstable();
            s.dedup();
            // (a person first named where no title stands takes the one a
            // later mention has: `任命：范峻岭为…`, then `副市长范峻岭`)
            let title = match title {
                None if kind == EntityKind::Person => s.iter().find_map(|&(p, q)| {
                    let (a, b) = (char_of(p), char_of(q));
                    people::title_before(t, a).or_else(|| people::title_after(t, b))
                }),
                title => title,
            };
            Entity {
                kind,
                title,
                count: s.len(),
                spans: s,
                generic: false,
                evidence,
                text,
            }
        })
        .collect()
}

/// Marks the chars of each of `found` as taken.
fn hold(taken: &mut [bool], found: &[(EntityKind, usize, usize, Evidence)]) {
    for &(_, a, b, _) in found {
        taken.iter_mut().take(b).skip(a).for_each(|x| *x = true);
    }
}

/// Bytes per block of [`byte_blocks`].
const BLOCK: usize = 256;

/// For each block of [`BLOCK`] bytes of `t`, the first char starting in or
/// after it: a byte offset's char index is then searched among the few
/// chars of its block (a binary search of the whole text per span cost a
/// cache miss per step).
fn byte_blocks(t: &Text) -> Vec<u32> {
    // (block `j` starts at the first char whose offset is `j * BLOCK` or
    // more: at most `BLOCK` chars after the previous block's, as every
    // char is a byte or more; searched there, not walked char by char)
    let n = t.s.len() / BLOCK + 1;
    let mut blocks = Vec::with_capacity(n + 1);
    let mut lo = 0;
    for j in 0..n {
        let hi = (lo + BLOCK + 1).min(t.at.len());
        lo +=
            t.at.get(lo..hi)
                .map_or(0, |run| run.partition_point(|&x| x < j * BLOCK));
        blocks.push(lo as u32);
    }
    blocks
}

/// The index of the first char of `t` starting at or after byte `b` (as
/// [`Text::char_of`]), through [`byte_blocks`].
fn char_at_byte(t: &Text, blocks: &[u32], b: usize) -> usize {
    let j = b / BLOCK;
    // the answer is at or after the block's first char, and at or before
    // the next block's
    let (Some(&lo), hi) = (blocks.get(j), blocks.get(j + 1)) else {
        return t.char_of(b);
    };
    let (lo, hi) = (lo as usize, hi.map_or(t.at.len(), |&h| h as usize + 1));
    match t.at.get(lo..hi.min(t.at.len())) {
        Some(run) => lo + run.partition_point(|&x| x < b),
        None => t.char_of(b),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The blocks as the walk over every char's offset made them.
    fn walked(t: &Text) -> Vec<u32> {
        let mut blocks = Vec::new();
        for (ci, &b) in t.at.iter().enumerate() {
            while blocks.len() * BLOCK <= b {
                blocks.push(ci as u32);
            }
        }
        blocks
    }

    proptest! {
        /// The searched blocks are the walked ones.
        #[test]
        fn searched_blocks_match_the_walk(s in "[a王·\u{20000}é]{0,600}") {
            let t = Text::new(&s);
            prop_assert_eq!(byte_blocks(&t), walked(&t));
        }

        /// A byte offset's char through the blocks is the one a search of
        /// every char's offset finds, on text of one- to four-byte chars
        /// spanning many blocks.
        #[test]
        fn char_at_byte_matches_a_search(s in "[a王·\u{20000}é]{0,300}") {
            let t = Text::new(&s);
            let blocks = byte_blocks(&t);
            for b in 0..=s.len() + 2 * BLOCK {
                prop_assert_eq!(
                    char_at_byte(&t, &blocks, b),
                    t.char_of(b)
                );
            }
        }
    }
}
