//! Force-directed layout (Fruchterman–Reingold) of a co-occurrence network.
//!
//! Why its own module: the layout is independent of how the edges were
//! weighted, and the UI may re-run it with another canvas size without
//! recounting the corpus.
//!
//! How: start positions come from an FNV-1a hash of each term (no randomness
//! from the environment, so the same network always looks the same);
//! repulsion `k²/d` between all pairs and attraction `d²/k` along edges
//! scaled by the edge's share of the largest co-occurrence count, with
//! `k = sqrt(area / n)`; the step of each node is limited by a temperature
//! that cools linearly from a tenth of the canvas to 0 over a fixed number
//! of iterations (at most 10 000); positions are clamped to the canvas minus
//! a margin. Coincident nodes are pushed apart in a direction derived from
//! their indices, so no step divides by zero and no coordinate is NaN. Cost:
//! O(iterations · n²), about 3 M pair updates for 100 nodes and 300
//! iterations.

use super::cooccur::Network;

/// FNV-1a, 64 bit: the deterministic seed of a term's start position.
pub fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Fruchterman–Reingold layout of `net` inside `width × height` minus `margin`.
pub fn layout(net: &mut Network, width: f64, height: f64, margin: f64, iterations: usize) {
    let fin = |v: f64| {
        if v.is_finite() {
            v.clamp(0.0, 100_000.0)
        } else {
            0.0
        }
    };
    let (w, h) = (fin(width), fin(height));
    let m = fin(margin).min(w / 2.0).min(h / 2.0);
    net.width = w;
    net.height = h;
    let (x0, x1, y0, y1) = (m, w - m, m, h - m);
    let n = net.nodes.len();
    let mut pos: Vec<(f64, f64)> = net
        .nodes
        .iter()
        .map(|node| {
            let hash = fnv1a(&node.term);
            let fx = (hash & 0xffff_ffff) as f64 / u32::MAX as f64;
            let fy = (hash >> 32) as f64 / u32::MAX as f64;
            (x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))
        })
        .collect();
    let k = (((x1 - x0) * (y1 - y0)).max(1.0) / n.max(1) as f64).sqrt();
    let max_count = net.edges.iter().map(|e| e.count).max().unwrap_or(1).max(1) as f64;
    let t0 = (x1 - x0).max(y1 - y0) / 10.0;
    for it in 0..iterations.min(10_000) {
        let mut disp = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy, d) = delta(pos[i], pos[j], i, j);
                let f = k * k / d;
                disp[i].0 += dx / d * f;
                disp[i].1 += dy / d * f;
                disp[j].0 -= dx / d * f;
                disp[j].1 -= dy / d * f;
            }
        }
        for e in &net.edges {
            let (s, t) = (e.source, e.target);
            if s >= n || t >= n || s == t {
                continue;
            }
            let (dx, dy, d) = delta(pos[s], pos[t], s, t);
            let f = d * d / k * (e.count as f64 / max_count);
            disp[s].0 -= dx / d * f;
            disp[s].1 -= dy / d * f;
            disp[t].0 += dx / d * f;
            disp[t].1 += dy / d * f;
        }
        let temp = t0 * (1.0 - it as f64 / iterations as f64);
        for (p, (dx, dy)) in pos.iter_mut().zip(disp) {
            let len = (dx * dx + dy * dy).sqrt();
            if len > 0.0 && len.is_finite() {
                let step = len.min(temp);
                p.0 = (p.0 + dx / len * step).clamp(x0, x1);
                p.1 = (p.1 + dy / len * step).clamp(y0, y1);
            }
        }
    }
    for (node, (x, y)) in net.nodes.iter_mut().zip(pos) {
        node.x = x;
        node.y = y;
    }
}

/// The vector from `b` to `a` and its length (at least 0.01; coincident
/// points get a fixed direction from their indices).
fn delta(a: (f64, f64), b: (f64, f64), i: usize, j: usize) -> (f64, f64, f64) {
    let (dx, dy) = (a.0 - b.0, a.1 - b.1);
    let d = (dx * dx + dy * dy).sqrt();
    if d >= 0.01 {
        (dx, dy, d)
    } else {
        let angle = (i * 7 + j * 13) as f64;
        (angle.cos() * 0.01, angle.sin() * 0.01, 0.01)
    }
}
