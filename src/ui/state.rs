//! The app's state as a `Reducible`: every change is an [`Action`].

use super::i18n::Lang;
use crate::core::report::DocumentReport;
use crate::protocol::{Response, Timings};
use std::rc::Rc;
use yew::Reducible;

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
    /// Failed, with a message.
    Failed(String),
}

/// The job being analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Running {
    /// The job number.
    pub job: u64,
    /// Bytes segmented so far.
    pub done: usize,
    /// Bytes in all (0 until the first progress report).
    pub total: usize,
}

/// The whole UI state.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// UI language.
    pub lang: Lang,
    /// Dictionary status.
    pub dict: DictStatus,
    /// The running job, if any.
    pub running: Option<Running>,
    /// The last finished report and where its time went.
    pub report: Option<(Rc<DocumentReport>, Timings)>,
    /// A message for the user about the last action (e.g. empty text).
    pub notice: Option<&'static str>,
    /// The last job number handed out.
    pub last_job: u64,
}

impl AppState {
    /// The initial state in `lang`.
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            dict: DictStatus::Loading,
            running: None,
            report: None,
            notice: None,
            last_job: 0,
        }
    }
}

/// Everything that changes the state.
#[derive(Debug, Clone)]
pub enum Action {
    /// A message from the worker.
    Worker(Response),
    /// A new job was sent to the worker.
    Started(u64),
    /// Show a short notice.
    Notice(&'static str),
    /// Switch the UI language.
    SetLang(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Started(job) => {
                s.last_job = job;
                s.running = Some(Running {
                    job,
                    done: 0,
                    total: 0,
                });
                s.notice = None;
            }
            Action::Notice(n) => s.notice = Some(n),
            Action::SetLang(l) => s.lang = l,
            Action::Worker(resp) => match resp {
                Response::Loading => s.dict = DictStatus::Loading,
                Response::Ready { load_ms, build_ms } => {
                    s.dict = DictStatus::Ready { load_ms, build_ms }
                }
                Response::LoadFailed { message } => {
                    s.dict = DictStatus::Failed(message);
                    s.running = None;
                }
                Response::Progress { job, done, total } => {
                    if s.running.is_some_and(|r| r.job == job) {
                        s.running = Some(Running { job, done, total });
                    }
                }
                Response::Done {
                    job,
                    report,
                    timings,
                } => {
                    if job == s.last_job {
                        s.running = None;
                        s.report = Some((Rc::new(*report), timings));
                    }
                }
                Response::Cancelled { job } => {
                    if s.running.is_some_and(|r| r.job == job) {
                        s.running = None;
                    }
                }
            },
        }
        Rc::new(s)
    }
}
