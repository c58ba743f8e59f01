//! Cleaning: web junk out, content in, every change on record.
//!
//! Text copied from government and document-sharing sites carries pinyin
//! annotations inside words (`會(huì)議`), navigation and "posted by" lines,
//! copyright and "recommended reading" lines, runs of blank lines, full-width
//! digits and the odd variant character (蕞 for 最). Each [`Rule`] is a small,
//! switchable step; [`clean`] runs them in order, composes their offset maps
//! and turns every change into a [`Removal`] whose span points into the
//! original text, so the UI can strike removals through and nothing the user
//! pasted is ever lost.

mod boilerplate;
mod controls;
mod furniture;
mod pinyin;
mod variants;
mod whitespace;

use super::normalize::normalize_width;
use super::offsets::{OffsetChain, OffsetMap, Rewriter};
use super::report::Removal;
use serde::{Deserialize, Serialize};

pub use boilerplate::is_boilerplate_line;
pub use controls::is_stray_control;
pub use furniture::is_page_number;
pub use pinyin::is_toned_syllable;
use pinyin::strip_pinyin;

/// A cleaning rule; also the `kind` of a [`Removal`], serialised as
/// `control`, `boilerplate`, `pinyin`, `blank_lines`, `width`, `variant` or
/// `page_furniture`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Stray control and invisible format characters (NUL, bell, bidi
    /// overrides, zero-width spaces).
    Control,
    /// Lines of site furniture: navigation, publish info, copyright, share, links.
    Boilerplate,
    /// Pinyin annotations after characters: `會(huì)` → `會`.
    Pinyin,
    /// Whitespace-only lines emptied, and runs of blank lines folded to one.
    BlankLines,
    /// Full-width digits and letters folded to half-width.
    Width,
    /// Conservative variant-character fixes (蕞 → 最).
    Variant,
    /// Running headers, footers and page numbers of paged documents (PDF, OFD).
    PageFurniture,
}

impl Rule {
    /// Every rule, in the order [`clean`] applies them.
    pub const ALL: [Rule; 7] = [
        Rule::Control,
        Rule::PageFurniture,
        Rule::Boilerplate,
        Rule::Pinyin,
        Rule::BlankLines,
        Rule::Width,
        Rule::Variant,
    ];

    /// The `kind` written into [`Removal`]s (the same string as its JSON form).
    pub fn kind(self) -> &'static str {
        self.as_str()
    }

    /// The rule's name: `control`, `boilerplate`, `pinyin`, `blank_lines`,
    /// `width`, `variant`, `page_furniture`.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Control => "control",
            Rule::Boilerplate => "boilerplate",
            Rule::Pinyin => "pinyin",
            Rule::BlankLines => "blank_lines",
            Rule::Width => "width",
            Rule::Variant => "variant",
            Rule::PageFurniture => "page_furniture",
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Rule {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Which rules run; all are on by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CleanOptions {
    /// Remove stray control characters.
    #[serde(default = "on")]
    pub controls: bool,
    /// Remove boilerplate lines.
    pub boilerplate: bool,
    /// Remove pinyin annotations.
    pub pinyin: bool,
    /// Fold blank lines.
    pub blank_lines: bool,
    /// Fold full-width digits and letters.
    pub width: bool,
    /// Fix variant characters.
    pub variants: bool,
    /// Remove running headers, footers and page numbers of paged documents.
    /// Absent in options saved by older versions, where it reads as `true`.
    #[serde(default = "on")]
    pub page_furniture: bool,
}

/// Serde's default for rules added after options were first stored.
fn on() -> bool {
    true
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions {
            controls: true,
            boilerplate: true,
            pinyin: true,
            blank_lines: true,
            width: true,
            variants: true,
            page_furniture: true,
        }
    }
}

impl CleanOptions {
    /// No rule at all: the clean text is the original.
    pub fn none() -> Self {
        CleanOptions {
            controls: false,
            boilerplate: false,
            pinyin: false,
            blank_lines: false,
            width: false,
            variants: false,
            page_furniture: false,
        }
    }

    /// Whether `rule` is on.
    pub fn enabled(&self, rule: Rule) -> bool {
        match rule {
            Rule::Control => self.controls,
            Rule::Boilerplate => self.boilerplate,
            Rule::Pinyin => self.pinyin,
            Rule::BlankLines => self.blank_lines,
            Rule::Width => self.width,
            Rule::Variant => self.variants,
            Rule::PageFurniture => self.page_furniture,
        }
    }

    /// Switches `rule` on or off.
    pub fn set(&mut self, rule: Rule, on: bool) {
        let flag = match rule {
            Rule::Control => &mut self.controls,
            Rule::Boilerplate => &mut self.boilerplate,
            Rule::Pinyin => &mut self.pinyin,
            Rule::BlankLines => &mut self.blank_lines,
            Rule::Width => &mut self.width,
            Rule::Variant => &mut self.variants,
            Rule::PageFurniture => &mut self.page_furniture,
        };
        *flag = on;
    }
}

/// The output of one rule: text, map to its input, and the input spans it changed.
pub(crate) struct Step {
    pub text: String,
    pub map: OffsetMap,
    pub changed: Vec<(usize, usize)>,
}

impl Step {
    /// Builds a step from a rewriter, deriving the changed spans from its map.
    pub(crate) fn from_rewriter(rw: Rewriter) -> Step {
        let (text, map) = rw.finish();
        let changed = map.changed_input_spans();
        Step { text, map, changed }
    }
}

fn run(rule: Rule, text: &str) -> Step {
    match rule {
        Rule::Control => controls::remove(text),
        Rule::Boilerplate => boilerplate::remove(text),
        Rule::Pinyin => strip_pinyin(text),
        Rule::BlankLines => whitespace::fold_blank_lines(text),
        Rule::Width => {
            let (t, map) = normalize_width(text);
            let changed = map.changed_input_spans();
            Step {
                text: t,
                map,
                changed,
            }
        }
        Rule::Variant => variants::fix(text),
        Rule::PageFurniture => furniture::remove(text),
    }
}

/// `text` without its pinyin annotations (`會(huì)議` → `會議`): the pinyin
/// rule alone, for callers that need no record of the change (a pasted
/// document's title). It keeps the other rules' code out of the page's wasm.
pub fn without_pinyin(text: &str) -> String {
    strip_pinyin(text).text
}

/// The clean text, its offset chain back to `original`, and the removals.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// Maps clean offsets to original offsets.
    pub chain: OffsetChain,
    /// Every change, in original order within each rule.
    pub removed: Vec<Removal>,
}

/// Runs the enabled rules over `original`.
///
/// ```
/// use wenxi::core::clean::{clean, CleanOptions};
/// let c = clean("當前位置:首頁 > 新聞\n代市長(zhǎng)主持會(huì)議\n", &CleanOptions::default());
/// assert_eq!(c.text, "代市長主持會議\n");
/// assert_eq!(c.removed.iter().map(|r| r.kind.as_str()).collect::<Vec<_>>(),
///            ["boilerplate", "pinyin", "pinyin"]);
/// ```
pub fn clean(original: &str, opts: &CleanOptions) -> Cleaned {
    let mut chain = OffsetChain::default();
    let mut text = original.to_string();
    let mut removed = Vec::new();
    for rule in Rule::ALL {
        if !opts.enabled(rule) {
            continue;
        }
        let step = run(rule, &text);
        for (s, e) in step.changed {
            let (os, oe) = chain.span_to_original(s, e);
            removed.push(Removal {
                kind: rule,
                text: original.get(os..oe).unwrap_or_default().to_string(),
                start: os,
                end: oe,
            });
        }
        chain.push(step.map);
        text = step.text;
    }
    Cleaned {
        text,
        chain,
        removed,
    }
}
