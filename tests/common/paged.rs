//! Builders of PDF and OFD files for the tests, written by hand so each font
//! and CMap kind, encryption and damage is exercised on purpose.
#![allow(dead_code)]

use std::io::Write;

/// How a test PDF encodes its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cmap {
    /// Type0 font, Identity-H two-byte CIDs, with a ToUnicode CMap.
    IdentityToUnicode,
    /// UniGB-UCS2-H: the codes are UCS-2.
    UniGbUcs2,
    /// UniGB-UTF16-H: the codes are UTF-16BE.
    UniGbUtf16,
    /// GBK-EUC-H: the codes are GBK bytes.
    GbkEuc,
    /// ETen-B5-H: the codes are Big5 bytes.
    Big5,
    /// A simple TrueType font with WinAnsiEncoding (Latin text).
    WinAnsi,
}

/// Encryption of a test PDF.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Crypt {
    /// None.
    None,
    /// RC4 128-bit (R3), owner password only.
    Rc4Owner,
    /// AES-128 (V4 R4 AESV2), owner password only.
    AesOwner,
    /// RC4 128-bit with a user password.
    Rc4User,
}

const PAD: [u8; 32] = [
    0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
    0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
];

fn md5(parts: &[&[u8]]) -> [u8; 16] {
    use md5::{Digest, Md5};
    let mut h = Md5::new();
    for p in parts {
        h.update(p);
    }
    h.finalize().into()
}

fn padded(pw: &[u8]) -> Vec<u8> {
    let mut v: Vec<u8> = pw.iter().take(32).copied().collect();
    v.extend_from_slice(&PAD[..32 - v.len()]);
    v
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// Lines of text laid out on pages: 40 lines of up to 30 characters per
/// page, paragraphs indented by two characters, a running header and a page
/// number footer on each page.
pub fn layout_pages(text: &str, header: &str) -> Vec<Vec<(f64, f64, String)>> {
    let mut pages = Vec::new();
    let mut page: Vec<(f64, f64, String)> = Vec::new();
    let mut y = 760.0;
    let size = 12.0;
    let per_line = 30;
    let mut lines: Vec<(bool, String)> = Vec::new();
    for para in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let chars: Vec<char> = para.chars().collect();
        let mut first = true;
        let mut i = 0;
        while i < chars.len() {
            let n = if first { per_line - 2 } else { per_line };
            let end = (i + n).min(chars.len());
            lines.push((first, chars[i..end].iter().collect()));
            first = false;
            i = end;
        }
    }
    let finish = |page: &mut Vec<(f64, f64, String)>, pages: &mut Vec<Vec<(f64, f64, String)>>| {
        let n = pages.len() + 1;
        page.insert(0, (250.0, 800.0, header.to_string()));
        page.push((290.0, 40.0, format!("- {n} -")));
        pages.push(std::mem::take(page));
    };
    for (first, line) in lines {
        if y < 80.0 {
            finish(&mut page, &mut pages);
            y = 760.0;
        }
        let x = if first { 72.0 + 2.0 * size } else { 72.0 };
        page.push((x, y, line));
        y -= 18.0;
    }
    if !page.is_empty() {
        finish(&mut page, &mut pages);
    }
    pages
}

/// A PDF of `pages` (lines at positions, 12 pt) in the given CMap kind.
pub fn pdf(pages: &[Vec<(f64, f64, String)>], cmap: Cmap, crypt: Crypt) -> Vec<u8> {
    // Characters → codes (and for Identity-H a CID table).
    let mut cids: Vec<char> = Vec::new();
    let mut encode = |s: &str| -> Vec<u8> {
        match cmap {
            Cmap::IdentityToUnicode => s
                .chars()
                .flat_map(|c| {
                    let i = cids.iter().position(|&d| d == c).unwrap_or_else(|| {
                        cids.push(c);
                        cids.len() - 1
                    });
                    ((i + 1) as u16).to_be_bytes()
                })
                .collect(),
            Cmap::UniGbUcs2 | Cmap::UniGbUtf16 => {
                s.encode_utf16().flat_map(u16::to_be_bytes).collect()
            }
            Cmap::GbkEuc => encoding_rs::GBK.encode(s).0.into_owned(),
            Cmap::Big5 => encoding_rs::BIG5.encode(s).0.into_owned(),
            Cmap::WinAnsi => encoding_rs::WINDOWS_1252.encode(s).0.into_owned(),
        }
    };
    let mut contents = Vec::new();
    for page in pages {
        let mut c = String::from("BT\n");
        for (x, y, line) in page {
            c.push_str(&format!(
                "/F1 12 Tf 1 0 0 1 {x} {y} Tm <{}> Tj\n",
                hex(&encode(line))
            ));
        }
        c.push_str("ET\n");
        contents.push(c.into_bytes());
    }
    let n = pages.len();
    // Objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 tounicode,
    // then per page: page, content.
    let mut objs: Vec<Vec<u8>> = Vec::new();
    objs.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 6 + 2 * i)).collect();
    objs.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes());
    let (encoding, ordering) = match cmap {
        Cmap::IdentityToUnicode => ("Identity-H", "Identity"),
        Cmap::UniGbUcs2 => ("UniGB-UCS2-H", "GB1"),
        Cmap::UniGbUtf16 => ("UniGB-UTF16-H", "GB1"),
        Cmap::GbkEuc => ("GBK-EUC-H", "GB1"),
        Cmap::Big5 => ("ETen-B5-H", "CNS1"),
        Cmap::WinAnsi => ("WinAnsiEncoding", ""),
    };
    if cmap == Cmap::WinAnsi {
        objs.push(b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 >>".to_vec());
        objs.push(b"<< >>".to_vec());
        objs.push(b"<< >>".to_vec());
    } else {
        let tu = if cmap == Cmap::IdentityToUnicode {
            " /ToUnicode 5 0 R"
        } else {
            ""
        };
        objs.push(format!("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /{encoding} /DescendantFonts [4 0 R]{tu} >>").into_bytes());
        objs.push(format!("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering ({ordering}) /Supplement 0 >> /DW 1000 >>").into_bytes());
        let mut cm = String::from("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for chunk in cids.chunks(100).enumerate() {
            let (k, chunk) = chunk;
            cm.push_str(&format!("{} beginbfchar\n", chunk.len()));
            for (j, c) in chunk.iter().enumerate() {
                let mut b = [0u16; 2];
                let units: Vec<u8> = c
                    .encode_utf16(&mut b)
                    .iter()
                    .flat_map(|u| u.to_be_bytes())
                    .collect();
                cm.push_str(&format!("<{:04X}> <{}>\n", k * 100 + j + 1, hex(&units)));
            }
            cm.push_str("endbfchar\n");
        }
        cm.push_str("endcmap CMapName currentdict /CMap defineresource pop end end\n");
        objs.push(stream_obj("", cm.as_bytes()));
    }
    for (i, c) in contents.iter().enumerate() {
        objs.push(format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>", 7 + 2 * i).into_bytes());
        objs.push(stream_obj("", c));
    }
    write_pdf(objs, crypt)
}

fn stream_obj(extra: &str, data: &[u8]) -> Vec<u8> {
    // Flate-compressed, as producers write.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data).unwrap();
    let data = z.finish().unwrap();
    let mut v = format!(
        "<< /Length {} /Filter /FlateDecode{extra} >>\nstream\n",
        data.len()
    )
    .into_bytes();
    v.extend_from_slice(&data);
    v.extend_from_slice(b"\nendstream");
    v
}

/// Writes objects 1.. with a cross-reference table, encrypting streams as asked.
pub fn write_pdf(mut objs: Vec<Vec<u8>>, crypt: Crypt) -> Vec<u8> {
    let id = *b"wenxi-test-id-16";
    let mut trailer_extra = String::new();
    if crypt != Crypt::None {
        let aes = crypt == Crypt::AesOwner;
        let (v, r) = if aes { (4, 4) } else { (2, 3) };
        let user: &[u8] = if crypt == Crypt::Rc4User {
            b"secret"
        } else {
            b""
        };
        let p: i32 = -3904;
        // O: from the owner password (algorithm 3).
        let mut h = md5(&[&padded(b"owner")]);
        for _ in 0..50 {
            h = md5(&[&h]);
        }
        let mut o = wenxi::core::pdf::crypt::rc4(&h, &padded(user));
        for i in 1..=19u8 {
            let k: Vec<u8> = h.iter().map(|b| b ^ i).collect();
            o = wenxi::core::pdf::crypt::rc4(&k, &o);
        }
        // File key (algorithm 2) and U (algorithm 5).
        let mut key = md5(&[&padded(user), &o, &p.to_le_bytes(), &id]);
        for _ in 0..50 {
            key = md5(&[&key]);
        }
        let mut u = wenxi::core::pdf::crypt::rc4(&key, &md5(&[&PAD, &id]));
        for i in 1..=19u8 {
            let k: Vec<u8> = key.iter().map(|b| b ^ i).collect();
            u = wenxi::core::pdf::crypt::rc4(&k, &u);
        }
        u.extend_from_slice(&[0u8; 16]);
        // Encrypt every stream with its object key.
        let length = regex::Regex::new(r"/Length \d+").unwrap();
        for (i, obj) in objs.iter_mut().enumerate() {
            let Some(s) = find(obj, b"stream\n") else {
                continue;
            };
            let e = find(obj, b"\nendstream").unwrap();
            let data = obj[s + 7..e].to_vec();
            let num = (i + 1) as u32;
            let salt: &[u8] = if aes { b"sAlT" } else { b"" };
            let ok = md5(&[&key, &num.to_le_bytes()[..3], &[0, 0], salt]);
            let enc = if aes {
                aes_cbc_encrypt(&ok, &data)
            } else {
                wenxi::core::pdf::crypt::rc4(&ok, &data)
            };
            let head = String::from_utf8_lossy(&obj[..s]).into_owned();
            let head = length
                .replace(&head, format!("/Length {}", enc.len()).as_str())
                .into_owned();
            let mut v = head.into_bytes();
            v.extend_from_slice(b"stream\n");
            v.extend_from_slice(&enc);
            v.extend_from_slice(b"\nendstream");
            *obj = v;
        }
        let cf = if aes {
            " /CF << /StdCF << /CFM /AESV2 /Length 16 /AuthEvent /DocOpen >> >> /StmF /StdCF /StrF /StdCF"
        } else {
            ""
        };
        objs.push(
            format!(
                "<< /Filter /Standard /V {v} /R {r} /Length 128{cf} /O <{}> /U <{}> /P {p} >>",
                hex(&o),
                hex(&u)
            )
            .into_bytes(),
        );
        trailer_extra = format!(" /Encrypt {} 0 R", objs.len());
    }
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /ID [<{}> <{}>]{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1,
            hex(&id),
            hex(&id)
        )
        .as_bytes(),
    );
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn aes_cbc_encrypt(key: &[u8], data: &[u8]) -> Vec<u8> {
    use aes::cipher::{generic_array::GenericArray, BlockEncrypt, KeyInit};
    let c = aes::Aes128::new(GenericArray::from_slice(key));
    let iv = [7u8; 16];
    let mut out = iv.to_vec();
    let pad = 16 - data.len() % 16;
    let mut d = data.to_vec();
    d.extend(std::iter::repeat_n(pad as u8, pad));
    let mut prev = iv;
    for chunk in d.chunks(16) {
        let x: Vec<u8> = chunk.iter().zip(prev.iter()).map(|(a, b)| a ^ b).collect();
        let mut block = GenericArray::clone_from_slice(&x);
        c.encrypt_block(&mut block);
        prev.copy_from_slice(&block);
        out.extend_from_slice(&block);
    }
    out
}

/// A PDF whose pages only draw an image (a scan).
pub fn image_only_pdf(pages: usize) -> Vec<u8> {
    let mut objs: Vec<Vec<u8>> = Vec::new();
    objs.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objs.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        )
        .into_bytes(),
    );
    let mut img = b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n".to_vec();
    img.extend_from_slice(&[0, 255, 255, 0]);
    img.extend_from_slice(b"\nendstream");
    objs.push(img);
    for i in 0..pages {
        objs.push(format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents {} 0 R >>", 5 + 2 * i).into_bytes());
        objs.push(stream_obj("", b"q 595 0 0 842 0 0 cm /Im1 Do Q"));
    }
    write_pdf(objs, Crypt::None)
}

/// An OFD package (GB/T 33190-2016) of `pages`, positions in millimetres
/// (y down), 4.2 mm characters.
pub fn ofd(pages: &[Vec<(f64, f64, String)>]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut buf);
    let opt = zip::write::SimpleFileOptions::default();
    let ns = "http://www.ofdspec.org/2016";
    w.start_file("OFD.xml", opt).unwrap();
    write!(w, r#"<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{ns}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>wenxi16</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#).unwrap();
    w.start_file("Doc_0/Document.xml", opt).unwrap();
    let mut page_list = String::new();
    for i in 0..pages.len() {
        page_list.push_str(&format!(
            r#"<ofd:Page ID="{}" BaseLoc="Pages/Page_{i}/Content.xml"/>"#,
            10 + i
        ));
    }
    write!(w, r#"<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{ns}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>"#).unwrap();
    w.start_file("Doc_0/PublicRes.xml", opt).unwrap();
    write!(w, r#"<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{ns}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>"#).unwrap();
    let mut id = 100;
    for (i, page) in pages.iter().enumerate() {
        w.start_file(format!("Doc_0/Pages/Page_{i}/Content.xml"), opt)
            .unwrap();
        let mut objs = String::new();
        for (x, y, line) in page {
            // PDF points (y up) of layout_pages → millimetres (y down).
            let (xm, ym) = (x * 0.3528, (842.0 - y) * 0.3528);
            let n = line.chars().count();
            let width = n as f64 * 4.2;
            let esc = line.replace('&', "&amp;").replace('<', "&lt;");
            objs.push_str(&format!(
                r#"<ofd:TextObject ID="{id}" Boundary="{xm:.2} {:.2} {width:.2} 6" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.2" DeltaX="g {} 4.2">{esc}</ofd:TextCode></ofd:TextObject>"#,
                ym - 4.2,
                n.saturating_sub(1)
            ));
            id += 1;
        }
        write!(w, r#"<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{ns}"><ofd:Content><ofd:Layer ID="{}">{objs}</ofd:Layer></ofd:Content></ofd:Page>"#, 50 + i).unwrap();
    }
    w.finish().unwrap();
    buf.into_inner()
}
