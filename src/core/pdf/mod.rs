//! PDF in: the text layer of a PDF file as running text, one page after the
//! other, separated by form feeds (`\u{0C}`).
//!
//! Written for Wenxi rather than taken from a crate: pdf-extract prints
//! `(cid:…)` or U+FFFD for the predefined Chinese CMaps, and lopdf (its
//! object layer) pulls in `rand`/`getrandom` for its encryption support, which
//! does not build for `wasm32-unknown-unknown` without extra set-up, and a
//! parser combinator stack the page's worker does not need. What is needed
//! here is small: find the objects ([`file`](mod@file), by scanning, which also reads
//! truncated files), inflate streams (flate2, already a dependency), open
//! owner-password files ([`crypt`]: RC4, AES-128, AES-256), decode fonts the way Chinese documents use
//! them ([`font`]), follow the text operators ([`content`]) and order the
//! glyphs ([`crate::core::layout`]). Every step is total: damaged input ends
//! a parse early, it never panics.

pub mod content;
pub mod crypt;
pub mod file;
pub mod font;
pub mod lexer;

use super::error::CoreError;
use super::layout::{page_text, Glyph};
use file::{File, OpenError};
use lexer::{Dict, Obj};

/// The text of a paged document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paged {
    /// The pages' text, each page's paragraphs ended by `\n`, pages separated by `\u{0C}`.
    pub text: String,
    /// The number of pages.
    pub pages: usize,
}

impl Paged {
    /// Joins page texts with form feeds.
    pub fn from_pages(pages: Vec<String>) -> Paged {
        Paged {
            pages: pages.len(),
            text: pages.join("\u{0C}"),
        }
    }
}

/// Pages deeper than this in the page tree are not looked for.
const MAX_TREE_DEPTH: usize = 32;

/// Collects the page dictionaries in order, with inherited resources.
fn collect_pages(
    file: &File,
    node: &Obj,
    inherited: &Dict,
    out: &mut Vec<(Dict, Dict)>,
    depth: usize,
    seen: &mut Vec<u32>,
) {
    if depth > MAX_TREE_DEPTH || out.len() > 100_000 {
        return;
    }
    if let Obj::Ref(n, _) = node {
        if seen.contains(n) {
            return;
        }
        seen.push(*n);
    }
    let Some(d) = file.resolve(node).dict() else {
        return;
    };
    let resources = match file.get_in(d, b"Resources") {
        Obj::Dict(r) => r.clone(),
        _ => inherited.clone(),
    };
    match file.get_in(d, b"Kids") {
        Obj::Array(kids) => {
            for k in kids {
                collect_pages(file, k, &resources, out, depth + 1, seen);
            }
        }
        _ => {
            if file.get_in(d, b"Type").name() != Some(b"Pages") {
                out.push((d.clone(), resources));
            }
        }
    }
}

/// Reads the text of a PDF file.
///
/// Refuses, with a reason a user can act on, a file that is not a PDF, is
/// damaged or cut off before any page, needs a password, or has pages but
/// no text layer (a scan: run OCR first).
pub fn read_pdf(bytes: &[u8]) -> Result<Paged, CoreError> {
    let file = match File::open(bytes) {
        Ok(f) => f,
        Err(OpenError::NotPdf) => {
            return Err(CoreError::Damaged {
                format: "PDF".into(),
                reason: "no %PDF header".into(),
            })
        }
        Err(OpenError::Password) => return Err(CoreError::PasswordRequired),
        Err(OpenError::UnsupportedEncryption(method)) => {
            return Err(CoreError::UnsupportedEncryption { method })
        }
    };
    if file.truncated {
        // Cut short (an interrupted download): say so rather than read part of it.
        return Err(CoreError::Truncated {
            format: "PDF".into(),
        });
    }
    let root = file.trailer.get(b"Root").cloned().unwrap_or(Obj::Null);
    let pages_root = file
        .resolve(&root)
        .dict()
        .and_then(|d| d.get(b"Pages"))
        .cloned()
        .unwrap_or(Obj::Null);
    let mut pages = Vec::new();
    collect_pages(
        &file,
        &pages_root,
        &Dict::default(),
        &mut pages,
        0,
        &mut Vec::new(),
    );
    if pages.is_empty() {
        return Err(if file.truncated {
            CoreError::Truncated {
                format: "PDF".into(),
            }
        } else {
            CoreError::Damaged {
                format: "PDF".into(),
                reason: "no pages / 没有页面".into(),
            }
        });
    }
    let mut interp = content::Interpreter::new(&file);
    let mut texts = Vec::with_capacity(pages.len());
    let mut glyphs: Vec<Glyph> = Vec::new();
    for (page, resources) in &pages {
        glyphs.clear();
        let data: Vec<u8> = match page.get(b"Contents") {
            Some(o @ Obj::Ref(..)) => match file.resolve(o) {
                Obj::Array(parts) => join_streams(&file, parts),
                _ => file.stream_of(o).unwrap_or_default(),
            },
            Some(Obj::Array(parts)) => join_streams(&file, parts),
            _ => Vec::new(),
        };
        let flip = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
        interp.run(&data, resources, flip, &mut glyphs, 0);
        texts.push(page_text(&glyphs));
    }
    let chars = texts.iter().map(|t| t.trim().len()).sum::<usize>();
    if chars == 0 {
        return Err(if interp.unmapped > 0 {
            CoreError::NoUnicode { pages: pages.len() }
        } else {
            CoreError::NoTextLayer {
                format: "PDF".into(),
                pages: pages.len(),
            }
        });
    }
    Ok(Paged::from_pages(texts))
}

fn join_streams(file: &File, parts: &[Obj]) -> Vec<u8> {
    let mut data = Vec::new();
    for p in parts {
        if let Some(d) = file.stream_of(p) {
            data.extend_from_slice(&d);
            data.push(b'\n');
        }
    }
    data
}
