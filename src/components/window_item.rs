//! One window: what, where, when (in the display zone, and in UTC and the
//! region's own zone), how long, clock changes, the visitor's own slot.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::calendar_links::CalendarLinks;
use crate::components::page_data::use_page_data;
use crate::domain::display::{status_label, TenantView, WindowView};
use crate::domain::feed::WindowStatus;
use crate::domain::i18n::tf;

/// What calendar export needs; absent for windows that have ended.
#[derive(Clone)]
pub struct CalendarContext {
    pub feed: Arc<crate::domain::feed::Feed>,
    pub title: Arc<str>,
}

#[component]
pub fn WindowItem(view: WindowView, calendar: Option<CalendarContext>) -> impl IntoView {
    let cancelled = view.status == WindowStatus::Cancelled;
    let range = view.range();
    let page = use_page_data();
    let (start_text, end_text) = page.range(&range);
    let (utc_start, utc_end) = page.range(&view.utc());
    let (region_start, region_end) = page.range(&view.region_range());
    let (show_utc, show_region_time) = (view.show_utc(), view.show_region_time());
    let region_zone = view.region_zone().name();
    let region_name = view.region_name().to_owned();
    let activities = view.activities();
    let activities = (!activities.is_empty()).then(|| {
        view! {
            <ul class="activities">
                {activities.iter().map(|a| view! { <li><bdi>{a.clone()}</bdi></li> }).collect_view()}
            </ul>
        }
    });
    let warnings = view.warnings();
    let warnings = (!warnings.is_empty()).then(|| {
        view! {
            <ul class="clock-warnings" data-clock-change="">
                {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <li
            class="window"
            class:cancelled=cancelled
            data-window-id=view.id().to_owned()
            data-status=view.status.as_str()
            data-region=view.region_id().to_owned()
        >
            <div class="window-head">
                <h4 class="window-title" data-field="title"><bdi>{view.title().to_owned()}</bdi></h4>
                <span class="status-badge" data-field="status">{status_label(view.status)}</span>
            </div>
            <p class="when">
                <time data-role="start" datetime=range.start.datetime>{start_text}</time>
                " – "
                <time data-role="end" datetime=range.end.datetime>{end_text}</time>
                <span class="duration">" (" {view.duration()} ")"</span>
            </p>
            <p class="other-clocks">
                {show_utc.then(|| view! {
                    <span data-clock="utc">{tf("UTC: {start} – {end}", &[("start", &utc_start), ("end", &utc_end)])}</span>
                })}
                {(show_utc && show_region_time).then_some(" · ")}
                {show_region_time.then(|| view! {
                    <span data-clock="region">
                        {tf("{start} – {end} in {region} ({zone})", &[("start", &region_start), ("end", &region_end), ("region", &region_name), ("zone", region_zone)])}
                    </span>
                })}
            </p>
            {warnings}
            {view.tenant_slot().map(|slot| view! { <TenantSlotLine tenant_slot=slot/> })}
            <p class="meta">
                <bdi data-field="region">{region_name.clone()}</bdi>
                {view.kind().map(|k| view! { " · " <span data-field="kind">{k}</span> })}
            </p>
            {view.downtime().map(|d| view! { <p class="downtime" data-field="downtime">{d}</p> })}
            {view.description().map(|d| view! { <p class="description"><bdi>{d.to_owned()}</bdi></p> })}
            {activities}
            {calendar.map(|c| view! { <CalendarLinks occurrence=view.occurrence().clone() feed=c.feed title=c.title/> })}
        </li>
    }
}

/// "Your service (acme): 23:40 – 23:55", beside a window or on its card.
#[component]
pub fn TenantSlotLine(tenant_slot: TenantView) -> impl IntoView {
    let (start, end) = use_page_data().range(&tenant_slot.range);
    let text = tf(
        "Your service ({tenant}): {start} – {end}",
        &[
            ("tenant", &tenant_slot.tenant),
            ("start", &start),
            ("end", &end),
        ],
    );
    view! { <p class="tenant-slot" data-tenant-slot=tenant_slot.tenant>{text}</p> }
}
