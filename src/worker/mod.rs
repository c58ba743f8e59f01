//! The analysis worker: owns the dictionary and answers protocol requests.
//!
//! It runs in a dedicated web worker so segmentation never blocks the page.
//! On start it fetches the dictionary assets (relative URLs, so the app works
//! from any static path), builds the [`Dictionary`] and tells every connected
//! page it is ready. Jobs run one at a time from a queue. A job yields to the
//! worker's event loop after every chunk of text (through a `MessageChannel`,
//! which, unlike `setTimeout(0)`, is not clamped to 4 ms), so a `Cancel`
//! request is seen between chunks and the job stops there.

use crate::core::analyze::{prepare, report_steps, tokens, AnalyzeOptions};
use crate::core::decode::encoding_for_label;
use crate::core::dict::{gunzip_bytes, Dictionary};
use crate::core::formats::read_document;
use crate::core::segment::{chunks, cut_chunk, tag, SegmentOptions};
use crate::core::stopwords::{StopwordEdits, Stopwords};
use crate::core::userdict::UserDict;
use crate::core::wordtable::WordTable;
use crate::protocol::{
    PageToken, Request, Response, SegmentPage, SegmentQuery, Source, Timings, DICT_URL, POLICY_URL,
    SEGMENT_PAGE_BYTES,
};
use explore::{Corpus, CorpusDoc};
use gloo_worker::{HandlerId, Worker, WorkerScope};
use js_sys::Uint8Array;
use std::cell::RefCell;
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::WorkerGlobalScope;

mod diff;
mod explore;
pub mod paged;
mod pool;
mod tasks;
mod toolkit;

/// Internal messages of the worker.
pub enum Msg {
    /// The dictionary finished loading (or failed).
    Loaded(Result<(Box<Dictionary>, f64), String>),
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
    Failed(String),
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

/// Says in Chinese and English that `url` could not be downloaded.
fn download_error(url: &str, e: &JsValue) -> String {
    format!(
        "下载 {url} 失败 / could not download {url}: {}",
        e.as_string()
            .or_else(|| js_sys::JSON::stringify(e).ok().and_then(|s| s.as_string()))
            .unwrap_or_default()
    )
}

/// Fetches `url`; an HTTP error status is an error too.
async fn fetch_ok(url: &str) -> Result<web_sys::Response, String> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let resp: web_sys::Response = JsFuture::from(scope.fetch_with_str(url))
        .await
        .map_err(|e| download_error(url, &e))?
        .unchecked_into();
    if !resp.ok() {
        return Err(format!(
            "下载 {url} 失败 / could not download {url}: HTTP {}",
            resp.status()
        ));
    }
    Ok(resp)
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let describe = |e: JsValue| download_error(url, &e);
    let resp = fetch_ok(url).await?;
    let buf = JsFuture::from(resp.array_buffer().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Fetches a gzip asset and inflates it: with the browser's
/// `DecompressionStream` while the bytes arrive when it has one (so little is
/// left to do when the last byte is in), else in wasm once they are all in.
async fn fetch_inflated(url: &str) -> Result<Vec<u8>, String> {
    let describe = |e: JsValue| download_error(url, &e);
    let global = js_sys::global();
    let stream_ctor = js_sys::Reflect::get(&global, &"DecompressionStream".into())
        .ok()
        .filter(|c| c.is_function());
    let Some(ctor) = stream_ctor else {
        let bytes = fetch_bytes(url).await?;
        return gunzip_bytes(url, &bytes).map_err(|e| e.to_string());
    };
    let resp = fetch_ok(url).await?;
    let body = resp
        .body()
        .ok_or_else(|| describe(JsValue::from_str("no body")))?;
    let inflate = js_sys::Reflect::construct(
        ctor.unchecked_ref::<js_sys::Function>(),
        &js_sys::Array::of1(&JsValue::from_str("gzip")),
    )
    .map_err(describe)?;
    let pipe: js_sys::Function = js_sys::Reflect::get(&body, &"pipeThrough".into())
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    let inflated = pipe.call1(&body, &inflate).map_err(describe)?;
    let out = web_sys::Response::new_with_opt_readable_stream(Some(inflated.unchecked_ref()))
        .map_err(describe)?;
    let buf = JsFuture::from(out.array_buffer().map_err(describe)?)
        .await
        .map_err(|e| format!("{}（数据已损坏 / damaged data）", describe(e)))?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Sets a performance mark in the worker's timeline (read by bench/ready.mjs).
fn mark(name: &str) {
    if let Some(p) = js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
    {
        let _ = p.mark(name);
    }
}

/// Records how long something since `start` took, as a performance mark
/// `name:MS` in the worker's timeline (bench/pool.mjs reads them).
fn mark_measure(name: &str, start: f64) {
    mark(&format!("{name}:{:.3}", now() - start));
}

async fn load_dictionary() -> Result<(Box<Dictionary>, f64), String> {
    let mut fetches = Box::pin(futures::future::join(
        fetch_inflated(DICT_URL),
        fetch_bytes(POLICY_URL),
    ));
    // Start both downloads. If the dictionary is still on its way after
    // WARM_UP_AFTER_MS (a network, not the cache or a local server), warm
    // the decoder and the build up while the bytes travel: optimised code
    // for them is then ready when the bytes are (over a 40 Mbit/s link the
    // dictionary is ready ~30 ms sooner after its last byte). When the bytes
    // are already in, warming up would only delay the real work.
    let timer = gloo_timers::future::TimeoutFuture::new(WARM_UP_AFTER_MS);
    if let futures::future::Either::Left(((raw, policy), _)) =
        futures::future::select(fetches.as_mut(), timer).await
    {
        return build_dictionary(raw?, policy?);
    }
    if !arrived(DICT_URL) {
        mark("wenxi:warm-up");
        crate::core::dict::warm_up();
        mark("wenxi:warmed-up");
    }
    let (raw, policy) = fetches.await;
    build_dictionary(raw?, policy?)
}

/// How long the dictionary download may take before the worker warms up.
const WARM_UP_AFTER_MS: u32 = 20;

/// Whether the last byte of `url` (relative to the worker) has arrived: the
/// browser records a resource timing entry when a response completes.
fn arrived(url: &str) -> bool {
    let Some(perf) = js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
    else {
        return false;
    };
    perf.get_entries_by_type("resource").iter().any(|e| {
        js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n.ends_with(url))
    })
}

/// Decodes the dictionary asset and builds the segmenter with the lexicon.
fn build_dictionary(raw: Vec<u8>, policy: Vec<u8>) -> Result<(Box<Dictionary>, f64), String> {
    let policy = String::from_utf8_lossy(&policy);
    let t0 = now();
    mark("wenxi:dict-inflated");
    let built = (|| {
        let words = WordTable::decode(DICT_URL, &raw)?;
        mark("wenxi:dict-decoded");
        let dict = Dictionary::from_words(words);
        mark("wenxi:dict-segmenter");
        dict.with_policy_lexicon(&policy)
    })()
    .map_err(|e| e.to_string())?;
    mark("wenxi:dict-built");
    Ok((Box::new(built), now() - t0))
}

/// Runs one job to its end, answering progress, the report, a refusal or a
/// cancellation.
async fn run_job(
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
    let is_file = matches!(source, Source::File { .. } | Source::Paged { .. });
    let (text, encoding) = match source {
        Source::Text(t) => (t, "UTF-8"),
        Source::File { bytes, encoding } => {
            let forced = encoding.as_deref().and_then(encoding_for_label);
            match read_document(&name, &bytes, forced) {
                Ok(d) => (d.text, d.encoding),
                Err(e) => {
                    let message = e.to_string();
                    scope.respond(handler, Response::Failed { job, message });
                    return;
                }
            }
        }
        // issue 16: text read by the PDF/OFD worker
        Source::Paged { text, format, .. } => (text, if format == "ofd" { "OFD" } else { "PDF" }),
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
        if done < total && c1 - last_yield >= YIELD_MS {
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
    let doc = report_steps(
        &dict,
        &name,
        encoding,
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
            let blob = pool::handoff(name, &doc, &toks, &options.stopwords);
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
            original: is_file.then_some(text),
            chain,
        },
    );
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
    // jieba tags words it found by HMM `x`; the names extraction recognises
    // (people, places, organisations) get their proper tags instead
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
                Some(named) if t.tag == "x" => named,
                _ => t.tag,
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
            State::Failed(m) => Response::LoadFailed { message: m.clone() },
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
            .map_err(|e| e.to_string());
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
                if let State::Failed(message) = &self.state {
                    let message = message.clone();
                    scope.respond(id, Response::LoadFailed { message });
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
