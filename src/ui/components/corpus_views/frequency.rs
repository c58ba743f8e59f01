//! The frequency table: the corpus or one document, filtered by text and
//! part of speech, sorted by any column, one page of rows at a time (the
//! worker keeps the whole table, so 100 000 terms never reach the page at
//! once), exported whole as CSV or JSON.

use super::{edit, export_buttons, frequency_query, select_value, Handle, PAGE};
use crate::core::explore::freq::{Scope, SortBy};
use crate::protocol::{ExploreQuery, ExploreResult, FileFormat};
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// POS prefixes offered in the filter, with their labels.
fn pos_options(s: &'static Strings) -> [(&'static str, &'static str); 10] {
    let v = s.views;
    [
        ("", v.pos_all),
        ("n", v.pos_noun),
        ("v", v.pos_verb),
        ("vn", v.pos_vn),
        ("a", v.pos_adj),
        ("d", v.pos_adv),
        ("m", v.pos_num),
        ("nr", v.pos_person),
        ("ns", v.pos_place),
        ("nt", v.pos_org),
    ]
}

/// The view.
pub fn view(
    s: &'static Strings,
    controls: &Handle,
    result: Option<&ExploreResult>,
    docs: &[(u64, String, u64)],
    open_term: &Callback<String>,
    on_export: &Callback<ExploreQuery>,
) -> Html {
    let onfilter = edit(controls, |c, e: &InputEvent| {
        c.filter = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        c.offset = 0;
    });
    let onstop = edit(controls, |c, _: &Event| {
        c.stopwords = !c.stopwords;
        c.offset = 0;
    });
    let onscope = edit(controls, |c, e: &Event| {
        c.scope = match select_value(e).parse::<usize>() {
            Ok(i) => Scope::Document(i),
            Err(_) => Scope::Corpus,
        };
        c.offset = 0;
    });
    let onpos = edit(controls, |c, e: &Event| {
        c.pos = select_value(e);
        c.offset = 0;
    });
    let scope_value = match controls.scope {
        Scope::Corpus => "corpus".to_string(),
        Scope::Document(i) => i.to_string(),
    };
    let header = |by: SortBy, label: &'static str, num: bool| {
        let active = controls.freq_sort == by;
        let onclick = edit(controls, move |c, _: &MouseEvent| {
            if c.freq_sort == by {
                c.descending = !c.descending;
            } else {
                c.freq_sort = by;
                // text columns read best ascending, numbers descending
                c.descending = !matches!(by, SortBy::Term | SortBy::Pos);
            }
            c.offset = 0;
        });
        let sort = match (active, controls.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        };
        let arrow = match sort {
            "descending" => " ↓",
            "ascending" => " ↑",
            _ => "",
        };
        html! {
            <th class={classes!(num.then_some("num"))} aria-sort={sort}>
                <button type="button" class="sort" {onclick}>{ label }{ arrow }</button>
            </th>
        }
    };
    let controls_html = html! {
        <div class="view-controls">
            <label>{ s.views.scope }
                <select onchange={onscope} data-testid="freq-scope">
                    <option value="corpus" selected={scope_value == "corpus"}>{ s.views.whole_corpus }</option>
                    { for docs.iter().enumerate().map(|(i, d)| html! {
                        <option value={i.to_string()} selected={scope_value == i.to_string()}>{ d.1.as_str() }</option>
                    }) }
                </select>
            </label>
            <label>{ s.views.pos }
                <select onchange={onpos} data-testid="freq-pos" title={s.views.pos_hint}>
                    { for pos_options(s).iter().map(|(p, label)| html! {
                        <option value={*p} selected={controls.pos == *p}>{ *label }</option>
                    }) }
                </select>
            </label>
            <label>{ s.filter }<input type="search" value={controls.filter.clone()} oninput={onfilter} data-testid="freq-filter"/></label>
            <label class="switch"><input type="checkbox" checked={controls.stopwords} onchange={onstop}/>{ s.hide_stopwords }</label>
            { export_buttons(s, frequency_query(controls), &[FileFormat::Csv, FileFormat::Json], on_export, "freq") }
        </div>
    };
    let Some(ExploreResult::FrequencyPage {
        table,
        scope,
        offset,
        matched,
    }) = result
    else {
        return html! { <>{ controls_html }<p class="muted" data-testid="view-computing">{ s.computing }</p></> };
    };
    let (offset, matched) = (*offset, *matched);
    let page_to = |to: usize| edit(controls, move |c, _: &MouseEvent| c.offset = to);
    let prev = page_to(offset.saturating_sub(PAGE));
    let next = page_to(offset + PAGE);
    let shown_end = offset + table.rows.len();
    let stale = *scope != controls.scope;
    html! {
        <>
        { controls_html }
        <p class="muted" data-testid="freq-summary">
            // issue 21: say what each number counts
            { format!("{} · {} {}", s.wb().n_words.replace("{n}", &table.total_tokens.to_string()), table.distinct, s.distinct_terms) }
            if controls.stopwords {
                { format!(" · {}", s.wb().freq_listed.replace("{n}", &matched.to_string())) }
            }
        </p>
        <div class="scroll" tabindex="0" aria-busy={stale.to_string()}>
        <table class="extract freq" data-testid="freq-table">
            <thead><tr>
                { header(SortBy::Term, s.col_term, false) }
                { header(SortBy::Pos, s.views.pos, false) }
                { header(SortBy::Count, s.col_count, true) }
                { header(SortBy::Relative, s.col_per_10k, true) }
                { header(SortBy::DocFreq, s.col_docs, true) }
                { header(SortBy::TfIdf, s.views.col_tfidf, true) }
            </tr></thead>
            <tbody>
            { for table.rows.iter().map(|r| {
                let term = r.term.clone();
                let open = open_term.clone();
                html! {
                    <tr data-testid="freq-row">
                        <td><button type="button" class="link" onclick={Callback::from(move |_| open.emit(term.clone()))}>{ r.term.as_str() }</button></td>
                        <td class="pos" title={r.pos.clone().unwrap_or_default()}>{ r.pos.as_deref().map(|p| s.pos_name(p)).unwrap_or("") }</td>
                        <td class="num">{ r.count }</td>
                        <td class="num">{ crate::ui::num::fixed(r.relative * 10_000.0, 1) }</td>
                        <td class="num">{ r.doc_freq }</td>
                        <td class="num">{ crate::ui::num::fixed(r.tfidf, 5) }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        </div>
        <nav class="pager" aria-label={s.tab_frequency}>
            <button type="button" class="ghost small" data-testid="freq-prev" disabled={offset == 0} onclick={prev}>{ s.views.page_prev }</button>
            <span class="muted" data-testid="freq-range">
                { format!("{}–{} {} {}", if matched == 0 { 0 } else { offset + 1 }, shown_end, s.views.rows_of, matched) }
            </span>
            <button type="button" class="ghost small" data-testid="freq-next" disabled={shown_end >= matched} onclick={next}>{ s.views.page_next }</button>
        </nav>
        </>
    }
}
