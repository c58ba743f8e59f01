//! The pool of analysis workers (issue 19).
//!
//! The primary worker (the one [`super::spawn`] starts) keeps the corpus for
//! the views. When more than one document waits, secondary workers — the
//! same worker code, told [`Request::Secondary`] — are spawned up to
//! [`pool_size`] workers in all; each document is analysed in one worker.
//! Analyses wait on the page and go to a worker with room ([`DEPTH`] jobs at
//! most, so a worker never idles between two), the primary first. A
//! secondary answers each analysis with a [`Response::Handoff`] — the
//! document's report and tokens, encoded in the worker — which the page
//! forwards as it is to the primary ([`Request::Adopt`], the same bytes:
//! `crate::ui::codec::AnalysisCodec`) before the job's
//! `Done`, so every corpus view sees every document.
//!
//! A secondary that stays silent past the watchdog's limit is dropped and its
//! documents run again elsewhere (a new secondary is spawned as needed); one
//! that cannot load the dictionary shrinks the pool to the primary. Idle
//! secondaries are terminated when the corpus is cleared and after
//! [`IDLE_MS`] without work, which gives their memory back.

use super::{allowed_silence, job_size, mark, now, Watch};
use crate::protocol::{Request, Response, WORKER_URL};
use crate::ui::codec::{forward_handoff, take_handoff, AnalysisCodec};
use crate::worker::AnalysisWorker;
use gloo_worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::rc::Weak;

/// Most analyses sent to one worker at a time.
pub const DEPTH: usize = 2;

/// Most workers in the pool, the primary included.
pub const MAX_WORKERS: usize = 4;

/// Idle secondary workers are terminated after this long without work.
pub const IDLE_MS: f64 = 60_000.0;

/// While several analyses are outstanding, a progress message is shown at
/// most this often (each re-renders the page, whose thread the workers need).
pub const PROGRESS_MS: f64 = 100.0;

/// Whether a progress message is to be shown now: always for a lone
/// analysis, at most every [`PROGRESS_MS`] while there are several.
pub fn progress_due(w: &mut Watch) -> bool {
    let several = w.outstanding.0.len()
        + w.pool.waiting.len()
        + w.pool.workers.iter().map(|s| s.jobs.len()).sum::<usize>()
        > 1;
    let t = now();
    if several && t - w.pool.last_progress < PROGRESS_MS {
        return false;
    }
    w.pool.last_progress = t;
    true
}

/// While analyses run, a corpus view is sent at most this often: each
/// analysis that ends changes the documents and the view asks again, and
/// the primary worker would count the whole corpus after every document
/// (most of those counts are cancelled by the next request half done).
pub const VIEW_MS: f64 = 1000.0;

/// Whether analyses are outstanding anywhere.
fn analysing(w: &Watch) -> bool {
    !w.outstanding.is_empty()
        || !w.pool.waiting.is_empty()
        || w.pool.workers.iter().any(|s| !s.jobs.is_empty())
}

/// A corpus view to send now, or `None` when it is held (analyses run and
/// one was sent less than [`VIEW_MS`] ago; a newer view replaces it).
/// Files (exports, the archive, a document's file) and key sentences are
/// never held.
pub fn view(w: &mut Watch, req: Request) -> Option<Request> {
    use crate::protocol::ExploreQuery as Q;
    let Request::Explore { query, .. } = &req else {
        return Some(req);
    };
    let file = matches!(
        query,
        Q::Export { .. }
            | Q::Archive
            | Q::DocumentFile { .. }
            | Q::StopwordList
            | Q::Summary { .. }
    );
    let t = now();
    if !file && analysing(w) && t - w.pool.view_sent < VIEW_MS {
        w.pool.held_view = Some(req);
        return None;
    }
    if !file {
        w.pool.view_sent = t;
        w.pool.held_view = None;
    }
    Some(req)
}

/// Sends the held corpus view once it is due or the analyses are over.
pub fn flush_view(w: &mut Watch) {
    if w.pool.held_view.is_none() || (analysing(w) && now() - w.pool.view_sent < VIEW_MS) {
        return;
    }
    if let (Some(req), Some(b)) = (w.pool.held_view.take(), &w.bridge) {
        w.pool.view_sent = now();
        b.send(req);
    }
}

/// The secondary workers and the analyses waiting for a worker.
#[derive(Default)]
pub struct Pool {
    /// Workers that may analyse at once, the primary included (1: no pool).
    pub size: usize,
    /// Analyses not yet sent to a worker, in order.
    pub waiting: Vec<Request>,
    /// The secondary workers.
    pub workers: Vec<Secondary>,
    /// When the secondaries last became idle.
    pub idle_since: f64,
    /// Serial number of the last secondary spawned.
    serial: u64,
    /// When a progress message was last shown.
    last_progress: f64,
    /// The latest corpus view asked for while analyses run, not yet sent.
    held_view: Option<Request>,
    /// Analyses held for a task of their own ([`enqueue`]), in order.
    later: Vec<Request>,
    /// When a corpus view was last sent.
    view_sent: f64,
}

/// A secondary worker and the analyses sent to it.
pub struct Secondary {
    bridge: WorkerBridge<AnalysisWorker>,
    /// Jobs sent and not answered, with their requests (sent again elsewhere
    /// if the worker dies).
    jobs: Vec<(u64, Request)>,
    last_heard: f64,
    serial: u64,
}

/// How many workers analyse at once: `?pool=N` in the page's address, else
/// the browser's logical processors and memory (about 1 GB per worker; both
/// capped at [`MAX_WORKERS`]).
pub fn pool_size() -> usize {
    let Some(window) = web_sys::window() else {
        return 1;
    };
    let forced = window.location().search().ok().and_then(|q| {
        q.trim_start_matches('?')
            .split('&')
            .find_map(|kv| kv.strip_prefix("pool="))
            .and_then(|n| n.parse::<usize>().ok())
    });
    if let Some(n) = forced {
        return n.clamp(1, MAX_WORKERS);
    }
    let navigator = window.navigator();
    let cores = (navigator.hardware_concurrency() as usize).max(1);
    let memory = js_sys::Reflect::get(&navigator, &"deviceMemory".into())
        .ok()
        .and_then(|m| m.as_f64())
        .map_or(MAX_WORKERS, |gb| (gb as usize).max(1));
    cores.min(memory).min(MAX_WORKERS)
}

fn job_of(req: &Request) -> u64 {
    match req {
        Request::Analyze { job, .. } => *job,
        _ => 0,
    }
}

fn doc_of(req: &Request) -> u64 {
    match req {
        Request::Analyze { doc, .. } => *doc,
        _ => 0,
    }
}

/// Jobs the primary is analysing (or has queued), without the PDF/OFD files
/// still with the reader.
fn primary_load(w: &Watch) -> usize {
    w.outstanding
        .0
        .iter()
        .filter(|(j, _)| !w.reading.0.iter().any(|(p, _)| p == j))
        .count()
}

/// Sends an analysis to the primary worker, watched as before the pool.
pub fn to_primary(w: &mut Watch, req: Request) {
    if w.outstanding.is_empty() {
        w.last_heard = now();
    }
    w.outstanding.insert(job_of(&req), job_size(&req));
    if let Some(b) = &w.bridge {
        b.send(req);
    }
}

/// Queues an analysis and sends what can be sent.
pub fn enqueue(w: &mut Watch, weak: &Weak<RefCell<Watch>>, req: Request) {
    // issue 20: a large document is sent in a task of its own (encoding and
    // posting 10 MiB cost the click that restored it ~20 ms); what comes
    // after it waits with it, in order
    if job_size(&req) >= LATER_BYTES || !w.pool.later.is_empty() {
        w.pool.later.push(req);
        if w.pool.later.len() == 1 {
            let weak = weak.clone();
            gloo_timers::callback::Timeout::new(0, move || {
                let Some(watch) = weak.upgrade() else { return };
                let mut w = watch.borrow_mut();
                for req in std::mem::take(&mut w.pool.later) {
                    enqueue_now(&mut w, &weak, req);
                }
            })
            .forget();
        }
        return;
    }
    enqueue_now(w, weak, req);
}

/// Analyses from this size on are sent in a task of their own.
const LATER_BYTES: usize = 1 << 20;

fn enqueue_now(w: &mut Watch, weak: &Weak<RefCell<Watch>>, req: Request) {
    if w.pool.size <= 1 {
        to_primary(w, req);
        return;
    }
    w.pool.waiting.push(req);
    pump(w, weak);
}

/// Sends waiting analyses to workers with room, spawning secondaries while
/// more than one document is to be analysed and the pool is not full.
pub fn pump(w: &mut Watch, weak: &Weak<RefCell<Watch>>) {
    while !w.pool.waiting.is_empty() {
        let primary = primary_load(w);
        let idle = w.pool.workers.iter().position(|s| s.jobs.is_empty());
        let target = if primary == 0 {
            None
        } else if let Some(i) = idle {
            Some(i)
        } else if 1 + w.pool.workers.len() < w.pool.size {
            spawn_secondary(w, weak);
            Some(w.pool.workers.len() - 1)
        } else {
            // the least loaded worker with room, the primary on a tie; a
            // second job only while there are enough for every worker (at
            // the end of a batch no job waits in one worker while another
            // idles)
            let depth = if w.pool.waiting.len() > 1 + w.pool.workers.len() {
                DEPTH
            } else {
                1
            };
            let mut best = (None, primary);
            for (i, s) in w.pool.workers.iter().enumerate() {
                if s.jobs.len() < best.1 {
                    best = (Some(i), s.jobs.len());
                }
            }
            if best.1 >= depth {
                return;
            }
            best.0
        };
        let req = w.pool.waiting.remove(0);
        match target.and_then(|i| w.pool.workers.get_mut(i)) {
            Some(s) => {
                if s.jobs.is_empty() {
                    s.last_heard = now();
                }
                s.jobs.push((job_of(&req), req.clone()));
                s.bridge.send(req);
            }
            None => to_primary(w, req),
        }
    }
}

/// Starts now the secondaries that `n` analyses about to be sent will use
/// (ninth session): files being read and stored, their workers load the
/// wasm and build the dictionary meanwhile, not after the first document
/// waits. Unused, they go after [`IDLE_MS`] like any idle secondary.
pub fn expect(w: &mut Watch, weak: &Weak<RefCell<Watch>>, n: usize) {
    let want = w.pool.size.min(n).saturating_sub(1);
    if w.pool.workers.len() < want {
        w.pool.idle_since = now();
    }
    while w.pool.workers.len() < want {
        spawn_secondary(w, weak);
    }
}

fn spawn_secondary(w: &mut Watch, weak: &Weak<RefCell<Watch>>) {
    w.pool.serial += 1;
    let serial = w.pool.serial;
    mark(&format!("wenxi:pool-spawn:{serial}"));
    let cb_weak = weak.clone();
    let bridge = AnalysisWorker::spawner()
        .encoding::<AnalysisCodec>()
        .callback(move |resp| answered(&cb_weak, serial, resp))
        .spawn_with_loader(WORKER_URL);
    bridge.send(Request::Secondary);
    // the user's dictionary before any job, as for a replaced primary
    if let Some(req) = w.user_dict.clone() {
        bridge.send(req);
    }
    w.pool.workers.push(Secondary {
        bridge,
        jobs: Vec::new(),
        last_heard: now(),
        serial,
    });
}

/// A secondary worker's answer.
fn answered(weak: &Weak<RefCell<Watch>>, serial: u64, resp: Response) {
    // a handoff's message, its blob unread (ninth session): taken at once,
    // so none outlives its answer whatever happens below
    let message = take_handoff();
    let Some(watch) = weak.upgrade() else { return };
    let (resp, dispatcher) = {
        let mut guard = watch.borrow_mut();
        let w = &mut *guard;
        let Some(i) = w.pool.workers.iter().position(|s| s.serial == serial) else {
            return; // a worker dropped since
        };
        let t = now();
        let s = &mut w.pool.workers[i];
        s.last_heard = t;
        // issue 20: a text piece is kept until its job's Done
        let Some(resp) = w.texts.absorb(resp) else {
            return;
        };
        match resp {
            Response::Handoff { job, doc, blob } => {
                // a job still wanted: its document goes to the primary's corpus
                if s.jobs.iter().any(|(j, _)| *j == job) {
                    if let Some(b) = &w.bridge {
                        match message {
                            Some(message) => forward_handoff(b, job, doc, message),
                            None => b.send(Request::Adopt { job, doc, blob }),
                        }
                    }
                    mark(&format!("wenxi:handoff:{job}"));
                }
                return;
            }
            Response::Done { job, .. }
            | Response::Failed { job, .. }
            | Response::Cancelled { job } => {
                s.jobs.retain(|(j, _)| *j != job);
                if w.pool.workers.iter().all(|s| s.jobs.is_empty()) {
                    w.pool.idle_since = t;
                }
                pump(w, weak);
                flush_view(w);
            }
            Response::Progress { .. } => {
                if !progress_due(w) {
                    return;
                }
            }
            Response::Ready { .. } => {
                mark(&format!("wenxi:pool-ready:{serial}"));
                return;
            }
            Response::LoadFailed { .. } => {
                // no dictionary here: its jobs go back, and the pool shrinks
                // to the primary (which reports its own failures)
                let s = w.pool.workers.remove(i);
                requeue(w, s);
                w.pool.size = 1;
                let waiting = std::mem::take(&mut w.pool.waiting);
                for req in waiting {
                    to_primary(w, req);
                }
                return;
            }
            _ => return,
        }
        (resp, w.dispatcher.clone())
    };
    if let Response::Cancelled { job } = &resp {
        mark(&format!("wenxi:cancelled:{job}"));
    }
    if let Some(d) = dispatcher {
        super::deliver(&d, resp);
    }
}

/// Puts a dropped worker's jobs back at the head of the queue, in order.
fn requeue(w: &mut Watch, s: Secondary) {
    let jobs: Vec<Request> = s.jobs.into_iter().map(|(_, r)| r).collect();
    w.pool.waiting.splice(0..0, jobs);
}

/// A cancel for a job the pool holds: dropped if waiting (answered
/// `Cancelled` here; so is a held corpus view), passed on if a secondary
/// runs it. `None`: not the
/// pool's, for the primary.
pub fn cancel(w: &mut Watch, job: u64) -> Option<bool> {
    if matches!(&w.pool.held_view, Some(Request::Explore { id, .. }) if *id == job) {
        w.pool.held_view = None;
        return Some(true);
    }
    if let Some(i) = w.pool.waiting.iter().position(|r| job_of(r) == job) {
        w.pool.waiting.remove(i);
        return Some(true);
    }
    if let Some(i) = w.pool.later.iter().position(|r| job_of(r) == job) {
        w.pool.later.remove(i);
        return Some(true);
    }
    let s = w
        .pool
        .workers
        .iter()
        .find(|s| s.jobs.iter().any(|(j, _)| *j == job))?;
    s.bridge.send(Request::Cancel { job });
    Some(false)
}

/// A document (or every document) is forgotten: its waiting analyses are
/// dropped and running ones cancelled, so no late handoff brings it back;
/// forgetting every document also terminates the secondaries.
pub fn forget(w: &mut Watch, doc: Option<u64>) {
    let gone = |r: &Request| doc.is_none_or(|d| doc_of(r) == d);
    w.pool.waiting.retain(|r| !gone(r));
    w.pool.later.retain(|r| !gone(r));
    if doc.is_none() {
        if !w.pool.workers.is_empty() {
            mark("wenxi:pool-terminated");
        }
        w.pool.workers.clear();
        return;
    }
    for s in &mut w.pool.workers {
        let (stop, keep): (Vec<_>, Vec<_>) = s.jobs.drain(..).partition(|(_, r)| gone(r));
        s.jobs = keep;
        for (job, _) in stop {
            s.bridge.send(Request::Cancel { job });
        }
    }
}

/// Sends a request every secondary must see (the user dictionary).
pub fn broadcast(w: &Watch, req: &Request) {
    for s in &w.pool.workers {
        s.bridge.send(req.clone());
    }
}

/// The watchdog's round over the secondaries: pings the busy ones, replaces
/// the silent ones (their documents run again), and terminates them all
/// after [`IDLE_MS`] without work.
pub fn watch(w: &mut Watch, weak: &Weak<RefCell<Watch>>) {
    let t = now();
    let mut i = 0;
    while i < w.pool.workers.len() {
        let s = &w.pool.workers[i];
        if s.jobs.is_empty() {
            i += 1;
            continue;
        }
        let sizes = s.jobs.iter().map(|(_, r)| job_size(r));
        if t - s.last_heard <= allowed_silence(sizes) {
            s.bridge.send(Request::Ping);
            i += 1;
            continue;
        }
        let s = w.pool.workers.remove(i);
        mark(&format!("wenxi:pool-replaced:{}", s.serial));
        requeue(w, s);
    }
    pump(w, weak);
    flush_view(w);
    let idle = w.pool.waiting.is_empty() && w.pool.workers.iter().all(|s| s.jobs.is_empty());
    if idle && !w.pool.workers.is_empty() && t - w.pool.idle_since > IDLE_MS {
        mark("wenxi:pool-terminated");
        w.pool.workers.clear();
    }
}
