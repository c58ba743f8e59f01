//! Co-occurrence network: which terms appear in the same sentences.
//!
//! Why: a network shows the themes of a corpus at a glance — 项目 linked to
//! 建设, 投资, 开工 — which a ranked list cannot.
//!
//! How: each document is cut into sentences at tokens made of punctuation
//! containing 。！？；, a line break or their ASCII counterparts `!?;.`
//! (a number such as `169.6` is a word token and never cuts). A term's
//! frequency for the weights is the number of sentences containing it
//! (`n_a`); `n_ab` counts sentences containing both; `N` is the number of
//! sentences with at least one term. Both weights are computed for every
//! edge: Jaccard `n_ab / (n_a + n_b − n_ab)` in (0, 1], and pointwise mutual
//! information `log2(n_ab·N / (n_a·n_b))`, positive when the pair meets more
//! often than chance. Nodes are the `top_nodes` terms by token count (ties by
//! term); edges need `min_cooccur` shared sentences and a chosen weight of
//! at least `min_weight`.
//!
//! The positions come from [`super::layout`] (Fruchterman–Reingold with a
//! deterministic seed).

use super::cmp_f64;
use super::layout::layout;
use super::Doc;
use crate::core::segment::is_word;
use crate::core::stopwords::Stopwords;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The weight thresholds and edge widths use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Weighting {
    /// Jaccard similarity of the sentence sets (the default).
    #[default]
    Jaccard,
    /// Pointwise mutual information, base 2.
    Pmi,
}

/// Network and layout options.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NetworkOptions {
    /// Keep the most frequent terms, at most this many.
    pub top_nodes: usize,
    /// An edge needs at least this many shared sentences.
    pub min_cooccur: usize,
    /// An edge needs at least this chosen weight (`None`: no limit).
    pub min_weight: Option<f64>,
    /// The weight used by `min_weight` and stored in [`Edge::weight`].
    pub weighting: Weighting,
    /// Terms need at least this many chars.
    pub min_chars: usize,
    /// Drop stopwords.
    pub remove_stopwords: bool,
    /// Drop nodes left without edges.
    pub drop_isolated: bool,
    /// Layout width in px.
    pub width: f64,
    /// Layout height in px.
    pub height: f64,
    /// Distance kept from the edges of the canvas, in px.
    pub margin: f64,
    /// Layout iterations.
    pub iterations: usize,
}

impl Default for NetworkOptions {
    fn default() -> Self {
        NetworkOptions {
            top_nodes: 60,
            min_cooccur: 2,
            min_weight: None,
            weighting: Weighting::Jaccard,
            min_chars: 2,
            remove_stopwords: true,
            drop_isolated: true,
            width: 800.0,
            height: 600.0,
            margin: 30.0,
            iterations: 300,
        }
    }
}

/// A term in the network, with its position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// The term.
    pub term: String,
    /// Its token count in the corpus.
    pub count: usize,
    /// Number of sentences containing it.
    pub sentences: usize,
    /// Number of edges.
    pub degree: usize,
    /// Horizontal position in px.
    pub x: f64,
    /// Vertical position in px.
    pub y: f64,
}

/// Two terms sharing sentences; `source < target` index `nodes`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// Index of one node.
    pub source: usize,
    /// Index of the other node.
    pub target: usize,
    /// Shared sentences.
    pub count: usize,
    /// Jaccard similarity.
    pub jaccard: f64,
    /// Pointwise mutual information, base 2.
    pub pmi: f64,
    /// The chosen weight (Jaccard or PMI).
    pub weight: f64,
}

/// The network with its layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Network {
    /// Nodes, most frequent first.
    pub nodes: Vec<Node>,
    /// Edges, by (source, target).
    pub edges: Vec<Edge>,
    /// Sentences with at least one term (`N`).
    pub sentences: usize,
    /// Layout width in px.
    pub width: f64,
    /// Layout height in px.
    pub height: f64,
}

/// Whether a token ends a sentence.
pub fn is_sentence_end(token: &str) -> bool {
    !is_word(token) && token.contains(['。', '！', '？', '；', '\n', '!', '?', ';', '.'])
}

/// Cuts a document's tokens into sentences (empty sentences are skipped).
pub fn sentences<S: AsRef<str>>(doc: &Doc<S>) -> Vec<Vec<&str>> {
    let mut out = vec![Vec::new()];
    for w in &doc.words {
        let w = w.as_ref();
        if is_sentence_end(w) {
            out.push(Vec::new());
        } else if let Some(last) = out.last_mut() {
            last.push(w);
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Jaccard similarity `n_ab / (n_a + n_b − n_ab)`; 0 when undefined.
pub fn jaccard(n_ab: usize, n_a: usize, n_b: usize) -> f64 {
    let union = (n_a + n_b).saturating_sub(n_ab);
    if union == 0 {
        0.0
    } else {
        n_ab as f64 / union as f64
    }
}

/// PMI `log2(n_ab·N / (n_a·n_b))`; 0 when undefined.
pub fn pmi(n_ab: usize, n_a: usize, n_b: usize, n: usize) -> f64 {
    if n_ab == 0 || n_a == 0 || n_b == 0 || n == 0 {
        0.0
    } else {
        (n_ab as f64 * n as f64 / (n_a as f64 * n_b as f64)).log2()
    }
}

/// Builds the network of `docs` and lays it out.
pub fn build_network<S: AsRef<str>>(
    docs: &[Doc<S>],
    stopwords: &Stopwords,
    opts: &NetworkOptions,
) -> Network {
    let keep = |w: &str| {
        is_word(w)
            && w.chars().count() >= opts.min_chars
            && !(opts.remove_stopwords && stopwords.contains(w))
    };
    let mut sents: Vec<BTreeSet<&str>> = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for d in docs {
        for s in sentences(d) {
            let set: BTreeSet<&str> = s.into_iter().filter(|w| keep(w)).collect();
            if !set.is_empty() {
                sents.push(set);
            }
        }
        for w in d.words.iter().map(AsRef::as_ref).filter(|w| keep(w)) {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    let mut top: Vec<(&str, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    top.truncate(opts.top_nodes);
    let index: HashMap<&str, usize> = top.iter().enumerate().map(|(i, t)| (t.0, i)).collect();
    let mut sent_freq = vec![0usize; top.len()];
    let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for s in &sents {
        let mut ids: Vec<usize> = s.iter().filter_map(|w| index.get(w).copied()).collect();
        ids.sort_unstable();
        for (i, &a) in ids.iter().enumerate() {
            sent_freq[a] += 1;
            for &b in &ids[i + 1..] {
                *pairs.entry((a, b)).or_insert(0) += 1;
            }
        }
    }
    let n = sents.len();
    let mut edges: Vec<Edge> = pairs
        .into_iter()
        .filter(|&(_, c)| c >= opts.min_cooccur.max(1))
        .map(|((a, b), c)| {
            let j = jaccard(c, sent_freq[a], sent_freq[b]);
            let p = pmi(c, sent_freq[a], sent_freq[b], n);
            let weight = match opts.weighting {
                Weighting::Jaccard => j,
                Weighting::Pmi => p,
            };
            Edge {
                source: a,
                target: b,
                count: c,
                jaccard: j,
                pmi: p,
                weight,
            }
        })
        .filter(|e| opts.min_weight.is_none_or(|m| m.is_nan() || e.weight >= m))
        .collect();
    let mut degree = vec![0usize; top.len()];
    for e in &edges {
        degree[e.source] += 1;
        degree[e.target] += 1;
    }
    let mut remap = vec![usize::MAX; top.len()];
    let mut nodes = Vec::new();
    for (i, &(term, count)) in top.iter().enumerate() {
        if opts.drop_isolated && degree[i] == 0 {
            continue;
        }
        remap[i] = nodes.len();
        nodes.push(Node {
            term: term.to_string(),
            count,
            sentences: sent_freq[i],
            degree: degree[i],
            x: 0.0,
            y: 0.0,
        });
    }
    for e in &mut edges {
        e.source = remap[e.source];
        e.target = remap[e.target];
    }
    let mut net = Network {
        nodes,
        edges,
        sentences: n,
        width: 0.0,
        height: 0.0,
    };
    layout(
        &mut net,
        opts.width,
        opts.height,
        opts.margin,
        opts.iterations,
    );
    net
}

/// Sorts edges by the chosen weight, heaviest first (ties by node indices).
pub fn edges_by_weight(net: &Network) -> Vec<&Edge> {
    let mut v: Vec<&Edge> = net.edges.iter().collect();
    v.sort_by(|a, b| {
        cmp_f64(b.weight, a.weight).then((a.source, a.target).cmp(&(b.source, b.target)))
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Vec<Doc<&'static str>> {
        // S1: 项目 经济 发展 | S2: 项目 经济 | S3: 项目 改革 | S4: 经济
        let words = "项目 经济 发展 。 项目 ， 经济 ！ 项目 改革 \n 经济";
        vec![Doc {
            name: "t",
            words: words.split(' ').collect(),
            tags: vec![],
        }]
    }

    #[test]
    fn jaccard_and_pmi_by_hand() {
        let opts = NetworkOptions {
            min_cooccur: 1,
            ..NetworkOptions::default()
        };
        let net = build_network(&tiny(), &Stopwords::default(), &opts);
        assert_eq!(net.sentences, 4);
        let id = |t: &str| net.nodes.iter().position(|n| n.term == t).unwrap();
        let edge = |a: &str, b: &str| {
            let (a, b) = (id(a).min(id(b)), id(a).max(id(b)));
            net.edges
                .iter()
                .find(|e| e.source == a && e.target == b)
                .unwrap()
        };
        // 项目: 3 sentences, 经济: 3, both: 2 (S1, S2), N = 4
        // Jaccard = 2 / (3 + 3 − 2) = 0.5; PMI = log2(2·4 / (3·3)) = log2(8/9) ≈ −0.1699
        let e = edge("项目", "经济");
        assert_eq!(e.count, 2);
        assert!((e.jaccard - 0.5).abs() < 1e-12);
        assert!((e.pmi - (8.0f64 / 9.0).log2()).abs() < 1e-12);
        // 项目–改革: both 1 (S3), 改革 1 → Jaccard 1/3, PMI log2(1·4/(3·1)) = log2(4/3)
        let e = edge("项目", "改革");
        assert!((e.jaccard - 1.0 / 3.0).abs() < 1e-12);
        assert!((e.pmi - (4.0f64 / 3.0).log2()).abs() < 1e-12);
        assert_eq!(net.nodes[0].term, "经济"); // count 4 > 项目 3
        let pmi_opts = NetworkOptions {
            weighting: Weighting::Pmi,
            min_weight: Some(0.0),
            ..opts
        };
        let net = build_network(&tiny(), &Stopwords::default(), &pmi_opts);
        assert!(net.edges.iter().all(|e| e.pmi >= 0.0 && e.weight == e.pmi));
    }

    #[test]
    fn layout_is_deterministic_bounded_and_finite() {
        let words: Vec<String> = (0..400)
            .map(|i| format!("词{}", i % 37 + (i % 3) * 40))
            .collect();
        let mut w: Vec<&str> = words.iter().map(String::as_str).collect();
        for i in (5..w.len()).step_by(6) {
            w[i] = "。";
        }
        let docs = [Doc {
            name: "x",
            words: w,
            tags: vec![],
        }];
        let opts = NetworkOptions {
            min_cooccur: 1,
            ..NetworkOptions::default()
        };
        let a = build_network(&docs, &Stopwords::default(), &opts);
        let b = build_network(&docs, &Stopwords::default(), &opts);
        assert_eq!(a, b);
        assert!(a.nodes.len() > 10);
        for n in &a.nodes {
            assert!(n.x.is_finite() && n.y.is_finite());
            assert!(n.x >= 30.0 && n.x <= 770.0 && n.y >= 30.0 && n.y <= 570.0);
        }
        let bad = NetworkOptions {
            width: f64::NAN,
            height: 0.0,
            ..opts
        };
        let c = build_network(&docs, &Stopwords::default(), &bad);
        assert!(c.nodes.iter().all(|n| n.x == 0.0 && n.y == 0.0));
        let none: [Doc<&str>; 0] = [];
        assert!(build_network(&none, &Stopwords::default(), &opts)
            .nodes
            .is_empty());
    }
}
