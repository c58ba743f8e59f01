//! Custom hooks.

pub mod use_analysis_worker;
pub mod use_controls;
