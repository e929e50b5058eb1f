//! Countdowns, relative days, durations in words (the one home of both
//! wordings: to the minute and to the second) and when the page's clock
//! must next wake up.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::i18n::{t, tf, tn};

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

/// `2 h`, `15 min`, `2 h 15 min` (a non-zero part at least).
pub(crate) fn hours_minutes(h: i64, m: i64) -> String {
    let hours = || tn("{n} h", "{n} h", h.unsigned_abs());
    let minutes = || tn("{n} min", "{n} min", m.unsigned_abs());
    match (h, m) {
        (0, _) => minutes(),
        (_, 0) => hours(),
        _ => tf(
            "{hours} {minutes}",
            &[("hours", &hours()), ("minutes", &minutes())],
        ),
    }
}

/// A duration cut to the minute, largest two units: `2 days 4 h`,
/// `1 h 12 min`, `5 min`, `less than a minute`. For countdowns and ages,
/// where seconds would only flicker.
pub fn duration_words_minutes(d: Duration) -> String {
    let minutes = d.num_minutes().max(0);
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    let days_text = || tn("{n} day", "{n} days", days.unsigned_abs());
    match (days, hours, mins) {
        (0, 0, 0) => t("less than a minute"),
        (0, h, m) => hours_minutes(h, m),
        (_, 0, _) => days_text(),
        (_, h, _) => tf(
            "{days} {hours}",
            &[("days", &days_text()), ("hours", &hours_minutes(h, 0))],
        ),
    }
}

/// A wait counted in seconds, rounded up, in one unit: `1 second`,
/// `30 seconds`, `2 minutes`, `3 hours`, `2 days`. For retries, whose waits
/// are often a second or two ("less than a minute" would say nothing).
pub fn duration_words_seconds(d: std::time::Duration) -> String {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    let secs = secs.max(1);
    if secs < 120 {
        tn("{n} second", "{n} seconds", secs)
    } else if secs < 2 * 3600 {
        tn("{n} minute", "{n} minutes", secs.div_ceil(60))
    } else if secs < 2 * 86400 {
        tn("{n} hour", "{n} hours", secs.div_ceil(3600))
    } else {
        tn("{n} day", "{n} days", secs.div_ceil(86400))
    }
}

/// `starts in 2 days 4 h`, `in progress, ends in 1 h 12 min`, `ended`.
pub fn countdown_text(phase: Phase) -> String {
    match phase {
        Phase::StartsIn(d) => tf(
            "starts in {duration}",
            &[("duration", &duration_words_minutes(d))],
        ),
        Phase::EndsIn(d) => tf(
            "in progress, ends in {duration}",
            &[("duration", &duration_words_minutes(d))],
        ),
        Phase::Ended => t("ended"),
    }
}

/// `today`, `tomorrow`, `in 3 days`, `yesterday`, `3 days ago`; nothing for
/// days further than two weeks away (the absolute date says enough).
pub fn relative_day(today: NaiveDate, day: NaiveDate) -> Option<String> {
    match (day - today).num_days() {
        0 => Some(t("today")),
        1 => Some(t("tomorrow")),
        -1 => Some(t("yesterday")),
        n @ 2..=14 => Some(tn("in {n} day", "in {n} days", n.unsigned_abs())),
        n @ -14..=-2 => Some(tn("{n} day ago", "{n} days ago", n.unsigned_abs())),
        _ => None,
    }
}

/// The longest the clock sleeps: the countdown shows minutes.
pub const MAX_SLEEP: Duration = Duration::seconds(60);

/// How long until the page must look at the clock again: the next window
/// boundary (a start or an end) after `now`, or the next moment a countdown
/// to one shows one minute less, or [`MAX_SLEEP`], whichever is soonest
/// (so "starts in 12 min" turns into "11 min" on the second, not up to a
/// minute late). Never zero, so a timer cannot spin.
pub fn next_wake(
    boundaries: impl IntoIterator<Item = DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Duration {
    boundaries
        .into_iter()
        .filter(|b| *b > now)
        .map(|b| {
            // Countdowns cut to the minute: "12 min" until 12 minutes
            // before `b`, "11 min" just after.
            let left = b - now;
            if left <= MAX_SLEEP {
                left
            } else {
                Duration::milliseconds(left.num_milliseconds() % 60_000 + 1)
            }
        })
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
    fn duration_words_seconds_round_up_to_one_unit() {
        use std::time::Duration as Wait;
        let secs = Wait::from_secs;
        let words = duration_words_seconds;
        assert_eq!(words(Wait::ZERO), "1 second");
        assert_eq!(words(Wait::from_millis(1500)), "2 seconds");
        assert_eq!(words(secs(1)), "1 second");
        assert_eq!(words(secs(30)), "30 seconds");
        assert_eq!(words(secs(119)), "119 seconds");
        assert_eq!(words(secs(120)), "2 minutes");
        assert_eq!(words(secs(3601)), "61 minutes");
        assert_eq!(words(secs(7200)), "2 hours");
        assert_eq!(words(secs(3 * 86400)), "3 days");
        assert!(words(Wait::from_secs(u64::MAX)).ends_with(" days"));
    }

    #[test]
    fn word_order_and_units_come_from_the_catalog() {
        use crate::domain::i18n::{install, Catalog};
        let ja = r#"{"messages": {"starts in {duration}": "開始まで{duration}",
            "{hours} {minutes}": "{hours}{minutes}", "{n} h": {"other": "{n}時間"},
            "{n} min": {"other": "{n}分"}, "in {n} days": {"other": "{n}日後"}}}"#;
        let plural = Box::new(|_: u64| "other".to_owned());
        install(Some(Catalog::parse("ja", ja, plural).expect("catalog")));
        let text = countdown_text(Phase::StartsIn(Duration::minutes(72)));
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
        let later = relative_day(today, today + Duration::days(3));
        install(None);
        assert_eq!(text, "開始まで1時間12分");
        assert_eq!(later.as_deref(), Some("3日後"));
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
        // On a whole minute before a boundary, its countdown changes next.
        let on_minute = at("2026-11-01T00:00:00Z");
        assert_eq!(next_wake(bounds, on_minute), Duration::milliseconds(50));
        assert_eq!(
            next_wake(bounds, on_minute + Duration::milliseconds(50)),
            Duration::milliseconds(59_951)
        );
        assert_eq!(next_wake([], now), MAX_SLEEP);
        // A boundary exactly now is in the past: the next one counts.
        assert_eq!(next_wake(bounds, at("2026-12-03T02:00:00Z")), MAX_SLEEP);
        // "starts in 1 h 11 min" at 20:48:30 becomes "1 h 10 min" just
        // after 20:49:00; the clock wakes then, not a minute later.
        let at_half = at("2026-12-02T20:48:30Z");
        let wake = next_wake(bounds, at_half);
        assert_eq!(wake, Duration::milliseconds(30_001));
        let text = |d| countdown_text(phase(bounds[1], bounds[2], at_half + d));
        assert_eq!(
            text(Duration::zero()),
            text(wake - Duration::milliseconds(2))
        );
        assert_ne!(text(Duration::zero()), text(wake));
        assert_eq!(text(wake), "starts in 1 h 10 min");
    }
}
