//! Targets: figures aligned by indicator across versions of a report.
//!
//! Every figure with an indicator becomes a value of its row; the row's key
//! is the indicator normalised — `GDP`, `国内生产总值` and `生产总值` all
//! read `地区生产总值`, and leading words such as `全年` or `预期目标` go.
//! A document's first figure of an indicator is its value (the statement of
//! the target comes before later mentions). The direction (`增长`,
//! `下降` …) and the qualifier after or before the number (`左右`, `以上`,
//! `以内`, `以下`, `约`, `近`, `超过`) are kept, so `增长5.5%左右` →
//! `增长5%左右` reads as a lower target with the same wording. Rows are in
//! order of first appearance, the documents in the order given.

use super::DiffDoc;
use crate::core::report::Figure;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Qualifiers written after a figure, longest first.
const AFTER: &[&str] = &["左右", "以上", "以内", "以下", "上下", "之内"];

/// Qualifiers written before a figure, longest first.
const BEFORE: &[&str] = &["不低于", "不超过", "超过", "约", "近"];

/// Words dropped from the start of an indicator.
const LEADING: &[&str] = &[
    "主要预期目标是",
    "预期目标是",
    "预期目标",
    "主要目标",
    "目标",
    "全年",
    "今年",
    "力争",
    "确保",
];

/// One document's value of a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetValue {
    /// The figure as written with its direction and qualifier: `增长5%左右`.
    pub text: String,
    /// The number.
    pub value: f64,
    /// The upper bound of a range.
    pub value_max: Option<f64>,
    /// The unit.
    pub unit: String,
    /// The direction (`增长`, `下降` …), if stated.
    pub direction: Option<String>,
    /// The qualifier (`左右`, `以上`, `约` …), if stated.
    pub qualifier: Option<String>,
    /// The indicator as written.
    pub indicator: String,
    /// Byte span of the figure in the clean text.
    pub start: usize,
    /// End of that span.
    pub end: usize,
}

/// How a target moved between the first and the last document that has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetChange {
    /// Same value, unit, direction and qualifier.
    Same,
    /// Higher value.
    Up,
    /// Lower value.
    Down,
    /// Same value, other wording (direction or qualifier) or another unit.
    Reworded,
    /// Only in the later documents.
    New,
    /// Only in the earlier documents.
    Dropped,
}

impl TargetChange {
    /// `same`, `up`, `down`, `reworded`, `new` or `dropped`.
    pub fn name(self) -> &'static str {
        match self {
            TargetChange::Same => "same",
            TargetChange::Up => "up",
            TargetChange::Down => "down",
            TargetChange::Reworded => "reworded",
            TargetChange::New => "new",
            TargetChange::Dropped => "dropped",
        }
    }
}

/// One indicator across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetRow {
    /// The normalised indicator.
    pub indicator: String,
    /// Its value in each document (`None`: not stated there).
    pub values: Vec<Option<TargetValue>>,
    /// From the first document to the last (for two documents: old → new).
    pub change: TargetChange,
    /// Last value minus first, when both exist in the same unit.
    pub delta: Option<f64>,
}

impl TargetRow {
    /// Whether the row shows a change.
    pub fn is_changed(&self) -> bool {
        self.change != TargetChange::Same
    }
}

/// The normalised form of an indicator (see the module docs).
pub fn normalise_indicator(s: &str) -> String {
    let mut s = s.trim().to_string();
    loop {
        let before = s.len();
        for w in LEADING {
            if let Some(r) = s.strip_prefix(w) {
                s = r.to_string();
            }
        }
        if s.len() == before {
            break;
        }
    }
    let upper = s.to_uppercase();
    if upper == "GDP" || upper.ends_with("GDP") {
        return "地区生产总值".to_string();
    }
    for synonym in ["国内生产总值", "地区生产总值", "生产总值"] {
        if let Some(p) = s.find(synonym) {
            let rest = &s[p + synonym.len()..];
            return format!("地区生产总值{rest}");
        }
    }
    s
}

fn value_of(text: &str, f: &Figure) -> Option<TargetValue> {
    let (start, end) = (f.start?, f.end?);
    let after = text.get(end..).unwrap_or("");
    let before = text.get(..start).unwrap_or("");
    let post = AFTER.iter().find(|q| after.starts_with(*q));
    let pre = BEFORE.iter().find(|q| before.ends_with(*q));
    let qualifier = post.or(pre).map(|q| q.to_string());
    let text = format!(
        "{}{}{}{}",
        f.change.as_deref().unwrap_or(""),
        pre.copied().unwrap_or(""),
        f.text,
        post.copied().unwrap_or("")
    );
    Some(TargetValue {
        text,
        value: f.value,
        value_max: f.value_max,
        unit: f.unit.clone(),
        direction: f.change.clone(),
        qualifier,
        indicator: f.indicator.clone(),
        start,
        end,
    })
}

fn compare(a: Option<&TargetValue>, b: Option<&TargetValue>) -> (TargetChange, Option<f64>) {
    match (a, b) {
        (None, _) => (TargetChange::New, None),
        (_, None) => (TargetChange::Dropped, None),
        (Some(a), Some(b)) => {
            if a.unit != b.unit {
                return (TargetChange::Reworded, None);
            }
            let delta = b.value - a.value;
            let same_words = a.direction == b.direction && a.qualifier == b.qualifier;
            let change = if delta.abs() < 1e-9 && a.value_max == b.value_max {
                if same_words {
                    TargetChange::Same
                } else {
                    TargetChange::Reworded
                }
            } else if delta > 0.0 || (delta == 0.0 && b.value_max > a.value_max) {
                TargetChange::Up
            } else {
                TargetChange::Down
            };
            (change, Some(delta))
        }
    }
}

/// Rows of targets over `docs` in the order given.
pub fn align_targets(docs: &[&DiffDoc]) -> Vec<TargetRow> {
    let n = docs.len();
    let mut rows: Vec<TargetRow> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    // rows in order of first appearance, the latest document first (what
    // a reader of the new report looks for), then the earlier ones
    for d in (0..n).rev() {
        let Some(doc) = docs.get(d) else { continue };
        for f in doc.figures {
            let key = normalise_indicator(&f.indicator);
            if key.chars().count() < 2 {
                continue;
            }
            let Some(v) = value_of(doc.text, f) else {
                continue;
            };
            let row = *index
                .entry((key.clone(), f.unit.clone()))
                .or_insert_with(|| {
                    rows.push(TargetRow {
                        indicator: key,
                        values: vec![None; n],
                        change: TargetChange::Same,
                        delta: None,
                    });
                    rows.len() - 1
                });
            if let Some(slot) = rows.get_mut(row).and_then(|r| r.values.get_mut(d)) {
                if slot.is_none() {
                    *slot = Some(v);
                }
            }
        }
    }
    for r in &mut rows {
        let first = r.values.iter().position(Option::is_some);
        let last = r.values.iter().rposition(Option::is_some);
        let at = |i: Option<usize>| i.and_then(|i| r.values.get(i)).and_then(Option::as_ref);
        (r.change, r.delta) = if n >= 2 && first != Some(0) {
            (TargetChange::New, None)
        } else if n >= 2 && last != Some(n - 1) {
            (TargetChange::Dropped, None)
        } else {
            compare(at(first), at(last))
        };
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gdp_synonyms_are_one_indicator() {
        assert_eq!(normalise_indicator("国内生产总值"), "地区生产总值");
        assert_eq!(normalise_indicator("GDP"), "地区生产总值");
        assert_eq!(normalise_indicator("全年地区生产总值"), "地区生产总值");
        assert_eq!(normalise_indicator("城镇新增就业"), "城镇新增就业");
    }
}
