//! Document statistics: one row per document and one for the corpus —
//! characters, Han share, words, sentences, mean sentence length, TTR,
//! MATTR, lexical density and four-character words — with what each
//! number counts explained under the table.

use super::{export_buttons, Handle};
use crate::core::stats::DocStats;
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::i18n::Strings;
use yew::prelude::*;

fn pct(x: f64) -> String {
    format!("{}%", crate::ui::num::fixed(x * 100.0, 1))
}

/// The view.
pub fn view(
    s: &'static Strings,
    _controls: &Handle,
    result: Option<&ExploreResult>,
    on_export: &Callback<ExploreQuery>,
) -> Html {
    let t = s.toolkit;
    let controls_html = html! {
        <div class="view-controls">
            { export_buttons(s, ExploreQuery::Stats, &[FileFormat::Csv, FileFormat::Json], on_export, "stats") }
        </div>
    };
    let Some(ExploreResult::Stats { documents, corpus }) = result else {
        return html! { <>{ controls_html }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    let row = |r: &DocStats, total: bool| {
        html! {
            <tr data-testid={if total { "stats-corpus" } else { "stats-row" }} class={total.then_some("total")}>
                // the corpus row says what it is in the page's language (its
                // name, `…等5篇`, is built for file names)
                <td class="doc" title={r.name.clone()}>{ if total { s.views.whole_corpus } else { r.name.as_str() } }</td>
                <td class="num">{ r.chars }</td>
                <td class="num">{ pct(r.han_share) }</td>
                <td class="num">{ r.words }</td>
                <td class="num">{ r.types }</td>
                <td class="num">{ r.sentences }</td>
                <td class="num">{ crate::ui::num::fixed(r.mean_sentence_words, 1) }</td>
                <td class="num">{ crate::ui::num::fixed(r.ttr, 3) }</td>
                <td class="num">{ crate::ui::num::fixed(r.mattr, 3) }</td>
                <td class="num">{ r.lexical_density.map(pct).unwrap_or_default() }</td>
                <td class="num">{ pct(r.four_char_share) }</td>
            </tr>
        }
    };
    html! {
        <>
        { controls_html }
        <div class="scroll" tabindex="0">
        <table class="extract toolkit" data-testid="stats-table">
            <thead><tr>
                <th>{ t.col_document }</th>
                <th class="num">{ s.chars }</th>
                <th class="num">{ t.col_han }</th>
                <th class="num">{ t.col_words }</th>
                <th class="num">{ t.col_types }</th>
                <th class="num">{ t.col_sentences }</th>
                <th class="num">{ t.col_mean_len }</th>
                <th class="num">{ "TTR" }</th>
                <th class="num">{ format!("MATTR ({})", corpus.mattr_window) }</th>
                <th class="num">{ t.col_density }</th>
                <th class="num">{ t.col_four }</th>
            </tr></thead>
            <tbody>
                { for documents.iter().map(|r| row(r, false)) }
                { row(corpus, true) }
            </tbody>
        </table>
        </div>
        <ul class="muted small explain" data-testid="stats-explain">
            { for t.stats_explain.iter().map(|line| html! { <li>{ *line }</li> }) }
        </ul>
        </>
    }
}
