//! The user-dictionary tab: add, delete and restore words, edit their
//! frequency and tag, import and export jieba's format.

use super::{clear_node, node_value, Controls, Handle, LexiconProps, USER_DICT_MAX_BYTES};
use crate::core::userdict::{Entry, UserDict};
use crate::protocol::{Fault, FaultKind};
use crate::ui::browser;
use crate::ui::components::draft_input::DraftInput;
use crate::ui::i18n::Strings;
use crate::ui::state::UserDictEdit;
use std::rc::Rc;
use yew::prelude::*;

/// The tab's body.
pub(super) fn user_dict_tab(
    s: &'static Strings,
    props: &LexiconProps,
    controls: &Handle,
    set_dict: &Rc<dyn Fn(UserDictEdit)>,
    status: Html,
    (word, freq, tag): (NodeRef, NodeRef, NodeRef),
) -> Html {
    let entry_of = {
        let (word, freq, tag) = (word.clone(), freq.clone(), tag.clone());
        move || {
            let w = node_value(&word).trim().to_string();
            let f = node_value(&freq).trim().parse::<usize>().ok();
            let t = Some(node_value(&tag).trim().to_string()).filter(|t| !t.is_empty());
            for n in [&word, &freq, &tag] {
                clear_node(n);
            }
            Entry {
                word: w,
                freq: f,
                tag: t,
            }
        }
    };
    let entry_of = Rc::new(entry_of);
    let add = {
        let (set_dict, entry_of) = (set_dict.clone(), entry_of.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let entry = entry_of();
            set_dict(Rc::new(move |d: &mut UserDict| d.add(entry.clone())));
        })
    };
    let delete = {
        let (set_dict, entry_of) = (set_dict.clone(), entry_of.clone());
        Callback::from(move |_: MouseEvent| {
            let entry = entry_of();
            set_dict(Rc::new(move |d: &mut UserDict| d.delete(&entry.word)));
        })
    };
    let export = {
        let dict = props.user_dict.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(
                "wenxi-userdict.txt",
                dict.to_text().as_bytes(),
                "text/plain;charset=utf-8",
            )
        })
    };
    let import = {
        let set_dict = set_dict.clone();
        let dispatcher = controls.dispatcher();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files = input
                .files()
                .map(|l| browser::files_of(&l))
                .unwrap_or_default();
            input.set_value("");
            let (set_dict, dispatcher) = (set_dict.clone(), dispatcher.clone());
            wasm_bindgen_futures::spawn_local(async move {
                for (name, bytes) in browser::read_files(files, USER_DICT_MAX_BYTES).await {
                    let read = bytes
                        .map_err(|bytes| Fault::too_large(bytes, USER_DICT_MAX_BYTES))
                        // jieba's user dictionaries are UTF-8; the page does not
                        // carry the legacy decoders (they live in the worker)
                        .and_then(|b| {
                            String::from_utf8(b).map_err(|_| Fault::of(FaultKind::NotUtf8))
                        })
                        .and_then(|t| UserDict::parse(&t).map_err(Fault::from));
                    let error = match read {
                        Ok(read) => {
                            set_dict(Rc::new(move |d: &mut UserDict| d.merge(read.clone())));
                            None
                        }
                        Err(err) => Some((name, err)),
                    };
                    dispatcher.dispatch(Rc::new(move |c: &mut Controls| {
                        c.import_error = error.clone()
                    }));
                }
            });
        })
    };
    let entries = props.user_dict.entries.iter().map(|e| {
        let remove = {
            let (set_dict, w) = (set_dict.clone(), e.word.clone());
            Callback::from(move |_: MouseEvent| {
                let w = w.clone();
                set_dict(Rc::new(move |d: &mut UserDict| {
                    d.remove_entry(&w);
                }))
            })
        };
        let onfreq = {
            let (set_dict, old) = (set_dict.clone(), e.clone());
            Callback::from(move |text: String| {
                let freq = text.trim().parse::<usize>().ok();
                let entry = Entry { freq, ..old.clone() };
                set_dict(Rc::new(move |d: &mut UserDict| d.add(entry.clone())));
            })
        };
        let ontag = {
            let (set_dict, old) = (set_dict.clone(), e.clone());
            Callback::from(move |text: String| {
                let tag = Some(text.trim().to_string()).filter(|t| !t.is_empty());
                let entry = Entry { tag, ..old.clone() };
                set_dict(Rc::new(move |d: &mut UserDict| d.add(entry.clone())));
            })
        };
        html! {
            <tr data-testid="userdict-entry" data-word={e.word.clone()} key={e.word.clone()}>
                <td class="word">{ e.word.as_str() }</td>
                // drafts: a re-render (each worker answer while the documents
                // are analysed again) keeps what is typed until it applies
                <td><DraftInput kind="number" min="1" class="narrow" label={s.ud_freq}
                    value={e.freq.map(|f| f.to_string()).unwrap_or_default()} on_apply={onfreq}/></td>
                <td><DraftInput kind="text" class="narrow" label={s.ud_tag}
                    value={e.tag.clone().unwrap_or_default()} on_apply={ontag}/></td>
                <td><button type="button" class="ghost small" data-testid="userdict-remove" onclick={remove}>{ s.ud_remove }</button></td>
            </tr>
        }
    });
    let deleted = props.user_dict.deleted.iter().map(|w| {
        let restore = {
            let (set_dict, w) = (set_dict.clone(), w.clone());
            Callback::from(move |_: MouseEvent| {
                let w = w.clone();
                set_dict(Rc::new(move |d: &mut UserDict| {
                    d.restore(&w);
                }))
            })
        };
        html! {
            <li data-testid="userdict-deleted" data-word={w.clone()} key={w.clone()}>
                <del>{ w.as_str() }</del>
                <button type="button" class="ghost small" data-testid="userdict-restore" onclick={restore}>{ s.ud_restore }</button>
            </li>
        }
    });
    html! {
        <>
        <p class="muted">{ s.ud_help }</p>
        <form class="view-controls" onsubmit={add}>
            <label>{ s.ud_word }<input type="text" ref={word} required=true data-testid="userdict-word"/></label>
            <label>{ s.ud_freq }<input type="number" min="1" class="narrow" ref={freq} data-testid="userdict-freq"/></label>
            <label>{ s.ud_tag }<input type="text" class="narrow" ref={tag} list="pos-tags" data-testid="userdict-tag"/></label>
            <datalist id="pos-tags">
                { for ["n", "nr", "ns", "nt", "nz", "v", "vn", "a", "l", "i", "m", "q"].iter().map(|t| html! { <option value={*t}/> }) }
            </datalist>
            <button type="submit" data-testid="userdict-add">{ s.ud_add }</button>
            <button type="button" class="ghost" data-testid="userdict-delete" onclick={delete}>{ s.ud_delete }</button>
        </form>
        <div class="view-controls">
            <label class="button">{ s.ud_import }
                <input type="file" accept=".txt,.dict,text/plain" class="visually-hidden" data-testid="userdict-import" onchange={import}/>
            </label>
            <button type="button" class="ghost" data-testid="userdict-export" onclick={export}>{ s.ud_export }</button>
        </div>
        { status }
        if let Some((name, e)) = &controls.import_error {
            <p class="refusal" role="alert" data-testid="userdict-import-error">{ s.labelled(s.ud_import_failed, &format!("{name}: {}", s.fault(e))) }</p>
        }
        if props.user_dict.is_empty() {
            <p class="muted" data-testid="userdict-empty">{ s.ud_empty }</p>
        }
        if !props.user_dict.entries.is_empty() {
            <h3>{ s.ud_added }<span class="count">{ props.user_dict.entries.len() }</span></h3>
            <div class="scroll" tabindex="0">
            <table class="extract" data-testid="userdict-table">
                <thead><tr><th>{ s.ud_word }</th><th>{ s.ud_freq }</th><th>{ s.ud_tag }</th><th></th></tr></thead>
                <tbody>{ for entries }</tbody>
            </table>
            </div>
        }
        if !props.user_dict.deleted.is_empty() {
            <h3>{ s.ud_deleted }<span class="count">{ props.user_dict.deleted.len() }</span></h3>
            <ul class="deleted-words">{ for deleted }</ul>
        }
        </>
    }
}
