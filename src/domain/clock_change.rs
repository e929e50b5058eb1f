//! Daylight-saving changes that matter to a window: clocks that change while
//! it runs, and recurring wall times that do not exist or happen twice.

use chrono::{DateTime, NaiveDateTime, Utc};

use super::countdown::{duration_words_minutes, hours_minutes};
use super::i18n::{tf, tn};
use super::schedule::Occurrence;
use super::zone::{hh_mm, offset_hh_mm, resolve_local, Resolution, Zone};

/// Clocks in `zone` move by `shift_minutes` (positive: forward) between a
/// window's start and end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockChange {
    pub zone: Zone,
    pub shift_minutes: i32,
}

/// The change of UTC offset in `zone` between `start` and `end`, if any.
pub fn during(zone: Zone, start: DateTime<Utc>, end: DateTime<Utc>) -> Option<ClockChange> {
    let shift = (zone.offset_seconds(end) - zone.offset_seconds(start)) / 60;
    (shift != 0).then_some(ClockChange {
        zone,
        shift_minutes: shift,
    })
}

fn amount(minutes: i32) -> String {
    let m = minutes.unsigned_abs();
    match (m / 60, m % 60) {
        (0, m) => tn("{n} minute", "{n} minutes", m.into()),
        (h, 0) => tn("{n} hour", "{n} hours", h.into()),
        (h, m) => hours_minutes(h.into(), m.into()),
    }
}

/// "In Europe/Berlin, clocks go back 1 hour during this window; it still lasts 4 h."
pub fn change_text(change: &ClockChange, occ: &Occurrence) -> String {
    let args = [
        ("zone", change.zone.name()),
        ("amount", &amount(change.shift_minutes)),
        ("duration", &duration_words_minutes(occ.duration())),
    ];
    if change.shift_minutes < 0 {
        tf(
            "In {zone}, clocks go back {amount} during this window; it still lasts {duration}.",
            &args,
        )
    } else {
        tf(
            "In {zone}, clocks go forward {amount} during this window; it still lasts {duration}.",
            &args,
        )
    }
}

/// What was made of a recurring wall time that does not exist or happens twice.
pub fn resolution_text(zone: Zone, wall: NaiveDateTime, resolution: Resolution) -> Option<String> {
    if resolution == Resolution::Exact {
        return None;
    }
    let (at, _) = resolve_local(zone, wall);
    let local = zone.local(at).naive_local();
    let (time, date) = (hh_mm(wall.time()), wall.date().to_string());
    let (start, day) = (hh_mm(local.time()), local.date().to_string());
    let offset = offset_hh_mm(zone.offset_seconds(at));
    let args = [
        ("time", time.as_str()),
        ("date", &date),
        ("zone", zone.name()),
        ("start", &start),
        ("day", &day),
        ("offset", &offset),
    ];
    Some(match resolution {
        // A gap that ends at midnight (America/Nuuk springs from 23:00 to
        // 00:00) moves the start to the next day: name that day, or
        // "starts at 00:30" reads as the same evening.
        Resolution::InGap if local.date() == wall.date() => tf("{time} does not exist on {date} in {zone} because clocks spring forward; this window starts at {start} local time instead.", &args),
        Resolution::InGap => tf("{time} does not exist on {date} in {zone} because clocks spring forward; this window starts at {start} on {day} local time instead.", &args),
        _ => tf("{time} happens twice on {date} in {zone} because clocks go back; this window starts at the first {time} (UTC{offset}).", &args),
    })
}

/// Every warning for one window, shown in `display` for a region in `region`.
pub fn warnings(occ: &Occurrence, region: Zone, display: Zone) -> Vec<String> {
    let mut zones = vec![display];
    if region != display {
        zones.push(region);
    }
    let mut out: Vec<String> = zones
        .into_iter()
        .filter_map(|z| during(z, occ.start, occ.end))
        .map(|c| change_text(&c, occ))
        .collect();
    if let Some(wall) = occ.requested_wall {
        out.extend(resolution_text(region, wall, occ.resolution));
    }
    out
}
