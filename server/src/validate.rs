//! Checking the fields of a subscription request (`POST /api/subscriptions`) and of
//! feedback on a FAQ entry.

use std::collections::BTreeSet;

use email_address::{EmailAddress, Options};
use maintenance_window::domain::zone::Zone;
use serde_json::{Map, Value};

/// At most this many characters in an address (RFC 5321's path limit less the brackets).
pub const MAX_EMAIL_CHARS: usize = 254;
/// At most this many characters in a locale tag.
pub const MAX_LOCALE_CHARS: usize = 35;

/// A field error: becomes a 422 with `{"error": {"code", "message", "field"}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

impl FieldError {
    fn new(field: &'static str, code: &'static str, message: impl Into<String>) -> FieldError {
        FieldError {
            field,
            code,
            message: message.into(),
        }
    }
}

/// A request whose fields are all valid, normalised for storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    /// Trimmed, domain in lower case.
    pub email: String,
    /// Sorted, without duplicates; empty means every region.
    pub regions: Vec<String>,
    /// The zone's IANA name as chrono-tz knows it (legacy aliases mapped).
    pub time_zone: String,
    pub locale: String,
}

/// At most this many characters in a feedback comment.
pub const MAX_COMMENT_CHARS: usize = 500;
/// At most this many characters in a FAQ entry id.
pub const MAX_ENTRY_CHARS: usize = 64;

/// Feedback whose fields are all valid, normalised for storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// The FAQ entry's id: `[a-z0-9-]{1,64}`.
    pub entry: String,
    pub helpful: bool,
    /// Trimmed; `None` when absent, null or blank.
    pub comment: Option<String>,
    pub locale: Option<String>,
}

/// Validates a feedback body: `entry`, `helpful`, optional `comment` and
/// `locale`. Unknown fields are ignored.
pub fn feedback(body: &Map<String, Value>) -> Result<Feedback, FieldError> {
    let entry = match body.get("entry") {
        Some(Value::String(id))
            if (1..=MAX_ENTRY_CHARS).contains(&id.len())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
        {
            id.clone()
        }
        None | Some(Value::Null) => {
            return Err(FieldError::new(
                "entry",
                "missing_entry",
                "entry (the FAQ entry's id) is required.",
            ))
        }
        Some(_) => {
            return Err(FieldError::new(
                "entry",
                "invalid_entry",
                format!("entry must be a FAQ entry id: 1 to {MAX_ENTRY_CHARS} of a-z, 0-9 and -."),
            ))
        }
    };
    let helpful = match body.get("helpful") {
        Some(Value::Bool(b)) => *b,
        None | Some(Value::Null) => {
            return Err(FieldError::new(
                "helpful",
                "missing_helpful",
                "helpful (true or false) is required.",
            ))
        }
        Some(_) => {
            return Err(FieldError::new(
                "helpful",
                "invalid_helpful",
                "helpful must be true or false.",
            ))
        }
    };
    let comment = match body.get("comment") {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) => {
            let text = text.trim();
            if text.chars().count() > MAX_COMMENT_CHARS {
                return Err(FieldError::new(
                    "comment",
                    "comment_too_long",
                    format!("The comment is too long (at most {MAX_COMMENT_CHARS} characters)."),
                ));
            }
            (!text.is_empty()).then(|| text.to_owned())
        }
        Some(_) => {
            return Err(FieldError::new(
                "comment",
                "invalid_comment",
                "comment must be text.",
            ))
        }
    };
    let locale = match body.get("locale") {
        None | Some(Value::Null) => None,
        value => Some(locale(value)?),
    };
    Ok(Feedback {
        entry,
        helpful,
        comment,
        locale,
    })
}

/// Validates the body's fields; `known_regions` (the feed's region ids) is
/// called only when regions were given. Unknown fields are ignored.
pub fn subscription<F>(
    body: &Map<String, Value>,
    known_regions: F,
) -> Result<Subscription, FieldError>
where
    F: FnOnce() -> BTreeSet<String>,
{
    let email = email(body.get("email"))?;
    let regions = regions(body.get("regions"), known_regions)?;
    let time_zone = time_zone(body.get("time_zone"))?;
    let locale = locale(body.get("locale"))?;
    Ok(Subscription {
        email,
        regions,
        time_zone,
        locale,
    })
}

/// Trims, checks and normalises an address: international addresses
/// (RFC 6531) are accepted; the domain needs a dot; no display name, no
/// `[literal]` domain.
pub fn email(value: Option<&Value>) -> Result<String, FieldError> {
    let invalid = || {
        FieldError::new(
            "email",
            "invalid_email",
            "Enter a valid email address, like name@example.com.",
        )
    };
    let raw = match value {
        None | Some(Value::Null) => "",
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(invalid()),
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(FieldError::new(
            "email",
            "missing_email",
            "Enter your email address.",
        ));
    }
    if trimmed.chars().count() > MAX_EMAIL_CHARS {
        return Err(FieldError::new(
            "email",
            "email_too_long",
            format!("The address is too long (at most {MAX_EMAIL_CHARS} characters)."),
        ));
    }
    if trimmed.chars().any(invisible) {
        return Err(invalid());
    }
    let options = Options::default()
        .with_required_tld()
        .without_domain_literal()
        .without_display_text();
    let parsed = EmailAddress::parse_with_options(trimmed, options).map_err(|_| invalid())?;
    Ok(format!(
        "{}@{}",
        parsed.local_part(),
        parsed.domain().to_lowercase()
    ))
}

/// Controls, blanks and the invisible formatting characters that can make
/// two addresses look alike.
fn invisible(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

fn regions<F>(value: Option<&Value>, known: F) -> Result<Vec<String>, FieldError>
where
    F: FnOnce() -> BTreeSet<String>,
{
    let not_a_list = || {
        FieldError::new(
            "regions",
            "invalid_regions",
            "regions must be a list of region ids (empty for all regions).",
        )
    };
    let items = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(not_a_list()),
    };
    let mut ids = BTreeSet::new();
    for item in items {
        let Value::String(id) = item else {
            return Err(not_a_list());
        };
        ids.insert(id.clone());
    }
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let known = known();
    if let Some(unknown) = ids.iter().find(|id| !known.contains(*id)) {
        return Err(FieldError::new(
            "regions",
            "unknown_region",
            format!("There is no region {unknown:?} in the feed."),
        ));
    }
    Ok(ids.into_iter().collect())
}

fn time_zone(value: Option<&Value>) -> Result<String, FieldError> {
    match value {
        Some(Value::String(name)) if !name.trim().is_empty() => Zone::parse(name)
            .map(|zone| zone.name().to_owned())
            .map_err(|_| {
                FieldError::new(
                    "time_zone",
                    "unknown_time_zone",
                    format!("{:?} is not a known IANA time zone.", truncate(name, 64)),
                )
            }),
        _ => Err(FieldError::new(
            "time_zone",
            "missing_time_zone",
            "time_zone must be an IANA time zone name, like Europe/Berlin.",
        )),
    }
}

/// BCP 47-ish: a 2–8 letter language subtag, then 1–8 character
/// alphanumeric subtags separated by `-` (`_`, as in POSIX locales, is read
/// as `-`); at most 35 characters.
fn locale(value: Option<&Value>) -> Result<String, FieldError> {
    let bad = || {
        FieldError::new(
            "locale",
            "invalid_locale",
            format!(
                "locale must be a BCP 47 language tag like en-GB (at most {MAX_LOCALE_CHARS} characters)."
            ),
        )
    };
    let Some(Value::String(raw)) = value else {
        return Err(bad());
    };
    let tag = raw.trim().replace('_', "-");
    if tag.is_empty() || tag.len() > MAX_LOCALE_CHARS {
        return Err(bad());
    }
    let mut subtags = tag.split('-');
    let language_ok = subtags
        .next()
        .is_some_and(|l| (2..=8).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if language_ok && rest_ok {
        Ok(tag)
    } else {
        Err(bad())
    }
}

fn truncate(s: &str, max_chars: usize) -> String {
    s.chars().take(max_chars).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn email_of(s: &str) -> Result<String, FieldError> {
        email(Some(&json!(s)))
    }

    #[test]
    fn addresses() {
        assert_eq!(
            email_of("  Ops.Team@Example.COM \n").as_deref(),
            Ok("Ops.Team@example.com")
        );
        assert_eq!(email_of("用户@例子.广告").as_deref(), Ok("用户@例子.广告"));
        assert_eq!(
            email_of("josé@Exámple.com").as_deref(),
            Ok("josé@exámple.com")
        );
        assert!(email_of("a+tag@sub.example.co.uk").is_ok());
        for bad in [
            "a@",
            "no-at",
            "a@b@c",
            "@example.com",
            "a@localhost",
            "a b@example.com",
            "a@[127.0.0.1]",
            "Name <a@example.com>",
            "a@exam\u{200B}ple.com",
            "a@-example.com",
            "a..b@example.com",
        ] {
            let err = email_of(bad).expect_err(bad);
            assert_eq!((err.field, err.code), ("email", "invalid_email"), "{bad}");
        }
        assert_eq!(email_of("   ").map_err(|e| e.code), Err("missing_email"));
        assert_eq!(email(None).map_err(|e| e.code), Err("missing_email"));
        assert_eq!(
            email(Some(&json!(5))).map_err(|e| e.code),
            Err("invalid_email")
        );
        let long = format!("{}@{}.com", "a".repeat(60), "b".repeat(200));
        assert_eq!(email_of(&long).map_err(|e| e.code), Err("email_too_long"));
    }

    #[test]
    fn regions_are_checked_against_the_feed() {
        let known = || BTreeSet::from(["us-east".to_owned(), "eu-central".to_owned()]);
        assert_eq!(
            regions(Some(&json!(["us-east", "eu-central", "us-east"])), known),
            Ok(vec!["eu-central".to_owned(), "us-east".to_owned()])
        );
        assert_eq!(regions(Some(&json!([])), known), Ok(vec![]));
        assert_eq!(regions(None, || panic!("feed not read")), Ok(vec![]));
        assert_eq!(
            regions(Some(&json!(["mars"])), known).map_err(|e| (e.field, e.code)),
            Err(("regions", "unknown_region"))
        );
        for bad in [json!("us-east"), json!([1]), json!({})] {
            assert_eq!(
                regions(Some(&bad), known).map_err(|e| e.code),
                Err("invalid_regions")
            );
        }
    }

    #[test]
    fn feedback_fields() {
        let ok = json!({"entry": "faq-downtime-2", "helpful": false, "comment": "  Too vague. ", "locale": "en_GB"});
        let fb = feedback(ok.as_object().expect("object")).expect("valid");
        assert_eq!(
            fb,
            Feedback {
                entry: "faq-downtime-2".to_owned(),
                helpful: false,
                comment: Some("Too vague.".to_owned()),
                locale: Some("en-GB".to_owned()),
            }
        );
        let minimal = json!({"entry": "a", "helpful": true, "comment": "   ", "locale": null});
        let fb = feedback(minimal.as_object().expect("object")).expect("valid");
        assert_eq!((fb.comment, fb.locale), (None, None));
        let longest = json!({"entry": "a".repeat(64), "helpful": true, "comment": "ü".repeat(500)});
        assert!(feedback(longest.as_object().expect("object")).is_ok());

        let with = |field: &str, value: Value| {
            let mut b = ok.clone();
            b[field] = value;
            b
        };
        let without = |field: &str| {
            let mut b = ok.clone();
            b.as_object_mut().map(|o| o.remove(field));
            b
        };
        for (body, field, code) in [
            (with("entry", json!("FAQ")), "entry", "invalid_entry"),
            (with("entry", json!("")), "entry", "invalid_entry"),
            (with("entry", json!("a_b")), "entry", "invalid_entry"),
            (with("entry", json!("a b")), "entry", "invalid_entry"),
            (with("entry", json!("é")), "entry", "invalid_entry"),
            (
                with("entry", json!("a".repeat(65))),
                "entry",
                "invalid_entry",
            ),
            (with("entry", json!(7)), "entry", "invalid_entry"),
            (without("entry"), "entry", "missing_entry"),
            (with("helpful", json!("no")), "helpful", "invalid_helpful"),
            (with("helpful", json!(0)), "helpful", "invalid_helpful"),
            (without("helpful"), "helpful", "missing_helpful"),
            (
                with("comment", json!("x".repeat(501))),
                "comment",
                "comment_too_long",
            ),
            (with("comment", json!(["x"])), "comment", "invalid_comment"),
            (
                with("locale", json!("<script>")),
                "locale",
                "invalid_locale",
            ),
            (with("locale", json!(5)), "locale", "invalid_locale"),
        ] {
            let err = feedback(body.as_object().expect("object")).expect_err(&body.to_string());
            assert_eq!((err.field, err.code), (field, code), "{body}");
        }
    }

    #[test]
    fn zones_and_locales() {
        assert_eq!(
            time_zone(Some(&json!("Asia/Kathmandu"))).as_deref(),
            Ok("Asia/Kathmandu")
        );
        assert_eq!(
            time_zone(Some(&json!("Asia/Calcutta"))).as_deref(),
            Ok("Asia/Kolkata")
        );
        for bad in [json!("Mars/Olympus"), json!(""), json!(3)] {
            assert_eq!(time_zone(Some(&bad)).map_err(|e| e.field), Err("time_zone"));
        }
        assert_eq!(time_zone(None).map_err(|e| e.field), Err("time_zone"));
        for good in ["en", "en-GB", "zh-Hans-CN", "es-419", "de-DE-u-co-phonebk"] {
            assert_eq!(locale(Some(&json!(good))).as_deref(), Ok(good));
        }
        let long = format!("en-{}", ["abcdefgh"; 4].join("-"));
        assert_eq!(locale(Some(&json!("en_GB"))).as_deref(), Ok("en-GB"));
        for bad in [
            "",
            "e",
            "en--GB",
            "<script>",
            "toolonglanguage",
            long.as_str(),
        ] {
            assert_eq!(
                locale(Some(&json!(bad))).map_err(|e| e.field),
                Err("locale"),
                "{bad}"
            );
        }
    }
}
