//! A subscribable calendar (issue 9): every upcoming occurrence of a feed as
//! one iCalendar feed that calendar apps poll, regenerated from the current
//! feed each time.
//!
//! The page never calls this (its wasm size budget is tight): only the
//! reference server's `GET /calendar.ics` and the `feed-calendar` command
//! do, so none of it ends up in the wasm. It reuses the escaping, folding,
//! UIDs, summaries and descriptions of [`maintenance_window::domain::ics`], so an event in the
//! subscribed calendar has the same UID and text as the page's download.
//!
//! # What changes between two regenerations
//!
//! The caller keeps, per UID, what it served last ([`EventState`]: start,
//! end, status, SEQUENCE and when that last changed) and passes it back in.
//! Following RFC 5546 §2.1.4, SEQUENCE goes up by one when DTSTART, DTEND or
//! STATUS changed since; DTSTAMP and LAST-MODIFIED are the time of that
//! change (or of the first time the occurrence was served). A new title or
//! description is picked up by the next poll like any other change of the
//! file, without a new SEQUENCE. Nothing here depends on the time of the
//! request except which occurrences are upcoming, so an unchanged feed gives
//! the same text byte for byte and an `ETag` over it stays valid.
//!
//! # Tenants
//!
//! With a tenant, each event keeps the window's own times and its
//! description starts with the tenant's slot ("Your service (acme): …"). The
//! window is what the vendor announces and may run long; the slot is
//! where the tenant's service is expected to be down inside it. Keeping the
//! window's times also keeps one (start, end, status) per UID whatever the
//! tenant, so SEQUENCE means the same thing in every subscriber's calendar.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};

use maintenance_window::domain::feed::{Feed, Region, RegionId, Skipped};
use maintenance_window::domain::ics::{
    description, is_cancelled, is_safe_web_url, minutes, region_name, summary, uid, uid_domain_for,
    utc_stamp, Lines,
};
use maintenance_window::domain::schedule::{between_at_most, Occurrence};

/// How far ahead the calendar reaches unless told otherwise.
pub const DEFAULT_HORIZON_DAYS: u32 = 365;
/// The longest horizon accepted (as the page's `horizon_days`).
pub const MAX_HORIZON_DAYS: u32 = 3660;
/// The most events in one calendar (the soonest ones are kept).
pub const MAX_EVENTS: usize = 5_000;
/// The reminder, in minutes before the start, as in the page's downloads.
pub const DEFAULT_REMINDER_MINUTES: u32 = 60;
/// How often calendar apps are asked to poll (REFRESH-INTERVAL and
/// X-PUBLISHED-TTL).
pub const REFRESH_INTERVAL: &str = "PT1H";

/// STATUS of an event: the feed's `cancelled` is `CANCELLED`, anything else
/// `CONFIRMED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventStatus {
    Confirmed,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Confirmed => "CONFIRMED",
            EventStatus::Cancelled => "CANCELLED",
        }
    }

    pub fn parse(s: &str) -> Option<EventStatus> {
        match s.trim() {
            "CONFIRMED" => Some(EventStatus::Confirmed),
            "CANCELLED" => Some(EventStatus::Cancelled),
            _ => None,
        }
    }

    fn of(occ: &Occurrence) -> EventStatus {
        if is_cancelled(occ) {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        }
    }
}

/// What was served for one UID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventState {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: EventStatus,
    pub sequence: u32,
    /// When start, end or status last changed, or when the occurrence was
    /// first served: DTSTAMP and LAST-MODIFIED.
    pub modified: DateTime<Utc>,
}

impl EventState {
    /// The state to serve at `now` for an occurrence now at `start`–`end`
    /// with `status`, after `previous`: the same SEQUENCE and time when
    /// nothing moved, SEQUENCE + 1 and `now` when something did, 0 and `now`
    /// for an occurrence never served.
    pub fn next(
        previous: Option<&EventState>,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        status: EventStatus,
        now: DateTime<Utc>,
    ) -> EventState {
        let now = whole_second(now);
        match previous {
            Some(p) if p.start == start && p.end == end && p.status == status => *p,
            Some(p) => EventState {
                start,
                end,
                status,
                sequence: p.sequence.saturating_add(1),
                modified: now.max(p.modified),
            },
            None => EventState {
                start,
                end,
                status,
                sequence: 0,
                modified: now,
            },
        }
    }
}

/// Per UID, what was served last.
pub type CalendarState = BTreeMap<String, EventState>;

/// What to put in the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedCalendarOptions {
    /// PRODID.
    pub product_id: String,
    /// X-WR-CALNAME and NAME; `None`: from the service's name and the
    /// region filter ("Acme Cloud maintenance: US East, EU Central").
    pub calendar_name: Option<String>,
    /// The right-hand side of every UID (keep it fixed for one vendor).
    pub uid_domain: String,
    pub reminder_minutes: u32,
    /// The page, as each event's URL and in its description (`http:` or
    /// `https:` only).
    pub page_url: Option<String>,
    /// The request's time: occurrences that end after it are listed, and it
    /// is the change time of what moved.
    pub now: DateTime<Utc>,
    /// Occurrences that start within this many days are listed (1..=3660).
    pub horizon_days: u32,
    /// Region ids to list; empty: every region. Ids the feed does not have
    /// are ignored.
    pub regions: Vec<String>,
    /// A tenant whose slots are added to the descriptions (matched as the
    /// page does: blanks around and ASCII case ignored).
    pub tenant: Option<String>,
}

impl FeedCalendarOptions {
    /// The defaults for `feed`: the page's PRODID and UID domain, a reminder
    /// an hour before, [`DEFAULT_HORIZON_DAYS`], every region, no tenant.
    pub fn for_feed(feed: &Feed, now: DateTime<Utc>) -> FeedCalendarOptions {
        FeedCalendarOptions {
            product_id: format!(
                "-//{}//Maintenance windows//EN",
                feed.service.name.as_deref().unwrap_or("Maintenance")
            ),
            calendar_name: None,
            uid_domain: uid_domain_for(feed),
            reminder_minutes: DEFAULT_REMINDER_MINUTES,
            page_url: None,
            now,
            horizon_days: DEFAULT_HORIZON_DAYS,
            regions: Vec::new(),
            tenant: None,
        }
    }
}

/// A generated calendar and what to remember of it.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedCalendar {
    /// The iCalendar text (CRLF, folded).
    pub text: String,
    /// The state of every event in `text`, by UID.
    pub events: CalendarState,
    /// UIDs whose state is new or differs from the previous one (to store).
    pub changed: Vec<String>,
    /// The latest change time of the events in `text`.
    pub last_modified: Option<DateTime<Utc>>,
    /// The region ids listed, sorted; `None` when every region is.
    pub regions: Option<Vec<String>>,
    /// The tenant as the feed spells it, when at least one listed event
    /// carries one of its slots (otherwise the text is the same as without).
    pub tenant: Option<String>,
    /// Rules that could not be expanded, and occurrences beyond
    /// [`MAX_EVENTS`].
    pub skipped: Vec<Skipped>,
}

/// Every occurrence of `feed` that ends after `opts.now` and starts before
/// `opts.now + opts.horizon_days`, in `opts.regions`, as one VCALENDAR;
/// SEQUENCE, DTSTAMP and LAST-MODIFIED follow `previous` (see the module's
/// documentation).
pub fn feed_calendar(
    feed: &Feed,
    opts: &FeedCalendarOptions,
    previous: &CalendarState,
) -> FeedCalendar {
    let selected: Vec<&Region> = if opts.regions.is_empty() {
        feed.regions.iter().collect()
    } else {
        feed.regions
            .iter()
            .filter(|r| opts.regions.iter().any(|id| id.trim() == r.id.as_str()))
            .collect()
    };
    let filtered = selected.len() < feed.regions.len();
    // Filter the feed before expanding, so that MAX_EVENTS counts only
    // what is listed.
    let narrowed;
    let source = if filtered {
        let keep = |id: &RegionId| selected.iter().any(|r| &r.id == id);
        let mut copy = feed.clone();
        copy.windows.retain(|w| keep(&w.region));
        copy.recurring.retain(|r| keep(&r.region));
        narrowed = copy;
        &narrowed
    } else {
        feed
    };
    let days = opts.horizon_days.clamp(1, MAX_HORIZON_DAYS);
    let schedule = between_at_most(
        source,
        opts.now,
        opts.now + Duration::days(i64::from(days)),
        MAX_EVENTS,
    );

    let name = opts.calendar_name.clone().unwrap_or_else(|| {
        let service = feed.service.name.as_deref().map_or("", str::trim);
        let mut name = if service.is_empty() {
            "Maintenance windows".to_owned()
        } else {
            format!("{service} maintenance")
        };
        if filtered {
            let names: Vec<&str> = selected.iter().map(|r| r.name.as_str()).collect();
            let _ = write!(
                name,
                ": {}",
                if names.is_empty() {
                    "no region".to_owned()
                } else {
                    names.join(", ")
                }
            );
        }
        name
    });
    let tenant = opts
        .tenant
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());

    let mut out = Lines::begin_calendar(&opts.product_id, "PUBLISH");
    out.text("X-WR-CALNAME", &name);
    out.text("NAME", &name);
    out.raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH_INTERVAL);
    out.raw("X-PUBLISHED-TTL", REFRESH_INTERVAL);

    let mut events = CalendarState::new();
    let mut changed = Vec::new();
    let mut tenant_seen: Option<String> = None;
    for occ in &schedule.occurrences {
        let uid = uid(occ, &opts.uid_domain);
        let before = previous.get(&uid);
        let state = EventState::next(before, occ.start, occ.end, EventStatus::of(occ), opts.now);
        if before != Some(&state) {
            changed.push(uid.clone());
        }
        let slots = tenant.map(|t| tenant_slots(occ, feed, t));
        if let Some((spelled, _)) = slots.as_ref().and_then(|s| s.first()) {
            tenant_seen.get_or_insert_with(|| spelled.clone());
        }
        let slot_lines: Vec<String> = slots
            .unwrap_or_default()
            .into_iter()
            .map(|(_, line)| line)
            .collect();
        write_event(&mut out, occ, feed, opts, &uid, &state, &slot_lines, None);
        events.insert(uid, state);
    }
    out.raw("END", "VCALENDAR");

    let last_modified = events.values().map(|s| s.modified).max();
    FeedCalendar {
        text: out.0,
        events,
        changed,
        last_modified,
        regions: filtered.then(|| {
            let mut ids: Vec<String> = selected.iter().map(|r| r.id.as_str().to_owned()).collect();
            ids.sort();
            ids
        }),
        tenant: tenant_seen,
        skipped: schedule.skipped,
    }
}

#[allow(clippy::too_many_arguments)]
fn write_event(
    out: &mut Lines,
    occ: &Occurrence,
    feed: &Feed,
    opts: &FeedCalendarOptions,
    uid: &str,
    state: &EventState,
    tenant_lines: &[String],
    organizer: Option<&str>,
) {
    let summary = summary(occ, feed);
    let page_url = opts.page_url.as_deref().filter(|u| is_safe_web_url(u));
    out.raw("BEGIN", "VEVENT");
    out.raw("UID", uid);
    if let Some(address) = organizer {
        out.raw("ORGANIZER", &format!("mailto:{address}"));
    }
    out.raw("DTSTAMP", &utc_stamp(state.modified));
    out.raw("LAST-MODIFIED", &utc_stamp(state.modified));
    out.raw("DTSTART", &utc_stamp(occ.start));
    out.raw("DTEND", &utc_stamp(occ.end));
    out.raw("SEQUENCE", &state.sequence.to_string());
    out.raw("STATUS", state.status.as_str());
    // A maintenance window does not make the subscriber busy.
    out.raw("TRANSP", "TRANSPARENT");
    out.text("SUMMARY", &summary);
    out.text("LOCATION", region_name(occ, feed));
    let mut text = description(occ, feed, page_url);
    // A cancelled window has no slot worth telling.
    if !tenant_lines.is_empty() && state.status == EventStatus::Confirmed {
        text = format!("{}\n\n{text}", tenant_lines.join("\n"));
    }
    out.text("DESCRIPTION", &text);
    if let Some(kind) = occ.details.kind.as_deref().filter(|k| !k.trim().is_empty()) {
        out.text("CATEGORIES", kind);
    }
    if let Some(url) = page_url {
        out.raw("URL", url);
    }
    if state.status == EventStatus::Confirmed {
        out.raw("BEGIN", "VALARM");
        out.raw("ACTION", "DISPLAY");
        out.raw("TRIGGER", &format!("-PT{}M", opts.reminder_minutes));
        out.text(
            "DESCRIPTION",
            &format!("{summary} starts in {}", minutes(opts.reminder_minutes)),
        );
        out.raw("END", "VALARM");
    }
    out.raw("END", "VEVENT");
}

/// The iTIP method (RFC 5546) of a one-event calendar sent by mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItipMethod {
    /// A new or changed event (and a reminder of it).
    Request,
    /// The event will not take place.
    Cancel,
}

impl ItipMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            ItipMethod::Request => "REQUEST",
            ItipMethod::Cancel => "CANCEL",
        }
    }
}

/// One occurrence as a calendar to attach to a mail (the reference server's
/// notices): `METHOD:REQUEST` or `METHOD:CANCEL`, and the event exactly as
/// [`feed_calendar`] writes it (same UID, SEQUENCE, summary and
/// description, `state` being what the subscribable calendar serves), with
/// an ORGANIZER when `organizer` (a plain address) is given. With
/// `opts.tenant`, that tenant's slots start the description.
pub fn occurrence_calendar(
    feed: &Feed,
    occ: &Occurrence,
    opts: &FeedCalendarOptions,
    state: &EventState,
    method: ItipMethod,
    organizer: Option<&str>,
) -> String {
    let organizer = organizer
        .map(str::trim)
        .filter(|a| !a.is_empty() && !a.chars().any(|c| c.is_whitespace() || c.is_control()));
    let mut out = Lines::begin_calendar(&opts.product_id, method.as_str());
    let uid = uid(occ, &opts.uid_domain);
    let slot_lines: Vec<String> = opts
        .tenant
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            tenant_slots(occ, feed, t)
                .into_iter()
                .map(|(_, l)| l)
                .collect()
        })
        .unwrap_or_default();
    write_event(
        &mut out,
        occ,
        feed,
        opts,
        &uid,
        state,
        &slot_lines,
        organizer,
    );
    out.raw("END", "VCALENDAR");
    out.0
}

/// The slots of `tenant` in `occ`: the tenant as the feed spells it, and
/// "Your service (acme): 2026-12-13 04:40 – 04:55 UTC (23:40 – 23:55 in
/// America/New_York)".
fn tenant_slots(occ: &Occurrence, feed: &Feed, tenant: &str) -> Vec<(String, String)> {
    let zone = feed.region(&occ.region).map(|r| r.zone);
    occ.tenant_slots
        .iter()
        .filter(|s| s.tenant.trim().eq_ignore_ascii_case(tenant))
        .map(|s| {
            let mut line = format!(
                "Your service ({}): {} UTC",
                s.tenant.trim(),
                range(s.start.naive_utc(), s.end.naive_utc())
            );
            if let Some(zone) = zone.filter(|z| z.name() != "UTC") {
                let _ = write!(
                    line,
                    " ({} in {})",
                    range(
                        zone.local(s.start).naive_local(),
                        zone.local(s.end).naive_local()
                    ),
                    zone.name()
                );
            }
            line.push('.');
            (s.tenant.trim().to_owned(), line)
        })
        .collect()
}

/// `2026-12-13 04:40 – 04:55`, or with the end's date when it differs.
fn range(start: chrono::NaiveDateTime, end: chrono::NaiveDateTime) -> String {
    let hm = |t: chrono::NaiveDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
    let date = |d: NaiveDate| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    if start.date() == end.date() {
        format!("{} {} – {}", date(start.date()), hm(start), hm(end))
    } else {
        format!(
            "{} {} – {} {}",
            date(start.date()),
            hm(start),
            date(end.date()),
            hm(end)
        )
    }
}

fn whole_second(at: DateTime<Utc>) -> DateTime<Utc> {
    at - Duration::nanoseconds(i64::from(at.timestamp_subsec_nanos()))
}

/// The state of the events of a calendar this module wrote (UID, DTSTART,
/// DTEND, STATUS, SEQUENCE, LAST-MODIFIED, DTSTAMP when LAST-MODIFIED is
/// missing), for a static calendar regenerated from its previous version.
/// Lines are unfolded; anything else, and any event missing one of these
/// or with a value in another form, is left out.
pub fn read_state(ics: &str) -> CalendarState {
    let mut unfolded: Vec<String> = Vec::new();
    for line in ics.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match line.strip_prefix([' ', '\t']) {
            Some(rest) => {
                if let Some(last) = unfolded.last_mut() {
                    last.push_str(rest);
                }
            }
            None => unfolded.push(line.to_owned()),
        }
    }
    let mut state = CalendarState::new();
    let mut event: Option<BTreeMap<&str, &str>> = None;
    let mut depth = 0usize; // components nested inside the VEVENT (VALARM)
    for line in &unfolded {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.split(';').next().unwrap_or(name);
        match (name, value) {
            ("BEGIN", "VEVENT") if event.is_none() => {
                event = Some(BTreeMap::new());
                depth = 0;
            }
            ("BEGIN", _) if event.is_some() => depth += 1,
            ("END", "VEVENT") if depth == 0 => {
                if let Some((uid, s)) = event.take().and_then(|p| event_state(&p)) {
                    state.insert(uid, s);
                }
            }
            ("END", _) if event.is_some() => depth = depth.saturating_sub(1),
            (name, value) if depth == 0 => {
                if let Some(props) = event.as_mut() {
                    props.entry(name).or_insert(value);
                }
            }
            _ => {}
        }
    }
    state
}

fn event_state(props: &BTreeMap<&str, &str>) -> Option<(String, EventState)> {
    let uid = props.get("UID")?.trim();
    if uid.is_empty() {
        return None;
    }
    let modified = props
        .get("LAST-MODIFIED")
        .or_else(|| props.get("DTSTAMP"))
        .and_then(|v| parse_utc_stamp(v))?;
    Some((
        uid.to_owned(),
        EventState {
            start: parse_utc_stamp(props.get("DTSTART")?)?,
            end: parse_utc_stamp(props.get("DTEND")?)?,
            status: EventStatus::parse(props.get("STATUS")?)?,
            sequence: props.get("SEQUENCE")?.trim().parse().ok()?,
            modified,
        },
    ))
}

/// `YYYYMMDDTHHMMSSZ`, the form [`utc_stamp`] writes.
pub fn parse_utc_stamp(s: &str) -> Option<DateTime<Utc>> {
    let b = s.trim().as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(4, 6)?, num(6, 8)?)?;
    Some(
        date.and_hms_opt(num(9, 11)?, num(11, 13)?, num(13, 15)?)?
            .and_utc(),
    )
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
    fn next_state_rules() {
        let (s, e) = (at("2027-01-02T03:00:00Z"), at("2027-01-02T07:00:00Z"));
        let t0 = at("2026-12-01T10:00:00.750Z");
        let first = EventState::next(None, s, e, EventStatus::Confirmed, t0);
        assert_eq!(first.sequence, 0);
        assert_eq!(first.modified, at("2026-12-01T10:00:00Z"), "whole seconds");
        let t1 = at("2026-12-02T10:00:00Z");
        assert_eq!(
            EventState::next(Some(&first), s, e, EventStatus::Confirmed, t1),
            first,
            "nothing moved: same sequence and time"
        );
        let moved = EventState::next(
            Some(&first),
            s + Duration::hours(1),
            e,
            EventStatus::Confirmed,
            t1,
        );
        assert_eq!((moved.sequence, moved.modified), (1, t1));
        let cancelled = EventState::next(
            Some(&moved),
            moved.start,
            e,
            EventStatus::Cancelled,
            t1 + Duration::minutes(5),
        );
        assert_eq!(cancelled.sequence, 2);
        let longer = EventState::next(
            Some(&cancelled),
            moved.start,
            e + Duration::minutes(1),
            EventStatus::Cancelled,
            t0, // a clock behind the last change never goes back
        );
        assert_eq!((longer.sequence, longer.modified), (3, cancelled.modified));
    }

    #[test]
    fn stamps_round_trip() {
        let t = at("2026-02-28T23:59:58Z");
        assert_eq!(parse_utc_stamp(&utc_stamp(t)), Some(t));
        for bad in [
            "",
            "20260228T235958",
            "20260230T000000Z",
            "2026022xT000000Z",
            "20260228T246000Z",
            "20260228 235958Z",
        ] {
            assert_eq!(parse_utc_stamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_only_complete_events_and_skips_alarms() {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20260101T000000Z\r\n\
            DTSTART:20270102T030000Z\r\nDTEND:20270102T07\r\n 0000Z\r\nSEQUENCE:4\r\nSTATUS:CANCELLED\r\n\
            BEGIN:VALARM\r\nUID:not-this\r\nEND:VALARM\r\nEND:VEVENT\r\n\
            BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART:20270102T030000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let state = read_state(text);
        assert_eq!(state.len(), 1);
        let a = &state["a@x"];
        assert_eq!(a.end, at("2027-01-02T07:00:00Z"), "unfolded");
        assert_eq!(
            (a.sequence, a.status, a.modified),
            (4, EventStatus::Cancelled, at("2026-01-01T00:00:00Z"))
        );
        assert!(read_state("not a calendar").is_empty());
    }
}
