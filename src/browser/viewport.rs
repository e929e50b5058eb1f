//! When an element comes near the viewport (IntersectionObserver).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

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

/// Scrolls the listed window whose `data-window-id` is `id` into view.
pub fn scroll_to_window(id: &str) {
    let Some(all) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all("section#upcoming li[data-window-id]")
            .ok()
    }) else {
        return;
    };
    let found = (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|e| e.get_attribute("data-window-id").as_deref() == Some(id));
    if let Some(el) = found {
        el.scroll_into_view();
    }
}
