//! Notices about what the page could not show.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::components::page_data::{use_page_data, Page, Status};
use crate::domain::display::{shortened_notice, skipped_notice, TimeView};
use crate::domain::i18n::{around, fill, t, tf};
use crate::domain::page_state::Trouble;
use crate::domain::refresh::age_words;

/// "2 entries in the feed could not be shown" (the reasons are in the
/// console), and how many over-long texts were cut.
#[component]
pub fn SkippedNotice(count: usize, shortened: usize) -> impl IntoView {
    view! {
        {(count > 0).then(|| {
            view! {
                <p class="notice" role="note" data-notice="skipped">
                    {tf("{notice} The details are in the browser console.", &[("notice", &skipped_notice(count))])}
                </p>
            }
        })}
        {(shortened > 0).then(|| {
            view! { <p class="notice" role="note" data-notice="shortened">{shortened_notice(shortened)}</p> }
        })}
    }
}

/// The feed could not be fetched again: what is shown is the last good
/// schedule, from when, and why; the page keeps trying on its own. Nothing
/// while the data is fresh.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let page = use_page_data();
    move || {
        let trouble = page.trouble.get()?;
        let at = page.fetched_at.get()?;
        page.status
            .with(|s| matches!(s, Status::Loaded(_)))
            .then(|| stale_notice(page, trouble, at))
    }
}

fn stale_notice(page: Page, trouble: Trouble, fetched_at: DateTime<Utc>) -> impl IntoView {
    let when = move || {
        let at = TimeView::new(page.zone.get(), fetched_at);
        view! { <time datetime=at.datetime>{page.date_time(&at.wall)}</time> }
    };
    let reason = trouble.error.reason();
    let error = trouble.error.to_string();
    // The <time> element goes where the message has {when}.
    let (before, after) = around(
        &t("Showing the schedule as last updated {when} ({age}). {error}. The page keeps trying."),
        "when",
    );
    let part = |s: String| {
        let error = error.clone();
        move || {
            let age = age_words(fetched_at, page.now.get());
            fill(&s, &[("age", &age), ("error", &error)])
        }
    };
    view! {
        <div class="notice stale" role="status" data-notice="stale" data-reason=reason>
            <p>{part(before)}{when}{part(after)}</p>
            <button type="button" class="button" on:click=move |_| page.retry_now()>{t("Try again now")}</button>
        </div>
    }
}
