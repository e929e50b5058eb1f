//! The schedule of a loaded feed, in the display zone: the next window with
//! its countdown, filters, the windows by day, and recent maintenance.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{location, viewport};
use crate::components::calendar_links::CalendarAll;
use crate::components::page_data::{use_page_data, Loaded};
use crate::components::window_item::CalendarContext;
use crate::components::{
    next_window::NextWindow,
    notices::SkippedNotice,
    region_filter::RegionFilter,
    tenant_field::TenantField,
    window_list::{RecentList, ShowMore, WindowList},
};
use crate::domain::display::{
    drawn_to, first_windows, listing_of, ListingOptions, Source, DRAWN_AT_ONCE,
};

#[component]
pub fn ScheduleView(
    loaded: Arc<Loaded>,
    /// The region chips pressed and the visitor's tenant: owned by the
    /// page, so they outlive this view when a refresh brings new data.
    regions: RwSignal<Vec<String>>,
    tenant: RwSignal<Option<String>>,
) -> impl IntoView {
    let page = use_page_data();
    let (now, zone) = (page.now, page.zone);
    let Loaded { data, schedule } = &*loaded;
    let feed = data.feed.clone();
    let skipped = feed.skipped.len() + schedule.skipped.len();
    let shortened = feed.shortened;
    let has_tenant_slots = schedule
        .occurrences
        .iter()
        .any(|o| !o.tenant_slots.is_empty());
    let horizon_days = data.config.horizon_days;
    let regions_of_feed = data.feed.regions.clone();
    // Regions this feed does not have (from `?region=`) press no chip.
    regions
        .update_untracked(|r| r.retain(|id| regions_of_feed.iter().any(|g| g.id.as_str() == id)));
    let source: Arc<dyn Source> = loaded.clone();
    let calendar = CalendarContext {
        feed: feed.clone(),
        title: Arc::from(data.config.title.as_str()),
    };
    let shown = Memo::new(move |_| {
        let opts = ListingOptions {
            regions: regions.get(),
            tenant: tenant.get(),
            horizon_days,
        };
        listing_of(&source, zone.get(), now.get(), &opts)
    });

    // A link to a window (`#<window id>`) draws the list down to it, then
    // scrolls to it.
    let linked = location::hash().get(1..).unwrap_or_default().to_owned();
    let to = shown.with_untracked(|l| drawn_to(&l.upcoming, &linked));
    let drawn = RwSignal::new(to.unwrap_or(DRAWN_AT_ONCE));
    if to.is_some() {
        leptos::task::spawn_local(async move { viewport::scroll_to_window(&linked) });
    }

    view! {
        <SkippedNotice count=skipped shortened/>
        <NextWindow listing=shown/>
        <div class="toolbar">
            <RegionFilter regions=regions_of_feed selected=regions/>
            {has_tenant_slots.then(|| view! { <TenantField tenant/> })}
            <CalendarAll listing=shown feed=calendar.feed.clone() title=calendar.title.clone()/>
        </div>
        {move || {
            let l = shown.get();
            let (groups, left) = first_windows(l.upcoming, drawn.get());
            view! {
                <WindowList groups horizon_days calendar=calendar.clone()/>
                <ShowMore left drawn/>
                <RecentList windows=l.recent/>
            }
        }}
    }
}
