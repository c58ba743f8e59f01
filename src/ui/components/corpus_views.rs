//! Corpus views over every analysed document: the frequency table, a word
//! cloud and the concordance (KWIC). The worker computes each view; this
//! component keeps the controls and renders the answer. Choosing a word in
//! the cloud or the table opens its concordance.

use crate::core::explore::cloud::CloudOptions;
use crate::core::explore::freq::FreqOptions;
use crate::core::explore::kwic::{KwicOptions, KwicSort, Query};
use crate::core::report::DocumentReport;
use crate::protocol::{ExploreQuery, ExploreResult};
use crate::ui::browser;
use crate::ui::i18n::Strings;
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
    pub result: Option<Rc<ExploreResult>>,
    /// The report of each analysed document, in the order of `docs`.
    pub reports: Rc<Vec<Rc<DocumentReport>>>,
    /// Sends a query (the app adds the documents and an id).
    pub on_query: Callback<ExploreQuery>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Frequency,
    Cloud,
    Concordance,
    Across,
}

#[derive(Clone, PartialEq)]
struct Controls {
    view: View,
    filter: String,
    stopwords: bool,
    term: String,
    regex: bool,
    width: usize,
    sort: KwicSort,
}

fn query_of(c: &Controls) -> Option<ExploreQuery> {
    match c.view {
        View::Frequency => Some(ExploreQuery::Frequency(FreqOptions {
            contains: c.filter.clone(),
            remove_stopwords: c.stopwords,
            limit: 300,
            ..FreqOptions::default()
        })),
        View::Cloud => Some(ExploreQuery::Cloud(CloudOptions {
            width: 760.0,
            height: 420.0,
            max_words: 120,
            ..CloudOptions::default()
        })),
        View::Across => None,
        View::Concordance if c.term.trim().is_empty() => None,
        View::Concordance => Some(ExploreQuery::Concordance {
            query: if c.regex {
                Query::Regex(c.term.clone())
            } else {
                Query::Substring(c.term.trim().to_string())
            },
            options: KwicOptions {
                context_chars: c.width,
                sort: c.sort,
                max_hits: 2000,
            },
        }),
    }
}

/// An edit of the controls, applied by the reducer to the latest state (so
/// two quick edits — tick "regex", then type — never undo each other).
type Edit = Rc<dyn Fn(&mut Controls)>;

impl Reducible for Controls {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut c = (*self).clone();
        edit(&mut c);
        Rc::new(c)
    }
}

/// A callback that edits the controls with `f`.
fn edit<E: 'static>(
    controls: &UseReducerHandle<Controls>,
    f: impl Fn(&mut Controls, &E) + 'static,
) -> Callback<E> {
    let dispatcher = controls.dispatcher();
    let f = Rc::new(f);
    Callback::from(move |e: E| {
        let (f, e) = (f.clone(), Rc::new(e));
        dispatcher.dispatch(Rc::new(move |c: &mut Controls| f(c, &e)));
    })
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// People, places, organisations and quoted terms with their counts in
/// every document: who and what recurs across the corpus. Computed here from
/// the reports (a few hundred rows at most), not in the worker.
fn across(s: &'static Strings, reports: &[Rc<DocumentReport>], open: &Callback<String>) -> Html {
    use std::collections::BTreeMap;
    // (kind, text) → counts per document
    let mut rows: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate() {
        let items = r
            .entities
            .iter()
            .map(|e| (e.kind.clone(), e.text.clone(), e.count))
            .chain(
                r.quotes
                    .iter()
                    .map(|q| ("quote".to_string(), q.text.clone(), q.count.max(1))),
            );
        for (kind, text, n) in items {
            rows.entry((kind, text))
                .or_insert_with(|| vec![0; reports.len()])[i] += n;
        }
    }
    let mut rows: Vec<_> = rows.into_iter().collect();
    rows.sort_by(|a, b| {
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
            { for rows.iter().take(300).map(|((kind, text), counts)| {
                let term = text.clone();
                let open = open.clone();
                let kind_name = if kind == "quote" { s.kind_quote } else { s.entity_kind(kind) };
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

/// The corpus panel.
#[component]
pub fn CorpusViews(props: &CorpusViewsProps) -> Html {
    let s = props.strings;
    let controls = use_reducer(|| Controls {
        view: View::Frequency,
        filter: String::new(),
        stopwords: true,
        term: String::new(),
        regex: false,
        width: 20,
        sort: KwicSort::Position,
    });
    {
        let on_query = props.on_query.clone();
        use_effect_with(
            ((*controls).clone(), props.docs.clone()),
            move |(c, docs)| {
                if !docs.is_empty() {
                    if let Some(q) = query_of(c) {
                        on_query.emit(q);
                    }
                }
            },
        );
    }
    if props.docs.is_empty() {
        return html! {};
    }
    let view_tab = |v: View, label: &'static str, testid: &'static str| {
        let onclick = edit(&controls, move |c, _: &MouseEvent| c.view = v);
        html! {
            <button type="button" role="tab" data-testid={testid} aria-selected={(controls.view == v).to_string()}
                {onclick}>{ label }</button>
        }
    };
    let open_term = edit(&controls, |c, term: &String| {
        c.view = View::Concordance;
        c.term = term.clone();
        c.regex = false;
    });
    let body = match (controls.view, props.result.as_deref()) {
        (View::Across, _) => across(s, &props.reports, &open_term),
        (View::Frequency, Some(ExploreResult::Frequency(t))) => {
            let onfilter = edit(&controls, |c, e: &InputEvent| c.filter = input_value(e));
            let onstop = edit(&controls, |c, _: &Event| c.stopwords = !c.stopwords);
            html! {
                <>
                <div class="view-controls">
                    <label>{ s.filter }<input type="search" value={controls.filter.clone()} oninput={onfilter} data-testid="freq-filter"/></label>
                    <label class="switch"><input type="checkbox" checked={controls.stopwords} onchange={onstop}/>{ s.hide_stopwords }</label>
                    <span class="muted">{ format!("{} {} · {} {}", t.total_tokens, s.tokens, t.distinct, s.distinct_terms) }</span>
                </div>
                <div class="scroll">
                <table class="extract" data-testid="freq-table">
                    <thead><tr><th>{ s.col_term }</th><th class="num">{ s.col_count }</th><th class="num">{ s.col_per_10k }</th><th class="num">{ s.col_docs }</th></tr></thead>
                    <tbody>
                    { for t.rows.iter().map(|r| {
                        let term = r.term.clone();
                        let open = open_term.clone();
                        html! {
                            <tr data-testid="freq-row">
                                <td><button type="button" class="link" onclick={Callback::from(move |_| open.emit(term.clone()))}>{ r.term.as_str() }</button></td>
                                <td class="num">{ r.count }</td>
                                <td class="num">{ format!("{:.1}", r.relative * 10_000.0) }</td>
                                <td class="num">{ r.doc_freq }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                </>
            }
        }
        (View::Cloud, Some(ExploreResult::Cloud { layout, svg })) => {
            let svg = svg.clone();
            let export = Callback::from(move |_| {
                browser::download("wenxi-cloud.svg", &svg, "image/svg+xml")
            });
            html! {
                <>
                <div class="view-controls">
                    <button type="button" class="ghost small" data-testid="export-svg" onclick={export}>{ s.export_svg }</button>
                    <span class="muted">{ s.cloud_hint }</span>
                </div>
                <svg class="cloud" data-testid="cloud-svg" viewBox={format!("0 0 {} {}", layout.width, layout.height)} role="img" aria-label={s.tab_cloud}>
                    { for layout.words.iter().map(|w| {
                        let term = w.term.clone();
                        let open = open_term.clone();
                        html! {
                            <text data-testid="cloud-word" class={format!("c{}", w.rank % 6)}
                                x={format!("{:.1}", w.x)} y={format!("{:.1}", w.y + w.font_size * 0.88)}
                                font-size={format!("{:.1}", w.font_size)}
                                onclick={Callback::from(move |_| open.emit(term.clone()))}>{ w.term.as_str() }</text>
                        }
                    }) }
                </svg>
                </>
            }
        }
        (View::Concordance, result) => {
            let onterm = edit(&controls, |c, e: &Event| c.term = input_value(e));
            let onregex = edit(&controls, |c, _: &Event| c.regex = !c.regex);
            let onwidth = edit(&controls, |c: &mut Controls, e: &Event| {
                c.width = select_value(e).parse().unwrap_or(20)
            });
            let onsort = edit(&controls, |c, e: &Event| {
                c.sort = match select_value(e).as_str() {
                    "left" => KwicSort::Left,
                    "right" => KwicSort::Right,
                    _ => KwicSort::Position,
                }
            });
            let hits = match result {
                Some(ExploreResult::Concordance(Ok(k))) if !controls.term.trim().is_empty() => {
                    let spread = k.per_doc.iter().filter(|&&n| n > 0).count();
                    html! {
                        <>
                        <p class="muted" data-testid="kwic-summary">{ format!("{} {} · {} {}", k.total, s.occurrences, spread, s.documents_with_hits) }</p>
                        <div class="scroll">
                        <table class="kwic" data-testid="kwic-table">
                            <tbody>
                            { for k.hits.iter().map(|h| html! {
                                <tr data-testid="kwic-hit" data-doc={h.doc.to_string()}>
                                    <td class="doc">{ props.docs.get(h.doc).map(|d| d.1.as_str()).unwrap_or("") }</td>
                                    <td class="left">{ h.left.as_str() }</td>
                                    <td class="kw">{ h.keyword.as_str() }</td>
                                    <td class="right">{ h.right.as_str() }</td>
                                </tr>
                            }) }
                            </tbody>
                        </table>
                        </div>
                        </>
                    }
                }
                Some(ExploreResult::Concordance(Err(e))) => {
                    html! { <p class="refusal" role="alert">{ e.as_str() }</p> }
                }
                _ => html! {},
            };
            html! {
                <>
                <div class="view-controls">
                    <label>{ s.search_term }<input type="search" value={controls.term.clone()} onchange={onterm} data-testid="kwic-query"/></label>
                    <label class="switch"><input type="checkbox" checked={controls.regex} onchange={onregex} data-testid="kwic-regex"/>{ s.regex }</label>
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
                        </select>
                    </label>
                </div>
                { hits }
                </>
            }
        }
        _ => html! { <p class="muted">{ s.computing }</p> },
    };
    html! {
        <section class="corpus-views" data-testid="corpus-views" aria-labelledby="corpus-h">
            <h2 id="corpus-h">{ s.corpus_views }<span class="count">{ props.docs.len() }</span></h2>
            <div class="tabs" role="tablist">
                { view_tab(View::Frequency, s.tab_frequency, "tab-freq") }
                { view_tab(View::Cloud, s.tab_cloud, "tab-cloud") }
                { view_tab(View::Concordance, s.tab_kwic, "tab-kwic") }
                { view_tab(View::Across, s.tab_across, "tab-across") }
            </div>
            <div class="tab-body">{ body }</div>
        </section>
    }
}
