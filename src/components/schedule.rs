//! The schedule of a loaded feed, in the display zone.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::components::{notices::SkippedNotice, window_list::WindowList};
use crate::domain::display::window_views;
use crate::domain::feed::Feed;
use crate::domain::schedule::upcoming;
use crate::domain::zone::Zone;

#[component]
pub fn ScheduleView(
    feed: Feed,
    zone: Zone,
    now: DateTime<Utc>,
    horizon_days: u32,
    locale: String,
) -> impl IntoView {
    let schedule = upcoming(&feed, now, horizon_days);
    for skipped in &schedule.skipped {
        web_sys::console::warn_1(&format!("feed entry left out: {skipped}").into());
    }
    let views = window_views(&schedule.occurrences, &feed, zone, now);
    view! {
        <SkippedNotice count=feed.skipped.len() + schedule.skipped.len()/>
        <WindowList views horizon_days locale/>
    }
}
