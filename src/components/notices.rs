//! Notices about what the page could not show.

use leptos::prelude::*;

use crate::domain::display::skipped_notice;

/// "2 entries in the feed could not be shown" (the reasons are in the console).
#[component]
pub fn SkippedNotice(count: usize) -> impl IntoView {
    (count > 0).then(|| {
        view! {
            <p class="notice" role="note" data-notice="skipped">
                {skipped_notice(count)}
                " The details are in the browser console."
            </p>
        }
    })
}
