//! The concordance (KWIC) view with its controls.

use super::{concordance_query, edit, export_buttons, select_value, Controls, Handle, KwicMode};
use crate::core::explore::kwic::KwicSort;
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::components::draft_input::DraftInput;
use crate::ui::components::reader::pager;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// Lines shown at once.
const ROWS: usize = 500;

/// The concordance with its controls.
pub(super) fn concordance_view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    docs: &[(u64, String, u64)],
    on_export: &Callback<ExploreQuery>,
    on_reveal: &Callback<(u64, usize, usize)>,
    (page, on_page): (usize, Callback<usize>),
) -> Html {
    // change or Enter applies the term (Enter at once: a `change` may not
    // fire before a quick follow-up action); typed text survives re-renders
    let onterm = edit(controls, |c, term: &String| c.term = term.clone());
    let mode = |m: KwicMode| edit(controls, move |c, _: &Event| c.mode = m);
    let onwidth = edit(controls, |c: &mut Controls, e: &Event| {
        c.width = select_value(e).parse().unwrap_or(20)
    });
    let onsort = edit(controls, |c, e: &Event| {
        c.sort = match select_value(e).as_str() {
            "left" => KwicSort::Left,
            "right" => KwicSort::Right,
            "1L" => KwicSort::L1,
            "2L" => KwicSort::L2,
            "3L" => KwicSort::L3,
            "1R" => KwicSort::R1,
            "2R" => KwicSort::R2,
            "3R" => KwicSort::R3,
            _ => KwicSort::Position,
        }
    });
    let t = s.toolkit;
    let mode_name = match controls.mode {
        KwicMode::Token => t.kwic_counted_token,
        KwicMode::String => t.kwic_counted_string,
        KwicMode::Regex => t.kwic_counted_regex,
    };
    let hits = match result {
        Some(ExploreResult::Concordance(Ok(k))) if !controls.term.trim().is_empty() => {
            let spread = k.per_doc.iter().filter(|&&n| n > 0).count();
            // issue 20: the lines a page at a time (10,000 rows at once held
            // the page for 0.3 s on a 10 MiB document)
            let pages = k.hits.len().div_ceil(ROWS).max(1);
            let page = page.min(pages - 1);
            let exports = concordance_query(controls)
                .map(|q| {
                    export_buttons(
                        s,
                        q,
                        &[FileFormat::Csv, FileFormat::Json],
                        on_export,
                        "kwic",
                    )
                })
                .unwrap_or_default();
            html! {
                <>
                <div class="view-controls">
                    <p class="muted" data-testid="kwic-summary" data-mode={mode_name}>{ format!("{} {} · {} {}", k.total, s.occurrences, spread, s.documents_with_hits) }
                        <span class="kwic-mode" data-testid="kwic-counted">{ format!(" · {mode_name}") }</span></p>
                    { exports }
                    { pager(s, "kwic", page, pages, &on_page) }
                </div>
                <div class="scroll" tabindex="0">
                <table class="kwic" data-testid="kwic-table">
                    <tbody>
                    { for k.hits.iter().skip(page * ROWS).take(ROWS).map(|h| {
                        // a line opens the reader at its place (by click, Enter or Space)
                        let target = docs.get(h.doc).map(|d| (d.0, h.start, h.end));
                        let reveal = {
                            let on_reveal = on_reveal.clone();
                            Callback::from(move |_: MouseEvent| {
                                if let Some(t) = target {
                                    on_reveal.emit(t);
                                }
                            })
                        };
                        let onkeydown = {
                            let on_reveal = on_reveal.clone();
                            Callback::from(move |e: KeyboardEvent| {
                                if matches!(e.key().as_str(), "Enter" | " ") {
                                    e.prevent_default();
                                    if let Some(t) = target {
                                        on_reveal.emit(t);
                                    }
                                }
                            })
                        };
                        html! {
                            <tr data-testid="kwic-hit" data-doc={h.doc.to_string()} class="open" tabindex="0"
                                title={s.views.open_in_reader} onclick={reveal} {onkeydown}>
                                <td class="doc">{ docs.get(h.doc).map(|d| d.1.as_str()).unwrap_or("") }</td>
                                // reading order, right-aligned, clipped at the left
                                <td class="left"><span class="ctx-left"><span>{ h.left.as_str() }</span></span></td>
                                <td class="kw">{ h.keyword.as_str() }</td>
                                <td class="right">{ h.right.as_str() }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                </>
            }
        }
        Some(ExploreResult::Concordance(Err(e))) => {
            html! { <p class="refusal" role="alert">{ s.fault(e) }</p> }
        }
        _ if controls.term.trim().is_empty() => html! {},
        _ => html! { <p class="muted">{ s.computing }</p> },
    };
    html! {
        <>
        <div class="view-controls">
            <label>{ s.search_term }<DraftInput value={controls.term.clone()} on_apply={onterm} testid="kwic-query"/></label>
            <fieldset class="kwic-modes" data-testid="kwic-mode">
                <legend class="visually-hidden">{ t.kwic_match }</legend>
                <label class="switch" title={t.kwic_token_hint}><input type="radio" name="kwic-mode" checked={controls.mode == KwicMode::Token} onchange={mode(KwicMode::Token)} data-testid="kwic-mode-token"/>{ t.kwic_token }</label>
                <label class="switch" title={t.kwic_string_hint}><input type="radio" name="kwic-mode" checked={controls.mode == KwicMode::String} onchange={mode(KwicMode::String)} data-testid="kwic-mode-string"/>{ t.kwic_string }</label>
                <label class="switch"><input type="radio" name="kwic-mode" checked={controls.mode == KwicMode::Regex} onchange={mode(KwicMode::Regex)} data-testid="kwic-regex"/>{ s.regex }</label>
            </fieldset>
            <label>{ s.context }
                <select onchange={onwidth}>
                    { for [10usize, 20, 40].iter().map(|w| html! { <option value={w.to_string()} selected={controls.width == *w}>{ w }</option> }) }
                </select>
            </label>
            <label>{ s.sort_by }
                <select onchange={onsort} data-testid="kwic-sort">
                    <option value="position" selected={controls.sort == KwicSort::Position}>{ s.sort_position }</option>
                    <option value="left" selected={controls.sort == KwicSort::Left}>{ s.sort_left }</option>
                    <option value="right" selected={controls.sort == KwicSort::Right}>{ s.sort_right }</option>
                    { for [("3L", KwicSort::L3), ("2L", KwicSort::L2), ("1L", KwicSort::L1), ("1R", KwicSort::R1), ("2R", KwicSort::R2), ("3R", KwicSort::R3)].iter().map(|(v, k)| html! {
                        <option value={*v} selected={controls.sort == *k}>{ format!("{v} · {}", t.sort_word_at) }</option>
                    }) }
                </select>
            </label>
        </div>
        <p class="muted small" data-testid="kwic-explain">{ t.kwic_explain }</p>
        { hits }
        </>
    }
}
