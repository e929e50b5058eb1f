//! Questions about maintenance: fetched only when the section nears the
//! viewport (or the link points into it), so the first view stays light.
//! Each entry is a `<details id="faq-<id>">`; `#faq-<id>` opens it; a filter
//! box narrows the entries; each has a copy-link control.
//!
//! The entries are built once with plain DOM calls (`create_element` and
//! `set_text_content`: text only, never HTML) rather than as Leptos views:
//! nothing in them changes after the load except `hidden` and a status line,
//! and this costs 6.5 KB brotli of first view (wasm and JS glue, with the
//! FAQ parser and the lazy loading) against 8.3 KB for the view version.

use leptos::html::Section;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::browser::{embed, http, location};
use crate::components::faq_feedback::{self, add, FeedbackTarget};
use crate::domain::faq::{parse_faq, Block, FaqEntry, Figures};
use crate::domain::i18n::t;

fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Opens and scrolls to the entry the URL's hash names, if any.
fn open_from_hash(doc: &Document) {
    let hash = location::hash();
    if let Some(el) = hash
        .strip_prefix('#')
        .filter(|h| h.starts_with("faq-"))
        .and_then(|id| doc.get_element_by_id(id))
    {
        let _ = el.set_attribute("open", "");
        el.scroll_into_view();
    }
}

/// Under the answer about notifications: links to the form, the schedule's
/// calendar files and the live status page (ours, never from the FAQ file).
fn notification_links(doc: &Document, details: &Element, status_url: Option<&str>) -> Option<()> {
    let p = add(doc, details, "p", "")?;
    p.set_class_name("faq-links");
    let mut links = vec![("#upcoming", t("Upcoming windows and calendar files"))];
    if doc.get_element_by_id("subscribe").is_some() {
        links.insert(0, ("#subscribe", t("Subscribe by email")));
    }
    links.extend(status_url.map(|url| (url, t("Current status"))));
    for (href, text) in links {
        let a = add(doc, &p, "a", &text)?;
        let _ = a.set_attribute("href", href);
    }
    Some(())
}

fn render_entry(
    doc: &Document,
    section: &Element,
    entry: &FaqEntry,
    status_url: Option<&str>,
    feedback: bool,
) -> Option<Element> {
    let details = add(doc, section, "details", "")?;
    details.set_id(&format!("faq-{}", entry.id));
    details.set_class_name("faq-entry");
    add(doc, &details, "summary", &entry.question)?;
    for block in &entry.answer {
        match block {
            Block::Paragraph(p) => {
                add(doc, &details, "p", p)?;
            }
            Block::List(items) => {
                let list = add(doc, &details, "ul", "")?;
                for item in items {
                    add(doc, &list, "li", item)?;
                }
            }
        }
    }
    if entry.id == "notifications" {
        notification_links(doc, &details, status_url)?;
    }
    let tools = add(doc, &details, "p", "")?;
    tools.set_class_name("faq-tools");
    let button = add(doc, &tools, "button", &t("Copy link"))?;
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute("data-action", "copy-link");
    button.set_class_name("link-button");
    let status = add(doc, &tools, "span", "")?;
    let _ = status.set_attribute("role", "status");
    if feedback {
        faq_feedback::render(doc, &details, &entry.id)?;
    }
    Some(details)
}

/// Builds the filter box and the entries; the filter hides what does not
/// match, and one listener on the section serves every copy-link button.
fn render(
    section: &Element,
    entries: Vec<FaqEntry>,
    status_url: Option<&str>,
    feedback: Option<FeedbackTarget>,
) -> Option<()> {
    let doc = document()?;
    let filter_box = add(&doc, section, "div", "")?;
    filter_box.set_class_name("faq-filter");
    let label = add(&doc, &filter_box, "label", &t("Filter questions"))?;
    let _ = label.set_attribute("for", "faq-filter");
    let input = add(&doc, &filter_box, "input", "")?;
    input.set_id("faq-filter");
    let _ = input.set_attribute("type", "search");
    let _ = input.set_attribute("autocomplete", "off");

    let rendered: Vec<(Element, FaqEntry)> = entries
        .into_iter()
        .filter_map(|e| {
            Some((
                render_entry(&doc, section, &e, status_url, feedback.is_some())?,
                e,
            ))
        })
        .collect();
    let empty = add(&doc, section, "p", &t("No question matches that filter."))?;
    empty.set_class_name("empty");
    let _ = empty.set_attribute("data-empty", "");
    let _ = empty.set_attribute("hidden", "");

    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let query = event_target_value(&ev);
        let mut any = false;
        for (el, entry) in &rendered {
            let hit = entry.matches(&query);
            any |= hit;
            let _ = el.toggle_attribute_with_force("hidden", !hit);
        }
        let _ = empty.toggle_attribute_with_force("hidden", any);
    });
    let _ = input.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    on_input.forget(); // lives as long as the page

    if let Some(to) = feedback.clone() {
        let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            faq_feedback::on_submit(&ev, &to)
        });
        let on_input = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
            faq_feedback::on_input(&ev)
        });
        let _ =
            section.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        let _ =
            section.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        on_submit.forget();
        on_input.forget();
    }
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if feedback
            .as_ref()
            .is_some_and(|to| faq_feedback::on_click(&target, to))
        {
            return;
        }
        let Some(button) =
            Some(target).filter(|b| b.get_attribute("data-action").as_deref() == Some("copy-link"))
        else {
            return;
        };
        let Some(details) = button.closest("details").ok().flatten() else {
            return;
        };
        let status = details
            .query_selector(".faq-tools [role=status]")
            .ok()
            .flatten();
        let url = format!(
            "{}#{}",
            location::page_url_with_query().unwrap_or_default(),
            details.id()
        );
        spawn_local(async move {
            let ok = embed::copy_text(&url).await;
            if let Some(status) = status {
                status.set_text_content(Some(&if ok {
                    t("Link copied")
                } else {
                    t("Copy the address from the address bar")
                }));
            }
            if !ok {
                location::set_hash(&url);
            }
        });
    });
    let _ = section.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    Some(())
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

async fn load(section: Element, source: FaqSource) {
    let FaqSource {
        config_url,
        faq_url,
        figures,
        status_url,
        feedback,
    } = source;
    let state = match http::load_faq(&config_url, faq_url.as_deref()).await {
        Ok(text) => match parse_faq(&text, &figures) {
            Ok(entries) => {
                render(&section, entries, status_url.as_deref(), feedback).map(|()| "loaded")
            }
            Err(e) => document()
                .and_then(|doc| add(&doc, &section, "p", &e.to_string()))
                .map(|_| "error"),
        },
        Err(e) => document()
            .and_then(|doc| add(&doc, &section, "p", &e.faq_sentence()))
            .map(|_| "error"),
    };
    if state == Some("error") {
        if let Some(p) = section.last_element_child() {
            p.set_class_name("load-error");
            let _ = p.set_attribute("role", "alert");
        }
    }
    let _ = section.set_attribute("data-state", state.unwrap_or("error"));
    if let Some(doc) = document() {
        open_from_hash(&doc);
    }
}

#[component]
pub fn Faq(source: FaqSource) -> impl IntoView {
    let section = NodeRef::<Section>::new();
    section.on_load(move |el| {
        let el: Element = el.into();
        let start = {
            let el = el.clone();
            move || spawn_local(load(el, source))
        };
        // A link into the FAQ loads it at once; otherwise when it comes near.
        if location::hash().starts_with("#faq-") {
            start();
        } else {
            embed::when_near_viewport(&el, 600, start);
        }
    });
    view! {
        <section id="faq" node_ref=section aria-labelledby="faq-heading" data-state="loading">
            <h2 id="faq-heading">{t("Questions about maintenance")}</h2>
        </section>
    }
}
