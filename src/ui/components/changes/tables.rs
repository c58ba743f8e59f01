//! The tables of a comparison: new and dropped terms, and targets by
//! indicator with changed rows highlighted.

use crate::core::diff::{TargetChange, TargetRow, TermChange, VersionDiff};
use crate::ui::i18n::Strings;
use yew::prelude::*;

fn term_table(
    s: &'static Strings,
    title: &'static str,
    terms: &[TermChange],
    testid: &'static str,
) -> Html {
    let d = s.diff;
    html! {
        <div class="diff-terms">
            <h3>{ title }<span class="count">{ terms.len() }</span></h3>
            if terms.is_empty() {
                <p class="muted">{ d.none }</p>
            } else {
                <table class="extract" data-testid={testid}>
                    <thead><tr><th>{ d.term }</th><th class="num">{ d.count }</th></tr></thead>
                    <tbody>
                    { for terms.iter().map(|t| html! {
                        <tr data-testid="diff-term" class={classes!(t.quoted.then_some("quoted"))}>
                            <td>{ if t.quoted { format!("“{}”", t.term) } else { t.term.clone() } }</td>
                            <td class="num">{ t.count }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            }
        </div>
    }
}

/// New and dropped terms side by side.
pub fn terms(s: &'static Strings, diff: &VersionDiff) -> Html {
    let d = s.diff;
    html! {
        <div class="diff-term-tables">
            { term_table(s, d.new_terms, &diff.new_terms, "diff-new-terms") }
            { term_table(s, d.dropped_terms, &diff.dropped_terms, "diff-dropped-terms") }
        </div>
    }
}

fn change_name(s: &'static Strings, c: TargetChange) -> &'static str {
    let names = s.diff.target_changes;
    let i = match c {
        TargetChange::Same => 0,
        TargetChange::Up => 1,
        TargetChange::Down => 2,
        TargetChange::Reworded => 3,
        TargetChange::New => 4,
        TargetChange::Dropped => 5,
    };
    names.get(i).copied().unwrap_or("")
}

fn cell(r: &TargetRow, i: usize) -> Html {
    match r.values.get(i).and_then(Option::as_ref) {
        Some(v) => html! { <td title={v.indicator.clone()}>{ v.text.as_str() }</td> },
        None => html! { <td class="muted">{ "—" }</td> },
    }
}

/// Targets by indicator, changed rows highlighted.
pub fn targets(s: &'static Strings, diff: &VersionDiff) -> Html {
    let d = s.diff;
    if diff.targets.is_empty() {
        return html! { <p class="muted">{ d.none }</p> };
    }
    html! {
        <div class="scroll" tabindex="0">
        <table class="extract diff-targets" data-testid="diff-targets">
            <thead><tr>
                <th>{ d.indicator }</th>
                <th>{ diff.old_name.as_str() }</th>
                <th>{ diff.new_name.as_str() }</th>
                <th>{ d.change }</th>
            </tr></thead>
            <tbody>
            { for diff.targets.iter().map(|r| {
                let changed = r.is_changed();
                let delta = r.delta.filter(|x| *x != 0.0).map(|x| { let v = (x * 100.0).round() / 100.0; format!(" ({})", crate::ui::num::signed(v, crate::ui::num::shortest(v))) }).unwrap_or_default();
                html! {
                    <tr data-testid="diff-target" data-change={r.change.name()}
                        class={classes!(changed.then_some("changed"), r.change.name())}>
                        <td>{ r.indicator.as_str() }</td>
                        { cell(r, 0) }
                        { cell(r, 1) }
                        <td>{ format!("{}{delta}", change_name(s, r.change)) }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        </div>
    }
}
