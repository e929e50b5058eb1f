//! Helpers shared by the integration tests: a temporary site (dist, feed,
//! config), the router called in-process, the real binary, and a tiny
//! HTTP/1.1 client over a TCP stream (no client library needed).
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use clap::Parser;
use http_body_util::BodyExt;
use maintenance_feed_server::cli::Cli;
use serde_json::Value;
use tower::ServiceExt;

pub const FEED: &str = r#"{
  "feed_version": 1,
  "service": { "name": "Test Cloud" },
  "generated_at": "2026-11-26T12:00:00Z",
  "regions": [
    { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
    { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
  ],
  "windows": [],
  "recurring": []
}"#;

pub const INDEX: &str = "<!doctype html><title>app</title>";
pub const CSS_NAME: &str = "main-eab7604c583fec8b.css";
pub const JS_NAME: &str = "maintenance-window-79da10f3f3eb097c.js";
/// "gzipped js", gzip-compressed (mtime 0).
pub const JS_GZ: &[u8] = &[
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x4b, 0xaf, 0xca, 0x2c, 0x28, 0x48,
    0x4d, 0x51, 0xc8, 0x2a, 0x06, 0x00, 0x6c, 0x25, 0x17, 0x16, 0x0a, 0x00, 0x00, 0x00,
];

/// A folder removed when dropped, with dist/, feed.json and config.json.
pub struct Site {
    pub root: PathBuf,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Site {
    pub fn new() -> Site {
        let root = std::env::temp_dir().join(format!(
            "feed-server-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&root);
        let dist = root.join("dist");
        std::fs::create_dir_all(&dist).expect("mkdir dist");
        let write = |p: PathBuf, b: &[u8]| std::fs::write(p, b).expect("write fixture");
        write(dist.join("index.html"), INDEX.as_bytes());
        write(dist.join(CSS_NAME), b"body{}");
        write(dist.join(JS_NAME), b"plain js");
        write(dist.join(format!("{JS_NAME}.gz")), JS_GZ);
        write(
            dist.join("feed.json"),
            br#"{"feed_version": 1, "from": "dist"}"#,
        );
        write(
            dist.join("config.json"),
            br#"{"feed_url": "feed.json", "from": "dist"}"#,
        );
        write(root.join("feed.json"), FEED.as_bytes());
        write(
            root.join("config.json"),
            br#"{"feed_url": "feed.json", "from": "flag"}"#,
        );
        Site { root }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// The flags every server needs, then `extra`.
    pub fn args(&self, extra: &[&str]) -> Vec<String> {
        let mut args: Vec<String> = vec![
            "feed-server".into(),
            "--dist".into(),
            self.path("dist").display().to_string(),
            "--feed".into(),
            self.path("feed.json").display().to_string(),
            "--db".into(),
            self.path("db/subscriptions.sqlite").display().to_string(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    }

    /// The router, in-process.
    pub fn router(&self, extra: &[&str]) -> Router {
        let cli = Cli::try_parse_from(self.args(extra)).expect("valid flags");
        maintenance_feed_server::app(&cli, "http://test.invalid")
            .expect("app")
            .0
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// An answer, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// `(code, field)` of an error body.
    pub fn error(&self) -> (String, Value) {
        let json = self.json();
        let code = json["error"]["code"]
            .as_str()
            .unwrap_or("<none>")
            .to_owned();
        assert!(
            json["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "an error has a message: {json}"
        );
        (code, json["error"]["field"].clone())
    }
}

pub async fn send(router: &Router, req: Request<Body>) -> Answer {
    let response = router.clone().oneshot(req).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

pub fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub fn body(email: &str, regions: &[&str]) -> String {
    serde_json::json!({
        "email": email,
        "regions": regions,
        "time_zone": "Asia/Kathmandu",
        "locale": "en-GB",
    })
    .to_string()
}

/// `POST /api/subscriptions` as JSON from 127.0.0.1, with this key.
pub async fn post(router: &Router, key: &str, body: &str) -> Answer {
    post_from(router, key, body, "127.0.0.1").await
}

pub async fn post_from(router: &Router, key: &str, body: &str, ip: &str) -> Answer {
    let addr: SocketAddr = format!("{ip}:50000").parse().expect("ip");
    let req = Request::post("/api/subscriptions")
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .extension(ConnectInfo(addr))
        .body(Body::from(body.to_owned()))
        .expect("request");
    send(router, req).await
}

pub async fn get(router: &Router, path: &str) -> Answer {
    send(
        router,
        Request::get(path).body(Body::empty()).expect("request"),
    )
    .await
}

/// The stored rows (needs `--test-control`).
pub async fn rows(router: &Router) -> Vec<Value> {
    let answer = get(router, "/__test/subscriptions").await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.json().as_array().cloned().expect("an array")
}

/// Confirms `email` through the link of its stored token.
pub async fn confirm(router: &Router, email: &str) -> Answer {
    let token = rows(router)
        .await
        .into_iter()
        .find(|r| r["email"] == email)
        .and_then(|r| r["token"].as_str().map(str::to_owned))
        .expect("a stored row");
    get(router, &format!("/api/subscriptions/confirm?token={token}")).await
}

// ---------------------------------------------------------------------------
// The real binary.

/// A running `feed-server`, killed when dropped.
pub struct Server {
    pub child: Child,
    /// `127.0.0.1:port`
    pub addr: String,
    pub db_line: String,
    pub stderr: Arc<Mutex<String>>,
}

impl Server {
    pub fn start(args: &[String]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_feed-server"))
            .args(&args[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn feed-server");
        let stderr = Arc::new(Mutex::new(String::new()));
        if let Some(err) = child.stderr.take() {
            let sink = Arc::clone(&stderr);
            std::thread::spawn(move || {
                for line in BufReader::new(err).lines().map_while(Result::ok) {
                    let mut s = sink.lock().unwrap_or_else(|p| p.into_inner());
                    s.push_str(&line);
                    s.push('\n');
                }
            });
        }
        let (tx, rx) = mpsc::channel();
        let out = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let line = || {
            rx.recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|_| {
                    panic!(
                        "no start-up line; stderr: {}",
                        stderr.lock().map(|s| s.clone()).unwrap_or_default()
                    )
                })
        };
        let serving = line();
        let db_line = line();
        let addr = serving
            .strip_prefix("Serving http://")
            .and_then(|s| s.strip_suffix('/'))
            .unwrap_or_else(|| panic!("unexpected first line {serving:?}"))
            .to_owned();
        Server {
            child,
            addr,
            db_line,
            stderr,
        }
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> std::io::Result<Answer> {
        http(&self.addr, method, path, headers, body)
    }

    pub fn post(&self, key: &str, body: &str) -> std::io::Result<Answer> {
        self.request(
            "POST",
            "/api/subscriptions",
            &[
                ("content-type", "application/json"),
                ("idempotency-key", key),
            ],
            body.as_bytes(),
        )
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// SIGTERM, then waits; true when it exited with status 0 within 10 s.
    pub fn terminate(&mut self) -> bool {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .is_ok_and(|s| s.success());
        assert!(sent, "kill -TERM {pid}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request with `Connection: close`; the whole answer.
pub fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Answer> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(15)))?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse_answer(&raw).ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            format!("no complete answer ({} bytes)", raw.len()),
        )
    })
}

fn parse_answer(raw: &[u8]) -> Option<Answer> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let mut headers = HeaderMap::new();
    for line in lines {
        let (name, value) = line.split_once(':')?;
        headers.append(
            axum::http::HeaderName::from_bytes(name.trim().as_bytes()).ok()?,
            value.trim().parse().ok()?,
        );
    }
    let mut body = raw[end + 4..].to_vec();
    if headers
        .get("transfer-encoding")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"chunked"))
    {
        body = dechunk(&body)?;
    } else if let Some(len) = headers
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
    {
        if body.len() < len {
            return None;
        }
    }
    Some(Answer {
        status: StatusCode::from_u16(status).ok()?,
        headers,
        body,
    })
}

fn dechunk(mut raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = raw.windows(2).position(|w| w == b"\r\n")?;
        let size = usize::from_str_radix(std::str::from_utf8(&raw[..eol]).ok()?.trim(), 16).ok()?;
        raw = &raw[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(raw.get(..size)?);
        raw = raw.get(size + 2..)?;
    }
}

pub fn wait_for<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

// ---------------------------------------------------------------------------
// Calendars.

/// Runs `tests/fixtures/check_ics.py` (Python's `icalendar`) on `text`
/// against `expected` (the JSON that script reads); panics with its
/// complaints. `name` names the files kept in the test's temporary folder.
pub fn check_ics(name: &str, text: &str, expected: &Value) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("server_ics");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let ics = dir.join(format!("{name}.ics"));
    std::fs::write(&ics, text).expect("write .ics");
    std::fs::write(
        dir.join(format!("{name}.expected.json")),
        serde_json::to_string_pretty(expected).expect("json"),
    )
    .expect("write .expected.json");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/check_ics.py"
    );
    let output = Command::new("python3")
        .arg(script)
        .arg(&ics)
        .output()
        .unwrap_or_else(|e| panic!("could not run python3 ({e}): run `make tool-python`"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0) => assert!(stdout.contains("1 calendar(s) OK"), "{stdout}"),
        Some(3) => panic!("Python's icalendar is missing: run `make tool-python`\n{stderr}"),
        _ => panic!(
            "check_ics.py failed on {} ({}):\n{stdout}\n{stderr}",
            ics.display(),
            output.status
        ),
    }
}

/// The calendar's VEVENTs, each as its unfolded content lines.
pub fn vevents(text: &str) -> Vec<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split("\r\n") {
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("first line").push_str(rest),
            None => lines.push(line.to_owned()),
        }
    }
    let mut out = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in lines {
        if line == "BEGIN:VEVENT" {
            current = Some(Vec::new());
        } else if line == "END:VEVENT" {
            out.extend(current.take());
        } else if let Some(c) = current.as_mut() {
            c.push(line);
        }
    }
    out
}

/// The value of the first `name:` line of an event (VALARM lines included).
pub fn prop<'a>(event: &'a [String], name: &str) -> Option<&'a str> {
    let prefix = format!("{name}:");
    event.iter().find_map(|l| l.strip_prefix(prefix.as_str()))
}

/// The event whose UID starts with `<id>@`.
pub fn event<'a>(events: &'a [Vec<String>], id: &str) -> &'a [String] {
    let start = format!("{}@", id.replace('/', "%2F"));
    events
        .iter()
        .find(|e| prop(e, "UID").is_some_and(|u| u.starts_with(&start)))
        .unwrap_or_else(|| panic!("no event {id}"))
}

/// The UIDs of a calendar's events, in order.
pub fn uids(text: &str) -> Vec<String> {
    vevents(text)
        .iter()
        .map(|e| prop(e, "UID").unwrap_or_default().to_owned())
        .collect()
}
