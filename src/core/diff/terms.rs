//! New and dropped terms between versions, and terms across a series.
//!
//! A *term* is a quoted term or slogan (`“人工智能+”`, numbered formulas),
//! or a run of 2–[`MAX_TOKENS`] word tokens inside one sentence (no
//! punctuation inside) that starts and ends with a non-stopword, holds no
//! Arabic digit (years and figures are targets, not terms) and occurs at
//! least `min_term_count` times; a single token counts only when it is a
//! compound of four or more characters (`疫情防控`). A term is
//! *new* when the old text does not contain it at all (as a token run or
//! as a substring — a segmentation difference is not a new term), and
//! *dropped* the other way round.
//!
//! New runs come in families (`新质`, `新质生产力`, `发展新质生产力`). Two
//! rules keep one member: a run that never occurs outside a longer new run
//! (same count) gives way to the longer run; then a run that contains a
//! kept shorter new run gives way to it. Terms are ranked quoted first,
//! then by salience, count × ln(1 + characters); ties by the term.
//!
//! Runs are counted by a 64-bit hash of their token ids, so a document of
//! 100 KB costs a few hundred thousand hash-map updates, not string copies.

use super::{DiffDoc, DiffOptions};
use crate::core::report::QuoteKind;
use crate::core::segment::is_word;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Longest term in tokens.
pub const MAX_TOKENS: usize = 8;

/// Shortest single-token term in characters: single words are ordinary
/// vocabulary (全面, 坚持) unless they are long compounds such as a policy
/// lexicon's 疫情防控; terms proper are runs of 2–8 tokens.
const MIN_WORD_CHARS: usize = 4;

/// Longest term in characters.
const MAX_CHARS: usize = 24;

/// Longest quoted term that counts as a term, in characters.
const MAX_QUOTE_CHARS: usize = 16;

/// A term that is new in one version or dropped from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermChange {
    /// The term.
    pub term: String,
    /// How often it occurs in the version that has it.
    pub count: usize,
    /// Whether it is quoted (a slogan, a formula) in that version.
    pub quoted: bool,
    /// Its salience (higher first).
    pub score: f64,
}

/// A term across a series of documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesTerm {
    /// The term.
    pub term: String,
    /// Its count in each document, in series order.
    pub counts: Vec<usize>,
    /// The first document (index in the series) where it occurs.
    pub first: usize,
    /// The last document where it occurs.
    pub last: usize,
    /// Whether it is quoted in some document.
    pub quoted: bool,
}

/// Token ids shared by the documents of one comparison.
#[derive(Default)]
struct Interner<'a> {
    ids: HashMap<&'a str, u32>,
    /// Per id: whether the token is a stopword or holds an Arabic digit
    /// (may not start or end a term), and its length in chars.
    info: Vec<(bool, bool, usize)>,
}

impl<'a> Interner<'a> {
    fn id(&mut self, w: &'a str, stop: &Stopwords) -> Option<u32> {
        if !is_word(w) {
            return None;
        }
        let n = self.ids.len() as u32;
        let id = *self.ids.entry(w).or_insert(n);
        if id == n {
            let digit = w.chars().any(|c| c.is_ascii_digit());
            self.info.push((stop.contains(w), digit, w.chars().count()));
        }
        Some(id)
    }
}

/// A document as word ids, `None` at punctuation and spaces.
struct Units<'a> {
    words: Vec<&'a str>,
    ids: Vec<Option<u32>>,
}

fn units<'a>(doc: &DiffDoc<'a>, int: &mut Interner<'a>, stop: &Stopwords) -> Units<'a> {
    let words: Vec<&'a str> = doc
        .tokens
        .iter()
        .filter_map(|t| doc.text.get(t.start..t.end))
        .collect();
    let ids = words.iter().map(|w| int.id(w, stop)).collect();
    Units { words, ids }
}

fn mix(h: u64, id: u32) -> u64 {
    let mut z = (h ^ (u64::from(id) + 1)).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Where a run occurs first and how often.
#[derive(Clone, Copy)]
struct Gram {
    pos: usize,
    len: usize,
    count: usize,
}

/// Calls `f(key, pos, len)` for every run that may be a term.
fn for_each_run(u: &Units, int: &Interner, mut f: impl FnMut(u64, usize, usize)) {
    let info = |id: u32| {
        int.info
            .get(id as usize)
            .copied()
            .unwrap_or((true, true, 0))
    };
    for i in 0..u.ids.len() {
        let Some(first) = u.ids[i] else { continue };
        let (stop, _, _) = info(first);
        if stop {
            continue;
        }
        let mut h = 0u64;
        let mut chars = 0;
        for n in 1..=MAX_TOKENS {
            let Some(Some(id)) = u.ids.get(i + n - 1).copied() else {
                break;
            };
            let (stop, digit, len) = info(id);
            if digit {
                break;
            }
            chars += len;
            if chars > MAX_CHARS {
                break;
            }
            h = mix(h, id);
            // one token is a term only when it is a long compound (疫情防控)
            if !stop && chars >= if n == 1 { MIN_WORD_CHARS } else { 2 } {
                f(h, i, n);
            }
        }
    }
}

fn key_of(u: &Units, pos: usize, len: usize) -> Option<u64> {
    let mut h = 0u64;
    for k in pos..pos + len {
        h = mix(h, (*u.ids.get(k)?)?);
    }
    Some(h)
}

fn count_runs(u: &Units, int: &Interner) -> HashMap<u64, Gram> {
    let mut grams: HashMap<u64, Gram> = HashMap::with_capacity(u.ids.len() * 2);
    for_each_run(u, int, |h, pos, len| {
        grams
            .entry(h)
            .and_modify(|g| g.count += 1)
            .or_insert(Gram { pos, len, count: 1 });
    });
    grams
}

fn term_text(u: &Units, pos: usize, len: usize) -> String {
    u.words
        .get(pos..pos + len)
        .map(|w| w.concat())
        .unwrap_or_default()
}

/// Applies the two family rules (module docs) to candidate runs of `u`.
fn keep_family(u: &Units, cands: &HashMap<u64, Gram>) -> Vec<u64> {
    let subs = |g: &Gram| -> Vec<u64> {
        let mut out = Vec::new();
        for l in 1..g.len {
            for s in 0..=g.len - l {
                if let Some(k) = key_of(u, g.pos + s, l) {
                    out.push(k);
                }
            }
        }
        out
    };
    let mut gone: HashSet<u64> = HashSet::new();
    for g in cands.values() {
        for k in subs(g) {
            if cands.get(&k).is_some_and(|s| s.count == g.count) {
                gone.insert(k);
            }
        }
    }
    let mut kept: Vec<u64> = cands
        .keys()
        .filter(|k| !gone.contains(k))
        .copied()
        .collect();
    let kept_set: HashSet<u64> = kept.iter().copied().collect();
    kept.retain(|k| {
        cands
            .get(k)
            .is_some_and(|g| !subs(g).iter().any(|s| kept_set.contains(s)))
    });
    kept
}

fn salience(count: usize, term: &str) -> f64 {
    count as f64 * (1.0 + term.chars().count() as f64).ln()
}

fn rank(terms: &mut [TermChange]) {
    terms.sort_by(|a, b| {
        b.quoted
            .cmp(&a.quoted)
            .then(b.score.total_cmp(&a.score))
            .then_with(|| a.term.cmp(&b.term))
    });
}

/// Whether a quote counts as a term.
fn quote_term(kind: &QuoteKind, text: &str) -> bool {
    matches!(kind, QuoteKind::Quote | QuoteKind::Numbered)
        && text.chars().count() <= MAX_QUOTE_CHARS
        && !text
            .chars()
            .any(|c| "，,。；;：:！？!?".contains(c) || c.is_whitespace())
}

/// Terms of `b` that `a` lacks, ranked (see the module docs).
fn appeared(
    a: &DiffDoc,
    ga: &HashMap<u64, Gram>,
    b: &DiffDoc,
    ub: &Units,
    gb: &HashMap<u64, Gram>,
    opts: &DiffOptions,
) -> Vec<TermChange> {
    let mut out: Vec<TermChange> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for q in b.quotes {
        if quote_term(&q.kind, &q.text) && !a.text.contains(&q.text) && seen.insert(q.text.clone())
        {
            out.push(TermChange {
                term: q.text.clone(),
                count: q.count.max(1),
                quoted: true,
                score: salience(q.count.max(1), &q.text),
            });
        }
    }
    let cands: HashMap<u64, Gram> = gb
        .iter()
        .filter(|(k, g)| g.count >= opts.min_term_count.max(1) && !ga.contains_key(k))
        .filter(|(_, g)| !a.text.contains(&term_text(ub, g.pos, g.len)))
        .map(|(k, g)| (*k, *g))
        .collect();
    for k in keep_family(ub, &cands) {
        let Some(g) = cands.get(&k) else { continue };
        let term = term_text(ub, g.pos, g.len);
        if seen.insert(term.clone()) {
            out.push(TermChange {
                score: salience(g.count, &term),
                term,
                count: g.count,
                quoted: false,
            });
        }
    }
    rank(&mut out);
    out.truncate(opts.top_terms);
    out
}

/// New terms (in `new`, not in `old`) and dropped ones (the other way).
pub fn term_changes(
    old: &DiffDoc,
    new: &DiffDoc,
    opts: &DiffOptions,
) -> (Vec<TermChange>, Vec<TermChange>) {
    let stop = Stopwords::default_zh();
    let mut int = Interner::default();
    let ua = units(old, &mut int, &stop);
    let ub = units(new, &mut int, &stop);
    let ga = count_runs(&ua, &int);
    let gb = count_runs(&ub, &int);
    (
        appeared(old, &ga, new, &ub, &gb, opts),
        appeared(new, &gb, old, &ua, &ga, opts),
    )
}

/// Terms across `docs` (in series order): each with its count per
/// document and its first and last document; terms that appear or
/// disappear within the series first, then by salience.
pub fn series_terms(docs: &[&DiffDoc], opts: &DiffOptions) -> Vec<SeriesTerm> {
    let stop = Stopwords::default_zh();
    let mut int = Interner::default();
    let all: Vec<Units> = docs.iter().map(|d| units(d, &mut int, &stop)).collect();
    // pass 1: candidates, with where each first occurs
    let mut cands: HashMap<u64, (usize, Gram)> = HashMap::new();
    for (d, u) in all.iter().enumerate() {
        for (k, g) in count_runs(u, &int) {
            if g.count >= opts.min_term_count.max(1) {
                cands.entry(k).or_insert((d, g));
            }
        }
    }
    // pass 2: counts in every document
    let n = docs.len();
    let mut counts: HashMap<u64, Vec<usize>> = cands.keys().map(|k| (*k, vec![0; n])).collect();
    for (d, u) in all.iter().enumerate() {
        for_each_run(u, &int, |h, _, _| {
            if let Some(c) = counts.get_mut(&h).and_then(|c| c.get_mut(d)) {
                *c += 1;
            }
        });
    }
    // family rules per document of first occurrence, on total counts
    let mut out: Vec<SeriesTerm> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (d, u) in all.iter().enumerate() {
        let local: HashMap<u64, Gram> = cands
            .iter()
            .filter(|(_, (fd, _))| *fd == d)
            .map(|(k, (_, g))| {
                let total = counts.get(k).map_or(g.count, |c| c.iter().sum());
                (*k, Gram { count: total, ..*g })
            })
            .collect();
        for k in keep_family(u, &local) {
            let (Some(g), Some(c)) = (local.get(&k), counts.get(&k)) else {
                continue;
            };
            let term = term_text(u, g.pos, g.len);
            if seen.insert(term.clone()) {
                out.push(series_term(term, c.clone(), false));
            }
        }
    }
    // quoted terms, counted as substrings
    let mut quoted: Vec<(&str, usize)> = Vec::new();
    for d in docs {
        for q in d.quotes {
            if quote_term(&q.kind, &q.text) {
                quoted.push((&q.text, q.count));
            }
        }
    }
    quoted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut quote_seen: HashSet<&str> = HashSet::new();
    for (q, _) in quoted {
        if quote_seen.len() >= 100 || !quote_seen.insert(q) {
            continue;
        }
        let c: Vec<usize> = docs.iter().map(|d| d.text.matches(q).count()).collect();
        out.retain(|t| t.term != q);
        out.push(series_term(q.to_string(), c, true));
    }
    let moves = |t: &SeriesTerm| t.first > 0 || t.last + 1 < n;
    let score = |t: &SeriesTerm| salience(t.counts.iter().sum(), &t.term);
    out.sort_by(|a, b| {
        moves(b)
            .cmp(&moves(a))
            .then(b.quoted.cmp(&a.quoted))
            .then(score(b).total_cmp(&score(a)))
            .then_with(|| a.term.cmp(&b.term))
    });
    out.truncate(opts.top_terms.saturating_mul(4));
    out
}

fn series_term(term: String, counts: Vec<usize>, quoted: bool) -> SeriesTerm {
    let first = counts.iter().position(|&c| c > 0).unwrap_or(0);
    let last = counts.iter().rposition(|&c| c > 0).unwrap_or(0);
    SeriesTerm {
        term,
        counts,
        first,
        last,
        quoted,
    }
}
