//! The analysis options as the page keeps them in `localStorage`
//! (`wenxi.options`): JSON, read and written by the browser's `JSON`.
//!
//! The format is the one serde_json wrote before (same fields, same order),
//! so options saved by earlier versions still load. serde_json itself is not
//! used here: it cost the page ~20 KB of wasm before first paint (budget
//! 250 KB brotli). A field that is missing or of the wrong kind reads as its
//! default, as `#[serde(default)]` fields always did.

use crate::core::analyze::AnalyzeOptions;
use crate::core::clean::CleanOptions;
use crate::core::stopwords::StopwordEdits;
use js_sys::{Array, Object, Reflect, JSON};
use std::collections::BTreeSet;
use wasm_bindgen::JsValue;

/// The options as JSON; `None` if the browser cannot write it.
pub fn to_json(o: &AnalyzeOptions) -> Option<String> {
    let c = &o.clean;
    let clean = object(&[
        ("controls", c.controls.into()),
        ("boilerplate", c.boilerplate.into()),
        ("pinyin", c.pinyin.into()),
        ("blank_lines", c.blank_lines.into()),
        ("width", c.width.into()),
        ("variants", c.variants.into()),
        ("page_furniture", c.page_furniture.into()),
    ]);
    let stopwords = object(&[
        ("added", words(&o.stopwords.added)),
        ("removed", words(&o.stopwords.removed)),
    ]);
    let all = object(&[
        ("top_keywords", JsValue::from_f64(o.top_keywords as f64)),
        ("clean", clean),
        ("to_simplified", o.to_simplified.into()),
        ("hmm", o.hmm.into()),
        ("policy_lexicon", o.policy_lexicon.into()),
        ("stopwords", stopwords),
    ]);
    JSON::stringify(&all).ok()?.as_string()
}

/// The options saved as `json`; `None` if it is not a JSON object.
pub fn from_json(json: &str) -> Option<AnalyzeOptions> {
    let all = JSON::parse(json).ok()?;
    if !all.is_object() || Array::is_array(&all) {
        return None;
    }
    let d = AnalyzeOptions::default();
    let clean = get(&all, "clean");
    let dc = CleanOptions::default();
    let stopwords = get(&all, "stopwords");
    Some(AnalyzeOptions {
        top_keywords: get(&all, "top_keywords")
            .as_f64()
            .filter(|n| n.is_finite() && *n >= 0.0 && n.fract() == 0.0)
            .map_or(d.top_keywords, |n| n as usize),
        clean: CleanOptions {
            controls: flag(&clean, "controls", dc.controls),
            boilerplate: flag(&clean, "boilerplate", dc.boilerplate),
            pinyin: flag(&clean, "pinyin", dc.pinyin),
            blank_lines: flag(&clean, "blank_lines", dc.blank_lines),
            width: flag(&clean, "width", dc.width),
            variants: flag(&clean, "variants", dc.variants),
            page_furniture: flag(&clean, "page_furniture", dc.page_furniture),
        },
        to_simplified: flag(&all, "to_simplified", d.to_simplified),
        hmm: flag(&all, "hmm", d.hmm),
        policy_lexicon: flag(&all, "policy_lexicon", d.policy_lexicon),
        stopwords: StopwordEdits {
            added: word_set(&get(&stopwords, "added")),
            removed: word_set(&get(&stopwords, "removed")),
        },
    })
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn words(set: &BTreeSet<String>) -> JsValue {
    set.iter()
        .map(|w| JsValue::from_str(w))
        .collect::<Array>()
        .into()
}

fn get(o: &JsValue, key: &str) -> JsValue {
    if o.is_object() {
        Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

fn flag(o: &JsValue, key: &str, default: bool) -> bool {
    get(o, key).as_bool().unwrap_or(default)
}

fn word_set(list: &JsValue) -> BTreeSet<String> {
    if !Array::is_array(list) {
        return BTreeSet::new();
    }
    // inserted one by one: `collect` into a set sorts first, a second copy
    // of the standard sort in the page (first-paint budget)
    let mut set = BTreeSet::new();
    for w in Array::from(list).iter().filter_map(|w| w.as_string()) {
        set.insert(w);
    }
    set
}
