//! `use_corpus`: the corpus's lifecycle — restoring it from IndexedDB after
//! the first paint, adding pasted text and files, renaming, re-decoding,
//! deleting and restoring documents, the options and the user dictionary
//! (each change stored and the corpus re-analysed) — and the requests the
//! panels send the worker about it (views, pages, new words, summaries,
//! exports, comparisons). The app shell only lays the panels out.

use crate::core::analyze::AnalyzeOptions;
use crate::core::clean::{is_boilerplate_line, without_pinyin};
use crate::core::newwords::NewWordOptions;
use crate::core::summary::SummaryOptions;
use crate::protocol::{ExploreQuery, Fault, Request, SegmentQuery, Source};
use crate::ui::browser;
use crate::ui::example::{EXAMPLE_TEXT, EXAMPLE_TITLE};
use crate::ui::hooks::effect::{use_callback_on, use_effect_on};
use crate::ui::hooks::use_analysis_worker::WorkerHandle;
use crate::ui::saved_options;
use crate::ui::shared::Shared;
use crate::ui::state::{
    bump_ids_past, next_id, Action, AppState, Doc, DocStatus, Notice, UserDictEdit,
};
use crate::ui::storage::{self, StoredDoc};
use std::rc::Rc;
use yew::prelude::*;

/// localStorage key of the pipeline options.
pub const OPTIONS_KEY: &str = "wenxi.options";

/// Files larger than this are refused rather than freezing the tab.
pub const MAX_FILE_BYTES: usize = 64 << 20;

/// Sends `source` for analysis and returns the job number.
fn submit(
    worker: &WorkerHandle,
    doc: u64,
    name: &str,
    source: &Source,
    options: &AnalyzeOptions,
) -> u64 {
    let job = next_id();
    worker.send(Request::Analyze {
        job,
        doc,
        name: name.to_string(),
        source: source.clone(),
        options: options.clone(),
    });
    job
}

/// The size of a document: of what the user gave (`size`, which for a
/// file too large to read is more than its empty source) or of its source.
fn doc_size(source: &Source, size: usize) -> usize {
    size.max(match source {
        Source::Text(t) | Source::Paged { text: t, .. } | Source::Decoded { text: t, .. } => {
            t.len()
        }
        Source::File { bytes, .. } => bytes.len(),
    })
}

/// A new document; `size` is the size of what the user gave, which for a
/// file too large to read is more than its (empty) source.
fn new_doc(
    worker: &WorkerHandle,
    options: &AnalyzeOptions,
    id: u64,
    name: String,
    source: Shared<Source>,
    size: usize,
) -> Doc {
    let size = doc_size(&source, size);
    let too_big = size > MAX_FILE_BYTES;
    let job = if too_big {
        next_id()
    } else {
        submit(worker, id, &name, &source, options)
    };
    Doc {
        id,
        name,
        size,
        source,
        job,
        status: if too_big {
            DocStatus::Failed(Fault::too_large(size, MAX_FILE_BYTES))
        } else {
            DocStatus::Queued
        },
    }
}

/// Sends every document that can be analysed again under `options` (after
/// the options or the user dictionary changed); returns (document, job) pairs.
fn resubmit_all(worker: &WorkerHandle, docs: &[Doc], options: &AnalyzeOptions) -> Vec<(u64, u64)> {
    docs.iter()
        .filter(|d| d.size <= MAX_FILE_BYTES)
        .map(|d| (d.id, submit(worker, d.id, &d.name, &d.source, options)))
        .collect()
}

fn stored(doc: &Doc) -> StoredDoc {
    StoredDoc {
        id: doc.id,
        name: doc.name.clone(),
        source: doc.source.clone(),
    }
}

/// Runs a storage operation in the background; a failure becomes a notice.
fn persist<F>(dispatcher: UseReducerDispatcher<AppState>, op: F)
where
    F: std::future::Future<Output = Result<(), Fault>> + 'static,
{
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = op.await {
            dispatcher.dispatch(Action::Notice(Notice::Storage(e)));
        }
    });
}

/// A pasted document's title: its first line that is not blank or
/// boilerplate, without pinyin annotations.
fn title_of(text: &str) -> String {
    without_pinyin(&text[..text.floor_char_boundary(4096)])
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !is_boilerplate_line(l))
        .map(|l| {
            // the first clause makes a title; a headline line is kept whole
            let cut = l
                .char_indices()
                .skip(8)
                .find(|&(_, c)| matches!(c, '。' | '，' | ',' | '！' | '？' | '；'))
                .map_or(l, |(i, _)| &l[..i]);
            cut.chars().take(30).collect::<String>()
        })
        .unwrap_or_default()
}

/// What the corpus hook gives the app: a callback per action on the corpus
/// and per request about it, and the analysed documents the views cover.
pub struct Corpus {
    /// Adds the new-document box's text (or analyses its twin again).
    pub on_analyze: Callback<()>,
    /// Adds the example (or selects it).
    pub on_example: Callback<()>,
    /// Adds files read (or refused by their size).
    pub add_read: Callback<Vec<(String, browser::Read)>>,
    /// Reads and adds picked files.
    pub on_files: Callback<Vec<web_sys::File>>,
    /// Selects a document.
    pub on_select: Callback<u64>,
    /// Renames a document (and stores it).
    pub on_rename: Callback<(u64, String)>,
    /// Decodes a file again in another encoding (`None`: detect).
    pub on_encoding: Callback<(u64, Option<String>)>,
    /// Deletes a document.
    pub on_remove: Callback<u64>,
    /// Deletes every document.
    pub on_clear: Callback<()>,
    /// Restores the documents just deleted.
    pub on_undo: Callback<()>,
    /// Forgets the documents just deleted.
    pub on_dismiss_undo: Callback<()>,
    /// Sets the pipeline options and re-analyses the corpus.
    pub on_options: Callback<AnalyzeOptions>,
    /// Edits the user dictionary and re-analyses the corpus.
    pub on_user_dict: Callback<UserDictEdit>,
    /// Cancels the running analyses.
    pub on_cancel: Callback<()>,
    /// Id, name and job of every analysed document.
    pub done_docs: Rc<Vec<(u64, String, u64)>>,
    /// Asks the worker for a corpus view.
    pub on_query: Callback<ExploreQuery>,
    /// Asks the worker for a segmented page.
    pub on_segment: Callback<SegmentQuery>,
    /// Asks the worker for new-word candidates.
    pub on_newwords: Callback<NewWordOptions>,
    /// Asks the worker for a document's key sentences.
    pub on_summary: Callback<(u64, SummaryOptions)>,
    /// Cancels the view being computed.
    pub on_view_cancel: Callback<()>,
    /// Asks the worker for a file (it is downloaded when it comes).
    pub on_export: Callback<ExploreQuery>,
    /// Asks the worker for a version comparison.
    pub on_diff: Callback<crate::ui::components::changes::DiffRequest>,
    /// Cancels a version comparison.
    pub on_diff_cancel: Callback<u64>,
}

/// The corpus of the app's `state`, analysed by `worker`; `input` is the
/// new-document box.
#[hook]
pub fn use_corpus(
    state: &UseReducerHandle<AppState>,
    worker: &WorkerHandle,
    input: &NodeRef,
) -> Corpus {
    // the state as of the latest render, read by the callbacks that are kept
    // across renders (`use_callback_on`), so they never act on an old state
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    // Restore the stored corpus once, after the first paint.
    {
        let dispatcher = state.dispatcher();
        let worker = worker.clone();
        let options = state.options.clone();
        use_effect_on((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // the user dictionary goes to the worker before any document
                if let Ok(dict) = storage::load_user_dict().await {
                    if !dict.is_empty() {
                        let id = next_id();
                        worker.send(Request::SetUserDict {
                            id,
                            dict: dict.clone(),
                        });
                        dispatcher.dispatch(Action::UserDictLoaded(dict, id));
                    }
                }
                match storage::load_all().await {
                    Ok(docs) if !docs.is_empty() => {
                        if let Some(max) = docs.iter().map(|d| d.id).max() {
                            bump_ids_past(max);
                        }
                        let docs = docs
                            .into_iter()
                            .map(|d| new_doc(&worker, &options, d.id, d.name, d.source, 0))
                            .collect();
                        dispatcher.dispatch(Action::Add(docs));
                    }
                    Ok(_) => {}
                    Err(e) => dispatcher.dispatch(Action::Notice(Notice::Storage(e))),
                }
            });
        });
    }

    // Refused documents stay visible with their reason but are not kept.
    {
        let refused: Vec<u64> = state
            .docs
            .iter()
            .filter(|d| matches!(d.status, DocStatus::Failed(_)))
            .map(|d| d.id)
            .collect();
        use_effect_on(refused, |ids| {
            for &id in ids {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = storage::delete(Some(id)).await;
                });
            }
        });
    }

    let add_docs = {
        let state = state.clone();
        let worker = worker.clone();
        Callback::from(move |items: Vec<(String, Source, usize)>| {
            let items: Vec<(u64, String, Shared<Source>, usize)> = items
                .into_iter()
                .map(|(name, source, size)| (next_id(), name, Shared::new(source), size))
                .collect();
            // issue 19: the pool's workers start while the files are stored
            worker.expect(items.len());
            // refused documents (too large) are shown but not stored
            let records: Vec<StoredDoc> = items
                .iter()
                .filter(|(_, _, source, size)| doc_size(source, *size) <= MAX_FILE_BYTES)
                .map(|(id, name, source, _)| StoredDoc {
                    id: *id,
                    name: name.clone(),
                    source: source.clone(),
                })
                .collect();
            // kept first, then listed and analysed: a document the list
            // shows survives a reload at once (it was lost when the reload
            // came before the write)
            let (dispatcher, worker, options) =
                (state.dispatcher(), worker.clone(), state.options.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let kept = if records.is_empty() {
                    Ok(())
                } else {
                    storage::put(&records).await
                };
                let docs: Vec<Doc> = items
                    .into_iter()
                    .map(|(id, name, source, size)| {
                        new_doc(&worker, &options, id, name, source, size)
                    })
                    .collect();
                dispatcher.dispatch(Action::Add(docs));
                // (after the documents: the notice outlives their arrival)
                if let Err(e) = kept {
                    dispatcher.dispatch(Action::Notice(Notice::Storage(e)));
                }
            });
        })
    };

    let on_analyze = {
        let state = state.clone();
        let input = input.clone();
        let worker = worker.clone();
        let add_docs = add_docs.clone();
        Callback::from(move |()| {
            let text = input
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            if text.trim().is_empty() {
                state.dispatch(Action::Notice(Notice::EmptyText));
                return;
            }
            // the same paste again re-analyses its document instead of adding a twin
            let twin = state
                .docs
                .iter()
                .find(|d| matches!(&*d.source, Source::Text(t) if *t == text));
            match twin {
                Some(d) => {
                    let job = submit(&worker, d.id, &d.name, &d.source, &state.options);
                    state.dispatch(Action::Resent {
                        id: d.id,
                        source: d.source.clone(),
                        job,
                    });
                }
                None => add_docs.emit(vec![(title_of(&text), Source::Text(text), 0)]),
            }
            // issue 21: the box is for the next new document; it empties
            if let Some(area) = input.cast::<web_sys::HtmlTextAreaElement>() {
                area.set_value("");
            }
            browser::save(crate::ui::components::editor::TEXT_KEY, "");
        })
    };

    // issue 21: a one-click example (written for the app, not a sample)
    let on_example = {
        let state = state.clone();
        let add_docs = add_docs.clone();
        Callback::from(move |()| {
            let text = EXAMPLE_TEXT.to_string();
            match state
                .docs
                .iter()
                .find(|d| matches!(&*d.source, Source::Text(t) if *t == text))
            {
                Some(d) => state.dispatch(Action::Select(d.id)),
                None => add_docs.emit(vec![(EXAMPLE_TITLE.to_string(), Source::Text(text), 0)]),
            }
        })
    };

    let add_read = {
        let add_docs = add_docs.clone();
        Callback::from(move |read: Vec<(String, browser::Read)>| {
            let items: Vec<_> = read
                .into_iter()
                .map(|(name, read)| {
                    let (bytes, size) = match read {
                        Ok(bytes) => (bytes, 0),
                        Err(size) => (Vec::new(), size),
                    };
                    let source = Source::File {
                        bytes: bytes.into(),
                        encoding: None,
                    };
                    (name, source, size)
                })
                .collect();
            if !items.is_empty() {
                add_docs.emit(items);
            }
        })
    };
    let on_files = {
        let add_read = add_read.clone();
        let worker = worker.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            // issue 19: the pool's workers start while the files are read
            worker.expect(files.len());
            let add_read = add_read.clone();
            wasm_bindgen_futures::spawn_local(async move {
                add_read.emit(browser::read_files(files, MAX_FILE_BYTES).await);
            });
        })
    };

    let on_select = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Select(id)))
    };
    let on_rename = {
        let state = state.clone();
        Callback::from(move |(id, name): (u64, String)| {
            if let Some(d) = state.docs.iter().find(|d| d.id == id) {
                let mut rec = stored(d);
                rec.name = name.clone();
                persist(
                    state.dispatcher(),
                    async move { storage::put(&[rec]).await },
                );
            }
            state.dispatch(Action::Rename(id, name));
        })
    };
    let on_encoding = {
        let state = state.clone();
        let worker = worker.clone();
        Callback::from(move |(id, label): (u64, Option<String>)| {
            let Some(d) = state.docs.iter().find(|d| d.id == id) else {
                return;
            };
            if d.size > MAX_FILE_BYTES {
                return; // never read
            }
            let Source::File { bytes, .. } = &*d.source else {
                return;
            };
            let source = Shared::new(Source::File {
                bytes: bytes.clone(),
                encoding: label,
            });
            let job = submit(&worker, id, &d.name, &source, &state.options);
            let rec = StoredDoc {
                id,
                name: d.name.clone(),
                source: source.clone(),
            };
            persist(
                state.dispatcher(),
                async move { storage::put(&[rec]).await },
            );
            state.dispatch(Action::Resent { id, source, job });
        })
    };
    let on_remove = {
        let state = state.clone();
        let worker = worker.clone();
        Callback::from(move |id| {
            persist(state.dispatcher(), async move {
                storage::delete(Some(id)).await
            });
            worker.send(Request::Forget { doc: Some(id) });
            state.dispatch(Action::Remove(id));
        })
    };
    let on_clear = {
        let state = state.clone();
        let worker = worker.clone();
        Callback::from(move |()| {
            persist(
                state.dispatcher(),
                async move { storage::delete(None).await },
            );
            worker.send(Request::Forget { doc: None });
            state.dispatch(Action::Clear);
        })
    };

    // issue 21: a deletion can be undone; the documents go back to storage
    // and to the worker (which forgot them) under new jobs
    let on_undo = {
        let state = state.clone();
        let worker = worker.clone();
        Callback::from(move |()| {
            let Some(deleted) = state.undo.clone() else {
                return;
            };
            let docs: Vec<(usize, Doc)> = deleted
                .docs
                .iter()
                .map(|(at, d)| {
                    let doc = new_doc(
                        &worker,
                        &state.options,
                        d.id,
                        d.name.clone(),
                        d.source.clone(),
                        d.size,
                    );
                    (*at, doc)
                })
                .collect();
            let records: Vec<StoredDoc> = docs
                .iter()
                .filter(|(_, d)| !matches!(d.status, DocStatus::Failed(_)))
                .map(|(_, d)| stored(d))
                .collect();
            persist(
                state.dispatcher(),
                async move { storage::put(&records).await },
            );
            state.dispatch(Action::Restore(docs, deleted.selected));
        })
    };
    let on_dismiss_undo = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DismissUndo))
    };

    let on_options = {
        let latest = latest.clone();
        let worker = worker.clone();
        use_callback_on((), move |options: AnalyzeOptions| {
            let state = latest.borrow().clone();
            if let Some(j) = saved_options::to_json(&options) {
                browser::save(OPTIONS_KEY, &j);
            }
            let jobs = resubmit_all(&worker, &state.docs, &options);
            state.dispatch(Action::SetOptions(options, jobs));
        })
    };

    // the dictionary the next edit applies to: edits made faster than a
    // re-render build on each other, and it follows the state otherwise
    // (loaded from storage, or set by a past edit)
    let latest_dict = use_mut_ref(|| (*state.user_dict).clone());
    {
        let latest = latest_dict.clone();
        use_effect_on(state.user_dict.clone(), move |d| {
            *latest.borrow_mut() = (**d).clone();
        });
    }
    let on_user_dict = {
        let worker = worker.clone();
        let state = latest.clone();
        let latest = latest_dict.clone();
        use_callback_on((), move |edit: UserDictEdit| {
            let state = state.borrow().clone();
            let dict = {
                let mut current = latest.borrow_mut();
                let mut d = current.clone();
                edit(&mut d);
                if d == *current {
                    return;
                }
                *current = d.clone();
                d
            };
            let id = next_id();
            worker.send(Request::SetUserDict {
                id,
                dict: dict.clone(),
            });
            let saved = dict.clone();
            persist(state.dispatcher(), async move {
                storage::save_user_dict(&saved).await
            });
            let jobs = resubmit_all(&worker, &state.docs, &state.options);
            state.dispatch(Action::SetUserDict(dict, id, jobs));
        })
    };

    let on_cancel = {
        let state = state.clone();
        let worker = worker.clone();
        Callback::from(move |()| {
            for job in state.active_jobs() {
                worker.send(Request::Cancel { job });
            }
        })
    };

    let done_docs: Rc<Vec<(u64, String, u64)>> = Rc::new(
        state
            .docs
            .iter()
            .filter(|d| matches!(d.status, DocStatus::Done { .. }))
            .map(|d| (d.id, d.name.clone(), d.job))
            .collect(),
    );
    let doc_ids: Vec<u64> = done_docs.iter().map(|d| d.0).collect();
    let on_query = {
        let state = state.clone();
        let worker = worker.clone();
        let docs = done_docs.clone();
        use_callback_on(doc_ids.clone(), move |query: ExploreQuery| {
            let id = next_id();
            worker.send(Request::Explore {
                id,
                docs: docs.iter().map(|d| d.0).collect(),
                query,
            });
            state.dispatch(Action::Explore(id));
        })
    };

    let on_segment = {
        let state = state.clone();
        let worker = worker.clone();
        use_callback_on((), move |query: SegmentQuery| {
            let id = next_id();
            worker.send(Request::Segment { id, query });
            state.dispatch(Action::Segment(id));
        })
    };
    let on_newwords = {
        let state = state.clone();
        let worker = worker.clone();
        let docs = done_docs.clone();
        let deps = (doc_ids.clone(), state.options.policy_lexicon);
        use_callback_on(deps, move |options: NewWordOptions| {
            let id = next_id();
            worker.send(Request::NewWords {
                id,
                docs: docs.iter().map(|d| d.0).collect(),
                options,
                policy_lexicon: state.options.policy_lexicon,
            });
            state.dispatch(Action::NewWords(id));
        })
    };

    // key sentences of the selected document (corpus toolkit, issue 18)
    let on_summary = {
        let state = state.clone();
        let worker = worker.clone();
        use_callback_on((), move |(doc, options): (u64, SummaryOptions)| {
            let id = next_id();
            worker.send(Request::Explore {
                id,
                docs: vec![doc],
                query: ExploreQuery::Summary { doc: 0, options },
            });
            state.dispatch(Action::Summary(id));
        })
    };

    // the view being computed can be cancelled (issue 20)
    let on_view_cancel = {
        let worker = worker.clone();
        let job = state.explore_request;
        use_callback_on(job, move |()| {
            worker.send(Request::Cancel { job });
        })
    };

    // exports answer with a file, not a view: they do not replace the view
    let on_export = {
        let worker = worker.clone();
        let docs = done_docs.clone();
        use_callback_on(doc_ids, move |query: ExploreQuery| {
            worker.send(Request::Explore {
                id: next_id(),
                docs: docs.iter().map(|d| d.0).collect(),
                query,
            });
        })
    };

    // version comparison (issue 17): a view or a file, cancelled when superseded
    let on_diff = {
        let worker = worker.clone();
        use_callback_on(
            (),
            move |(job, old, new, file): crate::ui::components::changes::DiffRequest| {
                worker.send(Request::Diff {
                    job,
                    old,
                    new,
                    file,
                });
            },
        )
    };
    let on_diff_cancel = {
        let worker = worker.clone();
        use_callback_on((), move |job: u64| {
            worker.send(Request::Cancel { job });
        })
    };

    Corpus {
        on_analyze,
        on_example,
        add_read,
        on_files,
        on_select,
        on_rename,
        on_encoding,
        on_remove,
        on_clear,
        on_undo,
        on_dismiss_undo,
        on_options,
        on_user_dict,
        on_cancel,
        done_docs,
        on_query,
        on_segment,
        on_newwords,
        on_summary,
        on_view_cancel,
        on_export,
        on_diff,
        on_diff_cancel,
    }
}
