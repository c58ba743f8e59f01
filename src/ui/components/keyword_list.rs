//! The results of one document: counts, downloads, and tabs for keywords,
//! extraction panels, the reader and what cleaning did. Choosing an item in
//! a panel opens the reader with its occurrences marked.

use super::cleaning_view::{cleaning_view, CleaningViewProps};
use super::extraction::{ExtractionPanel, PanelRows, Spans};
use super::reader::Reader;
use super::summary::{summary_panel, use_summary_request, SummaryProps};
use super::tabs::{panel_id, tab_id, tab_list, TabItem, TabListProps};
use crate::core::export::Table;
use crate::core::offsets::OffsetChain;
use crate::core::report::DocumentReport;
use crate::core::summary::SummaryOptions;
use crate::protocol::{ExploreResult, Timings};
use crate::ui::browser;
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::i18n::Strings;
use crate::ui::shared::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The report to show.
    pub report: Shared<DocumentReport>,
    /// Where the analysis time went.
    pub timings: Timings,
    /// UI strings.
    pub strings: &'static Strings,
    /// The decoded original text.
    pub original: Shared<str>,
    /// Maps clean-text spans to the original.
    pub chain: Shared<OffsetChain>,
    /// Characters in the clean text (counted once, when the report arrived).
    pub chars: usize,
    /// A clean-text span to open in the reader (from the concordance), with
    /// a serial number so the same place can be opened twice.
    #[prop_or_default]
    pub reveal: Option<(usize, usize, u64)>,
    /// Called with a keyword the user chose (opens it in the corpus views).
    #[prop_or_default]
    pub on_term: Option<Callback<String>>,
    /// Asks the worker for this document as a file: an extraction table as
    /// CSV, or (`None`) the report as JSON; the download follows its answer.
    pub on_file: Callback<Option<Table>>,
    // corpus toolkit (issue 18)
    /// The document's id (asked for its key sentences).
    #[prop_or_default]
    pub doc_id: u64,
    /// The last key-sentence answer (for any document).
    #[prop_or_default]
    pub summary: Option<Shared<ExploreResult>>,
    /// Asks the worker for the key sentences of a document.
    #[prop_or_default]
    pub on_summary: Option<Callback<(u64, SummaryOptions)>>,
}

/// The tabs of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Keywords with score bars.
    Keywords,
    /// People, places, organisations.
    Entities,
    /// Figures.
    Figures,
    /// Quotes and formulas.
    Quotes,
    /// Outline.
    Outline,
    /// The clean text with highlights.
    Reader,
    /// What cleaning removed.
    Cleaning,
    /// Key sentences (corpus toolkit, issue 18).
    Summary,
}

/// The CSV table behind a tab, if it has one.
fn table_of(tab: Tab) -> Option<Table> {
    match tab {
        Tab::Entities => Some(Table::Entities),
        Tab::Figures => Some(Table::Figures),
        Tab::Quotes => Some(Table::Quotes),
        Tab::Outline => Some(Table::Outline),
        _ => None,
    }
}

/// Counts, downloads and the tabbed views of one document.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let s = props.strings;
    let r = &props.report;
    let max = r
        .keywords
        .first()
        .map_or(1.0, |k| k.score.max(f64::MIN_POSITIVE));
    let chars = props.chars;
    let tab = use_state(|| Tab::Keywords);
    let highlights = use_state(Spans::default);
    let cleaning_page = use_state(|| 0usize);
    let summary_length = use_state(|| "s5".to_string());
    use_summary_request(
        *tab == Tab::Summary,
        (*summary_length).clone(),
        props.doc_id,
        r.clone(),
        props.on_summary.clone(),
    );
    let clean: Shared<str> = (*use_memo(r.clone(), |r| {
        Shared::<str>::from(Rc::<str>::from(r.clean_text.as_str()))
    }))
    .clone();
    let on_pick = {
        let tab = tab.clone();
        let highlights = highlights.clone();
        Callback::from(move |spans: Spans| {
            highlights.set(spans);
            tab.set(Tab::Reader);
        })
    };
    {
        let tab = tab.clone();
        let highlights = highlights.clone();
        use_effect_on(props.reveal, move |reveal| {
            if let Some((start, end, _)) = *reveal {
                highlights.set(Rc::new(vec![(start, end)]));
                tab.set(Tab::Reader);
            }
        });
    }
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
            browser::download(&name, text.as_bytes(), "text/plain;charset=utf-8");
        })
    };
    let export_csv = |table: Table| props.on_file.reform(move |_: MouseEvent| Some(table));
    let export_json = props.on_file.reform(|_: MouseEvent| None);
    // issue 21: one WAI-ARIA tablist (arrow keys, one Tab stop)
    let mut order = vec![
        Tab::Keywords,
        Tab::Entities,
        Tab::Figures,
        Tab::Quotes,
        Tab::Outline,
        Tab::Reader,
        Tab::Cleaning,
    ];
    let mut tab_items = vec![
        TabItem::new(s.tab_keywords, "tab-keywords"),
        TabItem::counted(s.tab_entities, r.entities.len(), "tab-entities"),
        TabItem::counted(s.tab_figures, r.figures.len(), "tab-figures"),
        TabItem::counted(s.tab_quotes, r.quotes.len(), "tab-quotes"),
        TabItem::counted(s.tab_outline, r.outline.len(), "tab-outline"),
        TabItem::new(s.tab_reader, "tab-reader"),
        TabItem::counted(s.tab_cleaning, r.removed.len(), "tab-cleaning"),
    ];
    // issue 18: the summary tab, where the app can ask for key sentences
    if props.on_summary.is_some() {
        order.push(Tab::Summary);
        tab_items.push(TabItem::new(s.toolkit.tab_summary, "tab-summary"));
    }
    let selected_tab = order.iter().position(|t| *t == *tab).unwrap_or(0);
    let on_tab = {
        let tab = tab.clone();
        Callback::from(move |i: usize| tab.set(order.get(i).copied().unwrap_or(Tab::Keywords)))
    };
    html! {
        <section class="results" data-testid="results" aria-labelledby="results-h"
            data-segment-ms={crate::ui::num::fixed(props.timings.segment_ms, 3)}
            data-total-ms={crate::ui::num::fixed(props.timings.total_ms, 3)}
            data-analyse-ms={crate::ui::num::fixed(props.timings.analyse_ms, 3)}
            data-extract-ms={crate::ui::num::fixed(props.timings.extract_ms, 3)}>
            <h2 id="results-h">{ s.results }<span class="doc-title">{ r.name.as_str() }</span></h2>
            <dl class="stats">
                <div><dt>{ s.tokens }</dt><dd data-testid="token-count">{ r.tokens }</dd></div>
                <div><dt>{ s.chars }</dt><dd>{ chars }</dd></div>
                <div><dt>{ s.script }</dt><dd>{ s.script_name(r.script) }</dd></div>
                <div><dt>{ s.encoding }</dt><dd data-testid="encoding-used">{ r.encoding.as_str() }</dd></div>
                <div><dt>{ s.elapsed }</dt><dd>{ format!("{} ms", crate::ui::num::fixed(props.timings.total_ms, 0)) }</dd></div>
            </dl>
            <div class="downloads">
                <button type="button" class="ghost small" data-testid="download-original" onclick={download(false)}>{ s.download_original }</button>
                <button type="button" class="ghost small" data-testid="download-clean" onclick={download(true)}>{ s.download_clean }</button>
                <button type="button" class="ghost small" data-testid="export-json" onclick={export_json}>{ s.export_json }</button>
            </div>
            { tab_list(&TabListProps { id: "results-tabs", label: s.results.into(), tabs: tab_items, selected: selected_tab, on_select: on_tab }) }
            if let Some(table) = table_of(*tab) {
                <div class="downloads">
                    <button type="button" class="ghost small" data-testid="export-csv" onclick={export_csv(table)}>{ s.export_csv }</button>
                </div>
            }
            <div class="tab-body" role="tabpanel" id={panel_id("results-tabs")}
                aria-labelledby={tab_id("results-tabs", selected_tab)}>
            { match *tab {
                Tab::Cleaning => cleaning_view(&CleaningViewProps { report: r.clone(), original: props.original.clone(), strings: s, page: *cleaning_page, on_page: { let p = cleaning_page.clone(); Callback::from(move |n| p.set(n)) } }),
                Tab::Entities => html! { <ExtractionPanel key="entities" report={r.clone()} rows={PanelRows::Entities} strings={s} on_pick={on_pick.clone()}/> },
                Tab::Figures => html! { <ExtractionPanel key="figures" report={r.clone()} rows={PanelRows::Figures} strings={s} on_pick={on_pick.clone()}/> },
                Tab::Quotes => html! { <ExtractionPanel key="quotes" report={r.clone()} rows={PanelRows::Quotes} strings={s} on_pick={on_pick.clone()}/> },
                Tab::Outline => html! { <ExtractionPanel key="outline" report={r.clone()} rows={PanelRows::Outline} strings={s} on_pick={on_pick.clone()}/> },
                Tab::Reader => html! { <Reader text={clean.clone()} original={props.original.clone()} chain={props.chain.clone()} highlights={(*highlights).clone()} strings={s}/> },
                Tab::Keywords => html! {},
                Tab::Summary => summary_panel(&SummaryProps {
                    strings: s,
                    doc: props.doc_id,
                    result: props.summary.clone(),
                    length: (*summary_length).clone(),
                    on_length: { let l = summary_length.clone(); Callback::from(move |v| l.set(v)) },
                    on_pick: on_pick.clone(),
                }),
            } }
            </div>
            <div hidden={*tab != Tab::Keywords} role="tabpanel" aria-labelledby={tab_id("results-tabs", 0)}>
            <h3 class="visually-hidden">{ s.keywords }</h3>
            if r.keywords.is_empty() {
                <p class="empty">{ s.no_keywords }</p>
            }
            <ol class="keywords" data-testid="keywords">
                { for r.keywords.iter().map(|k| {
                    let width = format!("width: {}%", crate::ui::num::fixed(k.score / max * 100.0, 1));
                    html! {
                        <li data-testid="keyword">
                            if let Some(on_term) = props.on_term.clone() {
                                <button type="button" class="term link" data-testid="keyword-term"
                                    onclick={let t = k.term.clone(); Callback::from(move |_: MouseEvent| on_term.emit(t.clone()))}>{ k.term.as_str() }</button>
                            } else {
                                <span class="term">{ k.term.as_str() }</span>
                            }
                            <span class="bar" aria-hidden="true"><span style={width}></span></span>
                            <span class="score">{ crate::ui::num::fixed(k.score, 3) }</span>
                        </li>
                    }
                }) }
            </ol>
            </div>
        </section>
    }
}
