//! Errors a user can act on.
//!
//! Every message names what went wrong and what to do, in Chinese and English,
//! because the same text is shown in the app and printed by the CLI.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a document or a data asset could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CoreError {
    /// The bytes look like a binary file (image, archive, executable …), not text.
    Binary {
        /// What the bytes looked like, e.g. "PNG image".
        looks_like: String,
    },
    /// The bytes could not be decoded as text in any supported encoding.
    Undecodable {
        /// The encoding that was tried last.
        encoding: String,
    },
    /// A document container (e.g. `.docx`) is damaged.
    BadDocument {
        /// The format, e.g. `DOCX`.
        format: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A dictionary or lexicon asset is damaged or in the wrong format.
    BadAsset {
        /// Which asset.
        asset: String,
        /// What is wrong with it.
        reason: String,
    },
}

impl fmt::Display for CoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CoreError::Binary { looks_like } => write!(
                f,
                "不是文本文件（看起来是{looks_like}），已拒绝 / not a text file (looks like {looks_like}); refused"
            ),
            CoreError::Undecodable { encoding } => write!(
                f,
                "无法识别文本编码（最后尝试 {encoding}），请手动选择编码 / cannot decode the text (last tried {encoding}); choose the encoding by hand"
            ),
            CoreError::BadDocument { format, reason } => write!(
                f,
                "{format} 文件已损坏或不是 {format}：{reason} / the {format} file is damaged or not a {format} file: {reason}"
            ),
            CoreError::BadAsset { asset, reason } => write!(
                f,
                "词典数据 {asset} 已损坏：{reason}，请刷新页面重新下载 / dictionary data {asset} is damaged: {reason}; reload to fetch it again"
            ),
        }
    }
}

impl std::error::Error for CoreError {}
