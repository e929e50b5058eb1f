//! Whether the page is seen (the Page Visibility API): a hidden page does
//! not refresh its data.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// True while the tab is in the background or minimised.
pub fn hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Calls `f` whenever the page is hidden or seen again, for as long as the
/// page lives.
pub fn on_change(f: impl Fn() + 'static) {
    let listener = Closure::<dyn Fn()>::new(f);
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        // Only fails for a callback that is not a function.
        let _ = doc.add_event_listener_with_callback(
            "visibilitychange",
            listener.as_ref().unchecked_ref(),
        );
    }
    listener.forget(); // lives as long as the page
}
