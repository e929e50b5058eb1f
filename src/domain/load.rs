//! What can go wrong while loading the page's data, in the core's terms.
//! The browser edge turns fetch failures into [`FetchFailure`].

use super::config::ConfigError;
use super::feed::FeedError;
use super::i18n::{t, tf};

/// Which document failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Config,
    Feed,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Config => "config",
            Source::Feed => "feed",
        }
    }
}

/// A request that did not give a usable body. Its `Display` is an English
/// fragment for the console; the page shows [`FetchFailure::sentence`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchFailure {
    #[error("was not found (HTTP 404)")]
    NotFound,
    #[error("answered with HTTP {0}")]
    Http(u16),
    #[error("could not be reached ({0})")]
    Network(String),
    #[error("did not answer within {0} seconds")]
    Timeout(u32),
    #[error("is not a usable address ({0})")]
    BadUrl(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Fetch(Source, FetchFailure),
    Config(ConfigError),
    Feed(FeedError),
}

/// The failure's one value under each name a message may use for it.
fn placeholders(v: &str) -> [(&'static str, &str); 4] {
    [("status", v), ("detail", v), ("seconds", v), ("url", v)]
}

impl FetchFailure {
    /// What fills the message's placeholder.
    fn value(&self) -> String {
        match self {
            FetchFailure::NotFound => String::new(),
            FetchFailure::Http(status) => status.to_string(),
            FetchFailure::Timeout(secs) => secs.to_string(),
            FetchFailure::Network(text) | FetchFailure::BadUrl(text) => text.clone(),
        }
    }

    /// The whole sentence for a failed fetch of `source`, without a full
    /// stop: each a message of its own, as the subject's number and gender
    /// change the rest of the sentence in other languages.
    pub fn sentence(&self, source: Source) -> String {
        use FetchFailure as F;
        let v = self.value();
        let a = placeholders(&v);
        match (self, source) {
            (F::NotFound, Source::Config) => {
                t("The page's settings (config.json) was not found (HTTP 404)")
            }
            (F::NotFound, Source::Feed) => t("The maintenance feed was not found (HTTP 404)"),
            (F::Http(_), Source::Config) => tf(
                "The page's settings (config.json) answered with HTTP {status}",
                &a,
            ),
            (F::Http(_), Source::Feed) => {
                tf("The maintenance feed answered with HTTP {status}", &a)
            }
            (F::Network(_), Source::Config) => tf(
                "The page's settings (config.json) could not be reached ({detail})",
                &a,
            ),
            (F::Network(_), Source::Feed) => {
                tf("The maintenance feed could not be reached ({detail})", &a)
            }
            (F::Timeout(_), Source::Config) => tf(
                "The page's settings (config.json) did not answer within {seconds} seconds",
                &a,
            ),
            (F::Timeout(_), Source::Feed) => tf(
                "The maintenance feed did not answer within {seconds} seconds",
                &a,
            ),
            (F::BadUrl(_), Source::Config) => tf(
                "The page's settings (config.json) is not a usable address ({url})",
                &a,
            ),
            (F::BadUrl(_), Source::Feed) => {
                tf("The maintenance feed is not a usable address ({url})", &a)
            }
        }
    }

    /// The sentence for the questions and answers (`faq.json`), with its
    /// full stop.
    pub fn faq_sentence(&self) -> String {
        use FetchFailure as F;
        let v = self.value();
        let a = placeholders(&v);
        match self {
            F::NotFound => t("The questions and answers was not found (HTTP 404)."),
            F::Http(_) => tf("The questions and answers answered with HTTP {status}.", &a),
            F::Network(_) => tf(
                "The questions and answers could not be reached ({detail}).",
                &a,
            ),
            F::Timeout(_) => tf(
                "The questions and answers did not answer within {seconds} seconds.",
                &a,
            ),
            F::BadUrl(_) => tf(
                "The questions and answers is not a usable address ({url}).",
                &a,
            ),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            LoadError::Fetch(source, failure) => failure.sentence(*source),
            LoadError::Config(e) => tf(
                "The page's settings could not be used: {error}",
                &[("error", &e.to_string())],
            ),
            LoadError::Feed(e) => tf(
                "The maintenance feed could not be used: {error}",
                &[("error", &e.to_string())],
            ),
        })
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    pub fn source(&self) -> Source {
        match self {
            LoadError::Fetch(source, _) => *source,
            LoadError::Config(_) => Source::Config,
            LoadError::Feed(_) => Source::Feed,
        }
    }

    /// The `data-reason` slug.
    pub fn reason(&self) -> &'static str {
        match self {
            LoadError::Fetch(_, f) => match f {
                FetchFailure::NotFound => "not-found",
                FetchFailure::Http(_) => "http",
                FetchFailure::Network(_) => "network",
                FetchFailure::Timeout(_) => "timeout",
                FetchFailure::BadUrl(_) => "invalid-config",
            },
            LoadError::Config(ConfigError::NotJson(_)) => "bad-json",
            LoadError::Config(_) => "invalid-config",
            LoadError::Feed(FeedError::NotJson(_)) => "bad-json",
            LoadError::Feed(FeedError::NotAFeed) => "not-a-feed",
            LoadError::Feed(FeedError::UnsupportedVersion(_)) => "unsupported-version",
            LoadError::Feed(FeedError::TooLarge(_)) => "too-large",
        }
    }

    /// A headline for the error panel.
    pub fn headline(&self) -> String {
        match self.source() {
            Source::Config => t("The page is not set up correctly"),
            Source::Feed => t("The maintenance schedule could not be loaded"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failure_names_what_failed() {
        let cases = [
            (
                LoadError::Fetch(Source::Config, FetchFailure::NotFound),
                "config",
                "not-found",
                "config.json",
            ),
            (
                LoadError::Fetch(Source::Feed, FetchFailure::Http(503)),
                "feed",
                "http",
                "HTTP 503",
            ),
            (
                LoadError::Fetch(Source::Feed, FetchFailure::Timeout(10)),
                "feed",
                "timeout",
                "10 seconds",
            ),
            (
                LoadError::Fetch(Source::Feed, FetchFailure::Network("offline".into())),
                "feed",
                "network",
                "reached",
            ),
            (
                LoadError::Config(ConfigError::NotJson("eof".into())),
                "config",
                "bad-json",
                "config.json is not valid JSON",
            ),
            (
                LoadError::Config(ConfigError::MissingFeedUrl),
                "config",
                "invalid-config",
                "feed_url",
            ),
            (
                LoadError::Feed(FeedError::NotJson("eof".into())),
                "feed",
                "bad-json",
                "not valid JSON",
            ),
            (
                LoadError::Feed(FeedError::NotAFeed),
                "feed",
                "not-a-feed",
                "not a maintenance feed",
            ),
            (
                LoadError::Feed(FeedError::UnsupportedVersion(2)),
                "feed",
                "unsupported-version",
                "version 2",
            ),
        ];
        for (err, source, reason, text) in cases {
            assert_eq!(err.source().as_str(), source);
            assert_eq!(err.reason(), reason);
            assert!(err.to_string().contains(text), "{err} lacks {text}");
        }
    }
}
