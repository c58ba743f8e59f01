//! One component per file.

pub mod app;
pub mod editor;
pub mod keyword_list;
pub mod status_line;
