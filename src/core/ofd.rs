//! OFD in (GB/T 33190-2016, the national fixed-layout format of official
//! documents): a ZIP whose `OFD.xml` names the document (`DocBody/DocRoot`),
//! whose `Document.xml` lists the pages (`Pages/Page@BaseLoc`) in order, and
//! whose page `Content.xml` files hold `TextObject`s: a `Boundary` box, a
//! font `Size`, an optional `CTM`, and `TextCode` runs with their `X`/`Y`
//! origin and `DeltaX` advances (`g N d` repeats `d` N times). Glyph
//! positions go through the same [layout](super::layout) as PDF, so lines are
//! joined and paragraphs kept in the same way. Page templates (`Template`)
//! are read too: running headers often live there, and the page-furniture
//! cleaning rule removes them visibly. XML is parsed with roxmltree
//! (small, no dependencies, builds for wasm).

use super::error::CoreError;
use super::layout::{page_text, Glyph};
use super::pdf::Paged;
use std::io::Read;

/// A file inside the package is read up to this size.
const MAX_PART: u64 = 64 << 20;

fn damaged(reason: impl Into<String>) -> CoreError {
    CoreError::Damaged {
        format: "OFD".into(),
        reason: reason.into(),
    }
}

struct Package<R: Read + std::io::Seek> {
    zip: zip::ZipArchive<R>,
}

impl<R: Read + std::io::Seek> Package<R> {
    fn read(&mut self, path: &str) -> Option<String> {
        let path = path.trim_start_matches('/');
        let idx = match self.zip.index_for_name(path) {
            Some(i) => i,
            None => {
                // Names differ in case or separators in some producers.
                let want = path.replace('\\', "/").to_ascii_lowercase();
                (0..self.zip.len()).find(|&i| {
                    self.zip
                        .name_for_index(i)
                        .is_some_and(|n| n.replace('\\', "/").to_ascii_lowercase() == want)
                })?
            }
        };
        let f = self.zip.by_index(idx).ok()?;
        let mut s = String::new();
        f.take(MAX_PART).read_to_string(&mut s).ok()?;
        Some(s)
    }
}

/// `base` joined with a location relative to it (or absolute from the package root).
fn join(base_dir: &str, loc: &str) -> String {
    let loc = loc.trim().replace('\\', "/");
    if let Some(abs) = loc.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = base_dir.split('/').filter(|p| !p.is_empty()).collect();
    for p in loc.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    n.children().find(|c| c.tag_name().name() == name)
}

fn numbers(s: &str) -> Vec<f64> {
    s.split_whitespace()
        .filter_map(|t| t.parse().ok())
        .filter(|v: &f64| v.is_finite())
        .collect()
}

/// `DeltaX`/`DeltaY` with `g N d` repeats expanded (capped at `limit` values).
fn deltas(s: &str, limit: usize) -> Vec<f64> {
    let mut out = Vec::new();
    let mut it = s.split_whitespace();
    while let Some(t) = it.next() {
        if out.len() >= limit {
            break;
        }
        if t == "g" {
            let n: usize = it.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            let d: f64 = it.next().and_then(|d| d.parse().ok()).unwrap_or(0.0);
            for _ in 0..n.min(limit.saturating_sub(out.len())) {
                out.push(d);
            }
        } else if let Ok(v) = t.parse::<f64>() {
            out.push(v);
        }
    }
    out
}

/// Reads the text of an OFD package.
pub fn read_ofd(bytes: &[u8]) -> Result<Paged, CoreError> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        if bytes.starts_with(b"PK\x03\x04") {
            CoreError::Truncated {
                format: "OFD".into(),
            }
        } else {
            damaged(e.to_string())
        }
    })?;
    let mut pkg = Package { zip };
    let ofd = pkg
        .read("OFD.xml")
        .ok_or_else(|| damaged("no OFD.xml / 缺少 OFD.xml"))?;
    let ofd = roxmltree::Document::parse(&ofd).map_err(|e| damaged(format!("OFD.xml: {e}")))?;
    let doc_root = ofd
        .descendants()
        .find(|n| n.tag_name().name() == "DocRoot")
        .and_then(|n| n.text())
        .ok_or_else(|| damaged("no DocRoot / 缺少 DocRoot"))?;
    let doc_path = join("", doc_root);
    let doc_xml = pkg
        .read(&doc_path)
        .ok_or_else(|| damaged(format!("no {doc_path}")))?;
    let doc =
        roxmltree::Document::parse(&doc_xml).map_err(|e| damaged(format!("{doc_path}: {e}")))?;
    let base = dir_of(&doc_path).to_string();
    let root = doc.root_element();
    let templates: Vec<(String, String)> = root
        .descendants()
        .filter(|n| n.tag_name().name() == "TemplatePage")
        .filter_map(|n| {
            Some((
                n.attribute("ID")?.to_string(),
                join(&base, n.attribute("BaseLoc")?),
            ))
        })
        .collect();
    let pages: Vec<(String, Vec<String>)> = child(root, "Pages")
        .map(|p| {
            p.children()
                .filter(|n| n.tag_name().name() == "Page")
                .filter_map(|n| {
                    let loc = join(&base, n.attribute("BaseLoc")?);
                    Some((loc, Vec::new()))
                })
                .collect()
        })
        .unwrap_or_default();
    if pages.is_empty() {
        return Err(damaged("no pages / 没有页面"));
    }
    let mut texts = Vec::with_capacity(pages.len());
    let mut missing = 0;
    for (loc, _) in &pages {
        let Some(xml) = pkg.read(loc) else {
            missing += 1;
            texts.push(String::new());
            continue;
        };
        let Ok(page) = roxmltree::Document::parse(&xml) else {
            missing += 1;
            texts.push(String::new());
            continue;
        };
        let mut glyphs = Vec::new();
        let page_root = page.root_element();
        for t in page_root
            .children()
            .filter(|n| n.tag_name().name() == "Template")
        {
            let id = t.attribute("TemplateID").unwrap_or_default();
            if let Some((_, tloc)) = templates.iter().find(|(i, _)| i == id) {
                if let Some(txml) = pkg.read(tloc) {
                    if let Ok(tdoc) = roxmltree::Document::parse(&txml) {
                        text_objects(tdoc.root_element(), &mut glyphs);
                    }
                }
            }
        }
        text_objects(page_root, &mut glyphs);
        texts.push(page_text(&glyphs));
    }
    let chars: usize = texts.iter().map(|t| t.trim().len()).sum();
    if chars == 0 {
        return Err(if missing > 0 {
            CoreError::Truncated {
                format: "OFD".into(),
            }
        } else {
            CoreError::NoTextLayer {
                format: "OFD".into(),
                pages: pages.len(),
            }
        });
    }
    Ok(Paged::from_pages(texts))
}

/// The glyphs of every `TextObject` under `node`.
fn text_objects(node: roxmltree::Node, out: &mut Vec<Glyph>) {
    for obj in node
        .descendants()
        .filter(|n| n.tag_name().name() == "TextObject")
    {
        let b = numbers(obj.attribute("Boundary").unwrap_or_default());
        let (bx, by) = (
            b.first().copied().unwrap_or(0.0),
            b.get(1).copied().unwrap_or(0.0),
        );
        let size = obj
            .attribute("Size")
            .and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s > 0.0)
            .unwrap_or(3.5);
        let ctm = numbers(obj.attribute("CTM").unwrap_or_default());
        let ctm: [f64; 6] = match ctm.as_slice() {
            [a, b, c, d, e, f] => [*a, *b, *c, *d, *e, *f],
            _ => [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        };
        let scale = ctm[2].hypot(ctm[3]);
        let (mut x, mut y) = (0.0, 0.0);
        for code in obj.children().filter(|n| n.tag_name().name() == "TextCode") {
            if let Some(v) = code
                .attribute("X")
                .and_then(|v| v.trim().parse::<f64>().ok())
            {
                x = v;
            }
            if let Some(v) = code
                .attribute("Y")
                .and_then(|v| v.trim().parse::<f64>().ok())
            {
                y = v;
            }
            let text = code.text().unwrap_or_default();
            let n = text.chars().count();
            let dx = deltas(code.attribute("DeltaX").unwrap_or_default(), n);
            let dy = deltas(code.attribute("DeltaY").unwrap_or_default(), n);
            for (i, c) in text.chars().enumerate() {
                let adv =
                    dx.get(i)
                        .copied()
                        .unwrap_or(if c.is_ascii() { size * 0.5 } else { size });
                let (px, py) = (
                    ctm[0] * x + ctm[2] * y + ctm[4],
                    ctm[1] * x + ctm[3] * y + ctm[5],
                );
                out.push(Glyph {
                    x: bx + px,
                    y: by + py,
                    w: adv * ctm[0].hypot(ctm[1]),
                    size: size * if scale > 0.0 { scale } else { 1.0 },
                    text: c.to_string(),
                });
                x += adv;
                y += dy.get(i).copied().unwrap_or(0.0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_deltas() {
        assert_eq!(
            join("Doc_0", "Pages/Page_0/Content.xml"),
            "Doc_0/Pages/Page_0/Content.xml"
        );
        assert_eq!(join("Doc_0", "/Doc_0/Tpls/T.xml"), "Doc_0/Tpls/T.xml");
        assert_eq!(deltas("g 3 4.2 1", 10), vec![4.2, 4.2, 4.2, 1.0]);
        assert_eq!(deltas("g 999999999 1", 3).len(), 3);
    }
}
