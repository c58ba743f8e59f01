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
            // issue 19: a secondary's handoff goes on as it came
            Ok(buf) => match forwarded(&buf) {
                Some(message) => message.into(),
                None => Uint8Array::from(buf.as_slice()).into(),
            },
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

// --- issue 19, ninth session: handoffs forwarded as they came ---
//
// A secondary worker's `Response::Handoff` (about 2 MiB a document) went
// into the page's memory, was decoded, encoded again as `Request::Adopt`
// and copied out: four copies of the blob on the main thread, which the
// workers need. Now the analysis workers' codec reads only its head
// (message, handler, variant, job, document), keeps the message's bytes,
// and the `Adopt` sent for it becomes those same bytes with the primary's
// head written over the secondary's (the blob is the last field of both).

use crate::protocol::{Request, ADOPT_VARIANT, HANDOFF_VARIANT};
use std::cell::RefCell;

/// Bytes before a handoff's blob in a gloo message: gloo's message variant
/// (`u32`) and handler (`u64`), the protocol's variant (`u32`), job and
/// document (`u64` each). The blob's length (`u64`) and bytes follow.
const HEAD: u32 = 32;

thread_local! {
    /// The handoff message just decoded, its blob unread.
    static RECEIVED: RefCell<Option<Uint8Array>> = const { RefCell::new(None) };
    /// A handoff message to send as the `Adopt` being encoded: job, document
    /// and the message.
    static FORWARD: RefCell<Option<(u64, u64, Uint8Array)>> = const { RefCell::new(None) };
}

/// The codec of the analysis workers, primary and secondaries (one codec:
/// each one a bridge is built with adds a copy of gloo's bridge code to the
/// page): [`PageCodec`], except that a handoff is decoded without its blob
/// (taken by [`take_handoff`]).
pub struct AnalysisCodec;

impl Codec for AnalysisCodec {
    fn encode<I>(input: I) -> JsValue
    where
        I: Serialize,
    {
        PageCodec::encode(input)
    }

    fn decode<O>(input: JsValue) -> O
    where
        O: for<'de> Deserialize<'de>,
    {
        let data = Uint8Array::from(input);
        let len = data.length();
        if len >= HEAD + 8 {
            let mut head = vec![0u8; (HEAD + 8) as usize];
            data.subarray(0, HEAD).copy_to(&mut head[..HEAD as usize]);
            // gloo's ProcessOutput (variant 1) carrying a handoff
            if head[..4] == 1u32.to_le_bytes() && head[12..16] == HANDOFF_VARIANT.to_le_bytes() {
                // the head with an empty blob: the handoff without its bytes
                if let Ok(o) = crate::protocol::wire::from_bytes(&head) {
                    RECEIVED.with(|r| *r.borrow_mut() = Some(data));
                    return o;
                }
            }
        }
        PageCodec::decode(data.into())
    }
}

/// The message of the handoff just decoded by [`AnalysisCodec`].
pub fn take_handoff() -> Option<Uint8Array> {
    RECEIVED.with(|r| r.borrow_mut().take())
}

/// Sends a secondary's handoff `message` (from [`take_handoff`]) to the
/// primary worker as [`Request::Adopt`], as the same bytes. Should the bridge
/// hold the request back (a worker still loading encodes it later), the
/// blob is read out of the message and sent in a second `Adopt`; the first,
/// with an empty blob, adopts nothing.
pub fn forward_handoff(
    primary: &gloo_worker::WorkerBridge<crate::worker::AnalysisWorker>,
    job: u64,
    doc: u64,
    message: Uint8Array,
) {
    FORWARD.with(|f| *f.borrow_mut() = Some((job, doc, message)));
    let blob = crate::protocol::Blob::default();
    primary.send(Request::Adopt { job, doc, blob });
    let Some((_, _, message)) = FORWARD.with(|f| f.borrow_mut().take()) else {
        return;
    };
    let mut len = [0u8; 8];
    message.subarray(HEAD, HEAD + 8).copy_to(&mut len);
    let end = u64::from_le_bytes(len).saturating_add(u64::from(HEAD + 8));
    let end = u32::try_from(end).unwrap_or(u32::MAX).min(message.length());
    let blob = crate::protocol::Blob(message.subarray(HEAD + 8, end).to_vec());
    primary.send(Request::Adopt { job, doc, blob });
}

/// The message to post for `buf` (an encoded request): the handoff waiting
/// in [`FORWARD`] with `buf`'s head when `buf` is the `Adopt` of its job and
/// document with an empty blob, else `None`.
fn forwarded(buf: &[u8]) -> Option<Uint8Array> {
    let head = HEAD as usize;
    if buf.len() != head + 8
        || buf[12..16] != ADOPT_VARIANT.to_le_bytes()
        || buf[head..] != [0u8; 8]
    {
        return None;
    }
    FORWARD.with(|f| {
        let mut f = f.borrow_mut();
        let (job, doc, _) = f.as_ref()?;
        if buf[16..24] != job.to_le_bytes() || buf[24..32] != doc.to_le_bytes() {
            return None;
        }
        let (_, _, message) = f.take()?;
        message.subarray(0, HEAD).copy_from(&buf[..head]);
        Some(message)
    })
}
