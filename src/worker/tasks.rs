//! The worker's requests other than analyses and version comparisons —
//! corpus views and their files, key sentences, new words and segmented
//! pages — as tasks that yield and can be cancelled (issues 18 and 20).
//!
//! Each request runs as its own task. It yields to the event loop before
//! it starts, between steps of long work (new-word discovery, every
//! [`YIELD_MS`](super::YIELD_MS)) and before it answers; at every yield it
//! looks for a cancel. A cancelled task answers [`Response::Cancelled`]
//! with the request's id, never its result. A request is cancelled by
//! [`Request::Cancel`] with its id, or superseded by a newer request of the
//! same [`Slot`] from the same page: the page shows only the latest view, the
//! latest page of segmentation, the latest new words, so a burst of edits
//! (typing, a slider) costs one computation, not one per edit. Files are
//! never superseded.
//!
//! A corpus view is one step (each is bounded: BENCHMARKS.md, "Corpus
//! toolkit"), so a cancel that arrives while it computes is seen right
//! after it, and the result is dropped. The corpus archive, the longest
//! export, yields after each document and each table or chart. New-word discovery runs in steps of
//! about 64k characters ([`Discovery`]) and stops at the first yield after
//! a cancel. No borrow of the corpus lives across a yield: an analysis may
//! replace a document meanwhile; new-word discovery copies the texts it reads.
//!
//! [`Request::Cancel`]: crate::protocol::Request::Cancel

use super::explore::{explore_corpus, Corpus};
use super::{mark, now, segment_page, yield_now, AnalysisWorker, YIELD_MS};
use crate::core::dict::Dictionary;
use crate::core::explore::cloud::CloudOptions;
use crate::core::explore::cooccur::NetworkOptions;
use crate::core::explore::files::Archive;
use crate::core::newwords::{Discovery, NewWordOptions};
use crate::core::stopwords::Stopwords;
use crate::protocol::{
    ExploreQuery, ExploreResult, ExportFile, Fault, FaultKind, Response, SegmentQuery,
};
use gloo_worker::{HandlerId, WorkerScope};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// What a request is for: a newer request of the same slot from the same
/// page supersedes an older one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The corpus panel's view.
    View,
    /// The key sentences of the selected document.
    Summary,
    /// A file (never superseded).
    File,
    /// New-word discovery.
    NewWords,
    /// A page of the segmented view.
    Segment,
}

impl Slot {
    /// The slot of a corpus query.
    pub fn of(query: &ExploreQuery) -> Slot {
        match query {
            ExploreQuery::Export { .. }
            | ExploreQuery::Archive
            | ExploreQuery::DocumentFile { .. }
            | ExploreQuery::StopwordList => Slot::File,
            ExploreQuery::Summary { .. } => Slot::Summary,
            _ => Slot::View,
        }
    }
}

/// The tasks started and not yet ended.
#[derive(Default)]
pub struct Tasks {
    live: HashMap<u64, (HandlerId, Slot)>,
}

impl Tasks {
    /// Records a new task; older live tasks of its slot from the same page
    /// are marked cancelled.
    pub fn start(
        &mut self,
        handler: HandlerId,
        id: u64,
        slot: Slot,
        cancelled: &RefCell<HashSet<u64>>,
    ) {
        if slot != Slot::File {
            let mut cancelled = cancelled.borrow_mut();
            for (old, (h, s)) in &self.live {
                if *h == handler && *s == slot {
                    cancelled.insert(*old);
                }
            }
        }
        self.live.insert(id, (handler, slot));
    }

    /// Forgets an ended task (and a cancel that came too late for it).
    pub fn end(&mut self, id: u64, cancelled: &RefCell<HashSet<u64>>) {
        self.live.remove(&id);
        cancelled.borrow_mut().remove(&id);
    }

    /// Whether a task with this id is live.
    pub fn contains(&self, id: u64) -> bool {
        self.live.contains_key(&id)
    }

    /// Starts a task: records it (superseding older ones of its slot) and
    /// runs `run` in the worker's event loop; its end is reported as
    /// [`Msg::TaskEnded`](super::Msg::TaskEnded).
    pub fn spawn<F>(
        &mut self,
        scope: &WorkerScope<AnalysisWorker>,
        cancelled: &Rc<RefCell<HashSet<u64>>>,
        (handler, id, slot): (HandlerId, u64, Slot),
        run: impl FnOnce(Task) -> F,
    ) where
        F: std::future::Future<Output = ()> + 'static,
    {
        self.start(handler, id, slot, cancelled);
        let task = run(Task {
            scope: scope.clone(),
            handler,
            id,
            cancelled: cancelled.clone(),
        });
        scope.send_future(async move {
            task.await;
            super::Msg::TaskEnded(id)
        });
    }
}

/// What every task needs: where to answer, and the cancel requests.
pub struct Task {
    /// The worker's scope, to answer.
    pub scope: WorkerScope<AnalysisWorker>,
    /// Who asked.
    pub handler: HandlerId,
    /// The request's id.
    pub id: u64,
    /// Ids of cancelled jobs and tasks.
    pub cancelled: Rc<RefCell<HashSet<u64>>>,
}

impl Task {
    /// Yields to the event loop, then says whether to go on; a cancelled
    /// task answers [`Response::Cancelled`] here.
    async fn go_on(&self) -> bool {
        yield_now().await;
        if self.cancelled.borrow_mut().remove(&self.id) {
            self.scope
                .respond(self.handler, Response::Cancelled { job: self.id });
            return false;
        }
        true
    }

    fn respond(&self, response: Response) {
        self.scope
            .respond(self.handler, super::links::linked(response));
    }
}

/// Computes a corpus view or file and answers it, unless cancelled.
pub async fn explore(
    task: Task,
    corpus: Rc<RefCell<Corpus>>,
    dict: Option<Rc<Dictionary>>,
    stopwords: Stopwords,
    docs: Vec<u64>,
    query: ExploreQuery,
) {
    if matches!(query, ExploreQuery::Archive) {
        return archive(task, corpus, stopwords, docs).await;
    }
    if !task.go_on().await {
        return;
    }
    mark("wenxi:explore-start");
    let result = explore_corpus(&corpus.borrow(), dict.as_deref(), &docs, &query, &stopwords);
    mark("wenxi:explore-end");
    // a cancel that came while it computed: the result is dropped
    if !task.go_on().await {
        return;
    }
    task.respond(Response::Explored {
        id: task.id,
        result: Box::new(result),
    });
}

/// Builds the corpus archive in steps ([`Archive`]: a document's report and
/// text, then each table and chart), yielding between them, and answers
/// the zip unless cancelled. If the documents change meanwhile (an analysis
/// ends), the export fails and says so rather than mix old and new.
async fn archive(task: Task, corpus: Rc<RefCell<Corpus>>, stopwords: Stopwords, ids: Vec<u64>) {
    let file = |result: Result<(String, Vec<u8>), Fault>| Response::Explored {
        id: task.id,
        result: Box::new(ExploreResult::File(result.map(|(name, bytes)| {
            ExportFile {
                name,
                mime: "application/zip".to_string(),
                bytes,
                url: None,
            }
        }))),
    };
    if !task.go_on().await {
        return;
    }
    let generation = corpus.borrow().generation();
    let (cloud, network) = (CloudOptions::default(), NetworkOptions::default());
    let mut archive = Archive::default();
    let changed = || Err(Fault::of(FaultKind::ChangedDuringExport));
    loop {
        let more = {
            let c = corpus.borrow();
            if c.generation() != generation {
                task.respond(file(changed()));
                return;
            }
            archive.step(&c.archive_docs(&ids), &stopwords, &cloud, &network)
        };
        match more {
            Ok(true) => {}
            Ok(false) => break,
            Err(detail) => {
                task.respond(file(Err(Fault::new(FaultKind::ExportFailed, vec![detail]))));
                return;
            }
        }
        if !task.go_on().await {
            return;
        }
    }
    let result = {
        let c = corpus.borrow();
        if c.generation() == generation {
            archive
                .finish(&c.archive_docs(&ids))
                .map_err(|detail| Fault::new(FaultKind::ExportFailed, vec![detail]))
        } else {
            changed()
        }
    };
    task.respond(file(result));
}

/// Segments one page and answers it, unless cancelled.
pub async fn segment(
    task: Task,
    corpus: Rc<RefCell<Corpus>>,
    dict: Option<Rc<Dictionary>>,
    query: SegmentQuery,
) {
    if !task.go_on().await {
        return;
    }
    let page = dict
        .as_deref()
        .and_then(|d| segment_page(&corpus.borrow(), d, &query))
        .map(Box::new);
    if !task.go_on().await {
        return;
    }
    task.respond(Response::Segmented { id: task.id, page });
}

/// Discovers new words in steps, yielding every [`YIELD_MS`], and answers
/// them, unless cancelled. "Known" is what the chosen segmenter has, as in
/// [`discover_unknown`](crate::core::newwords::discover_unknown).
pub async fn new_words(
    task: Task,
    corpus: Rc<RefCell<Corpus>>,
    dict: Option<Rc<Dictionary>>,
    docs: Vec<u64>,
    options: NewWordOptions,
    policy_lexicon: bool,
) {
    if !task.go_on().await {
        return;
    }
    let texts: Vec<String> = {
        let corpus = corpus.borrow();
        docs.iter()
            .filter_map(|d| corpus.get(*d))
            .map(|d| d.text().to_string())
            .collect()
    };
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let chars = texts.iter().map(|t| t.chars().count()).sum();
    let mut busy = 0.0;
    let candidates = match dict.as_deref() {
        Some(dict) => {
            let jieba = dict.segmenter(policy_lexicon);
            let known = |w: &str| jieba.has_word(w);
            let mut discovery = Discovery::new(&texts, &known, &options);
            let mut last_yield = now();
            loop {
                let t0 = now();
                let more = discovery.step();
                let t1 = now();
                busy += t1 - t0;
                if !more {
                    break;
                }
                if t1 - last_yield >= YIELD_MS {
                    if !task.go_on().await {
                        return;
                    }
                    last_yield = now();
                }
            }
            let t0 = now();
            let found = discovery.finish();
            busy += now() - t0;
            found
        }
        None => Vec::new(),
    };
    if !task.go_on().await {
        return;
    }
    task.respond(Response::NewWords {
        id: task.id,
        candidates,
        chars,
        ms: busy,
    });
}
