//! `DraftInput`: a text (or number) box whose value applies on change or
//! Enter, and whose typed text survives re-renders until then.
//!
//! A box rendered as `<input value={applied}>` that applies only on change
//! loses what the user typed whenever the component re-renders before the
//! change: Yew sets the DOM value back to the vnode's value on every render
//! where the two differ. In the corpus views a re-render comes with every
//! worker answer, so text typed while a view was computing was reset to the
//! applied term, and an Enter then applied the old term (the flaky
//! "concordance: left context" e2e test: 项目 typed, the answer of the
//! previous query re-rendered the panel, Enter applied 苏南第1 again).
//!
//! The typed text is kept as a draft together with the applied value it was
//! typed over; it is shown until it is applied, and only while that applied
//! value is unchanged, so a value set from elsewhere (a word chosen in the
//! cloud) replaces the draft.

use yew::prelude::*;

/// Props of [`DraftInput`].
#[derive(Properties, PartialEq)]
pub struct DraftInputProps {
    /// The applied value.
    pub value: AttrValue,
    /// Applies a value (on change, and on Enter).
    pub on_apply: Callback<String>,
    /// The input's `type`.
    #[prop_or(AttrValue::Static("search"))]
    pub kind: AttrValue,
    /// The `data-testid` hook.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// CSS class.
    #[prop_or_default]
    pub class: Option<AttrValue>,
    /// Placeholder text.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// `min` of a number box.
    #[prop_or_default]
    pub min: Option<AttrValue>,
    /// `max` of a number box.
    #[prop_or_default]
    pub max: Option<AttrValue>,
    /// `step` of a number box.
    #[prop_or_default]
    pub step: Option<AttrValue>,
    /// `tabindex` (`-1`: reached by the arrow keys only, as the document
    /// card's rename box).
    #[prop_or_default]
    pub tabindex: Option<AttrValue>,
    /// `aria-label`, for a box without a visible label (a table cell).
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// The text shown: the draft while the value it was typed over is still the
/// applied one, else the applied value.
fn shown(draft: &Option<(AttrValue, String)>, value: &AttrValue) -> String {
    match draft {
        Some((base, text)) if base == value => text.clone(),
        _ => value.to_string(),
    }
}

/// An input that keeps typed text across re-renders until it is applied.
#[component]
pub fn DraftInput(props: &DraftInputProps) -> Html {
    let draft = use_state(|| None::<(AttrValue, String)>);
    let typed = |e: &Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    };
    let oninput = {
        let (draft, base) = (draft.clone(), props.value.clone());
        Callback::from(move |e: InputEvent| draft.set(Some((base.clone(), typed(&e)))))
    };
    // applying ends the draft: the box shows the applied value (which may
    // differ from the typed text, e.g. a number clamped to its range)
    let apply = {
        let (draft, on_apply) = (draft.clone(), props.on_apply.clone());
        move |text: String| {
            draft.set(None);
            on_apply.emit(text);
        }
    };
    let onchange = {
        let apply = apply.clone();
        Callback::from(move |e: Event| apply(typed(&e)))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            apply(typed(&e));
        }
    });
    html! {
        <input type={props.kind.clone()} value={shown(&draft, &props.value)} {oninput} {onchange} {onkeydown}
            data-testid={props.testid.clone()} class={props.class.clone()} placeholder={props.placeholder.clone()}
            min={props.min.clone()} max={props.max.clone()} step={props.step.clone()} tabindex={props.tabindex.clone()}
            aria-label={props.label.clone()}/>
    }
}
