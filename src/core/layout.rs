//! Fixed-layout pages → running text: the reading order and paragraphs of
//! positioned glyphs, shared by the PDF and OFD readers.
//!
//! Glyphs are grouped into lines by baseline, lines are cut into fragments at
//! wide gaps, and the fragments are ordered by a recursive XY cut: a page is
//! split into columns where a gutter runs through it and both sides read like
//! text columns (several lines, mostly full width), otherwise into bands at
//! horizontal gaps — so a table is read row by row and a two-column page
//! column by column. Consecutive lines are joined into a paragraph unless
//! the gap above is larger than the page's usual line gap, the line is
//! indented or the previous line ends short; Han text is joined without a
//! space, Latin text with one. Thresholds are relative to the font size, so
//! PDF points and OFD millimetres need no conversion.

/// A positioned glyph (or short run) on a page; `y` grows downwards.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Left edge.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// Advance width.
    pub w: f64,
    /// Font size (height of the em square).
    pub size: f64,
    /// The text it shows.
    pub text: String,
}

#[derive(Debug, Clone)]
struct Fragment {
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    line: usize,
    text: String,
}

impl Fragment {
    fn top(&self) -> f64 {
        self.y - 0.85 * self.size
    }
    fn bottom(&self) -> f64 {
        self.y + 0.2 * self.size
    }
}

/// Whether `c` belongs to CJK text (Han, kana, hangul, CJK and full-width punctuation).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x31BF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

fn join_gap(left: &str, right: &str) -> &'static str {
    match (left.chars().last(), right.chars().next()) {
        (Some(a), Some(b)) if is_cjk(a) || is_cjk(b) => "",
        (Some(' '), Some(_)) | (Some(_), Some(' ')) => "",
        (Some(_), Some(_)) => " ",
        _ => "",
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.retain(|x| x.is_finite());
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// The text of one page: paragraphs, each ended by `\n`.
pub fn page_text(glyphs: &[Glyph]) -> String {
    let mut gs: Vec<&Glyph> = glyphs
        .iter()
        .filter(|g| {
            g.x.is_finite()
                && g.y.is_finite()
                && g.size.is_finite()
                && g.size > 0.0
                && !g.text.trim().is_empty()
        })
        .collect();
    if gs.is_empty() {
        return String::new();
    }
    gs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    // Lines by baseline.
    let mut lines: Vec<Vec<&Glyph>> = Vec::new();
    let mut base = f64::NAN;
    let mut size = 0.0f64;
    for g in gs {
        let same = lines.last().is_some() && (g.y - base).abs() <= 0.3 * size.max(g.size);
        if !same {
            lines.push(Vec::new());
            base = g.y;
            size = g.size;
        }
        if let Some(l) = lines.last_mut() {
            l.push(g);
        }
    }
    let mut frags = Vec::new();
    for (li, line) in lines.iter_mut().enumerate() {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut cur: Option<Fragment> = None;
        for g in line.iter() {
            if let Some(f) = cur.as_mut() {
                let gap = g.x - f.x1;
                let em = f.size.max(g.size);
                // A glyph drawn twice over itself (fake bold) is read once.
                if gap < -0.5 * g.w.max(0.1 * em) && f.text.ends_with(g.text.as_str()) {
                    continue;
                }
                if gap <= 1.2 * em {
                    if gap > 0.15 * em && !join_gap(&f.text, &g.text).is_empty() {
                        f.text.push(' ');
                    }
                    f.text.push_str(&g.text);
                    f.x1 = f.x1.max(g.x + g.w);
                    f.size = f.size.max(g.size);
                    continue;
                }
                frags.push(cur.take());
            }
            cur = Some(Fragment {
                x0: g.x,
                x1: g.x + g.w.max(0.0),
                y: g.y,
                size: g.size,
                line: li,
                text: g.text.clone(),
            });
        }
        frags.push(cur);
    }
    let frags: Vec<Fragment> = frags.into_iter().flatten().collect();
    let em = median(frags.iter().map(|f| f.size).collect()).max(1e-6);
    let mut rows: Vec<Vec<usize>> = Vec::new();
    xy_cut(&frags, (0..frags.len()).collect(), em, &mut rows, 0);
    paragraphs(&frags, &rows, em)
}

/// Orders fragments: appends rows (bands of fragments read left to right) to `out`.
fn xy_cut(
    frags: &[Fragment],
    mut set: Vec<usize>,
    em: f64,
    out: &mut Vec<Vec<usize>>,
    depth: usize,
) {
    let get = |i: &usize| frags.get(*i);
    if set.len() <= 1 || depth > 200 {
        push_row(frags, set, out);
        return;
    }
    // Columns: a gutter no fragment crosses, text-like on both sides.
    set.sort_by(|a, b| {
        let (fa, fb) = (get(a), get(b));
        fa.map(|f| f.x0)
            .unwrap_or(0.0)
            .total_cmp(&fb.map(|f| f.x0).unwrap_or(0.0))
    });
    let mut best: Option<(f64, usize)> = None;
    let mut reach = f64::NEG_INFINITY;
    for (k, i) in set.iter().enumerate() {
        let Some(f) = get(i) else { continue };
        if k > 0 && f.x0 - reach > 1.0 * em && best.is_none_or(|(w, _)| f.x0 - reach > w) {
            let (l, r) = set.split_at(k);
            if text_column(frags, l, em) && text_column(frags, r, em) {
                best = Some((f.x0 - reach, k));
            }
        }
        reach = reach.max(f.x1);
    }
    if let Some((_, k)) = best {
        let right = set.split_off(k);
        xy_cut(frags, set, em, out, depth + 1);
        xy_cut(frags, right, em, out, depth + 1);
        return;
    }
    // Bands: horizontal gaps; the wide ones first when some stand out.
    set.sort_by(|a, b| {
        let (fa, fb) = (get(a), get(b));
        fa.map(|f| f.top())
            .unwrap_or(0.0)
            .total_cmp(&fb.map(|f| f.top()).unwrap_or(0.0))
    });
    let mut gaps: Vec<(usize, f64)> = Vec::new();
    let mut reach = f64::NEG_INFINITY;
    for (k, i) in set.iter().enumerate() {
        let Some(f) = get(i) else { continue };
        if k > 0 && f.top() > reach {
            gaps.push((k, f.top() - reach));
        }
        reach = reach.max(f.bottom());
    }
    if gaps.is_empty() {
        push_row(frags, set, out);
        return;
    }
    let typical = median(gaps.iter().map(|g| g.1).collect());
    let wide: Vec<usize> = gaps
        .iter()
        .filter(|g| g.1 > 1.3 * typical + 0.1 * em)
        .map(|g| g.0)
        .collect();
    let cuts: Vec<usize> = if wide.is_empty() || wide.len() == gaps.len() {
        gaps.iter().map(|g| g.0).collect()
    } else {
        wide
    };
    let mut start = 0;
    for c in cuts.into_iter().chain(std::iter::once(set.len())) {
        let part = set.get(start..c).unwrap_or_default().to_vec();
        start = c;
        if part.len() == set.len() {
            push_row(frags, part, out);
        } else {
            xy_cut(frags, part, em, out, depth + 1);
        }
    }
}

/// Whether fragments read like a text column: three lines or more, most of
/// them filling the column, and the column at least eight characters wide.
fn text_column(frags: &[Fragment], set: &[usize], em: f64) -> bool {
    let fs: Vec<&Fragment> = set.iter().filter_map(|i| frags.get(*i)).collect();
    let mut lines: Vec<usize> = fs.iter().map(|f| f.line).collect();
    lines.sort_unstable();
    lines.dedup();
    if lines.len() < 3 {
        return false;
    }
    let x0 = fs.iter().map(|f| f.x0).fold(f64::INFINITY, f64::min);
    let x1 = fs.iter().map(|f| f.x1).fold(f64::NEG_INFINITY, f64::max);
    let width = x1 - x0;
    if width < 8.0 * em {
        return false;
    }
    let full = fs.iter().filter(|f| f.x1 - f.x0 >= 0.6 * width).count();
    full * 10 >= fs.len() * 6
}

fn push_row(frags: &[Fragment], mut set: Vec<usize>, out: &mut Vec<Vec<usize>>) {
    if set.is_empty() {
        return;
    }
    // Lines within a band top to bottom, fragments left to right.
    set.sort_by(|a, b| match (frags.get(*a), frags.get(*b)) {
        (Some(fa), Some(fb)) => fa.line.cmp(&fb.line).then(fa.x0.total_cmp(&fb.x0)),
        _ => std::cmp::Ordering::Equal,
    });
    let mut row: Vec<usize> = Vec::new();
    let mut line = None;
    for i in set {
        let l = frags.get(i).map(|f| f.line);
        if line.is_some() && l != line && !row.is_empty() {
            out.push(std::mem::take(&mut row));
        }
        line = l;
        row.push(i);
    }
    if !row.is_empty() {
        out.push(row);
    }
}

struct Row {
    x0: f64,
    x1: f64,
    top: f64,
    bottom: f64,
    size: f64,
    text: String,
}

fn paragraphs(frags: &[Fragment], rows: &[Vec<usize>], em: f64) -> String {
    let rows: Vec<Row> = rows
        .iter()
        .filter_map(|r| {
            let fs: Vec<&Fragment> = r.iter().filter_map(|i| frags.get(*i)).collect();
            let first = fs.first()?;
            let mut text = String::new();
            for f in &fs {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(f.text.trim());
            }
            Some(Row {
                x0: first.x0,
                x1: fs.iter().map(|f| f.x1).fold(f64::NEG_INFINITY, f64::max),
                top: fs.iter().map(|f| f.top()).fold(f64::INFINITY, f64::min),
                bottom: fs
                    .iter()
                    .map(|f| f.bottom())
                    .fold(f64::NEG_INFINITY, f64::max),
                size: fs.iter().map(|f| f.size).fold(0.0, f64::max),
                text,
            })
        })
        .collect();
    let overlaps = |a: &Row, b: &Row| a.x0 < b.x1 && b.x0 < a.x1;
    let gap_of = |a: &Row, b: &Row| b.top - a.bottom;
    let typical = median(
        rows.windows(2)
            .filter_map(|w| match w {
                [a, b] if overlaps(a, b) && gap_of(a, b) >= -0.1 * em => Some(gap_of(a, b)),
                _ => None,
            })
            .collect(),
    );
    // The right margin of each row's column: the median right edge of the
    // long rows above and below it (ragged-right text ends lines up to two
    // characters short of it).
    let global = {
        let widest = rows.iter().map(|o| o.x1 - o.x0).fold(0.0, f64::max);
        median(
            rows.iter()
                .filter(|o| o.x1 - o.x0 >= 0.5 * widest)
                .map(|o| o.x1)
                .collect(),
        )
    };
    // (a page of thousands of rows, e.g. a huge table, takes the page's margin)
    let margins: Vec<f64> = rows
        .iter()
        .map(|r| {
            if rows.len() > 1000 {
                return global;
            }
            let around: Vec<&Row> = rows.iter().filter(|o| overlaps(r, o)).collect();
            let widest = around.iter().map(|o| o.x1 - o.x0).fold(0.0, f64::max);
            median(
                around
                    .iter()
                    .filter(|o| o.x1 - o.x0 >= 0.5 * widest)
                    .map(|o| o.x1)
                    .collect(),
            )
        })
        .collect();
    let mut out = String::new();
    let mut para_x0 = f64::NAN;
    let mut lines_in_para = 0usize;
    let mut prev: Option<&Row> = None;
    for (k, row) in rows.iter().enumerate() {
        #[cfg(not(target_arch = "wasm32"))]
        if std::env::var_os("WENXI_LAYOUT_DEBUG").is_some() {
            eprintln!(
                "{:7.1} {:7.1} {:7.1} {:7.1} {:4.1} {}",
                row.x0,
                row.x1,
                row.top,
                row.bottom,
                row.size,
                row.text.chars().take(12).collect::<String>()
            );
        }
        let cont = prev.is_some_and(|p| {
            let e = p.size.max(row.size);
            let gap = gap_of(p, row);
            let right = margins.get(k.saturating_sub(1)).copied().unwrap_or(p.x1);
            overlaps(p, row)
                && gap >= -0.3 * e
                && gap <= 1.4 * typical + 0.25 * e
                && (row.size - p.size).abs() <= 0.15 * e
                && row.x0
                    < (if lines_in_para > 1 {
                        para_x0
                    } else {
                        p.x0.min(row.x0)
                    }) + 0.8 * e
                && p.x1 >= right - 2.0 * e
                && !row.text.starts_with(['•', '·'])
        });
        if cont {
            out.push_str(join_gap(&out, &row.text));
            lines_in_para += 1;
            para_x0 = if lines_in_para == 2 {
                row.x0
            } else {
                para_x0.min(row.x0)
            };
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            lines_in_para = 1;
            para_x0 = row.x0;
        }
        out.push_str(&row.text);
        prev = Some(row);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, x: f64, y: f64, size: f64) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: x + i as f64 * size,
                y,
                w: size,
                size,
                text: c.to_string(),
            })
            .collect()
    }

    #[test]
    fn joins_han_lines_and_keeps_paragraphs() {
        let mut g = line("　一要全力冲刺年度目标任务，", 0.0, 20.0, 10.0);
        g.extend(line("确保各项工作落到实处。", 0.0, 35.0, 10.0));
        g.extend(line("　二要狠抓重大项目建设推进，", 0.0, 50.0, 10.0));
        g.extend(line("加快进度。", 0.0, 65.0, 10.0));
        let t = page_text(&g);
        assert_eq!(
            t,
            "一要全力冲刺年度目标任务，确保各项工作落到实处。\n二要狠抓重大项目建设推进，加快进度。\n"
        );
    }

    #[test]
    fn reads_two_columns_then_table_rows() {
        let mut g = Vec::new();
        for k in 0..4 {
            g.extend(line(
                "左栏文字左栏文字左栏文字",
                0.0,
                20.0 + 14.0 * k as f64,
                10.0,
            ));
            g.extend(line(
                "右栏内容右栏内容右栏内容",
                150.0,
                20.0 + 14.0 * k as f64,
                10.0,
            ));
        }
        let t = page_text(&g);
        let left = t.find("左栏").unwrap();
        assert!(t.rfind("左栏").unwrap() < t.find("右栏").unwrap(), "{t}");
        assert_eq!(left, 0);
        let mut g = Vec::new();
        for (k, (a, b)) in [("指标", "数值"), ("地区生产总值", "169.6亿元")]
            .iter()
            .enumerate()
        {
            g.extend(line(a, 0.0, 20.0 + 20.0 * k as f64, 10.0));
            g.extend(line(b, 150.0, 20.0 + 20.0 * k as f64, 10.0));
        }
        assert_eq!(page_text(&g), "指标 数值\n地区生产总值 169.6亿元\n");
    }
}
