//! The corpus-toolkit commands (issue 18): `collocates`, `ngrams`, `summary`
//! and `stats`. They share one small parser and one way of reading files
//! (decode, clean, convert, segment with the policy lexicon), so each
//! command file only computes and prints.
//!
//! Exit codes as for the other commands: 0 every file read, 1 some file
//! could not be read or decoded (named on stderr; the others are still
//! used), 2 usage error.

use std::ffi::OsString;
use std::io::Write;
use std::ops::ControlFlow;
use wenxi::core::analyze::{prepare, tokens, AnalyzeOptions};
use wenxi::core::decode::encoding_for_label;
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

const DICT: &[u8] = include_bytes!("../../../assets/dict/wenxi.dict.gz");
const POLICY: &str = include_str!("../../../assets/lexicon/policy.txt");

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
    Also: --encoding LABEL, --no-lexicon. Without --json: TSV with a header row.
";

/// Options of the toolkit commands.
pub struct ToolArgs {
    /// Print JSON.
    pub json: bool,
    /// The node word (collocates).
    pub term: Option<String>,
    /// Window on each side.
    pub window: usize,
    /// Minimum count.
    pub min_count: Option<usize>,
    /// N-gram length.
    pub n: usize,
    /// Rows to print (0: all).
    pub top: usize,
    /// N-grams containing this word.
    pub contains: String,
    /// Sentences per summary.
    pub sentences: Option<usize>,
    /// Share of the text per summary.
    pub share: Option<f64>,
    /// Keep stopwords.
    pub keep_stopwords: bool,
    /// Forced encoding.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Use the policy lexicon.
    pub lexicon: bool,
    /// The files.
    pub files: Vec<OsString>,
}

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

/// Runs a toolkit command if `args` names one; `None` leaves them to the
/// main parser.
pub fn dispatch(args: impl IntoIterator<Item = OsString>) -> Option<i32> {
    let args: Vec<OsString> = args.into_iter().collect();
    let command = args
        .iter()
        .find(|a| !a.to_string_lossy().starts_with('-'))?
        .to_string_lossy()
        .into_owned();
    if !matches!(
        command.as_str(),
        "collocates" | "ngrams" | "summary" | "stats"
    ) {
        return None;
    }
    let parsed = match parse(&command, args) {
        Ok(Some(a)) => a,
        Ok(None) => return Some(0),
        Err(e) => {
            eprintln!("wenxi: {e}\n\n{USAGE}");
            return Some(2);
        }
    };
    let dict = match Dictionary::from_asset(DICT).and_then(|d| d.with_policy_lexicon(POLICY)) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("wenxi: {e}");
            return Some(1);
        }
    };
    let (docs, failed) = read_all(&dict, &parsed);
    let out = std::io::stdout();
    let mut out = out.lock();
    let written = match command.as_str() {
        "collocates" => collocates::run(&mut out, &parsed, &docs),
        "ngrams" => ngrams::run(&mut out, &parsed, &docs),
        "summary" => summary::run(&mut out, &parsed, &docs, &dict),
        _ => stats::run(&mut out, &parsed, &docs, &dict),
    };
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("wenxi: cannot write output: {e}");
            return Some(1);
        }
    }
    Some(i32::from(failed))
}

fn number<T: std::str::FromStr>(p: &mut lexopt::Parser, flag: &str) -> Result<T, String> {
    let v = p.value().map_err(|e| e.to_string())?;
    v.to_string_lossy()
        .parse()
        .map_err(|_| format!("{flag}: not a number: {}", v.to_string_lossy()))
}

fn parse(command: &str, args: Vec<OsString>) -> Result<Option<ToolArgs>, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_args(args);
    let mut a = ToolArgs {
        json: false,
        term: None,
        window: 5,
        min_count: None,
        n: 3,
        top: 0,
        contains: String::new(),
        sentences: None,
        share: None,
        keep_stopwords: false,
        encoding: None,
        lexicon: true,
        files: Vec::new(),
    };
    let mut seen_command = false;
    let only = |flag: &str, commands: &[&str]| {
        if commands.contains(&command) {
            Ok(())
        } else {
            Err(format!("{flag} does not apply to {command}"))
        }
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                print!("{USAGE}");
                return Ok(None);
            }
            Long("json") => a.json = true,
            Long("window") => {
                only("--window", &["collocates"])?;
                a.window = number(&mut p, "--window")?;
                if !(1..=10).contains(&a.window) {
                    return Err("--window must be 1 to 10".into());
                }
            }
            Long("min-count") => {
                only("--min-count", &["collocates", "ngrams"])?;
                a.min_count = Some(number(&mut p, "--min-count")?);
            }
            Long("n") => {
                only("--n", &["ngrams"])?;
                a.n = number(&mut p, "--n")?;
                if !(2..=6).contains(&a.n) {
                    return Err("--n must be 2 to 6".into());
                }
            }
            Long("top") => {
                only("--top", &["collocates", "ngrams"])?;
                a.top = number(&mut p, "--top")?;
            }
            Long("contains") => {
                only("--contains", &["ngrams"])?;
                a.contains = p
                    .value()
                    .map_err(|e| e.to_string())?
                    .to_string_lossy()
                    .into();
            }
            Long("sentences") => {
                only("--sentences", &["summary"])?;
                a.sentences = Some(number(&mut p, "--sentences")?);
            }
            Long("share") => {
                only("--share", &["summary"])?;
                let f: f64 = number(&mut p, "--share")?;
                if !(f > 0.0 && f <= 1.0) {
                    return Err("--share must be above 0 and at most 1".into());
                }
                a.share = Some(f);
            }
            Long("keep-stopwords") => {
                only("--keep-stopwords", &["collocates", "ngrams"])?;
                a.keep_stopwords = true;
            }
            Long("no-lexicon") => a.lexicon = false,
            Long("encoding") => {
                let label = p.value().map_err(|e| e.to_string())?;
                let label = label.to_string_lossy();
                a.encoding = Some(
                    encoding_for_label(&label)
                        .ok_or_else(|| format!("unknown encoding `{label}`"))?,
                );
            }
            Value(_) if !seen_command => seen_command = true,
            Value(v) if command == "collocates" && a.term.is_none() => {
                a.term = Some(v.to_string_lossy().into())
            }
            Value(v) => a.files.push(v),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if command == "collocates" && a.term.as_deref().is_none_or(|t| t.trim().is_empty()) {
        return Err("collocates needs a TERM".into());
    }
    if a.sentences.is_some() && a.share.is_some() {
        return Err("give --sentences or --share, not both".into());
    }
    if a.files.is_empty() {
        return Err(format!("{command} needs at least one FILE"));
    }
    Ok(Some(a))
}

/// Reads, cleans and segments every file; `true` when some file failed
/// (said on stderr).
fn read_all(dict: &Dictionary, args: &ToolArgs) -> (Vec<ToolDoc>, bool) {
    let opts = AnalyzeOptions {
        policy_lexicon: args.lexicon,
        ..AnalyzeOptions::default()
    };
    let mut docs = Vec::new();
    let mut failed = false;
    for path in &args.files {
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
        let prepared = prepare(&decoded.text, &opts);
        let toks = tokens(
            dict,
            &prepared,
            &opts,
            &mut |_, _| ControlFlow::Continue(()),
        )
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
