//! The loop every per-file command shares: expand the paths, read, decode and
//! work on each file on `--jobs` threads, hand results on in input order,
//! report each failure once.

use crate::args::Args;
use crate::inputs::{expand, read, Input};
use crate::pool::ordered;
use crate::progress::Progress;
use wenxi::core::decode::Decoded;
use wenxi::core::report::DocumentError;

/// Runs `work(name, document)` on every input file and passes each outcome,
/// in input order, to `emit`: the result, or the error of a file that could
/// not be read or decoded (also said on stderr). Returns the errors.
pub fn each_document<R: Send>(
    args: &Args,
    work: impl Fn(&str, Decoded) -> R + Sync,
    mut emit: impl FnMut(Result<R, &DocumentError>),
) -> Vec<DocumentError> {
    let (inputs, skipped) = expand(&args.paths);
    let mut progress = Progress::new(args.progress, inputs.len());
    let mut errors = Vec::new();
    let job = |input: Input| -> (String, usize, Result<R, String>) {
        match input {
            Input::Problem { name, error } => (name, 0, Err(error)),
            Input::File { path, name } => match read(&path, &name, args.encoding) {
                Ok((doc, size)) => {
                    let r = work(&name, doc);
                    (name, size, Ok(r))
                }
                Err(e) => (name, 0, Err(e)),
            },
        }
    };
    ordered(args.jobs, inputs, job, |(name, size, result)| {
        match result {
            Ok(r) => emit(Ok(r)),
            Err(error) => {
                progress.say(&format!("wenxi: {name}: {error}"));
                let e = DocumentError { name, error };
                emit(Err(&e));
                errors.push(e);
            }
        }
        progress.step(size);
    });
    progress.finish();
    if skipped > 0 {
        eprintln!(
            "wenxi: 跳过 {skipped} 个其他格式的文件 / skipped {skipped} files of other formats"
        );
    }
    errors
}
