//! One window: what, where, when (in the display zone) and how long.

use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::locale::TimeFormatter;
use crate::domain::display::{status_label, WindowView};
use crate::domain::feed::WindowStatus;

#[component]
pub fn WindowItem(view: WindowView, formatter: Rc<TimeFormatter>) -> impl IntoView {
    let cancelled = view.status == WindowStatus::Cancelled;
    let start_text = formatter.date_time(&view.start.wall);
    let end_text = if view.ends_same_day {
        formatter.time(&view.end.wall)
    } else {
        formatter.date_time(&view.end.wall)
    };
    let activities = (!view.activities.is_empty()).then(|| {
        view! {
            <ul class="activities">
                {view.activities.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <li
            class="window"
            class:cancelled=cancelled
            data-window-id=view.id
            data-status=view.status.as_str()
            data-region=view.region_id
        >
            <div class="window-head">
                <h3 class="window-title" data-field="title">{view.title}</h3>
                <span class="status-badge" data-field="status">{status_label(view.status)}</span>
            </div>
            <p class="when">
                <time data-role="start" datetime=view.start.datetime>{start_text}</time>
                " – "
                <time data-role="end" datetime=view.end.datetime>{end_text}</time>
                <span class="duration">" (" {view.duration} ")"</span>
            </p>
            <p class="meta">
                <span data-field="region">{view.region_name}</span>
                {view.kind.map(|k| view! { " · " <span data-field="kind">{k}</span> })}
            </p>
            {view.downtime.map(|d| view! { <p class="downtime" data-field="downtime">{d}</p> })}
            {view.description.map(|d| view! { <p class="description">{d}</p> })}
            {activities}
        </li>
    }
}
