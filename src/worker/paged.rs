//! The PDF/OFD reader worker (issue 16): a second, small worker that turns
//! the bytes of a PDF or OFD file into its text and page count.
//!
//! It is its own wasm binary (`src/bin/pdf_worker.rs`) so that none of the
//! PDF and OFD code weighs on the first paint or on the analysis worker's
//! start: the page spawns it when the first PDF or OFD file arrives and hands
//! the text it returns to the analysis worker as [`Source::Paged`].

use crate::core::formats::read_any;
use crate::protocol::{Fault, PagedRequest, PagedResponse, Source};
use gloo_worker::{HandlerId, Worker, WorkerScope};

/// The reader worker; it keeps no state between files.
pub struct PagedWorker;

impl Worker for PagedWorker {
    type Message = ();
    type Input = PagedRequest;
    type Output = PagedResponse;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        PagedWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Self::Input, id: HandlerId) {
        let result = read_any(&msg.name, &msg.bytes, None)
            .map(|d| Source::Paged {
                text: d.decoded.text,
                format: d.format.name().to_string(),
                pages: d.pages.unwrap_or(1),
            })
            .map_err(Fault::from);
        scope.respond(
            id,
            PagedResponse {
                job: msg.job,
                result,
            },
        );
    }
}
