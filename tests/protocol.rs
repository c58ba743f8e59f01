//! The worker protocol travels as bincode (gloo-worker's codec), which is not
//! self-describing: a `skip_serializing_if` or an untagged enum anywhere in a
//! message makes the page fail to read the worker's answer. Every message kind
//! that carries core types is round-tripped here with real reports.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::ops::ControlFlow;
use wenxi::core::analyze::{analyze, AnalyzeOptions};
use wenxi::core::newwords::{discover, NewWordOptions};
use wenxi::core::offsets::OffsetChain;
use wenxi::core::segment::Mode;
use wenxi::core::userdict::UserDict;
use wenxi::protocol::{PageToken, Request, Response, SegmentPage, SegmentQuery, Source, Timings};

/// The report of `text` (named `x`), as the worker makes it.
fn report_of(text: &str) -> wenxi::core::report::DocumentReport {
    analyze(
        common::dict(),
        "x",
        "UTF-8",
        text,
        &AnalyzeOptions::default(),
        &mut |_, _| ControlFlow::Continue(()),
    )
    .expect("not cancelled")
}

fn round_trip<T>(value: &T) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let bytes = bincode::serialize(value).expect("serialises");
    let back: T = bincode::deserialize(&bytes).expect("deserialises");
    // the page reads the same bytes with its own reader (protocol::wire):
    // the same value back (compared through bincode: not every message is
    // PartialEq)
    let page: T = wenxi::protocol::wire::from_bytes(&bytes).expect("the page reads it");
    assert_eq!(bincode::serialize(&page).expect("serialises"), bytes);
    back
}

#[test]
fn reports_of_every_sample_cross_the_worker_boundary() {
    let dict = common::dict();
    let opts = AnalyzeOptions::default();
    let mut generic = false;
    for (name, text) in common::samples() {
        let report = analyze(dict, &name, "UTF-8", &text, &opts, &mut |_, _| {
            ControlFlow::Continue(())
        })
        .expect("not cancelled");
        generic |= report.entities.iter().any(|e| e.generic);
        let done = Response::Done {
            job: 7,
            report: Box::new(report),
            timings: Timings::default(),
            original: Some(text.clone()),
            chain: OffsetChain::default(),
            chars: 12,
        };
        assert_eq!(round_trip(&done), done, "{name}");
        let request = Request::Analyze {
            job: 7,
            doc: 1,
            name: name.clone(),
            source: Source::Text(text),
            options: opts.clone(),
        };
        assert_eq!(round_trip(&request), request);
    }
    assert!(generic, "some sample has a generic body (各板块 …)");
}

#[test]
fn lexicon_messages_cross_the_worker_boundary() {
    let dict = common::dict();
    let texts: Vec<String> = common::samples().into_iter().map(|(_, t)| t).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let candidates = discover(&refs, &|w| dict.knows(w), &NewWordOptions::default());
    assert!(!candidates.is_empty());
    let answers = [
        Response::NewWords {
            id: 1,
            candidates,
            chars: 10,
            ms: 1.5,
        },
        Response::UserDictApplied {
            id: 2,
            result: Err(UserDict::parse("项目 x9 n\n").unwrap_err().into()),
        },
        Response::Segmented {
            id: 3,
            page: Some(Box::new(SegmentPage {
                doc: 1,
                page: 0,
                pages: 1,
                offset: 0,
                text: "经开区".into(),
                tokens: vec![PageToken {
                    start: 0,
                    end: 9,
                    tag: "ns".into(),
                }],
                found: true,
            })),
        },
        Response::BenchSegmented {
            id: 6,
            chars: 379_040,
            ms: vec![11.9, 12.25, 13.0],
        },
        Response::BenchSegmented {
            id: 7,
            chars: 0,
            ms: Vec::new(),
        },
    ];
    for a in &answers {
        assert_eq!(&round_trip(a), a);
    }
    let requests = [
        Request::SetUserDict {
            id: 4,
            dict: UserDict::parse("项目为王 20 l\n-重大项目\n").unwrap(),
        },
        Request::Segment {
            id: 5,
            query: SegmentQuery {
                doc: 1,
                mode: Mode::Search,
                hmm: false,
                policy_lexicon: true,
                page: 2,
                find: Some("经开区".into()),
            },
        },
        Request::BenchSegment {
            id: 8,
            text: texts[0].clone(),
            runs: 21,
        },
    ];
    for r in &requests {
        assert_eq!(&round_trip(r), r);
    }
}

// --- version comparison (issue 17) ---

#[test]
fn diff_messages_cross_the_worker_boundary() {
    use wenxi::core::analyze::{prepare, report, tokens};
    use wenxi::core::diff::files::{diff_file, DiffFile};
    use wenxi::core::diff::{diff_documents, DiffDoc, DiffOptions};
    use wenxi::protocol::{DiffAnswer, ExportFile};
    let dict = common::dict();
    let opts = AnalyzeOptions::default();
    let dir = format!("{}/tests/fixtures/diff", env!("CARGO_MANIFEST_DIR"));
    let analysed: Vec<_> = ["2023-01-10-report.txt", "2024-01-12-report.txt"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
            let prepared = prepare(&text, &opts);
            let toks = tokens(
                dict,
                &prepared,
                &opts,
                &mut |_, _| ControlFlow::Continue(()),
            )
            .unwrap();
            (report(dict, name, "UTF-8", prepared, &toks, &opts), toks)
        })
        .collect();
    fn doc(
        (r, t): &(
            wenxi::core::report::DocumentReport,
            Vec<wenxi::core::segment::Token>,
        ),
    ) -> DiffDoc<'_> {
        DiffDoc::from_report(r, t)
    }
    let (a, b) = (doc(&analysed[0]), doc(&analysed[1]));
    let diff = diff_documents(&a, &b, &DiffOptions::default());
    assert!(!diff.new_terms.is_empty() && !diff.targets.is_empty());
    let view = Response::Diffed {
        job: 3,
        answer: Box::new(DiffAnswer::View {
            diff: diff.clone(),
            old_text: a.text.to_string(),
            new_text: b.text.to_string(),
            ms: 1.5,
        }),
    };
    assert_eq!(round_trip(&view), view);
    let (name, mime, text) = diff_file(DiffFile::Html, &diff, a.text, b.text);
    let file = Response::Diffed {
        job: 4,
        answer: Box::new(DiffAnswer::File(Ok(ExportFile {
            name,
            mime: mime.to_string(),
            bytes: text.into_bytes(),
            url: None,
        }))),
    };
    assert_eq!(round_trip(&file), file);
    let missing = Response::Diffed {
        job: 5,
        answer: Box::new(DiffAnswer::Missing),
    };
    assert_eq!(round_trip(&missing), missing);
    for file in [None, Some(DiffFile::TargetsCsv), Some(DiffFile::Html)] {
        let request = Request::Diff {
            job: 9,
            old: 1,
            new: 2,
            file,
        };
        assert_eq!(round_trip(&request), request);
    }
}

// --- issue 16: the PDF/OFD reader worker and paged text ---
#[test]
fn paged_documents_cross_both_worker_boundaries() {
    use wenxi::protocol::{ReadRequest, ReadResponse};
    let (_, text) = &common::samples()[2];
    let paged = format!("{text}\u{0C}第二页\n");
    let request = Request::Analyze {
        job: 9,
        doc: 2,
        name: "报告.pdf".into(),
        source: Source::Paged {
            text: paged.clone(),
            format: "pdf".into(),
            pages: 2,
        },
        options: AnalyzeOptions::default(),
    };
    assert_eq!(round_trip(&request), request);
    let to_reader = ReadRequest {
        job: 9,
        name: "报告.ofd".into(),
        bytes: b"PK\x03\x04\x00\xff".to_vec(),
        encoding: None,
    };
    assert_eq!(round_trip(&to_reader), to_reader);
    for result in [
        Ok(Source::Paged {
            text: paged,
            format: "ofd".into(),
            pages: 2,
        }),
        Err(wenxi::protocol::Fault::from(
            wenxi::core::error::CoreError::NoTextLayer {
                format: "PDF".into(),
                pages: 3,
            },
        )),
    ] {
        let answer = ReadResponse { job: 9, result };
        assert_eq!(round_trip(&answer), answer);
    }
    // a report of a paged document keeps its format and page count
    let dict = common::dict();
    let report = analyze(
        dict,
        "报告.pdf",
        "PDF",
        &format!("{text}\u{0C}第二页\n"),
        &AnalyzeOptions::default(),
        &mut |_, _| ControlFlow::Continue(()),
    )
    .unwrap();
    assert_eq!((report.format.as_str(), report.pages), ("pdf", Some(2)));
    let done = Response::Done {
        job: 9,
        report: Box::new(report),
        timings: Timings::default(),
        original: None,
        chain: OffsetChain::default(),
        chars: 12,
    };
    assert_eq!(round_trip(&done), done);
}

// --- issue 20 (point 5): refusals cross the worker boundary as a kind and values ---

/// The core errors behind real faults: each made by the core function that
/// refuses the input.
fn core_refusals() -> (
    Vec<wenxi::core::error::CoreError>,
    wenxi::core::userdict::UserDictError,
    wenxi::core::explore::kwic::KwicError,
) {
    use wenxi::core::explore::kwic::{concordance, KwicDoc, KwicOptions, Query};
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    let noisy: Vec<u8> = (0..4096u32).map(|i| (i % 7) as u8).collect();
    let core = vec![
        wenxi::core::decode::decode(png, None).unwrap_err(),
        wenxi::core::decode::decode(&noisy, None).unwrap_err(),
        wenxi::core::formats::read_any("报告.docx", b"PK\x03\x04 not a zip", None).unwrap_err(),
        wenxi::core::formats::read_any("报告.pdf", b"%PDF-1.7\n1 0 obj\n<<", None).unwrap_err(),
        wenxi::core::error::CoreError::PasswordRequired,
    ];
    let dict = UserDict::parse("-重大 项目\n项目 1 2 3\n项目 x9\n项目 9 n1\n").unwrap_err();
    let kdocs = [KwicDoc {
        text: "重大项目",
        tokens: &[],
    }];
    let regex = concordance(
        &kdocs,
        &Query::Regex("(项目".into()),
        &KwicOptions::default(),
    )
    .unwrap_err();
    (core, dict, regex)
}

/// Real faults of every kind.
fn real_faults() -> Vec<wenxi::protocol::Fault> {
    use wenxi::protocol::{Fault, FaultKind as K};
    let (core, dict, regex) = core_refusals();
    let mut faults: Vec<Fault> = core.into_iter().map(Fault::from).collect();
    faults.push(dict.into());
    faults.push(regex.into());
    let with = |kind, args: &[&str]| Fault::new(kind, args.iter().map(|a| a.to_string()).collect());
    faults.extend([
        with(
            K::Download,
            &["dict/wenxi.dict.gz", "TypeError: Failed to fetch"],
        ),
        with(K::HttpStatus, &["lexicon/policy.txt", "404"]),
        with(
            K::DamagedDownload,
            &["dict/wenxi.dict.gz", "TypeError: incorrect header check"],
        ),
        Fault::of(K::ChangedDuringExport),
        Fault::of(K::NoSuchDocument),
        Fault::of(K::UnsupportedQuery),
        Fault::of(K::NestedExport),
        Fault::of(K::UnsupportedExport),
        with(K::ExportFailed, &["zip: file too large"]),
        Fault::too_large(100 << 20, 64 << 20),
        Fault::of(K::WorkerLost),
        Fault::of(K::NotUtf8),
        with(K::StorageFull, &["QuotaExceededError"]),
        with(K::StorageUnavailable, &["InvalidStateError"]),
    ]);
    faults
}

#[test]
fn faults_cross_the_worker_boundary_in_every_message_that_carries_one() {
    use wenxi::protocol::{DiffAnswer, ExploreResult, ReadResponse};
    for fault in real_faults() {
        let messages = [
            Response::Failed {
                job: 3,
                fault: fault.clone(),
            },
            Response::LoadFailed {
                fault: fault.clone(),
            },
            Response::UserDictApplied {
                id: 4,
                result: Err(fault.clone()),
            },
            Response::Explored {
                id: 5,
                result: Box::new(ExploreResult::File(Err(fault.clone()))),
            },
            Response::Explored {
                id: 6,
                result: Box::new(ExploreResult::Concordance(Err(fault.clone()))),
            },
            Response::Diffed {
                job: 7,
                answer: Box::new(DiffAnswer::File(Err(fault.clone()))),
            },
        ];
        for m in &messages {
            assert_eq!(&round_trip(m), m, "{fault:?}");
        }
        let paged = ReadResponse {
            job: 8,
            result: Err(fault.clone()),
        };
        assert_eq!(round_trip(&paged), paged);
    }
}

#[test]
fn faults_carry_the_values_their_kind_lists() {
    use wenxi::core::error::{BinaryKind, CoreError};
    use wenxi::protocol::{Fault, FaultKind as K};
    let f = real_faults();
    let args = |i: usize| f[i].args.iter().map(String::as_str).collect::<Vec<_>>();
    assert_eq!((f[0].kind, args(0)), (K::Binary, vec!["0"]));
    assert_eq!(BinaryKind::ALL[0], BinaryKind::Png);
    assert_eq!((f[1].kind, args(1)), (K::Binary, vec!["11"]));
    assert_eq!(f[2].kind, K::BadDocument);
    assert_eq!(args(2)[0], "DOCX");
    assert!(matches!(f[3].kind, K::Damaged | K::Truncated), "{:?}", f[3]);
    assert_eq!((f[4].kind, args(4)), (K::PasswordRequired, vec![]));
    // four values per bad line: number, problem, value at fault, the line
    assert_eq!(f[5].kind, K::UserDict);
    assert_eq!(
        args(5),
        [
            "1",
            "0",
            "",
            "-重大 项目",
            "2",
            "1",
            "",
            "项目 1 2 3",
            "3",
            "3",
            "x9",
            "项目 x9",
            "4",
            "3",
            "n1",
            "项目 9 n1"
        ]
    );
    assert_eq!(f[6].kind, K::InvalidPattern);
    assert_eq!((f[16].kind, args(16)), (K::TooLarge, vec!["100", "64"]));
    let too_long =
        Fault::from(wenxi::core::explore::kwic::KwicError::PatternTooLong { chars: 501 });
    assert_eq!(too_long.args, ["501", "500"]);
    let scan = Fault::from(CoreError::NoTextLayer {
        format: "PDF".into(),
        pages: 3,
    });
    assert_eq!(
        (scan.kind, scan.args),
        (K::NoTextLayer, vec!["PDF".into(), "3".into()])
    );
    // every binary kind has its index, in the order the UI's tables follow
    for (i, k) in BinaryKind::ALL.iter().enumerate() {
        assert_eq!(k.index(), i);
    }
}

#[test]
fn the_cli_prints_core_refusals_as_before_the_enums() {
    let (core, dict, regex) = core_refusals();
    assert_eq!(
        core[0].to_string(),
        "不是文本文件（看起来是PNG 图片 / PNG image），已拒绝 / not a text file (looks like PNG 图片 / PNG image); refused"
    );
    assert_eq!(
        core[1].to_string(),
        "不是文本文件（看起来是二进制数据 / binary data），已拒绝 / not a text file (looks like 二进制数据 / binary data); refused"
    );
    assert_eq!(
        dict.to_string(),
        "第 1 行 / line 1: 删除行只能写一个词 / a delete line holds one word only — `-重大 项目`\n\
         第 2 行 / line 2: 多余的字段，格式为“词 词频 词性” / too many fields; the format is `word freq tag` — `项目 1 2 3`\n\
         第 3 行 / line 3: 词性“x9”应为英文字母（如 n、nz、ns） / tag `x9` must be letters (n, nz, ns …) — `项目 x9`\n\
         第 4 行 / line 4: 词性“n1”应为英文字母（如 n、nz、ns） / tag `n1` must be letters (n, nz, ns …) — `项目 9 n1`"
    );
    assert!(regex
        .to_string()
        .starts_with("正则表达式无效，请检查括号与转义 / Invalid regular expression: "));
}

// --- issue 19: the worker pool ---
#[test]
fn handoffs_cross_the_page_between_workers_unchanged() {
    use wenxi::core::analyze::{prepare, tokens};
    use wenxi::core::stopwords::StopwordEdits;
    use wenxi::protocol::{Blob, Handoff};
    let dict = common::dict();
    let opts = AnalyzeOptions::default();
    assert_eq!(round_trip(&Request::Secondary), Request::Secondary);
    for (name, text) in common::samples() {
        let report = analyze(dict, &name, "UTF-8", &text, &opts, &mut |_, _| {
            ControlFlow::Continue(())
        })
        .expect("not cancelled");
        let prepared = prepare(&text, &opts);
        let toks = tokens(
            dict,
            &prepared,
            &opts,
            &mut |_, _| ControlFlow::Continue(()),
        )
        .expect("not cancelled");
        assert!(!toks.is_empty());
        let handoff = Handoff {
            name: name.clone(),
            report,
            spans: Handoff::pack_spans(&toks),
            stopwords: StopwordEdits::default(),
        };
        // the secondary worker encodes the document, the page carries the
        // bytes from one message to the other, the primary decodes them
        let blob = Blob(bincode::serialize(&handoff).expect("serialises"));
        let answer = Response::Handoff {
            job: 11,
            doc: 3,
            blob: blob.clone(),
        };
        let Response::Handoff {
            job,
            doc,
            blob: carried,
        } = round_trip(&answer)
        else {
            panic!("a handoff stays a handoff");
        };
        assert_eq!(carried, blob);
        let adopt = Request::Adopt {
            job,
            doc,
            blob: carried,
        };
        assert_eq!(round_trip(&adopt), adopt);
        let Request::Adopt { blob, .. } = adopt else {
            unreachable!()
        };
        let back: Handoff = bincode::deserialize(&blob.0).expect("deserialises");
        assert_eq!(back, handoff);
        assert_eq!(back.unpack_spans(), Some(toks.clone()));
        // about two bytes a token
        assert!(
            back.spans.0.len() <= toks.len() * 3,
            "{}",
            back.spans.0.len()
        );
        // bytes are written as one block: 8 bytes of length, then the bytes
        let raw = bincode::serialize(&blob).expect("serialises");
        assert_eq!(raw.len(), blob.0.len() + 8);
    }
}

/// Issue 19, ninth session: the page forwards a secondary's handoff to the
/// primary as the same bytes with another head (`ui::codec::SecondaryCodec`).
/// That holds while a `Handoff` and an `Adopt` of one job and document differ
/// only in their variant index, and the blob (its length, its bytes) ends both.
#[test]
fn a_handoff_is_an_adopt_but_for_its_variant_index() {
    use wenxi::protocol::{Blob, ADOPT_VARIANT, HANDOFF_VARIANT};
    let (name, text) = common::samples().into_iter().next().expect("a sample");
    for blob in [
        Blob(text.into_bytes()),
        Blob(name.into_bytes()),
        Blob::default(),
    ] {
        let (job, doc) = (u64::MAX - 3, 7);
        let handoff = Response::Handoff {
            job,
            doc,
            blob: blob.clone(),
        };
        let adopt = Request::Adopt {
            job,
            doc,
            blob: blob.clone(),
        };
        let h = bincode::serialize(&handoff).expect("serialises");
        let a = bincode::serialize(&adopt).expect("serialises");
        assert_eq!(h[..4], HANDOFF_VARIANT.to_le_bytes());
        assert_eq!(a[..4], ADOPT_VARIANT.to_le_bytes());
        assert_eq!(h[4..], a[4..]);
        // job, document, the blob's length, then its bytes: the blob is last
        assert_eq!(h[4..12], job.to_le_bytes());
        assert_eq!(h[12..20], doc.to_le_bytes());
        assert_eq!(h[20..28], (blob.0.len() as u64).to_le_bytes());
        assert_eq!(h[28..], blob.0[..]);
        assert_eq!(round_trip(&handoff), handoff);
        assert_eq!(round_trip(&adopt), adopt);
    }
}

#[test]
fn packed_spans_survive_any_order_and_refuse_broken_bytes() {
    use wenxi::core::segment::Token;
    use wenxi::protocol::{Blob, Handoff};
    let tokens = vec![
        Token { start: 0, end: 3 },
        Token { start: 3, end: 3 },
        Token {
            start: 1,
            end: 400_000,
        },
        Token {
            start: usize::MAX >> 2,
            end: usize::MAX >> 1,
        },
        Token { start: 2, end: 5 },
    ];
    let report = report_of("会议强调。");
    let mut h = Handoff {
        name: "x".into(),
        report,
        spans: Handoff::pack_spans(&tokens),
        stopwords: Default::default(),
    };
    assert_eq!(h.unpack_spans(), Some(tokens));
    h.spans = Handoff::pack_spans(&[]);
    assert_eq!(h.unpack_spans(), Some(vec![]));
    for broken in [vec![0x80], vec![2], vec![0xff; 11], vec![1, 0x80]] {
        h.spans = Blob(broken.clone());
        assert_eq!(h.unpack_spans(), None, "{broken:?}");
    }
}

/// Issue 20: file bytes are written with serde's bytes hooks (one copy, not a
/// call per byte). Bincode writes bytes exactly as it writes a sequence of
/// `u8`, so the messages keep their wire format: the same bytes as a plain
/// `Vec<u8>` field, in both directions, and JSON still reads an array.
#[test]
fn file_bytes_keep_their_wire_format() {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    enum PlainSource {
        Text(String),
        File {
            bytes: Vec<u8>,
            encoding: Option<String>,
        },
    }
    let bytes: Vec<u8> = common::samples()
        .into_iter()
        .next()
        .expect("a sample")
        .1
        .into_bytes();
    let ours = Source::File {
        bytes: bytes.clone().into(),
        encoding: Some("GB18030".into()),
    };
    let plain = PlainSource::File {
        bytes: bytes.clone(),
        encoding: Some("GB18030".into()),
    };
    let wire = bincode::serialize(&ours).expect("serialises");
    assert_eq!(wire, bincode::serialize(&plain).expect("serialises"));
    assert_eq!(
        bincode::deserialize::<PlainSource>(&wire).expect("reads"),
        plain
    );
    assert_eq!(round_trip(&ours), ours);
    let file = wenxi::protocol::ExportFile {
        name: "a.csv".into(),
        mime: "text/csv".into(),
        bytes,
        url: None,
    };
    assert_eq!(round_trip(&file), file);
    let json = serde_json::to_string(&file).expect("json");
    assert_eq!(
        serde_json::from_str::<wenxi::protocol::ExportFile>(&json).expect("reads json"),
        file
    );
}

/// issue 20: a finished job's texts travel in pieces: each piece crosses the
/// boundary, the pieces join back into the text, and none is longer than
/// asked (plus the rest of a character) or cut inside a character.
#[test]
fn texts_travel_in_pieces_that_join_back() {
    use wenxi::protocol::{text_pieces, TextPart, TEXT_PIECE};
    let (_, sample) = common::samples().into_iter().next().expect("a sample");
    let long = sample.repeat(1 + 3 * TEXT_PIECE / sample.len().max(1));
    for text in [String::new(), "a".into(), "𠀀é中".into(), sample, long] {
        for max in [1, 2, 3, 5, 64, TEXT_PIECE] {
            if max < 64 && text.len() > 100_000 {
                continue; // millions of pieces prove nothing more
            }
            let mut joined = String::new();
            let mut pieces = 0;
            for (offset, piece) in text_pieces(&text, max) {
                assert_eq!(offset, joined.len());
                assert!(piece.len() <= max + 3, "{} > {max}", piece.len());
                assert!(!piece.is_empty() || text.is_empty());
                let resp = Response::Text {
                    job: 3,
                    part: TextPart::Original,
                    offset,
                    piece: piece.to_string(),
                };
                assert_eq!(round_trip(&resp), resp);
                joined.push_str(piece);
                pieces += 1;
            }
            assert_eq!(joined, text);
            assert!(pieces >= 1);
            if max == TEXT_PIECE && text.len() > 2 * TEXT_PIECE {
                assert!(pieces >= 3, "{pieces} pieces");
            }
        }
    }
}

/// The page's reader refuses what bincode refuses: truncated messages, bad
/// tags, bad UTF-8, unknown variants — never a panic, on any bytes.
#[test]
fn the_page_reader_refuses_broken_messages_like_bincode() {
    use wenxi::protocol::wire::from_bytes;
    let report = report_of("会议强调，一要稳投资。二要强工业。国内生产总值增长5.0%。");
    let done = Response::Done {
        job: 1,
        report: Box::new(report),
        timings: Timings::default(),
        original: Some("原文".into()),
        chain: OffsetChain::default(),
        chars: 12,
    };
    let bytes = bincode::serialize(&done).expect("serialises");
    for cut in 0..bytes.len() {
        assert!(
            from_bytes::<Response>(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    // every single-byte change: both readers accept it or both refuse it,
    // and when both accept, they read the same value
    for i in 0..bytes.len() {
        for v in [0u8, 1, 0x7f, 0x80, 0xff] {
            let mut b = bytes.clone();
            b[i] = v;
            let ours = from_bytes::<Response>(&b);
            let theirs = bincode::deserialize::<Response>(&b);
            match (ours, theirs) {
                // (compared as bytes: a changed float may read as NaN)
                (Ok(a), Ok(c)) => assert_eq!(
                    bincode::serialize(&a).expect("ser"),
                    bincode::serialize(&c).expect("ser"),
                    "byte {i} = {v}"
                ),
                (Err(_), Err(_)) => {}
                (a, c) => panic!(
                    "byte {i} = {v}: page {:?}, bincode {:?}",
                    a.is_ok(),
                    c.is_ok()
                ),
            }
        }
    }
    // scalars, chars and options the messages use
    let x = (
        true,
        'é',
        '中',
        '𠀀',
        -3i8,
        u128::MAX,
        1.5f32,
        -0.25f64,
        Some(()),
        None::<u8>,
    );
    assert_eq!(
        from_bytes::<(
            bool,
            char,
            char,
            char,
            i8,
            u128,
            f32,
            f64,
            Option<()>,
            Option<u8>
        )>(&bincode::serialize(&x).expect("ser")),
        Ok(x)
    );
    assert!(from_bytes::<char>(&[0xe4, 0xb8]).is_err());
    assert!(from_bytes::<bool>(&[2]).is_err());
    assert!(from_bytes::<Option<u8>>(&[2, 0]).is_err());
}

/// A file over the limit is described in whole MiB, rounded as `{:.0}` of
/// the quotient rounds (half to even), without float formatting.
#[test]
fn too_large_rounds_whole_mib_as_before() {
    use wenxi::protocol::Fault;
    for bytes in [
        0usize,
        1,
        (1 << 19) - 1,
        1 << 19,
        (1 << 19) + 1,
        (3 << 19) - 1,
        3 << 19,
        5 << 19,
        100 << 20,
        (100 << 20) + 12_345,
        usize::MAX >> 12,
    ] {
        let before = format!("{:.0}", bytes as f64 / (1 << 20) as f64);
        let f = Fault::too_large(bytes, 64 << 20);
        assert_eq!(f.args.first(), Some(&before), "{bytes}");
    }
}
