//! Extraction panels: people, places and organisations; figures; quotes and
//! formulas; the outline. Column headers sort the tables; every row is a
//! button: choosing it highlights all its occurrences in the reader.

use crate::core::report::{DocumentReport, Entity, Figure, OutlineItem, Quote};
use crate::ui::i18n::Strings;
use crate::ui::shared::{sort_by, Shared};
use std::rc::Rc;
use yew::prelude::*;

/// Byte spans of the clean text to highlight.
pub type Spans = Rc<Vec<(usize, usize)>>;

/// One list of a report, read in place: the report's rows are never copied
/// for a panel (issue 20: copying a 10 MiB document's ten thousand figures
/// and their sentences cost the page tens of milliseconds per report).
pub struct Rows<T: 'static> {
    report: Shared<DocumentReport>,
    list: fn(&DocumentReport) -> &[T],
}

impl<T> std::ops::Deref for Rows<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        (self.list)(&self.report)
    }
}

impl<T> PartialEq for Rows<T> {
    fn eq(&self, other: &Self) -> bool {
        // one kind per panel (its `key`): the same report, the same rows
        self.report == other.report
    }
}

/// Props shared by the panels.
#[derive(Properties, PartialEq)]
pub struct PanelProps<T: PartialEq + 'static> {
    /// The rows.
    pub items: Rows<T>,
    /// UI strings.
    pub strings: &'static Strings,
    /// Called with the spans of a chosen row.
    pub on_pick: Callback<Spans>,
}

/// Which rows of a report an [`ExtractionPanel`] shows.
#[derive(Clone, Copy, PartialEq)]
pub enum PanelRows {
    /// People, places and organisations.
    Entities,
    /// Figures.
    Figures,
    /// Quotes and slogans.
    Quotes,
    /// The outline.
    Outline,
}

/// Props of [`ExtractionPanel`].
#[derive(Properties, PartialEq)]
pub struct ExtractionProps {
    /// The report whose rows are shown.
    pub report: Shared<DocumentReport>,
    /// Which of its rows.
    pub rows: PanelRows,
    /// UI strings.
    pub strings: &'static Strings,
    /// Called with the spans of a chosen row.
    pub on_pick: Callback<Spans>,
}

/// One of the four extraction tables (entities, figures, quotes, outline),
/// with its sort and row limit. One component for the four (first-paint
/// budget: each component type costs the page ~4 KB of Yew lifecycle code);
/// give it a `key` per kind so each tab starts from its own defaults.
#[component]
pub fn ExtractionPanel(props: &ExtractionProps) -> Html {
    let sort = use_state(|| match props.rows {
        PanelRows::Quotes => 2usize,
        _ => 0,
    });
    let limit = use_state(|| ROWS);
    match props.rows {
        PanelRows::Entities => entity_panel(&rows(props, |r| &r.entities), sort, limit),
        PanelRows::Figures => figure_panel(&rows(props, |r| &r.figures), sort, limit),
        PanelRows::Quotes => quote_panel(&rows(props, |r| &r.quotes), sort, limit),
        PanelRows::Outline => outline_panel(&rows(props, |r| &r.outline), limit),
    }
}

/// A panel's props: one list of the report, read in place.
fn rows<T: PartialEq>(props: &ExtractionProps, list: fn(&DocumentReport) -> &[T]) -> PanelProps<T> {
    PanelProps {
        items: Rows {
            report: props.report.clone(),
            list,
        },
        strings: props.strings,
        on_pick: props.on_pick.clone(),
    }
}

fn pick(cb: &Callback<Spans>, spans: Vec<(usize, usize)>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    let spans = Rc::new(spans);
    Callback::from(move |_| cb.emit(spans.clone()))
}

/// A column header that sorts the table by `col` when chosen.
fn sort_header(
    sort: &UseStateHandle<usize>,
    col: usize,
    label: &'static str,
    numeric: bool,
) -> Html {
    let active = **sort == col;
    let onclick = {
        let sort = sort.clone();
        Callback::from(move |_| sort.set(col))
    };
    html! {
        <th class={classes!(numeric.then_some("num"))} aria-sort={if active { "descending" } else { "none" }}>
            <button type="button" class="sort" {onclick}>{ label }{ if active { " ▾" } else { "" } }</button>
        </th>
    }
}

fn empty(s: &'static Strings) -> Html {
    html! { <p class="empty">{ s.nothing_found }</p> }
}

/// Rows a table shows at first, and adds per "show more": a 10 MB document
/// has some 10,000 figures, and building all their rows at once held the
/// page for a second.
const ROWS: usize = 200;

/// Under a table cut to `limit` of `total` rows: how many show, and buttons
/// for more (nothing when all show).
fn more_rows(limit: &UseStateHandle<usize>, total: usize, s: &'static Strings) -> Html {
    if total <= **limit {
        return html! {};
    }
    let more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(limit.saturating_add(ROWS)))
    };
    let all = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(usize::MAX))
    };
    let shown = s
        .rows_shown
        .replace("{n}", &(**limit).to_string())
        .replace("{m}", &total.to_string());
    html! {
        <p class="more-rows" data-testid="more-rows">
            <span data-testid="rows-shown">{ shown }</span>
            <button type="button" class="ghost small" data-testid="rows-more" onclick={more}>{ s.rows_more }</button>
            <button type="button" class="ghost small" data-testid="rows-all" onclick={all}>{ s.rows_all }</button>
        </p>
    }
}

/// People (with titles), places and organisations, most frequent first.
fn entity_panel(
    props: &PanelProps<Entity>,
    sort: UseStateHandle<usize>,
    limit: UseStateHandle<usize>,
) -> Html {
    let s = props.strings;
    if props.items.is_empty() {
        return empty(s);
    }
    let mut rows: Vec<&Entity> = props.items.iter().collect();
    match *sort {
        1 => sort_by(&mut rows, &|a, b| a.text.cmp(&b.text)),
        2 => sort_by(&mut rows, &|a, b| {
            b.title.cmp(&a.title).then(b.count.cmp(&a.count))
        }),
        3 => sort_by(&mut rows, &|a, b| {
            b.count.cmp(&a.count).then(a.text.cmp(&b.text))
        }),
        // generic references (各有关部门) after the named organisations (issue 21)
        _ => sort_by(&mut rows, &|a, b| {
            let key = |e: &Entity| (e.kind, is_generic(e), std::cmp::Reverse(e.count));
            key(a).cmp(&key(b))
        }),
    }
    let total = rows.len();
    rows.truncate(*limit);
    html! {
        <>
        <table class="extract" data-testid="entities-table">
            <thead><tr>
                { sort_header(&sort, 0, s.col_kind, false) }
                { sort_header(&sort, 1, s.col_name, false) }
                { sort_header(&sort, 2, s.col_title, false) }
                { sort_header(&sort, 3, s.col_count, true) }
            </tr></thead>
            <tbody>
            { for rows.into_iter().map(|e| {
                // why it was found: on hover (title) and on keyboard focus (the
                // note shows while the row holds the focus)
                let why = format!("{}: {}", s.evidence.label, s.evidence.of(e.evidence));
                html! {
                <tr data-testid="entity" data-kind={e.kind.as_str()} data-evidence={e.evidence.as_str()} title={why.clone()}>
                    <td>{ s.entity_kind(e.kind) }
                        if is_generic(e) { <span class="tag-generic" data-testid="generic-org" title={s.wb().generic_org_help}>{ s.wb().generic_org }</span> }</td>
                    <td><button type="button" class="link" title={why.clone()} aria-description={why.clone()} onclick={pick(&props.on_pick, e.spans.clone())}>{ e.text.as_str() }</button>
                        <span class="why" data-testid="entity-evidence">{ why }</span></td>
                    <td>{ e.title.as_deref().unwrap_or("") }</td>
                    <td class="num">{ e.count }</td>
                </tr>
            }}) }
            </tbody>
        </table>
        { more_rows(&limit, total, s) }
        </>
    }
}

/// Whether an entity is only a generic reference (各有关部门), as the
/// entity rules mark it.
fn is_generic(e: &Entity) -> bool {
    e.generic
}

/// Figures with value, unit, indicator, change and period, in text order.
fn figure_panel(
    props: &PanelProps<Figure>,
    sort: UseStateHandle<usize>,
    limit: UseStateHandle<usize>,
) -> Html {
    let s = props.strings;
    if props.items.is_empty() {
        return empty(s);
    }
    let mut rows: Vec<&Figure> = props.items.iter().collect();
    match *sort {
        1 => sort_by(&mut rows, &|a, b| b.value.total_cmp(&a.value)),
        2 => sort_by(&mut rows, &|a, b| {
            a.unit.cmp(&b.unit).then(b.value.total_cmp(&a.value))
        }),
        3 => sort_by(&mut rows, &|a, b| a.indicator.cmp(&b.indicator)),
        _ => {} // text order
    }
    let total = rows.len();
    rows.truncate(*limit);
    html! {
        <>
        <table class="extract" data-testid="figures-table">
            <thead><tr>
                { sort_header(&sort, 0, s.col_figure, false) }
                { sort_header(&sort, 1, s.col_value, true) }
                { sort_header(&sort, 2, s.col_unit, false) }
                { sort_header(&sort, 3, s.col_indicator, false) }
                <th>{ s.col_change }</th><th>{ s.col_period }</th>
            </tr></thead>
            <tbody>
            { for rows.into_iter().map(|f| {
                let spans = f.start.zip(f.end).into_iter().collect();
                html! {
                    <tr data-testid="figure">
                        <td><button type="button" class="link" onclick={pick(&props.on_pick, spans)}>{ f.text.as_str() }</button></td>
                        <td class="num">{ match f.value_max {
                            Some(hi) => format!("{}–{}", crate::ui::num::shortest(f.value), crate::ui::num::shortest(hi)),
                            None => crate::ui::num::shortest(f.value),
                        } }</td>
                        <td>{ f.unit.as_str() }</td>
                        <td>{ f.indicator.as_str() }</td>
                        <td>{ f.change.as_deref().unwrap_or("") }</td>
                        <td>{ f.period.as_deref().unwrap_or("") }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        { more_rows(&limit, total, s) }
        </>
    }
}

/// Quoted terms, book titles and numbered formulas, most frequent first.
fn quote_panel(
    props: &PanelProps<Quote>,
    sort: UseStateHandle<usize>,
    limit: UseStateHandle<usize>,
) -> Html {
    let s = props.strings;
    if props.items.is_empty() {
        return empty(s);
    }
    let mut rows: Vec<&Quote> = props.items.iter().collect();
    match *sort {
        0 => sort_by(&mut rows, &|a, b| a.text.cmp(&b.text)),
        1 => sort_by(&mut rows, &|a, b| {
            a.kind.cmp(&b.kind).then(b.count.cmp(&a.count))
        }),
        _ => sort_by(&mut rows, &|a, b| b.count.cmp(&a.count)),
    }
    let total = rows.len();
    rows.truncate(*limit);
    html! {
        <>
        <table class="extract" data-testid="quotes-table">
            <thead><tr>
                { sort_header(&sort, 0, s.col_text, false) }
                { sort_header(&sort, 1, s.col_kind, false) }
                { sort_header(&sort, 2, s.col_count, true) }
            </tr></thead>
            <tbody>
            { for rows.into_iter().map(|q| html! {
                <tr data-testid="quote">
                    <td><button type="button" class="link" onclick={pick(&props.on_pick, q.spans.clone())}>{ q.text.as_str() }</button></td>
                    <td>{ s.quote_kind(q.kind) }</td>
                    <td class="num">{ q.count }</td>
                </tr>
            }) }
            </tbody>
        </table>
        { more_rows(&limit, total, s) }
        </>
    }
}

/// The outline, indented by level.
fn outline_panel(props: &PanelProps<OutlineItem>, limit: UseStateHandle<usize>) -> Html {
    let s = props.strings;
    if props.items.is_empty() {
        return empty(s);
    }
    html! {
        <>
        <ol class="outline" data-testid="outline">
            { for props.items.iter().take(*limit).map(|o| {
                let spans = o.start.zip(o.end).into_iter().collect();
                // 1.2 rem per level, in tenths: no f32 formatting in the page (first paint)
                let tenths = o.level.unwrap_or(1).saturating_sub(1) * 12;
                let indent = format!("margin-left: {}.{}rem", tenths / 10, tenths % 10);
                html! {
                    <li style={indent} data-testid="outline-item">
                        <button type="button" class="link" onclick={pick(&props.on_pick, spans)}>
                            <b>{ o.marker.as_str() }</b>{ " " }{ o.text.as_str() }
                        </button>
                    </li>
                }
            }) }
        </ol>
        { more_rows(&limit, props.items.len(), s) }
        </>
    }
}
