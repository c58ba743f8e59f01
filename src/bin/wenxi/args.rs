//! The command line: usage text, the parsed arguments, and the parser.
//!
//! One parser serves every command, the corpus toolkit's included, so that
//! the shared options (cleaning rules, encoding, user dictionary, `--jobs`)
//! mean the same everywhere; options that belong to some commands are
//! refused elsewhere with exit code 2.

use std::ffi::OsString;
use std::io::Write;
use wenxi::core::analyze::AnalyzeOptions;
use wenxi::core::clean::CleanOptions;
use wenxi::core::decode::encoding_for_label;
use wenxi::core::export::Table;
use wenxi::core::segment::{Mode, SegmentOptions};

/// The help text (`wenxi --help`, and after every usage error).
pub const USAGE: &str = "\
wenxi — offline Chinese text analysis / 离线中文文本分析

USAGE:
    wenxi analyze [OPTIONS] PATH...   analyse; a summary, one JSON report with --json,
                                      or one JSON document per line with --jsonl
    wenxi clean [OPTIONS] PATH...     print the clean (and Simplified) text of each file
    wenxi extract --csv KIND [OPTIONS] PATH...
                                      print one CSV table (UTF-8 with BOM, for Excel) of
                                      the KIND of item found in all files, document first
    wenxi segment [OPTIONS] PATH...   print the tokens of each clean text, space-separated
    wenxi newwords [OPTIONS] PATH...  print a TSV table of candidate new words over all files
                                      (word, count, pmi, left_entropy, right_entropy, score)
    wenxi diff [OPTIONS] OLD NEW      what changed: sentences added, removed, changed, moved
                                      (word-level), new and dropped terms, targets; JSON
                                      with --json
    wenxi series [OPTIONS] PATH...    terms' first and last appearance and targets over
                                      the files in date order (dates from names or first lines)

    A PATH is a file or a directory; directories are walked recursively for the
    formats Wenxi reads (.txt .md .markdown .html .htm .xhtml .docx .pdf .ofd),
    hidden entries skipped, in name order. PDF and OFD are read from their text
    layer (pages separated by form feeds); scans, password-protected and damaged
    files are refused with the reason.

KINDS (columns):
    people      document,name,title,count
    places      document,name,count
    orgs        document,name,count
    entities    document,kind,name,title,count   (people, places and orgs)
    figures     document,text,value,unit,indicator,change,period,sentence
    quotes      document,text,kind,count
    outline     document,level,marker,text

OPTIONS:
    --json              print one JSON report (default: a readable summary)
    --jsonl             (analyze) print one JSON document per line as each is done,
                        in input order; a file that fails is a line {\"name\", \"error\"}
    --jobs N            analyse N files at once (default: all cores); the output is the
                        same for every N
    --no-progress       no progress bar on stderr (it is shown only on a terminal)
    --csv KIND          (extract) the table to print; cells that start with = + - @
                        get a leading ' so spreadsheets do not run them as formulas
    --top N             number of keywords per document (default 20);
                        (newwords) number of candidates (default 50)
    --mode MODE         (segment) precise (default), full or search
    --hmm, --no-hmm     guess words the dictionary lacks with jieba's HMM (default on)
    --pos               (segment) print word/tag with jieba's part-of-speech tags
    --user-dict FILE    add and delete words: `word [freq] [tag]` per line, `-word`
                        deletes, # comments
    --no-lexicon        do not use the built-in policy lexicon (项目为王, 经开区 …)
    --encoding LABEL    decode every file as LABEL (gb18030, big5, utf-16le …)
    --no-simplify       keep Traditional characters
    --no-clean          switch every cleaning rule off (the text is analysed as is)
    --no-controls       keep stray control characters (NUL, bidi overrides, zero-width spaces)
    --no-boilerplate    keep navigation, publish, copyright and link lines
    --no-pinyin         keep pinyin annotations such as 會(huì)
    --no-blank-lines    keep blank lines as they are
    --no-width          keep full-width digits and letters (alias --no-normalize)
    --no-variants       keep variant characters such as 蕞
    --no-page-furniture keep running headers, footers and page numbers of PDF/OFD pages
    -h, --help          show this help
    -V, --version       show the version

EXIT CODES:
    0 all files analysed, 1 a file could not be read or decoded, 2 usage error
    (including an unknown KIND, a bad --user-dict file and diff without two files)
";

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Analyse and report.
    Analyze,
    /// Print the clean text.
    Clean,
    /// Print one CSV table of extracted items.
    Extract(Table),
    /// Print the tokens.
    Segment,
    /// Print candidate new words.
    NewWords,
    /// Compare two versions of a document.
    Diff,
    /// Terms and targets over documents in date order.
    Series,
    // corpus toolkit (issue 18)
    /// The collocates of a term.
    Collocates,
    /// Recurring runs of words.
    Ngrams,
    /// The key sentences of each file.
    Summary,
    /// Document statistics.
    Stats,
}

impl Command {
    /// Whether it is one of the corpus toolkit's commands (issue 18).
    pub fn is_toolkit(self) -> bool {
        matches!(
            self,
            Command::Collocates | Command::Ngrams | Command::Summary | Command::Stats
        )
    }
}

/// Options of the corpus-toolkit commands (issue 18); `--json`, `--top`,
/// `--encoding`, `--no-lexicon` and the cleaning rules are in [`Args`].
#[derive(Debug, Clone, PartialEq)]
pub struct ToolArgs {
    /// The node word (collocates: the first value after the command).
    pub term: Option<String>,
    /// Window on each side (collocates, 1–10).
    pub window: usize,
    /// Minimum count (collocates, ngrams).
    pub min_count: Option<usize>,
    /// N-gram length (2–6).
    pub n: usize,
    /// N-grams containing this word.
    pub contains: String,
    /// Sentences per summary.
    pub sentences: Option<usize>,
    /// Share of the text per summary (above 0, at most 1).
    pub share: Option<f64>,
    /// Keep stopwords (collocates, ngrams).
    pub keep_stopwords: bool,
}

impl Default for ToolArgs {
    fn default() -> Self {
        ToolArgs {
            term: None,
            window: 5,
            min_count: None,
            n: 3,
            contains: String::new(),
            sentences: None,
            share: None,
            keep_stopwords: false,
        }
    }
}

/// How `analyze` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// A readable summary, a few lines per document.
    Summary,
    /// One pretty-printed JSON report at the end.
    Json,
    /// One compact JSON document per line, as each is done.
    Jsonl,
}

/// Everything the command line says.
pub struct Args {
    /// The command.
    pub command: Command,
    /// How `analyze` prints.
    pub output: Output,
    /// Files and directories, as given.
    pub paths: Vec<OsString>,
    /// `--encoding`: decode every file as this.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Pipeline options.
    pub options: AnalyzeOptions,
    /// `segment`'s options.
    pub segment: SegmentOptions,
    /// `segment --pos`.
    pub pos: bool,
    /// `--top`.
    pub top: Option<usize>,
    /// `--user-dict`.
    pub user_dict: Option<OsString>,
    /// `--jobs`: files analysed at once.
    pub jobs: usize,
    /// Show a progress bar (stderr is a terminal and no `--no-progress`).
    pub progress: bool,
    /// The corpus toolkit's options (issue 18).
    pub tool: ToolArgs,
}

/// The outcome of parsing.
pub enum Parsed {
    /// Run a command.
    Run(Box<Args>),
    /// Help or version was printed: exit with this code.
    Exit(i32),
}

/// Parses the arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_args(args);
    let mut command: Option<String> = None;
    let mut json = false;
    let mut jsonl = false;
    let mut csv: Option<String> = None;
    let mut jobs: Option<usize> = None;
    let mut no_progress = false;
    let mut a = Args {
        command: Command::Analyze,
        output: Output::Summary,
        paths: Vec::new(),
        encoding: None,
        options: AnalyzeOptions::default(),
        segment: SegmentOptions::default(),
        pos: false,
        top: None,
        user_dict: None,
        jobs: 1,
        progress: false,
        tool: ToolArgs::default(),
    };
    let mut segment_only = None;
    // toolkit options given, with the commands they apply to (issue 18)
    let mut tool_only: Vec<(&str, &[&str])> = Vec::new();
    let number = |p: &mut lexopt::Parser, flag: &str| -> Result<usize, String> {
        p.value()
            .map_err(|e| e.to_string())?
            .parse()
            .map_err(|e: lexopt::Error| format!("{flag}: {e}"))
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                // a closed pipe (`wenxi --help | head`) is not an error
                let _ = write!(std::io::stdout(), "{USAGE}\n{}", crate::toolkit::USAGE);
                return Ok(Parsed::Exit(0));
            }
            Short('V') | Long("version") => {
                let _ = writeln!(std::io::stdout(), "wenxi {}", env!("CARGO_PKG_VERSION"));
                return Ok(Parsed::Exit(0));
            }
            Long("json") => json = true,
            Long("jsonl") => jsonl = true,
            Long("jobs") | Short('j') => jobs = Some(number(&mut p, "--jobs")?),
            Long("no-progress") => no_progress = true,
            Long("csv") => {
                csv = Some(
                    p.value()
                        .map_err(|e| e.to_string())?
                        .to_string_lossy()
                        .into(),
                )
            }
            Long("no-simplify") => a.options.to_simplified = false,
            Long("no-clean") => a.options.clean = CleanOptions::none(),
            Long("no-controls") => a.options.clean.controls = false,
            Long("no-boilerplate") => a.options.clean.boilerplate = false,
            Long("no-pinyin") => a.options.clean.pinyin = false,
            Long("no-blank-lines") => a.options.clean.blank_lines = false,
            Long("no-width") | Long("no-normalize") => a.options.clean.width = false,
            Long("no-variants") => a.options.clean.variants = false,
            Long("no-page-furniture") => a.options.clean.page_furniture = false,
            Long("top") => a.top = Some(number(&mut p, "--top")?),
            Long("mode") => {
                let v = p.value().map_err(|e| e.to_string())?;
                let v = v.to_string_lossy();
                let mode = Mode::from_name(&v)
                    .ok_or_else(|| format!("unknown mode `{v}` (one of precise, full, search)"))?;
                a.segment = a.segment.mode(mode);
                segment_only = Some("--mode");
            }
            Long("pos") => {
                a.pos = true;
                segment_only = Some("--pos");
            }
            Long("hmm") => a.options.hmm = true,
            Long("no-hmm") => a.options.hmm = false,
            Long("no-lexicon") => a.options.policy_lexicon = false,
            Long("user-dict") => a.user_dict = Some(p.value().map_err(|e| e.to_string())?),
            Long("encoding") => {
                let label = p.value().map_err(|e| e.to_string())?;
                let label = label.to_string_lossy();
                a.encoding = Some(
                    encoding_for_label(&label)
                        .ok_or_else(|| format!("unknown encoding `{label}`"))?,
                );
            }
            // corpus toolkit (issue 18)
            Long("window") => {
                tool_only.push(("--window", &["collocates"]));
                a.tool.window = tool_number(&mut p, "--window")?;
                if !(1..=10).contains(&a.tool.window) {
                    return Err("--window must be 1 to 10".into());
                }
            }
            Long("min-count") => {
                tool_only.push(("--min-count", &["collocates", "ngrams"]));
                a.tool.min_count = Some(tool_number(&mut p, "--min-count")?);
            }
            Long("n") => {
                tool_only.push(("--n", &["ngrams"]));
                a.tool.n = tool_number(&mut p, "--n")?;
                if !(2..=6).contains(&a.tool.n) {
                    return Err("--n must be 2 to 6".into());
                }
            }
            Long("contains") => {
                tool_only.push(("--contains", &["ngrams"]));
                a.tool.contains = p
                    .value()
                    .map_err(|e| e.to_string())?
                    .to_string_lossy()
                    .into();
            }
            Long("sentences") => {
                tool_only.push(("--sentences", &["summary"]));
                a.tool.sentences = Some(tool_number(&mut p, "--sentences")?);
            }
            Long("share") => {
                tool_only.push(("--share", &["summary"]));
                let f: f64 = tool_number(&mut p, "--share")?;
                if !(f > 0.0 && f <= 1.0) {
                    return Err("--share must be above 0 and at most 1".into());
                }
                a.tool.share = Some(f);
            }
            Long("keep-stopwords") => {
                tool_only.push(("--keep-stopwords", &["collocates", "ngrams"]));
                a.tool.keep_stopwords = true;
            }
            Value(v) if command.is_none() => command = Some(v.to_string_lossy().into()),
            Value(v) => a.paths.push(v),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    a.command = match command.as_deref() {
        Some("analyze") => Command::Analyze,
        Some("clean") => Command::Clean,
        Some("segment") => Command::Segment,
        Some("newwords") => Command::NewWords,
        Some("diff") => Command::Diff,
        Some("series") => Command::Series,
        Some("collocates") => Command::Collocates,
        Some("ngrams") => Command::Ngrams,
        Some("summary") => Command::Summary,
        Some("stats") => Command::Stats,
        Some("extract") => {
            let kind = csv.take().ok_or("extract needs --csv KIND")?;
            let table = Table::from_name(&kind).ok_or_else(|| {
                let kinds: Vec<_> = Table::ALL.iter().map(|t| t.name()).collect();
                format!("unknown KIND `{kind}` (one of {})", kinds.join(", "))
            })?;
            if json || jsonl {
                return Err("extract prints CSV; --json does not apply".into());
            }
            Command::Extract(table)
        }
        Some(other) => return Err(format!("unknown command `{other}`")),
        None => return Err("missing command".into()),
    };
    if csv.is_some() {
        return Err("--csv applies to extract only".into());
    }
    a.output = match (json, jsonl) {
        (true, true) => return Err("--json and --jsonl exclude each other".into()),
        (false, true) if a.command != Command::Analyze => {
            return Err("--jsonl applies to analyze only".into())
        }
        (_, true) => Output::Jsonl,
        (true, false) => Output::Json,
        (false, false) => Output::Summary,
    };
    if let Some(flag) = segment_only.filter(|_| a.command != Command::Segment) {
        return Err(format!("{flag} applies to segment only"));
    }
    let name = command.as_deref().unwrap_or_default();
    if let Some((flag, _)) = tool_only.iter().find(|(_, c)| !c.contains(&name)) {
        return Err(format!("{flag} does not apply to {name}"));
    }
    if a.top.is_some() && matches!(a.command, Command::Summary | Command::Stats) {
        return Err(format!("--top does not apply to {name}"));
    }
    if a.command == Command::Collocates {
        // the first value after the command is the term
        if !a.paths.is_empty() {
            a.tool.term = Some(a.paths.remove(0).to_string_lossy().into());
        }
        if a.tool.term.as_deref().is_none_or(|t| t.trim().is_empty()) {
            return Err("collocates needs a TERM".into());
        }
    }
    if a.tool.sentences.is_some() && a.tool.share.is_some() {
        return Err("give --sentences or --share, not both".into());
    }
    if let Some(top) = a.top.filter(|_| a.command == Command::Analyze) {
        a.options.top_keywords = top;
    }
    a.jobs = match jobs {
        Some(0) => return Err("--jobs: must be at least 1".into()),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    a.progress = !no_progress && std::io::IsTerminal::is_terminal(&std::io::stderr());
    a.segment = a.segment.hmm(a.options.hmm);
    if a.command == Command::Diff && a.paths.len() != 2 {
        return Err("diff needs exactly two files: OLD NEW".into());
    }
    if a.paths.is_empty() {
        return Err(format!(
            "{} needs at least one FILE",
            command.unwrap_or_default()
        ));
    }
    Ok(Parsed::Run(Box::new(a)))
}

/// The number after a toolkit option (issue 18), as its own error says it.
fn tool_number<T: std::str::FromStr>(p: &mut lexopt::Parser, flag: &str) -> Result<T, String> {
    let v = p.value().map_err(|e| e.to_string())?;
    v.to_string_lossy()
        .parse()
        .map_err(|_| format!("{flag}: not a number: {}", v.to_string_lossy()))
}
