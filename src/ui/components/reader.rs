//! The reader: the clean text — or the original, spans mapped back through
//! the offset chain — with the chosen item's occurrences marked; the first
//! one scrolls into view, and "next" steps through the rest.

use super::extraction::Spans;
use crate::core::offsets::OffsetChain;
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::i18n::Strings;
use crate::ui::shared::{sort_by, Shared};
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
    sort_by(&mut spans, &|a, b| a.cmp(b));
    spans.dedup();
    // drop spans overlapping an earlier one (they cannot both be marked)
    let mut end = 0;
    spans.retain(|&(a, b)| {
        let keep = a >= end;
        if keep {
            end = b;
        }
        keep
    });
    let pages = use_memo(text.clone(), |t| page_starts(t));
    let node = use_node_ref();
    // (page, occurrence): the page shown and the occurrence "next" is at
    let at = use_state(|| (0usize, 0usize));
    {
        let node = node.clone();
        let at = at.clone();
        let first_page = spans.first().map_or(0, |&(a, _)| page_of(&pages, a));
        use_effect_on((props.highlights.clone(), *show_original), move |_| {
            at.set((first_page, 0));
            scroll_to(&node, 0);
        });
    }
    let (page, current) = *at;
    let page = page.min(pages.len() - 1);
    let lo = pages[page];
    let hi = pages.get(page + 1).copied().unwrap_or(text.len());
    // the spans on this page, and the index of the first of them
    let first_here = spans.partition_point(|&(a, _)| a < lo);
    let here: Vec<(usize, usize)> = spans[first_here..]
        .iter()
        .take_while(|&&(a, _)| a < hi)
        .map(|&(a, b)| (a, b.min(hi)))
        .collect();
    {
        // after a page change, bring the current occurrence into view
        let node = node.clone();
        let local = current.checked_sub(first_here);
        use_effect_on((page, current), move |_| {
            if let Some(i) = local {
                scroll_to(&node, i);
            }
        });
    }
    let next = {
        let at = at.clone();
        let n = spans.len();
        let starts: Vec<usize> = spans.iter().map(|&(a, _)| page_of(&pages, a)).collect();
        let node = node.clone();
        Callback::from(move |_| {
            let i = current.wrapping_add(1) % n.max(1);
            let p = starts.get(i).copied().unwrap_or(0);
            if p == page {
                scroll_to(&node, i - first_here);
            }
            at.set((p, i));
        })
    };
    let go = {
        let at = at.clone();
        let node = node.clone();
        Callback::from(move |to: usize| {
            at.set((to, usize::MAX));
            if let Some(el) = node.cast::<web_sys::Element>() {
                el.set_scroll_top(0);
            }
        })
    };
    let mut parts = Vec::with_capacity(here.len() * 2 + 1);
    let mut pos = lo;
    // issue 16: a PDF's or OFD's pages are separated by form feeds
    let paged = text.contains('\u{0C}');
    let mut doc_page = if paged {
        text[..lo].matches('\u{0C}').count() + 1
    } else {
        1
    };
    for &(a, b) in &here {
        with_page_breaks(&text[pos..a], &mut doc_page, s, &mut parts);
        parts.push(html! { <mark data-testid="highlight">{ &text[a..b] }</mark> });
        pos = b;
    }
    with_page_breaks(&text[pos..hi], &mut doc_page, s, &mut parts);
    // the document page of the occurrence "next" is at (or of the first one)
    let hit_page = paged
        .then(|| spans.get(current).or(spans.first()))
        .flatten()
        .map(|&(a, _)| text[..a].matches('\u{0C}').count() + 1);
    html! {
        <div class="reader">
            <div class="reader-bar">
                // issue 21: before anything is chosen, say how to choose
                <span data-testid="highlight-count">{ if spans.is_empty() { s.wb().reader_nothing.to_string() } else { format!("{} {}", spans.len(), s.occurrences) } }</span>
                if let Some(p) = hit_page {
                    <span class="hit-page" data-testid="hit-page">{ s.page_label.replace("{}", &p.to_string()) }</span>
                }
                if !props.original.is_empty() {
                    <label class="switch">
                        <input type="checkbox" checked={*show_original} data-testid="reader-original"
                            onchange={{ let so = show_original.clone(); Callback::from(move |_: Event| so.set(!*so)) }}/>
                        { s.show_original_text }
                    </label>
                }
                if spans.len() > 1 {
                    <button type="button" class="ghost small" data-testid="reader-next-hit" onclick={next}>{ s.next_occurrence }</button>
                }
                { pager(s, "reader", page, pages.len(), &go) }
            </div>
            <div class="reader-text" ref={node} data-testid="reader" tabindex="0">{ for parts }</div>
        </div>
    }
}

/// Bytes of text shown at once. A whole 10 MB document in one element took
/// the page half a second to lay out; a page this size a few milliseconds.
pub const PAGE_BYTES: usize = 64 * 1024;

/// "Previous · page n of m · Next" for a text shown a page at a time (none
/// for one page); test ids `{prefix}-pages`, `{prefix}-prev`,
/// `{prefix}-page`, `{prefix}-next`. `go` shows the page it is given.
pub fn pager(
    s: &'static Strings,
    prefix: &str,
    page: usize,
    count: usize,
    go: &Callback<usize>,
) -> Html {
    if count < 2 {
        return Html::default();
    }
    let to = |p: usize| go.reform(move |_: MouseEvent| p);
    html! {
        <span class="reader-pages" data-testid={format!("{prefix}-pages")}>
            <button type="button" class="ghost small" data-testid={format!("{prefix}-prev")}
                disabled={page == 0} onclick={to(page.saturating_sub(1))}>{ s.page_prev }</button>
            <span data-testid={format!("{prefix}-page")}>{
                s.page.replace("{n}", &(page + 1).to_string()).replace("{m}", &count.to_string())
            }</span>
            <button type="button" class="ghost small" data-testid={format!("{prefix}-next")}
                disabled={page + 1 >= count} onclick={to(page + 1)}>{ s.page_next }</button>
        </span>
    }
}

/// Where each page of `text` starts: about every [`PAGE_BYTES`], after a
/// line break when one is near, always on a character boundary.
pub fn page_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut at = 0;
    while text.len() - at > PAGE_BYTES {
        let mut cut = at + PAGE_BYTES;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        // end the page after a line break within its last quarter, if any
        let mut quarter = at + PAGE_BYTES * 3 / 4;
        while !text.is_char_boundary(quarter) {
            quarter += 1;
        }
        if let Some(i) = text[quarter..cut].rfind('\n') {
            cut = quarter + i + 1;
        }
        starts.push(cut);
        at = cut;
    }
    starts
}

/// The page holding byte `offset`.
fn page_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).saturating_sub(1)
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

/// Pushes `seg` as text, with a visible page break (and the next page's
/// number) at each form feed; `page` is the page `seg` starts on.
fn with_page_breaks(seg: &str, page: &mut usize, s: &'static Strings, parts: &mut Vec<Html>) {
    let mut pieces = seg.split('\u{0C}');
    if let Some(first) = pieces.next() {
        parts.push(html! { { first } });
    }
    for piece in pieces {
        *page += 1;
        parts.push(html! {
            <span class="page-break" role="separator" data-testid="page-break">{ s.page_label.replace("{}", &page.to_string()) }</span>
        });
        parts.push(html! { { piece } });
    }
}
