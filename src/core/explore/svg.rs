//! SVG export of the word cloud and the co-occurrence network.
//!
//! Why: users put these pictures into reports; SVG stays sharp when printed
//! and opens in every browser and office suite, and writing it as a string
//! keeps export inside the pure core.
//!
//! How: the output is a standalone document (XML declaration, `xmlns`,
//! `viewBox`, white background). Every term is XML-escaped (`& < > " '`), so
//! a term such as `<script>` is drawn as text and can never become markup.
//! Text uses a Chinese font-family stack, and each item's colour comes from
//! [`PALETTE`] by a category index: `categories[i]` for item `i`, or `i`
//! itself when no category is given (so neighbouring ranks differ).
//! Coordinates are written with two decimals.

use super::cloud::CloudLayout;
use super::cooccur::Network;
use std::fmt::Write;

/// Fonts that render Chinese on common systems, then the generic fallback.
pub const FONT_FAMILY: &str = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei','Heiti SC',sans-serif";

/// The colours categories cycle through (colour-blind-safe Tableau 10).
pub const PALETTE: [&str; 8] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f",
];

/// Escapes text for XML content and attribute values.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // characters XML 1.0 forbids are dropped
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The palette colour of item `i`.
pub fn colour(categories: &[usize], i: usize) -> &'static str {
    PALETTE[categories.get(i).copied().unwrap_or(i) % PALETTE.len()]
}

fn num(v: f64) -> String {
    if v.is_finite() {
        format!("{:.2}", v)
    } else {
        "0".to_string()
    }
}

fn header(out: &mut String, w: f64, h: f64) {
    let (w, h) = (num(w), num(h));
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_FAMILY}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    );
}

/// Renders a word-cloud layout; `categories` picks each word's colour.
pub fn cloud_svg(layout: &CloudLayout, categories: &[usize]) -> String {
    let mut out = String::new();
    header(&mut out, layout.width, layout.height);
    for (i, w) in layout.words.iter().enumerate() {
        // The box is 1 em high; the alphabetic baseline sits near 0.88 em.
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\">{}</text>",
            num(w.x),
            num(w.y + w.height * 0.88),
            num(w.font_size),
            colour(categories, i),
            escape_xml(&w.term)
        );
    }
    out.push_str("</svg>\n");
    out
}

/// Renders a network: edges as lines (width by weight), nodes as circles
/// (radius by count) with labels; `categories` picks each node's colour.
pub fn network_svg(net: &Network, categories: &[usize]) -> String {
    let mut out = String::new();
    header(&mut out, net.width, net.height);
    let max_w = net
        .edges
        .iter()
        .map(|e| e.weight.abs())
        .filter(|w| w.is_finite())
        .fold(0.0, f64::max);
    out.push_str("<g stroke=\"#999999\" stroke-opacity=\"0.6\">\n");
    for e in &net.edges {
        let (Some(a), Some(b)) = (net.nodes.get(e.source), net.nodes.get(e.target)) else {
            continue;
        };
        let width = if max_w > 0.0 {
            0.5 + 3.5 * e.weight.abs() / max_w
        } else {
            1.0
        };
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke-width=\"{}\"/>",
            num(a.x),
            num(a.y),
            num(b.x),
            num(b.y),
            num(width)
        );
    }
    out.push_str("</g>\n");
    let max_c = net.nodes.iter().map(|n| n.count).max().unwrap_or(1).max(1) as f64;
    for (i, n) in net.nodes.iter().enumerate() {
        let r = 4.0 + 12.0 * (n.count as f64 / max_c).sqrt();
        let _ = writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>\n<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333333\">{}</text>",
            num(n.x),
            num(n.y),
            num(r),
            colour(categories, i),
            num(n.x),
            num(n.y - r - 3.0),
            escape_xml(&n.term)
        );
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::cloud::{layout_cloud, CloudOptions};
    use crate::core::explore::cooccur::{build_network, NetworkOptions};
    use crate::core::explore::Doc;
    use crate::core::stopwords::Stopwords;

    const EVIL: &str = "<script>alert('x')</script>";

    #[test]
    fn cloud_svg_escapes_terms() {
        let opts = CloudOptions {
            max_font: 24.0,
            ..CloudOptions::default()
        };
        let l = layout_cloud(&[(EVIL, 3.0), ("项目&建设", 2.0)], &opts);
        assert_eq!(l.words.len(), 2);
        let svg = cloud_svg(&l, &[]);
        assert!(!svg.contains("<script"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("项目&amp;建设"));
        assert!(svg.starts_with("<?xml") && svg.ends_with("</svg>\n"));
        assert!(svg.contains("Noto Sans CJK SC"));
        assert!(svg.contains(PALETTE[0]) && svg.contains(PALETTE[1]));
        assert!(cloud_svg(&l, &[5, 5]).matches(PALETTE[5]).count() == 2);
    }

    #[test]
    fn network_svg_escapes_terms() {
        let words = vec![EVIL, "a&b", "。", EVIL, "a&b", "。"];
        let docs = [Doc {
            name: "x",
            words,
            tags: vec![],
        }];
        let net = build_network(&docs, &Stopwords::default(), &NetworkOptions::default());
        assert_eq!(net.nodes.len(), 2);
        let svg = network_svg(&net, &[]);
        assert!(!svg.contains("<script"));
        assert!(svg.contains("a&amp;b"));
        assert_eq!(svg.matches("<line ").count(), 1);
        assert_eq!(escape_xml("a\u{1}\"'"), "a&quot;&apos;");
    }
}
