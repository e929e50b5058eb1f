//! Subscribing (CONTRACT §3), the pure part: what the visitor typed, the
//! request it becomes, and what the page does after each answer (or
//! non-answer) of the subscription endpoint, including the retry policy and
//! `Retry-After`. No browser here: the browser edge (`browser::subscribe`)
//! only sends, waits and reports an [`Outcome`]; "now" and the zone are
//! parameters.

use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};

use super::i18n::{t, tf, tn};
use super::json::{self, Field as Json};

use super::feed::Region;
use super::zone::Zone;

/// GOV.UK-style messages for the email field (in English: the page shows
/// [`EmailError`]'s `Display`, in the page's language).
pub const EMAIL_EMPTY: &str = "Enter your email address";
pub const EMAIL_FORMAT: &str =
    "Enter an email address in the correct format, like name@example.com";
pub const EMAIL_TOO_LONG: &str = "Email address must be 254 characters or fewer";

/// RFC 5321's limit on a path, less the angle brackets.
pub const MAX_EMAIL_CHARS: usize = 254;

/// Longest server message shown (in characters); longer ones are cut.
const MAX_SERVER_MESSAGE: usize = 300;

// ---------------------------------------------------------------------------
// Email

/// An email address that passed validation; only [`Email::parse`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    Format,
    TooLong,
}

impl std::fmt::Display for EmailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            EmailError::Empty => t("Enter your email address"),
            EmailError::Format => format_message(),
            EmailError::TooLong => t("Email address must be 254 characters or fewer"),
        })
    }
}

impl std::error::Error for EmailError {}

/// [`EMAIL_FORMAT`] in the page's language.
fn format_message() -> String {
    t("Enter an email address in the correct format, like name@example.com")
}

impl Email {
    /// Trims the input and validates it with the `email_address` crate
    /// (RFC 5322/6531, so international addresses are accepted), requiring a
    /// dot in the domain and refusing display names (`Ann <a@b.c>`) and
    /// IP-literal domains, which no one means to type into this field.
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let address = input.trim();
        if address.is_empty() {
            return Err(EmailError::Empty);
        }
        if address.chars().count() > MAX_EMAIL_CHARS {
            return Err(EmailError::TooLong);
        }
        let options = email_address::Options::default()
            .with_required_tld()
            .without_display_text()
            .without_domain_literal();
        match email_address::EmailAddress::parse_with_options(address, options) {
            Ok(_) => Ok(Email(address.to_owned())),
            Err(_) => Err(EmailError::Format),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// ---------------------------------------------------------------------------
// The draft and the request

/// What the visitor has typed and ticked, as kept in sessionStorage so that
/// a reload keeps it. Region ids are as ticked; [`Draft::known_regions`]
/// drops any the feed no longer has.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub email: String,
    pub regions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the saved form draft could not be read ({0})")]
pub struct DraftError(String);

impl Draft {
    pub fn is_empty(&self) -> bool {
        self.email.is_empty() && self.regions.is_empty()
    }

    pub fn to_json(&self) -> String {
        json::object(&[
            ("email", Json::Str(&self.email)),
            ("regions", Json::List(&self.regions)),
        ])
    }

    /// Reads a saved draft: an object whose `email` is a string and whose
    /// `regions` is a list of strings (either may be missing).
    pub fn from_json(text: &str) -> Result<Draft, DraftError> {
        use serde_json::Value;
        let value: Value =
            serde_json::from_str(text).map_err(|e| DraftError(super::json::where_not_json(&e)))?;
        let Value::Object(obj) = value else {
            return Err(DraftError("not an object".to_owned()));
        };
        let email = match obj.get("email") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(DraftError("email is not a string".to_owned())),
        };
        let regions = match obj.get("regions") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| i.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| DraftError("regions is not a list of strings".to_owned()))?,
            Some(_) => return Err(DraftError("regions is not a list".to_owned())),
        };
        Ok(Draft { email, regions })
    }

    /// The draft with only the regions the feed has, in the feed's order,
    /// each once.
    pub fn known_regions(mut self, feed_regions: &[Region]) -> Draft {
        self.regions = feed_regions
            .iter()
            .map(|r| r.id.as_str())
            .filter(|id| self.regions.iter().any(|t| t == id))
            .map(str::to_owned)
            .collect();
        self
    }
}

/// The JSON body of a subscription (CONTRACT §3). Only built from a valid
/// [`Email`] and the feed's own regions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionRequest {
    email: Email,
    /// Empty means all regions.
    regions: Vec<String>,
    time_zone: String,
    locale: String,
}

impl SubscriptionRequest {
    pub fn email(&self) -> &Email {
        &self.email
    }

    pub fn regions(&self) -> &[String] {
        &self.regions
    }

    pub fn time_zone(&self) -> &str {
        &self.time_zone
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn to_json(&self) -> String {
        json::object(&[
            ("email", Json::Str(self.email.as_str())),
            ("regions", Json::List(&self.regions)),
            ("time_zone", Json::Str(&self.time_zone)),
            ("locale", Json::Str(&self.locale)),
        ])
    }
}

/// A BCP 47 tag as the browser reports it, or `en` when it looks like
/// anything else.
fn clean_locale(locale: &str) -> String {
    let locale = locale.trim();
    let plausible = !locale.is_empty()
        && locale.len() <= 35
        && locale
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plausible {
        locale.to_owned()
    } else {
        "en".to_owned()
    }
}

/// Builds the request: the trimmed, validated email, the ticked regions that
/// the feed has (in the feed's order), the display zone and the locale.
pub fn build_request(
    draft: &Draft,
    feed_regions: &[Region],
    zone: Zone,
    locale: &str,
) -> Result<SubscriptionRequest, EmailError> {
    let email = Email::parse(&draft.email)?;
    let regions = draft.clone().known_regions(feed_regions).regions;
    Ok(SubscriptionRequest {
        email,
        regions,
        time_zone: zone.name().to_owned(),
        locale: clean_locale(locale),
    })
}

/// What the form should do with what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prepared {
    /// The honeypot was filled: a bot. Report success and send nothing.
    Trap,
    Send(SubscriptionRequest),
}

/// The honeypot first (a bot learns nothing from a validation message),
/// then [`build_request`].
pub fn prepare(
    draft: &Draft,
    honeypot: &str,
    feed_regions: &[Region],
    zone: Zone,
    locale: &str,
) -> Result<Prepared, EmailError> {
    if !honeypot.trim().is_empty() {
        return Ok(Prepared::Trap);
    }
    build_request(draft, feed_regions, zone, locale).map(Prepared::Send)
}

// ---------------------------------------------------------------------------
// Idempotency key

/// A UUID in its canonical text form: the `Idempotency-Key` of one
/// submission, the same on every retry of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a UUID: \"{0}\"")]
pub struct KeyError(String);

impl IdempotencyKey {
    /// Accepts `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (hex, any case);
    /// stored lower-case.
    pub fn parse(text: &str) -> Result<IdempotencyKey, KeyError> {
        let ok = text.len() == 36
            && text.char_indices().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == '-',
                _ => c.is_ascii_hexdigit(),
            });
        if ok {
            Ok(IdempotencyKey(text.to_ascii_lowercase()))
        } else {
            Err(KeyError(text.to_owned()))
        }
    }

    /// A version 4 (random) UUID from 16 random bytes (RFC 9562 §5.4).
    pub fn from_random_bytes(mut bytes: [u8; 16]) -> IdempotencyKey {
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        IdempotencyKey(format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// ---------------------------------------------------------------------------
// Retry-After

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RetryAfterError {
    #[error("Retry-After is neither a number of seconds nor an HTTP date: \"{0}\"")]
    Unreadable(String),
}

/// `Retry-After` (RFC 9110 §10.2.3): a number of seconds, or an HTTP date
/// (IMF-fixdate, and the obsolete RFC 850 and asctime forms recipients must
/// accept). A date in the past is no wait. A number too large for any clock
/// saturates, so the caller sees a very long wait rather than an error.
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Result<Duration, RetryAfterError> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Duration::from_secs(
            value.parse::<u64>().unwrap_or(u64::MAX),
        ));
    }
    let at = http_date(value, now).ok_or_else(|| RetryAfterError::Unreadable(value.to_owned()))?;
    let at = Utc.from_utc_datetime(&at);
    Ok((at - now).to_std().unwrap_or(Duration::ZERO))
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// An HTTP date (RFC 9110 §5.6.7) in any of its three forms:
/// IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, RFC 850
/// `Sunday, 06-Nov-94 08:49:37 GMT` (a two-digit year more than 50 years
/// ahead of `now` is in the past century) and asctime
/// `Sun Nov  6 08:49:37 1994`. Read by hand rather than with chrono's
/// strftime parser, which would add kilobytes to the wasm for one header.
fn http_date(value: &str, now: DateTime<Utc>) -> Option<NaiveDateTime> {
    let weekday = |w: &str| {
        WEEKDAYS.iter().any(|d| {
            w.eq_ignore_ascii_case(d)
                || (w.is_ascii() && w.len() > 3 && w[..3].eq_ignore_ascii_case(d))
        })
    };
    let month = |m: &str| {
        MONTHS
            .iter()
            .position(|n| m.eq_ignore_ascii_case(n))
            .and_then(|i| u32::try_from(i + 1).ok())
    };
    let digits = |s: &str, min: usize, max: usize| -> Option<u32> {
        (s.len() >= min && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let time = |t: &str| -> Option<(u32, u32, u32)> {
        let mut parts = t.split(':');
        let h = digits(parts.next()?, 2, 2)?;
        let m = digits(parts.next()?, 2, 2)?;
        let s = digits(parts.next()?, 2, 2)?;
        parts.next().is_none().then_some((h, m, s))
    };
    let parts: Vec<&str> = value.split_ascii_whitespace().collect();
    let (year, month, day, (h, m, s)) = match parts.as_slice() {
        [wd, day, mon, year, t, "GMT"] if wd.ends_with(',') && weekday(&wd[..wd.len() - 1]) => (
            i32::try_from(digits(year, 4, 4)?).ok()?,
            month(mon)?,
            digits(day, 2, 2)?,
            time(t)?,
        ),
        [wd, date, t, "GMT"] if wd.ends_with(',') && weekday(&wd[..wd.len() - 1]) => {
            let mut d = date.split('-');
            let (day, mon, yy) = (d.next()?, d.next()?, d.next()?);
            if d.next().is_some() {
                return None;
            }
            let yy = i32::try_from(digits(yy, 2, 2)?).ok()?;
            let this_year = now.year();
            let mut year = this_year - this_year.rem_euclid(100) + yy;
            if year > this_year + 50 {
                year -= 100;
            }
            (year, month(mon)?, digits(day, 2, 2)?, time(t)?)
        }
        [wd, mon, day, t, year] if weekday(wd) => (
            i32::try_from(digits(year, 4, 4)?).ok()?,
            month(mon)?,
            digits(day, 1, 2)?,
            time(t)?,
        ),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(h, m, s)
}

/// `Thu 26 Nov 2026, 18:45` in the page's language: the names and the
/// order are messages (a name missing from a translation stays English).
fn wall_label(at: &DateTime<chrono_tz::Tz>) -> String {
    let pick = |names: String, english: &[&str], i: usize| {
        names
            .split_whitespace()
            .nth(i)
            .unwrap_or(english[i])
            .to_owned()
    };
    let weekday = pick(
        t("Mon Tue Wed Thu Fri Sat Sun"),
        &WEEKDAYS,
        at.weekday().num_days_from_monday() as usize,
    );
    let month = pick(
        t("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
        &MONTHS,
        at.month0() as usize,
    );
    let (day, year) = (at.day().to_string(), at.year().to_string());
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    let args = [
        ("weekday", weekday.as_str()),
        ("day", &day),
        ("month", &month),
        ("year", &year),
        ("time", &time),
    ];
    tf("{weekday} {day} {month} {year}, {time}", &args)
}

// ---------------------------------------------------------------------------
// Outcomes and what the page does next

/// What one attempt gave, as the browser edge reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The endpoint answered (any status).
    Answer {
        status: u16,
        /// The `Retry-After` header, if any.
        retry_after: Option<String>,
        body: String,
    },
    /// No answer: connection refused or dropped, DNS, CORS refusal...
    /// The browser's words, for the console only.
    Network(String),
    /// No answer within the timeout; the request was aborted.
    Timeout,
}

/// The kinds of success (CONTRACT §3).
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
        /// date is representable).
        until: Option<DateTime<chrono_tz::Tz>>,
        wait: Duration,
    },
    NotFound(u16),
    TooLarge,
    UnsupportedType,
    Refused(u16),
    UnexpectedAnswer(u16),
}

impl std::fmt::Display for SubmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            SubmitError::Unavailable(s) => tf("The subscription service is not working at the moment (HTTP {status}). Your details are still here: try again in a few minutes.", &[("status", &s.to_string())]),
            SubmitError::Network => t("The subscription service could not be reached. Check your connection, then try again."),
            SubmitError::Timeout => t("The subscription service did not answer in time. Your details are still here: try again in a few minutes."),
            SubmitError::RateLimited { until: Some(at), wait } => tf("Too many requests. Try again after {time} (in about {duration}).", &[("time", &wall_label(at)), ("duration", &duration_words(*wait))]),
            SubmitError::RateLimited { until: None, .. } => t("Too many requests. Try again later."),
            SubmitError::NotFound(s) => tf("The subscription service was not found (HTTP {status}): this page's subscription address is wrong. Please tell the site's owner.", &[("status", &s.to_string())]),
            SubmitError::TooLarge => t("The subscription service refused a request this large (HTTP 413). Check your email address."),
            SubmitError::UnsupportedType => t("The subscription service does not accept this page's requests (HTTP 415). Please tell the site's owner."),
            SubmitError::Refused(s) => tf("The subscription service refused the request (HTTP {status}).", &[("status", &s.to_string())]),
            SubmitError::UnexpectedAnswer(s) => tf("The subscription service gave an answer this page does not understand (HTTP {status}). You may be subscribed already; if no email arrives, try again.", &[("status", &s.to_string())]),
        })
    }
}

impl std::error::Error for SubmitError {}

impl SubmitError {
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

/// "1 second", "30 seconds", "2 minutes", "3 hours", "2 days" (rounded up).
pub fn duration_words(d: Duration) -> String {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    let secs = secs.max(1);
    if secs < 120 {
        tn("{n} second", "{n} seconds", secs)
    } else if secs < 2 * 3600 {
        tn("{n} minute", "{n} minutes", secs.div_ceil(60))
    } else if secs < 2 * 86400 {
        tn("{n} hour", "{n} hours", secs.div_ceil(3600))
    } else {
        tn("{n} day", "{n} days", secs.div_ceil(86400))
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

/// How hard to try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all for 5xx, network errors and timeouts.
    pub max_attempts: u32,
    /// Wait after the first failed attempt; doubled after each next one.
    pub first_backoff: Duration,
    /// The longest `Retry-After` the page waits for by itself; longer, it
    /// says when to try again.
    pub max_wait: Duration,
    /// How many 429s in a row the page waits through.
    pub max_rate_limited: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            first_backoff: Duration::from_secs(1),
            max_wait: Duration::from_secs(60),
            max_rate_limited: 3,
        }
    }
}

impl RetryPolicy {
    /// The wait after the `failures`-th failure (1-based): 1 s, 2 s, 4 s...
    pub fn backoff(&self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(16);
        self.first_backoff.saturating_mul(1 << doublings)
    }
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
    policy: RetryPolicy,
    failures: u32,
    rate_limited: u32,
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
            policy,
            failures: 0,
            rate_limited: 0,
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
        self.failures = 0;
        self.rate_limited = 0;
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
    /// `max_attempts` in all. A `Retry-After` that is readable and not too
    /// long lengthens the back-off.
    fn transient(
        &mut self,
        retry_after: Option<&str>,
        give_up: SubmitError,
        now: DateTime<Utc>,
    ) -> Next {
        self.failures += 1;
        if self.failures >= self.policy.max_attempts {
            return Next::Fail(give_up);
        }
        let mut delay = self.policy.backoff(self.failures);
        if let Some(asked) = retry_after.and_then(|v| parse_retry_after(v, now).ok()) {
            if asked <= self.policy.max_wait {
                delay = delay.max(asked);
            }
        }
        let duration = duration_words(delay);
        let attempt = (self.failures + 1).to_string();
        let max = self.policy.max_attempts.to_string();
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

    /// 429: wait as long as `Retry-After` says when that is short, else say
    /// when to try again. Without a readable `Retry-After`, back off as for
    /// a 5xx.
    fn rate_limited(&mut self, retry_after: Option<&str>, now: DateTime<Utc>, zone: Zone) -> Next {
        self.rate_limited += 1;
        // Never hammer: a date in the past still waits a second.
        let wait = retry_after
            .and_then(|v| parse_retry_after(v, now).ok())
            .unwrap_or_else(|| self.policy.backoff(self.rate_limited))
            .max(Duration::from_secs(1));
        if wait <= self.policy.max_wait && self.rate_limited <= self.policy.max_rate_limited {
            let d = duration_words(wait);
            let a = [("duration", d.as_str())];
            let notice = tf("Too many requests; trying again in {duration}.", &a);
            return Next::Retry {
                delay: wait,
                notice,
            };
        }
        let until = chrono::TimeDelta::from_std(wait)
            .ok()
            .and_then(|d| now.checked_add_signed(d))
            .map(|at| zone.local(at));
        Next::Fail(SubmitError::RateLimited { until, wait })
    }
}

/// Where the form is, as the live region's `data-state` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Idle,
    /// Sending, or waiting to send again (`notice` says why and for how long).
    Submitting {
        notice: Option<String>,
    },
    Succeeded(Success),
    /// Stopped; `reason` is the `data-reason` slug, `retry` whether
    /// "Try again" can help.
    Failed {
        message: String,
        reason: &'static str,
        retry: bool,
    },
}

impl Phase {
    pub fn data_state(&self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Submitting { .. } => "submitting",
            Phase::Succeeded(_) => "success",
            Phase::Failed { .. } => "error",
        }
    }

    /// What the live region says.
    pub fn message(&self) -> String {
        match self {
            Phase::Idle => String::new(),
            Phase::Submitting { notice: None } => t("Subscribing…"),
            Phase::Submitting { notice: Some(n) } => n.clone(),
            Phase::Succeeded(s) => s.message(),
            Phase::Failed { message, .. } => message.clone(),
        }
    }

    /// The `data-reason` slug of a failure.
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            Phase::Failed { reason, .. } => Some(reason),
            _ => None,
        }
    }

    /// Whether what was typed did not pass (the visitor must change it).
    pub fn invalid(message: String) -> Phase {
        Phase::Failed {
            message,
            reason: "invalid",
            retry: false,
        }
    }

    pub fn is_busy(&self) -> bool {
        matches!(self, Phase::Submitting { .. })
    }

    pub fn failed(error: &SubmitError) -> Phase {
        Phase::Failed {
            message: error.to_string(),
            reason: error.reason(),
            retry: error.can_retry(),
        }
    }
}

/// Where the form posts: `config.json`'s `subscribe_url` wins over the
/// feed's `subscribe.url`; each is relative to its own document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointBase {
    /// Resolve against `config.json`'s URL.
    Config,
    /// Resolve against the feed's URL.
    Feed,
}

pub fn choose_endpoint<'a>(
    config_url: Option<&'a str>,
    feed_url: Option<&'a str>,
) -> Option<(&'a str, EndpointBase)> {
    let present = |u: Option<&'a str>| u.map(str::trim).filter(|u| !u.is_empty());
    present(config_url)
        .map(|u| (u, EndpointBase::Config))
        .or_else(|| present(feed_url).map(|u| (u, EndpointBase::Feed)))
}
