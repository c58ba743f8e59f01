//! Custom hooks.

/// `use_effect_on`: `use_effect_with` instantiated once (first-paint budget).
pub mod effect;
pub mod use_analysis_worker;
pub mod use_controls;
pub mod use_corpus;
