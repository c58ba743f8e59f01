//! The only types that cross the boundary between the page and the analysis worker.
//!
//! The UI never imports worker internals and the worker never imports UI code;
//! both speak in these messages (serialised by gloo-worker's bincode codec).
//! A request carries a `job` number chosen by the UI so that progress and
//! results can be matched to the request that caused them.

use crate::core::analyze::AnalyzeOptions;
use crate::core::explore::cloud::{CloudLayout, CloudOptions};
use crate::core::explore::freq::{FreqOptions, FreqTable};
use crate::core::explore::kwic::{Concordance, KwicOptions, Query};
use crate::core::offsets::OffsetChain;
use crate::core::report::DocumentReport;
use serde::{Deserialize, Serialize};

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
        /// The raw bytes.
        bytes: Vec<u8>,
        /// An encoding label chosen by the user, overriding detection.
        encoding: Option<String>,
    },
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
    /// Drop a queued job, or stop a running one after its current chunk.
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
    /// A corpus view over the analysed documents, in the given order.
    Explore {
        /// Chosen by the UI; echoed in the answer.
        id: u64,
        /// The documents, in corpus order (unknown ids are skipped).
        docs: Vec<u64>,
        /// What to compute.
        query: ExploreQuery,
    },
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
}

/// The answer to an [`ExploreQuery`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExploreResult {
    /// The frequency table.
    Frequency(FreqTable),
    /// The concordance, or why the query is invalid.
    Concordance(Result<Concordance, String>),
    /// The cloud layout and the same cloud as a standalone SVG file.
    Cloud {
        /// Placed words.
        layout: CloudLayout,
        /// The SVG document (text XML-escaped), for export.
        svg: String,
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
        /// What went wrong, in Chinese and English.
        message: String,
    },
    /// A job advanced.
    Progress {
        /// The job.
        job: u64,
        /// Bytes of clean text segmented so far.
        done: usize,
        /// Bytes of clean text in all.
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
    },
    /// A job could not run: the file is binary, undecodable or damaged.
    Failed {
        /// The job.
        job: u64,
        /// Why, in Chinese and English.
        message: String,
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
}
