//! Routes for end-to-end tests, enabled by `--test-control` (404 without
//! it), in builds with the `test-control` feature only.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

use crate::api::error;
use crate::cli::RateSpec;
use crate::faults::FaultPatch;
use crate::{lock, AppState};

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/__test/faults", get(faults).post(set_faults))
        .route("/__test/subscriptions", get(subscriptions))
        .route("/__test/feedback", get(feedback))
        .route("/__test/requests", get(requests))
        .route("/__test/reset", post(reset))
        .route("/__test/outbox", get(outbox))
        .route("/__test/check", post(check))
}

fn settings(st: &AppState) -> serde_json::Value {
    let faults = lock(&st.faults).settings().clone();
    json!({
        "fail_first": faults.fail_first,
        "delay_ms": faults.delay_ms,
        "reply_429": faults.reply_429,
        "retry_after": faults.retry_after,
        "fault_rate": faults.fault_rate,
        "seed": faults.seed,
        "rate_per_address": lock(&st.per_address).spec().to_string(),
        "rate_per_ip": lock(&st.per_ip).spec().to_string(),
    })
}

/// `GET /__test/faults`: the current fault settings and rate limits.
async fn faults(State(st): State<Arc<AppState>>) -> Json<serde_json::Value> {
    Json(settings(&st))
}

/// `POST /__test/faults` with any of `fail_first`, `delay_ms`, `reply_429`,
/// `retry_after`, `fault_rate`, `seed`, `rate_per_address`, `rate_per_ip`
/// ("N/SECS" or "off"): changes them, answers the new settings.
async fn set_faults(State(st): State<Arc<AppState>>, Json(patch): Json<FaultPatch>) -> Response {
    let parse = |s: &Option<String>| s.as_deref().map(str::parse::<RateSpec>).transpose();
    let (per_address, per_ip) = match (parse(&patch.rate_per_address), parse(&patch.rate_per_ip)) {
        (Ok(a), Ok(i)) => (a, i),
        (Err(e), _) | (_, Err(e)) => {
            return error(StatusCode::UNPROCESSABLE_ENTITY, "bad_fault", &e, None)
        }
    };
    if let Err(e) = lock(&st.faults).apply(&patch) {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "bad_fault", &e, None);
    }
    if let Some(spec) = per_address {
        lock(&st.per_address).set_spec(spec);
    }
    if let Some(spec) = per_ip {
        lock(&st.per_ip).set_spec(spec);
        lock(&st.feedback_per_ip).set_spec(spec);
    }
    Json(settings(&st)).into_response()
}

/// `GET /__test/subscriptions`: every stored row, tokens included.
async fn subscriptions(State(st): State<Arc<AppState>>) -> Response {
    match st.with_store(|s| s.rows()).await {
        Ok(rows) => Json(rows).into_response(),
        Err(response) => response,
    }
}

/// `GET /__test/feedback`: every stored piece of feedback.
async fn feedback(State(st): State<Arc<AppState>>) -> Response {
    match st.with_store(|s| s.feedback_rows()).await {
        Ok(rows) => Json(rows).into_response(),
        Err(response) => response,
    }
}

/// `GET /__test/requests`: each POST to /api/subscriptions or /api/feedback,
/// in order, with the Idempotency-Key it carried and what it was answered.
async fn requests(State(st): State<Arc<AppState>>) -> Json<Vec<crate::api::RequestLog>> {
    Json(st.requests())
}

/// `GET /__test/outbox`: every outbox row, oldest first.
async fn outbox(State(st): State<Arc<AppState>>) -> Response {
    match st.with_store(|s| s.outbox_rows()).await {
        Ok(rows) => Json(rows).into_response(),
        Err(response) => response,
    }
}

/// `POST /__test/check`: checks the feed now (as `--check-every` does);
/// answers how many mails it queued.
async fn check(State(st): State<Arc<AppState>>) -> Response {
    match crate::delivery::check_once(&st.mailer, &st.store).await {
        Ok(mails) => Json(json!({ "queued": mails })).into_response(),
        Err(e) => error(StatusCode::SERVICE_UNAVAILABLE, "check_failed", &e, None),
    }
}

/// `POST /__test/reset`: deletes every subscription, feedback and idempotency
/// key, and forgets the request log and rate-limit counts (fault settings
/// stay; the calendar's SEQUENCE state too).
async fn reset(State(st): State<Arc<AppState>>) -> Response {
    if let Err(response) = st.with_store(|s| s.reset()).await {
        return response;
    }
    st.clear_requests();
    lock(&st.per_address).clear();
    lock(&st.per_ip).clear();
    lock(&st.feedback_per_ip).clear();
    StatusCode::NO_CONTENT.into_response()
}
