//! Fonts: from the bytes of a shown string to character codes, Unicode text
//! and glyph widths.
//!
//! Chinese PDFs are where general-purpose extractors fail (`(cid:123)`,
//! U+FFFD), so this is written here, for the cases Chinese documents use:
//!
//! - a `ToUnicode` CMap (`bfchar`, `bfrange` with offsets or arrays, the
//!   code lengths from `codespacerange`) — what Word, WPS, LibreOffice and
//!   Chromium write, usually with `Identity-H` two-byte codes;
//! - predefined CMaps without `ToUnicode`, decoded without CID tables:
//!   `UniGB-UCS2-H`, `UniGB-UTF16-H`, `UniCNS-UCS2-H` … (the code is
//!   UTF-16BE), `GBK-EUC-H`, `GB-EUC-H`, `GBK2K-H` (GB18030 bytes),
//!   `ETen-B5-H`, `B5pc-H` (Big5 bytes), with encoding_rs;
//! - simple (one-byte) TrueType and Type 1 fonts through `WinAnsiEncoding`,
//!   `MacRomanEncoding`, `StandardEncoding` and `Differences` glyph names.
//!
//! Widths come from `W`/`DW` (CID fonts) and `Widths`/`FirstChar` (simple
//! fonts); they place glyphs, which is what the layout needs.

use super::file::File;
use super::lexer::{Lexer, Obj, Token};
use std::collections::HashMap;

/// Codes a CMap may map (a 65 536-entry range is the largest kept).
const MAX_MAP: usize = 1 << 20;

/// How codes without a `ToUnicode` entry become text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fallback {
    /// `Identity-H`: the code is a CID; no text without `ToUnicode`.
    Identity,
    /// The code is UTF-16BE (UCS-2 CMaps too).
    Utf16,
    /// The code's bytes in a legacy encoding.
    Legacy(&'static encoding_rs::Encoding),
    /// A one-byte font's encoding table.
    Simple,
}

/// A font, ready to decode shown strings.
pub struct Font {
    codespace: Vec<(Vec<u8>, Vec<u8>)>,
    two_byte: bool,
    to_unicode: HashMap<u32, String>,
    fallback: Fallback,
    simple: Box<[Option<char>; 256]>,
    widths: HashMap<u32, f64>,
    cids: HashMap<u32, u32>,
    default_width: f64,
}

/// One character code of a shown string.
pub struct Code {
    /// The code value (bytes big-endian).
    pub code: u32,
    /// Its length in bytes.
    pub len: usize,
}

impl Font {
    /// A font used when the named font is missing: one-byte, Latin-1.
    pub fn fallback() -> Font {
        let mut simple = Box::new([None; 256]);
        for (i, slot) in simple.iter_mut().enumerate() {
            *slot = char::from_u32(i as u32).filter(|c| !c.is_control());
        }
        Font {
            codespace: Vec::new(),
            two_byte: false,
            to_unicode: HashMap::new(),
            fallback: Fallback::Simple,
            simple,
            widths: HashMap::new(),
            cids: HashMap::new(),
            default_width: 500.0,
        }
    }

    /// Reads a font dictionary.
    pub fn load(file: &File, font: &Obj) -> Font {
        let mut f = Font::fallback();
        let Some(d) = file.resolve(font).dict() else {
            return f;
        };
        let subtype = file.get_in(d, b"Subtype").name().unwrap_or_default();
        if subtype == b"Type0" {
            f.two_byte = true;
            f.fallback = Fallback::Identity;
            f.default_width = 1000.0;
            match file.get_in(d, b"Encoding") {
                Obj::Name(n) => f.fallback = predefined(n),
                Obj::Stream(..) => {
                    if let Some(data) = d.get(b"Encoding").and_then(|o| file.stream_of(o)) {
                        f.read_cmap(&data, true);
                    }
                }
                _ => {}
            }
            let desc = file
                .get_in(d, b"DescendantFonts")
                .array()
                .and_then(|a| a.first())
                .map(|o| file.resolve(o));
            if let Some(dd) = desc.and_then(Obj::dict) {
                if let Some(dw) = file.get_in(dd, b"DW").num() {
                    f.default_width = dw;
                }
                if let Some(w) = file.get_in(dd, b"W").array() {
                    f.read_cid_widths(file, w);
                }
            }
        } else {
            f.read_simple_encoding(file, file.get_in(d, b"Encoding"));
            let first = file.get_in(d, b"FirstChar").int().unwrap_or(0);
            if let Some(ws) = file.get_in(d, b"Widths").array() {
                for (i, w) in ws.iter().enumerate().take(256) {
                    if let Some(w) = file.resolve(w).num() {
                        f.widths.insert((first + i as i64).clamp(0, 255) as u32, w);
                    }
                }
            }
            if subtype == b"Type3" {
                // Type 3 widths are in glyph space; scale by the font matrix.
                let scale = file
                    .get_in(d, b"FontMatrix")
                    .array()
                    .and_then(|m| m.first())
                    .and_then(Obj::num)
                    .unwrap_or(0.001)
                    * 1000.0;
                for w in f.widths.values_mut() {
                    *w *= scale;
                }
            }
        }
        if let Some(data) = d.get(b"ToUnicode").and_then(|o| file.stream_of(o)) {
            f.read_cmap(&data, false);
        }
        f
    }

    fn read_cid_widths(&mut self, file: &File, w: &[Obj]) {
        let mut i = 0;
        while let Some(first) = w.get(i).map(|o| file.resolve(o)) {
            let Some(first) = first.int() else { break };
            match w.get(i + 1).map(|o| file.resolve(o)) {
                Some(Obj::Array(list)) => {
                    for (k, v) in list.iter().enumerate().take(MAX_MAP) {
                        if let (Ok(cid), Some(v)) = (u32::try_from(first + k as i64), v.num()) {
                            self.widths.insert(cid, v);
                        }
                    }
                    i += 2;
                }
                Some(last) => {
                    let (Some(last), Some(v)) = (
                        last.int(),
                        w.get(i + 2).map(|o| file.resolve(o)).and_then(Obj::num),
                    ) else {
                        break;
                    };
                    if last >= first && last - first < MAX_MAP as i64 {
                        for cid in first..=last {
                            if let Ok(cid) = u32::try_from(cid) {
                                self.widths.insert(cid, v);
                            }
                        }
                    }
                    i += 3;
                }
                None => break,
            }
            if self.widths.len() > MAX_MAP {
                break;
            }
        }
    }

    fn read_simple_encoding(&mut self, file: &File, enc: &Obj) {
        let (base, diffs) = match enc {
            Obj::Name(n) => (Some(n.as_slice()), None),
            Obj::Dict(d) => (
                file.get_in(d, b"BaseEncoding").name(),
                file.get_in(d, b"Differences").array(),
            ),
            _ => (None, None),
        };
        let table: &'static encoding_rs::Encoding = match base {
            Some(b"MacRomanEncoding") => encoding_rs::MACINTOSH,
            _ => encoding_rs::WINDOWS_1252,
        };
        for (i, slot) in self.simple.iter_mut().enumerate() {
            let b = [i as u8];
            let (s, _, bad) = table
                .decode_without_bom_handling_and_without_replacement(&b)
                .map_or(("".into(), 0, true), |s| (s, 0, false));
            *slot = if bad {
                None
            } else {
                s.chars().next().filter(|c| !c.is_control())
            };
        }
        if base == Some(b"StandardEncoding") || base.is_none() {
            self.simple[0x27] = Some('’');
            self.simple[0x60] = Some('‘');
        }
        if let Some(diffs) = diffs {
            let mut code = 0usize;
            for o in diffs {
                match file.resolve(o) {
                    Obj::Int(c) => code = (*c).clamp(0, 256) as usize,
                    Obj::Name(n) => {
                        if let Some(slot) = self.simple.get_mut(code) {
                            *slot = glyph_char(n);
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
    }

    /// Reads a CMap: a `ToUnicode` map, or (`as_encoding`) an embedded
    /// encoding CMap whose `cidrange`s give CIDs for widths.
    fn read_cmap(&mut self, data: &[u8], as_encoding: bool) {
        let mut lx = Lexer::new(data, 0);
        let mut operands: Vec<Obj> = Vec::new();
        let mut total = 0usize;
        while let Some(t) = lx.token() {
            let op = match t {
                Token::Obj(o) => {
                    operands.push(o);
                    if operands.len() > 4096 {
                        operands.drain(..2048);
                    }
                    continue;
                }
                Token::Op(op) => op,
            };
            match op {
                b"usecmap" if as_encoding => {
                    if let Some(Obj::Name(n)) = operands.last() {
                        self.fallback = predefined(n);
                    }
                }
                b"endcodespacerange" => {
                    for pair in operands.chunks_exact(2) {
                        if let [Obj::Str(lo), Obj::Str(hi)] = pair {
                            if lo.len() == hi.len() && (1..=4).contains(&lo.len()) {
                                self.codespace.push((lo.clone(), hi.clone()));
                            }
                        }
                    }
                }
                b"endbfchar" => {
                    for pair in operands.chunks_exact(2) {
                        if let [Obj::Str(src), dst] = pair {
                            if let Some(s) = dst_text(dst) {
                                self.to_unicode.insert(be(src), s);
                            }
                        }
                    }
                }
                b"endbfrange" => {
                    for triple in operands.chunks_exact(3) {
                        let [Obj::Str(lo), Obj::Str(hi), dst] = triple else {
                            continue;
                        };
                        let (lo, hi) = (be(lo), be(hi));
                        if hi < lo || (hi - lo) as usize >= 1 << 16 || total > MAX_MAP {
                            continue;
                        }
                        total += (hi - lo) as usize + 1;
                        match dst {
                            Obj::Str(d) => {
                                let units = utf16_units(d);
                                for (k, code) in (lo..=hi).enumerate() {
                                    let mut u = units.clone();
                                    if let Some(last) = u.last_mut() {
                                        *last = last.wrapping_add(k as u16);
                                    }
                                    let s: String = char::decode_utf16(u)
                                        .map(|r| r.unwrap_or('\u{FFFD}'))
                                        .collect();
                                    self.to_unicode.insert(code, s);
                                }
                            }
                            Obj::Array(items) => {
                                for (code, item) in (lo..=hi).zip(items) {
                                    if let Some(s) = dst_text(item) {
                                        self.to_unicode.insert(code, s);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                b"endcidrange" if as_encoding => {
                    for triple in operands.chunks_exact(3) {
                        if let [Obj::Str(lo), Obj::Str(hi), Obj::Int(cid)] = triple {
                            let (lo, hi) = (be(lo), be(hi));
                            if hi >= lo && ((hi - lo) as usize) < 1 << 16 && total < MAX_MAP {
                                total += (hi - lo) as usize + 1;
                                for (k, code) in (lo..=hi).enumerate() {
                                    self.cids.insert(code, (*cid as u32).wrapping_add(k as u32));
                                }
                            }
                        }
                    }
                }
                b"endcidchar" if as_encoding => {
                    for pair in operands.chunks_exact(2) {
                        if let [Obj::Str(src), Obj::Int(cid)] = pair {
                            self.cids.insert(be(src), *cid as u32);
                        }
                    }
                }
                _ => {}
            }
            operands.clear();
        }
    }

    /// Splits a shown string into character codes.
    pub fn codes(&self, s: &[u8]) -> Vec<Code> {
        let mut out = Vec::with_capacity(s.len());
        let mut i = 0;
        while i < s.len() {
            let len = self.code_len(s.get(i..).unwrap_or_default());
            let bytes = s.get(i..(i + len).min(s.len())).unwrap_or_default();
            out.push(Code {
                code: be(bytes),
                len,
            });
            i += len.max(1);
        }
        out
    }

    fn code_len(&self, rest: &[u8]) -> usize {
        if !self.codespace.is_empty() {
            for n in 1..=4 {
                let Some(bytes) = rest.get(..n) else { break };
                let fits = self.codespace.iter().any(|(lo, hi)| {
                    lo.len() == n
                        && bytes
                            .iter()
                            .zip(lo.iter().zip(hi))
                            .all(|(b, (l, h))| l <= b && b <= h)
                });
                if fits {
                    return n;
                }
            }
        }
        let first = rest.first().copied().unwrap_or(0);
        match self.fallback {
            Fallback::Simple => 1,
            Fallback::Identity => 2,
            Fallback::Utf16 => {
                if (0xD8..0xDC).contains(&first) {
                    4
                } else {
                    2
                }
            }
            Fallback::Legacy(enc) => {
                if first < 0x81 || (first == 0x80 && enc == encoding_rs::BIG5) {
                    1
                } else if enc == encoding_rs::GB18030
                    && rest.get(1).is_some_and(|b| b.is_ascii_digit())
                {
                    4
                } else {
                    2
                }
            }
        }
    }

    /// The text of a code (empty when the font gives no way to know it).
    pub fn text(&self, c: &Code) -> String {
        if let Some(s) = self.to_unicode.get(&c.code) {
            return s
                .chars()
                .filter(|ch| !ch.is_control() || *ch == ' ')
                .collect();
        }
        let bytes = c.code.to_be_bytes();
        let bytes = bytes.get(4 - c.len.clamp(1, 4)..).unwrap_or_default();
        match self.fallback {
            Fallback::Identity => String::new(),
            Fallback::Simple => self
                .simple
                .get(c.code as usize)
                .copied()
                .flatten()
                .map(String::from)
                .unwrap_or_default(),
            Fallback::Utf16 => {
                let units = utf16_units(bytes);
                char::decode_utf16(units).filter_map(Result::ok).collect()
            }
            Fallback::Legacy(enc) => {
                let (s, _, bad) = enc.decode(bytes);
                if bad {
                    String::new()
                } else {
                    s.chars().filter(|ch| !ch.is_control()).collect()
                }
            }
        }
    }

    /// The width of a code in thousandths of the font size.
    pub fn width(&self, c: &Code, text: &str) -> f64 {
        let cid = match self.fallback {
            Fallback::Identity | Fallback::Simple => Some(c.code),
            _ => self.cids.get(&c.code).copied(),
        };
        if let Some(w) = cid.and_then(|cid| self.widths.get(&cid)) {
            return *w;
        }
        if !self.two_byte {
            return 500.0;
        }
        match cid {
            Some(_) => self.default_width,
            // Predefined CMaps: the CID is unknown; half width for ASCII.
            None if text.is_ascii() && !text.is_empty() => 500.0,
            None => self.default_width,
        }
    }

    /// Whether word spacing applies to `c` (the one-byte code 32).
    pub fn is_word_space(&self, c: &Code) -> bool {
        c.len == 1 && c.code == 32
    }
}

fn predefined(name: &[u8]) -> Fallback {
    let n = String::from_utf8_lossy(name);
    if n.starts_with("Identity") {
        Fallback::Identity
    } else if n.contains("UCS2") || n.contains("UTF16") {
        Fallback::Utf16
    } else if n.starts_with("GB") {
        Fallback::Legacy(encoding_rs::GB18030)
    } else if n.contains("B5") || n.starts_with("ETen") {
        Fallback::Legacy(encoding_rs::BIG5)
    } else if n.contains("RKSJ") {
        Fallback::Legacy(encoding_rs::SHIFT_JIS)
    } else if n.starts_with("KSC") {
        Fallback::Legacy(encoding_rs::EUC_KR)
    } else {
        Fallback::Identity
    }
}

fn be(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0u32, |acc, &b| acc << 8 | u32::from(b))
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|p| match p {
            [a, b] => u16::from(*a) << 8 | u16::from(*b),
            [a] => u16::from(*a),
            _ => 0,
        })
        .collect()
}

fn dst_text(o: &Obj) -> Option<String> {
    match o {
        Obj::Str(d) => Some(
            char::decode_utf16(utf16_units(d))
                .map(|r| r.unwrap_or('\u{FFFD}'))
                .collect(),
        ),
        Obj::Name(n) => glyph_char(n).map(String::from),
        _ => None,
    }
}

/// The character of a glyph name (`a`, `one`, `uni4E2D`, `u1F600`, `quotedblleft` …).
fn glyph_char(name: &[u8]) -> Option<char> {
    let n = std::str::from_utf8(name).ok()?;
    let n = n.split('.').next().unwrap_or(n);
    if n.len() == 1 {
        return n.chars().next().filter(char::is_ascii_alphabetic);
    }
    if let Some(h) = n.strip_prefix("uni").filter(|h| h.len() >= 4) {
        return u32::from_str_radix(h.get(..4)?, 16)
            .ok()
            .and_then(char::from_u32);
    }
    if let Some(h) = n.strip_prefix('u').filter(|h| (4..=6).contains(&h.len())) {
        if let Ok(v) = u32::from_str_radix(h, 16) {
            return char::from_u32(v);
        }
    }
    const NAMES: &[(&str, char)] = &[
        ("space", ' '),
        ("exclam", '!'),
        ("quotedbl", '"'),
        ("numbersign", '#'),
        ("dollar", '$'),
        ("percent", '%'),
        ("ampersand", '&'),
        ("quotesingle", '\''),
        ("parenleft", '('),
        ("parenright", ')'),
        ("asterisk", '*'),
        ("plus", '+'),
        ("comma", ','),
        ("hyphen", '-'),
        ("period", '.'),
        ("slash", '/'),
        ("zero", '0'),
        ("one", '1'),
        ("two", '2'),
        ("three", '3'),
        ("four", '4'),
        ("five", '5'),
        ("six", '6'),
        ("seven", '7'),
        ("eight", '8'),
        ("nine", '9'),
        ("colon", ':'),
        ("semicolon", ';'),
        ("less", '<'),
        ("equal", '='),
        ("greater", '>'),
        ("question", '?'),
        ("at", '@'),
        ("bracketleft", '['),
        ("backslash", '\\'),
        ("bracketright", ']'),
        ("asciicircum", '^'),
        ("underscore", '_'),
        ("grave", '`'),
        ("braceleft", '{'),
        ("bar", '|'),
        ("braceright", '}'),
        ("asciitilde", '~'),
        ("quoteleft", '‘'),
        ("quoteright", '’'),
        ("quotedblleft", '“'),
        ("quotedblright", '”'),
        ("endash", '–'),
        ("emdash", '—'),
        ("bullet", '•'),
        ("ellipsis", '…'),
        ("periodcentered", '·'),
        ("degree", '°'),
        ("copyright", '©'),
        ("registered", '®'),
        ("section", '§'),
        ("minus", '−'),
        ("multiply", '×'),
        ("divide", '÷'),
        ("nbspace", ' '),
        ("fi", 'ﬁ'),
        ("fl", 'ﬂ'),
    ];
    NAMES.iter().find(|(k, _)| *k == n).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tounicode_ranges_and_legacy_codes() {
        let mut f = Font::fallback();
        f.two_byte = true;
        f.fallback = Fallback::Identity;
        f.read_cmap(
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0010> <91CD5927> endbfchar\n\
              1 beginbfrange <0020> <0022> <4E00> endbfrange\n\
              1 beginbfrange <0030> <0031> [<9879> <76EE>] endbfrange",
            false,
        );
        let text: String = f
            .codes(b"\x00\x10\x00\x30\x00\x31\x00\x21\x00\x03")
            .iter()
            .map(|c| f.text(c))
            .collect();
        assert_eq!(text, "重大项目丁 ");
        let mut g = Font::fallback();
        g.two_byte = true;
        g.fallback = predefined(b"GBK-EUC-H");
        let (gb, _, _) = encoding_rs::GB18030.encode("经济A增长");
        let text: String = g.codes(&gb).iter().map(|c| g.text(c)).collect();
        assert_eq!(text, "经济A增长");
        assert_eq!(glyph_char(b"uni4E2D"), Some('中'));
        assert_eq!(glyph_char(b"quotedblleft"), Some('“'));
    }
}
