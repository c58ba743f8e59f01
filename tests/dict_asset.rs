//! The shipped dictionary asset is generated from jieba's text files.
//!
//! `assets/dict/wenxi.dict.gz` is the compact form (see
//! `wenxi::core::wordtable`) of `assets/jieba/jieba_dict.txt.gz` and
//! `jieba_idf.txt.gz`. This test regenerates it and checks the committed file
//! holds exactly that; `WENXI_REGEN_DICT=1 cargo test --test dict_asset`
//! rewrites it.

use std::io::{Read, Write};
use std::path::PathBuf;
use wenxi::core::dict::{gunzip, Dictionary, ASSET};
use wenxi::core::wordtable::WordTable;

const DICT_GZ: &[u8] = include_bytes!("../assets/jieba/jieba_dict.txt.gz");
const IDF_GZ: &[u8] = include_bytes!("../assets/jieba/jieba_idf.txt.gz");

fn asset_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(ASSET)
}

fn generated() -> (WordTable, Vec<u8>) {
    let dict = gunzip("jieba_dict.txt.gz", DICT_GZ).unwrap();
    let idf = gunzip("jieba_idf.txt.gz", IDF_GZ).unwrap();
    let table = WordTable::from_text(&dict, &idf).unwrap();
    let bytes = table.encode();
    (table, bytes)
}

#[test]
fn committed_asset_is_the_generator_output() {
    let (table, raw) = generated();
    let path = asset_path();
    if std::env::var_os("WENXI_REGEN_DICT").is_some() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).unwrap();
        std::fs::write(&path, gz.finish().unwrap()).unwrap();
    }
    let shipped = std::fs::read(&path).expect("assets/dict/wenxi.dict.gz exists");
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(&shipped[..])
        .read_to_end(&mut unpacked)
        .unwrap();
    assert!(
        unpacked == raw,
        "{ASSET} is stale: run WENXI_REGEN_DICT=1 cargo test --test dict_asset"
    );
    // and it decodes to the very table the text files give
    let decoded = WordTable::decode(ASSET, &unpacked).unwrap();
    assert!(decoded == table);
    assert_eq!(
        table.len(),
        370_624,
        "349,045 dict words + 21,579 only in idf.txt"
    );
}

#[test]
fn compact_and_text_dictionaries_agree() {
    let from_text = Dictionary::from_gzip(DICT_GZ, IDF_GZ).unwrap();
    let from_asset = Dictionary::from_asset(&std::fs::read(asset_path()).unwrap()).unwrap();
    assert_eq!(from_text.idf.len(), 270_132);
    assert_eq!(from_asset.idf.len(), from_text.idf.len());
    for w in ["项目", "重大项目", "经济", "不存在的词语", "劳动防护"] {
        assert_eq!(from_asset.idf.idf(w), from_text.idf.idf(w), "{w}");
        assert_eq!(from_asset.knows(w), from_text.knows(w), "{w}");
    }
    let text = "今年以来，全市重大项目建设加快推进，经开区新签约项目个数同比增长12.5个百分点。";
    for hmm in [true, false] {
        let a: Vec<_> = from_asset
            .segmenter(true)
            .cut(text, hmm)
            .into_iter()
            .map(|t| t.word)
            .collect();
        let b: Vec<_> = from_text
            .segmenter(true)
            .cut(text, hmm)
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(a, b);
    }
}
