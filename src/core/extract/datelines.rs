//! The places of news datelines: `本报巴黎6月18日电`, `新华社阿比让6月2日电`,
//! `本报德国罗滕堡5月27日电`.
//!
//! A dateline names where a report was filed between the agency and the
//! date; the name is a place whether or not any list holds it (`阿比让`,
//! `罗滕堡`), and jieba's dictionary often tags such transliterations as
//! people's names. The dateline's place is added to the places (a listed
//! country or city before it is one place, the rest another: `德国` +
//! `罗滕堡`), and no person is read inside it.

use super::names::place_prefix;
use super::seats::add_places;
use super::{is_han, is_numeral, Text};
use crate::core::report::{Entity, EntityKind, Evidence};

/// Agencies and papers that open a dateline.
const AGENCIES: &[&str] = &["本报", "新华社", "中新社", "新华网", "人民网", "中国新闻社"];

/// The longest place run between an agency and the date.
const MAX_RUN: usize = 12;

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || is_numeral(c)
}

/// Where the date of a dateline starts when `电` or `讯` at char `k` ends
/// one (`6月18日电`): the char after the place.
fn date_start(t: &Text, k: usize) -> Option<usize> {
    if !matches!(t.get(k), '电' | '讯') || k < 4 || t.get(k - 1) != '日' {
        return None;
    }
    let mut d = k - 1;
    let digits = |d: &mut usize| {
        let end = *d;
        while *d > 0 && end - *d < 3 && is_digit(t.get(*d - 1)) {
            *d -= 1;
        }
        *d < end
    };
    if !digits(&mut d) || d == 0 || t.get(d - 1) != '月' {
        return None;
    }
    d -= 1;
    digits(&mut d).then_some(d)
}

/// The places of every dateline in `t`: each name with its char span.
pub fn places(t: &Text) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // (only at `电` and `讯`, by the gates)
    for k in t.each_gated(super::flags::gate::DATELINE) {
        let Some(d) = date_start(t, k) else { continue };
        // the agency nearest before the date, with only name chars between
        let mut a = d;
        let mut found = None;
        while d - a <= MAX_RUN {
            if AGENCIES.iter().any(|w| t.ends_with(a, w)) {
                found = Some(a);
                break;
            }
            if a == 0 || !(is_han(t.get(a - 1)) || super::persons::is_dot(t.get(a - 1))) {
                break;
            }
            a -= 1;
        }
        let Some(a) = found.filter(|&a| a < d) else {
            continue;
        };
        // a listed place first (`德国`), then the rest as one name
        let mut i = a;
        while i < d {
            let rest = t.slice(i, d);
            match place_prefix(rest) {
                Some(n) => {
                    let e = i + rest[..n].chars().count();
                    out.push((i, e));
                    i = e;
                }
                None => {
                    // (an organisation is no place: `新华社联合国6月1日电`)
                    let org =
                        rest == "联合国" || rest.ends_with(['社', '会', '部', '局', '院', '团']);
                    if d - i >= 2 && !org {
                        out.push((i, d));
                    }
                    break;
                }
            }
        }
    }
    out
}

/// Adds the datelines' places to `entities` and drops the people read
/// inside them.
#[inline(never)]
pub fn apply(t: &Text, entities: &mut Vec<Entity>) {
    let spans: Vec<(usize, usize)> = places(t)
        .into_iter()
        .map(|(a, b)| (t.byte(a), t.byte(b)))
        .collect();
    if spans.is_empty() {
        return;
    }
    super::drop_mentions(
        entities,
        |k| k == EntityKind::Person,
        |s| spans.iter().any(|d| s.0 < d.1 && d.0 < s.1),
    );
    let found = spans
        .iter()
        .filter_map(|&(a, b)| Some((t.s.get(a..b)?.to_string(), (a, b))))
        .collect();
    add_places(entities, found, Evidence::Dateline);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        let t = Text::new(s);
        places(&t)
            .into_iter()
            .map(|(a, b)| t.slice(a, b).to_string())
            .collect()
    }

    #[test]
    fn dateline_places() {
        assert_eq!(
            names("本报德国罗滕堡5月27日电记者薛原报道"),
            ["德国", "罗滕堡"]
        );
        assert_eq!(names("新华社阿比让6月2日电科特迪瓦总统说"), ["阿比让"]);
        assert_eq!(names("本报北京６月１７日讯"), ["北京"]);
        assert!(names("本报讯记者王俊报道").is_empty());
        assert!(names("新华社联合国6月1日电").is_empty());
        assert!(names("他在6月18日电话里说").is_empty());
    }
}
