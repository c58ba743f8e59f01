//! Custom hooks.

/// `use_effect_on` and `use_callback_on`: Yew's effect and callback hooks
/// instantiated once (first-paint budget).
pub mod effect;
pub mod use_analysis_worker;
pub mod use_controls;
pub mod use_corpus;
