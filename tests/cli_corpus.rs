//! The CLI on corpora: `--jsonl`, `--jobs`, directories walked recursively,
//! and the bad inputs of a real download folder (binary files, unreadable
//! files, symlink loops, many tiny files).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::wenxi;

/// A fresh directory under the system's temp dir.
fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wenxi-corpus-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A tree of the samples: two at the top, three in nested folders, plus a
/// hidden folder, an image and a file of another format that must be skipped.
fn sample_tree(tag: &str) -> PathBuf {
    let dir = temp_dir(tag);
    let samples = common::samples();
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::create_dir_all(dir.join(".hidden")).unwrap();
    for (i, (name, text)) in samples.iter().enumerate() {
        let sub = match i {
            0 | 1 => dir.clone(),
            2 => dir.join("b"),
            _ => dir.join("b/c"),
        };
        std::fs::write(sub.join(name), text).unwrap();
    }
    std::fs::write(dir.join(".hidden/secret.txt"), "隐藏文件不应被分析").unwrap();
    std::fs::write(
        dir.join("picture.png"),
        [0x89, b'P', b'N', b'G', 0, 0, 0, 13],
    )
    .unwrap();
    dir
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn jsonl_writes_one_document_per_line_with_the_json_fields() {
    let dir = sample_tree("jsonl");
    let d = dir.to_string_lossy();
    let out = wenxi(&["analyze", "--jsonl", "--jobs", "2", &d]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out);
    assert_eq!(
        docs.len(),
        5,
        "five samples, nothing hidden or of another format"
    );
    // Directory order: names sorted, files of a folder before its subfolders' when they sort first.
    let names: Vec<String> = docs
        .iter()
        .map(|d| {
            Path::new(d["name"].as_str().unwrap())
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names[2].starts_with("b/"), "{names:?}");
    // The same document objects as --json gives.
    let json = wenxi(&["analyze", "--json", "--jobs", "1", &d]);
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["documents"].as_array().unwrap(), &docs);
    assert!(String::from_utf8_lossy(&out.stderr).contains("skipped 1 files"));
}

#[test]
fn every_number_of_jobs_gives_the_same_bytes() {
    let dir = sample_tree("jobs");
    let d = dir.to_string_lossy();
    let one = wenxi(&["analyze", "--jsonl", "--jobs", "1", &d]);
    for jobs in ["2", "3", "7"] {
        let many = wenxi(&["analyze", "--jsonl", "--jobs", jobs, &d]);
        assert_eq!(one.stdout, many.stdout, "--jobs {jobs}");
    }
    let one = wenxi(&["extract", "--csv", "figures", "--jobs", "1", &d]);
    let two = wenxi(&["extract", "--csv", "figures", "--jobs", "2", &d]);
    assert_eq!(one.stdout, two.stdout);
    let one = wenxi(&["clean", "--jobs", "1", &d]);
    let two = wenxi(&["clean", "--jobs", "2", &d]);
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn bad_inputs_are_reported_once_and_the_rest_is_analysed() {
    let dir = sample_tree("bad");
    // A binary file with a text extension, a symlink loop, 200 tiny files.
    std::fs::write(
        dir.join("b/binary.txt"),
        [0u8, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0, 0, 7].repeat(64),
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("b/c/loop")).unwrap();
    std::fs::create_dir_all(dir.join("tiny")).unwrap();
    for i in 0..200 {
        std::fs::write(
            dir.join(format!("tiny/{i:04}.txt")),
            format!("第{i}号文件。"),
        )
        .unwrap();
    }
    let d = dir.to_string_lossy();
    let out = wenxi(&["analyze", "--jsonl", &d, "/nonexistent/wenxi-missing.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    let errors: Vec<&Value> = docs.iter().filter(|d| d.get("error").is_some()).collect();
    let analysed = docs.len() - errors.len();
    assert_eq!(analysed, 5 + 200);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let said = |needle: &str| stderr.lines().filter(|l| l.contains(needle)).count();
    assert_eq!(said("binary.txt"), 1, "{stderr}");
    assert_eq!(said("wenxi-missing.txt"), 1, "{stderr}");
    #[cfg(unix)]
    assert_eq!(said("loop"), 1, "{stderr}");
    assert_eq!(errors.len(), if cfg!(unix) { 3 } else { 2 });
    assert!(errors
        .iter()
        .all(|e| e["name"].is_string() && e["error"].is_string()));
}

#[test]
fn corpus_options_are_checked() {
    let d = common::samples_dir();
    let d = d.to_string_lossy();
    for args in [
        vec!["analyze", "--json", "--jsonl", &d],
        vec!["clean", "--jsonl", &d],
        vec!["analyze", "--jobs", "0", &d],
        vec!["analyze", "--jobs", "many", &d],
    ] {
        assert_eq!(wenxi(&args).status.code(), Some(2), "{args:?}");
    }
}

/// README's recipe for a corpus over several machines, run here with GNU
/// parallel on this machine alone (`--sshlogin :`), in jobs of two files:
/// the shards' lines together are the single run's lines.
#[test]
fn the_readme_sharding_recipe_gives_the_single_run() {
    let parallel = Command::new("parallel").arg("--version").output();
    assert!(
        parallel.is_ok_and(|o| o.status.success()),
        "GNU parallel is missing: scripts/setup.sh installs it"
    );
    let dir = sample_tree("shard");
    let d = dir.to_string_lossy();
    let bin = env!("CARGO_BIN_EXE_wenxi");
    let recipe = format!(
        "find {d} -type f \\( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' -o -name '*.docx' -o -name '*.pdf' -o -name '*.ofd' \\) -not -path '*/.*' -print0 \
         | sort -z \
         | parallel -0 --will-cite --keep-order -X -N 2 --sshlogin : --transferfile {{}} --cleanup \
             {bin} analyze --jsonl --jobs 1 --no-progress {{}}"
    );
    let sharded = Command::new("sh").arg("-c").arg(&recipe).output().unwrap();
    assert!(
        sharded.status.success(),
        "{}",
        String::from_utf8_lossy(&sharded.stderr)
    );
    let single = wenxi(&["analyze", "--jsonl", &d]);
    let by_name = |out: &Output| {
        let mut v = lines(out);
        v.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
        v
    };
    let (sharded, single) = (by_name(&sharded), by_name(&single));
    assert_eq!(sharded.len(), 5);
    assert_eq!(sharded, single);
}
