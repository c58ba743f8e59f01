//! Thin web-sys glue: settings in localStorage and the browser language.
//!
//! Every call here tolerates a browser that refuses storage (private mode,
//! disabled cookies): reads return `None` and writes are skipped.

/// Largest text kept in localStorage so a reload does not lose it.
pub const MAX_SAVED_TEXT: usize = 2 * 1024 * 1024;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a saved setting.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves a setting; returns whether it was stored.
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// The browser's preferred language tag, e.g. `zh-CN`.
pub fn browser_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_else(|| "zh-CN".to_string())
}

/// Sets `<html lang>` so screen readers and fonts follow the UI language.
pub fn set_document_lang(tag: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", tag);
    }
}
