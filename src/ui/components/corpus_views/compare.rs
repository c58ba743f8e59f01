//! Compare documents: one document against another or against the rest of
//! the corpus; the terms with the largest log-likelihood (G²), their effect
//! size (log ratio) and side-by-side bars of their rate on each side.

use super::{compare_query, edit, export_buttons, select_value, Handle};
use crate::core::explore::compare::Side;
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// Rows shown (the export has them all).
const SHOWN: usize = 80;

fn rate(n: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 * 10_000.0 / total as f64
    }
}

/// The view.
pub fn view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    docs: &[(u64, String, u64)],
    on_export: &Callback<ExploreQuery>,
) -> Html {
    let v = s.views;
    let ona = edit(controls, |c, e: &Event| {
        c.doc_a = select_value(e).parse().unwrap_or(0);
        if c.doc_b == Some(c.doc_a) {
            c.doc_b = None;
        }
    });
    let onb = edit(controls, |c, e: &Event| {
        c.doc_b = select_value(e).parse().ok();
    });
    let onmin = edit(controls, |c, e: &Event| {
        c.min_count = select_value(e).parse().unwrap_or(3);
    });
    let b_value = controls
        .doc_b
        .map_or_else(|| "rest".to_string(), |b| b.to_string());
    let controls_html = html! {
        <div class="view-controls">
            <label>{ v.doc_a }
                <select onchange={ona} data-testid="compare-a">
                    { for docs.iter().enumerate().map(|(i, d)| html! {
                        <option value={i.to_string()} selected={controls.doc_a == i}>{ d.1.as_str() }</option>
                    }) }
                </select>
            </label>
            <label>{ v.against }
                <select onchange={onb} data-testid="compare-b">
                    <option value="rest" selected={b_value == "rest"}>{ v.rest_of_corpus }</option>
                    { for docs.iter().enumerate().filter(|(i, _)| *i != controls.doc_a).map(|(i, d)| html! {
                        <option value={i.to_string()} selected={b_value == i.to_string()}>{ d.1.as_str() }</option>
                    }) }
                </select>
            </label>
            <label>{ v.min_count }
                <select onchange={onmin} data-testid="compare-min">
                    { for [1usize, 2, 3, 5, 10].iter().map(|m| html! {
                        <option value={m.to_string()} selected={controls.min_count == *m}>{ m }</option>
                    }) }
                </select>
            </label>
            { export_buttons(s, compare_query(controls), &[FileFormat::Csv, FileFormat::Json], on_export, "compare") }
        </div>
    };
    let Some(ExploreResult::Compare { comparison, a, b }) = result else {
        return html! { <>{ controls_html }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    let b_name = if b.is_empty() { v.rest_of_corpus } else { b };
    let shown = &comparison.terms[..comparison.terms.len().min(SHOWN)];
    let max_rate = shown
        .iter()
        .map(|t| rate(t.count_a, comparison.size_a).max(rate(t.count_b, comparison.size_b)))
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let bar = |n: usize, total: usize| {
        let r = rate(n, total);
        format!("width: {}%", crate::ui::num::fixed(r / max_rate * 100.0, 1))
    };
    html! {
        <>
        { controls_html }
        <p class="muted">{ v.compare_hint }</p>
        if shown.is_empty() {
            <p class="empty" data-testid="compare-none">{ v.no_distinctive }</p>
        } else {
            <div class="scroll" tabindex="0">
            <table class="extract compare" data-testid="compare-table">
                <thead><tr>
                    <th class="num" title={a.clone()}><span class="side-a-key">{ "A" }</span>{ " " }{ a.chars().take(14).collect::<String>() }</th>
                    <th class="term-col">{ s.col_term }</th>
                    <th title={b_name.to_string()}><span class="side-b-key">{ "B" }</span>{ " " }{ b_name.chars().take(14).collect::<String>() }</th>
                    <th class="num">{ "G²" }</th>
                    <th class="num">{ v.col_log_ratio }</th>
                </tr></thead>
                <tbody>
                { for shown.iter().map(|t| {
                    let side = match t.side { Side::A => "a", Side::B => "b" };
                    html! {
                        <tr data-testid="compare-row" data-side={side}>
                            <td class="bar-a">
                                <span class="n">{ t.count_a }</span>
                                <span class="bar" aria-hidden="true"><span style={bar(t.count_a, comparison.size_a)}></span></span>
                            </td>
                            <td class={classes!("term", format!("more-{side}"))}>{ t.term.as_str() }</td>
                            <td class="bar-b">
                                <span class="bar" aria-hidden="true"><span style={bar(t.count_b, comparison.size_b)}></span></span>
                                <span class="n">{ t.count_b }</span>
                            </td>
                            <td class="num">{ crate::ui::num::fixed(t.g2, 1) }</td>
                            <td class="num">{ crate::ui::num::signed(t.log_ratio, crate::ui::num::fixed(t.log_ratio, 2)) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
            <p class="muted" data-testid="compare-summary">{ format!("A {} · B {} · {}", s.wb().n_words.replace("{n}", &comparison.size_a.to_string()), s.wb().n_words.replace("{n}", &comparison.size_b.to_string()),
                s.wb().compare_shown.replace("{shown}", &shown.len().to_string()).replace("{all}", &comparison.terms.len().to_string())) }</p>
        }
        </>
    }
}
