//! `config.json` (docs/feed-format.md, "config.json"): per-deployment settings.

use serde_json::Value;

pub const DEFAULT_TITLE: &str = "Maintenance windows";
pub const DEFAULT_HORIZON_DAYS: u32 = 90;
/// Listing more than ten years ahead helps nobody and costs expansion time.
pub const MAX_HORIZON_DAYS: u32 = 3660;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// As written: relative to `config.json`'s URL, or absolute http(s).
    pub feed_url: String,
    pub subscribe_url: Option<String>,
    pub faq_url: Option<String>,
    /// A subscribable iCalendar feed of the schedule (`calendar.ics`).
    pub calendar_url: Option<String>,
    /// An Atom feed of the schedule (`feed.atom`).
    pub atom_url: Option<String>,
    /// Where "Was this helpful?" answers on the FAQ are posted.
    pub feedback_url: Option<String>,
    pub horizon_days: u32,
    pub title: String,
    /// Languages offered (`public/i18n/<code>.json` each; English is built
    /// in and always offered).
    pub languages: Vec<String>,
}

/// `languages`: the built-in four unless the config names its own; codes
/// that are not language tags are left out, English is always there.
pub fn languages_of(value: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = match value.and_then(Value::as_array) {
        Some(list) => list
            .iter()
            .filter_map(Value::as_str)
            .filter(|c| super::i18n::valid_code(c))
            .map(str::to_owned)
            .collect(),
        None => super::i18n::BUILT_IN
            .iter()
            .map(|c| (*c).to_owned())
            .collect(),
    };
    if !out.iter().any(|c| c == "en") {
        out.insert(0, "en".to_owned());
    }
    out.dedup();
    out
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("config.json is not valid JSON ({0})")]
    NotJson(String),
    #[error("config.json has no feed_url")]
    MissingFeedUrl,
    #[error("config.json: {field} {problem}")]
    BadField {
        field: &'static str,
        problem: &'static str,
    },
}

/// A URL the config may name: relative, or absolute `http:`/`https:`; never
/// another scheme (`javascript:`, `data:`, …).
fn acceptable_url(url: &str) -> bool {
    match url.split_once(':') {
        Some((scheme, _))
            if !scheme.contains('/') && !scheme.contains('?') && !scheme.contains('#') =>
        {
            matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https")
        }
        _ => true,
    }
}

/// An optional text field: absent or null is `None`; another type is an
/// error, as it was when a derived deserializer read the file.
fn optional_text<'a>(
    obj: &'a serde_json::Map<String, Value>,
    field: &'static str,
) -> Result<Option<&'a str>, ConfigError> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ConfigError::BadField {
            field,
            problem: "must be a string",
        }),
    }
}

fn optional_url(field: &'static str, value: Option<&str>) -> Result<Option<String>, ConfigError> {
    match value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) {
        Some(url) if acceptable_url(&url) => Ok(Some(url)),
        Some(_) => Err(ConfigError::BadField {
            field,
            problem: "must be a relative URL or an http(s) URL",
        }),
        None => Ok(None),
    }
}

pub fn parse_config(text: &str) -> Result<Config, ConfigError> {
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| ConfigError::NotJson(super::json::where_not_json(&e)))?;
    let Value::Object(obj) = &doc else {
        return Err(ConfigError::NotJson("not an object".to_owned()));
    };
    let feed_url = match obj.get("feed_url") {
        None | Some(Value::Null) => return Err(ConfigError::MissingFeedUrl),
        Some(Value::String(s)) => {
            optional_url("feed_url", Some(s))?.ok_or(ConfigError::MissingFeedUrl)?
        }
        Some(_) => {
            return Err(ConfigError::BadField {
                field: "feed_url",
                problem: "must be a string",
            })
        }
    };
    let horizon_days = match obj.get("horizon_days") {
        None | Some(Value::Null) => DEFAULT_HORIZON_DAYS,
        Some(v) => v
            .as_u64()
            .and_then(|d| u32::try_from(d).ok())
            .filter(|d| (1..=MAX_HORIZON_DAYS).contains(d))
            .ok_or(ConfigError::BadField {
                field: "horizon_days",
                problem: "must be a whole number of days from 1 to 3660",
            })?,
    };
    Ok(Config {
        feed_url,
        subscribe_url: optional_url("subscribe_url", optional_text(obj, "subscribe_url")?)?,
        faq_url: optional_url("faq_url", optional_text(obj, "faq_url")?)?,
        calendar_url: optional_url("calendar_url", optional_text(obj, "calendar_url")?)?,
        atom_url: optional_url("atom_url", optional_text(obj, "atom_url")?)?,
        feedback_url: optional_url("feedback_url", optional_text(obj, "feedback_url")?)?,
        horizon_days,
        title: optional_text(obj, "title")?
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| DEFAULT_TITLE.to_owned()),
        languages: languages_of(obj.get("languages")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_config_gets_defaults() {
        let c = parse_config(r#"{"feed_url": "feed.json"}"#).expect("valid");
        assert_eq!(c.feed_url, "feed.json");
        assert_eq!(c.horizon_days, DEFAULT_HORIZON_DAYS);
        assert_eq!(c.title, DEFAULT_TITLE);
        assert_eq!(c.subscribe_url, None);
    }

    #[test]
    fn every_field_is_read() {
        let c = parse_config(
            r#"{"feed_url": "https://status.example/feed.json", "subscribe_url": "/api/subscriptions",
                "faq_url": "faq.json", "horizon_days": 30, "title": " Acme maintenance ", "extra": 1,
                "calendar_url": "calendar.ics", "atom_url": "feed.atom", "feedback_url": "https://status.example/api/feedback"}"#,
        )
        .expect("valid");
        assert_eq!(c.feed_url, "https://status.example/feed.json");
        assert_eq!(c.subscribe_url.as_deref(), Some("/api/subscriptions"));
        assert_eq!(c.faq_url.as_deref(), Some("faq.json"));
        assert_eq!(c.calendar_url.as_deref(), Some("calendar.ics"));
        assert_eq!(c.atom_url.as_deref(), Some("feed.atom"));
        assert_eq!(
            c.feedback_url.as_deref(),
            Some("https://status.example/api/feedback")
        );
        assert_eq!(c.horizon_days, 30);
        assert_eq!(c.title, "Acme maintenance");
    }

    #[test]
    fn bad_configs_say_what_is_wrong() {
        let cases: &[(&str, ConfigError)] = &[
            ("{}", ConfigError::MissingFeedUrl),
            (r#"{"feed_url": "  "}"#, ConfigError::MissingFeedUrl),
            (r#"{"feed_url": null}"#, ConfigError::MissingFeedUrl),
            (
                r#"{"feed_url": 3}"#,
                ConfigError::BadField {
                    field: "feed_url",
                    problem: "must be a string",
                },
            ),
            (
                r#"{"feed_url": "javascript:alert(1)"}"#,
                ConfigError::BadField {
                    field: "feed_url",
                    problem: "must be a relative URL or an http(s) URL",
                },
            ),
            (
                r#"{"feed_url": "f.json", "faq_url": "data:text/plain,hi"}"#,
                ConfigError::BadField {
                    field: "faq_url",
                    problem: "must be a relative URL or an http(s) URL",
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_config(text).as_ref(), Err(expected), "{text}");
        }
        for horizon in ["0", "-1", "4000", "1.5", "\"30\""] {
            let text = format!(r#"{{"feed_url": "f.json", "horizon_days": {horizon}}}"#);
            assert!(
                matches!(
                    parse_config(&text),
                    Err(ConfigError::BadField {
                        field: "horizon_days",
                        ..
                    })
                ),
                "{text}"
            );
        }
        assert!(matches!(parse_config("{"), Err(ConfigError::NotJson(_))));
        assert!(matches!(parse_config("[]"), Err(ConfigError::NotJson(_))));
    }

    #[test]
    fn languages_default_to_the_built_in_ones_and_always_offer_english() {
        let c = parse_config(r#"{"feed_url": "f.json"}"#).expect("valid");
        assert_eq!(c.languages, crate::domain::i18n::BUILT_IN);
        let c = parse_config(
            r#"{"feed_url": "f.json", "languages": ["de", "es", "../x", 3, "pt-BR"]}"#,
        )
        .expect("valid");
        assert_eq!(c.languages, ["en", "de", "es", "pt-BR"]);
    }

    #[test]
    fn relative_urls_with_colons_later_are_fine() {
        let c = parse_config(r#"{"feed_url": "feeds/feed.json?at=12:00"}"#).expect("valid");
        assert_eq!(c.feed_url, "feeds/feed.json?at=12:00");
    }
}
