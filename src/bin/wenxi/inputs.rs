//! The files a command reads: paths expanded (directories walked), then each
//! file read and decoded.
//!
//! A corpus is often a folder tree of downloads. Files named on the command
//! line are read whatever their extension; inside a directory only the
//! formats Wenxi reads are taken ([`Format::is_known_extension`]), hidden
//! entries are skipped and entries are visited in name order, so the same
//! tree always gives the same input order. Every problem — an unreadable
//! directory, a symlink loop, a file that cannot be decoded — is reported
//! once and the walk goes on.

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use wenxi::core::decode::Decoded;
use wenxi::core::formats::{read_any, Format};

/// One input: a file to read, or a problem found while walking.
pub enum Input {
    /// A file to read, with the name used in reports.
    File {
        /// The path.
        path: PathBuf,
        /// The name shown in reports (the path as given or walked).
        name: String,
    },
    /// A path that could not be walked, with the message for the report.
    Problem {
        /// The path.
        name: String,
        /// What went wrong, in Chinese and English.
        error: String,
    },
}

/// Expands `paths` into inputs in order: a file as given, a directory as
/// the known-format files under it (recursively, name order).
pub fn expand(paths: &[OsString]) -> (Vec<Input>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    let mut seen = HashSet::new();
    for p in paths {
        let path = PathBuf::from(p);
        if path.is_dir() {
            walk(&path, &mut seen, &mut out, &mut skipped);
        } else {
            out.push(Input::File {
                name: p.to_string_lossy().into_owned(),
                path,
            });
        }
    }
    (out, skipped)
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Input>, skipped: &mut usize) {
    let problem = |out: &mut Vec<Input>, error: String| {
        out.push(Input::Problem {
            name: dir.to_string_lossy().into_owned(),
            error,
        })
    };
    match dir.canonicalize() {
        Ok(real) if !seen.insert(real.clone()) => {
            return problem(out, "目录循环，已跳过 / directory loop, skipped".into());
        }
        Ok(_) => {}
        Err(e) => return problem(out, format!("无法读取目录 / cannot read directory: {e}")),
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return problem(out, format!("无法读取目录 / cannot read directory: {e}")),
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, seen, out, skipped);
        } else if Format::is_known_extension(&path.to_string_lossy()) {
            out.push(Input::File {
                name: path.to_string_lossy().into_owned(),
                path,
            });
        } else {
            *skipped += 1;
        }
    }
}

/// Reads and decodes one file; `Err` is the message for the report.
pub fn read(
    path: &Path,
    name: &str,
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<(Decoded, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("无法读取 / cannot read: {e}"))?;
    let size = bytes.len();
    read_any(name, &bytes, forced)
        .map(|d| (d.decoded, size))
        .map_err(|e| e.to_string())
}
