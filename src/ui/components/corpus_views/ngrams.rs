//! N-gram clusters: recurring runs of 2–6 words with their count and range
//! (documents). A row opens the concordance of the cluster as a string.

use super::toolkit::ngrams_query;
use super::{edit, export_buttons, select_value, Handle, KwicMode, View};
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::components::draft_input::DraftInput;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// Rows shown (the export has up to the query's limit).
const SHOWN: usize = 300;

/// The view.
pub fn view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    on_export: &Callback<ExploreQuery>,
) -> Html {
    let t = s.toolkit;
    let tc = &controls.toolkit;
    let onn = edit(controls, |c, e: &Event| {
        c.toolkit.n = select_value(e).parse().unwrap_or(3)
    });
    let onmin = edit(controls, |c, e: &Event| {
        c.toolkit.ngram_min = select_value(e).parse().unwrap_or(2)
    });
    let onedges = edit(controls, |c, _: &Event| {
        c.toolkit.ngram_edges = !c.toolkit.ngram_edges
    });
    let oncontains = edit(controls, |c, text: &String| {
        c.toolkit.ngram_contains = text.clone()
    });
    let open = edit(controls, |c, gram: &String| {
        c.view = View::Concordance;
        c.mode = KwicMode::String;
        c.term = gram.replace(' ', "");
    });
    let controls_html = html! {
        <>
        <div class="view-controls">
            <label>{ t.ngram_n }
                <select onchange={onn} data-testid="ngram-n">
                    { for (2usize..=6).map(|n| html! { <option value={n.to_string()} selected={tc.n == n}>{ n }</option> }) }
                </select>
            </label>
            <label>{ s.views.min_count }
                <select onchange={onmin} data-testid="ngram-min">
                    { for [1usize, 2, 3, 5, 10].iter().map(|m| html! { <option value={m.to_string()} selected={tc.ngram_min == *m}>{ m }</option> }) }
                </select>
            </label>
            <label>{ t.containing }<DraftInput value={tc.ngram_contains.clone()} on_apply={oncontains} testid="ngram-contains"/></label>
            <label class="switch"><input type="checkbox" checked={tc.ngram_edges} onchange={onedges} data-testid="ngram-edges"/>{ t.stopword_edges }</label>
            { export_buttons(s, ngrams_query(controls), &[FileFormat::Csv, FileFormat::Json], on_export, "ngram") }
        </div>
        <p class="muted small" data-testid="ngram-explain">{ t.ngram_explain }</p>
        </>
    };
    let Some(ExploreResult::Ngrams(g)) = result else {
        return html! { <>{ controls_html }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    html! {
        <>
        { controls_html }
        <p class="muted" data-testid="ngram-summary">{ format!("{} {} · {} {} · {} / {}", g.total, t.ngram_positions, g.distinct, t.distinct_ngrams, g.rows.len().min(SHOWN), g.rows.len()) }</p>
        if g.rows.is_empty() {
            <p class="empty" data-testid="ngram-none">{ t.none_pass }</p>
        } else {
            <div class="scroll" tabindex="0">
            <table class="extract toolkit" data-testid="ngram-table">
                <thead><tr>
                    <th>{ t.col_ngram }</th>
                    <th class="num">{ s.col_count }</th>
                    <th class="num" title={t.range_hint}>{ t.col_range }</th>
                </tr></thead>
                <tbody>
                { for g.rows.iter().take(SHOWN).map(|r| {
                    let gram = r.ngram.clone();
                    let open = open.clone();
                    html! {
                        <tr data-testid="ngram-row">
                            <td><button type="button" class="link" title={t.open_concordance} data-testid="ngram-term"
                                onclick={Callback::from(move |_| open.emit(gram.clone()))}>{ r.ngram.as_str() }</button></td>
                            <td class="num">{ r.count }</td>
                            <td class="num">{ r.docs }</td>
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
