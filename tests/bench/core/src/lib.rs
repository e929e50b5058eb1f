//! Inputs for the core benchmark (`benches/core.rs`): generated feeds of a
//! given size, the sample feed, and one countdown tick as the page does it.
//!
//! Everything is deterministic (no clock, no randomness), so figures can be
//! compared between commits.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};

use maintenance_window::domain::countdown::{countdown_text, next_wake, phase};
use maintenance_window::domain::display::{
    boundaries, listing_of, ListingOptions, Occurrences, Source, RECENT_DAYS,
};
use maintenance_window::domain::feed::{parse_feed, Feed};
use maintenance_window::domain::schedule::{between, Occurrence};
use maintenance_window::domain::zone::Zone;

/// Fifty IANA zones: both hemispheres' daylight-saving rules, half-hour and
/// quarter-hour offsets, zones without DST.
pub const ZONES: [&str; 50] = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Toronto",
    "America/Mexico_City",
    "America/Bogota",
    "America/Lima",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "America/Halifax",
    "America/St_Johns",
    "Atlantic/Azores",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Warsaw",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Africa/Lagos",
    "Africa/Nairobi",
    "Asia/Jerusalem",
    "Asia/Dubai",
    "Asia/Tehran",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Perth",
    "Australia/Adelaide",
    "Australia/Sydney",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Tongatapu",
];

/// The zone the expansion and the ticks are displayed in (UTC+5:45: no
/// region shares it, so every window needs its own conversion).
pub const DISPLAY_ZONE: &str = "Asia/Kathmandu";

/// Where the generated feeds start: five years from here.
pub fn epoch() -> DateTime<Utc> {
    instant("2027-01-01T00:00:00Z")
}

/// The five years the expansion covers.
pub const YEARS: i64 = 5;

pub fn five_years() -> (DateTime<Utc>, DateTime<Utc>) {
    let from = epoch();
    (from, from + Duration::days(365 * YEARS + 1))
}

pub fn instant(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("RFC 3339 instant")
        .with_timezone(&Utc)
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn regions() -> Vec<Value> {
    ZONES
        .iter()
        .enumerate()
        .map(|(i, zone)| json!({ "id": format!("r{i:02}"), "name": format!("Region {i} ({zone})"), "time_zone": zone }))
        .collect()
}

const ACTIVITIES: [&str; 4] = [
    "Operating system updates",
    "Network changes",
    "Environment updates",
    "Database failover tests",
];

/// A small deterministic generator (64-bit LCG), so the feed has variety
/// without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

/// The parse benchmark's feed: 50 regions, 1 000 one-off windows over five
/// years (some with tenant slots), 200 recurring rules (per region two
/// monthly and two weekly, some at wall times that do not exist or happen
/// twice, some with exceptions). About 600 KB of JSON.
pub fn large_feed() -> String {
    let mut rng = Lcg(7);
    let (from, until) = five_years();
    let step = (until - from) / 1000;
    let windows: Vec<Value> = (0..1000)
        .map(|i| {
            let start = from + step * i + Duration::minutes(15 * rng.next(96) as i64);
            let end = start + Duration::minutes(30 + 15 * rng.next(16) as i64);
            let kind = ["infrastructure", "network", "database", "software_update"][i as usize % 4];
            let mut w = json!({
                "id": format!("w{i:04}"),
                "title": format!("Planned maintenance #{i}"),
                "region": format!("r{:02}", i % 50),
                "start": rfc3339(start),
                "end": rfc3339(end),
                "kind": kind,
                "expected_downtime_minutes": 5 + rng.next(25),
                "description": "Rolling upgrade of the storage cluster; connections are moved over one node at a time.",
                "activities": &ACTIVITIES[..1 + (i as usize % 4)],
            });
            if i % 10 == 0 {
                w["tenant_slots"] = json!([
                    { "tenant": "acme", "start": rfc3339(start + Duration::minutes(10)), "end": rfc3339(start + Duration::minutes(25)) },
                    { "tenant": "globex", "start": rfc3339(start + Duration::minutes(20)), "end": rfc3339(start + Duration::minutes(30)) },
                ]);
            }
            w
        })
        .collect();
    let rules: Vec<Value> = (0..200)
        .map(|i| {
            let region = i / 4;
            let (rrule, time, duration) = match i % 4 {
                0 => ("FREQ=MONTHLY;BYDAY=1SA", "22:00", 240),
                1 => ("FREQ=MONTHLY;BYMONTHDAY=15,-1", "02:30", 120),
                2 => ("FREQ=WEEKLY;BYDAY=TU", "01:30", 60),
                _ => ("FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=MO", "03:00", 90),
            };
            let mut r = json!({
                "id": format!("rule{i:03}"),
                "title": "Recurring infrastructure maintenance",
                "region": format!("r{region:02}"),
                "rrule": rrule,
                "starts_on": "2027-01-01",
                "start_time": time,
                "duration_minutes": duration,
                "kind": "infrastructure",
                "expected_downtime_minutes": 15,
                "activities": &ACTIVITIES[..2],
            });
            if i % 3 == 0 {
                r["exceptions"] = json!(["2027-12-25", "2028-12-26", "2029-01-01"]);
            }
            r
        })
        .collect();
    feed_json(windows, rules)
}

/// The expansion benchmark's feed: 50 regions, each with one monthly and one
/// weekly rule and nothing else (about 16 000 occurrences in five years).
pub fn expansion_feed() -> String {
    let rules: Vec<Value> = (0..50)
        .flat_map(|region| {
            [
                ("monthly", "FREQ=MONTHLY;BYDAY=1SA", "22:00", 240),
                ("weekly", "FREQ=WEEKLY;BYDAY=WE", "02:30", 60),
            ]
            .map(|(name, rrule, time, duration)| {
                json!({
                    "id": format!("{name}-r{region:02}"),
                    "title": format!("{name} maintenance"),
                    "region": format!("r{region:02}"),
                    "rrule": rrule,
                    "starts_on": "2027-01-01",
                    "start_time": time,
                    "duration_minutes": duration,
                    "kind": "infrastructure",
                    "expected_downtime_minutes": 15,
                })
            })
        })
        .collect();
    feed_json(Vec::new(), rules)
}

fn feed_json(windows: Vec<Value>, rules: Vec<Value>) -> String {
    json!({
        "feed_version": 1,
        "service": { "name": "Bench Cloud", "status_url": "https://status.example" },
        "generated_at": "2026-12-01T00:00:00Z",
        "regions": regions(),
        "windows": windows,
        "recurring": rules,
        "subscribe": { "url": "api/subscriptions", "channels": ["email"] }
    })
    .to_string()
}

/// The sample feed the page ships (`public/feed.json`).
pub const SAMPLE_FEED: &str = include_str!("../../../../public/feed.json");

/// The instant the sample feed was generated at (its windows are upcoming).
pub fn sample_now() -> DateTime<Utc> {
    instant("2026-11-26T12:00:00Z")
}

pub fn parse(text: &str) -> Feed {
    parse_feed(text).expect("a feed")
}

pub fn display_zone() -> Zone {
    Zone::parse(DISPLAY_ZONE).expect("zone")
}

/// What the page holds once a feed is loaded: the occurrences from
/// [`RECENT_DAYS`] ago to the horizon, computed once (as `Loaded::new`),
/// which every listing's views share.
pub struct Loaded {
    pub source: Arc<dyn Source>,
    pub zone: Zone,
    pub opts: ListingOptions,
}

impl Loaded {
    pub fn new(feed: Feed, now: DateTime<Utc>, horizon_days: u32) -> Loaded {
        let from = now - Duration::days(RECENT_DAYS);
        let until = now + Duration::days(i64::from(horizon_days));
        let occurrences = between(&feed, from, until).occurrences;
        Loaded {
            source: shared(Arc::new(feed), occurrences),
            zone: display_zone(),
            opts: ListingOptions {
                regions: Vec::new(),
                tenant: Some("acme".to_owned()),
                horizon_days,
            },
        }
    }
}

/// What one tick of the page's clock computes on the main thread: the view
/// model at the new `now` (the schedule's memo), the countdown text of the
/// next window, and when to wake next. Returns something of each so the
/// optimiser keeps them.
pub fn tick(loaded: &Loaded, now: DateTime<Utc>) -> (usize, Option<String>, Duration) {
    let shown = listing_of(&loaded.source, loaded.zone, now, &loaded.opts);
    let countdown = shown
        .next
        .as_ref()
        .map(|v| countdown_text(phase(v.occurrence().start, v.occurrence().end, now)));
    let wake = next_wake(boundaries(loaded.source.occurrences()), now);
    let listed = shown.upcoming.iter().map(|g| g.windows.len()).sum();
    (listed, countdown, wake)
}

/// A feed and its occurrences as the page holds them once loaded: shared by
/// the views of every listing.
pub fn shared(feed: Arc<Feed>, occurrences: Vec<Occurrence>) -> Arc<dyn Source> {
    Arc::new(Occurrences {
        feed,
        list: occurrences,
    })
}

/// The 50 regions × 5 years expansion in the display zone: occurrences, then
/// the view model of all of them. Returns the number of windows listed.
pub fn expand_and_list(feed: &Arc<Feed>) -> usize {
    let (from, until) = five_years();
    let schedule = between(feed, from, until);
    list_all(&shared(feed.clone(), schedule.occurrences))
}

/// The view model of every occurrence in the five years.
pub fn list_all(source: &Arc<dyn Source>) -> usize {
    let (from, until) = five_years();
    let opts = ListingOptions {
        regions: Vec::new(),
        tenant: None,
        horizon_days: u32::try_from((until - from).num_days()).expect("days"),
    };
    let shown = listing_of(source, display_zone(), from, &opts);
    shown.upcoming.iter().map(|g| g.windows.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_generated_feeds_are_whole() {
        assert_eq!(ZONES.iter().collect::<BTreeSet<_>>().len(), 50);
        let large = parse(&large_feed());
        assert_eq!(large.skipped, Vec::new());
        assert_eq!(
            (
                large.regions.len(),
                large.windows.len(),
                large.recurring.len()
            ),
            (50, 1000, 200)
        );
        let expansion = parse(&expansion_feed());
        assert_eq!(expansion.skipped, Vec::new());
        assert_eq!(expansion.recurring.len(), 100);
        let (from, until) = five_years();
        let schedule = between(&expansion, from, until);
        assert!(schedule.skipped.is_empty());
        // 50 regions × (60 monthly + about 261 weekly).
        let n = schedule.occurrences.len();
        assert!((15_900..=16_200).contains(&n), "{n} occurrences");
        assert_eq!(expand_and_list(&Arc::new(expansion)), n);
    }

    #[test]
    fn a_tick_lists_the_sample_feed() {
        let loaded = Loaded::new(parse(SAMPLE_FEED), sample_now(), 90);
        let (listed, countdown, wake) = tick(&loaded, sample_now() + Duration::seconds(61));
        assert!(listed > 0);
        assert!(countdown.expect("a next window").starts_with("starts in"));
        assert!(wake <= Duration::seconds(60));
    }
}
