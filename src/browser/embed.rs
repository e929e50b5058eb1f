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

/// Runs `f` once, when `el` comes within `margin_px` of the viewport (or at
/// once where IntersectionObserver is missing).
pub fn when_near_viewport(el: &web_sys::Element, margin_px: u32, f: impl FnOnce() + 'static) {
    let once = std::cell::Cell::new(Some(f));
    let callback = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if near {
                observer.disconnect();
                if let Some(f) = once.take() {
                    f();
                }
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(&format!("{margin_px}px"));
    match web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
    {
        Ok(observer) => {
            observer.observe(el);
            callback.forget();
        }
        Err(_) => {
            // No observer: load now rather than never.
            let _ = callback
                .as_ref()
                .unchecked_ref::<js_sys::Function>()
                .call0(&JsValue::NULL);
        }
    }
}

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
