//! Files for the user leave the worker as links (issue 20): the worker puts
//! an export's bytes into a `Blob` and sends the page its object URL, so a
//! 30 MB JSON export or corpus archive never lands, copied, in one task on
//! the page's main thread. The page follows the link (`ExportFile::url`);
//! the URL is revoked here a minute later, as the page did with its own.

use crate::protocol::{DiffAnswer, ExploreResult, ExportFile, Response};

/// `resp` with the bytes of any file in it replaced by an object URL (left
/// as they are where the browser refuses a Blob).
pub(super) fn linked(mut resp: Response) -> Response {
    match &mut resp {
        Response::Explored { result, .. } => {
            if let ExploreResult::File(Ok(f)) = &mut **result {
                link(f);
            }
        }
        Response::Diffed { answer, .. } => {
            if let DiffAnswer::File(Ok(f)) = &mut **answer {
                link(f);
            }
        }
        _ => {}
    }
    resp
}

fn link(f: &mut ExportFile) {
    if let Some(url) = object_url(&f.bytes, &f.mime) {
        f.bytes = Vec::new();
        f.url = Some(url);
    }
}

/// An object URL of `bytes` as a `Blob` of type `mime`, revoked a minute
/// later (not right after a click, which some browsers answer by cancelling
/// the download); `None` where the browser refuses. The page's downloads
/// (`ui::browser::download`) and the worker's exports both make theirs here.
pub(crate) fn object_url(bytes: &[u8], mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let revoke = url.clone();
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&revoke);
    })
    .forget();
    Some(url)
}
