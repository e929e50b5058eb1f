//! `index.html?view=widget`: the compact view for an iframe on a vendor's
//! support portal. The next window of each selected region with its
//! countdown, a link to the full page, no page chrome; its height goes to
//! the parent page (see `browser::embed`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{clock, embed, location};
use crate::components::next_window::WindowCard;
use crate::components::page_data::{use_page_data, Page, Status};
use crate::domain::display::{next_per_region_of, zone_label, ListingOptions, Source, TimeView};
use crate::domain::i18n::{around, t};

#[component]
pub fn Widget() -> impl IntoView {
    embed::report_height_to_parent();
    let page = use_page_data();
    let Page {
        status, now, zone, ..
    } = page;
    let regions = location::query_list("region");
    let tenant = location::query("tenant");
    let full_page = location::full_page_url().unwrap_or_else(|| "index.html".to_owned());
    let windows = Memo::new(move |_| {
        status.with(|s| match s {
            Status::Loaded(l) => {
                let opts = ListingOptions {
                    regions: regions.clone(),
                    tenant: tenant.clone(),
                    horizon_days: l.data.config.horizon_days,
                };
                let source: Arc<dyn Source> = l.clone();
                Ok(next_per_region_of(&source, zone.get(), now.get(), &opts))
            }
            Status::Failed(e) => Err(Some(e.clone())),
            Status::Loading => Err(None),
        })
    });
    let body = move || {
        match windows.get() {
        Ok(list) if list.is_empty() => view! { <p class="empty" data-empty="">{t("No maintenance is scheduled.")}</p> }.into_any(),
        Ok(list) => list
            .into_iter()
            .map(|w| view! { <WindowCard view=w class="widget-window"/> })
            .collect_view()
            .into_any(),
        Err(Some(e)) => view! {
            <p class="load-error" role="alert" data-source=e.source().as_str() data-reason=e.reason()>{e.to_string()}</p>
        }
        .into_any(),
        Err(None) => view! { <p class="placeholder-line" aria-busy="true">{t("Loading the maintenance schedule…")}</p> }.into_any(),
    }
    };
    // When the feed could not be fetched again, the time of the copy shown:
    // the widget says so, as the full page does.
    let stale = move || {
        page.stale_since().map(|at| {
            let time = TimeView::new(zone.get(), at);
            let (before, after) = around(
                &t("Last updated {time}; the status feed could not be reached."),
                "time",
            );
            view! {
                <p class="notice stale" role="status" data-notice="stale">
                    {before}
                    <time datetime=time.datetime>{page.date_time(&time.wall)}</time>
                    {after}
                </p>
            }
        })
    };
    let (times_in, times_in_end) = around(&t("Times in {zone}"), "zone");
    view! {
        <main class="app widget" data-view="widget">
            {stale}
            {body}
            <p class="widget-foot">
                <span class="zone-line">
                    {times_in}
                    <strong data-display-zone=move || zone.get().name()>{move || zone_label(zone.get(), clock::now())}</strong>
                    {times_in_end}
                </span>
                " · "
                <a class="widget-all" href=full_page target="_blank" rel="noopener noreferrer">{t("All maintenance windows")}</a>
            </p>
        </main>
    }
}
