//! The pure-Rust core: every analysis Wenxi does, with no web crates and no I/O.
//!
//! Data flows one way — bytes → [`decode`] → [`clean`] (with [`normalize`]) → [`convert`]
//! (recorded in [`offsets`]) → [`segment`] → [`keywords`] and [`extract`] → [`report`] — and
//! [`analyze`] composes the steps; [`export`] turns results into tables;
//! [`explore`] computes interactive views over segmented documents;
//! [`diff`] compares two versions of a document (sentences, terms, targets).
//! [`dict`] holds jieba's dictionary with the policy lexicon and the user's
//! [`userdict`]; [`newwords`] finds words the dictionary lacks in a corpus;
//! [`stats`] measures a document (length, TTR, MATTR, lexical density) and
//! [`summary`] picks its key sentences; [`retoken`] joins quantities, dates
//! and recognised names into single tokens; [`pdf`], [`ofd`] and [`layout`]
//! read fixed-layout documents; [`han`] and [`pos`] hold the one definition
//! of a Han character and of part-of-speech groups; [`noise`] the placeholders
//! (`xx`, 某某) never listed as findings; [`formats`] reads HTML, DOCX, PDF and
//! OFD files; [`wordtable`] is the compact dictionary format; [`error`] says
//! what went wrong in words a user can act on. Each
//! function takes any input without panicking; offsets always fall on char
//! boundaries.

pub mod analyze;
pub mod clean;
pub mod convert;
pub mod decode;
pub mod dict;
pub mod diff;
pub mod error;
pub mod explore;
pub mod export;
pub mod extract;
pub mod formats;
pub mod han;
pub mod keywords;
pub mod layout;
pub mod newwords;
pub mod noise;
pub mod normalize;
pub mod ofd;
pub mod offsets;
pub mod pdf;
pub mod pos;
pub mod report;
pub mod retoken;
pub mod segment;
pub mod stats;
pub mod stopwords;
pub mod summary;
pub mod userdict;
pub mod wordtable;
