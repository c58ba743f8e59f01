//! A PNG drawn from an SVG, saved from the views (files and SVG text are
//! saved by [`crate::ui::browser::download`]).
//!
//! The PNG path stays inside the page's CSP (`img-src 'self' data: blob:`):
//! the SVG becomes a `blob:` URL, an `<img>` loads it, a canvas twice the
//! SVG's size draws it on white, and the canvas's `data:` URL is saved. The
//! drawing is the browser's own rasteriser; nothing heavy runs in Rust on
//! the main thread.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Draws `svg` (of `width` × `height` px) at twice its size on white and
/// offers it as a PNG called `name`. Runs in the background.
pub fn svg_to_png(svg: String, width: f64, height: f64, name: String) {
    wasm_bindgen_futures::spawn_local(async move {
        // a failure (an image the browser cannot draw) leaves nothing to save
        let _ = render_png(&svg, width, height, &name).await;
    });
}

async fn render_png(svg: &str, width: f64, height: f64, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let img = web_sys::HtmlImageElement::new()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        img.set_onload(Some(&resolve));
        img.set_onerror(Some(&reject));
    });
    img.set_src(&url);
    let waited = JsFuture::from(loaded).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    waited?;
    let scale = 2.0;
    let (w, h) = (
        (width.max(1.0) * scale).min(8192.0),
        (height.max(1.0) * scale).min(8192.0),
    );
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, w, h)?;
    let data_url = canvas.to_data_url_with_type("image/png")?;
    crate::ui::browser::click_link(&data_url, name);
    Ok(())
}
