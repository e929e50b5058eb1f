//! Statuspage documents (`/api/v2/scheduled-maintenances/upcoming.json`,
//! `summary.json`): any bytes through `parse_feed`; a document that takes the
//! Statuspage branch must give the one-region feed the contract describes,
//! then goes through the same pipeline as our own feed.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use maintenance_window::domain::{feed::parse_feed, statuspage::REGION_ID, zone::Zone};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = parse_feed(text);
    let doc = serde_json::from_str::<Value>(text).ok();
    // The branch parse_feed takes: an object with a `scheduled_maintenances`
    // array and no `feed_version`.
    let maintenances = doc
        .as_ref()
        .filter(|d| d.get("feed_version").is_none())
        .and_then(|d| d.get("scheduled_maintenances"))
        .and_then(Value::as_array);
    if let Some(items) = maintenances {
        let feed = parsed.as_ref().expect("a Statuspage document is a feed");
        assert_eq!(feed.regions.len(), 1);
        assert_eq!(feed.regions[0].id.as_str(), REGION_ID);
        assert_eq!(feed.regions[0].zone, Zone::UTC);
        assert!(feed.recurring.is_empty());
        assert!(feed.windows.len() <= items.len());
        assert!(feed.windows.len() + feed.skipped.len() >= items.len());
        assert!(feed.windows.iter().all(|w| w.region.as_str() == REGION_ID));
        assert!(feed.windows.iter().all(|w| w.tenant_slots.is_empty()));
    }
    if let Ok(feed) = parsed {
        common::check_feed(&feed);
    }
});
