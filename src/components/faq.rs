//! Questions about maintenance: fetched only when the section nears the
//! viewport (or the link points into it), so the first view stays light.
//! Each entry is a `<details id="faq-<id>">`; `#faq-<id>` opens it; a filter
//! box narrows the entries; each has a copy-link control and, when the
//! config names a `feedback_url`, "Was this helpful?".
//!
//! The load's outcome, the filter's text and each entry's copy-link message
//! are signals; every text from the FAQ file is a text node.

use std::sync::Arc;

use leptos::html::Section;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clipboard, http, location, viewport};
use crate::components::faq_feedback::{FaqFeedback, FeedbackTarget};
use crate::domain::faq::{parse_faq, Block, FaqEntry, Figures};
use crate::domain::i18n::t;

/// Opens and scrolls to the entry the URL's hash names, if any.
fn open_from_hash() {
    let hash = location::hash();
    if let Some(el) = hash
        .strip_prefix('#')
        .filter(|h| h.starts_with("faq-"))
        .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id))
    {
        let _ = el.set_attribute("open", "");
        el.scroll_into_view();
    }
}

/// Under the answer about notifications: links to the form, the schedule's
/// calendar files and the live status page (ours, never from the FAQ file).
fn notification_links(status_url: Option<String>) -> impl IntoView {
    let form = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("subscribe"))
        .is_some();
    let mut links = vec![(
        "#upcoming".to_owned(),
        t("Upcoming windows and calendar files"),
    )];
    if form {
        links.insert(0, ("#subscribe".to_owned(), t("Subscribe by email")));
    }
    links.extend(status_url.map(|url| (url, t("Current status"))));
    view! {
        <p class="faq-links">
            {links.into_iter().map(|(href, text)| view! { <a href=href>{text}</a> }).collect_view()}
        </p>
    }
}

/// One entry: question, answer, links, copy-link and feedback controls.
#[inline(never)]
fn entry_view(
    all: Arc<Vec<FaqEntry>>,
    i: usize,
    query: RwSignal<String>,
    status_url: Option<String>,
    feedback: Option<FeedbackTarget>,
) -> impl IntoView {
    let e = &all[i];
    let id = e.id.clone();
    let copied = RwSignal::new(String::new());
    let copy = {
        let id = id.clone();
        move |_| {
            let url = format!(
                "{}#faq-{id}",
                location::page_url_with_query().unwrap_or_default()
            );
            spawn_local(async move {
                let ok = clipboard::copy_text(&url).await;
                copied.set(if ok {
                    t("Link copied")
                } else {
                    t("Copy the address from the address bar")
                });
                if !ok {
                    location::set_hash(&url);
                }
            });
        }
    };
    let answer = e
        .answer
        .iter()
        .map(|block| match block {
            Block::Paragraph(p) => view! { <p>{p.clone()}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view();
    let links = (id == "notifications").then(|| notification_links(status_url));
    let question = e.question.clone();
    let feedback = feedback.map(|to| view! { <FaqFeedback entry=id.clone() to/> });
    view! {
        <details
            id=format!("faq-{id}")
            class="faq-entry"
            hidden=move || !query.with(|q| all[i].matches(q))
        >
            <summary>{question}</summary>
            {answer}
            {links}
            <p class="faq-tools">
                <button type="button" data-action="copy-link" class="link-button" on:click=copy>
                    {t("Copy link")}
                </button>
                <span role="status">{copied}</span>
            </p>
            {feedback}
        </details>
    }
}

/// The filter box, the entries, and what the filter says when nothing
/// matches.
fn entries_view(
    entries: Vec<FaqEntry>,
    status_url: Option<String>,
    feedback: Option<FeedbackTarget>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let all = Arc::new(entries);
    let none_match = {
        let all = all.clone();
        move || !query.with(|q| all.iter().any(|e| e.matches(q)))
    };
    view! {
        <div class="faq-filter">
            <label for="faq-filter">{t("Filter questions")}</label>
            <input
                id="faq-filter"
                type="search"
                autocomplete="off"
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </div>
        {(0..all.len())
            .map(|i| entry_view(all.clone(), i, query, status_url.clone(), feedback.clone()).into_any())
            .collect_view()}
        <p class="empty" data-empty="" hidden=move || !none_match()>
            {t("No question matches that filter.")}
        </p>
    }
}

/// Where the FAQ comes from, what it quotes, and where it links.
#[derive(Debug, Clone, PartialEq)]
pub struct FaqSource {
    /// `config_url` and `faq_url` as in `PageData` and `Config`.
    pub config_url: String,
    pub faq_url: Option<String>,
    pub figures: Figures,
    /// The feed's `service.status_url` (http or https only).
    pub status_url: Option<String>,
    /// Where "Was this helpful?" answers go; no control without it.
    pub feedback: Option<FeedbackTarget>,
}

#[component]
pub fn Faq(source: FaqSource) -> impl IntoView {
    let FaqSource {
        config_url,
        faq_url,
        figures,
        status_url,
        feedback,
    } = source;
    // None while loading; then the entries, or why there are none.
    let loaded = RwSignal::new(None::<Result<Vec<FaqEntry>, String>>);
    let section = NodeRef::<Section>::new();
    section.on_load(move |el| {
        let start = move || {
            spawn_local(async move {
                let result = match http::load_faq(&config_url, faq_url.as_deref()).await {
                    Ok(text) => parse_faq(&text, &figures).map_err(|e| e.to_string()),
                    Err(e) => Err(e.faq_sentence()),
                };
                loaded.set(Some(result));
                // Once the entries are in the page (before the next frame).
                request_animation_frame(open_from_hash);
            })
        };
        // A link into the FAQ loads it at once; otherwise when it comes near.
        if location::hash().starts_with("#faq-") {
            start();
        } else {
            viewport::when_near_viewport(&el, 600, start);
        }
    });
    let state = move || {
        loaded.with(|l| match l {
            None => "loading",
            Some(Ok(_)) => "loaded",
            Some(Err(_)) => "error",
        })
    };
    view! {
        <section id="faq" node_ref=section aria-labelledby="faq-heading" data-state=state>
            <h2 id="faq-heading">{t("Questions about maintenance")}</h2>
            {move || {
                loaded.get().map(|l| match l {
                    Ok(entries) => entries_view(entries, status_url.clone(), feedback.clone()).into_any(),
                    Err(message) => view! { <p class="load-error" role="alert">{message}</p> }.into_any(),
                })
            }}
        </section>
    }
}
