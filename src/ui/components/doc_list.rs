//! The document list: add files or a folder, select, rename, re-decode,
//! delete, clear. Dropping files anywhere on the page also adds them.

use crate::ui::browser;
use crate::ui::components::draft_input::DraftInput;
use crate::ui::i18n::Strings;
use crate::ui::state::{Doc, DocStatus};
use yew::prelude::*;

/// Encodings a user can force on a file, as (label, display name).
pub const ENCODINGS: &[(&str, &str)] = &[
    ("utf-8", "UTF-8"),
    ("gb18030", "GB18030 / GBK"),
    ("big5", "Big5"),
    ("utf-16le", "UTF-16LE"),
    ("utf-16be", "UTF-16BE"),
];

/// Props of [`doc_list`].
#[derive(Properties, PartialEq)]
pub struct DocListProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// The corpus.
    pub docs: Vec<Doc>,
    /// The selected document.
    pub selected: Option<u64>,
    /// Files picked.
    pub on_files: Callback<Vec<web_sys::File>>,
    /// A document was selected.
    pub on_select: Callback<u64>,
    /// A document was renamed.
    pub on_rename: Callback<(u64, String)>,
    /// An encoding was forced on a file (`None`: detect again).
    pub on_encoding: Callback<(u64, Option<String>)>,
    /// A document was deleted.
    pub on_remove: Callback<u64>,
    /// Every document was deleted.
    pub on_clear: Callback<()>,
}

fn size_label(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!(
            "{} MB",
            crate::ui::num::fixed(bytes as f64 / (1 << 20) as f64, 1)
        )
    } else {
        format!("{} KB", crate::ui::num::fixed(bytes as f64 / 1024.0, 1))
    }
}

/// The corpus panel.
// First-paint budget: a plain function, not a component (it has no hooks;
// each component costs the page ~4 KB of Yew lifecycle code).
pub fn doc_list(props: &DocListProps) -> Html {
    let s = props.strings;
    let picker = || {
        let cb = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            // take the files out first: clearing the input empties its live FileList
            if let Some(files) = input.files() {
                cb.emit(browser::files_of(&files));
            }
            input.set_value("");
        })
    };
    let clear = {
        let cb = props.on_clear.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="docs" aria-labelledby="docs-h">
            <div class="docs-head">
                <h2 id="docs-h">{ s.documents }<span class="count">{ props.docs.len() }</span></h2>
                if !props.docs.is_empty() {
                    <button type="button" class="ghost small" data-testid="clear-all" onclick={clear}>{ s.clear_all }</button>
                }
            </div>
            <div class="pickers">
                <label class="button">
                    { s.add_files }
                    <input type="file" multiple=true data-testid="file-input" class="visually-hidden"
                        accept=".txt,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf,.ofd,text/plain,text/html,application/pdf"
                        onchange={picker()}/>
                </label>
                <label class="button">
                    { s.add_folder }
                    <input type="file" multiple=true webkitdirectory=true data-testid="folder-input" class="visually-hidden" onchange={picker()}/>
                </label>
            </div>
            <p class="hint">{ s.drop_hint }</p>
            if props.docs.is_empty() {
                <p class="empty">{ s.no_docs }</p>
            }
            <ul class="doc-list" data-testid="documents" onkeydown={Callback::from(|e: KeyboardEvent| { super::doc_keys::card_keys(&e); })}>
                { for props.docs.iter().map(|d| doc_row(props, d)) }
            </ul>
        </section>
    }
}

fn doc_row(props: &DocListProps, d: &Doc) -> Html {
    let s = props.strings;
    let id = d.id;
    let selected = props.selected == Some(id);
    let select = {
        let cb = props.on_select.clone();
        Callback::from(move |_| cb.emit(id))
    };
    let rename = {
        let cb = props.on_rename.clone();
        Callback::from(move |name: String| {
            let name = name.trim();
            if !name.is_empty() {
                cb.emit((id, name.to_string()));
            }
        })
    };
    let remove = {
        let cb = props.on_remove.clone();
        Callback::from(move |_| cb.emit(id))
    };
    let encoding = {
        let cb = props.on_encoding.clone();
        Callback::from(move |e: Event| {
            let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let v = sel.value();
            cb.emit((id, (!v.is_empty()).then_some(v)));
        })
    };
    let (detail, state_class) = match &d.status {
        DocStatus::Done { report, chars, .. } => (
            match report.pages {
                // issue 16: a PDF or OFD shows its format and page count
                Some(pages) => format!(
                    "{} · {} · {} {} · {} {}",
                    size_label(d.size),
                    report.format.to_ascii_uppercase(),
                    pages,
                    s.pages_suffix,
                    chars,
                    s.wb().chars_unit
                ),
                None => format!(
                    "{} · {} · {} {}",
                    size_label(d.size),
                    report.encoding,
                    chars,
                    s.wb().chars_unit
                ),
            },
            "done",
        ),
        DocStatus::Failed(f) => (s.fault(f), "failed"),
        DocStatus::Running { done, total } => (
            format!(
                "{} {}%",
                s.analysing,
                (done * 100).checked_div(*total).unwrap_or(0)
            ),
            "busy",
        ),
        DocStatus::Queued => (s.queued_doc.to_string(), "busy"),
        DocStatus::Cancelled => (s.cancelled.to_string(), "cancelled"),
    };
    let current = d.encoding_override().unwrap_or("").to_string();
    html! {
        <li class={classes!("doc", state_class, selected.then_some("selected"))} data-testid="document"
            data-status={state_class} aria-current={selected.then_some("true")}>
            // named by its visible text (name and details), as axe-core asks
            <button type="button" class="doc-select" onclick={select}
                title={format!("{}\n{}", d.name, s.wb().doc_keys)} aria-keyshortcuts="ArrowRight">
                <span class="doc-name" data-testid="document-name">{ d.name.as_str() }</span>
                <span class="doc-detail" data-testid="document-detail">{ detail }</span>
            </button>
            if selected {
                <div class="doc-tools" role="group" aria-label={s.wb().doc_actions}>
                    <label>{ s.rename }
                        <DraftInput kind="text" value={d.name.clone()} on_apply={rename} testid="rename" tabindex="-1"/>
                    </label>
                    if !d.is_pasted() && !crate::core::formats::Format::from_name(&d.name).is_paged() {
                        <label>{ s.encoding }
                            <select onchange={encoding} data-testid="encoding" tabindex="-1">
                                <option value="" selected={current.is_empty()}>{ s.auto_detect }</option>
                                { for ENCODINGS.iter().map(|(label, name)| html! {
                                    <option value={*label} selected={current == *label}>{ *name }</option>
                                }) }
                            </select>
                        </label>
                    }
                    <button type="button" class="ghost small" onclick={remove} data-testid="delete" tabindex="-1">{ s.delete }</button>
                </div>
            }
        </li>
    }
}
