//! The PDF standard security handler (revisions 2–4: RC4 and AES-128;
//! revisions 5–6: AES-256 — SHA-2 from the `sha2` crate), for
//! files protected by an owner password only — their user password is empty,
//! so any reader may open them, and so does Wenxi. A file that needs a user
//! password is refused. RC4 is ten lines and written here; MD5 and AES come
//! from the RustCrypto crates (`md-5`, `aes`), which are pure Rust.
//!
//! Keys are derived with generation number 0, which is what every producer
//! writes for live objects.

use super::file::OpenError;
use super::lexer::{Dict, Obj};
use aes::cipher::{generic_array::GenericArray, BlockDecrypt, BlockEncrypt, KeyInit};
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
    Aes256,
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
        if v == 5 && (r == 5 || r == 6) {
            return aes256(d, r);
        }
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
        match self.method {
            Method::Identity => return data.to_vec(),
            Method::Aes256 if self.key.len() == 32 => {
                let cipher = aes::Aes256::new(GenericArray::from_slice(&self.key));
                return cbc_decrypt(&cipher, data, true);
            }
            Method::Aes256 => return Vec::new(),
            _ => {}
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

/// Revisions 5 and 6 (AES-256): the empty user password is checked against
/// `U`, and the file key is `UE` decrypted with a key derived from it.
fn aes256(d: &Dict, r: i64) -> Result<Security, OpenError> {
    let u = bytes_of(d, b"U");
    let ue = bytes_of(d, b"UE");
    let (Some(hash), Some(vsalt), Some(ksalt)) = (u.get(..32), u.get(32..40), u.get(40..48)) else {
        return Err(OpenError::UnsupportedEncryption("V5 (short U)".into()));
    };
    if hash_2b(b"", vsalt, r) != hash {
        return Err(OpenError::Password);
    }
    let ikey = hash_2b(b"", ksalt, r);
    let Some(ue) = ue.get(..32) else {
        return Err(OpenError::UnsupportedEncryption("V5 (short UE)".into()));
    };
    // UE is AES-256-CBC with a zero IV and no padding.
    let mut data = vec![0u8; 16];
    data.extend_from_slice(ue);
    let cipher = aes::Aes256::new(GenericArray::from_slice(&ikey));
    let key = cbc_decrypt(&cipher, &data, false);
    let stmf = d.get(b"StmF").and_then(Obj::name).unwrap_or(b"Identity");
    let method = if stmf == b"Identity" {
        Method::Identity
    } else {
        Method::Aes256
    };
    Ok(Security { key, method })
}

/// The hash of ISO 32000-2 algorithm 2.B (revision 6) or plain SHA-256 (revision 5).
fn hash_2b(password: &[u8], salt: &[u8], r: i64) -> Vec<u8> {
    use sha2::{Sha256, Sha384, Sha512};
    let mut k: Vec<u8> = Sha256::new()
        .chain_update(password)
        .chain_update(salt)
        .finalize()
        .to_vec();
    if r == 5 {
        return k;
    }
    let mut round = 0usize;
    loop {
        let mut k1 = Vec::with_capacity(64 * (password.len() + k.len()));
        for _ in 0..64 {
            k1.extend_from_slice(password);
            k1.extend_from_slice(&k);
        }
        let (Some(key), Some(iv)) = (k.get(..16), k.get(16..32)) else {
            return k;
        };
        let cipher = aes::Aes128::new(GenericArray::from_slice(key));
        let mut prev: [u8; 16] = iv.try_into().unwrap_or([0; 16]);
        let mut e = Vec::with_capacity(k1.len());
        for chunk in k1.chunks_exact(16) {
            let x: Vec<u8> = chunk.iter().zip(prev.iter()).map(|(a, b)| a ^ b).collect();
            let mut block = GenericArray::clone_from_slice(&x);
            cipher.encrypt_block(&mut block);
            prev = block.into();
            e.extend_from_slice(&prev);
        }
        let n = e.iter().take(16).map(|&b| u32::from(b)).sum::<u32>() % 3;
        k = match n {
            0 => Sha256::digest(&e).to_vec(),
            1 => Sha384::digest(&e).to_vec(),
            _ => Sha512::digest(&e).to_vec(),
        };
        round += 1;
        let last = usize::from(e.last().copied().unwrap_or(0));
        if round >= 64 && last + 32 <= round {
            break;
        }
        if round > 4096 {
            break;
        }
    }
    k.truncate(32);
    k
}

/// CBC decryption with the IV in the first block; PKCS#5 padding removed when `padded`.
fn cbc_decrypt<C: BlockDecrypt>(cipher: &C, data: &[u8], padded: bool) -> Vec<u8> {
    let Some((iv, body)) = data.split_at_checked(16) else {
        return Vec::new();
    };
    let mut prev: [u8; 16] = iv.try_into().unwrap_or([0; 16]);
    let mut out = Vec::with_capacity(body.len());
    for chunk in body.chunks_exact(16) {
        let mut block = GenericArray::clone_from_slice(chunk);
        cipher.decrypt_block(&mut block);
        out.extend(block.iter().zip(prev.iter()).map(|(a, b)| a ^ b));
        prev = chunk.try_into().unwrap_or([0; 16]);
    }
    if padded {
        if let Some(&pad) = out.last() {
            if (1..=16).contains(&pad) && out.len() >= pad as usize {
                out.truncate(out.len() - pad as usize);
            }
        }
    }
    out
}

/// AES-128-CBC with the IV in the first block and PKCS#5 padding.
fn aes_cbc(key: &[u8], data: &[u8]) -> Vec<u8> {
    if key.len() != 16 {
        return Vec::new();
    }
    cbc_decrypt(&aes::Aes128::new(GenericArray::from_slice(key)), data, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// U and UE for the empty password, salts 01..08 / 09..10 and file key
    /// 100..131, computed independently (Python `cryptography` + hashlib).
    #[test]
    fn aes256_revision_6_known_answer() {
        let hex = |s: &str| -> Vec<u8> {
            (0..s.len() / 2)
                .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
                .collect()
        };
        let d = Dict(vec![
            (b"Filter".to_vec(), Obj::Name(b"Standard".to_vec())),
            (b"V".to_vec(), Obj::Int(5)),
            (b"R".to_vec(), Obj::Int(6)),
            (b"StmF".to_vec(), Obj::Name(b"StdCF".to_vec())),
            (b"U".to_vec(), Obj::Str(hex("8d1efb4f1bdbb651341704c2139de4f6be05d6d4609af56916b21646ed74825c0102030405060708090a0b0c0d0e0f10"))),
            (b"UE".to_vec(), Obj::Str(hex("3408887bdb90b915af89dac06c01629417ad37defbda0c27acd66b6a7f49feb5"))),
        ]);
        let s = Security::new(&d, b"").ok().unwrap();
        assert_eq!(s.key, (100u8..132).collect::<Vec<u8>>());
        assert_eq!(s.method, Method::Aes256);
        let mut wrong = d.clone();
        wrong.0[4] = (b"U".to_vec(), Obj::Str(vec![0; 48]));
        assert!(matches!(
            Security::new(&wrong, b""),
            Err(OpenError::Password)
        ));
    }

    #[test]
    fn rc4_known_vector() {
        assert_eq!(
            rc4(b"Key", b"Plaintext"),
            [0xBB, 0xF3, 0x16, 0xE8, 0xD9, 0x40, 0xAF, 0x0A, 0xD3]
        );
    }
}
