//! "Was this helpful? Yes / No" under each FAQ answer, when `config.json`
//! names a `feedback_url`. "No" opens an optional comment ("What was
//! missing?", 500 characters at most). Posted like the subscription: one
//! idempotency key per answer, retries with back-off, and a comment that
//! could not be sent stays in its field (and in sessionStorage across a
//! reload). One answer per entry per visitor (localStorage). Built with DOM
//! text calls, like the FAQ itself.

use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::browser::clock;
use crate::browser::post::{new_key, post, sleep};
use crate::browser::storage::{self, Store};
use crate::domain::feedback::{Feedback, Next, Sending};
use crate::domain::i18n::t;
use crate::domain::retry::IdempotencyKey;

/// Where answers go, and the visitor's locale (sent along).
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackTarget {
    /// Absolute http(s) URL.
    pub url: String,
    pub locale: String,
}

/// A new `<tag>` with `text` as its text (never parsed as HTML) appended to
/// `parent` (the FAQ builds its entries with it too).
pub(crate) fn add(doc: &Document, parent: &Element, tag: &str, text: &str) -> Option<Element> {
    let el = doc.create_element(tag).ok()?;
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    parent.append_child(&el).ok()?;
    Some(el)
}

fn answered_key(entry: &str) -> String {
    format!("feedback:{entry}")
}

fn draft_key(entry: &str) -> String {
    format!("feedback-draft:{entry}")
}

fn set(el: &Element, attrs: &[(&str, &str)]) {
    for (name, value) in attrs {
        let _ = el.set_attribute(name, value);
    }
}

/// The control, appended to an entry's `<details>`.
pub fn render(doc: &Document, details: &Element, entry: &str) -> Option<()> {
    let control = add(doc, details, "div", "")?;
    control.set_class_name("faq-feedback");
    set(&control, &[("data-feedback-entry", entry)]);
    let status = add(doc, &control, "p", "")?;
    set(
        &status,
        &[("role", "status"), ("class", "faq-feedback-status")],
    );
    if storage::get(Store::Local, &answered_key(entry)).is_some() {
        status.set_text_content(Some(&t("Thank you: you answered whether this helped.")));
        return Some(());
    }
    let ask = doc.create_element("p").ok()?;
    ask.set_class_name("faq-feedback-ask");
    control.insert_before(&ask, Some(&status)).ok()?;
    add(doc, &ask, "span", &(t("Was this helpful?") + " "))?;
    for (value, text) in [("yes", t("Yes")), ("no", t("No"))] {
        let b = add(doc, &ask, "button", &text)?;
        set(
            &b,
            &[
                ("type", "button"),
                ("class", "link-button"),
                ("data-feedback", value),
            ],
        );
    }
    let form = doc.create_element("form").ok()?;
    form.set_class_name("faq-feedback-form");
    control.insert_before(&form, Some(&status)).ok()?;
    let id = format!("feedback-{entry}");
    let label = add(
        doc,
        &form,
        "label",
        &t("What was missing? (optional, 500 characters at most)"),
    )?;
    set(&label, &[("for", &id)]);
    let field = add(doc, &form, "textarea", "")?;
    set(
        &field,
        &[
            ("id", &id),
            ("name", "comment"),
            ("maxlength", "500"),
            ("rows", "3"),
        ],
    );
    let send = add(doc, &form, "button", &t("Send"))?;
    set(&send, &[("type", "submit"), ("class", "button")]);
    // A comment typed before a reload is still there.
    match storage::get(Store::Session, &draft_key(entry)) {
        Some(draft) => {
            if let Some(t) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                t.set_value(&draft);
            }
        }
        None => set(&form, &[("hidden", "")]),
    }
    Some(())
}

fn control_of(el: &Element) -> Option<(Element, String)> {
    let control = el.closest(".faq-feedback").ok().flatten()?;
    let entry = control.get_attribute("data-feedback-entry")?;
    Some((control, entry))
}

fn comment_field(control: &Element) -> Option<web_sys::HtmlTextAreaElement> {
    control
        .query_selector("textarea")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

fn say(control: &Element, text: &str) {
    if let Ok(Some(status)) = control.query_selector(".faq-feedback-status") {
        status.set_text_content(Some(text));
    }
}

/// A click inside the FAQ: "Yes" sends at once, "No" opens the comment.
/// Returns whether the click was the control's.
pub fn on_click(target: &Element, to: &FeedbackTarget) -> bool {
    let Some(value) = target.get_attribute("data-feedback") else {
        return false;
    };
    let Some((control, entry)) = control_of(target) else {
        return true;
    };
    if value == "yes" {
        submit(control, entry, true, to.clone());
    } else if let Ok(Some(form)) = control.query_selector("form") {
        let _ = form.remove_attribute("hidden");
        if let Some(field) = comment_field(&control) {
            let _ = field.focus();
        }
    }
    true
}

/// The comment form was submitted: "No", with the comment.
pub fn on_submit(ev: &web_sys::Event, to: &FeedbackTarget) {
    let Some(form) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Some((control, entry)) = control_of(&form) else {
        return;
    };
    ev.prevent_default();
    submit(control, entry, false, to.clone());
}

/// Typing keeps the comment (sessionStorage), and a changed comment is a
/// new answer with a new key.
pub fn on_input(ev: &web_sys::Event) {
    let Some(field) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    if let Some((control, entry)) = control_of(&field) {
        storage::set(Store::Session, &draft_key(&entry), &field.value());
        let _ = control.remove_attribute("data-key-no");
    }
}

fn busy(control: &Element, on: bool) {
    if let Ok(buttons) = control.query_selector_all("button") {
        for i in 0..buttons.length() {
            if let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = b.toggle_attribute_with_force("disabled", on);
            }
        }
    }
}

fn submit(control: Element, entry: String, helpful: bool, to: FeedbackTarget) {
    let comment = if helpful {
        String::new()
    } else {
        comment_field(&control)
            .map(|f| f.value())
            .unwrap_or_default()
    };
    let feedback = match Feedback::new(&entry, helpful, &comment, &to.locale) {
        Ok(f) => f,
        Err(e) => return say(&control, &e.to_string()),
    };
    // One key per answer, kept for every retry of it.
    let key_attr = if helpful {
        "data-key-yes"
    } else {
        "data-key-no"
    };
    let key = control
        .get_attribute(key_attr)
        .and_then(|k| IdempotencyKey::parse(&k).ok())
        .unwrap_or_else(new_key);
    let _ = control.set_attribute(key_attr, key.as_str());
    busy(&control, true);
    say(&control, &t("Sending…"));
    spawn_local(async move {
        let body = feedback.to_json();
        let mut sending = Sending::new(key);
        loop {
            let outcome = post(&to.url, sending.key(), &body).await;
            match sending.decide(&outcome, clock::now()) {
                Next::Done => {
                    storage::set(
                        Store::Local,
                        &answered_key(&entry),
                        if helpful { "yes" } else { "no" },
                    );
                    storage::remove(Store::Session, &draft_key(&entry));
                    for part in [".faq-feedback-ask", "form"] {
                        if let Ok(Some(el)) = control.query_selector(part) {
                            el.remove();
                        }
                    }
                    return say(&control, &t("Thank you for your answer."));
                }
                Next::Retry { delay, notice } => {
                    say(&control, &notice);
                    sleep(delay).await;
                }
                Next::Fail(message) => {
                    busy(&control, false);
                    return say(&control, &message);
                }
            }
        }
    });
}
