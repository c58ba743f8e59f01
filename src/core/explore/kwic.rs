//! Concordance (KWIC, key word in context): every occurrence of a search
//! with the text around it.
//!
//! Why: frequencies say *how often*; a concordance shows *how* a word is
//! used — 项目 in 重大项目 or in 项目建设 — and sorting by the left or right
//! context groups the collocations.
//!
//! How: a search is an exact token match (needs the token spans), a plain
//! substring of the clean text, or a regular expression (the `regex` crate:
//! linear time, no look-around or back-references, so no pattern can hang the
//! worker; patterns are limited to [`MAX_PATTERN_CHARS`] characters and the
//! compiled program to [`REGEX_SIZE_LIMIT`] bytes). Matches of zero length
//! are skipped. Contexts are counted in chars, never splitting one, and
//! spans are byte offsets into the clean text so the reader can mark them.
//! Sorting by the left context compares it reversed, read outward from the
//! keyword, as concordancers do.
//!
//! Word positions (1L, 2L, 3L, 1R, 2R, 3R, as in AntConc) sort by the n-th
//! *word* token left or right of the hit: punctuation and whitespace tokens
//! are skipped, and a token the hit only partly covers (a substring search
//! inside a word) is not a context word. Ties fall back to the whole context
//! on that side, then to the position. Without tokens they sort like
//! left/right.
//!
//! Counting: token search counts whole tokens only, so its total for 项目
//! equals the frequency table's count; substring and regex search also count
//! occurrences inside other words or across two words (各项|目标 contains
//! 项目), so they usually count more.

use crate::core::segment::{is_word, Token};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// Longest regular expression accepted, in chars.
pub const MAX_PATTERN_CHARS: usize = 500;
/// Size limit of a compiled regular expression, in bytes.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// One searchable document: its clean text and (for token search) its tokens.
#[derive(Debug, Clone, Copy)]
pub struct KwicDoc<'a> {
    /// The clean text.
    pub text: &'a str,
    /// Byte spans of its tokens; may be empty for substring and regex search.
    pub tokens: &'a [Token],
}

/// What to search for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Query {
    /// Tokens equal to this string.
    Token(String),
    /// This substring anywhere in the text.
    Substring(String),
    /// Matches of this regular expression (Rust `regex` syntax).
    Regex(String),
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum KwicSort {
    /// Document order, then text order (the default).
    #[default]
    Position,
    /// By the left context, read from the keyword outward.
    Left,
    /// By the right context.
    Right,
    /// By the first word left of the hit (1L).
    L1,
    /// By the second word left of the hit (2L).
    L2,
    /// By the third word left of the hit (3L).
    L3,
    /// By the first word right of the hit (1R).
    R1,
    /// By the second word right of the hit (2R).
    R2,
    /// By the third word right of the hit (3R).
    R3,
}

impl KwicSort {
    /// For a word-position sort, the side (`true`: left) and the position
    /// (1–3) of the word it sorts by.
    pub fn word_position(self) -> Option<(bool, usize)> {
        match self {
            KwicSort::L1 => Some((true, 1)),
            KwicSort::L2 => Some((true, 2)),
            KwicSort::L3 => Some((true, 3)),
            KwicSort::R1 => Some((false, 1)),
            KwicSort::R2 => Some((false, 2)),
            KwicSort::R3 => Some((false, 3)),
            _ => None,
        }
    }
}

/// Concordance options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KwicOptions {
    /// Chars of context on each side.
    pub context_chars: usize,
    /// The order of hits.
    pub sort: KwicSort,
    /// Keep at most this many hits (the first in text order); 0 keeps all.
    pub max_hits: usize,
}

impl Default for KwicOptions {
    fn default() -> Self {
        KwicOptions {
            context_chars: 20,
            sort: KwicSort::Position,
            max_hits: 10_000,
        }
    }
}

/// One occurrence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    /// Index of the document.
    pub doc: usize,
    /// Start byte offset of the keyword in the clean text.
    pub start: usize,
    /// End byte offset of the keyword.
    pub end: usize,
    /// Up to `context_chars` chars before the keyword.
    pub left: String,
    /// The matched text.
    pub keyword: String,
    /// Up to `context_chars` chars after the keyword.
    pub right: String,
}

/// The result of a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concordance {
    /// The hits, sorted as asked.
    pub hits: Vec<Hit>,
    /// Hits per document (all of them, even beyond `max_hits`).
    pub per_doc: Vec<usize>,
    /// Total hits (the sum of `per_doc`).
    pub total: usize,
    /// Whether `hits` was cut at `max_hits`.
    pub truncated: bool,
}

/// Why a search could not run; the message says what to change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum KwicError {
    /// The search string is empty.
    EmptyQuery,
    /// The pattern is longer than [`MAX_PATTERN_CHARS`].
    PatternTooLong {
        /// Its length in chars.
        chars: usize,
    },
    /// The pattern is not a valid regular expression, or too large compiled.
    InvalidPattern {
        /// The regex crate's explanation.
        reason: String,
    },
}

impl fmt::Display for KwicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KwicError::EmptyQuery => write!(f, "请输入检索词 / Enter a search term"),
            KwicError::PatternTooLong { chars } => write!(
                f,
                "正则表达式过长（{chars} 字符，上限 {MAX_PATTERN_CHARS}）/ Pattern too long ({chars} chars, at most {MAX_PATTERN_CHARS})"
            ),
            KwicError::InvalidPattern { reason } => write!(
                f,
                "正则表达式无效，请检查括号与转义 / Invalid regular expression: {reason}"
            ),
        }
    }
}

impl std::error::Error for KwicError {}

/// Compiles a user's regular expression with the size bounds above.
pub fn compile(pattern: &str) -> Result<regex::Regex, KwicError> {
    let chars = pattern.chars().count();
    if chars == 0 {
        return Err(KwicError::EmptyQuery);
    }
    if chars > MAX_PATTERN_CHARS {
        return Err(KwicError::PatternTooLong { chars });
    }
    regex::RegexBuilder::new(pattern)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .nest_limit(100)
        .build()
        .map_err(|e| KwicError::InvalidPattern {
            reason: e.to_string(),
        })
}

/// Searches every document and returns the concordance.
pub fn concordance(
    docs: &[KwicDoc<'_>],
    query: &Query,
    opts: &KwicOptions,
) -> Result<Concordance, KwicError> {
    let regex = match query {
        Query::Regex(p) => Some(compile(p)?),
        Query::Token(s) | Query::Substring(s) if s.is_empty() => return Err(KwicError::EmptyQuery),
        _ => None,
    };
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    let mut per_doc = vec![0; docs.len()];
    for (i, d) in docs.iter().enumerate() {
        let before = spans.len();
        match (query, &regex) {
            (_, Some(re)) => spans.extend(
                re.find_iter(d.text)
                    .filter(|m| !m.is_empty())
                    .map(|m| (i, m.start(), m.end())),
            ),
            (Query::Token(t), _) => spans.extend(
                d.tokens
                    .iter()
                    .filter(|k| d.text.get(k.start..k.end) == Some(t.as_str()))
                    .map(|k| (i, k.start, k.end)),
            ),
            (Query::Substring(s), _) | (Query::Regex(s), _) => spans.extend(
                d.text
                    .match_indices(s.as_str())
                    .map(|(p, m)| (i, p, p + m.len())),
            ),
        }
        per_doc[i] = spans.len() - before;
    }
    let total = spans.len();
    let truncated = opts.max_hits > 0 && total > opts.max_hits;
    if truncated {
        spans.truncate(opts.max_hits);
    }
    let mut hits: Vec<Hit> = spans
        .iter()
        .map(|&(i, s, e)| hit(i, docs[i].text, s, e, opts.context_chars))
        .collect();
    match opts.sort.word_position() {
        Some((left, n)) if docs.iter().any(|d| !d.tokens.is_empty()) => {
            let keys: Vec<&str> = spans
                .iter()
                .map(|&(i, s, e)| context_word(&docs[i], s, e, left, n).unwrap_or(""))
                .collect();
            let mut order: Vec<usize> = (0..hits.len()).collect();
            order.sort_by(|&a, &b| {
                keys[a]
                    .cmp(keys[b])
                    .then_with(|| compare_hits(&hits[a], &hits[b], opts.sort))
            });
            let mut slots: Vec<Option<Hit>> = hits.into_iter().map(Some).collect();
            hits = order
                .into_iter()
                .filter_map(|i| slots.get_mut(i).and_then(Option::take))
                .collect();
        }
        _ => sort_hits(&mut hits, opts.sort),
    }
    Ok(Concordance {
        hits,
        per_doc,
        total,
        truncated,
    })
}

/// Builds a hit for bytes `start..end` of `text` (widened to char
/// boundaries if needed).
pub fn hit(doc: usize, text: &str, start: usize, end: usize, context: usize) -> Hit {
    let mut start = start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let before = &text[..start];
    let left_start = before
        .char_indices()
        .rev()
        .nth(context.saturating_sub(1))
        .map_or(0, |(p, _)| p);
    let left_start = if context == 0 { start } else { left_start };
    let after = &text[end..];
    let right_end = after
        .char_indices()
        .nth(context)
        .map_or(after.len(), |(p, _)| p);
    Hit {
        doc,
        start,
        end,
        left: before[left_start..].to_string(),
        keyword: text[start..end].to_string(),
        right: after[..right_end].to_string(),
    }
}

/// The `n`-th word token (from 1) left (`left`) or right of bytes
/// `start..end` of a document, if there is one. Tokens must be in text order.
pub fn context_word<'a>(
    doc: &KwicDoc<'a>,
    start: usize,
    end: usize,
    left: bool,
    n: usize,
) -> Option<&'a str> {
    let word = |t: &Token| doc.text.get(t.start..t.end).filter(|w| is_word(w));
    let n = n.checked_sub(1)?;
    if left {
        let i = doc.tokens.partition_point(|t| t.end <= start);
        doc.tokens.get(..i)?.iter().rev().filter_map(word).nth(n)
    } else {
        let i = doc.tokens.partition_point(|t| t.start < end);
        doc.tokens.get(i..)?.iter().filter_map(word).nth(n)
    }
}

/// The order of two hits by the context a sort looks at (word-position
/// sorts look at the whole context of their side), then by position.
fn compare_hits(a: &Hit, b: &Hit, sort: KwicSort) -> Ordering {
    let primary = match sort {
        KwicSort::Position => Ordering::Equal,
        KwicSort::Left | KwicSort::L1 | KwicSort::L2 | KwicSort::L3 => {
            a.left.chars().rev().cmp(b.left.chars().rev())
        }
        KwicSort::Right | KwicSort::R1 | KwicSort::R2 | KwicSort::R3 => a.right.cmp(&b.right),
    };
    primary.then_with(|| (a.doc, a.start, a.end).cmp(&(b.doc, b.start, b.end)))
}

/// Sorts hits by their character contexts; ties fall back to document and
/// position. Word-position sorts need the tokens ([`concordance`] does
/// them); here they sort like left or right.
pub fn sort_hits(hits: &mut [Hit], sort: KwicSort) {
    hits.sort_by(|a, b| compare_hits(a, b, sort));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs<'a>(text: &'a str, toks: &'a [Token]) -> [KwicDoc<'a>; 1] {
        [KwicDoc { text, tokens: toks }]
    }

    #[test]
    fn substring_hits_with_char_contexts() {
        let text = "推进重大项目建设，抓好项目。";
        let c = concordance(
            &docs(text, &[]),
            &Query::Substring("项目".into()),
            &KwicOptions {
                context_chars: 2,
                ..KwicOptions::default()
            },
        )
        .unwrap();
        assert_eq!(c.per_doc, [2]);
        assert_eq!(c.hits[0].left, "重大");
        assert_eq!(c.hits[0].right, "建设");
        assert_eq!(&text[c.hits[1].start..c.hits[1].end], "项目");
        assert_eq!(c.hits[1].left, "抓好");
        assert_eq!(c.hits[1].right, "。");
    }

    #[test]
    fn token_search_needs_whole_tokens() {
        let text = "重大项目项目";
        // tokens: 重大项目 | 项目
        let toks = [Token { start: 0, end: 12 }, Token { start: 12, end: 18 }];
        let c = concordance(
            &docs(text, &toks),
            &Query::Token("项目".into()),
            &KwicOptions::default(),
        )
        .unwrap();
        assert_eq!(c.total, 1);
        assert_eq!(c.hits[0].left, "重大项目");
    }

    #[test]
    fn regex_errors_are_actionable_and_empty_matches_skipped() {
        let d = docs("abc", &[]);
        let o = KwicOptions::default();
        let e = concordance(&d, &Query::Regex("(项目".into()), &o).unwrap_err();
        assert!(matches!(e, KwicError::InvalidPattern { .. }));
        assert!(e.to_string().contains("Invalid regular expression"));
        let long = "a".repeat(MAX_PATTERN_CHARS + 1);
        assert!(matches!(
            concordance(&d, &Query::Regex(long), &o),
            Err(KwicError::PatternTooLong { .. })
        ));
        assert!(matches!(
            concordance(&d, &Query::Regex("a{1000}{1000}".into()), &o),
            Err(KwicError::InvalidPattern { .. })
        ));
        assert_eq!(
            concordance(&d, &Query::Substring(String::new()), &o),
            Err(KwicError::EmptyQuery)
        );
        let c = concordance(&d, &Query::Regex("x*".into()), &o).unwrap();
        assert_eq!(c.total, 0);
    }

    #[test]
    fn regex_classes_a_reader_of_chinese_uses_are_built_in() {
        // issue 19 left the age, boolean and segmentation tables out of the
        // worker: the classes below must still work, the others fail cleanly
        let d = docs("2026年，GDP增长5%。Ａ", &[]);
        let o = KwicOptions::default();
        let count = |p: &str| concordance(&d, &Query::Regex(p.into()), &o).unwrap().total;
        assert_eq!(count(r"\p{Han}+"), 2);
        assert_eq!(count(r"\p{P}"), 3);
        assert_eq!(count(r"\d+"), 2);
        assert_eq!(count(r"(?i)gdp"), 1);
        assert_eq!(count(r"\w+"), 3);
        // (other crates of the native build may bring the tables back)
        let other = concordance(&d, &Query::Regex(r"\p{Alphabetic}".into()), &o);
        assert!(matches!(
            other,
            Ok(_) | Err(KwicError::InvalidPattern { .. })
        ));
    }

    #[test]
    fn sorts_left_context_reversed() {
        let text = "乙甲项目，甲乙项目，丙项目";
        let o = KwicOptions {
            context_chars: 2,
            sort: KwicSort::Left,
            max_hits: 2,
        };
        let c = concordance(&docs(text, &[]), &Query::Substring("项目".into()), &o).unwrap();
        assert!(c.truncated);
        assert_eq!(c.total, 3);
        // reversed lefts: "甲乙" (from 乙甲) and "乙甲" (from 甲乙);
        // 乙 U+4E59 < 甲 U+7532, so the second hit comes first
        assert_eq!(c.hits[0].left, "甲乙");
        assert_eq!(c.hits[1].left, "乙甲");
        let h = hit(0, "一二三", 1, 2, 5);
        assert_eq!((h.start, h.end, h.keyword.as_str()), (0, 3, "一"));
    }

    #[test]
    fn sorts_by_word_positions_skipping_punctuation() {
        // 甲 乙 项目 ， 丙 丁 项目 戊 乙 项目 甲: hits at bytes 6, 21, 33
        let text = "甲乙项目，丙丁项目戊乙项目甲";
        let spans = [0, 3, 6, 12, 15, 18, 21, 27, 30, 33, 39, 42];
        let toks: Vec<Token> = spans
            .windows(2)
            .map(|w| Token {
                start: w[0],
                end: w[1],
            })
            .collect();
        let d = docs(text, &toks);
        let sorted = |sort| {
            let o = KwicOptions {
                context_chars: 3,
                sort,
                max_hits: 0,
            };
            concordance(&d, &Query::Token("项目".into()), &o)
                .unwrap()
                .hits
                .iter()
                .map(|h| h.start)
                .collect::<Vec<_>>()
        };
        // 1L: 乙(6) 丁(21) 乙(33); 丁 U+4E01 < 乙 U+4E59; the two 乙 tie and
        // fall back to the reversed left context: 乙戊目 (33) < 乙甲 (6)
        assert_eq!(sorted(KwicSort::L1), [21, 33, 6]);
        // 1R skips the comma: 丙(6) 戊(21) 甲(33); 丙 U+4E19 < 戊 U+620A < 甲 U+7532
        assert_eq!(sorted(KwicSort::R1), [6, 21, 33]);
        // 2L: 甲(6) 丙(21) 戊(33)
        assert_eq!(sorted(KwicSort::L2), [21, 33, 6]);
        assert_eq!(context_word(&d[0], 6, 12, false, 2), Some("丁"));
        assert_eq!(context_word(&d[0], 6, 12, true, 0), None);
        let h = hit(0, "一二三", 1, 2, 5);
        assert_eq!((h.start, h.end, h.keyword.as_str()), (0, 3, "一"));
    }
}
