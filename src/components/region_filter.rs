//! Filter chips by region; none pressed means every region.
//!
//! A feed with more than `CHIPS_SHOWN` regions gets its chips inside a
//! collapsed `<details>` whose summary names the regions shown, and they are
//! drawn only once it is opened: a wall of hundreds of buttons costs every
//! visitor time to draw and helps none of them.

use leptos::prelude::*;

use crate::domain::display::{regions_shown, CHIPS_SHOWN};
use crate::domain::feed::Region;
use crate::domain::i18n::t;

#[component]
pub fn RegionFilter(regions: Vec<Region>, selected: RwSignal<Vec<String>>) -> impl IntoView {
    if regions.len() < 2 {
        return None;
    }
    let many = regions.len() > CHIPS_SHOWN;
    let regions = StoredValue::new(regions);
    let toggle = move |id: String| {
        selected.update(|s| {
            if let Some(i) = s.iter().position(|r| *r == id) {
                s.remove(i);
            } else {
                s.push(id);
            }
        })
    };
    let chips = move || {
        view! {
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
                {regions.get_value().into_iter().map(|r| {
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
        }
    };
    if !many {
        return Some(chips().into_any());
    }
    // "Show regions: All regions", or the names of those pressed.
    let shown = move || selected.with(|s| regions.with_value(|all| regions_shown(all, s)));
    let open = RwSignal::new(false);
    Some(
        view! {
            <details class="region-choice" on:toggle=move |_| open.set(true)>
                <summary>{t("Show regions")} ": " <bdi>{shown}</bdi></summary>
                {move || open.get().then(chips)}
            </details>
        }
        .into_any(),
    )
}
