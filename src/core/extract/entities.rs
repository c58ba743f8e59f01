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

use super::{group, is_han, towns, Text};
use crate::core::report::Entity;

/// Zone and administrative suffixes after a gazetteer name, longest first.
const SUFFIXES: &[&str] = &[
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "高新区",
    "经开区",
    "开发区",
    "工业园区",
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

/// Whether the text around char `i` is one of [`NOT_PLACES`] with a name
/// starting at `i` inside it.
fn in_false_context(t: &Text, i: usize) -> bool {
    NOT_PLACES
        .iter()
        .any(|p| (1..p.chars().count()).any(|k| k <= i && t.starts_with(i - k, p)))
}

/// Suffixes after a place that make an organisation (`新吴区` + `委`).
const PLACE_ORGS: &[&str] = &["党工委", "管委会", "委"];

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

/// Words indexed by their first char, longest first within each char, so a
/// lookup at a position tries only the words that can start there.
struct ByFirst<'w> {
    words: &'w [&'static str],
    first: std::collections::HashMap<char, Vec<&'static str>>,
}

impl<'w> ByFirst<'w> {
    fn new(words: &'w [&'static str]) -> Self {
        let mut first: std::collections::HashMap<char, Vec<&'static str>> = Default::default();
        for w in words {
            if let Some(c) = w.chars().next() {
                first.entry(c).or_default().push(w);
            }
        }
        ByFirst { words, first }
    }

    /// The longest word starting at char `i` (as [`Text::match_any`]).
    fn at(&self, t: &Text, i: usize) -> Option<&'static str> {
        self.first.get(&t.get(i)).and_then(|ws| t.match_any(i, ws))
    }
}

/// A place starting at char `i`: its end. `after_entity` says whether an
/// entity ends right before `i`.
fn place_at(t: &Text, i: usize, gazetteer: &ByFirst, after_entity: bool) -> Option<usize> {
    let town = towns::new_town_at(t, i, 6, gazetteer.words).and_then(|_| {
        towns::new_town_at(t, i, towns::stem_limit(t, i, after_entity), gazetteer.words)
    });
    if let Some(g) = gazetteer.at(t, i).filter(|_| !in_false_context(t, i)) {
        let e = i + g.chars().count();
        let suffix = t
            .match_any(e, SUFFIXES)
            .filter(|s| !(*s == "市" && t.starts_with(e, "市场")));
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
    let free = !is_han(t.before(i)) || t.before(i) == '的';
    if t.starts_with(i, "高新区") && free {
        return Some(i + 3);
    }
    let name = (i..i + 2).all(|k| is_han(t.get(k)) && !GENERIC.contains(t.get(k)));
    if name && free {
        for s in ["经济技术开发区", "开发区"] {
            if t.starts_with(i + 2, s) {
                return Some(i + 2 + s.chars().count());
            }
        }
    }
    None
}

/// An organisation starting at char `i`: its end.
fn org_at(t: &Text, i: usize, heads: &ByFirst) -> Option<usize> {
    if t.starts_with(i, "市委市政府") {
        if let Some(h) = heads.at(t, i + 5) {
            return Some(i + 5 + h.chars().count());
        }
    }
    let p = usize::from(matches!(t.get(i), '市' | '省' | '县' | '区'));
    if p == 1 && t.get(i + 1) == '委' {
        // `市委`, `市委组织部`
        let h = t.match_any(i + 2, &["组织部", "宣传部", "统战部", "政法委"]);
        return Some(i + 2 + h.map_or(0, |h| h.chars().count()));
    }
    if let Some(h) = heads.at(t, i + p) {
        // `政府投资`, `人大代表`: these heads name a body only with a prefix.
        if p == 1 || !matches!(h, "政府" | "人大") {
            return Some(i + p + h.chars().count());
        }
    }
    if p == 0
        && is_han(t.get(i))
        && is_han(t.get(i + 1))
        && t.starts_with(i + 2, "集团")
        && !is_han(t.before(i))
    {
        return Some(i + 4);
    }
    None
}

/// Places and organisations, skipping the spans of `people`.
pub fn places_and_orgs(t: &Text, people: &[Entity]) -> Vec<Entity> {
    let places = words(include_str!("places.txt"));
    let orgs = words(include_str!("orgs.txt"));
    let (gazetteer, heads) = (ByFirst::new(&places), ByFirst::new(&orgs));
    // people's spans sorted by start, with the furthest end so far: a
    // binary search answers "is this byte inside a person?"
    let mut spans: Vec<(usize, usize)> = people
        .iter()
        .flat_map(|p| p.spans.iter().copied())
        .collect();
    spans.sort_unstable();
    let reach: Vec<usize> = spans
        .iter()
        .scan(0, |far, &(_, y)| {
            *far = (*far).max(y);
            Some(*far)
        })
        .collect();
    let taken = |b: usize| {
        let n = spans.partition_point(|&(x, _)| x <= b);
        n > 0 && reach[n - 1] > b
    };
    let mut items = Vec::new();
    let mut i = 0;
    let mut last_end = usize::MAX;
    while i < t.len() {
        if taken(t.byte(i)) {
            i += 1;
            continue;
        }
        if let Some(e) = place_at(t, i, &gazetteer, i == last_end) {
            let place = t.slice(i, e);
            if let Some(o) = t.match_any(e, PLACE_ORGS).filter(|o| {
                place.ends_with(['区', '县', '市']) || (place.ends_with('城') && *o != "委")
            }) {
                let oe = e + o.chars().count();
                items.push((("org", t.slice(i, oe).to_string()), (t.byte(i), t.byte(oe))));
            }
            items.push((("place", place.to_string()), (t.byte(i), t.byte(e))));
            i = e;
            last_end = e;
        } else if let Some(e) = org_at(t, i, &heads) {
            items.push((("org", t.slice(i, e).to_string()), (t.byte(i), t.byte(e))));
            i = e;
            last_end = e;
        } else {
            i += 1;
        }
    }
    group(items)
        .into_iter()
        .map(|((kind, text), spans)| Entity {
            text,
            kind: kind.to_string(),
            title: None,
            count: spans.len(),
            spans,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(s: &str) -> Vec<(String, String)> {
        places_and_orgs(&Text::new(s), &[])
            .into_iter()
            .map(|x| (x.kind, x.text))
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
}
