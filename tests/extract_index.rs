//! Property tests for the lookups that made extraction fast (seventh
//! session): each answers exactly what the scan it replaced answered, on
//! arbitrary text, and never panics.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use wenxi::core::extract::hints::{Hints, WordClass};
use wenxi::core::extract::{Ahead, ByFirstChar, ByLast, Lexicon, Text};

/// Words sharing first and last chars, one a prefix of another, and an
/// odd char outside the Han block.
const WORDS: &[&str] = &[
    "市委书记",
    "市委",
    "市长",
    "副市长",
    "书记",
    "长江",
    "江",
    "·",
    "a长",
    "委员长",
];

/// Text made of the words' chars and a few others, so matches are common.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('市'),
            Just('委'),
            Just('书'),
            Just('记'),
            Just('长'),
            Just('江'),
            Just('副'),
            Just('员'),
            Just('·'),
            Just('a'),
            Just('，'),
            any::<char>(),
        ],
        0..60,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn by_first_and_last_char_find_what_a_scan_finds(s in text()) {
        let t = Text::new(&s);
        let first = ByFirstChar::new(WORDS);
        let last = ByLast::new(WORDS);
        let lex = Lexicon::new(WORDS);
        for i in 0..=t.len() + 1 {
            let scan: Vec<&str> = WORDS.iter().copied().filter(|w| t.starts_with(i, w)).collect();
            let got: Vec<&str> = first.starting(&t, i).map(|(w, _)| w).collect();
            prop_assert_eq!(&got, &scan);
            for (w, n) in first.starting(&t, i) {
                prop_assert_eq!(n, w.chars().count());
            }
            prop_assert_eq!(lex.at(&t, i), scan.first().copied());
            let scan: Vec<&str> = WORDS.iter().copied().filter(|w| t.ends_with(i, w)).collect();
            let got: Vec<&str> = last.ending(&t, i).map(|(w, _)| w).collect();
            prop_assert_eq!(&got, &scan);
            prop_assert_eq!(lex.before(&t, i), scan.first().copied());
        }
        for a in 0..=t.len() {
            let tail = t.slice(a, t.len());
            let scan = WORDS.iter().copied().find(|w| tail.ends_with(w));
            prop_assert_eq!(lex.suffix_of(tail), scan);
        }
    }

    #[test]
    fn ahead_answers_what_a_window_scan_answers(
        s in text(),
        queries in proptest::collection::vec((0usize..70, 0usize..8), 0..40),
    ) {
        let t = Text::new(&s);
        let is = |c: char| matches!(c, '长' | '·');
        let mut ahead = Ahead::new(is);
        // in any order (a scan asks at ever later chars; others stay correct)
        for (from, span) in queries {
            let to = from + span;
            let scan = (from..=to).any(|k| k < t.len() && is(t.get(k)));
            prop_assert_eq!(ahead.within(&t, from, to), scan);
        }
        // and in order, as the passes ask
        let mut ahead = Ahead::new(is);
        for i in 0..t.len() + 3 {
            let scan = (i + 1..=i + 5).any(|k| k < t.len() && is(t.get(k)));
            prop_assert_eq!(ahead.within(&t, i + 1, i + 5), scan);
        }
    }

    #[test]
    fn hints_from_classes_match_hints_from_tags(
        s in text(),
        cuts in proptest::collection::vec((0usize..200, 0usize..200, 0usize..4), 0..30),
    ) {
        let tags = ["nr", "v", "x", "ns"];
        let tagged: Vec<(usize, usize, &str)> =
            cuts.iter().map(|&(a, b, k)| (a, b, tags[k])).collect();
        let classed: Vec<(usize, usize, WordClass)> = tagged
            .iter()
            .map(|&(a, b, tag)| (a, b, WordClass::of_tag(tag)))
            .collect();
        let x = Hints::new(&s, tagged);
        let y = Hints::of_classes(&s, classed);
        let n = s.chars().count();
        for i in 0..=n + 1 {
            prop_assert_eq!(x.token(i), y.token(i));
            // spans lie in the text, by chars
            if let Some((a, b, _)) = x.token(i) {
                prop_assert!(a < b && b <= n && a <= i && i < b);
            }
        }
    }
}
