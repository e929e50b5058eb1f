//! Upcoming windows by local day, soonest first, and recent maintenance.

use chrono::Datelike;
use leptos::prelude::*;

use crate::components::page_data::use_page_data;
use crate::components::window_item::{CalendarContext, WindowItem};
use crate::domain::display::{DayGroup, Wall, WindowView, DRAWN_AT_ONCE};
use crate::domain::i18n::{tf, tn};

#[component]
pub fn WindowList(
    groups: Vec<DayGroup>,
    horizon_days: u32,
    calendar: CalendarContext,
) -> impl IntoView {
    if groups.is_empty() {
        return view! {
            <p class="empty" data-empty="">
                {tn("No maintenance is scheduled in the next {n} day.", "No maintenance is scheduled in the next {n} days.", horizon_days.into())}
            </p>
        }
        .into_any();
    }
    let page = use_page_data();
    groups
        .into_iter()
        .map(|g| {
            let wall = Wall {
                year: g.date.year(),
                month: g.date.month(),
                day: g.date.day(),
                hour: 0,
                minute: 0,
            };
            let heading = page.date(&wall);
            let calendar = calendar.clone();
            view! {
                <div class="day-group" data-day=g.date.to_string()>
                    <h3 class="day-heading">
                        {heading}
                        {g.relative.map(|r| view! { <span class="relative">" · " {r}</span> })}
                    </h3>
                    <ol class="window-list">
                        {g.windows.into_iter().map(|view| view! {
                            <WindowItem view calendar=Some(calendar.clone())/>
                        }).collect_view()}
                    </ol>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

/// "Show {n} more" while `left` windows are not drawn: draws as many again.
#[component]
pub fn ShowMore(left: usize, drawn: RwSignal<usize>) -> impl IntoView {
    (left > 0).then(|| {
        view! {
            <button type="button" class="link-button" data-action="show-more" on:click=move |_| drawn.update(|n| *n += DRAWN_AT_ONCE)>
                {tf("Show {n} more", &[("n", &left.min(DRAWN_AT_ONCE).to_string())])}
            </button>
        }
    })
}

/// Completed windows of the last 30 days, most recent first, collapsed:
/// drawn like the upcoming list, a screenful at a time, so a feed with
/// hundreds of regions does not put thousands of hidden items in the page.
#[component]
pub fn RecentList(windows: Vec<WindowView>) -> impl IntoView {
    let count = windows.len();
    let drawn = RwSignal::new(DRAWN_AT_ONCE);
    (count > 0).then(|| {
        let windows = StoredValue::new_local(windows);
        view! {
            <details class="recent">
                <summary>{tf("Recent maintenance ({count})", &[("count", &count.to_string())])}</summary>
                {move || {
                    let n = drawn.get();
                    view! {
                        <ol class="recent-list">
                            {windows.with_value(|w| w.iter().take(n).cloned().map(|view| view! { <WindowItem view calendar=None/> }).collect_view())}
                        </ol>
                        <ShowMore left=count.saturating_sub(n) drawn/>
                    }
                }}
            </details>
        }
    })
}
