//! The new-document panel (issue 21): a text area and "add and analyse".
//! The text becomes a new document of the corpus and the box empties; an
//! example is one click away. The panel can be folded.

use crate::ui::browser;
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// localStorage key of the text being edited, so a reload loses nothing.
pub const TEXT_KEY: &str = "wenxi.text";

/// Props of [`editor`].
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
    /// Adds the bundled example (issue 21).
    #[prop_or_default]
    pub on_example: Option<Callback<()>>,
}

/// The panel's hooks, called by its parent on every render: restores the saved
/// text once, on mount, and returns whether the panel is unfolded. (The panel
/// is a plain function, not a component, for the first-paint budget: each
/// component type costs the page ~4 KB of Yew lifecycle code.)
#[hook]
pub fn use_editor(node: NodeRef) -> UseStateHandle<bool> {
    {
        // Restore the saved text once, on mount. The text area is uncontrolled:
        // Yew never writes its value again, so re-renders cannot clobber typing.
        use_effect_on((), move |_| {
            if let (Some(area), Some(saved)) = (
                node.cast::<web_sys::HtmlTextAreaElement>(),
                browser::load(TEXT_KEY),
            ) {
                area.set_value(&saved);
            }
        });
    }
    use_state(|| true)
}

/// A labelled text area; Ctrl+Enter (or ⌘+Enter) analyses. `open` comes from
/// [`use_editor`].
pub fn editor(props: &EditorProps, open: UseStateHandle<bool>) -> Html {
    let s = props.strings;
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
    let w = s.wb();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let example = props.on_example.clone().map(|cb| {
        html! {
            <button type="button" class="ghost" data-testid="example"
                onclick={Callback::from(move |_| cb.emit(()))}>{ w.example }</button>
        }
    });
    let toggle_label = if *open { w.collapse } else { w.expand }.replace("{panel}", w.new_doc);
    html! {
        <section class="editor new-doc" aria-labelledby="new-doc-h">
            <div class="panel-head">
                <h2 id="new-doc-h">{ "＋ " }{ w.new_doc }</h2>
                <button type="button" class="ghost small fold" data-testid="new-doc-toggle"
                    aria-expanded={open.to_string()} aria-controls="new-doc-body"
                    aria-label={toggle_label.clone()} title={toggle_label} onclick={toggle}>
                    { if *open { "−" } else { "+" } }
                </button>
            </div>
            <div id="new-doc-body" hidden={!*open}>
                <p class="hint" id="new-doc-hint">{ w.new_doc_hint }</p>
                <label for="input" class="label visually-hidden">{ s.input_label }</label>
                <textarea id="input" data-testid="input" ref={props.node.clone()}
                    placeholder={s.input_placeholder} spellcheck="false" aria-describedby="new-doc-hint"
                    {onkeydown} {oninput}/>
                <div class="actions">
                    <button type="button" data-testid="analyze" class="primary" {onclick}
                        aria-busy={props.busy.to_string()}>{ w.add_doc }</button>
                    { for example }
                    <span class="hint">{ s.shortcut_hint }</span>
                </div>
            </div>
        </section>
    }
}
