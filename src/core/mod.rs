//! The pure-Rust core: every analysis Wenxi does, with no web crates and no I/O.
//!
//! Data flows one way — bytes → [`decode`] → [`clean`] (with [`normalize`]) → [`convert`]
//! (recorded in [`offsets`]) → [`segment`] → [`keywords`] and [`extract`] → [`report`] — and
//! [`analyze`] composes the steps; [`export`] turns results into tables;
//! [`explore`] computes interactive views over segmented documents.
//! [`dict`] holds jieba's dictionary with the policy lexicon and the user's
//! [`userdict`]; [`newwords`] finds words the dictionary lacks in a corpus. Each
//! function takes any input without panicking; offsets always fall on char
//! boundaries.

pub mod analyze;
pub mod clean;
pub mod convert;
pub mod decode;
pub mod dict;
pub mod error;
pub mod explore;
pub mod export;
pub mod extract;
pub mod formats;
pub mod keywords;
pub mod newwords;
pub mod noise;
pub mod normalize;
pub mod offsets;
pub mod pos;
pub mod report;
pub mod segment;
pub mod stopwords;
pub mod userdict;
pub mod wordtable;
