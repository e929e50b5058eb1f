//! Time zones: parsing IANA names (with the legacy aliases browsers report),
//! resolving a region's wall-clock time to an instant (RFC 5545 §3.3.5), and
//! rendering an instant in a display zone.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

/// Legacy names that browsers (ICU) still report, mapped to the current IANA
/// name so that the page shows the name people know. chrono-tz parses both;
/// this only picks what is displayed.
const CANONICAL: &[(&str, &str)] = &[
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Katmandu", "Asia/Kathmandu"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Asia/Rangoon", "Asia/Yangon"),
    ("Asia/Dacca", "Asia/Dhaka"),
    ("Asia/Thimbu", "Asia/Thimphu"),
    ("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
    ("Asia/Chongqing", "Asia/Shanghai"),
    ("Asia/Ashkhabad", "Asia/Ashgabat"),
    ("Atlantic/Faeroe", "Atlantic/Faroe"),
    ("Europe/Kiev", "Europe/Kyiv"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("America/Indianapolis", "America/Indiana/Indianapolis"),
    ("America/Louisville", "America/Kentucky/Louisville"),
    ("America/Godthab", "America/Nuuk"),
    ("Pacific/Truk", "Pacific/Chuuk"),
    ("Pacific/Ponape", "Pacific/Pohnpei"),
    ("Pacific/Enderbury", "Pacific/Kanton"),
    ("Etc/UTC", "UTC"),
    ("Etc/GMT", "UTC"),
    ("GMT", "UTC"),
    ("Etc/Universal", "UTC"),
    ("Universal", "UTC"),
    ("Zulu", "UTC"),
];

/// A time zone known to be valid, with the name it is shown under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    tz: Tz,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown time zone {0:?}")]
pub struct UnknownZone(pub String);

impl Zone {
    pub const UTC: Zone = Zone { tz: Tz::UTC };

    /// Parses any IANA name or alias that chrono-tz knows (case-sensitive,
    /// surrounding blanks ignored).
    pub fn parse(name: &str) -> Result<Zone, UnknownZone> {
        let name = name.trim();
        let canonical = CANONICAL
            .iter()
            .find(|(legacy, _)| *legacy == name)
            .map_or(name, |(_, now)| *now);
        canonical
            .parse::<Tz>()
            .or_else(|_| name.parse::<Tz>())
            .map(|tz| Zone { tz })
            .map_err(|_| UnknownZone(name.to_owned()))
    }

    pub fn tz(self) -> Tz {
        self.tz
    }

    pub fn name(self) -> &'static str {
        self.tz.name()
    }

    /// The instant shown as a local date-time in this zone.
    pub fn local(self, at: DateTime<Utc>) -> DateTime<Tz> {
        at.with_timezone(&self.tz)
    }

    /// UTC offset in seconds at the given instant.
    pub fn offset_seconds(self, at: DateTime<Utc>) -> i32 {
        self.local(at).offset().fix().local_minus_utc()
    }
}

/// How a wall-clock time was turned into an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The wall time exists exactly once.
    Exact,
    /// The wall time does not exist (clocks sprang forward); it was read with
    /// the offset in force before the gap, so it lands after the gap.
    InGap,
    /// The wall time exists twice (clocks fell back); the first was chosen.
    Repeated,
}

/// Resolves a wall-clock time in `zone` to an instant, per RFC 5545 §3.3.5.
pub fn resolve_local(zone: Zone, wall: NaiveDateTime) -> (DateTime<Utc>, Resolution) {
    use chrono::offset::LocalResult;
    match zone.tz.from_local_datetime(&wall) {
        LocalResult::Single(t) => (t.with_timezone(&Utc), Resolution::Exact),
        LocalResult::Ambiguous(first, _) => (first.with_timezone(&Utc), Resolution::Repeated),
        LocalResult::None => {
            // The offset in force just before the gap: the offset of the
            // instant that `wall` would be with the offset of a day earlier.
            // Gaps are at most a few hours and never two a day.
            let before = wall - Duration::hours(24);
            let offset = match zone.tz.from_local_datetime(&before) {
                LocalResult::Single(t) | LocalResult::Ambiguous(_, t) => t.offset().fix(),
                LocalResult::None => zone.tz.offset_from_utc_datetime(&before).fix(),
            };
            let utc = wall - Duration::seconds(i64::from(offset.local_minus_utc()));
            (Utc.from_utc_datetime(&utc), Resolution::InGap)
        }
    }
}

/// RFC 3339 local date-time with seconds and offset, as used in the
/// `datetime` attribute: `2026-12-06T12:45:00+05:45`.
pub fn rfc3339_in(zone: Zone, at: DateTime<Utc>) -> String {
    zone.local(at).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}
