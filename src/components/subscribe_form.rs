//! The subscription form (docs/feed-format.md, "Subscribing" and "Markup that tests and embedders rely on"): email, one checkbox per region,
//! a honeypot, and a live region whose `data-state` says where it is. What
//! to send and what each answer means is the core's
//! (`domain::subscription`); this file only wires it to the page.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::locale::TimeFormatter;
use crate::browser::storage::{self, Store};
use crate::browser::{clock, post};
use crate::domain::feed::Region;
use crate::domain::i18n::{t, tf};
use crate::domain::retry::Outcome;
use crate::domain::subscription::{
    prepare, Draft, Field, Next, Phase, Prepared, Submission, Success,
};
use crate::domain::zone::Zone;

/// The sessionStorage entry that keeps what was typed across a reload.
const DRAFT_KEY: &str = "subscribe-draft";
const STATUS_ID: &str = "subscribe-status";

fn restore_draft(regions: &[Region]) -> Draft {
    match storage::get(Store::Session, DRAFT_KEY).map(|t| Draft::from_json(&t)) {
        Some(Ok(draft)) => draft.known_regions(regions),
        Some(Err(e)) => {
            web_sys::console::warn_1(&e.to_string().into());
            storage::remove(Store::Session, DRAFT_KEY);
            Draft::default()
        }
        None => Draft::default(),
    }
}

fn save_draft(draft: &Draft) {
    if draft.is_empty() {
        storage::remove(Store::Session, DRAFT_KEY);
    } else {
        // Storage may refuse (private mode, quota): the form still works.
        let _ = storage::set(Store::Session, DRAFT_KEY, &draft.to_json());
    }
}

/// The live region's words for a field's error.
fn problem(message: &str) -> String {
    tf("There is a problem: {message}", &[("message", message)])
}

/// Focuses the element with `id` once the view has caught up with the state.
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

#[component]
pub fn SubscribeForm(
    /// Absolute URL of the subscription endpoint.
    endpoint: String,
    /// The feed's regions, one checkbox each.
    regions: Vec<Region>,
    /// The visitor's zone, sent as `time_zone`.
    #[prop(into)]
    zone: Signal<Zone>,
    /// The visitor's locale, sent as `locale`.
    locale: String,
) -> impl IntoView {
    let restored = restore_draft(&regions);
    let email = RwSignal::new(restored.email);
    let chosen = RwSignal::new(restored.regions);
    let honeypot = RwSignal::new(String::new());
    let phase = RwSignal::new(Phase::Idle);
    let email_error = RwSignal::new(None::<String>);
    let regions_error = RwSignal::new(None::<String>);
    // The submission that last failed in a way "Try again" can help, so that
    // sending the same thing again reuses its Idempotency-Key.
    let failed: StoredValue<Option<Submission>> = StoredValue::new(None);
    let endpoint = StoredValue::new(endpoint);
    // Built once, not per answer: it words the time a rate limit ends, like
    // every other date on the page (Intl in the page's locale).
    let formatter = StoredValue::new_local(TimeFormatter::new(&locale));
    let locale = StoredValue::new(locale);
    let feed_regions = StoredValue::new(regions.clone());

    Effect::new(move |_| {
        save_draft(&Draft {
            email: email.get(),
            regions: chosen.get(),
        });
    });

    let succeed = move |success: Success| {
        phase.try_set(Phase::Succeeded(success));
        storage::remove(Store::Session, DRAFT_KEY);
        focus_later(STATUS_ID);
    };

    // Sends `sub` until the core says stop; every attempt has the same key.
    let run = move |mut sub: Submission| {
        phase.set(Phase::Submitting { notice: None });
        spawn_local(async move {
            let url = endpoint.get_value();
            loop {
                let outcome = post::post(&url, sub.key(), &sub.body()).await;
                if let Outcome::Network(detail) = &outcome {
                    web_sys::console::warn_1(&format!("subscription request: {detail}").into());
                }
                let zone = zone.try_get_untracked().unwrap_or(Zone::UTC);
                match sub.decide(&outcome, clock::now(), zone) {
                    Next::Retry { delay, notice } => {
                        phase.try_set(Phase::Submitting {
                            notice: Some(notice),
                        });
                        post::sleep(delay).await;
                        continue;
                    }
                    Next::Done(success) => succeed(success),
                    Next::Invalid { field, message } => {
                        phase.try_set(Phase::invalid(match field {
                            Some(_) => problem(&message),
                            None => message.clone(),
                        }));
                        match field {
                            Some(Field::Email) => {
                                email_error.try_set(Some(message));
                                focus_later("subscribe-email");
                            }
                            Some(Field::Regions) => {
                                regions_error.try_set(Some(message));
                                focus_later("subscribe-region-0");
                            }
                            None => focus_later(STATUS_ID),
                        }
                    }
                    Next::Fail(error) => {
                        web_sys::console::warn_1(
                            &format!("subscription failed: {}", error.reason()).into(),
                        );
                        let failed_phase =
                            formatter.try_with_value(|f| Phase::failed(&error, |w| f.date_time(w)));
                        if let Some(p) = failed_phase {
                            phase.try_set(p);
                        }
                        if error.can_retry() {
                            failed.try_set_value(Some(sub));
                        }
                        focus_later(STATUS_ID);
                    }
                }
                break;
            }
        });
    };

    let submit = move || {
        if phase.with_untracked(Phase::is_busy) {
            return;
        }
        email_error.set(None);
        regions_error.set(None);
        let draft = Draft {
            email: email.get_untracked(),
            regions: chosen.get_untracked(),
        };
        let prepared = feed_regions.with_value(|regions| {
            locale.with_value(|locale| {
                prepare(
                    &draft,
                    &honeypot.get_untracked(),
                    regions,
                    zone.get_untracked(),
                    locale,
                )
            })
        });
        match prepared {
            Ok(Prepared::Trap) => succeed(Success::Subscribed),
            Ok(Prepared::Send(request)) => {
                // The same details again after a failure are the same
                // submission: same key, a fresh round of attempts.
                let sub = match failed.get_value() {
                    Some(mut sub) if sub.request() == &request => {
                        sub.restart();
                        sub
                    }
                    _ => Submission::new(request, post::new_key()),
                };
                failed.set_value(None);
                run(sub);
            }
            Err(e) => {
                let message = e.to_string();
                phase.set(Phase::invalid(problem(&message)));
                email_error.set(Some(message));
                focus_later("subscribe-email");
            }
        }
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        submit();
    };

    let toggle = move |id: String, on: bool| {
        chosen.update(|c| {
            c.retain(|x| x != &id);
            if on {
                c.push(id);
            }
        });
    };

    let has_regions = !regions.is_empty();
    let checkboxes = regions
        .into_iter()
        .enumerate()
        .map(|(i, region)| {
            let id = region.id.as_str().to_owned();
            let dom_id = format!("subscribe-region-{i}");
            let checked = {
                let id = id.clone();
                move || chosen.with(|c| c.contains(&id))
            };
            let on_change = {
                let id = id.clone();
                move |ev| toggle(id.clone(), event_target_checked(&ev))
            };
            view! {
                <li class="subscribe-region">
                    <input
                        type="checkbox"
                        name="region"
                        id=dom_id.clone()
                        value=id
                        prop:checked=checked
                        on:change=on_change
                    />
                    <label for=dom_id>{region.name}</label>
                </li>
            }
        })
        .collect_view();

    let email_described = move || {
        email_error
            .with(Option::is_some)
            .then_some("subscribe-email-error")
    };
    let regions_described = move || {
        if regions_error.with(Option::is_some) {
            "subscribe-regions-hint subscribe-regions-error"
        } else {
            "subscribe-regions-hint"
        }
    };
    let result = move || match phase.get() {
        Phase::Succeeded(s) => Some(s.as_str()),
        _ => None,
    };

    view! {
        <form
            id="subscribe"
            class="subscribe"
            novalidate=true
            aria-labelledby="subscribe-heading"
            on:submit=on_submit
        >
            <h2 id="subscribe-heading">{t("Get maintenance emails")}</h2>
            <p class="subscribe-intro">
                {t("We will email you when maintenance is planned, moved or cancelled.")}
            </p>
            <div class="subscribe-field">
                <label for="subscribe-email">{t("Email address")}</label>
                {move || {
                    email_error
                        .get()
                        .map(|message| {
                            view! {
                                <p id="subscribe-email-error" class="field-error">
                                    <span class="visually-hidden">{t("Error:")} " "</span>
                                    {message}
                                </p>
                            }
                        })
                }}
                <input
                    id="subscribe-email"
                    type="email"
                    name="email"
                    autocomplete="email"
                    spellcheck="false"
                    autocapitalize="off"
                    aria-invalid=move || email_error.with(Option::is_some).then_some("true")
                    aria-describedby=email_described
                    prop:value=move || email.get()
                    on:input=move |ev| email.set(event_target_value(&ev))
                />
            </div>
            {has_regions
                .then(|| {
                    view! {
                        <fieldset
                            class="subscribe-regions"
                            aria-describedby=regions_described
                        >
                            <legend>{t("Regions")}</legend>
                            <p id="subscribe-regions-hint" class="hint">
                                {t("Tick the regions you use. Leave them all unticked to hear about every region.")}
                            </p>
                            {move || {
                                regions_error
                                    .get()
                                    .map(|message| {
                                        view! {
                                            <p id="subscribe-regions-error" class="field-error">
                                                <span class="visually-hidden">{t("Error:")} " "</span>
                                                {message}
                                            </p>
                                        }
                                    })
                            }}
                            <ul class="subscribe-region-list">{checkboxes}</ul>
                        </fieldset>
                    }
                })}
            <div class="subscribe-trap" aria-hidden="true">
                <label for="subscribe-website">{t("Leave this field empty")}</label>
                <input
                    id="subscribe-website"
                    type="text"
                    name="website"
                    tabindex="-1"
                    autocomplete="off"
                    prop:value=move || honeypot.get()
                    on:input=move |ev| honeypot.set(event_target_value(&ev))
                />
            </div>
            <button
                type="submit"
                class="button"
                disabled=move || phase.with(Phase::is_busy)
            >
                {t("Subscribe")}
            </button>
            <div
                role="status"
                class="subscribe-status"
                tabindex="-1"
                id=STATUS_ID
                data-state=move || phase.with(Phase::data_state)
                data-result=result
                data-reason=move || phase.with(Phase::reason)
            >
                {move || phase.with(Phase::message)}
            </div>
            {move || {
                phase
                    .with(|p| matches!(p, Phase::Failed { retry: true, .. }))
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button subscribe-retry"
                                on:click=move |_| submit()
                            >
                                {t("Try again")}
                            </button>
                        }
                    })
            }}
        </form>
    }
}
