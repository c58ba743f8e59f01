//! The compact binary format of the [`WordTable`](super::WordTable): how
//! the dictionary ships (`assets/dict/`, written by tests/dict_asset.rs) and
//! how the worker reads it at start-up.
//!
//! jieba's two text files are 11 MB (4 MB gzip). The compact format keeps
//! exactly the same information in columns that compress well:
//!
//! ```text
//! magic  "WXDICT" 0x01 0x00
//! n      number of words (varint)
//! tags   count, then each tag as length + UTF-8, most used first
//! freqs  count, then each distinct frequency (varint), most used first
//! idfs   count, then each distinct IDF as f64 little-endian, most used first
//! chars  UTF-8 length, then every distinct character, most used first
//! then six columns, each a varint byte length and n varints:
//!   shared   bytes shared with the previous word (front coding)
//!   added    characters added after the shared prefix
//!   text     each added character as its index in `chars`
//!   freq     0 = not in dict.txt, else 1 + index in `freqs`
//!   tag      0 = not in dict.txt, else 1 + index in `tags`
//!   idf      0 = not in idf.txt, else 1 + index in `idfs`
//! ```
//!
//! IDF values are kept exactly (jieba's table has only 3,328 distinct
//! values), so keywords do not change. Words are sorted by their UTF-8
//! bytes, so a lookup is a binary search. Decoding checks every index and
//! length and returns an error, never panics, on damaged input.

use super::{bad, WordTable, NO_FREQ};
use crate::core::error::CoreError;
use std::collections::HashMap;

const MAGIC: &[u8; 8] = b"WXDICT\x01\x00";

impl WordTable {
    /// The compact binary form (see the module documentation).
    pub fn encode(&self) -> Vec<u8> {
        let n = self.len();
        // tables ordered by use, so that frequent values get short codes
        fn ranks<K: Copy + Eq + std::hash::Hash + Ord>(
            items: impl Iterator<Item = K>,
        ) -> (Vec<K>, HashMap<K, u32>) {
            let mut counts: HashMap<K, usize> = HashMap::new();
            for k in items {
                *counts.entry(k).or_default() += 1;
            }
            let mut order: Vec<(K, usize)> = counts.into_iter().collect();
            order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let keys: Vec<K> = order.into_iter().map(|(k, _)| k).collect();
            let index = keys
                .iter()
                .enumerate()
                .map(|(i, &k)| (k, i as u32))
                .collect();
            (keys, index)
        }
        let in_dict = |i: &usize| self.freqs[*i] != NO_FREQ;
        let (tag_order, tag_rank) = ranks((0..n).filter(in_dict).map(|i| self.tag_ids[i]));
        let (freq_order, freq_rank) = ranks((0..n).filter(in_dict).map(|i| self.freqs[i]));
        let (idf_order, idf_rank) = ranks(
            (0..n)
                .filter(|&i| self.idf_ids[i] != 0)
                .map(|i| self.idf_ids[i]),
        );
        let (char_order, char_rank) = ranks(self.text.chars());

        let mut out = MAGIC.to_vec();
        put(&mut out, n as u64);
        put(&mut out, tag_order.len() as u64);
        for &t in &tag_order {
            let tag = self.tags[t as usize].as_bytes();
            put(&mut out, tag.len() as u64);
            out.extend_from_slice(tag);
        }
        put(&mut out, freq_order.len() as u64);
        for &f in &freq_order {
            put(&mut out, f as u64);
        }
        put(&mut out, idf_order.len() as u64);
        for &id in &idf_order {
            out.extend_from_slice(&self.idf_values[id as usize - 1].to_le_bytes());
        }
        let chars: String = char_order.iter().collect();
        put(&mut out, chars.len() as u64);
        out.extend_from_slice(chars.as_bytes());

        let mut cols: [Vec<u8>; 6] = Default::default();
        let mut prev = "";
        for i in 0..n {
            let word = self.word(i);
            let shared = prev
                .char_indices()
                .zip(word.chars())
                .find(|((_, a), b)| a != b)
                .map_or(prev.len().min(word.len()), |((at, _), _)| at);
            put(&mut cols[0], shared as u64);
            let added = &word[shared..];
            put(&mut cols[1], added.chars().count() as u64);
            for c in added.chars() {
                put(&mut cols[2], char_rank[&c] as u64);
            }
            let (f, t) = if in_dict(&i) {
                (
                    freq_rank[&self.freqs[i]] + 1,
                    tag_rank[&self.tag_ids[i]] + 1,
                )
            } else {
                (0, 0)
            };
            put(&mut cols[3], f as u64);
            put(&mut cols[4], t as u64);
            let idf = match self.idf_ids[i] {
                0 => 0,
                id => idf_rank[&id] + 1,
            };
            put(&mut cols[5], idf as u64);
            prev = word;
        }
        for col in &cols {
            put(&mut out, col.len() as u64);
            out.extend_from_slice(col);
        }
        out
    }

    /// Reads the compact binary form; `asset` names it in errors.
    pub fn decode(asset: &str, bytes: &[u8]) -> Result<Self, CoreError> {
        let err = |reason: &str| bad(asset, reason);
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len()).ok_or_else(|| err("truncated"))? != MAGIC {
            return Err(err("not a Wenxi dictionary (or another version)"));
        }
        let n = r.count(bytes.len())?;
        let n_tags = r.count(256)?;
        let mut tags = Vec::with_capacity(n_tags);
        for _ in 0..n_tags {
            let len = r.count(bytes.len())?;
            let tag = r.take(len).ok_or_else(|| err("truncated"))?;
            let tag = std::str::from_utf8(tag).map_err(|_| err("a tag is not UTF-8"))?;
            tags.push(tag.to_string());
        }
        let n_freqs = r.count(bytes.len())?;
        let mut freq_values = Vec::with_capacity(n_freqs);
        for _ in 0..n_freqs {
            let f = r.varint()?;
            freq_values.push(
                u32::try_from(f)
                    .ok()
                    .filter(|&f| f != NO_FREQ)
                    .ok_or_else(|| err("bad frequency"))?,
            );
        }
        let n_idfs = r.count(u16::MAX as usize)?;
        let mut idf_values = Vec::with_capacity(n_idfs);
        for _ in 0..n_idfs {
            let b = r.take(8).ok_or_else(|| err("truncated"))?;
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            idf_values.push(f64::from_le_bytes(a));
        }
        let chars_len = r.count(bytes.len())?;
        let chars = r.take(chars_len).ok_or_else(|| err("truncated"))?;
        let chars: Vec<char> = std::str::from_utf8(chars)
            .map_err(|_| err("the character table is not UTF-8"))?
            .chars()
            .collect();
        let mut cols: [Reader; 6] = Default::default();
        for col in &mut cols {
            let len = r.count(bytes.len())?;
            *col = Reader {
                bytes: r.take(len).ok_or_else(|| err("truncated"))?,
                at: 0,
            };
        }
        let [shared, added, text, freq, tag, idf] = cols;

        // each character's UTF-8 bytes, looked up by index
        let utf8: Vec<([u8; 4], usize)> = chars
            .iter()
            .map(|c| {
                let mut b = [0u8; 4];
                let len = c.encode_utf8(&mut b).len();
                (b, len)
            })
            .collect();
        let mut t = WordTable {
            text: String::new(),
            ends: Vec::with_capacity(n),
            freqs: Vec::with_capacity(n),
            tag_ids: Vec::with_capacity(n),
            tags,
            idf_ids: Vec::with_capacity(n),
            idf_values,
            first: Vec::new(),
        };
        let mut d = WordDecoder {
            asset,
            shared,
            added,
            text,
            freq,
            tag,
            idf,
            utf8: &utf8,
            freq_values: &freq_values,
            n_tags,
            limit: bytes.len(),
            buf: Vec::with_capacity(bytes.len().saturating_mul(2)),
            prev_start: 0,
        };
        let mut done = 0;
        while done < n {
            let count = DECODE_BATCH.min(n - done);
            d.words(&mut t, count)?;
            done += count;
        }
        if d.trailing() || r.at != bytes.len() {
            return Err(err("trailing data"));
        }
        // Valid UTF-8 here also means every word ends on a character
        // boundary: a word is longer than the shared prefix (the order check
        // refuses a prefix of the previous word), so it ends with whole
        // characters from the table, and a prefix that cut a character
        // would leave its lead byte before a lead byte — invalid.
        t.text = String::from_utf8(d.buf).map_err(|_| err("the words are not UTF-8"))?;
        debug_assert!(t.ends.iter().all(|&e| t.text.is_char_boundary(e as usize)));
        t.index_first_chars();
        Ok(t)
    }
}

/// Words decoded per call of [`WordDecoder::words`].
const DECODE_BATCH: usize = 4096;

/// The per-word columns of the asset while its words are decoded.
///
/// Decoding runs once, at start-up, when the browser still runs the wasm in
/// its baseline compiler; V8 swaps in optimised code for a function only at
/// its next call. So the loop over 350k words is cut into calls of
/// [`DECODE_BATCH`] words: after the first few calls the rest run optimised
/// (measured in Chromium: decoding 57 → 33 ms with every function optimised
/// up front).
struct WordDecoder<'a, 'b> {
    asset: &'b str,
    shared: Reader<'a>,
    added: Reader<'a>,
    text: Reader<'a>,
    freq: Reader<'a>,
    tag: Reader<'a>,
    idf: Reader<'a>,
    utf8: &'b [([u8; 4], usize)],
    freq_values: &'b [u32],
    n_tags: usize,
    /// Upper bound for counts read from the asset: its length.
    limit: usize,
    /// The words so far, back to back.
    buf: Vec<u8>,
    /// Where the previous word starts in `buf`.
    prev_start: usize,
}

impl WordDecoder<'_, '_> {
    /// Whether a column has bytes left over.
    fn trailing(&self) -> bool {
        [
            &self.shared,
            &self.added,
            &self.text,
            &self.freq,
            &self.tag,
            &self.idf,
        ]
        .iter()
        .any(|c| c.at != c.bytes.len())
    }

    /// Decodes the next `count` words into `t`.
    #[inline(never)]
    fn words(&mut self, t: &mut WordTable, count: usize) -> Result<(), CoreError> {
        let err = |reason: &str| bad(self.asset, reason);
        let n_freqs = self.freq_values.len();
        let n_idfs = t.idf_values.len();
        let buf = &mut self.buf;
        for _ in 0..count {
            let start = buf.len();
            let prev_start = self.prev_start;
            let s = self.shared.count(start - prev_start)?;
            buf.extend_from_within(prev_start..prev_start + s);
            let k = self.added.count(self.limit)?;
            for _ in 0..k {
                let c = self.text.count(self.utf8.len().saturating_sub(1))?;
                let &(b, len) = self.utf8.get(c).ok_or_else(|| err("bad character index"))?;
                // byte by byte: a copy call per character costs more
                for &x in &b[..len] {
                    buf.push(x);
                }
            }
            let end = buf.len();
            // the first `s` bytes are shared, so the order is decided after them
            if end == start || (start > 0 && buf[prev_start + s..start] >= buf[start + s..end]) {
                return Err(err("words are not sorted"));
            }
            t.ends
                .push(u32::try_from(end).map_err(|_| err("too large"))?);
            self.prev_start = start;
            match self.freq.count(n_freqs)? {
                0 => {
                    t.freqs.push(NO_FREQ);
                    self.tag.count(0)?;
                    t.tag_ids.push(0);
                }
                f => {
                    t.freqs.push(self.freq_values[f - 1]);
                    let g = self.tag.count(self.n_tags)?;
                    if g == 0 {
                        return Err(err("a dictionary word has no tag"));
                    }
                    t.tag_ids.push((g - 1) as u8);
                }
            }
            t.idf_ids.push(self.idf.count(n_idfs)? as u16);
        }
        Ok(())
    }
}

/// Appends `v` as a LEB128 varint.
fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

#[derive(Default)]
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(len)?;
        let b = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(b)
    }

    /// A LEB128 varint; nearly all of the asset's numbers fit one or two
    /// bytes, read here without a call.
    #[inline(always)]
    fn varint(&mut self) -> Result<u64, CoreError> {
        match self.bytes.get(self.at..self.at + 2) {
            Some(&[b, _]) if b < 0x80 => {
                self.at += 1;
                Ok(b as u64)
            }
            Some(&[b0, b1]) if b1 < 0x80 => {
                self.at += 2;
                Ok((b0 & 0x7f) as u64 | (b1 as u64) << 7)
            }
            _ => self.varint_long(),
        }
    }

    #[inline(never)]
    fn varint_long(&mut self) -> Result<u64, CoreError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&b) = self.bytes.get(self.at) else {
                return Err(bad("dict", "truncated"));
            };
            self.at += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(bad("dict", "bad number"))
    }

    /// A varint that must be at most `max`.
    #[inline(always)]
    fn count(&mut self, max: usize) -> Result<usize, CoreError> {
        let v = self.varint()?;
        usize::try_from(v)
            .ok()
            .filter(|&v| v <= max)
            .ok_or_else(|| bad("dict", "a number is out of range"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = "项目 120 n\n重大项目 30 n\n重大 200 a\nA股 4 n\n项目 121 v\n";
    const IDF: &str = "项目 4.0\n重大项目 9.5\n独有 11.0\n经济 4.0\n";

    #[test]
    fn damaged_bytes_are_errors_not_panics() {
        let bytes = WordTable::from_text(DICT, IDF).unwrap().encode();
        for cut in 0..bytes.len() {
            assert!(WordTable::decode("t", &bytes[..cut]).is_err());
        }
        for i in 0..bytes.len() {
            for x in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] = x;
                let _ = WordTable::decode("t", &b);
            }
        }
        assert!(WordTable::decode("t", b"nonsense").is_err());
    }
}
