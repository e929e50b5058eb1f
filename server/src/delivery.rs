//! Sending the outbox: over SMTP (`--smtp`) with lettre, or into `.eml`
//! files beside the database; retries with back-off, `--mail-rate`, and
//! the two background tasks (the feed check and the senders).

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::AsyncSmtpTransportBuilder;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use maintenance_window::domain::feed::{parse_feed, Feed};
use tokio::sync::Notify;

use crate::cli::RateSpec;
use crate::lock;
use crate::mail::{self, Context, Kind};
use crate::notify::{self, CheckOptions};
use crate::outbox::{Claimed, MAX_BOUNCES};
use crate::store::Store;

/// A temporary failure is tried again this many times in all, then the
/// mail is marked failed.
pub const MAX_ATTEMPTS: u32 = 10;
/// The longest wait between two attempts.
pub const MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// Rows one sender claims at a time.
const CLAIM_BATCH: u32 = 8;

#[derive(Debug, thiserror::Error)]
pub enum SmtpUrlError {
    #[error("{0:?} is not smtp://host:port, smtp+starttls://user:pass@host:587 or smtps://user:pass@host:465")]
    Form(String),
    #[error("{0}: {1}")]
    Tls(String, lettre::transport::smtp::Error),
}

/// Where mails go.
#[derive(Clone)]
pub enum Transport {
    Smtp {
        builder: Box<AsyncSmtpTransportBuilder>,
        /// Built on first use (its connection pool needs the runtime).
        client: Arc<OnceLock<AsyncSmtpTransport<Tokio1Executor>>>,
        /// The URL without its password, for the logs.
        shown: String,
    },
    /// `.eml` files in this folder.
    Files(PathBuf),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::Smtp { shown, .. } => write!(f, "SMTP {shown}"),
            Transport::Files(dir) => write!(f, "files in {}", dir.display()),
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.extend(u8::try_from(h * 16 + l).ok());
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `--smtp`: `smtp://host:port` (no TLS, a local relay),
/// `smtp+starttls://user:pass@host:587`, `smtps://user:pass@host:465`
/// (user and password percent-encoded, optional).
pub fn smtp_transport(url: &str) -> Result<Transport, SmtpUrlError> {
    let form = || SmtpUrlError::Form(url.to_owned());
    let (scheme, rest) = url.split_once("://").ok_or_else(form)?;
    let rest = rest.trim_end_matches('/');
    let (userinfo, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => {
            (h, Some(p.parse::<u16>().map_err(|_| form())?))
        }
        _ => (hostport, None),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() || host.contains(['/', '?', '#', ' ']) {
        return Err(form());
    }
    let tls_error = |e| SmtpUrlError::Tls(url.to_owned(), e);
    let (builder, default_port) = match scheme.to_ascii_lowercase().as_str() {
        "smtp" => (
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            25,
        ),
        "smtp+starttls" => (
            AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(tls_error)?,
            587,
        ),
        "smtps" => (
            AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(tls_error)?,
            465,
        ),
        _ => return Err(form()),
    };
    let mut builder = builder
        .port(port.unwrap_or(default_port))
        .timeout(Some(Duration::from_secs(30)));
    let mut shown = format!("{scheme}://{host}:{}", port.unwrap_or(default_port));
    if let Some(userinfo) = userinfo {
        let (user, pass) = userinfo.split_once(':').unwrap_or((userinfo, ""));
        let user = percent_decode(user);
        shown = format!("{scheme}://{user}@{host}:{}", port.unwrap_or(default_port));
        builder = builder.credentials(Credentials::new(user, percent_decode(pass)));
    }
    Ok(Transport::Smtp {
        builder: Box::new(builder),
        client: Arc::new(OnceLock::new()),
        shown,
    })
}

/// How one attempt went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Handed over (SMTP 250), or written; the file's path when written.
    Ok(Option<PathBuf>),
    /// Try again later (4xx, connection refused, timeout).
    Temporary(String),
    /// Will not work (5xx): counts against the address.
    Permanent(String),
    /// Cannot be sent at all (an address a header cannot hold).
    Unsendable(String),
}

/// Everything the senders and the checker share.
pub struct Mailer {
    pub transport: Transport,
    pub from: Mailbox,
    /// Right-hand side of the Message-IDs (the sender's domain).
    pub domain: String,
    /// This database's id, in every Message-ID.
    pub instance: String,
    pub rate: RateSpec,
    sent_at: tokio::sync::Mutex<VecDeque<Instant>>,
    /// First retry delay; doubles with each attempt up to [`MAX_BACKOFF`].
    pub backoff: Duration,
    pub concurrency: usize,
    pub check_every: Duration,
    pub check: CheckOptions,
    pub feed: PathBuf,
    /// Refreshed by each check (service and region names).
    pub context: Mutex<Context>,
    /// Rung when rows may be due (a check queued mails, a subscription).
    pub wake: Notify,
}

impl Mailer {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        transport: Transport,
        from: Mailbox,
        instance: String,
        rate: RateSpec,
        backoff: Duration,
        concurrency: usize,
        check_every: Duration,
        check: CheckOptions,
        feed: PathBuf,
        context: Context,
    ) -> Mailer {
        Mailer {
            domain: from.email.domain().to_owned(),
            transport,
            from,
            instance,
            rate,
            sent_at: tokio::sync::Mutex::new(VecDeque::new()),
            backoff,
            concurrency: concurrency.max(1),
            check_every,
            check,
            feed,
            context: Mutex::new(context),
            wake: Notify::new(),
        }
    }

    /// `<mw.{outbox id}.{instance}@{domain}>`: the same for every attempt
    /// of one row, so a mail sent twice (see README.md) is recognisably one.
    pub fn message_id(&self, outbox_id: i64) -> String {
        format!("<mw.{outbox_id}.{}@{}>", self.instance, self.domain)
    }

    /// Waits for `--mail-rate`.
    async fn pace(&self) {
        let RateSpec::Limit { max, window } = self.rate else {
            return;
        };
        let mut sent = self.sent_at.lock().await;
        loop {
            let now = Instant::now();
            while sent
                .front()
                .is_some_and(|t| now.duration_since(*t) >= window)
            {
                sent.pop_front();
            }
            if sent.len() < max as usize {
                sent.push_back(now);
                return;
            }
            let wait = sent.front().map_or(Duration::ZERO, |t| {
                window.saturating_sub(now.duration_since(*t))
            });
            tokio::time::sleep(wait).await;
        }
    }

    fn render(&self, c: &Claimed) -> mail::Rendered {
        let ctx = lock(&self.context).clone();
        match (&c.notice, c.kind) {
            (Some(n), kind) if kind != Kind::Confirm => mail::notice(kind, n, &c.recipient, &ctx),
            _ => mail::confirmation(&c.recipient, &ctx),
        }
    }

    /// One attempt at one claimed row.
    pub async fn send(&self, c: &Claimed) -> Sent {
        let rendered = self.render(c);
        let message = match mail::message(
            &rendered,
            &self.from,
            &c.recipient.email,
            &self.message_id(c.id),
            SystemTime::now(),
        ) {
            Ok(m) => m,
            Err(e) => return Sent::Unsendable(e.to_string()),
        };
        match &self.transport {
            Transport::Smtp {
                builder, client, ..
            } => match client
                .get_or_init(|| (**builder).clone().build())
                .send(message)
                .await
            {
                Ok(_) => Sent::Ok(None),
                Err(e) if e.is_permanent() => Sent::Permanent(e.to_string()),
                Err(e) => Sent::Temporary(e.to_string()),
            },
            Transport::Files(dir) => {
                let path = dir.join(format!("{:06}-{}.eml", c.id, c.kind.as_str()));
                let bytes = message.formatted();
                let written = {
                    let path = path.clone();
                    tokio::task::spawn_blocking(move || write_atomically(&path, &bytes)).await
                };
                match written {
                    Ok(Ok(())) => Sent::Ok(Some(path)),
                    Ok(Err(e)) => Sent::Temporary(format!("{}: {e}", path.display())),
                    Err(e) => Sent::Temporary(e.to_string()),
                }
            }
        }
    }

    /// The wait before attempt `attempts + 1`.
    pub fn backoff_after(&self, attempts: u32) -> Duration {
        let factor = 1u32 << attempts.saturating_sub(1).min(16);
        self.backoff.saturating_mul(factor).min(MAX_BACKOFF)
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("eml.tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

type SharedStore = Arc<Mutex<Store>>;

async fn with_store<T: Send + 'static>(
    store: &SharedStore,
    work: impl FnOnce(&mut Store) -> rusqlite::Result<T> + Send + 'static,
) -> Result<T, String> {
    let store = Arc::clone(store);
    match tokio::task::spawn_blocking(move || work(&mut lock(&store))).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("database: {e}")),
        Err(e) => Err(format!("database task: {e}")),
    }
}

fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from(SystemTime::now())
}

/// One sender: claims due rows and sends them, until the process ends.
pub async fn sender(mailer: Arc<Mailer>, store: SharedStore) {
    loop {
        let claimed = match with_store(&store, |s| s.claim(now(), CLAIM_BATCH)).await {
            Ok(c) => c,
            Err(e) => {
                eprintln!("feed-server: error: outbox: {e}");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        if claimed.is_empty() {
            let next = with_store(&store, |s| s.next_due()).await.ok().flatten();
            let wait = next
                .and_then(|t| (t - now()).to_std().ok())
                .unwrap_or(Duration::from_secs(1))
                .clamp(Duration::from_millis(10), Duration::from_secs(1));
            tokio::select! {
                () = mailer.wake.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
            continue;
        }
        for c in claimed {
            mailer.pace().await;
            let outcome = mailer.send(&c).await;
            record(&mailer, &store, &c, outcome).await;
        }
    }
}

async fn record(mailer: &Mailer, store: &SharedStore, c: &Claimed, outcome: Sent) {
    let (id, sub, kind, to) = (
        c.id,
        c.subscriber_id,
        c.kind.as_str(),
        c.recipient.email.clone(),
    );
    let uid = c.notice.as_ref().map_or("", |n| n.uid.as_str()).to_owned();
    let result = match outcome {
        Sent::Ok(path) => {
            match path {
                Some(p) => eprintln!(
                    "feed-server: mail written: {} ({kind} to {to}{})",
                    p.display(),
                    if uid.is_empty() {
                        String::new()
                    } else {
                        format!(", {uid}")
                    }
                ),
                None => eprintln!(
                    "feed-server: mail sent: {kind} to {to} (outbox {id}, {})",
                    mailer.message_id(id)
                ),
            }
            with_store(store, move |s| s.mark_sent(id, sub, now())).await
        }
        Sent::Temporary(e) if c.attempts < MAX_ATTEMPTS => {
            let wait = mailer.backoff_after(c.attempts);
            eprintln!(
                "feed-server: mail deferred: {kind} to {to} (outbox {id}, attempt {}): {e}; next try in {} s",
                c.attempts,
                wait.as_secs_f64()
            );
            let next =
                now() + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::hours(1));
            with_store(store, move |s| s.mark_retry(id, next, &e)).await
        }
        Sent::Temporary(e) => {
            eprintln!(
                "feed-server: mail failed: {kind} to {to} (outbox {id}) after {} attempts: {e}",
                c.attempts
            );
            with_store(store, move |s| {
                s.mark_failed(id, sub, &e, false).map(|_| ())
            })
            .await
        }
        Sent::Unsendable(e) => {
            eprintln!("feed-server: mail failed: {kind} to {to} (outbox {id}): {e}");
            with_store(store, move |s| {
                s.mark_failed(id, sub, &e, false).map(|_| ())
            })
            .await
        }
        Sent::Permanent(e) => {
            let shown = e.clone();
            match with_store(store, move |s| s.mark_failed(id, sub, &e, true)).await {
                Ok(bounces) => {
                    eprintln!(
                        "feed-server: mail failed: {kind} to {to} (outbox {id}): {shown} ({bounces} permanent failure(s) in a row{})",
                        if bounces >= MAX_BOUNCES { "; nothing more is sent to this address" } else { "" }
                    );
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
    };
    if let Err(e) = result {
        eprintln!("feed-server: error: outbox {id}: {e}");
    }
}

async fn read_feed(path: &Path) -> Result<Feed, String> {
    let text = tokio::fs::read_to_string(path)
        .await
        .map_err(|e| e.to_string())?;
    parse_feed(&text).map_err(|e| e.to_string())
}

/// Refreshes the names mails use from `feed`.
fn refresh_context(mailer: &Mailer, feed: &Feed) {
    let mut ctx = lock(&mailer.context);
    if let Some(name) = feed
        .service
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        ctx.service = name.to_owned();
    }
    ctx.region_names = feed
        .regions
        .iter()
        .map(|r| (r.id.as_str().to_owned(), r.name.clone()))
        .collect();
}

/// One check of the feed; returns how many mails it queued.
pub async fn check_once(mailer: &Arc<Mailer>, store: &SharedStore) -> Result<usize, String> {
    let feed = read_feed(&mailer.feed)
        .await
        .map_err(|e| format!("the feed {}: {e}", mailer.feed.display()))?;
    refresh_context(mailer, &feed);
    let opts = mailer.check.clone();
    let (applied, baseline, notices) = with_store(store, move |s| {
        let calendar = s.calendar_state()?;
        let notified = s.notified()?;
        let baseline_done = s.has_baseline()?;
        let plan = {
            let stored = |id| s.notice(id).ok().flatten();
            notify::plan(
                &feed,
                now(),
                &opts,
                &calendar,
                &notified,
                baseline_done,
                stored,
            )
        };
        let kinds: Vec<String> = plan
            .notices
            .iter()
            .map(|p| format!("{} {}", p.kind.as_str(), p.notice.uid))
            .collect();
        let applied = s.apply_check(&plan, now())?;
        Ok((applied, plan.baseline, kinds))
    })
    .await?;
    if baseline {
        eprintln!("feed-server: mail: first check, the windows in the feed are the baseline (nothing is mailed for them)");
    }
    for n in &notices {
        eprintln!("feed-server: notice: {n}");
    }
    if applied.mails > 0 {
        eprintln!(
            "feed-server: mail: {} notice(s), {} mail(s) queued",
            applied.notices, applied.mails
        );
        mailer.wake.notify_waiters();
    }
    Ok(applied.mails)
}

/// Checks the feed every `--check-every`, until the process ends.
pub async fn checker(mailer: Arc<Mailer>, store: SharedStore) {
    let mut every = tokio::time::interval(mailer.check_every);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(e) = check_once(&mailer, &store).await {
            eprintln!("feed-server: error: mail check: {e}");
        }
    }
}

/// Starts the checker and the senders; rows a crash left `sending` are
/// sent again first.
pub async fn start(mailer: Arc<Mailer>, store: SharedStore) -> Result<(), String> {
    let recovered = with_store(&store, |s| s.recover_sending()).await?;
    if recovered > 0 {
        eprintln!(
            "feed-server: mail: {recovered} mail(s) were being sent when the server stopped; sending them again"
        );
    }
    eprintln!(
        "feed-server: mail: delivery by {:?}, checking the feed every {} s",
        mailer.transport,
        mailer.check_every.as_secs_f64()
    );
    for _ in 0..mailer.concurrency {
        tokio::spawn(sender(Arc::clone(&mailer), Arc::clone(&store)));
    }
    tokio::spawn(checker(mailer, store));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls() {
        for ok in [
            "smtp://127.0.0.1:2525",
            "smtp://localhost",
            "smtp+starttls://user:p%40ss@mail.example.com:587",
            "smtps://user:pass@mail.example.com:465",
            "smtps://mail.example.com",
        ] {
            assert!(smtp_transport(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://x",
            "smtp://",
            "smtp://host:port",
            "mail.example.com",
            "smtp://a b:25",
        ] {
            assert!(smtp_transport(bad).is_err(), "{bad}");
        }
        match smtp_transport("smtps://me:secret@mail.example.com:465") {
            Ok(t) => assert_eq!(format!("{t:?}"), "SMTP smtps://me@mail.example.com:465"),
            Err(e) => panic!("{e}"),
        }
        assert_eq!(percent_decode("p%40ss%zz"), "p@ss%zz");
    }
}
