//! The stopwords tab: words added to and removed from the stopword list,
//! applied on request, and the list in effect as a file.

use super::{node_value, LexiconProps};
use crate::core::analyze::AnalyzeOptions;
use crate::core::stopwords::StopwordEdits;
use crate::protocol::ExploreQuery;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// The tab's body.
pub(super) fn stopwords_tab(
    s: &'static Strings,
    props: &LexiconProps,
    sw_added: NodeRef,
    sw_removed: NodeRef,
) -> Html {
    let apply = {
        let (options, on_options) = (props.options.clone(), props.on_options.clone());
        let (added, removed) = (sw_added.clone(), sw_removed.clone());
        Callback::from(move |_: MouseEvent| {
            let edits = StopwordEdits {
                added: StopwordEdits::words(&node_value(&added)),
                removed: StopwordEdits::words(&node_value(&removed)),
            };
            if edits != options.stopwords {
                on_options.emit(AnalyzeOptions {
                    stopwords: edits,
                    ..options.clone()
                });
            }
        })
    };
    let download = {
        let on_export = props.on_export.clone();
        Callback::from(move |_: MouseEvent| on_export.emit(ExploreQuery::StopwordList))
    };
    html! {
        <>
        <p class="muted">{ s.sw_help }</p>
        <div class="stopword-edits">
            <label>{ s.sw_added }
                <textarea rows="6" ref={sw_added.clone()} data-testid="stopwords-added"/>
            </label>
            <label>{ s.sw_removed }
                <textarea rows="6" ref={sw_removed.clone()} data-testid="stopwords-removed"/>
            </label>
        </div>
        <div class="view-controls">
            <button type="button" data-testid="stopwords-apply" onclick={apply}>{ s.sw_apply }</button>
            <button type="button" class="ghost" data-testid="stopwords-download" onclick={download}>{ s.sw_download }</button>
        </div>
        </>
    }
}
