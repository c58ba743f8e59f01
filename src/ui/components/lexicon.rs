//! Segmentation users can see and steer: the segmented text coloured by part
//! of speech (precise, full or search mode), new-word discovery over the
//! corpus with one-click adding, the user dictionary (add, edit, delete
//! built-in words, import, export) and the stopword list. The worker does
//! the segmenting, the discovery and the rebuilding; this panel keeps the
//! controls and renders the answers.

use crate::core::analyze::AnalyzeOptions;
use crate::core::newwords::{Candidate, NewWordOptions};
use crate::core::segment::Mode;
use crate::core::stopwords::StopwordEdits;
use crate::core::userdict::{Entry, UserDict};
use crate::protocol::{ExploreQuery, Fault, FaultKind, SegmentPage, SegmentQuery};
use crate::ui::browser;
use crate::ui::components::draft_input::DraftInput;
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::hooks::use_controls::{edit, use_controls};
use crate::ui::i18n::{pos_group, Strings, POS_GROUPS};
use crate::ui::shared::{sort_by, Shared};
use crate::ui::state::{NewWordsFound, UserDictEdit, UserDictStatus};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`LexiconPanel`].
#[derive(Properties, PartialEq)]
pub struct LexiconProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// Id, name, job and whether it is analysed, for every document of the
    /// corpus in order (a document being re-analysed keeps its place).
    pub docs: Rc<Vec<(u64, String, u64, bool)>>,
    /// The document selected in the document list.
    pub selected: Option<u64>,
    /// The pipeline options (HMM, policy lexicon, stopword edits).
    pub options: AnalyzeOptions,
    /// The user dictionary.
    pub user_dict: Rc<UserDict>,
    /// Whether the worker has applied it.
    pub user_dict_status: UserDictStatus,
    /// The last segmented page (`Some(None)`: the document is not analysed).
    pub segmented: Option<Option<Shared<SegmentPage>>>,
    /// The last new-word candidates.
    pub new_words: Option<Shared<NewWordsFound>>,
    /// Asks the worker for a segmented page.
    pub on_segment: Callback<SegmentQuery>,
    /// Asks the worker for new-word candidates.
    pub on_newwords: Callback<NewWordOptions>,
    /// An edit of the user dictionary (applied to the latest one, stored,
    /// sent to the worker, corpus re-analysed).
    pub on_user_dict: Callback<UserDictEdit>,
    /// Changed options (stopword edits).
    pub on_options: Callback<AnalyzeOptions>,
    /// Asks the worker for a file (the stopword list); it is downloaded when
    /// it comes.
    pub on_export: Callback<ExploreQuery>,
    /// A term chosen elsewhere (a keyword …), with a serial number: the
    /// segmented view finds it.
    #[prop_or_default]
    pub focus: Option<(String, u64)>,
}

/// Largest user-dictionary file read (jieba's own dictionary is 5 MB).
const USER_DICT_MAX_BYTES: usize = 16 << 20;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Segmented,
    NewWords,
    UserDict,
    Stopwords,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Word,
    Count,
    Pmi,
    Left,
    Right,
    Score,
}

#[derive(Clone, PartialEq)]
struct Controls {
    tab: Tab,
    /// The document of the segmented view (`None`: the selected one).
    doc: Option<u64>,
    mode: Mode,
    page: usize,
    find: String,
    sort: SortBy,
    descending: bool,
    /// The file that could not be imported, and why.
    import_error: Option<(String, Fault)>,
    /// Thresholds of the new-word discovery.
    discovery: NewWordOptions,
}

fn target_value(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            e.target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
        })
        .unwrap_or_default()
}

fn node_value(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            node.cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
        })
        .unwrap_or_default()
}

fn clear_node(node: &NodeRef) {
    if let Some(i) = node.cast::<web_sys::HtmlInputElement>() {
        i.set_value("");
    }
}

/// Sorts candidates by a column.
fn sorted(cands: &[Candidate], by: SortBy, descending: bool) -> Vec<&Candidate> {
    let mut v: Vec<&Candidate> = cands.iter().collect();
    let key = |c: &Candidate| -> f64 {
        match by {
            SortBy::Count => c.count as f64,
            SortBy::Pmi => c.pmi,
            SortBy::Left => c.left_entropy,
            SortBy::Right => c.right_entropy,
            SortBy::Score | SortBy::Word => c.score,
        }
    };
    sort_by(&mut v, &|a, b| {
        let o = if by == SortBy::Word {
            a.word.cmp(&b.word)
        } else {
            key(a).total_cmp(&key(b))
        };
        if descending {
            o.reverse()
        } else {
            o
        }
    });
    v
}

/// The segmented page: each token a coloured span with its tag as a title;
/// tokens inside an occurrence of the searched word are marked.
fn segmented_text(s: &'static Strings, page: &SegmentPage, find: &str) -> Html {
    let text = page.text.as_str();
    // byte ranges of the searched word in this page
    let hits: Vec<(usize, usize)> = if find.is_empty() {
        Vec::new()
    } else {
        text.match_indices(find)
            .map(|(i, m)| (i, i + m.len()))
            .collect()
    };
    let tokens = page.tokens.iter().filter_map(|t| {
        let (a, b) = (t.start as usize, t.end as usize);
        let word = text.get(a..b)?;
        if word == "\n" || word == "\r\n" {
            return Some(html! { <br/> });
        }
        if word.trim().is_empty() {
            return Some(html! { <span class="gap">{ " " }</span> });
        }
        let group = POS_GROUPS[pos_group(&t.tag)];
        let whole = hits.iter().any(|&(x, y)| x == a && y == b);
        let part = !whole && hits.iter().any(|&(x, y)| a < y && x < b);
        let class = classes!(
            "tok",
            format!("pos-{group}"),
            whole.then_some("hit"),
            part.then_some("hit-part")
        );
        Some(html! {
            <span {class} title={format!("{} ({})", s.pos_name(&t.tag), t.tag)} data-testid="seg-token" data-tag={t.tag.clone()}>{ word }</span>
        })
    });
    html! {
        <>
        <ul class="pos-legend" aria-label={s.pos_legend}>
            { for POS_GROUPS.iter().zip(s.pos_names.iter()).map(|(g, name)| html! {
                <li><span class={classes!("tok", format!("pos-{g}"))}>{ *name }</span></li>
            }) }
        </ul>
        <div class="segmented" data-testid="segmented-view" lang="zh">{ for tokens }</div>
        </>
    }
}

/// The segmentation and dictionary panel.
#[component]
pub fn LexiconPanel(props: &LexiconProps) -> Html {
    let s = props.strings;
    let controls = use_controls(|| Controls {
        tab: Tab::Segmented,
        doc: None,
        mode: Mode::Precise,
        page: 0,
        find: String::new(),
        sort: SortBy::Score,
        descending: true,
        import_error: None,
        discovery: NewWordOptions::default(),
    });
    {
        let dispatcher = controls.dispatcher();
        use_effect_on(props.focus.clone(), move |focus| {
            if let Some((term, _)) = focus.clone() {
                let find: Rc<dyn Fn(&mut Controls)> =
                    Rc::new(move |c: &mut Controls| c.find = term.clone());
                dispatcher.dispatch(find);
            }
        });
    }
    let word = use_node_ref();
    let freq = use_node_ref();
    let tag = use_node_ref();
    let sw_added = use_node_ref();
    let sw_removed = use_node_ref();

    // the document the segmented view shows, and its job (a new job after a
    // re-analysis asks for the page again)
    let known = |d: &u64| props.docs.iter().any(|x| x.0 == *d);
    let doc_id = controls
        .doc
        .filter(known)
        .or(props.selected.filter(known))
        .or_else(|| props.docs.first().map(|d| d.0));
    // `None` while the document is (re-)analysed: the page shown stays
    let job = doc_id.and_then(|d| props.docs.iter().find(|x| x.0 == d && x.3).map(|x| x.2));
    {
        let on_segment = props.on_segment.clone();
        let deps = (
            controls.tab == Tab::Segmented,
            doc_id,
            job,
            controls.mode,
            controls.page,
            controls.find.clone(),
            props.options.hmm,
            props.options.policy_lexicon,
        );
        use_effect_on(
            deps,
            move |(open, doc, job, mode, page, find, hmm, lexicon)| {
                if let (true, Some(doc), Some(_)) = (*open, *doc, *job) {
                    on_segment.emit(SegmentQuery {
                        doc,
                        mode: *mode,
                        hmm: *hmm,
                        policy_lexicon: *lexicon,
                        page: *page,
                        find: Some(find.clone()).filter(|f| !f.is_empty()),
                    });
                }
            },
        );
    }

    // the stopword fields are uncontrolled (a re-render never undoes typing):
    // filled when the tab opens and when the applied edits change
    {
        let (added, removed) = (sw_added.clone(), sw_removed.clone());
        let deps = (
            controls.tab == Tab::Stopwords,
            props.options.stopwords.clone(),
        );
        use_effect_on(deps, move |(open, edits)| {
            if *open {
                let join = |set: &std::collections::BTreeSet<String>| {
                    set.iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                for (node, set) in [(&added, &edits.added), (&removed, &edits.removed)] {
                    if let Some(t) = node.cast::<web_sys::HtmlTextAreaElement>() {
                        t.set_value(&join(set));
                    }
                }
            }
        });
    }

    if props.docs.is_empty() {
        return html! {};
    }

    let tab_button = |t: Tab, label: &'static str, testid: &'static str| {
        let onclick = edit(&controls, move |c, _: &MouseEvent| c.tab = t);
        html! {
            <button type="button" role="tab" data-testid={testid}
                aria-selected={(controls.tab == t).to_string()}
                tabindex={if controls.tab == t { "0" } else { "-1" }} {onclick}>{ label }</button>
        }
    };

    // edits, not whole dictionaries: the app applies each to the latest
    // dictionary, so two edits faster than a re-render both count
    let set_dict = {
        let on_user_dict = props.on_user_dict.clone();
        move |edit: UserDictEdit| on_user_dict.emit(edit)
    };
    let set_dict = Rc::new(set_dict);

    let status = match &props.user_dict_status {
        UserDictStatus::Unchanged => html! {},
        UserDictStatus::Applying => {
            html! { <p class="muted" data-testid="userdict-status" role="status">{ s.ud_applying }</p> }
        }
        UserDictStatus::Applied(ms) => html! {
            <p class="muted" data-testid="userdict-status" role="status" data-ms={format!("{ms:.1}")}>{ format!("{} {ms:.0} ms", s.ud_applied) }</p>
        },
        UserDictStatus::Failed(e) => html! {
            <p class="refusal" data-testid="userdict-status" role="alert">{ format!("{}：{}", s.ud_failed, s.fault(e)) }</p>
        },
    };

    let body = match controls.tab {
        Tab::Segmented => {
            let ondoc = edit(&controls, |c, e: &Event| {
                c.doc = target_value(e).parse().ok();
                c.page = 0;
            });
            let onmode = edit(&controls, |c, e: &Event| {
                c.mode = Mode::from_name(&target_value(e)).unwrap_or_default();
            });
            let onfind = edit(&controls, |c, find: &String| {
                c.find = find.trim().to_string()
            });
            let prev = edit(&controls, |c, _: &MouseEvent| {
                c.page = c.page.saturating_sub(1);
                c.find.clear();
            });
            let next = edit(&controls, |c, _: &MouseEvent| {
                c.page += 1;
                c.find.clear();
            });
            let switch = |label: &'static str,
                          on: bool,
                          testid: &'static str,
                          flip: fn(&mut AnalyzeOptions)| {
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
        Tab::NewWords => {
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
                let onchange = edit(&controls, move |c, e: &Event| {
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
                let onclick = edit(&controls, move |c, _: &MouseEvent| {
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
                        <p class="muted" data-testid="newwords-summary" data-ms={format!("{:.1}", found.ms)} data-chars={found.chars.to_string()}>{ format!("{} {} · {} {} {:.0} ms", found.candidates.len(), s.candidates, found.chars, s.chars_in, found.ms) }</p>
                        <div class="scroll">
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
                                    edit(&controls, move |ctl, _: &MouseEvent| {
                                        ctl.tab = Tab::Segmented;
                                        ctl.find = w.clone();
                                    })
                                };
                                html! {
                                    <tr data-testid="newword-row" data-word={c.word.clone()}>
                                        <td class="word">{ c.word.as_str() }</td>
                                        <td class="num">{ c.count }</td>
                                        <td class="num">{ format!("{:.2}", c.pmi) }</td>
                                        <td class="num">{ format!("{:.2}", c.left_entropy) }</td>
                                        <td class="num">{ format!("{:.2}", c.right_entropy) }</td>
                                        <td class="num">{ format!("{:.2}", c.score) }</td>
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
        Tab::UserDict => {
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
                        &dict.to_text(),
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
                                    set_dict(Rc::new(move |d: &mut UserDict| {
                                        d.merge(read.clone())
                                    }));
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
                    Callback::from(move |ev: Event| {
                        let freq = target_value(&ev).trim().parse::<usize>().ok();
                        let entry = Entry { freq, ..old.clone() };
                        set_dict(Rc::new(move |d: &mut UserDict| d.add(entry.clone())));
                    })
                };
                let ontag = {
                    let (set_dict, old) = (set_dict.clone(), e.clone());
                    Callback::from(move |ev: Event| {
                        let tag = Some(target_value(&ev).trim().to_string()).filter(|t| !t.is_empty());
                        let entry = Entry { tag, ..old.clone() };
                        set_dict(Rc::new(move |d: &mut UserDict| d.add(entry.clone())));
                    })
                };
                html! {
                    <tr data-testid="userdict-entry" data-word={e.word.clone()} key={e.word.clone()}>
                        <td class="word">{ e.word.as_str() }</td>
                        <td><input type="number" min="1" class="narrow" aria-label={s.ud_freq}
                            value={e.freq.map(|f| f.to_string()).unwrap_or_default()} onchange={onfreq}/></td>
                        <td><input type="text" class="narrow" aria-label={s.ud_tag}
                            value={e.tag.clone().unwrap_or_default()} onchange={ontag}/></td>
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
                    <p class="refusal" role="alert" data-testid="userdict-import-error">{ format!("{}：{name}: {}", s.ud_import_failed, s.fault(e)) }</p>
                }
                if props.user_dict.is_empty() {
                    <p class="muted" data-testid="userdict-empty">{ s.ud_empty }</p>
                }
                if !props.user_dict.entries.is_empty() {
                    <h3>{ s.ud_added }<span class="count">{ props.user_dict.entries.len() }</span></h3>
                    <div class="scroll">
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
        Tab::Stopwords => {
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
    };

    html! {
        <section class="lexicon" data-testid="lexicon-panel" aria-labelledby="lexicon-h">
            <h2 id="lexicon-h">{ s.lexicon_panel }</h2>
            <div class="tabs" role="tablist" aria-label={s.lexicon_panel}>
                { tab_button(Tab::Segmented, s.tab_segmented, "tab-segmented") }
                { tab_button(Tab::NewWords, s.tab_newwords, "tab-newwords") }
                { tab_button(Tab::UserDict, s.tab_userdict, "tab-userdict") }
                { tab_button(Tab::Stopwords, s.tab_stopwords, "tab-stopwords") }
            </div>
            <div class="tab-body" role="tabpanel">{ body }</div>
        </section>
    }
}
