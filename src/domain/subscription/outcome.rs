//! What the page does after each answer (or non-answer) of the
//! subscription endpoint. How often and how long to retry is the one retry
//! machine's (`domain::retry`); which answers mean what, and what to tell
//! the visitor, is this file's.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::email::format_message;
use super::request::SubscriptionRequest;
use crate::domain::countdown::duration_words_seconds;
use crate::domain::display::{TimeView, Wall};
use crate::domain::i18n::{t, tf};
use crate::domain::retry::{Attempts, IdempotencyKey, Outcome, RateLimit, RetryPolicy};
use crate::domain::zone::Zone;

/// Longest server message shown (in characters); longer ones are cut.
const MAX_SERVER_MESSAGE: usize = 300;

/// The kinds of success (docs/feed-format.md, "Subscribing").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Success {
    /// `{"status": "subscribed"}`
    Subscribed,
    /// `{"status": "pending_confirmation"}`: double opt-in.
    PendingConfirmation,
    /// 409: the address was already subscribed.
    AlreadySubscribed,
    /// A 2xx without a status this page knows (e.g. 204): accepted.
    Received,
}

impl Success {
    pub fn message(self) -> String {
        match self {
            Success::Subscribed => t("You are subscribed. We will email you about maintenance."),
            Success::PendingConfirmation => t("Check your inbox to confirm: we have sent you an email with a link to confirm your subscription."),
            Success::AlreadySubscribed => t("This address is already subscribed. You do not need to do anything."),
            Success::Received => t("Thank you: your subscription request was received."),
        }
    }

    /// The `data-result` slug.
    pub fn as_str(self) -> &'static str {
        match self {
            Success::Subscribed => "subscribed",
            Success::PendingConfirmation => "pending_confirmation",
            Success::AlreadySubscribed => "already_subscribed",
            Success::Received => "received",
        }
    }
}

/// A field of the form that a server error can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Email,
    Regions,
}

impl Field {
    /// A server's `error.field`; `None` for anything the form has no input for.
    pub fn from_server(name: &str) -> Option<Field> {
        match name.trim() {
            "email" => Some(Field::Email),
            "regions" | "region" => Some(Field::Regions),
            n if n.starts_with("regions[") || n.starts_with("regions.") => Some(Field::Regions),
            _ => None,
        }
    }
}

/// Why a submission stopped without success. Each message says what
/// happened and what to do; "nothing typed is lost" holds because the form
/// never clears on failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitError {
    Unavailable(u16),
    Network,
    Timeout,
    RateLimited {
        /// When the server said to come back, in the display zone (if the
        /// date is representable). The page words it with its Intl
        /// formatter, like every other date ([`SubmitError::message`]).
        until: Option<TimeView>,
        wait: Duration,
    },
    NotFound(u16),
    TooLarge,
    UnsupportedType,
    Refused(u16),
    UnexpectedAnswer(u16),
}

/// The message with the wall time as `2026-11-26 18:45` (for logs and
/// tests; the page passes its Intl formatter to [`SubmitError::message`]).
impl std::fmt::Display for SubmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(|w| {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                w.year, w.month, w.day, w.hour, w.minute
            )
        }))
    }
}

impl std::error::Error for SubmitError {}

impl SubmitError {
    /// What the visitor reads, in the page's language. `when` words the wall
    /// time a rate limit ends at (the page's `TimeFormatter::date_time`).
    pub fn message(&self, when: impl FnOnce(&Wall) -> String) -> String {
        match self {
            SubmitError::Unavailable(s) => tf("The subscription service is not working at the moment (HTTP {status}). Your details are still here: try again in a few minutes.", &[("status", &s.to_string())]),
            SubmitError::Network => t("The subscription service could not be reached. Check your connection, then try again."),
            SubmitError::Timeout => t("The subscription service did not answer in time. Your details are still here: try again in a few minutes."),
            SubmitError::RateLimited { until: Some(at), wait } => tf("Too many requests. Try again after {time} (in about {duration}).", &[("time", &when(&at.wall)), ("duration", &duration_words_seconds(*wait))]),
            SubmitError::RateLimited { until: None, .. } => t("Too many requests. Try again later."),
            SubmitError::NotFound(s) => tf("The subscription service was not found (HTTP {status}): this page's subscription address is wrong. Please tell the site's owner.", &[("status", &s.to_string())]),
            SubmitError::TooLarge => t("The subscription service refused a request this large (HTTP 413). Check your email address."),
            SubmitError::UnsupportedType => t("The subscription service does not accept this page's requests (HTTP 415). Please tell the site's owner."),
            SubmitError::Refused(s) => tf("The subscription service refused the request (HTTP {status}).", &[("status", &s.to_string())]),
            SubmitError::UnexpectedAnswer(s) => tf("The subscription service gave an answer this page does not understand (HTTP {status}). You may be subscribed already; if no email arrives, try again.", &[("status", &s.to_string())]),
        }
    }

    /// Whether sending the same submission again may help (the "Try again"
    /// button).
    pub fn can_retry(&self) -> bool {
        matches!(
            self,
            SubmitError::Unavailable(_)
                | SubmitError::Network
                | SubmitError::Timeout
                | SubmitError::RateLimited { .. }
                | SubmitError::UnexpectedAnswer(_)
        )
    }

    /// The `data-reason` slug.
    pub fn reason(&self) -> &'static str {
        match self {
            SubmitError::Unavailable(_) => "unavailable",
            SubmitError::Network => "network",
            SubmitError::Timeout => "timeout",
            SubmitError::RateLimited { .. } => "rate-limited",
            SubmitError::NotFound(_) => "not-found",
            SubmitError::TooLarge => "too-large",
            SubmitError::UnsupportedType => "unsupported-type",
            SubmitError::Refused(_) => "refused",
            SubmitError::UnexpectedAnswer(_) => "unexpected-answer",
        }
    }
}

/// What the page does after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Done: show the success and clear the draft.
    Done(Success),
    /// The server did not accept what was typed: show `message` beside
    /// `field` (or, when the form has no such field, in the live region).
    Invalid {
        field: Option<Field>,
        message: String,
    },
    /// Wait, then send the same request with the same key again. `notice`
    /// says so in the live region.
    Retry { delay: Duration, notice: String },
    /// Stop and show the error (with "Try again" when it can help).
    Fail(SubmitError),
}

/// A 2xx body: a JSON object naming a known status, any other JSON object
/// or nothing (accepted), or something that is not our API at all (an HTML
/// page from a misconfigured host).
fn success_from_body(status: u16, body: &str) -> Result<Success, SubmitError> {
    if body.trim().is_empty() {
        return Ok(Success::Received);
    }
    match serde_json::from_str::<serde_json::Value>(body) {
        Ok(serde_json::Value::Object(obj)) => Ok(
            match obj.get("status").and_then(serde_json::Value::as_str) {
                Some("subscribed") => Success::Subscribed,
                Some("pending_confirmation") => Success::PendingConfirmation,
                _ => Success::Received,
            },
        ),
        _ => Err(SubmitError::UnexpectedAnswer(status)),
    }
}

fn shorten(message: &str) -> String {
    let message = message.trim();
    match message.char_indices().nth(MAX_SERVER_MESSAGE) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message.to_owned(),
    }
}

/// A 400/422: the server's message (as text) and the field it names.
fn invalid_from_body(status: u16, body: &str) -> Next {
    // Read through `serde_json::Value` (which the feed parser already uses)
    // rather than a derived struct: a derive costs wasm for one small body.
    let parsed = serde_json::from_str::<serde_json::Value>(body).ok();
    let detail = parsed.as_ref().and_then(|v| v.get("error"));
    let text = |name: &str| {
        detail
            .and_then(|d| d.get(name))
            .and_then(serde_json::Value::as_str)
    };
    let field = text("field").and_then(Field::from_server);
    let message = text("message")
        .map(shorten)
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| match field {
            Some(Field::Email) => format_message(),
            Some(Field::Regions) => t("Choose regions from the list"),
            None => tf("The subscription service did not accept this request (HTTP {status}). Check your details and try again.", &[("status", &status.to_string())]),
        });
    Next::Invalid { field, message }
}

/// One submission: the request, its key, and how many times it has failed.
/// Every retry of it (automatic, or "Try again") reuses the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    request: SubscriptionRequest,
    key: IdempotencyKey,
    attempts: Attempts,
}

impl Submission {
    pub fn new(request: SubscriptionRequest, key: IdempotencyKey) -> Submission {
        Submission::with_policy(request, key, RetryPolicy::default())
    }

    pub fn with_policy(
        request: SubscriptionRequest,
        key: IdempotencyKey,
        policy: RetryPolicy,
    ) -> Submission {
        Submission {
            request,
            key,
            attempts: Attempts::new(policy),
        }
    }

    pub fn request(&self) -> &SubscriptionRequest {
        &self.request
    }

    pub fn key(&self) -> &IdempotencyKey {
        &self.key
    }

    /// The body to send.
    pub fn body(&self) -> String {
        self.request.to_json()
    }

    /// "Try again": the same request and key, with a fresh round of attempts.
    pub fn restart(&mut self) {
        self.attempts.restart();
    }

    /// Decides what to do after an attempt. `now` is for an HTTP-date
    /// `Retry-After`; `zone` for saying when to come back.
    pub fn decide(&mut self, outcome: &Outcome, now: DateTime<Utc>, zone: Zone) -> Next {
        match outcome {
            Outcome::Network(_) => self.transient(None, SubmitError::Network, now),
            Outcome::Timeout => self.transient(None, SubmitError::Timeout, now),
            Outcome::Answer {
                status,
                retry_after,
                body,
            } => {
                let retry_after = retry_after.as_deref();
                match *status {
                    200..=299 => match success_from_body(*status, body) {
                        Ok(s) => Next::Done(s),
                        Err(e) => Next::Fail(e),
                    },
                    409 => Next::Done(Success::AlreadySubscribed),
                    400 | 422 => invalid_from_body(*status, body),
                    429 => self.rate_limited(retry_after, now, zone),
                    408 | 500..=599 => {
                        self.transient(retry_after, SubmitError::Unavailable(*status), now)
                    }
                    404 | 405 | 410 => Next::Fail(SubmitError::NotFound(*status)),
                    413 => Next::Fail(SubmitError::TooLarge),
                    415 => Next::Fail(SubmitError::UnsupportedType),
                    other => Next::Fail(SubmitError::Refused(other)),
                }
            }
        }
    }

    /// 5xx, 408, network error, timeout: back off and retry, up to
    /// `max_attempts` in all, saying so.
    fn transient(
        &mut self,
        retry_after: Option<&str>,
        give_up: SubmitError,
        now: DateTime<Utc>,
    ) -> Next {
        let Some(delay) = self.attempts.failed(retry_after, now) else {
            return Next::Fail(give_up);
        };
        let duration = duration_words_seconds(delay);
        let attempt = self.attempts.next_attempt().to_string();
        let max = self.attempts.policy().max_attempts.to_string();
        let status = match give_up {
            SubmitError::Unavailable(status) => status.to_string(),
            _ => String::new(),
        };
        let args = [
            ("duration", duration.as_str()),
            ("attempt", &attempt),
            ("max", &max),
            ("status", &status),
        ];
        let notice = match give_up {
            SubmitError::Timeout => tf("The subscription service did not answer in time; trying again in {duration} (attempt {attempt} of {max}).", &args),
            SubmitError::Network => tf("The subscription service could not be reached; trying again in {duration} (attempt {attempt} of {max}).", &args),
            SubmitError::Unavailable(_) => tf("The subscription service is not working (HTTP {status}); trying again in {duration} (attempt {attempt} of {max}).", &args),
            _ => tf("The subscription service failed; trying again in {duration} (attempt {attempt} of {max}).", &args),
        };
        Next::Retry { delay, notice }
    }

    /// 429: wait and say so, or stop and say when to come back (in `zone`).
    fn rate_limited(&mut self, retry_after: Option<&str>, now: DateTime<Utc>, zone: Zone) -> Next {
        match self.attempts.rate_limited(retry_after, now) {
            RateLimit::Wait(delay) => {
                let d = duration_words_seconds(delay);
                let a = [("duration", d.as_str())];
                let notice = tf("Too many requests; trying again in {duration}.", &a);
                Next::Retry { delay, notice }
            }
            RateLimit::ComeBack { wait, at } => Next::Fail(SubmitError::RateLimited {
                until: at.map(|at| TimeView::new(zone, at)),
                wait,
            }),
        }
    }
}
