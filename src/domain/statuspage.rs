//! Statuspage-style documents (`/api/v2/scheduled-maintenances/upcoming.json`
//! or `/api/v2/summary.json`), shown like our own feed (CONTRACT §2).

use serde::Deserialize;
use serde_json::{Map, Value};

use super::feed::{
    entries_of, instant, is_web_url, Details, EntryError, Feed, OneOffWindow, Region, RegionId,
    Service, WindowStatus,
};
use super::zone::Zone;

/// The one region such a feed gets: Statuspage has no regions or zones.
pub const REGION_ID: &str = "all";

pub(crate) fn is_statuspage(obj: &Map<String, Value>) -> bool {
    obj.get("scheduled_maintenances")
        .is_some_and(Value::is_array)
}

#[derive(Deserialize, Default)]
struct RawPage {
    name: Option<String>,
    url: Option<String>,
    updated_at: Option<String>,
}

#[derive(Deserialize)]
struct RawComponent {
    name: Option<String>,
}

#[derive(Deserialize)]
struct RawUpdate {
    body: Option<String>,
}

#[derive(Deserialize)]
struct RawMaintenance {
    id: String,
    name: Option<String>,
    scheduled_for: Option<String>,
    scheduled_until: Option<String>,
    status: Option<String>,
    impact: Option<String>,
    #[serde(default)]
    components: Option<Vec<RawComponent>>,
    #[serde(default)]
    incident_updates: Option<Vec<RawUpdate>>,
}

pub(crate) fn to_feed(obj: &Map<String, Value>) -> Feed {
    let page = obj
        .get("page")
        .and_then(|v| RawPage::deserialize(v).ok())
        .unwrap_or_default();
    let region = Region {
        id: RegionId::new_unchecked(REGION_ID),
        name: page
            .name
            .clone()
            .unwrap_or_else(|| "All services".to_owned()),
        zone: Zone::UTC,
    };
    let mut skipped = Vec::new();
    let windows = entries_of(
        obj,
        "scheduled_maintenances",
        &mut skipped,
        |raw: RawMaintenance, _| maintenance(raw, &region.id),
    );
    Feed {
        service: Service {
            name: page.name,
            status_url: page.url.filter(|u| is_web_url(u)),
        },
        generated_at: page
            .updated_at
            .as_deref()
            .and_then(|s| instant("updated_at", s).ok()),
        regions: vec![region],
        windows,
        skipped,
        ..Feed::default()
    }
}

fn maintenance(raw: RawMaintenance, region: &RegionId) -> Result<OneOffWindow, EntryError> {
    let start = instant(
        "scheduled_for",
        raw.scheduled_for.as_deref().unwrap_or_default(),
    )?;
    let end = instant(
        "scheduled_until",
        raw.scheduled_until.as_deref().unwrap_or_default(),
    )?;
    if end <= start {
        return Err(EntryError::EndNotAfterStart);
    }
    let activities = raw
        .components
        .unwrap_or_default()
        .into_iter()
        .filter_map(|c| c.name)
        .filter(|n| !n.trim().is_empty())
        .collect();
    // Statuspage lists updates newest first.
    let description = raw
        .incident_updates
        .unwrap_or_default()
        .into_iter()
        .find_map(|u| u.body.filter(|b| !b.trim().is_empty()));
    Ok(OneOffWindow {
        id: raw.id.clone(),
        region: region.clone(),
        start,
        end,
        status: raw.status.as_deref().and_then(WindowStatus::parse),
        details: Details {
            title: raw.name.filter(|n| !n.trim().is_empty()).unwrap_or(raw.id),
            kind: raw.impact.filter(|i| !i.trim().is_empty() && i != "none"),
            expected_downtime_minutes: None,
            description,
            activities,
        },
        tenant_slots: Vec::new(),
    })
}
