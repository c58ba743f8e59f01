//! `use_analysis_worker`: spawns the analysis worker, forwards its messages to
//! the app state, and replaces it when it stops answering.
//!
//! The worker is spawned in an effect, i.e. after the first paint, so the page
//! shell shows before any dictionary byte is requested. gloo-worker needs the
//! worker's type to build its bridge; only the type is named here, none of the
//! worker's code runs on the page.
//!
//! A watchdog pings the worker every second while jobs are outstanding; the
//! worker answers between steps and chunks. If nothing at all is heard for
//! [`SILENCE_MS`] plus [`SILENCE_MS_PER_MIB`] per MiB of the largest
//! outstanding document (a panic poisons a wasm instance; a worker can be killed),
//! the bridge is dropped, a fresh worker is spawned, and the lost jobs are
//! reported so the user sees what happened. The user dictionary last sent is
//! sent again to the replacement before anything else.
//!
//! Files go first to a second worker, the reader (`src/bin/reader.rs`;
//! issue 16 for PDF and OFD, issue 19 for every format), spawned when the
//! first file arrives so that its decoders are never downloaded before they
//! are needed; the text it returns goes on to an analysis worker as
//! [`Source::Paged`] or [`Source::Decoded`], and a refusal comes back as the
//! job's failure. When the watchdog gives up on silent workers it drops the
//! reader too, so a file that hangs it cannot stall the files after it.

use crate::core::analyze::AnalyzeOptions;
use crate::protocol::{
    ReadRequest, ReadResponse, Request, Response, Source, READER_WORKER_URL, WORKER_URL,
};
use crate::ui::codec::{AnalysisCodec, PageCodec};
use crate::ui::state::{Action, AppState};
use crate::worker::reader::ReaderWorker;
use crate::worker::AnalysisWorker;
use gloo_worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

mod pool;
mod texts;

/// How long a busy worker may stay silent before it is replaced.
pub const SILENCE_MS: f64 = 6000.0;

/// More silence allowed per MiB of the largest outstanding document: decoding,
/// cleaning and extraction each run without a break, so a 50 MB file keeps
/// the worker busy for many seconds without being stuck.
pub const SILENCE_MS_PER_MIB: f64 = 1000.0;

/// The silence allowed while documents of these sizes are outstanding.
fn allowed_silence(sizes: impl Iterator<Item = usize>) -> f64 {
    let largest = sizes.max().unwrap_or(0) as f64 / (1u64 << 20) as f64;
    SILENCE_MS + SILENCE_MS_PER_MIB * largest
}

/// The size in bytes of what a request asks the worker to analyse.
fn job_size(req: &Request) -> usize {
    match req {
        Request::Analyze {
            source: Source::Text(t),
            ..
        } => t.len(),
        Request::Analyze {
            source: Source::File { bytes, .. },
            ..
        } => bytes.len(),
        Request::Analyze {
            source: Source::Paged { text, .. } | Source::Decoded { text, .. },
            ..
        } => text.len(),
        _ => 0,
    }
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Jobs by id, in the order they were sent (ids only grow, so that is id
/// order). A few entries at a time: a vector, where a `BTreeMap` per value
/// type cost the page ~2 KB brotli of tree code (first-paint budget).
struct Jobs<V>(Vec<(u64, V)>);

impl<V> Default for Jobs<V> {
    fn default() -> Self {
        Jobs(Vec::new())
    }
}

impl<V> Jobs<V> {
    fn insert(&mut self, job: u64, value: V) {
        match self.0.iter_mut().find(|(j, _)| *j == job) {
            Some(slot) => slot.1 = value,
            None => self.0.push((job, value)),
        }
    }

    fn remove(&mut self, job: &u64) -> Option<V> {
        let i = self.0.iter().position(|(j, _)| j == job)?;
        Some(self.0.remove(i).1)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn clear(&mut self) {
        self.0.clear();
    }

    fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    fn into_keys(self) -> impl Iterator<Item = u64> {
        self.0.into_iter().map(|(j, _)| j)
    }
}

#[derive(Default)]
struct Watch {
    bridge: Option<WorkerBridge<AnalysisWorker>>,
    /// Jobs sent and not yet answered, with the size of their document.
    outstanding: Jobs<usize>,
    last_heard: f64,
    /// The last user dictionary sent, sent again to a replacement worker.
    user_dict: Option<Request>,
    // --- issues 16 and 19: the reader ---
    /// The reader, once the first file has arrived.
    reader: Option<WorkerBridge<ReaderWorker>>,
    /// Jobs whose text the reader is extracting: (document, name, options).
    reading: Jobs<(u64, String, AnalyzeOptions)>,
    /// When the reader last answered, or got a file while idle.
    reader_heard: f64,
    /// Where the reader's refusals go.
    dispatcher: Option<UseReducerDispatcher<AppState>>,
    /// issue 19: the secondary workers and the analyses waiting for a worker.
    pool: pool::Pool,
    /// issue 20: texts arriving in pieces, from any worker.
    texts: texts::Pending,
}

/// A handle to send requests to the worker.
#[derive(Clone)]
pub struct WorkerHandle {
    watch: Rc<RefCell<Watch>>,
}

impl PartialEq for WorkerHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.watch, &other.watch)
    }
}

impl WorkerHandle {
    /// Sends a request; returns `false` if the worker is not running.
    pub fn send(&self, req: Request) -> bool {
        let weak = Rc::downgrade(&self.watch);
        let mut w = self.watch.borrow_mut();
        if let Request::Analyze {
            job,
            source: Source::File { .. },
            ..
        } = &req
        {
            // a file is watched from now, while the reader reads it (other
            // analyses are counted when a worker gets them)
            if w.outstanding.is_empty() {
                w.last_heard = now();
            }
            w.outstanding.insert(*job, job_size(&req));
        }
        if matches!(req, Request::SetUserDict { .. }) {
            w.user_dict = Some(req.clone());
            pool::broadcast(&w, &req);
        }
        // issues 16 and 19: a file is read by the reader worker first
        let req = match req {
            Request::Analyze {
                job,
                doc,
                name,
                source: Source::File { bytes, encoding },
                options,
            } => {
                if w.reader.is_none() {
                    w.reader = Some(spawn_reader(&self.watch));
                }
                if w.reading.is_empty() {
                    w.reader_heard = now();
                }
                w.reading.insert(job, (doc, name.clone(), options));
                mark(&format!("wenxi:paged-sent:{job}"));
                if let Some(p) = &w.reader {
                    p.send(ReadRequest {
                        job,
                        name,
                        bytes: Rc::unwrap_or_clone(bytes),
                        encoding,
                    });
                }
                return true;
            }
            Request::Cancel { job } if w.reading.remove(&job).is_some() => {
                w.outstanding.remove(&job);
                if let Some(d) = w.dispatcher.clone() {
                    drop(w);
                    d.dispatch(Action::Worker(Response::Cancelled { job }));
                }
                return true;
            }
            // issue 19: analyses go to the pool, which sends them on
            req @ Request::Analyze { .. } => {
                pool::enqueue(&mut w, &weak, req);
                return true;
            }
            Request::Cancel { job } => match pool::cancel(&mut w, job) {
                Some(waiting) => {
                    if let (true, Some(d)) = (waiting, w.dispatcher.clone()) {
                        drop(w);
                        mark(&format!("wenxi:cancelled:{job}"));
                        d.dispatch(Action::Worker(Response::Cancelled { job }));
                    }
                    return true;
                }
                None => Request::Cancel { job },
            },
            Request::Forget { doc } => {
                pool::forget(&mut w, doc);
                Request::Forget { doc }
            }
            req @ Request::Explore { .. } => match pool::view(&mut w, req) {
                Some(req) => req,
                None => return true,
            },
            req => req,
        };
        match w.bridge.as_ref() {
            Some(b) => {
                b.send(req);
                true
            }
            None => false,
        }
    }

    /// Says that `n` analyses are about to come (files chosen, being read):
    /// the pool starts the secondary workers they will need (issue 19).
    pub fn expect(&self, n: usize) {
        let weak = Rc::downgrade(&self.watch);
        pool::expect(&mut self.watch.borrow_mut(), &weak, n);
    }
}

/// The reader's jobs, if it has been silent on its file for longer than the
/// files it holds allow (a file that hangs it): the reader is dropped, and
/// the next file gets a new one. Empty while it keeps up.
fn lost_in_reader(w: &mut Watch) -> Vec<u64> {
    if w.reading.is_empty() {
        return Vec::new();
    }
    let sizes = w.reading.0.iter().filter_map(|(job, _)| {
        w.outstanding
            .0
            .iter()
            .find(|(j, _)| j == job)
            .map(|&(_, size)| size)
    });
    if now() - w.reader_heard <= allowed_silence(sizes) {
        return Vec::new();
    }
    w.reader = None;
    let lost: Vec<u64> = std::mem::take(&mut w.reading).into_keys().collect();
    for job in &lost {
        w.outstanding.remove(job);
    }
    lost
}

/// Spawns the reader; its texts go on to the analysis workers.
fn spawn_reader(watch: &Rc<RefCell<Watch>>) -> WorkerBridge<ReaderWorker> {
    let weak = Rc::downgrade(watch);
    ReaderWorker::spawner()
        .encoding::<PageCodec>()
        .callback(move |resp: ReadResponse| {
            let Some(watch) = weak.upgrade() else { return };
            let mut guard = watch.borrow_mut();
            let w = &mut *guard;
            // a cancelled (or lost) job is not analysed
            let Some((doc, name, options)) = w.reading.remove(&resp.job) else {
                return;
            };
            w.reader_heard = now();
            // bench/pdf.mjs measures the reader from these two marks
            mark(&format!("wenxi:paged-read:{}", resp.job));
            match resp.result {
                Ok(source) => {
                    // on to a worker of the pool (issue 19)
                    w.outstanding.remove(&resp.job);
                    let req = Request::Analyze {
                        job: resp.job,
                        doc,
                        name,
                        source,
                        options,
                    };
                    pool::enqueue(w, &weak, req);
                }
                Err(fault) => {
                    w.outstanding.remove(&resp.job);
                    if let Some(d) = w.dispatcher.clone() {
                        drop(guard);
                        d.dispatch(Action::Worker(Response::Failed {
                            job: resp.job,
                            fault,
                        }));
                    }
                }
            }
        })
        .spawn_with_loader(READER_WORKER_URL)
}

fn spawn(watch: &Rc<RefCell<Watch>>, dispatcher: &UseReducerDispatcher<AppState>) {
    let w = Rc::downgrade(watch);
    watch.borrow_mut().dispatcher = Some(dispatcher.clone());
    let dispatcher = dispatcher.clone();
    let bridge = AnalysisWorker::spawner()
        .encoding::<AnalysisCodec>()
        .callback(move |mut resp| {
            if let Some(watch) = w.upgrade() {
                let mut w = watch.borrow_mut();
                w.last_heard = now();
                resp = match w.texts.absorb(resp) {
                    Some(resp) => resp,
                    None => return,
                };
                if matches!(resp, Response::Progress { .. }) && !pool::progress_due(&mut w) {
                    return;
                }
                match &resp {
                    Response::Done { job, .. }
                    | Response::Failed { job, .. }
                    | Response::Cancelled { job } => {
                        w.outstanding.remove(job);
                        // room in the primary: the next waiting analysis (issue 19)
                        pool::pump(&mut w, &Rc::downgrade(&watch));
                        pool::flush_view(&mut w);
                    }
                    Response::LoadFailed { .. } => w.outstanding.clear(),
                    _ => {}
                }
            }
            // issue 20: every cancelled job or request leaves a mark, so
            // tests and devtools can see what the worker stopped
            if let Response::Cancelled { job } = &resp {
                mark(&format!("wenxi:cancelled:{job}"));
            }
            match resp {
                Response::Pong => {}
                Response::BenchSegmented { chars, ms, .. } => emit_bench_result(chars, &ms),
                Response::Ready { .. } => {
                    // lets benchmarks and devtools see when analysis became possible
                    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                        let _ = p.mark("wenxi:ready");
                    }
                    dispatcher.dispatch(Action::Worker(resp))
                }
                _ => deliver(&dispatcher, resp),
            }
        })
        .spawn_with_loader(WORKER_URL);
    let mut w = watch.borrow_mut();
    // a replacement worker starts with the user's dictionary, before any job
    if let Some(req) = w.user_dict.clone() {
        bridge.send(req);
    }
    w.bridge = Some(bridge);
}

/// Hands an answer to the app. A finished analysis is handed over in a task
/// of its own (issue 20): decoding a 10 MiB document's report and rendering
/// its results were one 60–90 ms task on the page; each is under 50 ms alone.
fn deliver(dispatcher: &UseReducerDispatcher<AppState>, resp: Response) {
    if matches!(resp, Response::Done { .. }) {
        let dispatcher = dispatcher.clone();
        gloo_timers::callback::Timeout::new(0, move || {
            dispatcher.dispatch(Action::Worker(resp));
        })
        .forget();
    } else {
        dispatcher.dispatch(Action::Worker(resp));
    }
}

/// Spawns the worker for the lifetime of the calling component.
#[hook]
pub fn use_analysis_worker(dispatcher: UseReducerDispatcher<AppState>) -> WorkerHandle {
    let watch = use_mut_ref(Watch::default);
    {
        let watch = watch.clone();
        use_effect_with((), move |_| {
            watch.borrow_mut().pool.size = pool::pool_size();
            spawn(&watch, &dispatcher);
            let ticker = {
                let watch = watch.clone();
                gloo_timers::callback::Interval::new(1000, move || {
                    let lost = {
                        let mut w = watch.borrow_mut();
                        // issue 19: the secondaries have their own watch
                        pool::watch(&mut w, &Rc::downgrade(&watch));
                        if w.outstanding.is_empty() {
                            return;
                        }
                        let in_reader = lost_in_reader(&mut w);
                        if now() - w.last_heard <= allowed_silence(w.outstanding.values().copied())
                        {
                            if let Some(b) = &w.bridge {
                                b.send(Request::Ping);
                            }
                            if in_reader.is_empty() {
                                return;
                            }
                            drop(w);
                            dispatcher.dispatch(Action::WorkerRestarted(in_reader));
                            return;
                        }
                        w.bridge = None;
                        // a file may have hung the reader: the next file gets a new one
                        w.reader = None;
                        w.reading.clear();
                        let mut lost: Vec<u64> =
                            std::mem::take(&mut w.outstanding).into_keys().collect();
                        lost.extend(in_reader);
                        for &job in &lost {
                            w.texts.forget(job);
                        }
                        lost
                    };
                    spawn(&watch, &dispatcher);
                    dispatcher.dispatch(Action::WorkerRestarted(lost));
                })
            };
            let bench = bench_listener(WorkerHandle {
                watch: watch.clone(),
            });
            move || {
                drop(ticker);
                drop(bench);
                let mut w = watch.borrow_mut();
                w.bridge = None;
                w.pool.workers.clear();
            }
        });
    }
    WorkerHandle { watch }
}

/// The benchmark hook: a `wenxi-bench` event on the window, with
/// `detail = { text, runs }`, asks the worker for [`Request::BenchSegment`];
/// the answer comes back as a `wenxi-bench-result` event with
/// `detail = { chars, ms }` (see `bench/browser.mjs`). No UI shows it.
fn bench_listener(handle: WorkerHandle) -> Option<window_events::Listener> {
    window_events::Listener::on_window("wenxi-bench", move |detail| {
        let field = |k: &str| js_sys::Reflect::get(&detail, &k.into()).ok();
        let text = field("text")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let runs = field("runs").and_then(|v| v.as_f64()).unwrap_or(5.0) as u32;
        handle.send(Request::BenchSegment { id: 0, text, runs });
    })
}

/// Sends a benchmark answer to the page as a `wenxi-bench-result` event.
fn emit_bench_result(chars: usize, ms: &[f64]) {
    let detail = js_sys::Object::new();
    let times: js_sys::Array = ms
        .iter()
        .map(|&m| wasm_bindgen::JsValue::from_f64(m))
        .collect();
    let _ = js_sys::Reflect::set(&detail, &"chars".into(), &(chars as f64).into());
    let _ = js_sys::Reflect::set(&detail, &"ms".into(), &times);
    window_events::emit_on_window("wenxi-bench-result", &detail);
}

/// Window events with a `detail`, in a few lines of web-sys.
mod window_events {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    /// A window event listener, removed when dropped.
    pub struct Listener {
        name: &'static str,
        closure: Closure<dyn Fn(web_sys::Event)>,
    }

    impl Listener {
        /// Calls `f` with the `detail` of every `name` event on the window.
        pub fn on_window(name: &'static str, f: impl Fn(JsValue) + 'static) -> Option<Self> {
            let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                if let Some(e) = e.dyn_ref::<web_sys::CustomEvent>() {
                    f(e.detail());
                }
            });
            web_sys::window()?
                .add_event_listener_with_callback(name, closure.as_ref().unchecked_ref())
                .ok()?;
            Some(Listener { name, closure })
        }
    }

    impl Drop for Listener {
        fn drop(&mut self) {
            if let Some(w) = web_sys::window() {
                let _ = w.remove_event_listener_with_callback(
                    self.name,
                    self.closure.as_ref().unchecked_ref(),
                );
            }
        }
    }

    /// Dispatches a `name` event with `detail` on the window.
    pub fn emit_on_window(name: &str, detail: &JsValue) {
        let init = web_sys::CustomEventInit::new();
        init.set_detail(detail);
        if let (Some(w), Ok(e)) = (
            web_sys::window(),
            web_sys::CustomEvent::new_with_event_init_dict(name, &init),
        ) {
            let _ = w.dispatch_event(&e);
        }
    }
}
