//! Corpus views over every analysed document: frequency table, word cloud,
//! concordance (KWIC), comparison of documents, co-occurrence network,
//! trends and the people/places/quotes across documents. The worker
//! computes each view and every exported file; this component keeps the
//! controls and renders the answer. Choosing a word in the cloud, the table
//! or the network opens its concordance.
//!
//! One file per view under `corpus_views/` (`cloud` and `concordance` too,
//! `across` for the table across documents), the worker request each view's
//! controls stand for in `queries`; the controls of all views live in one
//! reducer here, so switching tabs keeps each view's settings.

mod across;
mod cloud;
mod collocates;
mod compare;
mod concordance;
mod dispersion;
mod download;
mod frequency;
mod network;
mod ngrams;
mod queries;
mod stats;
mod toolkit;
mod trends;

use across::across;
use cloud::cloud_view;
use concordance::concordance_view;
use queries::{
    compare_query, concordance_query, frequency_query, network_query, query_of, trends_query,
};

use crate::core::explore::cloud::CloudColour;
use crate::core::explore::cooccur::Weighting;
use crate::core::explore::freq::{Scope, SortBy};
use crate::core::explore::kwic::KwicSort;
use crate::core::report::DocumentReport;
use crate::protocol::{ExploreQuery, ExploreResult, Fault, FileFormat};
use crate::ui::hooks::effect::use_effect_on;
pub(super) use crate::ui::hooks::use_controls::edit;
use crate::ui::hooks::use_controls::{use_controls, Controls as EditedControls};
use crate::ui::i18n::Strings;
use crate::ui::shared::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CorpusViews`].
#[derive(Properties, PartialEq)]
pub struct CorpusViewsProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// Id, name and analysis job of each analysed document, in corpus order;
    /// a new value (e.g. after an analysis) asks for the view again.
    pub docs: Rc<Vec<(u64, String, u64)>>,
    /// The last answer from the worker.
    pub result: Option<Shared<ExploreResult>>,
    /// The report of each analysed document, in the order of `docs`.
    pub reports: Rc<Vec<Shared<DocumentReport>>>,
    /// Sends a query (the app adds the documents and an id).
    pub on_query: Callback<ExploreQuery>,
    /// The last exported file and its request id.
    #[prop_or_default]
    pub exported: Option<(u64, Shared<ExploreResult>)>,
    /// Sends an export query (answered by a file, not a view).
    #[prop_or_default]
    pub on_export: Callback<ExploreQuery>,
    /// Opens the reader on a document (by id) at a byte span of its clean text.
    #[prop_or_default]
    pub on_reveal: Callback<(u64, usize, usize)>,
    /// Whether a view is being computed (the shown answer may be older).
    #[prop_or_default]
    pub busy: bool,
    /// A term chosen elsewhere (e.g. a keyword) with a fresh nonce: opens
    /// its concordance and brings the panel into view.
    #[prop_or_default]
    pub focus: Option<(String, u64)>,
    // cancellation (issue 20)
    /// Cancels the view being computed.
    #[prop_or_default]
    pub on_cancel: Callback<()>,
    /// Whether the last view request was cancelled.
    #[prop_or_default]
    pub cancelled: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Frequency,
    Cloud,
    Concordance,
    Compare,
    Network,
    Trends,
    Across,
    // corpus toolkit (issue 18)
    Collocates,
    Ngrams,
    Dispersion,
    Stats,
}

/// How the concordance matches its search.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KwicMode {
    /// Whole word tokens (the default; counts as the frequency table does).
    Token,
    /// A substring anywhere, inside words too.
    String,
    /// A regular expression.
    Regex,
}

/// Rows per page of the frequency table.
const PAGE: usize = 200;

#[derive(Clone, PartialEq)]
struct Controls {
    view: View,
    // frequency
    filter: String,
    stopwords: bool,
    scope: Scope,
    pos: String,
    freq_sort: SortBy,
    descending: bool,
    offset: usize,
    // concordance
    term: String,
    mode: KwicMode,
    width: usize,
    sort: KwicSort,
    // compare
    doc_a: usize,
    doc_b: Option<usize>,
    min_count: usize,
    // network
    min_cooccur: usize,
    weighting: Weighting,
    min_assoc: String,
    max_nodes: usize,
    // trends
    trend_terms: String,
    trend_rate: bool,
    // cloud
    cloud_colour: CloudColour,
    // corpus toolkit (issue 18)
    toolkit: toolkit::ToolkitControls,
}

impl Default for Controls {
    fn default() -> Self {
        Controls {
            view: View::Frequency,
            filter: String::new(),
            stopwords: true,
            scope: Scope::Corpus,
            pos: String::new(),
            freq_sort: SortBy::Count,
            descending: true,
            offset: 0,
            term: String::new(),
            mode: KwicMode::Token,
            width: 20,
            sort: KwicSort::Position,
            doc_a: 0,
            doc_b: None,
            min_count: 3,
            min_cooccur: 3,
            weighting: Weighting::Jaccard,
            min_assoc: String::new(),
            max_nodes: 50,
            trend_terms: String::new(),
            trend_rate: true,
            cloud_colour: CloudColour::Rank,
            toolkit: toolkit::ToolkitControls::default(),
        }
    }
}

/// The controls as a reducer of edits (see [`use_controls`]).
type Handle = UseReducerHandle<EditedControls<Controls>>;

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// Export buttons (CSV, JSON, and SVG/PNG where given) for a view's query.
fn export_buttons(
    s: &'static Strings,
    query: ExploreQuery,
    formats: &[FileFormat],
    on_export: &Callback<ExploreQuery>,
    prefix: &'static str,
) -> Html {
    html! {
        { for formats.iter().map(|&format| {
            let (label, testid) = match format {
                FileFormat::Csv => (s.export_csv, "csv"),
                FileFormat::Json => (s.export_json, "json"),
                FileFormat::Svg => (s.export_svg, "svg"),
            };
            let on_export = on_export.clone();
            let query = query.clone();
            let onclick = Callback::from(move |_| on_export.emit(ExploreQuery::Export {
                query: Box::new(query.clone()),
                format,
            }));
            html! {
                <button type="button" class="ghost small" data-testid={format!("{prefix}-export-{testid}")} {onclick}>{ label }</button>
            }
        }) }
    }
}

/// The corpus panel.
#[component]
pub fn CorpusViews(props: &CorpusViewsProps) -> Html {
    let s = props.strings;
    let controls = use_controls(Controls::default);
    let kwic_page = use_state(|| (None::<Shared<ExploreResult>>, 0usize));
    let n_docs = props.docs.len();
    let section = use_node_ref();
    {
        let dispatcher = controls.dispatcher();
        let section = section.clone();
        use_effect_on(props.focus.clone(), move |focus| {
            if let Some((term, _)) = focus.clone() {
                let open: Rc<dyn Fn(&mut Controls)> = Rc::new(move |c: &mut Controls| {
                    c.view = View::Concordance;
                    c.term = term.clone();
                    c.mode = KwicMode::Token;
                });
                dispatcher.dispatch(open);
                if let Some(el) = section.cast::<web_sys::Element>() {
                    el.scroll_into_view();
                }
            }
        });
    }
    // What the last request was sent for: the query and the documents. Until
    // the effect below has sent the request for the current controls and
    // documents (it runs after the render that shows them), the answer shown
    // is an older one and the panel says so (busy), whatever the app's
    // request ids say (issue 20: e2e read a table of four documents, not
    // marked busy, right after the fifth was analysed).
    let sent = use_state(|| None::<(Option<ExploreQuery>, Rc<Vec<(u64, String, u64)>>)>);
    {
        let on_query = props.on_query.clone();
        let sent = sent.clone();
        use_effect_on(
            ((*controls).clone(), props.docs.clone()),
            move |(c, docs)| {
                let query = query_of(c, docs.len());
                sent.set(Some((query.clone(), docs.clone())));
                if !docs.is_empty() {
                    if let Some(q) = query {
                        on_query.emit(q);
                    }
                }
            },
        );
    }
    let busy = props.busy
        || sent
            .as_ref()
            .is_none_or(|(q, d)| *d != props.docs || *q != query_of(&controls, n_docs));
    // a new exported file is saved once; a failure is shown
    let exporting = use_state(|| false);
    let export_error = use_state(|| None::<Fault>);
    {
        let exporting = exporting.clone();
        let export_error = export_error.clone();
        use_effect_on(props.exported.as_ref().map(|e| e.0), {
            let exported = props.exported.clone();
            move |_| {
                if let Some((_, r)) = exported {
                    if let ExploreResult::File(f) = &*r {
                        match f {
                            Ok(f) => {
                                crate::ui::browser::save_file(f);
                                export_error.set(None);
                            }
                            Err(e) => export_error.set(Some(e.clone())),
                        }
                    }
                    exporting.set(false);
                }
            }
        });
    }
    if props.docs.is_empty() {
        return html! {};
    }
    let on_export = {
        let on_export = props.on_export.clone();
        let exporting = exporting.clone();
        Callback::from(move |q: ExploreQuery| {
            exporting.set(true);
            on_export.emit(q);
        })
    };
    let view_tab = |v: View, label: &'static str, testid: &'static str| {
        let onclick = edit(&controls, move |c, _: &MouseEvent| c.view = v);
        html! {
            <button type="button" role="tab" data-testid={testid} aria-selected={(controls.view == v).to_string()}
                tabindex={if controls.view == v { "0" } else { "-1" }} {onclick}>{ label }</button>
        }
    };
    // words of the cloud, the table and the network are tokens
    let open_term = edit(&controls, |c, term: &String| {
        c.view = View::Concordance;
        c.term = term.clone();
        c.mode = KwicMode::Token;
    });
    // names and quoted terms (across documents) need not be one token
    let open_string = edit(&controls, |c, term: &String| {
        c.view = View::Concordance;
        c.term = term.clone();
        c.mode = KwicMode::String;
    });
    let names: Vec<&str> = props.docs.iter().map(|d| d.1.as_str()).collect();
    let corpus_name = crate::core::explore::files::corpus_name(&names);
    // the concordance's page, for the answer it was chosen on (a new answer
    // starts at its first page)
    let kwic_page = {
        let page = kwic_page.clone();
        let result = props.result.clone();
        let on_page = Callback::from(move |p: usize| page.set((result.clone(), p)));
        (
            if kwic_page.0 == props.result {
                kwic_page.1
            } else {
                0
            },
            on_page,
        )
    };
    let result = props.result.as_deref();
    let computing = html! { <p class="muted" data-testid="view-computing">{ s.computing }</p> };
    let body = match (controls.view, result) {
        (View::Across, _) => across(s, &props.reports, &open_string),
        (View::Frequency, _) => {
            frequency::view(s, &controls, result, &props.docs, &open_term, &on_export)
        }
        (View::Cloud, Some(r @ ExploreResult::ColouredCloud { .. })) => {
            cloud_view(s, &controls, r, &props.docs, &corpus_name, &open_term)
        }
        (View::Concordance, result) => concordance_view(
            s,
            &controls,
            result,
            &props.docs,
            &on_export,
            &props.on_reveal,
            kwic_page,
        ),
        (View::Compare, _) if n_docs < 2 => {
            html! { <p class="empty" data-testid="compare-empty">{ s.views.need_two_docs }</p> }
        }
        (View::Compare, _) => compare::view(s, &controls, result, &props.docs, &on_export),
        (View::Network, _) => {
            network::view(s, &controls, result, &corpus_name, &open_term, &on_export)
        }
        (View::Trends, _) => trends::view(s, &controls, result, &props.docs, &on_export),
        // corpus toolkit (issue 18)
        (View::Collocates, _) => collocates::view(s, &controls, result, &on_export),
        (View::Ngrams, _) => ngrams::view(s, &controls, result, &on_export),
        (View::Dispersion, _) => dispersion::view(
            s,
            &controls,
            result,
            &props.docs,
            &corpus_name,
            &on_export,
            &props.on_reveal,
        ),
        (View::Stats, _) => stats::view(s, &controls, result, &on_export),
        _ => computing,
    };
    let cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    let archive = {
        let on_export = on_export.clone();
        Callback::from(move |_| on_export.emit(ExploreQuery::Archive))
    };
    html! {
        <section class="corpus-views" data-testid="corpus-views" aria-labelledby="corpus-h" ref={section}>
            <div class="views-head">
                <h2 id="corpus-h">{ s.corpus_views }<span class="count">{ props.docs.len() }</span></h2>
                <div class="views-export" aria-live="polite">
                    if busy && controls.view != View::Across {
                        <span class="muted busy" data-testid="view-busy">{ s.computing }</span>
                        <button type="button" class="ghost small" data-testid="view-cancel" onclick={cancel}>{ s.views.cancel_view }</button>
                    }
                    if props.cancelled && controls.view != View::Across {
                        <span class="muted" data-testid="view-cancelled">{ s.views.view_cancelled }</span>
                    }
                    if *exporting { <span class="muted" data-testid="export-busy">{ s.computing }</span> }
                    if let Some(e) = &*export_error {
                        <span class="refusal-inline" role="alert" data-testid="export-error">{ s.labelled(s.views.export_failed, &s.fault(e)) }</span>
                    }
                    <button type="button" class="ghost small" data-testid="export-all" onclick={archive}>{ s.views.export_all }</button>
                </div>
            </div>
            <div class="tabs" role="tablist" aria-label={s.corpus_views}>
                { view_tab(View::Frequency, s.tab_frequency, "tab-freq") }
                { view_tab(View::Cloud, s.tab_cloud, "tab-cloud") }
                { view_tab(View::Concordance, s.tab_kwic, "tab-kwic") }
                { view_tab(View::Compare, s.views.tab_compare, "tab-compare") }
                { view_tab(View::Network, s.views.tab_network, "tab-network") }
                { view_tab(View::Trends, s.views.tab_trends, "tab-trends") }
                { view_tab(View::Across, s.tab_across, "tab-across") }
                // corpus toolkit (issue 18)
                { view_tab(View::Collocates, s.toolkit.tab_collocates, "tab-collocates") }
                { view_tab(View::Ngrams, s.toolkit.tab_ngrams, "tab-ngrams") }
                { view_tab(View::Dispersion, s.toolkit.tab_dispersion, "tab-dispersion") }
                { view_tab(View::Stats, s.toolkit.tab_stats, "tab-stats") }
            </div>
            <div class="tab-body" role="tabpanel" aria-busy={(busy && controls.view != View::Across).to_string()}>{ body }</div>
        </section>
    }
}
