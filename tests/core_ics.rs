//! Native tests of the calendar export (`domain::ics`): exact text, folding,
//! escaping, injection, stable UIDs, cancelled windows, the Google link, and
//! a check of the output with a real parser (Python's `icalendar`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Utc};
use maintenance_window::domain::feed::{parse_feed, Feed};
use maintenance_window::domain::ics::{
    calendar, event_filename, google_calendar_url, summary, uid, utc_stamp, CalendarOptions, Event,
    GOOGLE_DETAILS_MAX_CHARS, MAX_LINE_OCTETS, UTC_NOTE,
};
use maintenance_window::domain::schedule::{between, Occurrence};
use serde_json::json;

// --- helpers ---------------------------------------------------------------

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

const PAGE: &str = "https://status.acme.example/maintenance/";

fn opts(now: &str) -> CalendarOptions<'static> {
    CalendarOptions {
        product_id: "-//Acme Cloud//Maintenance windows//EN",
        calendar_name: "Acme Cloud maintenance",
        uid_domain: "status.acme.example",
        reminder_minutes: 60,
        page_url: Some(PAGE),
        now: at(now),
    }
}

/// A feed with the given one-off windows (JSON objects without `region`,
/// `start`, `end` get EU Central, 2026-12-02 23:00–01:00 +01:00) and rules.
fn feed(windows: serde_json::Value, recurring: serde_json::Value) -> Feed {
    let mut windows = windows;
    for w in windows.as_array_mut().expect("windows array") {
        let w = w.as_object_mut().expect("window object");
        w.entry("region").or_insert(json!("eu-central"));
        w.entry("start")
            .or_insert(json!("2026-12-02T23:00:00+01:00"));
        w.entry("end").or_insert(json!("2026-12-03T01:00:00+01:00"));
    }
    let doc = json!({
        "feed_version": 1,
        "service": { "name": "Acme Cloud" },
        "regions": [
            { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
            { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
        ],
        "windows": windows,
        "recurring": recurring,
    });
    let feed = parse_feed(&doc.to_string()).expect("test feed");
    assert!(
        feed.skipped.is_empty(),
        "test feed entries skipped: {:?}",
        feed.skipped
    );
    feed
}

fn occurrences(feed: &Feed) -> Vec<Occurrence> {
    between(feed, at("2026-11-01T00:00:00Z"), at("2027-03-01T00:00:00Z")).occurrences
}

fn one_window(title: &str) -> (Feed, Occurrence) {
    let f = feed(json!([{ "id": "w1", "title": title }]), json!([]));
    let occ = occurrences(&f).remove(0);
    (f, occ)
}

/// Physical lines, after checking that every line ends with CRLF and that
/// there is no other CR or LF.
fn physical_lines(text: &str) -> Vec<&str> {
    assert!(text.ends_with("\r\n"), "calendar must end with CRLF");
    let lines: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    for line in &lines {
        assert!(
            !line.contains('\r') && !line.contains('\n'),
            "bare CR or LF in {line:?}"
        );
    }
    lines
}

/// Content lines, unfolded (RFC 5545 §3.1): a line starting with a space
/// or a tab continues the previous one, without that first character.
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in physical_lines(text) {
        match line.strip_prefix([' ', '\t']) {
            Some(rest) => out
                .last_mut()
                .expect("a continuation line cannot come first")
                .push_str(rest),
            None => out.push(line.to_owned()),
        }
    }
    out
}

/// Values of the content lines named `name` (no parameters in our output).
fn values(text: &str, name: &str) -> Vec<String> {
    let prefix = format!("{name}:");
    unfold(text)
        .into_iter()
        .filter_map(|l| l.strip_prefix(&prefix).map(str::to_owned))
        .collect()
}

/// TEXT unescaping, written here independently of the module.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(c @ ('\\' | ';' | ',')) => out.push(c),
                other => panic!("bad escape \\{other:?} in {value:?}"),
            }
        } else {
            assert!(
                !matches!(c, ';' | ',') && (!c.is_control() || c == '\t'),
                "unescaped {c:?} in TEXT value {value:?}"
            );
            out.push(c);
        }
    }
    out
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex digits"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8 after decoding")
}

fn query_param(url: &str, key: &str) -> String {
    let query = url.split_once('?').expect("query").1;
    let raw = query
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key} in {url}"));
    percent_decode(raw)
}

// --- exact text --------------------------------------------------------------

fn golden_feed() -> Feed {
    feed(
        json!([{
            "id": "2026-12-emergency-eu",
            "title": "Emergency network patch",
            "status": "scheduled",
            "kind": "infrastructure",
            "expected_downtime_minutes": 15,
            "description": "Plain text, never HTML.",
            "activities": ["Operating system updates", "Network changes"]
        }]),
        json!([{
            "id": "monthly-us-east",
            "title": "Monthly infrastructure maintenance",
            "region": "us-east",
            "rrule": "FREQ=MONTHLY;BYDAY=1SA;COUNT=1",
            "starts_on": "2027-01-01",
            "start_time": "22:00",
            "duration_minutes": 240,
            "status": "cancelled",
            "kind": "infrastructure",
            "expected_downtime_minutes": 15
        }]),
    )
}

#[test]
fn small_calendar_exact_text() {
    let f = golden_feed();
    let occs = occurrences(&f);
    assert_eq!(occs.len(), 2);
    let text = calendar(&occs, &f, &opts("2026-11-26T12:00:00Z"));
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Acme Cloud//Maintenance windows//EN",
        "X-TZDATA-RELEASE:IANA {release}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Acme Cloud maintenance",
        "NAME:Acme Cloud maintenance",
        "BEGIN:VEVENT",
        "UID:2026-12-emergency-eu@status.acme.example",
        "DTSTAMP:20261126T120000Z",
        "DTSTART:20261202T220000Z",
        "DTEND:20261203T000000Z",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Emergency network patch (EU Central)",
        "LOCATION:EU Central",
        r"DESCRIPTION:Plain text\, never HTML.\n\nActivities:\n- Operating system upd",
        r" ates\n- Network changes\n\nExpected downtime: 15 minutes.\n\nRegion: EU Ce",
        r" ntral (Europe/Berlin).\n\nTimes in this event are in UTC\; your calendar s",
        r" hows them in your zone.\n\nSchedule: https://status.acme.example/maintenan",
        " ce/",
        "CATEGORIES:infrastructure",
        "URL:https://status.acme.example/maintenance/",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT60M",
        "DESCRIPTION:Emergency network patch (EU Central) starts in 60 minutes",
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:monthly-us-east%2F2027-01-02@status.acme.example",
        "DTSTAMP:20261126T120000Z",
        "DTSTART:20270103T030000Z",
        "DTEND:20270103T070000Z",
        "SEQUENCE:0",
        "STATUS:CANCELLED",
        "SUMMARY:Cancelled: Monthly infrastructure maintenance (US East)",
        "LOCATION:US East",
        r"DESCRIPTION:This maintenance is cancelled.\n\nExpected downtime: 15 minutes",
        r" .\n\nRegion: US East (America/New_York).\n\nTimes in this event are in UTC",
        r" \; your calendar shows them in your zone.\n\nSchedule: https://status.acme",
        " .example/maintenance/",
        "CATEGORIES:infrastructure",
        "URL:https://status.acme.example/maintenance/",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    .map(|l| format!("{l}\r\n"))
    .concat()
    .replace("{release}", chrono_tz::IANA_TZDB_VERSION);
    assert_eq!(text, expected);
}

#[test]
fn empty_calendar_is_still_a_calendar() {
    let f = golden_feed();
    let none: [&Occurrence; 0] = [];
    let text = calendar(none, &f, &opts("2026-11-26T12:00:00Z"));
    let lines = unfold(&text);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(!text.contains("VEVENT"));
}

// --- folding -------------------------------------------------------------------

#[test]
fn long_utf8_title_folds_at_75_octets_on_character_boundaries() {
    // Every prefix length moves the multi-octet characters across the fold
    // points, so each of their octets lands on a boundary at least once.
    for pad in 0..80 {
        let title = format!(
            "{}Überwachung — 数据库维护 — 🛠️ \u{1F1E9}\u{1F1EA} maintenance of the primary and replica clusters, {}",
            "a".repeat(pad),
            "ñ".repeat(pad)
        );
        let (f, occ) = one_window(&title);
        let text = calendar([&occ], &f, &opts("2026-11-26T12:00:00Z"));
        for line in physical_lines(&text) {
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{} octets: {line:?}",
                line.len()
            );
        }
        let summaries = values(&text, "SUMMARY");
        assert_eq!(summaries.len(), 1);
        assert_eq!(
            unescape(&summaries[0]),
            format!("{} (EU Central)", title.trim_end())
        );
        // The title was long enough to be folded at all.
        assert!(text.contains("\r\n "));
    }
}

#[test]
fn folding_uses_every_octet_it_may() {
    // 75 octets exactly stay on one line; 76 fold into 75 + " " + 1.
    let (f, occ) = one_window(&"x".repeat(75 - "SUMMARY:".len() - " (EU Central)".len()));
    let text = calendar([&occ], &f, &opts("2026-11-26T12:00:00Z"));
    let line = physical_lines(&text)
        .into_iter()
        .find(|l| l.starts_with("SUMMARY:"))
        .expect("summary");
    assert_eq!(line.len(), 75);

    let (f, occ) = one_window(&"x".repeat(76 - "SUMMARY:".len() - " (EU Central)".len()));
    let text = calendar([&occ], &f, &opts("2026-11-26T12:00:00Z"));
    let lines = physical_lines(&text);
    let i = lines
        .iter()
        .position(|l| l.starts_with("SUMMARY:"))
        .expect("summary");
    assert_eq!(lines[i].len(), 75);
    assert_eq!(lines[i + 1], " )");
}

// --- escaping and injection -----------------------------------------------------

#[test]
fn text_values_are_escaped() {
    let (f, occ) = one_window("Backslash \\ semi ; comma , colon : newline\nend\ttab");
    let text = calendar([&occ], &f, &opts("2026-11-26T12:00:00Z"));
    assert_eq!(
        values(&text, "SUMMARY"),
        ["Backslash \\\\ semi \\; comma \\, colon : newline\\nend\ttab (EU Central)"]
    );
}

#[test]
fn calendar_level_text_is_escaped_too() {
    let f = golden_feed();
    let o = CalendarOptions {
        product_id: "-//Acme, Inc.//Maintenance;x//EN",
        calendar_name: "Acme\r\nEND:VCALENDAR",
        ..opts("2026-11-26T12:00:00Z")
    };
    let text = calendar(&occurrences(&f), &f, &o);
    assert_eq!(
        values(&text, "PRODID"),
        [r"-//Acme\, Inc.//Maintenance\;x//EN"]
    );
    assert_eq!(values(&text, "X-WR-CALNAME"), [r"Acme\nEND:VCALENDAR"]);
    let ends = unfold(&text)
        .iter()
        .filter(|l| *l == "END:VCALENDAR")
        .count();
    assert_eq!(ends, 1);
}

#[test]
fn feed_text_cannot_inject_properties_or_components() {
    let attack = "Patch\r\nEND:VEVENT\r\nBEGIN:VALARM\r\nTRIGGER:PT0M\rSTATUS:CANCELLED\nUID:evil\u{85}DTSTART:19700101T000000Z\u{2028}URL:javascript:x\u{2029}X:1\u{0}\u{7}\u{1b}[31m\u{7f}";
    let f = feed(
        json!([{
            "id": "w1",
            "title": attack,
            "description": attack,
            "kind": attack,
            "activities": [attack]
        }]),
        json!([]),
    );
    let occ = occurrences(&f).remove(0);
    let text = calendar([&occ], &f, &opts("2026-11-26T12:00:00Z"));

    // Only our own control characters: CR only in CRLF, no others at all.
    for line in physical_lines(&text) {
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "control character in {line:?}"
        );
        assert!(
            !line.contains(['\u{2028}', '\u{2029}']),
            "separator in {line:?}"
        );
    }
    let lines = unfold(&text);
    let names: Vec<&str> = lines
        .iter()
        .map(|l| l.split_once(':').expect("name:value").0)
        .collect();
    assert_eq!(
        names,
        [
            "BEGIN",
            "VERSION",
            "PRODID",
            "X-TZDATA-RELEASE",
            "CALSCALE",
            "METHOD",
            "X-WR-CALNAME",
            "NAME",
            "BEGIN",
            "UID",
            "DTSTAMP",
            "DTSTART",
            "DTEND",
            "SEQUENCE",
            "STATUS",
            "SUMMARY",
            "LOCATION",
            "DESCRIPTION",
            "CATEGORIES",
            "URL",
            "BEGIN",
            "ACTION",
            "TRIGGER",
            "DESCRIPTION",
            "END",
            "END",
            "END",
        ]
    );
    assert_eq!(values(&text, "STATUS"), ["CONFIRMED"]);
    assert_eq!(values(&text, "TRIGGER"), ["-PT60M"]);
    assert_eq!(values(&text, "UID"), ["w1@status.acme.example"]);
    // The whole attack is inside the SUMMARY, line breaks as `\n`, the other
    // control characters dropped.
    let cleaned = "Patch\nEND:VEVENT\nBEGIN:VALARM\nTRIGGER:PT0M\nSTATUS:CANCELLED\nUID:evil\nDTSTART:19700101T000000Z\nURL:javascript:x\nX:1[31m";
    assert_eq!(
        unescape(&values(&text, "SUMMARY")[0]),
        format!("{cleaned} (EU Central)")
    );
    assert!(unescape(&values(&text, "DESCRIPTION")[0])
        .starts_with(&format!("{cleaned}\n\nActivities:\n- {cleaned}\n\n")));
}

// --- UID, SEQUENCE, STATUS, URL -----------------------------------------------

#[test]
fn uids_are_stable_across_regenerations() {
    let f = golden_feed();
    let a = calendar(&occurrences(&f), &f, &opts("2026-11-26T12:00:00Z"));
    let b = calendar(&occurrences(&f), &f, &opts("2026-12-24T18:30:05Z"));
    assert_eq!(values(&a, "UID"), values(&b, "UID"));
    assert_eq!(values(&a, "UID").len(), 2);
    assert_ne!(values(&a, "DTSTAMP"), values(&b, "DTSTAMP"));
    assert_eq!(values(&b, "DTSTAMP"), ["20261224T183005Z"; 2]);
}

#[test]
fn uids_are_safe_and_distinct_for_distinct_ids() {
    let ids = [
        "x y",
        "x%20y",
        "x\\y",
        "x_y",
        "X Y",
        "ü",
        "a@b",
        "a\r\nUID:b",
        "",
    ];
    let windows: Vec<_> = ids
        .iter()
        .enumerate()
        .filter(|(_, id)| !id.is_empty())
        .map(|(i, id)| json!({ "id": id, "title": format!("t{i}") }))
        .collect();
    let f = feed(json!(windows), json!([]));
    let occs = occurrences(&f);
    assert_eq!(occs.len(), ids.len() - 1);
    let mut uids: Vec<String> = occs.iter().map(|o| uid(o, "host:8080")).collect();
    for u in &uids {
        assert!(
            u.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._%@".contains(c)),
            "unsafe UID {u:?}"
        );
        assert!(u.ends_with("@host%3A8080"), "{u}");
    }
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), ids.len() - 1);
}

#[test]
fn sequence_comes_from_the_caller() {
    let f = golden_feed();
    let occs = occurrences(&f);
    let events = [Event::new(&occs[0]).with_sequence(3), Event::new(&occs[1])];
    let text = calendar(events, &f, &opts("2026-11-26T12:00:00Z"));
    assert_eq!(values(&text, "SEQUENCE"), ["3", "0"]);
    // A slice of references works as well as a slice of occurrences.
    let refs: Vec<&Occurrence> = occs.iter().collect();
    assert_eq!(
        calendar(&refs, &f, &opts("2026-11-26T12:00:00Z")),
        calendar(&occs, &f, &opts("2026-11-26T12:00:00Z"))
    );
}

#[test]
fn cancelled_windows_are_marked_and_get_no_reminder() {
    let f = feed(
        json!([
            { "id": "c", "title": "Cancelled one", "status": "cancelled" },
            { "id": "s", "title": "Scheduled one", "status": "scheduled",
              "start": "2026-12-03T23:00:00+01:00", "end": "2026-12-04T01:00:00+01:00" },
            { "id": "n", "title": "No status",
              "start": "2026-12-04T23:00:00+01:00", "end": "2026-12-05T01:00:00+01:00" }
        ]),
        json!([]),
    );
    let occs = occurrences(&f);
    let text = calendar(&occs, &f, &opts("2026-11-26T12:00:00Z"));
    assert_eq!(
        values(&text, "STATUS"),
        ["CANCELLED", "CONFIRMED", "CONFIRMED"]
    );
    assert_eq!(
        values(&text, "SUMMARY")[0],
        "Cancelled: Cancelled one (EU Central)"
    );
    assert_eq!(values(&text, "TRIGGER").len(), 2);
    assert_eq!(
        summary(&occs[0], &f),
        "Cancelled: Cancelled one (EU Central)"
    );
}

#[test]
fn reminder_minutes_are_configurable() {
    let (f, occ) = one_window("t");
    let o = CalendarOptions {
        reminder_minutes: 1,
        ..opts("2026-11-26T12:00:00Z")
    };
    let text = calendar([&occ], &f, &o);
    assert_eq!(values(&text, "TRIGGER"), ["-PT1M"]);
    assert_eq!(
        values(&text, "DESCRIPTION")[1],
        "t (EU Central) starts in 1 minute"
    );
}

#[test]
fn url_only_for_web_urls() {
    let (f, occ) = one_window("t");
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "https://x.example/a b",
        "https://x.example/\r\nX:1",
        "",
    ] {
        let o = CalendarOptions {
            page_url: Some(bad),
            ..opts("2026-11-26T12:00:00Z")
        };
        let text = calendar([&occ], &f, &o);
        assert!(values(&text, "URL").is_empty(), "{bad:?}");
        assert!(!text.contains("Schedule:"), "{bad:?}");
    }
    let o = CalendarOptions {
        page_url: None,
        ..opts("2026-11-26T12:00:00Z")
    };
    assert!(values(&calendar([&occ], &f, &o), "URL").is_empty());
    let o = CalendarOptions {
        page_url: Some("http://intranet.example/mw/?tz=Asia/Kathmandu"),
        ..opts("2026-11-26T12:00:00Z")
    };
    assert_eq!(
        values(&calendar([&occ], &f, &o), "URL"),
        ["http://intranet.example/mw/?tz=Asia/Kathmandu"]
    );
}

#[test]
fn description_holds_the_details_and_the_utc_note() {
    let f = golden_feed();
    let occs = occurrences(&f);
    let text = calendar(&occs[..1], &f, &opts("2026-11-26T12:00:00Z"));
    let description = unescape(&values(&text, "DESCRIPTION")[0]);
    assert_eq!(
        description,
        format!(
            "Plain text, never HTML.\n\nActivities:\n- Operating system updates\n- Network changes\n\n\
             Expected downtime: 15 minutes.\n\nRegion: EU Central (Europe/Berlin).\n\n{UTC_NOTE}\n\n\
             Schedule: {PAGE}"
        )
    );
}

#[test]
fn times_are_utc_whatever_the_offsets_in_the_feed() {
    let f = feed(
        json!([{ "id": "k", "title": "t", "start": "2027-02-14T02:30:00+05:45",
                 "end": "2027-02-14T03:15:00+05:45" }]),
        json!([]),
    );
    let occs = occurrences(&f);
    let text = calendar(&occs, &f, &opts("2026-11-26T12:00:00+05:45"));
    assert_eq!(values(&text, "DTSTART"), ["20270213T204500Z"]);
    assert_eq!(values(&text, "DTEND"), ["20270213T213000Z"]);
    assert_eq!(values(&text, "DTSTAMP"), ["20261126T061500Z"]);
    assert_eq!(utc_stamp(at("2027-01-02T03:04:05Z")), "20270102T030405Z");
}

// --- file names ---------------------------------------------------------------

#[test]
fn file_names_are_safe() {
    let f = golden_feed();
    let occs = occurrences(&f);
    assert_eq!(
        event_filename(&occs[0]),
        "maintenance-2026-12-emergency-eu.ics"
    );
    assert_eq!(
        event_filename(&occs[1]),
        "maintenance-monthly-us-east-2027-01-02.ics"
    );
    let f = feed(
        json!([
            { "id": "..\\..\\etc\\passwd", "title": "t" },
            { "id": "CON:?*<>|\"\\ x", "title": "t",
              "start": "2026-12-03T23:00:00+01:00", "end": "2026-12-04T01:00:00+01:00" },
            { "id": "数据库", "title": "t",
              "start": "2026-12-04T23:00:00+01:00", "end": "2026-12-05T01:00:00+01:00" },
            { "id": "x".repeat(300), "title": "t",
              "start": "2026-12-05T23:00:00+01:00", "end": "2026-12-06T01:00:00+01:00" }
        ]),
        json!([]),
    );
    let names: Vec<String> = occurrences(&f).iter().map(event_filename).collect();
    assert_eq!(
        names[..3],
        [
            "maintenance-etc-passwd.ics",
            "maintenance-con-x.ics",
            "maintenance-20261204.ics"
        ]
    );
    for name in &names {
        assert!(name.len() <= 100, "{name}");
        let stem = name.strip_suffix(".ics").expect(".ics");
        assert!(
            stem.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{name}"
        );
    }
}

// --- Google Calendar link -----------------------------------------------------

#[test]
fn google_calendar_link_is_encoded() {
    let f = feed(
        json!([{
            "id": "g",
            "title": "Patch & reboot #2 + 50% — Überwachung?",
            "description": "Line one\nLine two: a=b&c=d",
            "expected_downtime_minutes": 5
        }]),
        json!([]),
    );
    let occ = occurrences(&f).remove(0);
    let url = google_calendar_url(&occ, &f);
    assert!(
        url.starts_with(
            "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Patch%20%26%20reboot%20%232%20%2B%2050%25%20%E2%80%94%20%C3%9Cberwachung%3F%20%28EU%20Central%29&dates=20261202T220000Z/20261203T000000Z&details="
        ),
        "{url}"
    );
    assert!(url.ends_with("&location=EU%20Central"), "{url}");
    // Only unreserved characters, `%XX`, and the link's own `?&=/:` remain.
    let query = url.split_once('?').expect("query").1;
    for part in query.split('&') {
        let (_, value) = part.split_once('=').expect("key=value");
        let value = value.replace('/', ""); // the dates' separator
        assert!(
            value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~%".contains(c)),
            "{part}"
        );
    }
    assert_eq!(query_param(&url, "action"), "TEMPLATE");
    assert_eq!(
        query_param(&url, "text"),
        "Patch & reboot #2 + 50% — Überwachung? (EU Central)"
    );
    assert_eq!(
        query_param(&url, "details"),
        format!(
            "Line one\nLine two: a=b&c=d\n\nExpected downtime: 5 minutes.\n\n\
             Region: EU Central (Europe/Berlin).\n\n{UTC_NOTE}"
        )
    );
    assert_eq!(query_param(&url, "location"), "EU Central");
}

#[test]
fn google_calendar_details_are_capped() {
    let f = feed(
        json!([{ "id": "g", "title": "t", "description": "ü".repeat(5000) }]),
        json!([]),
    );
    let occ = occurrences(&f).remove(0);
    let details = query_param(&google_calendar_url(&occ, &f), "details");
    assert_eq!(details.chars().count(), GOOGLE_DETAILS_MAX_CHARS + 1);
    assert!(details.ends_with("üü…"));
}

// --- a real parser ------------------------------------------------------------

/// What a TEXT value reads as after a round trip: line breaks of any kind
/// are `\n`, other control characters are gone.
fn cleaned(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace(['\r', '\u{85}', '\u{2028}', '\u{2029}'], "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

fn write_case(
    dir: &Path,
    name: &str,
    events: &[Event<'_>],
    f: &Feed,
    o: &CalendarOptions,
) -> PathBuf {
    let text = calendar(events.iter().copied(), f, o);
    let expected = json!({
        "calendar_name": cleaned(o.calendar_name),
        "reminder_minutes": o.reminder_minutes,
        "events": events.iter().map(|e| {
            let occ = e.occurrence;
            let cancelled = summary(occ, f).starts_with("Cancelled: ");
            json!({
                "uid": uid(occ, o.uid_domain),
                "summary": cleaned(&summary(occ, f)),
                "location": f.region(&occ.region).map(|r| r.name.clone()),
                "start": occ.start.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "end": occ.end.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "status": if cancelled { "CANCELLED" } else { "CONFIRMED" },
                "sequence": e.sequence,
                "alarm": !cancelled,
            })
        }).collect::<Vec<_>>(),
    });
    let ics = dir.join(format!("{name}.ics"));
    std::fs::write(&ics, text).expect("write .ics");
    std::fs::write(
        dir.join(format!("{name}.expected.json")),
        serde_json::to_string_pretty(&expected).expect("json"),
    )
    .expect("write .expected.json");
    ics
}

#[test]
fn real_parser_reads_what_we_write() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("core_ics");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let o = opts("2026-11-26T12:00:00Z");
    let mut files = Vec::new();

    let f = golden_feed();
    let occs = occurrences(&f);
    let events: Vec<Event> = occs.iter().map(Event::new).collect();
    files.push(write_case(&dir, "golden", &events, &f, &o));

    let events = [Event::new(&occs[0]).with_sequence(7)];
    files.push(write_case(&dir, "sequence", &events, &f, &o));

    let (f_long, long) = one_window(&format!(
        "{} Überwachung — 数据库维护 — 🛠️ \u{1F1E9}\u{1F1EA}, ; \\ end",
        "Monthly maintenance of the primary and replica database clusters".repeat(3)
    ));
    files.push(write_case(
        &dir,
        "long-utf8",
        &[Event::new(&long)],
        &f_long,
        &o,
    ));

    let attack = "Patch\r\nEND:VEVENT\r\nBEGIN:VALARM\r\nTRIGGER:PT0M\rSTATUS:CANCELLED\nUID:evil\u{2028}X:1";
    let f_attack = feed(
        json!([{ "id": "a\r\nUID:b", "title": attack, "description": attack, "activities": [attack] }]),
        json!([]),
    );
    let attack_occs = occurrences(&f_attack);
    let attack_opts = CalendarOptions {
        calendar_name: "Acme; Inc, \\ cal",
        ..o
    };
    files.push(write_case(
        &dir,
        "injection",
        &[Event::new(&attack_occs[0])],
        &f_attack,
        &attack_opts,
    ));

    files.push(write_case(&dir, "empty", &[], &f, &o));

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check_ics.py");
    let output = Command::new("python3")
        .arg(&script)
        .args(&files)
        .output()
        .unwrap_or_else(|e| {
            panic!("could not run python3 ({e}): install Python 3, then `pip install icalendar`")
        });
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0) => assert!(stdout.contains("5 calendar(s) OK"), "{stdout}"),
        Some(3) => panic!(
            "Python's icalendar package is missing, so the .ics output was not checked: \
             run `pip install icalendar`\n{stderr}"
        ),
        _ => panic!(
            "check_ics.py failed ({}):\n{stdout}\n{stderr}\nfiles in {}",
            output.status,
            dir.display()
        ),
    }
}
