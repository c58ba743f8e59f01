//! The app shell: document list, editor, status and results, linked by the
//! selected document. Files dropped anywhere on the page join the corpus.
//! What happens to the corpus (adding, storing, re-analysing, the requests
//! about it) is the `use_corpus` hook's; this file lays the panels out.

use super::corpus_views::CorpusViews;
use super::doc_list::{doc_list, DocListProps};
use super::editor::{editor, use_editor, EditorProps};
use super::keyword_list::Results;
use super::lexicon::LexiconPanel;
use super::settings::{settings, SettingsProps};
use super::status_line::{status_line, StatusLineProps};
use super::tabs::arrow_keys;
use super::undo_toast::{undo_toast, UndoToastProps};
use crate::core::export::Table;
use crate::core::report::DocumentReport;
use crate::protocol::{ExploreQuery, Request};
use crate::ui::browser;
use crate::ui::hooks::effect::{use_callback_on, use_effect_on};
use crate::ui::hooks::use_analysis_worker::use_analysis_worker;
use crate::ui::hooks::use_corpus::{use_corpus, Corpus};
use crate::ui::i18n::Lang;
use crate::ui::saved_options;
use crate::ui::shared::Shared;
use crate::ui::state::{next_id, Action, AppState, DocStatus};
use std::rc::Rc;
use yew::prelude::*;

/// localStorage key of the chosen UI language.
pub const LANG_KEY: &str = "wenxi.lang";

pub use crate::ui::hooks::use_corpus::{MAX_FILE_BYTES, OPTIONS_KEY};

/// The root component.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let tag = browser::load(LANG_KEY).unwrap_or_else(browser::browser_language);
        let mut initial = AppState::new(Lang::from_tag(&tag));
        if let Some(o) = browser::load(OPTIONS_KEY).and_then(|j| saved_options::from_json(&j)) {
            initial.options = o;
        }
        initial
    });
    let worker = use_analysis_worker(state.dispatcher());
    let input = use_node_ref();
    // the new-document and processing panels are plain functions; their state lives here
    let editor_open = use_editor(input.clone());
    let settings_open = use_state(|| false);
    let s = state.lang.strings();

    {
        let tag = state.lang.tag();
        use_effect_on(tag, |tag| browser::set_document_lang(tag));
    }

    let Corpus {
        on_analyze,
        on_example,
        add_read,
        on_files,
        on_select,
        on_rename,
        on_encoding,
        on_remove,
        on_clear,
        on_undo,
        on_dismiss_undo,
        on_options,
        on_user_dict,
        on_cancel,
        done_docs,
        on_query,
        on_segment,
        on_newwords,
        on_summary,
        on_view_cancel,
        on_export,
        on_diff,
        on_diff_cancel,
    } = use_corpus(&state, &worker, &input);
    let done_reports: Rc<Vec<Shared<DocumentReport>>> = Rc::new(
        state
            .docs
            .iter()
            .filter_map(|d| match &d.status {
                DocStatus::Done { report, .. } => Some(report.clone()),
                _ => None,
            })
            .collect(),
    );
    let panel_docs: Rc<Vec<(u64, String, u64, bool)>> = Rc::new(
        state
            .docs
            .iter()
            .filter(|d| !matches!(d.status, DocStatus::Failed(_)))
            .map(|d| {
                let done = matches!(d.status, DocStatus::Done { .. });
                (d.id, d.name.clone(), d.job, done)
            })
            .collect(),
    );

    // a concordance line opens its document in the reader at that place
    let reveal = use_state(|| None::<(u64, usize, usize, u64)>);
    let on_reveal = {
        let state = state.clone();
        let reveal = reveal.clone();
        use_callback_on((), move |(doc, start, end): (u64, usize, usize)| {
            state.dispatch(Action::Select(doc));
            reveal.set(Some((doc, start, end, next_id())));
        })
    };

    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let add_read = add_read.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(dropped) = e.data_transfer().as_ref().and_then(browser::dropped) {
                let add_read = add_read.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    add_read.emit(browser::read_dropped(dropped, MAX_FILE_BYTES).await);
                });
            }
        })
    };

    let toggle_lang = {
        let state = state.clone();
        Callback::from(move |_| {
            let next = state.lang.toggled();
            browser::save(LANG_KEY, next.tag());
            state.dispatch(Action::SetLang(next));
        })
    };

    let on_term = {
        let state = state.clone();
        Callback::from(move |term: String| state.dispatch(Action::Focus(term)))
    };

    let selected = state.selected_doc().cloned();
    let on_file = {
        let worker = worker.clone();
        let id = selected.as_ref().map_or(0, |d| d.id);
        Callback::from(move |table: Option<Table>| {
            worker.send(Request::Explore {
                id: next_id(),
                docs: vec![id],
                query: ExploreQuery::DocumentFile { doc: 0, table },
            });
        })
    };
    let results = selected.as_ref().and_then(|d| match &d.status {
        DocStatus::Done {
            report,
            timings,
            original,
            chain,
            chars,
        } => Some(html! {
            <Results report={report.clone()} timings={*timings} strings={s} on_term={on_term.clone()} on_file={on_file.clone()}
                original={original.clone()} chain={chain.clone()} chars={*chars}
                reveal={(*reveal).filter(|r| r.0 == d.id).map(|r| (r.1, r.2, r.3))}
                doc_id={d.id} summary={state.summary.clone()} on_summary={on_summary.clone()}/>
        }),
        DocStatus::Failed(f) => Some(html! {
            <p class="refusal" data-testid="refusal" role="alert">{ s.labelled(&d.name, &s.fault(f)) }</p>
        }),
        _ => None,
    });

    // issue 21: panels that fold, arrow keys in every tablist, skip links
    let fold_docs = use_state(|| false);
    let fold_views = use_state(|| false);
    let fold = |flag: &UseStateHandle<bool>,
                panel: &'static str,
                testid: &'static str,
                controls: &'static str| {
        let w = s.wb();
        let folded = **flag;
        let label = if folded { w.expand } else { w.collapse }.replace("{panel}", panel);
        let flag = flag.clone();
        html! {
            <button type="button" class="ghost small fold" data-testid={testid}
                aria-expanded={(!folded).to_string()} aria-controls={controls}
                aria-label={label.clone()} title={label}
                onclick={Callback::from(move |_| flag.set(!*flag))}>
                { if folded { "»" } else { "«" } }
            </button>
        }
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if !e.default_prevented() {
            arrow_keys(&e);
        }
    });
    let placeholder = if state.docs.is_empty() {
        None
    } else if results.is_none() && state.selected.is_none() {
        Some(html! { <p class="empty panel-note">{ s.wb().no_selection }</p> })
    } else {
        None
    };
    let undo = state.undo.as_ref().map(|u| {
        html! {
            { undo_toast(&UndoToastProps { strings: s, count: u.docs.len(), on_undo: on_undo.clone(), on_dismiss: on_dismiss_undo.clone() }) }
        }
    });
    let w = s.wb();
    // the link also moves focus (and unfolds the documents' column)
    let skip_to_text = {
        let fold_docs = fold_docs.clone();
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            fold_docs.set(false);
            if let Some(area) = input.cast::<web_sys::HtmlTextAreaElement>() {
                let _ = area.focus();
            }
        })
    };

    html! {
        <div class="app" {ondragover} {ondrop} {onkeydown}>
            <a class="skip-link" href="#input" data-testid="skip-to-text" onclick={skip_to_text}>{ w.skip_to_text }</a>
            <a class="skip-link" href="#results-col">{ w.skip_to_results }</a>
            <header class="top">
                <div class="brand">
                    <h1>{ "文析 " }<span class="latin">{ "Wenxi" }</span></h1>
                    <p class="tagline">{ s.tagline }</p>
                </div>
                <div class="top-status">
                    { status_line(&StatusLineProps { state: (*state).clone(), on_cancel }) }
                </div>
                <button type="button" class="ghost" onclick={toggle_lang} lang={state.lang.toggled().tag()}>
                    { s.switch_lang }
                </button>
            </header>
            <main class={classes!("workspace", fold_docs.then_some("docs-folded"), fold_views.then_some("views-folded"))}>
                <div class="col col-docs" id="docs-col" data-testid="col-docs">
                    { fold(&fold_docs, s.documents, "fold-docs", "docs-col-body") }
                    <div class="col-body" id="docs-col-body" hidden={*fold_docs}>
                        { doc_list(&DocListProps { strings: s, docs: state.docs.clone(), selected: state.selected,
                            on_files, on_select, on_rename, on_encoding, on_remove, on_clear }) }
                        { editor(&EditorProps { strings: s, node: input.clone(), on_analyze, busy: state.busy(), on_example: Some(on_example) }, editor_open) }
                        { settings(&SettingsProps { strings: s, options: state.options.clone(), on_options: on_options.clone() }, settings_open) }
                    </div>
                </div>
                <div class="col col-results side" id="results-col" tabindex="-1" data-testid="col-results">
                    // a stable slot: Yew aligns unkeyed siblings from the end, so a
                    // child that comes and goes there would remount the ones above
                    <div class="results-slot">{ for results }{ for placeholder }</div>
                </div>
                <div class="col col-views" id="views-col" data-testid="col-views">
                    { fold(&fold_views, s.corpus_views, "fold-views", "views-col-body") }
                    <div class="col-body" id="views-col-body" hidden={*fold_views}>
                        <CorpusViews strings={s} docs={done_docs.clone()} reports={done_reports.clone()} result={state.explored.clone()} {on_query}
                            exported={state.exported.clone()} on_export={on_export.clone()} {on_reveal}
                            busy={state.explore_request != state.explored_id} focus={state.focus.clone()}
                            on_cancel={on_view_cancel} cancelled={state.view_cancelled}/>
                    </div>
                </div>
            </main>
            <crate::ui::components::changes::ChangesPanel strings={s} docs={done_docs.clone()}
                reports={done_reports.clone()} answer={state.diffed.clone()} on_request={on_diff}
                on_cancel={on_diff_cancel}/>
            <LexiconPanel strings={s} docs={panel_docs} selected={state.selected}
                options={state.options.clone()} user_dict={state.user_dict.clone()}
                user_dict_status={state.user_dict_status.clone()} segmented={state.segmented.clone()}
                new_words={state.new_words.clone()} {on_segment} {on_newwords} {on_user_dict}
                on_options={on_options.clone()} focus={state.focus.clone()} on_export={on_export.clone()}/>
            <footer class="foot">{ s.privacy }</footer>
            { for undo }
        </div>
    }
}
