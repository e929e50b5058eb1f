//! Daylight-saving changes that matter to a window: clocks that change while
//! it runs, and recurring wall times that do not exist or happen twice.

use chrono::{DateTime, NaiveDateTime, Utc};

use super::schedule::Occurrence;
use super::zone::{hh_mm, offset_hh_mm, Resolution, Zone};
use super::{countdown::duration_words, zone::resolve_local};

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
        (0, m) => format!("{m} minutes"),
        (1, 0) => "1 hour".to_owned(),
        (h, 0) => format!("{h} hours"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// "In Europe/Berlin, clocks go back 1 hour during this window; it still lasts 4 h."
pub fn change_text(change: &ClockChange, occ: &Occurrence) -> String {
    let direction = if change.shift_minutes < 0 {
        "go back"
    } else {
        "go forward"
    };
    format!(
        "In {}, clocks {direction} {} during this window; it still lasts {}.",
        change.zone.name(),
        amount(change.shift_minutes),
        duration_words(occ.duration())
    )
}

/// What was made of a recurring wall time that does not exist or happens twice.
pub fn resolution_text(zone: Zone, wall: NaiveDateTime, resolution: Resolution) -> Option<String> {
    let (at, _) = resolve_local(zone, wall);
    let date = wall.date();
    let time = hh_mm(wall.time());
    match resolution {
        Resolution::Exact => None,
        Resolution::InGap => {
            let local = zone.local(at).naive_local();
            // A gap that ends at midnight (America/Nuuk springs from 23:00 to
            // 00:00) moves the start to the next day: name that day, or
            // "starts at 00:30" reads as the same evening.
            let day = if local.date() == date {
                String::new()
            } else {
                format!(" on {}", local.date())
            };
            Some(format!(
                "{time} does not exist on {date} in {} because clocks spring forward; this window starts at {}{day} local time instead.",
                zone.name(),
                hh_mm(local.time())
            ))
        }
        Resolution::Repeated => Some(format!(
            "{time} happens twice on {date} in {} because clocks go back; this window starts at the first {time} (UTC{}).",
            zone.name(),
            offset_hh_mm(zone.offset_seconds(at))
        )),
    }
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
