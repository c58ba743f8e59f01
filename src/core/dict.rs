//! The segmentation dictionary and the IDF table, loaded from data assets.
//!
//! The data is jieba's own `dict.txt` (word, frequency, POS tag) and `idf.txt`
//! (word, inverse document frequency), MIT-licensed, shipped gzip-compressed
//! under `assets/dict/`. The browser worker fetches these files; the CLI embeds
//! the same bytes. Both build the dictionary with the same function, so native
//! and wasm segment identically.

use super::error::CoreError;
use super::keywords::IdfTable;
use jieba_rs::Jieba;
use std::io::{BufReader, Read};

/// Everything analysis needs from the data assets.
pub struct Dictionary {
    /// The jieba segmenter with the main dictionary loaded.
    pub jieba: Jieba,
    /// Inverse document frequencies for TF-IDF keywords.
    pub idf: IdfTable,
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionary")
            .field("idf_terms", &self.idf.len())
            .finish_non_exhaustive()
    }
}

/// Inflates a gzip asset, checking its framing.
pub fn gunzip(asset: &str, bytes: &[u8]) -> Result<String, CoreError> {
    let bad = |reason: String| CoreError::BadAsset {
        asset: asset.to_string(),
        reason,
    };
    let mut out = String::with_capacity(bytes.len() * 3);
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .map_err(|e| bad(e.to_string()))?;
    Ok(out)
}

impl Dictionary {
    /// Builds the dictionary from the text of `dict.txt` and `idf.txt`.
    pub fn from_text(dict: &str, idf: &str) -> Result<Self, CoreError> {
        let mut reader = BufReader::new(dict.as_bytes());
        let jieba = Jieba::with_dict(&mut reader).map_err(|e| CoreError::BadAsset {
            asset: "dict".to_string(),
            reason: e.to_string(),
        })?;
        let idf = IdfTable::parse(idf)?;
        Ok(Dictionary { jieba, idf })
    }

    /// Builds the dictionary from the gzip-compressed assets.
    pub fn from_gzip(dict_gz: &[u8], idf_gz: &[u8]) -> Result<Self, CoreError> {
        let dict = gunzip("jieba_dict.txt.gz", dict_gz)?;
        let idf = gunzip("jieba_idf.txt.gz", idf_gz)?;
        Self::from_text(&dict, &idf)
    }
}
