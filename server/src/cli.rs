//! Command line: every flag of `feed-server`, parsed with clap.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use clap::{Args, Parser};

/// Reference status-feed server: serves the app's `dist/`, a feed file,
/// `POST /api/subscriptions`, `POST /api/feedback`, the subscribable
/// `GET /calendar.ics` and `GET /feed.atom`, stores what it is sent in
/// SQLite, and mails subscribers (confirmation, notices, reminders).
#[derive(Debug, Clone, Parser)]
#[command(name = "feed-server", version, about, long_about = None)]
pub struct Cli {
    /// Folder of the built app (Trunk's dist/): every file in it is served, index.html for /.
    #[arg(long, value_name = "DIR")]
    pub dist: PathBuf,

    /// Status feed served as /feed.json (instead of dist's); its region ids are the valid `regions`.
    #[arg(long, value_name = "FILE")]
    pub feed: PathBuf,

    /// config.json served as /config.json (instead of dist's).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// SQLite database of subscriptions and idempotency keys (created, with its folder, if missing).
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,

    /// Address to listen on; port 0 picks a free port (the bound address is printed).
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Origin allowed to call the API and read the feed cross-origin (exact match,
    /// like https://status.example.com; repeat for more). Others get no CORS headers.
    #[arg(long = "allow-origin", value_name = "ORIGIN", value_parser = parse_origin)]
    pub allow_origin: Vec<String>,

    /// Accepted subscription requests per email address: N per SECS seconds, or "off".
    #[arg(long, value_name = "N/SECS", default_value = "5/3600")]
    pub rate_per_address: RateSpec,

    /// Accepted subscription requests per client IP: N per SECS seconds, or "off"
    /// (feedback has a limit of its own with the same numbers).
    #[arg(long, value_name = "N/SECS", default_value = "30/600")]
    pub rate_per_ip: RateSpec,

    /// GET /calendar.ics lists the occurrences that start within this many days (1..=3660).
    #[arg(long, value_name = "DAYS", default_value_t = crate::calendar_feed::DEFAULT_HORIZON_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=3660))]
    pub calendar_days: u32,

    /// The page's public URL, put in each event of /calendar.ics (default: this server's /).
    #[arg(long, value_name = "URL", value_parser = parse_page_url)]
    pub page_url: Option<String>,

    /// SMTP server the mails go to: smtp://host:port (no TLS, a local relay),
    /// smtp+starttls://user:pass@host:587 or smtps://user:pass@host:465. Without it,
    /// each mail is written as an .eml file in --mail-dir.
    #[arg(long, value_name = "URL")]
    pub smtp: Option<String>,

    /// Sender of the mails, like "Acme Status <status@acme.example>".
    #[arg(long, value_name = "MAILBOX", default_value = "Maintenance notices <notices@localhost>",
          value_parser = parse_mailbox)]
    pub mail_from: lettre::message::Mailbox,

    /// Folder of the .eml files when there is no --smtp (default: mail/ beside --db).
    #[arg(long, value_name = "DIR")]
    pub mail_dir: Option<PathBuf>,

    /// This server's public URL, for the confirmation and unsubscribe links in mails
    /// (default: http://<the bound address>).
    #[arg(long, value_name = "URL", value_parser = parse_page_url)]
    pub public_url: Option<String>,

    /// A new window is announced once it starts within this many days (1..=3660).
    #[arg(long, value_name = "DAYS", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..=3660))]
    pub notify_days: u32,

    /// Reminders before each window's start: comma-separated leads like 24h,1h or 90m,30s
    /// (units d, h, m, s), or "off".
    #[arg(long, value_name = "LEADS", default_value = "24h,1h", value_parser = parse_leads)]
    pub remind_before: Leads,

    /// Read the feed again every SECS seconds to find new, moved, cancelled and imminent windows.
    #[arg(long, value_name = "SECS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub check_every: u64,

    /// Mails sent: at most N in any SECS seconds, or "off".
    #[arg(long, value_name = "N/SECS", default_value = "10/1")]
    pub mail_rate: RateSpec,

    /// Wait before retrying a mail after a temporary SMTP failure; doubles with each
    /// attempt, up to an hour (10 attempts in all).
    #[arg(long, value_name = "SECS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub mail_backoff: u64,

    /// Mails sent at the same time (SMTP connections).
    #[arg(long, value_name = "N", default_value_t = 4,
          value_parser = clap::value_parser!(u64).range(1..=64))]
    pub mail_concurrency: u64,

    #[command(flatten)]
    pub test: TestFlags,
}

/// Fault injection and the `/__test` routes: only in builds with the
/// `test-control` feature (the tests'); the binary vendors run has none.
#[cfg(feature = "test-control")]
#[derive(Debug, Clone, Args)]
pub struct TestFlags {
    /// Fault: answer 503 to the first N POSTs (nothing is recorded, so a retry with the same key succeeds).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub fail_first: u32,

    /// Fault: delay every POST answer by N milliseconds (after the request was handled).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub delay_ms: u64,

    /// Fault: answer 429 with Retry-After to the first N POSTs (after any --fail-first ones).
    #[arg(long = "reply-429", value_name = "N", default_value_t = 0)]
    pub reply_429: u32,

    /// Retry-After seconds sent with the 429 answers of --reply-429.
    #[arg(long, value_name = "SECS", default_value_t = 1)]
    pub retry_after: u64,

    /// Fault: at this rate (0.0..=1), a POST at random gets a 503, or its answer is delayed
    /// by 2 s, or its connection is dropped after it was handled.
    #[arg(long, value_name = "R", default_value_t = 0.0, value_parser = parse_fault_rate)]
    pub fault_rate: f64,

    /// Seed of --fault-rate's random choices (default: from the clock).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,

    /// Enable /__test/faults, /__test/subscriptions, /__test/feedback, /__test/requests and
    /// /__test/reset (for end-to-end tests; without it they are 404).
    #[arg(long)]
    pub test_control: bool,
}

#[cfg(feature = "test-control")]
impl TestFlags {
    pub fn test_control(&self) -> bool {
        self.test_control
    }

    pub fn faults(&self) -> crate::faults::FaultSettings {
        crate::faults::FaultSettings {
            fail_first: self.fail_first,
            delay_ms: self.delay_ms,
            reply_429: self.reply_429,
            retry_after: self.retry_after,
            fault_rate: self.fault_rate,
            seed: self
                .seed
                .unwrap_or_else(|| crate::faults::FaultSettings::default().seed),
        }
    }
}

/// Without the `test-control` feature: no such flags.
#[cfg(not(feature = "test-control"))]
#[derive(Debug, Clone, Args)]
pub struct TestFlags {}

#[cfg(not(feature = "test-control"))]
impl TestFlags {
    pub fn test_control(&self) -> bool {
        false
    }

    pub fn faults(&self) -> crate::faults::FaultSettings {
        crate::faults::FaultSettings::default()
    }
}

/// `--remind-before`'s leads in seconds, longest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leads(pub Vec<u64>);

fn parse_leads(s: &str) -> Result<Leads, String> {
    crate::notify::parse_leads(s).map(Leads)
}

fn parse_mailbox(s: &str) -> Result<lettre::message::Mailbox, String> {
    s.trim().parse::<lettre::message::Mailbox>().map_err(|e| {
        format!("{s:?} is not an address like \"Acme Status <status@acme.example>\" ({e})")
    })
}

/// A rate limit: at most `max` accepted requests in any `window`, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateSpec {
    Off,
    Limit { max: u32, window: Duration },
}

impl FromStr for RateSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<RateSpec, String> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("off") {
            return Ok(RateSpec::Off);
        }
        let bad = || format!("{s:?} is not N/SECS (like 5/3600) or \"off\"");
        let (n, secs) = s.split_once('/').ok_or_else(bad)?;
        let max: u32 = n.trim().parse().map_err(|_| bad())?;
        let secs: u64 = secs.trim().parse().map_err(|_| bad())?;
        if max == 0 || secs == 0 {
            return Err(format!(
                "{s:?}: N and SECS must be at least 1 (or use \"off\")"
            ));
        }
        Ok(RateSpec::Limit {
            max,
            window: Duration::from_secs(secs),
        })
    }
}

impl fmt::Display for RateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RateSpec::Off => f.write_str("off"),
            RateSpec::Limit { max, window } => write!(f, "{max}/{}", window.as_secs()),
        }
    }
}

fn parse_origin(s: &str) -> Result<String, String> {
    let (scheme, rest) = s
        .split_once("://")
        .ok_or_else(|| format!("{s:?} is not an origin like https://status.example.com"))?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() {
        return Err(format!(
            "{s:?}: an origin is http:// or https:// and a host"
        ));
    }
    if rest.contains('/') || rest.contains('?') || rest.contains('#') {
        return Err(format!(
            "{s:?}: an origin has no path, not even a trailing slash"
        ));
    }
    if !s.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(format!("{s:?}: an origin is plain ASCII"));
    }
    Ok(s.to_ascii_lowercase())
}

fn parse_page_url(s: &str) -> Result<String, String> {
    let ok = maintenance_window::domain::feed::is_web_url(s)
        && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(s.to_owned())
    } else {
        Err(format!("{s:?} is not an http:// or https:// URL"))
    }
}

#[cfg_attr(not(feature = "test-control"), allow(dead_code))]
pub(crate) fn parse_fault_rate(s: &str) -> Result<f64, String> {
    let rate: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number"))?;
    if (0.0..=1.0).contains(&rate) {
        Ok(rate)
    } else {
        Err(format!("{s:?} is outside 0.0..=1"))
    }
}
