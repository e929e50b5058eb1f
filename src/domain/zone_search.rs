//! Searching every time zone chrono-tz knows: "kath", "new york", "utc+5:45".

use chrono::{DateTime, Utc};

use super::display::offset_label;
use super::zone::Zone;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneOption {
    pub name: &'static str,
    /// `UTC+5:45` at the instant searched.
    pub offset: String,
}

fn normalise(s: &str) -> String {
    s.to_ascii_lowercase()
        .replace(['_', '/', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Zones matching `query`, best first: the city (last part) starting with
/// the query, then any word starting with it, then the name or the offset
/// containing it. An empty query gives nothing.
pub fn search(query: &str, now: DateTime<Utc>, limit: usize) -> Vec<ZoneOption> {
    let q = normalise(query);
    let q_compact = q.replace(' ', "");
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, ZoneOption)> = Zone::all()
        .filter_map(|zone| {
            let name = zone.name();
            let hay = normalise(name);
            let city = normalise(name.rsplit('/').next().unwrap_or(name));
            let offset = offset_label(zone.offset_seconds(now));
            let rank = if city == q {
                0
            } else if city.starts_with(&q) {
                1
            } else if hay.split(' ').any(|w| w.starts_with(&q)) || hay.contains(&format!(" {q}")) {
                2
            } else if hay.contains(&q) {
                3
            } else if offset.to_ascii_lowercase().replace(' ', "") == q_compact {
                4
            } else {
                return None;
            };
            Some((rank, ZoneOption { name, offset }))
        })
        .collect();
    hits.sort_unstable_by(|(ra, a), (rb, b)| {
        ra.cmp(rb)
            .then_with(|| a.name.len().cmp(&b.name.len()))
            .then_with(|| a.name.cmp(b.name))
    });
    hits.into_iter().take(limit).map(|(_, o)| o).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
            .expect("instant")
            .with_timezone(&Utc)
    }

    fn names(q: &str) -> Vec<&'static str> {
        search(q, now(), 8).into_iter().map(|o| o.name).collect()
    }

    #[test]
    fn finds_zones_by_the_words_people_type() {
        assert_eq!(names("kath").first(), Some(&"Asia/Kathmandu"));
        assert_eq!(names("new york").first(), Some(&"America/New_York"));
        assert_eq!(names("New_York").first(), Some(&"America/New_York"));
        assert_eq!(names("berlin"), ["Europe/Berlin"]);
        assert!(names("utc+5:45").contains(&"Asia/Kathmandu"));
        assert!(names("").is_empty());
        assert!(names("atlantis").is_empty());
        let kath = search("kathmandu", now(), 1);
        assert_eq!(kath[0].offset, "UTC+5:45");
    }

    #[test]
    fn results_are_bounded() {
        assert_eq!(search("a", now(), 8).len(), 8);
    }
}
