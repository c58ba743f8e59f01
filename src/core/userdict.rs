//! User dictionaries: words to add to jieba's dictionary and words to delete.
//!
//! jieba's defaults split terms a policy reader cares about and join others a
//! reader wants split, so users need to add *and* delete words without code.
//! The text format is jieba's own `word [freq] [tag]`, one entry per line, so
//! files written for Python jieba's `load_userdict` work unchanged:
//!
//! ```text
//! # comment lines and blank lines are ignored
//! 项目为王 2000 l      word, frequency, part-of-speech tag
//! 智改数转 nz          frequency left out: chosen so the word really segments
//! 经开区               tag left out too
//! -重大项目            a leading `-` deletes the word from the dictionary
//! ```
//!
//! jieba-rs cannot delete a word, so deletion is done where the dictionary is
//! built (see [`super::dict::Dictionary::set_user_dict`]): the base dictionary
//! text is loaded again without the deleted words. A deleted word is then
//! unknown to every mode — precise, full and search — and deleting, then
//! adding the word again, restores it. Adding a word with
//! [`UserDict::add`] cancels its deletion and deleting cancels an addition.
//!
//! jieba-rs keeps the tag of a word that is already in the dictionary, so a
//! tag given for a built-in word changes only its frequency.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// One word to add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The word (no whitespace).
    pub word: String,
    /// jieba frequency; `None` lets the dictionary pick one that makes the
    /// word segment as one token.
    pub freq: Option<usize>,
    /// Part-of-speech tag such as `n`, `nz`, `ns`.
    pub tag: Option<String>,
}

/// A user dictionary: words to add (in order) and words to delete.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDict {
    /// Words to add, in the order they were given; a word appears once.
    pub entries: Vec<Entry>,
    /// Words to remove from the dictionary.
    pub deleted: BTreeSet<String>,
}

/// A line of a user dictionary that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineError {
    /// Line number, from 1.
    pub line: usize,
    /// The line as written.
    pub text: String,
    /// What is wrong with it.
    pub reason: LineProblem,
}

/// What is wrong with a line of a user dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineProblem {
    /// A delete line (`-word`) with more than the word.
    DeleteHoldsOneWord,
    /// More than `word freq tag`.
    TooManyFields,
    /// The frequency is not a whole number.
    BadFrequency(String),
    /// The tag is not letters.
    BadTag(String),
}

impl LineProblem {
    /// Its place in the order the variants are declared (the UI's tables of
    /// messages follow it).
    pub fn index(&self) -> usize {
        match self {
            LineProblem::DeleteHoldsOneWord => 0,
            LineProblem::TooManyFields => 1,
            LineProblem::BadFrequency(_) => 2,
            LineProblem::BadTag(_) => 3,
        }
    }

    /// The value at fault (empty for the problems that name none).
    pub fn value(&self) -> &str {
        match self {
            LineProblem::BadFrequency(v) | LineProblem::BadTag(v) => v,
            LineProblem::DeleteHoldsOneWord | LineProblem::TooManyFields => "",
        }
    }
}

impl fmt::Display for LineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineProblem::DeleteHoldsOneWord => {
                f.write_str("删除行只能写一个词 / a delete line holds one word only")
            }
            LineProblem::TooManyFields => f.write_str(
                "多余的字段，格式为“词 词频 词性” / too many fields; the format is `word freq tag`",
            ),
            LineProblem::BadFrequency(v) => write!(
                f,
                "词频“{v}”不是非负整数 / frequency `{v}` is not a whole number"
            ),
            LineProblem::BadTag(t) => write!(
                f,
                "词性“{t}”应为英文字母（如 n、nz、ns） / tag `{t}` must be letters (n, nz, ns …)"
            ),
        }
    }
}

/// Every bad line of a user dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDictError {
    /// The bad lines, in order.
    pub lines: Vec<LineError>,
}

impl fmt::Display for UserDictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.lines.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(
                f,
                "第 {} 行 / line {}: {} — `{}`",
                e.line, e.line, e.reason, e.text
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for UserDictError {}

fn is_tag(s: &str) -> bool {
    !s.is_empty() && s.len() <= 16 && s.bytes().all(|b| b.is_ascii_alphabetic())
}

fn parse_line(line: &str) -> Result<Option<(bool, Entry)>, LineProblem> {
    let line = line.trim_start_matches('\u{FEFF}').trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let mut fields = line.split_whitespace();
    let first = fields.next().unwrap_or_default();
    if let Some(word) = first.strip_prefix('-').filter(|w| !w.is_empty()) {
        if fields.next().is_some() {
            return Err(LineProblem::DeleteHoldsOneWord);
        }
        let entry = Entry {
            word: word.to_string(),
            freq: None,
            tag: None,
        };
        return Ok(Some((true, entry)));
    }
    let rest: Vec<&str> = fields.collect();
    let (freq, tag) = match rest.as_slice() {
        [] => (None, None),
        [f] if f.bytes().all(|b| b.is_ascii_digit()) => (Some(*f), None),
        [t] => (None, Some(*t)),
        [f, t] => (Some(*f), Some(*t)),
        _ => return Err(LineProblem::TooManyFields),
    };
    let freq = match freq {
        None => None,
        Some(f) => Some(
            f.parse::<usize>()
                .ok()
                .filter(|_| f.bytes().all(|b| b.is_ascii_digit()))
                .ok_or_else(|| LineProblem::BadFrequency(f.to_string()))?,
        ),
    };
    if let Some(t) = tag.filter(|t| !is_tag(t)) {
        return Err(LineProblem::BadTag(t.to_string()));
    }
    Ok(Some((
        false,
        Entry {
            word: first.to_string(),
            freq,
            tag: tag.map(str::to_string),
        },
    )))
}

impl UserDict {
    /// An empty user dictionary.
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses the text format; every bad line is reported with its number.
    pub fn parse(text: &str) -> Result<Self, UserDictError> {
        let mut dict = UserDict::new();
        let mut errors = Vec::new();
        for (n, line) in text.lines().enumerate() {
            match parse_line(line) {
                Ok(None) => {}
                Ok(Some((true, e))) => dict.delete(&e.word),
                Ok(Some((false, e))) => dict.add(e),
                Err(reason) => errors.push(LineError {
                    line: n + 1,
                    text: line.to_string(),
                    reason,
                }),
            }
        }
        if errors.is_empty() {
            Ok(dict)
        } else {
            Err(UserDictError { lines: errors })
        }
    }

    /// Writes the text format: additions in order, then deletions; parsing
    /// the result gives back an equal dictionary.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for e in &self.entries {
            out.push_str(&e.word);
            if let Some(f) = e.freq {
                out.push(' ');
                out.push_str(&f.to_string());
            }
            if let Some(t) = &e.tag {
                out.push(' ');
                out.push_str(t);
            }
            out.push('\n');
        }
        for w in &self.deleted {
            out.push('-');
            out.push_str(w);
            out.push('\n');
        }
        out
    }

    /// Adds (or replaces) a word and cancels its deletion. Empty words and
    /// words with whitespace are ignored, since the text format cannot hold them.
    pub fn add(&mut self, entry: Entry) {
        if entry.word.is_empty() || entry.word.chars().any(char::is_whitespace) {
            return;
        }
        self.deleted.remove(&entry.word);
        match self.entries.iter_mut().find(|e| e.word == entry.word) {
            Some(old) => *old = entry,
            None => self.entries.push(entry),
        }
    }

    /// Adds a word with no frequency or tag.
    pub fn add_word(&mut self, word: &str) {
        self.add(Entry {
            word: word.to_string(),
            freq: None,
            tag: None,
        });
    }

    /// Deletes a word from the dictionary (and from this list's additions).
    pub fn delete(&mut self, word: &str) {
        if word.is_empty() || word.chars().any(char::is_whitespace) {
            return;
        }
        self.entries.retain(|e| e.word != word);
        self.deleted.insert(word.to_string());
    }

    /// Takes a word out of the additions without deleting it from the
    /// dictionary: a built-in word segments as before the addition.
    pub fn remove_entry(&mut self, word: &str) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.word != word);
        self.entries.len() != before
    }

    /// Cancels the deletion of a word.
    pub fn restore(&mut self, word: &str) -> bool {
        self.deleted.remove(word)
    }

    /// Adds every addition and deletion of `other`, in its order; an entry of
    /// `other` replaces one for the same word.
    pub fn merge(&mut self, other: UserDict) {
        for e in other.entries {
            self.add(e);
        }
        for w in other.deleted {
            self.delete(&w);
        }
    }

    /// Whether the dictionary neither adds nor deletes anything.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.deleted.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_jieba_format_and_round_trips() {
        let text = "\u{FEFF}# 注释\n\n项目为王 2000 l\n智改数转 nz\n经开区\n新词 12\n-重大项目\n";
        let d = UserDict::parse(text).unwrap();
        assert_eq!(d.entries.len(), 4);
        assert_eq!(d.entries[0].freq, Some(2000));
        assert_eq!(d.entries[1].tag.as_deref(), Some("nz"));
        assert_eq!(d.entries[1].freq, None);
        assert_eq!(d.entries[3].freq, Some(12));
        assert!(d.deleted.contains("重大项目"));
        assert_eq!(UserDict::parse(&d.to_text()).unwrap(), d);
    }

    #[test]
    fn reports_bad_lines_with_numbers() {
        let err = UserDict::parse("好词 1\n坏词 -3 n\n词 1 n x\n\n词 12a\n-删 除\n").unwrap_err();
        let lines: Vec<usize> = err.lines.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 5, 6]);
        assert!(err.to_string().contains("line 2"));
    }

    #[test]
    fn remove_restore_and_merge() {
        let mut d = UserDict::parse("经开区 10 n\n-重大项目\n").unwrap();
        assert!(d.remove_entry("经开区") && !d.remove_entry("经开区"));
        assert!(d.entries.is_empty() && !d.deleted.contains("经开区"));
        assert!(d.restore("重大项目") && d.is_empty());
        d.merge(UserDict::parse("甲乙 5\n-丙丁\n甲乙 7 n\n").unwrap());
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.entries[0].freq, Some(7));
        assert!(d.deleted.contains("丙丁"));
        d.merge(UserDict::parse("丙丁\n").unwrap());
        assert!(d.deleted.is_empty() && d.entries.len() == 2);
    }

    #[test]
    fn add_and_delete_cancel_each_other() {
        let mut d = UserDict::new();
        d.add_word("经开区");
        d.delete("经开区");
        assert!(d.entries.is_empty());
        d.add_word("经开区");
        assert!(d.deleted.is_empty());
        d.add_word("a b");
        assert_eq!(d.entries.len(), 1);
    }
}
