//! The Changes view (对比, issue 17): what changed between two versions of
//! a report — sentences added, removed, rewritten (with word-level
//! highlights) and moved; new and dropped terms; targets by indicator.
//!
//! The worker computes the comparison ([`Request::Diff`], cancellable) and
//! every exported file; this component picks the two documents (by default
//! the two most recent by date, else the last two added), sends the
//! request while the panel is open, and renders the answer. Document text
//! is only ever rendered as text nodes.
//!
//! [`Request::Diff`]: crate::protocol::Request::Diff

mod sentences;
mod tables;

use crate::core::diff::files::DiffFile;
use crate::core::explore::trends::{document_date, DocDate};
use crate::core::report::DocumentReport;
use crate::protocol::DiffAnswer;
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::i18n::Strings;
use crate::ui::shared::{sort_by, Shared};
use crate::ui::state::next_id;
use std::rc::Rc;
use yew::prelude::*;

/// A request to the worker: (job, old document, new document, file).
pub type DiffRequest = (u64, u64, u64, Option<DiffFile>);

/// Props of [`ChangesPanel`].
#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// Id, name and job of each analysed document, in corpus order.
    pub docs: Rc<Vec<(u64, String, u64)>>,
    /// The report of each analysed document, in the order of `docs`.
    pub reports: Rc<Vec<Shared<DocumentReport>>>,
    /// The last comparison answer from the worker, with its job.
    pub answer: Option<(u64, Shared<DiffAnswer>)>,
    /// Sends a comparison request.
    pub on_request: Callback<DiffRequest>,
    /// Cancels a comparison by its job.
    pub on_cancel: Callback<u64>,
}

/// How sentences are laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Old left, new right.
    SideBySide,
    /// One column, removals and insertions marked.
    Inline,
}

/// Which part of the comparison is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Sentences,
    Terms,
    Targets,
}

/// The default pair: the two most recent by date, else the last two added.
fn default_pair(docs: &[(u64, String, u64)], dates: &[Option<DocDate>]) -> Option<(u64, u64)> {
    let mut dated: Vec<(DocDate, usize)> = dates
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.filter(|d| d.year.is_some()).map(|d| (d, i)))
        .collect();
    sort_by(&mut dated, &|a, b| a.cmp(b));
    if let [.., (_, a), (_, b)] = dated.as_slice() {
        return Some((docs.get(*a)?.0, docs.get(*b)?.0));
    }
    match docs {
        [.., a, b] => Some((a.0, b.0)),
        _ => None,
    }
}

/// The panel.
#[component]
pub fn ChangesPanel(props: &ChangesProps) -> Html {
    let s = props.strings;
    let d = s.diff;
    let open = use_state(|| false);
    let chosen = use_state(|| None::<(u64, u64)>);
    let layout = use_state(|| Layout::SideBySide);
    let only = use_state(|| true);
    let part = use_state(|| Part::Sentences);
    let current = use_state(|| None::<usize>);
    // the sentences' page chosen with its pager, until the focus moves (none:
    // the page of the change in focus)
    let rows_page = use_state(|| None::<usize>);
    // the sentences' scroll box: the change in focus is scrolled into view
    let body = use_node_ref();
    {
        let body = body.clone();
        use_effect_on(*current, move |current| {
            if let (Some(c), Some(el)) = (current, body.cast::<web_sys::Element>()) {
                if let Ok(Some(row)) = el.query_selector(&format!("[data-change='{c}']")) {
                    row.scroll_into_view_with_bool(false);
                }
            }
        });
    }
    let pending = use_mut_ref(|| None::<u64>);
    // export jobs in flight (a few): a vector, not a HashSet (first-paint budget)
    let exports = use_mut_ref(Vec::<u64>::new);
    let view = use_state(|| None::<Shared<DiffAnswer>>);
    let dates = use_memo(props.reports.clone(), |reports| {
        reports
            .iter()
            .map(|r| document_date(&r.name, &r.clean_text))
            .collect::<Vec<_>>()
    });
    let ids: Vec<u64> = props.docs.iter().map(|x| x.0).collect();
    let pair = (*chosen)
        .filter(|(a, b)| a != b && ids.contains(a) && ids.contains(b))
        .or_else(|| default_pair(&props.docs, &dates));
    // the job of each chosen document: a re-analysis asks again
    let jobs: Vec<u64> = pair
        .map(|(a, b)| {
            props
                .docs
                .iter()
                .filter(|x| x.0 == a || x.0 == b)
                .map(|x| x.2)
                .collect()
        })
        .unwrap_or_default();
    {
        let on_request = props.on_request.clone();
        let on_cancel = props.on_cancel.clone();
        let pending = pending.clone();
        let current = current.clone();
        let rows_page = rows_page.clone();
        use_effect_on((*open, pair, jobs), move |(open, pair, _)| {
            if let Some(old) = pending.borrow_mut().take() {
                on_cancel.emit(old);
            }
            if let (true, Some((a, b))) = (*open, *pair) {
                let job = next_id();
                *pending.borrow_mut() = Some(job);
                current.set(None);
                rows_page.set(None);
                on_request.emit((job, a, b, None));
            }
        });
    }
    {
        let pending = pending.clone();
        let exports = exports.clone();
        let view = view.clone();
        use_effect_on(props.answer.as_ref().map(|a| a.0), {
            let answer = props.answer.clone();
            move |_| {
                if let Some((job, a)) = answer {
                    if *pending.borrow() == Some(job) {
                        *pending.borrow_mut() = None;
                        view.set(Some(a));
                    } else {
                        // (the borrow ends before the removal borrows again)
                        let found = exports.borrow().iter().position(|&j| j == job);
                        if let Some(i) = found {
                            exports.borrow_mut().swap_remove(i);
                            if let DiffAnswer::File(Ok(f)) = &*a {
                                crate::ui::browser::save_file(f);
                            }
                        }
                    }
                }
            }
        });
    }
    if props.docs.is_empty() {
        return html! {};
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let head = html! {
        <div class="views-head">
            <div class="tabs" role="tablist">
                <button type="button" role="tab" data-testid="diff-view" aria-selected={open.to_string()}
                    aria-controls="diff-body" onclick={toggle}>{ d.title }</button>
            </div>
        </div>
    };
    if !*open {
        return html! { <section class="diff-panel" aria-label={d.title}>{ head }</section> };
    }
    let Some((old_id, new_id)) = pair else {
        return html! {
            <section class="diff-panel" aria-label={d.title}>
                { head }
                <p class="empty" data-testid="diff-need-two">{ d.need_two }</p>
            </section>
        };
    };
    let select = |value: u64, testid: &'static str, is_old: bool| {
        let chosen = chosen.clone();
        let onchange = Callback::from(move |e: Event| {
            let v: u64 = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(0);
            let (a, b) = (*chosen).unwrap_or((old_id, new_id));
            chosen.set(Some(if is_old { (v, b) } else { (a, v) }));
        });
        html! {
            <select {onchange} data-testid={testid}>
                { for props.docs.iter().map(|x| html! {
                    <option value={x.0.to_string()} selected={x.0 == value}>{ x.1.as_str() }</option>
                }) }
            </select>
        }
    };
    let swap = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(Some((new_id, old_id))))
    };
    let export = |kind: DiffFile, label: String, testid: &'static str| {
        let on_request = props.on_request.clone();
        let exports = exports.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let job = next_id();
            exports.borrow_mut().push(job);
            on_request.emit((job, old_id, new_id, Some(kind)));
        });
        html! { <button type="button" class="ghost small" data-testid={testid} {onclick}>{ label }</button> }
    };
    let part_tab = |p: Part, label: &'static str, testid: &'static str| {
        let part = part.clone();
        let selected = *part == p;
        let onclick = Callback::from(move |_: MouseEvent| part.set(p));
        html! { <button type="button" role="tab" data-testid={testid} aria-selected={selected.to_string()} {onclick}>{ label }</button> }
    };
    let shown = (*view).clone().filter(|_| pending.borrow().is_none());
    let body = match shown.as_ref().map(|a| (a, &**a)) {
        None => html! { <p class="muted" data-testid="diff-computing">{ s.computing }</p> },
        Some((_, DiffAnswer::Missing | DiffAnswer::File(_))) => {
            html! { <p class="empty">{ d.missing }</p> }
        }
        Some((answer, DiffAnswer::View { diff, ms, .. })) => {
            let exports_html = match *part {
                Part::Sentences => html! { <>
                    { export(DiffFile::SentencesCsv, "CSV".into(), "diff-export-sentences-csv") }
                    { export(DiffFile::SentencesJson, "JSON".into(), "diff-export-sentences-json") }
                </> },
                Part::Terms => html! { <>
                    { export(DiffFile::TermsCsv, "CSV".into(), "diff-export-terms-csv") }
                    { export(DiffFile::TermsJson, "JSON".into(), "diff-export-terms-json") }
                </> },
                Part::Targets => html! { <>
                    { export(DiffFile::TargetsCsv, "CSV".into(), "diff-export-targets-csv") }
                    { export(DiffFile::TargetsJson, "JSON".into(), "diff-export-targets-json") }
                </> },
            };
            let content = match *part {
                Part::Sentences => sentences::sentences(&sentences::SentencesProps {
                    strings: s,
                    answer: answer.clone(),
                    layout: *layout,
                    only_changes: *only,
                    current: *current,
                    on_current: {
                        let (current, rows_page) = (current.clone(), rows_page.clone());
                        Callback::from(move |c| {
                            current.set(Some(c));
                            rows_page.set(None);
                        })
                    },
                    page: *rows_page,
                    on_page: {
                        let rows_page = rows_page.clone();
                        Callback::from(move |p| rows_page.set(Some(p)))
                    },
                    body: body.clone(),
                }),
                Part::Terms => tables::terms(s, diff),
                Part::Targets => tables::targets(s, diff),
            };
            html! {
                <>
                { sentences::summary(s, diff, *ms) }
                <div class="tabs" role="tablist">
                    { part_tab(Part::Sentences, d.sentences, "diff-tab-sentences") }
                    { part_tab(Part::Terms, d.terms, "diff-tab-terms") }
                    { part_tab(Part::Targets, d.targets, "diff-tab-targets") }
                </div>
                <div class="view-controls diff-exports">
                    { exports_html }
                    { export(DiffFile::Json, format!("{} JSON", d.title), "diff-export-json") }
                    { export(DiffFile::Html, d.export_html.to_string(), "diff-export-html") }
                </div>
                { content }
                </>
            }
        }
    };
    let onlayout = {
        let layout = layout.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            layout.set(if v == "inline" {
                Layout::Inline
            } else {
                Layout::SideBySide
            });
        })
    };
    let ononly = {
        let only = only.clone();
        Callback::from(move |_: Event| only.set(!*only))
    };
    html! {
        <section class="diff-panel" aria-label={d.title} data-testid="diff-panel">
            { head }
            <div id="diff-body" class="tab-body">
                <div class="view-controls">
                    <label>{ d.old }{ select(old_id, "diff-old", true) }</label>
                    <button type="button" class="ghost small" onclick={swap} data-testid="diff-swap">{ d.swap }</button>
                    <label>{ d.new }{ select(new_id, "diff-new", false) }</label>
                    <label>
                        <select onchange={onlayout} data-testid="diff-layout">
                            <option value="side" selected={*layout == Layout::SideBySide}>{ d.side_by_side }</option>
                            <option value="inline" selected={*layout == Layout::Inline}>{ d.inline }</option>
                        </select>
                    </label>
                    <label class="switch"><input type="checkbox" checked={*only} onchange={ononly} data-testid="diff-only"/>{ d.only_changes }</label>
                </div>
                { body }
            </div>
        </section>
    }
}
