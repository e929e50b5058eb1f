//! The list of windows, soonest first, or a plain "nothing scheduled".

use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::locale::TimeFormatter;
use crate::components::window_item::WindowItem;
use crate::domain::display::WindowView;

#[component]
pub fn WindowList(views: Vec<WindowView>, horizon_days: u32, locale: String) -> impl IntoView {
    if views.is_empty() {
        return view! {
            <p class="empty" data-empty="">
                {format!("No maintenance is scheduled in the next {horizon_days} days.")}
            </p>
        }
        .into_any();
    }
    let formatter = Rc::new(TimeFormatter::new(&locale));
    view! {
        <ol class="window-list">
            {views.into_iter().map(|view| view! { <WindowItem view formatter=formatter.clone()/> }).collect_view()}
        </ol>
    }
    .into_any()
}
