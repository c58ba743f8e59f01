//! Custom hooks.

pub mod use_analysis_worker;
