//! The reader worker (issues 16 and 19): a second, small worker that turns
//! the bytes of every file into its text: plain text and HTML in any
//! encoding (detected or chosen), .docx, and PDF and OFD with their page
//! count.
//!
//! It is its own wasm binary (`src/bin/reader.rs`) so that none of the
//! decoders weighs on the first paint or on the bytes fetched before the
//! analysis worker is ready: the page spawns it when the first file arrives
//! and hands the text it returns to an analysis worker as [`Source::Paged`]
//! or [`Source::Decoded`].

use crate::core::decode::encoding_for_label;
use crate::core::formats::read_any;
use crate::protocol::{Fault, ReadRequest, ReadResponse, Source};
use gloo_worker::{HandlerId, Worker, WorkerScope};

/// The reader worker; it keeps no state between files.
pub struct ReaderWorker;

impl Worker for ReaderWorker {
    type Message = ();
    type Input = ReadRequest;
    type Output = ReadResponse;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        ReaderWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Self::Input, id: HandlerId) {
        let forced = msg.encoding.as_deref().and_then(encoding_for_label);
        let result = read_any(&msg.name, &msg.bytes, forced)
            .map(|d| match d.pages {
                Some(pages) => Source::Paged {
                    text: d.decoded.text,
                    format: d.format.name().to_string(),
                    pages,
                },
                None => Source::Decoded {
                    text: d.decoded.text,
                    encoding: d.decoded.encoding.to_string(),
                },
            })
            .map_err(Fault::from);
        scope.respond(
            id,
            ReadResponse {
                job: msg.job,
                result,
            },
        );
    }
}
