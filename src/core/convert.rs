//! Traditional → Simplified conversion and script detection.
//!
//! Conversion uses the `fast2s` crate (MIT): a character table with a few
//! context rules (乾隆 stays 乾, 計畫 → 计划). Its table maps every 3-byte char
//! to a 3-byte char, so the converted text has exactly the same byte length
//! and offsets are unchanged; [`to_simplified`] still returns an
//! [`OffsetMap`] so the pipeline treats every step alike, and a test holds the
//! length invariant. zhconv was not used: its crate is GPL-2.0-or-later.

use super::han::is_han;
use super::offsets::OffsetMap;
use serde::{Deserialize, Serialize};

/// Which script a document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Simplified characters only (or no Chinese at all).
    Simplified,
    /// Mostly Traditional characters.
    Traditional,
    /// A noticeable share of both.
    Mixed,
}

impl Script {
    /// The name used in reports (`simplified`, `traditional`, `mixed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
            Script::Mixed => "mixed",
        }
    }
}

/// Converts Traditional characters to Simplified.
///
/// ```
/// let (s, _) = wenxi::core::convert::to_simplified("市長主持會議");
/// assert_eq!(s, "市长主持会议");
/// ```
pub fn to_simplified(text: &str) -> (String, OffsetMap) {
    let mut out = fast2s::convert(text);
    // (in a Simplified text, chars of the Simplified standard the table
    // maps as variants stay: the surnames `仝`, `甯`, `於`, `昇` of names,
    // `乾坤`, `祗候`)
    // (most texts: nothing changed, one comparison of the bytes)
    if out.len() == text.len()
        && out != text
        && text.contains(KEEP_IN_SIMPLIFIED)
        && simplified_but_kept(text, &out)
    {
        out = text
            .chars()
            .zip(out.chars())
            .map(|(a, b)| {
                if KEEP_IN_SIMPLIFIED.contains(&a) {
                    a
                } else {
                    b
                }
            })
            .collect();
    }
    if out.len() != text.len() {
        // Not expected with fast2s' table; fall back to an honest coarse map.
        let mut rw = super::offsets::Rewriter::with_capacity(out.len());
        rw.replace(text, &out);
        return rw.finish();
    }
    let map = OffsetMap::identity(text.len());
    (out, map)
}

/// Chars of the Simplified standard that the conversion table maps as
/// Traditional forms or variants (`仝` → `同`); kept in a Simplified text.
const KEEP_IN_SIMPLIFIED: &[char] = &['仝', '昇', '甯', '於', '乾', '祗'];

/// Whether `original` reads as Simplified when the chars of
/// [`KEEP_IN_SIMPLIFIED`] are left out of the count of changed chars.
fn simplified_but_kept(original: &str, converted: &str) -> bool {
    let (mut han, mut changed) = (0usize, 0usize);
    for (a, b) in original.chars().zip(converted.chars()) {
        if is_han(a) {
            han += 1;
            changed += usize::from(a != b && !KEEP_IN_SIMPLIFIED.contains(&a));
        }
    }
    changed * 200 < han
}

/// Detects the script from the share of characters that conversion changes.
///
/// In running Traditional text roughly a third of the Han characters differ
/// from their Simplified forms; in Simplified text none do. A document with
/// changed characters that make up 0.5–12 % of its Han characters has both
/// (a quoted Traditional passage, a stray variant) and is reported as mixed.
pub fn detect_script(original: &str, simplified: &str) -> Script {
    let mut han = 0usize;
    let mut changed = 0usize;
    for (a, b) in original.chars().zip(simplified.chars()) {
        if is_han(a) {
            han += 1;
            if a != b {
                changed += 1;
            }
        }
    }
    if han == 0 || changed * 200 < han {
        Script::Simplified
    } else if changed * 100 > han * 12 {
        Script::Traditional
    } else {
        Script::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_byte_length_and_detects_script() {
        let t = "代市長趙建軍主持召開市政府重點工作雙月座談會暨全市經濟形勢分析會";
        let (s, map) = to_simplified(t);
        assert_eq!(s.len(), t.len());
        assert_eq!(map.to_input(9), 9);
        assert!(s.starts_with("代市长赵建军主持召开"));
        assert_eq!(detect_script(t, &s), Script::Traditional);
        let simp = "市委书记陈金虎主持召开全市重大项目督查暨经济运行分析会";
        let (s2, _) = to_simplified(simp);
        assert_eq!(s2, simp);
        assert_eq!(detect_script(simp, &s2), Script::Simplified);
        let mixed = format!("{}{}{}", simp.repeat(4), "會議", simp.repeat(4));
        let (s3, _) = to_simplified(&mixed);
        assert_eq!(detect_script(&mixed, &s3), Script::Mixed);
    }

    #[test]
    fn standard_simplified_chars_stay_in_simplified_text() {
        // a surname the table reads as a variant of `同`
        let simp = "省政协副主席仝瑞麟和甯可欣出席会议，乾坤未定。";
        let (s, _) = to_simplified(simp);
        assert_eq!(s, simp);
        // in Traditional text they are converted as before
        let (t, _) = to_simplified("他們於會議上發言");
        assert_eq!(t, "他们于会议上发言");
    }
}
