//! Native tests of the feed parser, the schedule and the view model.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Utc};
use maintenance_window::domain::display::{
    listing, page_schedule, zone_label, Listing, ListingOptions, WindowView, MAX_PAGE_OCCURRENCES,
};
use maintenance_window::domain::feed::{
    parse_feed, EntryError, FeedError, WindowStatus, MAX_ENTRIES, MAX_FEED_BYTES, MAX_TEXT_CHARS,
};
use maintenance_window::domain::recurrence::MAX_STEPS;
use maintenance_window::domain::schedule::{between, upcoming, MAX_TOTAL_STEPS};
use maintenance_window::domain::zone::Zone;

/// The example feed of docs/feed-format.md.
const DOCUMENTED_EXAMPLE: &str = r#"{
  "feed_version": 1,
  "service": { "name": "Acme Cloud", "status_url": "https://status.acme.example" },
  "generated_at": "2026-11-26T12:00:00Z",
  "regions": [
    { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
    { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
  ],
  "windows": [
    {
      "id": "2026-12-emergency-eu",
      "title": "Emergency network patch",
      "region": "eu-central",
      "start": "2026-12-02T23:00:00+01:00",
      "end": "2026-12-03T01:00:00+01:00",
      "status": "scheduled",
      "kind": "infrastructure",
      "expected_downtime_minutes": 15,
      "description": "Plain text, never HTML.",
      "activities": ["Operating system updates", "Network changes"],
      "tenant_slots": [
        { "tenant": "acme", "start": "2026-12-02T23:40:00+01:00", "end": "2026-12-02T23:55:00+01:00" }
      ]
    }
  ],
  "recurring": [
    {
      "id": "monthly-us-east",
      "title": "Monthly infrastructure maintenance",
      "region": "us-east",
      "rrule": "FREQ=MONTHLY;BYDAY=1SA",
      "starts_on": "2026-01-01",
      "start_time": "22:00",
      "duration_minutes": 240,
      "exceptions": ["2026-12-05"],
      "kind": "infrastructure",
      "expected_downtime_minutes": 15
    }
  ],
  "subscribe": { "url": "https://status.acme.example/api/subscriptions", "channels": ["email"] }
}"#;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

fn zone(name: &str) -> Zone {
    Zone::parse(name).expect("test zone")
}

#[test]
fn the_contract_example_parses_completely() {
    let feed = parse_feed(DOCUMENTED_EXAMPLE).expect("valid feed");
    assert_eq!(feed.regions.len(), 2);
    assert_eq!(feed.windows.len(), 1);
    assert_eq!(feed.recurring.len(), 1);
    assert!(feed.skipped.is_empty(), "{:?}", feed.skipped);
    assert_eq!(feed.service.name.as_deref(), Some("Acme Cloud"));
    assert_eq!(
        feed.service.status_url.as_deref(),
        Some("https://status.acme.example")
    );
    assert_eq!(feed.generated_at, Some(at("2026-11-26T12:00:00Z")));
    let w = &feed.windows[0];
    assert_eq!(w.start, at("2026-12-02T22:00:00Z"));
    assert_eq!(w.tenant_slots.len(), 1);
    assert_eq!(
        w.details.activities,
        ["Operating system updates", "Network changes"]
    );
    assert_eq!(feed.recurring[0].duration_minutes, 240);
}

#[test]
fn the_contract_example_lists_in_order_with_exceptions_skipped() {
    let feed = parse_feed(DOCUMENTED_EXAMPLE).expect("valid feed");
    let schedule = upcoming(&feed, at("2026-11-26T12:00:00Z"), 90);
    let ids: Vec<String> = schedule
        .occurrences
        .iter()
        .map(|o| o.id.to_string())
        .collect();
    // 2026-12-05 is an exception; 1SA of January 2027 is the 2nd, of February the 6th.
    assert_eq!(
        ids,
        [
            "2026-12-emergency-eu",
            "monthly-us-east/2027-01-02",
            "monthly-us-east/2027-02-06"
        ]
    );
    let jan = &schedule.occurrences[1];
    assert_eq!(jan.start, at("2027-01-03T03:00:00Z"));
    assert_eq!(jan.end, at("2027-01-03T07:00:00Z"));
}

#[test]
fn documents_that_are_not_feeds_are_one_clear_error() {
    assert!(matches!(parse_feed("{"), Err(FeedError::NotJson(_))));
    assert!(matches!(
        parse_feed("<html></html>"),
        Err(FeedError::NotJson(_))
    ));
    assert_eq!(parse_feed("[]"), Err(FeedError::NotAFeed));
    assert_eq!(parse_feed("null"), Err(FeedError::NotAFeed));
    assert_eq!(parse_feed(r#"{"hello": 1}"#), Err(FeedError::NotAFeed));
    assert_eq!(
        parse_feed(r#"{"feed_version": "1"}"#),
        Err(FeedError::NotAFeed)
    );
    assert_eq!(
        parse_feed(r#"{"feed_version": 0}"#),
        Err(FeedError::NotAFeed)
    );
    assert_eq!(
        parse_feed(r#"{"feed_version": 2, "regions": []}"#),
        Err(FeedError::UnsupportedVersion(2))
    );
    let msg = FeedError::UnsupportedVersion(2).to_string();
    assert!(
        msg.contains("version 2") && msg.contains("version 1"),
        "{msg}"
    );
}

#[test]
fn each_bad_entry_is_left_out_with_its_reason_and_the_rest_stays() {
    let text = r#"{
      "feed_version": 1,
      "regions": [
        { "id": "ok", "name": "OK", "time_zone": "Asia/Katmandu" },
        { "id": "mars", "name": "Mars", "time_zone": "Mars/Olympus_Mons" },
        { "id": "ok", "name": "Twice", "time_zone": "UTC" },
        { "name": "no id", "time_zone": "UTC" }
      ],
      "windows": [
        { "id": "good", "region": "ok", "start": "2027-01-01T00:00:00Z", "end": "2027-01-01T01:00:00Z", "surprise": [1,2] },
        { "id": "bad-region", "region": "nowhere", "start": "2027-01-01T00:00:00Z", "end": "2027-01-01T01:00:00Z" },
        { "id": "backwards", "region": "ok", "start": "2027-01-01T02:00:00Z", "end": "2027-01-01T01:00:00Z" },
        { "id": "no-offset", "region": "ok", "start": "2027-01-01T00:00:00", "end": "2027-01-01T01:00:00Z" },
        { "id": "good", "region": "ok", "start": "2027-01-02T00:00:00Z", "end": "2027-01-02T01:00:00Z" },
        { "id": "no-end", "region": "ok", "start": "2027-01-01T00:00:00Z" },
        "not an object"
      ],
      "recurring": [
        { "id": "r-good", "region": "ok", "rrule": "FREQ=MONTHLY;BYDAY=1SA", "starts_on": "2026-01-01", "start_time": "22:00", "duration_minutes": 240 },
        { "id": "r-zero", "region": "ok", "rrule": "FREQ=MONTHLY;BYDAY=1SA", "starts_on": "2026-01-01", "start_time": "22:00", "duration_minutes": 0 },
        { "id": "r-long", "region": "ok", "rrule": "FREQ=MONTHLY;BYDAY=1SA", "starts_on": "2026-01-01", "start_time": "22:00", "duration_minutes": 1441 },
        { "id": "r-rule", "region": "ok", "rrule": "FREQ=SOMETIMES", "starts_on": "1500-01-01", "start_time": "22:00", "duration_minutes": 60 },
        { "id": "r-time", "region": "ok", "rrule": "FREQ=DAILY", "starts_on": "2026-01-01", "start_time": "25:00", "duration_minutes": 60 },
        { "id": "r-date", "region": "ok", "rrule": "FREQ=DAILY", "starts_on": "2026-02-30", "start_time": "01:00", "duration_minutes": 60 }
      ]
    }"#;
    let feed = parse_feed(text).expect("a feed with bad entries is still a feed");
    assert_eq!(feed.regions.len(), 1);
    assert_eq!(feed.regions[0].zone.name(), "Asia/Kathmandu");
    assert_eq!(
        feed.windows
            .iter()
            .map(|w| w.id.as_str())
            .collect::<Vec<_>>(),
        ["good"]
    );
    assert_eq!(
        feed.recurring
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["r-good"]
    );
    let reasons: Vec<&EntryError> = feed.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(feed.skipped.len(), 3 + 6 + 5, "{:#?}", feed.skipped);
    assert!(matches!(reasons[0], EntryError::UnknownZone(_)));
    assert_eq!(reasons[1], &EntryError::DuplicateId("ok".into()));
    assert!(matches!(reasons[2], EntryError::Malformed(_)));
    assert_eq!(reasons[3], &EntryError::UnknownRegion("nowhere".into()));
    assert_eq!(reasons[4], &EntryError::EndNotAfterStart);
    assert!(matches!(
        reasons[5],
        EntryError::BadInstant { field: "start", .. }
    ));
    assert_eq!(reasons[6], &EntryError::DuplicateId("good".into()));
    assert!(matches!(reasons[7], EntryError::Malformed(_)));
    assert!(matches!(reasons[8], EntryError::Malformed(_)));
    assert_eq!(reasons[9], &EntryError::DurationOutOfRange(0));
    assert_eq!(reasons[10], &EntryError::DurationOutOfRange(1441));
    assert!(matches!(reasons[11], EntryError::BadRrule(_)));
    assert!(matches!(
        reasons[12],
        EntryError::BadLocal {
            field: "start_time",
            ..
        }
    ));
    assert!(matches!(
        reasons[13],
        EntryError::BadLocal {
            field: "starts_on",
            ..
        }
    ));
    // Each reason names the entry, for the console.
    assert!(
        feed.skipped[3].to_string().contains("bad-region"),
        "{}",
        feed.skipped[3]
    );
}

#[test]
fn links_from_the_feed_are_only_kept_when_http() {
    for (url, kept) in [
        ("javascript:alert(1)", false),
        ("data:text/html,hi", false),
        ("//evil.example", false),
        ("https://status.example", true),
        ("HTTP://status.example", true),
    ] {
        let text = format!(r#"{{"feed_version": 1, "service": {{"status_url": {url:?}}}}}"#);
        let feed = parse_feed(&text).expect("valid");
        assert_eq!(feed.service.status_url.is_some(), kept, "{url}");
    }
}

#[test]
fn text_is_kept_verbatim() {
    let text = r#"{"feed_version": 1,
      "regions": [{"id": "r", "name": "<b>R</b>", "time_zone": "UTC"}],
      "windows": [{"id": "x", "region": "r", "title": "<script>alert(1)</script>",
        "start": "2027-01-01T00:00:00Z", "end": "2027-01-01T01:00:00Z", "description": "<img src=x onerror=alert(1)>"}]}"#;
    let feed = parse_feed(text).expect("valid");
    assert_eq!(feed.windows[0].details.title, "<script>alert(1)</script>");
    assert_eq!(
        feed.windows[0].details.description.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    assert_eq!(feed.regions[0].name, "<b>R</b>");
}

#[test]
fn listing_window_ends_after_now_and_starts_before_the_horizon() {
    let text = r#"{"feed_version": 1,
      "regions": [{"id": "r", "name": "R", "time_zone": "UTC"}],
      "windows": [
        {"id": "ended-now", "region": "r", "start": "2026-11-26T10:00:00Z", "end": "2026-11-26T12:00:00Z"},
        {"id": "running", "region": "r", "start": "2026-11-26T11:00:00Z", "end": "2026-11-26T12:00:01Z"},
        {"id": "last-in", "region": "r", "start": "2026-12-06T11:59:59Z", "end": "2026-12-06T13:00:00Z"},
        {"id": "first-out", "region": "r", "start": "2026-12-06T12:00:00Z", "end": "2026-12-06T13:00:00Z"}
      ]}"#;
    let feed = parse_feed(text).expect("valid");
    let now = at("2026-11-26T12:00:00Z");
    let s = upcoming(&feed, now, 10);
    let ids: Vec<String> = s.occurrences.iter().map(|o| o.id.to_string()).collect();
    assert_eq!(ids, ["running", "last-in"]);
    assert_eq!(s.occurrences[0].status_at(now), WindowStatus::InProgress);
    assert_eq!(s.occurrences[1].status_at(now), WindowStatus::Scheduled);
}

#[test]
fn status_comes_from_the_feed_or_the_clock() {
    let text = r#"{"feed_version": 1,
      "regions": [{"id": "r", "name": "R", "time_zone": "UTC"}],
      "windows": [
        {"id": "plain", "region": "r", "start": "2027-01-01T10:00:00Z", "end": "2027-01-01T12:00:00Z"},
        {"id": "said-scheduled", "region": "r", "status": "scheduled", "start": "2027-01-01T10:00:00Z", "end": "2027-01-01T12:00:00Z"},
        {"id": "cancelled", "region": "r", "status": "cancelled", "start": "2027-01-01T10:00:00Z", "end": "2027-01-01T12:00:00Z"},
        {"id": "early", "region": "r", "status": "in_progress", "start": "2027-01-01T10:00:00Z", "end": "2027-01-01T12:00:00Z"},
        {"id": "done-early", "region": "r", "status": "completed", "start": "2027-01-01T10:00:00Z", "end": "2027-01-01T12:00:00Z"},
        {"id": "odd", "region": "r", "status": "maybe", "start": "2027-01-01T10:00:00Z", "end": "2027-01-01T12:00:00Z"}
      ]}"#;
    let feed = parse_feed(text).expect("valid");
    let s = between(
        &feed,
        at("2026-01-01T00:00:00Z"),
        at("2028-01-01T00:00:00Z"),
    );
    let status = |id: &str, now: &str| {
        s.occurrences
            .iter()
            .find(|o| o.id.as_str() == id)
            .map(|o| o.status_at(at(now)))
            .expect("listed")
    };
    use WindowStatus::*;
    for (id, before, during, after) in [
        ("plain", Scheduled, InProgress, Completed),
        ("said-scheduled", Scheduled, InProgress, Completed),
        ("cancelled", Cancelled, Cancelled, Cancelled),
        ("early", InProgress, InProgress, Completed),
        ("done-early", Completed, Completed, Completed),
        ("odd", Scheduled, InProgress, Completed),
    ] {
        assert_eq!(status(id, "2027-01-01T09:59:59Z"), before, "{id} before");
        assert_eq!(status(id, "2027-01-01T10:00:00Z"), during, "{id} at start");
        assert_eq!(status(id, "2027-01-01T12:00:00Z"), after, "{id} at end");
    }
}

fn flat(l: &Listing) -> Vec<&WindowView> {
    l.upcoming.iter().flat_map(|g| g.windows.iter()).collect()
}

fn opts(regions: &[&str], tenant: Option<&str>) -> ListingOptions {
    ListingOptions {
        regions: regions.iter().map(|r| r.to_string()).collect(),
        tenant: tenant.map(str::to_owned),
        horizon_days: 90,
    }
}

#[test]
fn views_show_the_display_zone_wall_time_with_offset() {
    let feed = parse_feed(DOCUMENTED_EXAMPLE).expect("valid feed");
    let now = at("2026-11-26T12:00:00Z");
    let occ = between(&feed, now, at("2027-03-01T00:00:00Z")).occurrences;
    // 2026-12-02T22:00Z is 03:45 on the 3rd in Kathmandu (+05:45).
    let l = listing(&occ, &feed, zone("Asia/Katmandu"), now, &opts(&[], None));
    let views = flat(&l);
    assert_eq!(views[0].range().start.datetime, "2026-12-03T03:45:00+05:45");
    assert_eq!(views[0].range().end.datetime, "2026-12-03T05:45:00+05:45");
    let w = views[0].range().start.wall;
    assert_eq!((w.day, w.hour, w.minute), (3, 3, 45));
    assert!(views[0].range().same_day);
    // The same moment in UTC and in the region's own zone.
    assert_eq!(views[0].utc().start.datetime, "2026-12-02T22:00:00+00:00");
    assert_eq!(
        views[0].region_range().start.datetime,
        "2026-12-02T23:00:00+01:00"
    );
    assert!(!views[0].region_range().same_day);
    assert_eq!(views[0].region_zone().name(), "Europe/Berlin");
    assert_eq!(views[0].region_name(), "EU Central");
    assert_eq!(
        views[0].downtime().as_deref(),
        Some("Expected downtime: about 15 min")
    );
    assert_eq!(views[0].duration(), "2 h");
    assert!(views[0].warnings().is_empty());
    assert!(views[0].show_utc() && views[0].show_region_time());
    let in_utc = listing(&occ, &feed, Zone::UTC, now, &opts(&[], None));
    assert!(
        !flat(&in_utc)[0].show_utc(),
        "no UTC line when the display zone is UTC"
    );
    let in_berlin = listing(&occ, &feed, zone("Europe/Berlin"), now, &opts(&[], None));
    assert!(
        !flat(&in_berlin)[0].show_region_time(),
        "no region line when it reads the same"
    );
    // Grouped by the local day in the display zone, with relative words.
    assert_eq!(l.upcoming[0].date.to_string(), "2026-12-03");
    assert_eq!(l.upcoming[0].relative.as_deref(), Some("in 7 days"));
    assert_eq!(
        l.next.as_ref().map(|v| v.id()),
        Some("2026-12-emergency-eu")
    );
    let chatham = listing(&occ, &feed, zone("Pacific/Chatham"), now, &opts(&[], None));
    assert_eq!(
        flat(&chatham)[0].range().start.datetime,
        "2026-12-03T11:45:00+13:45"
    );
    assert_eq!(
        zone_label(zone("Asia/Calcutta"), now),
        "Asia/Kolkata (UTC+5:30)"
    );
}

#[test]
fn region_filter_tenant_slot_next_and_recent() {
    let feed = parse_feed(DOCUMENTED_EXAMPLE).expect("valid feed");
    let occ = between(
        &feed,
        at("2026-10-01T00:00:00Z"),
        at("2027-03-01T00:00:00Z"),
    )
    .occurrences;
    // During the EU window: it is next (in progress); November's US window is recent.
    let now = at("2026-12-02T22:30:00Z");
    let l = listing(&occ, &feed, Zone::UTC, now, &opts(&[], Some(" ACME ")));
    let next = l.next.as_ref().expect("a next window");
    assert_eq!(next.id(), "2026-12-emergency-eu");
    assert_eq!(next.status, WindowStatus::InProgress);
    let slot = next.tenant_slot().expect("acme's slot");
    assert_eq!(slot.range.start.datetime, "2026-12-02T22:40:00+00:00");
    assert_eq!(slot.range.end.datetime, "2026-12-02T22:55:00+00:00");
    assert_eq!(
        l.recent.iter().map(|v| v.id()).collect::<Vec<_>>(),
        ["monthly-us-east/2026-11-07"]
    );
    // Another tenant has no slot; a region filter hides the other regions.
    let other = listing(
        &occ,
        &feed,
        Zone::UTC,
        now,
        &opts(&["us-east"], Some("globex")),
    );
    assert!(flat(&other)
        .iter()
        .all(|v| v.region_id() == "us-east" && v.tenant_slot().is_none()));
    assert_eq!(
        other.next.as_ref().map(|v| v.id()),
        Some("monthly-us-east/2027-01-02")
    );
    assert!(other.recent.iter().all(|v| v.region_id() == "us-east"));
}

#[test]
fn statuspage_documents_are_shown_like_our_feed() {
    let text = r#"{
      "page": { "id": "abc", "name": "Acme", "url": "https://status.acme.example", "updated_at": "2026-11-26T10:00:00.000Z" },
      "scheduled_maintenances": [
        {
          "id": "p1", "name": "Database upgrade", "status": "scheduled", "impact": "maintenance",
          "scheduled_for": "2026-12-01T02:00:00.000Z", "scheduled_until": "2026-12-01T04:00:00.000Z",
          "components": [{ "name": "API" }, { "name": "Dashboard" }],
          "incident_updates": [{ "body": "Newest update." }, { "body": "Older update." }]
        },
        {
          "id": "p2", "name": "Network", "status": "verifying", "impact": "none",
          "scheduled_for": "2026-11-26T11:00:00-05:00", "scheduled_until": "2026-11-26T13:00:00-05:00",
          "components": null, "incident_updates": null
        },
        { "id": "p3", "name": "Broken", "status": "scheduled", "scheduled_for": null, "scheduled_until": null }
      ]
    }"#;
    let feed = parse_feed(text).expect("statuspage document");
    assert_eq!(feed.windows.len(), 2);
    assert_eq!(feed.skipped.len(), 1);
    let p1 = &feed.windows[0];
    assert_eq!(p1.details.title, "Database upgrade");
    assert_eq!(p1.details.description.as_deref(), Some("Newest update."));
    assert_eq!(p1.details.activities, ["API", "Dashboard"]);
    assert_eq!(p1.start, at("2026-12-01T02:00:00Z"));
    assert_eq!(feed.windows[1].status, Some(WindowStatus::InProgress));
    assert_eq!(feed.windows[1].start, at("2026-11-26T16:00:00Z"));
    assert_eq!(
        feed.service.status_url.as_deref(),
        Some("https://status.acme.example")
    );
    let s = upcoming(&feed, at("2026-11-26T12:00:00Z"), 90);
    assert_eq!(s.occurrences.len(), 2);
}

#[test]
fn clock_change_warnings_appear_only_on_windows_that_span_one() {
    use maintenance_window::domain::clock_change::warnings;
    let text = r#"{"feed_version": 1,
      "regions": [{"id": "us", "name": "US East", "time_zone": "America/New_York"}],
      "windows": [
        {"id": "fall-back", "region": "us", "start": "2026-10-31T22:00:00-04:00", "end": "2026-11-01T02:00:00-05:00"},
        {"id": "plain", "region": "us", "start": "2026-11-07T22:00:00-05:00", "end": "2026-11-08T02:00:00-05:00"}
      ],
      "recurring": [
        {"id": "gap", "region": "us", "rrule": "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "starts_on": "2027-01-01",
         "start_time": "02:30", "duration_minutes": 60},
        {"id": "twice", "region": "us", "rrule": "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "starts_on": "2027-01-01",
         "start_time": "01:30", "duration_minutes": 60}
      ]}"#;
    let feed = parse_feed(text).expect("valid");
    let s = between(
        &feed,
        at("2026-10-01T00:00:00Z"),
        at("2027-12-01T00:00:00Z"),
    );
    let ny = zone("America/New_York");
    let find = |id: &str| {
        s.occurrences
            .iter()
            .find(|o| o.id.as_str() == id)
            .expect("listed")
    };

    let fall = find("fall-back");
    assert_eq!(
        fall.duration().num_minutes(),
        300,
        "22:00 EDT to 02:00 EST is 5 real hours"
    );
    assert_eq!(
        warnings(fall, ny, ny),
        ["In America/New_York, clocks go back 1 hour during this window; it still lasts 5 h."]
    );
    // Shown in Tokyo: no change there, but the region's clocks still change.
    assert_eq!(warnings(fall, ny, zone("Asia/Tokyo")).len(), 1);
    // Shown in London, whose clocks went back a week earlier: only the region's.
    assert_eq!(warnings(fall, ny, zone("Europe/London")).len(), 1);
    assert!(warnings(find("plain"), ny, ny).is_empty());

    let gap = find("gap/2027-03-14");
    assert_eq!(gap.start, at("2027-03-14T07:30:00Z"));
    assert_eq!(
        warnings(gap, ny, Zone::UTC),
        ["02:30 does not exist on 2027-03-14 in America/New_York because clocks spring forward; \
          this window starts at 03:30 local time instead."]
    );
    let twice = find("twice/2027-11-07");
    assert_eq!(twice.start, at("2027-11-07T05:30:00Z"));
    let w = warnings(twice, ny, Zone::UTC);
    assert_eq!(
        w.last().map(String::as_str),
        Some(
            "01:30 happens twice on 2027-11-07 in America/New_York because clocks go back; \
             this window starts at the first 01:30 (UTC-04:00)."
        )
    );
    // The window 01:30 EDT to 01:30 EST also spans the change itself.
    assert!(w[0].contains("clocks go back 1 hour"), "{w:?}");
}

#[test]
fn lord_howe_moves_by_half_an_hour() {
    use maintenance_window::domain::clock_change::during;
    let lh = zone("Australia/Lord_Howe");
    // 2027-04-04 02:00 local (+11) clocks go back to 01:30 (+10:30).
    let change =
        during(lh, at("2027-04-03T14:00:00Z"), at("2027-04-03T16:00:00Z")).expect("a change");
    assert_eq!(change.shift_minutes, -30);
    assert!(during(lh, at("2027-05-01T14:00:00Z"), at("2027-05-01T16:00:00Z")).is_none());
}

// ------------------------------------------------------------------ limits

/// A v1 feed with one region in Berlin and the given windows and rules.
fn feed_with(windows: Vec<serde_json::Value>, recurring: Vec<serde_json::Value>) -> String {
    serde_json::json!({
        "feed_version": 1,
        "regions": [{ "id": "eu", "name": "EU", "time_zone": "Europe/Berlin" }],
        "windows": windows,
        "recurring": recurring,
    })
    .to_string()
}

fn one_off(i: usize, start: &str, end: &str) -> serde_json::Value {
    serde_json::json!({ "id": format!("w{i}"), "title": "Patch", "region": "eu", "start": start, "end": end })
}

#[test]
fn a_feed_over_5_mb_is_refused_with_its_size() {
    let padding = "x".repeat(9_000);
    let windows: Vec<_> = (0..600)
        .map(|i| {
            let mut w = one_off(i, "2026-12-01T00:00:00Z", "2026-12-01T01:00:00Z");
            w["description"] = padding.clone().into();
            w
        })
        .collect();
    let text = feed_with(windows, vec![]);
    assert!(text.len() > MAX_FEED_BYTES);
    let err = parse_feed(&text).expect_err("refused");
    assert_eq!(err, FeedError::TooLarge(text.len()));
    assert!(err.to_string().contains("more than the 5120 KB"), "{err}");
    // Just under the limit is read.
    let under = feed_with(
        (0..500)
            .map(|i| {
                let mut w = one_off(i, "2026-12-01T00:00:00Z", "2026-12-01T01:00:00Z");
                w["description"] = padding.clone().into();
                w
            })
            .collect(),
        vec![],
    );
    assert!(under.len() < MAX_FEED_BYTES);
    assert_eq!(parse_feed(&under).expect("read").windows.len(), 500);
}

#[test]
fn more_than_10000_entries_are_cut_with_one_notice() {
    let windows: Vec<_> = (0..MAX_ENTRIES + 42)
        .map(|i| one_off(i, "2026-12-01T00:00:00Z", "2026-12-01T01:00:00Z"))
        .collect();
    let feed = parse_feed(&feed_with(windows, vec![])).expect("read");
    assert_eq!(feed.windows.len(), MAX_ENTRIES);
    assert_eq!(feed.windows.last().map(|w| w.id.as_str()), Some("w9999"));
    assert_eq!(feed.skipped.len(), 1, "{:?}", feed.skipped);
    assert_eq!(feed.skipped[0].reason, EntryError::TooMany(42));
    assert_eq!(
        feed.skipped[0].to_string(),
        "windows[10000..]: 42 entries after the first 10000 were not read"
    );
}

#[test]
fn texts_over_10000_characters_are_cut_and_counted() {
    let mut w = one_off(1, "2026-12-01T00:00:00Z", "2026-12-01T01:00:00Z");
    w["title"] = "é".repeat(MAX_TEXT_CHARS + 5).into();
    w["description"] = "d".repeat(MAX_TEXT_CHARS).into(); // exactly the limit: kept
    w["activities"] = serde_json::json!(["a".repeat(50_000)]);
    let feed = parse_feed(&feed_with(vec![w], vec![])).expect("read");
    let d = &feed.windows[0].details;
    assert_eq!(d.title.chars().count(), MAX_TEXT_CHARS + 1);
    assert!(d.title.ends_with("é…"));
    assert_eq!(d.description.as_deref().map(str::len), Some(MAX_TEXT_CHARS));
    assert_eq!(d.activities[0].chars().count(), MAX_TEXT_CHARS + 1);
    assert_eq!(feed.shortened, 2);
}

#[test]
fn thousands_of_costly_rules_end_within_the_step_budget() {
    // 30 February never comes, and from 1500 on a daily rule needs more
    // than its own allowance (MAX_STEPS) to reach the horizon: each rule
    // spends all of it until the feed's budget is gone.
    let rules: Vec<_> = (0..500)
        .map(|i| {
            serde_json::json!({
                "id": format!("r{i}"), "title": "Never", "region": "eu",
                "rrule": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
                "starts_on": "1500-01-01", "start_time": "22:00", "duration_minutes": 60
            })
        })
        .collect();
    let feed = parse_feed(&feed_with(vec![], rules)).expect("read");
    assert_eq!(feed.recurring.len(), 500);
    let started = std::time::Instant::now();
    let schedule = page_schedule(&feed, at("2026-11-26T12:00:00Z"), 3660);
    let took = started.elapsed();
    assert!(schedule.occurrences.is_empty());
    assert_eq!(schedule.skipped.len(), 500);
    let per_rule = schedule
        .skipped
        .iter()
        .filter(|s| matches!(s.reason, EntryError::BadRrule(_)))
        .count();
    let out_of_budget = schedule
        .skipped
        .iter()
        .filter(|s| s.reason == EntryError::OutOfBudget(MAX_TOTAL_STEPS))
        .count();
    // Each spends a little over MAX_STEPS (the step that crosses it counts).
    let allowance = (MAX_TOTAL_STEPS / MAX_STEPS) as usize;
    assert!(
        (allowance - 1..=allowance).contains(&per_rule),
        "{per_rule} rules spent their own allowance"
    );
    assert_eq!(per_rule + out_of_budget, 500);
    eprintln!("500 unreachable rules: {took:?}, {per_rule} expanded until their own limit");
}

#[test]
fn the_page_holds_the_soonest_5000_windows_and_says_how_many_more() {
    let windows: Vec<_> = (0..MAX_PAGE_OCCURRENCES + 300)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .expect("date")
                + chrono::Duration::minutes(i as i64 * 20);
            let start = format!("{}Z", day.format("%Y-%m-%dT%H:%M:%S"));
            let end_at = day + chrono::Duration::minutes(10);
            let end = format!("{}Z", end_at.format("%Y-%m-%dT%H:%M:%S"));
            one_off(i, &start, &end)
        })
        .collect();
    let feed = parse_feed(&feed_with(windows, vec![])).expect("read");
    let schedule = page_schedule(&feed, at("2026-11-26T12:00:00Z"), 3660);
    assert_eq!(schedule.occurrences.len(), MAX_PAGE_OCCURRENCES);
    assert_eq!(schedule.occurrences[0].id.as_str(), "w0");
    assert_eq!(
        schedule.occurrences.last().map(|o| o.id.as_str()),
        Some("w4999")
    );
    assert_eq!(schedule.skipped.len(), 1);
    assert_eq!(
        schedule.skipped[0].reason,
        EntryError::TooManyOccurrences(MAX_PAGE_OCCURRENCES)
    );
    assert!(
        schedule.skipped[0].entry.starts_with("300 "),
        "{}",
        schedule.skipped[0]
    );
}

#[test]
fn the_first_windows_keep_their_days_and_say_how_many_are_left() {
    use maintenance_window::domain::display::first_windows;
    // Three a day for five days: 15 windows in 5 day groups.
    let windows: Vec<String> = (0..15)
        .map(|i| {
            format!(
                r#"{{"id": "w{i:02}", "region": "r", "start": "2026-12-0{}T0{}:00:00Z", "end": "2026-12-0{}T0{}:30:00Z"}}"#,
                1 + i / 3,
                i % 3,
                1 + i / 3,
                i % 3
            )
        })
        .collect();
    let text = format!(
        r#"{{"feed_version": 1, "regions": [{{"id": "r", "name": "R", "time_zone": "UTC"}}], "windows": [{}]}}"#,
        windows.join(",")
    );
    let feed = parse_feed(&text).expect("valid");
    let now = at("2026-11-26T12:00:00Z");
    let s = page_schedule(&feed, now, 90);
    let l = listing(&s.occurrences, &feed, zone("UTC"), now, &opts(&[], None));
    assert_eq!(l.upcoming.len(), 5);
    let ids = |groups: &[maintenance_window::domain::display::DayGroup]| -> Vec<String> {
        groups
            .iter()
            .flat_map(|g| g.windows.iter().map(|w| w.id().to_owned()))
            .collect()
    };
    for (n, groups, left) in [
        (0, 0, 15),
        (1, 1, 14),
        (7, 3, 8),
        (9, 3, 6),
        (15, 5, 0),
        (50, 5, 0),
    ] {
        let (kept, out) = first_windows(l.upcoming.clone(), n);
        assert_eq!(kept.len(), groups, "{n}: day groups");
        assert_eq!(out, left, "{n}: left out");
        let want: Vec<String> = (0..n.min(15)).map(|i| format!("w{i:02}")).collect();
        assert_eq!(ids(&kept), want, "{n}: the first, in order");
    }
}

#[test]
fn a_link_to_a_window_draws_the_list_down_to_it() {
    use maintenance_window::domain::display::{drawn_to, DRAWN_AT_ONCE};
    // One a day for 60 days.
    let windows: Vec<String> = (0..60)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
                + chrono::Duration::days(i);
            format!(r#"{{"id": "w{i:02}", "region": "r", "start": "{day}T10:00:00Z", "end": "{day}T11:00:00Z"}}"#)
        })
        .collect();
    let text = format!(
        r#"{{"feed_version": 1, "regions": [{{"id": "r", "name": "R", "time_zone": "UTC"}}], "windows": [{}]}}"#,
        windows.join(",")
    );
    let feed = parse_feed(&text).expect("valid");
    let now = at("2026-11-26T12:00:00Z");
    let s = page_schedule(&feed, now, 90);
    let l = listing(&s.occurrences, &feed, zone("UTC"), now, &opts(&[], None));
    assert_eq!(
        drawn_to(&l.upcoming, "w00"),
        Some(DRAWN_AT_ONCE),
        "already drawn: the usual 50"
    );
    assert_eq!(drawn_to(&l.upcoming, "w49"), Some(50));
    assert_eq!(drawn_to(&l.upcoming, "w55"), Some(56), "down to the 56th");
    assert_eq!(drawn_to(&l.upcoming, "w59"), Some(60));
    assert_eq!(drawn_to(&l.upcoming, "nowhere"), None);
    assert_eq!(drawn_to(&l.upcoming, ""), None, "no hash");
}

#[test]
fn the_region_chooser_names_the_regions_shown() {
    use maintenance_window::domain::display::regions_shown;
    let feed = parse_feed(
        r#"{"feed_version": 1, "regions": [
            {"id": "a", "name": "Alpha", "time_zone": "UTC"},
            {"id": "b", "name": "Beta", "time_zone": "UTC"},
            {"id": "c", "name": "Gamma", "time_zone": "UTC"}], "windows": []}"#,
    )
    .expect("valid");
    let sel = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(regions_shown(&feed.regions, &[]), "All regions");
    assert_eq!(regions_shown(&feed.regions, &sel(&["b"])), "Beta");
    assert_eq!(
        regions_shown(&feed.regions, &sel(&["c", "a"])),
        "Alpha, Gamma",
        "in the feed's order"
    );
    assert_eq!(
        regions_shown(&feed.regions, &sel(&["zz"])),
        "All regions",
        "unknown ids name nothing"
    );
}
