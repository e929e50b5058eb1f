//! From a validated feed to the occurrences in a time range, with their
//! status at a given instant. Everything here is in UTC; display zones come
//! later (see `display`).

use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};

use super::feed::{
    Details, EntryError, Feed, RegionId, Skipped, TenantSlot, WindowId, WindowStatus,
};
use super::recurrence::{self, RRuleError, RuleOccurrence, MAX_STEPS};
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
    /// Shared by every occurrence of a rule.
    pub details: Arc<Details>,
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

/// All the rules of a feed together get this many expansion steps (see
/// [`recurrence::expand_within`]): a feed of thousands of costly rules ends
/// in bounded time, and the rules past the budget are left out with a reason.
pub const MAX_TOTAL_STEPS: u32 = 2_000_000;

/// Occurrences that end after `from` and start before `until`, soonest
/// first (ties by id, so the order is stable).
pub fn between(feed: &Feed, from: DateTime<Utc>, until: DateTime<Utc>) -> Schedule {
    between_at_most(feed, from, until, usize::MAX)
}

/// [`between`], keeping the soonest `max` occurrences (the rest are counted
/// in one [`Skipped`]), and never holding many more than that on the way.
pub fn between_at_most(
    feed: &Feed,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    max: usize,
) -> Schedule {
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
            details: Arc::new(w.details.clone()),
            tenant_slots: w.tenant_slots.clone(),
            resolution: Resolution::Exact,
            requested_wall: None,
        })
        .collect();
    let mut skipped = Vec::new();
    let mut dropped = keep_soonest(&mut occurrences, max);
    let mut budget = MAX_TOTAL_STEPS;
    for rule in &feed.recurring {
        let Some(region) = feed.region(&rule.region) else {
            continue; // validation guarantees the region; nothing to show otherwise
        };
        // The last local date that can start before `until`, with a day to spare.
        let through = (until + Duration::days(1))
            .with_timezone(&region.zone.tz())
            .date_naive();
        let short_of_budget = budget < MAX_STEPS;
        let expanded = recurrence::expand_within(
            &rule.rule,
            region.zone,
            rule.starts_on,
            rule.start_time,
            rule.duration_minutes,
            &rule.exceptions,
            through,
            &mut budget,
        );
        match expanded {
            Ok(list) => {
                let details = Arc::new(rule.details.clone());
                let mut id = String::new();
                occurrences.reserve(list.len());
                occurrences.extend(list.into_iter().filter(|o| overlaps(o.start, o.end)).map(
                    |o: RuleOccurrence| Occurrence {
                        id: recurring_id(&mut id, &rule.id, o.local_date),
                        region: rule.region.clone(),
                        start: o.start,
                        end: o.end,
                        declared: rule.status,
                        details: details.clone(),
                        tenant_slots: Vec::new(),
                        resolution: o.resolution,
                        requested_wall: Some(o.local_date.and_time(rule.start_time)),
                    },
                ));
                if occurrences.len() > max.saturating_mul(2) {
                    dropped += keep_soonest(&mut occurrences, max);
                }
            }
            Err(e) => skipped.push(Skipped {
                entry: format!("recurring \"{}\"", rule.id),
                reason: match e {
                    RRuleError::TooManySteps if short_of_budget => {
                        EntryError::OutOfBudget(MAX_TOTAL_STEPS)
                    }
                    e => EntryError::BadRrule(e),
                },
            }),
        }
    }
    dropped += keep_soonest(&mut occurrences, max);
    if dropped > 0 {
        skipped.push(Skipped {
            entry: format!("{dropped} later windows"),
            reason: EntryError::TooManyOccurrences(max),
        });
    }
    Schedule {
        occurrences,
        skipped,
    }
}

/// Sorts soonest first (ties by id: ids are unique, so the order is total)
/// and keeps the first `max`; returns how many were dropped.
///
/// Sorting the occurrences themselves moves large values about many times:
/// this sorts integers (the start, then the index) instead, looking at ids
/// only for windows that start at the same instant, and then moves each
/// kept occurrence once.
fn keep_soonest(occurrences: &mut Vec<Occurrence>, max: usize) -> usize {
    // The start in the high 96 bits (the seconds, shifted to be unsigned,
    // then the nanoseconds), the index in the low 32: a feed has at most
    // MAX_ENTRIES windows and its rules MAX_TOTAL_STEPS occurrences, so
    // every index fits.
    let mut order: Vec<u128> = occurrences
        .iter()
        .zip(0u32..)
        .map(|(o, i)| {
            let seconds = o.start.timestamp().abs_diff(i64::MIN);
            u128::from(seconds) << 64
                | u128::from(o.start.timestamp_subsec_nanos()) << 32
                | u128::from(i)
        })
        .collect();
    let index = |key: u128| key as u32 as usize;
    merge_sort(&mut order, |a, b| {
        occurrences[index(a)].id < occurrences[index(b)].id
    });
    let dropped = order.len().saturating_sub(max);
    order.truncate(max);
    let mut slots: Vec<Option<Occurrence>> =
        std::mem::take(occurrences).into_iter().map(Some).collect();
    occurrences.reserve_exact(order.len());
    occurrences.extend(order.iter().filter_map(|&key| slots[index(key)].take()));
    dropped
}

/// Sorts `keys` (a start in the high 96 bits, an index in the low 32) by
/// start, then by `same_start_less`, merging the runs already in order:
/// the occurrences of each rule come as one, so this takes a few passes
/// where a general sort starts from scratch, and it is a fraction of the
/// size of the standard library's sorts in the wasm.
fn merge_sort(keys: &mut Vec<u128>, same_start_less: impl Fn(u128, u128) -> bool) {
    // Compared for every key of every pass: inlined, which the size-first
    // build would not do by itself.
    #[inline(always)]
    fn ordered(a: u128, b: u128, same_start_less: &impl Fn(u128, u128) -> bool) -> bool {
        if a ^ b < 1 << 32 {
            same_start_less(a, b)
        } else {
            a < b
        }
    }
    // Where each run starts, and the end.
    let mut bounds: Vec<usize> = (0..keys.len())
        .filter(|&i| i == 0 || ordered(keys[i], keys[i - 1], &same_start_less))
        .chain([keys.len()])
        .collect();
    let mut merged = vec![0; keys.len()];
    // Each pass merges the runs two by two (an odd last one is kept).
    while bounds.len() > 2 {
        let (from, to) = (keys.as_slice(), merged.as_mut_slice());
        let mut next = vec![0];
        for run in bounds.windows(3).step_by(2) {
            let (mut a, mut b) = (&from[run[0]..run[1]], &from[run[1]..run[2]]);
            for slot in &mut to[run[0]..run[2]] {
                let from_b = match (a, b) {
                    ([x, ..], [y, ..]) => ordered(*y, *x, &same_start_less),
                    ([], _) => true,
                    _ => false,
                };
                (*slot, a, b) = match (from_b, a, b) {
                    (true, _, [y, rest @ ..]) => (*y, a, rest),
                    (_, [x, rest @ ..], _) => (*x, rest, b),
                    _ => break,
                };
            }
            next.push(run[2]);
        }
        // An odd number of runs: the last one has no pair.
        if bounds.len().is_multiple_of(2) {
            let last = bounds[bounds.len() - 2];
            to[last..].copy_from_slice(&from[last..]);
            next.push(keys.len());
        }
        std::mem::swap(keys, &mut merged);
        bounds = next;
    }
}

/// `<rule id>/<YYYY-MM-DD>`, the id [`WindowId::recurring`] gives, written
/// into `buf` by hand: this runs for every occurrence of every rule, and the
/// formatting machinery was a sixth of the expansion's time.
fn recurring_id(buf: &mut String, rule_id: &str, date: NaiveDate) -> WindowId {
    let year = date.year();
    if !(0..=9999).contains(&year) {
        return WindowId::recurring(rule_id, date);
    }
    // Each number written right to left over its zeros.
    let mut text = *b"/0000-00-00";
    for (end, mut value) in [
        (5, year.unsigned_abs()),
        (8, date.month()),
        (11, date.day()),
    ] {
        for digit in text[..end]
            .iter_mut()
            .rev()
            .take_while(|d| d.is_ascii_digit())
        {
            *digit = b'0' + (value % 10) as u8;
            value /= 10;
        }
    }
    buf.clear();
    buf.push_str(rule_id);
    buf.push_str(std::str::from_utf8(&text).unwrap_or_default());
    // `one_off` only wraps the text: the id is the recurring one.
    WindowId::one_off(buf)
}

/// What is listed: windows that have not ended at `now` and start within
/// `horizon_days`.
pub fn upcoming(feed: &Feed, now: DateTime<Utc>, horizon_days: u32) -> Schedule {
    between(feed, now, now + Duration::days(i64::from(horizon_days)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_sorts_runs_and_anything_else() {
        // A small deterministic generator (64-bit LCG).
        let mut state = 7u64;
        let mut next = |below: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % below
        };
        // By start, then (for the same start) the index descending: an
        // order that is not the integers' own.
        let key = |k: u128| (k >> 32, u32::MAX - k as u32);
        for len in [0, 1, 2, 3, 5, 8, 33, 100, 1000] {
            for runs in [1, 2, 3, 7, len.max(1)] {
                let mut keys: Vec<u128> = (0..len)
                    .map(|i| u128::from(next(50)) << 32 | i as u128)
                    .collect();
                // Sorted runs of random lengths, or none at all.
                for chunk in keys.chunks_mut(len / runs + 1) {
                    chunk.sort_by_key(|&k| key(k));
                }
                let mut expected = keys.clone();
                expected.sort_by_key(|&k| key(k));
                merge_sort(&mut keys, |a, b| key(a) < key(b));
                assert_eq!(keys, expected, "{len} keys in {runs} runs");
            }
        }
    }

    #[test]
    fn recurring_ids_are_written_as_the_feed_module_writes_them() {
        let mut buf = String::new();
        for (y, m, d) in [
            (2027, 1, 2),
            (1, 12, 31),
            (999, 10, 9),
            (9999, 12, 31),
            (0, 1, 1),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("date");
            for rule in ["weekly-r07", "", "a/b"] {
                assert_eq!(
                    recurring_id(&mut buf, rule, date),
                    WindowId::recurring(rule, date)
                );
            }
        }
        for y in [-1, 10_000, -262_000] {
            let date = NaiveDate::from_ymd_opt(y, 3, 4).expect("date");
            assert_eq!(
                recurring_id(&mut buf, "r", date),
                WindowId::recurring("r", date)
            );
        }
    }
}
