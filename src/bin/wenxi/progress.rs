//! A one-line progress bar on stderr, for long runs on a terminal.
//!
//! Shown only when stderr is a terminal (and not `--no-progress`), so logs
//! and pipes never see it; redrawn at most ten times a second.

use std::io::Write;
use std::time::{Duration, Instant};

/// The bar's state; does nothing when not shown.
pub struct Progress {
    shown: bool,
    total: usize,
    done: usize,
    bytes: u64,
    start: Instant,
    drawn: Option<Instant>,
}

impl Progress {
    /// A bar over `total` files, drawn only when `shown`.
    pub fn new(shown: bool, total: usize) -> Self {
        Progress {
            shown,
            total,
            done: 0,
            bytes: 0,
            start: Instant::now(),
            drawn: None,
        }
    }

    /// One more file done, of `bytes` bytes.
    pub fn step(&mut self, bytes: usize) {
        self.done += 1;
        self.bytes += bytes as u64;
        let due = self
            .drawn
            .is_none_or(|t| t.elapsed() >= Duration::from_millis(100));
        if self.shown && (due || self.done == self.total) {
            self.draw();
        }
    }

    fn draw(&mut self) {
        const WIDTH: usize = 30;
        let filled = (self.done * WIDTH).checked_div(self.total).unwrap_or(WIDTH);
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        let mb = self.bytes as f64 / 1_048_576.0;
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r[{}{}] {}/{} files · {:.1} MiB · {:.1} MiB/s ",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            self.done,
            self.total,
            mb,
            mb / secs
        );
        let _ = err.flush();
        self.drawn = Some(Instant::now());
    }

    /// Prints one line on stderr above the bar.
    pub fn say(&mut self, line: &str) {
        if self.shown && self.drawn.is_some() {
            eprint!("\r\x1b[2K");
            self.drawn = None;
        }
        eprintln!("{line}");
    }

    /// Clears the bar (before the final output lines on stderr).
    pub fn finish(&mut self) {
        if self.shown && self.drawn.is_some() {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}
