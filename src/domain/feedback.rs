//! "Was this helpful?" on the FAQ: what is sent to `config.json`'s
//! `feedback_url`, and what to do after each attempt. The same retry
//! machine as the subscription (`domain::retry`): one idempotency key per
//! answer, a few attempts with back-off, and nothing typed is lost when
//! sending fails.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::countdown::duration_words_seconds;
use super::i18n::{t, tf};
use super::json::{self, Field};
use super::retry::{Attempts, IdempotencyKey, Outcome};

/// The longest comment (in characters).
pub const MAX_COMMENT_CHARS: usize = 500;

/// One answer: `{"entry", "helpful", "comment", "locale"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub entry: String,
    pub helpful: bool,
    pub comment: Option<String>,
    pub locale: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentError {
    TooLong,
}

impl std::fmt::Display for CommentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let max = MAX_COMMENT_CHARS.to_string();
        let a = [("max", max.as_str())];
        f.write_str(&tf("Keep the comment to {max} characters or fewer", &a))
    }
}

impl std::error::Error for CommentError {}

impl Feedback {
    /// A comment is trimmed; a blank one is none.
    pub fn new(
        entry: &str,
        helpful: bool,
        comment: &str,
        locale: &str,
    ) -> Result<Feedback, CommentError> {
        let comment = comment.trim();
        if comment.chars().count() > MAX_COMMENT_CHARS {
            return Err(CommentError::TooLong);
        }
        Ok(Feedback {
            entry: entry.to_owned(),
            helpful,
            comment: (!comment.is_empty()).then(|| comment.to_owned()),
            locale: locale.to_owned(),
        })
    }

    pub fn to_json(&self) -> String {
        let helpful = if self.helpful { "true" } else { "false" };
        let mut fields = vec![
            ("entry", Field::Str(&self.entry)),
            ("helpful", Field::Raw(helpful)),
        ];
        if let Some(c) = &self.comment {
            fields.push(("comment", Field::Str(c)));
        }
        fields.push(("locale", Field::Str(&self.locale)));
        json::object(&fields)
    }
}

/// After an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Received (2xx; 409 means it already was).
    Done,
    /// Try again after `delay`; `notice` says so in the live region.
    Retry { delay: Duration, notice: String },
    /// Give up for now, with what to tell the visitor.
    Fail(String),
}

/// One answer being sent: its key, the same for every retry of it, and the
/// attempts so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sending {
    key: IdempotencyKey,
    attempts: Attempts,
}

impl Sending {
    pub fn new(key: IdempotencyKey) -> Sending {
        Sending {
            key,
            attempts: Attempts::default(),
        }
    }

    pub fn key(&self) -> &IdempotencyKey {
        &self.key
    }

    /// Sending the same answer again after giving up: the same key, a fresh
    /// round of attempts.
    pub fn restart(&mut self) {
        self.attempts.restart();
    }

    /// What to do after an attempt ended in `outcome`. Unlike the
    /// subscription, a 429 counts as one more failure: an answer is not
    /// worth telling the visitor to come back for.
    pub fn decide(&mut self, outcome: &Outcome, now: DateTime<Utc>) -> Next {
        // `give_up`: what to say when this was the last attempt.
        let mut transient =
            |asked: Option<&str>, give_up: String| match self.attempts.failed(asked, now) {
                None => Next::Fail(give_up),
                Some(delay) => {
                    let d = duration_words_seconds(delay);
                    let a = [("duration", d.as_str())];
                    let notice = tf("Not sent yet; trying again in {duration}.", &a);
                    Next::Retry { delay, notice }
                }
            };
        match outcome {
            Outcome::Network(_) => transient(None, t("Your answer could not be sent: the feedback service could not be reached. It is kept here; try again later.")),
            Outcome::Timeout => transient(None, t("Your answer could not be sent: the feedback service did not answer in time. It is kept here; try again later.")),
            Outcome::Answer {
                status,
                retry_after,
                ..
            } => match status {
                200..=299 | 409 => Next::Done,
                408 | 429 | 500..=599 => transient(
                    retry_after.as_deref(),
                    tf("Your answer could not be sent: the feedback service is not working (HTTP {status}). It is kept here; try again later.", &[("status", &status.to_string())]),
                ),
                400 | 422 => Next::Fail(t("The feedback service did not accept this answer. Shorten or change the comment and try again.")),
                other => Next::Fail(tf("Your answer could not be sent (HTTP {status}). It is kept here; try again later.", &[("status", &other.to_string())])),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, retry_after: Option<&str>) -> Outcome {
        Outcome::Answer {
            status,
            retry_after: retry_after.map(str::to_owned),
            body: String::new(),
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
            .expect("instant")
            .with_timezone(&Utc)
    }

    #[test]
    fn the_body_is_the_contract_shape() {
        let f = Feedback::new("downtime", false, "  Which \"tenants\"?\n ", "de-DE").expect("ok");
        let v: serde_json::Value = serde_json::from_str(&f.to_json()).expect("JSON");
        assert_eq!(
            v,
            serde_json::json!({"entry": "downtime", "helpful": false, "comment": "Which \"tenants\"?", "locale": "de-DE"})
        );
        let yes = Feedback::new("when", true, "   ", "en").expect("ok");
        assert_eq!(
            yes.to_json(),
            r#"{"entry":"when","helpful":true,"locale":"en"}"#
        );
    }

    #[test]
    fn comments_over_500_characters_are_refused() {
        let long = "é".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(
            Feedback::new("x", false, &long, "en"),
            Err(CommentError::TooLong)
        );
        let max = "é".repeat(MAX_COMMENT_CHARS);
        assert!(Feedback::new("x", false, &max, "en").is_ok());
    }

    fn key() -> IdempotencyKey {
        IdempotencyKey::from_random_bytes([7; 16])
    }

    /// What the `attempt`-th attempt (1-based) ending in `outcome` leads
    /// to, the ones before it having timed out.
    fn decide(outcome: &Outcome, attempt: u32, now: DateTime<Utc>) -> Next {
        let mut sending = Sending::new(key());
        for _ in 1..attempt {
            sending.decide(&Outcome::Timeout, now);
        }
        sending.decide(outcome, now)
    }

    fn delay(next: Next) -> Duration {
        match next {
            Next::Retry { delay, .. } => delay,
            other => panic!("expected a retry, got {other:?}"),
        }
    }

    #[test]
    fn outcomes() {
        assert_eq!(decide(&answer(202, None), 1, now()), Next::Done);
        assert_eq!(decide(&answer(409, None), 1, now()), Next::Done);
        assert_eq!(
            delay(decide(&answer(503, None), 1, now())),
            Duration::from_secs(1)
        );
        assert_eq!(
            delay(decide(&Outcome::Timeout, 2, now())),
            Duration::from_secs(2)
        );
        assert_eq!(
            delay(decide(&answer(429, Some("5")), 1, now())),
            Duration::from_secs(5)
        );
        let Next::Fail(m) = decide(&Outcome::Network("x".into()), 3, now()) else {
            panic!("third failure gives up");
        };
        assert!(
            m.contains("could not be reached") && m.contains("kept here"),
            "{m}"
        );
        assert!(matches!(
            decide(&answer(422, None), 1, now()),
            Next::Fail(_)
        ));
        assert!(matches!(
            decide(&answer(404, None), 1, now()),
            Next::Fail(_)
        ));
    }

    /// The bug this catches: the notice once used the countdown's wording
    /// (to the minute), so a 1 s or 2 s wait read "less than a minute".
    #[test]
    fn a_retry_says_how_many_seconds_it_waits() {
        let mut sending = Sending::new(key());
        let notices: Vec<String> = [answer(503, None), Outcome::Timeout]
            .iter()
            .map(|o| match sending.decide(o, now()) {
                Next::Retry { notice, .. } => notice,
                other => panic!("expected a retry, got {other:?}"),
            })
            .collect();
        assert_eq!(
            notices,
            [
                "Not sent yet; trying again in 1 second.",
                "Not sent yet; trying again in 2 seconds."
            ]
        );
        let Next::Retry { notice, .. } = decide(&answer(429, Some("45")), 1, now()) else {
            panic!("a short Retry-After is waited for");
        };
        assert_eq!(notice, "Not sent yet; trying again in 45 seconds.");
    }

    #[test]
    fn a_retry_notice_is_in_the_pages_language() {
        use crate::domain::i18n::{install, Catalog};
        let de = r#"{"messages": {
            "Not sent yet; trying again in {duration}.": "Noch nicht gesendet; neuer Versuch in {duration}.",
            "{n} seconds": {"one": "{n} Sekunde", "other": "{n} Sekunden"}}}"#;
        let plural = Box::new(|n: u64| (if n == 1 { "one" } else { "other" }).to_owned());
        install(Some(Catalog::parse("de", de, plural).expect("catalog")));
        let mut sending = Sending::new(key());
        let first = sending.decide(&Outcome::Timeout, now());
        let second = sending.decide(&Outcome::Timeout, now());
        install(None);
        let notice = |n: Next| match n {
            Next::Retry { notice, .. } => notice,
            other => panic!("expected a retry, got {other:?}"),
        };
        assert_eq!(
            notice(first),
            "Noch nicht gesendet; neuer Versuch in 1 Sekunde."
        );
        assert_eq!(
            notice(second),
            "Noch nicht gesendet; neuer Versuch in 2 Sekunden."
        );
    }

    #[test]
    fn sending_again_keeps_the_key_and_starts_a_fresh_round() {
        let mut sending = Sending::new(key());
        for _ in 0..3 {
            sending.decide(&Outcome::Timeout, now());
        }
        sending.restart();
        assert_eq!(sending.key(), &key());
        assert_eq!(
            delay(sending.decide(&Outcome::Timeout, now())),
            Duration::from_secs(1)
        );
    }
}
