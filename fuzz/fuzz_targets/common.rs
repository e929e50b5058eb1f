//! Checks shared by the fuzz targets: what must hold for any feed the core
//! accepts, and for everything the page derives from it (the schedule, the
//! listing in a few display zones, the calendar export).
//!
//! Only properties the core documents are asserted; anything else just has
//! to return without panicking.

#![allow(dead_code)] // each target uses part of this module

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};
use maintenance_window::domain::{
    clock_change, countdown,
    display::{self, ListingOptions},
    feed::Feed,
    ics,
    schedule::Schedule,
    zone::Zone,
};

/// Every zone chrono-tz knows, in a fixed order, for picking one by index.
pub fn zone_at(index: u16) -> Zone {
    static ZONES: OnceLock<Vec<Zone>> = OnceLock::new();
    let zones = ZONES.get_or_init(|| Zone::all().collect());
    zones[usize::from(index) % zones.len()]
}

pub fn zone(name: &str) -> Zone {
    Zone::parse(name).expect("a known zone")
}

/// 2026-11-26T12:00:00Z: the "now" of the sample feeds.
pub fn sample_now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_694_400, 0).expect("a valid instant")
}

/// Every kept entry is valid, then the page's whole pipeline at a few
/// instants chosen so that the feed's own dates are in range.
pub fn check_feed(feed: &Feed) {
    let mut region_ids = BTreeSet::new();
    for r in &feed.regions {
        assert!(
            region_ids.insert(r.id.as_str()),
            "region id twice: {}",
            r.id
        );
        assert!(!r.id.as_str().trim().is_empty());
    }
    // One-off windows and rules share one id space (docs/feed-format.md, "The status feed").
    let mut ids = BTreeSet::new();
    for w in &feed.windows {
        assert!(w.end > w.start, "window {} kept with end <= start", w.id);
        assert!(
            feed.region(&w.region).is_some(),
            "window {} of unknown region",
            w.id
        );
        assert!(ids.insert(w.id.as_str()), "id twice: {}", w.id);
        for s in &w.tenant_slots {
            assert!(s.end > s.start, "tenant slot of {} with end <= start", w.id);
        }
    }
    for r in &feed.recurring {
        assert!(
            feed.region(&r.region).is_some(),
            "rule {} of unknown region",
            r.id
        );
        assert!((1..=1440).contains(&r.duration_minutes), "rule {}", r.id);
        assert!(ids.insert(r.id.as_str()), "id twice: {}", r.id);
    }

    // The feed's own "now" (else the samples'), and where the first rule
    // starts, so that recurrence is exercised whatever its dates. The
    // default horizon: the work per run must stay small for the fuzzer.
    let mut nows = vec![feed.generated_at.unwrap_or_else(sample_now)];
    if let Some(r) = feed.recurring.first() {
        nows.push(r.starts_on.and_time(r.start_time).and_utc());
    }
    for now in nows {
        let schedule = display::page_schedule(feed, now, HORIZON_DAYS);
        check_schedule(feed, &schedule, now, HORIZON_DAYS);
    }
}

const HORIZON_DAYS: u32 = 90;

fn check_schedule(feed: &Feed, schedule: &Schedule, now: DateTime<Utc>, horizon_days: u32) {
    let from = now - Duration::days(display::RECENT_DAYS);
    let until = now + Duration::days(i64::from(horizon_days));
    let list = &schedule.occurrences;
    for pair in list.windows(2) {
        assert!(
            (pair[0].start, &pair[0].id) <= (pair[1].start, &pair[1].id),
            "not soonest first: {} then {}",
            pair[0].id,
            pair[1].id
        );
    }
    for o in list {
        assert!(o.end > o.start, "{}: end <= start", o.id);
        assert!(
            o.end > from && o.start < until,
            "{} is outside the range",
            o.id
        );
    }

    // What the page derives from it: the listing in UTC and in the first
    // region's zone (else one with a 45-minute offset); the widget; the clock.
    let opts = ListingOptions {
        regions: Vec::new(),
        tenant: Some("acme".to_owned()),
        horizon_days,
    };
    let region_zone = feed.regions.first().map(|r| r.zone);
    let zones = [
        Zone::UTC,
        region_zone.unwrap_or_else(|| zone("Asia/Kathmandu")),
    ];
    for display_zone in zones {
        let listing = display::listing(list, feed, display_zone, now, &opts);
        for group in &listing.upcoming {
            for v in &group.windows {
                assert!(v.occurrence().end > now, "{} listed as upcoming", v.id());
            }
        }
        let _ = display::next_per_region(list, feed, display_zone, now, &opts);
    }
    let wake = countdown::next_wake(display::boundaries(list), now);
    assert!(wake > Duration::zero() && wake <= countdown::MAX_SLEEP);

    // Calendar export: whatever the feed's texts hold, every line is
    // folded at 75 octets and nothing can break out of its property.
    let uid_domain = ics::uid_domain_for(feed);
    let options = ics::CalendarOptions {
        product_id: "-//Fuzz//Maintenance windows//EN",
        calendar_name: feed.service.name.as_deref().unwrap_or("Maintenance"),
        uid_domain: &uid_domain,
        reminder_minutes: 30,
        page_url: feed.service.status_url.as_deref(),
        now,
    };
    let shown = &list[..list.len().min(20)];
    check_ics(&ics::calendar(shown, feed, &options), shown.len());
    for o in shown {
        let name = ics::event_filename(o);
        assert!(name.len() <= 100, "{name}");
        assert!(
            name.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'),
            "{name}"
        );
        let uid = ics::uid(o, &uid_domain);
        assert!(
            uid.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._%@".contains(&b)),
            "{uid}"
        );
        let url = ics::google_calendar_url(o, feed);
        assert!(
            url.is_ascii() && !url.contains(char::is_whitespace),
            "{url}"
        );
        let region = feed.region(&o.region).map_or(Zone::UTC, |r| r.zone);
        let _ = clock_change::warnings(o, region, Zone::UTC);
    }
}

fn check_ics(text: &str, events: usize) {
    let body = text.strip_suffix("\r\n").expect("ends with CRLF");
    let lines: Vec<&str> = body.split("\r\n").collect();
    for line in &lines {
        assert!(
            line.len() <= ics::MAX_LINE_OCTETS,
            "line over 75 octets: {line:?}"
        );
        assert!(
            !line
                .chars()
                .any(|c| (c.is_control() && c != '\t') || c == '\u{2028}' || c == '\u{2029}'),
            "line break or control character inside a line: {line:?}"
        );
    }
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    let count = |wanted: &str| lines.iter().filter(|l| **l == wanted).count();
    assert_eq!(count("BEGIN:VEVENT"), events);
    assert_eq!(count("END:VEVENT"), events);
    assert_eq!(count("BEGIN:VCALENDAR"), 1);
}
