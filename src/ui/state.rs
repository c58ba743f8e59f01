//! The app's state as a `Reducible`: every change is an [`Action`].
//!
//! The corpus is a list of [`Doc`]s, each with its source (pasted text or a
//! file's bytes), the job last sent for it and where that job is. Requests to
//! the worker are sent by the callbacks that dispatch the actions; the state
//! only records which job belongs to which document.

use super::i18n::Lang;
use crate::core::analyze::AnalyzeOptions;
use crate::core::newwords::Candidate;
use crate::core::offsets::OffsetChain;
use crate::core::report::DocumentReport;
use crate::core::userdict::UserDict;
use crate::protocol::{
    DiffAnswer, ExploreResult, Fault, FaultKind, Response, SegmentPage, Source, Timings,
};
use crate::ui::shared::Shared;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use yew::Reducible;

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A fresh id for a document or a job.
pub fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// Makes sure future ids are above `id` (after loading a stored corpus).
pub fn bump_ids_past(id: u64) {
    NEXT_ID.fetch_max(id + 1, Ordering::Relaxed);
}

/// Where the worker's dictionary is.
#[derive(Debug, Clone, PartialEq)]
pub enum DictStatus {
    /// Being fetched and built.
    Loading,
    /// Ready, with load and build times in milliseconds.
    Ready {
        /// From worker start to ready.
        load_ms: f64,
        /// Building after the bytes arrived.
        build_ms: f64,
    },
    /// Failed, with why.
    Failed(Fault),
}

/// Where a document's analysis is.
#[derive(Debug, Clone, PartialEq)]
pub enum DocStatus {
    /// Sent, waiting for the worker.
    Queued,
    /// Being segmented: bytes done of total.
    Running {
        /// Bytes done.
        done: usize,
        /// Bytes in all.
        total: usize,
    },
    /// Analysed.
    Done {
        /// The report.
        report: Shared<DocumentReport>,
        /// Where the time went.
        timings: Timings,
        /// The decoded original (for pasted text, the text itself).
        original: Shared<str>,
        /// Maps the report's clean-text spans to the original.
        chain: Shared<OffsetChain>,
        /// Characters in the clean text, counted once on arrival.
        chars: usize,
    },
    /// Refused (binary, undecodable, damaged, too large), with the reason.
    Failed(Fault),
    /// Cancelled by the user before it finished.
    Cancelled,
}

/// One document of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// Stable id (also the storage key).
    pub id: u64,
    /// Display name: the file name, or the first line of a paste.
    pub name: String,
    /// Size of the original in bytes.
    pub size: usize,
    /// What the user gave us; never changed, so nothing is lost.
    pub source: Shared<Source>,
    /// The job last sent for this document.
    pub job: u64,
    /// Where that job is.
    pub status: DocStatus,
}

impl Doc {
    /// The encoding the user chose for a file, if any.
    pub fn encoding_override(&self) -> Option<&str> {
        match &*self.source {
            Source::File { encoding, .. } => encoding.as_deref(),
            Source::Text(_) | Source::Paged { .. } | Source::Decoded { .. } => None,
        }
    }

    /// Whether the document is pasted text (rather than a file).
    pub fn is_pasted(&self) -> bool {
        matches!(&*self.source, Source::Text(_))
    }
}

/// An edit of the user dictionary, applied by the app to the latest one.
pub type UserDictEdit = Rc<dyn Fn(&mut UserDict)>;

/// Where the user dictionary is.
#[derive(Debug, Clone, PartialEq)]
pub enum UserDictStatus {
    /// Nothing changed in this session.
    Unchanged,
    /// Sent to the worker; the segmenters are being rebuilt.
    Applying,
    /// In effect, rebuilt in this many milliseconds.
    Applied(f64),
    /// The worker could not apply it.
    Failed(Fault),
}

/// New-word candidates as the worker found them.
#[derive(Debug, Clone, PartialEq)]
pub struct NewWordsFound {
    /// Candidates, best first.
    pub candidates: Vec<Candidate>,
    /// Characters examined.
    pub chars: usize,
    /// Milliseconds in the worker.
    pub ms: f64,
}

/// A short message for the user about the last action.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The text area was empty.
    EmptyText,
    /// Browser storage failed; the corpus works in memory only.
    Storage(Fault),
    /// The analysis worker stopped answering and was restarted.
    WorkerRestarted,
}

// --- issue 21 (feedback): what just happened, and undo of a deletion ---

/// Why documents were (re-)analysed, so the status line can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cause {
    /// Documents were added (or analysed again by hand).
    #[default]
    Added,
    /// A processing option changed.
    Options,
    /// The stopword list changed.
    Stopwords,
    /// The user dictionary changed.
    UserDict,
}

/// Something that just happened, said in the status line.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A batch of analyses finished: documents, worker milliseconds in all, why.
    Analysed {
        /// Documents analysed in the batch.
        docs: usize,
        /// Worker time summed over them.
        ms: f64,
        /// Why they were analysed.
        cause: Cause,
    },
    /// Documents were deleted (they can be restored from `AppState::undo`).
    Removed(usize),
    /// Deleted documents were restored.
    Restored(usize),
}

/// Documents just deleted, kept so the deletion can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    /// The documents with the places they had in the list.
    pub docs: Vec<(usize, Doc)>,
    /// The selection before.
    pub selected: Option<u64>,
}

/// The whole UI state.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// UI language.
    pub lang: Lang,
    /// Dictionary status.
    pub dict: DictStatus,
    /// The corpus, in the order documents were added.
    pub docs: Vec<Doc>,
    /// The document shown in the results.
    pub selected: Option<u64>,
    /// A message for the user.
    pub notice: Option<Notice>,
    /// Pipeline options (cleaning rules, conversion), kept across reloads.
    pub options: AnalyzeOptions,
    /// The last corpus-view request sent.
    pub explore_request: u64,
    /// Its answer, once it came.
    pub explored: Option<Shared<ExploreResult>>,
    /// The user dictionary (kept in IndexedDB).
    pub user_dict: Rc<UserDict>,
    /// Whether the worker has applied it.
    pub user_dict_status: UserDictStatus,
    /// The last user-dictionary request sent.
    pub user_dict_request: u64,
    /// The last segmented-view request sent.
    pub segment_request: u64,
    /// Its answer (`None` inside: the document is not analysed).
    pub segmented: Option<Option<Shared<SegmentPage>>>,
    /// The last new-word request sent.
    pub newwords_request: u64,
    /// Its answer.
    pub new_words: Option<Shared<NewWordsFound>>,
    /// The term the user last chose (a keyword …) with a serial number, so
    /// the views that follow it (concordance, segmented text) open it.
    pub focus: Option<(String, u64)>,
    /// The last exported file (`ExploreResult::File`) with its request id.
    pub exported: Option<(u64, Shared<ExploreResult>)>,
    /// The request `explored` answers (≠ `explore_request` while a view computes).
    pub explored_id: u64,
    /// The last answer to a version comparison, with its job (issue 17).
    pub diffed: Option<(u64, Shared<DiffAnswer>)>,
    // corpus toolkit (issue 18)
    /// The last key-sentence request sent.
    pub summary_request: u64,
    /// Its answer (`ExploreResult::Summary`, naming its document).
    pub summary: Option<Shared<ExploreResult>>,
    /// What just happened, with a serial number (issue 21).
    pub event: Option<(Event, u64)>,
    /// The running batch of analyses: documents done, worker ms, why.
    pub batch: (usize, f64, Cause),
    /// The last deletion, which can be undone.
    pub undo: Option<Rc<Deleted>>,
    // cancellation (issue 20)
    /// Whether the last corpus-view request was cancelled (the answer shown
    /// is an older one).
    pub view_cancelled: bool,
}

impl AppState {
    /// The initial state in `lang`.
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            dict: DictStatus::Loading,
            docs: Vec::new(),
            selected: None,
            notice: None,
            options: AnalyzeOptions::default(),
            explore_request: 0,
            explored: None,
            user_dict: Rc::default(),
            user_dict_status: UserDictStatus::Unchanged,
            user_dict_request: 0,
            segment_request: 0,
            segmented: None,
            newwords_request: 0,
            new_words: None,
            focus: None,
            exported: None,
            explored_id: 0,
            diffed: None,
            summary_request: 0,
            summary: None,
            event: None,
            batch: (0, 0.0, Cause::Added),
            undo: None,
            view_cancelled: false,
        }
    }

    /// The selected document.
    pub fn selected_doc(&self) -> Option<&Doc> {
        self.selected
            .and_then(|id| self.docs.iter().find(|d| d.id == id))
    }

    /// The jobs that are waiting or running.
    pub fn active_jobs(&self) -> Vec<u64> {
        self.docs
            .iter()
            .filter(|d| matches!(d.status, DocStatus::Queued | DocStatus::Running { .. }))
            .map(|d| d.job)
            .collect()
    }

    /// Whether any document is waiting or running.
    pub fn busy(&self) -> bool {
        self.docs
            .iter()
            .any(|d| matches!(d.status, DocStatus::Queued | DocStatus::Running { .. }))
    }

    /// Marks documents as re-sent under new jobs.
    fn requeue(&mut self, jobs: Vec<(u64, u64)>) {
        for (id, job) in jobs {
            if let Some(d) = self.docs.iter_mut().find(|d| d.id == id) {
                d.job = job;
                d.status = DocStatus::Queued;
            }
        }
    }

    /// Starts counting a batch of analyses, unless one is running (then
    /// the new cause wins: it is the last thing the user did).
    fn start_batch(&mut self, cause: Cause) {
        if !self.busy() {
            self.batch = (0, 0.0, cause);
        } else {
            self.batch.2 = cause;
        }
    }

    /// Says a batch finished when nothing is left waiting or running.
    fn end_batch_if_idle(&mut self) {
        if !self.busy() && self.batch.0 > 0 {
            let (docs, ms, cause) = self.batch;
            self.event = Some((Event::Analysed { docs, ms, cause }, next_id()));
            self.batch = (0, 0.0, Cause::Added);
        }
    }

    /// Keeps deleted documents for an undo, and says they were deleted.
    fn remember_deleted(&mut self, gone: Vec<(usize, Doc)>) {
        if gone.is_empty() {
            return;
        }
        let n = gone.len();
        self.undo = Some(Rc::new(Deleted {
            docs: gone,
            selected: self.selected,
        }));
        self.event = Some((Event::Removed(n), next_id()));
    }

    fn doc_for_job(&mut self, job: u64) -> Option<&mut Doc> {
        self.docs.iter_mut().find(|d| d.job == job)
    }
}

/// Everything that changes the state.
#[derive(Debug, Clone)]
pub enum Action {
    /// A message from the worker.
    Worker(Response),
    /// Documents were added (and their jobs sent); the last is selected.
    Add(Vec<Doc>),
    /// A document was sent for analysis again under a new job.
    Resent {
        /// The document.
        id: u64,
        /// Its new source (e.g. with another encoding).
        source: Shared<Source>,
        /// The new job.
        job: u64,
    },
    /// Show this document's results.
    Select(u64),
    /// Rename a document.
    Rename(u64, String),
    /// Delete a document.
    Remove(u64),
    /// Delete every document.
    Clear,
    /// Show a notice.
    Notice(Notice),
    /// Switch the UI language.
    SetLang(Lang),
    /// A corpus-view request was sent.
    Explore(u64),
    /// A key-sentence request was sent (corpus toolkit, issue 18).
    Summary(u64),
    /// The worker stopped answering and was replaced; these jobs were lost.
    WorkerRestarted(Vec<u64>),
    /// New pipeline options; every document was re-sent under the given jobs.
    SetOptions(AnalyzeOptions, Vec<(u64, u64)>),
    /// The stored user dictionary was loaded (and sent under this request).
    UserDictLoaded(UserDict, u64),
    /// The user changed the dictionary: sent under this request, and every
    /// document re-sent under the given jobs.
    SetUserDict(UserDict, u64, Vec<(u64, u64)>),
    /// A segmented-view request was sent.
    Segment(u64),
    /// A new-word request was sent.
    NewWords(u64),
    /// The user chose a term to look at across the corpus.
    Focus(String),
    /// Deleted documents come back (sent again under new jobs).
    Restore(Vec<(usize, Doc)>, Option<u64>),
    /// The undo offer was dismissed.
    DismissUndo,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Add(docs) => {
                s.start_batch(Cause::Added);
                if let Some(last) = docs.last() {
                    s.selected = Some(last.id);
                }
                s.docs.extend(docs);
                s.notice = None;
            }
            Action::Resent { id, source, job } => {
                s.start_batch(Cause::Added);
                if let Some(d) = s.docs.iter_mut().find(|d| d.id == id) {
                    d.source = source;
                    d.job = job;
                    d.status = DocStatus::Queued;
                }
                s.selected = Some(id);
                s.notice = None;
            }
            Action::Select(id) => s.selected = Some(id),
            Action::Rename(id, name) => {
                if let Some(d) = s.docs.iter_mut().find(|d| d.id == id) {
                    d.name = name;
                }
            }
            Action::Remove(id) => {
                let gone: Vec<(usize, Doc)> = s
                    .docs
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.id == id)
                    .map(|(i, d)| (i, d.clone()))
                    .collect();
                s.remember_deleted(gone);
                s.docs.retain(|d| d.id != id);
                if s.selected == Some(id) {
                    s.selected = s.docs.last().map(|d| d.id);
                }
            }
            Action::Clear => {
                let gone: Vec<(usize, Doc)> = s.docs.iter().cloned().enumerate().collect();
                s.remember_deleted(gone);
                s.docs.clear();
                s.selected = None;
            }
            Action::Notice(n) => s.notice = Some(n),
            Action::SetLang(l) => s.lang = l,
            Action::Explore(id) => {
                s.explore_request = id;
                s.view_cancelled = false;
            }
            Action::Summary(id) => s.summary_request = id,
            Action::WorkerRestarted(jobs) => {
                for d in &mut s.docs {
                    if jobs.contains(&d.job) {
                        d.status = DocStatus::Failed(Fault::of(FaultKind::WorkerLost));
                    }
                }
                s.dict = DictStatus::Loading;
                s.notice = Some(Notice::WorkerRestarted);
            }
            Action::SetOptions(options, jobs) => {
                s.start_batch(if options.stopwords != s.options.stopwords {
                    Cause::Stopwords
                } else {
                    Cause::Options
                });
                s.options = options;
                s.requeue(jobs);
            }
            Action::UserDictLoaded(dict, request) => {
                s.user_dict = Rc::new(dict);
                s.user_dict_request = request;
            }
            Action::SetUserDict(dict, request, jobs) => {
                s.start_batch(Cause::UserDict);
                s.user_dict = Rc::new(dict);
                s.user_dict_request = request;
                s.user_dict_status = UserDictStatus::Applying;
                s.requeue(jobs);
            }
            Action::Segment(id) => s.segment_request = id,
            Action::NewWords(id) => s.newwords_request = id,
            Action::Focus(term) => s.focus = Some((term, next_id())),
            Action::Restore(docs, selected) => {
                let n = docs.len();
                s.start_batch(Cause::Added);
                for (at, d) in docs {
                    if !s.docs.iter().any(|x| x.id == d.id) {
                        let at = at.min(s.docs.len());
                        s.docs.insert(at, d);
                    }
                }
                s.selected = selected
                    .filter(|id| s.docs.iter().any(|d| d.id == *id))
                    .or(s.selected);
                s.undo = None;
                s.event = Some((Event::Restored(n), next_id()));
            }
            Action::DismissUndo => s.undo = None,
            Action::Worker(resp) => match resp {
                Response::Loading => s.dict = DictStatus::Loading,
                Response::Ready { load_ms, build_ms } => {
                    s.dict = DictStatus::Ready { load_ms, build_ms }
                }
                Response::LoadFailed { fault } => {
                    for d in &mut s.docs {
                        if matches!(d.status, DocStatus::Queued | DocStatus::Running { .. }) {
                            d.status = DocStatus::Failed(fault.clone());
                        }
                    }
                    s.dict = DictStatus::Failed(fault);
                }
                Response::Progress { job, done, total } => {
                    if let Some(d) = s.doc_for_job(job) {
                        d.status = DocStatus::Running { done, total };
                    }
                }
                Response::Done {
                    job,
                    report,
                    timings,
                    original,
                    chain,
                    chars,
                } => {
                    if let Some(d) = s.doc_for_job(job) {
                        let original: Rc<str> = match (original, &*d.source) {
                            (Some(o), _) => o.into(),
                            (
                                None,
                                Source::Text(t)
                                | Source::Paged { text: t, .. }
                                | Source::Decoded { text: t, .. },
                            ) => t.as_str().into(),
                            (None, Source::File { .. }) => "".into(),
                        };
                        let original = Shared::from(original);
                        d.status = DocStatus::Done {
                            chars,
                            report: Shared::from(*report),
                            timings,
                            original,
                            chain: Shared::new(chain),
                        };
                        s.batch.0 += 1;
                        s.batch.1 += timings.total_ms;
                        s.end_batch_if_idle();
                    }
                }
                Response::Failed { job, fault } => {
                    if let Some(d) = s.doc_for_job(job) {
                        d.status = DocStatus::Failed(fault);
                    }
                    s.end_batch_if_idle();
                }
                Response::Cancelled { job } => {
                    if let Some(d) = s.doc_for_job(job) {
                        d.status = DocStatus::Cancelled;
                    }
                    // issue 20: the view being computed was cancelled
                    if job == s.explore_request && s.explored_id != job {
                        s.explored_id = job;
                        s.view_cancelled = true;
                    }
                    s.end_batch_if_idle();
                }
                // a handoff (issue 19) goes from worker to worker, not here
                Response::Pong
                | Response::BenchSegmented { .. }
                | Response::Handoff { .. }
                | Response::Text { .. } => {}
                Response::UserDictApplied { id, result } => {
                    if id == s.user_dict_request {
                        s.user_dict_status = match result {
                            Ok(ms) => UserDictStatus::Applied(ms),
                            Err(e) => UserDictStatus::Failed(e),
                        };
                    }
                }
                Response::Segmented { id, page } => {
                    if id == s.segment_request {
                        s.segmented = Some(page.map(|p| Shared::from(*p)));
                    }
                }
                Response::NewWords {
                    id,
                    candidates,
                    chars,
                    ms,
                } => {
                    if id == s.newwords_request {
                        s.new_words = Some(Shared::new(NewWordsFound {
                            candidates,
                            chars,
                            ms,
                        }));
                    }
                }
                Response::Diffed { job, answer } => {
                    s.diffed = Some((job, Shared::from(*answer)));
                }
                Response::Explored { id, result } => {
                    if matches!(*result, ExploreResult::File(_)) {
                        s.exported = Some((id, Shared::from(*result)));
                    } else if id == s.summary_request {
                        s.summary = Some(Shared::from(*result));
                    } else if id == s.explore_request {
                        s.explored_id = id;
                        s.explored = Some(Shared::from(*result));
                    }
                }
            },
        }
        Rc::new(s)
    }
}
