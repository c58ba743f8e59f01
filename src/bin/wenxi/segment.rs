//! `wenxi segment`: the tokens of every clean text separated by spaces
//! (`word/tag` with `--pos`), keeping the text's line breaks.

use crate::args::Args;
use crate::run::each_document;
use jieba_rs::Jieba;
use std::io::Write;
use std::ops::ControlFlow;
use wenxi::core::analyze::prepare;
use wenxi::core::dict::Dictionary;
use wenxi::core::segment::{tag, SegmentOptions};

/// Runs `segment`; returns the exit code.
pub fn run(args: &Args, dict: &Dictionary, out: &mut impl Write) -> std::io::Result<i32> {
    let jieba = dict.segmenter(args.options.policy_lexicon);
    let work = |_: &str, doc: wenxi::core::decode::Decoded| {
        let text = prepare(&doc.text, &args.options).text;
        tokens(jieba, &args.segment, args.pos, &text)
    };
    let mut written = Ok(());
    let errors = each_document(args, work, |outcome| {
        if let (Ok(lines), true) = (outcome, written.is_ok()) {
            written = out.write_all(lines.as_bytes());
        }
    });
    written?;
    Ok(if errors.is_empty() { 0 } else { 1 })
}

/// The tokens of `text` separated by spaces, one output line per line of
/// text (blank lines dropped).
fn tokens(jieba: &Jieba, opts: &SegmentOptions, pos: bool, text: &str) -> String {
    let mut go_on = |_: usize, _: usize| ControlFlow::Continue(());
    let tagged = tag(jieba, text, opts, &mut go_on).unwrap_or_default();
    let mut out = String::new();
    let mut line = String::new();
    let end_line = |line: &mut String, out: &mut String| {
        out.push_str(line.trim_end());
        out.push('\n');
        line.clear();
    };
    for t in tagged {
        let word = &text[t.token.start..t.token.end];
        if word.trim().is_empty() {
            for _ in word.matches('\n') {
                end_line(&mut line, &mut out);
            }
            continue;
        }
        line.push_str(word);
        if pos {
            line.push('/');
            line.push_str(t.tag);
        }
        line.push(' ');
    }
    if !line.is_empty() {
        end_line(&mut line, &mut out);
    }
    out
}
