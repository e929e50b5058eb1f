//! Keeping the schedule current and honest: when to fetch the feed again,
//! how long to wait after failures, and the last good copy kept for when the
//! feed cannot be reached.

use chrono::{DateTime, Duration, Utc};

use super::countdown::duration_words_minutes;
use super::i18n::{t, tf};

/// A visible page fetches the feed again this often.
pub const REFRESH_EVERY_MINUTES: i64 = 5;

/// The wait before the next attempt after `failures` failed ones in a row:
/// 15 s, 30 s, 1 min, 2 min, 4 min, then every 5 minutes.
pub fn retry_delay(failures: u32) -> Duration {
    let seconds = 15_i64 << failures.saturating_sub(1).min(5);
    Duration::seconds(seconds.min(REFRESH_EVERY_MINUTES * 60))
}

/// When the next fetch is due after a success at `at`.
pub fn next_refresh(at: DateTime<Utc>) -> DateTime<Utc> {
    at + Duration::minutes(REFRESH_EVERY_MINUTES)
}

/// The last settings and feed that loaded, as fetched, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastGood {
    /// `config.json`'s absolute URL: a copy is only used by the same page.
    pub config_url: String,
    pub config_text: String,
    pub feed_url: String,
    pub feed_text: String,
    pub fetched_at: DateTime<Utc>,
}

impl LastGood {
    /// The storage keys (under the page's prefix) and their values: plain
    /// strings, so keeping a copy needs no JSON writer in the wasm.
    pub fn entries(&self) -> [(&'static str, String); 5] {
        [
            ("last-good-config-url", self.config_url.clone()),
            ("last-good-config", self.config_text.clone()),
            ("last-good-feed-url", self.feed_url.clone()),
            ("last-good-feed", self.feed_text.clone()),
            (
                "last-good-fetched-at",
                self.fetched_at.timestamp_millis().to_string(),
            ),
        ]
    }

    /// The stored copy, when it is complete and belongs to `config_url`.
    pub fn from_entries(
        get: impl Fn(&str) -> Option<String>,
        config_url: &str,
    ) -> Option<LastGood> {
        let copy = LastGood {
            config_url: get("last-good-config-url")?,
            config_text: get("last-good-config")?,
            feed_url: get("last-good-feed-url")?,
            feed_text: get("last-good-feed")?,
            fetched_at: DateTime::from_timestamp_millis(
                get("last-good-fetched-at")?.parse().ok()?,
            )?,
        };
        (copy.config_url == config_url).then_some(copy)
    }
}

/// "just now", "5 min ago", "2 h 10 min ago", "3 days ago".
pub fn age_words(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let age = now - then;
    if age < Duration::minutes(1) {
        t("just now")
    } else {
        tf(
            "{duration} ago",
            &[("duration", &duration_words_minutes(age))],
        )
    }
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
    fn retries_back_off_to_the_refresh_interval() {
        let waits: Vec<i64> = (1..=8).map(|n| retry_delay(n).num_seconds()).collect();
        assert_eq!(waits, [15, 30, 60, 120, 240, 300, 300, 300]);
        assert_eq!(retry_delay(u32::MAX).num_seconds(), 300);
        assert_eq!(retry_delay(0).num_seconds(), 15);
        assert_eq!(
            next_refresh(at("2026-11-26T12:00:00Z")),
            at("2026-11-26T12:05:00Z")
        );
    }

    #[test]
    fn the_last_good_copy_round_trips_and_belongs_to_one_page() {
        use std::collections::HashMap;
        let copy = LastGood {
            config_url: "https://cdn.example/a/config.json".into(),
            config_text: r#"{"feed_url": "feed.json"}"#.into(),
            feed_url: "https://cdn.example/a/feed.json".into(),
            feed_text: "{\"feed_version\": 1, \"note\": \"\u{2028}é\"}".into(),
            fetched_at: at("2026-11-26T12:34:56.789Z"),
        };
        let stored: HashMap<&str, String> = copy.entries().into_iter().collect();
        let get = |k: &str| stored.get(k).cloned();
        assert_eq!(
            LastGood::from_entries(get, &copy.config_url),
            Some(copy.clone())
        );
        assert_eq!(
            LastGood::from_entries(get, "https://cdn.example/b/config.json"),
            None
        );
        for missing in stored.keys() {
            let partial = |k: &str| (k != *missing).then(|| stored.get(k).cloned()).flatten();
            assert_eq!(
                LastGood::from_entries(partial, &copy.config_url),
                None,
                "{missing}"
            );
        }
        let bad_time = |k: &str| match k {
            "last-good-fetched-at" => Some("yesterday".to_owned()),
            k => stored.get(k).cloned(),
        };
        assert_eq!(LastGood::from_entries(bad_time, &copy.config_url), None);
    }

    #[test]
    fn ages_in_words() {
        let now = at("2026-11-26T12:00:00Z");
        assert_eq!(age_words(at("2026-11-26T11:59:30Z"), now), "just now");
        assert_eq!(age_words(at("2026-11-26T12:00:30Z"), now), "just now");
        assert_eq!(age_words(at("2026-11-26T11:55:00Z"), now), "5 min ago");
        assert_eq!(age_words(at("2026-11-26T09:50:00Z"), now), "2 h 10 min ago");
        assert_eq!(age_words(at("2026-11-23T10:00:00Z"), now), "3 days 2 h ago");
    }
}
