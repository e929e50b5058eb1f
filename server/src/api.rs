//! `POST /api/subscriptions` and `GET /api/subscriptions/confirm` (double
//! opt-in), and `POST /api/feedback` (feedback on a FAQ entry).

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::faults::{Fault, SLOW};
use crate::store::{Confirmed, Fresh, Outcome, Recorded, Store};
use crate::{lock, validate, AppState};

pub const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// Set on an answer that repeats the first answer given under its key.
pub const IDEMPOTENT_REPLAYED: &str = "idempotent-replayed";

/// The body of a new or still pending subscription's answer.
pub const PENDING_BODY: &str = r#"{"status":"pending_confirmation"}"#;
/// The body of accepted feedback's answer.
pub const FEEDBACK_BODY: &str = r#"{"status":"received"}"#;

pub const SUBSCRIPTIONS_PATH: &str = "/api/subscriptions";
pub const FEEDBACK_PATH: &str = "/api/feedback";

/// `{"error": {"code", "message", "field"}}`.
pub fn error_body(code: &str, message: &str, field: Option<&str>) -> String {
    json!({ "error": { "code": code, "message": message, "field": field } }).to_string()
}

pub fn json_response(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

pub fn error(status: StatusCode, code: &str, message: &str, field: Option<&str>) -> Response {
    json_response(status, error_body(code, message, field))
}

fn too_many(retry_after: u64) -> Response {
    let when = if retry_after < 120 {
        format!("{retry_after} seconds")
    } else {
        format!("{} minutes", retry_after.div_ceil(60))
    };
    let mut response = error(
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        &format!("Too many attempts. Try again in {when}."),
        None,
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    response
}

fn unavailable() -> Response {
    error(
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "The service is busy. Please try again.",
        None,
    )
}

pub(crate) fn internal(what: &str) -> Response {
    eprintln!("feed-server: error: {what}");
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "Something went wrong on our side. Please try again.",
        None,
    )
}

/// One line of `GET /__test/requests`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RequestLog {
    pub seq: u64,
    /// `/api/subscriptions` or `/api/feedback`.
    pub path: &'static str,
    /// The `Idempotency-Key` header as sent (null when absent).
    pub idempotency_key: Option<String>,
    /// The status answered, null while in flight or when the connection was dropped.
    pub status: Option<u16>,
    pub fault: Option<&'static str>,
    pub replayed: bool,
}

/// `POST /api/subscriptions`: faults first, then the request itself.
pub async fn subscribe(State(st): State<Arc<AppState>>, req: Request) -> Response {
    with_faults(&st, SUBSCRIPTIONS_PATH, req, handle).await
}

/// `POST /api/feedback`: faults first, then the request itself.
pub async fn feedback(State(st): State<Arc<AppState>>, req: Request) -> Response {
    with_faults(&st, FEEDBACK_PATH, req, handle_feedback).await
}

/// Every POST goes through the injected faults (the same settings and
/// counts for both endpoints), and is logged.
async fn with_faults<'a, F, Fut>(
    st: &'a AppState,
    path: &'static str,
    req: Request,
    handler: F,
) -> Response
where
    F: FnOnce(&'a AppState, Request) -> Fut,
    Fut: std::future::Future<Output = Response> + 'a,
{
    let sent_key = req
        .headers()
        .get(IDEMPOTENCY_KEY)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let (fault, delay) = lock(&st.faults).next_post();
    let seq = st.log_request(path, sent_key.clone(), fault);

    let mut response = match fault {
        Fault::Unavailable => unavailable(),
        Fault::TooMany { retry_after } => too_many(retry_after),
        Fault::None | Fault::Slow | Fault::Drop => handler(st, req).await,
    };
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    if fault == Fault::Slow {
        tokio::time::sleep(SLOW).await;
    }
    let status = response.status().as_u16();
    let replayed = response.headers().contains_key(IDEMPOTENT_REPLAYED);
    eprintln!(
        "feed-server: POST {path} {status}{}{} key={}",
        fault
            .name()
            .map(|f| format!(" fault={f}"))
            .unwrap_or_default(),
        if replayed { " replayed" } else { "" },
        sent_key.as_deref().unwrap_or("-"),
    );
    if fault == Fault::Drop {
        response = dropped();
        st.finish_request(seq, None, false);
    } else {
        st.finish_request(seq, Some(status), replayed);
    }
    response
}

/// A response whose body fails at once: hyper closes the connection and the
/// client gets no answer.
fn dropped() -> Response {
    Response::new(Body::new(BrokenBody))
}

struct BrokenBody;

impl http_body::Body for BrokenBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        std::task::Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "connection dropped by --fault-rate",
        ))))
    }
}

/// A JSON POST with a valid `Idempotency-Key`, read whole.
struct JsonPost {
    key: String,
    /// [`request_hash`] of the body.
    hash: String,
    fields: Map<String, Value>,
    /// The TCP peer's address, for the per-IP limits.
    ip: String,
}

/// The checks every POST shares: JSON content type (415), a UUID
/// `Idempotency-Key` (400), the body limit (413), a JSON object (400).
/// `what` names the body in the 415's message.
async fn read_json_post(req: Request, what: &str) -> Result<JsonPost, Response> {
    let (parts, body) = req.into_parts();
    if !is_json(&parts.headers) {
        return Err(error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            &format!("Send the {what} as JSON (Content-Type: application/json)."),
            None,
        ));
    }
    let key = idempotency_key(&parts.headers)
        .map_err(|(code, message)| error(StatusCode::BAD_REQUEST, code, message, None))?;
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(e) if too_large(&e) => return Err(payload_too_large()),
        Err(_) => {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "bad_request",
                "The request body could not be read.",
                None,
            ))
        }
    };
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
        error(
            StatusCode::BAD_REQUEST,
            "bad_request",
            &format!("The body is not valid JSON ({e})."),
            None,
        )
    })?;
    let hash = request_hash(&value);
    let Value::Object(fields) = value else {
        return Err(error(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "The body must be a JSON object.",
            None,
        ));
    };
    let ip = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());
    Ok(JsonPost {
        key,
        hash,
        fields,
        ip,
    })
}

/// A key seen before answers as it did then (or 422 when the body differs),
/// and counts against no limit; `None` for a new key.
async fn seen_before(st: &AppState, key: &str, hash: &str) -> Option<Response> {
    let seen = {
        let key = key.to_owned();
        st.with_store(move |s| s.recorded(&key)).await
    };
    match seen {
        Err(response) => Some(response),
        Ok(Some(recorded)) => Some(replay_or_reused(recorded, hash)),
        Ok(None) => None,
    }
}

async fn handle(st: &AppState, req: Request) -> Response {
    let post = match read_json_post(req, "subscription").await {
        Ok(post) => post,
        Err(response) => return response,
    };
    let JsonPost {
        key,
        hash,
        fields,
        ip,
    } = post;
    if let Some(response) = seen_before(st, &key, &hash).await {
        return response;
    }
    if let Err(wait) = lock(&st.per_ip).check(&ip, &key, Instant::now()) {
        return too_many(wait);
    }

    let needs_feed =
        matches!(fields.get("regions"), Some(Value::Array(items)) if !items.is_empty());
    let known = if needs_feed {
        match feed_regions(&st.feed).await {
            Ok(known) => known,
            Err(e) => {
                eprintln!("feed-server: error: the feed {}: {e}", st.feed.display());
                return error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "feed_unavailable",
                    "The list of regions cannot be read right now. Please try again.",
                    None,
                );
            }
        }
    } else {
        BTreeSet::new()
    };
    let sub = match validate::subscription(&fields, || known) {
        Ok(sub) => sub,
        Err(e) => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                e.code,
                &e.message,
                Some(e.field),
            )
        }
    };
    if let Err(wait) = lock(&st.per_address).check(&sub.email, &key, Instant::now()) {
        return too_many(wait);
    }

    let email = sub.email.clone();
    let outcome = st
        .with_store(move |s| s.subscribe(&key, &hash, &sub, fresh_answer, new_token))
        .await;
    match outcome {
        Err(response) => response,
        Ok(Outcome::Replay(recorded)) => replay(recorded),
        Ok(Outcome::KeyReused) => key_reused(),
        Ok(Outcome::Answered {
            status,
            body,
            link_token,
        }) => {
            if let Some(token) = link_token {
                // The confirmation mail is queued; this line stays (tests read it).
                eprintln!(
                    "feed-server: confirmation link for {email}: {}/api/subscriptions/confirm?token={token}",
                    st.public_url
                );
                st.mailer.wake.notify_waiters();
            }
            json_response(
                StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                body,
            )
        }
    }
}

/// `POST /api/feedback`: `{"entry", "helpful", "comment", "locale"}`, with
/// the subscription endpoint's habits (JSON, `Idempotency-Key`, the body
/// limit, a per-IP limit, 422 naming the field); 202 `{"status":"received"}`.
async fn handle_feedback(st: &AppState, req: Request) -> Response {
    let post = match read_json_post(req, "feedback").await {
        Ok(post) => post,
        Err(response) => return response,
    };
    let key = post.key.clone();
    // Namespaced: a key first used for a subscription is "reused" here.
    let hash = format!("feedback:{}", post.hash);
    if let Some(response) = seen_before(st, &key, &hash).await {
        return response;
    }
    if let Err(wait) = lock(&st.feedback_per_ip).check(&post.ip, &key, Instant::now()) {
        return too_many(wait);
    }
    let fb = match validate::feedback(&post.fields) {
        Ok(fb) => fb,
        Err(e) => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                e.code,
                &e.message,
                Some(e.field),
            )
        }
    };
    let outcome = st
        .with_store(move |s| s.feedback(&key, &hash, &fb, (202, FEEDBACK_BODY.to_owned())))
        .await;
    match outcome {
        Err(response) => response,
        Ok(Outcome::Replay(recorded)) => replay(recorded),
        Ok(Outcome::KeyReused) => key_reused(),
        Ok(Outcome::Answered { status, body, .. }) => json_response(
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            body,
        ),
    }
}

fn fresh_answer(fresh: Fresh) -> (u16, String) {
    match fresh {
        Fresh::Pending => (202, PENDING_BODY.to_owned()),
        Fresh::AlreadySubscribed => (
            409,
            error_body(
                "already_subscribed",
                "This address is already subscribed.",
                Some("email"),
            ),
        ),
    }
}

/// 256 random bits from the OS (two v4 UUIDs: 244 of them random), as hex.
fn new_token() -> String {
    format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple())
}

fn replay_or_reused(recorded: Recorded, hash: &str) -> Response {
    if recorded.request_hash == hash {
        replay(recorded)
    } else {
        key_reused()
    }
}

fn replay(recorded: Recorded) -> Response {
    let mut response = json_response(
        StatusCode::from_u16(recorded.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        recorded.body,
    );
    response
        .headers_mut()
        .insert(IDEMPOTENT_REPLAYED, HeaderValue::from_static("true"));
    response
}

fn key_reused() -> Response {
    error(
        StatusCode::UNPROCESSABLE_ENTITY,
        "idempotency_key_reused",
        "This Idempotency-Key was already used for a different request; send a new key with a new submission.",
        None,
    )
}

pub fn payload_too_large() -> Response {
    error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        &format!(
            "The request body is larger than {} KiB.",
            crate::BODY_LIMIT / 1024
        ),
        None,
    )
}

fn too_large(e: &axum::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cause {
        if err.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        cause = err.source();
    }
    false
}

/// `application/json`, with or without parameters such as `charset`.
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// The key as a lower-case hyphenated UUID, or the error's code and message.
fn idempotency_key(headers: &HeaderMap) -> Result<String, (&'static str, &'static str)> {
    let Some(value) = headers.get(IDEMPOTENCY_KEY) else {
        return Err((
            "idempotency_key_missing",
            "The Idempotency-Key header (a UUID) is required.",
        ));
    };
    value
        .to_str()
        .ok()
        .and_then(|s| Uuid::try_parse(s.trim()).ok())
        .map(|uuid| uuid.hyphenated().to_string())
        .ok_or((
            "idempotency_key_invalid",
            "The Idempotency-Key header must be a UUID.",
        ))
}

/// SHA-256 of the body's canonical JSON (object keys sorted, no blanks), so
/// that the same request with other spacing or key order is the same request.
pub fn request_hash(value: &Value) -> String {
    let mut canonical = String::new();
    write_canonical(value, &mut canonical);
    Sha256::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(v, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(v, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// The region ids of the served feed, read now (the feed may change while we run).
async fn feed_regions(feed: &Path) -> Result<BTreeSet<String>, String> {
    let text = tokio::fs::read_to_string(feed)
        .await
        .map_err(|e| e.to_string())?;
    let feed = maintenance_window::domain::feed::parse_feed(&text).map_err(|e| e.to_string())?;
    Ok(feed
        .regions
        .iter()
        .map(|r| r.id.as_str().to_owned())
        .collect())
}

#[derive(Debug, Deserialize)]
pub struct ConfirmQuery {
    token: Option<String>,
}

/// `GET /api/subscriptions/confirm?token=…`: a small HTML page.
pub async fn confirm(State(st): State<Arc<AppState>>, Query(q): Query<ConfirmQuery>) -> Response {
    let token = q.token.unwrap_or_default();
    let token = token.trim().to_owned();
    let found = if token.is_empty() {
        Ok(None)
    } else {
        st.with_store(move |s: &mut Store| s.confirm(&token)).await
    };
    match found {
        Err(response) => response,
        Ok(None) => page(
            StatusCode::NOT_FOUND,
            "Link not valid",
            "This confirmation link is not valid. Please subscribe again.",
        ),
        Ok(Some(Confirmed::Now(email))) => {
            eprintln!("feed-server: confirmed {email}");
            page(
                StatusCode::OK,
                "Subscription confirmed",
                &format!("{email} will be told about upcoming maintenance windows."),
            )
        }
        Ok(Some(Confirmed::Already(email))) => page(
            StatusCode::OK,
            "Already confirmed",
            &format!("{email} is already subscribed."),
        ),
    }
}

fn page(status: StatusCode, title: &str, text: &str) -> Response {
    let html = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head>\n<body><main><h1>{title}</h1><p>{}</p>\
         <p><a href=\"/\">Maintenance windows</a></p></main></body></html>\n",
        crate::mail::escape(text),
        title = crate::mail::escape(title),
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        html,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_hash_ignores_spacing_and_key_order() {
        let a: Value =
            serde_json::from_str(r#"{"b": [1, {"y": 2, "x": "é"}], "a": null}"#).expect("json");
        let b: Value = serde_json::from_str(r#"{"a":null,"b":[1,{"x":"é","y":2}]}"#).expect("json");
        let c: Value = serde_json::from_str(r#"{"a":null,"b":[{"x":"é","y":2},1]}"#).expect("json");
        assert_eq!(request_hash(&a), request_hash(&b));
        assert_ne!(request_hash(&a), request_hash(&c), "array order matters");
        assert_eq!(request_hash(&a).len(), 64);
    }

    #[test]
    fn keys_are_uuids() {
        let mut h = HeaderMap::new();
        assert!(idempotency_key(&h).is_err());
        h.insert(
            IDEMPOTENCY_KEY,
            HeaderValue::from_static("6F9619FF-8B86-D011-B42D-00CF4FC964FF"),
        );
        assert_eq!(
            idempotency_key(&h).ok().as_deref(),
            Some("6f9619ff-8b86-d011-b42d-00cf4fc964ff")
        );
        h.insert(IDEMPOTENCY_KEY, HeaderValue::from_static("not-a-uuid"));
        assert!(idempotency_key(&h).is_err());
    }

    #[test]
    fn json_content_types() {
        let mut h = HeaderMap::new();
        assert!(!is_json(&h));
        for (ct, ok) in [
            ("application/json", true),
            ("Application/JSON; charset=utf-8", true),
            ("text/plain", false),
            ("application/x-www-form-urlencoded", false),
            ("application/jsonp", false),
        ] {
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
            assert_eq!(is_json(&h), ok, "{ct}");
        }
    }

    #[test]
    fn pages_escape_text() {
        assert_eq!(
            crate::mail::escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
