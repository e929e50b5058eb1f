//! Statuspage compatibility (docs/feed-format.md, "Statuspage documents"): documents in the exact shape of
//! Statuspage's public API (`/api/v2/scheduled-maintenances/upcoming.json`,
//! `/api/v2/summary.json`, `/api/v2/scheduled-maintenances.json`), read by
//! the real parser and followed through the schedule, the view model in
//! display zones other than UTC, and the calendar export.
//!
//! What "latest update" means: Statuspage prints each update with its
//! `display_at` (which an admin may set) and lists `incident_updates` newest
//! first by it; `created_at` is only when the update was typed. The
//! description is the body of the update with the greatest `display_at`
//! (`created_at` when there is none), passing over updates without a body.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, Utc};
use maintenance_window::domain::display::{listing, page_schedule, Listing, ListingOptions};
use maintenance_window::domain::feed::{parse_feed, EntryError, Feed, OneOffWindow, WindowStatus};
use maintenance_window::domain::ics::{calendar, uid_domain_for, CalendarOptions};
use maintenance_window::domain::schedule::{between, upcoming, Occurrence};
use maintenance_window::domain::statuspage::REGION_ID;
use maintenance_window::domain::zone::Zone;
use serde_json::{json, Value};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

fn zone(name: &str) -> Zone {
    Zone::parse(name).expect("test zone")
}

/// When the tests look at the page: 17:30 in Kolkata, 07:00 in New York.
const NOW: &str = "2026-11-26T12:00:00Z";

// --- documents ---------------------------------------------------------------

/// A Statuspage component, with every field the API sends.
fn component(id: &str, name: &str, status: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "status": status,
        "created_at": "2025-03-04T18:10:26.212Z",
        "updated_at": "2026-11-26T10:30:02.941Z",
        "position": 1,
        "description": null,
        "showcase": true,
        "start_date": null,
        "group_id": null,
        "page_id": "y2j98763l56x",
        "group": false,
        "only_show_if_degraded": false
    })
}

/// One incident update; `display_at` equals `created_at`, as it does until
/// an admin changes it.
fn update(id: &str, status: &str, body: Value, created_at: &str, affected: Value) -> Value {
    json!({
        "id": id,
        "status": status,
        "body": body,
        "incident_id": "ignored",
        "created_at": created_at,
        "updated_at": created_at,
        "display_at": created_at,
        "affected_components": affected,
        "deliver_notifications": true,
        "custom_tweet": null,
        "tweet_id": null
    })
}

fn affected(code: &str, name: &str, old: &str, new: &str) -> Value {
    json!([{ "code": code, "name": name, "old_status": old, "new_status": new }])
}

/// A scheduled maintenance with every field the API sends.
#[allow(clippy::too_many_arguments)]
fn maintenance(
    id: &str,
    name: &str,
    status: &str,
    impact: &str,
    scheduled_for: Value,
    scheduled_until: Value,
    updates: Value,
    components: Value,
) -> Value {
    json!({
        "id": id,
        "name": name,
        "status": status,
        "created_at": "2026-11-19T14:24:40.430-05:00",
        "updated_at": "2026-11-26T06:40:03.877-05:00",
        "monitoring_at": null,
        "resolved_at": null,
        "impact": impact,
        "shortlink": format!("https://stspg.io/{id}"),
        "started_at": "2026-11-19T14:24:40.430-05:00",
        "page_id": "y2j98763l56x",
        "incident_updates": updates,
        "components": components,
        "scheduled_for": scheduled_for,
        "scheduled_until": scheduled_until,
        "scheduled_remind_prior": true,
        "scheduled_reminded_at": null,
        "scheduled_auto_in_progress": true,
        "scheduled_auto_completed": true
    })
}

fn page(name: &str, url: &str) -> Value {
    json!({
        "id": "y2j98763l56x",
        "name": name,
        "url": url,
        "time_zone": "America/New_York",
        "updated_at": "2026-11-26T06:58:12.431-05:00"
    })
}

/// `/api/v2/scheduled-maintenances/upcoming.json` of "Acme Cloud": one
/// maintenance verifying (`+05:30` times), one in progress (`Z` times), one
/// scheduled (`-05:00` times), one without an end, one across New York's
/// spring-forward.
fn upcoming_json() -> String {
    json!({
        "page": page("Acme Cloud", "https://status.acme.example"),
        "scheduled_maintenances": [
            maintenance(
                "ts7rmlc5q0pb", "Edge router replacement (Mumbai)", "verifying", "maintenance",
                json!("2026-11-26T16:00:00.000+05:30"), json!("2026-11-26T20:30:00.000+05:30"),
                json!([
                    update("u3", "verifying", json!("The new routers are in place; we are verifying traffic."),
                        "2026-11-26T16:40:03.870+05:30",
                        affected("c1", "Edge network", "under_maintenance", "operational")),
                    update("u2", "in_progress",
                        json!("Scheduled maintenance is currently in progress. We will provide updates as necessary."),
                        "2026-11-26T16:00:01.102+05:30", Value::Null),
                    update("u1", "scheduled", json!("We will replace the edge routers in Mumbai."),
                        "2026-11-20T09:12:44.102+05:30",
                        affected("c1", "Edge network", "operational", "operational")),
                ]),
                json!([component("c1", "Edge network", "operational")]),
            ),
            maintenance(
                "k9x2bq4mfl7d", "Database failover test", "in_progress", "maintenance",
                json!("2026-11-26T11:00:00.000Z"), json!("2026-11-26T14:00:00Z"),
                json!([
                    update("u5", "in_progress", json!("Failover started; writes may pause for a few seconds."),
                        "2026-11-26T11:00:04.512Z",
                        affected("c2", "API", "operational", "under_maintenance")),
                    update("u4", "scheduled", json!("We will test the database failover."),
                        "2026-11-18T08:00:00.000Z", Value::Null),
                ]),
                json!([component("c2", "API", "under_maintenance"), component("c3", "Dashboard", "under_maintenance")]),
            ),
            maintenance(
                "w1zdr745wmfy", "Data layer migration", "scheduled", "maintenance",
                json!("2026-12-06T02:00:00.000-05:00"), json!("2026-12-06T05:00:00.000-05:00"),
                json!([update("u6", "scheduled",
                    json!("We will migrate the data layer to the new cluster.\nThe API will be read-only."),
                    "2026-11-19T14:24:40.436-05:00", Value::Null)]),
                json!([component("c2", "API", "operational"), component("c4", "Webhooks", "operational")]),
            ),
            maintenance(
                "hb0s6c2kq8vn", "Storage work, end to be announced", "scheduled", "maintenance",
                json!("2026-12-10T22:00:00.000Z"), Value::Null,
                json!([update("u7", "scheduled", json!("Dates to follow."), "2026-11-25T10:00:00.000Z", Value::Null)]),
                json!([]),
            ),
            maintenance(
                "p4d7qz1rnx6e", "Load balancer upgrade", "scheduled", "none",
                json!("2027-03-14T01:00:00.000-05:00"), json!("2027-03-14T04:00:00.000-04:00"),
                json!([update("u8", "scheduled", json!("Two hours, across the clock change."),
                    "2026-11-25T10:00:00.000-05:00", Value::Null)]),
                json!([component("c5", "Load balancers", "operational")]),
            ),
        ]
    })
    .to_string()
}

/// `/api/v2/summary.json` of "Globex": `status`, `components` and
/// `incidents` besides the maintenances; the incident must not be shown.
fn summary_json() -> String {
    json!({
        "page": {
            "id": "kctbh9vrtdwd",
            "name": "Globex",
            "url": "http://status.globex.example/",
            "time_zone": "Etc/UTC",
            "updated_at": "2026-11-26T11:58:12.431Z"
        },
        "components": [
            component("g1", "API", "under_maintenance"),
            component("g2", "Billing", "degraded_performance")
        ],
        "incidents": [{
            "id": "9yq6n5m1f0zz",
            "name": "Elevated error rates on billing",
            "status": "investigating",
            "created_at": "2026-11-26T11:40:00.000Z",
            "updated_at": "2026-11-26T11:41:00.000Z",
            "monitoring_at": null,
            "resolved_at": null,
            "impact": "minor",
            "shortlink": "https://stspg.io/9yq6n5m1",
            "started_at": "2026-11-26T11:40:00.000Z",
            "page_id": "kctbh9vrtdwd",
            "incident_updates": [update("i1", "investigating", json!("We are investigating."),
                "2026-11-26T11:40:00.000Z", affected("g2", "Billing", "operational", "degraded_performance"))],
            "components": [component("g2", "Billing", "degraded_performance")]
        }],
        "scheduled_maintenances": [
            maintenance(
                "r8v3kd0s2mq1", "API node rotation", "in_progress", "maintenance",
                json!("2026-11-26T09:00:00.000Z"), json!("2026-11-26T13:00:00.000Z"),
                json!([]), json!([]),
            ),
            maintenance(
                "z2c5hh7a9wpe", "Billing database upgrade", "scheduled", "maintenance",
                json!("2026-12-02T23:00:00.000+01:00"), json!("2026-12-03T01:00:00.000+01:00"),
                json!([
                    update("u2", "scheduled", Value::Null, "2026-11-25T09:00:00.000+01:00", Value::Null),
                    update("u1", "scheduled", json!("We will upgrade the billing database."),
                        "2026-11-24T09:00:00.000+01:00", Value::Null),
                ]),
                json!([component("g2", "Billing", "operational")]),
            ),
        ],
        "status": { "indicator": "minor", "description": "Minor Service Outage" }
    })
    .to_string()
}

fn parse(text: &str) -> Feed {
    parse_feed(text).expect("a Statuspage document")
}

fn window<'f>(feed: &'f Feed, id: &str) -> &'f OneOffWindow {
    feed.windows
        .iter()
        .find(|w| w.id == id)
        .unwrap_or_else(|| panic!("window {id} kept"))
}

fn page_listing(feed: &Feed, zone_name: &str, now: DateTime<Utc>, horizon_days: u32) -> Listing {
    let schedule = page_schedule(feed, now, horizon_days);
    assert!(schedule.skipped.is_empty(), "{:?}", schedule.skipped);
    listing(
        &schedule.occurrences,
        feed,
        zone(zone_name),
        now,
        &ListingOptions {
            regions: Vec::new(),
            tenant: None,
            horizon_days,
        },
    )
}

/// Every upcoming window as `<day group> <id> <start datetime> <end datetime>`.
fn shown(l: &Listing) -> Vec<String> {
    l.upcoming
        .iter()
        .flat_map(|g| {
            g.windows.iter().map(move |v| {
                format!(
                    "{} {} {} {}",
                    g.date,
                    v.id(),
                    v.range().start.datetime,
                    v.range().end.datetime
                )
            })
        })
        .collect()
}

// --- upcoming.json -----------------------------------------------------------

#[test]
fn upcoming_json_reads_titles_times_statuses_components_and_descriptions() {
    let feed = parse(&upcoming_json());
    let ids: Vec<&str> = feed.windows.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ts7rmlc5q0pb",
            "k9x2bq4mfl7d",
            "w1zdr745wmfy",
            "p4d7qz1rnx6e"
        ]
    );
    assert!(feed.recurring.is_empty());

    // One region for the whole page, named after it, in UTC.
    assert_eq!(feed.regions.len(), 1);
    assert_eq!(feed.regions[0].id.as_str(), REGION_ID);
    assert_eq!(feed.regions[0].name, "Acme Cloud");
    assert_eq!(feed.regions[0].zone, Zone::UTC);
    assert!(feed.windows.iter().all(|w| w.region.as_str() == REGION_ID));
    assert_eq!(feed.service.name.as_deref(), Some("Acme Cloud"));
    assert_eq!(
        feed.service.status_url.as_deref(),
        Some("https://status.acme.example")
    );
    assert_eq!(feed.generated_at, Some(at("2026-11-26T11:58:12.431Z")));

    let v = window(&feed, "ts7rmlc5q0pb");
    assert_eq!(v.details.title, "Edge router replacement (Mumbai)");
    // `+05:30` with fractional seconds.
    assert_eq!(
        (v.start, v.end),
        (at("2026-11-26T10:30:00Z"), at("2026-11-26T15:00:00Z"))
    );
    assert_eq!(v.status, Some(WindowStatus::InProgress), "verifying");
    assert_eq!(v.details.activities, ["Edge network"]);
    assert_eq!(
        v.details.description.as_deref(),
        Some("The new routers are in place; we are verifying traffic.")
    );
    assert_eq!(v.details.kind.as_deref(), Some("maintenance"));
    assert_eq!(v.details.expected_downtime_minutes, None);
    assert!(v.tenant_slots.is_empty());

    let d = window(&feed, "k9x2bq4mfl7d");
    // `Z`, with and without fractional seconds.
    assert_eq!(
        (d.start, d.end),
        (at("2026-11-26T11:00:00Z"), at("2026-11-26T14:00:00Z"))
    );
    assert_eq!(d.status, Some(WindowStatus::InProgress));
    assert_eq!(d.details.activities, ["API", "Dashboard"]);
    assert_eq!(
        d.details.description.as_deref(),
        Some("Failover started; writes may pause for a few seconds.")
    );

    let m = window(&feed, "w1zdr745wmfy");
    assert_eq!(
        (m.start, m.end),
        (at("2026-12-06T07:00:00Z"), at("2026-12-06T10:00:00Z"))
    );
    assert_eq!(m.status, Some(WindowStatus::Scheduled));
    assert_eq!(m.details.activities, ["API", "Webhooks"]);
    // Line breaks in a body stay; the page renders it as text.
    assert_eq!(
        m.details.description.as_deref(),
        Some("We will migrate the data layer to the new cluster.\nThe API will be read-only.")
    );

    // Offsets differ at either end: two real hours across the change.
    let t = window(&feed, "p4d7qz1rnx6e");
    assert_eq!(
        (t.start, t.end),
        (at("2027-03-14T06:00:00Z"), at("2027-03-14T08:00:00Z"))
    );
    // Impact "none" is no kind worth a label.
    assert_eq!(t.details.kind, None);
}

#[test]
fn a_maintenance_without_an_end_is_skipped_with_its_reason() {
    let feed = parse(&upcoming_json());
    assert_eq!(feed.windows.len() + feed.skipped.len(), 5);
    assert_eq!(feed.skipped.len(), 1);
    let s = &feed.skipped[0];
    assert_eq!(s.entry, "scheduled_maintenances[3] \"hb0s6c2kq8vn\"");
    assert!(
        matches!(
            &s.reason,
            EntryError::BadInstant {
                field: "scheduled_until",
                ..
            }
        ),
        "{s}"
    );
    assert!(s.to_string().contains("scheduled_until"), "{s}");
}

#[test]
fn statuses_follow_the_clock_where_statuspage_is_not_final() {
    let feed = parse(&upcoming_json());
    let schedule = between(
        &feed,
        at("2026-11-01T00:00:00Z"),
        at("2027-06-01T00:00:00Z"),
    );
    let occ = |id: &str| -> &Occurrence {
        schedule
            .occurrences
            .iter()
            .find(|o| o.id.as_str() == id)
            .unwrap_or_else(|| panic!("{id} listed"))
    };
    let status = |id: &str, now: &str| occ(id).status_at(at(now));

    // verifying and in_progress hold until the end, then the window is done.
    assert_eq!(status("ts7rmlc5q0pb", NOW), WindowStatus::InProgress);
    assert_eq!(
        status("ts7rmlc5q0pb", "2026-11-26T14:59:59Z"),
        WindowStatus::InProgress
    );
    assert_eq!(
        status("ts7rmlc5q0pb", "2026-11-26T15:00:00Z"),
        WindowStatus::Completed
    );
    // Declared in progress even before the scheduled start.
    assert_eq!(
        status("k9x2bq4mfl7d", "2026-11-26T10:00:00Z"),
        WindowStatus::InProgress
    );
    assert_eq!(
        status("k9x2bq4mfl7d", "2026-11-26T14:00:00Z"),
        WindowStatus::Completed
    );
    // scheduled is what Statuspage said when it was published: the clock
    // moves it on, even when the document is stale.
    assert_eq!(status("w1zdr745wmfy", NOW), WindowStatus::Scheduled);
    assert_eq!(
        status("w1zdr745wmfy", "2026-12-06T07:00:00Z"),
        WindowStatus::InProgress
    );
    assert_eq!(
        status("w1zdr745wmfy", "2026-12-06T10:00:00Z"),
        WindowStatus::Completed
    );
    // The schedule is soonest first.
    let ids: Vec<&str> = schedule.occurrences.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ts7rmlc5q0pb",
            "k9x2bq4mfl7d",
            "w1zdr745wmfy",
            "p4d7qz1rnx6e"
        ]
    );
    // upcoming() leaves out what has ended.
    let later = upcoming(&feed, at("2026-11-26T14:30:00Z"), 90);
    let ids: Vec<&str> = later.occurrences.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["ts7rmlc5q0pb", "w1zdr745wmfy"]);
}

#[test]
fn upcoming_json_listed_in_kolkata() {
    let feed = parse(&upcoming_json());
    let l = page_listing(&feed, "Asia/Kolkata", at(NOW), 180);
    assert_eq!(
        shown(&l),
        [
            "2026-11-26 ts7rmlc5q0pb 2026-11-26T16:00:00+05:30 2026-11-26T20:30:00+05:30",
            "2026-11-26 k9x2bq4mfl7d 2026-11-26T16:30:00+05:30 2026-11-26T19:30:00+05:30",
            "2026-12-06 w1zdr745wmfy 2026-12-06T12:30:00+05:30 2026-12-06T15:30:00+05:30",
            "2027-03-14 p4d7qz1rnx6e 2027-03-14T11:30:00+05:30 2027-03-14T13:30:00+05:30"
        ]
    );
    let relative: Vec<Option<&str>> = l.upcoming.iter().map(|g| g.relative.as_deref()).collect();
    assert_eq!(relative, [Some("today"), Some("in 10 days"), None]);

    let first = &l.upcoming[0].windows[0];
    assert_eq!(first.status, WindowStatus::InProgress);
    assert_eq!(first.title(), "Edge router replacement (Mumbai)");
    assert_eq!(first.region_id(), REGION_ID);
    assert_eq!(first.region_name(), "Acme Cloud");
    assert_eq!(first.kind().as_deref(), Some("Maintenance"));
    assert_eq!(first.activities(), ["Edge network"]);
    assert_eq!(
        first.description(),
        Some("The new routers are in place; we are verifying traffic.")
    );
    assert_eq!(first.duration(), "4 h 30 min");
    // The "region" is UTC, so the UTC line and the region line agree.
    assert!(first.show_utc() && first.show_region_time());
    assert_eq!(first.utc().start.datetime, "2026-11-26T10:30:00+00:00");
    assert_eq!(
        first.region_range().start.datetime,
        "2026-11-26T10:30:00+00:00"
    );
    assert_eq!(
        (
            first.range().start.wall.hour,
            first.range().start.wall.minute
        ),
        (16, 0)
    );
    assert!(first.range().same_day);

    let statuses: Vec<WindowStatus> = l
        .upcoming
        .iter()
        .flat_map(|g| g.windows.iter().map(|v| v.status))
        .collect();
    assert_eq!(
        statuses,
        [
            WindowStatus::InProgress,
            WindowStatus::InProgress,
            WindowStatus::Scheduled,
            WindowStatus::Scheduled
        ]
    );
    assert_eq!(l.next.as_ref().map(|v| v.id()), Some("ts7rmlc5q0pb"));
    assert!(l.recent.is_empty());
    // No clock changes in Kolkata or UTC.
    assert!(l
        .upcoming
        .iter()
        .all(|g| g.windows.iter().all(|v| v.warnings().is_empty())));
}

#[test]
fn upcoming_json_listed_in_new_york_across_the_clock_change() {
    let feed = parse(&upcoming_json());
    let l = page_listing(&feed, "America/New_York", at(NOW), 180);
    let t = l
        .upcoming
        .iter()
        .flat_map(|g| &g.windows)
        .find(|v| v.id() == "p4d7qz1rnx6e")
        .expect("listed");
    assert_eq!(t.range().start.datetime, "2027-03-14T01:00:00-05:00");
    assert_eq!(t.range().end.datetime, "2027-03-14T04:00:00-04:00");
    assert_eq!(t.duration(), "2 h");
    assert_eq!(
        t.warnings(),
        ["In America/New_York, clocks go forward 1 hour during this window; it still lasts 2 h."]
    );
    let m = l
        .upcoming
        .iter()
        .flat_map(|g| &g.windows)
        .find(|v| v.id() == "w1zdr745wmfy")
        .expect("listed");
    assert_eq!(m.range().start.datetime, "2026-12-06T02:00:00-05:00");
    assert_eq!(m.range().end.datetime, "2026-12-06T05:00:00-05:00");
}

#[test]
fn upcoming_json_listed_in_auckland_groups_by_the_local_day() {
    let feed = parse(&upcoming_json());
    // 12:00Z is 01:00 on 27 November in Auckland (NZDT, +13:00).
    let l = page_listing(&feed, "Pacific/Auckland", at(NOW), 180);
    let days: Vec<(String, Option<&str>, Vec<&str>)> = l
        .upcoming
        .iter()
        .map(|g| {
            (
                g.date.to_string(),
                g.relative.as_deref(),
                g.windows.iter().map(|v| v.id()).collect(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            (
                "2026-11-26".to_owned(),
                Some("yesterday"),
                vec!["ts7rmlc5q0pb"]
            ),
            ("2026-11-27".to_owned(), Some("today"), vec!["k9x2bq4mfl7d"]),
            (
                "2026-12-06".to_owned(),
                Some("in 9 days"),
                vec!["w1zdr745wmfy"]
            ),
            ("2027-03-14".to_owned(), None, vec!["p4d7qz1rnx6e"]),
        ]
    );
    assert_eq!(
        l.upcoming[0].windows[0].range().start.datetime,
        "2026-11-26T23:30:00+13:00"
    );
    // Starts before midnight, ends after it.
    assert!(!l.upcoming[0].windows[0].range().same_day);
    assert_eq!(
        l.upcoming[1].windows[0].range().start.datetime,
        "2026-11-27T00:00:00+13:00"
    );
}

#[test]
fn upcoming_json_exports_to_a_calendar() {
    let feed = parse(&upcoming_json());
    let schedule = upcoming(&feed, at(NOW), 180);
    let domain = uid_domain_for(&feed);
    assert_eq!(domain, "status.acme.example");
    let text = calendar(
        &schedule.occurrences,
        &feed,
        &CalendarOptions {
            product_id: "-//Acme Cloud//Maintenance windows//EN",
            calendar_name: "Acme Cloud maintenance",
            uid_domain: &domain,
            reminder_minutes: 60,
            page_url: None,
            now: at(NOW),
        },
    );
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 4);
    for line in [
        "UID:ts7rmlc5q0pb@status.acme.example\r\n",
        "DTSTART:20261126T103000Z\r\n",
        "DTEND:20261126T150000Z\r\n",
        "SUMMARY:Edge router replacement (Mumbai) (Acme Cloud)\r\n",
        "DTSTART:20270314T060000Z\r\n",
        "DTEND:20270314T080000Z\r\n",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
}

// --- summary.json ------------------------------------------------------------

#[test]
fn summary_json_shows_maintenances_only() {
    let feed = parse(&summary_json());
    let ids: Vec<&str> = feed.windows.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ids, ["r8v3kd0s2mq1", "z2c5hh7a9wpe"], "no incident");
    assert!(feed.skipped.is_empty(), "{:?}", feed.skipped);
    assert_eq!(feed.regions[0].name, "Globex");
    // http: is accepted as well as https:.
    assert_eq!(
        feed.service.status_url.as_deref(),
        Some("http://status.globex.example/")
    );
    assert_eq!(feed.generated_at, Some(at("2026-11-26T11:58:12.431Z")));

    // Empty updates and components: no description, no activities.
    let r = window(&feed, "r8v3kd0s2mq1");
    assert_eq!(r.details.description, None);
    assert!(r.details.activities.is_empty());
    assert_eq!(r.status, Some(WindowStatus::InProgress));
    assert_eq!(
        (r.start, r.end),
        (at("2026-11-26T09:00:00Z"), at("2026-11-26T13:00:00Z"))
    );

    // The newest update has a null body: the newest with a body is shown.
    let z = window(&feed, "z2c5hh7a9wpe");
    assert_eq!(
        z.details.description.as_deref(),
        Some("We will upgrade the billing database.")
    );
    assert_eq!(
        (z.start, z.end),
        (at("2026-12-02T22:00:00Z"), at("2026-12-03T00:00:00Z"))
    );
    assert_eq!(z.details.activities, ["Billing"]);
}

#[test]
fn summary_json_listed_in_kathmandu() {
    let feed = parse(&summary_json());
    let l = page_listing(&feed, "Asia/Kathmandu", at(NOW), 90);
    assert_eq!(
        shown(&l),
        [
            "2026-11-26 r8v3kd0s2mq1 2026-11-26T14:45:00+05:45 2026-11-26T18:45:00+05:45",
            "2026-12-03 z2c5hh7a9wpe 2026-12-03T03:45:00+05:45 2026-12-03T05:45:00+05:45"
        ]
    );
    assert_eq!(l.upcoming[0].windows[0].region_name(), "Globex");
    assert_eq!(l.next.as_ref().map(|v| v.id()), Some("r8v3kd0s2mq1"));
    // An hour after its end, the node rotation is recent and completed.
    let after = page_listing(&feed, "Asia/Kathmandu", at("2026-11-26T14:00:00Z"), 90);
    assert_eq!(
        after
            .recent
            .iter()
            .map(|v| (v.id(), v.status))
            .collect::<Vec<_>>(),
        [("r8v3kd0s2mq1", WindowStatus::Completed)]
    );
    assert_eq!(after.next.as_ref().map(|v| v.id()), Some("z2c5hh7a9wpe"));
}

// --- /api/v2/scheduled-maintenances.json: completed, odd entries -----------

fn all_json() -> String {
    let mut backdated = update(
        "b2",
        "scheduled",
        json!("Typed last, but dated the earliest."),
        "2026-11-25T12:00:00.000Z",
        Value::Null,
    );
    backdated["display_at"] = json!("2026-11-20T12:00:00.000Z");
    json!({
        "page": page("Acme Cloud", "javascript:alert(1)"),
        "scheduled_maintenances": [
            {
                "id": "c0mpl3t3d001",
                "name": "Certificate rotation",
                "status": "completed",
                "created_at": "2026-11-10T09:00:00.000-08:00",
                "updated_at": "2026-11-20T04:01:00.000-08:00",
                "monitoring_at": null,
                "resolved_at": "2026-11-20T04:01:00.000-08:00",
                "impact": "maintenance",
                "shortlink": "https://stspg.io/c0mpl3t3",
                "started_at": "2026-11-10T09:00:00.000-08:00",
                "page_id": "y2j98763l56x",
                "incident_updates": [
                    update("c3", "completed", json!("The scheduled maintenance has been completed."),
                        "2026-11-20T04:01:00.000-08:00", affected("c2", "API", "under_maintenance", "operational")),
                    update("c2", "in_progress", json!("Scheduled maintenance is currently in progress."),
                        "2026-11-20T02:00:00.000-08:00", affected("c2", "API", "operational", "under_maintenance")),
                    update("c1", "scheduled", json!("We will rotate certificates."),
                        "2026-11-10T09:00:00.000-08:00", Value::Null)
                ],
                "components": [component("c2", "API", "operational")],
                "scheduled_for": "2026-11-20T02:00:00.000-08:00",
                "scheduled_until": "2026-11-20T04:00:00.000-08:00"
            },
            maintenance(
                "e4rly0ff0001", "Cache flush, finished early", "completed", "maintenance",
                json!("2026-11-26T10:00:00.000Z"), json!("2026-11-26T16:00:00.000Z"),
                json!([]), json!([]),
            ),
            // Updates listed oldest first (a re-sorted copy): display_at decides.
            maintenance(
                "0rd3r3d00001", "Queue upgrade", "scheduled", "maintenance",
                json!("2026-12-01T00:00:00+09:00"), json!("2026-12-01T03:00:00+09:00"),
                json!([
                    update("o1", "scheduled", json!("First notice."), "2026-11-20T00:00:00.000Z", Value::Null),
                    update("o2", "scheduled", json!("Second notice."), "2026-11-22T00:00:00.000Z", Value::Null),
                    update("o3", "scheduled", json!("Final notice."), "2026-11-24T00:00:00.000Z", Value::Null),
                ]),
                json!([]),
            ),
            // An update typed later but backdated: display_at, not created_at.
            maintenance(
                "b4ckd4t3d001", "Search reindex", "scheduled", "maintenance",
                json!("2026-12-05T01:00:00.000Z"), json!("2026-12-05T02:00:00.000Z"),
                json!([
                    update("b1", "scheduled", json!("Shown as the latest."), "2026-11-22T12:00:00.000Z", Value::Null),
                    backdated,
                ]),
                json!([]),
            ),
            // The same id again: left out, as in our own feed.
            maintenance(
                "c0mpl3t3d001", "Duplicate", "scheduled", "maintenance",
                json!("2026-12-08T01:00:00.000Z"), json!("2026-12-08T02:00:00.000Z"),
                json!([]), json!([]),
            ),
            maintenance(
                "n0start00001", "No start", "scheduled", "maintenance",
                Value::Null, json!("2026-12-08T02:00:00.000Z"), json!([]), json!([]),
            ),
            maintenance(
                "n0ff5et00001", "Start without an offset", "scheduled", "maintenance",
                json!("2026-12-08T01:00:00"), json!("2026-12-08T02:00:00.000Z"), json!([]), json!([]),
            ),
            maintenance(
                "b4ckw4rd0001", "Ends before it starts", "scheduled", "maintenance",
                json!("2026-12-08T03:00:00.000Z"), json!("2026-12-08T02:00:00.000Z"), json!([]), json!([]),
            ),
            maintenance(
                "3mpty1nt0001", "Empty interval", "scheduled", "maintenance",
                json!("2026-12-08T03:00:00.000Z"), json!("2026-12-08T04:00:00.000+01:00"), json!([]), json!([]),
            ),
            {
                "id": null,
                "name": "No id",
                "status": "scheduled",
                "scheduled_for": "2026-12-08T01:00:00.000Z",
                "scheduled_until": "2026-12-08T02:00:00.000Z"
            },
            null,
            {
                "id": "w1thn0n4me01",
                "name": null,
                "status": "postponed",
                "impact": null,
                "incident_updates": null,
                "components": null,
                "scheduled_for": "2026-12-09T01:00:00.000Z",
                "scheduled_until": "2026-12-09T02:00:00.000Z"
            }
        ]
    })
    .to_string()
}

#[test]
fn odd_entries_are_skipped_with_reasons_and_the_rest_stays() {
    let feed = parse(&all_json());
    let ids: Vec<&str> = feed.windows.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "c0mpl3t3d001",
            "e4rly0ff0001",
            "0rd3r3d00001",
            "b4ckd4t3d001",
            "w1thn0n4me01"
        ]
    );
    let skipped: Vec<(&str, &EntryError)> = feed
        .skipped
        .iter()
        .map(|s| (s.entry.as_str(), &s.reason))
        .collect();
    assert_eq!(feed.windows.len() + skipped.len(), 12);
    assert_eq!(
        skipped[0],
        (
            "scheduled_maintenances[4] \"c0mpl3t3d001\"",
            &EntryError::DuplicateId("c0mpl3t3d001".to_owned())
        )
    );
    assert!(matches!(
        skipped[1],
        (
            "scheduled_maintenances[5] \"n0start00001\"",
            EntryError::BadInstant {
                field: "scheduled_for",
                ..
            }
        )
    ));
    assert!(matches!(
        skipped[2],
        (
            "scheduled_maintenances[6] \"n0ff5et00001\"",
            EntryError::BadInstant {
                field: "scheduled_for",
                ..
            }
        )
    ));
    assert_eq!(
        skipped[3],
        (
            "scheduled_maintenances[7] \"b4ckw4rd0001\"",
            &EntryError::EndNotAfterStart
        )
    );
    assert_eq!(
        skipped[4],
        (
            "scheduled_maintenances[8] \"3mpty1nt0001\"",
            &EntryError::EndNotAfterStart
        )
    );
    assert_eq!(
        skipped[5],
        ("scheduled_maintenances[9]", &EntryError::EmptyId)
    );
    assert_eq!(
        skipped[6],
        (
            "scheduled_maintenances[10]",
            &EntryError::Malformed("not an object".into())
        )
    );
    assert_eq!(skipped.len(), 7);
    // `page.url` is not a web URL: no link to it.
    assert_eq!(feed.service.status_url, None);
}

#[test]
fn completed_maintenances_and_latest_updates() {
    let feed = parse(&all_json());
    let c = window(&feed, "c0mpl3t3d001");
    assert_eq!(c.status, Some(WindowStatus::Completed));
    assert_eq!(
        (c.start, c.end),
        (at("2026-11-20T10:00:00Z"), at("2026-11-20T12:00:00Z"))
    );
    assert_eq!(
        c.details.description.as_deref(),
        Some("The scheduled maintenance has been completed.")
    );
    assert_eq!(
        window(&feed, "0rd3r3d00001").details.description.as_deref(),
        Some("Final notice.")
    );
    assert_eq!(
        window(&feed, "b4ckd4t3d001").details.description.as_deref(),
        Some("Shown as the latest.")
    );
    // Nulls where strings could be: the id stands in for the title, an
    // unknown status leaves it to the clock, nothing else is made up.
    let n = window(&feed, "w1thn0n4me01");
    assert_eq!(n.details.title, "w1thn0n4me01");
    assert_eq!(n.status, None);
    assert_eq!(n.details.kind, None);
    assert_eq!(n.details.description, None);
    assert!(n.details.activities.is_empty());

    // Finished early: completed is final even before scheduled_until, so it
    // is listed (not ended) but is not the next window.
    let l = page_listing(&feed, "America/Los_Angeles", at(NOW), 90);
    let first = &l.upcoming[0].windows[0];
    assert_eq!(
        (first.id(), first.status),
        ("e4rly0ff0001", WindowStatus::Completed)
    );
    assert_eq!(first.range().start.datetime, "2026-11-26T02:00:00-08:00");
    assert_eq!(l.next.as_ref().map(|v| v.id()), Some("0rd3r3d00001"));
    assert_eq!(
        l.recent
            .iter()
            .map(|v| (v.id(), v.status, v.range().start.datetime))
            .collect::<Vec<_>>(),
        [(
            "c0mpl3t3d001",
            WindowStatus::Completed,
            "2026-11-20T02:00:00-08:00".to_owned()
        )]
    );
}

#[test]
fn every_statuspage_status_maps() {
    let doc = |status: Value| {
        json!({
            "scheduled_maintenances": [{
                "id": "x", "name": "X", "status": status,
                "scheduled_for": "2026-12-01T00:00:00Z", "scheduled_until": "2026-12-01T01:00:00Z"
            }]
        })
        .to_string()
    };
    let cases = [
        (json!("scheduled"), Some(WindowStatus::Scheduled)),
        (json!("in_progress"), Some(WindowStatus::InProgress)),
        (json!("verifying"), Some(WindowStatus::InProgress)),
        (json!("completed"), Some(WindowStatus::Completed)),
        (json!("Verifying"), Some(WindowStatus::InProgress)),
        (json!("postponed"), None),
        (Value::Null, None),
        (json!(3), None),
    ];
    for (status, expected) in cases {
        let feed = parse(&doc(status.clone()));
        assert_eq!(feed.windows[0].status, expected, "{status}");
    }
}

#[test]
fn pages_without_page_or_maintenances() {
    // upcoming.json on a quiet day.
    let quiet = parse(
        &json!({ "page": page("Acme Cloud", "https://status.acme.example"), "scheduled_maintenances": [] })
            .to_string(),
    );
    assert!(quiet.windows.is_empty() && quiet.skipped.is_empty());
    assert_eq!(quiet.regions.len(), 1);
    let l = page_listing(&quiet, "Asia/Kolkata", at(NOW), 90);
    assert!(l.upcoming.is_empty() && l.next.is_none() && l.recent.is_empty());

    // No page object: a generic region name, no link.
    let bare = parse(
        r#"{"scheduled_maintenances": [{"id": "a", "name": "A",
            "scheduled_for": "2026-12-01T00:00:00Z", "scheduled_until": "2026-12-01T01:00:00Z"}]}"#,
    );
    assert_eq!(bare.regions[0].name, "All services");
    assert_eq!(bare.service, Default::default());
    assert_eq!(bare.generated_at, None);

    // A page with a blank name and a relative URL.
    let odd = parse(
        &json!({ "page": { "name": "  ", "url": "/status", "updated_at": null }, "scheduled_maintenances": [] })
            .to_string(),
    );
    assert_eq!(odd.regions[0].name, "All services");
    assert_eq!(odd.service.status_url, None);

    // A document with feed_version is ours, whatever else it holds.
    assert!(
        parse_feed(r#"{"feed_version": 1, "scheduled_maintenances": []}"#)
            .expect("our feed")
            .regions
            .is_empty()
    );
}

#[test]
fn the_same_maintenance_in_any_offset_is_the_same_window() {
    let forms = [
        ("2026-12-06T07:00:00Z", "2026-12-06T10:00:00Z"),
        ("2026-12-06T07:00:00.000Z", "2026-12-06T10:00:00.000Z"),
        (
            "2026-12-06T02:00:00.000-05:00",
            "2026-12-06T05:00:00.000-05:00",
        ),
        ("2026-12-06T12:30:00.000+05:30", "2026-12-06T15:30:00+05:30"),
        ("2026-12-06T12:45:00+05:45", "2026-12-06T09:00:00.000-01:00"),
        (
            "2026-12-06T07:00:00.000000+00:00",
            "2026-12-06T10:00:00.999999999Z",
        ),
    ];
    for (from, until) in forms {
        let feed = parse(
            &json!({"scheduled_maintenances": [{"id": "m", "name": "M",
                "scheduled_for": from, "scheduled_until": until}]})
            .to_string(),
        );
        let w = &feed.windows[0];
        assert_eq!(w.start, at("2026-12-06T07:00:00Z"), "{from}");
        let past_ten = w.end - at("2026-12-06T10:00:00Z");
        assert!(
            past_ten >= Duration::zero() && past_ten < Duration::seconds(1),
            "{until}"
        );
    }
}
