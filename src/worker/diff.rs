//! Version comparison in the worker (issue 17): [`Request::Diff`] runs
//! [`DiffRun`] step by step over two analysed documents, yielding to the
//! event loop between steps so a ping is answered and a cancel is seen.
//!
//! The documents are copied out of the corpus first (text, tokens,
//! figures, quotes): an analysis may replace them while the comparison
//! yields, and a borrow of the corpus must never live across a yield.
//!
//! [`Request::Diff`]: crate::protocol::Request::Diff

use super::explore::{Corpus, CorpusDoc};
use super::{now, yield_now, AnalysisWorker};
use crate::core::diff::files::{diff_file, DiffFile};
use crate::core::diff::{DiffDoc, DiffOptions, DiffRun};
use crate::core::report::{Figure, Quote};
use crate::core::segment::Token;
use crate::protocol::{DiffAnswer, ExportFile, Response, TextPart};
use gloo_worker::{HandlerId, WorkerScope};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// A document copied out of the corpus.
struct Owned {
    name: String,
    text: String,
    tokens: Vec<Token>,
    figures: Vec<Figure>,
    quotes: Vec<Quote>,
}

impl Owned {
    fn of(d: &CorpusDoc) -> Self {
        Owned {
            name: d.name.clone(),
            text: d.report.clean_text.clone(),
            tokens: d.tokens.clone(),
            figures: d.report.figures.clone(),
            quotes: d.report.quotes.clone(),
        }
    }

    fn doc(&self) -> DiffDoc<'_> {
        DiffDoc {
            name: &self.name,
            text: &self.text,
            tokens: &self.tokens,
            figures: &self.figures,
            quotes: &self.quotes,
        }
    }
}

/// One comparison request.
pub struct DiffJob {
    /// Who asked.
    pub handler: HandlerId,
    /// The job number (to answer and to cancel).
    pub job: u64,
    /// The old document's id.
    pub old: u64,
    /// The new document's id.
    pub new: u64,
    /// A file to make instead of the view.
    pub file: Option<DiffFile>,
}

/// Runs one comparison to its end (answer, file, missing or cancelled).
pub async fn run_diff(
    scope: WorkerScope<AnalysisWorker>,
    corpus: Rc<RefCell<Corpus>>,
    cancelled: Rc<RefCell<HashSet<u64>>>,
    req: DiffJob,
) {
    let DiffJob {
        handler,
        job,
        old,
        new,
        file,
    } = req;
    let answer = |answer: DiffAnswer| Response::Diffed {
        job,
        answer: Box::new(answer),
    };
    let docs = {
        let c = corpus.borrow();
        (c.get(old).map(Owned::of), c.get(new).map(Owned::of))
    };
    let (Some(a), Some(b)) = docs else {
        scope.respond(handler, answer(DiffAnswer::Missing));
        return;
    };
    let mut run = DiffRun::new(a.doc(), b.doc(), DiffOptions::default());
    let mut busy = 0.0;
    loop {
        let t0 = now();
        let more = run.step();
        busy += now() - t0;
        if !more {
            break;
        }
        yield_now().await;
        if cancelled.borrow_mut().remove(&job) {
            scope.respond(handler, Response::Cancelled { job });
            return;
        }
    }
    let t0 = now();
    let diff = run.finish();
    let reply = match file {
        None => {
            // issue 20: the texts go first, in pieces (one short task each
            // on the page), and the view follows without them
            let ms = busy + now() - t0;
            super::jobs::send_text(&scope, handler, job, TextPart::Old, &a.text);
            super::jobs::send_text(&scope, handler, job, TextPart::New, &b.text);
            DiffAnswer::View {
                diff,
                old_text: String::new(),
                new_text: String::new(),
                ms,
            }
        }
        Some(kind) => {
            let (name, mime, text) = diff_file(kind, &diff, &a.text, &b.text);
            DiffAnswer::File(Ok(ExportFile {
                name,
                mime: mime.to_string(),
                bytes: text.into_bytes(),
                url: None,
            }))
        }
    };
    scope.respond(handler, super::links::linked(answer(reply)));
}
