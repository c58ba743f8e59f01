//! Offset maps: where a position in a derived text came from in the original.
//!
//! Every step of the pipeline that changes text (width normalisation, cleaning,
//! Traditional→Simplified conversion) writes its output through an [`Rewriter`],
//! which records which spans were copied verbatim and which were replaced. The
//! resulting [`OffsetMap`] answers "which original byte does this output byte
//! come from?", and an [`OffsetChain`] composes the maps of several steps so that
//! a highlight in the clean text can be pointed back into what the user pasted.
//!
//! All offsets are byte offsets; every offset a map returns lies on a char
//! boundary of the text it points into, because edits are only ever recorded
//! over whole chars.

use serde::{Deserialize, Serialize};

/// One run of output text and the original run it was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Segment {
    out_start: usize,
    orig_start: usize,
    out_len: usize,
    orig_len: usize,
    /// `true` when the output run is a byte-for-byte copy of the original run.
    verbatim: bool,
}

/// Maps byte offsets of one step's output back to byte offsets of its input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    segments: Vec<Segment>,
    out_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    /// The identity map of a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        let mut rw = Rewriter::with_capacity(0);
        rw.copy_len(len);
        rw.map
    }

    /// Length in bytes of the output text.
    pub fn output_len(&self) -> usize {
        self.out_len
    }

    /// Length in bytes of the input text.
    pub fn input_len(&self) -> usize {
        self.orig_len
    }

    /// The input offset that output offset `pos` comes from.
    ///
    /// Inside a verbatim run the mapping is exact; inside a replaced run the
    /// start maps to the start of the replaced input and any later position to
    /// its end. Positions past the end map to the end of the input.
    pub fn to_input(&self, pos: usize) -> usize {
        if pos >= self.out_len {
            return self.orig_len;
        }
        let idx = self
            .segments
            .partition_point(|s| s.out_start + s.out_len <= pos);
        match self.segments.get(idx) {
            Some(s) if s.verbatim => s.orig_start + (pos - s.out_start),
            Some(s) if pos == s.out_start => s.orig_start,
            Some(s) => s.orig_start + s.orig_len,
            None => self.orig_len,
        }
    }

    /// The input spans that were not copied verbatim (replaced or dropped),
    /// adjacent ones merged, in input order.
    pub fn changed_input_spans(&self) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for s in self
            .segments
            .iter()
            .filter(|s| !s.verbatim && s.orig_len > 0)
        {
            let (a, b) = (s.orig_start, s.orig_start + s.orig_len);
            match out.last_mut() {
                Some(last) if last.1 == a => last.1 = b,
                _ => out.push((a, b)),
            }
        }
        out
    }

    /// Maps an output span `[start, end)` to the input span it covers.
    pub fn span_to_input(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_input(start);
        let e = if end <= start {
            s
        } else {
            // the end is exclusive: map the last byte and step past its run
            let idx = self
                .segments
                .partition_point(|seg| seg.out_start + seg.out_len < end);
            match self.segments.get(idx) {
                Some(seg) if seg.verbatim => seg.orig_start + (end - seg.out_start),
                Some(seg) => seg.orig_start + seg.orig_len,
                None => self.orig_len,
            }
        };
        (s, e.max(s))
    }
}

/// Builds an output string together with its [`OffsetMap`].
///
/// Callers walk the input from left to right and say, for each run, whether it
/// is copied, replaced by other text, or dropped.
#[derive(Debug, Default)]
pub struct Rewriter {
    out: String,
    map: OffsetMap,
}

impl Rewriter {
    /// A rewriter whose output buffer has room for `cap` bytes.
    pub fn with_capacity(cap: usize) -> Self {
        Rewriter {
            out: String::with_capacity(cap),
            map: OffsetMap::default(),
        }
    }

    fn push(&mut self, out_len: usize, orig_len: usize, verbatim: bool) {
        if out_len == 0 && orig_len == 0 {
            return;
        }
        if let Some(last) = self.map.segments.last_mut() {
            if verbatim && last.verbatim {
                last.out_len += out_len;
                last.orig_len += orig_len;
                self.map.out_len += out_len;
                self.map.orig_len += orig_len;
                return;
            }
        }
        self.map.segments.push(Segment {
            out_start: self.map.out_len,
            orig_start: self.map.orig_len,
            out_len,
            orig_len,
            verbatim,
        });
        self.map.out_len += out_len;
        self.map.orig_len += orig_len;
    }

    fn copy_len(&mut self, len: usize) {
        self.push(len, len, true);
    }

    /// Copies `text` (a run of the input) unchanged.
    pub fn copy(&mut self, text: &str) {
        self.out.push_str(text);
        self.copy_len(text.len());
    }

    /// Replaces the input run `original` by `replacement`.
    pub fn replace(&mut self, original: &str, replacement: &str) {
        if original == replacement {
            self.copy(original);
            return;
        }
        self.out.push_str(replacement);
        self.push(replacement.len(), original.len(), false);
    }

    /// Drops the input run `original`.
    pub fn drop_run(&mut self, original: &str) {
        self.push(0, original.len(), false);
    }

    /// Bytes written so far.
    pub fn output(&self) -> &str {
        &self.out
    }

    /// Finishes, returning the output and its map.
    pub fn finish(self) -> (String, OffsetMap) {
        (self.out, self.map)
    }
}

/// Maps through several steps at once: the last step's output back to the first
/// step's input (the decoded original).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetChain {
    steps: Vec<OffsetMap>,
}

impl OffsetChain {
    /// Appends the map of a later step.
    pub fn push(&mut self, map: OffsetMap) {
        self.steps.push(map);
    }

    /// The original offset of final-output offset `pos`.
    pub fn to_original(&self, pos: usize) -> usize {
        self.steps.iter().rev().fold(pos, |p, m| m.to_input(p))
    }

    /// The original span of final-output span `[start, end)`.
    pub fn span_to_original(&self, start: usize, end: usize) -> (usize, usize) {
        self.steps
            .iter()
            .rev()
            .fold((start, end), |(s, e), m| m.span_to_input(s, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_and_replaced_runs_map_back() {
        let input = "ａ１會(huì)議";
        let mut rw = Rewriter::with_capacity(input.len());
        rw.replace("ａ", "a");
        rw.replace("１", "1");
        rw.copy("會");
        rw.drop_run("(huì)");
        rw.copy("議");
        let (out, map) = rw.finish();
        assert_eq!(out, "a1會議");
        assert_eq!(map.to_input(0), 0);
        assert_eq!(map.to_input(1), 3);
        assert_eq!(map.to_input(2), 6);
        assert_eq!(map.to_input(5), 9 + "(huì)".len());
        assert_eq!(map.span_to_input(2, 8), (6, input.len()));
        assert_eq!(map.to_input(out.len()), input.len());
    }

    #[test]
    fn chain_composes_steps() {
        let mut a = Rewriter::with_capacity(8);
        a.drop_run("xx");
        a.copy("會議");
        let (mid, m1) = a.finish();
        let mut b = Rewriter::with_capacity(8);
        b.replace("會", "会");
        b.replace("議", "议");
        let (_, m2) = b.finish();
        assert_eq!(mid, "會議");
        let mut chain = OffsetChain::default();
        chain.push(m1);
        chain.push(m2);
        assert_eq!(chain.span_to_original(3, 6), (5, 8));
    }
}
