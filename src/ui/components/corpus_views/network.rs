//! The co-occurrence network: thresholds the user sets, the layout from the
//! worker, drawn as SVG (`<line>`, `<circle>`, `<text>` — terms are text
//! nodes, never markup) with zoom and pan by wheel and drag, by keyboard
//! (arrows, +, −, 0) and by buttons; export as SVG, PNG and CSV.

use super::{download, edit, export_buttons, network_query, select_value, Handle};
use crate::core::explore::cooccur::{Network, Weighting};
use crate::core::explore::svg::PALETTE;
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::components::draft_input::DraftInput;
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::i18n::Strings;
use std::rc::Rc;
use yew::prelude::*;

/// The view's controls and chart.
pub fn view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    corpus_name: &str,
    open_term: &Callback<String>,
    on_export: &Callback<ExploreQuery>,
) -> Html {
    let v = s.views;
    let number = |text: &str, default: usize| text.trim().parse().unwrap_or(default);
    let onmin = edit(controls, move |c, text: &String| {
        c.min_cooccur = number(text, 3).clamp(1, 1000)
    });
    let onnodes = edit(controls, move |c, text: &String| {
        c.max_nodes = number(text, 50).clamp(2, 300)
    });
    let onmeasure = edit(controls, |c, e: &Event| {
        c.weighting = if select_value(e) == "pmi" {
            Weighting::Pmi
        } else {
            Weighting::Jaccard
        };
        c.min_assoc.clear();
    });
    let onassoc = edit(controls, |c, text: &String| c.min_assoc = text.clone());
    let controls_html = html! {
        <div class="view-controls">
            <label>{ v.min_cooccur }
                <DraftInput kind="number" min="1" max="1000" step="1" class="narrow" value={controls.min_cooccur.to_string()} on_apply={onmin} testid="net-min"/>
            </label>
            <label>{ v.measure }
                <select onchange={onmeasure} data-testid="net-measure">
                    <option value="jaccard" selected={controls.weighting == Weighting::Jaccard}>{ "Jaccard" }</option>
                    <option value="pmi" selected={controls.weighting == Weighting::Pmi}>{ "PMI" }</option>
                </select>
            </label>
            <label>{ v.min_assoc }
                <DraftInput kind="number" step={if controls.weighting == Weighting::Pmi { "0.5" } else { "0.01" }} class="narrow"
                    placeholder={if controls.weighting == Weighting::Pmi { "1" } else { "0.05" }}
                    value={controls.min_assoc.clone()} on_apply={onassoc} testid="net-assoc"/>
            </label>
            <label>{ v.max_nodes }
                <DraftInput kind="number" min="2" max="300" step="1" class="narrow" value={controls.max_nodes.to_string()} on_apply={onnodes} testid="net-nodes"/>
            </label>
            { export_buttons(s, network_query(controls), &[FileFormat::Svg, FileFormat::Csv, FileFormat::Json], on_export, "net") }
        </div>
    };
    let Some(ExploreResult::Network { network, svg }) = result else {
        return html! { <>{ controls_html }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    let png = {
        let (svg, name) = (svg.clone(), format!("{corpus_name}.network.png"));
        let (w, h) = (network.width, network.height);
        Callback::from(move |_| download::svg_to_png(svg.clone(), w, h, name.clone()))
    };
    html! {
        <>
        { controls_html }
        <div class="view-controls">
            <span class="muted" data-testid="net-summary">
                { format!("{} {} · {} {} · {} {}", network.nodes.len(), v.nodes, network.edges.len(), v.edges, network.sentences, v.sentences) }
            </span>
            <button type="button" class="ghost small" data-testid="net-export-png" onclick={png}>{ v.export_png }</button>
        </div>
        if network.nodes.is_empty() {
            <p class="empty" data-testid="net-empty">{ v.network_empty }</p>
        } else {
            <NetworkChart network={Rc::new(network.clone())} strings={s} open_term={open_term.clone()}/>
        }
        </>
    }
}

/// Props of [`NetworkChart`].
#[derive(Properties, PartialEq)]
pub struct NetworkChartProps {
    /// The laid-out network.
    pub network: Rc<Network>,
    /// UI strings.
    pub strings: &'static Strings,
    /// Opens a term's concordance.
    pub open_term: Callback<String>,
}

/// Zoom and pan of the chart, in viewBox units.
#[derive(Clone, Copy, PartialEq)]
struct Camera {
    k: f64,
    x: f64,
    y: f64,
}

impl Camera {
    const HOME: Camera = Camera {
        k: 1.0,
        x: 0.0,
        y: 0.0,
    };

    /// Zooms by `f` keeping the point `(px, py)` fixed.
    fn zoom(self, f: f64, px: f64, py: f64) -> Camera {
        let k = (self.k * f).clamp(0.2, 12.0);
        let f = k / self.k;
        Camera {
            k,
            x: px - (px - self.x) * f,
            y: py - (py - self.y) * f,
        }
    }
}

enum Move {
    Zoom(f64, f64, f64),
    Pan(f64, f64),
    Home,
}

impl Reducible for Camera {
    type Action = Move;

    fn reduce(self: Rc<Self>, m: Move) -> Rc<Self> {
        Rc::new(match m {
            Move::Zoom(f, px, py) => self.zoom(f, px, py),
            Move::Pan(dx, dy) => Camera {
                x: self.x + dx,
                y: self.y + dy,
                ..*self
            },
            Move::Home => Camera::HOME,
        })
    }
}

/// The chart with zoom and pan.
#[component]
pub fn NetworkChart(props: &NetworkChartProps) -> Html {
    let s = props.strings;
    let net = &props.network;
    let camera = use_reducer(|| Camera::HOME);
    let svg_ref = use_node_ref();
    // pointer position at the start of a drag, and whether it moved
    let drag = use_mut_ref(|| None::<(f64, f64)>);
    let dragged = use_mut_ref(|| false);
    {
        let camera = camera.dispatcher();
        use_effect_on(props.network.clone(), move |_| camera.dispatch(Move::Home));
    }
    let (w, h) = (net.width.max(1.0), net.height.max(1.0));
    // client px → viewBox units
    let to_view = {
        let svg_ref = svg_ref.clone();
        move |cx: f64, cy: f64| -> (f64, f64, f64) {
            let Some(el) = svg_ref.cast::<web_sys::Element>() else {
                return (cx, cy, 1.0);
            };
            let r = el.get_bounding_client_rect();
            // preserveAspectRatio meet: one scale for both axes
            let scale = (w / r.width().max(1.0)).max(h / r.height().max(1.0));
            let ox = (r.width() * scale - w) / 2.0;
            let oy = (r.height() * scale - h) / 2.0;
            (
                (cx - r.left()) * scale - ox,
                (cy - r.top()) * scale - oy,
                scale,
            )
        }
    };
    let onwheel = {
        let camera = camera.dispatcher();
        let to_view = to_view.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let (px, py, _) = to_view(e.client_x() as f64, e.client_y() as f64);
            let f = if e.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 };
            camera.dispatch(Move::Zoom(f, px, py));
        })
    };
    let onpointerdown = {
        let drag = drag.clone();
        let dragged = dragged.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            *drag.borrow_mut() = Some((e.client_x() as f64, e.client_y() as f64));
            *dragged.borrow_mut() = false;
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        let dragged = dragged.clone();
        let camera = camera.dispatcher();
        let to_view = to_view.clone();
        Callback::from(move |e: PointerEvent| {
            let Some((x0, y0)) = *drag.borrow() else {
                return;
            };
            let (x, y) = (e.client_x() as f64, e.client_y() as f64);
            if !*dragged.borrow() && (x - x0).abs() + (y - y0).abs() < 4.0 {
                return;
            }
            if !*dragged.borrow() {
                // capture only once it is a drag, so clicks reach the words
                if let Some(t) = e.target_dyn_into::<web_sys::Element>() {
                    let _ = t.set_pointer_capture(e.pointer_id());
                }
            }
            *dragged.borrow_mut() = true;
            let (_, _, scale) = to_view(x, y);
            camera.dispatch(Move::Pan((x - x0) * scale, (y - y0) * scale));
            *drag.borrow_mut() = Some((x, y));
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| *drag.borrow_mut() = None)
    };
    let onkeydown = {
        let camera = camera.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            let step = 40.0;
            let m = match e.key().as_str() {
                "ArrowLeft" => Move::Pan(step, 0.0),
                "ArrowRight" => Move::Pan(-step, 0.0),
                "ArrowUp" => Move::Pan(0.0, step),
                "ArrowDown" => Move::Pan(0.0, -step),
                "+" | "=" => Move::Zoom(1.25, w / 2.0, h / 2.0),
                "-" | "_" => Move::Zoom(0.8, w / 2.0, h / 2.0),
                "0" => Move::Home,
                _ => return,
            };
            e.prevent_default();
            camera.dispatch(m);
        })
    };
    let button = |label: &'static str,
                  text: &'static str,
                  testid: &'static str,
                  m: fn() -> Move| {
        let camera = camera.dispatcher();
        html! {
            <button type="button" class="ghost small" aria-label={label} title={label} data-testid={testid}
                onclick={Callback::from(move |_| camera.dispatch(m()))}>{ text }</button>
        }
    };
    let max_c = net.nodes.iter().map(|n| n.count).max().unwrap_or(1).max(1) as f64;
    let max_w = net
        .edges
        .iter()
        .map(|e| e.weight.abs())
        .filter(|x| x.is_finite())
        .fold(0.0, f64::max);
    let radius = |count: usize| 4.0 + 12.0 * (count as f64 / max_c).sqrt();
    let cam = *camera;
    html! {
        <div class="network">
            <div class="zoom-buttons">
                { button(s.views.zoom_in, "+", "net-zoom-in", || Move::Zoom(1.25, 400.0, 280.0)) }
                { button(s.views.zoom_out, "−", "net-zoom-out", || Move::Zoom(0.8, 400.0, 280.0)) }
                { button(s.views.reset_view, "⟲", "net-reset", || Move::Home) }
                <span class="muted">{ s.views.network_hint }</span>
            </div>
            <svg class="network-svg" data-testid="net-svg" ref={svg_ref} viewBox={format!("0 0 {} {}", crate::ui::num::shortest(w), crate::ui::num::shortest(h))}
                role="group" aria-label={s.views.tab_network} tabindex="0"
                {onwheel} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup} {onkeydown}>
                <g data-testid="net-camera" transform={format!("translate({} {}) scale({})", crate::ui::num::fixed(cam.x, 2), crate::ui::num::fixed(cam.y, 2), crate::ui::num::fixed(cam.k, 4))}>
                    <g class="edges">
                    { for net.edges.iter().filter_map(|e| {
                        let (a, b) = (net.nodes.get(e.source)?, net.nodes.get(e.target)?);
                        let width = if max_w > 0.0 { 0.5 + 3.5 * e.weight.abs() / max_w } else { 1.0 };
                        Some(html! {
                            <line data-testid="net-edge" x1={crate::ui::num::fixed(a.x, 1)} y1={crate::ui::num::fixed(a.y, 1)}
                                x2={crate::ui::num::fixed(b.x, 1)} y2={crate::ui::num::fixed(b.y, 1)} stroke-width={crate::ui::num::fixed(width, 2)}>
                                <title>{ format!("{} — {}: {} · Jaccard {} · PMI {}", a.term, b.term, e.count, crate::ui::num::fixed(e.jaccard, 3), crate::ui::num::fixed(e.pmi, 2)) }</title>
                            </line>
                        })
                    }) }
                    </g>
                    { for net.nodes.iter().enumerate().map(|(i, n)| {
                        let r = radius(n.count);
                        let term = n.term.clone();
                        let open = props.open_term.clone();
                        let dragged = dragged.clone();
                        let onclick = {
                            let (open, term) = (open.clone(), term.clone());
                            Callback::from(move |_: MouseEvent| {
                                if !*dragged.borrow() {
                                    open.emit(term.clone());
                                }
                            })
                        };
                        // Enter on a focused word opens it too (arrows still pan)
                        let onkeydown = Callback::from(move |e: KeyboardEvent| {
                            if e.key() == "Enter" {
                                e.prevent_default();
                                e.stop_propagation();
                                open.emit(term.clone());
                            }
                        });
                        html! {
                            <g class="node" data-testid="net-node" tabindex="0" role="button"
                                aria-label={n.term.clone()} {onclick} {onkeydown}>
                                <circle cx={crate::ui::num::fixed(n.x, 1)} cy={crate::ui::num::fixed(n.y, 1)} r={crate::ui::num::fixed(r, 1)} fill={PALETTE[i % PALETTE.len()]}/>
                                <text x={crate::ui::num::fixed(n.x, 1)} y={crate::ui::num::fixed(n.y - r - 3.0, 1)} text-anchor="middle">{ n.term.as_str() }</text>
                                <title>{ format!("{}: {}", n.term, n.count) }</title>
                            </g>
                        }
                    }) }
                </g>
            </svg>
        </div>
    }
}
