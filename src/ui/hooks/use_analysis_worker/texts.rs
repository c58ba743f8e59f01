//! Texts that arrive in pieces (issue 20): a finished job's clean text and
//! original come as [`Response::Text`] messages before its
//! [`Response::Done`], so no one message — one task on the page — carries
//! a whole long text. Here the pieces are joined and put back into the
//! `Done` the rest of the page reads, as if they had come in it.

use crate::protocol::{Response, TextPart};

/// The texts of the jobs whose pieces are arriving.
#[derive(Default)]
pub(super) struct Pending(Vec<(u64, Texts)>);

#[derive(Default)]
struct Texts {
    clean: String,
    original: Option<String>,
}

impl Pending {
    /// Keeps a piece (`None`: nothing for the page yet), gives a `Done` its
    /// texts back, and forgets the pieces of a job that failed or was
    /// cancelled; every other response passes unchanged.
    pub(super) fn absorb(&mut self, resp: Response) -> Option<Response> {
        match resp {
            Response::Text {
                job,
                part,
                offset,
                piece,
            } => {
                let texts = match self.0.iter().position(|(j, _)| *j == job) {
                    Some(i) => &mut self.0[i].1,
                    None => {
                        self.0.push((job, Texts::default()));
                        &mut self.0.last_mut()?.1
                    }
                };
                let text = match part {
                    TextPart::Clean => &mut texts.clean,
                    TextPart::Original => texts.original.get_or_insert_with(String::new),
                };
                // a job run again (its worker replaced) starts afresh
                if offset == 0 {
                    text.clear();
                }
                if offset == text.len() {
                    text.push_str(&piece);
                }
                None
            }
            Response::Done {
                job,
                mut report,
                timings,
                original,
                chain,
            } => {
                let texts = self.take(job).unwrap_or_default();
                if report.clean_text.is_empty() {
                    report.clean_text = texts.clean;
                }
                Some(Response::Done {
                    job,
                    report,
                    timings,
                    original: original.or(texts.original),
                    chain,
                })
            }
            Response::Failed { job, .. } | Response::Cancelled { job } => {
                self.take(job);
                Some(resp)
            }
            other => Some(other),
        }
    }

    /// Forgets the pieces of a job its worker lost (the worker was replaced).
    pub(super) fn forget(&mut self, job: u64) {
        self.take(job);
    }

    fn take(&mut self, job: u64) -> Option<Texts> {
        let i = self.0.iter().position(|(j, _)| *j == job)?;
        Some(self.0.swap_remove(i).1)
    }
}
