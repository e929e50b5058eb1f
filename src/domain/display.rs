//! The view model: occurrences as a visitor sees them in the display zone.
//! Locale formatting of the wall times is the browser's (Intl); everything
//! that decides *which* wall time is shown lives here.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};

use super::clock_change::warnings;
use super::countdown::{hours_minutes, relative_day};
use super::feed::{Feed, WindowStatus, MAX_TEXT_CHARS};
use super::i18n::{fill, t, tf, tn};
use super::schedule::{between_at_most, Occurrence, Schedule};
use super::zone::{rfc3339_in, Zone};

/// A wall-clock time in the display zone, ready for a locale formatter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wall {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl Wall {
    pub fn same_date(&self, other: &Wall) -> bool {
        (self.year, self.month, self.day) == (other.year, other.month, other.day)
    }
}

/// One end of a window: the `datetime` attribute and the wall time it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeView {
    /// `2026-12-06T12:45:00+05:45`
    pub datetime: String,
    pub wall: Wall,
}

impl TimeView {
    pub fn new(zone: Zone, at: DateTime<Utc>) -> TimeView {
        let local = zone.local(at);
        TimeView {
            datetime: rfc3339_in(zone, at),
            wall: Wall {
                year: local.year(),
                month: local.month(),
                day: local.day(),
                hour: local.hour(),
                minute: local.minute(),
            },
        }
    }
}

/// A start and an end, shown in one zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeView {
    pub start: TimeView,
    pub end: TimeView,
    /// The end falls on the same local date as the start, so its date need
    /// not be repeated.
    pub same_day: bool,
}

impl RangeView {
    pub fn new(zone: Zone, start: DateTime<Utc>, end: DateTime<Utc>) -> RangeView {
        let (start, end) = (TimeView::new(zone, start), TimeView::new(zone, end));
        RangeView {
            same_day: start.wall.same_date(&end.wall),
            start,
            end,
        }
    }
}

/// The visitor's tenant's own slot inside a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantView {
    pub tenant: String,
    pub range: RangeView,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WindowView {
    pub id: String,
    pub status: WindowStatus,
    pub region_id: String,
    pub region_name: String,
    pub title: String,
    pub kind: Option<String>,
    pub downtime: Option<String>,
    pub description: Option<String>,
    pub activities: Vec<String>,
    /// In the display zone.
    pub range: RangeView,
    /// The same moment in UTC and in the region's own zone, so that a
    /// customer and the vendor's support agree.
    pub utc: RangeView,
    pub region_zone: Zone,
    pub region_range: RangeView,
    pub duration: String,
    /// Clock changes during the window, and what became of a wall time that
    /// does not exist or happens twice.
    pub warnings: Vec<String>,
    pub tenant_slot: Option<TenantView>,
    /// The occurrence itself, for calendar export.
    pub occurrence: Occurrence,
}

impl WindowView {
    pub fn new(
        occ: &Occurrence,
        feed: &Feed,
        zone: Zone,
        now: DateTime<Utc>,
        tenant: Option<&str>,
    ) -> WindowView {
        let region = feed.region(&occ.region);
        let region_zone = region.map_or(Zone::UTC, |r| r.zone);
        let tenant_slot = tenant.and_then(|t| {
            occ.tenant_slots
                .iter()
                .find(|s| s.tenant.trim().eq_ignore_ascii_case(t.trim()))
                .map(|s| TenantView {
                    tenant: s.tenant.clone(),
                    range: RangeView::new(zone, s.start, s.end),
                })
        });
        WindowView {
            id: occ.id.to_string(),
            status: occ.status_at(now),
            region_id: occ.region.to_string(),
            region_name: region.map_or_else(|| occ.region.to_string(), |r| r.name.clone()),
            title: occ.details.title.clone(),
            kind: occ.details.kind.as_deref().map(kind_label),
            downtime: occ.details.expected_downtime_minutes.map(downtime_label),
            description: occ.details.description.clone(),
            activities: occ.details.activities.clone(),
            range: RangeView::new(zone, occ.start, occ.end),
            utc: RangeView::new(Zone::UTC, occ.start, occ.end),
            region_zone,
            region_range: RangeView::new(region_zone, occ.start, occ.end),
            duration: minutes_label(occ.duration().num_minutes()),
            warnings: warnings(occ, region_zone, zone),
            tenant_slot,
            occurrence: occ.clone(),
        }
    }
}

impl WindowView {
    /// The UTC line is worth showing unless the display zone already is UTC
    /// (or shows the same wall time).
    pub fn show_utc(&self) -> bool {
        self.utc.start.datetime != self.range.start.datetime
    }

    /// The region's own time, unless it reads the same as the display zone.
    pub fn show_region_time(&self) -> bool {
        self.region_range.start.datetime != self.range.start.datetime
    }
}

/// Windows that start on one local day of the display zone.
#[derive(Debug, Clone, PartialEq)]
pub struct DayGroup {
    pub date: NaiveDate,
    /// `today`, `tomorrow`, `in 3 days`, … (beside the absolute date only).
    pub relative: Option<String>,
    pub windows: Vec<WindowView>,
}

/// What the page lists at `now`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listing {
    /// Not ended, starting within the horizon, soonest first, by local day.
    pub upcoming: Vec<DayGroup>,
    /// The next or current window (not cancelled, not completed).
    pub next: Option<WindowView>,
    /// Ended within the last [`RECENT_DAYS`], most recent first.
    pub recent: Vec<WindowView>,
}

/// How far back "recent maintenance" goes.
pub const RECENT_DAYS: i64 = 30;

/// What the visitor chose to see.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListingOptions {
    /// Region ids; empty means every region.
    pub regions: Vec<String>,
    pub tenant: Option<String>,
    pub horizon_days: u32,
}

/// Splits occurrences (computed once per feed, covering the recent past and
/// the horizon) into what is shown at `now` in `zone`.
pub fn listing(
    occurrences: &[Occurrence],
    feed: &Feed,
    zone: Zone,
    now: DateTime<Utc>,
    opts: &ListingOptions,
) -> Listing {
    let horizon_end = now + Duration::days(i64::from(opts.horizon_days));
    let recent_start = now - Duration::days(RECENT_DAYS);
    let shown = |o: &&Occurrence| {
        opts.regions.is_empty() || opts.regions.iter().any(|r| r == o.region.as_str())
    };
    let view = |o: &Occurrence| WindowView::new(o, feed, zone, now, opts.tenant.as_deref());

    let upcoming: Vec<WindowView> = occurrences
        .iter()
        .filter(shown)
        .filter(|o| o.end > now && o.start < horizon_end)
        .map(view)
        .collect();
    let next = upcoming
        .iter()
        .find(|v| matches!(v.status, WindowStatus::Scheduled | WindowStatus::InProgress))
        .cloned();
    let mut recent: Vec<WindowView> = occurrences
        .iter()
        .filter(shown)
        .filter(|o| o.end <= now && o.end > recent_start)
        .map(view)
        .collect();
    recent.reverse();
    Listing {
        upcoming: group_by_day(upcoming, zone.local(now).date_naive()),
        next,
        recent,
    }
}

/// For the widget: the next or current window of each region (in the
/// feed's order), of the `regions` asked for (all when empty).
pub fn next_per_region(
    occurrences: &[Occurrence],
    feed: &Feed,
    zone: Zone,
    now: DateTime<Utc>,
    opts: &ListingOptions,
) -> Vec<WindowView> {
    feed.regions
        .iter()
        .filter(|r| opts.regions.is_empty() || opts.regions.iter().any(|id| id == r.id.as_str()))
        .filter_map(|r| {
            let one = ListingOptions {
                regions: vec![r.id.to_string()],
                ..opts.clone()
            };
            listing(occurrences, feed, zone, now, &one).next
        })
        .collect()
}

fn group_by_day(views: Vec<WindowView>, today: NaiveDate) -> Vec<DayGroup> {
    let mut groups: Vec<DayGroup> = Vec::new();
    for v in views {
        let w = v.range.start.wall;
        let date = NaiveDate::from_ymd_opt(w.year, w.month, w.day).unwrap_or(today);
        match groups.last_mut() {
            Some(g) if g.date == date => g.windows.push(v),
            _ => groups.push(DayGroup {
                date,
                relative: relative_day(today, date),
                windows: vec![v],
            }),
        }
    }
    groups
}

/// The most occurrences the page holds: far more than anyone reads, few
/// enough that listing them on every clock tick stays quick.
pub const MAX_PAGE_OCCURRENCES: usize = 5_000;

/// Everything the page may list for a load at `now`: from the recent past
/// ([`RECENT_DAYS`]) to the horizon, at most [`MAX_PAGE_OCCURRENCES`].
pub fn page_schedule(feed: &Feed, now: DateTime<Utc>, horizon_days: u32) -> Schedule {
    between_at_most(
        feed,
        now - Duration::days(RECENT_DAYS),
        now + Duration::days(i64::from(horizon_days)),
        MAX_PAGE_OCCURRENCES,
    )
}

/// Every start and end, for the clock to wake at.
pub fn boundaries(occurrences: &[Occurrence]) -> Vec<DateTime<Utc>> {
    occurrences.iter().flat_map(|o| [o.start, o.end]).collect()
}

/// Human label of a status.
pub fn status_label(status: WindowStatus) -> String {
    match status {
        WindowStatus::Scheduled => t("Scheduled"),
        WindowStatus::InProgress => t("In progress"),
        WindowStatus::Completed => t("Completed"),
        WindowStatus::Cancelled => t("Cancelled"),
    }
}

/// `infrastructure` → `Infrastructure`; `software_update` → `Software update`.
/// The common kinds are translated; any other is the feed's word.
pub fn kind_label(kind: &str) -> String {
    let spaced = kind.trim().replace(['_', '-'], " ");
    let mut chars = spaced.chars();
    let label: String = match chars.next() {
        // Kinds are ASCII words; ASCII case spares the wasm Unicode tables.
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    };
    match label.as_str() {
        "Application" => t("Application"),
        "Database" => t("Database"),
        "Database upgrade" => t("Database upgrade"),
        "Infrastructure" => t("Infrastructure"),
        "Maintenance" => t("Maintenance"),
        "Network" => t("Network"),
        "Security" => t("Security"),
        "Software update" => t("Software update"),
        _ => label,
    }
}

/// `90` → `1 h 30 min`, `15` → `15 min`, `240` → `4 h`.
pub fn minutes_label(minutes: i64) -> String {
    hours_minutes(minutes / 60, minutes % 60)
}

pub fn downtime_label(minutes: u32) -> String {
    tf(
        "Expected downtime: about {duration}",
        &[("duration", &minutes_label(i64::from(minutes)))],
    )
}

/// `UTC`, `UTC+1`, `UTC+5:45`, `UTC-3:30`.
pub fn offset_label(offset_seconds: i32) -> String {
    if offset_seconds == 0 {
        return "UTC".to_owned();
    }
    let sign = if offset_seconds < 0 { '-' } else { '+' };
    let abs = offset_seconds.unsigned_abs();
    let (h, m) = (abs / 3600, (abs % 3600) / 60);
    if m == 0 {
        format!("UTC{sign}{h}")
    } else {
        format!("UTC{sign}{h}:{m:02}")
    }
}

/// `Asia/Kathmandu (UTC+5:45)`, with the offset in force at `now`.
pub fn zone_label(zone: Zone, now: DateTime<Utc>) -> String {
    let offset = offset_label(zone.offset_seconds(now));
    if offset == zone.name() {
        offset
    } else {
        format!("{} ({offset})", zone.name())
    }
}

/// `https://…/calendar.ics` as a `webcal://` link, which calendar apps open
/// as a subscription.
pub fn webcal(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    format!("webcal://{rest}")
}

/// "1 text in the feed was longer than 10000 characters and was cut."
pub fn shortened_notice(count: usize) -> String {
    let text = tn(
        "{n} text in the feed was longer than {max} characters and was cut.",
        "{n} texts in the feed were longer than {max} characters and were cut.",
        count as u64,
    );
    fill(&text, &[("max", &MAX_TEXT_CHARS.to_string())])
}

/// The notice for entries left out of the feed.
pub fn skipped_notice(count: usize) -> String {
    tn(
        "{n} entry in the feed could not be shown.",
        "{n} entries in the feed could not be shown.",
        count as u64,
    )
}

/// A translated sentence that holds an element at `{name}`: the text
/// before it and after it (all of it before when the placeholder is lost).
pub fn around(message: &str, name: &str) -> (String, String) {
    let mark = format!("{{{name}}}");
    match message.split_once(&mark) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (message.to_owned(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webcal_links() {
        assert_eq!(
            webcal("https://status.example/calendar.ics?regions=eu"),
            "webcal://status.example/calendar.ics?regions=eu"
        );
        assert_eq!(
            webcal("http://127.0.0.1:8080/calendar.ics"),
            "webcal://127.0.0.1:8080/calendar.ics"
        );
    }

    #[test]
    fn zone_labels_name_the_zone_and_offset_once() {
        let now = DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        assert_eq!(zone_label(Zone::UTC, now), "UTC");
        let berlin = Zone::parse("Europe/Berlin").expect("zone");
        assert_eq!(zone_label(berlin, now), "Europe/Berlin (UTC+1)");
    }

    #[test]
    fn offsets_read_like_people_write_them() {
        assert_eq!(offset_label(0), "UTC");
        assert_eq!(offset_label(3600), "UTC+1");
        assert_eq!(offset_label(20700), "UTC+5:45");
        assert_eq!(offset_label(-12600), "UTC-3:30");
        assert_eq!(offset_label(-18000), "UTC-5");
        assert_eq!(offset_label(49500), "UTC+13:45");
    }

    #[test]
    fn durations_and_kinds() {
        assert_eq!(minutes_label(15), "15 min");
        assert_eq!(minutes_label(240), "4 h");
        assert_eq!(minutes_label(90), "1 h 30 min");
        assert_eq!(downtime_label(15), "Expected downtime: about 15 min");
        assert_eq!(kind_label("infrastructure"), "Infrastructure");
        assert_eq!(kind_label("software_update"), "Software update");
        assert_eq!(kind_label(""), "");
        assert_eq!(skipped_notice(1), "1 entry in the feed could not be shown.");
        assert_eq!(
            skipped_notice(2),
            "2 entries in the feed could not be shown."
        );
        assert_eq!(
            shortened_notice(1),
            format!("1 text in the feed was longer than {MAX_TEXT_CHARS} characters and was cut.")
        );
        assert_eq!(status_label(WindowStatus::InProgress), "In progress");
        assert_eq!(kind_label("software-update"), "Software update");
        assert_eq!(kind_label("firmware"), "Firmware");
        assert_eq!(
            around("Times in {zone}.", "zone"),
            ("Times in ".to_owned(), ".".to_owned())
        );
        assert_eq!(around("x", "zone"), ("x".to_owned(), String::new()));
    }
}
