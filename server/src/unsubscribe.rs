//! `GET` / `POST /api/unsubscribe?token=…`: the link in every mail and its
//! `List-Unsubscribe` header. `POST` (RFC 8058 one-click, body
//! `List-Unsubscribe=One-Click`, or the page's button) unsubscribes at
//! once; `GET` only shows a page with that button (mail scanners follow
//! links, and must not unsubscribe anyone).

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::mail::escape;
use crate::AppState;

pub const UNSUBSCRIBE_PATH: &str = "/api/unsubscribe";

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// A token as it may be stored: 1 to 128 hex digits (anything else is
/// unknown without asking the database).
fn token_of(q: TokenQuery) -> Option<String> {
    let t = q.token?.trim().to_owned();
    (!t.is_empty() && t.len() <= 128 && t.bytes().all(|b| b.is_ascii_hexdigit())).then_some(t)
}

fn html(status: StatusCode, title: &str, body: &str) -> Response {
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\">\
         <title>{title}</title></head>\n<body><main><h1>{title}</h1>{body}\
         <p><a href=\"/\">Maintenance windows</a></p></main></body></html>\n",
        title = escape(title),
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        page,
    )
        .into_response()
}

fn not_valid() -> Response {
    html(
        StatusCode::NOT_FOUND,
        "Link not valid",
        "<p>This unsubscribe link is not valid, or the address is already unsubscribed.</p>",
    )
}

/// `GET`: a page with a button (a form POST; no script needed). It names
/// no address: a forwarded mail's link shows nothing about anyone.
pub async fn page(State(st): State<Arc<AppState>>, Query(q): Query<TokenQuery>) -> Response {
    let Some(token) = token_of(q) else {
        return not_valid();
    };
    let check = token.clone();
    match st
        .with_store(move |s| s.knows_unsubscribe_token(&check))
        .await
    {
        Err(response) => response,
        Ok(false) => not_valid(),
        Ok(true) => html(
            StatusCode::OK,
            "Unsubscribe from maintenance notices",
            &format!(
                "<p>Stop the maintenance emails to the address this link was sent to?</p>\
                 <form method=\"post\" action=\"{}?token={}\">\
                 <input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\
                 <button type=\"submit\">Unsubscribe</button></form>",
                UNSUBSCRIBE_PATH,
                escape(&token)
            ),
        ),
    }
}

/// `POST`: unsubscribes at once (whatever the body: RFC 8058's
/// `List-Unsubscribe=One-Click`, or the page's form, which sends the same).
pub async fn one_click(State(st): State<Arc<AppState>>, Query(q): Query<TokenQuery>) -> Response {
    let Some(token) = token_of(q) else {
        return not_valid();
    };
    match st.with_store(move |s| s.unsubscribe(&token)).await {
        Err(response) => response,
        Ok(None) => not_valid(),
        Ok(Some(email)) => {
            eprintln!("feed-server: unsubscribed {email}");
            html(
                StatusCode::OK,
                "Unsubscribed",
                "<p>You will receive no more maintenance emails at this address. \
                 To subscribe again, use the form on the maintenance page.</p>",
            )
        }
    }
}
