//! "Your tenant": shows the visitor's own slot inside each window.

use leptos::prelude::*;

use crate::domain::i18n::t;

#[component]
pub fn TenantField(tenant: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div class="tenant-field">
            <label for="tenant-id">{t("Your tenant ID")}</label>
            <input
                id="tenant-id"
                name="tenant"
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="tenant-hint"
                prop:value=move || tenant.get().unwrap_or_default()
                on:change=move |ev| {
                    let v = event_target_value(&ev).trim().to_owned();
                    tenant.set((!v.is_empty()).then_some(v));
                }
            />
            <p id="tenant-hint" class="hint">{t("Shows when your own service is down inside each window.")}</p>
        </div>
    }
}
