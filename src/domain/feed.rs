//! The status feed (docs/feed-format.md, "The status feed"): parsing and per-entry validation.
//!
//! A document that is not a feed at all is one [`FeedError`]. Inside a feed,
//! each region, window and rule is checked on its own: an invalid entry is
//! left out with its reason in [`Feed::skipped`], and the rest stays.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::Value;

use super::feed_model::{entries_of, instant};
// `domain::faq` reads its loose JSON with it too.
pub(crate) use super::feed_model::text;
pub use super::feed_model::{
    is_web_url, Details, EntryError, Feed, FeedError, OneOffWindow, RecurringRule, Region,
    RegionId, Service, Skipped, Subscribe, TenantSlot, WindowId, WindowStatus, FEED_VERSION,
    MAX_ENTRIES, MAX_FEED_BYTES, MAX_TEXT_CHARS,
};
use super::recurrence::RRule;
use super::statuspage;
use super::zone::{parse_date, parse_time, Zone};

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

fn region(item: &Value, seen: &mut BTreeSet<String>) -> Result<Region, EntryError> {
    let id = unique_id(field(item, "id")?, seen)?;
    let zone = Zone::parse(field(item, "time_zone")?)?;
    let name = text(item, "name").map_or_else(|| id.clone(), str::to_owned);
    Ok(Region {
        id: RegionId::new(id),
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
/// rule's id from the date in its occurrences' ids (docs/feed-format.md, "Markup that tests and embedders rely on"), so that a
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
        .find(|r| r.id.as_str() == id.trim())
        .map(|r| r.id.clone())
        .ok_or_else(|| EntryError::UnknownRegion(id.to_owned()))
}

fn local_date(field: &'static str, value: &str) -> Result<NaiveDate, EntryError> {
    parse_date(value.trim()).ok_or_else(|| EntryError::BadLocal {
        field,
        value: value.to_owned(),
        expected: "YYYY-MM-DD",
    })
}
