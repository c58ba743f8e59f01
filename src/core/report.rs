//! The analysis report: the JSON contract of `wenxi analyze --json`.
//!
//! Field names are a contract with users' scripts and with later features:
//! fields may be added, never renamed or dropped. Fields that later analyses
//! fill are always present, as empty arrays until then.

use super::clean::Rule;
use super::convert::Script;
use super::keywords::Keyword;
use serde::{Deserialize, Serialize};

/// The whole report over a set of documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always `"wenxi"`.
    pub tool: String,
    /// The version of Wenxi that wrote the report.
    pub version: String,
    /// One entry per document that could be analysed, in input order.
    pub documents: Vec<DocumentReport>,
    /// One entry per document that could not be read or decoded.
    pub errors: Vec<DocumentError>,
}

impl Report {
    /// An empty report stamped with this tool's name and version.
    pub fn new() -> Self {
        Report {
            tool: "wenxi".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            documents: Vec::new(),
            errors: Vec::new(),
        }
    }
}

impl Default for Report {
    fn default() -> Self {
        Self::new()
    }
}

/// A document that could not be analysed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentError {
    /// The document's name as given.
    pub name: String,
    /// What went wrong, in Chinese and English.
    pub error: String,
}

/// Everything Wenxi found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    /// The file name as given (or the title of a pasted text).
    pub name: String,
    /// The encoding the bytes were decoded from.
    pub encoding: String,
    /// `simplified`, `traditional` or `mixed` (in JSON), of the original text.
    pub script: Script,
    /// The text after cleaning and conversion, which all analyses read.
    pub clean_text: String,
    /// What cleaning removed or replaced, with byte spans into the decoded original.
    pub removed: Vec<Removal>,
    /// Number of word tokens (tokens with a letter, digit or Han character).
    pub tokens: usize,
    /// Top keywords by TF-IDF.
    pub keywords: Vec<Keyword>,
    /// People, places and organisations.
    pub entities: Vec<Entity>,
    /// Numbers with units and what they measure.
    pub figures: Vec<Figure>,
    /// Quoted terms, book titles and numbered formulas.
    pub quotes: Vec<Quote>,
    /// The numbered structure of a speech or report.
    pub outline: Vec<OutlineItem>,
    // --- issue 16: paged documents ---
    /// The document's format: `txt`, `md`, `html`, `docx`, `pdf` or `ofd`.
    /// Always written; absent in reports of older versions, where it reads as `txt`.
    #[serde(default = "txt")]
    pub format: String,
    /// The page count of a PDF or OFD; `null` for formats without pages.
    #[serde(default)]
    pub pages: Option<usize>,
}

fn txt() -> String {
    "txt".to_string()
}

/// One removal or replacement made by cleaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// The rule that made it: `pinyin`, `boilerplate`, `blank_lines`,
    /// `width`, `variant`, `page_furniture` (a string in JSON).
    pub kind: Rule,
    /// The original text that was removed or replaced.
    pub text: String,
    /// Start byte offset in the decoded original.
    pub start: usize,
    /// End byte offset in the decoded original.
    pub end: usize,
}

/// A named entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The name as written.
    pub text: String,
    /// `person`, `place` or `org`.
    pub kind: EntityKind,
    /// The official title next to a person's name, if any.
    pub title: Option<String>,
    /// How often it occurs.
    pub count: usize,
    /// Byte spans `(start, end)` of each occurrence in the clean text.
    #[serde(default)]
    pub spans: Vec<(usize, usize)>,
    /// For an organisation: a generic reference to bodies (`各板块`,
    /// `部委办局`, `各有关部门`) rather than one named body. Always written
    /// (the worker protocol's bincode cannot skip fields); absent in
    /// reports of older versions, where it reads as `false`.
    #[serde(default)]
    pub generic: bool,
    /// Why it was found (a title, a listed place, a suffix …). Always
    /// written; absent in reports of older versions, where it reads as
    /// `rule`.
    #[serde(default)]
    pub evidence: Evidence,
}

/// What an entity is; serialised as `person`, `place` or `org` (the
/// strings reports always had), localised only in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place.
    Place,
    /// An organisation.
    Org,
}

impl EntityKind {
    /// The serialised name: `person`, `place` or `org`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Org => "org",
        }
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for EntityKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for EntityKind {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// Ordered by name (`org` < `person` < `place`), as the strings were.
impl Ord for EntityKind {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for EntityKind {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Why an entity was found; serialised as its snake_case name (`title`,
/// `gazetteer` …), the stable key the app localises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// A rule of a version that did not record evidence.
    #[default]
    Rule,
    /// An official title or form of address next to the name (`市委书记陈金虎`,
    /// `克林顿总统`, `记者 王俊`).
    Title,
    /// A surname and a reporting verb or title after it (`邓小平说`,
    /// `王明同志`).
    Context,
    /// A `、`-list or `等领导` list with a name already found.
    List,
    /// jieba's dictionary tags the word a name, place or organisation.
    Dictionary,
    /// A transliterated foreign name (`克林顿`, `儒勒·凡尔纳`).
    ForeignName,
    /// A listed place: a Chinese division, a country, a world city, a
    /// region, river or mountain.
    Gazetteer,
    /// A name and a suffix: `常州` + `经开区`, `北京` + `大学`, `市` + `统计局`.
    Suffix,
    /// A short form a context makes a place (`中美关系`, `访华`), or the
    /// short form of a name the text gives in full (`大同` after `大同市`,
    /// `潍柴动力` after `潍柴动力股份有限公司`).
    Abbreviation,
    /// A generic reference to bodies (`各有关部门`).
    Generic,
    /// A common surname starting a word the dictionary does not know
    /// (jieba's HMM joined `高允连`).
    Surname,
    /// The place of a news dateline (`本报巴黎6月18日电`, `新华社阿比让…电`).
    Dateline,
}

impl Evidence {
    /// The serialised name (`title`, `gazetteer` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::Rule => "rule",
            Evidence::Title => "title",
            Evidence::Context => "context",
            Evidence::List => "list",
            Evidence::Dictionary => "dictionary",
            Evidence::ForeignName => "foreign_name",
            Evidence::Gazetteer => "gazetteer",
            Evidence::Suffix => "suffix",
            Evidence::Abbreviation => "abbreviation",
            Evidence::Generic => "generic",
            Evidence::Surname => "surname",
            Evidence::Dateline => "dateline",
        }
    }
}

/// A figure: a number with its unit and what it measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The figure as written, e.g. `169.6亿元`.
    pub text: String,
    /// The numeric value in the stated unit.
    pub value: f64,
    /// The unit, e.g. `亿元`, `%`, `个百分点`.
    pub unit: String,
    /// The indicator it measures, e.g. `地区生产总值`.
    pub indicator: String,
    /// The direction of change (`增长`, `下降` …), if stated.
    pub change: Option<String>,
    /// The sentence it stands in.
    pub sentence: String,
    /// The period it refers to (`1—7月`, `前三季度`, `全年` …), if stated.
    #[serde(default)]
    pub period: Option<String>,
    /// Start byte offset of `text` in the clean text.
    #[serde(default)]
    pub start: Option<usize>,
    /// End byte offset of `text` in the clean text.
    #[serde(default)]
    pub end: Option<usize>,
    /// For a range (`10—15亿元`), its upper bound; `value` is the lower.
    #[serde(default)]
    pub value_max: Option<f64>,
}

/// A quoted term, a book title or a numbered formula.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The text inside the quotation marks, or the formula.
    pub text: String,
    /// `quote`, `book_title` or `numbered` in JSON.
    pub kind: QuoteKind,
    /// How often it occurs (0 in reports written before counts existed).
    #[serde(default)]
    pub count: usize,
    /// Byte spans `(start, end)` of each occurrence's text in the clean text.
    #[serde(default)]
    pub spans: Vec<(usize, usize)>,
}

/// What a [`Quote`] is; serialised as the strings `book_title`, `numbered`
/// and `quote` that reports have always used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A `《…》` title of a book, document or law.
    BookTitle,
    /// A numbered formula (`3+5+X`, `十四五`, `六稳六保`).
    Numbered,
    /// Any other quoted term.
    Quote,
}

impl QuoteKind {
    /// The name written in JSON and CSV: `book_title`, `numbered`, `quote`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::BookTitle => "book_title",
            QuoteKind::Numbered => "numbered",
            QuoteKind::Quote => "quote",
        }
    }
}

impl std::fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One point of a speech or report outline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineItem {
    /// The marker, e.g. `一要`, `（二）`.
    pub marker: String,
    /// The first sentence of the point.
    pub text: String,
    /// Nesting depth, 1 for the outermost list; `None` when unknown.
    #[serde(default)]
    pub level: Option<usize>,
    /// Start byte offset of the marker in the clean text.
    #[serde(default)]
    pub start: Option<usize>,
    /// End byte offset of `text` in the clean text.
    #[serde(default)]
    pub end: Option<usize>,
}
