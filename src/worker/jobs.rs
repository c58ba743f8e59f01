//! The job runner: one analysis from its source to its report, in chunks
//! that yield to the worker's event loop (so a `Cancel` is seen between
//! them), with progress through cleaning, segmentation and the report.

use super::explore::{Corpus, CorpusDoc};
use super::{mark_measure, now, yield_now, AnalysisWorker, Job, YIELD_MS};
use crate::core::analyze::{prepare, report_steps};
use crate::core::dict::Dictionary;
use crate::core::error::CoreError;
use crate::core::formats::Format;
use crate::core::segment::{chunks, cut_chunk, SegmentOptions};
use crate::protocol::{text_pieces, Fault, Response, Source, TextPart, Timings, TEXT_PIECE};
use gloo_worker::WorkerScope;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// The steps of an analysis, for progress (issue 21: the bar moves during
/// long analyses). Each gets a share of the bar close to its share of the
/// time on a long text: cleaning and conversion a fifth, segmentation a
/// fifth, the report (extraction, keywords) the rest.
#[derive(Debug, Clone, Copy)]
enum Stage {
    /// Cleaning and conversion.
    Prepare,
    /// Segmentation.
    Segment,
    /// Extraction and keywords.
    Report,
}

/// Sends `text` to the page in [`Response::Text`] pieces.
pub(super) fn send_text(
    scope: &WorkerScope<AnalysisWorker>,
    handler: gloo_worker::HandlerId,
    job: u64,
    part: TextPart,
    text: &str,
) {
    for (offset, piece) in text_pieces(text, TEXT_PIECE) {
        let piece = piece.to_owned();
        scope.respond(
            handler,
            Response::Text {
                job,
                part,
                offset,
                piece,
            },
        );
    }
}

/// A progress message: `done` of `of` inside `stage`, on a bar of `units`.
fn stage_progress(job: u64, units: usize, stage: Stage, done: usize, of: usize) -> Response {
    let (start, share) = match stage {
        Stage::Prepare => (0, 20),
        Stage::Segment => (20, 20),
        Stage::Report => (40, 55),
    };
    let within = (done.min(of) as u128 * share as u128)
        .checked_div(of as u128)
        .unwrap_or(0);
    let done = (units as u128 * (start as u128 + within) / 100) as usize;
    Response::Progress {
        job,
        done,
        total: units,
    }
}

/// Runs one job to its end, answering progress, the report, a refusal or a
/// cancellation.
pub(super) async fn run_job(
    scope: WorkerScope<AnalysisWorker>,
    dict: Rc<Dictionary>,
    cancelled: Rc<RefCell<HashSet<u64>>>,
    corpus: Option<Rc<RefCell<Corpus>>>,
    job: Job,
) {
    let Job {
        handler,
        job,
        doc: doc_id,
        name,
        source,
        options,
    } = job;
    let t0 = now();
    let is_file = matches!(
        source,
        Source::File { .. } | Source::Paged { .. } | Source::Decoded { .. }
    );
    let (text, encoding): (String, std::borrow::Cow<str>) = match source {
        Source::Text(t) => (t, "UTF-8".into()),
        // issue 19: files are read by the reader worker, so that no decoder
        // (legacy encodings, .docx, PDF, OFD) weighs on this worker's download
        Source::File { .. } => {
            let format = Format::from_name(&name).name().to_uppercase();
            let fault = Fault::from(CoreError::NeedsReader { format });
            scope.respond(handler, Response::Failed { job, fault });
            return;
        }
        Source::Decoded { text, encoding } => (text, encoding.into()),
        // issue 16: text read from a PDF or OFD file
        Source::Paged { text, format, .. } => {
            (text, if format == "ofd" { "OFD" } else { "PDF" }.into())
        }
    };
    // A cancel can only come in while the job yields: look after each yield.
    let cancel_seen = || {
        let seen = cancelled.borrow_mut().remove(&job);
        if seen {
            scope.respond(handler, Response::Cancelled { job });
        }
        seen
    };
    // answer pings and see a cancel between the long steps, too
    yield_now().await;
    if cancel_seen() {
        return;
    }
    // Progress is reported in units of the text's bytes, weighted by step
    // (see `stage_progress`), so the bar moves through cleaning and the
    // report too, not only through segmentation, which is the fastest step.
    let units = text.len().max(1);
    scope.respond(handler, stage_progress(job, units, Stage::Prepare, 0, 1));
    let mut prepared = prepare(&text, &options);
    scope.respond(handler, stage_progress(job, units, Stage::Segment, 0, 1));
    yield_now().await;
    if cancel_seen() {
        return;
    }
    let t1 = now();
    let seg = SegmentOptions {
        hmm: options.hmm,
        ..SegmentOptions::default()
    };
    let total = prepared.text.len();
    let mut toks = Vec::with_capacity(total / 4);
    let mut busy = 0.0;
    let mut last_yield = t1;
    // a text of several chunks reports at least once on its way, however
    // fast the machine (a 5 MB text can take less than one YIELD_MS)
    let mut reported = false;
    for (offset, chunk) in chunks(&prepared.text, seg.chunk_bytes) {
        let c0 = now();
        cut_chunk(
            dict.segmenter(options.policy_lexicon),
            chunk,
            offset,
            seg.hmm,
            &mut toks,
        );
        let c1 = now();
        busy += c1 - c0;
        let done = offset + chunk.len();
        // Report progress and let a cancel in every YIELD_MS, not after every
        // chunk: each message re-renders the page, and each yield lets the
        // thread sleep and lose its caches (the trie is bigger than L2).
        if done < total && (c1 - last_yield >= YIELD_MS || !reported && done * 2 >= total) {
            reported = true;
            scope.respond(
                handler,
                stage_progress(job, units, Stage::Segment, done, total),
            );
            yield_now().await;
            if cancel_seen() {
                return;
            }
            last_yield = now();
        }
    }
    // quantities and dates as one token, exactly as `analyze::tokens` does
    // for the CLI (issue 15): the app and the CLI count the same tokens
    let mut toks = crate::core::retoken::retoken(&prepared.text, &toks);
    let t2 = now();
    scope.respond(handler, stage_progress(job, units, Stage::Report, 0, 1));
    // the report does not read the chain: take it rather than copy it
    let chain = std::mem::take(&mut prepared.chain);
    // progress after each step of the report (issue 21: the bar stood still
    // through extraction); posted messages reach the page while this runs
    // (the extraction's time: from the report's start to its last pass)
    let mut extracted = t2;
    let mut doc = report_steps(
        &dict,
        &name,
        &encoding,
        prepared,
        &toks,
        &options,
        &mut |k, n| {
            if k == crate::core::analyze::REPORT_STEPS - 1 {
                extracted = now();
            }
            scope.respond(handler, stage_progress(job, units, Stage::Report, k, n))
        },
    );
    // names feed segmentation (issue 15): the corpus views count a
    // recognised name as one word, as the report's keywords do
    crate::core::analyze::merge_names(&mut toks, &doc.entities);
    let t3 = now();
    // keep text and tokens for corpus views; the tokens move, no copy
    match corpus {
        Some(corpus) => corpus.borrow_mut().insert(
            doc_id,
            CorpusDoc {
                name,
                report: doc.clone(),
                tokens: toks,
                job,
            },
        ),
        // issue 19: a secondary worker of the pool hands the document to
        // the primary worker (through the page) instead
        None => {
            let t = now();
            let blob = super::pool::handoff(name, &doc, &toks, &options.stopwords);
            mark_measure("wenxi:handoff-encode", t);
            scope.respond(
                handler,
                Response::Handoff {
                    job,
                    doc: doc_id,
                    blob,
                },
            );
        }
    }
    // issue 20: the texts go first, in pieces, each one short task on the
    // page; the report follows without them
    let clean = std::mem::take(&mut doc.clean_text);
    let chars = clean.chars().count();
    send_text(&scope, handler, job, TextPart::Clean, &clean);
    if is_file {
        send_text(&scope, handler, job, TextPart::Original, &text);
    }
    scope.respond(
        handler,
        Response::Done {
            job,
            report: Box::new(doc),
            timings: Timings {
                prepare_ms: t1 - t0,
                // time spent segmenting, without the yields between chunks
                segment_ms: busy,
                analyse_ms: t3 - t2,
                total_ms: t3 - t0,
                extract_ms: extracted - t2,
            },
            original: None,
            chain,
            chars,
        },
    );
}
