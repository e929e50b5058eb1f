//! All HTTP of the page: fetching `config.json` and the feed, with a timeout,
//! resolving the feed URL against the config's URL.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use gloo_net::http::Request;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::RequestCache;

use crate::domain::config::{parse_config, Config};
use crate::domain::feed::{parse_feed, Feed};
use crate::domain::load::{FetchFailure, LoadError, Source};
use crate::domain::refresh::LastGood;

/// Seconds before a request is abandoned.
pub const TIMEOUT_SECS: u32 = 10;

/// What the page needs to show the schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct PageData {
    pub config: Config,
    /// Shared with what needs it longer (calendar export).
    pub feed: Arc<Feed>,
    /// `config.json`'s absolute URL: what its relative URLs are relative to.
    pub config_url: String,
    /// The feed's absolute URL: what the feed's relative URLs are relative to.
    pub feed_url: String,
}

/// `config.json` next to `index.html`, then the feed it names; the data,
/// and both documents as fetched (to keep as the last good copy).
pub async fn load_page_data() -> Result<(PageData, LastGood), LoadError> {
    let config_url = config_url().map_err(|e| LoadError::Fetch(Source::Config, e))?;
    let config_text = get_text(&config_url)
        .await
        .map_err(|e| LoadError::Fetch(Source::Config, e))?;
    let config = config_of(&config_text)?;
    let feed_url =
        resolve(&config.feed_url, &config_url).map_err(|e| LoadError::Fetch(Source::Feed, e))?;
    let feed_text = get_text(&feed_url)
        .await
        .map_err(|e| LoadError::Fetch(Source::Feed, e))?;
    let copy = LastGood {
        config_url,
        config_text,
        feed_url,
        feed_text,
        fetched_at: crate::browser::clock::now(),
    };
    Ok((page_data(&copy)?, copy))
}

/// The one place settings are parsed (not inlined twice).
#[inline(never)]
fn config_of(text: &str) -> Result<Config, LoadError> {
    parse_config(text).map_err(LoadError::Config)
}

/// `config.json`'s absolute URL, next to `index.html`.
pub fn config_url() -> Result<String, FetchFailure> {
    resolve("config.json", &document_base())
}

/// The page's data from both documents (fetched now, or a stored copy).
pub fn page_data(copy: &LastGood) -> Result<PageData, LoadError> {
    let config = config_of(&copy.config_text)?;
    let feed = parse_feed(&copy.feed_text).map_err(LoadError::Feed)?;
    for skipped in &feed.skipped {
        web_sys::console::warn_1(&format!("feed entry left out: {skipped}").into());
    }
    Ok(PageData {
        config,
        feed: Arc::new(feed),
        config_url: copy.config_url.clone(),
        feed_url: copy.feed_url.clone(),
    })
}

fn document_base() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// Resolves `url` against `base`; only http(s) results are accepted.
pub fn resolve(url: &str, base: &str) -> Result<String, FetchFailure> {
    let parsed =
        web_sys::Url::new_with_base(url, base).map_err(|_| FetchFailure::BadUrl(url.to_owned()))?;
    match parsed.protocol().as_str() {
        "http:" | "https:" => Ok(parsed.href()),
        _ => Err(FetchFailure::BadUrl(url.to_owned())),
    }
}

/// An abort signal that fires after [`TIMEOUT_SECS`], and whether it did.
/// The timer is never cleared: aborting a finished request does nothing, and
/// a JS-owned closure (`once_into_js`) stays valid whenever it fires
/// (clearing needs the timer id, which wasm-bindgen keeps as an i32 that
/// test clocks overflow).
pub struct Deadline {
    signal: web_sys::AbortSignal,
    passed: Rc<Cell<bool>>,
}

impl Deadline {
    pub fn start() -> Result<Deadline, String> {
        let controller = web_sys::AbortController::new().map_err(|e| js_message(&e))?;
        let passed = Rc::new(Cell::new(false));
        let on_timeout = {
            let (passed, controller) = (passed.clone(), controller.clone());
            Closure::once_into_js(move || {
                passed.set(true);
                controller.abort();
            })
        };
        web_sys::window()
            .ok_or_else(|| "no window".to_owned())?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.unchecked_ref(),
                (TIMEOUT_SECS * 1000) as i32,
            )
            .map_err(|e| js_message(&e))?;
        Ok(Deadline {
            signal: controller.signal(),
            passed,
        })
    }

    pub fn signal(&self) -> &web_sys::AbortSignal {
        &self.signal
    }

    /// Whether the time ran out (so a failure is a timeout).
    pub fn passed(&self) -> bool {
        self.passed.get()
    }
}

/// GET `url` as text, revalidating with the server, abandoned after
/// [`TIMEOUT_SECS`].
pub async fn get_text(url: &str) -> Result<String, FetchFailure> {
    if let Some(early) = prefetched(url).await {
        return read(early.map_err(prefetch_failure)?).await;
    }
    let deadline = Deadline::start().map_err(FetchFailure::Network)?;
    match fetch_body(url, deadline.signal()).await {
        Err(_) if deadline.passed() => Err(FetchFailure::Timeout(TIMEOUT_SECS)),
        other => other,
    }
}

/// The answer to the request index.html's loader made for `url` while the
/// code was still downloading (`window.__prefetch`: `config.json`'s URL →
/// its response, and `"feed"` → `[feed URL, its response]` or null), each
/// taken once; `None` when there is none for this URL.
async fn prefetched(url: &str) -> Option<Result<gloo_net::http::Response, JsValue>> {
    use wasm_bindgen_futures::JsFuture;
    let map: js_sys::Map = js_sys::Reflect::get(&web_sys::window()?.into(), &"__prefetch".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let take = |key: &JsValue| {
        let v = map.get(key);
        map.delete(key);
        v.dyn_into::<js_sys::Promise>().ok()
    };
    let url_key = JsValue::from_str(url);
    let response = match take(&url_key) {
        Some(promise) => JsFuture::from(promise).await,
        None => {
            // The feed: its URL is only known once the config is read.
            let pair = JsFuture::from(take(&"feed".into())?).await.ok()?;
            let pair: js_sys::Array = pair.dyn_into().ok()?;
            if pair.get(0) != url_key {
                return None;
            }
            JsFuture::from(pair.get(1).dyn_into::<js_sys::Promise>().ok()?).await
        }
    };
    Some(
        response
            .and_then(|r| r.dyn_into::<web_sys::Response>())
            .map(Into::into),
    )
}

/// The language index.html's loader chose (`window.__prefetch` `"i18n"`:
/// `[its file's URL, its text, its code]`, or null for English) and that
/// file's text, or why there is none; `None` for English.
pub async fn prefetched_language() -> Option<(String, Result<String, String>)> {
    use wasm_bindgen_futures::JsFuture;
    let map: js_sys::Map = js_sys::Reflect::get(&web_sys::window()?.into(), &"__prefetch".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = map.get(&"i18n".into()).dyn_into().ok()?;
    let chosen: js_sys::Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let code = chosen.get(2).as_string()?;
    let text = match chosen.get(1).dyn_into::<js_sys::Promise>() {
        Ok(p) => JsFuture::from(p).await,
        Err(v) => Err(v),
    };
    Some((
        code,
        text.map(|t| t.as_string().unwrap_or_default())
            .map_err(|e| js_message(&e)),
    ))
}

/// The loader's requests time out with `AbortSignal.timeout`.
fn prefetch_failure(e: JsValue) -> FetchFailure {
    let name = js_sys::Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string());
    match name.as_deref() {
        Some("TimeoutError" | "AbortError") => FetchFailure::Timeout(TIMEOUT_SECS),
        _ => FetchFailure::Network(js_message(&e)),
    }
}

async fn fetch_body(url: &str, signal: &web_sys::AbortSignal) -> Result<String, FetchFailure> {
    let response = Request::get(url)
        .cache(RequestCache::NoCache)
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(network)?;
    read(response).await
}

async fn read(response: gloo_net::http::Response) -> Result<String, FetchFailure> {
    match response.status() {
        200..=299 => response.text().await.map_err(network),
        404 | 410 => Err(FetchFailure::NotFound),
        status => Err(FetchFailure::Http(status)),
    }
}

fn network(e: gloo_net::Error) -> FetchFailure {
    FetchFailure::Network(match e {
        gloo_net::Error::JsError(js) => js.message,
        other => other.to_string(),
    })
}

fn js_message(v: &wasm_bindgen::JsValue) -> String {
    v.as_string()
        .or_else(|| {
            v.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// The FAQ: `config.json`'s `faq_url` (relative to it), else the built-in
/// `faq.json` next to it.
pub async fn load_faq(config_url: &str, faq_url: Option<&str>) -> Result<String, FetchFailure> {
    get_text(&resolve(faq_url.unwrap_or("faq.json"), config_url)?).await
}
