//! The zone in use, and a search over every IANA zone to change it. The
//! choice is remembered (localStorage) and mirrored in `?tz=` when the link
//! had one.

use leptos::prelude::*;

use crate::browser::storage::{self, Store};
use crate::browser::{clock, location};
use crate::components::page_data::use_page_data;
use crate::domain::display::zone_label;
use crate::domain::i18n::{around, t, tf};
use crate::domain::zone::{Zone, TZDATA_RELEASE};
use crate::domain::zone_search::search;

const RESULTS: usize = 8;

#[component]
pub fn ZonePicker(
    /// Why the zone is not the one asked for (`?tz=` unknown); a choice
    /// clears it.
    note: RwSignal<Option<String>>,
    browser_zone: Zone,
) -> impl IntoView {
    let zone = use_page_data().zone;
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| search(&query.get(), clock::now(), RESULTS));

    let choose = move |picked: Zone, remember: bool| {
        zone.set(picked);
        note.set(None);
        query.set(String::new());
        if remember {
            storage::set(Store::Local, "zone", picked.name());
        } else {
            storage::remove(Store::Local, "zone");
        }
        location::update_query_if_present("tz", Some(picked.name()));
    };
    let pick_name = move |name: &str| {
        if let Ok(z) = Zone::parse(name) {
            choose(z, true);
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            if let Some(first) = results.with(|r| r.first().map(|o| o.name)) {
                pick_name(first);
            }
        }
    };

    let (shown_in, shown_in_end) = around(&t("Times are shown in {zone}."), "zone");
    view! {
        <div class="zone-picker">
            <p class="zone-line">
                {shown_in}
                <strong data-display-zone=move || zone.get().name()>
                    {move || zone_label(zone.get(), clock::now())}
                </strong>
                {shown_in_end}
            </p>
            <details class="zone-change">
                <summary>{t("Change time zone")}</summary>
                <div class="zone-search">
                    <label for="zone-search">{t("Search time zones")}</label>
                    <input
                        id="zone-search"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=t("City or region, e.g. Kathmandu, New York")
                        aria-describedby="zone-search-hint"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                        on:keydown=on_keydown
                    />
                    <p id="zone-search-hint" class="hint">{t("Enter picks the first match.")}</p>
                    <ul class="zone-results" aria-label=t("Matching time zones")>
                        {move || results.get().into_iter().map(|o| {
                            let name = o.name;
                            view! {
                                <li>
                                    <button type="button" class="link-button" data-zone=name on:click=move |_| pick_name(name)>
                                        {name.replace('_', " ")}
                                        <span class="offset">{o.offset}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <Show when=move || zone.get() != browser_zone>
                        <button type="button" class="button secondary" data-action="zone-reset" on:click=move |_| choose(browser_zone, false)>
                            {tf("Use my browser's time zone ({zone})", &[("zone", browser_zone.name())])}
                        </button>
                    </Show>
                </div>
            </details>
            <p class="hint tzdata" data-tzdata=TZDATA_RELEASE>
                {tf("Time-zone data: {release}", &[("release", &format!("IANA {TZDATA_RELEASE}"))])}
            </p>
        </div>
    }
}
