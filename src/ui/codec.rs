//! The page's worker codec: gloo-worker's bincode codec without its
//! `expect`s.
//!
//! Same bytes as `gloo_worker::Bincode` (bincode's default options), so the
//! workers keep theirs. `expect` would format bincode's error with `Debug`,
//! which links bincode's, `io::Error`'s and the standard library's `Debug`
//! machinery into the page (first-paint budget, BENCHMARKS.md); a message
//! that fails to encode or decode is a bug either way, so a plain message is
//! thrown instead.

use gloo_worker::Codec;
use js_sys::Uint8Array;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// Bincode, as `gloo_worker::Bincode`, without `Debug` error messages.
pub struct PageCodec;

impl Codec for PageCodec {
    fn encode<I>(input: I) -> JsValue
    where
        I: Serialize,
    {
        match bincode::serialize(&input) {
            Ok(buf) => Uint8Array::from(buf.as_slice()).into(),
            Err(_) => wasm_bindgen::throw_str("can't serialize a worker message"),
        }
    }

    fn decode<O>(input: JsValue) -> O
    where
        O: for<'de> Deserialize<'de>,
    {
        let data = Uint8Array::from(input).to_vec();
        // issue 20: bincode's own reader formats its errors, which links
        // Rust's float formatting into the page (crate::protocol::wire)
        match crate::protocol::wire::from_bytes(&data) {
            Ok(o) => o,
            Err(_) => wasm_bindgen::throw_str("can't deserialize a worker message"),
        }
    }
}
