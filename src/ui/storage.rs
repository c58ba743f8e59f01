//! The corpus in IndexedDB, so it survives reloads.
//!
//! The user dictionary is kept in the store `settings` as jieba's text format.
//!
//! Each document is one record `{ id, name, kind, text | blob | bytes,
//! encoding }` in the object store `documents` of the database `wenxi`.
//! Records are built by hand as JS objects so a file's bytes are stored as
//! one `Blob` (stored by reference; older records hold a `Uint8Array`), not
//! as an array of numbers. Every function returns a message a user can
//! act on when storage is unavailable (private mode) or full; the app then
//! keeps working in memory.

use crate::core::userdict::UserDict;
use crate::protocol::{Fault, FaultKind, Source};
use crate::ui::shared::Shared;
use idb::{Database, DatabaseEvent, Factory, KeyPath, ObjectStoreParams, TransactionMode};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

const DB: &str = "wenxi";
const STORE: &str = "documents";
/// Small settings kept with the corpus (version 2 of the database).
const SETTINGS: &str = "settings";
/// The key of the user dictionary in [`SETTINGS`], stored in jieba's text format.
const USER_DICT_KEY: &str = "userdict";

/// A stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDoc {
    /// The document id.
    pub id: u64,
    /// Its name.
    pub name: String,
    /// Its source (shared with the document list: storing a document never
    /// copies its bytes in Rust).
    pub source: Shared<Source>,
}

fn describe(e: impl std::fmt::Display) -> Fault {
    let detail = e.to_string();
    if detail.contains("Quota") || detail.contains("quota") {
        Fault::new(FaultKind::StorageFull, vec![detail])
    } else {
        Fault::new(FaultKind::StorageUnavailable, vec![detail])
    }
}

async fn open() -> Result<Database, Fault> {
    let factory = Factory::new().map_err(describe)?;
    let mut req = factory.open(DB, Some(2)).map_err(describe)?;
    req.on_upgrade_needed(|event| {
        if let Ok(db) = event.database() {
            let names = db.store_names();
            if !names.iter().any(|n| n == STORE) {
                let mut params = ObjectStoreParams::new();
                params.key_path(Some(KeyPath::new_single("id")));
                let _ = db.create_object_store(STORE, params);
            }
            if !names.iter().any(|n| n == SETTINGS) {
                let _ = db.create_object_store(SETTINGS, ObjectStoreParams::new());
            }
        }
    });
    req.await.map_err(describe)
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn to_record(doc: &StoredDoc) -> JsValue {
    let obj = Object::new();
    set(&obj, "id", &JsValue::from_f64(doc.id as f64));
    set(&obj, "name", &JsValue::from_str(&doc.name));
    match &*doc.source {
        // the page never keeps extracted PDF/OFD text (it keeps the file)
        Source::Text(t) | Source::Paged { text: t, .. } | Source::Decoded { text: t, .. } => {
            set(&obj, "kind", &JsValue::from_str("text"));
            set(&obj, "text", &JsValue::from_str(t));
        }
        Source::File { bytes, encoding } => {
            set(&obj, "kind", &JsValue::from_str("file"));
            // issue 20: a Blob, which IndexedDB stores by reference; a
            // Uint8Array is serialised (and compressed) on the main thread,
            // ~25 ms a 10 MiB file. (Records written before keep `bytes`.)
            let bytes = Uint8Array::from(bytes.as_slice());
            match web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes)) {
                Ok(blob) => set(&obj, "blob", &blob),
                Err(_) => set(&obj, "bytes", &bytes),
            }
            if let Some(e) = encoding {
                set(&obj, "encoding", &JsValue::from_str(e));
            }
        }
    }
    obj.into()
}

async fn from_record(v: &JsValue) -> Option<StoredDoc> {
    let id = get(v, "id")?.as_f64()? as u64;
    let name = get(v, "name")?.as_string()?;
    let source = match get(v, "kind")?.as_string()?.as_str() {
        "text" => Source::Text(get(v, "text")?.as_string()?),
        _ => {
            let bytes = match get(v, "blob").and_then(|b| b.dyn_into::<web_sys::Blob>().ok()) {
                // read off the main thread; one copy into the page's memory
                Some(blob) => {
                    let buf = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
                        .await
                        .ok()?;
                    Uint8Array::new(&buf).to_vec()
                }
                None => get(v, "bytes")?.dyn_into::<Uint8Array>().ok()?.to_vec(),
            };
            Source::File {
                bytes: bytes.into(),
                encoding: get(v, "encoding").and_then(|e| e.as_string()),
            }
        }
    };
    Some(StoredDoc {
        id,
        name,
        source: Shared::new(source),
    })
}

/// Every stored document, oldest first.
pub async fn load_all() -> Result<Vec<StoredDoc>, Fault> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let values = store
        .get_all(None, None)
        .map_err(describe)?
        .await
        .map_err(describe)?;
    let mut docs: Vec<StoredDoc> = Vec::with_capacity(values.len());
    for v in &values {
        if let Some(d) = from_record(v).await {
            docs.push(d);
        }
    }
    crate::ui::shared::sort_by(&mut docs, &|a, b| a.id.cmp(&b.id));
    Ok(docs)
}

/// Stores (or replaces) documents.
pub async fn put(docs: &[StoredDoc]) -> Result<(), Fault> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    for d in docs {
        store
            .put(&to_record(d), None)
            .map_err(describe)?
            .await
            .map_err(describe)?;
    }
    tx.commit().map_err(describe)?.await.map_err(describe)?;
    Ok(())
}

/// Deletes one document, or all of them when `id` is `None`.
pub async fn delete(id: Option<u64>) -> Result<(), Fault> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    match id {
        Some(id) => store
            .delete(JsValue::from_f64(id as f64))
            .map_err(describe)?
            .await
            .map_err(describe)?,
        None => store.clear().map_err(describe)?.await.map_err(describe)?,
    }
    tx.commit().map_err(describe)?.await.map_err(describe)?;
    Ok(())
}

/// The stored user dictionary (empty when none was saved).
pub async fn load_user_dict() -> Result<UserDict, Fault> {
    let db = open().await?;
    let tx = db
        .transaction(&[SETTINGS], TransactionMode::ReadOnly)
        .map_err(describe)?;
    let store = tx.object_store(SETTINGS).map_err(describe)?;
    let value = store
        .get(JsValue::from_str(USER_DICT_KEY))
        .map_err(describe)?
        .await
        .map_err(describe)?;
    let text = value.and_then(|v| v.as_string()).unwrap_or_default();
    // written by `save_user_dict`, so it parses; a damaged value reads as empty
    Ok(UserDict::parse(&text).unwrap_or_default())
}

/// Stores the user dictionary.
pub async fn save_user_dict(dict: &UserDict) -> Result<(), Fault> {
    let db = open().await?;
    let tx = db
        .transaction(&[SETTINGS], TransactionMode::ReadWrite)
        .map_err(describe)?;
    let store = tx.object_store(SETTINGS).map_err(describe)?;
    store
        .put(
            &JsValue::from_str(&dict.to_text()),
            Some(&JsValue::from_str(USER_DICT_KEY)),
        )
        .map_err(describe)?
        .await
        .map_err(describe)?;
    tx.commit().map_err(describe)?.await.map_err(describe)?;
    Ok(())
}
