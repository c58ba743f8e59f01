//! The analysis pipeline: original text → clean text → tokens → analyses.
//!
//! [`prepare`] turns a decoded original into the clean text every analysis
//! reads, keeping an [`OffsetChain`] back to the original; [`analyze`] runs
//! segmentation and keyword extraction over it and fills a [`DocumentReport`].
//! The worker and the CLI both call these two functions and nothing else, so
//! the app and the CLI give the same answers.

use super::clean::{clean, CleanOptions};
use super::convert::{detect_script, to_simplified, Script};
use super::dict::Dictionary;
use super::keywords::tfidf;
use super::offsets::OffsetChain;
use super::report::{DocumentReport, Removal};
use super::segment::{is_word, segment, SegmentOptions, Token};
use super::stopwords::{StopwordEdits, Stopwords};
use serde::{Deserialize, Serialize};
use std::ops::ControlFlow;

/// What the pipeline does; the defaults suit Chinese government and news texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyzeOptions {
    /// How many keywords to report.
    pub top_keywords: usize,
    /// Which cleaning rules run.
    pub clean: CleanOptions,
    /// Convert Traditional characters to Simplified.
    pub to_simplified: bool,
    /// Use jieba's HMM for words the dictionary does not know.
    pub hmm: bool,
    /// Segment with the policy lexicon (项目为王, 经开区, 个百分点 …) when the
    /// dictionary has one loaded. Absent in options saved by older versions,
    /// where it reads as `true`.
    #[serde(default = "yes")]
    pub policy_lexicon: bool,
    /// The user's changes to the stopword list (keywords and frequency views
    /// skip stopwords; the text is never changed).
    #[serde(default)]
    pub stopwords: StopwordEdits,
}

fn yes() -> bool {
    true
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            top_keywords: 20,
            clean: CleanOptions::default(),
            to_simplified: true,
            hmm: true,
            policy_lexicon: true,
            stopwords: StopwordEdits::default(),
        }
    }
}

/// The clean text of a document and how it relates to the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// The text analyses read.
    pub text: String,
    /// Maps clean-text offsets back to the original.
    pub chain: OffsetChain,
    /// The script of the original.
    pub script: Script,
    /// What cleaning removed, with spans into the original.
    pub removed: Vec<Removal>,
}

/// Runs the text-changing steps of the pipeline.
pub fn prepare(original: &str, opts: &AnalyzeOptions) -> Prepared {
    let cleaned = clean(original, &opts.clean);
    let (mut text, mut chain): (String, OffsetChain) = (cleaned.text, cleaned.chain);
    let (simplified, map) = to_simplified(&text);
    let script = detect_script(&text, &simplified);
    if opts.to_simplified {
        text = simplified;
        chain.push(map);
    }
    Prepared {
        text,
        chain,
        script,
        removed: cleaned.removed,
    }
}

/// Segments a prepared text (see [`segment`]) and joins quantities and
/// dates into single tokens (see [`super::retoken`]).
pub fn tokens(
    dict: &Dictionary,
    prepared: &Prepared,
    opts: &AnalyzeOptions,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Option<Vec<Token>> {
    let seg = SegmentOptions {
        hmm: opts.hmm,
        ..SegmentOptions::default()
    };
    let toks = segment(
        dict.segmenter(opts.policy_lexicon),
        &prepared.text,
        &seg,
        progress,
    )?;
    // issue 15: quantities and dates as one token each (see `retoken`)
    Some(super::retoken::retoken(&prepared.text, &toks))
}

/// Builds the report of a prepared and segmented document.
pub fn report(
    dict: &Dictionary,
    name: &str,
    encoding: &str,
    prepared: Prepared,
    toks: &[Token],
    opts: &AnalyzeOptions,
) -> DocumentReport {
    report_steps(dict, name, encoding, prepared, toks, opts, &mut |_, _| {})
}

/// How many steps [`report_steps`] reports.
pub const REPORT_STEPS: usize = super::extract::EXTRACT_STEPS + 2;

/// [`report`], calling `step(done, REPORT_STEPS)` as it goes (after jieba's
/// tags are looked up, after each extraction pass, after the keywords): the
/// worker turns these into progress, so the bar moves through the report
/// of a long document too.
pub fn report_steps(
    dict: &Dictionary,
    name: &str,
    encoding: &str,
    prepared: Prepared,
    toks: &[Token],
    opts: &AnalyzeOptions,
    step: &mut dyn FnMut(usize, usize),
) -> DocumentReport {
    let format = super::formats::Format::of_document(name, encoding);
    let pages = super::formats::page_count(format, &prepared.text);
    let text = &prepared.text;
    let hinted = hints(dict, text, toks);
    step(1, REPORT_STEPS);
    let extraction =
        super::extract::extract_steps(text, &hinted, &mut |k, _| step(1 + k, REPORT_STEPS));
    // names feed segmentation: a recognised name counts as one word
    let mut merged = toks.to_vec();
    merge_names(&mut merged, &extraction.entities);
    let words = merged
        .iter()
        .map(|t| &text[t.start..t.end])
        .filter(|w| is_word(w));
    let word_count = words.clone().count();
    // placeholders (xx, 某某) are never findings (issue 21)
    let keywords = tfidf(
        words.filter(|w| !super::noise::is_placeholder(w)),
        &dict.idf,
        &Stopwords::default_zh_edited(&opts.stopwords),
        opts.top_keywords,
    );
    step(REPORT_STEPS, REPORT_STEPS);
    DocumentReport {
        name: name.to_string(),
        encoding: encoding.to_string(),
        script: prepared.script,
        clean_text: prepared.text,
        removed: prepared.removed,
        tokens: word_count,
        keywords,
        entities: extraction.entities,
        figures: extraction.figures,
        quotes: extraction.quotes,
        outline: extraction.outline,
        format: format.name().to_string(),
        pages,
    }
}

/// Joins the tokens of every mention of a recognised person, place or
/// organisation into one token, so that frequency, keywords, the cloud and
/// the concordance count `钱学森` as one word wherever jieba cut it
/// `钱/学森`. A mention whose ends fall inside a token is left as it is, and
/// overlapping mentions keep the first (longest) one; offsets stay on the
/// tokens' own boundaries, so on char boundaries. Linear in the tokens and
/// mentions (after sorting the mentions).
pub fn merge_names(toks: &mut Vec<Token>, entities: &[super::report::Entity]) {
    let mut spans: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| !e.generic)
        .flat_map(|e| e.spans.iter().copied())
        .filter(|(a, b)| a < b)
        .collect();
    spans.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    if spans.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(toks.len());
    let mut s = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        while s < spans.len() && spans[s].0 < t.start {
            s += 1;
        }
        if let Some(&(a, b)) = spans.get(s).filter(|sp| sp.0 == t.start && sp.1 > t.end) {
            // tokens from i while they end within the mention
            let mut j = i;
            while j < toks.len() && toks[j].end < b && toks[j].start >= a {
                j += 1;
            }
            if j < toks.len() && toks[j].end == b && j > i {
                out.push(Token { start: a, end: b });
                i = j + 1;
                continue;
            }
        }
        out.push(t);
        i += 1;
    }
    *toks = out;
}

/// Words jieba joins to a name before them (`邓小平理论`).
const NAME_WORDS: &[&str] = &[
    "理论", "思想", "主义", "精神", "同志", "时代", "路线", "旗帜",
];

/// Suffixes of the bodies jieba's dictionary holds as one word without
/// tagging them one (`可口可乐公司/l`, `李嘉诚基金会/nr`, `雅虎公司/nr`).
const FIRM_SUFFIXES: &[&str] = &["有限公司", "公司", "集团", "基金会", "银行", "大学"];

/// Whether the dictionary word `w` (tag `tag`) names one body: it ends in
/// a [`FIRM_SUFFIXES`] suffix after a name of two chars or more that the
/// dictionary does not hold (`美国微软`) or holds as a rare name
/// (`李嘉诚`, `戴尔`, `耐克`, `可口可乐`: tagged `nr`, `nz` or `i`, frequency under 1,000 —
/// not `师范` of `师范大学` nor `顾问` of `顾问公司`, common words the
/// dictionary tags a name).
fn firm_word(dict: &Dictionary, w: &str, tag: &str) -> bool {
    if matches!(tag, "nt" | "x") || w.len() < 12 {
        return false;
    }
    FIRM_SUFFIXES.iter().any(|s| {
        w.strip_suffix(s).is_some_and(|body| {
            body.chars().count() >= 2
                && body.chars().all(crate::core::han::is_han)
                && match dict.entry_of(body) {
                    None => true,
                    Some((f, t)) => (t.starts_with("nr") || matches!(t, "nz" | "i")) && f < 1000,
                }
        })
    })
}

/// The dictionary tag of `w`, except that a three-char "name" made of a
/// common word (frequency 300 or more) and one more char (`高水平`, `严肃性`, `牛鼻子`: jieba's
/// dictionary tags them `nr`) reads as a noun: a real name's surname and
/// given name rarely make a common word.
fn name_tag<'d>(dict: &'d Dictionary, w: &str) -> &'d str {
    let tag = dict
        .tag_of(w)
        .or_else(|| dict.lexicon_tag(w))
        .unwrap_or("x");
    if firm_word(dict, w, tag) {
        return "nt";
    }
    if !tag.starts_with("nr") {
        return tag;
    }
    let chars: Vec<(usize, char)> = w.char_indices().collect();
    if chars.len() == 3 {
        let (first, last) = (&w[..chars[2].0], &w[chars[1].0..]);
        // a common word: frequent in jieba's corpus, and no name itself
        // (a place name is no common word: `陈/亚平`)
        let word = |x: &str| {
            dict.entry_of(x)
                .is_some_and(|(f, t)| f >= 300 && !t.starts_with("nr") && !t.starts_with("ns"))
        };
        if word(first) || word(last) {
            return "n";
        }
    }
    tag
}

/// What segmentation found in `text`, for extraction: each token with its
/// dictionary tag (looked up once per distinct token).
pub fn hints(dict: &Dictionary, text: &str, toks: &[Token]) -> super::extract::Hints {
    use super::extract::hints::WordClass;
    /// What a word longer than a char is: its class, or a name and a word
    /// jieba joined (the name's length in bytes and chars); with its
    /// length in chars.
    #[derive(Clone, Copy)]
    enum Word {
        Class(WordClass, u32),
        Split(usize, u32, u32),
    }
    let word = |w: &str| -> Word {
        // `邓小平理论`, `马克思主义`: a name and a word jieba joined (only
        // a token ending in a name word's last char can be one)
        let last = w.chars().next_back();
        let split = NAME_WORDS.iter().any(|s| s.chars().next_back() == last);
        let split = split
            .then(|| {
                NAME_WORDS.iter().find_map(|s| {
                    let name = w.strip_suffix(s)?;
                    (name.chars().count() >= 2
                        && dict.tag_of(name).is_some_and(|t| t.starts_with("nr")))
                    .then_some(name.len())
                })
            })
            .flatten();
        let chars = w.chars().count() as u32;
        match split {
            Some(n) => {
                let name = w.get(..n).map_or(0, |x| x.chars().count()) as u32;
                Word::Split(n, name, chars - name)
            }
            None => Word::Class(WordClass::of_tag(name_tag(dict, w)), chars),
        }
    };
    // each distinct token classed once: single chars in a table by char
    // (most tokens; no hashing), words of up to 7 bytes (two Han
    // chars: most of the rest) in a map keyed by their bytes as a number,
    // longer words in a map by text
    let mut seen: super::extract::FxMap<&str, Word> = Default::default();
    let mut short: super::extract::FxMap<u64, Word> = Default::default();
    let mut single: super::extract::FxMap<char, WordClass> = Default::default();
    let mut table = vec![None::<WordClass>; CHAR_SLOTS];
    // each token classed and handed on at once (no vector of every
    // classed token in between: 32 bytes a token written and read again)
    // (key 0 is no word's: a word's length is in its key's top byte)
    let mut recent = vec![(0u64, Word::Class(WordClass::Unknown, 0)); 1 << RECENT_BITS];
    let bytes = text.as_bytes();
    let mut out = super::extract::hints::Builder::new(text, toks.len());
    for t in toks {
        let Some(w) = text.get(t.start..t.end) else {
            continue;
        };
        let b = w.as_bytes();
        // one char: its first byte says how many bytes it has (no decoding
        // of the token to see whether a second char follows)
        let one = b.first().is_some_and(|&x| {
            let width = match x {
                0..=0x7F => 1,
                0x80..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            width == b.len()
        });
        if let Some(c) = one.then(|| w.chars().next()).flatten() {
            // one char: no name word is joined to it, no three-char rule
            let class = |w: &str| WordClass::of_tag(name_tag(dict, w));
            let u = c as usize;
            let slot = if u < CHAR_LOW {
                Some(u)
            } else {
                u.checked_sub(CHAR_WIDE).map(|k| CHAR_LOW + k)
            };
            let slot = slot.and_then(|k| table.get_mut(k));
            let class = match slot {
                Some(slot) => *slot.get_or_insert_with(|| class(w)),
                None => *single.entry(c).or_insert_with(|| class(w)),
            };
            out.push(t.start, t.end, class, Some(1));
            continue;
        }
        let found = match b.len() {
            // (the length in the top byte keeps `a` and `a\0` apart)
            n @ 1..=7 => {
                // the bytes as a little-endian number: eight read at once
                // where the text has them, the ones past the token masked
                let low = match bytes.get(t.start..t.start + 8).map(<[u8; 8]>::try_from) {
                    Some(Ok(eight)) => u64::from_le_bytes(eight) & (u64::MAX >> (64 - 8 * n)),
                    _ => b.iter().rev().fold(0u64, |k, &x| k << 8 | u64::from(x)),
                };
                let key = low | (n as u64) << 56;
                // (a slot per hash of the key in front of the map: most
                // tokens are words seen before, found with no probing)
                let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_BITS)) as usize;
                match recent.get_mut(slot) {
                    Some((k, found)) if *k == key => *found,
                    Some(entry) => {
                        let found = *short.entry(key).or_insert_with(|| word(w));
                        *entry = (key, found);
                        found
                    }
                    None => *short.entry(key).or_insert_with(|| word(w)),
                }
            }
            _ => *seen.entry(w).or_insert_with(|| word(w)),
        };
        match found {
            Word::Class(class, chars) => out.push(t.start, t.end, class, Some(chars)),
            Word::Split(n, name, rest) => {
                out.push(t.start, t.start + n, WordClass::Person, Some(name));
                out.push(t.start + n, t.end, WordClass::Noun, Some(rest));
            }
        }
    }
    out.finish()
}

/// The chars below this (Latin, punctuation, the common Han blocks) and the
/// full-width forms from [`CHAR_WIDE`] (`，：；（）`) are the chars
/// [`hints`] classes in a table (punctuation went through a hash map).
const CHAR_LOW: usize = 0xA000;

/// Where the full-width forms start.
const CHAR_WIDE: usize = 0xFF00;

/// Bits of the index of [`hints`]' slots of recent short words.
const RECENT_BITS: u32 = 12;

/// Slots of [`hints`]' table of chars.
const CHAR_SLOTS: usize = CHAR_LOW + 0x100;

/// Analyses one decoded document: [`prepare`], [`tokens`], [`report`].
///
/// `progress(done, total)` is called as segmentation advances; when it returns
/// `Break` the analysis stops and `None` is returned.
pub fn analyze(
    dict: &Dictionary,
    name: &str,
    encoding: &str,
    original: &str,
    opts: &AnalyzeOptions,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Option<DocumentReport> {
    let prepared = prepare(original, opts);
    let toks = tokens(dict, &prepared, opts, progress)?;
    Some(report(dict, name, encoding, prepared, &toks, opts))
}
