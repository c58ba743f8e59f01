//! Tabs after the WAI-ARIA tabs pattern (issue 21): `role=tablist` with
//! `role=tab` buttons, `aria-selected`, a roving `tabindex` (one Tab stop for
//! the whole list) and Left/Right/Home/End to move between tabs, which also
//! selects them (automatic activation). The panel is the caller's: give it
//! `role=tabpanel`, `id={id}-panel` and `aria-labelledby={id}-tab-{selected}`
//! (see [`panel_id`] and [`tab_id`]).
//!
//! [`arrow_keys`] works on any tablist in the page, so lists that do not use
//! [`tab_list`] yet get the same keys from one handler on the app's root.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One tab.
#[derive(Debug, Clone, PartialEq)]
pub struct TabItem {
    /// Its label.
    pub label: &'static str,
    /// A count shown after the label (what it counts is the label's).
    pub count: Option<usize>,
    /// Its `data-testid`.
    pub testid: &'static str,
}

impl TabItem {
    /// A tab without a count.
    pub fn new(label: &'static str, testid: &'static str) -> Self {
        TabItem {
            label,
            count: None,
            testid,
        }
    }

    /// A tab with a count.
    pub fn counted(label: &'static str, count: usize, testid: &'static str) -> Self {
        TabItem {
            label,
            count: Some(count),
            testid,
        }
    }
}

/// Props of [`tab_list`].
#[derive(Properties, PartialEq)]
pub struct TabListProps {
    /// A prefix for the element ids (unique in the page).
    pub id: &'static str,
    /// What the tabs switch between, for screen readers.
    pub label: AttrValue,
    /// The tabs.
    pub tabs: Vec<TabItem>,
    /// The selected tab's index.
    pub selected: usize,
    /// A tab was chosen.
    pub on_select: Callback<usize>,
}

/// The id of the panel the tabs of `prefix` control.
pub fn panel_id(prefix: &str) -> String {
    format!("{prefix}-panel")
}

/// The id of tab `i` of `prefix`.
pub fn tab_id(prefix: &str, i: usize) -> String {
    format!("{prefix}-tab-{i}")
}

/// Calls a no-argument method of an element (`focus`, `click`) without
/// needing web-sys's `HtmlElement` API for every element kind.
pub(super) fn call(el: &web_sys::Element, method: &str) {
    if let Ok(f) = js_sys::Reflect::get(el, &method.into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(el);
        }
    }
}

fn is_tab(el: &web_sys::Element) -> bool {
    el.get_attribute("role").as_deref() == Some("tab") && el.get_attribute("disabled").is_none()
}

/// Moves to the previous, next, first or last tab of the tablist the key
/// was pressed in (focus, then a click that selects it). Returns whether
/// the key was one of those; the event's default is then prevented.
pub fn arrow_keys(e: &KeyboardEvent) -> bool {
    let Some(tab) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    if !is_tab(&tab) {
        return false;
    }
    let Some(list) = tab.parent_element() else {
        return false;
    };
    if list.get_attribute("role").as_deref() != Some("tablist") {
        return false;
    }
    let siblings = |start: Option<web_sys::Element>, forward: bool| {
        std::iter::successors(start, move |el: &web_sys::Element| {
            if forward {
                el.next_element_sibling()
            } else {
                el.previous_element_sibling()
            }
        })
        .filter(is_tab)
    };
    let target = match e.key().as_str() {
        "ArrowRight" | "ArrowDown" => siblings(tab.next_element_sibling(), true)
            .next()
            .or_else(|| siblings(list.first_element_child(), true).next()),
        "ArrowLeft" | "ArrowUp" => siblings(tab.previous_element_sibling(), false)
            .next()
            .or_else(|| siblings(list.last_element_child(), false).next()),
        "Home" => siblings(list.first_element_child(), true).next(),
        "End" => siblings(list.last_element_child(), false).next(),
        _ => return false,
    };
    e.prevent_default();
    if let Some(t) = target {
        call(&t, "focus");
        call(&t, "click");
    }
    true
}

/// A tablist.
// First-paint budget: a plain function, not a component (it has no hooks;
// each component costs the page ~4 KB of Yew lifecycle code).
pub fn tab_list(props: &TabListProps) -> Html {
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        arrow_keys(&e);
    });
    let panel = panel_id(props.id);
    html! {
        <div class="tabs" role="tablist" aria-label={props.label.clone()} {onkeydown}>
            { for props.tabs.iter().enumerate().map(|(i, t)| {
                let selected = i == props.selected;
                let cb = props.on_select.clone();
                html! {
                    <button type="button" role="tab" id={tab_id(props.id, i)} data-testid={t.testid}
                        aria-selected={selected.to_string()} aria-controls={panel.clone()}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={Callback::from(move |_| cb.emit(i))}>
                        { t.label }
                        if let Some(n) = t.count { <span class="count">{ n }</span> }
                    </button>
                }
            }) }
        </div>
    }
}
