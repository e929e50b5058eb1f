//! The status feed (CONTRACT §2): parsing and per-entry validation.
//!
//! A document that is not a feed at all is one [`FeedError`]. Inside a feed,
//! each region, window and rule is checked on its own: an invalid entry is
//! left out with its reason in [`Feed::skipped`], and the rest stays.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde_json::Value;

use super::recurrence::{RRule, RRuleError};
use super::statuspage;
use super::zone::{parse_date, parse_time, UnknownZone, Zone};

/// The highest `feed_version` this page understands.
pub const FEED_VERSION: u64 = 1;

/// A feed larger than this is refused before it is parsed: parsing it could
/// freeze the page, and no real schedule comes near it.
pub const MAX_FEED_BYTES: usize = 5 * 1024 * 1024;
/// At most this many regions, windows and rules (each) are read; the rest
/// are left out with one notice.
pub const MAX_ENTRIES: usize = 10_000;
/// A text longer than this (in characters) is cut there, with a notice.
pub const MAX_TEXT_CHARS: usize = 10_000;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// A region's `id`, known to name a region of the feed.
    RegionId
);
string_id!(
    /// A listed occurrence's id: a one-off window's `id`, or
    /// `<recurring id>/<YYYY-MM-DD>` (CONTRACT §5).
    WindowId
);

impl WindowId {
    pub(crate) fn one_off(id: &str) -> WindowId {
        WindowId(id.to_owned())
    }

    pub(crate) fn recurring(rule_id: &str, local_date: NaiveDate) -> WindowId {
        WindowId(format!("{rule_id}/{local_date}"))
    }
}

/// The status a feed may give a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WindowStatus {
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
}

impl WindowStatus {
    /// The value of the `data-status` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            WindowStatus::Scheduled => "scheduled",
            WindowStatus::InProgress => "in_progress",
            WindowStatus::Completed => "completed",
            WindowStatus::Cancelled => "cancelled",
        }
    }

    /// Our own values, and Statuspage's (`verifying` counts as in progress).
    pub fn parse(s: &str) -> Option<WindowStatus> {
        match s.trim().to_ascii_lowercase().as_str() {
            "scheduled" => Some(WindowStatus::Scheduled),
            "in_progress" | "in progress" | "verifying" => Some(WindowStatus::InProgress),
            "completed" => Some(WindowStatus::Completed),
            "cancelled" | "canceled" => Some(WindowStatus::Cancelled),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Service {
    pub name: Option<String>,
    /// Only kept when it is an `http:` or `https:` URL.
    pub status_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub id: RegionId,
    pub name: String,
    pub zone: Zone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TenantSlot {
    pub tenant: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// What a one-off window and a recurring rule share.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Details {
    pub title: String,
    pub kind: Option<String>,
    pub expected_downtime_minutes: Option<u32>,
    pub description: Option<String>,
    pub activities: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OneOffWindow {
    pub id: String,
    pub region: RegionId,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: Option<WindowStatus>,
    pub details: Details,
    pub tenant_slots: Vec<TenantSlot>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecurringRule {
    pub id: String,
    pub region: RegionId,
    pub rule: RRule,
    pub starts_on: NaiveDate,
    pub start_time: NaiveTime,
    pub duration_minutes: u32,
    pub exceptions: Vec<NaiveDate>,
    pub status: Option<WindowStatus>,
    pub details: Details,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subscribe {
    pub url: Option<String>,
}

/// A feed whose every entry has been checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    pub service: Service,
    pub generated_at: Option<DateTime<Utc>>,
    pub regions: Vec<Region>,
    pub windows: Vec<OneOffWindow>,
    pub recurring: Vec<RecurringRule>,
    pub subscribe: Subscribe,
    /// Entries left out, with the reason.
    pub skipped: Vec<Skipped>,
    /// How many texts were longer than [`MAX_TEXT_CHARS`] and were cut.
    pub shortened: usize,
}

impl Feed {
    pub fn region(&self, id: &RegionId) -> Option<&Region> {
        self.regions.iter().find(|r| &r.id == id)
    }
}

/// An entry that was left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// `regions[2]`, `windows[0] "2026-12-emergency-eu"`, …
    pub entry: String,
    pub reason: EntryError,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.entry, self.reason)
    }
}

/// Why a whole document could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("the status feed is not valid JSON ({0})")]
    NotJson(String),
    #[error("the document is not a maintenance feed (no feed_version, or not an object)")]
    NotAFeed,
    #[error(
        "the status feed has version {0}, but this page understands version {FEED_VERSION} only"
    )]
    UnsupportedVersion(u64),
    #[error("the status feed is {} KB, more than the {} KB this page reads", .0 / 1024, MAX_FEED_BYTES / 1024)]
    TooLarge(usize),
}

/// Why one entry of a feed was left out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    #[error("malformed entry: {0}")]
    Malformed(String),
    #[error("the id is empty")]
    EmptyId,
    #[error("the id \"{0}\" is used twice")]
    DuplicateId(String),
    #[error("the id \"{0}\" contains \"/\", which occurrence ids reserve")]
    SlashInId(String),
    #[error("unknown region \"{0}\"")]
    UnknownRegion(String),
    #[error(transparent)]
    UnknownZone(#[from] UnknownZone),
    #[error("{field} \"{value}\" is not an RFC 3339 date-time with an offset")]
    BadInstant { field: &'static str, value: String },
    #[error("{field} \"{value}\" is not valid (expected {expected})")]
    BadLocal {
        field: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("the end is not after the start")]
    EndNotAfterStart,
    #[error("duration_minutes {0} is outside 1..=1440")]
    DurationOutOfRange(i64),
    #[error("bad rrule: {0}")]
    BadRrule(#[from] RRuleError),
    #[error("{0} entries after the first {MAX_ENTRIES} were not read")]
    TooMany(usize),
    #[error(
        "the feed has more than {0} windows in the page's range; the later ones were left out"
    )]
    TooManyOccurrences(usize),
    #[error("left out: the feed's rules together need more than {0} steps to expand")]
    OutOfBudget(u32),
}

/// Parses and validates a feed: ours (v1) or a Statuspage-style document.
pub fn parse_feed(text: &str) -> Result<Feed, FeedError> {
    if text.len() > MAX_FEED_BYTES {
        return Err(FeedError::TooLarge(text.len()));
    }
    let mut doc: Value = serde_json::from_str(text)
        .map_err(|e| FeedError::NotJson(super::json::where_not_json(&e)))?;
    let shortened = shorten_texts(&mut doc);
    let Value::Object(obj) = &doc else {
        return Err(FeedError::NotAFeed);
    };
    let mut feed = if obj.get("feed_version").is_none() && statuspage::is_statuspage(obj) {
        statuspage::to_feed(obj)
    } else {
        match obj.get("feed_version").and_then(Value::as_u64) {
            Some(FEED_VERSION) => validate(obj),
            Some(v) if v > FEED_VERSION => return Err(FeedError::UnsupportedVersion(v)),
            _ => return Err(FeedError::NotAFeed),
        }
    };
    feed.shortened = shortened;
    Ok(feed)
}

/// Cuts every string value longer than [`MAX_TEXT_CHARS`] characters there
/// (with "…"); returns how many were cut. serde_json's nesting limit (128)
/// bounds the recursion.
fn shorten_texts(v: &mut Value) -> usize {
    match v {
        Value::String(s) => match s.char_indices().nth(MAX_TEXT_CHARS) {
            Some((at, _)) => {
                s.truncate(at);
                s.push('…');
                1
            }
            None => 0,
        },
        Value::Array(items) => items.iter_mut().map(shorten_texts).sum(),
        Value::Object(map) => map.values_mut().map(shorten_texts).sum(),
        _ => 0,
    }
}

// --- fields, as they come over the wire -----------------------------------
// Read with accessors on the parsed document rather than derived
// deserializers: each derive cost its own code in the wasm.

/// A required text field.
fn field<'a>(v: &'a Value, key: &'static str) -> Result<&'a str, EntryError> {
    v.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| EntryError::Malformed(format!("{key} is missing or not text")))
}

/// An optional array (absent means empty) of elements read by `each`.
fn list<'a, T>(
    v: &'a Value,
    key: &'static str,
    mut each: impl FnMut(&'a Value) -> Result<T, EntryError>,
) -> Result<Vec<T>, EntryError> {
    match v.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items.iter().map(&mut each).collect(),
        Some(_) => Err(EntryError::Malformed(format!("{key} is not an array"))),
    }
}

fn validate(obj: &serde_json::Map<String, Value>) -> Feed {
    let mut skipped = Vec::new();
    let (service, subscribe) = (obj.get("service"), obj.get("subscribe"));
    let generated_at = obj
        .get("generated_at")
        .and_then(Value::as_str)
        .and_then(|s| instant("generated_at", s).ok());

    let mut region_ids = BTreeSet::new();
    let regions = entries_of(obj, "regions", &mut skipped, |item| {
        region(item, &mut region_ids)
    });
    let mut seen = BTreeSet::new();
    let windows = entries_of(obj, "windows", &mut skipped, |item| {
        one_off(item, &regions, &mut seen)
    });
    let recurring = entries_of(obj, "recurring", &mut skipped, |item| {
        rule(item, &regions, &mut seen)
    });

    Feed {
        service: Service {
            name: service.and_then(|v| text(v, "name")).map(str::to_owned),
            status_url: service
                .and_then(|v| text(v, "status_url"))
                .filter(|u| is_web_url(u))
                .map(str::to_owned),
        },
        generated_at,
        regions,
        windows,
        recurring,
        subscribe: Subscribe {
            url: subscribe.and_then(|v| text(v, "url")).map(str::to_owned),
        },
        skipped,
        shortened: 0,
    }
}

/// True for an absolute `http:` or `https:` URL.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// A non-blank string field of an object (loose shapes are read with these
/// accessors: less wasm than a derived deserializer each).
pub(crate) fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)?.as_str().filter(|s| !s.trim().is_empty())
}

/// Validates each element of the array `obj[key]` on its own.
pub(crate) fn entries_of<T>(
    obj: &serde_json::Map<String, Value>,
    key: &str,
    skipped: &mut Vec<Skipped>,
    mut check: impl FnMut(&Value) -> Result<T, EntryError>,
) -> Vec<T> {
    let Some(items) = obj.get(key) else {
        return Vec::new();
    };
    let Some(items) = items.as_array() else {
        skipped.push(Skipped {
            entry: key.to_owned(),
            reason: EntryError::Malformed(format!("{key} is not an array")),
        });
        return Vec::new();
    };
    if items.len() > MAX_ENTRIES {
        skipped.push(Skipped {
            entry: format!("{key}[{MAX_ENTRIES}..]"),
            reason: EntryError::TooMany(items.len() - MAX_ENTRIES),
        });
    }
    let mut out = Vec::with_capacity(items.len().min(MAX_ENTRIES));
    for (i, item) in items.iter().enumerate().take(MAX_ENTRIES) {
        let label = match item.get("id").and_then(Value::as_str) {
            Some(id) => format!("{key}[{i}] \"{id}\""),
            None => format!("{key}[{i}]"),
        };
        let result = if item.is_object() {
            check(item)
        } else {
            Err(EntryError::Malformed("not an object".to_owned()))
        };
        match result {
            Ok(v) => out.push(v),
            Err(reason) => skipped.push(Skipped {
                entry: label,
                reason,
            }),
        }
    }
    out
}

fn region(item: &Value, seen: &mut BTreeSet<String>) -> Result<Region, EntryError> {
    let id = unique_id(field(item, "id")?, seen)?;
    let zone = Zone::parse(field(item, "time_zone")?)?;
    let name = text(item, "name").map_or_else(|| id.clone(), str::to_owned);
    Ok(Region {
        id: RegionId(id),
        name,
        zone,
    })
}

fn one_off(
    item: &Value,
    regions: &[Region],
    seen: &mut BTreeSet<String>,
) -> Result<OneOffWindow, EntryError> {
    let raw_id = field(item, "id")?;
    let region = known_region(field(item, "region")?, regions)?;
    let start = instant("start", field(item, "start")?)?;
    let end = instant("end", field(item, "end")?)?;
    if end <= start {
        return Err(EntryError::EndNotAfterStart);
    }
    let tenant_slots = list(item, "tenant_slots", |s| {
        let tenant = field(s, "tenant")?.to_owned();
        let start = instant("tenant_slots.start", field(s, "start")?)?;
        let end = instant("tenant_slots.end", field(s, "end")?)?;
        if end <= start {
            return Err(EntryError::EndNotAfterStart);
        }
        Ok(TenantSlot { tenant, start, end })
    })?;
    let (status, details) = details(item, raw_id);
    let id = window_id(raw_id, seen)?;
    Ok(OneOffWindow {
        id,
        region,
        start,
        end,
        status,
        details,
        tenant_slots,
    })
}

fn rule(
    item: &Value,
    regions: &[Region],
    seen: &mut BTreeSet<String>,
) -> Result<RecurringRule, EntryError> {
    let raw_id = field(item, "id")?;
    let region = known_region(field(item, "region")?, regions)?;
    let parsed: RRule = field(item, "rrule")?.parse()?;
    let starts_on = local_date("starts_on", field(item, "starts_on")?)?;
    let start_time_text = field(item, "start_time")?;
    let start_time = parse_time(start_time_text.trim()).ok_or_else(|| EntryError::BadLocal {
        field: "start_time",
        value: start_time_text.to_owned(),
        expected: "HH:MM",
    })?;
    let raw_duration = item
        .get("duration_minutes")
        .and_then(Value::as_i64)
        .ok_or_else(|| {
            EntryError::Malformed("duration_minutes is missing or not a whole number".to_owned())
        })?;
    let duration_minutes = u32::try_from(raw_duration)
        .ok()
        .filter(|d| (1..=1440).contains(d))
        .ok_or(EntryError::DurationOutOfRange(raw_duration))?;
    let exceptions = list(item, "exceptions", |d| {
        local_date(
            "exceptions",
            d.as_str().ok_or_else(|| {
                EntryError::Malformed("exceptions holds a non-text value".to_owned())
            })?,
        )
    })?;
    let (status, details) = details(item, raw_id);
    let id = window_id(raw_id, seen)?;
    Ok(RecurringRule {
        id,
        region,
        rule: parsed,
        starts_on,
        start_time,
        duration_minutes,
        exceptions,
        status,
        details,
    })
}

/// The optional fields a window and a rule share, read from the entry with
/// accessors: a field of the wrong type is ignored, not fatal.
fn details(item: &Value, id: &str) -> (Option<WindowStatus>, Details) {
    let owned = |key| text(item, key).map(str::to_owned);
    let activities = item
        .get("activities")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|a| !a.trim().is_empty())
        .map(str::to_owned)
        .collect();
    (
        text(item, "status").and_then(WindowStatus::parse),
        Details {
            title: owned("title").unwrap_or_else(|| format!("Maintenance {id}")),
            kind: owned("kind"),
            expected_downtime_minutes: item
                .get("expected_downtime_minutes")
                .and_then(Value::as_u64)
                .and_then(|m| u32::try_from(m).ok()),
            description: owned("description"),
            activities,
        },
    )
}

fn non_empty_id(id: &str) -> Result<String, EntryError> {
    let id = id.trim();
    if id.is_empty() {
        Err(EntryError::EmptyId)
    } else {
        Ok(id.to_owned())
    }
}

/// A window's or rule's id: unique, and without "/", which separates a
/// rule's id from the date in its occurrences' ids (CONTRACT §5), so that a
/// one-off "monthly/2027-01-02" can never take an occurrence's id.
fn window_id(id: &str, seen: &mut BTreeSet<String>) -> Result<String, EntryError> {
    if id.contains('/') {
        return Err(EntryError::SlashInId(id.trim().to_owned()));
    }
    unique_id(id, seen)
}

fn unique_id(id: &str, seen: &mut BTreeSet<String>) -> Result<String, EntryError> {
    let id = non_empty_id(id)?;
    if seen.insert(id.clone()) {
        Ok(id)
    } else {
        Err(EntryError::DuplicateId(id))
    }
}

fn known_region(id: &str, regions: &[Region]) -> Result<RegionId, EntryError> {
    regions
        .iter()
        .find(|r| r.id.0 == id.trim())
        .map(|r| r.id.clone())
        .ok_or_else(|| EntryError::UnknownRegion(id.to_owned()))
}

pub(crate) fn instant(field: &'static str, value: &str) -> Result<DateTime<Utc>, EntryError> {
    DateTime::parse_from_rfc3339(value.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| EntryError::BadInstant {
            field,
            value: value.to_owned(),
        })
}

fn local_date(field: &'static str, value: &str) -> Result<NaiveDate, EntryError> {
    parse_date(value.trim()).ok_or_else(|| EntryError::BadLocal {
        field,
        value: value.to_owned(),
        expected: "YYYY-MM-DD",
    })
}

impl RegionId {
    /// For feeds that have no regions of their own (Statuspage).
    pub(crate) fn new_unchecked(id: &str) -> RegionId {
        RegionId(id.to_owned())
    }
}
