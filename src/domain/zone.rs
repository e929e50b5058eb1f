//! Time zones: parsing IANA names (with the legacy aliases browsers report),
//! resolving a region's wall-clock time to an instant (RFC 5545 §3.3.5), and
//! rendering an instant in a display zone.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike,
    Utc,
};
use chrono_tz::Tz;

use super::i18n::{t, tf};

/// The IANA tz database release the compiled tables carry ("2026f"): the
/// page shows it under the zone picker, the server logs it and calendars
/// carry it, so two screens that disagree can be told apart.
pub const TZDATA_RELEASE: &str = chrono_tz::IANA_TZDB_VERSION;

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
#[error("unknown time zone \"{0}\"")]
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

    /// Every zone chrono-tz knows, canonical names and aliases alike.
    pub fn all() -> impl Iterator<Item = Zone> {
        chrono_tz::TZ_VARIANTS.iter().map(|&tz| Zone { tz })
    }

    pub fn tz(self) -> Tz {
        self.tz
    }

    pub fn name(self) -> &'static str {
        self.tz.name()
    }

    /// The instant shown as a local date-time in this zone.
    pub fn local(self, at: DateTime<Utc>) -> DateTime<Tz> {
        shown_instant(at).with_timezone(&self.tz)
    }

    /// The local date of an instant: `self.local(at).date_naive()`, without
    /// building the date-time (a listing groups every window by it).
    pub fn local_date(self, at: DateTime<Utc>) -> NaiveDate {
        let utc = shown_instant(at).naive_utc();
        let seconds =
            i64::from(utc.num_seconds_from_midnight()) + i64::from(self.offset_seconds(at));
        // Offsets are less than a day: the UTC date, or the one beside it.
        match seconds.div_euclid(86_400) {
            0 => Some(utc.date()),
            1 => utc.date().succ_opt(),
            _ => utc.date().pred_opt(),
        }
        .unwrap_or_else(|| self.local(at).date_naive())
    }

    /// UTC offset in seconds at the given instant.
    pub fn offset_seconds(self, at: DateTime<Utc>) -> i32 {
        let at = shown_instant(at).naive_utc();
        self.tz
            .offset_from_utc_datetime(&at)
            .fix()
            .local_minus_utc()
    }
}

/// Within a day of chrono's first or last instant (the years -262143 and
/// 262142) the wall time may not exist, and chrono panics when it is read
/// (`rfc3339_in`, `TimeView`): such an instant is shown as the nearest one a
/// day inside. Found by fuzzing (fuzz/README.md); the page never gets
/// there, as feed times have four-digit years.
fn shown_instant(at: DateTime<Utc>) -> DateTime<Utc> {
    // Far from those ends (any feed's time) there is nothing to clamp, and
    // the bounds, computed on every call, would cost more than the rest of
    // a conversion.
    if at.naive_utc().year().unsigned_abs() < 200_000 {
        return at;
    }
    let margin = Duration::days(1);
    at.clamp(
        DateTime::<Utc>::MIN_UTC + margin,
        DateTime::<Utc>::MAX_UTC - margin,
    )
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
            // Within a day of chrono's first or last date-time (the years
            // -262143 and 262142) a wall time may have no instant at all, and
            // plain arithmetic would panic: it is pinned to chrono's first or
            // last instant. Found by fuzzing (fuzz/README.md); feeds never
            // get there (their dates are in the years 1 to 9999).
            let pinned = if wall.year() < 0 {
                DateTime::<Utc>::MIN_UTC
            } else {
                DateTime::<Utc>::MAX_UTC
            };
            // The offset in force just before the gap: the offset of the
            // instant that `wall` would be with the offset of a day earlier.
            // Gaps are at most a few hours and never two a day.
            let Some(before) = wall.checked_sub_signed(Duration::hours(24)) else {
                return (pinned, Resolution::InGap);
            };
            let offset = match zone.tz.from_local_datetime(&before) {
                LocalResult::Single(t) | LocalResult::Ambiguous(_, t) => t.offset().fix(),
                LocalResult::None => zone.tz.offset_from_utc_datetime(&before).fix(),
            };
            let utc =
                wall.checked_sub_signed(Duration::seconds(i64::from(offset.local_minus_utc())));
            (
                utc.map_or(pinned, |utc| Utc.from_utc_datetime(&utc)),
                Resolution::InGap,
            )
        }
    }
}

/// RFC 3339 local date-time with seconds and offset, as used in the
/// `datetime` attribute: `2026-12-06T12:45:00+05:45`.
pub fn rfc3339_in(zone: Zone, at: DateTime<Utc>) -> String {
    let local = zone.local(at).naive_local();
    format!(
        "{}T{}{}",
        local.date(),
        hh_mm_ss(local.time()),
        offset_hh_mm(zone.offset_seconds(at))
    )
}

// Hand-written formatting and parsing of the few fixed shapes the page
// uses: chrono's strftime machinery costs several KB of wasm.

/// `+05:45`, `-03:00`, `+00:00` (seconds of historical offsets dropped).
pub fn offset_hh_mm(offset_seconds: i32) -> String {
    let sign = if offset_seconds < 0 { '-' } else { '+' };
    let abs = offset_seconds.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
}

/// `22:00`
pub fn hh_mm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

fn hh_mm_ss(t: NaiveTime) -> String {
    format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
}

fn digits<T: std::str::FromStr>(s: &str, len: usize) -> Option<T> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `YYYY-MM-DD`, exactly.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(y, 4)?, digits(m, 2)?, digits(d, 2)?)
}

/// `HH:MM` or `HH:MM:SS`, 24-hour.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let mut parts = s.split(':');
    let (h, m) = (parts.next()?, parts.next()?);
    let sec = match parts.next() {
        Some(sec) => digits(sec, 2)?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    NaiveTime::from_hms_opt(digits(h, 2)?, digits(m, 2)?, sec)
}

/// Where the display zone came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneSource {
    /// `?tz=` in the page's URL.
    Link,
    /// The visitor's earlier choice (localStorage).
    Saved,
    /// The browser's zone (Intl).
    Browser,
    /// Nothing usable: UTC.
    Fallback,
}

/// The zone the page shows times in, and a note when it is not what the
/// visitor might expect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayZone {
    pub zone: Zone,
    pub source: ZoneSource,
    pub note: Option<String>,
}

/// The browser's zone, or UTC with a note saying why.
pub fn browser_display_zone(browser: Option<&str>) -> DisplayZone {
    match browser.map(Zone::parse) {
        Some(Ok(zone)) => DisplayZone { zone, source: ZoneSource::Browser, note: None },
        Some(Err(e)) => DisplayZone {
            zone: Zone::UTC,
            source: ZoneSource::Fallback,
            note: Some(tf(
                "Your browser reports the time zone \"{zone}\", which this page does not know, so times are shown in UTC.",
                &[("zone", &e.0)],
            )),
        },
        None => DisplayZone {
            zone: Zone::UTC,
            source: ZoneSource::Fallback,
            note: Some(t("Your browser did not report a time zone, so times are shown in UTC.")),
        },
    }
}

/// A valid `?tz=` wins (sharable links), then a saved choice, then the
/// browser's zone. An unknown `?tz=` falls back to the browser's zone with a
/// note; an unknown saved value is ignored.
pub fn pick_display_zone(
    link: Option<&str>,
    saved: Option<&str>,
    browser: Option<&str>,
) -> DisplayZone {
    if let Some(link) = link.filter(|l| !l.trim().is_empty()) {
        match Zone::parse(link) {
            Ok(zone) => {
                return DisplayZone {
                    zone,
                    source: ZoneSource::Link,
                    note: None,
                }
            }
            Err(e) => {
                let mut shown = browser_display_zone(browser);
                let fallback = shown
                    .note
                    .take()
                    .map(|n| format!(" {n}"))
                    .unwrap_or_default();
                let note = tf(
                    "The link asks for the time zone \"{zone}\", which this page does not know, so your browser's zone is used.",
                    &[("zone", &e.0)],
                );
                shown.note = Some(note + &fallback);
                return shown;
            }
        }
    }
    if let Some(Ok(zone)) = saved.map(Zone::parse) {
        return DisplayZone {
            zone,
            source: ZoneSource::Saved,
            note: None,
        };
    }
    browser_display_zone(browser)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_shapes_parse_and_print() {
        assert_eq!(
            parse_date("2026-12-05"),
            NaiveDate::from_ymd_opt(2026, 12, 5)
        );
        for bad in [
            "2026-2-05",
            "2026-02-30",
            "2026-12-05x",
            "26-12-05",
            "2026-12",
            "",
            "2026-12-05-1",
            "+026-12-05",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(parse_time("22:00"), NaiveTime::from_hms_opt(22, 0, 0));
        assert_eq!(parse_time("01:30:15"), NaiveTime::from_hms_opt(1, 30, 15));
        for bad in ["25:00", "1:30", "22:60", "22", "22:00:00:00", "22:0a", ""] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        assert_eq!(offset_hh_mm(20700), "+05:45");
        assert_eq!(offset_hh_mm(-12600), "-03:30");
        assert_eq!(offset_hh_mm(0), "+00:00");
        let at = DateTime::parse_from_rfc3339("2026-12-06T07:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let kath = Zone::parse("Asia/Kathmandu").expect("zone");
        assert_eq!(rfc3339_in(kath, at), "2026-12-06T12:45:00+05:45");
        assert_eq!(rfc3339_in(Zone::UTC, at), "2026-12-06T07:00:00+00:00");
    }

    /// Regression (fuzz target `zone`, fuzz/README.md): instants and wall
    /// times at the ends of chrono's range used to panic in `rfc3339_in`
    /// (`naive_local`) and in `resolve_local` (`NaiveDateTime - TimeDelta`).
    #[test]
    fn chrono_range_ends_do_not_panic() {
        use crate::domain::display::TimeView;
        let east = Zone::parse("Pacific/Kiritimati").expect("zone"); // UTC+14
        let west = Zone::parse("Etc/GMT+12").expect("zone"); // UTC-12
        let (first, last) = (DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC);
        for zone in [east, west, Zone::UTC] {
            for at in [first, last] {
                let shown = zone.local(at).naive_local();
                assert!((shown - at.naive_utc()).num_hours().abs() <= 38);
                assert!(!rfc3339_in(zone, at).is_empty());
                let _ = TimeView::new(zone, at);
            }
        }
        // A wall time with no instant in chrono is pinned to its ends.
        assert_eq!(
            resolve_local(east, NaiveDateTime::MIN),
            (first, Resolution::InGap)
        );
        assert_eq!(
            resolve_local(west, NaiveDateTime::MAX),
            (last, Resolution::InGap)
        );
        // Where the instant exists, nothing changes.
        let (at, resolution) = resolve_local(west, NaiveDateTime::MIN);
        assert_eq!(resolution, Resolution::Exact);
        assert_eq!(at.naive_utc(), NaiveDateTime::MIN + Duration::hours(12));
    }

    #[test]
    fn local_dates_are_the_dates_of_local_date_times() {
        let start = DateTime::parse_from_rfc3339("2026-03-28T00:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        for name in [
            "Asia/Kathmandu",
            "Pacific/Kiritimati",
            "Etc/GMT+12",
            "America/Nuuk",
            "UTC",
        ] {
            let zone = Zone::parse(name).expect("zone");
            // Every 17 minutes for three days around a clock change, and the
            // ends of chrono's range.
            let instants = (0..260)
                .map(|i| start + Duration::minutes(17 * i))
                .chain([DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC]);
            for at in instants {
                assert_eq!(
                    zone.local_date(at),
                    zone.local(at).date_naive(),
                    "{name} {at}"
                );
            }
        }
    }

    #[test]
    fn link_then_saved_then_browser() {
        let p = |l, s, b| {
            let d = pick_display_zone(l, s, b);
            (d.zone.name(), d.source, d.note.is_some())
        };
        let ny = Some("America/New_York");
        let kath = Some("Asia/Katmandu");
        let berlin = Some("Europe/Berlin");
        assert_eq!(
            p(ny, kath, berlin),
            ("America/New_York", ZoneSource::Link, false)
        );
        assert_eq!(
            p(None, kath, berlin),
            ("Asia/Kathmandu", ZoneSource::Saved, false)
        );
        assert_eq!(
            p(None, Some("Nowhere/Land"), berlin),
            ("Europe/Berlin", ZoneSource::Browser, false)
        );
        assert_eq!(
            p(None, None, berlin),
            ("Europe/Berlin", ZoneSource::Browser, false)
        );
        // An unknown link: the browser's zone (not the saved one), with a note.
        assert_eq!(
            p(Some("Mars/Base"), kath, berlin),
            ("Europe/Berlin", ZoneSource::Browser, true)
        );
        assert_eq!(
            p(Some("  "), kath, berlin),
            ("Asia/Kathmandu", ZoneSource::Saved, false)
        );
        assert_eq!(
            p(None, None, Some("SystemV/AST4")),
            ("UTC", ZoneSource::Fallback, true)
        );
        assert_eq!(p(None, None, None), ("UTC", ZoneSource::Fallback, true));
        let note = pick_display_zone(Some("Mars/Base"), None, berlin)
            .note
            .unwrap_or_default();
        assert!(note.contains("\"Mars/Base\""), "{note}");
    }
}
