//! The next (or current) window, prominent, with a live countdown that
//! screen readers hear politely, at most once a minute.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::locale::TimeFormatter;
use crate::domain::countdown::{countdown_text, phase};
use crate::domain::display::{status_label, WindowView};

#[component]
pub fn NextWindow(
    next: Signal<Option<WindowView>>,
    now: Signal<DateTime<Utc>>,
    formatter: Arc<TimeFormatter>,
) -> impl IntoView {
    let countdown = Memo::new(move |_| {
        next.with(|n| {
            n.as_ref()
                .map(|v| countdown_text(phase(v.occurrence.start, v.occurrence.end, now.get())))
        })
    });
    move || {
        next.get().map(|v| {
            let (start, end) = formatter.range(&v.range);
            view! {
                <article class="next-window" data-next-window=v.id.clone() data-status=v.status.as_str() aria-labelledby="next-window-title">
                    <p class="eyebrow">{if v.status.as_str() == "in_progress" { "Maintenance in progress" } else { "Next maintenance" }}</p>
                    <h3 id="next-window-title">{v.title}</h3>
                    <p class="when">
                        <time data-role="next-start" datetime=v.range.start.datetime>{start}</time>
                        " – "
                        <time data-role="next-end" datetime=v.range.end.datetime>{end}</time>
                        <span class="duration">" (" {v.duration} ")"</span>
                    </p>
                    <p class="meta">
                        <span>{v.region_name}</span>
                        " · "
                        <span>{status_label(v.status)}</span>
                        {v.downtime.map(|d| view! { " · " <span>{d}</span> })}
                    </p>
                    {v.tenant_slot.map(|slot| {
                        let (s, e) = formatter.range(&slot.range);
                        view! { <p class="tenant-slot" data-tenant-slot=slot.tenant.clone()>{format!("Your service ({}): {s} – {e}", slot.tenant)}</p> }
                    })}
                    <p class="countdown" aria-live="polite" aria-atomic="true" data-countdown="">
                        {move || countdown.get().unwrap_or_default()}
                    </p>
                </article>
            }
        })
    }
}
