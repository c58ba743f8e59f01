//! The page: mounts the Yew app.
#[cfg(target_arch = "wasm32")]
fn main() {
    wenxi::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the app runs in the browser: build it with `trunk build --release`");
}
