//! The bulk dictionary build (vendored jieba-rs fork, `Jieba::add_sorted_words`)
//! must give the segmenter jieba's word-by-word `add_word` gives: same
//! tokens in every mode, same tags, same words known, same frequencies.
mod common;

use jieba_rs::Jieba;
use wenxi::core::userdict::UserDict;

/// jieba built the reference way: one `add_word` per dictionary entry.
fn word_by_word() -> Jieba {
    let mut j = Jieba::empty();
    for (word, freq, tag) in common::dict().words().dict_words() {
        j.add_word(word, Some(freq), Some(tag));
    }
    j
}

#[test]
fn bulk_build_segments_like_add_word() {
    let reference = word_by_word();
    let bulk = common::dict().segmenter(false);
    let spans = |t: Vec<jieba_rs::Token>| -> Vec<(usize, usize)> {
        t.iter().map(|t| (t.byte_start, t.byte_end)).collect()
    };
    for (name, text) in common::samples() {
        for hmm in [false, true] {
            assert_eq!(
                spans(bulk.cut(&text, hmm)),
                spans(reference.cut(&text, hmm)),
                "{name} precise hmm={hmm}"
            );
            assert_eq!(
                spans(bulk.cut_for_search(&text, hmm)),
                spans(reference.cut_for_search(&text, hmm)),
                "{name} search hmm={hmm}"
            );
            let tags = |j: &Jieba| -> Vec<(String, String)> {
                j.tag(&text, hmm)
                    .into_iter()
                    .map(|t| (t.word.to_string(), t.tag.to_string()))
                    .collect()
            };
            assert_eq!(tags(bulk), tags(&reference), "{name} tags hmm={hmm}");
        }
        assert_eq!(
            spans(bulk.cut_all(&text)),
            spans(reference.cut_all(&text)),
            "{name} full"
        );
    }
}

#[test]
fn bulk_build_knows_every_word_with_its_frequency() {
    let reference = word_by_word();
    let bulk = common::dict().segmenter(false);
    let mut n = 0;
    for (word, _, _) in common::dict().words().dict_words() {
        assert!(bulk.has_word(word), "{word}");
        n += 1;
        // a sample of frequencies (suggest_freq reads them through the trie)
        if n % 97 == 0 {
            assert_eq!(
                bulk.suggest_freq(word),
                reference.suggest_freq(word),
                "{word}"
            );
        }
    }
    assert!(n > 300_000, "{n} words");
    for absent in ["文析不是词", "𠀀𠀁", "x"] {
        assert_eq!(
            bulk.has_word(absent),
            reference.has_word(absent),
            "{absent}"
        );
    }
}

#[test]
fn words_added_after_a_bulk_build_behave_as_before() {
    // additions and deletions go through add_word on top of the bulk trie
    let mut dict =
        wenxi::core::dict::Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz"))
            .unwrap();
    dict.set_user_dict(UserDict::parse("项目为王 3000 l\n𠀀𠀁新词 5 n\n-重大项目\n").unwrap())
        .unwrap();
    let j = dict.segmenter(false);
    assert!(j.has_word("项目为王"));
    assert!(j.has_word("𠀀𠀁新词"));
    assert!(!j.has_word("重大项目"));
    let words: Vec<&str> = j
        .cut("坚持项目为王，推进重大项目", false)
        .iter()
        .map(|t| t.word)
        .collect();
    assert!(words.contains(&"项目为王"), "{words:?}");
    assert!(!words.contains(&"重大项目"), "{words:?}");
}

#[test]
fn bulk_build_takes_unsorted_and_repeated_entries_like_add_word() {
    let entries = [
        ("中国", 100usize, "ns"),
        ("中", 50, "n"),
        ("中国人", 80, "n"),
        ("中国", 120, "ns"),
        ("𠀀", 3, "x"),
        ("", 1, "x"),
        ("国", 60, "n"),
    ];
    let mut bulk = Jieba::empty();
    bulk.add_sorted_words(entries.iter().copied());
    let mut reference = Jieba::empty();
    for (w, f, t) in entries {
        reference.add_word(w, Some(f), Some(t));
    }
    for w in ["中国", "中", "中国人", "𠀀", "国", "人"] {
        assert_eq!(bulk.has_word(w), reference.has_word(w), "{w}");
    }
    let cut = |j: &Jieba| -> Vec<String> {
        j.cut("中国人在中国𠀀", false)
            .iter()
            .map(|t| t.word.to_string())
            .collect()
    };
    assert_eq!(cut(&bulk), cut(&reference));
    assert_eq!(bulk.suggest_freq("中国"), reference.suggest_freq("中国"));
}

#[test]
fn the_warm_up_builds_and_segments_a_made_up_dictionary() {
    // the worker runs it while the real dictionary downloads; it must work
    // (and so exercise the decoder and the bulk build), never fail silently
    let tokens = wenxi::core::dict::warm_up();
    assert!(tokens >= 10, "{tokens} tokens");
}

/// Property tests of the bulk build (native only: proptest is a native
/// dev-dependency).
#[cfg(not(target_arch = "wasm32"))]
mod props {
    use jieba_rs::Jieba;

    /// Dictionary entries for property tests: words of 1–6 characters drawn
    /// from a small alphabet (so that they share prefixes, as real words do)
    /// with Han, astral-plane (CJK Extension B, emoji) and ASCII characters.
    fn entries() -> impl proptest::strategy::Strategy<Value = Vec<(String, usize, String)>> {
        use proptest::prelude::*;
        let ch = prop::sample::select(vec![
            '中', '国', '人', '民', '𠀀', '𪚥', '😀', 'a', 'Z', '7', '\u{FFFF}',
        ]);
        let word = prop::collection::vec(ch, 1..7).prop_map(|v| v.into_iter().collect::<String>());
        let tag = prop::sample::select(vec!["n", "v", "nr", "ns", "x"]);
        prop::collection::vec((word, 1usize..100_000, tag), 0..60).prop_map(|v| {
            v.into_iter()
                .map(|(w, f, t)| (w, f, t.to_string()))
                .collect()
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// For any word set — sorted or not, with repeats, astral-plane
        /// characters, and a node limit small enough to send words to the
        /// one-by-one fallback — the bulk build segments, tags and knows words
        /// exactly as `add_word` one by one does.
        #[test]
        fn bulk_build_equals_add_word_for_any_words(
            words in entries(),
            sort in proptest::prelude::any::<bool>(),
            limit in 1usize..200,
            text in "[中国人民𠀀𪚥😀aZ7 ，。]{0,40}",
        ) {
            let mut words = words;
            if sort {
                words.sort_by(|a, b| a.0.cmp(&b.0));
            }
            let mut reference = Jieba::empty();
            for (w, f, t) in &words {
                reference.add_word(w, Some(*f), Some(t));
            }
            let mut bulk = Jieba::empty();
            bulk.add_sorted_words_with_node_limit(
                words.iter().map(|(w, f, t)| (w.as_str(), *f, t.as_str())),
                limit,
            );
            let mut unlimited = Jieba::empty();
            unlimited.add_sorted_words(words.iter().map(|(w, f, t)| (w.as_str(), *f, t.as_str())));
            for j in [&bulk, &unlimited] {
                for (w, _, _) in &words {
                    proptest::prop_assert!(j.has_word(w), "{w}");
                }
                for hmm in [false, true] {
                    let spans = |j: &Jieba| -> Vec<(usize, usize)> {
                        j.cut(&text, hmm).iter().map(|t| (t.byte_start, t.byte_end)).collect()
                    };
                    proptest::prop_assert_eq!(spans(j), spans(&reference));
                    let tags = |j: &Jieba| -> Vec<(String, String)> {
                        j.tag(&text, hmm)
                            .into_iter()
                            .map(|t| (t.word.to_string(), t.tag.to_string()))
                            .collect()
                    };
                    proptest::prop_assert_eq!(tags(j), tags(&reference));
                }
                let all = |j: &Jieba| -> Vec<(usize, usize)> {
                    j.cut_all(&text).iter().map(|t| (t.byte_start, t.byte_end)).collect()
                };
                proptest::prop_assert_eq!(all(j), all(&reference));
            }
        }
    }
}
