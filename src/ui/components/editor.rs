//! The text area and the Analyze button.

use crate::ui::browser;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// localStorage key of the text being edited, so a reload loses nothing.
pub const TEXT_KEY: &str = "wenxi.text";

/// Props of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// Where the text area lives, so the app can read it.
    pub node: NodeRef,
    /// Called when the user asks for an analysis.
    pub on_analyze: Callback<()>,
    /// Whether an analysis is running.
    pub busy: bool,
}

/// A labelled text area; Ctrl+Enter (or ⌘+Enter) analyses.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let s = props.strings;
    {
        // Restore the saved text once, on mount. The text area is uncontrolled:
        // Yew never writes its value again, so re-renders cannot clobber typing.
        let node = props.node.clone();
        use_effect_with((), move |_| {
            if let (Some(area), Some(saved)) = (
                node.cast::<web_sys::HtmlTextAreaElement>(),
                browser::load(TEXT_KEY),
            ) {
                area.set_value(&saved);
            }
        });
    }
    let onkeydown = {
        let cb = props.on_analyze.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                cb.emit(());
            }
        })
    };
    let oninput = Callback::from(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        let value = area.value();
        if value.len() <= browser::MAX_SAVED_TEXT {
            browser::save(TEXT_KEY, &value);
        }
    });
    let onclick = {
        let cb = props.on_analyze.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="editor">
            <label for="input" class="label">{ s.input_label }</label>
            <textarea id="input" data-testid="input" ref={props.node.clone()}
                placeholder={s.input_placeholder} spellcheck="false"
                {onkeydown} {oninput}/>
            <div class="actions">
                <button type="button" data-testid="analyze" class="primary" {onclick}
                    aria-busy={props.busy.to_string()}>{ s.analyze }</button>
                <span class="hint">{ s.shortcut_hint }</span>
            </div>
        </section>
    }
}
