//! Trends: chosen terms (or the most frequent ones) across documents in
//! date order — dates from the names or first lines, as the core finds
//! them — as an SVG line chart with a table of the numbers; exported as
//! CSV, JSON, SVG and PNG.

use super::{download, edit, export_buttons, select_value, trends_query, Handle};
use crate::core::explore::files::date_label;
use crate::core::explore::svg::{FONT_FAMILY, PALETTE};
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::components::draft_input::DraftInput;
use crate::ui::i18n::Strings;
use yew::prelude::*;

const W: f64 = 760.0;
const H: f64 = 320.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 70.0;
const SVG_ID: &str = "wenxi-trends-chart";

/// A round axis maximum ≥ `v` (1, 2 or 5 times a power of ten).
fn nice_max(v: f64) -> f64 {
    if v.is_nan() || v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    // the power of ten at or below `v`, by steps: `powf` and `log10` would
    // bring libm's routines into the page (first-paint budget)
    let mut p = 1.0f64;
    while p * 10.0 <= v {
        p *= 10.0;
    }
    while p > v {
        p /= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|&m| m >= v)
        .unwrap_or(10.0 * p)
}

/// The chart's SVG markup as a standalone file (the element as drawn).
fn chart_markup() -> Option<String> {
    let el = web_sys::window()?.document()?.get_element_by_id(SVG_ID)?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n",
        el.outer_html()
    ))
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
    let onterms = edit(controls, |c, terms: &String| c.trend_terms = terms.clone());
    let onshow = edit(controls, |c, e: &Event| {
        c.trend_rate = select_value(e) != "count"
    });
    let names: Vec<String> = docs.iter().map(|d| d.1.clone()).collect();
    let stem = crate::core::explore::files::corpus_name(&names);
    let svg_export = {
        let name = format!("{stem}.trends.svg");
        Callback::from(move |_| {
            if let Some(svg) = chart_markup() {
                crate::ui::browser::download(&name, svg.as_bytes(), "image/svg+xml");
            }
        })
    };
    let png_export = {
        let name = format!("{stem}.trends.png");
        Callback::from(move |_| {
            if let Some(svg) = chart_markup() {
                download::svg_to_png(svg, W, H, name.clone());
            }
        })
    };
    let controls_html = html! {
        <div class="view-controls">
            <label class="grow">{ v.terms }
                <DraftInput value={controls.trend_terms.clone()} on_apply={onterms} testid="trend-terms" placeholder="项目 经济 发展"/>
            </label>
            <label>{ v.show }
                <select onchange={onshow} data-testid="trend-measure">
                    <option value="rate" selected={controls.trend_rate}>{ v.count_per_10k }</option>
                    <option value="count" selected={!controls.trend_rate}>{ v.raw_count }</option>
                </select>
            </label>
            { export_buttons(s, trends_query(controls), &[FileFormat::Csv, FileFormat::Json], on_export, "trend") }
            <button type="button" class="ghost small" data-testid="trend-export-svg" onclick={svg_export}>{ s.export_svg }</button>
            <button type="button" class="ghost small" data-testid="trend-export-png" onclick={png_export}>{ v.export_png }</button>
        </div>
    };
    let Some(ExploreResult::Trends(t)) = result else {
        return html! { <>{ controls_html }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    let n = t.order.len().max(1);
    let value = |series: &crate::core::explore::trends::Series, k: usize| -> f64 {
        if controls.trend_rate {
            series.per_10k.get(k).copied().unwrap_or(0.0)
        } else {
            series.counts.get(k).copied().unwrap_or(0) as f64
        }
    };
    let max = t
        .series
        .iter()
        .flat_map(|se| (0..t.order.len()).map(move |k| (se, k)))
        .map(|(se, k)| value(se, k))
        .fold(0.0, f64::max);
    let top = nice_max(max);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x = |k: usize| LEFT + (k as f64 + 0.5) * plot_w / n as f64;
    let y = |val: f64| TOP + plot_h - val / top * plot_h;
    let label = |k: usize| -> String {
        let i = t.order[k];
        match t.dates.get(k).copied().flatten() {
            Some(d) => date_label(&d),
            // issue 21: an undated document is named, and a cut name says so
            None => names
                .get(i)
                .map(|n| {
                    let short: String = n.chars().take(8).collect();
                    if short.len() < n.len() {
                        format!("{short}…")
                    } else {
                        short
                    }
                })
                .unwrap_or_default(),
        }
    };
    let colour = |j: usize| PALETTE[j % PALETTE.len()];
    let chart = html! {
        <svg id={SVG_ID} class="trends-svg" data-testid="trend-svg" xmlns="http://www.w3.org/2000/svg"
            width={crate::ui::num::shortest(W)} height={crate::ui::num::shortest(H)} viewBox={format!("0 0 {} {}", crate::ui::num::shortest(W), crate::ui::num::shortest(H))}
            font-family={FONT_FAMILY} font-size="12" role="img" aria-label={v.tab_trends}>
            // the page's colour scheme restyles these classes (dark mode);
            // the exported file keeps the light colours written here
            <rect class="chart-bg" width={crate::ui::num::shortest(W)} height={crate::ui::num::shortest(H)} fill="#ffffff"/>
            // grid and y axis
            { for (0..=4).map(|i| {
                let val = top * i as f64 / 4.0;
                let yy = y(val);
                html! {
                    <g>
                        <line class="chart-grid" x1={crate::ui::num::shortest(LEFT)} x2={crate::ui::num::shortest(W - RIGHT)} y1={crate::ui::num::fixed(yy, 1)} y2={crate::ui::num::fixed(yy, 1)} stroke="#dddddd"/>
                        <text class="chart-ink" x={crate::ui::num::shortest(LEFT - 6.0)} y={crate::ui::num::fixed(yy + 4.0, 1)} text-anchor="end" fill="#555555">
                            { if top >= 10.0 { crate::ui::num::fixed(val, 0) } else { crate::ui::num::fixed(val, 1) } }
                        </text>
                    </g>
                }
            }) }
            // x labels
            { for (0..t.order.len()).map(|k| {
                let (xx, yy) = (x(k), TOP + plot_h + 14.0);
                html! {
                    <g>
                        <title>{ t.order.get(k).and_then(|&i| names.get(i)).cloned().unwrap_or_default() }</title>
                        <text class="chart-ink" data-testid="trend-label" x={crate::ui::num::fixed(xx, 1)} y={crate::ui::num::fixed(yy, 1)} text-anchor="end" fill="#333333"
                            transform={format!("rotate(-30 {} {})", crate::ui::num::fixed(xx, 1), crate::ui::num::fixed(yy, 1))}>{ label(k) }</text>
                    </g>
                }
            }) }
            // series
            { for t.series.iter().enumerate().map(|(j, se)| {
                let points: Vec<String> = (0..t.order.len()).map(|k| format!("{},{}", crate::ui::num::fixed(x(k), 1), crate::ui::num::fixed(y(value(se, k)), 1))).collect();
                html! {
                    <g data-testid="trend-series" data-term={se.term.clone()}>
                        <polyline points={points.join(" ")} fill="none" stroke={colour(j)} stroke-width="2"/>
                        { for (0..t.order.len()).map(|k| html! {
                            <circle cx={crate::ui::num::fixed(x(k), 1)} cy={crate::ui::num::fixed(y(value(se, k)), 1)} r="3.5" fill={colour(j)}>
                                <title>{ format!("{} · {}: {} ({} / 10k)", se.term, label(k), se.counts.get(k).copied().unwrap_or(0), crate::ui::num::fixed(se.per_10k.get(k).copied().unwrap_or(0.0), 1)) }</title>
                            </circle>
                        }) }
                    </g>
                }
            }) }
            // legend
            { for t.series.iter().enumerate().map(|(j, se)| {
                let lx = LEFT + 8.0 + ((j % 6) as f64) * 110.0;
                let ly = TOP + 10.0 + (j / 6) as f64 * 14.0;
                html! {
                    <g>
                        <rect x={crate::ui::num::fixed(lx, 1)} y={crate::ui::num::fixed(ly - 8.0, 1)} width="10" height="10" fill={colour(j)}/>
                        <text class="chart-ink" x={crate::ui::num::fixed(lx + 14.0, 1)} y={crate::ui::num::fixed(ly + 1.0, 1)} fill="#333333">{ se.term.as_str() }</text>
                    </g>
                }
            }) }
        </svg>
    };
    html! {
        <>
        { controls_html }
        <p class="muted">{ v.trends_hint }</p>
        <div class="chart-scroll" tabindex="0">{ chart }</div>
        <div class="scroll" tabindex="0">
        <table class="extract" data-testid="trend-table">
            <thead><tr>
                <th>{ s.col_name }</th>
                { for t.series.iter().map(|se| html! { <th class="num">{ se.term.as_str() }</th> }) }
            </tr></thead>
            <tbody>
            { for t.order.iter().enumerate().map(|(k, &i)| html! {
                <tr data-testid="trend-row">
                    <td title={names.get(i).cloned().unwrap_or_default()}>
                        { names.get(i).map(String::as_str).unwrap_or("") }
                        <span class="muted">{ " · " }{ t.dates.get(k).copied().flatten().map(|d| date_label(&d)).unwrap_or_else(|| v.no_date.to_string()) }</span>
                    </td>
                    { for t.series.iter().map(|se| html! {
                        <td class="num">{ if controls.trend_rate { crate::ui::num::fixed(value(se, k), 1) } else { crate::ui::num::shortest(value(se, k)) } }</td>
                    }) }
                </tr>
            }) }
            </tbody>
        </table>
        </div>
        </>
    }
}
