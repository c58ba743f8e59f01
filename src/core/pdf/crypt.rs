//! The PDF standard security handler (revisions 2–4: RC4 and AES-128), for
//! files protected by an owner password only — their user password is empty,
//! so any reader may open them, and so does Wenxi. A file that needs a user
//! password is refused. RC4 is ten lines and written here; MD5 and AES come
//! from the RustCrypto crates (`md-5`, `aes`), which are pure Rust.
//!
//! Keys are derived with generation number 0, which is what every producer
//! writes for live objects.

use super::file::OpenError;
use super::lexer::{Dict, Obj};
use aes::cipher::{generic_array::GenericArray, BlockDecrypt, KeyInit};
use md5::{Digest, Md5};

const PAD: [u8; 32] = [
    0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
    0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
];

/// How streams are decrypted.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Method {
    Rc4,
    Aes,
    Identity,
}

/// The file key and method of an encrypted file.
pub struct Security {
    key: Vec<u8>,
    method: Method,
}

fn bytes_of(d: &Dict, key: &[u8]) -> Vec<u8> {
    match d.get(key) {
        Some(Obj::Str(s)) => s.clone(),
        _ => Vec::new(),
    }
}

/// RC4 over `data` with `key`.
pub fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    if key.is_empty() {
        return data.to_vec();
    }
    let mut s: [u8; 256] = std::array::from_fn(|i| i as u8);
    let mut j = 0u8;
    for i in 0..256 {
        j = j
            .wrapping_add(s[i])
            .wrapping_add(key.get(i % key.len()).copied().unwrap_or(0));
        s.swap(i, j as usize);
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|&b| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[i as usize]);
            s.swap(i as usize, j as usize);
            b ^ s[s[i as usize].wrapping_add(s[j as usize]) as usize]
        })
        .collect()
}

fn md5(parts: &[&[u8]]) -> [u8; 16] {
    let mut h = Md5::new();
    for p in parts {
        h.update(p);
    }
    h.finalize().into()
}

impl Security {
    /// The handler for an `/Encrypt` dictionary, opened with the empty user password.
    pub fn new(d: &Dict, id: &[u8]) -> Result<Security, OpenError> {
        if d.get(b"Filter").and_then(Obj::name) != Some(b"Standard") {
            return Err(OpenError::UnsupportedEncryption(
                String::from_utf8_lossy(d.get(b"Filter").and_then(Obj::name).unwrap_or(b"?"))
                    .into_owned(),
            ));
        }
        let v = d.get(b"V").and_then(Obj::int).unwrap_or(0);
        let r = d.get(b"R").and_then(Obj::int).unwrap_or(2);
        if !(1..=4).contains(&v) || !(2..=4).contains(&r) {
            return Err(OpenError::UnsupportedEncryption(format!(
                "V{v} R{r} (AES-256)"
            )));
        }
        let mut method = Method::Rc4;
        let mut len = d.get(b"Length").and_then(Obj::int).unwrap_or(40);
        if v == 4 {
            let stmf = d.get(b"StmF").and_then(Obj::name).unwrap_or(b"Identity");
            if stmf == b"Identity" {
                method = Method::Identity;
            } else {
                let cf = d
                    .get(b"CF")
                    .and_then(Obj::dict)
                    .and_then(|cf| cf.get(stmf))
                    .and_then(Obj::dict);
                match cf.and_then(|c| c.get(b"CFM")).and_then(Obj::name) {
                    Some(b"AESV2") => method = Method::Aes,
                    Some(b"V2") => {}
                    Some(b"None") | None => method = Method::Identity,
                    Some(other) => {
                        return Err(OpenError::UnsupportedEncryption(
                            String::from_utf8_lossy(other).into_owned(),
                        ))
                    }
                }
                if let Some(l) = cf.and_then(|c| c.get(b"Length")).and_then(Obj::int) {
                    len = if l <= 32 { l * 8 } else { l };
                }
            }
            if method == Method::Aes {
                len = 128;
            }
        }
        let n = if v == 1 {
            5
        } else {
            (len / 8).clamp(5, 16) as usize
        };
        let o = bytes_of(d, b"O");
        let u = bytes_of(d, b"U");
        let p = d.get(b"P").and_then(Obj::int).unwrap_or(0) as i32;
        let encrypt_metadata = !matches!(d.get(b"EncryptMetadata"), Some(Obj::Bool(false)));
        let mut h = Md5::new();
        h.update(PAD);
        h.update(o.get(..32).unwrap_or(&o));
        h.update(p.to_le_bytes());
        h.update(id);
        if r >= 4 && !encrypt_metadata {
            h.update([0xFF; 4]);
        }
        let mut hash: [u8; 16] = h.finalize().into();
        if r >= 3 {
            for _ in 0..50 {
                hash = md5(&[hash.get(..n).unwrap_or(&hash)]);
            }
        }
        let key = hash.get(..n).unwrap_or(&hash).to_vec();
        let ok = if r == 2 {
            rc4(&key, &PAD).as_slice() == u.get(..32).unwrap_or(&u)
        } else {
            let mut x = rc4(&key, &md5(&[&PAD, id]));
            for i in 1..=19u8 {
                let k: Vec<u8> = key.iter().map(|b| b ^ i).collect();
                x = rc4(&k, &x);
            }
            x.get(..16).is_some_and(|x| Some(x) == u.get(..16))
        };
        if !ok {
            return Err(OpenError::Password);
        }
        Ok(Security { key, method })
    }

    /// The stream data of object `num`, decrypted.
    pub fn decrypt(&self, num: u32, data: &[u8]) -> Vec<u8> {
        if self.method == Method::Identity {
            return data.to_vec();
        }
        let nb = num.to_le_bytes();
        let salt: &[u8] = if self.method == Method::Aes {
            b"sAlT"
        } else {
            b""
        };
        let h = md5(&[&self.key, nb.get(..3).unwrap_or_default(), &[0, 0], salt]);
        let k = h.get(..(self.key.len() + 5).min(16)).unwrap_or(&h);
        match self.method {
            Method::Rc4 => rc4(k, data),
            _ => aes_cbc(k, data),
        }
    }
}

/// AES-128-CBC with the IV in the first block and PKCS#5 padding.
fn aes_cbc(key: &[u8], data: &[u8]) -> Vec<u8> {
    if key.len() != 16 || data.len() < 32 {
        return Vec::new();
    }
    let cipher = aes::Aes128::new(GenericArray::from_slice(key));
    let (iv, body) = data.split_at(16);
    let mut prev: [u8; 16] = iv.try_into().unwrap_or([0; 16]);
    let mut out = Vec::with_capacity(body.len());
    for chunk in body.chunks_exact(16) {
        let mut block = GenericArray::clone_from_slice(chunk);
        cipher.decrypt_block(&mut block);
        out.extend(block.iter().zip(prev.iter()).map(|(a, b)| a ^ b));
        prev = chunk.try_into().unwrap_or([0; 16]);
    }
    if let Some(&pad) = out.last() {
        if (1..=16).contains(&pad) && out.len() >= pad as usize {
            out.truncate(out.len() - pad as usize);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rc4_known_vector() {
        assert_eq!(
            rc4(b"Key", b"Plaintext"),
            [0xBB, 0xF3, 0x16, 0xE8, 0xD9, 0x40, 0xAF, 0x0A, 0xD3]
        );
    }
}
