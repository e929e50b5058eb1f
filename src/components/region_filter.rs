//! Filter chips by region; none pressed means every region.

use leptos::prelude::*;

use crate::domain::feed::Region;
use crate::domain::i18n::t;

#[component]
pub fn RegionFilter(regions: Vec<Region>, selected: RwSignal<Vec<String>>) -> impl IntoView {
    if regions.len() < 2 {
        return None;
    }
    let toggle = move |id: String| {
        selected.update(|s| {
            if let Some(i) = s.iter().position(|r| *r == id) {
                s.remove(i);
            } else {
                s.push(id);
            }
        })
    };
    Some(view! {
        <div class="chips" role="group" aria-label=t("Show regions")>
            <button
                type="button"
                class="chip"
                data-region-filter="all"
                aria-pressed=move || selected.with(Vec::is_empty).to_string()
                on:click=move |_| selected.set(Vec::new())
            >
                {t("All regions")}
            </button>
            {regions.into_iter().map(|r| {
                let id = r.id.to_string();
                let pressed_id = id.clone();
                let click_id = id.clone();
                view! {
                    <button
                        type="button"
                        class="chip"
                        data-region-filter=id
                        aria-pressed=move || selected.with(|s| s.contains(&pressed_id)).to_string()
                        on:click=move |_| toggle(click_id.clone())
                    >
                        {r.name}
                    </button>
                }
            }).collect_view()}
        </div>
    })
}
