//! Countdowns, relative days and when the page's clock must next wake up.

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// Where a window stands at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    StartsIn(Duration),
    EndsIn(Duration),
    Ended,
}

pub fn phase(start: DateTime<Utc>, end: DateTime<Utc>, now: DateTime<Utc>) -> Phase {
    if now < start {
        Phase::StartsIn(start - now)
    } else if now < end {
        Phase::EndsIn(end - now)
    } else {
        Phase::Ended
    }
}

fn plural(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A duration at minute precision, largest two units: `2 days 4 h`,
/// `1 h 12 min`, `5 min`, `less than a minute`.
pub fn duration_words(d: Duration) -> String {
    let minutes = d.num_minutes().max(0);
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    match (days, hours, mins) {
        (0, 0, 0) => "less than a minute".to_owned(),
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, 0, _) => plural(d, "day", "days"),
        (d, h, _) => format!("{} {h} h", plural(d, "day", "days")),
    }
}

/// `starts in 2 days 4 h`, `in progress, ends in 1 h 12 min`, `ended`.
pub fn countdown_text(phase: Phase) -> String {
    match phase {
        Phase::StartsIn(d) => format!("starts in {}", duration_words(d)),
        Phase::EndsIn(d) => format!("in progress, ends in {}", duration_words(d)),
        Phase::Ended => "ended".to_owned(),
    }
}

/// `today`, `tomorrow`, `in 3 days`, `yesterday`, `3 days ago`; nothing for
/// days further than two weeks away (the absolute date says enough).
pub fn relative_day(today: NaiveDate, day: NaiveDate) -> Option<String> {
    match (day - today).num_days() {
        0 => Some("today".to_owned()),
        1 => Some("tomorrow".to_owned()),
        -1 => Some("yesterday".to_owned()),
        n @ 2..=14 => Some(format!("in {n} days")),
        n @ -14..=-2 => Some(format!("{} days ago", -n)),
        _ => None,
    }
}

/// The longest the clock sleeps: the countdown shows minutes.
pub const MAX_SLEEP: Duration = Duration::seconds(60);

/// How long until the page must look at the clock again: the next window
/// boundary (a start or an end) after `now`, or [`MAX_SLEEP`], whichever is
/// sooner. Never zero, so a timer cannot spin.
pub fn next_wake(
    boundaries: impl IntoIterator<Item = DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Duration {
    boundaries
        .into_iter()
        .filter(|b| *b > now)
        .map(|b| b - now)
        .min()
        .map_or(MAX_SLEEP, |d| d.min(MAX_SLEEP))
        .max(Duration::milliseconds(50))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("instant")
            .with_timezone(&Utc)
    }

    #[test]
    fn countdown_reads_naturally() {
        let (start, end) = (at("2026-12-02T22:00:00Z"), at("2026-12-03T02:00:00Z"));
        let cases = [
            ("2026-11-30T18:00:00Z", "starts in 2 days 4 h"),
            ("2026-12-01T22:00:00Z", "starts in 1 day"),
            ("2026-12-02T20:48:00Z", "starts in 1 h 12 min"),
            ("2026-12-02T21:00:00Z", "starts in 1 h"),
            ("2026-12-02T21:55:00Z", "starts in 5 min"),
            ("2026-12-02T21:59:30Z", "starts in less than a minute"),
            ("2026-12-02T22:00:00Z", "in progress, ends in 4 h"),
            ("2026-12-03T00:48:00Z", "in progress, ends in 1 h 12 min"),
            ("2026-12-03T02:00:00Z", "ended"),
        ];
        for (now, text) in cases {
            assert_eq!(countdown_text(phase(start, end, at(now))), text, "at {now}");
        }
    }

    #[test]
    fn relative_days() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).expect("date");
        assert_eq!(relative_day(today, today).as_deref(), Some("today"));
        assert_eq!(
            relative_day(today, today.succ_opt().expect("d")).as_deref(),
            Some("tomorrow")
        );
        assert_eq!(relative_day(today, day(1)).as_deref(), Some("in 5 days"));
        assert_eq!(relative_day(today, day(31)), None);
        assert_eq!(relative_day(day(1), today).as_deref(), Some("5 days ago"));
    }

    #[test]
    fn the_clock_wakes_at_the_next_boundary_or_within_a_minute() {
        let now = at("2026-12-02T21:59:20Z");
        let bounds = [
            at("2026-12-01T00:00:00Z"),
            at("2026-12-02T22:00:00Z"),
            at("2026-12-03T02:00:00Z"),
        ];
        assert_eq!(next_wake(bounds, now), Duration::seconds(40));
        assert_eq!(next_wake(bounds, at("2026-11-01T00:00:00Z")), MAX_SLEEP);
        assert_eq!(next_wake([], now), MAX_SLEEP);
        // A boundary exactly now is in the past: the next one counts.
        assert_eq!(next_wake(bounds, at("2026-12-03T02:00:00Z")), MAX_SLEEP);
    }
}
