//! PDF syntax: the objects of a file body and the tokens of a content stream.
//!
//! One tokenizer serves both, because content streams and CMaps use the same
//! PostScript-like syntax as the file's objects: numbers, `(literal)` and
//! `<hex>` strings, `/Names`, `[arrays]`, `<<dictionaries>>` and bare
//! keywords (`obj`, `R`, `Tj`, `begincodespacerange` …). Every read is
//! bounds-checked and nesting is capped, so damaged input only ends a parse.

/// Nesting deeper than this ends a parse (a `[[[[…` bomb cannot overflow the stack).
const MAX_DEPTH: usize = 64;

/// A PDF object.
#[derive(Debug, Clone, PartialEq)]
pub enum Obj {
    /// `null`, and anything unreadable.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A real number.
    Real(f64),
    /// A string, as raw bytes.
    Str(Vec<u8>),
    /// A name, without its slash, `#xx` escapes resolved.
    Name(Vec<u8>),
    /// An array.
    Array(Vec<Obj>),
    /// A dictionary.
    Dict(Dict),
    /// A reference `num gen R`.
    Ref(u32, u16),
    /// A stream: its dictionary and the byte range of its (raw) data in the file.
    Stream(Dict, usize, usize),
}

/// A dictionary: few keys, kept in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dict(pub Vec<(Vec<u8>, Obj)>);

impl Dict {
    /// The value of `key`, if present.
    pub fn get(&self, key: &[u8]) -> Option<&Obj> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl Obj {
    /// The number, integer or real.
    pub fn num(&self) -> Option<f64> {
        match self {
            Obj::Int(i) => Some(*i as f64),
            Obj::Real(r) => Some(*r),
            _ => None,
        }
    }
    /// The integer.
    pub fn int(&self) -> Option<i64> {
        match self {
            Obj::Int(i) => Some(*i),
            Obj::Real(r) if r.is_finite() => Some(*r as i64),
            _ => None,
        }
    }
    /// The name's bytes.
    pub fn name(&self) -> Option<&[u8]> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }
    /// The dictionary (of a stream too).
    pub fn dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, _, _) => Some(d),
            _ => None,
        }
    }
    /// The array's items.
    pub fn array(&self) -> Option<&[Obj]> {
        match self {
            Obj::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// A token of a content stream: an operand or an operator keyword.
#[derive(Debug, Clone, PartialEq)]
pub enum Token<'a> {
    /// An operand.
    Obj(Obj),
    /// An operator or other bare keyword.
    Op(&'a [u8]),
}

/// Whether `b` is PDF white space.
pub fn is_ws(b: u8) -> bool {
    matches!(b, 0 | 9 | 10 | 12 | 13 | 32)
}

/// Whether `b` is a PDF delimiter.
pub fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// A cursor over PDF bytes.
pub struct Lexer<'a> {
    /// The bytes.
    pub data: &'a [u8],
    /// The position of the next byte to read.
    pub pos: usize,
}

impl<'a> Lexer<'a> {
    /// A lexer at `pos` in `data`.
    pub fn new(data: &'a [u8], pos: usize) -> Self {
        Lexer { data, pos }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    /// Skips white space and comments.
    pub fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            if is_ws(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if is_ws(b) || is_delim(b) {
                break;
            }
            self.pos += 1;
        }
        self.data.get(start..self.pos).unwrap_or_default()
    }

    /// The next token, or `None` at the end.
    pub fn token(&mut self) -> Option<Token<'a>> {
        self.token_at(0)
    }

    fn token_at(&mut self, depth: usize) -> Option<Token<'a>> {
        self.skip_ws();
        let b = self.peek()?;
        if depth > MAX_DEPTH {
            self.pos = self.data.len();
            return None;
        }
        Some(match b {
            b'(' => Token::Obj(Obj::Str(self.literal())),
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                Token::Obj(Obj::Dict(self.dict_body(depth)))
            }
            b'<' => Token::Obj(Obj::Str(self.hex())),
            b'/' => {
                self.pos += 1;
                Token::Obj(Obj::Name(unescape_name(self.word())))
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    match self.peek() {
                        None => break,
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        _ => {}
                    }
                    match self.object_at(depth + 1) {
                        Some(o) => items.push(o),
                        None => {
                            // A stray keyword or delimiter: step over it.
                            if self.peek().is_some_and(|c| c != b']') {
                                self.pos += 1;
                            }
                        }
                    }
                }
                Token::Obj(Obj::Array(items))
            }
            b']' | b'>' | b')' | b'{' | b'}' => {
                self.pos += 1;
                Token::Op(self.data.get(self.pos - 1..self.pos).unwrap_or_default())
            }
            _ => {
                let w = self.word();
                if w.is_empty() {
                    self.pos += 1;
                    return Some(Token::Op(&[]));
                }
                match number(w) {
                    Some(n) => Token::Obj(n),
                    None => match w {
                        b"true" => Token::Obj(Obj::Bool(true)),
                        b"false" => Token::Obj(Obj::Bool(false)),
                        b"null" => Token::Obj(Obj::Null),
                        _ => Token::Op(w),
                    },
                }
            }
        })
    }

    fn dict_body(&mut self, depth: usize) -> Dict {
        let mut d = Dict::default();
        loop {
            self.skip_ws();
            match self.peek() {
                None => break,
                Some(b'>') => {
                    self.pos += 1;
                    if self.peek() == Some(b'>') {
                        self.pos += 1;
                    }
                    break;
                }
                Some(b'/') => {
                    self.pos += 1;
                    let key = unescape_name(self.word());
                    self.skip_ws();
                    if self.peek() == Some(b'>') {
                        continue;
                    }
                    let value = self.object_at(depth + 1).unwrap_or(Obj::Null);
                    d.0.push((key, value));
                }
                Some(_) => {
                    // Not a key: skip one token.
                    let before = self.pos;
                    let _ = self.token_at(depth + 1);
                    if self.pos == before {
                        self.pos += 1;
                    }
                }
            }
        }
        d
    }

    /// The next object, resolving `num gen R` into a reference; `None` at a
    /// keyword or the end.
    pub fn object(&mut self) -> Option<Obj> {
        self.object_at(0)
    }

    fn object_at(&mut self, depth: usize) -> Option<Obj> {
        let save = self.pos;
        match self.token_at(depth)? {
            Token::Obj(Obj::Int(num)) => {
                let after = self.pos;
                if let (Some(Token::Obj(Obj::Int(gen))), Some(Token::Op(b"R"))) =
                    (self.token_at(depth), self.token_at(depth))
                {
                    if (0..=u32::MAX as i64).contains(&num) && (0..=u16::MAX as i64).contains(&gen)
                    {
                        return Some(Obj::Ref(num as u32, gen as u16));
                    }
                }
                self.pos = after;
                Some(Obj::Int(num))
            }
            Token::Obj(o) => Some(o),
            Token::Op(_) => {
                self.pos = save;
                None
            }
        }
    }

    fn literal(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        let mut level = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'(' => {
                    level += 1;
                    out.push(b);
                }
                b')' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xFF) as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
        out
    }

    fn hex(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        let mut half: Option<u8> = None;
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            let Some(v) = hex_val(b) else { continue };
            match half.take() {
                Some(h) => out.push(h << 4 | v),
                None => half = Some(v),
            }
        }
        if let Some(h) = half {
            out.push(h << 4);
        }
        out
    }
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn unescape_name(w: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    while let Some(&b) = w.get(i) {
        if b == b'#' {
            if let (Some(h), Some(l)) = (
                w.get(i + 1).and_then(|&c| hex_val(c)),
                w.get(i + 2).and_then(|&c| hex_val(c)),
            ) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

fn number(w: &[u8]) -> Option<Obj> {
    let first = *w.first()?;
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return None;
    }
    let s = std::str::from_utf8(w).ok()?;
    if let Ok(i) = s.parse::<i64>() {
        return Some(Obj::Int(i));
    }
    // PDF reals have no exponent; producers sometimes write `--5` or `5.-`.
    let cleaned: String = s
        .chars()
        .enumerate()
        .filter(|&(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')))
        .map(|(_, c)| c)
        .collect();
    let r = cleaned.parse::<f64>().ok().filter(|r| r.is_finite())?;
    Some(Obj::Real(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_objects() {
        let mut l = Lexer::new(
            b"<< /Type /Page /Kids [1 0 R 2 0 R] /N -3.5 /S (a\\(b\\)\\101) /H <4E2D> /X#20y 5 >>",
            0,
        );
        let o = l.object().unwrap();
        let d = o.dict().unwrap();
        assert_eq!(d.get(b"Type"), Some(&Obj::Name(b"Page".to_vec())));
        assert_eq!(
            d.get(b"Kids"),
            Some(&Obj::Array(vec![Obj::Ref(1, 0), Obj::Ref(2, 0)]))
        );
        assert_eq!(d.get(b"N"), Some(&Obj::Real(-3.5)));
        assert_eq!(d.get(b"S"), Some(&Obj::Str(b"a(b)A".to_vec())));
        assert_eq!(d.get(b"H"), Some(&Obj::Str(vec![0x4E, 0x2D])));
        assert_eq!(d.get(b"X y"), Some(&Obj::Int(5)));
    }

    #[test]
    fn deep_nesting_and_garbage_end_quietly() {
        let deep = "[".repeat(10_000);
        let mut l = Lexer::new(deep.as_bytes(), 0);
        while l.token().is_some() {}
        let mut l = Lexer::new(b"<< /A [ 1 2 ) >> ] ( \\", 0);
        while l.token().is_some() {}
    }
}
