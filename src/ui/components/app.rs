//! The app shell: header, editor, status and results.

use super::editor::Editor;
use super::keyword_list::Results;
use super::status_line::StatusLine;
use crate::core::analyze::AnalyzeOptions;
use crate::protocol::Request;
use crate::ui::browser;
use crate::ui::hooks::use_analysis_worker::use_analysis_worker;
use crate::ui::i18n::Lang;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

/// localStorage key of the chosen UI language.
pub const LANG_KEY: &str = "wenxi.lang";

/// The root component.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let tag = browser::load(LANG_KEY).unwrap_or_else(browser::browser_language);
        AppState::new(Lang::from_tag(&tag))
    });
    let worker = use_analysis_worker(state.dispatcher());
    let input = use_node_ref();
    let s = state.lang.strings();

    {
        let tag = state.lang.tag();
        use_effect_with(tag, |tag| browser::set_document_lang(tag));
    }

    let on_analyze = {
        let state = state.clone();
        let input = input.clone();
        let worker = worker.clone();
        Callback::from(move |()| {
            let text = input
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            if text.trim().is_empty() {
                state.dispatch(Action::Notice(state.lang.strings().empty_text));
                return;
            }
            let job = state.last_job + 1;
            let name = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(40).collect::<String>())
                .unwrap_or_default();
            if worker.send(Request::Analyze {
                job,
                name,
                text,
                encoding: "UTF-8".to_string(),
                options: AnalyzeOptions::default(),
            }) {
                state.dispatch(Action::Started(job));
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

    html! {
        <div class="app">
            <header class="top">
                <div class="brand">
                    <h1>{ "文析 " }<span class="latin">{ "Wenxi" }</span></h1>
                    <p class="tagline">{ s.tagline }</p>
                </div>
                <button type="button" class="ghost" onclick={toggle_lang} lang={state.lang.toggled().tag()}>
                    { s.switch_lang }
                </button>
            </header>
            <main class="workspace">
                <Editor strings={s} node={input} on_analyze={on_analyze} busy={state.running.is_some()}/>
                <div class="side">
                    <StatusLine state={(*state).clone()}/>
                    if let Some((report, timings)) = &state.report {
                        <Results report={report.clone()} timings={*timings} strings={s}/>
                    }
                </div>
            </main>
            <footer class="foot">{ s.privacy }</footer>
        </div>
    }
}
