//! The dispersion plot: where the search word falls in each document (one
//! row per document, a tick per occurrence), with Juilland's D per document
//! and over the corpus; SVG and PNG export. A tick opens the reader there.

use super::collocates::term_input;
use super::toolkit::dispersion_query;
use super::{download, export_buttons, Handle};
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::i18n::Strings;
use yew::prelude::*;

fn d_text(d: Option<f64>) -> String {
    d.map_or_else(|| "–".to_string(), |x| crate::ui::num::fixed(x, 3))
}

/// The view.
pub fn view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    docs: &[(u64, String, u64)],
    corpus_name: &str,
    on_export: &Callback<ExploreQuery>,
    on_reveal: &Callback<(u64, usize, usize)>,
) -> Html {
    let t = s.toolkit;
    let exports = dispersion_query(controls)
        .map(|q| {
            export_buttons(
                s,
                q,
                &[FileFormat::Csv, FileFormat::Json, FileFormat::Svg],
                on_export,
                "disp",
            )
        })
        .unwrap_or_default();
    let controls_row = |png: Html| {
        html! {
            <>
            <div class="view-controls">
                { term_input(s, controls, "disp-query") }
                { exports.clone() }
                { png }
            </div>
            <p class="muted small" data-testid="disp-explain">{ t.disp_explain }</p>
            </>
        }
    };
    if controls.term.trim().is_empty() {
        return html! { <>{ controls_row(html! {}) }<p class="empty">{ t.enter_word }</p></> };
    }
    let Some(ExploreResult::Dispersion { dispersion, svg }) = result else {
        return html! { <>{ controls_row(html! {}) }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    let png = {
        let svg = svg.clone();
        let name = format!(
            "{corpus_name}.{}.dispersion.png",
            crate::core::explore::files::file_stem(&dispersion.term)
        );
        let rows = dispersion.docs.len().max(1) as f64;
        Callback::from(move |_| {
            download::svg_to_png(svg.clone(), 880.0, 28.0 * rows + 40.0, name.clone())
        })
    };
    let png_button = html! {
        <button type="button" class="ghost small" data-testid="disp-export-png" onclick={png}>{ s.views.export_png }</button>
    };
    html! {
        <>
        { controls_row(png_button) }
        <p class="muted" data-testid="disp-summary">{ format!("{} · {} {} · {} D = {}", dispersion.term, dispersion.total, s.occurrences, t.corpus_d, d_text(dispersion.juilland_d)) }</p>
        <div class="scroll" tabindex="0">
        <table class="dispersion" data-testid="disp-table">
            <thead><tr>
                <th>{ t.col_document }</th>
                <th class="plot-col">{ t.plot_hint }</th>
                <th class="num">{ s.col_count }</th>
                <th class="num" title={t.d_hint}>{ "D" }</th>
            </tr></thead>
            <tbody>
            { for dispersion.docs.iter().map(|d| {
                // issue 20: one tick per unit of the 1000-wide strip (the
                // first occurrence there): 20,000 ticks of a word in a 10 MiB
                // document took the page 0.9 s to draw and look the same
                let mut last = None;
                let ticks: Vec<(usize, f64)> = d.positions.iter().copied().enumerate().filter(|&(_, p)| {
                    let bin = (p * 1000.0).round() as i64;
                    let keep = last != Some(bin);
                    last = Some(bin);
                    keep
                }).collect();
                let id = docs.get(d.doc).map(|x| x.0);
                let name = docs.get(d.doc).map(|x| x.1.as_str()).unwrap_or("");
                html! {
                    <tr data-testid="disp-row" data-doc={d.doc.to_string()}>
                        <td class="doc" title={name.to_string()}>{ name }</td>
                        <td class="plot">
                            <svg class="disp-strip" viewBox="0 0 1000 20" preserveAspectRatio="none" role="img"
                                aria-label={format!("{name}: {} {}", d.count, s.occurrences)}>
                                <rect x="0" y="0" width="1000" height="20" class="strip"/>
                                { for ticks.into_iter().map(|(i, p)| {
                                    let span = d.spans.get(i).copied();
                                    let on_reveal = on_reveal.clone();
                                    let reveal = move || {
                                        if let (Some(id), Some((a, b))) = (id, span) {
                                            on_reveal.emit((id, a, b));
                                        }
                                    };
                                    let onclick = {
                                        let reveal = reveal.clone();
                                        Callback::from(move |_: MouseEvent| reveal())
                                    };
                                    // keyboard: Tab to a tick, Enter or Space opens the reader
                                    let onkeydown = Callback::from(move |e: KeyboardEvent| {
                                        if matches!(e.key().as_str(), "Enter" | " ") {
                                            e.prevent_default();
                                            reveal();
                                        }
                                    });
                                    let x = crate::ui::num::fixed(p * 1000.0, 1);
                                    let label = format!("{name} · {}/{} · {}%", i + 1, d.count, crate::ui::num::fixed(p * 100.0, 0));
                                    html! {
                                        <line data-testid="disp-tick" x1={x.clone()} x2={x} y1="1" y2="19" tabindex="0"
                                            role="button" aria-label={label.clone()} {onclick} {onkeydown}><title>{ label }</title></line>
                                    }
                                }) }
                            </svg>
                        </td>
                        <td class="num">{ d.count }</td>
                        <td class="num">{ d_text(d.juilland_d) }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        </div>
        </>
    }
}
