//! Prints the text a PDF or OFD file reads as (pages separated by form
//! feeds), its page count and the time taken: `cargo run --release
//! --example pdftext -- FILE...` (used for BENCHMARKS.md, issue 16).
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("readable file");
        let t0 = std::time::Instant::now();
        let doc = wenxi::core::formats::read_any(&path, &bytes, None);
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        match doc {
            Ok(d) => {
                if std::env::var_os("QUIET").is_none() {
                    println!("{}", d.decoded.text);
                }
                eprintln!(
                    "{path}: {} pages, {} chars, {ms:.1} ms",
                    d.pages.unwrap_or(0),
                    d.decoded.text.chars().count()
                );
            }
            Err(e) => eprintln!("{path}: {e} ({ms:.1} ms)"),
        }
    }
}
