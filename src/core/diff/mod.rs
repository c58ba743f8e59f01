//! What changed between two versions of a report: sentences, terms, targets.
//!
//! Why: the first question asked of a new government work report is what
//! changed since last year — which targets moved (`增长5.5%左右` →
//! `增长5%左右`), which phrases are new (`新质生产力`) or gone (`疫情防控`),
//! which sentences were added, cut or rewritten. General diff tools strike
//! whole paragraphs of Chinese; word-frequency comparisons lose the sentences.
//!
//! How: [`diff_documents`] takes two segmented clean texts ([`DiffDoc`]) and
//! runs three independent passes, each in its own module:
//!
//! - [`sentences`]: split on `。！？；` and line ends, align by longest common
//!   subsequence over whole sentences (bounded: common prefix and suffix
//!   first, exact dynamic programming only for small middles, unique-sentence
//!   anchors for large ones), pair edited sentences in the gaps as *changed*
//!   when their character-bigram similarity reaches a threshold, detect
//!   *moved* sentences, and mark numbering-only edits (`五是` → `四是`) minor.
//! - [`words`]: the token-level edit script of each changed pair over the
//!   jieba tokens (`same` / `insert` / `delete`).
//! - [`terms`]: new and dropped terms (quoted terms and slogans first, then
//!   multi-token terms ranked by salience), and terms across a dated series.
//! - [`targets`]: figures aligned by normalised indicator, one row per
//!   indicator with the value in each document and the change.
//!
//! [`contract`] turns the result into the CLI's JSON contract, [`files`] into
//! CSV tables and a printable HTML report. Everything is pure and total:
//! any text (empty, unrelated, 10 MB) gives a result in bounded time, and
//! every offset is a byte offset on a char boundary of its clean text. Very
//! long inputs are compared paragraph by paragraph, and the result says so
//! ([`Notice::ParagraphLevel`]).

pub mod contract;
pub mod files;
pub mod sentences;
pub mod targets;
pub mod terms;
pub mod words;

use crate::core::explore::trends::{date_order, document_date, DocDate};
use crate::core::report::{DocumentReport, Figure, Quote};
use crate::core::segment::Token;
use serde::{Deserialize, Serialize};

pub use sentences::{Level, Op, OpKind, Span};
pub use targets::{TargetChange, TargetRow, TargetValue};
pub use terms::{SeriesTerm, TermChange};
pub use words::{TokenOp, WordOp};

/// One document to compare: its clean text and what analysis found in it.
#[derive(Debug, Clone, Copy)]
pub struct DiffDoc<'a> {
    /// The document's name.
    pub name: &'a str,
    /// Its clean text.
    pub text: &'a str,
    /// Its jieba tokens (byte spans of `text`); may be empty, then words
    /// are compared character by character and terms are not found.
    pub tokens: &'a [Token],
    /// Its figures (as [`crate::core::extract::extract`] finds them).
    pub figures: &'a [Figure],
    /// Its quoted terms and slogans.
    pub quotes: &'a [Quote],
}

impl<'a> DiffDoc<'a> {
    /// A document as the analysis left it: its report and its tokens.
    pub fn from_report(report: &'a DocumentReport, tokens: &'a [Token]) -> Self {
        DiffDoc {
            name: &report.name,
            text: &report.clean_text,
            tokens,
            figures: &report.figures,
            quotes: &report.quotes,
        }
    }
}

/// Thresholds of the comparison; the defaults suit work reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiffOptions {
    /// Character-bigram similarity (Dice, 0–1) from which an edited sentence
    /// is *changed* rather than removed and added.
    pub similarity: f64,
    /// How many new and how many dropped terms to report.
    pub top_terms: usize,
    /// How often a multi-token term must occur to count (quoted terms count
    /// from one occurrence).
    pub min_term_count: usize,
    /// Above this many sentences on either side, compare paragraphs.
    pub max_sentences: usize,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            similarity: 0.5,
            top_terms: 60,
            min_term_count: 2,
            max_sentences: 20_000,
        }
    }
}

/// Something the reader of a comparison should know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// The two texts are the same: there are no changes.
    Identical,
    /// The texts were too long to align sentence by sentence; paragraphs
    /// (lines) were aligned instead.
    ParagraphLevel,
    /// Some changed pairs were too long for a word-level comparison and are
    /// shown as a whole deletion and insertion.
    WordsLimited,
    /// The old document has no text.
    OldEmpty,
    /// The new document has no text.
    NewEmpty,
    /// Few sentences are shared: the texts look unrelated.
    Unrelated,
}

/// The comparison of two versions of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionDiff {
    /// Name of the old version.
    pub old_name: String,
    /// Name of the new version.
    pub new_name: String,
    /// Whether sentences or paragraphs were aligned.
    pub level: Level,
    /// The alignment in reading order: every old and every new sentence
    /// appears exactly once, old ones in old order, new ones in new order.
    pub ops: Vec<Op>,
    /// New terms, most salient first.
    pub new_terms: Vec<TermChange>,
    /// Dropped terms, most salient first.
    pub dropped_terms: Vec<TermChange>,
    /// Targets by indicator; `values` holds the old then the new value.
    pub targets: Vec<TargetRow>,
    /// What the reader should know (identical texts, paragraph level …).
    pub notices: Vec<Notice>,
}

impl VersionDiff {
    /// Whether nothing changed (no added, removed, changed or moved sentence).
    pub fn is_identical(&self) -> bool {
        self.ops.iter().all(|o| o.kind == OpKind::Same)
    }

    /// How many ops are of `kind`.
    pub fn count(&self, kind: OpKind) -> usize {
        self.ops.iter().filter(|o| o.kind == kind).count()
    }
}

/// Compares `old` with `new` (see the module docs).
pub fn diff_documents(old: &DiffDoc, new: &DiffDoc, opts: &DiffOptions) -> VersionDiff {
    let mut run = DiffRun::new(*old, *new, opts.clone());
    while run.step() {}
    run.finish()
}

/// Changed pairs compared word by word in one [`DiffRun::step`].
pub const PAIRS_PER_STEP: usize = 256;

/// A comparison done step by step, so a caller (the worker) can yield and
/// cancel between steps: [`DiffRun::step`] until it returns `false`, then
/// [`DiffRun::finish`]. Each step is one stage, or up to [`PAIRS_PER_STEP`]
/// changed pairs of the word-level stage.
pub struct DiffRun<'a> {
    old: DiffDoc<'a>,
    new: DiffDoc<'a>,
    opts: DiffOptions,
    stage: u8,
    level: Level,
    ops: Vec<Op>,
    next_op: usize,
    budget: words::Budget,
    new_terms: Vec<TermChange>,
    dropped_terms: Vec<TermChange>,
    targets: Vec<TargetRow>,
}

impl<'a> DiffRun<'a> {
    /// Prepares the comparison of `old` with `new`.
    pub fn new(old: DiffDoc<'a>, new: DiffDoc<'a>, opts: DiffOptions) -> Self {
        DiffRun {
            old,
            new,
            opts,
            stage: 0,
            level: Level::Sentence,
            ops: Vec::new(),
            next_op: 0,
            budget: words::Budget::default(),
            new_terms: Vec::new(),
            dropped_terms: Vec::new(),
            targets: Vec::new(),
        }
    }

    /// Does the next step; `false` when there is nothing left to do.
    pub fn step(&mut self) -> bool {
        match self.stage {
            0 => {
                let al = sentences::align(self.old.text, self.new.text, &self.opts);
                self.level = al.level;
                self.ops = al.ops;
                self.stage = 1;
            }
            1 => {
                let mut done = 0;
                while self.next_op < self.ops.len() && done < PAIRS_PER_STEP {
                    if let Some(op) = self.ops.get_mut(self.next_op) {
                        if let (OpKind::Changed, Some(a), Some(b)) = (op.kind, op.old, op.new) {
                            op.tokens =
                                words::diff_words(&self.old, a, &self.new, b, &mut self.budget);
                            done += 1;
                        }
                    }
                    self.next_op += 1;
                }
                if self.next_op >= self.ops.len() {
                    self.stage = 2;
                }
            }
            2 => {
                (self.new_terms, self.dropped_terms) =
                    terms::term_changes(&self.old, &self.new, &self.opts);
                self.stage = 3;
            }
            3 => {
                self.targets = targets::align_targets(&[&self.old, &self.new]);
                self.stage = 4;
            }
            _ => return false,
        }
        self.stage < 4
    }

    /// The comparison (complete once [`DiffRun::step`] returned `false`).
    pub fn finish(self) -> VersionDiff {
        let (old, new) = (self.old, self.new);
        let mut notices = Vec::new();
        if self.level == Level::Paragraph {
            notices.push(Notice::ParagraphLevel);
        }
        if self.budget.exhausted {
            notices.push(Notice::WordsLimited);
        }
        let mut diff = VersionDiff {
            old_name: old.name.to_string(),
            new_name: new.name.to_string(),
            level: self.level,
            ops: self.ops,
            new_terms: self.new_terms,
            dropped_terms: self.dropped_terms,
            targets: self.targets,
            notices,
        };
        let has_text = |d: &DiffDoc| !d.text.trim().is_empty();
        if diff.is_identical() {
            diff.notices.insert(0, Notice::Identical);
        }
        if !has_text(&old) {
            diff.notices.push(Notice::OldEmpty);
        }
        if !has_text(&new) {
            diff.notices.push(Notice::NewEmpty);
        }
        let same = diff.count(OpKind::Same) + diff.count(OpKind::Changed);
        let sides = diff.ops.iter().filter_map(Op::new_here).count().max(1);
        if has_text(&old) && has_text(&new) && same * 10 < sides {
            diff.notices.push(Notice::Unrelated);
        }
        diff
    }
}

/// One document of a series, in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesDoc {
    /// Its name.
    pub name: String,
    /// Its date, from the name or the first line.
    pub date: Option<DocDate>,
    /// Its index in the input.
    pub index: usize,
}

/// Terms and targets over documents in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesDiff {
    /// The documents in date order (undated ones keep their place).
    pub docs: Vec<SeriesDoc>,
    /// Terms with their count in each document (in `docs` order), those that
    /// appear or disappear within the series first.
    pub terms: Vec<SeriesTerm>,
    /// Targets with their value in each document (in `docs` order).
    pub targets: Vec<TargetRow>,
}

/// Terms and targets across `docs`, put in date order first.
pub fn series(docs: &[DiffDoc], opts: &DiffOptions) -> SeriesDiff {
    let dates: Vec<Option<DocDate>> = docs.iter().map(|d| document_date(d.name, d.text)).collect();
    let order = date_order(&dates);
    let ordered: Vec<&DiffDoc> = order.iter().filter_map(|&i| docs.get(i)).collect();
    SeriesDiff {
        docs: order
            .iter()
            .filter_map(|&i| {
                Some(SeriesDoc {
                    name: docs.get(i)?.name.to_string(),
                    date: dates.get(i).copied().flatten(),
                    index: i,
                })
            })
            .collect(),
        terms: terms::series_terms(&ordered, opts),
        targets: targets::align_targets(&ordered),
    }
}

/// Rebuilds the new text's sentences from a diff: the new side of every op
/// that has one, in order. Joined, they equal
/// [`sentences::split`] of the new text (a property test checks it).
pub fn new_side<'a>(diff: &VersionDiff, new_text: &'a str) -> Vec<&'a str> {
    diff.ops
        .iter()
        .filter_map(Op::new_here)
        .filter_map(|s| new_text.get(s.start..s.end))
        .collect()
}
