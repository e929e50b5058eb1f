//! The view model: occurrences as a visitor sees them in the display zone.
//! Locale formatting of the wall times is the browser's (Intl); everything
//! that decides *which* wall time is shown lives here.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};

use super::clock_change::warnings;
use super::countdown::{hours_minutes, relative_day};
use super::feed::{Feed, Region, WindowStatus, MAX_TEXT_CHARS};
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

/// What a listing's views read: a feed and its occurrences, computed once
/// per feed and listed again at every tick of the page's clock. The views
/// share it instead of copying what they show.
pub trait Source: Send + Sync {
    fn feed(&self) -> &Feed;
    fn occurrences(&self) -> &[Occurrence];
}

/// A feed and its occurrences as a [`Source`] (the page's own is its loaded
/// feed).
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrences {
    pub feed: Arc<Feed>,
    pub list: Vec<Occurrence>,
}

impl Source for Occurrences {
    fn feed(&self) -> &Feed {
        &self.feed
    }

    fn occurrences(&self) -> &[Occurrence] {
        &self.list
    }
}

/// One window as the visitor sees it. A listing makes one for every window
/// it holds, on every tick, and the page shows few of them: so a view holds
/// only what decides where it is listed, and works out the rest (times,
/// labels, clock-change warnings) when it is shown.
#[derive(Clone)]
pub struct WindowView {
    source: Arc<dyn Source>,
    index: usize,
    pub status: WindowStatus,
    /// The display zone.
    pub zone: Zone,
    /// Which of the window's tenant slots is the visitor's.
    tenant_slot: Option<usize>,
}

impl WindowView {
    fn new(
        source: &Arc<dyn Source>,
        index: usize,
        zone: Zone,
        now: DateTime<Utc>,
        tenant: Option<&str>,
    ) -> WindowView {
        let occ = &source.occurrences()[index];
        WindowView {
            source: source.clone(),
            index,
            status: occ.status_at(now),
            zone,
            tenant_slot: tenant.and_then(|t| {
                occ.tenant_slots
                    .iter()
                    .position(|s| s.tenant.trim().eq_ignore_ascii_case(t.trim()))
            }),
        }
    }

    /// The occurrence itself (for calendar export too).
    pub fn occurrence(&self) -> &Occurrence {
        &self.source.occurrences()[self.index]
    }

    pub fn id(&self) -> &str {
        self.occurrence().id.as_str()
    }

    pub fn region_id(&self) -> &str {
        self.occurrence().region.as_str()
    }

    fn region(&self) -> Option<&Region> {
        self.source.feed().region(&self.occurrence().region)
    }

    pub fn region_name(&self) -> &str {
        self.region()
            .map_or_else(|| self.region_id(), |r| r.name.as_str())
    }

    pub fn region_zone(&self) -> Zone {
        self.region().map_or(Zone::UTC, |r| r.zone)
    }

    pub fn title(&self) -> &str {
        &self.occurrence().details.title
    }

    pub fn kind(&self) -> Option<String> {
        self.occurrence().details.kind.as_deref().map(kind_label)
    }

    pub fn downtime(&self) -> Option<String> {
        self.occurrence()
            .details
            .expected_downtime_minutes
            .map(downtime_label)
    }

    pub fn description(&self) -> Option<&str> {
        self.occurrence().details.description.as_deref()
    }

    pub fn activities(&self) -> &[String] {
        &self.occurrence().details.activities
    }

    /// In the display zone.
    pub fn range(&self) -> RangeView {
        let occ = self.occurrence();
        RangeView::new(self.zone, occ.start, occ.end)
    }

    /// The same moment in UTC and in the region's own zone, so that a
    /// customer and the vendor's support agree.
    pub fn utc(&self) -> RangeView {
        let occ = self.occurrence();
        RangeView::new(Zone::UTC, occ.start, occ.end)
    }

    pub fn region_range(&self) -> RangeView {
        let occ = self.occurrence();
        RangeView::new(self.region_zone(), occ.start, occ.end)
    }

    pub fn duration(&self) -> String {
        minutes_label(self.occurrence().duration().num_minutes())
    }

    /// Clock changes during the window, and what became of a wall time that
    /// does not exist or happens twice.
    pub fn warnings(&self) -> Vec<String> {
        warnings(self.occurrence(), self.region_zone(), self.zone)
    }

    pub fn tenant_slot(&self) -> Option<TenantView> {
        let slot = &self.occurrence().tenant_slots[self.tenant_slot?];
        Some(TenantView {
            tenant: slot.tenant.clone(),
            range: RangeView::new(self.zone, slot.start, slot.end),
        })
    }

    /// The UTC line is worth showing unless the display zone already is UTC
    /// (or shows the same wall time). Two zones show an instant alike
    /// exactly when their offsets at it are the same.
    pub fn show_utc(&self) -> bool {
        self.zone.offset_seconds(self.occurrence().start) != 0
    }

    /// The region's own time, unless it reads the same as the display zone.
    pub fn show_region_time(&self) -> bool {
        let start = self.occurrence().start;
        self.region_zone().offset_seconds(start) != self.zone.offset_seconds(start)
    }
}

/// Two views are equal when they show the same: the same window of the
/// same region, at the same status, in the same zone, for the same tenant.
impl PartialEq for WindowView {
    fn eq(&self, other: &WindowView) -> bool {
        (self.status, self.zone, self.tenant_slot) == (other.status, other.zone, other.tenant_slot)
            && (Arc::ptr_eq(&self.source, &other.source) && self.index == other.index
                || self.occurrence() == other.occurrence() && self.region() == other.region())
    }
}

impl std::fmt::Debug for WindowView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowView")
            .field("id", &self.id())
            .field("status", &self.status)
            .field("zone", &self.zone.name())
            .field("tenant_slot", &self.tenant_slot)
            .finish()
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

impl ListingOptions {
    fn shows(&self, o: &Occurrence) -> bool {
        self.regions.is_empty() || self.regions.iter().any(|r| r == o.region.as_str())
    }
}

/// Splits occurrences (computed once per feed, covering the recent past and
/// the horizon) into what is shown at `now` in `zone`.
pub fn listing_of(
    source: &Arc<dyn Source>,
    zone: Zone,
    now: DateTime<Utc>,
    opts: &ListingOptions,
) -> Listing {
    let horizon_end = now + Duration::days(i64::from(opts.horizon_days));
    let recent_start = now - Duration::days(RECENT_DAYS);
    let today = zone.local_date(now);
    let view = |index| WindowView::new(source, index, zone, now, opts.tenant.as_deref());
    let mut shown = Listing::default();
    for (index, o) in source.occurrences().iter().enumerate() {
        if !opts.shows(o) {
            continue;
        }
        if o.end > now && o.start < horizon_end {
            let v = view(index);
            if shown.next.is_none()
                && matches!(v.status, WindowStatus::Scheduled | WindowStatus::InProgress)
            {
                shown.next = Some(v.clone());
            }
            let date = zone.local_date(o.start);
            match shown.upcoming.last_mut() {
                Some(g) if g.date == date => g.windows.push(v),
                _ => shown.upcoming.push(DayGroup {
                    date,
                    relative: relative_day(today, date),
                    windows: vec![v],
                }),
            }
        } else if o.end <= now && o.end > recent_start {
            shown.recent.push(view(index));
        }
    }
    shown.recent.reverse();
    shown
}

/// [`listing_of`] a copy of `occurrences` and `feed`.
pub fn listing(
    occurrences: &[Occurrence],
    feed: &Feed,
    zone: Zone,
    now: DateTime<Utc>,
    opts: &ListingOptions,
) -> Listing {
    listing_of(&copied(occurrences, feed), zone, now, opts)
}

fn copied(occurrences: &[Occurrence], feed: &Feed) -> Arc<dyn Source> {
    Arc::new(Occurrences {
        feed: Arc::new(feed.clone()),
        list: occurrences.to_vec(),
    })
}

/// For the widget: the next or current window of each region (in the
/// feed's order), of the `regions` asked for (all when empty): for each,
/// what [`listing_of`] that region alone gives as `next`.
pub fn next_per_region_of(
    source: &Arc<dyn Source>,
    zone: Zone,
    now: DateTime<Utc>,
    opts: &ListingOptions,
) -> Vec<WindowView> {
    let horizon_end = now + Duration::days(i64::from(opts.horizon_days));
    let occurrences = source.occurrences();
    source
        .feed()
        .regions
        .iter()
        .filter(|r| opts.regions.is_empty() || opts.regions.iter().any(|id| id == r.id.as_str()))
        .filter_map(|r| {
            let index = occurrences.iter().position(|o| {
                o.region == r.id
                    && o.end > now
                    && o.start < horizon_end
                    && matches!(
                        o.status_at(now),
                        WindowStatus::Scheduled | WindowStatus::InProgress
                    )
            })?;
            Some(WindowView::new(
                source,
                index,
                zone,
                now,
                opts.tenant.as_deref(),
            ))
        })
        .collect()
}

/// [`next_per_region_of`] a copy of `occurrences` and `feed`.
pub fn next_per_region(
    occurrences: &[Occurrence],
    feed: &Feed,
    zone: Zone,
    now: DateTime<Utc>,
    opts: &ListingOptions,
) -> Vec<WindowView> {
    next_per_region_of(&copied(occurrences, feed), zone, now, opts)
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

/// Windows a list draws at once; "Show more" draws as many again. The
/// upcoming list and recent maintenance both draw this many, so the first
/// view costs about the same for 10 regions as for 400.
pub const DRAWN_AT_ONCE: usize = 50;

/// The first `n` windows of `groups` (a group cut short keeps its day), and
/// how many were left out.
pub fn first_windows(mut groups: Vec<DayGroup>, n: usize) -> (Vec<DayGroup>, usize) {
    let mut left = n;
    let mut out = 0;
    groups.retain_mut(|g| {
        let keep = left > 0;
        let take = g.windows.len().min(left);
        out += g.windows.len() - take;
        g.windows.truncate(take);
        left -= take;
        keep
    });
    (groups, out)
}

/// How many windows to draw so that the window `id` (a `#<window id>`
/// link) is among them: at least [`DRAWN_AT_ONCE`]; `None` when `groups`
/// does not list it.
pub fn drawn_to(groups: &[DayGroup], id: &str) -> Option<usize> {
    let at = groups
        .iter()
        .flat_map(|g| &g.windows)
        .position(|w| w.id() == id)?;
    Some(DRAWN_AT_ONCE.max(at + 1))
}

/// Up to this many regions, the region chips are drawn at once; more go
/// into a closed chooser whose summary [`regions_shown`] words.
pub const CHIPS_SHOWN: usize = 12;

/// The regions a list shows, for the chooser's summary: the names of those
/// `selected`, in the feed's order, or "All regions" when none is.
pub fn regions_shown(regions: &[Region], selected: &[String]) -> String {
    let names: Vec<&str> = regions
        .iter()
        .filter(|r| selected.iter().any(|id| *id == r.id.as_str()))
        .map(|r| r.name.as_str())
        .collect();
    if names.is_empty() {
        t("All regions")
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::parse_feed;
    use crate::domain::schedule::between;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("instant")
            .with_timezone(&Utc)
    }

    /// Views work out from the occurrence what they used to hold: the
    /// other clocks show exactly when their text differs, and a shared
    /// source lists what a copied one lists.
    #[test]
    fn views_show_what_their_occurrences_say() {
        let zones = ["Europe/Berlin", "UTC", "Asia/Kathmandu", "America/St_Johns"];
        let regions: Vec<String> = zones
            .iter()
            .enumerate()
            .map(|(i, z)| format!(r#"{{"id": "r{i}", "name": "Region {i}", "time_zone": "{z}"}}"#))
            .collect();
        let rules: Vec<String> = (0..zones.len())
            .map(|i| {
                format!(
                    r#"{{"id": "weekly-{i}", "title": "Weekly", "region": "r{i}", "rrule": "FREQ=WEEKLY;BYDAY=SU",
                        "starts_on": "2026-01-04", "start_time": "01:30", "duration_minutes": 150,
                        "tenant_slots": [], "kind": "software_update", "expected_downtime_minutes": 20}}"#
                )
            })
            .collect();
        let text = format!(
            r#"{{"feed_version": 1, "regions": [{}], "recurring": [{}],
                "windows": [{{"id": "w", "region": "r0", "title": "One", "kind": "software-update", "start": "2026-03-29T00:30:00Z",
                  "end": "2026-03-29T02:00:00Z", "tenant_slots": [{{"tenant": "acme",
                  "start": "2026-03-29T01:00:00Z", "end": "2026-03-29T01:30:00Z"}}]}}]}}"#,
            regions.join(","),
            rules.join(",")
        );
        let feed = parse_feed(&text).expect("feed");
        let now = at("2026-01-01T00:00:00Z");
        let occurrences = between(&feed, now, at("2027-01-01T00:00:00Z")).occurrences;
        let source: Arc<dyn Source> = Arc::new(Occurrences {
            feed: Arc::new(feed.clone()),
            list: occurrences.clone(),
        });
        let opts = ListingOptions {
            regions: Vec::new(),
            tenant: Some(" ACME".to_owned()),
            horizon_days: 365,
        };
        for display in zones.map(|z| Zone::parse(z).expect("zone")) {
            let shown = listing_of(&source, display, now, &opts);
            assert_eq!(shown, listing(&occurrences, &feed, display, now, &opts));
            let views: Vec<&WindowView> = shown.upcoming.iter().flat_map(|g| &g.windows).collect();
            assert_eq!(views.len(), occurrences.len());
            for v in views {
                let (range, utc, region) = (v.range(), v.utc(), v.region_range());
                assert_eq!(v.show_utc(), utc.start.datetime != range.start.datetime);
                assert_eq!(
                    v.show_region_time(),
                    region.start.datetime != range.start.datetime
                );
                assert_eq!(v.kind().as_deref(), Some("Software update"));
                assert_eq!(v.tenant_slot().is_some(), v.id() == "w", "{}", v.id());
            }
        }
    }

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
    }
}
