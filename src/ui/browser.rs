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

/// The files of a `FileList`, taken out before the list is cleared or reused.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// A file's content as read, or its size when it is over the limit and was
/// not read at all (so a 100 MB file never lands in memory).
pub type Read = Result<Vec<u8>, usize>;

/// Reads one file's bytes unless it is larger than `limit` bytes.
async fn read_file(file: &web_sys::File, limit: usize) -> Read {
    let size = file.size();
    if size > limit as f64 {
        return Err(size as usize);
    }
    match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buf) => Ok(js_sys::Uint8Array::new(&buf).to_vec()),
        Err(_) => Ok(Vec::new()),
    }
}

/// Reads files (from a picker or a drop) as bytes, named by their path when a
/// folder was picked; files over `limit` bytes are not read.
pub async fn read_files(files: Vec<web_sys::File>, limit: usize) -> Vec<(String, Read)> {
    let mut out = Vec::new();
    for file in files {
        let name = {
            // set when a whole folder was picked: keep the folder in the name
            js_sys::Reflect::get(&file, &"webkitRelativePath".into())
                .ok()
                .and_then(|v| v.as_string())
                .filter(|r| !r.is_empty())
                .unwrap_or_else(|| file.name())
        };
        out.push((name, read_file(&file, limit).await));
    }
    out
}

/// Offers `bytes` as a file download called `name`.
///
/// The bytes go to the Blob as one typed-array copy: a 30 MB export turned
/// into a JavaScript string first cost the page a 270 ms task (issue 20).
/// The object URL is the one the worker's exports use
/// ([`crate::worker::links::object_url`], revoked a minute later).
pub fn download(name: &str, bytes: &[u8], mime: &str) {
    if let Some(url) = crate::worker::links::object_url(bytes, mime) {
        click_link(&url, name);
    }
}

/// Saves a file the worker made: through its link when the worker made one
/// (issue 20; the worker revokes it), else from its bytes.
pub fn save_file(f: &crate::protocol::ExportFile) {
    match &f.url {
        Some(url) => click_link(url, &f.name),
        None => download(&f.name, &f.bytes, &f.mime),
    }
}

/// Clicks a temporary link to `href` that saves it as `name`.
pub fn click_link(href: &str, name: &str) {
    use wasm_bindgen::JsCast;
    if let Some(a) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(href);
        a.set_download(name);
        a.click();
    }
}

/// What a drop carried, taken while the drop event is still being handled
/// (browsers empty the `DataTransfer` afterwards).
pub enum Dropped {
    /// File-system entries: files and whole folders.
    Entries(Vec<web_sys::FileSystemEntry>),
    /// Plain files, where entries are not available.
    Files(Vec<web_sys::File>),
}

/// Takes the entries (or files) out of a drop event's `DataTransfer`.
pub fn dropped(dt: &web_sys::DataTransfer) -> Option<Dropped> {
    let items = dt.items();
    let entries: Vec<_> = (0..items.length())
        .filter_map(|i| items.get(i))
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect();
    if !entries.is_empty() {
        return Some(Dropped::Entries(entries));
    }
    dt.files().map(|f| Dropped::Files(files_of(&f)))
}

async fn callback_promise(
    start: impl FnOnce(&js_sys::Function, &js_sys::Function),
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    let mut start = Some(start);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Some(f) = start.take() {
            f(&resolve, &reject);
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await
}

/// Reads every file of a drop, walking into dropped folders; files are named
/// by their path inside the drop and returned in path order; files over
/// `limit` bytes are not read.
pub async fn read_dropped(dropped: Dropped, limit: usize) -> Vec<(String, Read)> {
    use wasm_bindgen::JsCast;
    let mut stack = match dropped {
        Dropped::Files(list) => return read_files(list, limit).await,
        Dropped::Entries(e) => e,
    };
    let mut out = Vec::new();
    while let Some(entry) = stack.pop() {
        if entry.is_directory() {
            let reader = entry
                .unchecked_ref::<web_sys::FileSystemDirectoryEntry>()
                .create_reader();
            // readEntries returns at most 100 entries a call: read until empty
            loop {
                let batch = callback_promise(|ok, err| {
                    if let Err(e) = reader.read_entries_with_callback_and_callback(ok, err) {
                        let _ = err.call1(&wasm_bindgen::JsValue::NULL, &e);
                    }
                })
                .await
                .map(|v| js_sys::Array::from(&v))
                .unwrap_or_default();
                if batch.length() == 0 {
                    break;
                }
                stack.extend(batch.iter().map(|v| v.unchecked_into()));
            }
        } else if entry.is_file() {
            let file_entry = entry.unchecked_ref::<web_sys::FileSystemFileEntry>();
            let Ok(file) = callback_promise(|ok, err| {
                file_entry.file_with_callback_and_callback(ok, err);
            })
            .await
            else {
                continue;
            };
            let file: web_sys::File = file.unchecked_into();
            let read = read_file(&file, limit).await;
            let path = entry.full_path();
            out.push((path.trim_start_matches('/').to_string(), read));
        }
    }
    crate::ui::shared::sort_by(&mut out, &|a, b| a.0.cmp(&b.0));
    out
}
