//! Keys of the document list (issue 21): each card is one Tab stop (its
//! select button); Up/Down move between cards, Right enters the selected
//! card's actions (rename, encoding, delete), which are out of the Tab
//! order, at the first and Left at the last (delete). Among the actions the
//! arrows move where the control does not use them itself (Up/Down in the
//! name field, all four on the delete button); Escape goes back to the card.

use super::tabs::call;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn has_class(el: &web_sys::Element, class: &str) -> bool {
    el.class_name().split_whitespace().any(|c| c == class)
}

/// The card's select button.
fn card_button(card: &web_sys::Element) -> Option<web_sys::Element> {
    card.query_selector(".doc-select").ok().flatten()
}

/// The card's actions, in order.
fn tools(card: &web_sys::Element) -> Vec<web_sys::Element> {
    [
        "[data-testid=rename]",
        "[data-testid=encoding]",
        "[data-testid=delete]",
    ]
    .iter()
    .filter_map(|q| card.query_selector(q).ok().flatten())
    .collect()
}

/// Handles a key pressed in the document list; returns whether it moved focus.
pub fn card_keys(e: &KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let Some(card) = el.closest("li.doc").ok().flatten() else {
        return false;
    };
    let key = e.key();
    let go = |to: Option<web_sys::Element>| match to {
        Some(t) => {
            e.prevent_default();
            call(&t, "focus");
            true
        }
        None => false,
    };
    if has_class(&el, "doc-select") {
        let sibling = |forward: bool| {
            std::iter::successors(
                if forward {
                    card.next_element_sibling()
                } else {
                    card.previous_element_sibling()
                },
                move |c: &web_sys::Element| {
                    if forward {
                        c.next_element_sibling()
                    } else {
                        c.previous_element_sibling()
                    }
                },
            )
            .find_map(|c| card_button(&c))
        };
        return match key.as_str() {
            "ArrowDown" => go(sibling(true)),
            "ArrowUp" => go(sibling(false)),
            "ArrowRight" => go(tools(&card).into_iter().next()),
            "ArrowLeft" => go(tools(&card).pop()),
            _ => false,
        };
    }
    let all = tools(&card);
    let Some(at) = all.iter().position(|t| *t == el) else {
        return false;
    };
    // a text field uses Left/Right, a drop-down all four arrows
    let tag = el.tag_name();
    let (next, prev) = match tag.as_str() {
        "BUTTON" => (["ArrowRight", "ArrowDown"], ["ArrowLeft", "ArrowUp"]),
        "INPUT" => (["ArrowDown", "ArrowDown"], ["ArrowUp", "ArrowUp"]),
        _ => (["", ""], ["", ""]),
    };
    let k = key.as_str();
    if k == "Escape" {
        go(card_button(&card))
    } else if !k.is_empty() && next.contains(&k) {
        go(all.get(at + 1).cloned())
    } else if !k.is_empty() && prev.contains(&k) {
        go(if at == 0 {
            card_button(&card)
        } else {
            all.get(at - 1).cloned()
        })
    } else {
        false
    }
}
