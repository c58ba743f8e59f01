//! Segmentation users can see and steer: the segmented text coloured by part
//! of speech (precise, full or search mode), new-word discovery over the
//! corpus with one-click adding, the user dictionary (add, edit, delete
//! built-in words, import, export) and the stopword list. The worker does
//! the segmenting, the discovery and the rebuilding; this panel keeps the
//! controls and renders the answers.
//!
//! This file is the panel (props, controls, effects, tab bar); each tab's
//! body is in its own file (`segmented`, `new_words`, `user_dict`,
//! `stopwords`). The tabs are plain functions over the panel's controls, not
//! components: the controls (the word found, the sort, the thresholds)
//! outlive a switch of tab as before, and each component would cost the
//! page ~4 KB of Yew lifecycle code before first paint.

use crate::core::analyze::AnalyzeOptions;
use crate::core::newwords::{Candidate, NewWordOptions};
use crate::core::segment::Mode;
use crate::core::userdict::UserDict;
use crate::protocol::{ExploreQuery, Fault, SegmentPage, SegmentQuery};
use crate::ui::hooks::effect::use_effect_on;
use crate::ui::hooks::use_controls::{edit, use_controls, Controls as EditedControls};
use crate::ui::i18n::{pos_group, Strings, POS_GROUPS};
use crate::ui::shared::{sort_by, Shared};
use crate::ui::state::{NewWordsFound, UserDictEdit, UserDictStatus};
use std::rc::Rc;
use yew::prelude::*;

mod new_words;
mod segmented;
mod stopwords;
mod user_dict;

/// The controls of the panel, as its tabs edit them.
type Handle = UseReducerHandle<EditedControls<Controls>>;

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
        // a scrolling box keyboard users can reach and scroll (axe-core)
        <div class="segmented" data-testid="segmented-view" lang="zh" tabindex="0" role="region" aria-label={s.tab_segmented}>{ for tokens }</div>
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
    let set_dict: Rc<dyn Fn(UserDictEdit)> = Rc::new(set_dict);

    let status = match &props.user_dict_status {
        UserDictStatus::Unchanged => html! {},
        UserDictStatus::Applying => {
            html! { <p class="muted" data-testid="userdict-status" role="status">{ s.ud_applying }</p> }
        }
        UserDictStatus::Applied(ms) => html! {
            <p class="muted" data-testid="userdict-status" role="status" data-ms={crate::ui::num::fixed(*ms, 1)}>{ format!("{} {} ms", s.ud_applied, crate::ui::num::fixed(*ms, 0)) }</p>
        },
        UserDictStatus::Failed(e) => html! {
            <p class="refusal" data-testid="userdict-status" role="alert">{ s.labelled(s.ud_failed, &s.fault(e)) }</p>
        },
    };

    let body = match controls.tab {
        Tab::Segmented => segmented::segmented_tab(s, props, &controls, doc_id),
        Tab::NewWords => new_words::new_words_tab(s, props, &controls, &set_dict, status),
        Tab::UserDict => user_dict::user_dict_tab(
            s,
            props,
            &controls,
            &set_dict,
            status,
            (word.clone(), freq.clone(), tag.clone()),
        ),
        Tab::Stopwords => stopwords::stopwords_tab(s, props, sw_added.clone(), sw_removed.clone()),
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
