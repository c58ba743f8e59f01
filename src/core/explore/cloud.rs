//! Word-cloud layout: font sizes from weights, then spiral placement.
//!
//! Why in the core: a layout computed in Rust is the same in the browser,
//! in the SVG export and in tests, and it needs no canvas to measure text.
//!
//! How: words are taken by weight (descending, ties by term), non-finite or
//! negative weights count as 0. Font size is scaled by the *square root* of
//! the weight between `min_font` and `max_font` (so area, which grows with
//! the square of the font size, grows linearly with the weight), or linearly
//! if asked. A word's box is estimated without fonts: Han and other wide
//! chars are 1 em wide, ASCII 0.6 em, height 1 em, times the font size. Each
//! word is tried at points of an Archimedean spiral `r = a·θ` from the canvas
//! centre outward, the first position where its axis-aligned box lies inside
//! the canvas and overlaps no placed box wins. A word with no such position
//! (or beyond `max_words`) is dropped and reported. No randomness: the same
//! input gives the same layout.

use super::cmp_f64;
use super::freq::{frequency_table, FreqOptions, Scope};
use super::Doc;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};

/// How weights map to font sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum FontScale {
    /// Font size grows with the square root of the weight (the default).
    #[default]
    Sqrt,
    /// Font size grows linearly with the weight.
    Linear,
}

/// Canvas and font options.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CloudOptions {
    /// Canvas width in px.
    pub width: f64,
    /// Canvas height in px.
    pub height: f64,
    /// Smallest font size in px.
    pub min_font: f64,
    /// Largest font size in px.
    pub max_font: f64,
    /// The scaling of font sizes.
    pub scale: FontScale,
    /// Consider at most this many words (the heaviest); 0 means all.
    pub max_words: usize,
}

impl Default for CloudOptions {
    fn default() -> Self {
        CloudOptions {
            width: 800.0,
            height: 500.0,
            min_font: 12.0,
            max_font: 64.0,
            scale: FontScale::Sqrt,
            max_words: 150,
        }
    }
}

/// A placed word; `x`, `y` are the top-left corner of its box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlacedWord {
    /// The word.
    pub term: String,
    /// Its weight as given (0 if it was not finite or negative).
    pub weight: f64,
    /// Its rank by weight, from 0.
    pub rank: usize,
    /// Left edge in px.
    pub x: f64,
    /// Top edge in px.
    pub y: f64,
    /// Font size in px.
    pub font_size: f64,
    /// Box width in px.
    pub width: f64,
    /// Box height in px.
    pub height: f64,
}

/// The layout: placed words (heaviest first) and those that did not fit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CloudLayout {
    /// Canvas width in px.
    pub width: f64,
    /// Canvas height in px.
    pub height: f64,
    /// The placed words, in rank order.
    pub words: Vec<PlacedWord>,
    /// Words that did not fit, in rank order.
    pub dropped: Vec<String>,
}

/// Width of `term` in em: 0.6 for ASCII, 1 for every other char.
pub fn text_em(term: &str) -> f64 {
    term.chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum()
}

fn finite_or(v: f64, d: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        d
    }
}

/// Lays out `(term, weight)` pairs on a canvas.
pub fn layout_cloud<S: AsRef<str>>(items: &[(S, f64)], opts: &CloudOptions) -> CloudLayout {
    let w = finite_or(opts.width, 0.0).clamp(0.0, 100_000.0);
    let h = finite_or(opts.height, 0.0).clamp(0.0, 100_000.0);
    let min_f = finite_or(opts.min_font, 12.0).clamp(1.0, 1000.0);
    let max_f = finite_or(opts.max_font, min_f).clamp(min_f, 1000.0);
    let mut sorted: Vec<(&str, f64)> = items
        .iter()
        .map(|(t, v)| (t.as_ref(), if *v > 0.0 && v.is_finite() { *v } else { 0.0 }))
        .filter(|(t, _)| !t.is_empty())
        .collect();
    sorted.sort_by(|a, b| cmp_f64(b.1, a.1).then_with(|| a.0.cmp(b.0)));
    let mut dropped = Vec::new();
    if opts.max_words > 0 && sorted.len() > opts.max_words {
        dropped.extend(sorted.drain(opts.max_words..).map(|(t, _)| t.to_string()));
    }
    let f = |v: f64| match opts.scale {
        FontScale::Sqrt => v.sqrt(),
        FontScale::Linear => v,
    };
    let hi = sorted.first().map_or(0.0, |p| f(p.1));
    let lo = sorted.last().map_or(0.0, |p| f(p.1));
    let mut placed: Vec<PlacedWord> = Vec::new();
    let mut last_hit = 0usize;
    let mut not_fitting = Vec::new();
    for (rank, &(term, weight)) in sorted.iter().enumerate() {
        let t = if hi > lo {
            (f(weight) - lo) / (hi - lo)
        } else {
            1.0
        };
        let font = min_f + (max_f - min_f) * t;
        let (bw, bh) = (text_em(term) * font, font);
        match place(&placed, &mut last_hit, bw, bh, w, h, font) {
            Some((x, y)) => placed.push(PlacedWord {
                term: term.to_string(),
                weight,
                rank,
                x,
                y,
                font_size: font,
                width: bw,
                height: bh,
            }),
            None => not_fitting.push(term.to_string()),
        }
    }
    not_fitting.extend(dropped);
    CloudLayout {
        width: w,
        height: h,
        words: placed,
        dropped: not_fitting,
    }
}

/// The cloud of a corpus: its most frequent words (stopwords removed; at
/// least two characters, one of them a letter or Han character, so digits
/// and single characters do not crowd it), weighted by count.
pub fn corpus_cloud<S: AsRef<str>>(
    docs: &[Doc<S>],
    stopwords: &Stopwords,
    opts: &CloudOptions,
) -> CloudLayout {
    let table = frequency_table(
        docs,
        Scope::Corpus,
        None,
        stopwords,
        &FreqOptions::default(),
    );
    let items: Vec<(&str, f64)> = table
        .rows
        .iter()
        .filter(|r| {
            r.term.chars().nth(1).is_some() && r.term.chars().any(crate::core::han::is_alphabetic)
        })
        .take(if opts.max_words == 0 {
            usize::MAX
        } else {
            opts.max_words
        })
        .map(|r| (r.term.as_str(), r.count as f64))
        .collect();
    layout_cloud(&items, opts)
}

/// How the words of a cloud are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CloudColour {
    /// By rank (neighbouring ranks differ).
    #[default]
    Rank,
    /// By part of speech, grouped as [`pos_group`] does.
    Pos,
    /// By the document where the word is relatively most frequent.
    Document,
}

/// The colour group of a part-of-speech tag: 0 nouns, 1 verbs, 2
/// adjectives, 3 names of people, places and organisations (`nr`, `ns`,
/// `nt`), 4 anything else — the one grouping of [`crate::core::pos`].
pub fn pos_group(tag: &str) -> usize {
    crate::core::pos::PosGroup::of(tag).cloud_colour()
}

/// For each placed word, the index of the document where its relative
/// frequency (count / word tokens) is highest; ties go to the earlier
/// document, and a word found nowhere gets 0. One pass over the tokens.
pub fn document_categories<S: AsRef<str>>(layout: &CloudLayout, docs: &[Doc<S>]) -> Vec<usize> {
    let index: std::collections::HashMap<&str, usize> = layout
        .words
        .iter()
        .enumerate()
        .map(|(i, w)| (w.term.as_str(), i))
        .collect();
    let mut best = vec![(0usize, 0.0f64); layout.words.len()];
    for (d, doc) in docs.iter().enumerate() {
        let total = doc.word_count().max(1) as f64;
        let mut counts = vec![0usize; layout.words.len()];
        for w in &doc.words {
            if let Some(&i) = index.get(w.as_ref()) {
                counts[i] += 1;
            }
        }
        for (i, &n) in counts.iter().enumerate() {
            let rate = n as f64 / total;
            if rate > best[i].1 {
                best[i] = (d, rate);
            }
        }
    }
    best.into_iter().map(|(d, _)| d).collect()
}

/// Whether two boxes `(x, y, w, h)` overlap (touching edges do not).
pub fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
}

fn place(
    placed: &[PlacedWord],
    last_hit: &mut usize,
    bw: f64,
    bh: f64,
    w: f64,
    h: f64,
    font: f64,
) -> Option<(f64, f64)> {
    if bw > w || bh > h {
        return None;
    }
    let (cx, cy) = (w / 2.0, h / 2.0);
    // Spiral pitch (distance between turns) and arc step scale with the font.
    let a = (font * 0.5).max(1.0) / std::f64::consts::TAU;
    let step = (font * 0.25).max(1.0);
    let r_max = (w * w + h * h).sqrt() / 2.0 + bw.max(bh);
    let mut theta: f64 = 0.0;
    for _ in 0..200_000 {
        let r = a * theta;
        if r > r_max {
            break;
        }
        let x = cx + r * theta.cos() - bw / 2.0;
        let y = cy + r * theta.sin() * (h / w.max(1.0)).clamp(0.5, 2.0) - bh / 2.0;
        theta += step / r.max(step);
        if x < 0.0 || y < 0.0 || x + bw > w || y + bh > h {
            continue;
        }
        let b = (x, y, bw, bh);
        let hit = |p: &PlacedWord| overlaps(b, (p.x, p.y, p.width, p.height));
        if placed.get(*last_hit).is_some_and(hit) {
            continue;
        }
        match placed.iter().position(hit) {
            Some(i) => *last_hit = i,
            None => return Some((x, y)),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_groups_and_documents() {
        assert_eq!(
            ["n", "vn", "a", "ns", "nr", "nt", "nz", "x", "m"].map(pos_group),
            [0, 1, 2, 3, 3, 3, 0, 4, 4]
        );
        let l = layout_cloud(
            &[("项目", 3.0), ("经济", 2.0), ("无", 1.0)],
            &CloudOptions::default(),
        );
        let docs = [
            Doc {
                name: "a",
                words: vec!["项目", "经济", "其他", "其他"],
                tags: vec![],
            },
            Doc {
                name: "b",
                words: vec!["经济", "经济"],
                tags: vec![],
            },
        ];
        let cats = document_categories(&l, &docs);
        let of = |t: &str| cats[l.words.iter().position(|w| w.term == t).unwrap()];
        assert_eq!((of("项目"), of("经济"), of("无")), (0, 1, 0));
    }

    fn items() -> Vec<(String, f64)> {
        (0..120)
            .map(|i| (format!("词{i}ab"), 1.0 + (i * 37 % 100) as f64))
            .chain([
                ("重大项目".to_string(), 500.0),
                ("NaN".to_string(), f64::NAN),
            ])
            .collect()
    }

    #[test]
    fn no_overlaps_inside_canvas_deterministic_and_ordered() {
        let opts = CloudOptions::default();
        let l = layout_cloud(&items(), &opts);
        assert!(l.words.len() > 50, "{}", l.words.len());
        assert_eq!(l.words.len() + l.dropped.len(), 122);
        assert_eq!(l.words[0].term, "重大项目");
        assert_eq!(l.words[0].font_size, opts.max_font);
        for (i, a) in l.words.iter().enumerate() {
            assert!(
                a.x >= 0.0 && a.y >= 0.0 && a.x + a.width <= l.width && a.y + a.height <= l.height
            );
            for b in &l.words[i + 1..] {
                assert!(!overlaps(
                    (a.x, a.y, a.width, a.height),
                    (b.x, b.y, b.width, b.height)
                ));
            }
        }
        assert!(l.words.windows(2).all(|p| p[0].rank < p[1].rank));
        assert_eq!(l, layout_cloud(&items(), &opts));
    }

    #[test]
    fn sizes_and_degenerate_inputs() {
        let opts = CloudOptions {
            scale: FontScale::Linear,
            ..CloudOptions::default()
        };
        let l = layout_cloud(&[("甲", 10.0), ("b", 5.5), ("c", 1.0)], &opts);
        // linear: 12 + 52 · (5.5 − 1)/(10 − 1) = 12 + 26 = 38
        assert!((l.words[1].font_size - 38.0).abs() < 1e-9);
        assert!((l.words[1].width - 0.6 * 38.0).abs() < 1e-9);
        let tiny = CloudOptions {
            width: 10.0,
            height: 10.0,
            ..CloudOptions::default()
        };
        let l = layout_cloud(&[("重大项目", 1.0)], &tiny);
        assert!(l.words.is_empty());
        assert_eq!(l.dropped, ["重大项目"]);
        let bad = CloudOptions {
            width: f64::NAN,
            height: -1.0,
            min_font: f64::INFINITY,
            ..opts
        };
        let l = layout_cloud(&[("a", 1.0)], &bad);
        assert!(l.words.is_empty());
        let none: [(&str, f64); 0] = [];
        assert!(layout_cloud(&none, &opts).words.is_empty());
    }
}
