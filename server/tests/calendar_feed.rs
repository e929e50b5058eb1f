//! Native tests of the subscribable calendar (`calendar_feed`):
//! the calendar's properties, stable UIDs and text across regenerations,
//! SEQUENCE / LAST-MODIFIED when an occurrence moves or is cancelled, the
//! region filter, tenants, the horizon, reading back a written file, and
//! the output checked by a real parser (Python's `icalendar`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, Duration, Utc};
use maintenance_feed_server::calendar_feed::{
    feed_calendar, read_state, CalendarState, EventStatus, FeedCalendar, FeedCalendarOptions,
    DEFAULT_HORIZON_DAYS, REFRESH_INTERVAL,
};
use maintenance_window::domain::feed::{parse_feed, Feed};
use maintenance_window::domain::ics::{summary, uid, utc_stamp, MAX_LINE_OCTETS};
use maintenance_window::domain::schedule::between;
use serde_json::{json, Value};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

const NOW: &str = "2026-11-26T12:00:00Z";

/// Two regions; three one-off windows (one with tenant slots, one cancelled,
/// one in progress at NOW, one already over) and a monthly rule.
fn doc() -> Value {
    json!({
        "feed_version": 1,
        "service": { "name": "Acme Cloud", "status_url": "https://status.acme.example/x" },
        "regions": [
            { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
            { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
        ],
        "windows": [
            {
                "id": "holiday", "title": "Holiday move", "region": "us-east",
                "start": "2026-12-12T22:00:00-05:00", "end": "2026-12-13T02:00:00-05:00",
                "kind": "infrastructure",
                "tenant_slots": [
                    { "tenant": "Acme", "start": "2026-12-12T23:40:00-05:00", "end": "2026-12-12T23:55:00-05:00" },
                    { "tenant": "globex", "start": "2026-12-13T00:10:00-05:00", "end": "2026-12-13T00:25:00-05:00" }
                ]
            },
            {
                "id": "eu-net", "title": "Core network", "region": "eu-central",
                "start": "2027-01-16T23:00:00+01:00", "end": "2027-01-17T03:00:00+01:00",
                "status": "cancelled"
            },
            {
                "id": "now", "title": "Running", "region": "eu-central",
                "start": "2026-11-26T11:00:00Z", "end": "2026-11-26T13:00:00Z"
            },
            {
                "id": "over", "title": "Done", "region": "eu-central",
                "start": "2026-11-26T09:00:00Z", "end": "2026-11-26T11:00:00Z"
            }
        ],
        "recurring": [
            {
                "id": "monthly", "title": "Monthly", "region": "us-east",
                "rrule": "FREQ=MONTHLY;BYDAY=1SA", "starts_on": "2026-01-01",
                "start_time": "22:00", "duration_minutes": 240
            }
        ]
    })
}

fn parse(doc: &Value) -> Feed {
    let feed = parse_feed(&doc.to_string()).expect("test feed");
    assert!(feed.skipped.is_empty(), "{:?}", feed.skipped);
    feed
}

fn opts(feed: &Feed, now: &str) -> FeedCalendarOptions {
    FeedCalendarOptions {
        page_url: Some("https://status.acme.example/maintenance/".to_owned()),
        ..FeedCalendarOptions::for_feed(feed, at(now))
    }
}

fn unfold(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"));
    let mut out: Vec<String> = Vec::new();
    for line in text[..text.len() - 2].split("\r\n") {
        assert!(line.len() <= MAX_LINE_OCTETS, "{line:?}");
        match line.strip_prefix(' ') {
            Some(rest) => out.last_mut().expect("first line").push_str(rest),
            None => out.push(line.to_owned()),
        }
    }
    out
}

/// The VEVENTs, each as its unfolded lines.
fn events(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfold(text) {
        if line == "BEGIN:VEVENT" {
            current = Some(Vec::new());
        } else if line == "END:VEVENT" {
            out.extend(current.take());
        } else if let Some(c) = current.as_mut() {
            c.push(line);
        }
    }
    out
}

fn prop<'a>(event: &'a [String], name: &str) -> Option<&'a str> {
    let prefix = format!("{name}:");
    event.iter().find_map(|l| l.strip_prefix(prefix.as_str()))
}

fn by_uid(cal: &FeedCalendar, id: &str) -> Vec<String> {
    let wanted = format!("{}@status.acme.example", id.replace('/', "%2F"));
    events(&cal.text)
        .into_iter()
        .find(|e| prop(e, "UID") == Some(wanted.as_str()))
        .unwrap_or_else(|| panic!("no event {wanted} in\n{}", cal.text))
}

fn uids(cal: &FeedCalendar) -> Vec<String> {
    events(&cal.text)
        .iter()
        .map(|e| prop(e, "UID").expect("UID").to_owned())
        .collect()
}

#[test]
fn a_calendar_apps_can_subscribe_to() {
    let feed = parse(&doc());
    let cal = feed_calendar(&feed, &opts(&feed, NOW), &CalendarState::new());
    let lines = unfold(&cal.text);
    for want in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Acme Cloud//Maintenance windows//EN",
        format!(
            "X-TZDATA-RELEASE:IANA {}",
            maintenance_window::domain::zone::TZDATA_RELEASE
        )
        .as_str(),
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Acme Cloud maintenance",
        "NAME:Acme Cloud maintenance",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
        "END:VCALENDAR",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want} in\n{}", cal.text);
    }
    assert_eq!(REFRESH_INTERVAL, "PT1H");

    // Every upcoming occurrence, as schedule::between lists them: the one in
    // progress, not the one over; the rule's through the next 365 days.
    let now = at(NOW);
    let expected = between(
        &feed,
        now,
        now + Duration::days(DEFAULT_HORIZON_DAYS.into()),
    );
    let want: Vec<String> = expected
        .occurrences
        .iter()
        .map(|o| uid(o, "status.acme.example"))
        .collect();
    assert_eq!(uids(&cal), want);
    assert_eq!(
        want.len(),
        3 + 12,
        "3 one-offs and a year of first Saturdays"
    );
    assert!(!want.iter().any(|u| u.starts_with("over@")));
    assert!(want.contains(&"monthly%2F2026-12-05@status.acme.example".to_owned()));

    for (event, occ) in events(&cal.text).iter().zip(&expected.occurrences) {
        assert_eq!(prop(event, "DTSTART"), Some(utc_stamp(occ.start).as_str()));
        assert_eq!(prop(event, "DTEND"), Some(utc_stamp(occ.end).as_str()));
        assert!(prop(event, "DTSTART").is_some_and(|v| v.ends_with('Z')));
        assert_eq!(prop(event, "SEQUENCE"), Some("0"));
        assert_eq!(prop(event, "DTSTAMP"), Some("20261126T120000Z"));
        assert_eq!(prop(event, "LAST-MODIFIED"), Some("20261126T120000Z"));
        assert_eq!(prop(event, "TRANSP"), Some("TRANSPARENT"));
        assert_eq!(
            prop(event, "SUMMARY").map(|s| s.replace('\\', "")),
            Some(summary(occ, &feed))
        );
        assert_eq!(
            prop(event, "URL"),
            Some("https://status.acme.example/maintenance/")
        );
    }
    let holiday = by_uid(&cal, "holiday");
    assert_eq!(prop(&holiday, "STATUS"), Some("CONFIRMED"));
    assert!(holiday.iter().any(|l| l == "TRIGGER:-PT60M"));
    assert!(holiday.iter().any(|l| l == "CATEGORIES:infrastructure"));
    let cancelled = by_uid(&cal, "eu-net");
    assert_eq!(prop(&cancelled, "STATUS"), Some("CANCELLED"));
    assert!(
        !cancelled.iter().any(|l| l == "BEGIN:VALARM"),
        "no reminder for a cancelled window"
    );
    assert_eq!(
        prop(&cancelled, "SUMMARY"),
        Some("Cancelled: Core network (EU Central)")
    );

    assert_eq!(cal.changed.len(), 15, "all new");
    assert_eq!(cal.last_modified, Some(now));
    assert_eq!(cal.regions, None);
    assert_eq!(cal.tenant, None);
    assert!(cal.skipped.is_empty());
}

#[test]
fn regenerating_keeps_uids_text_and_sequence() {
    let feed = parse(&doc());
    let first = feed_calendar(&feed, &opts(&feed, NOW), &CalendarState::new());
    let later = opts(&feed, "2026-11-26T12:30:00Z");
    let second = feed_calendar(&feed, &later, &first.events);
    assert_eq!(
        second.text, first.text,
        "byte for byte: an ETag stays valid"
    );
    assert!(second.changed.is_empty());
    assert_eq!(second.events, first.events);
    assert_eq!(second.last_modified, first.last_modified);

    // Without the state (a server that lost its database), the UIDs and
    // times are the same; only the change times are new.
    let fresh = feed_calendar(&feed, &later, &CalendarState::new());
    assert_eq!(uids(&fresh), uids(&first));
    assert_ne!(fresh.text, first.text);

    // Reading the written text back gives the state it was written from.
    assert_eq!(read_state(&first.text), first.events);
}

#[test]
fn a_moved_or_cancelled_occurrence_bumps_its_sequence() {
    let feed = parse(&doc());
    let first = feed_calendar(&feed, &opts(&feed, NOW), &CalendarState::new());

    let mut moved = doc();
    moved["windows"][0]["start"] = json!("2026-12-12T23:00:00-05:00");
    moved["recurring"][0]["exceptions"] = json!(["2027-01-02"]);
    let moved_feed = parse(&moved);
    let t1 = "2026-11-27T08:15:00Z";
    let second = feed_calendar(&moved_feed, &opts(&moved_feed, t1), &first.events);
    let holiday = by_uid(&second, "holiday");
    assert_eq!(prop(&holiday, "SEQUENCE"), Some("1"));
    assert_eq!(prop(&holiday, "DTSTART"), Some("20261213T040000Z"));
    assert_eq!(prop(&holiday, "DTSTAMP"), Some("20261127T081500Z"));
    assert_eq!(prop(&holiday, "LAST-MODIFIED"), Some("20261127T081500Z"));
    assert_eq!(second.changed, ["holiday@status.acme.example"]);
    assert_eq!(second.last_modified, Some(at(t1)));
    let monthly = by_uid(&second, "monthly/2026-12-05");
    assert_eq!(prop(&monthly, "SEQUENCE"), Some("0"), "untouched");
    assert_eq!(prop(&monthly, "DTSTAMP"), Some("20261126T120000Z"));
    assert!(
        !uids(&second).contains(&"monthly%2F2027-01-02@status.acme.example".to_owned()),
        "an occurrence taken out is simply left out"
    );

    // Cancelled, then moved back: each change counts.
    let mut cancelled = moved.clone();
    cancelled["windows"][0]["status"] = json!("cancelled");
    let cancelled_feed = parse(&cancelled);
    let third = feed_calendar(
        &cancelled_feed,
        &opts(&cancelled_feed, "2026-11-28T00:00:00Z"),
        &second.events,
    );
    let holiday = by_uid(&third, "holiday");
    assert_eq!(prop(&holiday, "SEQUENCE"), Some("2"));
    assert_eq!(prop(&holiday, "STATUS"), Some("CANCELLED"));
    assert!(!holiday.iter().any(|l| l == "BEGIN:VALARM"));
    assert_eq!(
        third.events["holiday@status.acme.example"].status,
        EventStatus::Cancelled
    );

    let back = feed_calendar(&feed, &opts(&feed, "2026-11-29T00:00:00Z"), &third.events);
    let holiday = by_uid(&back, "holiday");
    assert_eq!(prop(&holiday, "SEQUENCE"), Some("3"));
    assert_eq!(prop(&holiday, "STATUS"), Some("CONFIRMED"));

    // A new title alone is no new SEQUENCE (RFC 5546: times and status).
    let mut retitled = doc();
    retitled["windows"][0]["title"] = json!("Holiday move, renamed");
    let retitled_feed = parse(&retitled);
    let renamed = feed_calendar(
        &retitled_feed,
        &opts(&retitled_feed, "2026-11-30T00:00:00Z"),
        &first.events,
    );
    assert!(renamed.changed.is_empty());
    assert_eq!(
        prop(&by_uid(&renamed, "holiday"), "SUMMARY"),
        Some("Holiday move\\, renamed (US East)")
    );
}

#[test]
fn the_region_filter_filters() {
    let feed = parse(&doc());
    let mut o = opts(&feed, NOW);
    o.regions = vec!["us-east".to_owned(), "mars".to_owned()];
    let cal = feed_calendar(&feed, &o, &CalendarState::new());
    assert_eq!(cal.regions, Some(vec!["us-east".to_owned()]));
    let all = events(&cal.text);
    assert_eq!(all.len(), 13);
    assert!(all.iter().all(|e| prop(e, "LOCATION") == Some("US East")));
    assert!(cal
        .text
        .contains("X-WR-CALNAME:Acme Cloud maintenance: US East\r\n"));

    o.regions = vec!["eu-central".to_owned(), " us-east ".to_owned()];
    let both = feed_calendar(&feed, &o, &CalendarState::new());
    assert_eq!(both.regions, None, "every region: the same as no filter");
    assert_eq!(
        both.text,
        feed_calendar(&feed, &opts(&feed, NOW), &CalendarState::new()).text
    );

    o.regions = vec!["mars".to_owned()];
    let none = feed_calendar(&feed, &o, &CalendarState::new());
    assert_eq!(none.regions, Some(vec![]));
    assert!(events(&none.text).is_empty());
    assert!(none
        .text
        .contains("X-WR-CALNAME:Acme Cloud maintenance: no region"));
}

#[test]
fn a_tenant_gets_its_slot_in_the_description_and_the_window_times() {
    let feed = parse(&doc());
    let plain = feed_calendar(&feed, &opts(&feed, NOW), &CalendarState::new());
    let mut o = opts(&feed, NOW);
    o.tenant = Some(" acme ".to_owned());
    let cal = feed_calendar(&feed, &o, &plain.events);
    assert_eq!(cal.tenant.as_deref(), Some("Acme"), "as the feed spells it");
    assert_eq!(uids(&cal), uids(&plain));
    assert!(cal.changed.is_empty(), "the same state as without a tenant");
    let holiday = by_uid(&cal, "holiday");
    assert_eq!(prop(&holiday, "DTSTART"), Some("20261213T030000Z"));
    assert_eq!(prop(&holiday, "DTEND"), Some("20261213T070000Z"));
    let description = prop(&holiday, "DESCRIPTION").expect("description");
    assert!(
        description.starts_with(
            "Your service (Acme): 2026-12-13 04:40 – 04:55 UTC \
             (2026-12-12 23:40 – 23:55 in America/New_York).\\n\\n"
        ),
        "{description}"
    );
    assert!(!description.contains("globex"));
    // Only that window changes.
    let differing = events(&cal.text)
        .iter()
        .zip(events(&plain.text))
        .filter(|(a, b)| *a != b)
        .count();
    assert_eq!(differing, 1);

    o.tenant = Some("initech".to_owned());
    let unknown = feed_calendar(&feed, &o, &plain.events);
    assert_eq!(unknown.tenant, None);
    assert_eq!(unknown.text, plain.text);
}

#[test]
fn the_horizon_bounds_the_calendar() {
    let feed = parse(&doc());
    let mut o = opts(&feed, NOW);
    o.horizon_days = 30;
    let cal = feed_calendar(&feed, &o, &CalendarState::new());
    assert_eq!(
        uids(&cal),
        [
            "now@status.acme.example",
            "monthly%2F2026-12-05@status.acme.example",
            "holiday@status.acme.example",
        ]
    );
    o.horizon_days = 0;
    assert_eq!(
        events(&feed_calendar(&feed, &o, &CalendarState::new()).text).len(),
        1,
        "at least a day: the window in progress"
    );
}

#[test]
fn a_feed_with_nothing_upcoming_is_an_empty_calendar() {
    let mut empty = doc();
    empty["windows"] = json!([]);
    empty["recurring"] = json!([]);
    empty["service"] = json!({});
    let feed = parse(&empty);
    let cal = feed_calendar(&feed, &opts(&feed, NOW), &CalendarState::new());
    assert!(events(&cal.text).is_empty());
    assert_eq!(cal.last_modified, None);
    assert!(cal.text.contains("X-WR-CALNAME:Maintenance windows\r\n"));
    assert!(!cal.text.contains("UID:"));
}

// --- a real parser ------------------------------------------------------------

fn expected(cal: &FeedCalendar, feed: &Feed, name: &str, tenant_line: Option<&str>) -> Value {
    let now = at(NOW);
    let occs = between(feed, now, now + Duration::days(DEFAULT_HORIZON_DAYS.into())).occurrences;
    json!({
        "calendar_name": name,
        "reminder_minutes": 60,
        "subscribable": true,
        "events": occs.iter().filter(|o| cal.events.contains_key(&uid(o, "status.acme.example"))).map(|o| {
            let u = uid(o, "status.acme.example");
            let state = &cal.events[&u];
            let cancelled = state.status == EventStatus::Cancelled;
            let mut contains = vec![json!("Times in this event are in UTC")];
            if let (Some(line), false) = (tenant_line, o.tenant_slots.is_empty()) {
                contains.push(json!(line));
            }
            json!({
                "uid": u,
                "summary": summary(o, feed),
                "location": feed.region(&o.region).map(|r| r.name.clone()),
                "start": o.start.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "end": o.end.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "status": state.status.as_str(),
                "sequence": state.sequence,
                "alarm": !cancelled,
                "last_modified": state.modified.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "description_contains": contains,
                "transparent": true,
            })
        }).collect::<Vec<_>>(),
    })
}

#[test]
fn real_parser_reads_the_subscribable_calendar() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("core_calendar_feed");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let feed = parse(&doc());
    let first = feed_calendar(&feed, &opts(&feed, NOW), &CalendarState::new());
    let mut moved = doc();
    moved["windows"][0]["end"] = json!("2026-12-13T03:00:00-05:00");
    let moved_feed = parse(&moved);
    let second = feed_calendar(
        &moved_feed,
        &opts(&moved_feed, "2026-11-27T00:00:00Z"),
        &first.events,
    );
    assert_eq!(second.events["holiday@status.acme.example"].sequence, 1);
    let mut o = opts(&feed, NOW);
    o.tenant = Some("globex".to_owned());
    o.regions = vec!["us-east".to_owned()];
    let tenant = feed_calendar(&feed, &o, &CalendarState::new());

    let cases = [
        ("first", &first, &feed, "Acme Cloud maintenance", None),
        (
            "moved",
            &second,
            &moved_feed,
            "Acme Cloud maintenance",
            None,
        ),
        (
            "tenant",
            &tenant,
            &feed,
            "Acme Cloud maintenance: US East",
            Some("Your service (globex): 2026-12-13 05:10 – 05:25 UTC"),
        ),
    ];
    let mut files = Vec::new();
    for (name, cal, f, cal_name, line) in cases {
        let ics = dir.join(format!("{name}.ics"));
        std::fs::write(&ics, &cal.text).expect("write");
        std::fs::write(
            dir.join(format!("{name}.expected.json")),
            serde_json::to_string_pretty(&expected(cal, f, cal_name, line)).expect("json"),
        )
        .expect("write");
        files.push(ics);
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/check_ics.py");
    let output = Command::new("python3")
        .arg(&script)
        .args(&files)
        .output()
        .unwrap_or_else(|e| panic!("could not run python3 ({e}): run `make tool-python`"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0) => assert!(stdout.contains("3 calendar(s) OK"), "{stdout}"),
        Some(3) => panic!("Python's icalendar is missing: run `make tool-python`\n{stderr}"),
        _ => panic!(
            "check_ics.py failed ({}):\n{stdout}\n{stderr}\nfiles in {}",
            output.status,
            dir.display()
        ),
    }
}
