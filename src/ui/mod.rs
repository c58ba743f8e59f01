//! The Yew app: renders state and sends requests to the worker.
//!
//! `state.rs` holds the state and its actions, `components/` one component per
//! file, `hooks/` the custom hooks, `browser.rs` the web-sys glue and
//! `i18n.rs` every string shown, `num.rs` numbers as text. No analysis runs
//! here.

pub mod browser;
pub mod codec;
pub mod components;
pub mod example;
pub mod hooks;
pub mod i18n;
pub mod num;
pub mod saved_options;
pub mod shared;
pub mod state;
pub mod storage;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    yew::Renderer::<components::app::App>::new().render();
}
