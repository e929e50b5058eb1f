//! The next (or current) window, prominent, with a live countdown that
//! screen readers hear politely, at most once a minute. The same card shows
//! each region's next window in the widget.

use leptos::prelude::*;

use crate::components::page_data::use_page_data;
use crate::components::window_item::TenantSlotLine;
use crate::domain::countdown::{countdown_text, phase};
use crate::domain::display::{status_label, Listing, WindowView};
use crate::domain::feed::WindowStatus;
use crate::domain::i18n::t;

#[component]
pub fn NextWindow(listing: Memo<Listing>) -> impl IntoView {
    move || {
        listing
            .with(|l| l.next.clone())
            .map(|view| view! { <WindowCard view class="next-window"/> })
    }
}

/// One window as a card: `article.<class>[data-next-window][data-region]`.
#[component]
pub fn WindowCard(view: WindowView, class: &'static str) -> impl IntoView {
    let page = use_page_data();
    let range = view.range();
    let (start, end) = page.range(&range);
    let (from, until) = (view.occurrence().start, view.occurrence().end);
    let countdown = move || countdown_text(phase(from, until, page.now.get()));
    let eyebrow = if view.status == WindowStatus::InProgress {
        t("Maintenance in progress")
    } else {
        t("Next maintenance")
    };
    view! {
        <article class=class data-next-window=view.id().to_owned() data-region=view.region_id().to_owned() data-status=view.status.as_str()>
            <p class="eyebrow">{eyebrow}</p>
            <h3><bdi>{view.title().to_owned()}</bdi></h3>
            <p class="when">
                <time data-role="next-start" datetime=range.start.datetime>{start}</time>
                " – "
                <time data-role="next-end" datetime=range.end.datetime>{end}</time>
                <span class="duration">" (" {view.duration()} ")"</span>
            </p>
            <p class="meta">
                <bdi data-field="region">{view.region_name().to_owned()}</bdi>
                " · "
                <span>{status_label(view.status)}</span>
                {view.downtime().map(|d| view! { " · " <span>{d}</span> })}
            </p>
            {view.tenant_slot().map(|slot| view! { <TenantSlotLine tenant_slot=slot/> })}
            <p class="countdown" data-countdown="" aria-live="polite" aria-atomic="true">{countdown}</p>
        </article>
    }
}
