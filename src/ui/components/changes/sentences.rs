//! The sentences of a comparison, side by side or inline, with word-level
//! highlights, "only changes" and next/previous change (buttons and the
//! keys n/p or j/k while the view has focus). Every piece of document text
//! is a text node inside a span whose class says what happened to it.

use super::Layout;
use crate::core::diff::sentences::{Op, OpKind, Span};
use crate::core::diff::{Notice, VersionDiff, WordOp};
use crate::protocol::DiffAnswer;
use crate::ui::components::reader::pager;
use crate::ui::i18n::Strings;
use crate::ui::shared::Shared;
use yew::prelude::*;

/// What [`sentences`] shows.
pub struct SentencesProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// The worker's answer (a `DiffAnswer::View`).
    pub answer: Shared<DiffAnswer>,
    /// Side by side or inline.
    pub layout: Layout,
    /// Hide unchanged sentences.
    pub only_changes: bool,
    /// The change in focus (index among the changes).
    pub current: Option<usize>,
    /// Moves the focus to another change.
    pub on_current: Callback<usize>,
    /// The page of rows chosen with the pager (`None`: the page of the
    /// change in focus).
    pub page: Option<usize>,
    /// Shows another page of rows.
    pub on_page: Callback<usize>,
    /// The scroll box (the panel scrolls the change in focus into view).
    pub body: NodeRef,
}

/// Rows shown at once.
const ROWS: usize = 400;

fn cut(text: &str, s: Option<Span>) -> &str {
    s.and_then(|s| text.get(s.start..s.end)).unwrap_or("")
}

/// The counts and notices above the views.
pub fn summary(s: &'static Strings, diff: &VersionDiff, ms: f64) -> Html {
    let d = s.diff;
    let minor = diff.ops.iter().filter(|o| o.minor).count();
    let counts = [
        (d.added, diff.count(OpKind::Added), "added"),
        (d.removed, diff.count(OpKind::Removed), "removed"),
        (d.changed, diff.count(OpKind::Changed), "changed"),
        (d.moved, diff.count(OpKind::MovedTo), "moved"),
        (d.unchanged, diff.count(OpKind::Same), "same"),
    ];
    let notice = |n: &Notice| match n {
        Notice::Identical => d.identical,
        Notice::ParagraphLevel => d.paragraph_level,
        Notice::WordsLimited => d.words_limited,
        Notice::OldEmpty => d.old_empty,
        Notice::NewEmpty => d.new_empty,
        Notice::Unrelated => d.unrelated,
    };
    html! {
        <>
        <p class="diff-summary" data-testid="diff-summary" data-ms={crate::ui::num::fixed(ms, 1)}>
            { for counts.iter().map(|(label, n, class)| html! {
                <span class={classes!("diff-count", *class)}>{ format!("{label} {n}") }</span>
            }) }
            if minor > 0 { <span class="diff-count minor">{ format!("（{} {minor}）", d.minor) }</span> }
            <span class="muted">{ format!(" · {} {} ms", d.took, crate::ui::num::fixed(ms, 0)) }</span>
        </p>
        { for diff.notices.iter().map(|n| html! {
            <p class="diff-notice" role="status" data-testid="diff-notice">{ notice(n) }</p>
        }) }
        </>
    }
}

/// A changed pair's words: the old side (same + deleted) or the new side
/// (same + inserted), or both inline.
fn words(op: &Op, old: bool, new: bool) -> Html {
    html! {
        { for op.tokens.iter().filter(|t| match t.op {
            WordOp::Same => true,
            WordOp::Delete => old,
            WordOp::Insert => new,
        }).map(|t| {
            let class = match t.op {
                WordOp::Same => "w-same",
                WordOp::Delete => "w-del",
                WordOp::Insert => "w-ins",
            };
            html! { <span class={class}>{ t.text.as_str() }</span> }
        }) }
    }
}

fn testid(kind: OpKind) -> &'static str {
    match kind {
        OpKind::Added => "diff-added",
        OpKind::Removed => "diff-removed",
        OpKind::Changed => "diff-changed",
        OpKind::MovedFrom | OpKind::MovedTo => "diff-moved",
        OpKind::Same => "diff-same",
    }
}

fn class(kind: OpKind) -> &'static str {
    match kind {
        OpKind::Added => "added",
        OpKind::Removed => "removed",
        OpKind::Changed => "changed",
        OpKind::MovedFrom | OpKind::MovedTo => "moved",
        OpKind::Same => "same",
    }
}

/// The view.
// First-paint budget: a plain function, not a component (the panel holds
// its node ref and the scrolling effect).
pub fn sentences(props: &SentencesProps) -> Html {
    let s = props.strings;
    let d = s.diff;
    let body = props.body.clone();
    let DiffAnswer::View {
        diff,
        old_text,
        new_text,
        ..
    } = &*props.answer
    else {
        return html! {};
    };
    // the ops that are changes, in reading order
    let changes: Vec<usize> = diff
        .ops
        .iter()
        .enumerate()
        .filter(|(_, o)| o.is_change())
        .map(|(i, _)| i)
        .collect();
    let n = changes.len();
    // issue 20: the rows a page at a time (a 10 MiB report against another
    // is ~100,000 sentences: all of them at once held the page for a second):
    // the page chosen with the pager, else the page of the change in focus
    let visible: Vec<usize> = diff
        .ops
        .iter()
        .enumerate()
        .filter(|(_, o)| !props.only_changes || o.is_change())
        .map(|(i, _)| i)
        .collect();
    let pages = visible.len().div_ceil(ROWS).max(1);
    let current_op = props.current.and_then(|c| changes.get(c)).copied();
    let page = props
        .page
        .or_else(|| current_op.map(|op| visible.partition_point(|&v| v < op) / ROWS))
        .unwrap_or(0)
        .min(pages - 1);
    let step = |forward: bool| {
        let on_current = props.on_current.clone();
        let current = props.current;
        move || {
            if n == 0 {
                return;
            }
            let next = match (current, forward) {
                (None, true) => 0,
                (None, false) => n - 1,
                (Some(c), true) => (c + 1) % n,
                (Some(c), false) => (c + n - 1) % n,
            };
            on_current.emit(next);
        }
    };
    let (next, prev) = (step(true), step(false));
    let onkeydown = {
        let (next, prev) = (next.clone(), prev.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "n" | "j" => {
                e.prevent_default();
                next();
            }
            "p" | "k" => {
                e.prevent_default();
                prev();
            }
            _ => {}
        })
    };
    let on_next = Callback::from(move |_: MouseEvent| next());
    let on_prev = Callback::from(move |_: MouseEvent| prev());
    let change_index = |i: usize| changes.binary_search(&i).ok();
    let visible = visible
        .iter()
        .skip(page * ROWS)
        .take(ROWS)
        .filter_map(|&i| Some((i, diff.ops.get(i)?)));
    let row_attrs = |i: usize, op: &Op| {
        let mut c = classes!("diff-row", class(op.kind));
        if op.minor {
            c.push("minor");
        }
        if current_op == Some(i) {
            c.push("current");
        }
        (c, change_index(i).map(|k| k.to_string()))
    };
    let badge = |op: &Op| match op.kind {
        OpKind::Changed if op.minor => html! { <span class="badge">{ d.minor }</span> },
        OpKind::MovedFrom => html! { <span class="badge">{ d.moved_from }</span> },
        OpKind::MovedTo => html! { <span class="badge">{ d.moved_to }</span> },
        _ => html! {},
    };
    let rows = match props.layout {
        Layout::SideBySide => html! {
            <table class="diff-table" data-testid="diff-sentences">
                <thead><tr><th>{ diff.old_name.as_str() }</th><th>{ diff.new_name.as_str() }</th></tr></thead>
                <tbody>
                { for visible.map(|(i, op)| {
                    let (c, change) = row_attrs(i, op);
                    let (left, right) = match op.kind {
                        OpKind::Changed if !op.tokens.is_empty() => (words(op, true, false), words(op, false, true)),
                        OpKind::Added | OpKind::MovedTo => (html! {}, html! { <span class="s-new">{ cut(new_text, op.new) }</span> }),
                        OpKind::Removed | OpKind::MovedFrom => (html! { <span class="s-old">{ cut(old_text, op.old) }</span> }, html! {}),
                        _ => (
                            html! { <span>{ cut(old_text, op.old) }</span> },
                            html! { <span>{ cut(new_text, op.new) }</span> },
                        ),
                    };
                    html! {
                        <tr class={c} data-testid={testid(op.kind)} data-change={change}>
                            <td class="old">{ left }</td>
                            <td class="new">{ right }{ badge(op) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        },
        Layout::Inline => html! {
            <div class="diff-inline" data-testid="diff-sentences">
                { for visible.map(|(i, op)| {
                    let (c, change) = row_attrs(i, op);
                    let (mark, text) = match op.kind {
                        OpKind::Changed if !op.tokens.is_empty() => ("~", words(op, true, true)),
                        OpKind::Added | OpKind::MovedTo => ("+", html! { <span class="s-new">{ cut(new_text, op.new) }</span> }),
                        OpKind::Removed | OpKind::MovedFrom => ("−", html! { <span class="s-old">{ cut(old_text, op.old) }</span> }),
                        _ => (" ", html! { <span>{ cut(new_text, op.new) }</span> }),
                    };
                    html! {
                        <p class={c} data-testid={testid(op.kind)} data-change={change}>
                            <span class="mark" aria-hidden="true">{ mark }</span>{ text }{ badge(op) }
                        </p>
                    }
                }) }
            </div>
        },
    };
    let position = match props.current {
        Some(c) => format!("{}/{n}", c + 1),
        None => format!("–/{n}"),
    };
    html! {
        <div class="diff-sentences-view">
            <div class="view-controls">
                <button type="button" class="ghost small" onclick={on_prev} data-testid="diff-prev" disabled={n == 0}>{ d.previous }</button>
                <span class="muted" data-testid="diff-position">{ position }</span>
                <button type="button" class="ghost small" onclick={on_next} data-testid="diff-next" disabled={n == 0}>{ d.next }</button>
                <span class="muted small">{ d.keys_hint }</span>
                { pager(s, "diff-rows", page, pages, &props.on_page) }
            </div>
            <div class="diff-body scroll" tabindex="0" ref={body} {onkeydown} data-testid="diff-body"
                aria-label={d.sentences}>
                { rows }
            </div>
        </div>
    }
}
