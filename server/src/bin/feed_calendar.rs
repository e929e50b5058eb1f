//! `feed-calendar`: the subscribable calendar of a feed, written to a file
//! for vendors with only a static host (`make calendar FEED=… OUT=…`).
//!
//! The same calendar as the reference server's `GET /calendar.ics`, made by
//! the same pure core (`calendar_feed`). SEQUENCE is carried over
//! from the calendar written before (`--previous`, by default `--out`
//! itself when it exists): an occurrence whose start, end or status
//! changed since goes up by one. A file whose text would not change is
//! left untouched, so a static host's `Last-Modified` and `ETag` stay.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use clap::Parser;
use maintenance_feed_server::calendar_feed::{
    feed_calendar, read_state, CalendarState, FeedCalendarOptions, DEFAULT_HORIZON_DAYS,
};
use maintenance_feed_server::offline::{finish, parse_instant, parse_url, read_feed};

/// Writes the subscribable calendar (.ics) of a status feed: every occurrence
/// that ends after now and starts within --days, UIDs stable, SEQUENCE carried
/// over from the previous calendar.
#[derive(Debug, Parser)]
#[command(name = "feed-calendar", version, about, long_about = None)]
struct Args {
    /// The status feed (the JSON feed the page reads, or a Statuspage document).
    #[arg(long, value_name = "FILE")]
    feed: PathBuf,

    /// Where to write the calendar (its folder is created).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,

    /// The calendar published before, whose SEQUENCE numbers are carried over
    /// (default: --out when it exists).
    #[arg(long, value_name = "FILE")]
    previous: Option<PathBuf>,

    /// List occurrences that start within this many days (1..=3660).
    #[arg(long, value_name = "DAYS", default_value_t = DEFAULT_HORIZON_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=3660))]
    days: u32,

    /// Only these regions (comma-separated ids; unknown ids are ignored).
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    regions: Vec<String>,

    /// Add this tenant's slots to the descriptions.
    #[arg(long, value_name = "TENANT")]
    tenant: Option<String>,

    /// The page's public URL, put in each event (http:// or https://).
    #[arg(long, value_name = "URL", value_parser = parse_url)]
    page_url: Option<String>,

    /// Pretend it is this instant (RFC 3339), for previews and tests.
    #[arg(long, value_name = "INSTANT", value_parser = parse_instant)]
    now: Option<DateTime<Utc>>,
}

fn main() -> ExitCode {
    finish("feed-calendar", run(&Args::parse()))
}

fn run(args: &Args) -> Result<String, String> {
    let feed = read_feed("feed-calendar", &args.feed)?;

    let (previous, old_text) = previous(args)?;
    let now = args
        .now
        .unwrap_or_else(|| DateTime::<Utc>::from(SystemTime::now()));
    let opts = FeedCalendarOptions {
        horizon_days: args.days,
        regions: args.regions.clone(),
        tenant: args.tenant.clone(),
        page_url: args.page_url.clone(),
        ..FeedCalendarOptions::for_feed(&feed, now)
    };
    let cal = feed_calendar(&feed, &opts, &previous);
    for skipped in &cal.skipped {
        eprintln!("feed-calendar: warning: left out {skipped}");
    }

    let out = &args.out;
    let same = std::fs::read_to_string(out).is_ok_and(|t| t == cal.text);
    let moved = cal
        .changed
        .iter()
        .filter(|uid| previous.contains_key(*uid))
        .count();
    let summary = if old_text {
        format!(
            "{} events: {} new, {} moved or with a new status since the previous calendar (SEQUENCE + 1)",
            cal.events.len(),
            cal.changed.len() - moved,
            moved,
        )
    } else {
        format!(
            "{} events (no previous calendar: every SEQUENCE is 0)",
            cal.events.len()
        )
    };
    if same {
        return Ok(format!("{}: unchanged, {summary}", out.display()));
    }
    write_atomically(out, &cal.text).map_err(|e| format!("--out {}: {e}", out.display()))?;
    Ok(format!("{}: written, {summary}", out.display()))
}

/// The state of the previous calendar, and whether there was one.
fn previous(args: &Args) -> Result<(CalendarState, bool), String> {
    let (path, explicit) = match &args.previous {
        Some(p) => (p.as_path(), true),
        None => (args.out.as_path(), false),
    };
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let state = read_state(&text);
            if state.is_empty() && text.contains("BEGIN:VEVENT") {
                eprintln!(
                    "feed-calendar: warning: {} has events this command did not write; every SEQUENCE starts again at 0",
                    path.display()
                );
            }
            Ok((state, true))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            Ok((CalendarState::new(), false))
        }
        Err(e) => Err(format!(
            "{} {}: {e}",
            if explicit { "--previous" } else { "--out" },
            path.display()
        )),
    }
}

/// Writes `text` beside `path` and renames it over, so that a host never
/// serves half a file.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "calendar.ics".to_owned());
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
