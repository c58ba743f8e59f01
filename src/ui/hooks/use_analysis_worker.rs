//! `use_analysis_worker`: spawns the analysis worker once and forwards its
//! messages to the app state.
//!
//! The worker is spawned in an effect, i.e. after the first paint, so the page
//! shell shows before any dictionary byte is requested. gloo-worker needs the
//! worker's type to build its bridge; only the type is named here, none of the
//! worker's code runs on the page.

use crate::protocol::{Request, Response, WORKER_URL};
use crate::ui::state::{Action, AppState};
use crate::worker::AnalysisWorker;
use gloo_worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A handle to send requests to the worker.
#[derive(Clone)]
pub struct WorkerHandle {
    bridge: Rc<RefCell<Option<WorkerBridge<AnalysisWorker>>>>,
}

impl PartialEq for WorkerHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bridge, &other.bridge)
    }
}

impl WorkerHandle {
    /// Sends a request; returns `false` if the worker is not running.
    pub fn send(&self, req: Request) -> bool {
        match self.bridge.borrow().as_ref() {
            Some(b) => {
                b.send(req);
                true
            }
            None => false,
        }
    }
}

/// Spawns the worker for the lifetime of the calling component.
#[hook]
pub fn use_analysis_worker(dispatcher: UseReducerDispatcher<AppState>) -> WorkerHandle {
    let bridge = use_mut_ref(|| None::<WorkerBridge<AnalysisWorker>>);
    {
        let bridge = bridge.clone();
        use_effect_with((), move |_| {
            let spawned = AnalysisWorker::spawner()
                .callback(move |resp| {
                    if matches!(resp, Response::Ready { .. }) {
                        // lets benchmarks and devtools see when analysis became possible
                        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                            let _ = p.mark("wenxi:ready");
                        }
                    }
                    dispatcher.dispatch(Action::Worker(resp))
                })
                .spawn_with_loader(WORKER_URL);
            *bridge.borrow_mut() = Some(spawned);
            move || {
                bridge.borrow_mut().take();
            }
        });
    }
    WorkerHandle { bridge }
}
