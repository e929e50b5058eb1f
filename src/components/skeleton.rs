//! Placeholder rows of the same size as real ones, so nothing jumps when the
//! data arrives.

use leptos::prelude::*;

use crate::domain::i18n::t;

#[component]
pub fn Skeleton() -> impl IntoView {
    view! {
        <ol class="window-list skeleton" aria-busy="true" aria-label=t("Loading the maintenance schedule")>
            {(0..3).map(|_| view! {
                <li class="window placeholder" aria-hidden="true">
                    <span class="bar wide"></span>
                    <span class="bar"></span>
                    <span class="bar narrow"></span>
                </li>
            }).collect_view()}
        </ol>
    }
}
