//! What the static-host tools (`feed-calendar`, `feed-atom`) share: their
//! argument parsers, reading the feed file, and how they end.

use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use maintenance_window::domain::feed::{is_web_url, parse_feed, Feed};

/// `--page-url` and friends: an http(s) URL without blanks.
pub fn parse_url(s: &str) -> Result<String, String> {
    if is_web_url(s) && !s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Ok(s.to_owned())
    } else {
        Err(format!("{s:?} is not an http:// or https:// URL"))
    }
}

/// `--now`: an RFC 3339 instant.
pub fn parse_instant(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("{s:?} is not an RFC 3339 instant like 2026-11-26T12:00:00Z ({e})"))
}

/// The feed file, parsed; each entry left out is warned about on stderr.
pub fn read_feed(tool: &str, path: &Path) -> Result<Feed, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("--feed {}: {e}", path.display()))?;
    let feed = parse_feed(&text).map_err(|e| format!("--feed {}: {e}", path.display()))?;
    for skipped in &feed.skipped {
        eprintln!("{tool}: warning: left out {skipped}");
    }
    Ok(feed)
}

/// The report on stdout and success, or the error on stderr and failure.
pub fn finish(tool: &str, result: Result<String, String>) -> ExitCode {
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{tool}: {e}");
            ExitCode::FAILURE
        }
    }
}
