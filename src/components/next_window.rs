//! The next (or current) window, prominent, with a live countdown that
//! screen readers hear politely, at most once a minute. The same card shows
//! each region's next window in the widget.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::locale::TimeFormatter;
use crate::components::window_item::TenantSlotLine;
use crate::domain::countdown::{countdown_text, phase};
use crate::domain::display::{status_label, WindowView};
use crate::domain::feed::WindowStatus;
use crate::domain::i18n::t;

#[component]
pub fn NextWindow(
    next: Signal<Option<WindowView>>,
    now: Signal<DateTime<Utc>>,
    formatter: Arc<TimeFormatter>,
) -> impl IntoView {
    move || {
        next.get().map(
            |view| view! { <WindowCard view now formatter=formatter.clone() class="next-window"/> },
        )
    }
}

/// One window as a card: `article.<class>[data-next-window][data-region]`.
#[component]
pub fn WindowCard(
    view: WindowView,
    now: Signal<DateTime<Utc>>,
    formatter: Arc<TimeFormatter>,
    class: &'static str,
) -> impl IntoView {
    let range = view.range();
    let (start, end) = formatter.range(&range);
    let (from, until) = (view.occurrence().start, view.occurrence().end);
    let countdown = move || countdown_text(phase(from, until, now.get()));
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
            {view.tenant_slot().map(|slot| view! { <TenantSlotLine tenant_slot=slot formatter=formatter.clone()/> })}
            <p class="countdown" data-countdown="" aria-live="polite" aria-atomic="true">{countdown}</p>
        </article>
    }
}
