//! # Wenxi 文析 — private, offline Chinese text analysis
//!
//! One crate, three layers, one contract:
//!
//! - [`core`]: pure Rust — decoding, cleaning, conversion, segmentation,
//!   keywords. No web crates, no I/O, never panics.
//! - [`protocol`]: the only types that cross the boundary between the page
//!   and the analysis worker.
//! - `worker` (wasm only): owns the dictionary, answers protocol requests.
//! - `ui` (wasm only): the Yew app; renders results and sends requests.
//!
//! Data flows one way: the UI sends text to the worker; the worker fetches the
//! dictionary assets once, runs [`core::analyze`] and posts progress and the
//! report back; the UI renders it. The native CLI (`src/bin/wenxi.rs`) calls the
//! same core functions with the same dictionary bytes, so both give the same
//! answers.
//!
//! ## Where things are (one hop from here)
//!
//! | module | holds |
//! |---|---|
//! | `core::decode`, `core::formats`, `core::pdf`, `core::ofd`, `core::layout` | bytes → text: encodings, HTML/docx, PDF and OFD text layers, reading order |
//! | `core::clean` (one file per rule), `core::normalize`, `core::convert`, `core::offsets` | the clean text and its map back to the original |
//! | `core::dict`, `core::wordtable` (its binary format in `wordtable::codec`), `core::userdict`, `core::segment`, `core::retoken`, `core::pos`, `core::han` | the dictionary, jieba over any text, quantities joined, tags and chars |
//! | `core::analyze`, `core::report`, `core::keywords`, `core::stopwords`, `core::noise` | the pipeline and its JSON contract |
//! | `core::extract` (`people`, `entities`, `names`, `persons`, `general`, `towns`, `hints`, `figures`, `quotes`, `outline`) | people, places, organisations, figures, quotes, outlines |
//! | `core::explore`, `core::stats`, `core::summary`, `core::newwords` | corpus views, statistics, key sentences, new words |
//! | `core::diff`, `core::export`, `core::error` | version comparison, tables out, user-facing errors |
//! | [`protocol`], `protocol::fault`, `protocol::wire` | every message between page and workers (bincode; the page reads it with `wire`); refusals as a kind and its values, put in words only by `ui::i18n` |
//! | `worker` (`mod` the queue and state machine, `assets` fetching and warm-up, `jobs` the analysis runner, `tasks`, `explore`, `toolkit`, `diff`, `links` the object URLs of files, `reader`) | the analysis worker and the reader worker (every file to text) |
//! | `ui` (`components`, `hooks` — `use_corpus` the corpus's lifecycle and requests, `use_analysis_worker` —, `state`, `storage`, `i18n`, `saved_options`, `browser`) | the Yew page |
//! | `src/bin/app.rs`, `worker.rs`, `reader.rs` | the three wasm entry points |
//! | `src/bin/wenxi.rs`, `src/bin/wenxi/*.rs` | the CLI: one file per command, `args.rs` parses them all |
#![deny(missing_docs)]

pub mod core;
pub mod protocol;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;
