//! The status line: dictionary loading, ready, analysing, errors.

use crate::ui::i18n::Strings;
use crate::ui::state::{AppState, Cause, DictStatus, DocStatus, Event, Notice};
use yew::prelude::*;

/// Props of [`status_line`].
#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    /// The app state.
    pub state: AppState,
    /// Stops every running and queued analysis.
    pub on_cancel: Callback<()>,
}

/// What an event says in the status line.
fn event_text(s: &Strings, event: &Event) -> String {
    let w = s.wb();
    match *event {
        Event::Analysed { docs, ms, cause } => {
            let template = match cause {
                Cause::Added => w.analysed,
                Cause::Options => w.options_changed,
                Cause::Stopwords => w.stopwords_applied,
                Cause::UserDict => w.dict_updated,
            };
            w.batch(template, docs, ms)
        }
        Event::Removed(n) => w.batch(w.removed, n, 0.0),
        Event::Restored(n) => w.batch(w.restored, n, 0.0),
    }
}

/// Shows what the worker is doing, with a progress bar during analysis.
// First-paint budget: a plain function, not a component (it has no hooks;
// each component costs the page ~4 KB of Yew lifecycle code).
pub fn status_line(props: &StatusLineProps) -> Html {
    let state = &props.state;
    let s = state.lang.strings();
    let running = state.docs.iter().find_map(|d| match d.status {
        DocStatus::Running { done, total } => Some((done, total)),
        DocStatus::Queued => Some((0, 0)),
        _ => None,
    });
    let (class, text) = match (&state.dict, running, &state.notice) {
        (DictStatus::Failed(f), _, _) => ("status error", s.labelled(s.load_failed, &s.fault(f))),
        (_, None, Some(Notice::EmptyText)) => ("status warn", s.empty_text.to_string()),
        (_, None, Some(Notice::Storage(f))) => ("status warn", s.fault(f)),
        (_, None, Some(Notice::WorkerRestarted)) => ("status warn", s.worker_restarted.to_string()),
        (DictStatus::Loading, Some(_), _) => ("status busy", s.queued.to_string()),
        (DictStatus::Loading, None, _) => ("status busy", s.loading_dict.to_string()),
        (DictStatus::Ready { .. }, Some((done, total)), _) => {
            let pct = (done * 100).checked_div(total).unwrap_or(0);
            ("status busy", format!("{}… {pct}%", s.analysing))
        }
        (DictStatus::Ready { load_ms, .. }, None, None) => match &state.event {
            // issue 21: say what just happened, not only that the dictionary is ready
            Some((event, _)) => ("status ready", event_text(s, event)),
            None => (
                "status ready",
                format!("{} · {} ms", s.ready, crate::ui::num::fixed(*load_ms, 0)),
            ),
        },
    };
    let progress = running.map(|(done, total)| {
        html! { <progress max={total.max(1).to_string()} value={done.to_string()} aria-label={s.analysing}/> }
    });
    let cancel = running.map(|_| {
        let cb = props.on_cancel.clone();
        html! {
            <button type="button" class="ghost small" data-testid="cancel"
                onclick={Callback::from(move |_| cb.emit(()))}>{ s.cancel }</button>
        }
    });
    html! {
        <div class="status-row">
            <p class={class} data-testid="status" role="status" aria-live="polite">{ text }</p>
            <span class="status-tools">{ for progress }{ for cancel }</span>
        </div>
    }
}
