//! Copying text (the async Clipboard API).

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

/// Copies text with the async Clipboard API; false when it is unavailable.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard =
        Reflect::get(&window.navigator(), &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let write = Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else { return false };
    match write
        .call1(&clipboard, &text.into())
        .map(js_sys::Promise::from)
    {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
