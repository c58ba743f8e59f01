//! Property tests of the vendored jieba-rs change (`vendor/jieba-rs`,
//! `WENXI.md`): `Jieba::add_sorted_words` must build the dictionary
//! `add_word` one by one builds, for any word set. tests/bulk_build.rs
//! compares both on the real dictionary and on random word sets in any
//! order; these go at what the bulk builder does differently:
//!
//! - strictly increasing, unrepeated word sets, so every word takes the bulk
//!   path (sharing prefix nodes with the word before it), compared on
//!   tokens in all three modes, tags, known words and frequencies (through
//!   `suggest_freq`, which reads every frequency and the total on its path);
//! - astral-plane characters (CJK Extension B and G, emoji, the first and
//!   last code points of the supplementary planes) next to three-byte Han
//!   and ASCII, at the starts and ends of words, so prefixes are shared at
//!   every UTF-8 width;
//! - the node-limit fallback at every limit from none to more than the set
//!   needs, so the word where the bulk builder stops and hands the rest to
//!   `add_word` falls at every position;
//! - words added after a bulk build (new ones, and known ones with a new
//!   frequency or tag), which must behave as after a one-by-one build.
//!
//! They live in the main crate's tests/ because `cargo test` here (and so
//! `scripts/test.sh`, which counts its `test result` lines) does not run the
//! tests of a path dependency. Native only: proptest is a native
//! dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use jieba_rs::Jieba;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Characters of every UTF-8 width, sharing prefixes often: Han, ASCII and
/// astral-plane ones (𠀀 U+20000 and 𪚥 Extension B, 𰀀 U+30000 Extension
/// G, 😀, U+10000 and U+10FFFF).
const ALPHABET: &[char] = &[
    '中',
    '国',
    '人',
    '民',
    '经',
    'a',
    'Z',
    '7',
    '𠀀',
    '𪚥',
    '𰀀',
    '😀',
    '\u{10000}',
    '\u{10FFFF}',
];

fn word() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 1..6)
        .prop_map(|v| v.into_iter().collect::<String>())
}

fn tag() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["n", "v", "nr", "ns", "x", "eng"]).prop_map(str::to_string)
}

/// A strictly increasing word set (by bytes, as the bulk builder wants it)
/// with a frequency and a tag per word.
fn sorted_set(max: usize) -> impl Strategy<Value = Vec<(String, usize, String)>> {
    prop::collection::btree_map(word(), (1usize..50_000, tag()), 0..max).prop_map(
        |m: BTreeMap<String, (usize, String)>| m.into_iter().map(|(w, (f, t))| (w, f, t)).collect(),
    )
}

/// Text over the same alphabet with punctuation, spaces and characters no
/// word has.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(
            ALPHABET
                .iter()
                .copied()
                .chain(['，', '。', ' ', '的', 'b', '\n'])
                .collect::<Vec<_>>(),
        ),
        0..48,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn one_by_one(words: &[(String, usize, String)]) -> Jieba {
    let mut j = Jieba::empty();
    for (w, f, t) in words {
        j.add_word(w, Some(*f), Some(t));
    }
    j
}

fn bulk(words: &[(String, usize, String)], limit: usize) -> Jieba {
    let mut j = Jieba::empty();
    j.add_sorted_words_with_node_limit(
        words.iter().map(|(w, f, t)| (w.as_str(), *f, t.as_str())),
        limit,
    );
    j
}

/// Everything a segmenter answers about `text` and `words`: tokens in the
/// three modes with and without HMM, tags, known words and frequencies.
fn answers(j: &Jieba, words: &[(String, usize, String)], text: &str) -> Vec<String> {
    let spans = |t: Vec<jieba_rs::Token<'_>>| -> String {
        t.iter()
            .map(|t| format!("{}-{}", t.byte_start, t.byte_end))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = Vec::new();
    for hmm in [false, true] {
        out.push(spans(j.cut(text, hmm)));
        out.push(spans(j.cut_for_search(text, hmm)));
        out.push(
            j.tag(text, hmm)
                .iter()
                .map(|t| format!("{}/{}", t.word, t.tag))
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    out.push(spans(j.cut_all(text)));
    for (w, _, _) in words {
        out.push(format!("{w}: {} {}", j.has_word(w), j.suggest_freq(w)));
    }
    // a frequency for text made of several words reads the total too
    out.push(format!("text: {}", j.suggest_freq(text)));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A strictly increasing set takes the bulk path for every word and
    /// gives the segmenter `add_word` gives.
    #[test]
    fn sorted_sets_build_in_bulk_as_word_by_word(words in sorted_set(48), text in text()) {
        let reference = one_by_one(&words);
        let mut built = Jieba::empty();
        built.add_sorted_words(words.iter().map(|(w, f, t)| (w.as_str(), *f, t.as_str())));
        for (w, _, _) in &words {
            prop_assert!(built.has_word(w), "{w}");
        }
        prop_assert_eq!(answers(&built, &words, &text), answers(&reference, &words, &text));
    }

    /// The bulk builder stopping at any node limit (none, exactly the nodes
    /// the set needs, more) and handing the rest to `add_word` gives the
    /// same segmenter.
    #[test]
    fn the_node_limit_fallback_at_every_limit(words in sorted_set(16), text in text()) {
        let reference = answers(&one_by_one(&words), &words, &text);
        let chars: usize = words.iter().map(|(w, _, _)| w.chars().count()).sum();
        for limit in 0..=chars + 1 {
            prop_assert_eq!(answers(&bulk(&words, limit), &words, &text), reference.clone(), "limit {}", limit);
        }
    }

    /// Words added after a bulk build (new words, known words with another
    /// frequency or tag) behave as after a word-by-word build; `add_word`
    /// answers the same frequency.
    #[test]
    fn words_added_after_any_bulk_build_behave_as_after_add_word(
        words in sorted_set(32),
        later in prop::collection::vec((word(), prop::option::of(1usize..50_000), prop::option::of(tag())), 0..12),
        limit in prop::sample::select(vec![0usize, 3, 10, usize::MAX]),
        text in text(),
    ) {
        let mut reference = one_by_one(&words);
        let mut built = bulk(&words, limit);
        for (w, f, t) in &later {
            prop_assert_eq!(
                built.add_word(w, *f, t.as_deref()),
                reference.add_word(w, *f, t.as_deref()),
                "{}", w
            );
        }
        let all: Vec<(String, usize, String)> = words
            .iter()
            .cloned()
            .chain(later.iter().map(|(w, _, _)| (w.clone(), 0, String::new())))
            .collect();
        prop_assert_eq!(answers(&built, &all, &text), answers(&reference, &all, &text));
    }

    /// A bulk build into a dictionary that already has words takes them one
    /// by one: the same as `add_word` for all of them.
    #[test]
    fn a_bulk_build_into_a_non_empty_dictionary_is_word_by_word(
        first in sorted_set(8),
        words in sorted_set(24),
        text in text(),
    ) {
        let mut reference = one_by_one(&first);
        for (w, f, t) in &words {
            reference.add_word(w, Some(*f), Some(t));
        }
        let mut built = one_by_one(&first);
        built.add_sorted_words(words.iter().map(|(w, f, t)| (w.as_str(), *f, t.as_str())));
        let all: Vec<(String, usize, String)> = first.iter().chain(&words).cloned().collect();
        prop_assert_eq!(answers(&built, &all, &text), answers(&reference, &all, &text));
    }
}
