//! The reader: the clean text — or the original, spans mapped back through
//! the offset chain — with the chosen item's occurrences marked; the first
//! one scrolls into view, and "next" steps through the rest.

use super::extraction::Spans;
use crate::core::offsets::OffsetChain;
use crate::ui::i18n::Strings;
use crate::ui::shared::Shared;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The clean text.
    pub text: Shared<str>,
    /// The decoded original (empty when unknown).
    pub original: Shared<str>,
    /// Maps clean-text spans to the original.
    pub chain: Shared<OffsetChain>,
    /// Byte spans to mark (sorted or not; invalid ones are skipped).
    pub highlights: Spans,
    /// UI strings.
    pub strings: &'static Strings,
}

/// The text with `<mark>`s; text is always inserted as text, never as HTML.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let s = props.strings;
    let show_original = use_state(|| false);
    let original = *show_original && !props.original.is_empty();
    let text = if original {
        &props.original
    } else {
        &props.text
    };
    let mut spans: Vec<(usize, usize)> = props
        .highlights
        .iter()
        .map(|&(a, b)| {
            if original {
                props.chain.span_to_original(a, b)
            } else {
                (a, b)
            }
        })
        .filter(|&(a, b)| {
            a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        })
        .collect();
    spans.sort_unstable();
    spans.dedup();
    let node = use_node_ref();
    let current = use_state(|| 0usize);
    {
        let node = node.clone();
        let current = current.clone();
        use_effect_with((props.highlights.clone(), *show_original), move |_| {
            current.set(0);
            scroll_to(&node, 0);
        });
    }
    let next = {
        let node = node.clone();
        let current = current.clone();
        let n = spans.len();
        Callback::from(move |_| {
            let i = (*current + 1) % n.max(1);
            current.set(i);
            scroll_to(&node, i);
        })
    };
    let mut parts = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for &(a, b) in &spans {
        if a < at {
            continue;
        }
        parts.push(html! { { &text[at..a] } });
        parts.push(html! { <mark data-testid="highlight">{ &text[a..b] }</mark> });
        at = b;
    }
    parts.push(html! { { &text[at..] } });
    html! {
        <div class="reader">
            <div class="reader-bar">
                <span data-testid="highlight-count">{ format!("{} {}", spans.len(), s.occurrences) }</span>
                if !props.original.is_empty() {
                    <label class="switch">
                        <input type="checkbox" checked={*show_original} data-testid="reader-original"
                            onchange={{ let so = show_original.clone(); Callback::from(move |_: Event| so.set(!*so)) }}/>
                        { s.show_original_text }
                    </label>
                }
                if spans.len() > 1 {
                    <button type="button" class="ghost small" onclick={next}>{ s.next_occurrence }</button>
                }
            </div>
            <div class="reader-text" ref={node} data-testid="reader" tabindex="0">{ for parts }</div>
        </div>
    }
}

fn scroll_to(node: &NodeRef, i: usize) {
    let Some(el) = node.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(marks) = el.query_selector_all("mark") {
        if let Some(m) = marks
            .get(i as u32)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            m.scroll_into_view();
        }
    }
}
