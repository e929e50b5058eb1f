//! The page: settings and feed loaded once at start-up, then the schedule.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clock, http, locale};
use crate::components::{load_error::LoadErrorPanel, schedule::ScheduleView, skeleton::Skeleton};
use crate::domain::config::DEFAULT_TITLE;
use crate::domain::display::zone_label;
use crate::domain::load::LoadError;
use crate::domain::zone::Zone;

/// Where the page's data is.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Loading,
    Loaded(http::PageData),
    Failed(LoadError),
}

/// The display zone and why, detected once at start-up.
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayZone {
    pub zone: Zone,
    /// Shown when the browser's zone could not be used.
    pub note: Option<String>,
}

impl DisplayZone {
    pub fn from_browser(name: Option<&str>) -> DisplayZone {
        match name.map(Zone::parse) {
            Some(Ok(zone)) => DisplayZone { zone, note: None },
            Some(Err(e)) => DisplayZone {
                zone: Zone::UTC,
                note: Some(format!("Your browser reports the time zone {:?}, which this page does not know, so times are shown in UTC.", e.0)),
            },
            None => DisplayZone {
                zone: Zone::UTC,
                note: Some("Your browser did not report a time zone, so times are shown in UTC.".to_owned()),
            },
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let display = DisplayZone::from_browser(locale::browser_zone_name().as_deref());
    let locale = locale::browser_locale();
    let status = RwSignal::new(Status::Loading);

    let load = move || {
        status.set(Status::Loading);
        spawn_local(async move {
            let next = match http::load_page_data().await {
                Ok(data) => Status::Loaded(data),
                Err(e) => {
                    web_sys::console::error_1(&e.to_string().into());
                    Status::Failed(e)
                }
            };
            status.set(next);
        });
    };
    load();

    let title = move || match &*status.read() {
        Status::Loaded(data) => data.config.title.clone(),
        _ => DEFAULT_TITLE.to_owned(),
    };
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title());
        }
    });

    let zone = display.zone;
    let zone_note = display.note.clone();
    let state = move || match &*status.read() {
        Status::Loading => "loading",
        Status::Loaded(_) => "loaded",
        Status::Failed(_) => "error",
    };
    let body = move || match status.get() {
        Status::Loading => view! { <Skeleton/> }.into_any(),
        Status::Failed(error) => {
            view! { <LoadErrorPanel error on_retry=Callback::new(move |_| load())/> }.into_any()
        }
        Status::Loaded(data) => {
            let now = clock::now();
            view! {
                <ScheduleView
                    feed=data.feed
                    zone
                    now
                    horizon_days=data.config.horizon_days
                    locale=locale.clone()
                />
            }
            .into_any()
        }
    };

    view! {
        <main class="app">
            <header class="page-header">
                <h1>{title}</h1>
                <p class="zone-line">
                    "Times are shown in "
                    <strong data-display-zone=zone.name()>{zone_label(zone, clock::now())}</strong>
                    "."
                </p>
            </header>
            {zone_note.map(|note| view! { <p class="notice" role="note" data-notice="zone-fallback">{note}</p> })}
            <section id="upcoming" aria-labelledby="upcoming-heading" data-state=state>
                <h2 id="upcoming-heading">"Upcoming maintenance"</h2>
                {body}
            </section>
        </main>
    }
}
