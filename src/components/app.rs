//! The page: settings and feed loaded at start-up, a clock that wakes at the
//! next window boundary (or once a minute), and the schedule in the display
//! zone the visitor chose.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::storage::{self, Store};
use crate::browser::subscribe::endpoint;
use crate::browser::{clock, embed, http, locale, location};
use crate::components::{
    faq::{Faq, FaqSource},
    load_error::LoadErrorPanel,
    schedule::ScheduleView,
    skeleton::Skeleton,
    subscribe_form::SubscribeForm,
    widget::Widget,
    zone_picker::ZonePicker,
};
use crate::domain::config::DEFAULT_TITLE;
use crate::domain::countdown::next_wake;
use crate::domain::display::{boundaries, page_schedule};
use crate::domain::faq::figures;
use crate::domain::load::LoadError;
use crate::domain::schedule::Schedule;
use crate::domain::zone::{browser_display_zone, pick_display_zone};

/// A loaded feed and its occurrences from the recent past to the horizon,
/// computed once per load.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub data: http::PageData,
    pub schedule: Schedule,
}

impl Loaded {
    pub fn new(data: http::PageData, now: DateTime<Utc>) -> Loaded {
        let schedule = page_schedule(&data.feed, now, data.config.horizon_days);
        for skipped in &schedule.skipped {
            web_sys::console::warn_1(&format!("feed entry left out: {skipped}").into());
        }
        Loaded { data, schedule }
    }
}

/// Where the page's data is.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Loading,
    Loaded(Box<Loaded>),
    Failed(LoadError),
}

#[component]
pub fn App() -> impl IntoView {
    embed::apply_theme(location::query("theme").as_deref());
    let browser_zone_name = locale::browser_zone_name();
    let browser = browser_display_zone(browser_zone_name.as_deref());
    let picked = pick_display_zone(
        location::query("tz").as_deref(),
        storage::get(Store::Local, "zone").as_deref(),
        browser_zone_name.as_deref(),
    );
    let zone = RwSignal::new(picked.zone);
    let zone_note = RwSignal::new(picked.note);
    let locale = locale::browser_locale();
    let status = RwSignal::new(Status::Loading);
    let now = RwSignal::new(clock::now());

    let load = move || {
        status.set(Status::Loading);
        spawn_local(async move {
            let next = match http::load_page_data().await {
                Ok(data) => Status::Loaded(Box::new(Loaded::new(data, clock::now()))),
                Err(e) => {
                    web_sys::console::error_1(&e.to_string().into());
                    Status::Failed(e)
                }
            };
            now.set(clock::now());
            status.set(next);
        });
    };
    load();

    // The clock sleeps until the next start or end, or a minute at most; each
    // wake moves `now`, which re-arms it.
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let current = now.get();
        let bounds = status.with(|s| match s {
            Status::Loaded(l) => boundaries(&l.schedule.occurrences),
            _ => Vec::new(),
        });
        let wait = next_wake(bounds, current)
            .to_std()
            .unwrap_or(std::time::Duration::from_secs(60));
        if let Some(old) = timer.try_update_value(Option::take).flatten() {
            old.clear();
        }
        timer.set_value(set_timeout_with_handle(move || now.set(clock::now()), wait).ok());
    });

    let title = move || match &*status.read() {
        Status::Loaded(l) => l.data.config.title.clone(),
        _ => DEFAULT_TITLE.to_owned(),
    };
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title());
        }
    });

    let state = move || match &*status.read() {
        Status::Loading => "loading",
        Status::Loaded(_) => "loaded",
        Status::Failed(_) => "error",
    };
    let (list_locale, widget_locale, form_locale) = (locale.clone(), locale.clone(), locale);
    let body = move || {
        match status.get() {
        Status::Loading => view! { <Skeleton/> }.into_any(),
        Status::Failed(error) => view! { <LoadErrorPanel error on_retry=Callback::new(move |_| load())/> }.into_any(),
        Status::Loaded(loaded) => view! {
            <ScheduleView
                loaded=*loaded
                now=now.into()
                zone=zone.into()
                locale=list_locale.clone()
                initial_regions=location::query_list("region")
                initial_tenant=location::query("tenant").or_else(|| storage::get(Store::Local, "tenant"))
            />
        }
        .into_any(),
    }
    };

    if location::query("view").as_deref() == Some("widget") {
        return view! { <Widget status now=now.into() zone=zone.into() locale=widget_locale/> }
            .into_any();
    }

    // The subscription form, once the feed is loaded and names an endpoint
    // (config.json's subscribe_url, else the feed's).
    let form = move || {
        status.with(|s| match s {
            Status::Loaded(l) => endpoint(&l.data).map(|endpoint| {
                view! { <SubscribeForm endpoint regions=l.data.feed.regions.clone() zone locale=form_locale.clone()/> }
            }),
            _ => None,
        })
    };
    // The FAQ quotes the loaded feed's figures; its text is fetched later.
    let faq = move || {
        status.with(|s| match s {
            Status::Loaded(l) => Some(view! {
                <Faq source=FaqSource {
                    config_url: l.data.config_url.clone(),
                    faq_url: l.data.config.faq_url.clone(),
                    figures: figures(&l.data.feed),
                    status_url: l.data.feed.service.status_url.clone(),
                }/>
            }),
            _ => None,
        })
    };
    view! {
        <main class="app">
            <header class="page-header">
                <h1>{title}</h1>
                <ZonePicker zone note=zone_note browser_zone=browser.zone/>
            </header>
            {move || zone_note.get().map(|note| view! { <p class="notice" role="note" data-notice="zone-fallback">{note}</p> })}
            <section id="upcoming" aria-labelledby="upcoming-heading" data-state=state>
                <h2 id="upcoming-heading">"Upcoming maintenance"</h2>
                {body}
            </section>
            {form}
            {faq}
        </main>
    }
    .into_any()
}
