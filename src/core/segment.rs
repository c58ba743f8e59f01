//! Segmentation: jieba over text of any length, in chunks, with byte offsets.
//!
//! Long documents are cut into chunks at line or sentence ends. jieba treats
//! those characters as block separators itself, so chunking changes nothing in
//! the result; it only lets the caller report progress and cancel between
//! chunks.

use jieba_rs::Jieba;
use std::ops::ControlFlow;

/// A token: a byte span of the segmented text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte offset (inclusive).
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// Segmentation options (jieba's precise mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentOptions {
    /// Use jieba's HMM to join characters the dictionary does not know.
    pub hmm: bool,
    /// Target chunk size in bytes between progress reports.
    pub chunk_bytes: usize,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        SegmentOptions {
            hmm: true,
            chunk_bytes: 64 * 1024,
        }
    }
}

/// Whether a token is a word (has a letter, digit or Han character) rather than
/// whitespace or punctuation.
pub fn is_word(token: &str) -> bool {
    token.chars().any(|c| c.is_alphanumeric())
}

/// Splits `text` into chunks of about `target` bytes ending after `\n` or `。`.
pub fn chunks(text: &str, target: usize) -> impl Iterator<Item = (usize, &str)> {
    let target = target.max(1);
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = &text[start..];
        let end = if rest.len() <= target {
            rest.len()
        } else {
            let mut cut = target;
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            match rest[cut..].find(['\n', '。']) {
                Some(p) => {
                    let c = cut + p;
                    c + rest[c..].chars().next().map_or(0, char::len_utf8)
                }
                None => rest.len(),
            }
        };
        let chunk = (start, &rest[..end]);
        start += end;
        Some(chunk)
    })
}

/// Segments one chunk that starts at byte `offset` of the whole text,
/// appending its tokens (with offsets into the whole text) to `out`.
pub fn cut_chunk(jieba: &Jieba, chunk: &str, offset: usize, hmm: bool, out: &mut Vec<Token>) {
    out.extend(jieba.cut(chunk, hmm).into_iter().map(|t| Token {
        start: offset + t.byte_start,
        end: offset + t.byte_end,
    }));
}

/// Segments `text`, calling `progress(done_bytes, total_bytes)` after each chunk.
///
/// Returns `None` when `progress` asks to stop.
pub fn segment(
    jieba: &Jieba,
    text: &str,
    opts: &SegmentOptions,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Option<Vec<Token>> {
    let mut out = Vec::with_capacity(text.len() / 4);
    for (offset, chunk) in chunks(text, opts.chunk_bytes) {
        cut_chunk(jieba, chunk, offset, opts.hmm, &mut out);
        if progress(offset + chunk.len(), text.len()).is_break() {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_text_on_char_boundaries() {
        let text = "一二三。四五六\n七八九。十".repeat(50);
        let parts: Vec<_> = chunks(&text, 10).collect();
        assert_eq!(parts.iter().map(|(_, c)| *c).collect::<String>(), text);
        for (off, c) in parts {
            assert!(text.is_char_boundary(off));
            assert_eq!(&text[off..off + c.len()], c);
        }
    }
}
