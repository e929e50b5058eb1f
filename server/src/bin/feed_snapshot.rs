//! `feed-snapshot`: bakes the schedule snapshot into a built page's
//! `index.html` (`make snapshot FEED=… DIST=… [NOW=…]`, and `make dist`),
//! for a static host's deploy step whenever the feed changes.
//!
//! Reads `DIST/config.json` for `horizon_days`, `title`, `feed_url` and
//! `calendar_url`; rewrites `DIST/index.html` in place (a snapshot baked
//! before is replaced). The page's CSP is unchanged: the snapshot holds no
//! script.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::Parser;
use maintenance_feed_server::offline::{finish, parse_instant, read_feed};
use maintenance_feed_server::snapshot::bake_page;
use maintenance_window::domain::config::parse_config;

/// Bakes the upcoming windows of a status feed into DIST/index.html, in UTC
/// and in each region's own zone, readable before and without JavaScript.
#[derive(Debug, Parser)]
#[command(name = "feed-snapshot", version, about, long_about = None)]
struct Args {
    /// The status feed (the JSON feed the page reads, or a Statuspage document).
    #[arg(long, value_name = "FILE")]
    feed: PathBuf,

    /// The built page (Trunk's dist/): its index.html and config.json.
    #[arg(long, value_name = "DIR")]
    dist: PathBuf,

    /// Make the snapshot as of this instant (RFC 3339) instead of now.
    #[arg(long, value_name = "INSTANT", value_parser = parse_instant)]
    now: Option<DateTime<Utc>>,
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(args: &Args) -> Result<String, String> {
    let feed = read_feed("feed-snapshot", &args.feed)?;
    let config_path = args.dist.join("config.json");
    let config = parse_config(&read(&config_path)?)
        .map_err(|e| format!("{}: {e}", config_path.display()))?;
    let index_path = args.dist.join("index.html");
    let now = args
        .now
        .unwrap_or_else(|| DateTime::<Utc>::from(std::time::SystemTime::now()));
    let baked = bake_page(&read(&index_path)?, &feed, &config, now)?;
    std::fs::write(&index_path, &baked.html)
        .map_err(|e| format!("{}: {e}", index_path.display()))?;
    Ok(format!(
        "{}: snapshot as of {} with {} of {} upcoming windows ({} days)",
        index_path.display(),
        now.format("%Y-%m-%dT%H:%M:%SZ"),
        baked.listed,
        baked.total,
        config.horizon_days
    ))
}

fn main() -> ExitCode {
    finish("feed-snapshot", run(&Args::parse()))
}
