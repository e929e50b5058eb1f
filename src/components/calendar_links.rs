//! Calendar export: one window as an `.ics` download or a Google Calendar
//! link, or every listed window as one `.ics`.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::{download, location};
use crate::components::page_data::use_page_data;
use crate::domain::display::{Listing, WindowView};
use crate::domain::feed::Feed;
use crate::domain::i18n::t;
use crate::domain::ics::{
    calendar, event_filename, google_calendar_url, uid_domain_for, CalendarOptions,
};
use crate::domain::schedule::Occurrence;

/// Minutes before the start that the calendar reminds.
const REMINDER_MINUTES: u32 = 60;
const ICS_MIME: &str = "text/calendar;charset=utf-8";

/// Builds the calendar text and saves it; a failure is logged (the visitor
/// can still use the Google link).
fn save(occurrences: &[&Occurrence], feed: &Feed, title: &str, filename: &str, now: DateTime<Utc>) {
    let product = format!(
        "-//{}//Maintenance windows//EN",
        feed.service.name.as_deref().unwrap_or("Maintenance")
    );
    let page = location::page_url();
    let domain = uid_domain_for(feed);
    let opts = CalendarOptions {
        product_id: &product,
        calendar_name: title,
        uid_domain: &domain,
        reminder_minutes: REMINDER_MINUTES,
        page_url: page.as_deref(),
        now,
    };
    let text = calendar(occurrences.iter().copied(), feed, &opts);
    if let Err(e) = download::save_text(filename, ICS_MIME, &text) {
        web_sys::console::error_1(&format!("calendar download failed: {e}").into());
    }
}

#[component]
pub fn CalendarLinks(occurrence: Occurrence, feed: Arc<Feed>, title: Arc<str>) -> impl IntoView {
    let now = use_page_data().now;
    let google = google_calendar_url(&occurrence, &feed);
    let filename = event_filename(&occurrence);
    let on_click = move |_| {
        save(
            &[&occurrence],
            &feed,
            &title,
            &filename,
            now.get_untracked(),
        )
    };
    view! {
        <p class="calendar-links">
            {t("Add to calendar:")} " "
            <button type="button" class="link-button" data-action="ics" on:click=on_click>{t(".ics file")}</button>
            " · "
            <a href=google target="_blank" rel="noopener noreferrer" data-action="google-calendar">{t("Google Calendar")}</a>
        </p>
    }
}

/// "Download all (.ics)": every upcoming window of the listing (the
/// selected regions).
#[component]
pub fn CalendarAll(listing: Memo<Listing>, feed: Arc<Feed>, title: Arc<str>) -> impl IntoView {
    let now = use_page_data().now;
    let on_click = move |_| {
        listing.with_untracked(|l| {
            let windows: Vec<&Occurrence> = l
                .upcoming
                .iter()
                .flat_map(|g| &g.windows)
                .map(WindowView::occurrence)
                .collect();
            save(
                &windows,
                &feed,
                &title,
                "maintenance-windows.ics",
                now.get_untracked(),
            )
        });
    };
    view! {
        <button type="button" class="button secondary" data-action="ics-all" on:click=on_click
            disabled=move || listing.with(|l| l.upcoming.iter().all(|g| g.windows.is_empty()))>
            {t("Download all as .ics")}
        </button>
    }
}
