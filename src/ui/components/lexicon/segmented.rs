//! The segmented-text tab: a document's clean text segmented in the chosen
//! mode, coloured by part of speech, paged, with a word to find.

use super::{edit, segmented_text, target_value, Handle, LexiconProps};
use crate::core::analyze::AnalyzeOptions;
use crate::core::segment::Mode;
use crate::ui::components::draft_input::DraftInput;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// The tab's body.
pub(super) fn segmented_tab(
    s: &'static Strings,
    props: &LexiconProps,
    controls: &Handle,
    doc_id: Option<u64>,
) -> Html {
    let ondoc = edit(controls, |c, e: &Event| {
        c.doc = target_value(e).parse().ok();
        c.page = 0;
    });
    let onmode = edit(controls, |c, e: &Event| {
        c.mode = Mode::from_name(&target_value(e)).unwrap_or_default();
    });
    let onfind = edit(controls, |c, find: &String| {
        c.find = find.trim().to_string()
    });
    let prev = edit(controls, |c, _: &MouseEvent| {
        c.page = c.page.saturating_sub(1);
        c.find.clear();
    });
    let next = edit(controls, |c, _: &MouseEvent| {
        c.page += 1;
        c.find.clear();
    });
    let switch =
        |label: &'static str, on: bool, testid: &'static str, flip: fn(&mut AnalyzeOptions)| {
            let mut o = props.options.clone();
            flip(&mut o);
            let cb = props.on_options.clone();
            html! {
                <label class="switch"><input type="checkbox" checked={on} data-testid={testid}
                    onchange={Callback::from(move |_: Event| cb.emit(o.clone()))}/>{ label }</label>
            }
        };
    let page = match &props.segmented {
        Some(Some(p)) if Some(p.doc) == doc_id || !controls.find.is_empty() => {
            let shown_doc = props.docs.iter().find(|d| d.0 == p.doc);
            let where_found = match (controls.find.is_empty(), p.found) {
                (true, _) => html! {},
                (false, false) => {
                    html! { <p class="muted" data-testid="seg-notfound">{ format!("{}「{}」", s.not_found, controls.find) }</p> }
                }
                (false, true) => {
                    html! { <p class="muted">{ format!("{} {}", s.found_in, shown_doc.map_or("", |d| d.1.as_str())) }</p> }
                }
            };
            html! {
                <>
                { where_found }
                <div class="pager">
                    <button type="button" class="ghost small" disabled={p.page == 0} onclick={prev} data-testid="seg-prev">{ s.page_prev }</button>
                    <span data-testid="seg-page">{ s.page.replace("{n}", &(p.page + 1).to_string()).replace("{m}", &p.pages.to_string()) }</span>
                    <button type="button" class="ghost small" disabled={p.page + 1 >= p.pages} onclick={next} data-testid="seg-next">{ s.page_next }</button>
                </div>
                { segmented_text(s, p, &controls.find) }
                </>
            }
        }
        Some(None) => html! { <p class="muted">{ s.no_analysed_doc }</p> },
        _ => html! { <p class="muted">{ s.computing }</p> },
    };
    html! {
        <>
        <div class="view-controls">
            <label>{ s.seg_document }
                <select onchange={ondoc} data-testid="seg-doc">
                    { for props.docs.iter().map(|d| html! {
                        <option value={d.0.to_string()} selected={Some(d.0) == doc_id}>{ d.1.as_str() }</option>
                    }) }
                </select>
            </label>
            <label>{ s.seg_mode }
                <select onchange={onmode} data-testid="seg-mode">
                    { for [(Mode::Precise, s.mode_precise), (Mode::Full, s.mode_full), (Mode::Search, s.mode_search)].iter().map(|(m, label)| html! {
                        <option value={m.name()} selected={controls.mode == *m}>{ *label }</option>
                    }) }
                </select>
            </label>
            { switch(s.opt_hmm, props.options.hmm, "seg-hmm", |o| o.hmm = !o.hmm) }
            { switch(s.opt_lexicon, props.options.policy_lexicon, "seg-lexicon", |o| o.policy_lexicon = !o.policy_lexicon) }
            <label>{ s.find_word }<DraftInput value={controls.find.clone()} on_apply={onfind} testid="seg-find"/></label>
        </div>
        { page }
        </>
    }
}
