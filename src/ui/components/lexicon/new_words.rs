//! The new-words tab: candidates discovered over the corpus, with their
//! statistics, sortable, each added to the user dictionary in one click.

use super::{edit, sorted, target_value, Handle, LexiconProps, SortBy, Tab};
use crate::core::newwords::NewWordOptions;
use crate::core::userdict::UserDict;
use crate::ui::i18n::Strings;
use crate::ui::state::UserDictEdit;
use std::rc::Rc;
use yew::prelude::*;

/// The tab's body.
pub(super) fn new_words_tab(
    s: &'static Strings,
    props: &LexiconProps,
    controls: &Handle,
    set_dict: &Rc<dyn Fn(UserDictEdit)>,
    status: Html,
) -> Html {
    let run = {
        let on_newwords = props.on_newwords.clone();
        let options = controls.discovery;
        Callback::from(move |_: MouseEvent| on_newwords.emit(options))
    };
    let threshold = |label: &'static str,
                     testid: &'static str,
                     values: &[usize],
                     current: usize,
                     set: fn(&mut NewWordOptions, usize)| {
        let onchange = edit(controls, move |c, e: &Event| {
            if let Ok(v) = target_value(e).parse() {
                set(&mut c.discovery, v);
            }
        });
        html! {
            <label>{ label }
                <select {onchange} data-testid={testid}>
                    { for values.iter().map(|v| html! {
                        <option value={v.to_string()} selected={*v == current}>{ v }</option>
                    }) }
                </select>
            </label>
        }
    };
    let d = controls.discovery;
    let header = |by: SortBy, label: &'static str, numeric: bool| {
        let active = controls.sort == by;
        let aria = match (active, controls.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        };
        let onclick = edit(controls, move |c, _: &MouseEvent| {
            if c.sort == by {
                c.descending = !c.descending;
            } else {
                c.sort = by;
                c.descending = by != SortBy::Word;
            }
        });
        html! {
            <th class={classes!(numeric.then_some("num"))} aria-sort={aria}>
                <button type="button" class="sort" {onclick}>{ label }</button>
            </th>
        }
    };
    let table = match &props.new_words {
        None => html! {},
        Some(found) => {
            let rows = sorted(&found.candidates, controls.sort, controls.descending);
            html! {
                <>
                <p class="muted" data-testid="newwords-summary" data-ms={crate::ui::num::fixed(found.ms, 1)} data-chars={found.chars.to_string()}>{ format!("{} {} · {} {} {} ms", found.candidates.len(), s.candidates, found.chars, s.chars_in, crate::ui::num::fixed(found.ms, 0)) }</p>
                <div class="scroll" tabindex="0">
                <table class="extract" data-testid="newwords-table">
                    <thead><tr>
                        { header(SortBy::Word, s.col_word, false) }
                        { header(SortBy::Count, s.col_freq, true) }
                        { header(SortBy::Pmi, "PMI", true) }
                        { header(SortBy::Left, s.col_left_entropy, true) }
                        { header(SortBy::Right, s.col_right_entropy, true) }
                        { header(SortBy::Score, s.col_score, true) }
                        <th>{ s.col_examples }</th>
                        <th></th>
                    </tr></thead>
                    <tbody>
                    { for rows.into_iter().map(|c| {
                        let in_dict = props.user_dict.entries.iter().any(|e| e.word == c.word);
                        let add = {
                            let set_dict = set_dict.clone();
                            let w = c.word.clone();
                            Callback::from(move |_: MouseEvent| {
                                let w = w.clone();
                                set_dict(Rc::new(move |d: &mut UserDict| d.add_word(&w)))
                            })
                        };
                        let show = {
                            let w = c.word.clone();
                            edit(controls, move |ctl, _: &MouseEvent| {
                                ctl.tab = Tab::Segmented;
                                ctl.find = w.clone();
                            })
                        };
                        html! {
                            <tr data-testid="newword-row" data-word={c.word.clone()}>
                                <td class="word">{ c.word.as_str() }</td>
                                <td class="num">{ c.count }</td>
                                <td class="num">{ crate::ui::num::fixed(c.pmi, 2) }</td>
                                <td class="num">{ crate::ui::num::fixed(c.left_entropy, 2) }</td>
                                <td class="num">{ crate::ui::num::fixed(c.right_entropy, 2) }</td>
                                <td class="num">{ crate::ui::num::fixed(c.score, 2) }</td>
                                <td class="examples">{ c.examples.join(" … ") }</td>
                                <td><div class="row-actions">
                                    if in_dict {
                                        <span class="muted" data-testid="newword-added">{ s.added }</span>
                                    } else {
                                        <button type="button" class="small" data-testid="newword-add" onclick={add}>{ s.add_to_dict }</button>
                                    }
                                    <button type="button" class="ghost small" data-testid="newword-show" onclick={show}>{ s.show_in_text }</button>
                                    </div></td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                </>
            }
        }
    };
    html! {
        <>
        <div class="view-controls">
            { threshold(s.nw_min_count, "newwords-min-count", &[2, 3, 5, 10, 20], d.min_count, |o, v| o.min_count = v) }
            { threshold(s.nw_max_len, "newwords-max-len", &[3, 4, 5, 6, 8], d.max_len, |o, v| o.max_len = v) }
            { threshold(s.nw_top, "newwords-top", &[50, 100, 300, 1000], d.top, |o, v| o.top = v) }
            <button type="button" data-testid="newwords-run" onclick={run}>{ s.discover }</button>
        </div>
        <p class="muted">{ s.newwords_help }</p>
        { status.clone() }
        { table }
        </>
    }
}
