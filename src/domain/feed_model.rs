//! What a feed is, whichever document it was read from: the types our own
//! feed ([`super::feed`]) and a Statuspage document ([`super::statuspage`])
//! are both turned into, and the accessors for loose JSON both readers use.
//! A module of its own so that neither reader depends on the other (the
//! public paths stay `domain::feed::…`, which re-exports these).

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde_json::Value;

use super::recurrence::{RRule, RRuleError};
use super::zone::{UnknownZone, Zone};

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
    /// `<recurring id>/<YYYY-MM-DD>` (docs/feed-format.md, "Markup that tests and embedders rely on").
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

pub(crate) fn instant(field: &'static str, value: &str) -> Result<DateTime<Utc>, EntryError> {
    DateTime::parse_from_rfc3339(value.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| EntryError::BadInstant {
            field,
            value: value.to_owned(),
        })
}

impl RegionId {
    /// Only the readers make one: ours once the id is known to be unique
    /// among the feed's regions, Statuspage's for the one region it gets.
    pub(crate) fn new(id: String) -> RegionId {
        RegionId(id)
    }
}
