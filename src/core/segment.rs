//! Segmentation: jieba over text of any length, in chunks, with byte offsets.
//!
//! Long documents are cut into chunks at line or sentence ends. jieba treats
//! those characters as block separators itself, so chunking changes nothing in
//! the result; it only lets the caller report progress and cancel between
//! chunks.
//!
//! Three modes, as in jieba: [`Mode::Precise`] (the default: the most likely
//! segmentation, tokens tile the text), [`Mode::Full`] (every dictionary word
//! found, overlapping) and [`Mode::Search`] (precise, plus the dictionary
//! words of two and three characters inside longer tokens, for indexing).
//! Every token is a byte span of the text, so overlapping tokens of the full
//! and search modes point into the text like the others. [`tag`] adds
//! jieba's part-of-speech tags.

use jieba_rs::Jieba;
use serde::{Deserialize, Serialize};
use std::ops::ControlFlow;

/// How jieba cuts the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    /// The most likely segmentation; tokens do not overlap.
    #[default]
    Precise,
    /// Every dictionary word in the text; tokens overlap.
    Full,
    /// Precise tokens plus the shorter dictionary words inside them.
    Search,
}

impl Mode {
    /// Parses `precise`, `full` or `search`.
    pub fn from_name(name: &str) -> Option<Mode> {
        match name {
            "precise" => Some(Mode::Precise),
            "full" => Some(Mode::Full),
            "search" => Some(Mode::Search),
            _ => None,
        }
    }

    /// The name [`Mode::from_name`] reads.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Precise => "precise",
            Mode::Full => "full",
            Mode::Search => "search",
        }
    }
}

/// A token: a byte span of the segmented text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte offset (inclusive).
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// A token with its part-of-speech tag (jieba's tag set: `n`, `v`, `ns` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged<'a> {
    /// The span.
    pub token: Token,
    /// The tag; `x` for punctuation and unknown strings.
    pub tag: &'a str,
}

/// Segmentation options; build with [`Default`] and the setters:
/// `SegmentOptions::default().mode(Mode::Full).hmm(false)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentOptions {
    /// How to cut (default [`Mode::Precise`]).
    pub mode: Mode,
    /// Use jieba's HMM to join characters the dictionary does not know
    /// (precise and search modes).
    pub hmm: bool,
    /// Target chunk size in bytes between progress reports.
    pub chunk_bytes: usize,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        SegmentOptions {
            mode: Mode::Precise,
            hmm: true,
            chunk_bytes: 64 * 1024,
        }
    }
}

impl SegmentOptions {
    /// Sets the mode.
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Switches the HMM on or off.
    pub fn hmm(mut self, hmm: bool) -> Self {
        self.hmm = hmm;
        self
    }

    /// Sets the chunk size (at least one byte).
    pub fn chunk_bytes(mut self, bytes: usize) -> Self {
        self.chunk_bytes = bytes.max(1);
        self
    }
}

/// Whether a token is a word (has a letter, digit or Han character) rather than
/// whitespace or punctuation.
pub fn is_word(token: &str) -> bool {
    token.chars().any(super::han::is_alphanumeric)
}

/// The most a chunk grows past its target looking for a place to end:
/// the target again, and at least this many bytes.
pub const CHUNK_SLACK: usize = 4096;

/// The most bytes a chunk of `target` bytes can have (plus one character).
pub fn chunk_bound(target: usize) -> usize {
    let target = target.max(1);
    target.saturating_add(target.max(CHUNK_SLACK))
}

/// Splits `text` into chunks of about `target` bytes, never more than
/// [`chunk_bound`] bytes (plus the last character's bytes).
///
/// A chunk ends after the first line end or `。` past `target`; in a text
/// without those within the bound (a paste of clauses joined by `，`), after
/// the first `，；！？、` (or ASCII `,;!?`), then after whitespace — all of them
/// characters jieba splits at anyway, so the result does not change — and
/// only where none of these occurs, at a character boundary at the bound.
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
            chunk_end(rest, target)
        };
        let chunk = (start, &rest[..end]);
        start += end;
        Some(chunk)
    })
}

/// Where the chunk at the start of `rest` (longer than `target`) ends.
fn chunk_end(rest: &str, target: usize) -> usize {
    let ceil = |mut i: usize| {
        while !rest.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let cut = ceil(target);
    let limit = ceil(chunk_bound(target).min(rest.len()));
    let window = &rest[cut..limit];
    let after = |p: usize| {
        let c = cut + p;
        c + rest[c..].chars().next().map_or(0, char::len_utf8)
    };
    const SENTENCE: &[char] = &['\n', '。'];
    const CLAUSE: &[char] = &['，', '；', '！', '？', '、', ',', ';', '!', '?'];
    window
        .find(SENTENCE)
        .or_else(|| window.find(CLAUSE))
        .or_else(|| window.find(char::is_whitespace))
        .map_or(limit, after)
}

/// Segments one chunk that starts at byte `offset` of the whole text in
/// precise mode, appending its tokens (with offsets into the whole text) to `out`.
pub fn cut_chunk(jieba: &Jieba, chunk: &str, offset: usize, hmm: bool, out: &mut Vec<Token>) {
    cut_chunk_in(jieba, chunk, offset, Mode::Precise, hmm, out);
}

/// [`cut_chunk`] in any mode.
pub fn cut_chunk_in(
    jieba: &Jieba,
    chunk: &str,
    offset: usize,
    mode: Mode,
    hmm: bool,
    out: &mut Vec<Token>,
) {
    let toks = match mode {
        Mode::Precise => jieba.cut(chunk, hmm),
        Mode::Full => jieba.cut_all(chunk),
        Mode::Search => jieba.cut_for_search(chunk, hmm),
    };
    out.extend(toks.into_iter().map(|t| Token {
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
        cut_chunk_in(jieba, chunk, offset, opts.mode, opts.hmm, &mut out);
        if progress(offset + chunk.len(), text.len()).is_break() {
            return None;
        }
    }
    Some(out)
}

/// Segments `text` like [`segment`] and tags every token.
///
/// In precise mode the tags are jieba's, chosen in context. The extra tokens
/// of the full and search modes have no context, so each gets the tag of
/// the dictionary word it is (`x` when it is none).
pub fn tag<'a>(
    jieba: &'a Jieba,
    text: &'a str,
    opts: &SegmentOptions,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Option<Vec<Tagged<'a>>> {
    if opts.mode != Mode::Precise {
        let toks = segment(jieba, text, opts, progress)?;
        return Some(
            toks.into_iter()
                .map(|token| {
                    let word = &text[token.start..token.end];
                    let tags = jieba.tag(word, false);
                    let tag = match tags.as_slice() {
                        [one] => one.tag,
                        _ => "x",
                    };
                    Tagged { token, tag }
                })
                .collect(),
        );
    }
    let mut out = Vec::with_capacity(text.len() / 4);
    for (offset, chunk) in chunks(text, opts.chunk_bytes) {
        out.extend(jieba.tag(chunk, opts.hmm).into_iter().map(|t| Tagged {
            token: Token {
                start: offset + t.byte_start,
                end: offset + t.byte_end,
            },
            tag: t.tag,
        }));
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
    fn chunks_stay_bounded_without_sentence_ends() {
        let clauses = "经济运行总体平稳，".repeat(5_000);
        let no_breaks = "经济运行总体平稳".repeat(5_000);
        for text in [&clauses, &no_breaks] {
            let parts: Vec<_> = chunks(text, 10_000).collect();
            assert!(parts.len() >= 6);
            assert!(parts.iter().all(|(_, c)| c.len() <= 20_000 + 4), "bounded");
            assert_eq!(parts.iter().map(|(_, c)| *c).collect::<String>(), *text);
        }
        // Clause ends are preferred to a hard cut.
        assert!(chunks(&clauses, 10_000).all(|(_, c)| c.ends_with('，')));
    }

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
