//! The status line: dictionary loading, ready, analysing, errors.

use crate::ui::state::{AppState, DictStatus};
use yew::prelude::*;

/// Props of [`StatusLine`].
#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    /// The app state.
    pub state: AppState,
}

/// Shows what the worker is doing, with a progress bar during analysis.
#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let s = props.state.lang.strings();
    let state = &props.state;
    let (class, text) = match (&state.dict, state.running) {
        (DictStatus::Failed(m), _) => ("status error", format!("{}：{m}", s.load_failed)),
        (DictStatus::Loading, Some(_)) => ("status busy", s.queued.to_string()),
        (DictStatus::Loading, None) => ("status busy", s.loading_dict.to_string()),
        (DictStatus::Ready { .. }, Some(r)) => {
            let pct = (r.done * 100).checked_div(r.total).unwrap_or(0);
            ("status busy", format!("{}… {pct}%", s.analysing))
        }
        (DictStatus::Ready { load_ms, .. }, None) => (
            "status ready",
            match state.notice {
                Some(n) => n.to_string(),
                None => format!("{} · {:.0} ms", s.ready, load_ms),
            },
        ),
    };
    let progress = state.running.map(|r| {
        html! { <progress max={r.total.max(1).to_string()} value={r.done.to_string()} aria-label={s.analysing}/> }
    });
    html! {
        <div class="status-row">
            <p class={class} data-testid="status" role="status" aria-live="polite">{ text }</p>
            { for progress }
        </div>
    }
}
