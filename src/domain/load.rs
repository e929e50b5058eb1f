//! What can go wrong while loading the page's data, in the core's terms.
//! The browser edge turns fetch failures into [`FetchFailure`].

use super::config::ConfigError;
use super::feed::FeedError;

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

    fn what(self) -> &'static str {
        match self {
            Source::Config => "The page's settings (config.json)",
            Source::Feed => "The maintenance feed",
        }
    }
}

/// A request that did not give a usable body.
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

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("{} {}", .0.what(), .1)]
    Fetch(Source, FetchFailure),
    #[error("The page's settings could not be used: {0}")]
    Config(ConfigError),
    #[error("The maintenance feed could not be used: {0}")]
    Feed(FeedError),
}

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
    pub fn headline(&self) -> &'static str {
        match self.source() {
            Source::Config => "The page is not set up correctly",
            Source::Feed => "The maintenance schedule could not be loaded",
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
