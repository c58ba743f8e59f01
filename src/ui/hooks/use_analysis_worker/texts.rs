//! Texts that arrive in pieces (issue 20): a finished job's clean text and
//! original come as [`Response::Text`] messages before its
//! [`Response::Done`] (a comparison's two texts before its
//! [`Response::Diffed`]), so no one message — one task on the page —
//! carries a whole long text. Here the pieces are joined and put back into
//! the answer the rest of the page reads, as if they had come in it.

use crate::protocol::{DiffAnswer, Response, TextPart};

/// The texts of the jobs whose pieces are arriving.
#[derive(Default)]
pub(super) struct Pending(Vec<(u64, Texts)>);

/// One job's texts so far, by [`TextPart`].
#[derive(Default)]
struct Texts([Option<String>; 4]);

impl Texts {
    fn take(&mut self, part: TextPart) -> Option<String> {
        self.0[part as usize].take()
    }
}

impl Pending {
    /// Keeps a piece (`None`: nothing for the page yet), gives a `Done` or a
    /// comparison its texts back, and forgets the pieces of a job that
    /// failed or was cancelled; every other response passes unchanged.
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
                let text = texts.0[part as usize].get_or_insert_with(String::new);
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
                chars,
            } => {
                let mut texts = self.take(job).unwrap_or_default();
                if let Some(clean) = texts.take(TextPart::Clean) {
                    report.clean_text = clean;
                }
                Some(Response::Done {
                    job,
                    report,
                    timings,
                    original: original.or(texts.take(TextPart::Original)),
                    chain,
                    chars,
                })
            }
            Response::Diffed { job, mut answer } => {
                let mut texts = self.take(job).unwrap_or_default();
                if let DiffAnswer::View {
                    old_text, new_text, ..
                } = &mut *answer
                {
                    if let Some(old) = texts.take(TextPart::Old) {
                        *old_text = old;
                    }
                    if let Some(new) = texts.take(TextPart::New) {
                        *new_text = new;
                    }
                }
                Some(Response::Diffed { job, answer })
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
