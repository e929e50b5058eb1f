//! Staying informed: when the schedule was last updated, and a calendar the
//! visitor subscribes to once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;
use crate::components::page_data::{use_page_data, Status};
use crate::domain::display::{webcal, TimeView};
use crate::domain::i18n::{around, fill, t};
use crate::domain::refresh::age_words;

/// "Schedule updated Thu 26 Nov, 12:00 (5 min ago)": the feed's
/// `generated_at`, else when the page fetched it, in the display zone.
#[component]
pub fn UpdatedLine() -> impl IntoView {
    let page = use_page_data();
    let at = move || {
        page.status.with(|s| match s {
            Status::Loaded(l) => l.data.feed.generated_at.or_else(|| page.fetched_at.get()),
            _ => None,
        })
    };
    // The line is there from the start (empty while loading), so filling it
    // moves nothing below.
    view! {
        <p class="updated" data-updated=move || at().map(|at| at.to_rfc3339())>
            {move || {
                at().map(|at| {
                    let time = TimeView::new(page.zone.get(), at);
                    // The <time> element goes where the message has {time}.
                    let (before, after) = around(&t("Schedule updated {time} ({age})"), "time");
                    let part = |s: String| move || fill(&s, &[("age", &age_words(at, page.now.get()))]);
                    view! {
                        {part(before)}
                        <time datetime=time.datetime>{page.date_time(&time.wall)}</time>
                        {part(after)}
                    }
                })
            }}
        </p>
    }
}

/// "Subscribe in your calendar": a `webcal:` link, the address to copy, and
/// how to add it to Google Calendar (which takes the https address); and,
/// when the deployment has one, the Atom feed for feed readers.
#[component]
pub fn CalendarSubscribe(url: String, atom: Option<String>) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let to_copy = url.clone();
    let copy = move |_| {
        let url = to_copy.clone();
        spawn_local(async move {
            copied.try_set(Some(if clipboard::copy_text(&url).await {
                t("Address copied")
            } else {
                t("Copy the address from the field")
            }));
        });
    };
    let link = webcal(&url);
    view! {
        <section class="calendar-subscribe" aria-labelledby="calendar-heading" data-calendar-url=url.clone()>
            <h2 id="calendar-heading">{t("Add the schedule to your calendar")}</h2>
            <p>{t("Subscribe once: your calendar app keeps the windows up to date by itself.")}</p>
            <p class="calendar-actions">
                <a class="button" href=link data-action="webcal">{t("Subscribe in your calendar")}</a>
                <button type="button" class="link-button" data-action="copy-calendar-url" on:click=copy>{t("Copy address")}</button>
                <span role="status">{move || copied.get()}</span>
            </p>
            <p>
                <label for="calendar-url">{t("Calendar address")}</label>
                <input id="calendar-url" type="url" readonly value=url.clone()/>
            </p>
            <p class="hint">{t("In Google Calendar: Other calendars, +, From URL, then paste the address.")}</p>
            {atom.map(|href| view! {
                <p class="atom-link">
                    <a href=href type="application/atom+xml" data-action="atom">{t("Follow in a feed reader (Atom)")}</a>
                </p>
            })}
        </section>
    }
}
