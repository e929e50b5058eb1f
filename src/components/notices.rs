//! Notices about what the page could not show.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::locale::TimeFormatter;
use crate::components::app::Trouble;
use crate::domain::display::{shortened_notice, skipped_notice, TimeView};
use crate::domain::i18n::{around, fill, t, tf};
use crate::domain::refresh::age_words;
use crate::domain::zone::Zone;

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
/// schedule, from when, and why; the page keeps trying on its own.
#[component]
pub fn StaleNotice(
    trouble: Trouble,
    fetched_at: DateTime<Utc>,
    now: Signal<DateTime<Utc>>,
    zone: Signal<Zone>,
    locale: String,
    on_retry: Callback<()>,
) -> impl IntoView {
    let formatter = TimeFormatter::new(&locale);
    let when = move || {
        let at = TimeView::new(zone.get(), fetched_at);
        view! { <time datetime=at.datetime>{formatter.date_time(&at.wall)}</time> }
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
            let age = age_words(fetched_at, now.get());
            fill(&s, &[("age", &age), ("error", &error)])
        }
    };
    view! {
        <div class="notice stale" role="status" data-notice="stale" data-reason=reason>
            <p>{part(before)}{when}{part(after)}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>{t("Try again now")}</button>
        </div>
    }
}
