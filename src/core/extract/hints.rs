//! What segmentation tells extraction about a text: where jieba's tokens
//! start and end, and what its dictionary says each token is.
//!
//! Extraction reads the clean text char by char; jieba has already cut the
//! same text into words and its dictionary tags many of them (`nr` a
//! person's name, `ns` a place, `nt` an organisation, `v` a verb …). That is
//! evidence, not truth: the dictionary lists common words such as `高峰` as
//! names. The rules use it to keep a name from ending inside a word (in
//! `张明确定` jieba cuts 张/明确/定, so `张明` is no name), to keep an
//! organisation from starting inside the clause before it (it stops at a
//! verb), and as one more reason to accept a name the dictionary knows.
//!
//! Without hints ([`Hints::none`]) every position is a boundary and every
//! class is [`WordClass::Unknown`], so the rules fall back to the text alone.

/// What the dictionary says a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// A person's name (`nr`, `nrfg`, `nrt`).
    Person,
    /// A place name (`ns`).
    Place,
    /// An organisation (`nt`).
    Org,
    /// A noun or noun-like word (`n`, `nz`, `vn`, `j`, `l`, `ng`, `an`).
    Noun,
    /// A verb (`v`, `vd`, `vg`, `vi`).
    Verb,
    /// A function word: preposition, conjunction, particle, adverb,
    /// pronoun, numeral, measure word, locality (`p c u d r m q f` …).
    Function,
    /// Any other dictionary word.
    Other,
    /// Not a dictionary word: jieba's HMM joined it, or punctuation.
    Unknown,
}

impl WordClass {
    /// The class of a jieba tag.
    pub fn of_tag(tag: &str) -> WordClass {
        match tag {
            "nr" | "nrfg" | "nrt" => WordClass::Person,
            "ns" => WordClass::Place,
            "nt" => WordClass::Org,
            "n" | "nz" | "vn" | "j" | "l" | "ng" | "an" | "nrj" | "s" => WordClass::Noun,
            "v" | "vd" | "vg" | "vi" | "vq" => WordClass::Verb,
            "x" | "" => WordClass::Unknown,
            t if matches!(
                t.chars().next(),
                Some('p' | 'c' | 'u' | 'd' | 'r' | 'm' | 'q' | 'f' | 'e' | 'y' | 'o')
            ) =>
            {
                WordClass::Function
            }
            _ => WordClass::Other,
        }
    }
}

/// jieba's tokens over a text, by char index.
#[derive(Debug, Clone, Default)]
pub struct Hints {
    /// `(start, end, class)` of each token, char indices, in order.
    toks: Vec<(u32, u32, WordClass)>,
    /// For each char, the index of the token that holds it.
    of: Vec<u32>,
}

impl Hints {
    /// No hints: the rules read the text alone.
    pub fn none() -> Hints {
        Hints::default()
    }

    /// Hints from tagged tokens given as `(byte start, byte end, tag)` into
    /// `text`, in order. Spans that are not on char boundaries or overlap an
    /// earlier token are skipped.
    pub fn new<'x>(text: &str, tagged: impl IntoIterator<Item = (usize, usize, &'x str)>) -> Hints {
        Hints::of_classes(
            text,
            tagged
                .into_iter()
                .map(|(a, b, tag)| (a, b, WordClass::of_tag(tag))),
        )
    }

    /// [`Hints::new`] from tokens already classed, given as `(byte start,
    /// byte end, class)` into `text`, in order (skipped as there).
    pub fn of_classes(
        text: &str,
        classed: impl IntoIterator<Item = (usize, usize, WordClass)>,
    ) -> Hints {
        let classed = classed.into_iter();
        let n = classed.size_hint().0;
        Hints::of_counted(text, classed.map(|(a, b, c)| (a, b, c, None)), n)
    }

    /// [`Hints::of_classes`] from `(byte start, byte end, class, chars)`,
    /// where `chars`, when given, is the number of chars in
    /// `text[start..end]` (a caller that classes each distinct word once
    /// counts its chars once too; the bytes are counted otherwise).
    /// `tokens` is about how many there are (room is made for as many).
    pub(crate) fn of_counted(
        text: &str,
        classed: impl IntoIterator<Item = (usize, usize, WordClass, Option<u32>)>,
        tokens: usize,
    ) -> Hints {
        let mut b = Builder::new(text, tokens);
        for (a, e, class, chars) in classed {
            b.push(a, e, class, chars);
        }
        b.finish()
    }

    /// Whether there are hints at all.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The token holding char `i`: `(start, end, class)`.
    pub fn token(&self, i: usize) -> Option<(usize, usize, WordClass)> {
        let k = *self.of.get(i)?;
        self.toks
            .get(k as usize)
            .map(|&(a, b, c)| (a as usize, b as usize, c))
    }

    /// Whether a token boundary falls before char `i` (always true without
    /// hints, at either end, or where no token covers `i`).
    pub fn boundary(&self, i: usize) -> bool {
        match self.token(i) {
            Some((a, _, _)) => a == i,
            None => true,
        }
    }

    /// Every token, in order: `(start, end, class)`, char indices.
    pub(crate) fn all(&self) -> &[(u32, u32, WordClass)] {
        &self.toks
    }

    /// Where the tokens of `class` start (chars), in order.
    pub(crate) fn starts_of(&self, class: WordClass) -> Vec<usize> {
        self.toks
            .iter()
            .filter(|t| t.2 == class)
            .map(|t| t.0 as usize)
            .collect()
    }

    /// Whether `[a, b)` starts and ends on token boundaries.
    pub fn aligned(&self, a: usize, b: usize) -> bool {
        self.boundary(a) && self.boundary(b)
    }

    /// The class of the token starting exactly at `i` and ending at `e`, if
    /// there is one.
    pub fn word(&self, i: usize, e: usize) -> Option<WordClass> {
        self.token(i)
            .filter(|&(a, b, _)| a == i && b == e)
            .map(|(_, _, c)| c)
    }

    /// The class of the token holding char `i` (`Unknown` without hints).
    pub fn class(&self, i: usize) -> WordClass {
        self.token(i).map_or(WordClass::Unknown, |(_, _, c)| c)
    }

    /// Length in chars of the token holding char `i` (1 without hints).
    pub fn len_at(&self, i: usize) -> usize {
        self.token(i).map_or(1, |(a, b, _)| b - a)
    }

    /// Whether every token inside `[a, b)` is a single char or a word the
    /// dictionary does not know (so the span is not made of common words).
    pub fn loose(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| match self.token(k) {
            Some((x, y, c)) => y - x == 1 || c == WordClass::Unknown || c == WordClass::Person,
            None => true,
        })
    }
}

/// [`Hints`] built token by token (see [`Hints::of_counted`]; a caller
/// that classes tokens one at a time pushes each as it goes, with no list
/// of them in between).
pub(crate) struct Builder<'t> {
    text: &'t str,
    /// Chars in `text`.
    len: usize,
    toks: Vec<(u32, u32, WordClass)>,
    /// One slot per char, made at once with no token (`u32::MAX`); each
    /// token writes its own run (a push per char checked the capacity per
    /// char, and the gaps were pushed one by one).
    of: Vec<u32>,
    /// Where the last token ended (chars).
    last: usize,
    /// The last byte offset looked up and its char index: tokens come in
    /// order, so the next offset's index is counted on from there (no
    /// table of every char's offset, no binary search per token).
    at_byte: usize,
    at_char: usize,
}

impl<'t> Builder<'t> {
    /// A builder over `text`, with room for about `tokens` tokens.
    pub(crate) fn new(text: &'t str, tokens: usize) -> Self {
        let len = text.chars().count();
        Builder {
            text,
            len,
            toks: Vec::with_capacity(tokens),
            of: vec![u32::MAX; len],
            last: 0,
            at_byte: 0,
            at_char: 0,
        }
    }

    /// The char index of byte offset `byte` (`None` off a char boundary);
    /// `known`, when given, is `(from, chars)`: `byte` lies `chars` chars
    /// after byte offset `from`.
    #[inline]
    fn char_at(&mut self, byte: usize, known: Option<(usize, usize)>) -> Option<usize> {
        // chars in a run of bytes: the bytes that start a char
        let chars_in = |b: &[u8]| b.iter().filter(|&&x| (x as i8) >= -0x40).count();
        if byte == self.at_byte {
            return Some(self.at_char);
        }
        if !self.text.is_char_boundary(byte) {
            return None;
        }
        let bytes = self.text.as_bytes();
        match known {
            // `chars` chars from the last offset (both on boundaries)
            Some((from, chars)) if from == self.at_byte && byte > self.at_byte => {
                self.at_char += chars
            }
            _ if byte >= self.at_byte => {
                self.at_char += bytes.get(self.at_byte..byte).map_or(0, chars_in);
            }
            _ => self.at_char -= bytes.get(byte..self.at_byte).map_or(0, chars_in),
        }
        self.at_byte = byte;
        Some(self.at_char)
    }

    /// Adds the token `text[a..b]` of `class`; `chars`, when given, is the
    /// number of chars in it. Skipped when it is not on char boundaries or
    /// overlaps an earlier token.
    #[inline(always)]
    pub(crate) fn push(&mut self, a: usize, b: usize, class: WordClass, chars: Option<u32>) {
        let Some(ca) = self.char_at(a, None) else {
            return;
        };
        let Some(cb) = self.char_at(b, chars.map(|n| (a, n as usize))) else {
            return;
        };
        if ca < self.last || cb <= ca || cb > self.len {
            return;
        }
        // (char indices past u32 would need a text of 4 G chars)
        let (Ok(a32), Ok(b32)) = (u32::try_from(ca), u32::try_from(cb)) else {
            return;
        };
        let k = self.toks.len() as u32;
        if let Some(run) = self.of.get_mut(ca..cb) {
            // (most tokens are a char or two: written directly, with no
            // fill's set-up)
            match run {
                [x] => *x = k,
                [x, y] => (*x, *y) = (k, k),
                _ => run.fill(k),
            }
        }
        self.toks.push((a32, b32, class));
        self.last = cb;
    }

    /// The hints.
    pub(crate) fn finish(self) -> Hints {
        Hints {
            toks: self.toks,
            of: self.of,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Chars counted by the caller give the tokens counting the bytes
        /// gives.
        #[test]
        fn counted_chars_give_the_same_hints(
            s in "[a-c王中·，\u{20000}\u{3400}]{0,40}",
            cuts in proptest::collection::vec((0usize..160, 0usize..160), 0..30),
        ) {
            let classed: Vec<(usize, usize, WordClass)> =
                cuts.iter().map(|&(a, b)| (a, b, WordClass::Noun)).collect();
            let counted = classed.iter().map(|&(a, b, c)| {
                let n = s.get(a..b).map(|w| w.chars().count() as u32);
                (a, b, c, n)
            });
            let x = Hints::of_classes(&s, classed.clone());
            let y = Hints::of_counted(&s, counted, 0);
            for i in 0..=s.chars().count() + 1 {
                prop_assert_eq!(x.token(i), y.token(i));
            }
        }
    }
}
