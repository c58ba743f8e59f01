//! Boilerplate lines: the furniture of web pages that users copy along with
//! the article — breadcrumbs (`当前位置:首页 > …`), publish lines (`发表于 …
//! 来源: …`), copyright and reprint notices, share/print/close links,
//! "recommended reading" lists, and stray separator lines (`|`, `----`).
//!
//! A line is removed whole (with its newline) when it matches; a line that
//! reads like a sentence of the article (ends with 。！？ or is long) is kept
//! even when it mentions a source, so content is never lost to a keyword.

use super::Step;
use crate::core::offsets::Rewriter;

/// Lines starting with these are site navigation or link lists.
const LEADS: &[&str] = &[
    "当前位置",
    "當前位置",
    "您的位置",
    "您现在的位置",
    "您現在的位置",
    "现在位置",
    "位置：首页",
    "推荐访问",
    "推荐阅读",
    "推薦閱讀",
    "相关阅读",
    "相關閱讀",
    "相关文章",
    "相關文章",
    "延伸阅读",
    "热门文章",
    "热点推荐",
    "上一篇",
    "下一篇",
    "上一篇：",
    "返回顶部",
    "返回首页",
];

/// Lines containing these (and short enough not to be prose) are furniture.
const MARKS: &[&str] = &[
    "首页 >",
    "首页>",
    "首頁 >",
    "首頁>",
    "首页 »",
    "发表于",
    "發表於",
    "发布时间",
    "發佈時間",
    "發布時間",
    "发布日期",
    "责任编辑",
    "責任編輯",
    "浏览次数",
    "瀏覽次數",
    "阅读次数",
    "点击数",
    "点击量",
    "版权所有",
    "版權所有",
    "版权声明",
    "版權聲明",
    "Copyright",
    "COPYRIGHT",
    "copyright",
    "©",
    "All Rights Reserved",
    "ICP备",
    "ICP證",
    "未经授权",
    "未經授權",
    "如需转载",
    "分享到",
    "打印本页",
    "关闭窗口",
    "關閉窗口",
    "【打印】",
    "【关闭】",
    "扫一扫",
    "收藏本页",
    "字号：",
    "字号:",
    "来源：",
    "来源:",
    "來源：",
    "來源:",
];

/// Marks that only count on short lines (they can occur inside prose).
const SHORT_ONLY: &[&str] = &["来源：", "来源:", "來源：", "來源:", "扫一扫", "分享到"];

fn is_separator_line(t: &str) -> bool {
    !t.is_empty()
        && t.chars().all(|c| {
            matches!(
                c,
                '|' | '-' | '=' | '*' | '_' | '·' | '—' | '～' | '~' | '#' | '>' | '<' | '/' | '\\'
            ) || c.is_whitespace()
        })
}

/// Whether `line` (without its newline) is boilerplate.
pub fn is_boilerplate_line(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if t.is_empty() {
        return false;
    }
    if is_separator_line(t) {
        return true;
    }
    if LEADS.iter().any(|l| t.starts_with(l)) {
        return true;
    }
    let chars = t.chars().count();
    let prose = t.ends_with(['。', '！', '？', '!', '?', '；']) || chars > 160;
    if prose && !t.contains("版权") && !t.contains("版權") && !t.contains("转载") {
        return false;
    }
    MARKS
        .iter()
        .any(|m| t.contains(m) && (!SHORT_ONLY.contains(m) || chars <= 60))
}

/// Removes boilerplate lines.
pub(crate) fn remove(text: &str) -> Step {
    let mut rw = Rewriter::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        // A page break (form feed) at the start of a line stays with the page.
        let (feed, line) = line.split_at(line.len() - line.trim_start_matches('\u{0C}').len());
        rw.copy(feed);
        if is_boilerplate_line(line.strip_suffix('\n').unwrap_or(line)) {
            // ... and so does one inside a dropped line (a page that ended without a newline)
            let mut parts = line.split('\u{0C}').peekable();
            while let Some(part) = parts.next() {
                if !part.is_empty() {
                    rw.drop_run(part);
                }
                if parts.peek().is_some() {
                    rw.copy("\u{0C}");
                }
            }
        } else {
            rw.copy(line);
        }
    }
    Step::from_rewriter(rw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_furniture_and_keeps_prose() {
        for l in [
            "当前位置:首页 > 专题范文>公文范文> 正文",
            "木木文档网 发表于:2023-09-02 08:50:04 来源:网友投稿",
            "版权声明:本文由网络蜘蛛自动收集于网络,如需转载请查明并注明出处,如有不妥之处请联系我们删除 400-0123-021",
            "推荐访问:会上 观摩 第三季度",
            "|",
            "【打印】 【关闭】",
        ] {
            assert!(is_boilerplate_line(l), "{l}");
        }
        for l in [
            "在全市第三季度重点观摩会上讲话",
            "(記者 仰武)",
            "要拓宽资金来源:争取上级资金、引入社会资本,切实保障重大项目建设。",
            "同志们:",
            "2022无锡这样干!",
        ] {
            assert!(!is_boilerplate_line(l), "{l}");
        }
    }
}
