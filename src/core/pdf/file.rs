//! The object layer of a PDF file: every `num gen obj … endobj` found by
//! scanning the bytes, objects packed in object streams, the trailer, stream
//! filters and the standard security handler.
//!
//! Objects are found by a scan rather than through the cross-reference table:
//! the scan also reads files whose table is broken, missing or cut off (a
//! truncated download still yields the pages it holds), and it needs no
//! special case for cross-reference streams. Later definitions win, as with
//! incremental updates.

use super::crypt::Security;
use super::lexer::{is_delim, is_ws, Dict, Lexer, Obj};
use std::collections::HashMap;
use std::io::Read;

/// Decoded stream data is capped (a zip bomb stops here).
const MAX_STREAM: u64 = 256 << 20;

/// A PDF file's objects.
pub struct File<'a> {
    data: &'a [u8],
    objects: HashMap<u32, Obj>,
    /// The trailer keys (`Root`, `Encrypt`, `ID` …), merged over all trailers.
    pub trailer: Dict,
    security: Option<Security>,
    /// Whether the file ends before its `%%EOF` or inside an object.
    pub truncated: bool,
}

/// Why a file cannot be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenError {
    /// Not a PDF at all.
    NotPdf,
    /// Encrypted with a user password.
    Password,
    /// Encrypted with a handler this reader does not have.
    UnsupportedEncryption(String),
}

impl<'a> File<'a> {
    /// Scans `data`.
    pub fn open(data: &'a [u8]) -> Result<File<'a>, OpenError> {
        let head = data.get(..data.len().min(1024)).unwrap_or_default();
        if memchr::memmem::find(head, b"%PDF-").is_none() {
            return Err(OpenError::NotPdf);
        }
        let tail = data
            .get(data.len().saturating_sub(4096)..)
            .unwrap_or_default();
        let mut f = File {
            data,
            objects: HashMap::new(),
            trailer: Dict::default(),
            security: None,
            truncated: memchr::memmem::find(tail, b"%%EOF").is_none(),
        };
        f.scan();
        if let Some(enc) = f.trailer.get(b"Encrypt").cloned() {
            let enc = f.resolve(&enc).clone();
            let id = f
                .trailer
                .get(b"ID")
                .and_then(Obj::array)
                .and_then(|a| a.first())
                .and_then(|o| match o {
                    Obj::Str(s) => Some(s.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            match enc.dict() {
                Some(d) => f.security = Some(Security::new(d, &id)?),
                None => return Err(OpenError::UnsupportedEncryption("Encrypt".into())),
            }
        }
        f.unpack_object_streams();
        Ok(f)
    }

    fn scan(&mut self) {
        let data = self.data;
        let mut from = 0;
        while let Some(i) = memchr::memmem::find(data.get(from..).unwrap_or_default(), b"obj") {
            let at = from + i;
            from = at + 3;
            if data
                .get(at + 3)
                .is_some_and(|&b| !(is_ws(b) || is_delim(b)))
            {
                continue;
            }
            let Some((num, gen)) = object_header(data, at) else {
                continue;
            };
            let mut lx = Lexer::new(data, at + 3);
            let Some(obj) = lx.object() else { continue };
            let obj = match obj {
                Obj::Dict(d) => {
                    lx.skip_ws();
                    if data.get(lx.pos..).is_some_and(|r| r.starts_with(b"stream")) {
                        let (start, end, next) = self.stream_extent(&d, lx.pos + 6);
                        lx.pos = next;
                        if d.get(b"Type").and_then(Obj::name) == Some(b"XRef") {
                            self.merge_trailer(&d);
                        }
                        Obj::Stream(d, start, end)
                    } else {
                        Obj::Dict(d)
                    }
                }
                o => o,
            };
            let _ = gen;
            self.objects.insert(num, obj);
            from = from.max(lx.pos);
        }
        // Classic trailers.
        let mut from = 0;
        while let Some(i) = memchr::memmem::find(data.get(from..).unwrap_or_default(), b"trailer") {
            let mut lx = Lexer::new(data, from + i + 7);
            from += i + 7;
            if let Some(Obj::Dict(d)) = lx.object() {
                self.merge_trailer(&d);
            }
        }
        if self.trailer.get(b"Root").is_none() {
            let root = self
                .objects
                .iter()
                .find_map(|(&n, o)| (o.dict()?.get(b"Type")?.name()? == b"Catalog").then_some(n));
            if let Some(n) = root {
                self.trailer.0.push((b"Root".to_vec(), Obj::Ref(n, 0)));
            }
        }
    }

    fn merge_trailer(&mut self, d: &Dict) {
        for key in [&b"Root"[..], b"Encrypt", b"ID", b"Info"] {
            if let Some(v) = d.get(key) {
                self.trailer.0.retain(|(k, _)| k != key);
                self.trailer.0.push((key.to_vec(), v.clone()));
            }
        }
    }

    /// Where a stream's data starts and ends, and where reading goes on.
    fn stream_extent(&mut self, d: &Dict, after_kw: usize) -> (usize, usize, usize) {
        let data = self.data;
        let mut start = after_kw;
        if data.get(start) == Some(&b'\r') {
            start += 1;
        }
        if data.get(start) == Some(&b'\n') {
            start += 1;
        }
        if let Some(len) = d.get(b"Length").and_then(Obj::int) {
            if let Some(end) = usize::try_from(len).ok().and_then(|l| start.checked_add(l)) {
                if let Some(rest) = data.get(end..) {
                    let mut lx = Lexer::new(rest, 0);
                    lx.skip_ws();
                    if rest
                        .get(lx.pos..)
                        .is_some_and(|r| r.starts_with(b"endstream"))
                    {
                        return (start, end, end + lx.pos + 9);
                    }
                }
            }
        }
        match memchr::memmem::find(data.get(start..).unwrap_or_default(), b"endstream") {
            Some(i) => {
                let mut end = start + i;
                if end > start && data.get(end - 1) == Some(&b'\n') {
                    end -= 1;
                }
                if end > start && data.get(end - 1) == Some(&b'\r') {
                    end -= 1;
                }
                (start, end, start + i + 9)
            }
            None => {
                self.truncated = true;
                (start, data.len(), data.len())
            }
        }
    }

    fn unpack_object_streams(&mut self) {
        let streams: Vec<(u32, Dict)> = self
            .objects
            .iter()
            .filter_map(|(&n, o)| match o {
                Obj::Stream(d, _, _) if d.get(b"Type").and_then(Obj::name) == Some(b"ObjStm") => {
                    Some((n, d.clone()))
                }
                _ => None,
            })
            .collect();
        for (num, d) in streams {
            let Some(bytes) = self.stream_data(num) else {
                continue;
            };
            let n = d
                .get(b"N")
                .and_then(Obj::int)
                .unwrap_or(0)
                .clamp(0, 1 << 20) as usize;
            let first = d.get(b"First").and_then(Obj::int).unwrap_or(0).max(0) as usize;
            let mut lx = Lexer::new(&bytes, 0);
            let mut pairs = Vec::with_capacity(n.min(4096));
            for _ in 0..n {
                match (lx.object(), lx.object()) {
                    (Some(Obj::Int(o)), Some(Obj::Int(off))) => pairs.push((o, off)),
                    _ => break,
                }
            }
            for (o, off) in pairs {
                let (Ok(o), Ok(off)) = (u32::try_from(o), usize::try_from(off)) else {
                    continue;
                };
                if self.objects.contains_key(&o) {
                    continue;
                }
                let mut lx = Lexer::new(&bytes, first.saturating_add(off));
                if let Some(obj) = lx.object() {
                    self.objects.insert(o, obj);
                }
            }
        }
    }

    /// The object numbered `num`.
    pub fn get(&self, num: u32) -> Option<&Obj> {
        self.objects.get(&num)
    }

    /// `o`, or the object it refers to (through a chain of up to 16 references).
    pub fn resolve<'o>(&'o self, o: &'o Obj) -> &'o Obj {
        let mut cur = o;
        for _ in 0..16 {
            match cur {
                Obj::Ref(n, _) => match self.objects.get(n) {
                    Some(next) => cur = next,
                    None => return &Obj::Null,
                },
                _ => return cur,
            }
        }
        &Obj::Null
    }

    /// The value of `key` in `d`, resolved.
    pub fn get_in<'o>(&'o self, d: &'o Dict, key: &[u8]) -> &'o Obj {
        d.get(key).map_or(&Obj::Null, |o| self.resolve(o))
    }

    /// The decoded data of the stream object `num` (decrypted and unfiltered).
    pub fn stream_data(&self, num: u32) -> Option<Vec<u8>> {
        let Obj::Stream(d, s, e) = self.objects.get(&num)? else {
            return None;
        };
        let raw = self.data.get(*s..*e)?;
        let raw = match &self.security {
            Some(sec) if d.get(b"Type").and_then(Obj::name) != Some(b"XRef") => {
                sec.decrypt(num, raw)
            }
            _ => raw.to_vec(),
        };
        Some(self.unfilter(d, raw))
    }

    /// The decoded data of a stream given as an object (a reference to a stream).
    pub fn stream_of(&self, o: &Obj) -> Option<Vec<u8>> {
        match o {
            Obj::Ref(n, _) => match self.objects.get(n)? {
                Obj::Ref(..) => self.stream_of(self.resolve(o)),
                _ => self.stream_data(*n),
            },
            _ => None,
        }
    }

    fn unfilter(&self, d: &Dict, mut data: Vec<u8>) -> Vec<u8> {
        let filters: Vec<Vec<u8>> = match self.get_in(d, b"Filter") {
            Obj::Name(n) => vec![n.clone()],
            Obj::Array(a) => a
                .iter()
                .filter_map(|o| self.resolve(o).name().map(<[u8]>::to_vec))
                .collect(),
            _ => Vec::new(),
        };
        let parms: Vec<Obj> = match self.get_in(d, b"DecodeParms") {
            Obj::Array(a) => a.iter().map(|o| self.resolve(o).clone()).collect(),
            o => vec![o.clone()],
        };
        for (i, f) in filters.iter().enumerate() {
            data = match f.as_slice() {
                b"FlateDecode" | b"Fl" => {
                    let out = inflate(&data);
                    match parms.get(i).and_then(Obj::dict) {
                        Some(p) => predict(out, p),
                        None => out,
                    }
                }
                b"ASCIIHexDecode" | b"AHx" => ascii_hex(&data),
                b"ASCII85Decode" | b"A85" => ascii85(&data),
                _ => return data, // image codecs and others: not text
            };
        }
        data
    }
}

/// `num gen` before the `obj` keyword at `at`.
fn object_header(data: &[u8], at: usize) -> Option<(u32, u16)> {
    let mut i = at;
    let back_ws = |i: &mut usize| {
        while *i > 0 && data.get(*i - 1).is_some_and(|&b| is_ws(b)) {
            *i -= 1;
        }
    };
    let back_digits = |i: &mut usize| -> Option<u64> {
        let end = *i;
        while *i > 0 && data.get(*i - 1).is_some_and(u8::is_ascii_digit) && end - *i < 10 {
            *i -= 1;
        }
        std::str::from_utf8(data.get(*i..end)?).ok()?.parse().ok()
    };
    back_ws(&mut i);
    if i == at {
        return None;
    }
    let gen = back_digits(&mut i)?;
    let gen_start = i;
    back_ws(&mut i);
    if i == gen_start {
        return None;
    }
    let num = back_digits(&mut i)?;
    if i > 0 && data.get(i - 1).is_some_and(|&b| !(is_ws(b) || is_delim(b))) {
        return None;
    }
    Some((u32::try_from(num).ok()?, u16::try_from(gen).ok()?))
}

/// zlib (or raw deflate) data inflated as far as it goes.
fn inflate(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut z = flate2::read::ZlibDecoder::new(data).take(MAX_STREAM);
    if z.read_to_end(&mut out).is_err() && out.is_empty() {
        let mut raw = flate2::read::DeflateDecoder::new(data).take(MAX_STREAM);
        let _ = raw.read_to_end(&mut out);
    }
    out
}

/// PNG predictors (as in cross-reference and object streams).
fn predict(data: Vec<u8>, p: &Dict) -> Vec<u8> {
    let predictor = p.get(b"Predictor").and_then(Obj::int).unwrap_or(1);
    if predictor < 10 {
        return data;
    }
    let colors = p.get(b"Colors").and_then(Obj::int).unwrap_or(1).clamp(1, 4) as usize;
    let bpc = p
        .get(b"BitsPerComponent")
        .and_then(Obj::int)
        .unwrap_or(8)
        .clamp(1, 16) as usize;
    let columns = p
        .get(b"Columns")
        .and_then(Obj::int)
        .unwrap_or(1)
        .clamp(1, 1 << 16) as usize;
    let bpp = (colors * bpc).div_ceil(8).max(1);
    let row = (colors * bpc * columns).div_ceil(8);
    let mut out = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; row];
    for chunk in data.chunks(row + 1) {
        let Some((&kind, src)) = chunk.split_first() else {
            break;
        };
        let mut cur = vec![0u8; row];
        for (i, &x) in src.iter().enumerate() {
            let a = if i >= bpp {
                cur.get(i - bpp).copied().unwrap_or(0)
            } else {
                0
            };
            let b = prev.get(i).copied().unwrap_or(0);
            let c = if i >= bpp {
                prev.get(i - bpp).copied().unwrap_or(0)
            } else {
                0
            };
            let v = match kind {
                1 => x.wrapping_add(a),
                2 => x.wrapping_add(b),
                3 => x.wrapping_add(((u16::from(a) + u16::from(b)) / 2) as u8),
                4 => {
                    let pa = (i16::from(b) - i16::from(c)).abs();
                    let pb = (i16::from(a) - i16::from(c)).abs();
                    let pc = (i16::from(a) + i16::from(b) - 2 * i16::from(c)).abs();
                    let p = if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    };
                    x.wrapping_add(p)
                }
                _ => x,
            };
            if let Some(slot) = cur.get_mut(i) {
                *slot = v;
            }
        }
        out.extend_from_slice(cur.get(..src.len()).unwrap_or_default());
        prev = cur;
    }
    out
}

fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let mut lx = Lexer::new(data, 0);
    let mut wrapped = Vec::with_capacity(data.len() + 2);
    wrapped.push(b'<');
    wrapped.extend_from_slice(data);
    wrapped.push(b'>');
    lx.data = &wrapped;
    match lx.object() {
        Some(Obj::Str(s)) => s,
        _ => Vec::new(),
    }
}

fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 4 / 5);
    let mut group = [0u32; 5];
    let mut n = 0;
    let body = data.strip_prefix(b"<~").unwrap_or(data);
    for &b in body {
        match b {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0, 0, 0, 0]),
            b'!'..=b'u' => {
                if let Some(slot) = group.get_mut(n) {
                    *slot = u32::from(b - b'!');
                }
                n += 1;
                if n == 5 {
                    let v = group
                        .iter()
                        .fold(0u32, |acc, &d| acc.wrapping_mul(85).wrapping_add(d));
                    out.extend_from_slice(&v.to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        for slot in group.iter_mut().skip(n) {
            *slot = 84;
        }
        let v = group
            .iter()
            .fold(0u32, |acc, &d| acc.wrapping_mul(85).wrapping_add(d));
        out.extend_from_slice(v.to_be_bytes().get(..n - 1).unwrap_or_default());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_headers_and_decodes_ascii_filters() {
        assert_eq!(object_header(b"12 0 obj", 5), Some((12, 0)));
        assert_eq!(object_header(b"x12 0 obj", 6), None);
        assert_eq!(ascii85(b"87cURD]i,\"Ebo80~>"), b"Hello World!");
        assert_eq!(ascii_hex(b"4E 2D>"), vec![0x4E, 0x2D]);
    }
}
