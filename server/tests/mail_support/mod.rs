//! Helpers of the mail tests: a real SMTP server (`smtp_sink.py`, Python's
//! aiosmtpd), the mails it received read by `check_mail.py` (Python's
//! `email` and `icalendar`), feeds with windows relative to now.
#![allow(dead_code)]

use std::borrow::Borrow;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::common::{uuid, Server, Site};

/// A running `smtp_sink.py`, killed when dropped.
pub struct Sink {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

impl Sink {
    pub fn start(dir: &Path) -> Sink {
        std::fs::create_dir_all(dir).expect("sink dir");
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg("--dir")
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("could not run python3 ({e}): run `make tool-python`"));
        let out = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(out).read_line(&mut line).expect("sink line");
        let port = line
            .trim()
            .strip_prefix("LISTENING ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| {
                let status = child.wait().ok().and_then(|s| s.code());
                panic!(
                    "smtp_sink.py did not start (exit {status:?}; 3 means aiosmtpd is missing: run `make tool-python`)"
                )
            });
        Sink {
            child,
            port,
            dir: dir.to_path_buf(),
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Tells the sink to misbehave (see smtp_sink.py).
    pub fn control(&self, value: Value) {
        let tmp = self.dir.join("control.json.tmp");
        std::fs::write(&tmp, value.to_string()).expect("control");
        std::fs::rename(&tmp, self.dir.join("control.json")).expect("control");
    }

    pub fn files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("sink dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        files
    }

    pub fn refused(&self) -> String {
        std::fs::read_to_string(self.dir.join("refused.log")).unwrap_or_default()
    }

    /// Every mail received so far, read by check_mail.py.
    pub fn mails(&self) -> Vec<Value> {
        read_mails(&self.files())
    }

    /// Waits until `n` mails arrived (at most `secs`), then reads them all.
    pub fn wait_for(&self, n: usize, secs: u64, server: Option<&Server>) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while self.files().len() < n {
            assert!(
                Instant::now() < deadline,
                "{} of {n} mails after {secs} s; server log:\n{}",
                self.files().len(),
                server.map(Server::stderr).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        self.mails()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// check_mail.py on `files`.
pub fn read_mails(files: &[PathBuf]) -> Vec<Value> {
    if files.is_empty() {
        return Vec::new();
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/check_mail.py");
    let output = Command::new("python3")
        .arg(script)
        .args(files)
        .output()
        .expect("python3");
    assert!(
        output.status.success(),
        "check_mail.py failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let mails: Value = serde_json::from_slice(&output.stdout).expect("check_mail.py JSON");
    let mails = mails.as_array().cloned().expect("a list");
    for m in &mails {
        assert_eq!(m["defects"], json!([]), "{}: {}", m["file"], m["defects"]);
    }
    mails
}

pub fn at(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A one-off window.
pub fn window(id: &str, region: &str, start: DateTime<Utc>, minutes: i64, title: &str) -> Value {
    json!({
        "id": id,
        "title": title,
        "region": region,
        "start": at(start),
        "end": at(start + chrono::Duration::minutes(minutes)),
        "expected_downtime_minutes": 30,
    })
}

/// Replaces the site's feed by one with these windows.
pub fn write_feed(site: &Site, windows: &[Value]) {
    let feed = json!({
        "feed_version": 1,
        "service": { "name": "Test Cloud", "status_url": "https://status.test.example/" },
        "generated_at": "2026-11-26T12:00:00Z",
        "regions": [
            { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
            { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
        ],
        "windows": windows,
        "recurring": []
    });
    let path = site.path("feed.json");
    let tmp = site.path("feed.json.tmp");
    std::fs::write(&tmp, serde_json::to_string_pretty(&feed).expect("json")).expect("feed");
    std::fs::rename(tmp, path).expect("feed");
}

/// The flags of a server that mails to `sink`, checking every second.
pub fn mail_args(site: &Site, sink: &Sink, extra: &[&str]) -> Vec<String> {
    let url = sink.url();
    let mut args = vec![
        "--addr",
        "127.0.0.1:0",
        "--test-control",
        "--smtp",
        url.as_str(),
        "--mail-from",
        "Test Status <status@test.example>",
        "--check-every",
        "1",
        "--mail-backoff",
        "1",
        "--mail-rate",
        "off",
        "--rate-per-address",
        "off",
        "--rate-per-ip",
        "off",
    ];
    args.extend_from_slice(extra);
    site.args(&args)
}

/// Subscribes through the API.
pub fn subscribe(server: &Server, email: &str, regions: &[&str], zone: &str, locale: &str) {
    let body = json!({ "email": email, "regions": regions, "time_zone": zone, "locale": locale });
    let answer = server.post(&uuid(), &body.to_string()).expect("POST");
    assert_eq!(answer.status.as_u16(), 202, "{}", answer.text());
}

/// The mails to `email`.
pub fn to<'a, T: std::borrow::Borrow<Value>>(mails: &'a [T], email: &str) -> Vec<&'a Value> {
    mails
        .iter()
        .map(Borrow::borrow)
        .filter(|m: &&Value| m["To"].as_str().is_some_and(|t| t.contains(email)))
        .collect()
}

/// Path and query of a link on this server.
pub fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.find('/')
        .map_or("/".to_owned(), |i| rest[i..].to_owned())
}

/// Confirms through the link in the confirmation mail.
pub fn confirm_by_mail(server: &Server, mail: &Value) {
    let link = mail["html_links"]
        .as_array()
        .and_then(|l| {
            l.iter()
                .filter_map(Value::as_str)
                .find(|u| u.contains("/api/subscriptions/confirm?token="))
        })
        .unwrap_or_else(|| panic!("no confirmation link in {}", mail["html"]));
    let text = mail["text"].as_str().unwrap_or_default();
    assert!(text.contains(link), "the text part has the link too");
    let answer = server
        .request("GET", &path_of(link), &[], b"")
        .expect("confirm");
    assert_eq!(answer.status.as_u16(), 200, "{}", answer.text());
}

pub fn wait_until(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// GET as JSON.
pub fn get_json(server: &Server, path: &str) -> Value {
    let answer = server.request("GET", path, &[], b"").expect("GET");
    assert_eq!(answer.status.as_u16(), 200, "{path}: {}", answer.text());
    answer.json()
}
