//! Saving text the page made (an `.ics` calendar) as a file: a Blob, an
//! object URL, a temporary `<a download>` clicked, and the URL revoked
//! afterwards. Every browser failure is a [`DownloadError`]; nothing panics.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// How long the object URL stays valid after the click. Revoking it at once
/// can cancel the download in some browsers (the click only queues it); a
/// few seconds is plenty and the Blob is small.
const REVOKE_AFTER_MS: i32 = 10_000;

/// Why a file could not be offered for download.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DownloadError {
    #[error("this page has no document to start a download from")]
    NoDocument,
    #[error("the browser could not prepare the file ({0})")]
    Blob(String),
    #[error("the browser could not create a link to the file ({0})")]
    ObjectUrl(String),
    #[error("the browser could not start the download ({0})")]
    Link(String),
}

/// Offers `text` as a file named `filename` with the given MIME type, for
/// example `text/calendar;charset=utf-8`.
pub fn save_text(filename: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
    let window = web_sys::window().ok_or(DownloadError::NoDocument)?;
    let document = window.document().ok_or(DownloadError::NoDocument)?;
    let parent: web_sys::Element = match document.body() {
        Some(body) => body.into(),
        None => document
            .document_element()
            .ok_or(DownloadError::NoDocument)?,
    };

    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| DownloadError::Blob(js_message(&e)))?;
    let url = Url::create_object_url_with_blob(&blob)
        .map_err(|e| DownloadError::ObjectUrl(js_message(&e)))?;

    let clicked = click_link(&document, &parent, &url, filename);
    revoke_later(&window, url);
    clicked
}

fn click_link(
    document: &web_sys::Document,
    parent: &web_sys::Element,
    url: &str,
    filename: &str,
) -> Result<(), DownloadError> {
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| DownloadError::Link(js_message(&e)))?
        .dyn_into()
        .map_err(|_| DownloadError::Link("not an anchor element".to_owned()))?;
    anchor.set_href(url);
    anchor.set_download(filename);
    // Some browsers only follow a click on a link that is in the document.
    anchor
        .set_attribute("hidden", "")
        .map_err(|e| DownloadError::Link(js_message(&e)))?;
    parent
        .append_child(&anchor)
        .map_err(|e| DownloadError::Link(js_message(&e)))?;
    anchor.click();
    anchor.remove();
    Ok(())
}

/// Revokes the object URL after [`REVOKE_AFTER_MS`], or at once if no timer
/// can be set.
fn revoke_later(window: &web_sys::Window, url: String) {
    let revoke = {
        let url = url.clone();
        Closure::once_into_js(move || {
            let _ = Url::revoke_object_url(&url);
        })
    };
    let scheduled = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            REVOKE_AFTER_MS,
        )
        .is_ok();
    if !scheduled {
        let _ = Url::revoke_object_url(&url);
    }
}

fn js_message(v: &JsValue) -> String {
    v.as_string()
        .or_else(|| {
            v.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".to_owned())
}
