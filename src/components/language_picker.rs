//! The language switch: the page's languages, each named in itself. A
//! choice is remembered and shows the page in that language.

use leptos::prelude::*;

use crate::browser::i18n::{native_name, switch_to};
use crate::domain::i18n::{lang, t};

#[component]
pub fn LanguagePicker(languages: Vec<String>) -> impl IntoView {
    let current = lang();
    (languages.len() > 1).then(|| {
        let options = languages
            .into_iter()
            .map(|code| {
                let selected = code == current;
                let name = native_name(&code);
                view! { <option value=code.clone() lang=code selected=selected>{name}</option> }
            })
            .collect_view();
        view! {
            <span class="language-picker">
                <label for="language">{t("Language")}</label>
                <select id="language" on:change=move |ev| switch_to(&event_target_value(&ev))>
                    {options}
                </select>
            </span>
        }
    })
}
