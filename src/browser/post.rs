//! One POST of JSON with an idempotency key, as the subscription form and
//! the FAQ feedback send it: one attempt with a timeout, reported as an
//! [`Outcome`]; a fresh key; and waiting between attempts. Whether and when
//! to try again is the core's (`domain::retry`).

use std::time::Duration;

use gloo_net::http::Request;
use wasm_bindgen::JsValue;

use crate::browser::http::Deadline;
use crate::domain::retry::{IdempotencyKey, Outcome};

/// A fresh key: `crypto.randomUUID()`, or where that is missing (pages
/// served over plain http from another host are not a secure context)
/// 16 bytes of `crypto.getRandomValues()`. Without any crypto at all, the
/// clock and `Math.random()` (a key only needs to be unique, not secret).
pub fn new_key() -> IdempotencyKey {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if let Some(crypto) = &crypto {
        let has_uuid =
            js_sys::Reflect::has(crypto, &JsValue::from_str("randomUUID")).unwrap_or(false);
        if has_uuid {
            if let Ok(key) = IdempotencyKey::parse(&crypto.random_uuid()) {
                return key;
            }
        }
    }
    let mut bytes = [0u8; 16];
    let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        let seed = js_sys::Date::now().to_bits().to_le_bytes();
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = seed[i % 8] ^ (js_sys::Math::random() * 256.0) as u8;
        }
    }
    IdempotencyKey::from_random_bytes(bytes)
}

/// One POST of `body` to `url` with the key, abandoned (aborted) after
/// [`TIMEOUT_SECS`](crate::browser::http::TIMEOUT_SECS). Never fails: every way it can go is an [`Outcome`].
pub async fn post(url: &str, key: &IdempotencyKey, body: &str) -> Outcome {
    let deadline = match Deadline::start() {
        Ok(d) => d,
        Err(e) => return Outcome::Network(e),
    };
    match send(url, key, body, deadline.signal()).await {
        Outcome::Network(_) if deadline.passed() => Outcome::Timeout,
        other => other,
    }
}

async fn send(
    url: &str,
    key: &IdempotencyKey,
    body: &str,
    signal: &web_sys::AbortSignal,
) -> Outcome {
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Idempotency-Key", key.as_str())
        .abort_signal(Some(signal))
        .body(body);
    let request = match request {
        Ok(r) => r,
        Err(e) => return Outcome::Network(message(e)),
    };
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) => return Outcome::Network(message(e)),
    };
    let status = response.status();
    let retry_after = response.headers().get("Retry-After");
    match response.text().await {
        Ok(body) => Outcome::Answer {
            status,
            retry_after,
            body,
        },
        // The connection broke while the body was coming.
        Err(e) => Outcome::Network(message(e)),
    }
}

fn message(e: gloo_net::Error) -> String {
    match e {
        gloo_net::Error::JsError(js) => js.message,
        other => other.to_string(),
    }
}

/// Resolves after `delay` (a `setTimeout`).
pub async fn sleep(delay: Duration) {
    let ms = i32::try_from(delay.as_millis()).unwrap_or(i32::MAX);
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().map(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok()
        });
        if scheduled != Some(true) {
            // No timer: go on at once rather than hang the form.
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
