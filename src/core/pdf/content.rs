//! Content streams → positioned glyphs: the text operators (`BT`/`ET`, `Tf`,
//! `Td`/`TD`/`Tm`/`T*`, `Tc`/`Tw`/`Tz`/`TL`/`Ts`, `Tj`/`TJ`/`'`/`"`), the
//! graphics state (`q`/`Q`/`cm`) and form XObjects (`Do`), following the text
//! matrix as the PDF specification defines it. Everything else (paths,
//! images, colours) is skipped; inline image data is stepped over.

use super::file::File;
use super::font::Font;
use super::lexer::{Dict, Lexer, Obj, Token};
use crate::core::layout::Glyph;
use std::collections::HashMap;
use std::rc::Rc;

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn matrix_of(ops: &[Obj]) -> Option<Matrix> {
    let n: Vec<f64> = ops.iter().filter_map(Obj::num).collect();
    let s = n.get(n.len().checked_sub(6)?..)?;
    let m = [s[0], s[1], s[2], s[3], s[4], s[5]];
    m.iter().all(|v| v.is_finite()).then_some(m)
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_space: f64,
    word_space: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

/// Reads the glyphs of pages, caching fonts across pages.
pub struct Interpreter<'f, 'a> {
    file: &'f File<'a>,
    fonts: HashMap<u32, Rc<Font>>,
    /// Glyphs shown whose font gives no text (no `ToUnicode`).
    pub unmapped: usize,
    /// Operations done so far (a cap stops hostile streams).
    ops: usize,
}

const MAX_OPS: usize = 20_000_000;

impl<'f, 'a> Interpreter<'f, 'a> {
    /// An interpreter over `file`.
    pub fn new(file: &'f File<'a>) -> Self {
        Interpreter {
            file,
            fonts: HashMap::new(),
            unmapped: 0,
            ops: 0,
        }
    }

    /// The glyphs of a content stream `data` drawn with `resources`.
    pub fn run(
        &mut self,
        data: &[u8],
        resources: &Dict,
        ctm: Matrix,
        out: &mut Vec<Glyph>,
        depth: usize,
    ) {
        let mut st = State {
            ctm,
            font: None,
            size: 0.0,
            char_space: 0.0,
            word_space: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        let mut stack: Vec<State> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut operands: Vec<Obj> = Vec::new();
        let mut lx = Lexer::new(data, 0);
        while let Some(t) = lx.token() {
            let op = match t {
                Token::Obj(o) => {
                    if operands.len() < 64 {
                        operands.push(o);
                    }
                    continue;
                }
                Token::Op(op) => op,
            };
            self.ops += 1;
            if self.ops > MAX_OPS {
                return;
            }
            let num = |i: usize| -> f64 {
                operands
                    .len()
                    .checked_sub(i)
                    .and_then(|k| operands.get(k))
                    .and_then(Obj::num)
                    .filter(|v| v.is_finite())
                    .unwrap_or(0.0)
            };
            match op {
                b"q" if stack.len() < 256 => stack.push(st.clone()),
                b"Q" => {
                    if let Some(s) = stack.pop() {
                        st = s;
                    }
                }
                b"cm" => {
                    if let Some(m) = matrix_of(&operands) {
                        st.ctm = mul(&m, &st.ctm);
                    }
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                b"Tf" => {
                    st.size = num(1);
                    let name = operands
                        .iter()
                        .rev()
                        .find_map(Obj::name)
                        .unwrap_or_default();
                    st.font = Some(self.font(resources, name));
                }
                b"Tc" => st.char_space = num(1),
                b"Tw" => st.word_space = num(1),
                b"Tz" => st.scale = num(1) / 100.0,
                b"TL" => st.leading = num(1),
                b"Ts" => st.rise = num(1),
                b"Td" | b"TD" => {
                    let (tx, ty) = (num(2), num(1));
                    if op == b"TD" {
                        st.leading = -ty;
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                    tm = tlm;
                }
                b"Tm" => {
                    if let Some(m) = matrix_of(&operands) {
                        tm = m;
                        tlm = m;
                    }
                }
                b"T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -st.leading], &tlm);
                    tm = tlm;
                }
                b"Tj" | b"'" | b"\"" | b"TJ" => {
                    if op == b"'" || op == b"\"" {
                        if op == b"\"" {
                            st.word_space = num(3);
                            st.char_space = num(2);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -st.leading], &tlm);
                        tm = tlm;
                    }
                    let items: Vec<Obj> = match operands.last() {
                        Some(Obj::Array(a)) if op == b"TJ" => a.clone(),
                        Some(o @ Obj::Str(_)) => vec![o.clone()],
                        _ => Vec::new(),
                    };
                    for item in items {
                        match item {
                            Obj::Str(s) => self.show(&s, &st, &mut tm, out),
                            o => {
                                if let Some(n) = o.num().filter(|n| n.is_finite()) {
                                    let tx = -n / 1000.0 * st.size * st.scale;
                                    tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                }
                            }
                        }
                    }
                }
                b"Do" if depth < 8 => {
                    let name = operands.last().and_then(Obj::name).unwrap_or_default();
                    self.form(resources, name, &st, out, depth);
                }
                b"ID" => {
                    // Inline image data: skip to `EI` after white space.
                    let rest = lx.data.get(lx.pos..).unwrap_or_default();
                    let skip = rest
                        .windows(4)
                        .position(|w| {
                            super::lexer::is_ws(w[0])
                                && w[1] == b'E'
                                && w[2] == b'I'
                                && (super::lexer::is_ws(w[3]))
                        })
                        .map_or(rest.len(), |p| p + 3);
                    lx.pos += skip;
                }
                _ => {}
            }
            operands.clear();
        }
    }

    fn font(&mut self, resources: &Dict, name: &[u8]) -> Rc<Font> {
        let file = self.file;
        let fonts = file.get_in(resources, b"Font");
        let entry = fonts.dict().and_then(|d| d.get(name)).cloned();
        match entry {
            Some(Obj::Ref(n, g)) => {
                if let Some(f) = self.fonts.get(&n) {
                    return f.clone();
                }
                let f = Rc::new(Font::load(file, &Obj::Ref(n, g)));
                self.fonts.insert(n, f.clone());
                f
            }
            Some(o) => Rc::new(Font::load(file, &o)),
            None => Rc::new(Font::fallback()),
        }
    }

    fn form(
        &mut self,
        resources: &Dict,
        name: &[u8],
        st: &State,
        out: &mut Vec<Glyph>,
        depth: usize,
    ) {
        let file = self.file;
        let Some(xref) = file
            .get_in(resources, b"XObject")
            .dict()
            .and_then(|d| d.get(name))
            .cloned()
        else {
            return;
        };
        let obj = file.resolve(&xref);
        let Some(d) = obj.dict() else { return };
        if file.get_in(d, b"Subtype").name() != Some(b"Form") {
            return;
        }
        let Some(data) = file.stream_of(&xref) else {
            return;
        };
        let m = file
            .get_in(d, b"Matrix")
            .array()
            .and_then(matrix_of)
            .unwrap_or(IDENTITY);
        let res = match file.get_in(d, b"Resources") {
            Obj::Dict(r) => r.clone(),
            _ => resources.clone(),
        };
        self.run(&data, &res, mul(&m, &st.ctm), out, depth + 1);
    }

    fn show(&mut self, s: &[u8], st: &State, tm: &mut Matrix, out: &mut Vec<Glyph>) {
        let Some(font) = st.font.clone() else { return };
        for code in font.codes(s) {
            let text = font.text(&code);
            let w = font.width(&code, &text) / 1000.0;
            let trm = mul(
                &mul(&[st.size * st.scale, 0.0, 0.0, st.size, 0.0, st.rise], tm),
                &st.ctm,
            );
            let m = mul(tm, &st.ctm);
            let sx = m[0].hypot(m[1]);
            let mut adv = w * st.size + st.char_space;
            if font.is_word_space(&code) {
                adv += st.word_space;
            }
            adv *= st.scale;
            if text.is_empty() {
                self.unmapped += 1;
            } else {
                out.push(Glyph {
                    x: trm[4],
                    y: -trm[5],
                    w: w * st.size * st.scale * sx,
                    size: trm[2].hypot(trm[3]),
                    text,
                });
            }
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, adv, 0.0], tm);
        }
    }
}
