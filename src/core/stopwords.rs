//! Stopwords: function words that say nothing about a text's topic.
//!
//! Applied to keyword and frequency views only, never to the text itself.
//! The built-in list holds common Chinese function words (pronouns,
//! conjunctions, auxiliaries, adverbs of degree and the like) plus the most
//! frequent empty verbs of official prose (进行, 开展 …). [`Stopwords::default_zh`]
//! adds the Chinese list of stopwords-iso 1.1.0 (MIT, shipped as
//! `assets/lexicon/stopwords-zh.txt`, a few kilobytes, so it is embedded) and
//! treats every string without a letter or Han character (punctuation,
//! numbers such as 169.6) and every quantity token (`169.6亿元`, `7月`,
//! `四个月`, see [`super::retoken`]) as a stopword. The set is editable and reads and
//! writes one word per line, for a user's own list.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashSet};

/// The built-in Chinese stopword list.
pub const DEFAULT_STOPWORDS: &[&str] = &[
    "的",
    "了",
    "和",
    "与",
    "及",
    "以及",
    "或",
    "或者",
    "而",
    "而且",
    "并",
    "并且",
    "也",
    "都",
    "在",
    "是",
    "有",
    "为",
    "对",
    "对于",
    "把",
    "被",
    "让",
    "向",
    "从",
    "自",
    "以",
    "于",
    "由",
    "因",
    "因为",
    "所以",
    "因此",
    "但",
    "但是",
    "然而",
    "如果",
    "虽然",
    "即使",
    "还是",
    "就",
    "才",
    "又",
    "再",
    "还",
    "更",
    "最",
    "很",
    "非常",
    "十分",
    "比较",
    "已",
    "已经",
    "正在",
    "将",
    "将要",
    "要",
    "会",
    "能",
    "能够",
    "可以",
    "可能",
    "应",
    "应该",
    "必须",
    "我",
    "我们",
    "你",
    "你们",
    "他",
    "他们",
    "她",
    "她们",
    "它",
    "它们",
    "自己",
    "大家",
    "这",
    "那",
    "这个",
    "那个",
    "这些",
    "那些",
    "这样",
    "那样",
    "这里",
    "那里",
    "这种",
    "其",
    "其中",
    "其他",
    "其它",
    "之",
    "之一",
    "之间",
    "之后",
    "之前",
    "等",
    "等等",
    "个",
    "一个",
    "一些",
    "一种",
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
    "什么",
    "怎么",
    "如何",
    "为了",
    "通过",
    "根据",
    "按照",
    "关于",
    "作为",
    "同时",
    "此外",
    "另外",
    "一方面",
    "另一方面",
    "方面",
    "之中",
    "当中",
    "上",
    "下",
    "中",
    "里",
    "内",
    "外",
    "不",
    "没",
    "没有",
    "不是",
    "只",
    "只有",
    "只是",
    "所",
    "所有",
    "各",
    "各个",
    "每",
    "进行",
    "开展",
    "实现",
    "做到",
    "做好",
    "有关",
    "相关",
    "一定",
    "一些",
    "一直",
    "不断",
    "以上",
    "以下",
    "以来",
    "目前",
    "当前",
    "今后",
    "今年",
    "进一步",
    "重要",
    "主要",
    "着",
    "过",
    "吧",
    "吗",
    "呢",
    "啊",
    "呀",
    "嘛",
    "哦",
    "地",
    "得",
    "着力",
];

/// The stopwords-iso Chinese list, one word per line after `#` comments.
pub const STOPWORDS_ISO_ZH: &str = include_str!("../../assets/lexicon/stopwords-zh.txt");

/// The user's changes to the default stopword list: words added and words
/// taken out. Kept apart from the list itself so a new default list still
/// applies, and small enough to travel with the analysis options.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StopwordEdits {
    /// Words to treat as stopwords as well.
    pub added: BTreeSet<String>,
    /// Words of the default list to count after all.
    pub removed: BTreeSet<String>,
}

impl StopwordEdits {
    /// Whether nothing is changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }

    /// Reads one word per line (blank lines and `#` comments skipped).
    pub fn words(text: &str) -> BTreeSet<String> {
        // inserted one by one: `collect` into a set sorts first, which would
        // put a second copy of the standard sort in the page's wasm
        let mut set = BTreeSet::new();
        for w in text
            .lines()
            .map(|l| l.trim_start_matches('\u{FEFF}').trim())
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
        {
            set.insert(w.to_string());
        }
        set
    }
}

/// A set of stopwords.
#[derive(Debug, Clone, Default)]
pub struct Stopwords {
    words: HashSet<String>,
    /// Also treat strings with no letter or Han character as stopwords.
    symbols: bool,
    /// Such strings the user took out of the list.
    kept_symbols: HashSet<String>,
}

impl Stopwords {
    /// The built-in list, the stopwords-iso Chinese list, punctuation and numbers.
    pub fn default_zh() -> Self {
        let mut s = Self::builtin().with_text(STOPWORDS_ISO_ZH);
        s.symbols = true;
        s
    }

    /// [`Stopwords::default_zh`] with the user's edits applied.
    pub fn default_zh_edited(edits: &StopwordEdits) -> Self {
        let mut s = Self::default_zh();
        s.apply(edits);
        s
    }

    /// Applies edits: removals first, then additions.
    pub fn apply(&mut self, edits: &StopwordEdits) {
        for w in &edits.removed {
            self.remove(w);
        }
        for w in &edits.added {
            self.insert(w);
        }
    }

    /// Parses one word per line; blank lines and `#` comments are skipped.
    pub fn parse(text: &str) -> Self {
        Stopwords::default().with_text(text)
    }

    fn with_text(mut self, text: &str) -> Self {
        for line in text.lines() {
            let w = line.trim_start_matches('\u{FEFF}').trim();
            if !w.is_empty() && !w.starts_with('#') {
                self.words.insert(w.to_string());
            }
        }
        self
    }

    /// One word per line, sorted.
    pub fn to_text(&self) -> String {
        let mut words: Vec<&str> = self.words.iter().map(String::as_str).collect();
        words.sort_unstable();
        words.iter().map(|w| format!("{w}\n")).collect()
    }

    /// Adds a word; returns whether it was new.
    pub fn insert(&mut self, word: &str) -> bool {
        let w = word.trim();
        !w.is_empty() && self.words.insert(w.to_string())
    }

    /// Removes a word; returns whether it was there. A string of symbols or
    /// digits is kept from then on even when such strings are stopwords.
    pub fn remove(&mut self, word: &str) -> bool {
        let w = word.trim();
        let symbolic = self.symbols && !w.is_empty() && !w.chars().any(super::han::is_alphabetic);
        if symbolic {
            self.kept_symbols.insert(w.to_string());
        }
        self.words.remove(w) || symbolic
    }

    /// The built-in list.
    pub fn builtin() -> Self {
        DEFAULT_STOPWORDS.iter().copied().collect()
    }

    /// Whether `word` is a stopword.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
            || (self.symbols
                && (!word.chars().any(super::han::is_alphabetic)
                    || super::retoken::is_quantity(word))
                && !self.kept_symbols.contains(word))
    }

    /// Number of stopwords.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl<'a> FromIterator<&'a str> for Stopwords {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        Stopwords {
            words: iter.into_iter().map(str::to_string).collect(),
            symbols: false,
            kept_symbols: HashSet::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_list_is_editable_and_round_trips() {
        let mut s = Stopwords::default_zh();
        assert!(s.contains("的") && s.contains("一切") && s.contains("169.6") && s.contains("，"));
        assert!(!s.contains("重大项目") && !s.contains("经济"));
        assert!(s.insert("全市") && s.contains("全市"));
        assert!(s.remove("一切") && !s.contains("一切"));
        let t = Stopwords::parse("# x\n\n甲\n乙\n");
        assert_eq!(t.len(), 2);
        assert_eq!(Stopwords::parse(&t.to_text()).to_text(), t.to_text());
    }

    #[test]
    fn edits_add_and_take_out_words() {
        let edits = StopwordEdits {
            added: StopwordEdits::words("全市\n# 注释\n\n 我们 \n"),
            removed: StopwordEdits::words("一切\n2024\n"),
        };
        assert_eq!(edits.added.len(), 2);
        let s = Stopwords::default_zh_edited(&edits);
        assert!(s.contains("全市") && s.contains("我们"));
        assert!(!s.contains("一切") && s.contains("的"));
        // numbers are stopwords by rule; one taken out counts again
        assert!(!s.contains("2024") && s.contains("2025"));
        assert!(StopwordEdits::default().is_empty() && !edits.is_empty());
    }
}
