//! The analysis worker: owns the dictionary and answers protocol requests.
//!
//! It runs in a dedicated web worker so segmentation never blocks the page.
//! On start it fetches the dictionary assets (relative URLs, so the app works
//! from any static path), builds the [`Dictionary`] and tells every connected
//! page it is ready. Jobs run one at a time from a queue. A job yields to the
//! worker's event loop after every chunk of text (through a `MessageChannel`,
//! which, unlike `setTimeout(0)`, is not clamped to 4 ms), so a `Cancel`
//! request is seen between chunks and the job stops there.
//!
//! This file holds the queue and the state machine; `assets` fetches and
//! builds the dictionary, `jobs` runs one analysis, `tasks` runs the
//! other long requests (views, files, pages, new words).

use crate::core::analyze::{prepare, tokens, AnalyzeOptions};
use crate::core::dict::Dictionary;
use crate::core::segment::{chunks, tag, SegmentOptions};
use crate::core::stopwords::{StopwordEdits, Stopwords};
use crate::core::userdict::UserDict;
use crate::protocol::{
    Fault, PageToken, Request, Response, SegmentPage, SegmentQuery, Source, SEGMENT_PAGE_BYTES,
};
use explore::Corpus;
use gloo_worker::{HandlerId, Worker, WorkerScope};
use std::cell::RefCell;
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::WorkerGlobalScope;

mod assets;
mod diff;
mod explore;
mod jobs;
pub(crate) mod links;
mod pool;
pub mod reader;
mod tasks;
mod toolkit;

use assets::{load_dictionary, mark, mark_measure};
use jobs::run_job;

/// Internal messages of the worker.
pub enum Msg {
    /// The dictionary finished loading (or failed).
    Loaded(Result<(Box<Dictionary>, f64), Fault>),
    /// The running job ended (done, failed or cancelled).
    JobEnded,
    /// A version comparison ended (issue 17).
    DiffEnded(u64),
    /// A view, file, page or new-words request ended (issues 18, 20).
    TaskEnded(u64),
}

enum State {
    Loading,
    Ready { load_ms: f64, build_ms: f64 },
    Failed(Fault),
}

/// One queued analysis.
struct Job {
    handler: HandlerId,
    job: u64,
    doc: u64,
    name: String,
    source: Source,
    options: AnalyzeOptions,
}

/// The analysis worker.
pub struct AnalysisWorker {
    dict: Option<Rc<Dictionary>>,
    state: State,
    queue: VecDeque<Job>,
    running: Option<u64>,
    cancelled: Rc<RefCell<HashSet<u64>>>,
    corpus: Rc<RefCell<Corpus>>,
    subscribers: HashSet<HandlerId>,
    started: f64,
    /// A user dictionary to apply once no job holds the dictionary.
    pending_user: Option<(HandlerId, u64, UserDict)>,
    /// The stopword edits of the latest analysis, for corpus views.
    stopwords: StopwordEdits,
    /// Version comparisons running (issue 17), so a cancel reaches them.
    diffs: HashSet<u64>,
    /// Views, files, pages and new words being computed (issues 18, 20).
    tasks: tasks::Tasks,
    /// A secondary worker of the pool (issue 19): hands its documents over.
    secondary: bool,
}

fn now() -> f64 {
    js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Longest stretch of segmentation between two yields (progress message and
/// a look at the cancel requests), in ms.
const YIELD_MS: f64 = 50.0;

/// Lets queued messages (such as a cancel) in before the next chunk.
async fn yield_now() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
    });
    if channel.port2().post_message(&JsValue::NULL).is_ok() {
        let _ = JsFuture::from(promise).await;
    }
    channel.port1().set_onmessage(None);
}

/// One page of a document, segmented and tagged; `None` for an unknown document.
fn segment_page(corpus: &Corpus, dict: &Dictionary, q: &SegmentQuery) -> Option<SegmentPage> {
    let asked = corpus.get(q.doc)?.text();
    let find = q.find.as_deref().filter(|f| !f.is_empty());
    // a searched word shows in the asked document, else in the first that has it
    let (doc, text, at) = find
        .and_then(|f| {
            std::iter::once((q.doc, asked))
                .chain(corpus.iter().map(|(id, d)| (id, d.text())))
                .find_map(|(id, text)| text.find(f).map(|at| (id, text, Some(at))))
        })
        .unwrap_or((q.doc, asked, None));
    let pages: Vec<(usize, &str)> = chunks(text, SEGMENT_PAGE_BYTES).collect();
    let page = match at {
        Some(at) => pages.iter().rposition(|(o, _)| *o <= at).unwrap_or(0),
        None => q.page.min(pages.len().saturating_sub(1)),
    };
    let (offset, chunk) = pages.get(page).copied().unwrap_or((0, ""));
    let opts = SegmentOptions::default().mode(q.mode).hmm(q.hmm);
    let jieba = dict.segmenter(q.policy_lexicon);
    let tagged = tag(jieba, chunk, &opts, &mut |_, _| {
        std::ops::ControlFlow::Continue(())
    })
    .unwrap_or_default();
    // jieba tags words it found by HMM `x`, and some names as another kind
    // (`阳朔` nr); the names extraction recognises (people, places,
    // organisations) get their kinds' tags instead
    let named: std::collections::HashMap<(usize, usize), &str> =
        crate::core::extract::extract(chunk)
            .entities
            .iter()
            .flat_map(|e| {
                let tag = match e.kind.as_str() {
                    "person" => "nr",
                    "place" => "ns",
                    _ => "nt",
                };
                e.spans.iter().map(move |s| (*s, tag))
            })
            .collect();
    let tokens = tagged
        .iter()
        .map(|t| {
            let span = (t.token.start, t.token.end);
            let tag = match named.get(&span) {
                Some(named) => crate::core::pos::named_tag(t.tag, named),
                None => t.tag,
            };
            PageToken {
                start: t.token.start as u32,
                end: t.token.end as u32,
                tag: tag.to_string(),
            }
        })
        .collect();
    Some(SegmentPage {
        doc,
        page,
        pages: pages.len().max(1),
        offset,
        text: chunk.to_string(),
        tokens,
        found: at.is_some(),
    })
}

impl AnalysisWorker {
    fn status(&self) -> Response {
        match &self.state {
            State::Loading => Response::Loading,
            State::Ready { load_ms, build_ms } => Response::Ready {
                load_ms: *load_ms,
                build_ms: *build_ms,
            },
            State::Failed(f) => Response::LoadFailed { fault: f.clone() },
        }
    }

    /// Applies a pending user dictionary when no job holds the dictionary.
    fn apply_user_dict(&mut self, scope: &WorkerScope<Self>) {
        if self.running.is_some() || self.pending_user.is_none() {
            return;
        }
        let Some(dict) = self.dict.as_mut().and_then(Rc::get_mut) else {
            return;
        };
        let Some((handler, id, user)) = self.pending_user.take() else {
            return;
        };
        let t0 = now();
        let result = dict
            .set_user_dict(user)
            .map(|()| now() - t0)
            .map_err(Fault::from);
        scope.respond(handler, Response::UserDictApplied { id, result });
    }

    /// Starts the next queued job when nothing runs.
    fn pump(&mut self, scope: &WorkerScope<Self>) {
        if self.running.is_some() {
            return;
        }
        self.apply_user_dict(scope);
        let Some(dict) = self.dict.clone() else {
            return;
        };
        let Some(job) = self.queue.pop_front() else {
            return;
        };
        self.running = Some(job.job);
        let cancelled = self.cancelled.clone();
        // a secondary worker keeps no corpus (issue 19)
        let corpus = (!self.secondary).then(|| self.corpus.clone());
        let task_scope = scope.clone();
        scope.send_future(async move {
            run_job(task_scope, dict, cancelled, corpus, job).await;
            Msg::JobEnded
        });
    }
}

impl Worker for AnalysisWorker {
    type Message = Msg;
    type Input = Request;
    type Output = Response;

    fn create(scope: &WorkerScope<Self>) -> Self {
        scope.send_future(async { Msg::Loaded(load_dictionary().await) });
        AnalysisWorker {
            dict: None,
            state: State::Loading,
            queue: VecDeque::new(),
            running: None,
            cancelled: Rc::default(),
            corpus: Rc::default(),
            subscribers: HashSet::new(),
            started: now(),
            pending_user: None,
            stopwords: StopwordEdits::default(),
            diffs: HashSet::new(),
            tasks: tasks::Tasks::default(),
            secondary: false,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, msg: Self::Message) {
        match msg {
            Msg::JobEnded => self.running = None,
            Msg::DiffEnded(job) => {
                self.diffs.remove(&job);
                self.cancelled.borrow_mut().remove(&job);
            }
            Msg::TaskEnded(id) => self.tasks.end(id, &self.cancelled),
            Msg::Loaded(result) => {
                match result {
                    Ok((dict, build_ms)) => {
                        self.dict = Some(Rc::from(dict));
                        self.state = State::Ready {
                            load_ms: now() - self.started,
                            build_ms,
                        };
                    }
                    Err(e) => {
                        self.state = State::Failed(e);
                        self.queue.clear();
                    }
                }
                let status = self.status();
                for id in &self.subscribers {
                    scope.respond(*id, status.clone());
                }
            }
        }
        self.pump(scope);
    }

    fn connected(&mut self, scope: &WorkerScope<Self>, id: HandlerId) {
        self.subscribers.insert(id);
        scope.respond(id, self.status());
    }

    fn disconnected(&mut self, _scope: &WorkerScope<Self>, id: HandlerId) {
        self.subscribers.remove(&id);
        self.queue.retain(|j| j.handler != id);
    }

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Self::Input, id: HandlerId) {
        match msg {
            Request::Ping => scope.respond(id, Response::Pong),
            // --- issue 19: the worker pool ---
            Request::Secondary => {
                self.secondary = true;
                mark("wenxi:secondary");
            }
            Request::Adopt { job, doc, blob } => {
                let t = now();
                if let Some((kept, stopwords)) = pool::adopt(job, &blob) {
                    self.corpus.borrow_mut().insert(doc, kept);
                    self.stopwords = stopwords;
                }
                mark_measure("wenxi:adopt", t);
            }
            Request::BenchSegment {
                id: request,
                text,
                runs,
            } => {
                let opts = AnalyzeOptions::default();
                let prepared = prepare(&text, &opts);
                let mut ms = Vec::new();
                if let Some(dict) = self.dict.as_deref() {
                    for _ in 0..runs.min(100) {
                        let t0 = now();
                        let toks = tokens(dict, &prepared, &opts, &mut |_, _| {
                            std::ops::ControlFlow::Continue(())
                        });
                        ms.push(now() - t0);
                        drop(toks);
                    }
                }
                let chars = prepared.text.chars().count();
                scope.respond(
                    id,
                    Response::BenchSegmented {
                        id: request,
                        chars,
                        ms,
                    },
                );
            }
            Request::Forget { doc } => self.corpus.borrow_mut().forget(doc),
            Request::Diff {
                job,
                old,
                new,
                file,
            } => {
                self.diffs.insert(job);
                let (corpus, cancelled) = (self.corpus.clone(), self.cancelled.clone());
                let task_scope = scope.clone();
                let req = diff::DiffJob {
                    handler: id,
                    job,
                    old,
                    new,
                    file,
                };
                scope.send_future(async move {
                    diff::run_diff(task_scope, corpus, cancelled, req).await;
                    Msg::DiffEnded(job)
                });
            }
            // views, files, pages and new words are tasks that yield and can
            // be cancelled; a newer view replaces an older (issues 18, 20)
            Request::Explore {
                id: request,
                docs,
                query,
            } => {
                mark("wenxi:explore-received");
                let stopwords = Stopwords::default_zh_edited(&self.stopwords);
                let (corpus, dict) = (self.corpus.clone(), self.dict.clone());
                let slot = tasks::Slot::of(&query);
                self.tasks
                    .spawn(scope, &self.cancelled, (id, request, slot), |task| {
                        tasks::explore(task, corpus, dict, stopwords, docs, query)
                    });
            }
            Request::SetUserDict { id: request, dict } => {
                // a newer dictionary replaces one still waiting
                self.pending_user = Some((id, request, dict));
                self.pump(scope);
            }
            Request::Segment { id: request, query } => {
                let (corpus, dict) = (self.corpus.clone(), self.dict.clone());
                let slot = (id, request, tasks::Slot::Segment);
                self.tasks.spawn(scope, &self.cancelled, slot, |task| {
                    tasks::segment(task, corpus, dict, query)
                });
            }
            Request::NewWords {
                id: request,
                docs,
                options,
                policy_lexicon,
            } => {
                let (corpus, dict) = (self.corpus.clone(), self.dict.clone());
                let slot = (id, request, tasks::Slot::NewWords);
                self.tasks.spawn(scope, &self.cancelled, slot, |task| {
                    tasks::new_words(task, corpus, dict, docs, options, policy_lexicon)
                });
            }
            Request::Cancel { job } => {
                let before = self.queue.len();
                self.queue.retain(|j| j.job != job);
                if self.queue.len() != before {
                    scope.respond(id, Response::Cancelled { job });
                } else if self.running == Some(job)
                    || self.diffs.contains(&job)
                    || self.tasks.contains(job)
                {
                    self.cancelled.borrow_mut().insert(job);
                }
            }
            Request::Analyze {
                job,
                doc,
                name,
                source,
                options,
            } => {
                if let State::Failed(fault) = &self.state {
                    let fault = fault.clone();
                    scope.respond(id, Response::LoadFailed { fault });
                    return;
                }
                self.stopwords = options.stopwords.clone();
                self.queue.push_back(Job {
                    handler: id,
                    job,
                    doc,
                    name,
                    source,
                    options,
                });
                self.pump(scope);
            }
        }
    }
}
