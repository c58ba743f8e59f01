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
    let format = super::formats::Format::of_document(name, encoding);
    let pages = super::formats::page_count(format, &prepared.text);
    let text = &prepared.text;
    let extraction = super::extract::extract(text);
    let words = toks
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
