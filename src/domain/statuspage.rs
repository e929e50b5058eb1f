//! Statuspage-style documents (`/api/v2/scheduled-maintenances/upcoming.json`
//! or `/api/v2/summary.json`), shown like our own feed (docs/feed-format.md, "The status feed").
//!
//! Read with `Value` accessors rather than derived deserializers: the shape
//! is loose (nulls everywhere) and it costs less wasm.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::feed_model::{
    entries_of, instant, is_web_url, text, Details, EntryError, Feed, OneOffWindow, Region,
    RegionId, Service, WindowStatus,
};
use super::zone::Zone;

/// The one region such a feed gets: Statuspage has no regions or zones.
pub const REGION_ID: &str = "all";

pub(crate) fn is_statuspage(obj: &Map<String, Value>) -> bool {
    obj.get("scheduled_maintenances")
        .is_some_and(Value::is_array)
}

/// The non-blank `key` of each object in the array `v[list]`.
fn texts<'a>(v: &'a Value, list: &str, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    v.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(move |item| text(item, key))
}

pub(crate) fn to_feed(obj: &Map<String, Value>) -> Feed {
    let page = obj.get("page").unwrap_or(&Value::Null);
    let name = text(page, "name").map(str::to_owned);
    let region = Region {
        id: RegionId::new(REGION_ID.to_owned()),
        name: name.clone().unwrap_or_else(|| "All services".to_owned()),
        zone: Zone::UTC,
    };
    let mut skipped = Vec::new();
    // Ids must be unique, as in our own feed: two occurrences with one id
    // would share a `data-window-id`, a list key and a calendar UID.
    let mut seen = BTreeSet::new();
    let windows = entries_of(obj, "scheduled_maintenances", &mut skipped, |raw| {
        let window = maintenance(raw, &region.id)?;
        if seen.insert(window.id.clone()) {
            Ok(window)
        } else {
            Err(EntryError::DuplicateId(window.id))
        }
    });
    Feed {
        service: Service {
            name,
            status_url: text(page, "url")
                .filter(|u| is_web_url(u))
                .map(str::to_owned),
        },
        generated_at: text(page, "updated_at").and_then(|s| instant("updated_at", s).ok()),
        regions: vec![region],
        windows,
        skipped,
        ..Feed::default()
    }
}

fn maintenance(raw: &Value, region: &RegionId) -> Result<OneOffWindow, EntryError> {
    let id = text(raw, "id").ok_or(EntryError::EmptyId)?;
    let start = instant(
        "scheduled_for",
        text(raw, "scheduled_for").unwrap_or_default(),
    )?;
    let end = instant(
        "scheduled_until",
        text(raw, "scheduled_until").unwrap_or_default(),
    )?;
    if end <= start {
        return Err(EntryError::EndNotAfterStart);
    }
    Ok(OneOffWindow {
        id: id.to_owned(),
        region: region.clone(),
        start,
        end,
        status: text(raw, "status").and_then(WindowStatus::parse),
        details: Details {
            title: text(raw, "name").unwrap_or(id).to_owned(),
            kind: text(raw, "impact")
                .filter(|i| *i != "none")
                .map(str::to_owned),
            expected_downtime_minutes: None,
            description: latest_body(raw).map(str::to_owned),
            activities: texts(raw, "components", "name")
                .map(str::to_owned)
                .collect(),
        },
        tenant_slots: Vec::new(),
    })
}

/// The body of the latest update that has one. Statuspage shows (and its API
/// lists) `incident_updates` newest first by `display_at`, the time printed
/// beside each update, which an admin may set; `created_at` is only when it
/// was typed. So "latest" is the greatest `display_at` (`created_at` when
/// `display_at` is missing or unreadable); on a tie, or without any time,
/// the update listed first wins. Not relying on the order alone keeps a
/// re-sorted or hand-made document right.
fn latest_body(raw: &Value) -> Option<&str> {
    let when = |update: &Value| {
        ["display_at", "created_at"]
            .into_iter()
            .find_map(|key| instant("display_at", text(update, key)?).ok())
    };
    raw.get("incident_updates")?
        .as_array()?
        .iter()
        .filter_map(|update| Some((text(update, "body")?, when(update))))
        // `max_by_key` keeps the last of equal keys: reversed, the first listed.
        .rev()
        .max_by_key(|(_, at)| *at)
        .map(|(body, _)| body)
}
