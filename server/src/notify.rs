//! Change detection: every `--check-every` seconds the feed is read again
//! and each upcoming occurrence compared with what subscribers were last
//! told (table `notified`). Only a new start, end or status counts (a new
//! title or description alone sends nothing). The calendar's SEQUENCE
//! state (`calendar_events`, shared with `/calendar.ics`) moves with it,
//! so a mail's calendar part and the subscribed calendar agree.
//!
//! The first check of a database sets the baseline: what the feed holds
//! then is taken as told, and nothing is mailed for it.

use std::collections::{BTreeMap, BTreeSet};

use crate::calendar_feed::{
    occurrence_calendar, CalendarState, EventState, EventStatus, FeedCalendarOptions, ItipMethod,
    MAX_EVENTS,
};
use chrono::{DateTime, Duration, Utc};
use maintenance_window::domain::feed::{Feed, WindowStatus};
use maintenance_window::domain::ics::uid;
use maintenance_window::domain::schedule::{between_at_most, Occurrence};

use crate::mail::{Kind, Notice, Slot};

/// A start and an end.
type Times = (DateTime<Utc>, DateTime<Utc>);
use crate::outbox::{CheckPlan, Notified, PlannedNotice};

/// What a check needs besides the feed and the stored state.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// A new occurrence is announced once it starts within this many days.
    pub notify_days: u32,
    /// Reminder leads, in seconds before the start.
    pub leads: Vec<u64>,
    /// A reminder is sent at most this late (a check that comes later, for
    /// example after a restart, skips it).
    pub reminder_grace: Duration,
    /// Occurrences are followed this far ahead (the calendar's horizon).
    pub horizon_days: u32,
    pub page_url: Option<String>,
    /// ORGANIZER of the calendar parts.
    pub organizer: Option<String>,
}

fn status_of(occ: &Occurrence) -> EventStatus {
    if occ.declared == Some(WindowStatus::Cancelled) {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    }
}

/// Decides what one check changes and mails (pure: the caller applies it
/// with [`crate::store::Store::apply_check`]). `stored` returns the last
/// notice about an occurrence by its id (for a window that vanished from
/// the feed).
pub fn plan(
    feed: &Feed,
    now: DateTime<Utc>,
    opts: &CheckOptions,
    calendar: &CalendarState,
    notified: &BTreeMap<String, Notified>,
    baseline_done: bool,
    stored: impl Fn(i64) -> Option<Notice>,
) -> CheckPlan {
    let cal_opts = FeedCalendarOptions {
        page_url: opts.page_url.clone(),
        horizon_days: opts.horizon_days,
        ..FeedCalendarOptions::for_feed(feed, now)
    };
    let schedule = between_at_most(
        feed,
        now,
        now + Duration::days(i64::from(opts.horizon_days.max(opts.notify_days))),
        MAX_EVENTS,
    );
    let announce_until = now + Duration::days(i64::from(opts.notify_days));
    let mut out = CheckPlan {
        baseline: !baseline_done,
        ..CheckPlan::default()
    };
    let mut seen = BTreeSet::new();
    for occ in &schedule.occurrences {
        let uid = uid(occ, &cal_opts.uid_domain);
        if !seen.insert(uid.clone()) {
            continue;
        }
        let status = status_of(occ);
        let before = calendar.get(&uid);
        let state = EventState::next(before, occ.start, occ.end, status, now);
        if before != Some(&state) {
            out.calendar.push((uid.clone(), state));
        }
        let within = occ.start <= announce_until;
        let prev = notified.get(&uid);
        let mut row = Notified {
            region: occ.region.as_str().to_owned(),
            start: occ.start,
            end: occ.end,
            status,
            announced: prev.is_some_and(|p| p.announced),
            notice_id: prev.and_then(|p| p.notice_id),
        };
        let mut decided: Option<(Kind, Option<Times>)> = None;
        match prev {
            _ if !baseline_done => row.announced = true,
            None
            | Some(Notified {
                announced: false, ..
            }) => {
                if within && status == EventStatus::Confirmed && occ.end > now {
                    decided = Some((Kind::Published, None));
                    row.announced = true;
                }
            }
            Some(p) => {
                let moved = (p.start, p.end) != (occ.start, occ.end);
                decided = match (p.status, status) {
                    (EventStatus::Confirmed, EventStatus::Cancelled) => {
                        Some((Kind::Cancelled, None))
                    }
                    (EventStatus::Cancelled, EventStatus::Confirmed) => {
                        Some((Kind::Published, None))
                    }
                    (EventStatus::Confirmed, EventStatus::Confirmed) if moved => {
                        Some((Kind::Changed, Some((p.start, p.end))))
                    }
                    _ => None,
                };
            }
        }
        let unchanged =
            prev.is_some_and(|p| (p.start, p.end, p.status) == (row.start, row.end, row.status));
        let mut notice_index = None;
        if let Some((kind, previous)) = decided {
            let method = if kind == Kind::Cancelled {
                ItipMethod::Cancel
            } else {
                ItipMethod::Request
            };
            notice_index = Some(out.notices.len());
            out.notices.push(PlannedNotice {
                kind,
                notice: notice_of(occ, feed, &cal_opts, &state, previous, 0, method, opts),
            });
        }
        // Reminders, for a confirmed window subscribers know about, not
        // already started, when a lead's moment passed no longer ago than
        // the grace (and not in the check that announces it).
        if row.announced && status == EventStatus::Confirmed && decided.is_none() && occ.start > now
        {
            for lead in &opts.leads {
                let due =
                    occ.start - Duration::seconds(i64::try_from(*lead).unwrap_or(i64::MAX / 1000));
                if now >= due && now - due <= opts.reminder_grace {
                    out.notices.push(PlannedNotice {
                        kind: Kind::Reminder,
                        notice: notice_of(
                            occ,
                            feed,
                            &cal_opts,
                            &state,
                            None,
                            *lead,
                            ItipMethod::Request,
                            opts,
                        ),
                    });
                }
            }
        }
        if !unchanged || notice_index.is_some() {
            out.notified.push((uid, row, notice_index));
        }
    }
    // Occurrences that left the feed: an announced window that has not
    // started is cancelled; the rest is forgotten once it is over.
    for (uid, n) in notified {
        if seen.contains(uid) {
            continue;
        }
        if n.announced && n.status == EventStatus::Confirmed && n.start > now && baseline_done {
            let last = n.notice_id.and_then(&stored);
            let before = calendar.get(uid);
            let sequence = before.map_or(0, |s| s.sequence.saturating_add(1));
            let state = EventState {
                start: n.start,
                end: n.end,
                status: EventStatus::Cancelled,
                sequence,
                modified: now,
            };
            out.calendar.push((uid.clone(), state));
            let mut row = n.clone();
            row.status = EventStatus::Cancelled;
            let index = last.map(|mut notice| {
                notice.sequence = sequence;
                notice.lead_secs = 0;
                notice.previous = None;
                notice.ics = cancelled_copy(&notice.ics, sequence);
                notice.method = ItipMethod::Cancel.as_str().to_owned();
                out.notices.push(PlannedNotice {
                    kind: Kind::Cancelled,
                    notice,
                });
                out.notices.len() - 1
            });
            out.notified.push((uid.clone(), row, index));
        } else if n.end <= now || !n.announced || n.status == EventStatus::Cancelled {
            out.forget.push(uid.clone());
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn notice_of(
    occ: &Occurrence,
    feed: &Feed,
    cal_opts: &FeedCalendarOptions,
    state: &EventState,
    previous: Option<Times>,
    lead_secs: u64,
    method: ItipMethod,
    opts: &CheckOptions,
) -> Notice {
    let region = feed.region(&occ.region);
    Notice {
        uid: uid(occ, &cal_opts.uid_domain),
        service: feed
            .service
            .name
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_owned(),
        title: occ.details.title.trim().to_owned(),
        region_id: occ.region.as_str().to_owned(),
        region_name: region.map_or_else(|| occ.region.as_str().to_owned(), |r| r.name.clone()),
        region_zone: region.map_or("UTC", |r| r.zone.name()).to_owned(),
        start: occ.start,
        end: occ.end,
        previous,
        downtime_minutes: occ.details.expected_downtime_minutes,
        slots: occ
            .tenant_slots
            .iter()
            .map(|s| Slot {
                tenant: s.tenant.trim().to_owned(),
                start: s.start,
                end: s.end,
            })
            .collect(),
        sequence: state.sequence,
        lead_secs,
        ics: occurrence_calendar(
            feed,
            occ,
            cal_opts,
            state,
            method,
            opts.organizer.as_deref(),
        ),
        method: method.as_str().to_owned(),
    }
}

/// A calendar part written by [`occurrence_calendar`] as its cancellation:
/// `METHOD:CANCEL`, `STATUS:CANCELLED`, the new SEQUENCE, no reminder.
/// (For a window that left the feed: its occurrence is gone, so the last
/// calendar part sent about it is reused.)
pub fn cancelled_copy(ics: &str, sequence: u32) -> String {
    let mut out = String::with_capacity(ics.len());
    let mut in_alarm = false;
    for line in ics.split_inclusive("\r\n") {
        let bare = line.trim_end_matches("\r\n");
        match bare {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if in_alarm => {}
            "METHOD:REQUEST" => out.push_str("METHOD:CANCEL\r\n"),
            "STATUS:CONFIRMED" => out.push_str("STATUS:CANCELLED\r\n"),
            _ if bare.starts_with("SEQUENCE:") => out.push_str(&format!("SEQUENCE:{sequence}\r\n")),
            _ => out.push_str(line),
        }
    }
    out
}

/// `--remind-before`: leads like `24h,1h`, `90m`, `45s`, `1h30m`, `2d`;
/// sorted, longest first, without duplicates.
pub fn parse_leads(s: &str) -> Result<Vec<u64>, String> {
    let mut leads = BTreeSet::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if part.eq_ignore_ascii_case("off") || part.eq_ignore_ascii_case("none") {
            continue;
        }
        leads.insert(parse_duration(part)?);
    }
    Ok(leads.into_iter().rev().collect())
}

/// `1h30m`, `90m`, `45s`, `2d`: at least one second, at most 366 days.
pub fn parse_duration(s: &str) -> Result<u64, String> {
    let bad = || format!("{s:?} is not a duration like 24h, 90m, 1h30m or 45s");
    let mut total: u64 = 0;
    let mut digits = String::new();
    for c in s.trim().chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit = match c.to_ascii_lowercase() {
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            's' => 1,
            _ => return Err(bad()),
        };
        let n: u64 = digits.parse().map_err(|_| bad())?;
        digits.clear();
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
    }
    if !digits.is_empty() || total == 0 {
        return Err(bad());
    }
    if total > 366 * 86_400 {
        return Err(format!("{s:?} is longer than 366 days"));
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads() {
        assert_eq!(parse_leads("24h,1h"), Ok(vec![86_400, 3_600]));
        assert_eq!(parse_leads("3m, 90s,1h30m,3m"), Ok(vec![5_400, 180, 90]));
        assert_eq!(parse_leads("off"), Ok(vec![]));
        for bad in ["1x", "h", "10", "0m", "400d", "1h-"] {
            assert!(parse_leads(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cancelled_copies_drop_the_alarm() {
        let ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSEQUENCE:2\r\nSTATUS:CONFIRMED\r\n\
                   BEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(
            cancelled_copy(ics, 3),
            "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nSEQUENCE:3\r\nSTATUS:CANCELLED\r\n\
             END:VEVENT\r\nEND:VCALENDAR\r\n"
        );
    }
}
