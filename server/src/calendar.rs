//! `GET /calendar.ics`: the feed's upcoming occurrences as a calendar apps
//! subscribe to, regenerated from the feed file on every request by the
//! app's pure core (`calendar_feed`), with SEQUENCE kept per UID in
//! SQLite and `ETag` / `Last-Modified` for cheap polling.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::SystemTime;

use crate::calendar_feed::{feed_calendar, EventState, FeedCalendar, FeedCalendarOptions};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use maintenance_window::domain::feed::{parse_feed, Feed};
use sha2::{Digest, Sha256};

use crate::api::error;
use crate::store::Store;
use crate::AppState;

pub const CALENDAR_PATH: &str = "/calendar.ics";
pub const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// At most this many region ids, each at most [`MAX_PARAM_CHARS`].
pub const MAX_REGIONS: usize = 100;
/// The longest region id or tenant accepted in the query.
pub const MAX_PARAM_CHARS: usize = 100;

/// What the query asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CalendarQuery {
    /// Empty: every region.
    pub regions: Vec<String>,
    pub tenant: Option<String>,
}

impl CalendarQuery {
    /// `regions` (or `region`, as the page's query) is a comma-separated
    /// list and may be repeated; `tenant` the last non-empty one. Other
    /// parameters are ignored. The error is the 400's `(code, message)`.
    pub fn parse(params: &[(String, String)]) -> Result<CalendarQuery, (&'static str, String)> {
        let mut regions = BTreeSet::new();
        let mut tenant = None;
        for (name, value) in params {
            match name.as_str() {
                "regions" | "region" => {
                    for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        if id.chars().count() > MAX_PARAM_CHARS || id.chars().any(char::is_control)
                        {
                            return Err((
                                "invalid_regions",
                                format!(
                                    "regions must be region ids separated by commas (each at most {MAX_PARAM_CHARS} characters)."
                                ),
                            ));
                        }
                        regions.insert(id.to_owned());
                    }
                }
                "tenant" => {
                    let t = value.trim();
                    if t.chars().count() > MAX_PARAM_CHARS || t.chars().any(char::is_control) {
                        return Err((
                            "invalid_tenant",
                            format!(
                                "tenant must be a tenant id of at most {MAX_PARAM_CHARS} characters."
                            ),
                        ));
                    }
                    if !t.is_empty() {
                        tenant = Some(t.to_owned());
                    }
                }
                _ => {}
            }
        }
        if regions.len() > MAX_REGIONS {
            return Err((
                "invalid_regions",
                format!("At most {MAX_REGIONS} regions can be asked for."),
            ));
        }
        Ok(CalendarQuery {
            regions: regions.into_iter().collect(),
            tenant,
        })
    }
}

/// A calendar (or Atom feed) as served, and its validators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    pub body: String,
    /// Quoted, strong.
    pub etag: String,
    pub last_modified: DateTime<Utc>,
}

/// `"<first 128 bits of the body's SHA-256, hex>"`.
pub fn etag_of(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Which bodies are the "same calendar" for Last-Modified: the regions
/// and tenant that change the text (unknown regions, and tenants without
/// a slot, do not).
fn variant(cal: &FeedCalendar) -> String {
    format!(
        "regions={};tenant={}",
        cal.regions
            .as_ref()
            .map_or_else(|| "*".to_owned(), |r| r.join(",")),
        cal.tenant.as_deref().unwrap_or("")
    )
}

/// Generates the calendar from `feed` with the state in `store`, and saves
/// what changed, in one go (the caller holds the store).
pub fn generate(
    store: &mut Store,
    feed: &Feed,
    opts: &FeedCalendarOptions,
) -> rusqlite::Result<Served> {
    let previous = store.calendar_state()?;
    let cal = feed_calendar(feed, opts, &previous);
    let etag = etag_of(&cal.text);
    let changed: Vec<(String, EventState)> = cal
        .changed
        .iter()
        .filter_map(|uid| cal.events.get(uid).map(|s| (uid.clone(), *s)))
        .collect();
    let changed_at = store.save_calendar(&changed, &variant(&cal), &etag, opts.now)?;
    let last_modified = cal.last_modified.map_or(changed_at, |m| m.max(changed_at));
    Ok(Served {
        body: cal.text,
        etag,
        last_modified,
    })
}

/// `GET /calendar.ics?regions=…&tenant=…`.
pub async fn calendar(
    State(st): State<Arc<AppState>>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let params = match query {
        Ok(Query(params)) => params,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                "bad_request",
                &format!("The query could not be read ({e})."),
                None,
            )
        }
    };
    let query = match CalendarQuery::parse(&params) {
        Ok(q) => q,
        Err((code, message)) => {
            let field = if code == "invalid_tenant" {
                "tenant"
            } else {
                "regions"
            };
            return error(StatusCode::BAD_REQUEST, code, &message, Some(field));
        }
    };
    let feed = match read_feed(&st).await {
        Ok(feed) => feed,
        Err(e) => {
            eprintln!("feed-server: error: the feed {}: {e}", st.feed.display());
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                "feed_unavailable",
                "The maintenance feed cannot be read right now. Please try again.",
                None,
            );
        }
    };
    let now = DateTime::<Utc>::from(SystemTime::now());
    let opts = FeedCalendarOptions {
        page_url: Some(st.page_url.clone()),
        horizon_days: st.calendar_days,
        regions: query.regions,
        tenant: query.tenant,
        ..FeedCalendarOptions::for_feed(&feed, now)
    };
    let served = match st.with_store(move |s| generate(s, &feed, &opts)).await {
        Ok(served) => served,
        Err(response) => return response,
    };
    respond(&headers, served, CONTENT_TYPE)
}

pub(crate) async fn read_feed(st: &AppState) -> Result<Feed, String> {
    let text = tokio::fs::read_to_string(&st.feed)
        .await
        .map_err(|e| e.to_string())?;
    parse_feed(&text).map_err(|e| e.to_string())
}

/// 200 with the body, or 304 when the request's validators match; ETag,
/// Last-Modified and `no-cache` either way (calendar apps and feed readers
/// poll, and each poll revalidates). Shared by `/calendar.ics` and
/// `/feed.atom`.
pub fn respond(headers: &HeaderMap, served: Served, content_type: &'static str) -> Response {
    let fresh = not_modified(headers, &served.etag, served.last_modified);
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            served.body,
        )
            .into_response()
    };
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&served.etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&http_date(served.last_modified)) {
        h.insert(header::LAST_MODIFIED, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// RFC 9110 §13.1: `If-None-Match` (weak comparison, `*` matches) decides
/// when present; otherwise `If-Modified-Since`, at a second's precision.
pub fn not_modified(headers: &HeaderMap, etag: &str, last_modified: DateTime<Utc>) -> bool {
    let mut tags = headers.get_all(header::IF_NONE_MATCH).iter().peekable();
    if tags.peek().is_some() {
        let ours = etag.trim_start_matches("W/");
        return tags
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .any(|t| t == "*" || t.trim_start_matches("W/") == ours);
    }
    headers
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_http_date)
        .is_some_and(|since| last_modified.timestamp() <= since.timestamp())
}

/// IMF-fixdate: `Thu, 26 Nov 2026 12:00:00 GMT`.
pub fn http_date(at: DateTime<Utc>) -> String {
    at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// IMF-fixdate (and other RFC 2822 forms); `None` for anything else.
pub fn parse_http_date(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc2822(s.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn queries() {
        assert_eq!(CalendarQuery::parse(&[]), Ok(CalendarQuery::default()));
        assert_eq!(
            CalendarQuery::parse(&params(&[
                ("regions", " us-east,eu-central,,"),
                ("region", "us-east"),
                ("tenant", " acme "),
                ("tenant", ""),
                ("tz", "Europe/Berlin"),
            ])),
            Ok(CalendarQuery {
                regions: vec!["eu-central".to_owned(), "us-east".to_owned()],
                tenant: Some("acme".to_owned()),
            })
        );
        let long = "x".repeat(MAX_PARAM_CHARS + 1);
        for (name, value, code) in [
            ("regions", long.as_str(), "invalid_regions"),
            ("regions", "a\u{7}", "invalid_regions"),
            ("tenant", long.as_str(), "invalid_tenant"),
        ] {
            assert_eq!(
                CalendarQuery::parse(&params(&[(name, value)])).map_err(|e| e.0),
                Err(code)
            );
        }
        let many: Vec<String> = (0..=MAX_REGIONS).map(|i| format!("r{i}")).collect();
        assert!(CalendarQuery::parse(&params(&[("regions", &many.join(","))])).is_err());
    }

    #[test]
    fn validators() {
        let t = DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        assert_eq!(http_date(t), "Thu, 26 Nov 2026 12:00:00 GMT");
        assert_eq!(parse_http_date(&http_date(t)), Some(t));
        assert_eq!(parse_http_date("yesterday"), None);
        let etag = etag_of("body");
        assert_eq!(etag.len(), 34);
        assert_ne!(etag, etag_of("body2"));

        let with = |pairs: &[(&str, &str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.append(
                    header::HeaderName::from_bytes(k.as_bytes()).expect("name"),
                    HeaderValue::from_str(v).expect("value"),
                );
            }
            not_modified(&h, &etag, t)
        };
        assert!(!with(&[]));
        assert!(with(&[("if-none-match", &etag)]));
        assert!(with(&[("if-none-match", &format!("\"x\", W/{etag}"))]));
        assert!(with(&[("if-none-match", "*")]));
        assert!(!with(&[("if-none-match", "\"x\"")]));
        assert!(
            !with(&[
                ("if-none-match", "\"x\""),
                ("if-modified-since", "Thu, 26 Nov 2026 13:00:00 GMT")
            ]),
            "If-None-Match decides"
        );
        assert!(with(&[(
            "if-modified-since",
            "Thu, 26 Nov 2026 12:00:00 GMT"
        )]));
        assert!(!with(&[(
            "if-modified-since",
            "Thu, 26 Nov 2026 11:59:59 GMT"
        )]));
        assert!(!with(&[("if-modified-since", "garbage")]));
    }
}
