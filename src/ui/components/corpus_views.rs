//! Corpus views over every analysed document: frequency table, word cloud,
//! concordance (KWIC), comparison of documents, co-occurrence network,
//! trends and the people/places/quotes across documents. The worker
//! computes each view and every exported file; this component keeps the
//! controls and renders the answer. Choosing a word in the cloud, the table
//! or the network opens its concordance.
//!
//! One file per view under `corpus_views/`; the controls of all views live
//! in one reducer here, so switching tabs keeps each view's settings.

mod collocates;
mod compare;
mod dispersion;
mod download;
mod frequency;
mod network;
mod ngrams;
mod stats;
mod toolkit;
mod trends;

use crate::core::explore::cloud::{CloudColour, CloudOptions};
use crate::core::explore::compare::{Against, CompareOptions};
use crate::core::explore::cooccur::{NetworkOptions, Weighting};
use crate::core::explore::freq::{FreqOptions, Scope, SortBy};
use crate::core::explore::kwic::{KwicOptions, KwicSort, Query};
use crate::core::explore::svg::PALETTE;
use crate::core::report::DocumentReport;
use crate::protocol::{ExploreQuery, ExploreResult, Fault, FileFormat};
use crate::ui::components::draft_input::DraftInput;
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

fn frequency_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::FrequencyPage {
        scope: c.scope,
        options: FreqOptions {
            contains: c.filter.trim().to_string(),
            remove_stopwords: c.stopwords,
            pos_prefix: c.pos.clone(),
            sort: c.freq_sort,
            descending: c.descending,
            limit: 0,
        },
        offset: c.offset,
        page: PAGE,
    }
}

fn cloud_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::ColouredCloud {
        options: CloudOptions {
            width: 760.0,
            height: 420.0,
            max_words: 120,
            ..CloudOptions::default()
        },
        colour: c.cloud_colour,
    }
}

fn compare_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::Compare {
        doc: c.doc_a,
        against: c.doc_b.map_or(Against::Rest, Against::Document),
        options: CompareOptions {
            min_freq: c.min_count.max(1),
            remove_stopwords: true,
            limit: 0,
        },
    }
}

fn network_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::Network(NetworkOptions {
        top_nodes: c.max_nodes.clamp(2, 300),
        min_cooccur: c.min_cooccur.max(1),
        min_weight: parse_number(&c.min_assoc),
        weighting: c.weighting,
        width: 800.0,
        height: 560.0,
        ..NetworkOptions::default()
    })
}

/// A number typed by the user, read by the browser (`Number(text)`): Rust's
/// `str::parse::<f64>` would bring its 10 KB table of powers of five into the
/// page (first-paint budget). Empty or not a number: `None`.
fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let v = text.parse::<js_sys::Number>().ok()?.value_of();
    (!v.is_nan()).then_some(v)
}

fn trend_terms(c: &Controls) -> Vec<String> {
    c.trend_terms
        .split(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '，' | '、' | ';' | '；'))
        .filter(|t| !t.is_empty())
        .take(12)
        .map(str::to_string)
        .collect()
}

fn trends_query(c: &Controls) -> ExploreQuery {
    ExploreQuery::Trends {
        terms: trend_terms(c),
        top: 5,
    }
}

fn concordance_query(c: &Controls) -> Option<ExploreQuery> {
    if c.term.trim().is_empty() {
        return None;
    }
    Some(ExploreQuery::Concordance {
        query: match c.mode {
            KwicMode::Regex => Query::Regex(c.term.clone()),
            KwicMode::String => Query::Substring(c.term.trim().to_string()),
            KwicMode::Token => Query::Token(c.term.trim().to_string()),
        },
        options: KwicOptions {
            context_chars: c.width,
            sort: c.sort,
            max_hits: 2000,
        },
    })
}

fn query_of(c: &Controls, n_docs: usize) -> Option<ExploreQuery> {
    match c.view {
        View::Frequency => Some(frequency_query(c)),
        View::Cloud => Some(cloud_query(c)),
        View::Across => None,
        View::Concordance => concordance_query(c),
        View::Compare if n_docs < 2 => None,
        View::Compare => Some(compare_query(c)),
        View::Network => Some(network_query(c)),
        View::Trends => Some(trends_query(c)),
        View::Collocates | View::Ngrams | View::Dispersion | View::Stats => toolkit::query(c),
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

/// People, places, organisations and quoted terms with their counts in
/// every document: who and what recurs across the corpus. Computed here from
/// the reports (a few hundred rows at most), not in the worker.
fn across(
    s: &'static Strings,
    reports: &[Shared<DocumentReport>],
    open: &Callback<String>,
) -> Html {
    // (kind, text) → counts per document; a quote has no entity kind. Grouped
    // by sorting with the page's shared sort (a BTreeMap here cost the page
    // its own copy of the tree code: first-paint budget).
    type Key = (
        &'static str,
        Option<crate::core::report::EntityKind>,
        String,
    );
    let name = |k: &Option<crate::core::report::EntityKind>| k.map_or("quote", |k| k.as_str());
    let mut found: Vec<(Key, usize, usize)> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        let items = r
            .entities
            .iter()
            .map(|e| (Some(e.kind), e.text.clone(), e.count))
            .chain(
                r.quotes
                    .iter()
                    .map(|q| (None, q.text.clone(), q.count.max(1))),
            );
        for (kind, text, n) in items {
            found.push(((name(&kind), kind, text), i, n));
        }
    }
    crate::ui::shared::sort_by(&mut found, &|a, b| a.0.cmp(&b.0));
    let mut rows: Vec<(Key, Vec<usize>)> = Vec::new();
    for (key, i, n) in found {
        match rows.last_mut() {
            Some((k, counts)) if *k == key => counts[i] += n,
            _ => {
                let mut counts = vec![0; reports.len()];
                counts[i] += n;
                rows.push((key, counts));
            }
        }
    }
    crate::ui::shared::sort_by(&mut rows, &|a, b| {
        let spread = |v: &Vec<usize>| v.iter().filter(|&&n| n > 0).count();
        spread(&b.1)
            .cmp(&spread(&a.1))
            .then(b.1.iter().sum::<usize>().cmp(&a.1.iter().sum::<usize>()))
            .then(a.0.cmp(&b.0))
    });
    html! {
        <div class="scroll">
        <table class="extract" data-testid="across-table">
            <thead><tr>
                <th>{ s.col_kind }</th><th>{ s.col_name }</th>
                { for reports.iter().map(|r| html! { <th class="num" title={r.name.clone()}>{ r.name.chars().take(8).collect::<String>() }</th> }) }
                <th class="num">{ s.col_count }</th>
            </tr></thead>
            <tbody>
            { for rows.iter().take(300).map(|((_, kind, text), counts)| {
                let term = text.clone();
                let open = open.clone();
                let kind_name = kind.map_or(s.kind_quote, |k| s.entity_kind(k));
                html! {
                    <tr data-testid="across-row">
                        <td>{ kind_name }</td>
                        <td><button type="button" class="link" onclick={Callback::from(move |_| open.emit(term.clone()))}>{ text.as_str() }</button></td>
                        { for counts.iter().map(|n| html! { <td class="num">{ if *n == 0 { String::new() } else { n.to_string() } }</td> }) }
                        <td class="num">{ counts.iter().sum::<usize>() }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        </div>
    }
}

/// The cloud of the corpus, coloured as chosen, with SVG and PNG export.
fn cloud_view(
    s: &'static Strings,
    controls: &Handle,
    result: &ExploreResult,
    docs: &[(u64, String, u64)],
    name: &str,
    open_term: &Callback<String>,
) -> Html {
    let ExploreResult::ColouredCloud {
        layout,
        svg,
        categories,
        colour,
    } = result
    else {
        return html! {};
    };
    let v = s.views;
    let export = {
        let (svg, name) = (svg.to_string(), name.to_string());
        Callback::from(move |_| {
            download::download_text(&format!("{name}.cloud.svg"), &svg, "image/svg+xml")
        })
    };
    let png = {
        let (svg, name) = (svg.to_string(), name.to_string());
        let (w, h) = (layout.width, layout.height);
        Callback::from(move |_| {
            download::svg_to_png(svg.clone(), w, h, format!("{name}.cloud.png"))
        })
    };
    let oncolour = edit(controls, |c, e: &Event| {
        c.cloud_colour = match select_value(e).as_str() {
            "pos" => CloudColour::Pos,
            "doc" => CloudColour::Document,
            _ => CloudColour::Rank,
        }
    });
    // the legend: which colour means what
    let legend: Vec<(usize, String)> = match colour {
        CloudColour::Rank => Vec::new(),
        CloudColour::Pos => [v.pos_noun, v.pos_verb, v.pos_adj, v.pos_names, v.pos_other]
            .iter()
            .enumerate()
            .filter(|(i, _)| categories.contains(i))
            .map(|(i, l)| (i, l.to_string()))
            .collect(),
        CloudColour::Document => docs
            .iter()
            .enumerate()
            .filter(|(i, _)| categories.contains(i))
            .map(|(i, d)| (i, d.1.clone()))
            .collect(),
    };
    let selected = controls.cloud_colour;
    html! {
        <>
        <div class="view-controls">
            <label>{ v.colour }
                <select onchange={oncolour} data-testid="cloud-colour">
                    <option value="rank" selected={selected == CloudColour::Rank}>{ v.colour_rank }</option>
                    <option value="pos" selected={selected == CloudColour::Pos}>{ v.colour_pos }</option>
                    <option value="doc" selected={selected == CloudColour::Document}>{ v.colour_doc }</option>
                </select>
            </label>
            <button type="button" class="ghost small" data-testid="export-svg" onclick={export}>{ s.export_svg }</button>
            <button type="button" class="ghost small" data-testid="cloud-export-png" onclick={png}>{ v.export_png }</button>
            <span class="muted">{ s.cloud_hint }</span>
        </div>
        if !legend.is_empty() {
            <ul class="legend" data-testid="cloud-legend">
                { for legend.iter().map(|(i, label)| html! {
                    <li><span class="swatch" style={format!("background: {}", PALETTE[i % PALETTE.len()])}></span>{ label.as_str() }</li>
                }) }
            </ul>
        }
        <svg class="cloud" data-testid="cloud-svg" viewBox={format!("0 0 {} {}", layout.width, layout.height)} role="img" aria-label={s.tab_cloud}>
            { for layout.words.iter().enumerate().map(|(i, w)| {
                let term = w.term.clone();
                let open = open_term.clone();
                let category = categories.get(i).copied();
                html! {
                    <text data-testid="cloud-word" class={category.is_none().then(|| format!("c{}", w.rank % 6))}
                        fill={category.map(|c| PALETTE[c % PALETTE.len()])}
                        data-category={category.map(|c| c.to_string())}
                        x={format!("{:.1}", w.x)} y={format!("{:.1}", w.y + w.font_size * 0.88)}
                        font-size={format!("{:.1}", w.font_size)}
                        onclick={Callback::from(move |_| open.emit(term.clone()))}>{ w.term.as_str() }</text>
                }
            }) }
        </svg>
        </>
    }
}

/// The concordance with its controls.
fn concordance_view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    docs: &[(u64, String, u64)],
    on_export: &Callback<ExploreQuery>,
    on_reveal: &Callback<(u64, usize, usize)>,
) -> Html {
    // change or Enter applies the term (Enter at once: a `change` may not
    // fire before a quick follow-up action); typed text survives re-renders
    let onterm = edit(controls, |c, term: &String| c.term = term.clone());
    let mode = |m: KwicMode| edit(controls, move |c, _: &Event| c.mode = m);
    let onwidth = edit(controls, |c: &mut Controls, e: &Event| {
        c.width = select_value(e).parse().unwrap_or(20)
    });
    let onsort = edit(controls, |c, e: &Event| {
        c.sort = match select_value(e).as_str() {
            "left" => KwicSort::Left,
            "right" => KwicSort::Right,
            "1L" => KwicSort::L1,
            "2L" => KwicSort::L2,
            "3L" => KwicSort::L3,
            "1R" => KwicSort::R1,
            "2R" => KwicSort::R2,
            "3R" => KwicSort::R3,
            _ => KwicSort::Position,
        }
    });
    let t = s.toolkit;
    let mode_name = match controls.mode {
        KwicMode::Token => t.kwic_counted_token,
        KwicMode::String => t.kwic_counted_string,
        KwicMode::Regex => t.kwic_counted_regex,
    };
    let hits = match result {
        Some(ExploreResult::Concordance(Ok(k))) if !controls.term.trim().is_empty() => {
            let spread = k.per_doc.iter().filter(|&&n| n > 0).count();
            let exports = concordance_query(controls)
                .map(|q| {
                    export_buttons(
                        s,
                        q,
                        &[FileFormat::Csv, FileFormat::Json],
                        on_export,
                        "kwic",
                    )
                })
                .unwrap_or_default();
            html! {
                <>
                <div class="view-controls">
                    <p class="muted" data-testid="kwic-summary" data-mode={mode_name}>{ format!("{} {} · {} {}", k.total, s.occurrences, spread, s.documents_with_hits) }
                        <span class="kwic-mode" data-testid="kwic-counted">{ format!(" · {mode_name}") }</span></p>
                    { exports }
                </div>
                <div class="scroll">
                <table class="kwic" data-testid="kwic-table">
                    <tbody>
                    { for k.hits.iter().map(|h| {
                        // a line opens the reader at its place (by click, Enter or Space)
                        let target = docs.get(h.doc).map(|d| (d.0, h.start, h.end));
                        let reveal = {
                            let on_reveal = on_reveal.clone();
                            Callback::from(move |_: MouseEvent| {
                                if let Some(t) = target {
                                    on_reveal.emit(t);
                                }
                            })
                        };
                        let onkeydown = {
                            let on_reveal = on_reveal.clone();
                            Callback::from(move |e: KeyboardEvent| {
                                if matches!(e.key().as_str(), "Enter" | " ") {
                                    e.prevent_default();
                                    if let Some(t) = target {
                                        on_reveal.emit(t);
                                    }
                                }
                            })
                        };
                        html! {
                            <tr data-testid="kwic-hit" data-doc={h.doc.to_string()} class="open" tabindex="0"
                                title={s.views.open_in_reader} onclick={reveal} {onkeydown}>
                                <td class="doc">{ docs.get(h.doc).map(|d| d.1.as_str()).unwrap_or("") }</td>
                                // reading order, right-aligned, clipped at the left
                                <td class="left"><span class="ctx-left"><span>{ h.left.as_str() }</span></span></td>
                                <td class="kw">{ h.keyword.as_str() }</td>
                                <td class="right">{ h.right.as_str() }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                </>
            }
        }
        Some(ExploreResult::Concordance(Err(e))) => {
            html! { <p class="refusal" role="alert">{ s.fault(e) }</p> }
        }
        _ if controls.term.trim().is_empty() => html! {},
        _ => html! { <p class="muted">{ s.computing }</p> },
    };
    html! {
        <>
        <div class="view-controls">
            <label>{ s.search_term }<DraftInput value={controls.term.clone()} on_apply={onterm} testid="kwic-query"/></label>
            <fieldset class="kwic-modes" data-testid="kwic-mode">
                <legend class="visually-hidden">{ t.kwic_match }</legend>
                <label class="switch" title={t.kwic_token_hint}><input type="radio" name="kwic-mode" checked={controls.mode == KwicMode::Token} onchange={mode(KwicMode::Token)} data-testid="kwic-mode-token"/>{ t.kwic_token }</label>
                <label class="switch" title={t.kwic_string_hint}><input type="radio" name="kwic-mode" checked={controls.mode == KwicMode::String} onchange={mode(KwicMode::String)} data-testid="kwic-mode-string"/>{ t.kwic_string }</label>
                <label class="switch"><input type="radio" name="kwic-mode" checked={controls.mode == KwicMode::Regex} onchange={mode(KwicMode::Regex)} data-testid="kwic-regex"/>{ s.regex }</label>
            </fieldset>
            <label>{ s.context }
                <select onchange={onwidth}>
                    { for [10usize, 20, 40].iter().map(|w| html! { <option value={w.to_string()} selected={controls.width == *w}>{ w }</option> }) }
                </select>
            </label>
            <label>{ s.sort_by }
                <select onchange={onsort} data-testid="kwic-sort">
                    <option value="position" selected={controls.sort == KwicSort::Position}>{ s.sort_position }</option>
                    <option value="left" selected={controls.sort == KwicSort::Left}>{ s.sort_left }</option>
                    <option value="right" selected={controls.sort == KwicSort::Right}>{ s.sort_right }</option>
                    { for [("3L", KwicSort::L3), ("2L", KwicSort::L2), ("1L", KwicSort::L1), ("1R", KwicSort::R1), ("2R", KwicSort::R2), ("3R", KwicSort::R3)].iter().map(|(v, k)| html! {
                        <option value={*v} selected={controls.sort == *k}>{ format!("{v} · {}", t.sort_word_at) }</option>
                    }) }
                </select>
            </label>
        </div>
        <p class="muted small" data-testid="kwic-explain">{ t.kwic_explain }</p>
        { hits }
        </>
    }
}

/// The corpus panel.
#[component]
pub fn CorpusViews(props: &CorpusViewsProps) -> Html {
    let s = props.strings;
    let controls = use_controls(Controls::default);
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
                                download::download_bytes(&f.name, &f.bytes, &f.mime);
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
                        <span class="refusal-inline" role="alert" data-testid="export-error">{ format!("{}：{}", s.views.export_failed, s.fault(e)) }</span>
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
