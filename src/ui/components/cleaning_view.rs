//! What cleaning did: counts per rule, and the original text with every
//! removal struck through (replacements shown as old → new).

use super::reader::{page_starts, pager};
use crate::core::clean::Rule;
use crate::core::report::DocumentReport;
use crate::ui::i18n::Strings;
use crate::ui::shared::Shared;
use yew::prelude::*;

/// Props of [`cleaning_view`].
#[derive(Properties, PartialEq)]
pub struct CleaningViewProps {
    /// The report (its `removed` list).
    pub report: Shared<DocumentReport>,
    /// The decoded original text.
    pub original: Shared<str>,
    /// UI strings.
    pub strings: &'static Strings,
    /// The page of the original shown (clamped to the last).
    pub page: usize,
    /// Shows another page.
    pub on_page: Callback<usize>,
}

/// Counts per rule and a diff-style original.
// First-paint budget: a plain function, not a component (it has no hooks;
// each component costs the page ~4 KB of Yew lifecycle code).
pub fn cleaning_view(props: &CleaningViewProps) -> Html {
    let s = props.strings;
    let r = &props.report;
    // per rule, ordered by its name (a few rules: a vector and the page's shared
    // sort, not a BTreeMap of its own: first-paint budget)
    let mut counts: Vec<(&str, (Rule, usize))> = Vec::new();
    for rm in &r.removed {
        match counts.iter_mut().find(|(k, _)| *k == rm.kind.as_str()) {
            Some((_, (_, n))) => *n += 1,
            None => counts.push((rm.kind.as_str(), (rm.kind, 1))),
        }
    }
    crate::ui::shared::sort_by(&mut counts, &|a, b| a.0.cmp(b.0));
    let orig = &props.original;
    // issue 20: the original a page at a time, as the reader shows it (the
    // whole 10 MiB text in one element took the page 0.8 s to lay out)
    let pages = page_starts(orig);
    let page = props.page.min(pages.len() - 1);
    let lo = pages.get(page).copied().unwrap_or(0);
    let hi = pages.get(page + 1).copied().unwrap_or(orig.len());
    let body = (!orig.is_empty()).then(|| {
        let mut parts = Vec::new();
        let mut at = lo;
        let first = r.removed.partition_point(|rm| rm.end <= lo);
        for rm in r.removed[first..].iter().take_while(|rm| rm.start < hi) {
            if rm.start < at || rm.end > hi || !orig.is_char_boundary(rm.start) || !orig.is_char_boundary(rm.end) {
                continue;
            }
            parts.push(html! { { &orig[at..rm.start] } });
            parts.push(html! { <del class={classes!("rm", rm.kind.as_str())} title={s.rule(rm.kind)}>{ &orig[rm.start..rm.end] }</del> });
            at = rm.end;
        }
        parts.push(html! { { &orig[at..hi] } });
        html! { <>
            { pager(s, "cleaning", page, pages.len(), &props.on_page) }
            <pre class="diff" data-testid="cleaning-diff" aria-label={s.show_original} tabindex="0">{ for parts }</pre>
        </> }
    });
    html! {
        <div class="cleaning" data-testid="cleaning">
            <h3>{ s.removed_counts }</h3>
            if counts.is_empty() {
                <p class="empty">{ s.nothing_removed }</p>
            }
            <ul class="rule-counts">
                { for counts.iter().map(|(k, (rule, n))| html! {
                    <li data-testid="rule-count" data-rule={k.to_string()}><span class={classes!("swatch", k.to_string())}></span>{ s.rule(*rule) }<b>{ *n }</b></li>
                }) }
            </ul>
            if let Some(b) = body { { b } } else {
                <ul class="removed-list">
                    { for r.removed.iter().take(500).map(|rm| html! {
                        <li><span class="kind">{ s.rule(rm.kind) }</span><del>{ rm.text.as_str() }</del></li>
                    }) }
                </ul>
            }
        </div>
    }
}
