//! The page's own URL: query parameters for sharable links (`?tz=`,
//! `?tenant=`, `?region=`), and keeping them in step with what the visitor
//! picks. Never used for the feed or endpoints.

fn current_url() -> Option<web_sys::Url> {
    let href = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new(&href).ok()
}

/// A query parameter, if present and not blank.
pub fn query(name: &str) -> Option<String> {
    current_url()?
        .search_params()
        .get(name)
        .filter(|v| !v.trim().is_empty())
}

/// All values of a repeatable or comma-separated parameter (`?region=a,b`).
pub fn query_list(name: &str) -> Vec<String> {
    query(name)
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Replaces (or removes) a parameter that is already in the URL, without a
/// reload, so a reload or a shared link shows what the visitor chose.
pub fn update_query_if_present(name: &str, value: Option<&str>) {
    let Some(url) = current_url() else { return };
    let params = url.search_params();
    if !params.has(name) {
        return;
    }
    match value {
        Some(v) => params.set(name, v),
        None => params.delete(name),
    }
    url.set_search(&params.to_string().as_string().unwrap_or_default());
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// The page's address without query or fragment, for calendar events.
pub fn page_url() -> Option<String> {
    let url = current_url()?;
    url.set_search("");
    url.set_hash("");
    Some(url.href())
}

/// This page without `?view=` (the full page, from the widget), keeping
/// the other parameters (`tz`, `region`, `tenant`).
pub fn full_page_url() -> Option<String> {
    let url = current_url()?;
    let params = url.search_params();
    params.delete("view");
    url.set_search(&params.to_string().as_string().unwrap_or_default());
    url.set_hash("");
    Some(url.href())
}

/// The URL's fragment, with its `#` (empty when none).
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Points the URL at `url`'s fragment without a reload.
pub fn set_hash(url: &str) {
    if let (Some(window), Some((_, fragment))) = (web_sys::window(), url.split_once('#')) {
        let _ = window.location().set_hash(fragment);
    }
}

/// This page's address with its query (the visitor's zone and filters) but
/// without a fragment.
pub fn page_url_with_query() -> Option<String> {
    let url = current_url()?;
    url.set_hash("");
    Some(url.href())
}
