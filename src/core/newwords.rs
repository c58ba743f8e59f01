//! New-word discovery: strings of a corpus that behave like words but are not
//! in the dictionary (项目为王, 经开区, 智改数转 …), for the user dictionary.
//!
//! The method needs no training data, only the corpus (after Matrix67's
//! "sociolinguistics in the internet age" recipe): a string is a word when
//!
//! - it is **frequent** enough to matter (`count`);
//! - its characters **stick together**: for every way of splitting it in two,
//!   the parts occur together far more often than chance — the pointwise
//!   mutual information `ln(p(w) / (p(a)·p(b)))`, minimised over split points
//!   (`pmi`), is high (项目为王 is not just 项目 next to 为王);
//! - it is **free** in context: the characters before and after it vary —
//!   the entropy of its left and right neighbours is high (`left_entropy`,
//!   `right_entropy`); a fragment such as 项目为 is always followed by 王 and
//!   has right entropy 0. A text boundary or punctuation counts as a new
//!   neighbour each time, since a string set off by punctuation is free there.
//!
//! Candidates are runs of 2–6 Han characters (non-Han characters break runs);
//! those the dictionary knows and those starting or ending with a function
//! character (的, 了, 在 …) are dropped. `score = pmi · min(entropies) ·
//! ln(1 + count)`, halved for a compound of two dictionary words of two or
//! more characters each (疫情防控 = 疫情 + 防控): such strings are phrases the
//! dictionary already segments sensibly, while a new word leaves single
//! characters behind (经开区 → 经/开区, 项目为王 → 项目/为/王). Counting is two passes over the n-grams with byte slices of
//! the input as keys (no copies), so 1 MiB takes tens of milliseconds.

use super::dict::Dictionary;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A word the corpus suggests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The string.
    pub word: String,
    /// How often it occurs.
    pub count: usize,
    /// Pointwise mutual information, minimised over split points.
    pub pmi: f64,
    /// Entropy (nats) of the character before it.
    pub left_entropy: f64,
    /// Entropy (nats) of the character after it.
    pub right_entropy: f64,
    /// Ranking score: `pmi · min(left, right) · ln(1 + count)`, halved for a
    /// compound of two dictionary words.
    pub score: f64,
    /// Up to three short contexts in which it occurs.
    pub examples: Vec<String>,
}

/// Thresholds of the discovery.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NewWordOptions {
    /// Shortest candidate, in characters (at least 2).
    pub min_len: usize,
    /// Longest candidate, in characters (at most 8).
    pub max_len: usize,
    /// Fewest occurrences.
    pub min_count: usize,
    /// Lowest PMI.
    pub min_pmi: f64,
    /// Lowest left and right neighbour entropy.
    pub min_entropy: f64,
    /// How many candidates to return.
    pub top: usize,
}

impl Default for NewWordOptions {
    fn default() -> Self {
        NewWordOptions {
            min_len: 2,
            max_len: 6,
            min_count: 2,
            min_pmi: 1.0,
            min_entropy: 0.5,
            top: 100,
        }
    }
}

/// Characters that rarely start or end a content word.
const FUNCTION_CHARS: &str = "的了在是和与及或而也都就又把被从对向于以之其这那着过地得为将并等个们吗呢吧啊有要会能可所各每此该已再还更最很不没且即";

use super::han::is_han;

/// FxHash: a fast non-cryptographic hash; keys are the user's own text.
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// A run of Han characters: its text index and the byte offset of each
/// character plus the end.
struct Run {
    doc: usize,
    bounds: Vec<usize>,
}

fn runs(texts: &[&str]) -> Vec<Run> {
    let mut out = Vec::new();
    for (doc, text) in texts.iter().enumerate() {
        let mut bounds = Vec::new();
        for (i, c) in text.char_indices() {
            if is_han(c) {
                bounds.push(i);
            } else if !bounds.is_empty() {
                bounds.push(i);
                out.push(Run {
                    doc,
                    bounds: std::mem::take(&mut bounds),
                });
            }
        }
        if !bounds.is_empty() {
            bounds.push(text.len());
            out.push(Run { doc, bounds });
        }
    }
    out
}

/// Entropy of a neighbour list; `None` (a boundary) counts as a new
/// neighbour each time.
fn entropy(mut neighbours: Vec<Option<char>>) -> f64 {
    let total = neighbours.len() as f64;
    if neighbours.is_empty() {
        return 0.0;
    }
    neighbours.sort_unstable();
    let mut h = 0.0;
    let mut i = 0;
    while i < neighbours.len() {
        let mut j = i + 1;
        if neighbours[i].is_some() {
            while j < neighbours.len() && neighbours[j] == neighbours[i] {
                j += 1;
            }
        }
        let p = (j - i) as f64 / total;
        h -= p * p.ln();
        i = j;
    }
    h
}

/// A short context around `text[start..end]`, on one line.
fn context(text: &str, start: usize, end: usize) -> String {
    let before: Vec<char> = text[..start].chars().rev().take(8).collect();
    let after = text[end..].chars().take(8);
    before
        .into_iter()
        .rev()
        .chain(text[start..end].chars())
        .chain(after)
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect()
}

#[derive(Default)]
struct Tally {
    left: Vec<Option<char>>,
    right: Vec<Option<char>>,
    examples: Vec<(usize, usize, usize)>,
}

/// Finds candidate new words in `texts` that the segmenter in effect does
/// not know: the one definition of "known word" the CLI and the app share —
/// a word is known when the segmenter chosen by `policy_lexicon` (with the
/// user's additions and deletions) has it.
pub fn discover_unknown(
    dict: &Dictionary,
    policy_lexicon: bool,
    texts: &[&str],
    opts: &NewWordOptions,
) -> Vec<Candidate> {
    let jieba = dict.segmenter(policy_lexicon);
    discover(texts, &|w| jieba.has_word(w), opts)
}

/// Finds candidate new words in `texts`; `known` says which words the
/// dictionary already has. Sorted by score, best first; deterministic.
pub fn discover(
    texts: &[&str],
    known: &dyn Fn(&str) -> bool,
    opts: &NewWordOptions,
) -> Vec<Candidate> {
    let mut d = Discovery::new(texts, known, opts);
    while d.step() {}
    d.finish()
}

/// Characters of runs handled by one [`Discovery::step`].
pub const STEP_CHARS: usize = 1 << 16;

/// Where a [`Discovery`] is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    /// Counting the n-grams of the runs from this one on.
    Count(usize),
    /// Collecting the neighbours of the candidates in the runs from this one on.
    Neighbours(usize),
    /// Counted: [`Discovery::finish`] scores.
    Scored,
}

/// New-word discovery in steps (issue 20: long worker requests yield and can
/// be cancelled): each [`step`](Discovery::step) handles about
/// [`STEP_CHARS`] characters, so a caller can stop between two steps.
/// Stepping to the end and [`finish`](Discovery::finish)ing gives exactly
/// what [`discover`] gives.
pub struct Discovery<'a> {
    texts: &'a [&'a str],
    known: &'a dyn Fn(&str) -> bool,
    opts: NewWordOptions,
    min_len: usize,
    max_len: usize,
    runs: Vec<Run>,
    total: usize,
    counts: FxMap<&'a str, u32>,
    tallies: FxMap<&'a str, Tally>,
    phase: Phase,
}

impl<'a> Discovery<'a> {
    /// A discovery over `texts`, not yet started.
    pub fn new(
        texts: &'a [&'a str],
        known: &'a dyn Fn(&str) -> bool,
        opts: &NewWordOptions,
    ) -> Self {
        let min_len = opts.min_len.clamp(2, 8);
        let max_len = opts.max_len.clamp(min_len, 8);
        let runs = runs(texts);
        let total: usize = runs.iter().map(|r| r.bounds.len() - 1).sum();
        Discovery {
            texts,
            known,
            opts: *opts,
            min_len,
            max_len,
            runs,
            total,
            counts: FxMap::default(),
            tallies: FxMap::default(),
            phase: Phase::Count(0),
        }
    }

    /// Characters counted so far and in all, for progress: each character
    /// is visited twice (counting, then neighbours).
    pub fn progress(&self) -> (usize, usize) {
        let upto =
            |i: usize| -> usize { self.runs.iter().take(i).map(|r| r.bounds.len() - 1).sum() };
        let done = match self.phase {
            Phase::Count(i) => upto(i),
            Phase::Neighbours(i) => self.total + upto(i),
            Phase::Scored => 2 * self.total,
        };
        (done, 2 * self.total)
    }

    /// Does the next piece of work; `false` once only [`finish`](Self::finish) is left.
    pub fn step(&mut self) -> bool {
        match self.phase {
            Phase::Count(from) => {
                let to = self.count(from);
                self.phase = if to < self.runs.len() {
                    Phase::Count(to)
                } else {
                    self.select();
                    Phase::Neighbours(0)
                };
                true
            }
            Phase::Neighbours(from) => {
                let to = self.neighbours(from);
                self.phase = if to < self.runs.len() {
                    Phase::Neighbours(to)
                } else {
                    Phase::Scored
                };
                self.phase != Phase::Scored
            }
            Phase::Scored => false,
        }
    }

    /// The runs from `from` on that make up about [`STEP_CHARS`] characters:
    /// the index after the last one.
    fn batch_end(&self, from: usize) -> usize {
        let mut chars = 0;
        let mut to = from;
        while to < self.runs.len() && (to == from || chars < STEP_CHARS) {
            chars += self.runs.get(to).map_or(0, |r| r.bounds.len() - 1);
            to += 1;
        }
        to
    }

    /// Counts the n-grams of a batch of runs from `from`; the batch's end.
    fn count(&mut self, from: usize) -> usize {
        let to = self.batch_end(from);
        let texts = self.texts;
        for r in self.runs.get(from..to).unwrap_or_default() {
            let len = r.bounds.len() - 1;
            for i in 0..len {
                for n in 1..=self.max_len.min(len - i) {
                    let c = self
                        .counts
                        .entry(&texts[r.doc][r.bounds[i]..r.bounds[i + n]])
                        .or_insert(0);
                    *c = c.saturating_add(1);
                }
            }
        }
        to
    }

    /// The strings that may be new words, with empty tallies.
    fn select(&mut self) {
        let (min_len, max_len, opts, known) = (self.min_len, self.max_len, self.opts, self.known);
        let function = |c: Option<char>| c.is_some_and(|c| FUNCTION_CHARS.contains(c));
        self.tallies = self
            .counts
            .iter()
            .filter(|(w, &c)| {
                let n = w.chars().count();
                n >= min_len
                    && n <= max_len
                    && c as usize >= opts.min_count.max(1)
                    && !function(w.chars().next())
                    && !function(w.chars().next_back())
                    && !known(w)
                    && !super::noise::is_placeholder(w)
            })
            .map(|(w, _)| (*w, Tally::default()))
            .collect();
    }

    /// Collects the neighbours of candidates in a batch of runs from `from`;
    /// the batch's end.
    fn neighbours(&mut self, from: usize) -> usize {
        let to = self.batch_end(from);
        let texts = self.texts;
        for r in self.runs.get(from..to).unwrap_or_default() {
            let len = r.bounds.len() - 1;
            let text = texts[r.doc];
            let char_at = |i: usize| text[r.bounds[i]..].chars().next();
            for i in 0..len {
                for n in self.min_len..=self.max_len.min(len - i) {
                    if let Some(t) = self.tallies.get_mut(&text[r.bounds[i]..r.bounds[i + n]]) {
                        t.left.push(if i == 0 { None } else { char_at(i - 1) });
                        t.right
                            .push(if i + n == len { None } else { char_at(i + n) });
                        if t.examples.len() < 3 {
                            t.examples.push((r.doc, r.bounds[i], r.bounds[i + n]));
                        }
                    }
                }
            }
        }
        to
    }

    /// Steps to the end if need be, then scores and ranks the candidates.
    pub fn finish(mut self) -> Vec<Candidate> {
        while self.step() {}
        let (texts, known, opts, total) = (self.texts, self.known, self.opts, self.total);
        let counts = &self.counts;
        let count = |w: &str| counts.get(w).copied().unwrap_or(0) as f64;
        let mut out: Vec<Candidate> = self
            .tallies
            .drain()
            .filter_map(|(word, t)| {
                let c = count(word);
                let splits: Vec<usize> = word.char_indices().skip(1).map(|(i, _)| i).collect();
                let pmi = splits
                    .iter()
                    .map(|&k| (c * total as f64 / (count(&word[..k]) * count(&word[k..]))).ln())
                    .fold(f64::INFINITY, f64::min);
                if !pmi.is_finite() || pmi < opts.min_pmi {
                    return None;
                }
                // A fragment of known words (委书记 of 市委书记, 县委书记): in at
                // least half its occurrences a neighbour makes it a known word.
                let inside_known = t
                    .left
                    .iter()
                    .zip(&t.right)
                    .filter(|(l, r)| {
                        l.is_some_and(|l| known(&format!("{l}{word}")))
                            || r.is_some_and(|r| known(&format!("{word}{r}")))
                    })
                    .count();
                if inside_known * 2 >= t.left.len().max(1) {
                    return None;
                }
                let (left_entropy, right_entropy) = (entropy(t.left), entropy(t.right));
                let free = left_entropy.min(right_entropy);
                if free < opts.min_entropy {
                    return None;
                }
                let compound = splits.iter().any(|&k| {
                    let (a, b) = (&word[..k], &word[k..]);
                    a.chars().nth(1).is_some() && b.chars().nth(1).is_some() && known(a) && known(b)
                });
                let mut examples: Vec<String> = Vec::new();
                for (doc, s, e) in t.examples {
                    let ex = context(texts[doc], s, e);
                    if !examples.contains(&ex) {
                        examples.push(ex);
                    }
                }
                Some(Candidate {
                    word: word.to_string(),
                    count: c as usize,
                    pmi,
                    left_entropy,
                    right_entropy,
                    score: pmi * free * (1.0 + c).ln() * if compound { 0.5 } else { 1.0 },
                    examples,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.count.cmp(&a.count))
                .then_with(|| a.word.cmp(&b.word))
        });
        out.truncate(opts.top);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_repeated_free_string_and_not_its_fragments() {
        let text = "甲说：项目为王。乙说，项目为王！丙想“项目为王”。丁问：项目为王？";
        let found = discover(&[text], &|_| false, &NewWordOptions::default());
        assert_eq!(found.first().map(|c| c.word.as_str()), Some("项目为王"));
        let top = &found[0];
        assert_eq!(top.count, 4);
        assert!(top.left_entropy > 1.3 && top.right_entropy > 1.3);
        assert!(!found
            .iter()
            .any(|c| c.word == "项目为" || c.word == "目为王"));
        assert_eq!(top.examples.len(), 3);
        let known = discover(&[text], &|w| w == "项目为王", &NewWordOptions::default());
        assert!(!known.iter().any(|c| c.word == "项目为王"));
    }

    #[test]
    fn fragments_of_known_words_are_not_candidates() {
        // 委书记 is free on both sides but always inside a known word
        let text = "市委书记说，县委书记讲，省委书记到，区委书记来。".repeat(3);
        let known = |w: &str| ["市委书记", "县委书记", "省委书记", "区委书记", "书记"].contains(&w);
        let opts = NewWordOptions {
            min_count: 2,
            min_pmi: 0.0,
            min_entropy: 0.0,
            ..NewWordOptions::default()
        };
        let found = discover(&[text.as_str()], &known, &opts);
        assert!(found.iter().all(|c| c.word != "委书记"), "{found:?}");
    }

    #[test]
    fn stepping_takes_several_steps_and_finds_what_one_call_finds() {
        let text =
            "甲说：项目为王。乙说，项目为王！丙想“项目为王”。丁问：经开区智改数转？".repeat(10_000);
        let texts = [text.as_str(), "经开区的项目为王", ""];
        let known = |w: &str| w == "项目";
        let opts = NewWordOptions::default();
        let mut d = Discovery::new(&texts, &known, &opts);
        let mut steps = 0;
        let mut last = d.progress();
        assert_eq!(last.0, 0);
        while d.step() {
            steps += 1;
            let now = d.progress();
            assert!(now.0 > last.0 && now.0 <= now.1, "{last:?} → {now:?}");
            last = now;
        }
        assert!(steps >= 4, "{steps} steps");
        assert_eq!(d.progress().0, d.progress().1);
        let found = d.finish();
        assert!(!found.is_empty());
        assert_eq!(found, discover(&texts, &known, &opts));
    }

    #[test]
    fn total_on_odd_input() {
        for t in [
            "",
            "a",
            "的的的的的",
            "\u{20000}\u{20001}",
            "中",
            "中文中文",
        ] {
            let _ = discover(&[t, t], &|_| false, &NewWordOptions::default());
        }
        let opts = NewWordOptions {
            min_len: 0,
            max_len: 100,
            min_count: 0,
            ..NewWordOptions::default()
        };
        let _ = discover(&["中文中文，中文"], &|_| false, &opts);
    }
}
