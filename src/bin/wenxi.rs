//! `wenxi`: the command-line face of the core, for batch work.
//!
//! ```text
//! wenxi analyze [--json | --jsonl] [--jobs N] [--top N] [--encoding LABEL] [--no-simplify] [--no-clean | --no-RULE] PATH...
//! wenxi clean [same options] PATH...      # prints the clean text of each file
//! wenxi extract --csv KIND [same options] PATH...
//! wenxi segment [--mode precise|full|search] [--hmm|--no-hmm] [--pos] [--user-dict FILE] [--no-lexicon] PATH...
//! wenxi newwords [--top N] [--user-dict FILE] PATH...
//! wenxi diff [--json] [same options] OLD NEW   # what changed between two versions
//! wenxi series [--json] [same options] PATH...   # terms and targets in date order
//! wenxi collocates|ngrams|summary|stats [--json] [same options] ... FILE...   (see wenxi/toolkit.rs)
//! ```
//!
//! A PATH is a file or a directory (walked recursively for the formats Wenxi
//! reads). Files are worked on `--jobs` at a time (default: all cores) and
//! the output is the same for every number of jobs: results are written in
//! input order. `analyze --jsonl` writes each document as one line as soon as
//! it and every document before it are done, so memory does not grow with
//! the corpus.
//!
//! `segment` prints the tokens of each clean text separated by spaces
//! (`word/tag` with `--pos`), keeping its line breaks. `newwords` prints a
//! TSV table of candidate new words over all files together, best first. The
//! policy lexicon (`assets/lexicon/policy.txt`, embedded) is on unless
//! `--no-lexicon`; a user dictionary (`--user-dict`, jieba's `word freq tag`
//! format, `-word` deletes) applies to `analyze`, `segment` and `newwords`.
//!
//! `extract --csv KIND` prints one table of extracted items over all files as
//! CSV for spreadsheets: UTF-8 with a byte-order mark, a header row, one row per
//! item, the document name first. KIND is `people`, `places`, `orgs`,
//! `entities` (all three, with a `kind` column), `figures`, `quotes` or
//! `outline`; the columns are those of [`wenxi::core::export::Table::header`],
//! and text cells that a spreadsheet could run as formulas are neutralised.
//!
//! Exit codes: 0 all files analysed; 1 some file could not be read or decoded
//! (one line on stderr per file; the others are still analysed and reported);
//! 2 usage error (including an unknown KIND, and a user dictionary that cannot
//! be read or has bad lines, each named with its line number on stderr).
//!
//! One file per concern: `args` (usage and parsing), `inputs` (walking and
//! reading), `pool` (ordered parallel work), `run` (the per-file loop every
//! command shares), `progress`, and one file per command.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main());
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "wenxi"]
mod cli_modules {
    pub mod analyze;
    pub mod args;
    pub mod clean;
    pub mod diff;
    pub mod extract;
    pub mod inputs;
    pub mod newwords;
    pub mod pool;
    pub mod progress;
    pub mod run;
    pub mod segment;
    pub mod series;
    pub mod toolkit;
}
#[cfg(not(target_arch = "wasm32"))]
use cli_modules::{
    analyze, args, clean, diff, extract, inputs, newwords, pool, progress, run, segment, series,
    toolkit,
};

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use crate::args::{parse, Args, Command, Parsed, USAGE};
    use std::io::Write;
    use wenxi::core::dict::Dictionary;
    use wenxi::core::userdict::UserDict;

    const DICT: &[u8] = include_bytes!("../../assets/dict/wenxi.dict.gz");
    const POLICY: &str = include_str!("../../assets/lexicon/policy.txt");

    /// Runs the CLI and returns its exit code.
    pub fn main() -> i32 {
        let args = match parse(std::env::args_os().skip(1)) {
            Ok(Parsed::Run(a)) => *a,
            Ok(Parsed::Exit(code)) => return code,
            Err(e) => {
                eprintln!("wenxi: {e}\n\n{USAGE}\n{}", crate::toolkit::USAGE);
                return 2;
            }
        };
        let out = std::io::stdout();
        let mut out = std::io::BufWriter::new(out.lock());
        let ran = match args.command {
            Command::Clean => crate::clean::run(&args, &mut out),
            Command::Analyze
            | Command::Segment
            | Command::NewWords
            | Command::Diff
            | Command::Series
            | Command::Extract(_)
            | Command::Collocates
            | Command::Ngrams
            | Command::Summary
            | Command::Stats => {
                let dict = match load_dictionary(&args) {
                    Ok(d) => d,
                    Err(code) => return code,
                };
                match args.command {
                    Command::Extract(kind) => crate::extract::run(&args, &dict, kind, &mut out),
                    Command::Segment => crate::segment::run(&args, &dict, &mut out),
                    Command::NewWords => crate::newwords::run(&args, &dict, &mut out),
                    Command::Diff => crate::diff::run(&args, &dict, &mut out),
                    Command::Series => crate::series::run(&args, &dict, &mut out),
                    // corpus toolkit (issue 18)
                    c if c.is_toolkit() => crate::toolkit::run(&args, &dict, &mut out),
                    _ => crate::analyze::run(&args, &dict, &mut out),
                }
            }
        };
        match ran.and_then(|code| out.flush().map(|_| code)) {
            Ok(code) => code,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
            Err(e) => {
                eprintln!("wenxi: cannot write output: {e}");
                1
            }
        }
    }

    /// The dictionary with the policy lexicon and the `--user-dict` file;
    /// `Err(exit code)` after saying what is wrong on stderr.
    fn load_dictionary(args: &Args) -> Result<Dictionary, i32> {
        let mut dict = Dictionary::from_asset(DICT)
            .and_then(|d| d.with_policy_lexicon(POLICY))
            .map_err(|e| {
                eprintln!("wenxi: {e}");
                1
            })?;
        if let Some(path) = &args.user_dict {
            let name = path.to_string_lossy();
            let text = std::fs::read(path)
                .map_err(|e| format!("无法读取 / cannot read: {e}"))
                .and_then(|b| {
                    String::from_utf8(b).map_err(|_| "不是 UTF-8 文本 / not UTF-8 text".into())
                })
                .and_then(|t| UserDict::parse(&t).map_err(|e| e.to_string()));
            let user = text.map_err(|e| {
                for line in e.lines() {
                    eprintln!("wenxi: {name}: {line}");
                }
                2
            })?;
            dict.set_user_dict(user).map_err(|e| {
                eprintln!("wenxi: {e}");
                1
            })?;
        }
        Ok(dict)
    }
}
