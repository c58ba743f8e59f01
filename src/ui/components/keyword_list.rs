//! The results: counts and the keyword list.

use crate::core::report::DocumentReport;
use crate::protocol::Timings;
use crate::ui::i18n::Strings;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The report to show.
    pub report: Rc<DocumentReport>,
    /// Where the analysis time went.
    pub timings: Timings,
    /// UI strings.
    pub strings: &'static Strings,
}

/// Token count, character count and the keyword list with score bars.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let s = props.strings;
    let r = &props.report;
    let max = r
        .keywords
        .first()
        .map_or(1.0, |k| k.score.max(f64::MIN_POSITIVE));
    let chars = r.clean_text.chars().count();
    html! {
        <section class="results" data-testid="results" aria-labelledby="results-h"
            data-segment-ms={format!("{:.3}", props.timings.segment_ms)}
            data-total-ms={format!("{:.3}", props.timings.total_ms)}>
            <h2 id="results-h">{ s.results }</h2>
            <dl class="stats">
                <div><dt>{ s.tokens }</dt><dd data-testid="token-count">{ r.tokens }</dd></div>
                <div><dt>{ s.chars }</dt><dd>{ chars }</dd></div>
                <div><dt>{ s.script }</dt><dd>{ r.script.as_str() }</dd></div>
                <div><dt>{ s.elapsed }</dt><dd>{ format!("{:.0} ms", props.timings.total_ms) }</dd></div>
            </dl>
            <h3>{ s.keywords }</h3>
            if r.keywords.is_empty() {
                <p class="empty">{ s.no_keywords }</p>
            }
            <ol class="keywords" data-testid="keywords">
                { for r.keywords.iter().map(|k| {
                    let width = format!("width: {:.1}%", k.score / max * 100.0);
                    html! {
                        <li data-testid="keyword">
                            <span class="term">{ k.term.as_str() }</span>
                            <span class="bar" aria-hidden="true"><span style={width}></span></span>
                            <span class="score">{ format!("{:.3}", k.score) }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
