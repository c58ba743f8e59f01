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
#![deny(missing_docs)]

pub mod core;
pub mod protocol;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;
