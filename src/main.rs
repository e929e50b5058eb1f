//! Mounts the app: into `#maintenance-app` when the host page has one (an
//! embedding), else into `<body>`, in place of index.html's `#boot`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    // A panic is a bug: say so in the console (the page itself stays as it
    // was). A plain hook costs less wasm than console_error_panic_hook.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("maintenance-window: {info}").into());
    }));
    // The language first (its catalog comes with the data), then the app.
    wasm_bindgen_futures::spawn_local(async {
        maintenance_window::browser::i18n::start().await;
        let app = maintenance_window::App;
        let document = web_sys::window().and_then(|w| w.document());
        // index.html's placeholder (heading, "Loading…", the no-JavaScript
        // text) gives way to the app, which takes its heading over (App).
        let anchor = document
            .and_then(|d| d.get_element_by_id("maintenance-app"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match anchor {
            Some(el) => mount_to(el, app).forget(),
            None => mount_to_body(app),
        }
    });
}

/// The app is a browser app; on the host only the core and its tests build.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "maintenance-window is a browser app: build it with `make dist` or run `make serve`."
    );
}
