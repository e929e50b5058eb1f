//! `GET /` and `GET /index.html`: the built page with a snapshot of the
//! feed file as it is now (`snapshot::bake_page`), made on every request,
//! so a changed feed shows on the next load without a rebuild. When the
//! feed or config.json cannot be read, the page goes out as built (its
//! own code then says what is wrong with the feed) and the log says why.

use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use maintenance_window::domain::config::parse_config;

use crate::calendar::read_feed;
use crate::snapshot::bake_page;
use crate::AppState;

/// The page with a fresh snapshot, or as built.
pub async fn index(State(st): State<Arc<AppState>>) -> Response {
    let built = match tokio::fs::read_to_string(st.dist.join("index.html")).await {
        Ok(html) => html,
        Err(e) => {
            eprintln!(
                "feed-server: error: {}: {e}",
                st.dist.join("index.html").display()
            );
            return StatusCode::NOT_FOUND.into_response();
        }
    };
    let page = match fresh(&st, &built).await {
        Ok(page) => page,
        Err(e) => {
            eprintln!("feed-server: the page goes out without a fresh snapshot: {e}");
            built
        }
    };
    let mut response = page.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

async fn fresh(st: &AppState, built: &str) -> Result<String, String> {
    let config_path = st
        .config
        .clone()
        .unwrap_or_else(|| st.dist.join("config.json"));
    let config_text = tokio::fs::read_to_string(&config_path)
        .await
        .map_err(|e| format!("{}: {e}", config_path.display()))?;
    let config =
        parse_config(&config_text).map_err(|e| format!("{}: {e}", config_path.display()))?;
    let feed = read_feed(st)
        .await
        .map_err(|e| format!("the feed {}: {e}", st.feed.display()))?;
    bake_page(
        built,
        &feed,
        &config,
        DateTime::<Utc>::from(SystemTime::now()),
    )
    .map(|baked| baked.html)
}
