//! "Was this helpful? Yes / No" under each FAQ answer, when `config.json`
//! names a `feedback_url`. "No" opens an optional comment ("What was
//! missing?", 500 characters at most). Posted like the subscription: one
//! idempotency key per answer, retries with back-off, and a comment that
//! could not be sent stays in its field (and in sessionStorage across a
//! reload). One answer per entry per visitor (localStorage).

use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

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

fn answered_key(entry: &str) -> String {
    format!("feedback:{entry}")
}

fn draft_key(entry: &str) -> String {
    format!("feedback-draft:{entry}")
}

/// The control of one entry.
#[component]
pub fn FaqFeedback(entry: String, to: FeedbackTarget) -> impl IntoView {
    let answered = storage::get(Store::Local, &answered_key(&entry)).is_some();
    // The ask and the form go once an answer is in.
    let done = RwSignal::new(answered);
    let status = RwSignal::new(if answered {
        t("Thank you: you answered whether this helped.")
    } else {
        String::new()
    });
    let busy = RwSignal::new(false);
    // One key per answer ([no, yes]), kept for every retry of it; a changed
    // comment is a new answer.
    let keys = StoredValue::new([None::<IdempotencyKey>, None]);
    // A comment typed before a reload is still there.
    let draft = storage::get(Store::Session, &draft_key(&entry));
    let form_hidden = draft.is_none();
    let field = NodeRef::<Textarea>::new();
    let id = format!("feedback-{entry}");
    let target = StoredValue::new((entry.clone(), to));

    let send = move |helpful: bool| {
        let (entry, to) = target.get_value();
        let comment = match field.get_untracked() {
            Some(f) if !helpful => f.value(),
            _ => String::new(),
        };
        let feedback = match Feedback::new(&entry, helpful, &comment, &to.locale) {
            Ok(f) => f,
            Err(e) => return status.set(e.to_string()),
        };
        let slot = usize::from(helpful);
        let key = keys.with_value(|k| k[slot].clone()).unwrap_or_else(new_key);
        keys.update_value(|k| k[slot] = Some(key.clone()));
        busy.set(true);
        status.set(t("Sending…"));
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
                        done.set(true);
                        return status.set(t("Thank you for your answer."));
                    }
                    Next::Retry { delay, notice } => {
                        status.set(notice);
                        sleep(delay).await;
                    }
                    Next::Fail(message) => {
                        busy.set(false);
                        return status.set(message);
                    }
                }
            }
        });
    };
    // "No" shows the comment form and puts the focus in it, in the same
    // event (a hidden field cannot take the focus).
    let open_form = move |_| {
        if let Some(f) = field.get_untracked() {
            if let Some(form) = f.parent_element() {
                let _ = form.remove_attribute("hidden");
            }
            let _ = f.focus();
        }
    };
    let typed = move |ev| {
        let draft = event_target_value(&ev);
        target.with_value(|(entry, _)| storage::set(Store::Session, &draft_key(entry), &draft));
        keys.update_value(|k| k[0] = None);
    };
    let ask = move || {
        (!done.get()).then(|| {
            view! {
                <p class="faq-feedback-ask">
                    <span>{t("Was this helpful?") + " "}</span>
                    <button type="button" class="link-button" data-feedback="yes" disabled=busy on:click=move |_| send(true)>
                        {t("Yes")}
                    </button>
                    <button type="button" class="link-button" data-feedback="no" disabled=busy on:click=open_form>
                        {t("No")}
                    </button>
                </p>
                <form
                    class="faq-feedback-form"
                    hidden=form_hidden
                    on:submit=move |ev| {
                        ev.prevent_default();
                        send(false);
                    }
                >
                    <label for=id.clone()>{t("What was missing? (optional, 500 characters at most)")}</label>
                    <textarea id=id.clone() name="comment" maxlength="500" rows="3" node_ref=field prop:value=draft.clone().unwrap_or_default() on:input=typed></textarea>
                    <button type="submit" class="button" disabled=busy>{t("Send")}</button>
                </form>
            }
            .into_any()
        })
    };
    view! {
        <div class="faq-feedback" data-feedback-entry=entry>
            {ask}
            <p role="status" class="faq-feedback-status">{status}</p>
        </div>
    }
}
