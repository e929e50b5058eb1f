//! The schedule of a loaded feed, in the display zone: the next window with
//! its countdown, filters, the windows by day, and recent maintenance.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::locale::TimeFormatter;
use crate::components::app::Loaded;
use crate::components::calendar_links::CalendarAll;
use crate::components::window_item::CalendarContext;
use crate::components::{
    next_window::NextWindow,
    notices::SkippedNotice,
    region_filter::RegionFilter,
    tenant_field::TenantField,
    window_list::{RecentList, WindowList},
};
use crate::domain::display::{listing_of, ListingOptions, Source};
use crate::domain::feed::Feed;
use crate::domain::schedule::Occurrence;
use crate::domain::zone::Zone;

/// The loaded feed is what the views of every listing read: shared, never
/// copied.
impl Source for Loaded {
    fn feed(&self) -> &Feed {
        &self.data.feed
    }

    fn occurrences(&self) -> &[Occurrence] {
        &self.schedule.occurrences
    }
}

#[component]
pub fn ScheduleView(
    loaded: Arc<Loaded>,
    now: Signal<DateTime<Utc>>,
    zone: Signal<Zone>,
    locale: String,
    /// The region chips pressed and the visitor's tenant: owned by the
    /// page, so they outlive this view when a refresh brings new data.
    regions: RwSignal<Vec<String>>,
    tenant: RwSignal<Option<String>>,
) -> impl IntoView {
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
        now,
    };
    let shown = Memo::new(move |_| {
        let opts = ListingOptions {
            regions: regions.get(),
            tenant: tenant.get(),
            horizon_days,
        };
        listing_of(&source, zone.get(), now.get(), &opts)
    });
    let listed = Signal::derive(move || {
        shown.with(|l| {
            l.upcoming
                .iter()
                .flat_map(|g| g.windows.iter().cloned())
                .collect::<Vec<_>>()
        })
    });
    let formatter = Arc::new(TimeFormatter::new(&locale));
    let fmt = formatter.clone();

    view! {
        <SkippedNotice count=skipped shortened/>
        <NextWindow next=Signal::derive(move || shown.with(|l| l.next.clone())) now formatter=formatter.clone()/>
        <div class="toolbar">
            <RegionFilter regions=regions_of_feed selected=regions/>
            {has_tenant_slots.then(|| view! { <TenantField tenant/> })}
            <CalendarAll windows=listed feed=calendar.feed.clone() title=calendar.title.clone() now/>
        </div>
        {move || {
            let l = shown.get();
            view! {
                <WindowList groups=l.upcoming horizon_days formatter=fmt.clone() calendar=calendar.clone()/>
                <RecentList windows=l.recent formatter=fmt.clone()/>
            }
        }}
    }
}
