//! The word table behind the dictionary: every word of jieba's `dict.txt`
//! and `idf.txt`, sorted, with its frequency, POS tag and IDF. The compact
//! binary format it ships in (`WordTable::encode`/`decode`) is in the
//! `codec` submodule beside it.

use super::error::CoreError;
use std::collections::{BTreeMap, HashMap};

mod codec;

/// Marks a word that `dict.txt` does not have (only `idf.txt` does).
const NO_FREQ: u32 = u32::MAX;

/// Every word of the dictionary and the IDF list, sorted by bytes.
#[derive(Debug, Clone, Default)]
pub struct WordTable {
    /// All words, concatenated in order.
    text: String,
    /// End of each word in `text`.
    ends: Vec<u32>,
    /// jieba frequency of each word, [`NO_FREQ`] when not in `dict.txt`.
    freqs: Vec<u32>,
    /// Index into `tags` of each word (0 when not in `dict.txt`).
    tag_ids: Vec<u8>,
    /// The distinct POS tags.
    tags: Vec<String>,
    /// 1 + index into `idf_values` of each word, 0 when it has no IDF.
    idf_ids: Vec<u16>,
    /// The distinct IDF values.
    idf_values: Vec<f64>,
    /// Where the words starting with each char of [`FIRST_BLOCK`] lie:
    /// `first[k]` is the number of words whose first char comes before
    /// `FIRST_BLOCK.start + k` (one entry more than the block has chars),
    /// so [`WordTable::find`] searches only the words sharing the first
    /// char (a dozen steps fewer, each a cache miss on a 350k-word table).
    /// Empty until [`WordTable::index_first_chars`] has run.
    first: Vec<u32>,
}

/// The chars [`WordTable::find`] narrows its search by (the common Han
/// block, where nearly every word starts).
const FIRST_BLOCK: std::ops::Range<u32> = 0x3400..0xA000;

/// One word of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordEntry<'a> {
    /// The word.
    pub word: &'a str,
    /// Its jieba frequency and POS tag, when it is in `dict.txt`.
    pub dict: Option<(usize, &'a str)>,
    /// Its IDF, when it is in `idf.txt`.
    pub idf: Option<f64>,
}

fn bad(asset: &str, reason: impl Into<String>) -> CoreError {
    CoreError::BadAsset {
        asset: asset.to_string(),
        reason: reason.into(),
    }
}

impl WordTable {
    /// Builds the table from jieba's `dict.txt` (`word [freq] [tag]` per
    /// line) and `idf.txt` (`word idf` per line) texts. As in jieba, a word
    /// listed twice keeps its first tag and its last frequency or IDF.
    pub fn from_text(dict: &str, idf: &str) -> Result<Self, CoreError> {
        #[derive(Default)]
        struct Acc {
            dict: Option<(u32, String)>,
            idf: Option<f64>,
        }
        let mut all: BTreeMap<&str, Acc> = BTreeMap::new();
        for (n, line) in dict.lines().enumerate() {
            let mut it = line.split_whitespace();
            let Some(word) = it.next() else { continue };
            let freq = match it.next() {
                None => 0,
                Some(f) => f
                    .parse::<u32>()
                    .ok()
                    .filter(|&f| f != NO_FREQ)
                    .ok_or_else(|| bad("dict.txt", format!("line {}: bad frequency {f}", n + 1)))?,
            };
            let tag = it.next().unwrap_or("");
            let acc = all.entry(word).or_default();
            match &mut acc.dict {
                Some((f, _)) => *f = freq,
                None => acc.dict = Some((freq, tag.to_string())),
            }
        }
        for (n, line) in idf.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let parsed = line
                .rsplit_once(' ')
                .and_then(|(w, v)| Some((w, v.parse::<f64>().ok()?)));
            match parsed {
                Some((w, v)) if v.is_finite() => all.entry(w).or_default().idf = Some(v),
                _ => return Err(bad("idf.txt", format!("line {} is not `word idf`", n + 1))),
            }
        }
        let mut table = WordTable::default();
        let mut tag_index: HashMap<String, u8> = HashMap::new();
        let mut idf_index: HashMap<u64, u16> = HashMap::new();
        for (word, acc) in all {
            table.text.push_str(word);
            table.ends.push(table.text.len() as u32);
            match acc.dict {
                Some((freq, tag)) => {
                    let next = table.tags.len();
                    let id = match tag_index.get(&tag) {
                        Some(&id) => id,
                        None => {
                            let id = u8::try_from(next)
                                .map_err(|_| bad("dict.txt", "more than 256 distinct tags"))?;
                            table.tags.push(tag.clone());
                            tag_index.insert(tag, id);
                            id
                        }
                    };
                    table.freqs.push(freq);
                    table.tag_ids.push(id);
                }
                None => {
                    table.freqs.push(NO_FREQ);
                    table.tag_ids.push(0);
                }
            }
            let id = match acc.idf {
                None => 0,
                Some(v) => match idf_index.get(&v.to_bits()) {
                    Some(&id) => id,
                    None => {
                        let id = u16::try_from(table.idf_values.len() + 1)
                            .map_err(|_| bad("idf.txt", "more than 65535 distinct values"))?;
                        table.idf_values.push(v);
                        idf_index.insert(v.to_bits(), id);
                        id
                    }
                },
            };
            table.idf_ids.push(id);
        }
        if table.text.len() > u32::MAX as usize {
            return Err(bad("dict.txt", "too large"));
        }
        table.index_first_chars();
        Ok(table)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the table has no word.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The word at `i` (words are sorted by bytes).
    pub fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The entry at `i`.
    pub fn entry(&self, i: usize) -> WordEntry<'_> {
        let freq = self.freqs[i];
        WordEntry {
            word: self.word(i),
            dict: (freq != NO_FREQ)
                .then(|| (freq as usize, self.tags[self.tag_ids[i] as usize].as_str())),
            idf: self.idf_at(i),
        }
    }

    /// Every entry, in order.
    pub fn entries(&self) -> impl Iterator<Item = WordEntry<'_>> + '_ {
        (0..self.len()).map(|i| self.entry(i))
    }

    /// Every word of `dict.txt` with its frequency and tag, in order.
    pub fn dict_words(&self) -> impl Iterator<Item = (&str, usize, &str)> + '_ {
        let mut start = 0usize;
        (0..self.len()).filter_map(move |i| {
            let end = self.ends[i] as usize;
            let word = &self.text[start..end];
            start = end;
            let freq = self.freqs[i];
            (freq != NO_FREQ).then(|| {
                (
                    word,
                    freq as usize,
                    self.tags[self.tag_ids[i] as usize].as_str(),
                )
            })
        })
    }

    /// Builds the first-char index [`WordTable::find`] uses (the words must
    /// be in order, as both constructors leave them).
    fn index_first_chars(&mut self) {
        let n = (FIRST_BLOCK.end - FIRST_BLOCK.start) as usize;
        let mut first = vec![0u32; n + 1];
        let mut before = 0u32;
        let mut start = 0usize;
        for &end in &self.ends {
            let end = end as usize;
            let c = self
                .text
                .get(start..end)
                .and_then(|w| w.chars().next())
                .map_or(0, |c| c as u32);
            start = end;
            if c < FIRST_BLOCK.start {
                before += 1;
            } else if let Some(slot) = c
                .checked_sub(FIRST_BLOCK.start)
                .and_then(|k| first.get_mut(k as usize + 1))
            {
                *slot += 1;
            }
        }
        // the count of a char sits one slot on: running totals of the slots
        // are the words before each char
        if let Some(f) = first.first_mut() {
            *f = before;
        }
        let mut run = 0;
        for f in &mut first {
            run += *f;
            *f = run;
        }
        self.first = first;
    }

    /// The index of `word`, if the table has it.
    pub fn find(&self, word: &str) -> Option<usize> {
        // only the words sharing `word`'s first char can equal it; they lie
        // together, the table being sorted by bytes (UTF-8 keeps char order)
        let range = word
            .chars()
            .next()
            .and_then(|c| (c as u32).checked_sub(FIRST_BLOCK.start))
            .and_then(|k| {
                Some((
                    *self.first.get(k as usize)?,
                    *self.first.get(k as usize + 1)?,
                ))
            });
        let (mut lo, mut hi) = match range {
            Some((lo, hi)) => (lo as usize, (hi as usize).min(self.len())),
            None => (0usize, self.len()),
        };
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.word(mid).cmp(word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Whether `word` is in `dict.txt`.
    pub fn in_dict(&self, word: &str) -> bool {
        self.find(word).is_some_and(|i| self.freqs[i] != NO_FREQ)
    }

    /// The IDF of the word at `i`, if it has one.
    pub fn idf_at(&self, i: usize) -> Option<f64> {
        match self.idf_ids[i] {
            0 => None,
            id => self.idf_values.get(id as usize - 1).copied(),
        }
    }

    /// Number of words with an IDF.
    pub fn idf_len(&self) -> usize {
        self.idf_ids.iter().filter(|&&id| id != 0).count()
    }

    /// The median of the IDF values of all words (the upper one of the two
    /// middle values for an even count), as jieba uses for unknown words.
    pub fn idf_median(&self) -> f64 {
        let mut counts = vec![0usize; self.idf_values.len() + 1];
        for &id in &self.idf_ids {
            counts[id as usize] += 1;
        }
        let total: usize = counts[1..].iter().sum();
        let mut order: Vec<usize> = (0..self.idf_values.len()).collect();
        order.sort_by(|&a, &b| self.idf_values[a].total_cmp(&self.idf_values[b]));
        let mut seen = 0;
        for i in order {
            seen += counts[i + 1];
            if seen > total / 2 {
                return self.idf_values[i];
            }
        }
        0.0
    }
}

/// Tables are equal when they hold the same entries (the order of their
/// tag and IDF value lists does not matter).
impl PartialEq for WordTable {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.entries().eq(other.entries())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = "项目 120 n\n重大项目 30 n\n重大 200 a\nA股 4 n\n项目 121 v\n";
    const IDF: &str = "项目 4.0\n重大项目 9.5\n独有 11.0\n经济 4.0\n";

    #[test]
    fn round_trips_and_keeps_jieba_semantics() {
        let t = WordTable::from_text(DICT, IDF).unwrap();
        let words: Vec<_> = t.entries().map(|e| e.word).collect();
        assert_eq!(words, ["A股", "独有", "经济", "重大", "重大项目", "项目"]);
        let i = t.find("项目").unwrap();
        assert_eq!(t.entry(i).dict, Some((121, "n")), "last freq, first tag");
        assert_eq!(t.entry(i).idf, Some(4.0));
        assert_eq!(t.entry(t.find("独有").unwrap()).dict, None);
        assert!(!t.in_dict("独有") && t.in_dict("重大"));
        assert_eq!(t.find("不在"), None);
        assert_eq!(t.idf_len(), 4);
        assert_eq!(t.idf_median(), 9.5);
        let bytes = t.encode();
        assert_eq!(WordTable::decode("t", &bytes).unwrap(), t);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Found through the first-char index exactly where a scan finds
        /// it, for words starting inside, before and after the indexed
        /// block (its first and last chars, astral chars), after a
        /// round trip through the compact format too.
        #[test]
        fn find_matches_a_scan(
            words in proptest::collection::vec("[a\u{3400}\u{33FF}王王中\u{9FFF}\u{A000}\u{F900}\u{20000}]{1,4}", 0..40),
            probes in proptest::collection::vec("[a\u{3400}王中\u{9FFF}\u{A000}\u{20000}]{0,4}", 0..20),
        ) {
            let dict: String = words.iter().map(|w| format!("{w} 3 n\n")).collect();
            let t = WordTable::from_text(&dict, "").unwrap();
            let back = WordTable::decode("t", &t.encode()).unwrap();
            for w in words.iter().chain(&probes) {
                let scan = (0..t.len()).find(|&i| t.word(i) == w.as_str());
                proptest::prop_assert_eq!(t.find(w), scan);
                proptest::prop_assert_eq!(back.find(w), scan);
            }
        }
    }
}
