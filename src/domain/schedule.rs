//! From a validated feed to the occurrences in a time range, with their
//! status at a given instant. Everything here is in UTC; display zones come
//! later (see `display`).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

use super::feed::{
    Details, EntryError, Feed, RegionId, Skipped, TenantSlot, WindowId, WindowStatus,
};
use super::recurrence::{self, RuleOccurrence};
use super::zone::Resolution;

/// One window to show: a one-off window, or one occurrence of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    pub id: WindowId,
    pub region: RegionId,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// What the feed said, if anything.
    pub declared: Option<WindowStatus>,
    pub details: Details,
    pub tenant_slots: Vec<TenantSlot>,
    /// For occurrences of rules: whether the wall time was in a gap or repeated.
    pub resolution: Resolution,
    /// For occurrences of rules: the wall time the rule asked for, in the
    /// region's zone.
    pub requested_wall: Option<NaiveDateTime>,
}

impl Occurrence {
    /// The status at `now`: cancelled and completed from the feed are final;
    /// `in_progress` from the feed holds until the end; otherwise the clock
    /// decides, so a window flips on time even when the feed is stale.
    pub fn status_at(&self, now: DateTime<Utc>) -> WindowStatus {
        match self.declared {
            Some(WindowStatus::Cancelled) => WindowStatus::Cancelled,
            Some(WindowStatus::Completed) => WindowStatus::Completed,
            Some(WindowStatus::InProgress) if now < self.end => WindowStatus::InProgress,
            _ if now >= self.end => WindowStatus::Completed,
            _ if now >= self.start => WindowStatus::InProgress,
            _ => WindowStatus::Scheduled,
        }
    }

    pub fn duration(&self) -> Duration {
        self.end - self.start
    }
}

/// The occurrences of a feed that overlap a range, soonest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Schedule {
    pub occurrences: Vec<Occurrence>,
    /// Rules whose expansion failed (for example: too many steps).
    pub skipped: Vec<Skipped>,
}

/// Occurrences that end after `from` and start before `until`, soonest
/// first (ties by id, so the order is stable).
pub fn between(feed: &Feed, from: DateTime<Utc>, until: DateTime<Utc>) -> Schedule {
    let overlaps = |start: DateTime<Utc>, end: DateTime<Utc>| end > from && start < until;
    let mut occurrences: Vec<Occurrence> = feed
        .windows
        .iter()
        .filter(|w| overlaps(w.start, w.end))
        .map(|w| Occurrence {
            id: WindowId::one_off(&w.id),
            region: w.region.clone(),
            start: w.start,
            end: w.end,
            declared: w.status,
            details: w.details.clone(),
            tenant_slots: w.tenant_slots.clone(),
            resolution: Resolution::Exact,
            requested_wall: None,
        })
        .collect();
    let mut skipped = Vec::new();
    for rule in &feed.recurring {
        let Some(region) = feed.region(&rule.region) else {
            continue; // validation guarantees the region; nothing to show otherwise
        };
        // The last local date that can start before `until`, with a day to spare.
        let through = (until + Duration::days(1))
            .with_timezone(&region.zone.tz())
            .date_naive();
        let expanded = recurrence::expand(
            &rule.rule,
            region.zone,
            rule.starts_on,
            rule.start_time,
            rule.duration_minutes,
            &rule.exceptions,
            through,
        );
        match expanded {
            Ok(list) => {
                occurrences.extend(list.into_iter().filter(|o| overlaps(o.start, o.end)).map(
                    |o: RuleOccurrence| Occurrence {
                        id: WindowId::recurring(&rule.id, o.local_date),
                        region: rule.region.clone(),
                        start: o.start,
                        end: o.end,
                        declared: rule.status,
                        details: rule.details.clone(),
                        tenant_slots: Vec::new(),
                        resolution: o.resolution,
                        requested_wall: Some(o.local_date.and_time(rule.start_time)),
                    },
                ))
            }
            Err(e) => skipped.push(Skipped {
                entry: format!("recurring \"{}\"", rule.id),
                reason: EntryError::BadRrule(e),
            }),
        }
    }
    // A total order (ids are unique), so an unstable sort gives one answer.
    occurrences.sort_unstable_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    Schedule {
        occurrences,
        skipped,
    }
}

/// What is listed: windows that have not ended at `now` and start within
/// `horizon_days`.
pub fn upcoming(feed: &Feed, now: DateTime<Utc>, horizon_days: u32) -> Schedule {
    between(feed, now, now + Duration::days(i64::from(horizon_days)))
}
