//! Questions about maintenance: fetched only when the section nears the
//! viewport (or the link points into it), so the first view stays light.
//! Each entry is a `<details id="faq-<id>">`; `#faq-<id>` opens it; a filter
//! box narrows the entries; each has a copy-link control.

use std::sync::Arc;

use leptos::html::Section;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{embed, http, location};
use crate::domain::faq::{parse_faq, Block, FaqEntry, Figures};

#[derive(Debug, Clone, PartialEq)]
enum FaqState {
    Waiting,
    Loading,
    Loaded(Arc<Vec<FaqEntry>>),
    Failed(String),
}

/// Opens and scrolls to the entry the URL's hash names, if any.
fn open_from_hash() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let hash = doc
        .location()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    if let Some(el) = hash
        .strip_prefix('#')
        .filter(|h| h.starts_with("faq-"))
        .and_then(|id| doc.get_element_by_id(id))
    {
        let _ = el.set_attribute("open", "");
        el.scroll_into_view();
    }
}

#[component]
/// `config_url` and `faq_url` as in `PageData` and `Config`.
pub fn Faq(config_url: String, faq_url: Option<String>, figures: Figures) -> impl IntoView {
    let state = RwSignal::new(FaqState::Waiting);
    let filter = RwSignal::new(String::new());
    let section = NodeRef::<Section>::new();
    let load = Callback::new(move |()| {
        if state.get_untracked() != FaqState::Waiting {
            return;
        }
        state.set(FaqState::Loading);
        let (config_url, faq_url, figures) = (config_url.clone(), faq_url.clone(), figures.clone());
        spawn_local(async move {
            let next = match http::load_faq(&config_url, faq_url.as_deref()).await {
                Ok(text) => match parse_faq(&text, &figures) {
                    Ok(entries) => FaqState::Loaded(Arc::new(entries)),
                    Err(e) => FaqState::Failed(e.to_string()),
                },
                Err(e) => FaqState::Failed(format!("The questions and answers {e}.")),
            };
            state.try_set(next);
            request_animation_frame(open_from_hash);
        });
    });
    // A link into the FAQ loads it at once; otherwise when it comes near.
    section.on_load(move |el| {
        if location::hash().starts_with("#faq-") {
            load.run(());
        } else {
            embed::when_near_viewport(&el, 600, move || load.run(()));
        }
    });

    let state_name = move || match state.get() {
        FaqState::Waiting | FaqState::Loading => "loading",
        FaqState::Loaded(_) => "loaded",
        FaqState::Failed(_) => "error",
    };
    let body = move || match state.get() {
        FaqState::Waiting | FaqState::Loading => None::<AnyView>,
        FaqState::Failed(message) => {
            Some(view! { <p class="load-error" role="alert">{message}</p> }.into_any())
        }
        FaqState::Loaded(entries) => {
            let none_match = {
                let entries = entries.clone();
                move || filter.with(|q| !entries.iter().any(|e| e.matches(q)))
            };
            Some(
                view! {
                    <div class="faq-filter">
                        <label for="faq-filter">"Filter questions"</label>
                        <input id="faq-filter" type="search" autocomplete="off"
                            prop:value=move || filter.get()
                            on:input=move |ev| filter.set(event_target_value(&ev))/>
                    </div>
                    {entries.iter().cloned().map(|entry| view! { <FaqItem entry filter/> }).collect_view()}
                    {move || none_match().then(|| view! { <p class="empty" data-empty="">"No question matches that filter."</p> })}
                }
                .into_any(),
            )
        }
    };
    view! {
        <section id="faq" node_ref=section aria-labelledby="faq-heading" data-state=state_name>
            <h2 id="faq-heading">"Questions about maintenance"</h2>
            {body}
        </section>
    }
}

#[component]
fn FaqItem(entry: FaqEntry, filter: RwSignal<String>) -> impl IntoView {
    let dom_id = format!("faq-{}", entry.id);
    let link_id = dom_id.clone();
    let copied = RwSignal::new(None::<String>);
    let hidden = {
        let entry = entry.clone();
        move || filter.with(|q| !entry.matches(q))
    };
    let copy = move |_| {
        let url = format!(
            "{}#{link_id}",
            location::page_url_with_query().unwrap_or_default()
        );
        spawn_local(async move {
            let ok = embed::copy_text(&url).await;
            let said = if ok {
                "Link copied"
            } else {
                "Copy the address from the address bar"
            };
            copied.try_set(Some(said.to_owned()));
            if !ok {
                location::set_hash(&url);
            }
        });
    };
    let answer = entry
        .answer
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(p) => view! { <p>{p}</p> }.into_any(),
            Block::List(items) => view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
        })
        .collect_view();
    view! {
        <details id=dom_id class="faq-entry" hidden=hidden>
            <summary>{entry.question}</summary>
            {answer}
            <p class="faq-tools">
                <button type="button" class="link-button" data-action="copy-link" on:click=copy>"Copy link"</button>
                <span role="status">{move || copied.get()}</span>
            </p>
        </details>
    }
}
