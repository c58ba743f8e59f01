//! Why something the page asked for could not be done, as a type (issue 20,
//! point 5).
//!
//! Errors used to cross the worker boundary as strings in Chinese and
//! English, so the page could not show one language. They cross as a
//! [`Fault`] now: a [`FaultKind`] and the values its message names (a file
//! format, a page count, a URL …), and only `ui::i18n` turns one into text, in
//! the page's language. The CLI never sees a `Fault`: it prints the core
//! errors ([`CoreError`], [`UserDictError`]) as it always did.
//!
//! Why a kind and its values rather than the core enums themselves: the page
//! reads every answer of the worker, so each type inside a `Fault` costs it
//! deserialising, comparing and localising code before first paint: measured
//! with `trunk build --release` and tests/e2e/first-paint.test.mjs, the
//! nested enums cost the page 4,604 bytes brotli (of a 250,000 budget with
//! ~5,000 left), this form 2,118. Each kind documents its values, and the
//! constructors below are the only places that lay them out.
//!
//! A few faults are raised by the page itself (a file too large to read, a
//! worker lost, browser storage refused); they are kinds here too, so that a
//! document's refusal has one type whoever found it.

use crate::core::error::CoreError;
use crate::core::explore::kwic::{KwicError, MAX_PATTERN_CHARS};
use crate::core::userdict::UserDictError;
use serde::{Deserialize, Serialize};

/// What went wrong; the values a kind carries are listed with it, in order.
/// `ui::i18n` has one template per kind in this order: add kinds at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FaultKind {
    // --- core refused a document or an asset ([`CoreError`]) ---
    /// Not a text file: what it looks like (a [`BinaryKind`] index).
    ///
    /// [`BinaryKind`]: crate::core::error::BinaryKind
    Binary,
    /// Undecodable: the encoding tried last.
    Undecodable,
    /// A damaged container: format, reason.
    BadDocument,
    /// A damaged PDF or OFD: format, reason.
    Damaged,
    /// A truncated PDF or OFD: format.
    Truncated,
    /// A scan: format, pages.
    NoTextLayer,
    /// Fonts without a character map: pages.
    NoUnicode,
    /// A PDF that needs a password.
    PasswordRequired,
    /// An encryption Wenxi cannot open: method.
    UnsupportedEncryption,
    /// The reader worker is missing: format.
    NeedsReader,
    /// A damaged dictionary asset: asset, reason.
    BadAsset,
    // --- the concordance's query ([`KwicError`]) ---
    /// No search term.
    EmptyQuery,
    /// A pattern too long: its chars, the limit.
    PatternTooLong,
    /// An invalid pattern: the regex crate's reason.
    InvalidPattern,
    // --- the user dictionary ([`UserDictError`]) ---
    /// Bad lines, four values each: line number, problem (a
    /// [`LineProblem`] index), the value at fault (or empty), the line.
    ///
    /// [`LineProblem`]: crate::core::userdict::LineProblem
    UserDict,
    // --- the worker ---
    /// A download failed: URL, what the browser said.
    Download,
    /// A server answered an error: URL, HTTP status.
    HttpStatus,
    /// Downloaded data could not be inflated: URL, what the browser said.
    DamagedDownload,
    /// The documents changed during an export.
    ChangedDuringExport,
    /// The document asked for is not analysed (any more).
    NoSuchDocument,
    /// A query the worker does not answer with a file (a bug of the page).
    UnsupportedQuery,
    /// An export of an export (a bug of the page).
    NestedExport,
    /// A view without an export (a bug of the page).
    UnsupportedExport,
    /// An export could not be written: what the writer said.
    ExportFailed,
    // --- raised by the page ---
    /// A file too large to read: its size and the limit, in MB.
    TooLarge,
    /// The analysis worker stopped answering and was restarted.
    WorkerLost,
    /// A user-dictionary file is not UTF-8.
    NotUtf8,
    /// Browser storage is full: what the browser said.
    StorageFull,
    /// Browser storage cannot be used: what the browser said.
    StorageUnavailable,
}

/// Why a document, an asset, a query or an export was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// What went wrong.
    pub kind: FaultKind,
    /// The values its message names, as [`FaultKind`] lists them.
    pub args: Vec<String>,
}

impl Fault {
    /// A fault of `kind` with these values.
    pub fn new(kind: FaultKind, args: Vec<String>) -> Self {
        Fault { kind, args }
    }

    /// A fault that names no value.
    pub fn of(kind: FaultKind) -> Self {
        Fault::new(kind, Vec::new())
    }

    /// A file of `bytes` over the `limit` (bytes) the page reads.
    pub fn too_large(bytes: usize, limit: usize) -> Self {
        // whole MiB, rounded half to even as `{:.0}` of the quotient was —
        // in integers: float formatting would cost the page ~10 KB of wasm
        let (q, r) = (bytes >> 20, bytes & ((1 << 20) - 1));
        let up = r > 1 << 19 || (r == 1 << 19 && q % 2 == 1);
        let mb = (q + usize::from(up)).to_string();
        Fault::new(FaultKind::TooLarge, vec![mb, (limit >> 20).to_string()])
    }
}

impl From<CoreError> for Fault {
    fn from(e: CoreError) -> Self {
        use FaultKind as K;
        let (kind, args) = match e {
            CoreError::Binary { looks_like } => (K::Binary, vec![looks_like.index().to_string()]),
            CoreError::Undecodable { encoding } => (K::Undecodable, vec![encoding]),
            CoreError::BadDocument { format, reason } => (K::BadDocument, vec![format, reason]),
            CoreError::Damaged { format, reason } => (K::Damaged, vec![format, reason]),
            CoreError::Truncated { format } => (K::Truncated, vec![format]),
            CoreError::NoTextLayer { format, pages } => {
                (K::NoTextLayer, vec![format, pages.to_string()])
            }
            CoreError::NoUnicode { pages } => (K::NoUnicode, vec![pages.to_string()]),
            CoreError::PasswordRequired => (K::PasswordRequired, Vec::new()),
            CoreError::UnsupportedEncryption { method } => (K::UnsupportedEncryption, vec![method]),
            CoreError::NeedsReader { format } => (K::NeedsReader, vec![format]),
            CoreError::BadAsset { asset, reason } => (K::BadAsset, vec![asset, reason]),
        };
        Fault::new(kind, args)
    }
}

impl From<KwicError> for Fault {
    fn from(e: KwicError) -> Self {
        match e {
            KwicError::EmptyQuery => Fault::of(FaultKind::EmptyQuery),
            KwicError::PatternTooLong { chars } => Fault::new(
                FaultKind::PatternTooLong,
                vec![chars.to_string(), MAX_PATTERN_CHARS.to_string()],
            ),
            KwicError::InvalidPattern { reason } => {
                Fault::new(FaultKind::InvalidPattern, vec![reason])
            }
        }
    }
}

impl From<UserDictError> for Fault {
    fn from(e: UserDictError) -> Self {
        let args = e
            .lines
            .into_iter()
            .flat_map(|l| {
                [
                    l.line.to_string(),
                    l.reason.index().to_string(),
                    l.reason.value().to_string(),
                    l.text,
                ]
            })
            .collect();
        Fault::new(FaultKind::UserDict, args)
    }
}
