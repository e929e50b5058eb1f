//! The page: settings and feed loaded at start-up, a clock that wakes at the
//! next window boundary (or once a minute), and the schedule in the display
//! zone the visitor chose.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::browser::storage::{self, Store};
use crate::browser::subscribe::endpoint;
use crate::browser::{clock, embed, http, locale, location};
use crate::components::{
    faq::{Faq, FaqSource},
    faq_feedback::FeedbackTarget,
    language_picker::LanguagePicker,
    load_error::LoadErrorPanel,
    notices::StaleNotice,
    schedule::ScheduleView,
    skeleton::Skeleton,
    subscribe_form::SubscribeForm,
    updates::{CalendarSubscribe, UpdatedLine},
    widget::Widget,
    zone_picker::ZonePicker,
};
use crate::domain::config::DEFAULT_TITLE;
use crate::domain::countdown::next_wake;
use crate::domain::display::{boundaries, page_schedule};
use crate::domain::faq::figures;
use crate::domain::i18n::t;
use crate::domain::load::LoadError;
use crate::domain::refresh::{next_refresh, retry_delay, LastGood};
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
    Loaded(Arc<Loaded>),
    Failed(LoadError),
}

/// The feed could not be fetched again: the page keeps showing what it had
/// (or its last good copy) and says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Trouble {
    pub error: LoadError,
    /// Failed attempts in a row.
    pub failures: u32,
}

/// The last good copy of this page's settings and feed, if one is stored
/// and still parses.
fn last_good() -> Option<(http::PageData, LastGood)> {
    let config_url = http::config_url().ok()?;
    let copy = LastGood::from_entries(|k| storage::get(Store::Local, k), &config_url)?;
    Some((http::page_data(&copy).ok()?, copy))
}

/// Removes index.html's `#boot` placeholder, returning its heading's text.
fn take_boot_heading() -> Option<String> {
    let boot = web_sys::window()?.document()?.get_element_by_id("boot")?;
    let heading = boot
        .query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    boot.remove();
    heading
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// The page's data and how current it is, with the one way to fetch it.
#[derive(Clone, Copy)]
struct Data {
    status: RwSignal<Status>,
    now: RwSignal<DateTime<Utc>>,
    /// When the data shown was fetched.
    fetched_at: RwSignal<Option<DateTime<Utc>>>,
    /// What went wrong since, if anything.
    trouble: RwSignal<Option<Trouble>>,
    /// When to fetch again (only while data is shown).
    due: RwSignal<Option<DateTime<Utc>>>,
    busy: StoredValue<bool>,
    /// The documents behind what is shown: an unchanged refresh changes nothing.
    shown_texts: StoredValue<Option<(String, String)>>,
}

impl Data {
    fn showing(self) -> bool {
        matches!(self.status.get_untracked(), Status::Loaded(_))
    }

    fn show(self, data: http::PageData, copy: LastGood, at: DateTime<Utc>) {
        let texts = (copy.config_text, copy.feed_text);
        if !self.showing() || self.shown_texts.with_value(|t| t.as_ref() != Some(&texts)) {
            self.status
                .set(Status::Loaded(Arc::new(Loaded::new(data, at))));
            self.shown_texts.set_value(Some(texts));
        }
        self.fetched_at.set(Some(copy.fetched_at));
    }

    /// Fetches settings and feed. Success replaces what is shown (and is
    /// kept as the last good copy); failure keeps what is shown, or shows
    /// the last good copy, and retries with back-off; with nothing to show
    /// it is the error panel.
    #[inline(never)]
    fn fetch(self) {
        self.busy.set_value(true);
        if !self.showing() {
            self.status.set(Status::Loading);
        }
        spawn_local(async move {
            let result = http::load_page_data().await;
            self.busy.set_value(false);
            let at = clock::now();
            match result {
                Ok((data, copy)) => {
                    for (key, value) in copy.entries() {
                        storage::set(Store::Local, key, &value);
                    }
                    self.show(data, copy, at);
                    self.trouble.set(None);
                    self.due.set(Some(next_refresh(at)));
                }
                Err(e) => {
                    web_sys::console::error_1(&e.to_string().into());
                    if !self.showing() {
                        if let Some((data, copy)) = last_good() {
                            self.show(data, copy, at);
                        }
                    }
                    if self.showing() {
                        let failures = self
                            .trouble
                            .with_untracked(|t| t.as_ref().map_or(0, |t| t.failures))
                            + 1;
                        self.trouble.set(Some(Trouble { error: e, failures }));
                        self.due.set(Some(at + retry_delay(failures)));
                    } else {
                        self.due.set(None);
                        self.status.set(Status::Failed(e));
                    }
                }
            }
            self.now.set(at);
        });
    }
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
    let data = Data {
        status: RwSignal::new(Status::Loading),
        now: RwSignal::new(clock::now()),
        fetched_at: RwSignal::new(None),
        trouble: RwSignal::new(None),
        due: RwSignal::new(None),
        busy: StoredValue::new(false),
        shown_texts: StoredValue::new(None),
    };
    let Data {
        status,
        now,
        fetched_at,
        trouble,
        due,
        busy,
        ..
    } = data;
    let visible = RwSignal::new(!page_hidden());
    data.fetch();

    // Seen again: the clock catches up, and a refresh that fell due while
    // the page was hidden happens now.
    let on_visibility = Closure::<dyn Fn()>::new(move || {
        visible.set(!page_hidden());
        now.set(clock::now());
    });
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let _ = doc.add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        );
    }
    on_visibility.forget(); // lives as long as the page
    Effect::new(move |_| {
        let at = now.get();
        if visible.get() && due.get().is_some_and(|d| d <= at) && !busy.get_value() {
            due.set(None);
            data.fetch();
        }
    });

    // The clock sleeps until the next start or end, the next refresh (while
    // visible), or a minute at most; each wake moves `now`, which re-arms it.
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let current = now.get();
        let bounds = status.with(|s| match s {
            Status::Loaded(l) => boundaries(&l.schedule.occurrences),
            _ => Vec::new(),
        });
        let mut wait = next_wake(bounds, current);
        if let Some(d) = due.get().filter(|_| visible.get()) {
            wait = wait.min((d - current).max(Duration::seconds(1)));
        }
        let wait = wait.to_std().unwrap_or(std::time::Duration::from_secs(60));
        if let Some(old) = timer.try_update_value(Option::take).flatten() {
            old.clear();
        }
        timer.set_value(set_timeout_with_handle(move || now.set(clock::now()), wait).ok());
    });

    // Until the settings are read, the heading index.html's placeholder
    // shows (the loader puts config.json's title there as soon as it has
    // it), so the app's heading does not change size when they are.
    let boot_title =
        StoredValue::new(take_boot_heading().unwrap_or_else(|| DEFAULT_TITLE.to_owned()));
    let title = move || {
        let title = match &*status.read() {
            Status::Loaded(l) => l.data.config.title.clone(),
            _ => boot_title.get_value(),
        };
        // Only the built-in title is ours to translate.
        if title == DEFAULT_TITLE {
            t("Maintenance windows")
        } else {
            title
        }
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
    // Filters outlive a refresh that brings new data (a new ScheduleView).
    let regions = RwSignal::new(location::query_list("region"));
    let tenant =
        RwSignal::new(location::query("tenant").or_else(|| storage::get(Store::Local, "tenant")));
    Effect::new(move |_| match tenant.get() {
        Some(t) => {
            storage::set(Store::Local, "tenant", &t);
        }
        None => storage::remove(Store::Local, "tenant"),
    });
    let faq_locale = locale.clone();
    let (list_locale, widget_locale, form_locale, stale_locale, updated_locale) = (
        locale.clone(),
        locale.clone(),
        locale.clone(),
        locale.clone(),
        locale,
    );
    let body = move || match status.get() {
        Status::Loading => view! { <Skeleton/> }.into_any(),
        Status::Failed(error) => {
            view! { <LoadErrorPanel error on_retry=Callback::new(move |_| data.fetch())/> }
                .into_any()
        }
        Status::Loaded(loaded) => view! {
            <ScheduleView
                loaded
                now=now.into()
                zone=zone.into()
                locale=list_locale.clone()
                regions
                tenant
            />
        }
        .into_any(),
    };
    let stale = move || {
        let trouble = trouble.get()?;
        let at = fetched_at.get()?;
        status.with(|s| matches!(s, Status::Loaded(_))).then(|| {
            view! {
                <StaleNotice trouble fetched_at=at now=now.into() zone=zone.into() locale=stale_locale.clone()
                    on_retry=Callback::new(move |_| due.set(Some(clock::now())))/>
            }
        })
    };

    if location::query("view").as_deref() == Some("widget") {
        let stale_since = Signal::derive(move || {
            trouble
                .with(Option::is_some)
                .then(|| fetched_at.get())
                .flatten()
        });
        return view! { <Widget status now=now.into() zone=zone.into() locale=widget_locale stale_since/> }
            .into_any();
    }

    // The live status page (http(s) only), the schedule's last update (the
    // feed's generated_at, else when it was fetched), and the subscribable
    // calendar config.json names (relative to it).
    let status_link = move || {
        status.with(|s| match s {
            Status::Loaded(l) => l.data.feed.service.status_url.clone(),
            _ => None,
        })
        .map(|href| view! { <a class="status-link" href=href rel="noopener">{t("Current status")}</a> })
    };
    let languages = move || {
        status
            .with(|s| match s {
                Status::Loaded(l) => Some(l.data.config.languages.clone()),
                _ => None,
            })
            .map(|languages| view! { <LanguagePicker languages/> })
    };
    let updated_at = Signal::derive(move || {
        status.with(|s| match s {
            Status::Loaded(l) => l.data.feed.generated_at.or_else(|| fetched_at.get()),
            _ => None,
        })
    });
    let calendar = move || {
        status
            .with(|s| match s {
                Status::Loaded(l) => l
                    .data
                    .config
                    .calendar_url
                    .as_deref()
                    .and_then(|u| http::resolve(u, &l.data.config_url).ok()),
                _ => None,
            })
            .map(|url| view! { <CalendarSubscribe url/> })
    };

    // The subscription form and the FAQ, once the feed is loaded; made
    // when the page first has data and kept as they are through refreshes
    // (nothing typed is ever re-rendered away).
    let first_data = Memo::new(move |_| status.with(|s| matches!(s, Status::Loaded(_))));
    let form = move || {
        first_data.get().then(|| {
            status.with_untracked(|s| match s {
                Status::Loaded(l) => endpoint(&l.data).map(|endpoint| {
                    view! { <SubscribeForm endpoint regions=l.data.feed.regions.clone() zone locale=form_locale.clone()/> }
                }),
                _ => None,
            })
        })
    };
    // The FAQ quotes the loaded feed's figures; its text is fetched later.
    let faq = move || {
        first_data.get().then(|| {
            status.with_untracked(|s| match s {
                Status::Loaded(l) => Some(view! {
                    <Faq source=FaqSource {
                        config_url: l.data.config_url.clone(),
                        faq_url: l.data.config.faq_url.clone(),
                        figures: figures(&l.data.feed),
                        status_url: l.data.feed.service.status_url.clone(),
                        feedback: l
                            .data
                            .config
                            .feedback_url
                            .as_deref()
                            .and_then(|u| http::resolve(u, &l.data.config_url).ok())
                            .map(|url| FeedbackTarget { url, locale: faq_locale.clone() }),
                    }/>
                }),
                _ => None,
            })
        })
    };
    view! {
        <main class="app">
            <header class="page-header">
                <h1>{title}</h1>
                // A line kept for the link and the language switch (config.json's
                // languages), so that they move nothing when they come.
                <p class="status-line">{status_link}{languages}</p>
                <ZonePicker zone note=zone_note browser_zone=browser.zone/>
            </header>
            {move || zone_note.get().map(|note| view! { <p class="notice" role="note" data-notice="zone-fallback">{note}</p> })}
            <section id="upcoming" aria-labelledby="upcoming-heading" data-state=state>
                <h2 id="upcoming-heading">{t("Upcoming maintenance")}</h2>
                <UpdatedLine at=updated_at now=now.into() zone=zone.into() locale=updated_locale/>
                {stale}
                {body}
            </section>
            {calendar}
            {form}
            {faq}
        </main>
    }
    .into_any()
}
