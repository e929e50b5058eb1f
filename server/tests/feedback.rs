//! `POST /api/feedback`, with the router called in-process: accepted and
//! stored, each field's 422, idempotency, 400/413/415, the per-IP limit,
//! CORS, faults, and persistence across a restart.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::Router;
use common::*;
use serde_json::{json, Value};

const CONTROL: &[&str] = &["--test-control"];

async fn post_feedback(app: &Router, key: &str, body: &str) -> Answer {
    post_feedback_from(app, key, body, "127.0.0.1").await
}

async fn post_feedback_from(app: &Router, key: &str, body: &str, ip: &str) -> Answer {
    let addr: SocketAddr = format!("{ip}:50000").parse().expect("ip");
    let req = Request::post("/api/feedback")
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .extension(ConnectInfo(addr))
        .body(Body::from(body.to_owned()))
        .expect("request");
    send(app, req).await
}

async fn stored(app: &Router) -> Vec<Value> {
    let answer = get(app, "/__test/feedback").await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.json().as_array().cloned().expect("an array")
}

fn good() -> Value {
    json!({
        "entry": "faq-downtime",
        "helpful": false,
        "comment": "  Which services go down?  ",
        "locale": "en_GB",
    })
}

#[tokio::test]
async fn feedback_is_accepted_and_stored() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let answer = post_feedback(&app, &uuid(), &good().to_string()).await;
    assert_eq!(answer.status, StatusCode::ACCEPTED, "{}", answer.text());
    assert_eq!(answer.text(), r#"{"status":"received"}"#);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    let minimal = post_feedback(
        &app,
        &uuid(),
        r#"{"entry": "what-is-a-window", "helpful": true}"#,
    )
    .await;
    assert_eq!(minimal.status, StatusCode::ACCEPTED);

    let rows = stored(&app).await;
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["entry"], "faq-downtime");
    assert_eq!(rows[0]["helpful"], false);
    assert_eq!(rows[0]["comment"], "Which services go down?", "trimmed");
    assert_eq!(rows[0]["locale"], "en-GB");
    assert!(rows[0]["created_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
    assert_eq!(
        (&rows[1]["helpful"], &rows[1]["comment"], &rows[1]["locale"]),
        (&json!(true), &Value::Null, &Value::Null)
    );

    // The subscriptions stay apart.
    assert!(common::rows(&app).await.is_empty());
    // Reset forgets feedback too.
    let reset = send(
        &app,
        Request::post("/__test/reset")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(reset.status, StatusCode::NO_CONTENT);
    assert!(stored(&app).await.is_empty());
}

#[tokio::test]
async fn each_field_is_validated_with_a_422_naming_it() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let with = |field: &str, value: Value| {
        let mut b = good();
        b[field] = value;
        b.to_string()
    };
    let without = |field: &str| {
        let mut b = good();
        b.as_object_mut().map(|o| o.remove(field));
        b.to_string()
    };
    let cases = [
        (
            with("entry", json!("FAQ-Downtime")),
            "entry",
            "invalid_entry",
        ),
        (with("entry", json!("")), "entry", "invalid_entry"),
        (
            with("entry", json!("faq_downtime")),
            "entry",
            "invalid_entry",
        ),
        (
            with("entry", json!("a".repeat(65))),
            "entry",
            "invalid_entry",
        ),
        (with("entry", json!(["faq"])), "entry", "invalid_entry"),
        (without("entry"), "entry", "missing_entry"),
        (
            with("helpful", json!("false")),
            "helpful",
            "invalid_helpful",
        ),
        (with("helpful", json!(1)), "helpful", "invalid_helpful"),
        (without("helpful"), "helpful", "missing_helpful"),
        (
            with("comment", json!("x".repeat(501))),
            "comment",
            "comment_too_long",
        ),
        (with("comment", json!(42)), "comment", "invalid_comment"),
        (with("locale", json!("en GB")), "locale", "invalid_locale"),
        (
            with("locale", json!("x".repeat(36))),
            "locale",
            "invalid_locale",
        ),
    ];
    for (body, field, code) in &cases {
        let answer = post_feedback(&app, &uuid(), body).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(answer.error(), (code.to_string(), json!(field)), "{body}");
    }
    assert!(stored(&app).await.is_empty(), "nothing stored");

    // The limits themselves are fine: 64 characters of id, 500 of comment
    // (characters, not bytes).
    let longest = json!({"entry": "a".repeat(64), "helpful": true, "comment": "ü".repeat(500)});
    let answer = post_feedback(&app, &uuid(), &longest.to_string()).await;
    assert_eq!(answer.status, StatusCode::ACCEPTED, "{}", answer.text());
}

#[tokio::test]
async fn the_same_key_gets_the_first_answer_and_stores_once() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let key = uuid();
    let body = good().to_string();
    let first = post_feedback(&app, &key, &body).await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    assert_eq!(first.header("idempotent-replayed"), None);
    // The same body with other spacing and key order is the same request.
    let reordered = r#"{"locale":"en_GB","comment":"  Which services go down?  ","helpful":false,"entry":"faq-downtime"}"#;
    let again = post_feedback(&app, &key.to_uppercase(), reordered).await;
    assert_eq!(again.status, StatusCode::ACCEPTED);
    assert_eq!(again.text(), first.text());
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(stored(&app).await.len(), 1);

    let other = post_feedback(
        &app,
        &key,
        &json!({"entry": "x", "helpful": true}).to_string(),
    )
    .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other.error().0, "idempotency_key_reused");

    // A key already used for a subscription is not reused for feedback.
    let sub_key = uuid();
    let sub = post(&app, &sub_key, &body_of_subscription()).await;
    assert_eq!(sub.status, StatusCode::ACCEPTED);
    let clash = post_feedback(&app, &sub_key, &body).await;
    assert_eq!(clash.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(clash.error().0, "idempotency_key_reused");
    assert_eq!(stored(&app).await.len(), 1);
}

fn body_of_subscription() -> String {
    body("ops@example.com", &[])
}

#[tokio::test]
async fn bad_requests_are_400_413_415() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let raw = |content_type: Option<&str>, key: Option<&str>, body: Vec<u8>| {
        let mut req = Request::post("/api/feedback");
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        if let Some(k) = key {
            req = req.header("idempotency-key", k);
        }
        let addr: SocketAddr = "127.0.0.1:50000".parse().expect("addr");
        req.extension(ConnectInfo(addr))
            .body(Body::from(body))
            .expect("request")
    };
    let key = uuid();
    let body = good().to_string().into_bytes();
    let cases = [
        (
            raw(Some("text/plain"), Some(&key), body.clone()),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            raw(Some("application/json"), None, body.clone()),
            StatusCode::BAD_REQUEST,
            "idempotency_key_missing",
        ),
        (
            raw(Some("application/json"), Some("nope"), body.clone()),
            StatusCode::BAD_REQUEST,
            "idempotency_key_invalid",
        ),
        (
            raw(Some("application/json"), Some(&key), b"{not json".to_vec()),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            raw(Some("application/json"), Some(&key), b"[1]".to_vec()),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            raw(Some("application/json"), Some(&key), vec![b' '; 17 * 1024]),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
    ];
    for (req, status, code) in cases {
        let answer = send(&app, req).await;
        assert_eq!(answer.status, status, "{code}: {}", answer.text());
        assert_eq!(answer.error(), (code.to_owned(), Value::Null));
    }
    assert!(stored(&app).await.is_empty());
    // None of them used up the key.
    let ok = post_feedback(&app, &key, &good().to_string()).await;
    assert_eq!(ok.status, StatusCode::ACCEPTED);
}

#[tokio::test]
async fn the_per_ip_limit_is_its_own_and_answers_429_with_retry_after() {
    let site = Site::new();
    let app = site.router(&["--test-control", "--rate-per-ip", "2/600"]);
    for _ in 0..2 {
        let ok = post_feedback_from(&app, &uuid(), &good().to_string(), "10.0.0.1").await;
        assert_eq!(ok.status, StatusCode::ACCEPTED);
    }
    let limited = post_feedback_from(&app, &uuid(), &good().to_string(), "10.0.0.1").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.error().0, "rate_limited");
    let wait: u64 = limited
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After seconds");
    assert!((1..=600).contains(&wait), "{wait}");
    // Another address, and subscriptions from this one, are not limited by it.
    let other = post_feedback_from(&app, &uuid(), &good().to_string(), "10.0.0.2").await;
    assert_eq!(other.status, StatusCode::ACCEPTED);
    let sub = post_from(&app, &uuid(), &body_of_subscription(), "10.0.0.1").await;
    assert_eq!(sub.status, StatusCode::ACCEPTED);
    assert_eq!(stored(&app).await.len(), 3);
}

#[tokio::test]
async fn cors_faults_and_the_request_log() {
    let site = Site::new();
    let app = site.router(&[
        "--test-control",
        "--allow-origin",
        "https://status.example.com",
        "--fail-first",
        "1",
    ]);
    let preflight = send(
        &app,
        Request::options("/api/feedback")
            .header("origin", "https://status.example.com")
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type, idempotency-key",
            )
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert!(preflight.status.is_success());
    assert_eq!(
        preflight.header("access-control-allow-origin"),
        Some("https://status.example.com")
    );
    let allowed_headers = preflight
        .header("access-control-allow-headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        allowed_headers.contains("idempotency-key"),
        "{allowed_headers}"
    );

    // --fail-first applies to every POST: a 503, then the same key succeeds.
    let key = uuid();
    let first = post_feedback(&app, &key, &good().to_string()).await;
    assert_eq!(first.status, StatusCode::SERVICE_UNAVAILABLE);
    let retry = post_feedback(&app, &key, &good().to_string()).await;
    assert_eq!(retry.status, StatusCode::ACCEPTED);
    let log = get(&app, "/__test/requests").await.json();
    let seen: Vec<(Value, Value)> = log
        .as_array()
        .expect("array")
        .iter()
        .map(|r| (r["path"].clone(), r["status"].clone()))
        .collect();
    assert_eq!(
        seen,
        [
            (json!("/api/feedback"), json!(503)),
            (json!("/api/feedback"), json!(202))
        ]
    );
}

#[tokio::test]
async fn feedback_survives_a_restart() {
    let site = Site::new();
    let key = uuid();
    {
        let app = site.router(CONTROL);
        let answer = post_feedback(&app, &key, &good().to_string()).await;
        assert_eq!(answer.status, StatusCode::ACCEPTED);
    }
    let app = site.router(CONTROL);
    assert_eq!(stored(&app).await.len(), 1);
    let replay = post_feedback(&app, &key, &good().to_string()).await;
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(stored(&app).await.len(), 1);
}
