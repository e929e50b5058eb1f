//! Our feed (v1, docs/feed-format.md, "The status feed"): any bytes through `parse_feed`, then, for a
//! feed it accepts, the schedule (recurring rules expanded), the listing and
//! the calendar export (see `common::check_feed`).

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use maintenance_window::domain::feed::{parse_feed, FeedError, FEED_VERSION};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = parse_feed(text);
    let doc = serde_json::from_str::<Value>(text).ok();
    let version = doc
        .as_ref()
        .and_then(|d| d.get("feed_version"))
        .and_then(Value::as_u64);
    match (&parsed, version) {
        // A newer feed is one clear error, never a half-read feed.
        (_, Some(v)) if v > FEED_VERSION => {
            assert!(matches!(parsed, Err(FeedError::UnsupportedVersion(n)) if n == v))
        }
        // A v1 object is always a feed: bad entries are left out, never fatal.
        (_, Some(FEED_VERSION)) => assert!(parsed.is_ok(), "{parsed:?}"),
        _ => {}
    }
    let Ok(feed) = parsed else {
        return;
    };
    if version == Some(FEED_VERSION) {
        // Each entry is kept or left out with its reason.
        let doc = doc.as_ref().expect("parsed above");
        let len = |key: &str| doc.get(key).and_then(Value::as_array).map_or(0, Vec::len);
        assert!(feed.regions.len() <= len("regions"));
        assert!(feed.windows.len() <= len("windows"));
        assert!(feed.recurring.len() <= len("recurring"));
        let entries = len("regions") + len("windows") + len("recurring");
        let kept = feed.regions.len() + feed.windows.len() + feed.recurring.len();
        assert!(
            kept + feed.skipped.len() >= entries,
            "an entry vanished without a reason"
        );
    }
    common::check_feed(&feed);
});
