//! Bytes → text: encoding detection and decoding.
//!
//! Chinese files arrive as UTF-8 (with or without BOM), UTF-16 with a BOM,
//! GB18030/GBK/GB2312 from mainland tools, and Big5 from Taiwan and Hong Kong.
//! BOMs decide first; then valid UTF-8 is taken as UTF-8; otherwise chardetng
//! (the detector Firefox uses) guesses, with the guess narrowed to the Chinese
//! encodings when the text decodes cleanly in them. encoding_rs does the
//! decoding. Binary files (images, archives, PDFs, executables) are refused
//! before any guessing, so a PNG renamed `.txt` never becomes mojibake.

use super::error::{BinaryKind, CoreError};
use encoding_rs::{Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// A decoded document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without BOM.
    pub text: String,
    /// The encoding's display name: `UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, `UTF-16BE`, …
    pub encoding: &'static str,
    /// Whether the encoding was detected (`false` when the caller chose it).
    pub detected: bool,
    /// Whether malformed sequences were replaced by U+FFFD.
    pub had_errors: bool,
}

/// The display name of an encoding, with GBK folded into its superset GB18030.
pub fn encoding_name(enc: &'static Encoding) -> &'static str {
    if enc == encoding_rs::GBK || enc == GB18030 {
        "GB18030"
    } else {
        enc.name()
    }
}

/// Looks an encoding up by any WHATWG label (`gbk`, `gb2312`, `big5`, `utf-16le` …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    Some(if enc == encoding_rs::GBK {
        GB18030
    } else {
        enc
    })
}

const MAGIC: &[(&[u8], BinaryKind)] = &[
    (b"\x89PNG", BinaryKind::Png),
    (b"\xFF\xD8\xFF", BinaryKind::Jpeg),
    (b"GIF8", BinaryKind::Gif),
    (b"%PDF", BinaryKind::Pdf),
    (b"PK\x03\x04", BinaryKind::Zip),
    (b"\x7FELF", BinaryKind::Executable),
    (b"MZ", BinaryKind::Executable),
    (b"\x1F\x8B", BinaryKind::Gzip),
    (b"Rar!", BinaryKind::Rar),
    (b"7z\xBC\xAF", BinaryKind::SevenZip),
    (b"\xD0\xCF\x11\xE0", BinaryKind::LegacyOffice),
    (b"\0asm", BinaryKind::WebAssembly),
];

fn bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes)
}

fn looks_binary(bytes: &[u8]) -> Option<BinaryKind> {
    if let Some((magic, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        // "MZ" alone is too weak a signal for text: require a NUL soon after.
        if *magic != b"MZ" || bytes.iter().take(512).any(|&b| b == 0) {
            return Some(*kind);
        }
    }
    // Text exported by real tools carries the odd NUL or bell (removed later
    // by the `control` cleaning rule): only a density of them means binary.
    let head = &bytes[..bytes.len().min(8192)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)))
        .count();
    let allowance = 2 + head.len() / 100;
    if nuls > allowance || controls > allowance + head.len() * 4 / 100 {
        return Some(BinaryKind::Data);
    }
    None
}

/// Decodes `bytes`, detecting the encoding unless `forced` names one.
///
/// ```
/// let (gb, _, _) = encoding_rs::GB18030.encode("重大项目");
/// let d = wenxi::core::decode::decode(&gb, None).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("重大项目", "GB18030"));
/// ```
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, CoreError> {
    if let Some(enc) = forced {
        let (text, had_errors) = decode_with(bytes, enc);
        return Ok(Decoded {
            text,
            encoding: encoding_name(enc),
            detected: false,
            had_errors,
        });
    }
    if let Some((enc, _)) = bom(bytes) {
        let (text, had_errors) = decode_with(bytes, enc);
        return Ok(Decoded {
            text,
            encoding: encoding_name(enc),
            detected: true,
            had_errors,
        });
    }
    if let Some(looks_like) = looks_binary(bytes) {
        return Err(CoreError::Binary { looks_like });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text: text.to_string(),
                encoding: "UTF-8",
                detected: true,
                had_errors: false,
            })
        }
        // valid UTF-8 cut off inside its last character (a truncated download)
        Err(e) if e.error_len().is_none() => {
            return Ok(Decoded {
                text: String::from_utf8_lossy(bytes).into_owned(),
                encoding: "UTF-8",
                detected: true,
                had_errors: true,
            })
        }
        Err(_) => {}
    }
    if let Some(d) = decode_mixed(bytes) {
        return Ok(d);
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    let guess = det.guess(None, true);
    let candidates: [&'static Encoding; 4] = [guess, GB18030, BIG5, UTF_8];
    let mut best: Option<(String, &'static Encoding, usize)> = None;
    for enc in candidates {
        let enc = if enc == encoding_rs::GBK {
            GB18030
        } else {
            enc
        };
        let (text, _) = decode_with(bytes, enc);
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        if bad == 0 {
            return Ok(Decoded {
                text,
                encoding: encoding_name(enc),
                detected: true,
                had_errors: false,
            });
        }
        if best.as_ref().is_none_or(|(_, _, b)| bad < *b) {
            best = Some((text, enc, bad));
        }
    }
    match best {
        Some((text, enc, bad)) if bad * 100 <= text.chars().count() => Ok(Decoded {
            text,
            encoding: encoding_name(enc),
            detected: true,
            had_errors: true,
        }),
        Some((_, enc, _)) => Err(CoreError::Undecodable {
            encoding: encoding_name(enc).to_string(),
        }),
        None => Err(CoreError::Undecodable {
            encoding: "UTF-8".to_string(),
        }),
    }
}

/// Whether `b` starts with at least three multi-byte UTF-8 characters: the
/// sign that UTF-8 text resumes inside a legacy-encoded run (two-byte GB18030
/// or Big5 text forms such a run by chance only rarely).
fn utf8_resumes(b: &[u8]) -> bool {
    let mut i = 0;
    for _ in 0..3 {
        let n = match b.get(i) {
            Some(0xC2..=0xDF) => 2,
            Some(0xE0..=0xEF) => 3,
            Some(0xF0..=0xF4) => 4,
            _ => return false,
        };
        match b.get(i..i + n) {
            Some(c) if std::str::from_utf8(c).is_ok() => i += n,
            _ => return false,
        }
    }
    true
}

/// Bytes of the legacy character starting at `b[0]` (GB18030 or Big5).
fn legacy_len(b: &[u8], enc: &'static Encoding) -> usize {
    match b {
        [c, ..] if *c < 0x80 => 1,
        [_, d, ..] if enc == GB18030 && d.is_ascii_digit() => 4.min(b.len()),
        [_, _, ..] => 2,
        _ => 1,
    }
}

/// What [`decode_runs`] found.
struct Runs {
    text: String,
    /// Bytes in legacy-encoded runs.
    legacy_bytes: usize,
    /// Replacement characters the legacy runs needed.
    legacy_bad: usize,
    /// Bytes of multi-byte characters in UTF-8 runs.
    utf8_multi: usize,
    /// The legacy runs' bytes, for the detector.
    legacy: Vec<u8>,
}

/// Decodes text whose runs are UTF-8 and one legacy encoding by turns.
/// Linear in the input.
fn decode_runs(bytes: &[u8], enc: &'static Encoding) -> Runs {
    let mut r = Runs {
        text: String::with_capacity(bytes.len()),
        legacy_bytes: 0,
        legacy_bad: 0,
        utf8_multi: 0,
        legacy: Vec::new(),
    };
    let mut pos = 0;
    while pos < bytes.len() {
        let (valid, rest) = match std::str::from_utf8(&bytes[pos..]) {
            Ok(t) => (t, false),
            Err(e) => {
                // the prefix is valid UTF-8 by construction
                let v = std::str::from_utf8(&bytes[pos..pos + e.valid_up_to()]).unwrap_or_default();
                // Two-byte UTF-8 characters (U+0080–U+07FF: Latin, Greek,
                // Cyrillic) right before the error are most likely legacy
                // pairs that happen to be valid UTF-8 (GB18030 全 = C8 AB).
                let keep = v
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.len_utf8() == 2)
                    .last()
                    .map_or(v.len(), |(i, _)| i);
                (&v[..keep], true)
            }
        };
        r.text.push_str(valid);
        r.utf8_multi += valid
            .chars()
            .map(char::len_utf8)
            .filter(|&n| n > 1)
            .sum::<usize>();
        pos += valid.len();
        if !rest {
            break;
        }
        let mut end = pos;
        while end < bytes.len() && (end == pos || !utf8_resumes(&bytes[end..])) {
            end += legacy_len(&bytes[end..], enc);
        }
        let end = end.min(bytes.len());
        let (t, _) = enc.decode_without_bom_handling(&bytes[pos..end]);
        r.legacy_bad += t.chars().filter(|&c| c == '\u{FFFD}').count();
        r.text.push_str(&t);
        r.legacy_bytes += end - pos;
        r.legacy.extend_from_slice(&bytes[pos..end]);
        pos = end;
    }
    r
}

/// Decodes UTF-8 text that is not all UTF-8: mixed with GB18030 or Big5 runs
/// (files pasted together from different tools), decoded run by run and
/// labelled `UTF-8+GB18030` / `UTF-8+Big5`, or UTF-8 with a few stray bytes,
/// which become U+FFFD. `None` when there is no real UTF-8 part (a plain
/// legacy file, for the detector).
fn decode_mixed(bytes: &[u8]) -> Option<Decoded> {
    let gb = decode_runs(bytes, GB18030);
    // which legacy encoding: the detector's guess on the legacy runs alone
    let mut det = chardetng::EncodingDetector::new();
    det.feed(&gb.legacy, true);
    let (runs, enc) = if det.guess(None, false) == BIG5 {
        (decode_runs(bytes, BIG5), BIG5)
    } else {
        (gb, GB18030)
    };
    // Legacy text holds short accidental UTF-8 runs; real UTF-8 parts are
    // at least a tenth of the non-ASCII bytes.
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    if runs.utf8_multi < 9 || runs.utf8_multi * 10 < non_ascii {
        return None;
    }
    let legacy_chars = runs.legacy_bytes / 2;
    if runs.legacy_bytes >= 8 && runs.legacy_bad * 10 < legacy_chars.max(1) {
        return Some(Decoded {
            text: runs.text,
            encoding: if enc == GB18030 {
                "UTF-8+GB18030"
            } else {
                "UTF-8+Big5"
            },
            detected: true,
            had_errors: runs.legacy_bad > 0,
        });
    }
    let lossy = String::from_utf8_lossy(bytes).into_owned();
    let bad = lossy.chars().filter(|&c| c == '\u{FFFD}').count();
    (bad <= 3 || bad * 100 <= lossy.chars().count()).then_some(Decoded {
        text: lossy,
        encoding: "UTF-8",
        detected: true,
        had_errors: true,
    })
}

fn decode_with(bytes: &[u8], enc: &'static Encoding) -> (String, bool) {
    // `decode` sniffs a BOM and strips it; a BOM of another encoding wins,
    // which is what a user who forces UTF-16 on a UTF-8 BOM file wants least,
    // so a forced encoding ignores BOMs of other encodings.
    let (text, had_errors) = if enc == UTF_16LE || enc == UTF_16BE || enc == UTF_8 {
        let (t, _, e) = enc.decode(bytes);
        (t, e)
    } else {
        let (t, e) = enc.decode_without_bom_handling(bytes);
        (t, e)
    };
    (text.into_owned(), had_errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_boms_gb18030_big5_and_binary() {
        let s = "全市重大项目督查暨经济运行分析会，完成投资169.6亿元。";
        let mut u16le = vec![0xFF, 0xFE];
        u16le.extend(s.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&u16le, None).unwrap().encoding, "UTF-16LE");
        assert_eq!(decode(&u16le, None).unwrap().text, s);
        let mut u16be = vec![0xFE, 0xFF];
        u16be.extend(s.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&u16be, None).unwrap().text, s);
        let bom8 = [&[0xEF, 0xBB, 0xBF][..], s.as_bytes()].concat();
        assert_eq!(decode(&bom8, None).unwrap().text, s);
        let (gb, _, _) = GB18030.encode(s);
        let d = decode(&gb, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (s, "GB18030"));
        let t =
            "代市長趙建軍主持召開市政府重點工作雙月座談會暨全市經濟形勢分析會，總結前三季度工作。";
        let (b5, _, _) = BIG5.encode(t);
        let d = decode(&b5, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (t, "Big5"));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(decode(png, None), Err(CoreError::Binary { .. })));
        assert_eq!(decode(b"", None).unwrap().text, "");
    }

    #[test]
    fn truncated_and_mixed_utf8() {
        let s = "全市重大项目督查暨经济运行分析会，完成投资169.6亿元。\n";
        let u = s.repeat(4);
        // cut inside the last character
        let cut = &u.as_bytes()[..u.len() - 2];
        let d = decode(cut, None).unwrap();
        assert_eq!((d.encoding, d.had_errors), ("UTF-8", true));
        assert!(d.text.starts_with(s) && d.text.ends_with('\u{FFFD}'));
        // a GB18030 half and a UTF-8 half, split inside a line
        for at in [u.floor_char_boundary(u.len() / 2 + 1), 21] {
            let (a, b) = u.split_at(at);
            let (gb, _, _) = GB18030.encode(a);
            let d = decode(&[&gb[..], b.as_bytes()].concat(), None).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (u.as_str(), "UTF-8+GB18030"));
            let d = decode(&[b.as_bytes(), &gb[..]].concat(), None).unwrap();
            assert_eq!(d.text, format!("{b}{a}"));
        }
        // Big5 and UTF-8
        let t = "代市長趙建軍主持召開市政府重點工作雙月座談會。\n";
        let (b5, _, _) = BIG5.encode(t);
        let d = decode(&[s.as_bytes(), &b5[..]].concat(), None).unwrap();
        assert_eq!((d.text, d.encoding), (format!("{s}{t}"), "UTF-8+Big5"));
        // one stray byte in UTF-8 stays UTF-8
        let stray = [s.as_bytes(), b"\xFF", s.as_bytes()].concat();
        let d = decode(&stray, None).unwrap();
        assert_eq!((d.text, d.encoding), (format!("{s}\u{FFFD}{s}"), "UTF-8"));
    }
}
