//! The clock: `Date.now()` (which end-to-end tests fix with Playwright).

use chrono::{DateTime, Utc};

pub fn now() -> DateTime<Utc> {
    // Date.now() is a finite number of milliseconds in every browser.
    let ms = js_sys::Date::now();
    DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}
