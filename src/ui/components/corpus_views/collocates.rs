//! Collocates: the words within a window of the search word, with MI,
//! t-score, logDice and G², sortable by any measure. A row opens the
//! concordance of the lines where the node and that word meet.

use super::toolkit::collocates_query;
use super::{edit, export_buttons, select_value, Handle, KwicMode, View};
use crate::core::explore::collocates::CollocateSort;
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::components::draft_input::DraftInput;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// Rows shown (the export has them all).
const SHOWN: usize = 300;

/// A regular expression for the node and the collocate within about
/// `window` words of each other in one sentence (two characters a word).
fn meeting_pattern(node: &str, collocate: &str, window: usize) -> String {
    let (n, c) = (regex::escape(node), regex::escape(collocate));
    let gap = format!("[^。！？；\\n]{{0,{}}}", window * 2);
    format!("{n}{gap}{c}|{c}{gap}{n}")
}

/// The search box shared by the toolkit views (the concordance's term).
pub fn term_input(s: &'static Strings, controls: &Handle, testid: &'static str) -> Html {
    let onterm = edit(controls, |c, term: &String| c.term = term.clone());
    html! {
        <label>{ s.toolkit.node_word }<DraftInput value={controls.term.clone()} on_apply={onterm} {testid}/></label>
    }
}

/// The view.
pub fn view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    on_export: &Callback<ExploreQuery>,
) -> Html {
    let t = s.toolkit;
    let tc = &controls.toolkit;
    let onwindow = edit(controls, |c, e: &Event| {
        c.toolkit.window = select_value(e).parse().unwrap_or(5)
    });
    let onmin = edit(controls, |c, e: &Event| {
        c.toolkit.coll_min = select_value(e).parse().unwrap_or(2)
    });
    let onstop = edit(controls, |c, _: &Event| {
        c.toolkit.coll_stopwords = !c.toolkit.coll_stopwords
    });
    let sort_by =
        |k: CollocateSort| edit(controls, move |c, _: &MouseEvent| c.toolkit.coll_sort = k);
    let exports = collocates_query(controls)
        .map(|q| {
            export_buttons(
                s,
                q,
                &[FileFormat::Csv, FileFormat::Json],
                on_export,
                "coll",
            )
        })
        .unwrap_or_default();
    let controls_html = html! {
        <>
        <div class="view-controls">
            { term_input(s, controls, "coll-query") }
            <label>{ t.window }
                <select onchange={onwindow} data-testid="coll-window">
                    { for (1usize..=10).map(|w| html! { <option value={w.to_string()} selected={tc.window == w}>{ format!("{w}L · {w}R") }</option> }) }
                </select>
            </label>
            <label>{ s.views.min_count }
                <select onchange={onmin} data-testid="coll-min">
                    { for [1usize, 2, 3, 5, 10].iter().map(|m| html! { <option value={m.to_string()} selected={tc.coll_min == *m}>{ m }</option> }) }
                </select>
            </label>
            <label class="switch"><input type="checkbox" checked={tc.coll_stopwords} onchange={onstop} data-testid="coll-stopwords"/>{ s.hide_stopwords }</label>
            { exports }
        </div>
        <p class="muted small" data-testid="coll-explain">{ t.coll_explain }</p>
        </>
    };
    if controls.term.trim().is_empty() {
        return html! { <>{ controls_html }<p class="empty">{ t.enter_word }</p></> };
    }
    let Some(ExploreResult::Collocates(c)) = result else {
        return html! { <>{ controls_html }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    let window = tc.window;
    let node = c.node.clone();
    let open = {
        let node = node.clone();
        edit(controls, move |c, term: &String| {
            c.view = View::Concordance;
            c.mode = KwicMode::Regex;
            c.term = meeting_pattern(&node, term, window);
        })
    };
    let head = |k: CollocateSort, label: &'static str, title: &'static str| {
        let sorted = tc.coll_sort == k;
        html! {
            <th class="num" aria-sort={if sorted { "descending" } else { "none" }} title={title}>
                <button type="button" class="link" data-testid={format!("coll-sort-{label}")} onclick={sort_by(k)}>
                    { label }{ if sorted { " ↓" } else { "" } }
                </button>
            </th>
        }
    };
    html! {
        <>
        { controls_html }
        <p class="muted" data-testid="coll-summary">{ format!("{} · {} {} · N = {} · {} {} · {} / {}", c.node, c.node_count, s.occurrences, c.total_tokens, c.window_slots, t.window_slots, c.rows.len().min(SHOWN), c.rows.len()) }</p>
        if c.rows.is_empty() {
            <p class="empty" data-testid="coll-none">{ t.none_pass }</p>
        } else {
            <div class="scroll" tabindex="0">
            <table class="extract toolkit" data-testid="coll-table">
                <thead><tr>
                    <th>{ s.col_term }</th>
                    { head(CollocateSort::Count, "count", t.col_count_hint) }
                    <th class="num">{ t.col_left }</th>
                    <th class="num">{ t.col_right }</th>
                    <th class="num" title={t.col_freq_hint}>{ t.col_freq }</th>
                    { head(CollocateSort::Mi, "MI", t.mi_hint) }
                    { head(CollocateSort::T, "t", t.t_hint) }
                    { head(CollocateSort::LogDice, "logDice", t.log_dice_hint) }
                    { head(CollocateSort::G2, "G²", t.g2_hint) }
                </tr></thead>
                <tbody>
                { for c.rows.iter().take(SHOWN).map(|r| {
                    let term = r.term.clone();
                    let open = open.clone();
                    html! {
                        <tr data-testid="coll-row">
                            <td><button type="button" class="link" title={t.open_meeting} data-testid="coll-term"
                                onclick={Callback::from(move |_| open.emit(term.clone()))}>{ r.term.as_str() }</button></td>
                            <td class="num">{ r.count }</td>
                            <td class="num">{ r.left }</td>
                            <td class="num">{ r.right }</td>
                            <td class="num">{ r.freq }</td>
                            <td class="num">{ crate::ui::num::fixed(r.mi, 2) }</td>
                            <td class="num">{ crate::ui::num::fixed(r.t, 2) }</td>
                            <td class="num">{ crate::ui::num::fixed(r.log_dice, 2) }</td>
                            <td class="num">{ crate::ui::num::fixed(r.g2, 1) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
        }
        </>
    }
}
