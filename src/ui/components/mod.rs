//! One component per file.

pub mod app;
pub mod changes;
pub mod cleaning_view;
pub mod corpus_views;
pub mod doc_keys;
pub mod doc_list;
pub mod draft_input;
pub mod editor;
pub mod extraction;
pub mod keyword_list;
pub mod lexicon;
pub mod reader;
pub mod settings;
pub mod status_line;
pub mod summary;
pub mod tabs;
pub mod undo_toast;
