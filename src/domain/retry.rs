//! The one retry machine for everything the page POSTs (the subscription
//! and the FAQ feedback): what one attempt gave ([`Outcome`]), the key that
//! makes every retry of a submission the same request ([`IdempotencyKey`]),
//! `Retry-After` ([`parse_retry_after`]), and how many attempts to make and
//! how long to wait between them ([`RetryPolicy`], [`Attempts`]).
//!
//! Which statuses are worth retrying, and what to tell the visitor, belongs
//! to each endpoint (`subscription`, `feedback`); how hard and how long to
//! try is decided here, once. No browser: `browser::post` sends and sleeps.

use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeZone, Utc};

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

/// The English names an HTTP date uses (never shown to a visitor).
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

// ---------------------------------------------------------------------------
// The policy and the machine

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

/// After a 429.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateLimit {
    /// Short enough: wait this long and send again.
    Wait(Duration),
    /// Too long, or too many 429s in a row: stop, and say to come back after
    /// `wait` (at `at`, when that instant is representable).
    ComeBack {
        wait: Duration,
        at: Option<DateTime<Utc>>,
    },
}

/// The attempts of one submission so far: failures and 429s are counted
/// apart, and "Try again" ([`Attempts::restart`]) starts a fresh round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempts {
    policy: RetryPolicy,
    failures: u32,
    rate_limited: u32,
}

impl Default for Attempts {
    fn default() -> Self {
        Attempts::new(RetryPolicy::default())
    }
}

impl Attempts {
    pub fn new(policy: RetryPolicy) -> Attempts {
        Attempts {
            policy,
            failures: 0,
            rate_limited: 0,
        }
    }

    pub fn policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// The number (1-based) of the attempt that is sent next.
    pub fn next_attempt(&self) -> u32 {
        self.failures + 1
    }

    /// A fresh round of attempts (the same submission, sent again).
    pub fn restart(&mut self) {
        self.failures = 0;
        self.rate_limited = 0;
    }

    /// A failure that may pass (5xx, 408, network error, timeout): the wait
    /// before the next attempt, or `None` when `max_attempts` are spent. A
    /// readable `Retry-After` no longer than `max_wait` lengthens the
    /// back-off; a longer one is ignored (the page will not sit that long).
    pub fn failed(&mut self, retry_after: Option<&str>, now: DateTime<Utc>) -> Option<Duration> {
        self.failures += 1;
        if self.failures >= self.policy.max_attempts {
            return None;
        }
        let backoff = self.policy.backoff(self.failures);
        let asked = retry_after
            .and_then(|v| parse_retry_after(v, now).ok())
            .filter(|asked| *asked <= self.policy.max_wait);
        Some(asked.map_or(backoff, |asked| backoff.max(asked)))
    }

    /// A 429: wait as long as `Retry-After` says when that is short (at
    /// least a second, so a date in the past never means hammering), else
    /// come back later. Without a readable `Retry-After`, back off as after
    /// a failure.
    pub fn rate_limited(&mut self, retry_after: Option<&str>, now: DateTime<Utc>) -> RateLimit {
        self.rate_limited += 1;
        let wait = retry_after
            .and_then(|v| parse_retry_after(v, now).ok())
            .unwrap_or_else(|| self.policy.backoff(self.rate_limited))
            .max(Duration::from_secs(1));
        if wait <= self.policy.max_wait && self.rate_limited <= self.policy.max_rate_limited {
            return RateLimit::Wait(wait);
        }
        let at = chrono::TimeDelta::from_std(wait)
            .ok()
            .and_then(|d| now.checked_add_signed(d));
        RateLimit::ComeBack { wait, at }
    }
}
