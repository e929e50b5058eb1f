//! `GET /calendar.ics`, with the router called in-process: the calendar
//! and its headers, ETag / Last-Modified and 304s, stable UIDs, SEQUENCE
//! after the feed file changes (kept across a restart), cancelled windows,
//! the region filter, tenants, `--calendar-days`, `--page-url`, a broken
//! feed, CORS, and the body checked by Python's `icalendar`.

mod common;

use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use chrono::{DateTime, Duration, DurationRound, Utc};
use common::*;
use serde_json::{json, Value};

/// Today at 00:00 UTC (fixed once per run, so that a run across midnight
/// agrees with itself) plus `days` and `hours`.
fn day(days: i64, hours: i64) -> DateTime<Utc> {
    static TODAY: OnceLock<DateTime<Utc>> = OnceLock::new();
    *TODAY.get_or_init(|| {
        DateTime::<Utc>::from(std::time::SystemTime::now())
            .duration_trunc(Duration::days(1))
            .expect("truncate")
    }) + Duration::days(days)
        + Duration::hours(hours)
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A window from `start` for `hours`.
fn window(id: &str, region: &str, title: &str, start: DateTime<Utc>, hours: i64) -> Value {
    json!({
        "id": id, "title": title, "region": region,
        "start": rfc3339(start), "end": rfc3339(start + Duration::hours(hours)),
    })
}

/// `us-patch` in 10 days (with a slot for tenant acme), `eu-net` in 20,
/// `later` in 40 (us-east), `far` in 400, `over` yesterday.
fn windows() -> Vec<Value> {
    let mut patch = window("us-patch", "us-east", "OS patch", day(10, 3), 2);
    patch["tenant_slots"] = json!([{
        "tenant": "acme",
        "start": rfc3339(day(10, 3) + Duration::minutes(40)),
        "end": rfc3339(day(10, 3) + Duration::minutes(55)),
    }]);
    vec![
        patch,
        window("eu-net", "eu-central", "Network", day(20, 22), 4),
        window("later", "us-east", "Later", day(40, 3), 1),
        window("far", "eu-central", "Far", day(400, 3), 1),
        window("over", "eu-central", "Over", day(-1, 3), 1),
    ]
}

fn feed_text(windows: &[Value]) -> String {
    json!({
        "feed_version": 1,
        "service": { "name": "Test Cloud", "status_url": "https://status.test.example" },
        "regions": [
            { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
            { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
        ],
        "windows": windows,
        "recurring": []
    })
    .to_string()
}

fn site_with(windows: &[Value]) -> Site {
    let site = Site::new();
    write_feed(&site, windows);
    site
}

fn write_feed(site: &Site, windows: &[Value]) {
    std::fs::write(site.path("feed.json"), feed_text(windows)).expect("write feed");
}

async fn get_with(app: &Router, path: &str, headers: &[(&str, &str)]) -> Answer {
    let mut req = Request::get(path);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    send(app, req.body(Body::empty()).expect("request")).await
}

/// What check_ics.py should find of one event: id, summary, location,
/// start, end, status, sequence.
type Expected<'a> = (
    &'a str,
    &'a str,
    &'a str,
    DateTime<Utc>,
    DateTime<Utc>,
    &'a str,
    u32,
);

/// What check_ics.py should find, event by event in order.
fn expected(name: &str, events: &[Expected<'_>]) -> Value {
    json!({
        "calendar_name": name,
        "reminder_minutes": 60,
        "subscribable": true,
        "events": events.iter().map(|(id, summary, location, start, end, status, sequence)| json!({
            "uid": format!("{id}@status.test.example"),
            "summary": summary,
            "location": location,
            "start": rfc3339(*start),
            "end": rfc3339(*end),
            "status": status,
            "sequence": sequence,
            "alarm": *status == "CONFIRMED",
            "transparent": true,
        })).collect::<Vec<_>>(),
    })
}

#[tokio::test]
async fn the_calendar_is_served_with_validators_and_answers_304() {
    let site = site_with(&windows());
    let app = site.router(&[]);
    let first = get(&app, "/calendar.ics").await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text());
    assert_eq!(
        first.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    assert_eq!(first.header("cache-control"), Some("no-cache"));
    assert_eq!(first.header("x-content-type-options"), Some("nosniff"));
    let etag = first.header("etag").expect("ETag").to_owned();
    assert!(
        etag.starts_with('"') && etag.ends_with('"') && etag.len() == 34,
        "a strong ETag: {etag}"
    );
    let last_modified = first
        .header("last-modified")
        .expect("Last-Modified")
        .to_owned();
    assert!(last_modified.ends_with(" GMT"), "{last_modified}");

    let text = first.text();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    for line in [
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Test Cloud maintenance",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
    ] {
        assert!(text.contains(&format!("\r\n{line}\r\n")), "{line}");
    }
    assert_eq!(
        uids(&text),
        [
            "us-patch@status.test.example",
            "eu-net@status.test.example",
            "later@status.test.example"
        ],
        "upcoming within 365 days, soonest first"
    );
    let events = vevents(&text);
    let patch = event(&events, "us-patch");
    assert_eq!(prop(patch, "DTSTART"), Some(stamp(day(10, 3)).as_str()));
    assert_eq!(prop(patch, "DTEND"), Some(stamp(day(10, 5)).as_str()));
    assert_eq!(prop(patch, "SEQUENCE"), Some("0"));
    assert_eq!(prop(patch, "STATUS"), Some("CONFIRMED"));
    assert_eq!(prop(patch, "TRIGGER"), Some("-PT60M"));
    assert_eq!(prop(patch, "URL"), Some("http://test.invalid/"));
    check_ics(
        "served",
        &text,
        &expected(
            "Test Cloud maintenance",
            &[
                (
                    "us-patch",
                    "OS patch (US East)",
                    "US East",
                    day(10, 3),
                    day(10, 5),
                    "CONFIRMED",
                    0,
                ),
                (
                    "eu-net",
                    "Network (EU Central)",
                    "EU Central",
                    day(20, 22),
                    day(21, 2),
                    "CONFIRMED",
                    0,
                ),
                (
                    "later",
                    "Later (US East)",
                    "US East",
                    day(40, 3),
                    day(40, 4),
                    "CONFIRMED",
                    0,
                ),
            ],
        ),
    );

    // Regenerated: the same UIDs, the same bytes, the same validators.
    let second = get(&app, "/calendar.ics").await;
    assert_eq!(second.text(), text);
    assert_eq!(second.header("etag"), Some(etag.as_str()));
    assert_eq!(second.header("last-modified"), Some(last_modified.as_str()));

    for headers in [
        vec![("if-none-match", etag.as_str())],
        vec![("if-none-match", &*format!("\"other\", W/{etag}"))],
        vec![("if-none-match", "*")],
        vec![("if-modified-since", last_modified.as_str())],
        vec![("if-modified-since", "Fri, 01 Jan 2100 00:00:00 GMT")],
    ] {
        let answer = get_with(&app, "/calendar.ics", &headers).await;
        assert_eq!(answer.status, StatusCode::NOT_MODIFIED, "{headers:?}");
        assert!(answer.body.is_empty());
        assert_eq!(answer.header("etag"), Some(etag.as_str()));
        assert_eq!(answer.header("last-modified"), Some(last_modified.as_str()));
    }
    for headers in [
        vec![("if-none-match", "\"other\"")],
        vec![("if-modified-since", "Mon, 01 Jan 2001 00:00:00 GMT")],
        vec![("if-modified-since", "not a date")],
        // If-None-Match decides when both are sent.
        vec![
            ("if-none-match", "\"other\""),
            ("if-modified-since", last_modified.as_str()),
        ],
    ] {
        let answer = get_with(&app, "/calendar.ics", &headers).await;
        assert_eq!(answer.status, StatusCode::OK, "{headers:?}");
        assert_eq!(answer.text(), text);
    }

    let head = send(
        &app,
        Request::head("/calendar.ics")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.body.is_empty());
    assert_eq!(head.header("etag"), Some(etag.as_str()));
}

#[tokio::test]
async fn a_moved_window_bumps_its_sequence_and_a_cancelled_one_is_marked() {
    let site = site_with(&windows());
    let app = site.router(&[]);
    let first = get(&app, "/calendar.ics").await;
    let etag = first.header("etag").expect("ETag").to_owned();
    let first_modified = first.header("last-modified").expect("LM").to_owned();

    // The feed file changes under the running server: read on each request.
    let mut moved = windows();
    moved[0]["start"] = json!(rfc3339(day(10, 4)));
    moved[0]["end"] = json!(rfc3339(day(10, 6)));
    write_feed(&site, &moved);
    let second = get(&app, "/calendar.ics").await;
    assert_eq!(second.status, StatusCode::OK);
    assert_ne!(second.header("etag"), Some(etag.as_str()));
    assert_eq!(uids(&second.text()), uids(&first.text()), "same UIDs");
    let events = vevents(&second.text());
    let patch = event(&events, "us-patch");
    assert_eq!(prop(patch, "SEQUENCE"), Some("1"));
    assert_eq!(prop(patch, "DTSTART"), Some(stamp(day(10, 4)).as_str()));
    let unmoved = event(&events, "eu-net");
    assert_eq!(prop(unmoved, "SEQUENCE"), Some("0"));
    assert!(
        prop(patch, "LAST-MODIFIED") >= prop(unmoved, "LAST-MODIFIED"),
        "the moved one changed last"
    );
    assert_eq!(prop(patch, "DTSTAMP"), prop(patch, "LAST-MODIFIED"));
    let lm = |a: &Answer| {
        DateTime::parse_from_rfc2822(a.header("last-modified").expect("LM")).expect("HTTP date")
    };
    assert!(lm(&second) >= DateTime::parse_from_rfc2822(&first_modified).expect("date"));
    let stale = get_with(&app, "/calendar.ics", &[("if-none-match", &etag)]).await;
    assert_eq!(
        stale.status,
        StatusCode::OK,
        "the old ETag no longer matches"
    );

    // Asked again: no further bump.
    let again = get(&app, "/calendar.ics").await;
    assert_eq!(again.text(), second.text());

    // Cancelled in the feed: STATUS:CANCELLED, no reminder, SEQUENCE 2.
    moved[0]["status"] = json!("cancelled");
    write_feed(&site, &moved);
    let third = get(&app, "/calendar.ics").await;
    let events = vevents(&third.text());
    let patch = event(&events, "us-patch");
    assert_eq!(prop(patch, "STATUS"), Some("CANCELLED"));
    assert_eq!(prop(patch, "SEQUENCE"), Some("2"));
    assert_eq!(
        prop(patch, "SUMMARY"),
        Some("Cancelled: OS patch (US East)")
    );
    assert!(!patch.iter().any(|l| l == "BEGIN:VALARM"));

    // A restart on the same database keeps the state.
    let restarted = site.router(&[]);
    let fourth = get(&restarted, "/calendar.ics").await;
    assert_eq!(fourth.text(), third.text());
    assert_eq!(fourth.header("etag"), third.header("etag"));
    check_ics(
        "cancelled",
        &fourth.text(),
        &expected(
            "Test Cloud maintenance",
            &[
                (
                    "us-patch",
                    "Cancelled: OS patch (US East)",
                    "US East",
                    day(10, 4),
                    day(10, 6),
                    "CANCELLED",
                    2,
                ),
                (
                    "eu-net",
                    "Network (EU Central)",
                    "EU Central",
                    day(20, 22),
                    day(21, 2),
                    "CONFIRMED",
                    0,
                ),
                (
                    "later",
                    "Later (US East)",
                    "US East",
                    day(40, 3),
                    day(40, 4),
                    "CONFIRMED",
                    0,
                ),
            ],
        ),
    );

    // Moved back and confirmed: one more.
    write_feed(&site, &windows());
    let fifth = get(&restarted, "/calendar.ics").await;
    let events = vevents(&fifth.text());
    let patch = event(&events, "us-patch");
    assert_eq!(
        (prop(patch, "SEQUENCE"), prop(patch, "STATUS")),
        (Some("3"), Some("CONFIRMED"))
    );
}

#[tokio::test]
async fn the_region_filter_filters() {
    let site = site_with(&windows());
    let app = site.router(&[]);
    let all = get(&app, "/calendar.ics").await;

    let us = get(&app, "/calendar.ics?regions=us-east").await;
    assert_eq!(us.status, StatusCode::OK);
    assert_eq!(
        uids(&us.text()),
        ["us-patch@status.test.example", "later@status.test.example"]
    );
    assert!(vevents(&us.text())
        .iter()
        .all(|e| prop(e, "LOCATION") == Some("US East")));
    assert!(us
        .text()
        .contains("\r\nX-WR-CALNAME:Test Cloud maintenance: US East\r\n"));
    assert_ne!(us.header("etag"), all.header("etag"));
    check_ics(
        "us-east",
        &us.text(),
        &expected(
            "Test Cloud maintenance: US East",
            &[
                (
                    "us-patch",
                    "OS patch (US East)",
                    "US East",
                    day(10, 3),
                    day(10, 5),
                    "CONFIRMED",
                    0,
                ),
                (
                    "later",
                    "Later (US East)",
                    "US East",
                    day(40, 3),
                    day(40, 4),
                    "CONFIRMED",
                    0,
                ),
            ],
        ),
    );

    // `region` as on the page; unknown ids ignored; repeated parameters add up.
    let eu = get(&app, "/calendar.ics?region=eu-central&regions=mars").await;
    assert_eq!(uids(&eu.text()), ["eu-net@status.test.example"]);
    for both in [
        "/calendar.ics?regions=us-east,eu-central",
        "/calendar.ics?regions=eu-central%2Cus-east",
        "/calendar.ics?regions=us-east&regions=eu-central",
        "/calendar.ics?regions=",
    ] {
        let answer = get(&app, both).await;
        assert_eq!(answer.text(), all.text(), "{both}");
        assert_eq!(answer.header("etag"), all.header("etag"), "{both}");
    }
    let none = get(&app, "/calendar.ics?regions=mars").await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(uids(&none.text()).is_empty());

    let long = format!("/calendar.ics?regions={}", "x".repeat(101));
    let bad = get(&app, &long).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        bad.error(),
        ("invalid_regions".to_owned(), json!("regions"))
    );
}

#[tokio::test]
async fn a_tenant_gets_its_slot_with_the_window_times() {
    let site = site_with(&windows());
    let app = site.router(&[]);
    let plain = get(&app, "/calendar.ics").await;
    let acme = get(&app, "/calendar.ics?tenant=ACME").await;
    assert_eq!(acme.status, StatusCode::OK);
    assert_eq!(uids(&acme.text()), uids(&plain.text()));
    assert_ne!(acme.header("etag"), plain.header("etag"));
    let events = vevents(&acme.text());
    let patch = event(&events, "us-patch");
    assert_eq!(prop(patch, "DTSTART"), Some(stamp(day(10, 3)).as_str()));
    assert_eq!(prop(patch, "DTEND"), Some(stamp(day(10, 5)).as_str()));
    let slot_start = day(10, 3) + Duration::minutes(40);
    let description = prop(patch, "DESCRIPTION").expect("DESCRIPTION");
    assert!(
        description.starts_with(&format!(
            "Your service (acme): {} – {} UTC",
            slot_start.format("%Y-%m-%d %H:%M"),
            (slot_start + Duration::minutes(15)).format("%H:%M")
        )),
        "{description}"
    );
    assert!(
        !prop(event(&events, "eu-net"), "DESCRIPTION")
            .unwrap_or_default()
            .contains("Your service"),
        "only where the tenant has a slot"
    );

    let nobody = get(&app, "/calendar.ics?tenant=initech").await;
    assert_eq!(nobody.text(), plain.text());
    assert_eq!(nobody.header("etag"), plain.header("etag"));

    let bad = get(&app, &format!("/calendar.ics?tenant={}", "t".repeat(101))).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.error(), ("invalid_tenant".to_owned(), json!("tenant")));
}

#[tokio::test]
async fn calendar_days_and_page_url_flags() {
    let site = site_with(&windows());
    let app = site.router(&[
        "--calendar-days",
        "30",
        "--page-url",
        "https://status.test.example/maintenance/",
    ]);
    let answer = get(&app, "/calendar.ics").await;
    assert_eq!(
        uids(&answer.text()),
        ["us-patch@status.test.example", "eu-net@status.test.example"]
    );
    let events = vevents(&answer.text());
    assert_eq!(
        prop(&events[0], "URL"),
        Some("https://status.test.example/maintenance/")
    );
}

#[tokio::test]
async fn a_broken_feed_is_503_and_cors_follows_the_allowed_origins() {
    let site = site_with(&windows());
    let app = site.router(&["--allow-origin", "https://status.test.example"]);
    let allowed = get_with(
        &app,
        "/calendar.ics",
        &[("origin", "https://status.test.example")],
    )
    .await;
    assert_eq!(
        allowed.header("access-control-allow-origin"),
        Some("https://status.test.example")
    );
    let other = get_with(&app, "/calendar.ics", &[("origin", "https://evil.example")]).await;
    assert_eq!(other.status, StatusCode::OK);
    assert_eq!(other.header("access-control-allow-origin"), None);

    std::fs::write(site.path("feed.json"), "{ not json").expect("write");
    let broken = get(&app, "/calendar.ics").await;
    assert_eq!(broken.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(broken.error(), ("feed_unavailable".to_owned(), Value::Null));
}
