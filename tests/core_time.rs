#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the time core: recurring windows checked against values
//! generated independently (tests/fixtures/gen_recurrence.py, dateutil and
//! zoneinfo), rule errors, zone names, and property tests.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::TZ_VARIANTS;
use maintenance_window::domain::recurrence::{expand, RRule, RRuleError, RuleOccurrence};
use maintenance_window::domain::zone::{resolve_local, rfc3339_in, Resolution, Zone};
use proptest::prelude::*;
use serde::Deserialize;

// ------------------------------------------------------------------ fixture

#[derive(Deserialize)]
struct Fixture {
    tzdb_version: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    zone: String,
    rrule: String,
    starts_on: String,
    start_time: String,
    duration_minutes: u32,
    exceptions: Vec<String>,
    through: String,
    expected: Vec<Expected>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Expected {
    local_date: String,
    start: String,
    end: String,
    start_local: String,
    end_local: String,
    resolution: String,
}

fn resolution_name(resolution: Resolution) -> &'static str {
    match resolution {
        Resolution::Exact => "exact",
        Resolution::InGap => "in_gap",
        Resolution::Repeated => "repeated",
    }
}

fn utc_text(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn actual(case: &Case) -> Result<Vec<Expected>, String> {
    let zone = Zone::parse(&case.zone).map_err(|e| e.to_string())?;
    let rule: RRule = case.rrule.parse().map_err(|e: RRuleError| e.to_string())?;
    let time = NaiveTime::parse_from_str(&case.start_time, "%H:%M").map_err(|e| e.to_string())?;
    let day = |text: &str| {
        text.parse::<NaiveDate>()
            .map_err(|e| format!("{text:?}: {e}"))
    };
    let exceptions = case
        .exceptions
        .iter()
        .map(|d| day(d))
        .collect::<Result<Vec<_>, _>>()?;
    let list = expand(
        &rule,
        zone,
        day(&case.starts_on)?,
        time,
        case.duration_minutes,
        &exceptions,
        day(&case.through)?,
    )
    .map_err(|e| e.to_string())?;
    Ok(list
        .into_iter()
        .map(|o| Expected {
            local_date: o.local_date.to_string(),
            start: utc_text(o.start),
            end: utc_text(o.end),
            start_local: rfc3339_in(zone, o.start),
            end_local: rfc3339_in(zone, o.end),
            resolution: resolution_name(o.resolution).to_owned(),
        })
        .collect())
}

#[test]
fn recurrence_matches_independently_generated_fixture() {
    let fixture: Fixture = serde_json::from_str(include_str!("fixtures/recurrence.json"))
        .expect("fixture is valid JSON");
    assert!(fixture.cases.len() >= 40, "the fixture lost its cases");
    let mut failures = Vec::new();
    for case in &fixture.cases {
        match actual(case) {
            Ok(got) if got == case.expected => {}
            Ok(got) => {
                let first = got
                    .iter()
                    .zip(&case.expected)
                    .position(|(g, e)| g != e)
                    .unwrap_or(got.len().min(case.expected.len()));
                failures.push(format!(
                    "{} ({} in {} from {} {}): {} occurrences, expected {}; first difference at #{first}:\n  got      {:?}\n  expected {:?}",
                    case.name,
                    case.rrule,
                    case.zone,
                    case.starts_on,
                    case.start_time,
                    got.len(),
                    case.expected.len(),
                    got.get(first),
                    case.expected.get(first),
                ));
            }
            Err(e) => failures.push(format!("{} ({}): error {e}", case.name, case.rrule)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ (fixture tzdb {}, chrono-tz tzdb {}):\n{}",
        failures.len(),
        fixture.cases.len(),
        fixture.tzdb_version,
        chrono_tz::IANA_TZDB_VERSION,
        failures.join("\n")
    );
}

#[test]
fn fixtures_are_on_the_release_the_tables_carry() {
    let fixture: Fixture = serde_json::from_str(include_str!("fixtures/recurrence.json"))
        .expect("fixture is valid JSON");
    assert_eq!(
        fixture.tzdb_version,
        chrono_tz::IANA_TZDB_VERSION,
        "tests/fixtures/recurrence.json was computed on another IANA release: run `make tzdata`"
    );
}

#[test]
fn fixture_covers_gaps_and_repeats() {
    let fixture: Fixture = serde_json::from_str(include_str!("fixtures/recurrence.json"))
        .expect("fixture is valid JSON");
    let all: Vec<&Expected> = fixture.cases.iter().flat_map(|c| &c.expected).collect();
    for kind in ["exact", "in_gap", "repeated"] {
        assert!(
            all.iter().any(|o| o.resolution == kind),
            "no {kind} occurrence in the fixture"
        );
    }
}

// ------------------------------------------------------------------ helpers

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid test time")
}

fn zone(name: &str) -> Zone {
    Zone::parse(name).expect("known test zone")
}

fn rule(text: &str) -> RRule {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

fn dates(list: &[RuleOccurrence]) -> Vec<NaiveDate> {
    list.iter().map(|o| o.local_date).collect()
}

// ------------------------------------------------------------ rule errors

#[test]
fn bad_rules_give_their_error() {
    use RRuleError as E;
    let invalid = |part: &'static str, value: &str| E::Invalid {
        part,
        value: value.to_owned(),
    };
    let out_of_range = |part: &'static str, value: &str, range: &'static str| E::OutOfRange {
        part,
        value: value.to_owned(),
        range,
    };
    let table: Vec<(&str, RRuleError)> = vec![
        ("", E::Empty),
        ("  ;; ", E::Empty),
        ("RRULE:", E::Empty),
        ("FREQ", E::Malformed("FREQ".into())),
        ("FREQ=DAILY;COUNT", E::Malformed("COUNT".into())),
        ("COUNT=3", E::MissingFreq),
        ("FREQ=MINUTELY", E::UnsupportedFreq("MINUTELY".into())),
        ("FREQ=HOURLY", E::UnsupportedFreq("HOURLY".into())),
        ("FREQ=secondly", E::UnsupportedFreq("SECONDLY".into())),
        ("FREQ=FORTNIGHTLY", invalid("FREQ", "FORTNIGHTLY")),
        ("FREQ=DAILY;BYHOUR=3", E::UnsupportedPart("BYHOUR".into())),
        (
            "FREQ=DAILY;BYMINUTE=3",
            E::UnsupportedPart("BYMINUTE".into()),
        ),
        (
            "FREQ=DAILY;BYSECOND=3",
            E::UnsupportedPart("BYSECOND".into()),
        ),
        (
            "FREQ=YEARLY;BYWEEKNO=20",
            E::UnsupportedPart("BYWEEKNO".into()),
        ),
        (
            "FREQ=YEARLY;BYYEARDAY=100",
            E::UnsupportedPart("BYYEARDAY".into()),
        ),
        ("FREQ=DAILY;FOO=1", E::UnknownPart("FOO".into())),
        ("FREQ=DAILY;X-NAME=1", E::UnknownPart("X-NAME".into())),
        ("FREQ=DAILY;FREQ=WEEKLY", E::Duplicate("FREQ".into())),
        (
            "FREQ=MONTHLY;BYDAY=1SA;byday=2SA",
            E::Duplicate("BYDAY".into()),
        ),
        ("FREQ=DAILY;INTERVAL=0", E::ZeroInterval),
        ("FREQ=DAILY;INTERVAL=-1", invalid("INTERVAL", "-1")),
        ("FREQ=DAILY;INTERVAL=+2", invalid("INTERVAL", "+2")),
        (
            "FREQ=DAILY;INTERVAL=99999999999",
            invalid("INTERVAL", "99999999999"),
        ),
        ("FREQ=DAILY;INTERVAL=", invalid("INTERVAL", "")),
        ("FREQ=DAILY;COUNT=0", E::ZeroCount),
        ("FREQ=DAILY;COUNT=1.5", invalid("COUNT", "1.5")),
        ("FREQ=DAILY;COUNT=3;UNTIL=20270101", E::CountAndUntil),
        (
            "FREQ=DAILY;UNTIL=2027-01-01",
            invalid("UNTIL", "2027-01-01"),
        ),
        ("FREQ=DAILY;UNTIL=20270230", invalid("UNTIL", "20270230")),
        (
            "FREQ=DAILY;UNTIL=20270101T250000Z",
            invalid("UNTIL", "20270101T250000Z"),
        ),
        (
            "FREQ=DAILY;UNTIL=20270101T1200Z",
            invalid("UNTIL", "20270101T1200Z"),
        ),
        ("FREQ=DAILY;UNTIL=20270101X", invalid("UNTIL", "20270101X")),
        (
            "FREQ=DAILY;UNTIL=20270101T120000ZZ",
            invalid("UNTIL", "20270101T120000ZZ"),
        ),
        ("FREQ=MONTHLY;BYDAY=9XX", invalid("BYDAY", "9XX")),
        ("FREQ=MONTHLY;BYDAY=", invalid("BYDAY", "")),
        ("FREQ=MONTHLY;BYDAY=MO,,TU", invalid("BYDAY", "")),
        (
            "FREQ=MONTHLY;BYDAY=0MO",
            out_of_range("BYDAY", "0MO", "ordinal 1 to 5 or -5 to -1 within a month"),
        ),
        (
            "FREQ=MONTHLY;BYDAY=6SA",
            out_of_range("BYDAY", "6SA", "ordinal 1 to 5 or -5 to -1 within a month"),
        ),
        (
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-6SU",
            out_of_range("BYDAY", "-6SU", "ordinal 1 to 5 or -5 to -1 within a month"),
        ),
        (
            "FREQ=YEARLY;BYDAY=54MO",
            out_of_range(
                "BYDAY",
                "54MO",
                "ordinal 1 to 53 or -53 to -1 within a year",
            ),
        ),
        ("FREQ=MONTHLY;BYDAY=+-1SU", invalid("BYDAY", "+-1SU")),
        ("FREQ=MONTHLY;BYDAY=1 SU", invalid("BYDAY", "1 SU")),
        ("FREQ=MONTHLY;BYDAY=1SÄ", invalid("BYDAY", "1SÄ")),
        ("FREQ=WEEKLY;BYDAY=1MO", E::OrdinalNotAllowed("1MO".into())),
        ("FREQ=DAILY;BYDAY=-1FR", E::OrdinalNotAllowed("-1FR".into())),
        (
            "FREQ=MONTHLY;BYMONTHDAY=0",
            out_of_range("BYMONTHDAY", "0", "1 to 31 or -31 to -1"),
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=32",
            out_of_range("BYMONTHDAY", "32", "1 to 31 or -31 to -1"),
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=-32",
            out_of_range("BYMONTHDAY", "-32", "1 to 31 or -31 to -1"),
        ),
        ("FREQ=MONTHLY;BYMONTHDAY=x", invalid("BYMONTHDAY", "X")),
        (
            "FREQ=YEARLY;BYMONTH=13",
            out_of_range("BYMONTH", "13", "1 to 12"),
        ),
        (
            "FREQ=YEARLY;BYMONTH=0",
            out_of_range("BYMONTH", "0", "1 to 12"),
        ),
        ("FREQ=YEARLY;BYMONTH=-1", invalid("BYMONTH", "-1")),
        (
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0",
            out_of_range("BYSETPOS", "0", "1 to 366 or -366 to -1"),
        ),
        (
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=367",
            out_of_range("BYSETPOS", "367", "1 to 366 or -366 to -1"),
        ),
        ("FREQ=MONTHLY;BYSETPOS=1", E::LoneSetPos),
        ("FREQ=WEEKLY;BYMONTHDAY=1", E::MonthDayInWeekly),
        ("FREQ=WEEKLY;WKST=XX", invalid("WKST", "XX")),
        ("FREQ=WEEKLY;WKST=1MO", invalid("WKST", "1MO")),
    ];
    for (text, expected) in table {
        let got = text.parse::<RRule>();
        assert_eq!(got, Err(expected), "rule {text:?}");
    }
}

#[test]
fn error_messages_speak_to_the_vendor() {
    let message = |text: &str| text.parse::<RRule>().expect_err(text).to_string();
    assert_eq!(
        message("FREQ=MINUTELY"),
        "unsupported FREQ=MINUTELY (only DAILY, WEEKLY, MONTHLY, YEARLY)"
    );
    assert_eq!(
        message("FREQ=MONTHLY;BYDAY=9XX"),
        "BYDAY value \"9XX\" is not valid"
    );
    assert_eq!(
        message("FREQ=DAILY;COUNT=2;UNTIL=20270101"),
        "COUNT and UNTIL cannot both be given"
    );
    assert!(message("FREQ=DAILY;BYHOUR=1").contains("BYHOUR is not supported"));
    let too_much = expand(
        &rule("FREQ=DAILY"),
        Zone::UTC,
        date(2000, 1, 1),
        hm(0, 0),
        60,
        &[],
        date(9999, 12, 31),
    );
    assert_eq!(
        too_much.map_err(|e| e.to_string()),
        Err("the rule needs too many steps (more than 200000); narrow it".to_owned())
    );
}

#[test]
fn good_rules_parse_in_any_case_and_spacing() {
    let canonical = rule("FREQ=MONTHLY;BYDAY=1SA");
    for text in [
        "RRULE:FREQ=MONTHLY;BYDAY=1SA",
        "rrule:freq=monthly;byday=1sa",
        " FREQ=MONTHLY ; BYDAY=+1SA ;",
        "BYDAY=1SA;FREQ=MONTHLY",
    ] {
        assert_eq!(rule(text), canonical, "{text:?}");
    }
    for text in [
        "FREQ=DAILY",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;BYMONTHDAY=-1,1,15",
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "FREQ=YEARLY;BYDAY=53MO,-53SU",
        "FREQ=DAILY;UNTIL=20271231",
        "FREQ=DAILY;UNTIL=20271231T235959Z",
        "FREQ=DAILY;UNTIL=20271231T235959",
        "FREQ=DAILY;INTERVAL=4294967295",
        "FREQ=DAILY;COUNT=4294967295",
        "FREQ=DAILY;BYDAY=MO,MO",
    ] {
        assert!(text.parse::<RRule>().is_ok(), "{text:?}");
    }
}

// ------------------------------------------------------------------ expand

#[test]
fn contract_example_skips_dtstart_and_the_exception() {
    let list = expand(
        &rule("FREQ=MONTHLY;BYDAY=1SA"),
        zone("America/New_York"),
        date(2026, 1, 1),
        hm(22, 0),
        240,
        &[date(2026, 12, 5)],
        date(2027, 1, 31),
    )
    .expect("expands");
    assert_eq!(list.first().map(|o| o.local_date), Some(date(2026, 1, 3)));
    assert!(!dates(&list).contains(&date(2026, 12, 5)));
    assert_eq!(list.len(), 12); // Jan..Nov 2026 and Jan 2027
}

#[test]
fn window_across_fall_back_keeps_real_minutes() {
    let new_york = zone("America/New_York");
    let list = expand(
        &rule("FREQ=WEEKLY;BYDAY=SA;COUNT=1"),
        new_york,
        date(2026, 10, 31),
        hm(22, 0),
        240,
        &[],
        date(2026, 12, 31),
    )
    .expect("expands");
    let only = list.first().expect("one occurrence");
    assert_eq!(only.end - only.start, Duration::minutes(240));
    assert_eq!(rfc3339_in(new_york, only.end), "2026-11-01T01:00:00-05:00");
}

#[test]
fn count_counts_excluded_dates() {
    let list = expand(
        &rule("FREQ=DAILY;COUNT=3"),
        Zone::UTC,
        date(2026, 1, 1),
        hm(9, 0),
        30,
        &[date(2026, 1, 2)],
        date(2026, 12, 31),
    )
    .expect("expands");
    assert_eq!(dates(&list), [date(2026, 1, 1), date(2026, 1, 3)]);
}

#[test]
fn weekly_bysetpos_uses_the_whole_first_week() {
    // A reading where the page and python-dateutil differ, settled for
    // RFC 5545 (docs/feed-format.md, "Recurrence"): FREQ=WEEKLY with
    // BYSETPOS and a `starts_on` in mid-week. BYSETPOS picks from the whole
    // week's set, then occurrences before DTSTART are dropped: Monday
    // 2026-11-23 is position 1 but before DTSTART (Wednesday), so the first
    // week yields nothing. dateutil cuts the first week at DTSTART before
    // applying BYSETPOS and would give Friday 2026-11-27.
    let list = expand(
        &rule("FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=1;COUNT=2"),
        Zone::UTC,
        date(2026, 11, 25),
        hm(9, 0),
        30,
        &[],
        date(2026, 12, 31),
    )
    .expect("expands");
    assert_eq!(dates(&list), [date(2026, 11, 30), date(2026, 12, 7)]);
}

#[test]
fn byday_mixing_plain_and_ordinal_is_a_union() {
    // RFC 5545 treats the BYDAY list as a set of days; dateutil intersects
    // the plain and the numbered entries and yields nothing here.
    let list = expand(
        &rule("FREQ=MONTHLY;BYDAY=MO,1FR"),
        Zone::UTC,
        date(2026, 1, 1),
        hm(9, 0),
        30,
        &[],
        date(2026, 1, 31),
    )
    .expect("expands");
    let expected: Vec<NaiveDate> = [2, 5, 12, 19, 26].map(|d| date(2026, 1, d)).to_vec();
    assert_eq!(dates(&list), expected);
}

#[test]
fn extreme_inputs_end_without_panicking() {
    let cases = [
        (
            "FREQ=DAILY;INTERVAL=4000000000",
            date(2026, 1, 1),
            date(9999, 12, 31),
        ),
        (
            "FREQ=WEEKLY;INTERVAL=4294967295",
            date(2026, 1, 1),
            date(9999, 12, 31),
        ),
        (
            "FREQ=MONTHLY;INTERVAL=4000000000",
            date(2026, 1, 1),
            date(9999, 12, 31),
        ),
        (
            "FREQ=YEARLY;INTERVAL=4000000000",
            date(2026, 1, 1),
            date(9999, 12, 31),
        ),
        (
            "FREQ=YEARLY;INTERVAL=1000",
            date(9000, 1, 1),
            NaiveDate::MAX,
        ),
        (
            "FREQ=DAILY;UNTIL=99991231",
            date(9999, 12, 1),
            NaiveDate::MAX,
        ),
        ("FREQ=WEEKLY;WKST=SU", date(9999, 12, 30), NaiveDate::MAX),
        (
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            date(2026, 1, 1),
            date(2030, 1, 1),
        ),
        (
            "FREQ=DAILY;COUNT=4294967295",
            date(1, 1, 1),
            date(1, 12, 31),
        ),
    ];
    for (text, starts_on, through) in cases {
        let list = expand(
            &rule(text),
            zone("Pacific/Kiritimati"),
            starts_on,
            hm(23, 59),
            1440,
            &[],
            through,
        );
        let list = list.unwrap_or_else(|e| panic!("{text}: {e}"));
        assert!(list.len() <= 366, "{text}: {} occurrences", list.len());
    }
    assert_eq!(
        expand(
            &rule("FREQ=DAILY"),
            Zone::UTC,
            date(2026, 1, 1),
            hm(0, 0),
            0,
            &[],
            date(2027, 1, 1)
        ),
        Err(RRuleError::Duration(0))
    );
    assert_eq!(
        expand(
            &rule("FREQ=DAILY"),
            Zone::UTC,
            date(2026, 1, 1),
            hm(0, 0),
            1441,
            &[],
            date(2027, 1, 1)
        ),
        Err(RRuleError::Duration(1441))
    );
    assert_eq!(
        expand(
            &rule("FREQ=DAILY"),
            Zone::UTC,
            NaiveDate::MIN,
            hm(0, 0),
            60,
            &[],
            date(2027, 1, 1)
        ),
        Err(RRuleError::DateOutOfRange(NaiveDate::MIN))
    );
    assert_eq!(
        expand(
            &rule("FREQ=YEARLY;BYDAY=MO"),
            Zone::UTC,
            date(1, 1, 1),
            hm(0, 0),
            60,
            &[],
            date(9999, 1, 1)
        ),
        Err(RRuleError::TooManySteps)
    );
}

// -------------------------------------------------------------------- zones

#[test]
fn zone_names_and_aliases() {
    assert_eq!(zone("Asia/Katmandu").name(), "Asia/Kathmandu");
    assert_eq!(zone("Asia/Calcutta").name(), "Asia/Kolkata");
    assert_eq!(zone(" Asia/Kathmandu ").name(), "Asia/Kathmandu");
    let eastern = zone("US/Eastern");
    let new_york = zone("America/New_York");
    for at in ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z"] {
        let at: DateTime<Utc> = at.parse().expect("valid instant");
        assert_eq!(eastern.offset_seconds(at), new_york.offset_seconds(at));
    }
    let kathmandu = Utc
        .with_ymd_and_hms(2026, 12, 6, 7, 0, 0)
        .single()
        .expect("valid");
    assert_eq!(
        rfc3339_in(zone("Asia/Katmandu"), kathmandu),
        "2026-12-06T12:45:00+05:45"
    );
    for bad in [
        "Mars/Olympus_Mons",
        "",
        "america/new_york",
        "UTC+2",
        "../etc/passwd",
    ] {
        assert!(Zone::parse(bad).is_err(), "{bad:?} should be unknown");
    }
}

#[derive(Deserialize)]
struct ZoneOffsets {
    first: i32,
    changes: Vec<(i64, i32)>,
}

#[derive(Deserialize)]
struct OffsetFixture {
    release: String,
    from: i64,
    until: i64,
    zones: std::collections::BTreeMap<String, ZoneOffsets>,
}

/// Every zone, every change of offset from 2020 to 2037 to the second, as
/// Python's zoneinfo has it on the same IANA release
/// (tests/fixtures/gen_zone_offsets.py, on the pinned PyPI tzdata): the
/// tables in vendor/chrono-tz are generated, trimmed and re-encoded by
/// tools/gen-chrono-tz.py, and this is what says they convert exactly.
/// Besides each change (the second before and the second of it), the
/// middle of every span between two changes is checked, so a change the
/// tables have and the release does not is caught too.
#[test]
fn every_zone_matches_zoneinfo_from_2020_to_2037() {
    let text = include_str!("fixtures/zone_offsets.json");
    let fixture: OffsetFixture = serde_json::from_str(text).expect("fixture parses");
    assert_eq!(
        fixture.release,
        chrono_tz::IANA_TZDB_VERSION,
        "the fixture and the compiled tables are on different IANA releases: run `make tzdata`"
    );
    let at = |t: i64| DateTime::<Utc>::from_timestamp(t, 0).expect("in range");
    let (mut zones, mut changes) = (0, 0);
    let mut wrong = Vec::new();
    for (name, expected) in &fixture.zones {
        let Ok(zone) = Zone::parse(name) else {
            wrong.push(format!("{name}: the release has it, the tables do not"));
            continue;
        };
        zones += 1;
        let mut before = expected.first;
        let mut since = fixture.from;
        if zone.offset_seconds(at(fixture.from)) != before {
            wrong.push(format!("{name} at the start"));
        }
        let ends = expected
            .changes
            .iter()
            .map(|&(t, after)| (t, Some(after)))
            .chain(std::iter::once((fixture.until, None)));
        for (t, after) in ends {
            let middle = since + (t - since) / 2;
            if zone.offset_seconds(at(middle)) != before {
                wrong.push(format!(
                    "{name} at {middle}: zoneinfo {before}, no change between"
                ));
            }
            let Some(after) = after else { break };
            changes += 1;
            let (got_before, got_after) =
                (zone.offset_seconds(at(t - 1)), zone.offset_seconds(at(t)));
            if (got_before, got_after) != (before, after) {
                wrong.push(format!(
                    "{name} at {t}: {got_before} -> {got_after}, zoneinfo {before} -> {after}"
                ));
            }
            before = after;
            since = t;
        }
    }
    assert!(
        wrong.is_empty(),
        "{} differences: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(20)]
    );
    assert!(
        zones == fixture.zones.len() && zones >= 590 && changes >= 5000,
        "only {zones} zones, {changes} changes checked"
    );
}

#[test]
fn dublin_offsets_despite_negative_dst() {
    let dublin = zone("Europe/Dublin");
    let winter = Utc
        .with_ymd_and_hms(2026, 1, 15, 12, 0, 0)
        .single()
        .expect("valid");
    let summer = Utc
        .with_ymd_and_hms(2026, 7, 15, 12, 0, 0)
        .single()
        .expect("valid");
    assert_eq!(dublin.offset_seconds(winter), 0);
    assert_eq!(dublin.offset_seconds(summer), 3600);
}

// --------------------------------------------------------------- properties

fn any_zone() -> impl Strategy<Value = Zone> {
    (0..TZ_VARIANTS.len()).prop_map(|i| {
        let tz = TZ_VARIANTS.get(i).copied().unwrap_or(chrono_tz::UTC);
        zone(tz.name())
    })
}

/// A local date in 1970..=2100.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = date(1970, 1, 1);
    let days = (date(2100, 12, 31) - first).num_days();
    (0..=days).prop_map(move |n| first + Duration::days(n))
}

fn any_time() -> impl Strategy<Value = NaiveTime> {
    (0u32..86_400)
        .prop_map(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap_or_default())
}

fn any_rule_text() -> impl Strategy<Value = String> {
    let freq = prop::sample::select(vec!["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
    let day = prop::sample::select(vec!["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    let by_day =
        prop::collection::vec((prop::option::of(-5i32..=5), day.clone()), 1..4).prop_map(|list| {
            list.into_iter()
                .map(|(n, d)| {
                    n.filter(|n| *n != 0)
                        .map_or(d.to_owned(), |n| format!("{n}{d}"))
                })
                .collect::<Vec<_>>()
                .join(",")
        });
    let numbers = |range: std::ops::RangeInclusive<i32>| {
        prop::collection::vec(range, 1..4).prop_map(|list| {
            list.iter()
                .filter(|n| **n != 0)
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(",")
        })
    };
    (
        freq,
        prop::option::of(1u32..5),
        prop::option::of(by_day),
        prop::option::of(numbers(-31..=31)),
        prop::option::of(numbers(1..=12)),
        prop::option::of(numbers(-6..=6)),
        prop::option::of(1u32..20),
        prop::option::of(day),
    )
        .prop_map(
            |(freq, interval, by_day, month_day, month, set_pos, count, wkst)| {
                let mut parts = vec![format!("FREQ={freq}")];
                let mut push = |name: &str, value: Option<String>| {
                    if let Some(v) = value.filter(|v| !v.is_empty()) {
                        parts.push(format!("{name}={v}"));
                    }
                };
                push("INTERVAL", interval.map(|n| n.to_string()));
                push("BYDAY", by_day);
                push("BYMONTHDAY", month_day);
                push("BYMONTH", month);
                push("BYSETPOS", set_pos);
                push("COUNT", count.map(|n| n.to_string()));
                push("WKST", wkst.map(str::to_owned));
                parts.join(";")
            },
        )
}

proptest! {
    #[test]
    fn resolved_instants_round_trip(zone in any_zone(), day in any_date(), time in any_time(), minutes in 1u32..=1440) {
        let (start, resolution) = resolve_local(zone, day.and_time(time));
        let list = expand(&rule("FREQ=DAILY;COUNT=1"), zone, day, time, minutes, &[], day)
            .expect("one day expands");
        prop_assert_eq!(list.len(), 1);
        let only = list[0];
        prop_assert_eq!((only.local_date, only.start, only.resolution), (day, start, resolution));
        prop_assert!(only.end > only.start);
        prop_assert_eq!(only.end - only.start, Duration::minutes(i64::from(minutes)));
        let wall_of_start = zone.local(start).naive_local();
        match resolution {
            Resolution::Exact | Resolution::Repeated => prop_assert_eq!(wall_of_start, day.and_time(time)),
            Resolution::InGap => prop_assert!(wall_of_start > day.and_time(time)),
        }
        // RFC 3339 cannot carry offsets with seconds (Africa/Monrovia until 1972).
        if zone.offset_seconds(start) % 60 == 0 {
            let text = rfc3339_in(zone, start);
            let back = DateTime::parse_from_rfc3339(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(back.with_timezone(&Utc), start, "{}", text);
        }
    }

    #[test]
    fn expansions_are_ordered_and_bounded(
        zone in any_zone(),
        text in any_rule_text(),
        starts_on in any_date(),
        span in 0i64..1500,
        time in any_time(),
        minutes in 1u32..=1440,
        skip in prop::collection::vec(0i64..400, 0..4),
    ) {
        let Ok(parsed) = text.parse::<RRule>() else { return Ok(()) };
        let through = starts_on + Duration::days(span);
        let exceptions: Vec<NaiveDate> = skip.iter().map(|n| starts_on + Duration::days(*n)).collect();
        let list = expand(&parsed, zone, starts_on, time, minutes, &exceptions, through)
            .map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        for pair in list.windows(2) {
            prop_assert!(pair[0].local_date < pair[1].local_date, "{}", text);
            // Equal only when a whole local day is skipped (Pacific/Apia 2011).
            prop_assert!(pair[0].start <= pair[1].start, "{}", text);
        }
        for o in &list {
            prop_assert!(o.local_date >= starts_on && o.local_date <= through, "{}", text);
            prop_assert!(!exceptions.contains(&o.local_date), "{}", text);
            prop_assert_eq!(o.end - o.start, Duration::minutes(i64::from(minutes)));
            prop_assert_eq!((o.start, o.resolution), resolve_local(zone, o.local_date.and_time(time)));
        }
        if let Some(count) = text.split(';').find_map(|p| p.strip_prefix("COUNT=")) {
            let count: usize = count.parse().unwrap_or(usize::MAX);
            prop_assert!(list.len() <= count, "{}", text);
        }
    }

    #[test]
    fn daily_interval_steps_evenly(starts_on in any_date(), interval in 1i64..40, span in 0i64..800) {
        let through = starts_on + Duration::days(span);
        let list = expand(&rule(&format!("FREQ=DAILY;INTERVAL={interval}")), Zone::UTC, starts_on, hm(12, 0), 60, &[], through)
            .expect("expands");
        let expected: Vec<NaiveDate> = (0..=span / interval).map(|k| starts_on + Duration::days(k * interval)).collect();
        prop_assert_eq!(dates(&list), expected);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,60}", parts in prop::collection::vec(
        ("(FREQ|INTERVAL|COUNT|UNTIL|BYDAY|BYMONTHDAY|BYMONTH|BYSETPOS|WKST|BYHOUR|X)",
         "[-+]?[0-9]{0,11}(MO|SA|SU|XX|T|Z)?[0-9]{0,6}Z?(,[-+]?[0-9]{1,3}[A-Z]{0,2})*"), 0..6),
        zone in any_zone(), starts_on in any_date(), far in any::<bool>())
    {
        let joined = parts.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(";");
        for candidate in [text, format!("FREQ=MONTHLY;{joined}"), joined] {
            if let Ok(parsed) = candidate.parse::<RRule>() {
                let through = if far { date(9999, 12, 31) } else { starts_on + Duration::days(400) };
                let _ = expand(&parsed, zone, starts_on, hm(2, 30), 90, &[], through);
            }
        }
    }
}
