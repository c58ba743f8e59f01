//! `wenxi`: the command-line face of the core, for batch work.
//!
//! ```text
//! wenxi analyze [--json] [--top N] [--encoding LABEL] [--no-simplify] [--no-clean | --no-RULE] FILE...
//! wenxi clean [same options] FILE...      # prints the clean text of each file
//! wenxi extract --csv KIND [same options] FILE...
//! wenxi segment [--mode precise|full|search] [--hmm|--no-hmm] [--pos] [--user-dict FILE] [--no-lexicon] FILE...
//! wenxi newwords [--top N] [--user-dict FILE] FILE...
//! ```
//!
//! `segment` prints the tokens of each clean text separated by spaces (`word/tag`
//! with `--pos`), keeping its line breaks. `newwords` prints a TSV table of
//! candidate new words over all files together, best first. The policy lexicon
//! (`assets/lexicon/policy.txt`, embedded) is on unless `--no-lexicon`; a user
//! dictionary (`--user-dict`, jieba's `word freq tag` format, `-word` deletes)
//! applies to `analyze`, `segment` and `newwords`.
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

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main());
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "wenxi/output.rs"]
mod output;

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use super::output;
    use std::ffi::OsString;
    use std::io::Write;
    use std::ops::ControlFlow;
    use wenxi::core::analyze::{analyze, hints, prepare, tokens, AnalyzeOptions};
    use wenxi::core::clean::CleanOptions;
    use wenxi::core::decode::encoding_for_label;
    use wenxi::core::dict::Dictionary;
    use wenxi::core::export::{csv_document, rows, Table};
    use wenxi::core::extract::{extract, extract_with};
    use wenxi::core::formats::read_document;
    use wenxi::core::report::{DocumentError, Report};
    use wenxi::core::segment::{Mode, SegmentOptions};
    use wenxi::core::userdict::UserDict;

    const DICT: &[u8] = include_bytes!("../../assets/dict/wenxi.dict.gz");
    const POLICY: &str = include_str!("../../assets/lexicon/policy.txt");

    const USAGE: &str = "\
wenxi — offline Chinese text analysis / 离线中文文本分析

USAGE:
    wenxi analyze [OPTIONS] FILE...   analyse; a summary, or one JSON report with --json
    wenxi clean [OPTIONS] FILE...     print the clean (and Simplified) text of each file
    wenxi extract --csv KIND [OPTIONS] FILE...
                                      print one CSV table (UTF-8 with BOM, for Excel) of
                                      the KIND of item found in all files, document first
    wenxi segment [OPTIONS] FILE...   print the tokens of each clean text, space-separated
    wenxi newwords [OPTIONS] FILE...  print a TSV table of candidate new words over all files
                                      (word, count, pmi, left_entropy, right_entropy, score)

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
    --no-boilerplate    keep navigation, publish, copyright and link lines
    --no-pinyin         keep pinyin annotations such as 會(huì)
    --no-blank-lines    keep blank lines as they are
    --no-width          keep full-width digits and letters (alias --no-normalize)
    --no-variants       keep variant characters such as 蕞
    -h, --help          show this help
    -V, --version       show the version

EXIT CODES:
    0 all files analysed, 1 a file could not be read or decoded, 2 usage error
    (including an unknown KIND and a bad --user-dict file)
";

    #[derive(PartialEq)]
    enum Command {
        Analyze,
        Clean,
        Extract(Table),
        Segment,
        NewWords,
    }

    struct Args {
        command: Command,
        json: bool,
        csv: Option<String>,
        files: Vec<OsString>,
        encoding: Option<&'static encoding_rs::Encoding>,
        options: AnalyzeOptions,
        segment: SegmentOptions,
        pos: bool,
        top: Option<usize>,
        user_dict: Option<OsString>,
    }

    enum Parsed {
        Run(Args),
        Exit(i32),
    }

    fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, String> {
        use lexopt::prelude::*;
        let mut p = lexopt::Parser::from_args(args);
        let mut command: Option<String> = None;
        let mut a = Args {
            command: Command::Analyze,
            json: false,
            csv: None,
            files: Vec::new(),
            encoding: None,
            options: AnalyzeOptions::default(),
            segment: SegmentOptions::default(),
            pos: false,
            top: None,
            user_dict: None,
        };
        let mut segment_only = None;
        while let Some(arg) = p.next().map_err(|e| e.to_string())? {
            match arg {
                Short('h') | Long("help") => {
                    print!("{USAGE}");
                    return Ok(Parsed::Exit(0));
                }
                Short('V') | Long("version") => {
                    println!("wenxi {}", env!("CARGO_PKG_VERSION"));
                    return Ok(Parsed::Exit(0));
                }
                Long("json") => a.json = true,
                Long("csv") => {
                    a.csv = Some(
                        p.value()
                            .map_err(|e| e.to_string())?
                            .to_string_lossy()
                            .into(),
                    )
                }
                Long("no-simplify") => a.options.to_simplified = false,
                Long("no-clean") => a.options.clean = CleanOptions::none(),
                Long("no-boilerplate") => a.options.clean.boilerplate = false,
                Long("no-pinyin") => a.options.clean.pinyin = false,
                Long("no-blank-lines") => a.options.clean.blank_lines = false,
                Long("no-width") | Long("no-normalize") => a.options.clean.width = false,
                Long("no-variants") => a.options.clean.variants = false,
                Long("top") => {
                    a.top = Some(
                        p.value()
                            .map_err(|e| e.to_string())?
                            .parse()
                            .map_err(|e: lexopt::Error| format!("--top: {e}"))?,
                    )
                }
                Long("mode") => {
                    let v = p.value().map_err(|e| e.to_string())?;
                    let v = v.to_string_lossy();
                    let mode = Mode::from_name(&v).ok_or_else(|| {
                        format!("unknown mode `{v}` (one of precise, full, search)")
                    })?;
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
                Value(v) if command.is_none() => command = Some(v.to_string_lossy().into()),
                Value(v) => a.files.push(v),
                _ => return Err(arg.unexpected().to_string()),
            }
        }
        a.command = match command.as_deref() {
            Some("analyze") => Command::Analyze,
            Some("clean") => Command::Clean,
            Some("segment") => Command::Segment,
            Some("newwords") => Command::NewWords,
            Some("extract") => {
                let kind = a.csv.take().ok_or("extract needs --csv KIND")?;
                let table = Table::from_name(&kind).ok_or_else(|| {
                    let kinds: Vec<_> = Table::ALL.iter().map(|t| t.name()).collect();
                    format!("unknown KIND `{kind}` (one of {})", kinds.join(", "))
                })?;
                if a.json {
                    return Err("extract prints CSV; --json does not apply".into());
                }
                Command::Extract(table)
            }
            Some(other) => return Err(format!("unknown command `{other}`")),
            None => return Err("missing command".into()),
        };
        if a.csv.is_some() {
            return Err("--csv applies to extract only".into());
        }
        if let Some(flag) = segment_only.filter(|_| a.command != Command::Segment) {
            return Err(format!("{flag} applies to segment only"));
        }
        if let Some(top) = a.top.filter(|_| a.command == Command::Analyze) {
            a.options.top_keywords = top;
        }
        a.segment = a.segment.hmm(a.options.hmm);
        if a.files.is_empty() {
            return Err(format!(
                "{} needs at least one FILE",
                command.unwrap_or_default()
            ));
        }
        Ok(Parsed::Run(a))
    }

    /// Runs the CLI and returns its exit code.
    pub fn main() -> i32 {
        let args = match parse(std::env::args_os().skip(1)) {
            Ok(Parsed::Run(a)) => a,
            Ok(Parsed::Exit(code)) => return code,
            Err(e) => {
                eprintln!("wenxi: {e}\n\n{USAGE}");
                return 2;
            }
        };
        let dict = if matches!(
            args.command,
            Command::Analyze | Command::Segment | Command::NewWords | Command::Extract(_)
        ) {
            match load_dictionary(&args) {
                Ok(d) => Some(d),
                Err(code) => return code,
            }
        } else {
            None
        };
        let mut texts = Vec::new();
        let mut cleaned = String::new();
        let mut table = Vec::new();
        let mut report = Report::new();
        for path in &args.files {
            let name = path.to_string_lossy().into_owned();
            let fail = |report: &mut Report, error: String| {
                eprintln!("wenxi: {name}: {error}");
                report.errors.push(DocumentError {
                    name: name.clone(),
                    error,
                });
            };
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    fail(&mut report, format!("无法读取 / cannot read: {e}"));
                    continue;
                }
            };
            let decoded = match read_document(&name, &bytes, args.encoding) {
                Ok(d) => d,
                Err(e) => {
                    fail(&mut report, e.to_string());
                    continue;
                }
            };
            if let Command::Extract(kind) = args.command {
                // the same extraction as `analyze`: with jieba's tokens as hints
                let prepared = prepare(&decoded.text, &args.options);
                let x = match &dict {
                    Some(dict) => {
                        let toks = tokens(dict, &prepared, &args.options, &mut |_, _| {
                            ControlFlow::Continue(())
                        })
                        .unwrap_or_default();
                        extract_with(&prepared.text, &hints(dict, &prepared.text, &toks))
                    }
                    None => extract(&prepared.text),
                };
                table.extend(rows(kind, &name, (&x).into()));
                continue;
            }
            if matches!(args.command, Command::Segment | Command::NewWords) {
                texts.push(prepare(&decoded.text, &args.options).text);
                continue;
            }
            let Some(dict) = &dict else {
                cleaned.push_str(&prepare(&decoded.text, &args.options).text);
                if !cleaned.ends_with('\n') {
                    cleaned.push('\n');
                }
                continue;
            };
            let mut go_on = |_: usize, _: usize| ControlFlow::Continue(());
            if let Some(doc) = analyze(
                dict,
                &name,
                decoded.encoding,
                &decoded.text,
                &args.options,
                &mut go_on,
            ) {
                report.documents.push(doc);
            }
        }
        let out = std::io::stdout();
        let mut out = out.lock();
        let written = if args.command == Command::Clean {
            out.write_all(cleaned.as_bytes())
        } else if let Command::Extract(kind) = args.command {
            write_csv(&mut out, kind, &table)
        } else if let (Command::Segment, Some(dict)) = (&args.command, &dict) {
            let jieba = dict.segmenter(args.options.policy_lexicon);
            output::write_tokens(&mut out, jieba, &args.segment, args.pos, &texts)
        } else if let (Command::NewWords, Some(dict)) = (&args.command, &dict) {
            output::write_newwords(&mut out, dict, args.top.unwrap_or(50), &texts)
        } else if args.json {
            serde_json::to_writer_pretty(&mut out, &report)
                .map_err(std::io::Error::from)
                .and_then(|_| writeln!(out))
        } else {
            write_summary(&mut out, &report)
        };
        if let Err(e) = written {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("wenxi: cannot write output: {e}");
                return 1;
            }
        }
        if report.errors.is_empty() {
            0
        } else {
            1
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

    /// Writes a table as CSV (see [`csv_document`]).
    fn write_csv(out: &mut impl Write, kind: Table, table: &[Vec<String>]) -> std::io::Result<()> {
        out.write_all(csv_document(kind.header(), table).as_bytes())
    }

    fn write_summary(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
        for doc in &report.documents {
            writeln!(
                out,
                "{}\t{}\t{}\t{} words",
                doc.name, doc.encoding, doc.script, doc.tokens
            )?;
            let terms: Vec<String> = doc
                .keywords
                .iter()
                .map(|k| format!("{}({:.3})", k.term, k.score))
                .collect();
            writeln!(out, "  {}", terms.join(" "))?;
        }
        Ok(())
    }
}
