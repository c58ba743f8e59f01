//! Errors a user can act on.
//!
//! Every message names what went wrong and what to do. `Display` gives it in
//! Chinese and English, as the CLI prints it; the app localises the same
//! enums in `ui::i18n` (one language), after they cross the worker boundary
//! inside `protocol::fault::Fault`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a document or a data asset could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CoreError {
    /// The bytes look like a binary file (image, archive, executable …), not text.
    Binary {
        /// What the bytes looked like, e.g. a PNG image.
        looks_like: BinaryKind,
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
    // --- PDF and OFD (issue 16) ---
    /// A paged document (PDF, OFD) is damaged: its structure cannot be read.
    Damaged {
        /// `PDF` or `OFD`.
        format: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A paged document ends before its pages do (an interrupted download).
    Truncated {
        /// `PDF` or `OFD`.
        format: String,
    },
    /// A paged document has pages but no text on them: a scan.
    NoTextLayer {
        /// `PDF` or `OFD`.
        format: String,
        /// How many pages it has.
        pages: usize,
    },
    /// A PDF whose fonts give no way to know the characters (no `ToUnicode`).
    NoUnicode {
        /// How many pages it has.
        pages: usize,
    },
    /// An encrypted PDF that needs a password to open.
    PasswordRequired,
    /// A PDF encrypted in a way Wenxi cannot open.
    UnsupportedEncryption {
        /// The method, e.g. `V5 R6 (AES-256)`.
        method: String,
    },
    /// A PDF or OFD file was given to a reader that has not loaded yet.
    NeedsReader {
        /// `PDF` or `OFD`.
        format: String,
    },
    /// A dictionary or lexicon asset is damaged or in the wrong format.
    BadAsset {
        /// Which asset.
        asset: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// What a refused binary file looked like (by its magic number, or by the
/// density of NUL and control bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinaryKind {
    /// A PNG image.
    Png,
    /// A JPEG image.
    Jpeg,
    /// A GIF image.
    Gif,
    /// A PDF given as a text file.
    Pdf,
    /// A ZIP archive.
    Zip,
    /// An executable (ELF or Windows).
    Executable,
    /// A gzip archive.
    Gzip,
    /// A RAR archive.
    Rar,
    /// A 7z archive.
    SevenZip,
    /// An Office 97 (OLE) file.
    LegacyOffice,
    /// A WebAssembly module.
    WebAssembly,
    /// Bytes with too many NUL or control characters to be text.
    Data,
}

impl BinaryKind {
    /// Every kind, in the order of [`BinaryKind::index`].
    pub const ALL: [BinaryKind; 12] = [
        BinaryKind::Png,
        BinaryKind::Jpeg,
        BinaryKind::Gif,
        BinaryKind::Pdf,
        BinaryKind::Zip,
        BinaryKind::Executable,
        BinaryKind::Gzip,
        BinaryKind::Rar,
        BinaryKind::SevenZip,
        BinaryKind::LegacyOffice,
        BinaryKind::WebAssembly,
        BinaryKind::Data,
    ];

    /// Its place in [`BinaryKind::ALL`] (the UI's tables of names follow it).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The name the CLI prints, in Chinese and English.
    pub fn bilingual(self) -> &'static str {
        match self {
            BinaryKind::Png => "PNG 图片 / PNG image",
            BinaryKind::Jpeg => "JPEG 图片 / JPEG image",
            BinaryKind::Gif => "GIF 图片 / GIF image",
            BinaryKind::Pdf => "PDF",
            BinaryKind::Zip => "ZIP 压缩包 / ZIP archive",
            BinaryKind::Executable => "程序 / executable",
            BinaryKind::Gzip => "gzip 压缩包 / gzip archive",
            BinaryKind::Rar => "RAR 压缩包 / RAR archive",
            BinaryKind::SevenZip => "7z 压缩包 / 7z archive",
            BinaryKind::LegacyOffice => "Office 97 文档 / legacy Office file",
            BinaryKind::WebAssembly => "WebAssembly",
            BinaryKind::Data => "二进制数据 / binary data",
        }
    }
}

impl fmt::Display for BinaryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.bilingual())
    }
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
            CoreError::Damaged { format, reason } => write!(
                f,
                "{format} 文件已损坏，无法读取（{reason}） / the {format} file is damaged and cannot be read ({reason})"
            ),
            CoreError::Truncated { format } => write!(
                f,
                "{format} 文件不完整（在页面结束前被截断），请重新下载 / the {format} file is truncated (it ends before its pages do); download it again"
            ),
            CoreError::NoTextLayer { format, pages } => write!(
                f,
                "{format} 没有文字层（共 {pages} 页，可能是扫描件），请先做文字识别（OCR） / no text layer, {pages} pages: run OCR first"
            ),
            CoreError::NoUnicode { pages } => write!(
                f,
                "PDF 的字体没有字符映射（共 {pages} 页），无法得到文字，请用原软件另存或先做 OCR / the PDF's fonts map no characters ({pages} pages); save it again from its source or run OCR first"
            ),
            CoreError::PasswordRequired => write!(
                f,
                "PDF 已加密，需要密码才能打开，请先解除密码 / the PDF is encrypted and needs a password to open; remove the password first"
            ),
            CoreError::UnsupportedEncryption { method } => write!(
                f,
                "PDF 的加密方式（{method}）暂不支持，请先解除加密 / the PDF's encryption ({method}) is not supported; remove it first"
            ),
            CoreError::NeedsReader { format } => write!(
                f,
                "{format} 阅读器尚未加载，请重新添加文件 / the {format} reader has not loaded; add the file again"
            ),
            CoreError::BadAsset { asset, reason } => write!(
                f,
                "词典数据 {asset} 已损坏：{reason}，请刷新页面重新下载 / dictionary data {asset} is damaged: {reason}; reload to fetch it again"
            ),
        }
    }
}

impl std::error::Error for CoreError {}
