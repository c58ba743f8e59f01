//! The corpus-toolkit commands (issue 18): `collocates`, `ngrams`, `summary`
//! and `stats`. Their options are parsed with every other command's in
//! [`crate::args`]; they share one way of reading files (decode, clean,
//! convert, segment with the policy lexicon), so each command file only
//! computes and prints.
//!
//! Exit codes as for the other commands: 0 every file read, 1 some file
//! could not be read or decoded (named on stderr; the others are still
//! used), 2 usage error.

use crate::args::{Args, Command, Output};
use std::io::Write;
use std::ops::ControlFlow;
use wenxi::core::analyze::{prepare, tokens};
use wenxi::core::dict::Dictionary;
use wenxi::core::explore::Doc;
use wenxi::core::formats::read_any;
use wenxi::core::segment::Token;

#[path = "collocates.rs"]
mod collocates;
#[path = "ngrams.rs"]
mod ngrams;
#[path = "stats.rs"]
mod stats;
#[path = "summary.rs"]
mod summary;

/// Usage of the toolkit commands (appended to `wenxi --help`).
pub const USAGE: &str = "\
CORPUS TOOLKIT:
    wenxi collocates [--json] [--window N] [--min-count N] [--top N] TERM FILE...
                     words within N words (1-10, default 5) left and right of TERM,
                     with count, left, right, MI, t-score, logDice and G2 (default
                     min count 2, stopwords left out unless --keep-stopwords)
    wenxi ngrams [--json] [--n N] [--min-count N] [--top N] [--contains WORD] FILE...
                     runs of N words (2-6, default 3) with count and documents;
                     none across punctuation; stopword edges out unless --keep-stopwords
    wenxi summary [--json] [--sentences N | --share F] FILE...
                     the key sentences of each file (TextRank), in text order;
                     start and end are byte offsets in the clean text
    wenxi stats [--json] FILE...
                     characters, Han share, words, sentences, TTR, MATTR (window 100),
                     lexical density and four-character words, per file and overall
    Also the OPTIONS above that read files: --encoding LABEL, --no-lexicon, --user-dict
    FILE, --no-simplify and the cleaning rules. Without --json: TSV with a header row.
";

/// One read file: its name, clean text and tokens.
pub struct ToolDoc {
    /// The file name as given.
    pub name: String,
    /// The clean, Simplified text.
    pub text: String,
    /// Its tokens.
    pub tokens: Vec<Token>,
}

impl ToolDoc {
    /// The document as the explore functions take it, tagged when `dict` is given.
    pub fn words<'a>(
        &'a self,
        dict: Option<&'a Dictionary>,
        seen: &mut std::collections::HashMap<&'a str, &'a str>,
    ) -> Doc<&'a str> {
        let mut d = Doc::from_spans(&self.name, &self.text, &self.tokens);
        if let Some(dict) = dict {
            d.tag_from_dictionary(dict.segmenter(true), seen);
        }
        d
    }
}

/// Runs a toolkit command on its files; the exit code (1 when some file
/// could not be read, said on stderr).
pub fn run(args: &Args, dict: &Dictionary, out: &mut impl Write) -> std::io::Result<i32> {
    let (docs, failed) = read_all(dict, args);
    match args.command {
        Command::Collocates => collocates::run(out, args, &docs)?,
        Command::Ngrams => ngrams::run(out, args, &docs)?,
        Command::Summary => summary::run(out, args, &docs, dict)?,
        _ => stats::run(out, args, &docs, dict)?,
    }
    Ok(i32::from(failed))
}

/// Whether to print JSON.
pub fn json(args: &Args) -> bool {
    args.output == Output::Json
}

/// Reads, cleans and segments every file; `true` when some file failed
/// (said on stderr).
fn read_all(dict: &Dictionary, args: &Args) -> (Vec<ToolDoc>, bool) {
    let opts = &args.options;
    let mut docs = Vec::new();
    let mut failed = false;
    for path in &args.paths {
        let name = path.to_string_lossy().into_owned();
        let decoded = std::fs::read(path)
            .map_err(|e| format!("无法读取 / cannot read: {e}"))
            .and_then(|b| {
                read_any(&name, &b, args.encoding)
                    .map(|d| d.decoded)
                    .map_err(|e| e.to_string())
            });
        let decoded = match decoded {
            Ok(d) => d,
            Err(e) => {
                eprintln!("wenxi: {name}: {e}");
                failed = true;
                continue;
            }
        };
        let prepared = prepare(&decoded.text, opts);
        let toks = tokens(dict, &prepared, opts, &mut |_, _| ControlFlow::Continue(()))
            .unwrap_or_default();
        docs.push(ToolDoc {
            name,
            text: prepared.text,
            tokens: toks,
        });
    }
    (docs, failed)
}

/// Writes `value` as pretty JSON and a newline.
pub fn write_json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)
}

/// A TSV cell: tabs and line breaks become spaces.
pub fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}
