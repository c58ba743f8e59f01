//! The word cloud view of the corpus.

use super::{download, edit, select_value, Handle};
use crate::core::explore::cloud::CloudColour;
use crate::core::explore::svg::PALETTE;
use crate::protocol::ExploreResult;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// The cloud of the corpus, coloured as chosen, with SVG and PNG export.
pub(super) fn cloud_view(
    s: &'static Strings,
    controls: &Handle,
    result: &ExploreResult,
    docs: &[(u64, String, u64)],
    name: &str,
    open_term: &Callback<String>,
) -> Html {
    let ExploreResult::ColouredCloud {
        layout,
        svg,
        categories,
        colour,
    } = result
    else {
        return html! {};
    };
    let v = s.views;
    let export = {
        let (svg, name) = (svg.to_string(), name.to_string());
        Callback::from(move |_| {
            crate::ui::browser::download(
                &format!("{name}.cloud.svg"),
                svg.as_bytes(),
                "image/svg+xml",
            )
        })
    };
    let png = {
        let (svg, name) = (svg.to_string(), name.to_string());
        let (w, h) = (layout.width, layout.height);
        Callback::from(move |_| {
            download::svg_to_png(svg.clone(), w, h, format!("{name}.cloud.png"))
        })
    };
    let oncolour = edit(controls, |c, e: &Event| {
        c.cloud_colour = match select_value(e).as_str() {
            "pos" => CloudColour::Pos,
            "doc" => CloudColour::Document,
            _ => CloudColour::Rank,
        }
    });
    // the legend: which colour means what
    let legend: Vec<(usize, String)> = match colour {
        CloudColour::Rank => Vec::new(),
        CloudColour::Pos => [v.pos_noun, v.pos_verb, v.pos_adj, v.pos_names, v.pos_other]
            .iter()
            .enumerate()
            .filter(|(i, _)| categories.contains(i))
            .map(|(i, l)| (i, l.to_string()))
            .collect(),
        CloudColour::Document => docs
            .iter()
            .enumerate()
            .filter(|(i, _)| categories.contains(i))
            .map(|(i, d)| (i, d.1.clone()))
            .collect(),
    };
    let selected = controls.cloud_colour;
    html! {
        <>
        <div class="view-controls">
            <label>{ v.colour }
                <select onchange={oncolour} data-testid="cloud-colour">
                    <option value="rank" selected={selected == CloudColour::Rank}>{ v.colour_rank }</option>
                    <option value="pos" selected={selected == CloudColour::Pos}>{ v.colour_pos }</option>
                    <option value="doc" selected={selected == CloudColour::Document}>{ v.colour_doc }</option>
                </select>
            </label>
            <button type="button" class="ghost small" data-testid="export-svg" onclick={export}>{ s.export_svg }</button>
            <button type="button" class="ghost small" data-testid="cloud-export-png" onclick={png}>{ v.export_png }</button>
            <span class="muted">{ s.cloud_hint }</span>
        </div>
        if !legend.is_empty() {
            <ul class="legend" data-testid="cloud-legend">
                { for legend.iter().map(|(i, label)| html! {
                    <li><span class="swatch" style={format!("background: {}", PALETTE[i % PALETTE.len()])}></span>{ label.as_str() }</li>
                }) }
            </ul>
        }
        <svg class="cloud" data-testid="cloud-svg" viewBox={format!("0 0 {} {}", crate::ui::num::shortest(layout.width), crate::ui::num::shortest(layout.height))} role="img" aria-label={s.tab_cloud}>
            { for layout.words.iter().enumerate().map(|(i, w)| {
                let term = w.term.clone();
                let open = open_term.clone();
                let category = categories.get(i).copied();
                html! {
                    <text data-testid="cloud-word" class={category.is_none().then(|| format!("c{}", w.rank % 6))}
                        fill={category.map(|c| PALETTE[c % PALETTE.len()])}
                        data-category={category.map(|c| c.to_string())}
                        x={crate::ui::num::fixed(w.x, 1)} y={crate::ui::num::fixed(w.y + w.font_size * 0.88, 1)}
                        font-size={crate::ui::num::fixed(w.font_size, 1)}
                        onclick={Callback::from(move |_| open.emit(term.clone()))}>{ w.term.as_str() }</text>
                }
            }) }
        </svg>
        </>
    }
}
