//! The analysis worker: owns the dictionary and answers protocol requests.
//!
//! It runs in a dedicated web worker so segmentation never blocks the page.
//! On start it fetches the dictionary assets (relative URLs, so the app works
//! from any static path), builds the [`Dictionary`] and tells every connected
//! page it is ready; requests that arrive earlier wait in a queue.

use crate::core::analyze::{prepare, report, tokens};
use crate::core::decode::encoding_for_label;
use crate::core::dict::Dictionary;
use crate::core::formats::read_document;
use crate::protocol::{Request, Response, Source, Timings, DICT_URL, IDF_URL};
use gloo_worker::{HandlerId, Worker, WorkerScope};
use js_sys::Uint8Array;
use std::collections::{HashSet, VecDeque};
use std::ops::ControlFlow;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::WorkerGlobalScope;

/// Internal messages of the worker.
pub enum Msg {
    /// The dictionary finished loading (or failed).
    Loaded(Result<(Dictionary, f64), String>),
}

enum State {
    Loading,
    Ready { load_ms: f64, build_ms: f64 },
    Failed(String),
}

/// The analysis worker.
pub struct AnalysisWorker {
    dict: Option<Dictionary>,
    state: State,
    queue: VecDeque<(HandlerId, Request)>,
    subscribers: HashSet<HandlerId>,
    started: f64,
}

fn now() -> f64 {
    js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let global: WorkerGlobalScope = js_sys::global().unchecked_into();
    let describe = |e: wasm_bindgen::JsValue| {
        format!(
            "下载 {url} 失败 / could not download {url}: {}",
            e.as_string()
                .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
                .unwrap_or_default()
        )
    };
    let resp: web_sys::Response = JsFuture::from(global.fetch_with_str(url))
        .await
        .map_err(describe)?
        .unchecked_into();
    if !resp.ok() {
        return Err(format!(
            "下载 {url} 失败 / could not download {url}: HTTP {}",
            resp.status()
        ));
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

async fn load_dictionary() -> Result<(Dictionary, f64), String> {
    let (dict, idf) = futures::join!(fetch_bytes(DICT_URL), fetch_bytes(IDF_URL));
    let (dict, idf) = (dict?, idf?);
    let t0 = now();
    let built = Dictionary::from_gzip(&dict, &idf).map_err(|e| e.to_string())?;
    Ok((built, now() - t0))
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

    fn run(&mut self, scope: &WorkerScope<Self>, id: HandlerId, req: Request) {
        let Request::Analyze {
            job,
            name,
            source,
            options,
        } = req
        else {
            return;
        };
        let Some(dict) = &self.dict else {
            return;
        };
        let t0 = now();
        let is_file = matches!(source, Source::File { .. });
        let (text, encoding) = match source {
            Source::Text(t) => (t, "UTF-8"),
            Source::File { bytes, encoding } => {
                let forced = encoding.as_deref().and_then(encoding_for_label);
                match read_document(&name, &bytes, forced) {
                    Ok(d) => (d.text, d.encoding),
                    Err(e) => {
                        let message = e.to_string();
                        scope.respond(id, Response::Failed { job, message });
                        return;
                    }
                }
            }
        };
        let mut progress = |done: usize, total: usize| {
            scope.respond(id, Response::Progress { job, done, total });
            ControlFlow::Continue(())
        };
        let prepared = prepare(&text, &options);
        let t1 = now();
        let response = match tokens(dict, &prepared, &options, &mut progress) {
            Some(toks) => {
                let t2 = now();
                let doc = report(dict, &name, encoding, prepared, &toks, &options);
                let t3 = now();
                Response::Done {
                    job,
                    report: Box::new(doc),
                    timings: Timings {
                        prepare_ms: t1 - t0,
                        segment_ms: t2 - t1,
                        analyse_ms: t3 - t2,
                        total_ms: t3 - t0,
                    },
                    original: is_file.then_some(text),
                }
            }
            None => Response::Cancelled { job },
        };
        scope.respond(id, response);
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
            subscribers: HashSet::new(),
            started: now(),
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, msg: Self::Message) {
        let Msg::Loaded(result) = msg;
        match result {
            Ok((dict, build_ms)) => {
                self.dict = Some(dict);
                self.state = State::Ready {
                    load_ms: now() - self.started,
                    build_ms,
                };
            }
            Err(e) => self.state = State::Failed(e),
        }
        let status = self.status();
        for id in &self.subscribers {
            scope.respond(*id, status.clone());
        }
        if self.dict.is_some() {
            while let Some((id, req)) = self.queue.pop_front() {
                self.run(scope, id, req);
            }
        }
    }

    fn connected(&mut self, scope: &WorkerScope<Self>, id: HandlerId) {
        self.subscribers.insert(id);
        scope.respond(id, self.status());
    }

    fn disconnected(&mut self, _scope: &WorkerScope<Self>, id: HandlerId) {
        self.subscribers.remove(&id);
        self.queue.retain(|(h, _)| *h != id);
    }

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Self::Input, id: HandlerId) {
        match msg {
            Request::Cancel { job } => {
                let before = self.queue.len();
                self.queue
                    .retain(|(_, r)| !matches!(r, Request::Analyze { job: j, .. } if *j == job));
                if self.queue.len() != before {
                    scope.respond(id, Response::Cancelled { job });
                }
            }
            req @ Request::Analyze { .. } => {
                if self.dict.is_some() {
                    self.run(scope, id, req);
                } else if let State::Failed(message) = &self.state {
                    scope.respond(
                        id,
                        Response::LoadFailed {
                            message: message.clone(),
                        },
                    );
                } else {
                    self.queue.push_back((id, req));
                }
            }
        }
    }
}
