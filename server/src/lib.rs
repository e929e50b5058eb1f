//! Reference status-feed server for the maintenance-window page.
//!
//! Serves the built app (`dist/`), a feed file as `/feed.json`, the
//! subscription endpoint with SQLite storage, idempotency keys, double
//! opt-in, rate limits and CORS for configured origins, feedback on FAQ
//! entries (`/api/feedback`), the feed as a subscribable calendar
//! (`/calendar.ics`) and as Atom (`/feed.atom`), and mails subscribers
//! (confirmation, notices, reminders) through a persistent outbox.
//! Injectable faults and `/__test` routes exist only with the
//! `test-control` feature. See README.md beside this crate.

pub mod api;
pub mod atom;
pub mod calendar;
pub mod calendar_feed;
pub mod cli;
pub mod delivery;
pub mod faults;
pub mod lang;
pub mod limits;
pub mod mail;
pub mod notify;
pub mod offline;
pub mod outbox;
pub mod page;
pub mod snapshot;
pub mod store;
#[cfg(feature = "test-control")]
pub mod testctl;
pub mod unsubscribe;
pub mod validate;

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::{ServeDir, ServeFile};

use crate::api::RequestLog;
use crate::cli::Cli;
use crate::delivery::{Mailer, Transport};
use crate::faults::{Fault, Faults};
use crate::limits::Limiter;
use crate::mail::Context;
use crate::notify::CheckOptions;
use crate::store::Store;

/// Largest request body accepted (413 above).
pub const BODY_LIMIT: usize = 16 * 1024;

/// Requests kept for `GET /__test/requests`.
const REQUEST_LOG_MAX: usize = 100_000;

/// Everything the handlers share.
pub struct AppState {
    pub dist: PathBuf,
    pub feed: PathBuf,
    pub config: Option<PathBuf>,
    pub allow_origins: Vec<String>,
    /// `http://host:port`, for the confirmation links.
    pub public_url: String,
    /// The page's URL in calendar events (`--page-url`, else `public_url/`).
    pub page_url: String,
    /// `--calendar-days`.
    pub calendar_days: u32,
    pub test_control: bool,
    pub store: Arc<Mutex<Store>>,
    pub per_address: Mutex<Limiter>,
    pub per_ip: Mutex<Limiter>,
    /// Feedback's own per-IP limit (with `--rate-per-ip`'s numbers).
    pub feedback_per_ip: Mutex<Limiter>,
    pub faults: Mutex<Faults>,
    requests: Mutex<(u64, Vec<RequestLog>)>,
    /// Mail delivery (started by [`run`]; in-process tests only queue).
    pub mailer: Arc<Mailer>,
}

/// Locks, going on after a panic elsewhere (no state here is left half-updated).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl AppState {
    /// Runs blocking SQLite work off the async threads; a failure is a 500.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, Response>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> rusqlite::Result<T> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        let joined = tokio::task::spawn_blocking(move || work(&mut lock(&store))).await;
        match joined {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(api::internal(&format!("database: {e}"))),
            Err(e) => Err(api::internal(&format!("database task: {e}"))),
        }
    }

    /// Notes a POST as it arrives (test control only); returns its number.
    fn log_request(&self, path: &'static str, key: Option<String>, fault: Fault) -> u64 {
        let mut log = lock(&self.requests);
        log.0 += 1;
        let seq = log.0;
        if self.test_control && log.1.len() < REQUEST_LOG_MAX {
            log.1.push(RequestLog {
                seq,
                path,
                idempotency_key: key,
                status: None,
                fault: fault.name(),
                replayed: false,
            });
        }
        seq
    }

    fn finish_request(&self, seq: u64, status: Option<u16>, replayed: bool) {
        let mut log = lock(&self.requests);
        if let Some(entry) = log.1.iter_mut().rev().find(|e| e.seq == seq) {
            entry.status = status;
            entry.replayed = replayed;
        }
    }

    pub fn requests(&self) -> Vec<RequestLog> {
        lock(&self.requests).1.clone()
    }

    pub fn clear_requests(&self) {
        lock(&self.requests).1.clear();
    }
}

/// Checks the paths of `cli`, opens the database and builds the router.
/// Returns the router and the database's absolute path.
pub fn app(cli: &Cli, public_url: &str) -> Result<(Router, PathBuf), String> {
    let (router, db, _) = app_with_state(cli, public_url)?;
    Ok((router, db))
}

/// [`app`], and the state the background tasks share.
pub fn app_with_state(
    cli: &Cli,
    public_url: &str,
) -> Result<(Router, PathBuf, Arc<AppState>), String> {
    let dist = existing(&cli.dist, "--dist", true)?;
    let feed = existing(&cli.feed, "--feed", false)?;
    let config = cli
        .config
        .as_deref()
        .map(|c| existing(c, "--config", false))
        .transpose()?;
    let db = database_path(&cli.db)?;
    let mut store = Store::open(&db).map_err(|e| format!("--db {}: {e}", db.display()))?;
    let instance = store
        .instance_id()
        .map_err(|e| format!("--db {}: {e}", db.display()))?;
    let faults = Faults::new(cli.test.faults());
    let public_url = cli
        .public_url
        .as_deref()
        .unwrap_or(public_url)
        .trim_end_matches('/')
        .to_owned();
    let page_url = cli
        .page_url
        .clone()
        .unwrap_or_else(|| format!("{public_url}/"));
    let transport = match &cli.smtp {
        Some(url) => delivery::smtp_transport(url).map_err(|e| format!("--smtp {e}"))?,
        None => Transport::Files(match &cli.mail_dir {
            Some(dir) => dir.clone(),
            None => db
                .parent()
                .map_or_else(|| PathBuf::from("mail"), |p| p.join("mail")),
        }),
    };
    let (service, region_names) = std::fs::read_to_string(&feed)
        .ok()
        .and_then(|t| maintenance_window::domain::feed::parse_feed(&t).ok())
        .map(|f| {
            (
                f.service.name.clone().unwrap_or_default(),
                f.regions
                    .iter()
                    .map(|r| (r.id.as_str().to_owned(), r.name.clone()))
                    .collect(),
            )
        })
        .unwrap_or_default();
    let service = if service.trim().is_empty() {
        public_url
            .split_once("://")
            .map_or(public_url.as_str(), |(_, host)| host)
            .to_owned()
    } else {
        service.trim().to_owned()
    };
    let context = Context {
        public_url: public_url.clone(),
        page_url: page_url.clone(),
        from: cli.mail_from.clone(),
        notify_days: cli.notify_days,
        region_names,
        service,
    };
    let check = CheckOptions {
        notify_days: cli.notify_days,
        leads: cli.remind_before.0.clone(),
        reminder_grace: chrono::Duration::seconds(
            i64::try_from(cli.check_every.saturating_mul(3).max(120)).unwrap_or(120),
        ),
        horizon_days: cli.calendar_days,
        page_url: Some(page_url.clone()),
        organizer: Some(cli.mail_from.email.to_string()),
    };
    let mailer = Arc::new(Mailer::new(
        transport,
        cli.mail_from.clone(),
        instance,
        cli.mail_rate,
        Duration::from_secs(cli.mail_backoff),
        usize::try_from(cli.mail_concurrency).unwrap_or(4),
        Duration::from_secs(cli.check_every),
        check,
        feed.clone(),
        context,
    ));
    let state = Arc::new(AppState {
        dist,
        feed,
        config,
        allow_origins: cli.allow_origin.clone(),
        page_url,
        calendar_days: cli.calendar_days,
        public_url,
        test_control: cli.test.test_control(),
        store: Arc::new(Mutex::new(store)),
        per_address: Mutex::new(Limiter::new(cli.rate_per_address)),
        per_ip: Mutex::new(Limiter::new(cli.rate_per_ip)),
        feedback_per_ip: Mutex::new(Limiter::new(cli.rate_per_ip)),
        faults: Mutex::new(faults),
        requests: Mutex::new((0, Vec::new())),
        mailer,
    });
    Ok((router(Arc::clone(&state)), db, state))
}

fn existing(path: &Path, flag: &str, dir: bool) -> Result<PathBuf, String> {
    let abs = path
        .canonicalize()
        .map_err(|e| format!("{flag} {}: {e}", path.display()))?;
    if dir && !abs.is_dir() {
        return Err(format!("{flag} {}: not a folder", path.display()));
    }
    if !dir && !abs.is_file() {
        return Err(format!("{flag} {}: not a file", path.display()));
    }
    Ok(abs)
}

/// The absolute path of the database file, creating its folder.
fn database_path(db: &Path) -> Result<PathBuf, String> {
    let name = db
        .file_name()
        .ok_or_else(|| format!("--db {}: not a file name", db.display()))?;
    let parent = match db.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| format!("--db {}: {e}", parent.display()))?;
    let parent = parent
        .canonicalize()
        .map_err(|e| format!("--db {}: {e}", parent.display()))?;
    Ok(parent.join(name))
}

fn router(state: Arc<AppState>) -> Router {
    let app = Router::new()
        .route(api::SUBSCRIPTIONS_PATH, post(api::subscribe))
        .route("/api/subscriptions/confirm", get(api::confirm))
        .route(api::FEEDBACK_PATH, post(api::feedback))
        .route(calendar::CALENDAR_PATH, get(calendar::calendar))
        .route(atom::ATOM_PATH, get(atom::feed_atom))
        .route("/", get(page::index))
        .route("/index.html", get(page::index))
        .route(
            unsubscribe::UNSUBSCRIBE_PATH,
            get(unsubscribe::page).post(unsubscribe::one_click),
        );
    #[cfg(feature = "test-control")]
    let app = if state.test_control {
        app.merge(testctl::routes())
    } else {
        app
    };
    let mut app = app.route_service("/feed.json", ServeFile::new(&state.feed));
    if let Some(config) = &state.config {
        app = app.route_service("/config.json", ServeFile::new(config));
    }
    let origins: Vec<HeaderValue> = state
        .allow_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::HEAD, Method::POST])
        .allow_headers([
            header::CONTENT_TYPE,
            HeaderName::from_static(api::IDEMPOTENCY_KEY),
        ])
        .expose_headers([
            header::RETRY_AFTER,
            HeaderName::from_static(api::IDEMPOTENT_REPLAYED),
        ])
        .max_age(Duration::from_secs(600));
    app.fallback_service(
        ServeDir::new(&state.dist)
            .precompressed_br()
            .precompressed_gzip(),
    )
    .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
    .layer(middleware::from_fn(response_headers))
    .layer(cors)
    .layer(middleware::from_fn_with_state(
        Arc::clone(&state),
        cors_only_for_allowed,
    ))
    .with_state(state)
}

/// Cache headers for static files, a JSON 413, `nosniff` everywhere.
async fn response_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut response = next.run(req).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE
        && !response
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|ct| ct.as_bytes().starts_with(b"application/json"))
    {
        response = api::payload_too_large();
    }
    let status = response.status();
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if !headers.contains_key(header::CACHE_CONTROL)
        && (status.is_success() || status == StatusCode::NOT_MODIFIED)
    {
        let value = if is_hashed(&path) {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// tower-http answers every preflight and lists methods and headers even for
/// an origin it does not allow; other origins get no CORS header at all.
async fn cors_only_for_allowed(
    State(st): State<Arc<AppState>>,
    req: Request,
    next: Next,
) -> Response {
    let allowed = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .is_some_and(|o| st.allow_origins.iter().any(|a| a == o));
    let mut response = next.run(req).await;
    if !allowed {
        let cors: Vec<HeaderName> = response
            .headers()
            .keys()
            .filter(|k| k.as_str().starts_with("access-control-"))
            .cloned()
            .collect();
        for name in cors {
            response.headers_mut().remove(name);
        }
    }
    response
}

/// A file name with a content hash, as Trunk writes them: a u64 in hex
/// without leading zeros, so 12 to 16 digits in practice:
/// `maintenance-window-79da10f3f3eb097c_bg.wasm`, `main-6fd224dc2e74c18.css`.
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).as_bytes();
    name.iter().enumerate().any(|(i, b)| {
        if *b != b'-' {
            return false;
        }
        let digits = name[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(*c))
            .count();
        (12..=16).contains(&digits)
            && matches!(name.get(i + 1 + digits), None | Some(b'.') | Some(b'_'))
    })
}

/// Binds, prints where it serves and where the database is, and serves until
/// `shutdown` completes (in-flight requests are finished).
pub async fn run(
    cli: Cli,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(cli.addr)
        .await
        .map_err(|e| format!("--addr {}: {e}", cli.addr))?;
    let local = listener
        .local_addr()
        .map_err(|e| format!("--addr {}: {e}", cli.addr))?;
    let url = format!("http://{local}");
    let (router, db, state) = app_with_state(&cli, &url)?;
    println!("Serving {url}/");
    println!("Subscriptions are stored in {}", db.display());
    delivery::start(Arc::clone(&state.mailer), Arc::clone(&state.store)).await?;
    eprintln!(
        "feed-server: time-zone data: IANA {}",
        maintenance_window::domain::zone::TZDATA_RELEASE
    );
    if cli.test.test_control() {
        eprintln!("feed-server: test control routes under /__test/ are enabled");
    }
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .map_err(|e| format!("serving: {e}"))
}

/// Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    eprintln!("feed-server: shutting down");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        for yes in [
            "/maintenance-window-79da10f3f3eb097c_bg.wasm",
            "/maintenance-window-79da10f3f3eb097c.js",
            "/main-eab7604c583fec8b.css",
            "/sub/dir/x-0123456789abcdef",
            // Trunk drops leading zeros: 15 digits.
            "/main-6fd224dc2e74c18.css",
            "/maintenance-window-59184a5bb63c64f_bg.wasm",
        ] {
            assert!(is_hashed(yes), "{yes}");
        }
        for no in [
            "/",
            "/index.html",
            "/feed.json",
            "/main-eab7604c58.css",
            "/main-eab7604c583fec8bb.css",
            "/main-EAB7604C583FEC8B.css",
            "/main-eab7604c583fec8g.css",
            "/0123456789abcdef0/x.css",
        ] {
            assert!(!is_hashed(no), "{no}");
        }
    }
}
