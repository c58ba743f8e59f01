//! The JSON contract of `wenxi diff --json` (and of the app's JSON export):
//!
//! ```text
//! {tool, version, old: {name}, new: {name},
//!  sentences: {added: [{text, start, end}], removed: [{text, start, end}],
//!              changed: [{old, new, minor, tokens: [{op, text}]}],
//!              moved: [{text}], unchanged: N},
//!  terms: {new: [{term, count}], dropped: [{term, count}]},
//!  figures: [{indicator, old: {text, value, unit} | null, new: {…} | null, change}]}
//! ```
//!
//! Offsets are byte offsets into each clean text. Fields may be added in
//! later versions, never renamed or removed; the extra fields today are
//! `identical`, `level`, `notices`, the offsets of changed and moved
//! sentences, `quoted` on terms, and `delta` and the wording on figures.

use super::sentences::{OpKind, Span};
use super::targets::TargetValue;
use super::words::TokenOp;
use super::{Level, Notice, TermChange, VersionDiff};
use serde::Serialize;

/// The whole document.
#[derive(Debug, Clone, Serialize)]
pub struct DiffJson {
    /// Always `wenxi`.
    pub tool: &'static str,
    /// The version of Wenxi.
    pub version: &'static str,
    /// The old document.
    pub old: NameJson,
    /// The new document.
    pub new: NameJson,
    /// Whether the texts have no changes.
    pub identical: bool,
    /// `sentence` or `paragraph`.
    pub level: Level,
    /// What the reader should know.
    pub notices: Vec<Notice>,
    /// Sentence changes.
    pub sentences: SentencesJson,
    /// New and dropped terms.
    pub terms: TermsJson,
    /// Targets by indicator.
    pub figures: Vec<FigureJson>,
}

/// A document's name.
#[derive(Debug, Clone, Serialize)]
pub struct NameJson {
    /// The name.
    pub name: String,
}

/// A sentence with its byte span.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceJson {
    /// The sentence.
    pub text: String,
    /// Start byte offset in its clean text.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
}

/// A changed pair.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedJson {
    /// The old sentence.
    pub old: String,
    /// The new sentence.
    pub new: String,
    /// Numbering or punctuation only.
    pub minor: bool,
    /// Token-level edits.
    pub tokens: Vec<TokenOp>,
    /// Span of the old sentence.
    pub old_start: usize,
    /// End of that span.
    pub old_end: usize,
    /// Span of the new sentence.
    pub new_start: usize,
    /// End of that span.
    pub new_end: usize,
}

/// A moved sentence.
#[derive(Debug, Clone, Serialize)]
pub struct MovedJson {
    /// The sentence (as in the new text).
    pub text: String,
    /// Where it was in the old text.
    pub old_start: usize,
    /// End of that span.
    pub old_end: usize,
    /// Where it is in the new text.
    pub new_start: usize,
    /// End of that span.
    pub new_end: usize,
}

/// The sentence section.
#[derive(Debug, Clone, Serialize)]
pub struct SentencesJson {
    /// Only in the new text.
    pub added: Vec<SentenceJson>,
    /// Only in the old text.
    pub removed: Vec<SentenceJson>,
    /// Rewritten.
    pub changed: Vec<ChangedJson>,
    /// Moved.
    pub moved: Vec<MovedJson>,
    /// How many stayed as they were.
    pub unchanged: usize,
}

/// A term and its count.
#[derive(Debug, Clone, Serialize)]
pub struct TermJson {
    /// The term.
    pub term: String,
    /// Its count in the version that has it.
    pub count: usize,
    /// Quoted (a slogan or formula).
    pub quoted: bool,
}

/// The term section.
#[derive(Debug, Clone, Serialize)]
pub struct TermsJson {
    /// New terms.
    pub new: Vec<TermJson>,
    /// Dropped terms.
    pub dropped: Vec<TermJson>,
}

/// One side of a target row.
#[derive(Debug, Clone, Serialize)]
pub struct ValueJson {
    /// As written, with direction and qualifier.
    pub text: String,
    /// The number.
    pub value: f64,
    /// The unit.
    pub unit: String,
    /// `增长`, `下降` … or null.
    pub direction: Option<String>,
    /// `左右`, `以上` … or null.
    pub qualifier: Option<String>,
    /// Start byte offset of the figure.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
}

/// A target row.
#[derive(Debug, Clone, Serialize)]
pub struct FigureJson {
    /// The normalised indicator.
    pub indicator: String,
    /// The old value, or null.
    pub old: Option<ValueJson>,
    /// The new value, or null.
    pub new: Option<ValueJson>,
    /// `same`, `up`, `down`, `reworded`, `new` or `dropped`.
    pub change: &'static str,
    /// New minus old, when both exist in the same unit.
    pub delta: Option<f64>,
}

fn cut(text: &str, s: Span) -> String {
    text.get(s.start..s.end).unwrap_or("").to_string()
}

fn sentence(text: &str, s: Span) -> SentenceJson {
    SentenceJson {
        text: cut(text, s),
        start: s.start,
        end: s.end,
    }
}

fn value(v: &TargetValue) -> ValueJson {
    ValueJson {
        text: v.text.clone(),
        value: v.value,
        unit: v.unit.clone(),
        direction: v.direction.clone(),
        qualifier: v.qualifier.clone(),
        start: v.start,
        end: v.end,
    }
}

fn term(t: &TermChange) -> TermJson {
    TermJson {
        term: t.term.clone(),
        count: t.count,
        quoted: t.quoted,
    }
}

/// The contract form of `diff` of texts `old` and `new`.
pub fn to_json(diff: &VersionDiff, old: &str, new: &str) -> DiffJson {
    let mut s = SentencesJson {
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
        moved: Vec::new(),
        unchanged: 0,
    };
    for op in &diff.ops {
        match (op.kind, op.old, op.new) {
            (OpKind::Same, _, _) => s.unchanged += 1,
            (OpKind::Added, _, Some(b)) => s.added.push(sentence(new, b)),
            (OpKind::Removed, Some(a), _) => s.removed.push(sentence(old, a)),
            (OpKind::Changed, Some(a), Some(b)) => s.changed.push(ChangedJson {
                old: cut(old, a),
                new: cut(new, b),
                minor: op.minor,
                tokens: op.tokens.clone(),
                old_start: a.start,
                old_end: a.end,
                new_start: b.start,
                new_end: b.end,
            }),
            (OpKind::MovedTo, Some(a), Some(b)) => s.moved.push(MovedJson {
                text: cut(new, b),
                old_start: a.start,
                old_end: a.end,
                new_start: b.start,
                new_end: b.end,
            }),
            _ => {}
        }
    }
    DiffJson {
        tool: "wenxi",
        version: env!("CARGO_PKG_VERSION"),
        old: NameJson {
            name: diff.old_name.clone(),
        },
        new: NameJson {
            name: diff.new_name.clone(),
        },
        identical: diff.is_identical(),
        level: diff.level,
        notices: diff.notices.clone(),
        sentences: s,
        terms: TermsJson {
            new: diff.new_terms.iter().map(term).collect(),
            dropped: diff.dropped_terms.iter().map(term).collect(),
        },
        figures: diff
            .targets
            .iter()
            .map(|r| FigureJson {
                indicator: r.indicator.clone(),
                old: r.values.first().and_then(Option::as_ref).map(value),
                new: r.values.get(1).and_then(Option::as_ref).map(value),
                change: r.change.name(),
                delta: r.delta,
            })
            .collect(),
    }
}
