//! The results of one document: counts, keywords and what cleaning did.

use super::cleaning_view::CleaningView;
use crate::core::report::DocumentReport;
use crate::protocol::Timings;
use crate::ui::browser;
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
    /// The decoded original text.
    pub original: Rc<str>,
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
    let cleaning = use_state(|| false);
    let download = |clean: bool| {
        let report = r.clone();
        let original = props.original.clone();
        Callback::from(move |_| {
            let stem = report
                .name
                .rsplit_once('.')
                .map_or(report.name.as_str(), |(a, _)| a);
            let (name, text) = if clean {
                (format!("{stem}.clean.txt"), report.clean_text.as_str())
            } else {
                (format!("{stem}.original.txt"), &*original)
            };
            browser::download(&name, text, "text/plain;charset=utf-8");
        })
    };
    let show = |on: bool| {
        let cleaning = cleaning.clone();
        Callback::from(move |_| cleaning.set(on))
    };
    html! {
        <section class="results" data-testid="results" aria-labelledby="results-h"
            data-segment-ms={format!("{:.3}", props.timings.segment_ms)}
            data-total-ms={format!("{:.3}", props.timings.total_ms)}>
            <h2 id="results-h">{ s.results }<span class="doc-title">{ r.name.as_str() }</span></h2>
            <dl class="stats">
                <div><dt>{ s.tokens }</dt><dd data-testid="token-count">{ r.tokens }</dd></div>
                <div><dt>{ s.chars }</dt><dd>{ chars }</dd></div>
                <div><dt>{ s.script }</dt><dd>{ s.script_name(&r.script) }</dd></div>
                <div><dt>{ s.encoding }</dt><dd data-testid="encoding-used">{ r.encoding.as_str() }</dd></div>
                <div><dt>{ s.elapsed }</dt><dd>{ format!("{:.0} ms", props.timings.total_ms) }</dd></div>
            </dl>
            <div class="downloads">
                <button type="button" class="ghost small" data-testid="download-original" onclick={download(false)}>{ s.download_original }</button>
                <button type="button" class="ghost small" data-testid="download-clean" onclick={download(true)}>{ s.download_clean }</button>
            </div>
            <div class="tabs" role="tablist">
                <button type="button" role="tab" aria-selected={(!*cleaning).to_string()} onclick={show(false)}>{ s.tab_keywords }</button>
                <button type="button" role="tab" data-testid="tab-cleaning" aria-selected={cleaning.to_string()} onclick={show(true)}>
                    { s.tab_cleaning }<span class="count">{ r.removed.len() }</span>
                </button>
            </div>
            if *cleaning {
                <CleaningView report={r.clone()} original={props.original.clone()} strings={s}/>
            }
            <div hidden={*cleaning}>
            <h3 class="visually-hidden">{ s.keywords }</h3>
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
            </div>
        </section>
    }
}
