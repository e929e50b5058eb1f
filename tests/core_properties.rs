//! Property tests of the whole core under random feeds: random but
//! structurally valid v1 feeds (regions in any IANA zone, one-off windows in
//! any offset, recurring rules from a generator of valid RRULEs, wall times
//! inside clock changes) are serialized with serde_json, read by the real
//! parser and followed through the schedule, the view model, the countdown
//! and the calendar export. Only what the modules promise is asserted.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat,
    TimeZone, Timelike, Utc,
};
use chrono_tz::TZ_VARIANTS;
use maintenance_window::domain::countdown::{next_wake, phase, Phase, MAX_SLEEP};
use maintenance_window::domain::display::{
    boundaries, listing, page_schedule, ListingOptions, RECENT_DAYS,
};
use maintenance_window::domain::feed::{parse_feed, EntryError, Feed, WindowStatus};
use maintenance_window::domain::ics::{
    calendar, event_filename, google_calendar_url, utc_stamp, CalendarOptions, MAX_LINE_OCTETS,
};
use maintenance_window::domain::schedule::{between, Occurrence};
use maintenance_window::domain::zone::{resolve_local, rfc3339_in, Resolution, Zone};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

// ---------------------------------------------------------------- generators

/// Zones whose clocks do something unusual, drawn half of the time: gaps and
/// folds at midnight or crossing it (Nuuk, Scoresbysund, Santiago, Asunción,
/// Havana, Cairo, Beirut, Azores), half-hour and 45-minute offsets and
/// shifts (Lord Howe, Chatham, Kathmandu, St John's), negative DST (Dublin),
/// a two-hour shift (Troll).
const ODD_ZONES: &[&str] = &[
    "America/New_York",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Dublin",
    "Australia/Lord_Howe",
    "Australia/Sydney",
    "Pacific/Chatham",
    "Pacific/Auckland",
    "America/Nuuk",
    "America/Scoresbysund",
    "America/Santiago",
    "America/Asuncion",
    "America/Havana",
    "Africa/Cairo",
    "Asia/Beirut",
    "Atlantic/Azores",
    "Antarctica/Troll",
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "America/St_Johns",
    "Pacific/Apia",
    "UTC",
];

fn zone_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(ODD_ZONES).prop_map(str::to_owned),
        prop::sample::select(TZ_VARIANTS.to_vec()).prop_map(|tz| tz.name().to_owned()),
    ]
}

fn zone(name: &str) -> Zone {
    Zone::parse(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn any_zone() -> impl Strategy<Value = Zone> {
    zone_name().prop_map(|n| zone(&n))
}

fn utc(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 0, 0, 0)
        .single()
        .expect("a valid date")
}

/// Any whole minute in 2021..2035 (chrono-tz here keeps transitions from
/// 2020 on, and rules run up to two years past it).
fn any_base() -> impl Strategy<Value = DateTime<Utc>> {
    let first = utc(2021, 1, 1);
    let minutes = (utc(2035, 1, 1) - first).num_minutes();
    (0..minutes).prop_map(move |m| first + Duration::minutes(m))
}

/// `(value, what the page makes of it)`.
const STATUSES: &[(&str, Option<WindowStatus>)] = &[
    ("scheduled", Some(WindowStatus::Scheduled)),
    ("in_progress", Some(WindowStatus::InProgress)),
    ("verifying", Some(WindowStatus::InProgress)),
    ("completed", Some(WindowStatus::Completed)),
    ("cancelled", Some(WindowStatus::Cancelled)),
    ("canceled", Some(WindowStatus::Cancelled)),
    ("postponed", None),
];

fn any_status() -> impl Strategy<Value = Option<usize>> {
    prop::option::weighted(0.6, 0..STATUSES.len())
}

/// Text with everything that could break out of an iCalendar property:
/// every kind of line break, control characters, separators, long words.
fn any_text() -> impl Strategy<Value = String> {
    let pieces = vec![
        "Upgrade",
        " ",
        "database",
        "\r\n",
        "\n",
        "\r",
        "END:VEVENT",
        "BEGIN:VALARM",
        ";",
        ",",
        "\\",
        ":",
        "\u{2028}",
        "\u{2029}",
        "\u{85}",
        "\t",
        "\u{0}",
        "\u{7f}",
        "\u{1b}",
        "é",
        "日本語",
        "🙂",
        "\"",
        "<b>",
        "a-rather-long-word-that-forces-the-line-to-be-folded-somewhere",
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..10).prop_map(|v| v.concat())
}

/// Wall times near the hours clocks change at, or any minute, or with seconds.
fn any_start_time() -> impl Strategy<Value = String> {
    let odd = vec![
        "00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "02:45", "03:00", "03:30", "22:00",
        "23:00", "23:30", "23:59",
    ];
    prop_oneof![
        3 => prop::sample::select(odd).prop_map(str::to_owned),
        1 => (0u32..24, 0u32..60).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        1 => (0u32..24, 0u32..60, 0u32..60).prop_map(|(h, m, s)| format!("{h:02}:{m:02}:{s:02}")),
    ]
}

const WEEKDAYS: &[&str] = &["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

#[derive(Debug, Clone)]
enum Bound {
    Forever,
    Count(u32),
    /// Days after `starts_on`, form (0 date, 1 floating, 2 UTC), seconds.
    Until(i64, u8, u32),
}

/// The parts of a valid RRULE; [`RuleParts::text`] drops what RFC 5545
/// (and the parser) forbid for the frequency, so every text is valid.
#[derive(Debug, Clone)]
struct RuleParts {
    freq: &'static str,
    interval: Option<u32>,
    bound: Bound,
    by_day: Vec<(Option<i32>, &'static str)>,
    by_month_day: Vec<i32>,
    by_month: Vec<u32>,
    by_set_pos: Vec<i32>,
    wkst: Option<&'static str>,
    prefix: bool,
    lower: bool,
}

fn nonzero(range: std::ops::RangeInclusive<i32>) -> impl Strategy<Value = i32> {
    range.prop_filter("not zero", |n| *n != 0)
}

/// Empty two times in three: rules with every BY part rarely match a day.
fn sometimes<T: std::fmt::Debug + Clone + 'static>(
    list: impl Strategy<Value = Vec<T>> + 'static,
) -> BoxedStrategy<Vec<T>> {
    prop_oneof![2 => Just(Vec::new()), 1 => list].boxed()
}

fn any_rule_parts() -> impl Strategy<Value = RuleParts> {
    let bound = prop_oneof![
        2 => Just(Bound::Forever),
        1 => (1u32..300).prop_map(Bound::Count),
        1 => (-10i64..700, 0u8..3, 0u32..86_400).prop_map(|(d, f, s)| Bound::Until(d, f, s)),
    ];
    (
        prop::sample::select(vec!["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
        prop::option::of(1u32..5),
        bound,
        sometimes(prop::collection::vec(
            (
                prop::option::of(nonzero(-53..=53)),
                prop::sample::select(WEEKDAYS),
            ),
            1..4,
        )),
        sometimes(prop::collection::vec(nonzero(-31..=31), 1..4)),
        sometimes(prop::collection::vec(1u32..=12, 1..5)),
        sometimes(prop::collection::vec(nonzero(-6..=6), 1..3)),
        prop::option::of(prop::sample::select(WEEKDAYS)),
        any::<bool>(),
        prop::bool::weighted(0.1),
    )
        .prop_map(
            |(
                freq,
                interval,
                bound,
                by_day,
                by_month_day,
                by_month,
                by_set_pos,
                wkst,
                prefix,
                lower,
            )| {
                RuleParts {
                    freq,
                    interval,
                    bound,
                    by_day,
                    by_month_day,
                    by_month,
                    by_set_pos,
                    wkst,
                    prefix,
                    lower,
                }
            },
        )
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn list<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

impl RuleParts {
    fn text(&self, starts_on: NaiveDate) -> String {
        let mut parts = vec![format!("FREQ={}", self.freq)];
        if let Some(n) = self.interval {
            parts.push(format!("INTERVAL={n}"));
        }
        match self.bound {
            Bound::Forever => {}
            Bound::Count(n) => parts.push(format!("COUNT={n}")),
            Bound::Until(days, form, secs) => {
                let day = ymd(starts_on + Duration::days(days));
                let t = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap_or_default();
                let clock = format!("T{:02}{:02}{:02}", t.hour(), t.minute(), t.second());
                parts.push(match form {
                    0 => format!("UNTIL={day}"),
                    1 => format!("UNTIL={day}{clock}"),
                    _ => format!("UNTIL={day}{clock}Z"),
                });
            }
        }
        // Ordinals: none for DAILY and WEEKLY; within a month (1..=5) for
        // MONTHLY and for YEARLY with BYMONTH; within the year otherwise.
        let month_ordinals =
            self.freq == "MONTHLY" || (self.freq == "YEARLY" && !self.by_month.is_empty());
        let by_day: Vec<String> = self
            .by_day
            .iter()
            .map(|&(ordinal, day)| match ordinal {
                Some(n) if self.freq == "MONTHLY" || self.freq == "YEARLY" => {
                    let n = if month_ordinals {
                        n.signum() * (1 + (n.abs() - 1) % 5)
                    } else {
                        n
                    };
                    format!("{n}{day}")
                }
                _ => day.to_owned(),
            })
            .collect();
        let by_month_day: &[i32] = if self.freq == "WEEKLY" {
            &[]
        } else {
            &self.by_month_day
        };
        if !by_day.is_empty() {
            parts.push(format!("BYDAY={}", by_day.join(",")));
        }
        if !by_month_day.is_empty() {
            parts.push(format!("BYMONTHDAY={}", list(by_month_day)));
        }
        if !self.by_month.is_empty() {
            parts.push(format!("BYMONTH={}", list(&self.by_month)));
        }
        let other_by = !by_day.is_empty() || !by_month_day.is_empty() || !self.by_month.is_empty();
        if other_by && !self.by_set_pos.is_empty() {
            parts.push(format!("BYSETPOS={}", list(&self.by_set_pos)));
        }
        if let Some(day) = self.wkst {
            parts.push(format!("WKST={day}"));
        }
        let text = parts.join(";");
        let text = if self.prefix {
            format!("RRULE:{text}")
        } else {
            text
        };
        if self.lower {
            text.to_ascii_lowercase()
        } else {
            text
        }
    }
}

#[derive(Debug, Clone)]
struct GenRegion {
    zone: String,
    /// 0 none; 1 unknown zone; 2 the id of the first region again.
    fault: u8,
}

#[derive(Debug, Clone)]
struct GenWindow {
    region: usize,
    /// Start: seconds after the feed's base instant.
    start: i64,
    minutes: i64,
    /// The offset the instants are written in, in quarter hours.
    offset_quarters: i32,
    style: u8,
    status: Option<usize>,
    title: String,
    description: String,
    suffix: &'static str,
    slot: bool,
    /// 0 none; 1 unknown region; 2 end not after start; 3 start without
    /// offset; 4 the id of an earlier entry.
    fault: u8,
    dup: usize,
}

#[derive(Debug, Clone)]
struct GenRule {
    region: usize,
    parts: RuleParts,
    /// `starts_on`: days after the base's UTC date.
    starts_on: i64,
    start_time: String,
    minutes: u32,
    /// Days after `starts_on`.
    exceptions: Vec<i64>,
    status: Option<usize>,
    title: String,
    suffix: &'static str,
    /// 0 none; 1 unknown region; 2 duration out of range; 3 bad rrule;
    /// 4 bad start_time; 5 bad exception; 6 the id of an earlier entry.
    fault: u8,
    dup: usize,
    /// Aim at a clock change: a daily rule starting this many days before
    /// the region's next change, at a wall time this many thousandths into
    /// the hour(s) it skips or repeats.
    snap: Option<(i64, u32)>,
}

#[derive(Debug, Clone)]
struct GenFeed {
    base: DateTime<Utc>,
    regions: Vec<GenRegion>,
    windows: Vec<GenWindow>,
    rules: Vec<GenRule>,
    status_url: Option<&'static str>,
}

/// Faults are drawn only when `faults` (one entry in ten or so).
fn fault(faults: bool, kinds: u8) -> BoxedStrategy<u8> {
    if faults {
        prop_oneof![8 => Just(0u8), 1 => 1..=kinds].boxed()
    } else {
        Just(0u8).boxed()
    }
}

const SUFFIXES: &[&str] = &["", "-eu", "_a.b", " π", "-日本", "+x@y"];

fn any_window(faults: bool) -> impl Strategy<Value = GenWindow> {
    (
        (
            0usize..4,
            -60 * 86_400i64..150 * 86_400,
            prop_oneof![3 => 1i64..=600, 1 => 1i64..=4000],
            -48i32..=56,
            0u8..4,
            any_status(),
        ),
        (
            any_text(),
            any_text(),
            prop::sample::select(SUFFIXES),
            any::<bool>(),
            fault(faults, 4),
            any::<usize>(),
        ),
    )
        .prop_map(
            |(
                (region, start, minutes, offset_quarters, style, status),
                (title, description, suffix, slot, fault, dup),
            )| GenWindow {
                region,
                start,
                minutes,
                offset_quarters,
                style,
                status,
                title,
                description,
                suffix,
                slot,
                fault,
                dup,
            },
        )
}

fn any_rule(faults: bool) -> impl Strategy<Value = GenRule> {
    (
        (
            0usize..4,
            any_rule_parts(),
            -400i64..100,
            any_start_time(),
            prop_oneof![1u32..=120, 1u32..=1440],
            prop::collection::vec(0i64..500, 0..4),
        ),
        (
            any_status(),
            any_text(),
            prop::sample::select(SUFFIXES),
            fault(faults, 6),
            any::<usize>(),
            prop::option::weighted(0.35, (0i64..10, 0u32..1000)),
        ),
    )
        .prop_map(
            |(
                (region, parts, starts_on, start_time, minutes, exceptions),
                (status, title, suffix, fault, dup, snap),
            )| GenRule {
                region,
                parts,
                starts_on,
                start_time,
                minutes,
                exceptions,
                status,
                title,
                suffix,
                fault,
                dup,
                snap,
            },
        )
}

fn any_feed(faults: bool) -> impl Strategy<Value = GenFeed> {
    (
        any_base(),
        prop::collection::vec(
            (zone_name(), fault(faults, 2)).prop_map(|(zone, fault)| GenRegion { zone, fault }),
            1..4,
        ),
        prop::collection::vec(any_window(faults), 0..6),
        prop::collection::vec(any_rule(faults), 0..4),
        prop::option::of(prop::sample::select(vec![
            "https://status.acme.example/x",
            "http://status.acme.example",
            "javascript:alert(1)",
        ])),
    )
        .prop_map(|(base, regions, windows, rules, status_url)| GenFeed {
            base,
            regions,
            windows,
            rules,
            status_url,
        })
}

// ------------------------------------------------- serializing, expectations

#[derive(Debug, Clone)]
struct RuleInfo {
    zone: Zone,
    starts_on: NaiveDate,
    start_time: NaiveTime,
    minutes: i64,
    exceptions: Vec<NaiveDate>,
    declared: Option<WindowStatus>,
}

#[derive(Debug, Clone)]
struct WindowInfo {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    declared: Option<WindowStatus>,
}

/// A generated feed as JSON, and what the parser should make of it.
#[derive(Debug)]
struct Built {
    json: String,
    entries: usize,
    kept_regions: Vec<String>,
    kept_windows: Vec<String>,
    kept_rules: Vec<String>,
    zones: BTreeMap<String, Zone>,
    windows: BTreeMap<String, WindowInfo>,
    rules: BTreeMap<String, RuleInfo>,
}

fn instant_text(at: DateTime<Utc>, quarters: i32, style: u8) -> String {
    let offset = FixedOffset::east_opt(quarters * 900).expect("offset within a day");
    let local = at.with_timezone(&offset);
    match style {
        0 => local.to_rfc3339_opts(SecondsFormat::Secs, true),
        1 => local.to_rfc3339_opts(SecondsFormat::Millis, true),
        2 => local.to_rfc3339_opts(SecondsFormat::Secs, false),
        _ => local.to_rfc3339_opts(SecondsFormat::Nanos, false),
    }
}

fn build(g: &GenFeed) -> Built {
    let mut regions = Vec::new();
    let mut region_ids: Vec<String> = Vec::new();
    let mut seen_regions = BTreeSet::new();
    let mut zones = BTreeMap::new();
    let mut kept_regions = Vec::new();
    for (i, r) in g.regions.iter().enumerate() {
        let id = if r.fault == 2 && i > 0 {
            region_ids[0].clone()
        } else {
            format!("reg-{i}")
        };
        let zone_text = if r.fault == 1 {
            "Mars/Olympus"
        } else {
            r.zone.as_str()
        };
        regions.push(json!({ "id": id, "name": format!("Region {i}"), "time_zone": zone_text }));
        region_ids.push(id.clone());
        // The parser takes a region's id before it reads its zone.
        if seen_regions.insert(id.clone()) && r.fault != 1 {
            zones.insert(id.clone(), zone(&r.zone));
            kept_regions.push(id);
        }
    }

    // Window and rule ids share one namespace; only valid entries take theirs.
    let mut ids: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut windows = Vec::new();
    let mut kept_windows = Vec::new();
    let mut window_info = BTreeMap::new();
    for (i, w) in g.windows.iter().enumerate() {
        let id = match w.fault {
            4 if !ids.is_empty() => ids[w.dup % ids.len()].clone(),
            _ => format!("w{i}{}", w.suffix),
        };
        let region = if w.fault == 1 {
            "nowhere".to_owned()
        } else {
            region_ids[w.region % region_ids.len()].clone()
        };
        let start = g.base + Duration::seconds(w.start);
        let end = if w.fault == 2 {
            start - Duration::minutes(w.minutes % 3)
        } else {
            start + Duration::minutes(w.minutes)
        };
        let start_text = if w.fault == 3 {
            start.naive_utc().format("%Y-%m-%dT%H:%M:%S").to_string()
        } else {
            instant_text(start, w.offset_quarters, w.style)
        };
        let mut entry = json!({
            "id": id,
            "region": region,
            "start": start_text,
            "end": instant_text(end, -w.offset_quarters, w.style),
            "title": w.title,
            "description": w.description,
            "kind": "infrastructure",
            "activities": [w.title, "Network changes"],
            "expected_downtime_minutes": w.minutes / 2,
        });
        if let Some(s) = w.status {
            entry["status"] = json!(STATUSES[s].0);
        }
        if w.slot {
            entry["tenant_slots"] = json!([{
                "tenant": "acme",
                "start": instant_text(start, 0, 0),
                "end": instant_text(start + Duration::minutes(1), 0, 0),
            }]);
        }
        windows.push(entry);
        // A repeated id is valid in itself: skipped only if its first holder was kept.
        let valid = w.fault == 0 || w.fault == 4;
        if valid && zones.contains_key(&region) && seen.insert(id.clone()) {
            kept_windows.push(id.clone());
            window_info.insert(
                id.clone(),
                WindowInfo {
                    start,
                    end,
                    declared: w.status.and_then(|s| STATUSES[s].1),
                },
            );
        }
        ids.push(id);
    }

    let mut rules = Vec::new();
    let mut kept_rules = Vec::new();
    let mut rule_info = BTreeMap::new();
    for (i, r) in g.rules.iter().enumerate() {
        let id = match r.fault {
            6 if !ids.is_empty() => ids[r.dup % ids.len()].clone(),
            _ => format!("rule{i}{}", r.suffix),
        };
        let region = if r.fault == 1 {
            "nowhere".to_owned()
        } else {
            region_ids[r.region % region_ids.len()].clone()
        };
        let snapped = r.snap.and_then(|(days, thousandths)| {
            let wall = wall_in_change(
                *zones.get(&region)?,
                g.base - Duration::days(30),
                thousandths,
            )?;
            Some((wall.date() - Duration::days(days), wall.time()))
        });
        let (starts_on, start_time) = match snapped {
            Some((day, time)) => (day, time.format("%H:%M").to_string()),
            None => (
                g.base.date_naive() + Duration::days(r.starts_on),
                r.start_time.clone(),
            ),
        };
        let exceptions: Vec<NaiveDate> = r
            .exceptions
            .iter()
            .map(|d| starts_on + Duration::days(*d))
            .collect();
        let mut exception_texts: Vec<String> = exceptions.iter().map(|d| d.to_string()).collect();
        if r.fault == 5 {
            exception_texts.push("2026-02-30".to_owned());
        }
        let rrule = if r.fault == 3 {
            [
                "FREQ=HOURLY",
                "FREQ=WEEKLY;BYMONTHDAY=3",
                "FREQ=DAILY;BYDAY=1MO",
                "BYDAY=MO",
            ][r.dup % 4]
                .to_owned()
        } else if snapped.is_some() {
            "FREQ=DAILY;COUNT=40".to_owned()
        } else {
            r.parts.text(starts_on)
        };
        let duration: i64 = if r.fault == 2 {
            [0, 1441, -30][r.dup % 3]
        } else {
            i64::from(r.minutes)
        };
        let start_time_text = if r.fault == 4 {
            ["24:00", "7:30", "noon"][r.dup % 3].to_owned()
        } else {
            start_time.clone()
        };
        let mut entry = json!({
            "id": id,
            "title": r.title,
            "region": region,
            "rrule": rrule,
            "starts_on": starts_on.to_string(),
            "start_time": start_time_text,
            "duration_minutes": duration,
            "exceptions": exception_texts,
        });
        if let Some(s) = r.status {
            entry["status"] = json!(STATUSES[s].0);
        }
        rules.push(entry);
        let valid = r.fault == 0 || r.fault == 6;
        if valid && seen.insert(id.clone()) {
            if let Some(z) = zones.get(&region) {
                kept_rules.push(id.clone());
                let time = NaiveTime::parse_from_str(&start_time, "%H:%M:%S")
                    .or_else(|_| NaiveTime::parse_from_str(&start_time, "%H:%M"))
                    .expect("generated start time");
                rule_info.insert(
                    id.clone(),
                    RuleInfo {
                        zone: *z,
                        starts_on,
                        start_time: time,
                        minutes: i64::from(r.minutes),
                        exceptions,
                        declared: r.status.and_then(|s| STATUSES[s].1),
                    },
                );
            } else {
                seen.remove(&id);
            }
        }
        ids.push(id);
    }

    let mut doc = json!({
        "feed_version": 1,
        "service": { "name": "Acme Cloud" },
        "generated_at": instant_text(g.base, 4, 1),
        "regions": regions,
        "windows": windows,
        "recurring": rules,
        "subscribe": { "url": "https://status.acme.example/api/subscriptions", "channels": ["email"] },
        "unknown_field": { "ignored": true },
    });
    if let Some(url) = g.status_url {
        doc["service"]["status_url"] = json!(url);
    }
    Built {
        json: serde_json::to_string_pretty(&doc).expect("serializable"),
        entries: g.regions.len() + g.windows.len() + g.rules.len(),
        kept_regions,
        kept_windows,
        kept_rules,
        zones,
        windows: window_info,
        rules: rule_info,
    }
}

/// The first change of UTC offset in `zone` within `days` after `from`.
fn next_change(zone: Zone, from: DateTime<Utc>, days: i64) -> Option<DateTime<Utc>> {
    let mut day = from;
    for _ in 0..days {
        let next = day + Duration::days(1);
        if zone.offset_seconds(day) != zone.offset_seconds(next) {
            let (mut lo, mut hi) = (day, next);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if zone.offset_seconds(mid) == zone.offset_seconds(lo) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return Some(hi);
        }
        day = next;
    }
    None
}

/// A wall time (whole minutes) that the next clock change in `zone` after
/// `from` skips or repeats, `thousandths` of the way into the change.
fn wall_in_change(zone: Zone, from: DateTime<Utc>, thousandths: u32) -> Option<NaiveDateTime> {
    let at = next_change(zone, from, 200)?;
    let before = i64::from(zone.offset_seconds(at - Duration::seconds(1)));
    let shift = i64::from(zone.offset_seconds(at)) - before;
    let wall_at = at.naive_utc() + Duration::seconds(before);
    // Skipped: [wall_at, wall_at + shift); repeated: [wall_at + shift, wall_at).
    let first = wall_at + Duration::seconds(shift.min(0));
    let wall = first + Duration::seconds(shift.abs() * i64::from(thousandths) / 1000);
    Some(wall - Duration::seconds(i64::from(wall.second())))
}

fn parsed(built: &Built) -> Result<Feed, TestCaseError> {
    parse_feed(&built.json).map_err(|e| TestCaseError::fail(format!("{e}\n{}", built.json)))
}

fn ids(occurrences: &[Occurrence]) -> Vec<&str> {
    occurrences.iter().map(|o| o.id.as_str()).collect()
}

/// `(rule id, local date)` of a recurring occurrence's id.
fn split_id(id: &str) -> Option<(&str, NaiveDate)> {
    let (rule, date) = id.rsplit_once('/')?;
    Some((rule, date.parse().ok()?))
}

/// Checks one occurrence against what the feed said.
fn check_occurrence(o: &Occurrence, built: &Built) -> Result<(), TestCaseError> {
    prop_assert!(o.end > o.start, "{:?}", o);
    prop_assert!(built.zones.contains_key(o.region.as_str()), "{:?}", o);
    if let Some(w) = built.windows.get(o.id.as_str()) {
        prop_assert_eq!((o.start, o.end, o.declared), (w.start, w.end, w.declared));
        prop_assert_eq!(o.resolution, Resolution::Exact);
        prop_assert_eq!(o.requested_wall, None);
        return Ok(());
    }
    let (rule_id, date) =
        split_id(o.id.as_str()).ok_or_else(|| TestCaseError::fail(format!("id {}", o.id)))?;
    let rule = built
        .rules
        .get(rule_id)
        .ok_or_else(|| TestCaseError::fail(format!("no rule for {}", o.id)))?;
    // Real minutes, whatever the clocks do.
    prop_assert_eq!(o.end - o.start, Duration::minutes(rule.minutes), "{}", o.id);
    prop_assert_eq!(o.declared, rule.declared);
    prop_assert!(date >= rule.starts_on, "{}", o.id);
    prop_assert!(!rule.exceptions.contains(&date), "{} is an exception", o.id);
    let wall = date.and_time(rule.start_time);
    prop_assert_eq!(o.requested_wall, Some(wall));
    prop_assert_eq!((o.start, o.resolution), resolve_local(rule.zone, wall));
    let local = rule.zone.local(o.start).naive_local();
    match o.resolution {
        Resolution::Exact | Resolution::Repeated => prop_assert_eq!(local, wall, "{}", o.id),
        // A wall time that does not exist lands after the gap, by its length.
        Resolution::InGap => {
            prop_assert!(
                local > wall && local - wall <= Duration::hours(2),
                "{} {}",
                o.id,
                local
            )
        }
    }
    // The id's date is the local start date, except when a wall time in a gap
    // that ends after midnight moves the start to the next day (see
    // `the_id_keeps_the_rule_date_when_a_gap_moves_the_start_past_midnight`).
    let local_date = local.date();
    prop_assert!(
        local_date == date
            || (o.resolution == Resolution::InGap && Some(local_date) == date.succ_opt()),
        "{} starts on {}",
        o.id,
        local
    );
    Ok(())
}

/// A window of days around the base: `[from, until)`.
fn any_range() -> impl Strategy<Value = (i64, i64)> {
    (-40 * 1440i64..60 * 1440, 0i64..150 * 1440)
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every entry is kept or skipped once; valid entries are all kept, in
    /// order; faulty ones are skipped with a reason naming them.
    #[test]
    fn every_entry_is_kept_or_skipped_once(g in any_feed(true)) {
        let built = build(&g);
        let feed = parsed(&built)?;
        let regions: Vec<&str> = feed.regions.iter().map(|r| r.id.as_str()).collect();
        let windows: Vec<&str> = feed.windows.iter().map(|w| w.id.as_str()).collect();
        let rules: Vec<&str> = feed.recurring.iter().map(|r| r.id.as_str()).collect();
        prop_assert_eq!(regions, built.kept_regions.iter().map(String::as_str).collect::<Vec<_>>());
        prop_assert_eq!(windows, built.kept_windows.iter().map(String::as_str).collect::<Vec<_>>());
        prop_assert_eq!(rules, built.kept_rules.iter().map(String::as_str).collect::<Vec<_>>());
        prop_assert_eq!(
            feed.regions.len() + feed.windows.len() + feed.recurring.len() + feed.skipped.len(),
            built.entries,
            "{:?}", feed.skipped
        );
        for s in &feed.skipped {
            prop_assert!(
                ["regions[", "windows[", "recurring["].iter().any(|p| s.entry.starts_with(p)),
                "{}", s
            );
            prop_assert!(!s.to_string().is_empty());
        }
        for r in &feed.regions {
            prop_assert_eq!(Some(&r.zone), built.zones.get(r.id.as_str()));
        }
        match feed.service.status_url.as_deref() {
            Some(url) => prop_assert!(url.starts_with("http://") || url.starts_with("https://")),
            None => prop_assert!(g.status_url.is_none_or(|u| u.starts_with("javascript:"))),
        }
        prop_assert_eq!(feed.generated_at, Some(g.base));
    }

    /// `between` is sorted, in range, unique by id, and each occurrence is
    /// what the feed asked for: real durations, ids `<rule>/<local date>`,
    /// wall times resolved per RFC 5545 §3.3.5, exceptions left out.
    #[test]
    fn occurrences_are_sorted_in_range_unique_and_well_formed(
        g in any_feed(false),
        (from, span) in any_range(),
    ) {
        let built = build(&g);
        let feed = parsed(&built)?;
        prop_assert!(feed.skipped.is_empty(), "{:?}", feed.skipped);
        let (from, until) = (g.base + Duration::minutes(from), g.base + Duration::minutes(from + span));
        let s = between(&feed, from, until);
        prop_assert!(s.skipped.is_empty(), "{:?}", s.skipped);
        for pair in s.occurrences.windows(2) {
            prop_assert!(
                (pair[0].start, pair[0].id.as_str()) < (pair[1].start, pair[1].id.as_str()),
                "{} then {}", pair[0].id, pair[1].id
            );
        }
        let unique: BTreeSet<&str> = ids(&s.occurrences).into_iter().collect();
        prop_assert_eq!(unique.len(), s.occurrences.len());

        for o in &s.occurrences {
            prop_assert!(o.end > from && o.start < until, "{} outside", o.id);
            check_occurrence(o, &built)?;
        }
        // Every one-off window that overlaps the range is there.
        for (id, w) in &built.windows {
            let overlaps = w.end > from && w.start < until;
            prop_assert_eq!(unique.contains(id.as_str()), overlaps, "{}", id);
        }
    }

    /// Splitting a range anywhere loses and invents nothing: [a, c) is
    /// [a, b) and [b, c) together, and only windows running at b are in both.
    #[test]
    fn between_splits_at_any_instant(
        g in any_feed(false),
        (from, span) in any_range(),
        cut in 0.0f64..=1.0,
    ) {
        let built = build(&g);
        let feed = parsed(&built)?;
        let a = g.base + Duration::minutes(from);
        let c = a + Duration::minutes(span);
        let b = a + Duration::seconds((cut * (span * 60) as f64) as i64);
        let whole = between(&feed, a, c);
        let (left, right) = (between(&feed, a, b), between(&feed, b, c));
        let by_id = |s: &[Occurrence]| -> BTreeMap<String, Occurrence> {
            s.iter().map(|o| (o.id.to_string(), o.clone())).collect()
        };
        let (whole_map, left_map, right_map) = (by_id(&whole.occurrences), by_id(&left.occurrences), by_id(&right.occurrences));
        let mut union = left_map.clone();
        union.extend(right_map.clone());
        prop_assert_eq!(&union, &whole_map);
        let both: BTreeSet<&String> = left_map.keys().filter(|k| right_map.contains_key(*k)).collect();
        let running: BTreeSet<&String> = whole_map.iter().filter(|(_, o)| o.start < b && o.end > b).map(|(k, _)| k).collect();
        prop_assert_eq!(both, running);
    }

    /// The status at any instant agrees with the clock: scheduled only
    /// before the start, in progress only before the end, never open after
    /// the end; cancelled and completed from the feed are final.
    #[test]
    fn status_agrees_with_the_clock(
        g in any_feed(false),
        (from, span) in any_range(),
        probes in prop::collection::vec(-2i64..=2, 1..4),
        jitter in -90i64..=90,
    ) {
        let built = build(&g);
        let feed = parsed(&built)?;
        let s = between(&feed, g.base + Duration::minutes(from), g.base + Duration::minutes(from + span));
        for o in s.occurrences.iter().take(60) {
            // Before, at the start, inside, at the end, after.
            let instants = probes.iter().map(|p| match p {
                -2 => o.start - Duration::seconds(jitter.abs() + 1),
                -1 => o.start,
                0 => o.start + (o.end - o.start) / 2 + Duration::seconds(jitter),
                1 => o.end,
                _ => o.end + Duration::seconds(jitter.abs()),
            });
            for now in instants {
                let status = o.status_at(now);
                match o.declared {
                    Some(WindowStatus::Cancelled) => prop_assert_eq!(status, WindowStatus::Cancelled),
                    Some(WindowStatus::Completed) => prop_assert_eq!(status, WindowStatus::Completed),
                    Some(WindowStatus::InProgress) if now < o.end => prop_assert_eq!(status, WindowStatus::InProgress),
                    _ => {
                        let by_clock = match phase(o.start, o.end, now) {
                            Phase::StartsIn(_) => WindowStatus::Scheduled,
                            Phase::EndsIn(_) => WindowStatus::InProgress,
                            Phase::Ended => WindowStatus::Completed,
                        };
                        prop_assert_eq!(status, by_clock, "{} at {}", o.id, now);
                    }
                }
                if status == WindowStatus::Scheduled { prop_assert!(now < o.start); }
                if status == WindowStatus::InProgress { prop_assert!(now < o.end); }
                if now >= o.end {
                    prop_assert!(matches!(status, WindowStatus::Completed | WindowStatus::Cancelled));
                }
                match phase(o.start, o.end, now) {
                    Phase::StartsIn(d) => prop_assert!(now < o.start && d == o.start - now),
                    Phase::EndsIn(d) => prop_assert!(o.start <= now && now < o.end && d == o.end - now),
                    Phase::Ended => prop_assert!(now >= o.end),
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// The view model in any display zone: each `datetime` is the instant
    /// in that zone (rfc3339_in, and parsed back to the same instant), the
    /// wall fields match chrono-tz, day groups are in order and hold the
    /// windows starting on their local day, upcoming/recent/next are the
    /// right slices of the schedule, and a region filter only filters.
    #[test]
    fn the_listing_shows_each_instant_in_the_display_zone(
        g in any_feed(false),
        display in any_zone(),
        now_offset in -20 * 86_400i64..90 * 86_400,
        horizon in 1u32..=120,
        filter in prop::collection::vec(any::<bool>(), 4),
        tenant in prop::option::of(prop::sample::select(vec!["acme", "ACME ", "globex"])),
    ) {
        let built = build(&g);
        let feed = parsed(&built)?;
        let now = g.base + Duration::seconds(now_offset);
        let schedule = page_schedule(&feed, now, horizon);
        prop_assert!(schedule.skipped.is_empty(), "{:?}", schedule.skipped);
        let opts = ListingOptions { regions: Vec::new(), tenant: tenant.map(str::to_owned), horizon_days: horizon };
        let l = listing(&schedule.occurrences, &feed, display, now, &opts);

        let horizon_end = now + Duration::days(i64::from(horizon));
        let ahead = between(&feed, now, horizon_end);
        let expected_upcoming: Vec<&str> = ids(&ahead.occurrences);
        let upcoming: Vec<&maintenance_window::domain::display::WindowView> =
            l.upcoming.iter().flat_map(|g| &g.windows).collect();
        prop_assert_eq!(upcoming.iter().map(|v| v.id()).collect::<Vec<_>>(), expected_upcoming);

        let recent_start = now - Duration::days(RECENT_DAYS);
        let past = between(&feed, recent_start, now);
        let mut expected_recent: Vec<&Occurrence> = past.occurrences.iter()
            .filter(|o| o.end <= now).collect();
        expected_recent.reverse();
        prop_assert_eq!(
            l.recent.iter().map(|v| v.id()).collect::<Vec<_>>(),
            expected_recent.iter().map(|o| o.id.as_str()).collect::<Vec<_>>()
        );
        prop_assert_eq!(
            l.next.as_ref().map(|v| v.id()),
            upcoming.iter().find(|v| matches!(v.status, WindowStatus::Scheduled | WindowStatus::InProgress)).map(|v| v.id())
        );

        let today = display.local(now).date_naive();
        for pair in l.upcoming.windows(2) {
            prop_assert!(pair[0].date < pair[1].date);
        }
        for group in &l.upcoming {
            prop_assert!(!group.windows.is_empty());
            for v in &group.windows {
                prop_assert_eq!(display.local(v.occurrence().start).date_naive(), group.date, "{}", v.id());
            }
            let days = (group.date - today).num_days();
            prop_assert_eq!(group.relative.is_some(), (-14..=14).contains(&days));
        }
        for v in upcoming.iter().copied().chain(&l.recent).chain(l.next.as_ref()) {
            let o = v.occurrence();
            prop_assert_eq!(v.status, o.status_at(now));
            prop_assert_eq!(v.region_zone(), built.zones[o.region.as_str()]);
            let (range, utc, region_range, warnings) = (v.range(), v.utc(), v.region_range(), v.warnings());
            for (shown, at) in [(&range.start, o.start), (&range.end, o.end)] {
                prop_assert_eq!(&shown.datetime, &rfc3339_in(display, at));
                let back = DateTime::parse_from_rfc3339(&shown.datetime)
                    .map_err(|e| TestCaseError::fail(format!("{}: {e}", shown.datetime)))?;
                prop_assert_eq!(back.with_timezone(&Utc), at, "{}", shown.datetime);
                let local: NaiveDateTime = at.with_timezone(&display.tz()).naive_local();
                prop_assert_eq!(back.naive_local(), local);
                prop_assert_eq!(
                    (shown.wall.year, shown.wall.month, shown.wall.day, shown.wall.hour, shown.wall.minute),
                    (local.year(), local.month(), local.day(), local.hour(), local.minute())
                );
            }
            prop_assert_eq!(&utc.start.datetime, &rfc3339_in(Zone::UTC, o.start));
            prop_assert!(utc.start.datetime.ends_with("+00:00"));
            prop_assert_eq!(&region_range.end.datetime, &rfc3339_in(v.region_zone(), o.end));
            prop_assert_eq!(range.same_day, range.start.wall.same_date(&range.end.wall));
            // One warning per zone (display, region) whose clocks change
            // during the window, one for a wall time skipped or repeated.
            let changes = |z: Zone| (z.offset_seconds(o.end) - z.offset_seconds(o.start)) / 60 != 0;
            let zones_changing = usize::from(changes(display))
                + usize::from(v.region_zone() != display && changes(v.region_zone()));
            let moved = usize::from(o.requested_wall.is_some() && o.resolution != Resolution::Exact);
            prop_assert_eq!(warnings.len(), zones_changing + moved, "{:?}", warnings);
            prop_assert_eq!(
                warnings.iter().filter(|w| w.contains(" during this window; it still lasts ")).count(),
                zones_changing
            );
            if let Some(slot) = &v.tenant_slot() {
                prop_assert!(tenant.is_some_and(|t| t.trim().eq_ignore_ascii_case(&slot.tenant)));
            }
        }

        // A region filter keeps exactly the windows of those regions.
        let chosen: Vec<String> = feed.regions.iter().zip(&filter).filter(|(_, keep)| **keep).map(|(r, _)| r.id.to_string()).collect();
        if !chosen.is_empty() {
            let narrowed = listing(&schedule.occurrences, &feed, display, now, &ListingOptions { regions: chosen.clone(), ..opts.clone() });
            let kept: Vec<&str> = narrowed.upcoming.iter().flat_map(|g| &g.windows).map(|v| v.id()).collect();
            let expected: Vec<&str> = upcoming.iter().filter(|v| chosen.iter().any(|c| c == v.region_id())).map(|v| v.id()).collect();
            prop_assert_eq!(kept, expected);
        }
    }

    /// The clock wakes in the future, at most a minute away, and never after
    /// the next start or end.
    #[test]
    fn the_countdown_wakes_before_the_next_boundary(
        g in any_feed(false),
        now_offset in -20 * 86_400i64..90 * 86_400,
        near in prop::option::of((any::<prop::sample::Index>(), -2_000i64..2_000)),
    ) {
        let built = build(&g);
        let feed = parsed(&built)?;
        let mut now = g.base + Duration::seconds(now_offset);
        let schedule = page_schedule(&feed, now, 60);
        let bounds = boundaries(&schedule.occurrences);
        // Now and then, a moment within two seconds of a boundary.
        if let (Some((i, ms)), false) = (near, bounds.is_empty()) {
            now = bounds[i.index(bounds.len())] + Duration::milliseconds(ms);
        }
        let wake = next_wake(bounds.iter().copied(), now);
        prop_assert!(wake > Duration::zero());
        prop_assert!(wake >= Duration::milliseconds(50) && wake <= MAX_SLEEP, "{:?}", wake);
        if let Some(next) = bounds.iter().filter(|b| **b > now).min() {
            if *next - now >= Duration::milliseconds(50) {
                prop_assert!(now + wake <= *next, "wakes at {} after {}", now + wake, next);
            }
            if *next - now <= MAX_SLEEP {
                prop_assert!(wake <= (*next - now).max(Duration::milliseconds(50)));
            }
            // No countdown to any boundary changes its minutes while asleep:
            // the page wakes by the next whole minute before each of them.
            for b in bounds.iter().filter(|b| **b - now > MAX_SLEEP) {
                let rest = (*b - now).num_milliseconds() % 60_000;
                prop_assert!(
                    wake <= Duration::milliseconds((rest + 1).max(50)),
                    "sleeps {:?} past a minute of the countdown to {}", wake, b
                );
            }
        } else {
            prop_assert_eq!(wake, MAX_SLEEP);
        }
    }

    /// Calendar export: one VEVENT per occurrence with its UTC times and a
    /// distinct UID, CRLF line ends only, lines of at most 75 octets, and
    /// every unfolded line a property of its own, whatever the feed's text.
    #[test]
    fn the_calendar_has_one_event_per_occurrence_and_no_stray_line_breaks(
        g in any_feed(false),
        from in -10 * 1440i64..40 * 1440,
        span in 0i64..40 * 1440,
        page_url in prop::option::of(prop::sample::select(vec!["https://status.acme.example/m/", "javascript:x", "https://a b/"])),
    ) {
        let built = build(&g);
        let feed = parsed(&built)?;
        let start = g.base + Duration::minutes(from);
        let s = between(&feed, start, start + Duration::minutes(span));
        let text = calendar(&s.occurrences, &feed, &CalendarOptions {
            product_id: "-//Acme Cloud//Maintenance windows//EN",
            calendar_name: "Acme \r\nEND:VCALENDAR",
            uid_domain: "status.acme.example",
            reminder_minutes: 30,
            page_url,
            now: g.base,
        });
        let bytes = text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            match b {
                b'\r' => prop_assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {}", i),
                b'\n' => prop_assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at {}", i),
                _ => {}
            }
        }
        prop_assert!(text.ends_with("END:VCALENDAR\r\n"));
        let physical: Vec<&str> = text.strip_suffix("\r\n").unwrap_or(&text).split("\r\n").collect();
        for line in &physical {
            prop_assert!(line.len() <= MAX_LINE_OCTETS, "{} octets: {:?}", line.len(), line);
            prop_assert!(!line.is_empty());
        }
        let mut logical: Vec<String> = Vec::new();
        for line in physical {
            match (line.strip_prefix(' '), logical.last_mut()) {
                (Some(rest), Some(last)) => last.push_str(rest),
                _ => logical.push(line.to_owned()),
            }
        }
        for line in &logical {
            let name = line.split(':').next().unwrap_or_default();
            prop_assert!(
                !name.is_empty() && name.len() < line.len() && name.bytes().all(|b| b.is_ascii_uppercase() || b == b'-'),
                "not a property: {:?}", line
            );
            prop_assert!(!line.chars().any(|c| c.is_control() && c != '\t'), "{:?}", line);
        }
        let count = |exact: &str| logical.iter().filter(|l| *l == exact).count();
        prop_assert_eq!(count("BEGIN:VCALENDAR"), 1);
        prop_assert_eq!(count("END:VCALENDAR"), 1);
        prop_assert_eq!(count("BEGIN:VEVENT"), s.occurrences.len());
        prop_assert_eq!(count("END:VEVENT"), s.occurrences.len());
        let not_cancelled = s.occurrences.iter().filter(|o| o.declared != Some(WindowStatus::Cancelled)).count();
        prop_assert_eq!(count("BEGIN:VALARM"), not_cancelled);
        let values = |name: &str| -> Vec<&str> {
            logical.iter().filter_map(|l| l.strip_prefix(name)?.strip_prefix(':')).collect()
        };
        let uids: BTreeSet<&str> = values("UID").into_iter().collect();
        prop_assert_eq!(uids.len(), s.occurrences.len());
        let starts: Vec<String> = s.occurrences.iter().map(|o| utc_stamp(o.start)).collect();
        prop_assert_eq!(values("DTSTART"), starts.iter().map(String::as_str).collect::<Vec<_>>());
        let ends: Vec<String> = s.occurrences.iter().map(|o| utc_stamp(o.end)).collect();
        prop_assert_eq!(values("DTEND"), ends.iter().map(String::as_str).collect::<Vec<_>>());
        for o in &s.occurrences {
            let name = event_filename(o);
            prop_assert!(name.len() <= 100 && name.starts_with("maintenance-") && name.ends_with(".ics"), "{}", name);
            prop_assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'), "{}", name);
            let link = google_calendar_url(o, &feed);
            prop_assert!(link.starts_with("https://calendar.google.com/calendar/render?"));
            prop_assert!(link.bytes().all(|b| b.is_ascii_graphic()), "{}", link);
        }
        prop_assert_eq!(values("URL").len(), if page_url == Some("https://status.acme.example/m/") { s.occurrences.len() } else { 0 });
    }
}

// ------------------------------------------- random values in random places

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        prop::sample::select(vec![
            "",
            " ",
            "UTC",
            "Mars/Base",
            "reg-0",
            "nowhere",
            "2026-12-01T00:00:00Z",
            "2026-12-01",
            "02:30",
            "FREQ=DAILY",
            "FREQ=MONTHLY;BYDAY=-1SU",
            "scheduled",
            "cancelled",
        ])
        .prop_map(Value::from),
        any_text().prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Puts `value` somewhere in the document: as a whole list, an element, a
/// field of an element, or removes a field.
fn mutate(doc: &mut Value, list: usize, index: usize, field: usize, how: u8, value: Value) {
    let key = [
        "regions",
        "windows",
        "recurring",
        "service",
        "subscribe",
        "generated_at",
    ][list % 6];
    let Some(target) = doc.get_mut(key) else {
        return;
    };
    match (how % 5, target) {
        (0, t) => *t = value,
        (_, Value::Array(items)) if !items.is_empty() => {
            let n = items.len();
            let item = &mut items[index % n];
            match (how % 5, item) {
                (1, item) => *item = value,
                (h, Value::Object(fields)) if !fields.is_empty() => {
                    let name = fields
                        .keys()
                        .nth(field % fields.len())
                        .cloned()
                        .unwrap_or_default();
                    match h {
                        2 => {
                            fields.insert(name, value);
                        }
                        3 => {
                            fields.remove(&name);
                        }
                        _ => {
                            fields.insert("extra".to_owned(), value);
                        }
                    }
                }
                _ => {}
            }
        }
        (_, t) => *t = value,
    }
}

/// Entries the parser should account for: the elements of each list, or
/// one for a list that is not an array.
fn accountable(doc: &Value) -> usize {
    ["regions", "windows", "recurring"]
        .iter()
        .map(|k| match doc.get(*k) {
            None => 0,
            Some(Value::Array(items)) => items.len(),
            Some(_) => 1,
        })
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random JSON values in random places of a valid feed: the parser never
    /// panics, still accounts for every entry, and the rest of the core copes
    /// with whatever it kept.
    #[test]
    fn random_values_anywhere_never_panic_and_are_accounted_for(
        g in any_feed(true),
        edits in prop::collection::vec((0usize..6, any::<usize>(), any::<usize>(), 0u8..5, any_json()), 1..5),
        now_offset in -20 * 86_400i64..90 * 86_400,
    ) {
        let built = build(&g);
        let mut doc: Value = serde_json::from_str(&built.json).expect("our own JSON");
        for (list, index, field, how, value) in edits {
            mutate(&mut doc, list, index, field, how, value);
        }
        let feed = parse_feed(&doc.to_string()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(
            feed.regions.len() + feed.windows.len() + feed.recurring.len() + feed.skipped.len(),
            accountable(&doc),
            "{:?}", feed.skipped
        );
        let now = g.base + Duration::seconds(now_offset);
        let schedule = page_schedule(&feed, now, 30);
        let unique: BTreeSet<&str> = ids(&schedule.occurrences).into_iter().collect();
        prop_assert_eq!(unique.len(), schedule.occurrences.len());
        let l = listing(&schedule.occurrences, &feed, Zone::UTC, now, &ListingOptions { horizon_days: 30, ..Default::default() });
        prop_assert!(l.upcoming.iter().all(|g| !g.windows.is_empty()));
        let _ = calendar(&schedule.occurrences, &feed, &CalendarOptions {
            product_id: "p", calendar_name: "c", uid_domain: "d", reminder_minutes: 5, page_url: None, now,
        });
    }

    /// Statuspage-shaped documents with random values: every maintenance is
    /// kept or skipped, ids stay unique, kept ones end after they start.
    #[test]
    fn random_statuspage_documents_are_accounted_for(
        items in prop::collection::vec(
            (
                prop::option::of(prop::sample::select(vec!["a", "b", "c", " ", ""])),
                prop::option::of(prop::sample::select(vec![
                    "2026-12-01T00:00:00Z", "2026-12-01T01:00:00.000+05:30", "2026-12-01T02:00:00-05:00", "2026-12-01", "",
                ])),
                prop::option::of(prop::sample::select(vec![
                    "2026-12-01T06:00:00Z", "2026-12-01T00:30:00.000+05:30", "2026-12-01T02:00:00-05:00", "x",
                ])),
                any_json(),
                any_json(),
            ),
            0..8,
        ),
    ) {
        let maintenances: Vec<Value> = items
            .into_iter()
            .map(|(id, from, until, updates, components)| json!({
                "id": id, "name": "M", "status": "scheduled",
                "scheduled_for": from, "scheduled_until": until,
                "incident_updates": updates, "components": components,
            }))
            .collect();
        let n = maintenances.len();
        let feed = parse_feed(&json!({ "page": { "name": "P" }, "scheduled_maintenances": maintenances }).to_string())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(feed.windows.len() + feed.skipped.len(), n);
        let unique: BTreeSet<&str> = feed.windows.iter().map(|w| w.id.as_str()).collect();
        prop_assert_eq!(unique.len(), feed.windows.len());
        prop_assert!(feed.windows.iter().all(|w| w.end > w.start));
    }
}

// ------------------------------------------------------------- regressions

fn nuuk_feed() -> Feed {
    parse_feed(
        r#"{"feed_version": 1,
          "regions": [{"id": "gl", "name": "Greenland", "time_zone": "America/Nuuk"}],
          "recurring": [{"id": "nightly", "region": "gl", "rrule": "FREQ=DAILY",
            "starts_on": "2024-03-29", "start_time": "23:30", "duration_minutes": 60}]}"#,
    )
    .expect("valid feed")
}

/// Found by `occurrences_are_sorted_in_range_unique_and_well_formed` when it
/// asserted that an id's date is always the local start date. In
/// America/Nuuk clocks spring from 23:00 (-02:00) to 00:00 (-01:00) on
/// 2024-03-30, so the 23:30 occurrence of that day starts at 00:30 on the
/// 31st. Its id keeps the rule's date (ids stay unique, and it is the date
/// `exceptions` name); the page lists it under the 31st, and the warning
/// (fixed here: it said "starts at 00:30", as if that evening) names the day.
#[test]
fn the_id_keeps_the_rule_date_when_a_gap_moves_the_start_past_midnight() {
    let feed = nuuk_feed();
    let nuuk = zone("America/Nuuk");
    let s = between(&feed, utc(2024, 3, 29), utc(2024, 4, 2));
    assert_eq!(
        ids(&s.occurrences),
        [
            "nightly/2024-03-29",
            "nightly/2024-03-30",
            "nightly/2024-03-31"
        ]
    );
    let moved = &s.occurrences[1];
    assert_eq!(moved.resolution, Resolution::InGap);
    assert_eq!(moved.start, utc(2024, 3, 31) + Duration::minutes(90));
    assert_eq!(rfc3339_in(nuuk, moved.start), "2024-03-31T00:30:00-01:00");

    let l = listing(
        &s.occurrences,
        &feed,
        nuuk,
        utc(2024, 3, 29),
        &ListingOptions {
            horizon_days: 4,
            ..Default::default()
        },
    );
    let days: Vec<(String, Vec<&str>)> = l
        .upcoming
        .iter()
        .map(|g| {
            (
                g.date.to_string(),
                g.windows.iter().map(|v| v.id()).collect(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2024-03-29".to_owned(), vec!["nightly/2024-03-29"]),
            (
                "2024-03-31".to_owned(),
                vec!["nightly/2024-03-30", "nightly/2024-03-31"]
            ),
        ]
    );
    assert_eq!(
        l.upcoming[1].windows[0].warnings(),
        [
            "23:30 does not exist on 2024-03-30 in America/Nuuk because clocks spring forward; \
          this window starts at 00:30 on 2024-03-31 local time instead."
        ]
    );
}

/// An exception names the rule's date, also when that occurrence would
/// start on the next local day.
#[test]
fn an_exception_skips_an_occurrence_moved_past_midnight() {
    let text = r#"{"feed_version": 1,
      "regions": [{"id": "gl", "name": "Greenland", "time_zone": "America/Nuuk"}],
      "recurring": [{"id": "nightly", "region": "gl", "rrule": "FREQ=DAILY",
        "starts_on": "2024-03-29", "start_time": "23:30", "duration_minutes": 60,
        "exceptions": ["2024-03-30"]}]}"#;
    let feed = parse_feed(text).expect("valid feed");
    let s = between(&feed, utc(2024, 3, 29), utc(2024, 4, 2));
    assert_eq!(
        ids(&s.occurrences),
        ["nightly/2024-03-29", "nightly/2024-03-31"]
    );
}

/// Not fixed here (the check belongs in feed.rs, which another change is
/// editing): a one-off window may take an id of the form `<rule id>/<date>`
/// that an occurrence of a rule also gets, and the page then holds two
/// windows with one `data-window-id`, one list key and one calendar UID.
#[test]
fn a_one_off_id_never_equals_a_recurring_occurrence_id() {
    let text = r#"{"feed_version": 1,
      "regions": [{"id": "us", "name": "US East", "time_zone": "America/New_York"}],
      "windows": [{"id": "monthly/2027-01-02", "region": "us",
        "start": "2027-01-20T22:00:00-05:00", "end": "2027-01-20T23:00:00-05:00"}],
      "recurring": [{"id": "monthly", "region": "us", "rrule": "FREQ=MONTHLY;BYDAY=1SA",
        "starts_on": "2026-12-01", "start_time": "22:00", "duration_minutes": 60}]}"#;
    let feed = parse_feed(text).expect("valid feed");
    // The one-off is left out: "/" is reserved for occurrence ids.
    assert_eq!(feed.windows.len(), 0);
    assert_eq!(
        feed.skipped
            .iter()
            .map(|s| s.reason.clone())
            .collect::<Vec<_>>(),
        [EntryError::SlashInId("monthly/2027-01-02".into())]
    );
    let s = between(&feed, utc(2026, 12, 1), utc(2027, 2, 1));
    let unique: BTreeSet<&str> = ids(&s.occurrences).into_iter().collect();
    assert_eq!(
        unique.len(),
        s.occurrences.len(),
        "{:?}",
        ids(&s.occurrences)
    );
}
