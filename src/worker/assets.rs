//! The worker's assets: fetching the dictionary and the policy lexicon
//! (inflating the gzip asset while it arrives where the browser can), warming
//! the decoder up while a slow download is still on its way, and building
//! the [`Dictionary`] from the bytes. Every failure is a [`Fault`] the page
//! puts in words.

use super::now;
use crate::core::dict::{gunzip_bytes, Dictionary};
use crate::core::wordtable::WordTable;
use crate::protocol::{Fault, FaultKind, DICT_URL, POLICY_URL};
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::WorkerGlobalScope;

/// What the browser said about a failed download.
fn js_detail(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| js_sys::JSON::stringify(e).ok().and_then(|s| s.as_string()))
        .unwrap_or_default()
}

/// Says that `url` could not be downloaded.
fn download_error(url: &str, e: &JsValue) -> Fault {
    Fault::new(FaultKind::Download, vec![url.to_string(), js_detail(e)])
}

/// Fetches `url`; an HTTP error status is an error too.
async fn fetch_ok(url: &str) -> Result<web_sys::Response, Fault> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let resp: web_sys::Response = JsFuture::from(scope.fetch_with_str(url))
        .await
        .map_err(|e| download_error(url, &e))?
        .unchecked_into();
    if !resp.ok() {
        return Err(Fault::new(
            FaultKind::HttpStatus,
            vec![url.to_string(), resp.status().to_string()],
        ));
    }
    Ok(resp)
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Fault> {
    let describe = |e: JsValue| download_error(url, &e);
    let resp = fetch_ok(url).await?;
    let buf = JsFuture::from(resp.array_buffer().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Fetches a gzip asset and inflates it: with the browser's
/// `DecompressionStream` while the bytes arrive when it has one (so little is
/// left to do when the last byte is in), else in wasm once they are all in.
async fn fetch_inflated(url: &str) -> Result<Vec<u8>, Fault> {
    let describe = |e: JsValue| download_error(url, &e);
    let global = js_sys::global();
    let stream_ctor = js_sys::Reflect::get(&global, &"DecompressionStream".into())
        .ok()
        .filter(|c| c.is_function());
    let Some(ctor) = stream_ctor else {
        let bytes = fetch_bytes(url).await?;
        return gunzip_bytes(url, &bytes).map_err(Fault::from);
    };
    let resp = fetch_ok(url).await?;
    let body = resp
        .body()
        .ok_or_else(|| describe(JsValue::from_str("no body")))?;
    let inflate = js_sys::Reflect::construct(
        ctor.unchecked_ref::<js_sys::Function>(),
        &js_sys::Array::of1(&JsValue::from_str("gzip")),
    )
    .map_err(describe)?;
    let pipe: js_sys::Function = js_sys::Reflect::get(&body, &"pipeThrough".into())
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    let inflated = pipe.call1(&body, &inflate).map_err(describe)?;
    let out = web_sys::Response::new_with_opt_readable_stream(Some(inflated.unchecked_ref()))
        .map_err(describe)?;
    let buf = JsFuture::from(out.array_buffer().map_err(describe)?)
        .await
        .map_err(|e| {
            Fault::new(
                FaultKind::DamagedDownload,
                vec![url.to_string(), js_detail(&e)],
            )
        })?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Sets a performance mark in the worker's timeline (read by bench/ready.mjs
/// and bench/toolkit.mjs).
pub(super) fn mark(name: &str) {
    if let Some(p) = js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
    {
        let _ = p.mark(name);
    }
}

/// Records how long something since `start` took, as a performance mark
/// `name:MS` in the worker's timeline (bench/pool.mjs reads them).
pub(super) fn mark_measure(name: &str, start: f64) {
    mark(&format!("{name}:{:.3}", super::now() - start));
}

pub(super) async fn load_dictionary() -> Result<(Box<Dictionary>, f64), Fault> {
    let mut fetches = Box::pin(futures::future::join(
        fetch_inflated(DICT_URL),
        fetch_bytes(POLICY_URL),
    ));
    // Start both downloads. If the dictionary is still on its way after
    // WARM_UP_AFTER_MS (a network, not the cache or a local server), warm
    // the decoder and the build up while the bytes travel: optimised code
    // for them is then ready when the bytes are (over a 40 Mbit/s link the
    // dictionary is ready ~30 ms sooner after its last byte). When the bytes
    // are already in, warming up would only delay the real work.
    let timer = gloo_timers::future::TimeoutFuture::new(WARM_UP_AFTER_MS);
    if let futures::future::Either::Left(((raw, policy), _)) =
        futures::future::select(fetches.as_mut(), timer).await
    {
        return build_dictionary(raw?, policy?);
    }
    if !arrived(DICT_URL) {
        mark("wenxi:warm-up");
        crate::core::dict::warm_up();
        mark("wenxi:warmed-up");
    }
    let (raw, policy) = fetches.await;
    build_dictionary(raw?, policy?)
}

/// How long the dictionary download may take before the worker warms up.
const WARM_UP_AFTER_MS: u32 = 20;

/// Whether the last byte of `url` (relative to the worker) has arrived: the
/// browser records a resource timing entry when a response completes.
fn arrived(url: &str) -> bool {
    let Some(perf) = js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
    else {
        return false;
    };
    perf.get_entries_by_type("resource").iter().any(|e| {
        js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n.ends_with(url))
    })
}

/// Decodes the dictionary asset and builds the segmenter with the lexicon.
fn build_dictionary(raw: Vec<u8>, policy: Vec<u8>) -> Result<(Box<Dictionary>, f64), Fault> {
    let policy = String::from_utf8_lossy(&policy);
    let t0 = now();
    mark("wenxi:dict-inflated");
    let built = (|| {
        let words = WordTable::decode(DICT_URL, &raw)?;
        mark("wenxi:dict-decoded");
        let dict = Dictionary::from_words(words);
        mark("wenxi:dict-segmenter");
        dict.with_policy_lexicon(&policy)
    })()
    .map_err(Fault::from)?;
    mark("wenxi:dict-built");
    Ok((Box::new(built), now() - t0))
}
