//! The router called in-process (tower's `oneshot`): the subscription API,
//! test control, CORS and static files.

mod common;

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use serde_json::{json, Value};

const CONTROL: &[&str] = &["--test-control"];

#[tokio::test]
async fn a_new_address_is_pending_and_stored_normalised() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let answer = post(
        &app,
        &uuid(),
        r#"{"email": "  Ops.Team@Example.COM ", "regions": ["us-east", "eu-central", "us-east"],
            "time_zone": "Asia/Calcutta", "locale": "en-GB"}"#,
    )
    .await;
    assert_eq!(answer.status, StatusCode::ACCEPTED);
    assert_eq!(answer.text(), r#"{"status":"pending_confirmation"}"#);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    let rows = rows(&app).await;
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(
        row["email"], "Ops.Team@example.com",
        "trimmed, domain lower-cased"
    );
    assert_eq!(row["regions"], json!(["eu-central", "us-east"]));
    assert_eq!(row["time_zone"], "Asia/Kolkata");
    assert_eq!(row["locale"], "en-GB");
    assert_eq!(row["status"], "pending_confirmation");
    assert_eq!(row["token"].as_str().map(str::len), Some(64));
    assert_eq!(row["confirmed_at"], Value::Null);
}

#[tokio::test]
async fn international_addresses_are_accepted() {
    let site = Site::new();
    let app = site.router(CONTROL);
    for email in ["用户@例子.广告", "josé@example.com", "Ünsal+tag@Bücher.DE"] {
        let answer = post(&app, &uuid(), &body(email, &[])).await;
        assert_eq!(
            answer.status,
            StatusCode::ACCEPTED,
            "{email}: {}",
            answer.text()
        );
    }
    let stored: Vec<Value> = rows(&app)
        .await
        .into_iter()
        .map(|r| r["email"].clone())
        .collect();
    assert_eq!(
        stored,
        [
            json!("用户@例子.广告"),
            json!("josé@example.com"),
            json!("Ünsal+tag@bücher.de")
        ]
    );
}

#[tokio::test]
async fn each_field_is_validated_with_a_422_naming_it() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let ok = json!({"email": "ops@example.com", "regions": ["us-east"], "time_zone": "Europe/Berlin", "locale": "de-DE"});
    let with = |field: &str, value: Value| {
        let mut b = ok.clone();
        b[field] = value;
        b.to_string()
    };
    let without = |field: &str| {
        let mut b = ok.clone();
        b.as_object_mut().map(|o| o.remove(field));
        b.to_string()
    };
    let long = format!("{}@{}.com", "a".repeat(64), "b".repeat(190));
    let cases: Vec<(String, &str, &str)> = vec![
        (with("email", json!("a@")), "email", "invalid_email"),
        (with("email", json!("no-at")), "email", "invalid_email"),
        (with("email", json!("a@b@c")), "email", "invalid_email"),
        (with("email", json!("a@b@c.com")), "email", "invalid_email"),
        (
            with("email", json!("Name <a@example.com>")),
            "email",
            "invalid_email",
        ),
        (with("email", json!(42)), "email", "invalid_email"),
        (with("email", json!("   ")), "email", "missing_email"),
        (without("email"), "email", "missing_email"),
        (with("email", json!(long)), "email", "email_too_long"),
        (
            with("regions", json!(["us-east", "mars"])),
            "regions",
            "unknown_region",
        ),
        (
            with("regions", json!("us-east")),
            "regions",
            "invalid_regions",
        ),
        (with("regions", json!([1])), "regions", "invalid_regions"),
        (
            with("time_zone", json!("Mars/Olympus_Mons")),
            "time_zone",
            "unknown_time_zone",
        ),
        (
            with("time_zone", json!("")),
            "time_zone",
            "missing_time_zone",
        ),
        (without("time_zone"), "time_zone", "missing_time_zone"),
        (with("locale", json!("")), "locale", "invalid_locale"),
        (
            with("locale", json!("x".repeat(36))),
            "locale",
            "invalid_locale",
        ),
        (with("locale", json!("en GB")), "locale", "invalid_locale"),
        (without("locale"), "locale", "invalid_locale"),
    ];
    for (body, field, code) in &cases {
        let answer = post(&app, &uuid(), body).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(answer.error(), (code.to_string(), json!(field)), "{body}");
    }
    assert!(rows(&app).await.is_empty(), "nothing stored");
    // The same body with every field valid, and regions left out or empty (= all).
    for body in [
        ok.to_string(),
        without("regions"),
        with("regions", json!([])),
    ] {
        let answer = post(&app, &uuid(), &body).await;
        assert_eq!(answer.status, StatusCode::ACCEPTED, "{body}");
    }
    assert_eq!(
        rows(&app).await[0]["regions"],
        json!([]),
        "last write: all regions"
    );
}

#[tokio::test]
async fn regions_come_from_the_feed_as_it_is_now() {
    let site = Site::new();
    // The sample feed of the app.
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/feed.json");
    std::fs::copy(sample, site.path("feed.json")).expect("copy the sample feed");
    let app = site.router(&[]);
    let ok = post(
        &app,
        &uuid(),
        &body("a@example.com", &["ap-south", "us-west"]),
    )
    .await;
    assert_eq!(ok.status, StatusCode::ACCEPTED, "{}", ok.text());
    let bad = post(&app, &uuid(), &body("b@example.com", &["moon-base"])).await;
    assert_eq!(bad.error(), ("unknown_region".into(), json!("regions")));

    // The feed file is read at request time.
    std::fs::write(site.path("feed.json"), common::FEED).expect("write feed");
    let before = post(&app, &uuid(), &body("c@example.com", &["ap-east"])).await;
    assert_eq!(before.status, StatusCode::UNPROCESSABLE_ENTITY);
    let feed = common::FEED.replace("\"eu-central\"", "\"ap-east\"");
    std::fs::write(site.path("feed.json"), feed).expect("rewrite feed");
    let after = post(&app, &uuid(), &body("c@example.com", &["ap-east"])).await;
    assert_eq!(after.status, StatusCode::ACCEPTED, "{}", after.text());

    // A broken feed is the server's problem (5xx, retried), not the visitor's.
    std::fs::write(site.path("feed.json"), "{ nope").expect("break feed");
    let broken = post(&app, &uuid(), &body("d@example.com", &["us-east"])).await;
    assert_eq!(broken.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(broken.error(), ("feed_unavailable".into(), Value::Null));
}

#[tokio::test]
async fn malformed_bodies_are_400_with_no_field() {
    let site = Site::new();
    let app = site.router(CONTROL);
    for body in ["{", "", "not json", "[]", "\"ops@example.com\"", "null"] {
        let answer = post(&app, &uuid(), body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{body:?}");
        assert_eq!(
            answer.error(),
            ("bad_request".into(), Value::Null),
            "{body:?}"
        );
    }
    assert!(rows(&app).await.is_empty());
}

#[tokio::test]
async fn the_idempotency_key_is_required_and_a_uuid() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let no_key = Request::post("/api/subscriptions")
        .header("content-type", "application/json")
        .body(Body::from(body("a@example.com", &[])))
        .expect("request");
    let answer = send(&app, no_key).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        answer.error(),
        ("idempotency_key_missing".into(), Value::Null)
    );
    for key in [
        "",
        "123",
        "not-a-uuid-at-all",
        "6f9619ff-8b86-d011-b42d-00cf4fc964fg",
    ] {
        let answer = post(&app, key, &body("a@example.com", &[])).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{key:?}");
        assert_eq!(
            answer.error(),
            ("idempotency_key_invalid".into(), Value::Null)
        );
    }
    assert!(rows(&app).await.is_empty());
}

#[tokio::test]
async fn other_content_types_are_415() {
    let site = Site::new();
    let app = site.router(CONTROL);
    for content_type in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
    ] {
        let mut req = Request::post("/api/subscriptions").header("idempotency-key", uuid());
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        let answer = send(
            &app,
            req.body(Body::from(body("a@example.com", &[])))
                .expect("request"),
        )
        .await;
        assert_eq!(
            answer.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        assert_eq!(answer.error().0, "unsupported_media_type");
    }
    let charset = Request::post("/api/subscriptions")
        .header("idempotency-key", uuid())
        .header("content-type", "application/json; charset=utf-8")
        .body(Body::from(body("a@example.com", &[])))
        .expect("request");
    assert_eq!(send(&app, charset).await.status, StatusCode::ACCEPTED);
    assert_eq!(rows(&app).await.len(), 1);
}

#[tokio::test]
async fn bodies_over_16_kib_are_413() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let padded = |n: usize| {
        json!({"email": "a@example.com", "regions": [], "time_zone": "UTC", "locale": "en", "pad": "x".repeat(n)})
            .to_string()
    };
    let big = padded(17 * 1024);
    // With a Content-Length (refused before reading) ...
    let with_length = Request::post("/api/subscriptions")
        .header("content-type", "application/json")
        .header("idempotency-key", uuid())
        .header("content-length", big.len())
        .body(Body::from(big.clone()))
        .expect("request");
    let answer = send(&app, with_length).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.error(), ("payload_too_large".into(), Value::Null));
    // ... and streamed without one (refused while reading).
    let chunks = big
        .as_bytes()
        .chunks(1000)
        .map(axum::body::Bytes::copy_from_slice)
        .collect();
    let streamed = Request::post("/api/subscriptions")
        .header("content-type", "application/json")
        .header("idempotency-key", uuid())
        .body(Body::new(Chunks(chunks)))
        .expect("request");
    let answer = send(&app, streamed).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.error().0, "payload_too_large");
    assert!(rows(&app).await.is_empty());
    // Just under the limit is fine.
    let small = padded(15 * 1024);
    assert!(small.len() < 16 * 1024);
    assert_eq!(
        post(&app, &uuid(), &small).await.status,
        StatusCode::ACCEPTED
    );
}

/// A body of several chunks with no announced length.
struct Chunks(std::collections::VecDeque<axum::body::Bytes>);

impl http_body::Body for Chunks {
    type Data = axum::body::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<axum::body::Bytes>, std::io::Error>>> {
        std::task::Poll::Ready(self.0.pop_front().map(|b| Ok(http_body::Frame::data(b))))
    }
}

#[tokio::test]
async fn the_same_key_gets_the_first_answer_and_creates_nothing_new() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let key = uuid();
    let first = post(&app, &key, &body("ops@example.com", &["us-east"])).await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    assert_eq!(first.header("idempotent-replayed"), None);
    // The same request again, even spelled differently (spacing, key order).
    let respelled = r#"{ "locale":"en-GB", "time_zone":"Asia/Kathmandu",
                         "regions":["us-east"], "email":"ops@example.com" }"#;
    for again in [body("ops@example.com", &["us-east"]), respelled.to_owned()] {
        let replay = post(&app, &key, &again).await;
        assert_eq!(replay.status, first.status);
        assert_eq!(replay.body, first.body, "byte for byte");
        assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    }
    // Upper-case spelling of the same UUID is the same key.
    let upper = post(
        &app,
        &key.to_uppercase(),
        &body("ops@example.com", &["us-east"]),
    )
    .await;
    assert_eq!(upper.header("idempotent-replayed"), Some("true"));
    assert_eq!(rows(&app).await.len(), 1, "one row");

    // The same key with another body.
    let other = post(&app, &key, &body("someone@example.com", &[])).await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        other.error(),
        ("idempotency_key_reused".into(), Value::Null)
    );
    let rows = rows(&app).await;
    assert_eq!(rows.len(), 1, "still one row");
    assert_eq!(rows[0]["email"], "ops@example.com");
}

#[tokio::test]
async fn a_rejected_request_does_not_use_up_its_key() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let key = uuid();
    let bad = post(&app, &key, &body("ops@", &[])).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The visitor fixes the address; the form may keep the key.
    let fixed = post(&app, &key, &body("ops@example.com", &[])).await;
    assert_eq!(fixed.status, StatusCode::ACCEPTED, "{}", fixed.text());
    assert_eq!(rows(&app).await.len(), 1);
}

#[tokio::test]
async fn a_pending_address_submitted_again_stays_pending_in_the_same_row() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let first = post(&app, &uuid(), &body("ops@example.com", &["us-east"])).await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    let token = rows(&app).await[0]["token"].clone();
    let again = post(
        &app,
        &uuid(),
        &json!({"email": "ops@EXAMPLE.com", "regions": ["eu-central"], "time_zone": "Europe/Berlin", "locale": "de"})
            .to_string(),
    )
    .await;
    assert_eq!(again.status, StatusCode::ACCEPTED);
    assert_eq!(again.text(), r#"{"status":"pending_confirmation"}"#);
    let rows = rows(&app).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["regions"], json!(["eu-central"]));
    assert_eq!(rows[0]["time_zone"], "Europe/Berlin");
    assert_eq!(rows[0]["locale"], "de");
    assert_eq!(rows[0]["status"], "pending_confirmation");
    assert_eq!(rows[0]["token"], token, "the first link still works");
}

#[tokio::test]
async fn a_confirmed_address_is_409_already_subscribed() {
    let site = Site::new();
    let app = site.router(CONTROL);
    assert_eq!(
        post(&app, &uuid(), &body("ops@example.com", &[]))
            .await
            .status,
        StatusCode::ACCEPTED
    );

    let page = confirm(&app, "ops@example.com").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .header("content-type")
        .is_some_and(|ct| ct.starts_with("text/html")));
    assert!(
        page.text().contains("Subscription confirmed"),
        "{}",
        page.text()
    );
    assert!(page.text().contains("ops@example.com"));
    let row = &rows(&app).await[0];
    assert_eq!(row["status"], "subscribed");
    assert!(row["confirmed_at"].is_string());

    let again = confirm(&app, "ops@example.com").await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.text().contains("Already confirmed"));

    for email in ["ops@example.com", "ops@Example.COM", " ops@example.com "] {
        let answer = post(&app, &uuid(), &body(email, &["us-east"])).await;
        assert_eq!(answer.status, StatusCode::CONFLICT, "{email}");
        assert_eq!(
            answer.json(),
            json!({"error": {"code": "already_subscribed", "message": "This address is already subscribed.", "field": "email"}})
        );
    }
    // The local part keeps its case: another mailbox.
    assert_eq!(
        post(&app, &uuid(), &body("OPS@example.com", &[]))
            .await
            .status,
        StatusCode::ACCEPTED
    );
    let rows = rows(&app).await;
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["regions"], json!([]), "a 409 changes nothing");
}

#[tokio::test]
async fn unknown_confirmation_tokens_are_404() {
    let site = Site::new();
    let app = site.router(CONTROL);
    for path in [
        "/api/subscriptions/confirm?token=0123456789abcdef",
        "/api/subscriptions/confirm?token=",
        "/api/subscriptions/confirm",
    ] {
        let answer = get(&app, path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(answer.text().contains("not valid"));
    }
}

#[tokio::test]
async fn the_per_address_limit_answers_429_with_retry_after() {
    let site = Site::new();
    let app = site.router(&["--test-control", "--rate-per-address", "2/60"]);
    let first_key = uuid();
    for key in [first_key.clone(), uuid()] {
        assert_eq!(
            post(&app, &key, &body("ops@example.com", &[])).await.status,
            StatusCode::ACCEPTED
        );
    }
    let over = post(&app, &uuid(), &body("OPS@example.com ", &[])).await;
    let over = if over.status == StatusCode::ACCEPTED {
        // "OPS" is another mailbox; the third request for the same one is over.
        post(&app, &uuid(), &body("ops@EXAMPLE.com", &[])).await
    } else {
        over
    };
    assert_eq!(over.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(over.error(), ("rate_limited".into(), Value::Null));
    let retry: u64 = over
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After seconds");
    assert!((1..=60).contains(&retry), "{retry}");
    // A replay does not count and still answers.
    let replay = post(&app, &first_key, &body("ops@example.com", &[])).await;
    assert_eq!(replay.status, StatusCode::ACCEPTED);
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    // Other addresses are not limited.
    assert_eq!(
        post(&app, &uuid(), &body("dev@example.com", &[]))
            .await
            .status,
        StatusCode::ACCEPTED
    );
}

#[tokio::test]
async fn the_per_ip_limit_answers_429_with_retry_after() {
    let site = Site::new();
    let app = site.router(&["--test-control", "--rate-per-ip", "3/600"]);
    let replayed_key = uuid();
    for i in 0..3 {
        let key = if i == 0 { replayed_key.clone() } else { uuid() };
        let answer = post_from(
            &app,
            &key,
            &body(&format!("user{i}@example.com"), &[]),
            "10.1.2.3",
        )
        .await;
        assert_eq!(answer.status, StatusCode::ACCEPTED);
    }
    let over = post_from(&app, &uuid(), &body("user9@example.com", &[]), "10.1.2.3").await;
    assert_eq!(over.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = over
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((590..=600).contains(&retry), "{retry}");
    assert!(over.error().0 == "rate_limited");
    let replay = post_from(
        &app,
        &replayed_key,
        &body("user0@example.com", &[]),
        "10.1.2.3",
    )
    .await;
    assert_eq!(replay.status, StatusCode::ACCEPTED, "replays do not count");
    let elsewhere = post_from(&app, &uuid(), &body("user9@example.com", &[]), "10.9.9.9").await;
    assert_eq!(elsewhere.status, StatusCode::ACCEPTED, "per IP");
    assert_eq!(rows(&app).await.len(), 4);
}

#[tokio::test]
async fn cors_headers_only_for_allowed_origins() {
    let site = Site::new();
    let app = site.router(&[
        "--allow-origin",
        "https://status.example.com",
        "--allow-origin",
        "http://localhost:3000",
    ]);
    let preflight = |origin: &str| {
        Request::options("/api/subscriptions")
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type,idempotency-key",
            )
            .body(Body::empty())
            .expect("request")
    };
    let ok = send(&app, preflight("https://status.example.com")).await;
    assert!(ok.status.is_success());
    assert_eq!(
        ok.header("access-control-allow-origin"),
        Some("https://status.example.com")
    );
    let allowed_headers = ok
        .header("access-control-allow-headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        allowed_headers.contains("content-type") && allowed_headers.contains("idempotency-key"),
        "{allowed_headers}"
    );
    assert!(ok
        .header("access-control-allow-methods")
        .is_some_and(|m| m.contains("POST")));

    let post_with_origin = |origin: &str| {
        Request::post("/api/subscriptions")
            .header("origin", origin)
            .header("content-type", "application/json")
            .header("idempotency-key", uuid())
            .body(Body::from(body("ops@example.com", &[])))
            .expect("request")
    };
    let ok = send(&app, post_with_origin("http://localhost:3000")).await;
    assert_eq!(ok.status, StatusCode::ACCEPTED);
    assert_eq!(
        ok.header("access-control-allow-origin"),
        Some("http://localhost:3000")
    );
    let exposed = ok
        .header("access-control-expose-headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        exposed.contains("retry-after"),
        "the form must be able to read Retry-After: {exposed}"
    );

    for origin in [
        "https://evil.example",
        "https://status.example.com.evil.example",
        "http://status.example.com",
    ] {
        for answer in [
            send(&app, preflight(origin)).await,
            send(&app, post_with_origin(origin)).await,
        ] {
            let cors: Vec<_> = answer
                .headers
                .keys()
                .filter(|k| k.as_str().starts_with("access-control-"))
                .collect();
            assert!(cors.is_empty(), "{origin}: {cors:?}");
        }
    }
    // The feed is readable cross-origin by the allowed origin only.
    let feed = |origin: &str| {
        Request::get("/feed.json")
            .header("origin", origin)
            .body(Body::empty())
            .expect("request")
    };
    assert_eq!(
        send(&app, feed("https://status.example.com"))
            .await
            .header("access-control-allow-origin"),
        Some("https://status.example.com")
    );
    assert_eq!(
        send(&app, feed("https://evil.example"))
            .await
            .header("access-control-allow-origin"),
        None
    );
}

#[tokio::test]
async fn without_allow_origin_there_is_no_cors_at_all() {
    let site = Site::new();
    let app = site.router(&[]);
    let req = Request::post("/api/subscriptions")
        .header("origin", "https://status.example.com")
        .header("content-type", "application/json")
        .header("idempotency-key", uuid())
        .body(Body::from(body("ops@example.com", &[])))
        .expect("request");
    let answer = send(&app, req).await;
    assert_eq!(answer.status, StatusCode::ACCEPTED);
    assert!(answer
        .headers
        .keys()
        .all(|k| !k.as_str().starts_with("access-control-")));
}

#[tokio::test]
async fn fail_first_two_then_the_same_key_succeeds_once() {
    let site = Site::new();
    let app = site.router(&["--test-control", "--fail-first", "2"]);
    let key = uuid();
    let b = body("ops@example.com", &["us-east"]);
    let statuses = [
        post(&app, &key, &b).await,
        post(&app, &key, &b).await,
        post(&app, &key, &b).await,
    ];
    for failed in &statuses[..2] {
        assert_eq!(failed.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(failed.error(), ("unavailable".into(), Value::Null));
    }
    assert_eq!(statuses[2].status, StatusCode::ACCEPTED);
    assert_eq!(
        statuses[2].header("idempotent-replayed"),
        None,
        "the first real answer"
    );
    assert_eq!(rows(&app).await.len(), 1, "exactly one row");
    let log = get(&app, "/__test/requests").await.json();
    let seen: Vec<(Value, Value, Value)> = log
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            (
                r["idempotency_key"].clone(),
                r["status"].clone(),
                r["fault"].clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (json!(key), json!(503), json!("unavailable")),
            (json!(key), json!(503), json!("unavailable")),
            (json!(key), json!(202), Value::Null),
        ]
    );
}

#[tokio::test]
async fn reply_429_sends_retry_after_then_lets_requests_through() {
    let site = Site::new();
    let app = site.router(&["--test-control", "--reply-429", "1", "--retry-after", "7"]);
    let key = uuid();
    let limited = post(&app, &key, &body("ops@example.com", &[])).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.header("retry-after"), Some("7"));
    assert_eq!(limited.error().0, "rate_limited");
    assert!(rows(&app).await.is_empty());
    assert_eq!(
        post(&app, &key, &body("ops@example.com", &[])).await.status,
        StatusCode::ACCEPTED
    );
}

#[tokio::test]
async fn delay_ms_delays_every_answer() {
    let site = Site::new();
    let app = site.router(&["--delay-ms", "300"]);
    let started = Instant::now();
    let answer = post(&app, &uuid(), &body("ops@example.com", &[])).await;
    assert_eq!(answer.status, StatusCode::ACCEPTED);
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "{:?}",
        started.elapsed()
    );
    let started = Instant::now();
    assert_eq!(
        post(&app, &uuid(), &body("no-at", &[])).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert!(started.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn faults_change_at_run_time_through_test_control() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let set = |json: &str| {
        Request::post("/__test/faults")
            .header("content-type", "application/json")
            .body(Body::from(json.to_owned()))
            .expect("request")
    };
    let settings = send(
        &app,
        set(r#"{"fail_first": 1, "reply_429": 1, "retry_after": 3, "rate_per_ip": "off"}"#),
    )
    .await;
    assert_eq!(settings.status, StatusCode::OK);
    let settings = settings.json();
    assert_eq!(
        (
            settings["fail_first"].clone(),
            settings["reply_429"].clone()
        ),
        (json!(1), json!(1))
    );
    assert_eq!(settings["rate_per_ip"], "off");
    assert_eq!(settings["rate_per_address"], "5/3600", "the default");
    let key = uuid();
    let b = body("ops@example.com", &[]);
    assert_eq!(
        post(&app, &key, &b).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(post(&app, &key, &b).await.header("retry-after"), Some("3"));
    assert_eq!(post(&app, &key, &b).await.status, StatusCode::ACCEPTED);
    assert_eq!(
        get(&app, "/__test/faults").await.json()["fail_first"],
        0,
        "counted down"
    );

    let bad = send(&app, set(r#"{"fault_rate": 2}"#)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = send(&app, set(r#"{"rate_per_ip": "many"}"#)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Reset empties the store and the request log.
    let reset = send(
        &app,
        Request::post("/__test/reset")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(reset.status, StatusCode::NO_CONTENT);
    assert!(rows(&app).await.is_empty());
    assert_eq!(get(&app, "/__test/requests").await.json(), json!([]));
    assert_eq!(
        post(&app, &key, &b).await.header("idempotent-replayed"),
        None,
        "keys forgotten"
    );
}

#[tokio::test]
async fn test_control_routes_are_404_without_the_flag() {
    let site = Site::new();
    let app = site.router(&[]);
    for path in [
        "/__test/subscriptions",
        "/__test/requests",
        "/__test/faults",
    ] {
        assert_eq!(
            get(&app, path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let set = Request::post("/__test/faults")
        .header("content-type", "application/json")
        .body(Body::from(r#"{"fail_first": 5}"#))
        .expect("request");
    assert!(matches!(
        send(&app, set).await.status,
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED
    ));
    assert_eq!(
        post(&app, &uuid(), &body("ops@example.com", &[]))
            .await
            .status,
        StatusCode::ACCEPTED,
        "no fault set"
    );
}

#[tokio::test]
async fn static_files_with_cache_headers_and_overrides() {
    let site = Site::new();
    let app = site.router(&[]);
    for path in ["/", "/index.html"] {
        let index = get(&app, path).await;
        assert_eq!(index.status, StatusCode::OK, "{path}");
        assert_eq!(index.text(), INDEX);
        assert_eq!(index.header("cache-control"), Some("no-cache"));
        assert!(index
            .header("content-type")
            .is_some_and(|ct| ct.starts_with("text/html")));
    }
    let css = get(&app, &format!("/{CSS_NAME}")).await;
    assert_eq!(css.text(), "body{}");
    assert_eq!(
        css.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(css.header("content-type"), Some("text/css"));
    assert_eq!(css.header("x-content-type-options"), Some("nosniff"));

    // A precompressed sibling when accepted, the plain file otherwise.
    let gz = send(
        &app,
        Request::get(format!("/{JS_NAME}"))
            .header("accept-encoding", "gzip")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert_eq!(gz.body, JS_GZ);
    assert_eq!(
        gz.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let plain = get(&app, &format!("/{JS_NAME}")).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.text(), "plain js");

    // --feed replaces dist's feed.json; dist's config.json is served without --config.
    let feed = get(&app, "/feed.json").await;
    assert_eq!(feed.text(), FEED);
    assert_eq!(feed.header("content-type"), Some("application/json"));
    assert_eq!(feed.header("cache-control"), Some("no-cache"));
    assert!(get(&app, "/config.json").await.text().contains("\"dist\""));
    let with_config = site.router(&["--config", &site.path("config.json").display().to_string()]);
    let config = get(&with_config, "/config.json").await;
    assert!(config.text().contains("\"flag\""), "{}", config.text());
    assert_eq!(config.header("cache-control"), Some("no-cache"));

    let missing = get(&app, "/nope.js").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.header("cache-control"), None);
    assert_eq!(
        get(&app, "/../Cargo.toml").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_retries_of_one_submission_make_one_row() {
    let site = Site::new();
    let app = site.router(CONTROL);
    let key = uuid();
    let b = body("ops@example.com", &["us-east"]);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let (app, key, b) = (app.clone(), key.clone(), b.clone());
            tokio::spawn(async move { post(&app, &key, &b).await })
        })
        .collect();
    let mut replayed = 0;
    for task in tasks {
        let answer = task.await.expect("task");
        assert_eq!(answer.status, StatusCode::ACCEPTED);
        assert_eq!(answer.text(), r#"{"status":"pending_confirmation"}"#);
        replayed += usize::from(answer.header("idempotent-replayed").is_some());
    }
    assert_eq!(replayed, 7, "one first answer, seven replays");
    assert_eq!(rows(&app).await.len(), 1);
}
