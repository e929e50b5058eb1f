//! The page: its header, the schedule in the display zone the visitor
//! chose (or the widget), and what comes with a loaded feed. A view: the
//! data, the clock and the zone come from `page_data`.

use leptos::prelude::*;

use crate::browser::storage::{self, Store};
use crate::browser::subscribe::endpoint;
use crate::browser::{embed, http, locale, location};
use crate::components::{
    faq::{Faq, FaqSource},
    faq_feedback::FeedbackTarget,
    language_picker::LanguagePicker,
    load_error::LoadErrorPanel,
    notices::StaleNotice,
    page_data::{provide_page_data, Status},
    schedule::ScheduleView,
    subscribe_form::SubscribeForm,
    updates::{CalendarSubscribe, UpdatedLine},
    widget::Widget,
    zone_picker::ZonePicker,
};
use crate::domain::config::DEFAULT_TITLE;
use crate::domain::faq::figures;
use crate::domain::i18n::t;
use crate::domain::zone::{browser_display_zone, pick_display_zone};

/// index.html's `#boot` placeholder's heading text. The placeholder goes at
/// once, unless it holds a schedule snapshot (`#snapshot[data-made]`, not
/// hidden as in the widget): then it is returned, to go when the app has
/// its data. Until then the stylesheet hides the app (`body:has(…)`), and
/// index.html's script keeps the visitor's place across the swap.
fn take_boot(widget: bool) -> (Option<String>, Option<web_sys::Element>) {
    let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    else {
        return (None, None);
    };
    let heading = boot
        .query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    let keep = !widget
        && boot
            .query_selector("#snapshot[data-made]:not([hidden])")
            .ok()
            .flatten()
            .is_some();
    if keep {
        (heading, Some(boot))
    } else {
        boot.remove();
        (heading, None)
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
    let zone_note = RwSignal::new(picked.note);
    let locale = locale::browser_locale();
    let page = provide_page_data(picked.zone, &locale);
    let status = page.status;

    // Until the settings are read, the heading index.html's placeholder
    // shows (the loader puts config.json's title there as soon as it has
    // it), so the app's heading does not change size when they are.
    let widget = location::query("view").as_deref() == Some("widget");
    let (boot_heading, snapshot) = take_boot(widget);
    let boot_title = StoredValue::new(boot_heading.unwrap_or_else(|| DEFAULT_TITLE.to_owned()));
    // A snapshot gives way once there is something else to show. When the
    // first load fails, it moves under the error: the schedule as last
    // published (it says how old it is) is better than none. Live data
    // takes its place.
    if let Some(boot) = snapshot {
        Effect::new(move |_| {
            let failed = match *status.read() {
                Status::Loading => return,
                Status::Failed(_) => true,
                Status::Loaded(_) => false,
            };
            let doc = web_sys::window().and_then(|w| w.document());
            let find = |id| doc.as_ref().and_then(|d| d.get_element_by_id(id));
            if let Some(snap) = find("snapshot") {
                match find("upcoming").filter(|_| failed) {
                    Some(upcoming) => {
                        let _ = upcoming.insert_before(&snap, None);
                    }
                    None => snap.remove(),
                }
            }
            boot.remove();
        });
    }
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
    let body = move || match status.get() {
        Status::Loading => {
            let text = t("Loading the maintenance schedule…");
            view! { <p class="placeholder-line" aria-busy="true">{text}</p> }.into_any()
        }
        Status::Failed(error) => {
            view! { <LoadErrorPanel error on_retry=Callback::new(move |_| page.fetch())/> }
                .into_any()
        }
        Status::Loaded(loaded) => view! { <ScheduleView loaded regions tenant/> }.into_any(),
    };

    if widget {
        return view! { <Widget/> }.into_any();
    }

    // The live status page (http(s) only) and the subscribable calendar
    // config.json names (relative to it).
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
    let calendar = move || {
        status
            .with(|s| match s {
                Status::Loaded(l) => {
                    let resolve = |u: &Option<String>| {
                        u.as_deref()
                            .and_then(|u| http::resolve(u, &l.data.config_url).ok())
                    };
                    resolve(&l.data.config.calendar_url)
                        .map(|url| (url, resolve(&l.data.config.atom_url)))
                }
                _ => None,
            })
            .map(|(url, atom)| view! { <CalendarSubscribe url atom/> })
    };

    // The subscription form and the FAQ, once the feed is loaded; made
    // when the page first has data and kept as they are through refreshes
    // (nothing typed is ever re-rendered away). They take the zone and the
    // locale as props (they send them).
    let first_data = Memo::new(move |_| status.with(|s| matches!(s, Status::Loaded(_))));
    let form_locale = locale.clone();
    let form = move || {
        first_data.get().then(|| {
            status.with_untracked(|s| match s {
                Status::Loaded(l) => endpoint(&l.data).map(|endpoint| {
                    view! { <SubscribeForm endpoint regions=l.data.feed.regions.clone() zone=page.zone locale=form_locale.clone()/> }
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
                            .map(|url| FeedbackTarget { url, locale: locale.clone() }),
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
                <ZonePicker note=zone_note browser_zone=browser.zone/>
            </header>
            {move || zone_note.get().map(|note| view! { <p class="notice" role="note" data-notice="zone-fallback">{note}</p> })}
            <section id="upcoming" aria-labelledby="upcoming-heading" data-state=state>
                <h2 id="upcoming-heading">{t("Upcoming maintenance")}</h2>
                <UpdatedLine/>
                <StaleNotice/>
                {body}
            </section>
            {calendar}
            {form}
            {faq}
        </main>
    }
    .into_any()
}
