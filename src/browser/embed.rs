//! The embedding parent (postMessage) and the page's theme attribute.

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// `?theme=light|dark` forces a theme (`data-theme` on `<html>`); anything
/// else follows the visitor's system setting.
pub fn apply_theme(theme: Option<&str>) {
    let Some(theme @ ("light" | "dark")) = theme else {
        return;
    };
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-theme", theme);
    }
}

/// In an iframe, tells the parent the page's height whenever it changes, as
/// `{"type": "maintenance-widget:resize", "height": <px>}`. The message holds
/// nothing but the height, so any parent may read it; `embed.js` accepts it
/// only from its own iframe.
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return; // not embedded
    }
    let Some(html) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = std::cell::Cell::new(-1.0_f64);
    let measured = html.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = Object::new();
        let _ = Reflect::set(
            &message,
            &"type".into(),
            &"maintenance-widget:resize".into(),
        );
        let _ = Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&html);
    }
    // The observer lives as long as the page.
    on_resize.forget();
}
