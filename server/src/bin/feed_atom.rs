//! `feed-atom`: the Atom feed (RFC 4287) of a status feed, written to a file
//! for vendors with only a static host (`make atom FEED=… OUT=…`).
//!
//! The same feed as the reference server's `GET /feed.atom`. With no
//! database, each entry's `updated` (the last real change: a new start,
//! end or status) is carried over from the file written before
//! (`--previous`, by default `--out` itself when it exists). A file whose
//! text would not change is left untouched.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use clap::Parser;
use maintenance_feed_server::atom::{atom, read_state, AtomOptions};
use maintenance_feed_server::calendar_feed::{CalendarState, DEFAULT_HORIZON_DAYS};
use maintenance_feed_server::offline::{finish, parse_instant, parse_url, read_feed};

/// Writes the Atom feed of a status feed: one entry per occurrence that ends
/// after now and starts within --days, ids stable, `updated` carried over
/// from the previous file.
#[derive(Debug, Parser)]
#[command(name = "feed-atom", version, about, long_about = None)]
struct Args {
    /// The status feed (JSON, or a Statuspage document).
    #[arg(long, value_name = "FILE")]
    feed: PathBuf,

    /// Where to write the Atom feed (its folder is created).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,

    /// The Atom feed published before, whose change times are carried over
    /// (default: --out when it exists).
    #[arg(long, value_name = "FILE")]
    previous: Option<PathBuf>,

    /// List occurrences that start within this many days (1..=3660).
    #[arg(long, value_name = "DAYS", default_value_t = DEFAULT_HORIZON_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=3660))]
    days: u32,

    /// The page's public URL, linked from the feed and each entry.
    #[arg(long, value_name = "URL", value_parser = parse_url)]
    page_url: Option<String>,

    /// The Atom feed's own public URL (its rel="self" link).
    #[arg(long, value_name = "URL", value_parser = parse_url)]
    self_url: Option<String>,

    /// Pretend it is this instant (RFC 3339), for previews and tests.
    #[arg(long, value_name = "INSTANT", value_parser = parse_instant)]
    now: Option<DateTime<Utc>>,
}

fn main() -> ExitCode {
    finish("feed-atom", run(&Args::parse()))
}

fn run(args: &Args) -> Result<String, String> {
    let feed = read_feed("feed-atom", &args.feed)?;
    let previous = previous(args)?;
    let now = args
        .now
        .unwrap_or_else(|| DateTime::<Utc>::from(SystemTime::now()));
    let opts = AtomOptions {
        self_url: args.self_url.clone(),
        page_url: args.page_url.clone(),
        horizon_days: args.days,
        now,
    };
    let feed_atom = atom(&feed, &opts, &previous);
    let summary = format!(
        "{} entries, {} new or changed since the previous file",
        feed_atom.entries,
        feed_atom.changed.len()
    );
    let out = &args.out;
    if std::fs::read_to_string(out).is_ok_and(|t| t == feed_atom.text) {
        return Ok(format!("{}: unchanged, {summary}", out.display()));
    }
    write_atomically(out, &feed_atom.text).map_err(|e| format!("--out {}: {e}", out.display()))?;
    Ok(format!("{}: written, {summary}", out.display()))
}

fn previous(args: &Args) -> Result<CalendarState, String> {
    let (path, explicit) = match &args.previous {
        Some(p) => (p.as_path(), true),
        None => (args.out.as_path(), false),
    };
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(read_state(&text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => Ok(CalendarState::new()),
        Err(e) => Err(format!(
            "{} {}: {e}",
            if explicit { "--previous" } else { "--out" },
            path.display()
        )),
    }
}

fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "feed.atom".to_owned());
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
