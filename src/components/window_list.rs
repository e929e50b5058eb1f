//! Upcoming windows by local day, soonest first, and recent maintenance.

use chrono::Datelike;
use leptos::prelude::*;

use crate::components::page_data::use_page_data;
use crate::components::window_item::{CalendarContext, WindowItem};
use crate::domain::display::{DayGroup, Wall, WindowView};
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

/// Completed windows of the last 30 days, collapsed.
#[component]
pub fn RecentList(windows: Vec<WindowView>) -> impl IntoView {
    (!windows.is_empty()).then(|| {
        view! {
            <details class="recent">
                <summary>{tf("Recent maintenance ({count})", &[("count", &windows.len().to_string())])}</summary>
                <ol class="recent-list">
                    {windows.into_iter().map(|view| view! { <WindowItem view calendar=None/> }).collect_view()}
                </ol>
            </details>
        }
    })
}
