//! The worker's side of the pool (issue 19): a secondary worker encodes each
//! analysed document for the primary worker, which decodes it into its
//! corpus. The page carries the bytes between them without reading them.

use super::explore::CorpusDoc;
use crate::core::report::DocumentReport;
use crate::core::segment::Token;
use crate::core::stopwords::StopwordEdits;
use crate::protocol::{Blob, Handoff};

/// Encodes what the primary worker keeps of an analysed document.
pub fn handoff(
    name: String,
    report: &DocumentReport,
    tokens: &[Token],
    stopwords: &StopwordEdits,
) -> Blob {
    let handoff = Handoff {
        name,
        report: report.clone(),
        spans: Handoff::pack_spans(tokens),
        stopwords: stopwords.clone(),
    };
    Blob(bincode::serialize(&handoff).unwrap_or_default())
}

/// Decodes a handed-over document (`None` if the bytes are not one).
pub fn adopt(job: u64, blob: &Blob) -> Option<(CorpusDoc, StopwordEdits)> {
    let h: Handoff = bincode::deserialize(&blob.0).ok()?;
    let tokens = h.unpack_spans()?;
    let doc = CorpusDoc {
        name: h.name,
        report: h.report,
        tokens,
        job,
    };
    Some((doc, h.stopwords))
}
