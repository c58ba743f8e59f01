//! The across-documents table: people, places, organisations and quoted
//! terms with their counts in every document.

use crate::core::report::DocumentReport;
use crate::ui::i18n::Strings;
use crate::ui::shared::Shared;
use yew::prelude::*;

/// People, places, organisations and quoted terms with their counts in
/// every document: who and what recurs across the corpus. Computed here from
/// the reports (a few hundred rows at most), not in the worker.
pub(super) fn across(
    s: &'static Strings,
    reports: &[Shared<DocumentReport>],
    open: &Callback<String>,
) -> Html {
    // (kind, text) → counts per document; a quote has no entity kind. Grouped
    // by sorting with the page's shared sort (a BTreeMap here cost the page
    // its own copy of the tree code: first-paint budget).
    type Key = (
        &'static str,
        Option<crate::core::report::EntityKind>,
        String,
    );
    let name = |k: &Option<crate::core::report::EntityKind>| k.map_or("quote", |k| k.as_str());
    let mut found: Vec<(Key, usize, usize)> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        let items = r
            .entities
            .iter()
            .map(|e| (Some(e.kind), e.text.clone(), e.count))
            .chain(
                r.quotes
                    .iter()
                    .map(|q| (None, q.text.clone(), q.count.max(1))),
            );
        for (kind, text, n) in items {
            found.push(((name(&kind), kind, text), i, n));
        }
    }
    crate::ui::shared::sort_by(&mut found, &|a, b| a.0.cmp(&b.0));
    let mut rows: Vec<(Key, Vec<usize>)> = Vec::new();
    for (key, i, n) in found {
        match rows.last_mut() {
            Some((k, counts)) if *k == key => counts[i] += n,
            _ => {
                let mut counts = vec![0; reports.len()];
                counts[i] += n;
                rows.push((key, counts));
            }
        }
    }
    crate::ui::shared::sort_by(&mut rows, &|a, b| {
        let spread = |v: &Vec<usize>| v.iter().filter(|&&n| n > 0).count();
        spread(&b.1)
            .cmp(&spread(&a.1))
            .then(b.1.iter().sum::<usize>().cmp(&a.1.iter().sum::<usize>()))
            .then(a.0.cmp(&b.0))
    });
    html! {
        <div class="scroll" tabindex="0">
        <table class="extract across" data-testid="across-table">
            <thead><tr>
                <th>{ s.col_kind }</th><th>{ s.col_name }</th>
                { for reports.iter().map(|r| html! { <th class="num" title={r.name.clone()}>{ r.name.chars().take(8).collect::<String>() }</th> }) }
                <th class="num">{ s.col_count }</th>
            </tr></thead>
            <tbody>
            { for rows.iter().take(300).map(|((_, kind, text), counts)| {
                let term = text.clone();
                let open = open.clone();
                let kind_name = kind.map_or(s.kind_quote, |k| s.entity_kind(k));
                html! {
                    <tr data-testid="across-row">
                        <td>{ kind_name }</td>
                        <td><button type="button" class="link" onclick={Callback::from(move |_| open.emit(term.clone()))}>{ text.as_str() }</button></td>
                        { for counts.iter().map(|n| html! { <td class="num">{ if *n == 0 { String::new() } else { n.to_string() } }</td> }) }
                        <td class="num">{ counts.iter().sum::<usize>() }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        </div>
    }
}
