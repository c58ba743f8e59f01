//! Output of `wenxi segment` and `wenxi newwords`.

use jieba_rs::Jieba;
use std::io::Write;
use std::ops::ControlFlow;
use wenxi::core::dict::Dictionary;
use wenxi::core::newwords::{discover, NewWordOptions};
use wenxi::core::segment::{tag, SegmentOptions};

/// Writes the tokens of each text separated by spaces, keeping line breaks.
pub fn write_tokens(
    out: &mut impl Write,
    jieba: &Jieba,
    opts: &SegmentOptions,
    pos: bool,
    texts: &[String],
) -> std::io::Result<()> {
    for text in texts {
        let mut go_on = |_: usize, _: usize| ControlFlow::Continue(());
        let tagged = tag(jieba, text, opts, &mut go_on).unwrap_or_default();
        let mut line = String::new();
        for t in tagged {
            let word = &text[t.token.start..t.token.end];
            if word.trim().is_empty() {
                for _ in word.matches('\n') {
                    writeln!(out, "{}", line.trim_end())?;
                    line.clear();
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
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

/// Writes the candidate new words of all texts as TSV with a header row.
pub fn write_newwords(
    out: &mut impl Write,
    dict: &Dictionary,
    top: usize,
    texts: &[String],
) -> std::io::Result<()> {
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let opts = NewWordOptions {
        top,
        ..NewWordOptions::default()
    };
    writeln!(out, "word\tcount\tpmi\tleft_entropy\tright_entropy\tscore")?;
    for c in discover(&texts, &|w| dict.knows(w), &opts) {
        writeln!(
            out,
            "{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{:.4}",
            c.word, c.count, c.pmi, c.left_entropy, c.right_entropy, c.score
        )?;
    }
    Ok(())
}
