//! The only types that cross the boundary between the page and the analysis worker.
//!
//! The UI never imports worker internals and the worker never imports UI code;
//! both speak in these messages (serialised by gloo-worker's bincode codec).
//! A request carries a `job` number chosen by the UI so that progress and
//! results can be matched to the request that caused them.

use crate::core::analyze::AnalyzeOptions;
use crate::core::diff::files::DiffFile;
use crate::core::diff::VersionDiff;
use crate::core::explore::cloud::{CloudColour, CloudLayout, CloudOptions};
use crate::core::explore::collocates::{CollocateOptions, Collocates};
use crate::core::explore::compare::{Against, CompareOptions, Comparison};
use crate::core::explore::cooccur::{Network, NetworkOptions};
use crate::core::explore::dispersion::Dispersion;
use crate::core::explore::freq::{FreqOptions, FreqTable, Scope};
use crate::core::explore::kwic::{Concordance, KwicOptions, Query};
use crate::core::explore::ngrams::{NgramOptions, Ngrams};
use crate::core::explore::trends::Trends;
use crate::core::export::Table;
use crate::core::newwords::{Candidate, NewWordOptions};
use crate::core::offsets::OffsetChain;
use crate::core::report::DocumentReport;
use crate::core::segment::Mode;
use crate::core::stats::DocStats;
use crate::core::summary::{Summary, SummaryOptions};
use crate::core::userdict::UserDict;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

pub mod fault;
pub mod wire;
pub use fault::{Fault, FaultKind};

/// Relative URL of the dictionary asset (words, frequencies, tags and IDF in
/// the compact format of `core::wordtable`), resolved against the worker script.
pub const DICT_URL: &str = "dict/wenxi.dict.gz";
/// Relative URL of the policy lexicon (jieba user-dictionary format).
pub const POLICY_URL: &str = "lexicon/policy.txt";
/// Relative URL of the worker's loader script, resolved against the page.
pub const WORKER_URL: &str = "./worker_loader.js";

/// A document as the UI has it: pasted text, or the bytes of a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Source {
    /// Text pasted or typed by the user.
    Text(String),
    /// The bytes of a dropped or picked file, decoded in the worker.
    File {
        /// The raw bytes, shared: the page keeps them for storage, re-analysis
        /// and the pool's re-runs, and a copy of a 10 MiB file per request
        /// cost the page ~25 ms a time (issue 20). Same wire bytes as before.
        #[serde(with = "shared_bytes")]
        bytes: Rc<Vec<u8>>,
        /// An encoding label chosen by the user, overriding detection.
        encoding: Option<String>,
    },
    /// The text of a PDF or OFD file, read by the reader worker (issue 16):
    /// pages separated by form feeds.
    Paged {
        /// The text.
        text: String,
        /// `pdf` or `ofd`.
        format: String,
        /// The page count.
        pages: usize,
    },
    /// The text of any other file (plain text, HTML, Markdown, .docx),
    /// decoded by the reader worker (issue 19).
    Decoded {
        /// The text.
        text: String,
        /// The encoding found or chosen (`UTF-8`, `GB18030` …), or the
        /// container's name (`DOCX`).
        encoding: String,
    },
}

// --- issues 16 and 19: the reader worker ---

/// Relative URL of the reader worker's loader script. The reader turns the
/// bytes of every file into text; the page starts it only when the first
/// file arrives, so its decoders (legacy encodings, .docx, PDF, OFD) are
/// never part of the download before analysis is ready.
pub const READER_WORKER_URL: &str = "./reader_loader.js";

/// A file for the reader worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadRequest {
    /// The analysis job the text is for.
    pub job: u64,
    /// The file name (its extension picks the format).
    pub name: String,
    /// The file's bytes.
    #[serde(with = "bytes")]
    pub bytes: Vec<u8>,
    /// An encoding label chosen by the user, overriding detection.
    #[serde(default)]
    pub encoding: Option<String>,
}

/// The answer of the reader worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadResponse {
    /// The job of the request.
    pub job: u64,
    /// The text (as [`Source::Paged`] or [`Source::Decoded`]), or why the
    /// file is refused.
    pub result: Result<Source, Fault>,
}

/// A request from the UI to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Analyse one text. Queued until the dictionary is ready.
    Analyze {
        /// Chosen by the UI; echoed in every response about this job.
        job: u64,
        /// The document's id; the worker keeps its tokens under it for corpus views.
        doc: u64,
        /// The document's name (its extension picks the format of a file).
        name: String,
        /// What to analyse.
        source: Source,
        /// Pipeline options.
        options: AnalyzeOptions,
    },
    /// Drop a queued job, or stop a running one after its current chunk;
    /// also stops an `Explore`, `Segment` or `NewWords` request by its id at
    /// its next yield (issue 20), answered [`Response::Cancelled`].
    Cancel {
        /// The job to drop.
        job: u64,
    },
    /// Are you alive? Answered by [`Response::Pong`] between chunks.
    Ping,
    /// Forget a document's tokens (`None`: every document).
    Forget {
        /// The document, or all.
        doc: Option<u64>,
    },
    /// Replace the user dictionary (additions and deletions). Applied before
    /// the next job starts; answered by [`Response::UserDictApplied`]. The UI
    /// sends the stored dictionary first thing, and again to a restarted worker.
    SetUserDict {
        /// Chosen by the UI; echoed in the answer.
        id: u64,
        /// The dictionary.
        dict: UserDict,
    },
    /// One page of an analysed document's clean text, segmented and tagged.
    Segment {
        /// Chosen by the UI; echoed in the answer.
        id: u64,
        /// What to segment and how.
        query: SegmentQuery,
    },
    /// Candidate new words over the analysed documents.
    NewWords {
        /// Chosen by the UI; echoed in the answer.
        id: u64,
        /// The documents (unknown ids are skipped).
        docs: Vec<u64>,
        /// Thresholds.
        options: NewWordOptions,
        /// Count the policy lexicon's words as known.
        policy_lexicon: bool,
    },
    /// A corpus view over the analysed documents, in the given order.
    Explore {
        /// Chosen by the UI; echoed in the answer.
        id: u64,
        /// The documents, in corpus order (unknown ids are skipped).
        docs: Vec<u64>,
        /// What to compute.
        query: ExploreQuery,
    },
    /// Segments `text` `runs` times back to back, exactly as an analysis
    /// segments (prepared first, then [`crate::core::analyze::tokens`] with
    /// default options), and times each run: the benchmark's in-browser
    /// throughput, measured like criterion measures the native one
    /// (`bench/browser.mjs`). The page sends it on a `wenxi-bench` event.
    BenchSegment {
        /// Chosen by the sender; echoed in the answer.
        id: u64,
        /// The text.
        text: String,
        /// How many times (at most 100).
        runs: u32,
    },
    // --- version comparison (issue 17) ---
    /// Compare two analysed documents (or make a file of the comparison).
    /// Runs step by step, yielding between steps; [`Request::Cancel`] with
    /// the same `job` stops it. Answered by [`Response::Diffed`].
    Diff {
        /// Chosen by the UI; echoed in the answer (and used to cancel).
        job: u64,
        /// The old version's document id.
        old: u64,
        /// The new version's document id.
        new: u64,
        /// A file to make instead of the view.
        file: Option<DiffFile>,
    },
    // --- issue 19: the worker pool ---
    /// Makes this worker a secondary worker of the pool: it keeps no corpus,
    /// and after each analysis answers [`Response::Handoff`] (the document
    /// for the primary worker's corpus) before [`Response::Done`].
    Secondary,
    /// Keep a document analysed by a secondary worker in this (the primary)
    /// worker's corpus, for the corpus views. The page forwards the blob of
    /// a [`Response::Handoff`] as it came, without decoding it; a document
    /// already kept under a later job is not replaced.
    Adopt {
        /// The analysis job that produced the document.
        job: u64,
        /// The document's id.
        doc: u64,
        /// A [`Handoff`], bincode-encoded by the secondary worker.
        blob: Blob,
    },
}

/// Bytes of clean text per page of the segmented view.
pub const SEGMENT_PAGE_BYTES: usize = 6 * 1024;

/// Which page of which document to segment, and how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentQuery {
    /// The document.
    pub doc: u64,
    /// Precise, full or search mode.
    pub mode: Mode,
    /// Use jieba's HMM for unknown words.
    pub hmm: bool,
    /// Segment with the policy lexicon.
    pub policy_lexicon: bool,
    /// The page (from 0), used when `find` is empty or not found.
    pub page: usize,
    /// Show the page where this string first occurs instead.
    pub find: Option<String>,
}

/// One token of a [`SegmentPage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageToken {
    /// Start byte offset in the page text.
    pub start: u32,
    /// End byte offset in the page text.
    pub end: u32,
    /// Part-of-speech tag (jieba's set).
    pub tag: String,
}

/// A page of a document's clean text with its tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentPage {
    /// The document.
    pub doc: u64,
    /// This page, from 0.
    pub page: usize,
    /// Pages in the document.
    pub pages: usize,
    /// Byte offset of the page in the clean text.
    pub offset: usize,
    /// The page's text.
    pub text: String,
    /// Its tokens, in order (overlapping in full and search modes).
    pub tokens: Vec<PageToken>,
    /// Whether the `find` string occurs in the document.
    pub found: bool,
}

/// A corpus view the worker computes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExploreQuery {
    /// The frequency table of the corpus.
    Frequency(FreqOptions),
    /// Keyword in context.
    Concordance {
        /// What to look for.
        query: Query,
        /// Context width and order.
        options: KwicOptions,
    },
    /// A word cloud of the most frequent terms (stopwords removed).
    Cloud(CloudOptions),
    /// One page of the frequency table of a document or the corpus, every
    /// term tagged with its dictionary part of speech.
    FrequencyPage {
        /// The corpus, or one document by its index in the request's `docs`.
        scope: Scope,
        /// Filters and order (`limit` is ignored: the page says how many).
        options: FreqOptions,
        /// The first row of the page.
        offset: usize,
        /// Rows per page.
        page: usize,
    },
    /// Distinctive terms of one document against another or the rest.
    Compare {
        /// Document A, by its index in the request's `docs`.
        doc: usize,
        /// Document B, or all the other documents.
        against: Against,
        /// Thresholds.
        options: CompareOptions,
    },
    /// The co-occurrence network, laid out.
    Network(NetworkOptions),
    /// Counts of terms across documents in date order.
    Trends {
        /// The terms; when empty, the `top` most frequent words.
        terms: Vec<String>,
        /// How many frequent words to take when `terms` is empty.
        top: usize,
    },
    /// A view as a file to download, computed in full (no row limit).
    Export {
        /// The view: `FrequencyPage`, `Compare`, `Network`, `Trends`,
        /// `Concordance`, `Cloud`, `Collocates`, `Ngrams`, `Dispersion` or
        /// `Stats`.
        query: Box<ExploreQuery>,
        /// The file format.
        format: FileFormat,
    },
    /// Every report, table and chart of the corpus as one zip.
    Archive,
    /// One document's report as a file: an extraction table as CSV, or
    /// (`table: None`) the whole report as JSON — built here, not on the
    /// page, however large the document.
    DocumentFile {
        /// The document, by its index in the request's `docs`.
        doc: usize,
        /// The table, or `None` for the report.
        table: Option<Table>,
    },
    /// The stopword list in effect (default list with the user's edits), as
    /// a text file, one word per line.
    StopwordList,
    /// A word cloud coloured by rank, part of speech or document.
    ColouredCloud {
        /// Canvas and fonts.
        options: CloudOptions,
        /// The colouring.
        colour: CloudColour,
    },
    // corpus toolkit (issue 18)
    /// The collocates of a node word.
    Collocates {
        /// The node word (a whole token).
        term: String,
        /// Window, thresholds, order.
        options: CollocateOptions,
    },
    /// Recurring n-grams.
    Ngrams(NgramOptions),
    /// Where a term falls in each document, with Juilland's D.
    Dispersion {
        /// The term (a whole token).
        term: String,
    },
    /// Statistics of every document and of the corpus.
    Stats,
    /// The key sentences of one document.
    Summary {
        /// The document, by its index in the request's `docs`.
        doc: usize,
        /// How long.
        options: SummaryOptions,
    },
}

/// The format of an exported view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileFormat {
    /// A table, UTF-8 with BOM.
    Csv,
    /// The view's data as JSON.
    Json,
    /// A chart (cloud, network).
    Svg,
}

/// A file made by the worker for the user to save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    /// The file name (carries the document or corpus name).
    pub name: String,
    /// Its MIME type.
    pub mime: String,
    /// Its bytes (empty when the worker made `url`).
    #[serde(with = "bytes")]
    pub bytes: Vec<u8>,
    /// issue 20: an object URL of the bytes made in the worker, which then
    /// sends no bytes: the page saves the file by following the link, and
    /// no large message lands on its main thread. `None`: the bytes are here.
    pub url: Option<String>,
}

/// The answer to an [`ExploreQuery`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExploreResult {
    /// The frequency table.
    Frequency(FreqTable),
    /// The concordance, or why the query is invalid.
    Concordance(Result<Concordance, Fault>),
    /// The cloud layout and the same cloud as a standalone SVG file.
    Cloud {
        /// Placed words.
        layout: CloudLayout,
        /// The SVG document (text XML-escaped), for export.
        svg: String,
    },
    /// One page of a frequency table.
    FrequencyPage {
        /// The rows of the page and the scope's totals.
        table: FreqTable,
        /// The scope it covers.
        scope: Scope,
        /// Index of the page's first row among the matching rows.
        offset: usize,
        /// How many rows match the filters in all.
        matched: usize,
    },
    /// Distinctive terms; `a` and `b` name the two sides.
    Compare {
        /// The comparison.
        comparison: Comparison,
        /// Name of side A.
        a: String,
        /// Name of side B (a document, or empty for "the rest").
        b: String,
    },
    /// The laid-out network and the same network as a standalone SVG.
    Network {
        /// Nodes with positions, and edges.
        network: Network,
        /// The SVG document, for export.
        svg: String,
    },
    /// Term series in date order.
    Trends(Trends),
    /// A file to save, or why it could not be made.
    File(Result<ExportFile, Fault>),
    /// A coloured word cloud.
    ColouredCloud {
        /// Placed words.
        layout: CloudLayout,
        /// The SVG document in the same colours, for export.
        svg: String,
        /// The palette index of each placed word (empty: by rank).
        categories: Vec<usize>,
        /// The colouring asked for.
        colour: CloudColour,
    },
    // corpus toolkit (issue 18)
    /// The collocates table.
    Collocates(Collocates),
    /// The n-gram table.
    Ngrams(Ngrams),
    /// The dispersion of a term and the plot as a standalone SVG.
    Dispersion {
        /// Positions and Juilland's D.
        dispersion: Dispersion,
        /// The plot, for export.
        svg: String,
    },
    /// Statistics per document (in the request's order) and of the corpus.
    Stats {
        /// One row per document.
        documents: Vec<DocStats>,
        /// The whole corpus.
        corpus: DocStats,
    },
    /// The key sentences of a document.
    Summary {
        /// The document's id.
        doc: u64,
        /// The sentences, in document order.
        summary: Summary,
    },
}

/// Milliseconds spent on each step of one analysis, measured in the worker.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Timings {
    /// Cleaning and conversion.
    pub prepare_ms: f64,
    /// Segmentation.
    pub segment_ms: f64,
    /// Keywords and the other analyses.
    pub analyse_ms: f64,
    /// All of it.
    pub total_ms: f64,
    /// Of `analyse_ms`, the extraction of people, places, organisations,
    /// figures, quotes and outline (with the lookup of jieba's tags it
    /// reads): issue 15's budget is 40 % of an analysis.
    #[serde(default)]
    pub extract_ms: f64,
}

/// A message from the worker to the UI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The dictionary is being fetched and built.
    Loading,
    /// The dictionary is ready; analyses run at once from now on.
    Ready {
        /// Milliseconds from worker start to ready.
        load_ms: f64,
        /// Milliseconds spent building the dictionary after the bytes arrived.
        build_ms: f64,
    },
    /// The dictionary could not be loaded; no analysis can run.
    LoadFailed {
        /// What went wrong.
        fault: Fault,
    },
    /// A job advanced.
    Progress {
        /// The job.
        job: u64,
        /// Work done so far, out of `total` (the text's bytes, shared out
        /// among cleaning, segmentation and the report by weight).
        done: usize,
        /// The whole job in the same units.
        total: usize,
    },
    /// A job finished.
    Done {
        /// The job.
        job: u64,
        /// The report.
        report: Box<DocumentReport>,
        /// Where the time went, in the worker.
        timings: Timings,
        /// The decoded original of a file (the UI already has pasted text).
        original: Option<String>,
        /// Maps clean-text offsets (all spans in the report) to the original.
        chain: OffsetChain,
        /// Characters in the clean text (issue 20: counted in the worker,
        /// not in one task on the page).
        chars: usize,
    },
    /// A job could not run: the file is binary, undecodable or damaged.
    Failed {
        /// The job.
        job: u64,
        /// Why.
        fault: Fault,
    },
    /// The answer to [`Request::Ping`].
    Pong,
    /// The answer to [`Request::Explore`].
    Explored {
        /// The request's id.
        id: u64,
        /// The result.
        result: Box<ExploreResult>,
    },
    /// A job was cancelled before it finished.
    Cancelled {
        /// The job.
        job: u64,
    },
    /// The answer to [`Request::SetUserDict`].
    UserDictApplied {
        /// The request's id.
        id: u64,
        /// Milliseconds spent rebuilding the segmenters, or why it failed.
        result: Result<f64, Fault>,
    },
    /// The answer to [`Request::Segment`]; `None` when the document has not
    /// been analysed (or was forgotten).
    Segmented {
        /// The request's id.
        id: u64,
        /// The page.
        page: Option<Box<SegmentPage>>,
    },
    /// The answer to [`Request::NewWords`].
    NewWords {
        /// The request's id.
        id: u64,
        /// Candidates, best first.
        candidates: Vec<Candidate>,
        /// Characters of text examined.
        chars: usize,
        /// Milliseconds the discovery took in the worker.
        ms: f64,
    },
    /// The answer to [`Request::BenchSegment`].
    BenchSegmented {
        /// The request's id.
        id: u64,
        /// Characters in the prepared text.
        chars: usize,
        /// Milliseconds of each run; empty before the dictionary is ready.
        ms: Vec<f64>,
    },
    // --- version comparison (issue 17) ---
    /// The answer to [`Request::Diff`].
    Diffed {
        /// The request's job.
        job: u64,
        /// The comparison, a file, or why there is none.
        answer: Box<DiffAnswer>,
    },
    // --- issue 19: the worker pool ---
    /// A secondary worker's analysed document, for the primary worker
    /// (sent just before the job's [`Response::Done`]; the page forwards it
    /// as [`Request::Adopt`]).
    Handoff {
        /// The job.
        job: u64,
        /// The document's id.
        doc: u64,
        /// A [`Handoff`], bincode-encoded.
        blob: Blob,
    },
    // --- issue 20: long texts in pieces ---
    /// A piece of a finished job's clean text or original, sent before the
    /// job's [`Response::Done`], whose report then carries an empty
    /// `clean_text` and no `original` (or of a comparison's texts, before its
    /// [`Response::Diffed`]): the page joins the pieces, so no
    /// single message (one main-thread task on the page) carries a whole
    /// 10 MiB text. Pieces come in order; one at offset 0 starts the text
    /// afresh.
    Text {
        /// The job.
        job: u64,
        /// Which text.
        part: TextPart,
        /// Byte offset of `piece` in its text.
        offset: usize,
        /// At most [`TEXT_PIECE`] bytes, cut at a character boundary.
        piece: String,
    },
}

/// Which text a [`Response::Text`] piece belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextPart {
    /// The report's clean text.
    Clean,
    /// The decoded original of a file.
    Original,
    /// The old text of a comparison ([`DiffAnswer::View`], sent with an
    /// empty `old_text`).
    Old,
    /// The new text of a comparison.
    New,
}

/// The largest [`Response::Text`] piece: a few milliseconds of the page's
/// time to receive.
pub const TEXT_PIECE: usize = 1 << 20;

/// `text` cut into pieces of at most `max` bytes (at least one character
/// each, so a `max` below 4 still moves on) at character boundaries, with
/// their offsets; one empty piece for an empty text.
pub fn text_pieces(text: &str, max: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    let mut first = true;
    std::iter::from_fn(move || {
        if at >= text.len() && !std::mem::take(&mut first) {
            return None;
        }
        first = false;
        let mut end = (at + max.max(1)).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let piece = (at, text.get(at..end).unwrap_or(""));
        at = end;
        Some(piece)
    })
}

// --- version comparison (issue 17) ---

/// What the worker answers to [`Request::Diff`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DiffAnswer {
    /// The comparison with both clean texts (its spans point into them).
    View {
        /// The comparison.
        diff: VersionDiff,
        /// The old clean text.
        old_text: String,
        /// The new clean text.
        new_text: String,
        /// Milliseconds the comparison took in the worker (without yields).
        ms: f64,
    },
    /// The file asked for, or why it could not be made.
    File(Result<ExportFile, Fault>),
    /// A document is not analysed (yet, or any more).
    Missing,
}

// --- issue 19: the worker pool ---

/// Bytes that cross the page as one block: serialised with serde's bytes
/// hooks, so bincode writes and reads them with one copy instead of one call
/// per byte (a `Vec<u8>` is a sequence to serde).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blob(#[serde(with = "bytes")] pub Vec<u8>);

/// `#[serde(with = "bytes")]` for a `Vec<u8>` field: serde's bytes hooks
/// instead of a sequence of `u8`. Bincode's bytes are the same as its
/// sequence (a length, then the bytes), so the wire format is unchanged,
/// but a 10 MiB file is written with one copy instead of ten million calls
/// (issue 20: the page's longest task when a big file is added).
pub mod bytes {
    use serde::{Deserializer, Serializer};

    /// Writes `v` as bytes.
    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(v)
    }

    /// Reads bytes (as a buffer, or as a sequence of numbers from formats
    /// that write bytes that way).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        struct Bytes;
        impl<'de> serde::de::Visitor<'de> for Bytes {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Vec<u8>, E> {
                Ok(v.to_vec())
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Vec<u8>, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
                while let Some(b) = seq.next_element()? {
                    out.push(b);
                }
                Ok(out)
            }
        }
        d.deserialize_byte_buf(Bytes)
    }
}

/// [`bytes`] for bytes behind an `Rc` ([`Source::File`]): the same wire
/// bytes as a plain `Vec<u8>`.
pub mod shared_bytes {
    use serde::{Deserializer, Serializer};
    use std::rc::Rc;

    /// Writes the bytes.
    pub fn serialize<S: Serializer>(v: &Rc<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        super::bytes::serialize(v, s)
    }

    /// Reads the bytes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Rc<Vec<u8>>, D::Error> {
        super::bytes::deserialize(d).map(Rc::new)
    }
}

/// Bincode's variant index of [`Response::Handoff`] (ninth session: the page
/// finds a handoff by it and forwards its bytes without reading the blob).
pub const HANDOFF_VARIANT: u32 = 14;

/// Bincode's variant index of [`Request::Adopt`]. A `Handoff` and an `Adopt`
/// of the same job and document are the same bytes after the index: job,
/// document, then the blob (its length and its bytes).
pub const ADOPT_VARIANT: u32 = 11;

/// What a secondary worker hands the primary worker for its corpus: what
/// the primary would have kept had it analysed the document itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Handoff {
    /// The document's name.
    pub name: String,
    /// Its report (the clean text is `report.clean_text`).
    pub report: DocumentReport,
    /// Its tokens as byte spans of the clean text (names merged, as the
    /// corpus views count them), packed by [`Handoff::pack_spans`].
    pub spans: Blob,
    /// The stopword edits the analysis ran with.
    pub stopwords: crate::core::stopwords::StopwordEdits,
}

impl Handoff {
    /// Packs token spans small: for each token, its start minus the previous
    /// token's start and its length, as zigzag LEB128 numbers (two bytes a
    /// token for Chinese text, where `u32` pairs take eight).
    pub fn pack_spans(tokens: &[crate::core::segment::Token]) -> Blob {
        fn put(out: &mut Vec<u8>, v: i64) {
            let mut z = ((v << 1) ^ (v >> 63)) as u64;
            while z >= 0x80 {
                out.push((z as u8) | 0x80);
                z >>= 7;
            }
            out.push(z as u8);
        }
        let mut out = Vec::with_capacity(tokens.len() * 2 + 8);
        let mut prev = 0i64;
        for t in tokens {
            let (start, end) = (t.start as i64, t.end as i64);
            put(&mut out, start - prev);
            put(&mut out, end - start);
            prev = start;
        }
        Blob(out)
    }

    /// The token spans packed by [`Handoff::pack_spans`]; `None` if the
    /// bytes are not such spans.
    pub fn unpack_spans(&self) -> Option<Vec<crate::core::segment::Token>> {
        let mut bytes = self.spans.0.iter();
        let mut next = || -> Option<Option<i64>> {
            let mut z = 0u64;
            for shift in (0..64).step_by(7) {
                let Some(&b) = bytes.next() else {
                    // the end, between two numbers only
                    return (shift == 0).then_some(None);
                };
                z |= u64::from(b & 0x7f) << shift;
                if b & 0x80 == 0 {
                    return Some(Some((z >> 1) as i64 ^ -((z & 1) as i64)));
                }
            }
            None
        };
        let mut tokens = Vec::with_capacity(self.spans.0.len() / 2);
        let mut prev = 0i64;
        while let Some(delta) = next()? {
            let len = next()??;
            let start = prev.checked_add(delta)?;
            let end = start.checked_add(len)?;
            tokens.push(crate::core::segment::Token {
                start: usize::try_from(start).ok()?,
                end: usize::try_from(end).ok()?,
            });
            prev = start;
        }
        Some(tokens)
    }
}
