//! Zone conversions: an instant and a wall-clock time in any zone chrono-tz
//! knows, over chrono's whole range, plus zone names.
//!
//! Input bytes (little-endian, zero-padded when short):
//!
//! ```text
//! 0..2   zone index        2..4   display zone index
//! 4      instant mode      5..13  instant (i64)
//! 13     wall mode         14..22 wall (i64)
//! 22..26 span in seconds (u32), for ranges and clock changes
//! 26..   text: a zone name; link, saved and browser zones (one a line)
//! ```
//!
//! A mode's two low bits pick how the i64 is read: 0 = within 2019..2040
//! (the zone data that matters), 1 = within the years 1..=9999 (what feeds
//! can hold), 2 = seconds since 1970 as is, 3 = near chrono's first or last
//! instant.
//!
//! Never a panic anywhere. Within the years 1..=9999: an instant's offset is
//! under a day; its RFC 3339 text reads back as the same instant; its wall
//! time resolves back to it (or to the first of a repeated time), never to
//! a gap; a wall time resolves per RFC 5545 §3.3.5 (exact and repeated
//! times show that wall time again, times in a gap land after it); names of
//! parsed zones parse.

#![no_main]

mod common;

use chrono::{
    offset::LocalResult, DateTime, Datelike, Duration, NaiveDateTime, TimeDelta, TimeZone, Utc,
};
use libfuzzer_sys::fuzz_target;
use maintenance_window::domain::{
    clock_change, display,
    zone::{pick_display_zone, resolve_local, rfc3339_in, Resolution, Zone},
};

struct Input<'a>(&'a [u8]);

impl Input<'_> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0; N];
        let n = self.0.len().min(N);
        out[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        out
    }
}

/// Seconds since 1970-01-01 of 2019-01-01, 2040-01-01, 0001-01-01 and
/// 10000-01-01.
const Y2019: i64 = 1_546_300_800;
const Y2040: i64 = 2_208_988_800;
const Y1: i64 = -62_135_596_800;
const Y10000: i64 = 253_402_300_800;

fn instant(mode: u8, raw: i64) -> Option<DateTime<Utc>> {
    let first = DateTime::<Utc>::MIN_UTC.timestamp();
    let last = DateTime::<Utc>::MAX_UTC.timestamp();
    let secs = match mode % 4 {
        0 => Y2019 + raw.rem_euclid(Y2040 - Y2019),
        1 => Y1 + raw.rem_euclid(Y10000 - Y1),
        2 => raw,
        _ if raw < 0 => first + raw.rem_euclid(3 * 86_400),
        _ => last - raw.rem_euclid(3 * 86_400),
    };
    DateTime::from_timestamp(secs, 0)
}

fn in_feed_years(year: i32) -> bool {
    (1..=9999).contains(&year)
}

fn check_instant(zone: Zone, display_zone: Zone, at: DateTime<Utc>, span: TimeDelta) {
    let local = zone.local(at);
    let offset = zone.offset_seconds(at);
    let text = rfc3339_in(zone, at);
    let _ = display::TimeView::new(zone, at);
    let _ = display::zone_label(zone, at);
    let _ = display::offset_label(offset);
    if let Some(end) = at.checked_add_signed(span) {
        let _ = display::RangeView::new(display_zone, at, end);
        let change = clock_change::during(zone, at, end);
        let shift = (zone.offset_seconds(end) - offset) / 60;
        assert_eq!(change.map_or(0, |c| c.shift_minutes), shift);
    }
    if !in_feed_years(at.year()) || !in_feed_years(local.year()) {
        return;
    }
    assert!(
        offset.abs() < 86_400,
        "{}: offset {offset} at {at}",
        zone.name()
    );
    // RFC 3339 cannot carry offsets with seconds.
    if offset % 60 == 0 {
        let back = DateTime::parse_from_rfc3339(&text)
            .unwrap_or_else(|e| panic!("{text} does not parse back: {e}"));
        assert_eq!(back.with_timezone(&Utc), at, "{text}");
    }
    let wall = local.naive_local();
    let (resolved, resolution) = resolve_local(zone, wall);
    assert_eq!(
        zone.local(resolved).naive_local(),
        wall,
        "{}: {wall}",
        zone.name()
    );
    match resolution {
        Resolution::Exact => assert_eq!(resolved, at, "{}: {wall}", zone.name()),
        Resolution::Repeated => assert!(resolved <= at, "{}: {wall}", zone.name()),
        Resolution::InGap => panic!(
            "{}: {wall}, the wall time of {at}, is in a gap",
            zone.name()
        ),
    }
}

fn check_wall(zone: Zone, wall: NaiveDateTime) {
    let (at, resolution) = resolve_local(zone, wall);
    let _ = clock_change::resolution_text(zone, wall, resolution);
    let _ = rfc3339_in(zone, at);
    if !in_feed_years(wall.year()) {
        return;
    }
    let shown = zone.local(at).naive_local();
    let by_chrono = zone.tz().from_local_datetime(&wall);
    match resolution {
        Resolution::Exact => {
            assert!(matches!(by_chrono, LocalResult::Single(_)));
            assert_eq!(shown, wall, "{}", zone.name());
        }
        Resolution::Repeated => {
            assert!(matches!(by_chrono, LocalResult::Ambiguous(..)));
            assert_eq!(shown, wall, "{}", zone.name());
        }
        Resolution::InGap => {
            assert!(matches!(by_chrono, LocalResult::None));
            assert!(
                shown > wall,
                "{}: {wall} in a gap shows as {shown}",
                zone.name()
            );
            assert!(
                shown - wall <= Duration::hours(24),
                "{}: {wall} -> {shown}",
                zone.name()
            );
        }
    }
}

fn check_text(text: &str) {
    if let Ok(zone) = Zone::parse(text) {
        assert!(
            Zone::parse(zone.name()).is_ok(),
            "{} does not parse",
            zone.name()
        );
    }
    let mut parts = text.splitn(3, '\n');
    let (link, saved, browser) = (parts.next(), parts.next(), parts.next());
    let _ = pick_display_zone(link, saved, browser);
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input(data);
    let zone = common::zone_at(u16::from_le_bytes(input.take()));
    let display_zone = common::zone_at(u16::from_le_bytes(input.take()));
    let [instant_mode] = input.take();
    let instant_raw = i64::from_le_bytes(input.take());
    let [wall_mode] = input.take();
    let wall_raw = i64::from_le_bytes(input.take());
    let span = TimeDelta::seconds(i64::from(u32::from_le_bytes(input.take())));
    let text = String::from_utf8_lossy(input.0);

    if let Some(at) = instant(instant_mode, instant_raw) {
        check_instant(zone, display_zone, at, span);
    }
    let wall = instant(wall_mode, wall_raw).map(|t| t.naive_utc());
    if let Some(wall) = wall {
        check_wall(zone, wall);
    }
    check_text(&text);
});
