//! The "摘要 / Summary" tab of a document's results: its key sentences
//! (TextRank, computed in the worker), in document order; choosing one opens
//! the reader with it marked. The length is a number of sentences or a
//! share of the text.

use super::extraction::Spans;
use crate::core::report::DocumentReport;
use crate::core::summary::{SummaryLength, SummaryOptions};
use crate::protocol::ExploreResult;
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::i18n::Strings;
use crate::ui::shared::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// What [`summary_panel`] shows.
pub struct SummaryProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// The document's id.
    pub doc: u64,
    /// The last key-sentence answer (shown only if it is this document's).
    pub result: Option<Shared<ExploreResult>>,
    /// The length chosen (one of [`LENGTHS`]).
    pub length: String,
    /// Chooses another length.
    pub on_length: Callback<String>,
    /// Opens the reader with these spans marked.
    pub on_pick: Callback<Spans>,
}

/// The lengths offered: `sN` sentences or `pN` per cent of the text.
pub const LENGTHS: [&str; 6] = ["s3", "s5", "s10", "p5", "p10", "p20"];

fn length_of(v: &str) -> SummaryLength {
    let n: usize = v.get(1..).and_then(|n| n.parse().ok()).unwrap_or(5);
    if v.starts_with('p') {
        SummaryLength::Share(n as f64 / 100.0)
    } else {
        SummaryLength::Sentences(n)
    }
}

/// Asks for the key sentences of `doc` at `length` while the summary tab is
/// open (`open`): when it opens, and again when the length or the report
/// changes. A hook of the results, which hold the tab and the length.
#[hook]
pub fn use_summary_request(
    open: bool,
    length: String,
    doc: u64,
    report: Shared<DocumentReport>,
    on_summary: Option<Callback<(u64, SummaryOptions)>>,
) {
    use_effect_on(
        (open, length, doc, report),
        move |(open, length, doc, _)| {
            if let (true, Some(on_summary)) = (*open, &on_summary) {
                on_summary.emit((
                    *doc,
                    SummaryOptions {
                        length: length_of(length),
                        ..SummaryOptions::default()
                    },
                ));
            }
        },
    );
}

/// Key sentences of one document.
// First-paint budget: a plain function, not a component (the results hold
// the length and ask for the sentences, see [`use_summary_request`]).
pub fn summary_panel(props: &SummaryProps) -> Html {
    let s = props.strings;
    let t = s.toolkit;
    let length = &props.length;
    let onlength = props.on_length.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    let label = |v: &str| match length_of(v) {
        SummaryLength::Sentences(n) => format!("{n} {}", t.sentences_unit),
        SummaryLength::Share(f) => {
            format!("{}% {}", crate::ui::num::fixed(f * 100.0, 0), t.of_text)
        }
    };
    let body = match props.result.as_deref() {
        Some(ExploreResult::Summary { doc, summary }) if *doc == props.doc => html! {
            <>
            <p class="muted" data-testid="summary-counts">{ format!("{} / {} {} · {}", summary.sentences.len(), summary.candidates, t.candidates, t.summary_explain) }</p>
            if summary.sentences.is_empty() {
                <p class="empty">{ t.no_sentences }</p>
            }
            <ol class="key-sentences" data-testid="summary-list">
                { for summary.sentences.iter().map(|k| {
                    let spans: Spans = Rc::new(vec![(k.start, k.end)]);
                    let on_pick = props.on_pick.clone();
                    html! {
                        <li data-testid="summary-sentence" data-start={k.start.to_string()} data-end={k.end.to_string()}>
                            <button type="button" class="link sentence" title={s.views.open_in_reader}
                                onclick={Callback::from(move |_| on_pick.emit(spans.clone()))}>{ k.text.as_str() }</button>
                            <span class="score" title={t.score_hint}>{ crate::ui::num::fixed(k.score, 2) }</span>
                        </li>
                    }
                }) }
            </ol>
            </>
        },
        _ => html! { <p class="muted" data-testid="view-computing">{ s.computing }</p> },
    };
    html! {
        <div class="summary-panel" data-testid="summary-panel">
            <div class="view-controls">
                <label>{ t.summary_length }
                    <select onchange={onlength} data-testid="summary-length">
                        { for LENGTHS.iter().map(|v| html! { <option value={*v} selected={*length == *v}>{ label(v) }</option> }) }
                    </select>
                </label>
            </div>
            { body }
        </div>
    }
}
