//! The reader worker (issues 16, 19): registers it in the web worker scope.
#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_worker::Registrable;
    console_error_panic_hook::set_once();
    wenxi::worker::reader::ReaderWorker::registrar().register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the file reader runs in the browser: build it with `trunk build --release`");
}
