//! Strings that look like findings but are not (issue 21): placeholders
//! such as `xx` or 某某 left in a template. One definition, used by keywords
//! and new words. (Generic references such as 各有关部门 are marked by the
//! entity rules themselves: `Entity::generic`.)

/// Characters a placeholder is made of (`xx`, `XX`, ××, ○○, ＊＊, 某某).
const PLACEHOLDER_CHARS: &str = "xXｘＸ×*＊○〇□某";

/// Whether `term` is a placeholder: two or more characters, all of them
/// placeholder characters.
pub fn is_placeholder(term: &str) -> bool {
    let mut n = 0;
    for c in term.chars() {
        if !PLACEHOLDER_CHARS.contains(c) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        for p in ["xx", "XXX", "××", "某某", "○○"] {
            assert!(is_placeholder(p), "{p}");
        }
        for w in ["x", "项目", "xx项目", "", "Xi"] {
            assert!(!is_placeholder(w), "{w}");
        }
    }
}
