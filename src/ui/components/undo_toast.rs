//! The undo offer after a deletion (issue 21): "已删除 1 篇 [撤销] [关闭]",
//! kept until the next deletion, an undo or a dismissal.

use crate::ui::i18n::Strings;
use yew::prelude::*;

/// Props of [`undo_toast`].
#[derive(Properties, PartialEq)]
pub struct UndoToastProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// Documents that would come back.
    pub count: usize,
    /// Undo the deletion.
    pub on_undo: Callback<()>,
    /// Dismiss the offer.
    pub on_dismiss: Callback<()>,
}

/// A small bar with the undo button.
// First-paint budget: a plain function, not a component (it has no hooks;
// each component costs the page ~4 KB of Yew lifecycle code).
pub fn undo_toast(props: &UndoToastProps) -> Html {
    let w = props.strings.wb();
    let undo = {
        let cb = props.on_undo.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let dismiss = {
        let cb = props.on_dismiss.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <div class="undo-toast" data-testid="undo-toast" role="status">
            <span>{ w.batch(w.removed, props.count, 0.0) }</span>
            <button type="button" class="small primary" data-testid="undo" onclick={undo}>{ w.undo }</button>
            <button type="button" class="small ghost" data-testid="undo-dismiss" onclick={dismiss}
                aria-label={w.dismiss}>{ "×" }</button>
        </div>
    }
}
