//! RRULE parsing and expansion. The input is text, one field a line, so the
//! seeds read like a feed's rule:
//!
//! ```text
//! FREQ=MONTHLY;BYDAY=1SA      rule (any text)
//! Europe/Berlin               zone (an unknown name picks one by its bytes)
//! 2026-01-03                  starts_on, YYYY-MM-DD (else 2026-01-01)
//! 22:00                       start_time, HH:MM[:SS] (else 00:00)
//! 240                         duration_minutes (else 60; 0 or >1440 are errors)
//! 2027-12-31                  through, YYYY-MM-DD, or "max" (else starts_on + 400 days)
//! 2026-06-06,2026-07-04       exceptions (the ones that parse)
//! ```
//!
//! Checks: parsing and expansion never panic and end (MAX_STEPS); every
//! occurrence is after DTSTART, not after `through`, not an exception, in
//! order, lasts its duration in real minutes, starts at the resolved local
//! time; COUNT bounds the list; expanding to an earlier `through` gives a
//! prefix of the list.

#![no_main]

mod common;

use chrono::{Days, Duration, NaiveDate, NaiveTime};
use libfuzzer_sys::fuzz_target;
use maintenance_window::domain::{
    recurrence::{expand, RRule},
    zone::{parse_date, parse_time, resolve_local, Zone},
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut lines = text.split('\n');
    let mut next = || lines.next().unwrap_or("").trim();
    let rule_text = next();
    let zone_line = next();
    let zone = Zone::parse(zone_line).unwrap_or_else(|_| {
        let sum = zone_line
            .bytes()
            .fold(0u16, |a, b| a.wrapping_mul(31).wrapping_add(b.into()));
        common::zone_at(sum)
    });
    let default_start = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date");
    let starts_on = parse_date(next()).unwrap_or(default_start);
    let start_time = parse_time(next()).unwrap_or(NaiveTime::MIN);
    let duration_minutes = next().parse::<u32>().unwrap_or(60);
    let through = match next() {
        "max" => NaiveDate::MAX,
        line => parse_date(line).unwrap_or_else(|| {
            starts_on
                .checked_add_days(Days::new(400))
                .unwrap_or(NaiveDate::MAX)
        }),
    };
    let exceptions: Vec<NaiveDate> = next()
        .split(',')
        .filter_map(|d| parse_date(d.trim()))
        .collect();

    let Ok(rule) = rule_text.parse::<RRule>() else {
        return;
    };
    let expanded = expand(
        &rule,
        zone,
        starts_on,
        start_time,
        duration_minutes,
        &exceptions,
        through,
    );
    let Ok(list) = expanded else {
        return;
    };
    assert!(
        (1..=1440).contains(&duration_minutes),
        "expanded with a bad duration"
    );
    for pair in list.windows(2) {
        assert!(pair[0].local_date < pair[1].local_date, "not in order");
        // Equal only when a whole local day is skipped (Pacific/Apia 2011).
        assert!(pair[0].start <= pair[1].start, "instants not in order");
    }
    for o in &list {
        assert!(o.local_date >= starts_on && o.local_date <= through);
        assert!(
            !exceptions.contains(&o.local_date),
            "an exception is listed"
        );
        assert_eq!(
            o.end - o.start,
            Duration::minutes(i64::from(duration_minutes))
        );
        assert_eq!(
            (o.start, o.resolution),
            resolve_local(zone, o.local_date.and_time(start_time))
        );
    }
    let count = rule_text
        .to_ascii_uppercase()
        .split(';')
        .filter_map(|p| p.split_once('='))
        .find(|(name, _)| name.trim().trim_start_matches("RRULE:").trim() == "COUNT")
        .and_then(|(_, v)| v.trim().parse::<usize>().ok());
    if let Some(count) = count {
        assert!(
            list.len() <= count,
            "more than COUNT={count}: {}",
            list.len()
        );
    }
    // An earlier `through` cuts the same list (and costs fewer steps, so it
    // cannot fail where the longer expansion did not).
    if let Some(mid) = list.get(list.len() / 2) {
        let cut = expand(
            &rule,
            zone,
            starts_on,
            start_time,
            duration_minutes,
            &exceptions,
            mid.local_date,
        )
        .expect("a shorter expansion of a rule that expanded");
        let prefix: Vec<_> = list
            .iter()
            .copied()
            .filter(|o| o.local_date <= mid.local_date)
            .collect();
        assert_eq!(cut, prefix, "an earlier `through` changed the occurrences");
    }
});
