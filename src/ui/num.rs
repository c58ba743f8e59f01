//! Numbers as text for the page, through JavaScript's `Number`.
//!
//! Rust's float formatting (`{:.2}`, `{}` of an `f64`) brings two routines of
//! about 10 KB of wasm into the page; the browser already has its own. The
//! page shows numbers with a few decimals (no exact half-way cases matter
//! there); the CLI and the exports keep Rust's formatting.

/// `x` with `digits` decimals (`{:.N}`): JavaScript's `toFixed`.
pub fn fixed(x: f64, digits: u8) -> String {
    js_sys::Number::from(x)
        .to_fixed(digits)
        .map(String::from)
        .unwrap_or_default()
}

/// `x` in the shortest form that reads back as `x` (`{}`): JavaScript's
/// `String(x)`.
pub fn shortest(x: f64) -> String {
    js_sys::Number::from(x)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// `text` (the number `x` already formatted) with a `+` before it when `x` is
/// not negative (`{:+}`): a change or a log ratio reads as a direction.
pub fn signed(x: f64, text: String) -> String {
    if x >= 0.0 {
        format!("+{text}")
    } else {
        text
    }
}
