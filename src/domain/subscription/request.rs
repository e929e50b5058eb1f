//! The request a draft becomes, and where it is sent.

use super::draft::Draft;
use super::email::{Email, EmailError};
use crate::domain::feed::Region;
use crate::domain::json::{self, Field as Json};
use crate::domain::zone::Zone;

/// The JSON body of a subscription (docs/feed-format.md, "Subscribing"). Only built from a valid
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
