//! File formats: plain text and Markdown, HTML pages and Word `.docx` files.
//!
//! Users drop what they saved from the web or received by mail. Text and
//! Markdown go straight to [`decode`](super::decode). HTML is decoded, then
//! reduced to its text: `<script>`, `<style>`, `<noscript>` and `<template>`
//! content is dropped, block elements become line breaks and entities are
//! resolved; a page's text is what users mean by "the document". A `.docx`
//! is a ZIP archive whose `word/document.xml` holds the body: each `<w:p>`
//! becomes a line, `<w:t>` runs give the text. For HTML and DOCX the
//! "original" that spans point into is this extracted text. PDF and OFD
//! (fixed-layout, paged) are read by [`read_any`] through
//! [`pdf`](super::pdf) and [`ofd`](super::ofd); their text has one form feed
//! (`\u{0C}`) between pages. [`read_document`] leaves them out, so the
//! analysis worker, which calls it, does not carry their readers.

use super::decode::{decode, Decoded};
use super::error::CoreError;
use encoding_rs::Encoding;
use std::io::Read;

/// A document format, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt` and anything unknown.
    Text,
    /// `.md`, `.markdown`.
    Markdown,
    /// `.html`, `.htm`, `.xhtml`.
    Html,
    /// `.docx`.
    Docx,
    /// `.pdf` (paged).
    Pdf,
    /// `.ofd`, GB/T 33190-2016 (paged).
    Ofd,
}

/// The file extensions Wenxi reads (lower case, without the dot): what a
/// folder walk takes, what the file picker offers.
pub const EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "xhtml", "docx", "pdf", "ofd",
];

impl Format {
    /// Whether a file called `name` has one of the [`EXTENSIONS`].
    pub fn is_known_extension(name: &str) -> bool {
        name.rsplit_once('.')
            .is_some_and(|(_, e)| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
    }

    /// The format of a file called `name`.
    pub fn from_name(name: &str) -> Format {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("docx") => Format::Docx,
            Some("pdf") => Format::Pdf,
            Some("ofd") => Format::Ofd,
            _ => Format::Text,
        }
    }

    /// The format's name in reports: `txt`, `md`, `html`, `docx`, `pdf`, `ofd`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Ofd => "ofd",
        }
    }

    /// Whether documents of this format have pages (separated by `\u{0C}` in their text).
    pub fn is_paged(self) -> bool {
        matches!(self, Format::Pdf | Format::Ofd)
    }

    /// The format of a report: from the encoding a reader set (`DOCX`, `PDF`,
    /// `OFD`), else from the name.
    pub fn of_document(name: &str, encoding: &str) -> Format {
        match encoding {
            "PDF" => Format::Pdf,
            "OFD" => Format::Ofd,
            "DOCX" => Format::Docx,
            _ => Format::from_name(name),
        }
    }
}

/// The page count of a paged document's text (form feeds + 1), `None` for
/// other formats.
pub fn page_count(format: Format, text: &str) -> Option<usize> {
    format
        .is_paged()
        .then(|| text.matches('\u{0C}').count() + 1)
}

/// A document read in any format, with its format and page count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Its text (for PDF and OFD: pages separated by form feeds).
    pub decoded: Decoded,
    /// Its format.
    pub format: Format,
    /// Its page count (PDF, OFD), `None` where not paged.
    pub pages: Option<usize>,
}

/// Reads a file called `name` in any supported format, PDF and OFD included.
pub fn read_any(
    name: &str,
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<Document, CoreError> {
    let format = Format::from_name(name);
    let paged = match format {
        Format::Pdf => super::pdf::read_pdf(bytes)?,
        Format::Ofd => super::ofd::read_ofd(bytes)?,
        _ => {
            return Ok(Document {
                decoded: read_document(name, bytes, forced)?,
                format,
                pages: None,
            })
        }
    };
    Ok(Document {
        decoded: Decoded {
            text: paged.text,
            encoding: if format == Format::Pdf { "PDF" } else { "OFD" },
            detected: true,
            had_errors: false,
        },
        format,
        pages: Some(paged.pages),
    })
}

/// Reads the text of a file called `name` from its `bytes`.
pub fn read_document(
    name: &str,
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<Decoded, CoreError> {
    match Format::from_name(name) {
        Format::Text | Format::Markdown => decode(bytes, forced),
        Format::Html => {
            let d = decode(bytes, forced)?;
            Ok(Decoded {
                text: html_to_text(&d.text),
                ..d
            })
        }
        Format::Docx => Ok(Decoded {
            text: docx_to_text(bytes)?,
            encoding: "DOCX",
            detected: true,
            had_errors: false,
        }),
        Format::Pdf | Format::Ofd => Err(CoreError::NeedsReader {
            format: if format_is_pdf(name) { "PDF" } else { "OFD" }.into(),
        }),
    }
}

fn format_is_pdf(name: &str) -> bool {
    Format::from_name(name) == Format::Pdf
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "title",
    "dd",
    "dt",
];
const HIDDEN: &[&str] = &["script", "style", "noscript", "template", "head"];

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Resolves `&amp;`, `&#39;`, `&#x4E2D;` and the common named entities.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "middot" => Some('·'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The visible text of an HTML page.
///
/// ```
/// let t = wenxi::core::formats::html_to_text(
///     "<p>重大项目&amp;投资</p><script>alert(1)</script><p>第二段</p>");
/// assert_eq!(t, "重大项目&投资\n第二段\n");
/// ```
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut hidden: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        if hidden.is_none() {
            out.push_str(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name = tag_name(tag);
        let closing = tag.starts_with('/');
        match &hidden {
            Some(h) if closing && *h == name => hidden = None,
            Some(_) => {}
            None if !closing && HIDDEN.contains(&name.as_str()) && !tag.ends_with('/') => {
                hidden = Some(name)
            }
            None if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() => {
                out.push('\n')
            }
            None => {}
        }
    }
    if hidden.is_none() {
        out.push_str(&decode_entities(rest));
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The body text of a `.docx` file, one line per paragraph.
pub fn docx_to_text(bytes: &[u8]) -> Result<String, CoreError> {
    let bad = |reason: String| CoreError::BadDocument {
        format: "DOCX".to_string(),
        reason,
    };
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .map_err(|e| bad(e.to_string()))?
        .take(256 << 20)
        .read_to_string(&mut xml)
        .map_err(|e| bad(e.to_string()))?;
    let mut out = String::with_capacity(xml.len() / 4);
    let mut rest = xml.as_str();
    let mut in_text = false;
    while let Some(lt) = rest.find('<') {
        if in_text {
            out.push_str(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name = tag.split([' ', '/']).find(|s| !s.is_empty()).unwrap_or("");
        match (tag.starts_with('/'), name) {
            (false, "w:t") => in_text = !tag.ends_with('/'),
            (true, _) if tag == "/w:t" => in_text = false,
            (true, _) if tag == "/w:p" => out.push('\n'),
            (false, "w:tab") => out.push('\t'),
            (false, "w:br" | "w:cr") => out.push('\n'),
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docx(body: &str) -> Vec<u8> {
        use std::io::Write;
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut w = zip::ZipWriter::new(&mut buf);
        w.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        w.write_all(body.as_bytes()).unwrap();
        w.finish().unwrap();
        buf.into_inner()
    }

    #[test]
    fn reads_docx_paragraphs_and_refuses_broken_zip() {
        let xml = r#"<w:document><w:body><w:p><w:r><w:t>一要全力冲刺</w:t></w:r><w:r><w:t xml:space="preserve">年度目标&amp;任务</w:t></w:r></w:p><w:p><w:r><w:t>二要</w:t></w:r></w:p></w:body></w:document>"#;
        let d = read_document("讲话.DOCX", &docx(xml), None).unwrap();
        assert_eq!(d.text, "一要全力冲刺年度目标&任务\n二要\n");
        assert_eq!(d.encoding, "DOCX");
        assert!(read_document("x.docx", b"PK\x03\x04broken", None).is_err());
    }

    #[test]
    fn html_drops_scripts_and_styles_and_keeps_blocks() {
        let t = html_to_text("<html><head><title>t</title><style>p{}</style></head><body><div>当前&nbsp;位置</div><p>正文&#x4E2D;&#25991;<br>下一行</p><noscript>x</noscript></body></html>");
        assert_eq!(t, "当前\u{a0}位置\n正文中文\n下一行\n");
        assert_eq!(decode_entities("&bogus; & &#xZZ;"), "&bogus; & &#xZZ;");
    }
}
