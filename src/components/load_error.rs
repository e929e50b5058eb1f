//! What failed while loading, in words, with a way to try again.

use leptos::prelude::*;

use crate::domain::i18n::t;
use crate::domain::load::LoadError;

#[component]
pub fn LoadErrorPanel(error: LoadError, on_retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="load-error" role="alert" data-source=error.source().as_str() data-reason=error.reason()>
            <h3>{error.headline()}</h3>
            <p>{error.to_string()}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>{t("Try again")}</button>
        </div>
    }
}
