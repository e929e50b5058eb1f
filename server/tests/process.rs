//! The real `feed-server` binary on 127.0.0.1 with an ephemeral port.

mod common;

use std::path::Path;
use std::process::Command;

use axum::http::StatusCode;
use common::*;
use serde_json::{json, Value};

#[test]
fn starts_on_an_ephemeral_port_and_says_where_the_database_is() {
    let site = Site::new();
    let mut server = Server::start(&site.args(&["--addr", "127.0.0.1:0"]));
    let port: u16 = server
        .addr
        .strip_prefix("127.0.0.1:")
        .and_then(|p| p.parse().ok())
        .expect("127.0.0.1:<port>");
    assert_ne!(port, 0, "the bound port is printed");
    let db = server
        .db_line
        .strip_prefix("Subscriptions are stored in ")
        .expect("the database line");
    assert!(Path::new(db).is_absolute(), "{db}");
    assert_eq!(
        Path::new(db),
        site.path("db/subscriptions.sqlite")
            .canonicalize()
            .expect("db file exists")
    );

    let tzdata = maintenance_window::domain::zone::TZDATA_RELEASE;
    assert!(
        tzdata.len() == 5 && tzdata.starts_with("20"),
        "an IANA release name: {tzdata}"
    );
    let release = format!("feed-server: time-zone data: IANA {tzdata}");
    wait_for("the tz release in the log", || {
        server.stderr().contains(&release).then_some(())
    });
    let index = server.request("GET", "/", &[], b"").expect("GET /");
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.text(), INDEX);
    let feed = server
        .request("GET", "/feed.json", &[], b"")
        .expect("GET /feed.json");
    assert_eq!(feed.text(), FEED);
    assert!(server.terminate(), "SIGTERM stops it cleanly");
}

#[test]
fn subscriptions_and_keys_survive_a_restart() {
    let site = Site::new();
    let args = site.args(&["--addr", "127.0.0.1:0"]);
    let key = uuid();
    let first_body = body("ops@example.com", &["us-east"]);

    let mut server = Server::start(&args);
    let first = server.post(&key, &first_body).expect("POST");
    assert_eq!(first.status, StatusCode::ACCEPTED);
    let pending = server
        .post(&uuid(), &body("dev@example.com", &[]))
        .expect("POST");
    assert_eq!(pending.status, StatusCode::ACCEPTED);
    let links = wait_for("two confirmation links", || {
        let links = confirmation_links(&server.stderr());
        (links.len() == 2).then_some(links)
    });
    let (ops_link, dev_link) = (&links[0], &links[1]);
    assert!(
        ops_link.0 == "ops@example.com" && dev_link.0 == "dev@example.com",
        "{links:?}"
    );
    assert!(ops_link.1.starts_with(&format!(
        "http://{}/api/subscriptions/confirm?token=",
        server.addr
    )));
    let confirmed = server
        .request("GET", path_of(&ops_link.1), &[], b"")
        .expect("confirm");
    assert_eq!(confirmed.status, StatusCode::OK);
    assert!(server.terminate(), "SIGTERM stops it cleanly");

    let server = Server::start(&args);
    // The confirmed address stays confirmed.
    let again = server
        .post(&uuid(), &body("ops@example.com", &[]))
        .expect("POST");
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.json()["error"]["code"], "already_subscribed");
    // The first key still replays its answer byte for byte.
    let replay = server.post(&key, &first_body).expect("POST");
    assert_eq!(replay.status, first.status);
    assert_eq!(replay.body, first.body);
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    // A link mailed before the restart still confirms.
    let port_free_path = path_of(&dev_link.1);
    let late = server
        .request("GET", port_free_path, &[], b"")
        .expect("confirm");
    assert_eq!(late.status, StatusCode::OK);
    assert!(late.text().contains("dev@example.com"));
    let dev = server
        .post(&uuid(), &body("dev@example.com", &[]))
        .expect("POST");
    assert_eq!(dev.status, StatusCode::CONFLICT);
}

#[test]
fn dropped_connections_are_handled_and_the_retry_replays() {
    let site = Site::new();
    // With seed 6 and rate 1 the faults go: drop, 503, drop, 503, ...
    let server = Server::start(&site.args(&[
        "--addr",
        "127.0.0.1:0",
        "--test-control",
        "--fault-rate",
        "1",
        "--seed",
        "6",
    ]));
    let key = uuid();
    let b = body("ops@example.com", &[]);
    let dropped = server.post(&key, &b).expect_err("no answer");
    assert!(
        dropped.to_string().contains("(0 bytes)")
            || dropped.kind() == std::io::ErrorKind::ConnectionReset,
        "not a byte of an answer: {dropped}"
    );
    let unavailable = server.post(&key, &b).expect("an answer");
    assert_eq!(unavailable.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(server.post(&key, &b).is_err(), "dropped again");

    let off = server
        .request(
            "POST",
            "/__test/faults",
            &[("content-type", "application/json")],
            br#"{"fault_rate": 0}"#,
        )
        .expect("set faults");
    assert_eq!(off.status, StatusCode::OK);
    let ok = server.post(&key, &b).expect("an answer");
    assert_eq!(ok.status, StatusCode::ACCEPTED);
    assert_eq!(
        ok.header("idempotent-replayed"),
        Some("true"),
        "handled before the drop"
    );
    let rows = server
        .request("GET", "/__test/subscriptions", &[], b"")
        .expect("rows")
        .json();
    assert_eq!(rows.as_array().map(Vec::len), Some(1));
    let log = server
        .request("GET", "/__test/requests", &[], b"")
        .expect("log")
        .json();
    let seen: Vec<(Value, Value, Value)> = log
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            (
                r["idempotency_key"].clone(),
                r["status"].clone(),
                r["fault"].clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (json!(key), Value::Null, json!("drop")),
            (json!(key), json!(503), json!("unavailable")),
            (json!(key), Value::Null, json!("drop")),
            (json!(key), json!(202), Value::Null),
        ]
    );
}

#[test]
fn the_binary_serves_the_calendar_and_takes_feedback() {
    let site = Site::new();
    let server = Server::start(&site.args(&["--addr", "127.0.0.1:0", "--test-control"]));
    let calendar = server
        .request("GET", "/calendar.ics?regions=us-east", &[], b"")
        .expect("GET /calendar.ics");
    assert_eq!(calendar.status, StatusCode::OK);
    assert_eq!(
        calendar.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    assert!(calendar
        .text()
        .contains("X-WR-CALNAME:Test Cloud maintenance: US East"));
    let etag = calendar.header("etag").expect("ETag").to_owned();
    let again = server
        .request(
            "GET",
            "/calendar.ics?regions=us-east",
            &[("If-None-Match", &etag)],
            b"",
        )
        .expect("GET /calendar.ics again");
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());

    let feedback = server
        .request(
            "POST",
            "/api/feedback",
            &[
                ("content-type", "application/json"),
                ("idempotency-key", &uuid()),
            ],
            br#"{"entry": "faq-downtime", "helpful": true, "locale": "de"}"#,
        )
        .expect("POST /api/feedback");
    assert_eq!(feedback.status, StatusCode::ACCEPTED, "{}", feedback.text());
    let rows = server
        .request("GET", "/__test/feedback", &[], b"")
        .expect("GET /__test/feedback")
        .json();
    assert_eq!(rows[0]["entry"], "faq-downtime");
    assert_eq!(rows[0]["locale"], "de");
}

#[test]
fn help_documents_every_flag() {
    let out = Command::new(env!("CARGO_BIN_EXE_feed-server"))
        .arg("--help")
        .output()
        .expect("run --help");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--dist",
        "--feed",
        "--config",
        "--db",
        "--addr",
        "--allow-origin",
        "--rate-per-address",
        "--rate-per-ip",
        "--fail-first",
        "--delay-ms",
        "--reply-429",
        "--retry-after",
        "--fault-rate",
        "--seed",
        "--calendar-days",
        "--page-url",
        "--test-control",
        "--smtp",
        "--mail-from",
        "--mail-dir",
        "--public-url",
        "--notify-days",
        "--remind-before",
        "--check-every",
        "--mail-rate",
        "--mail-backoff",
        "--mail-concurrency",
    ] {
        assert!(help.contains(flag), "{flag} in --help");
    }
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    for line in help
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--"))
    {
        let flag = line.split([' ', '=']).next().unwrap_or_default();
        if flag != "help" && flag != "version" {
            assert!(
                readme.contains(&format!("--{flag}")),
                "--{flag} in README.md"
            );
        }
    }
}

#[test]
fn bad_flags_and_paths_fail_with_a_clear_message() {
    let site = Site::new();
    let run = |args: &[String]| {
        let out = Command::new(env!("CARGO_BIN_EXE_feed-server"))
            .args(&args[1..])
            .output()
            .expect("run");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let mut missing_dist = site.args(&["--addr", "127.0.0.1:0"]);
    missing_dist[2] = site.path("no-such-dist").display().to_string();
    let (ok, err) = run(&missing_dist);
    assert!(!ok);
    assert!(
        err.contains("--dist") && err.contains("no-such-dist"),
        "{err}"
    );
    for (flag, value) in [
        ("--rate-per-ip", "ten"),
        ("--rate-per-address", "0/60"),
        ("--fault-rate", "1.5"),
        ("--allow-origin", "https://status.example.com/"),
        ("--allow-origin", "*"),
    ] {
        let (ok, err) = run(&site.args(&["--addr", "127.0.0.1:0", flag, value]));
        assert!(!ok, "{flag} {value}");
        assert!(err.contains(flag), "{flag} {value}: {err}");
    }
}

/// `(email, url)` of each confirmation link logged.
fn confirmation_links(stderr: &str) -> Vec<(String, String)> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("feed-server: confirmation link for "))
        .filter_map(|l| l.split_once(": "))
        .map(|(email, url)| (email.to_owned(), url.to_owned()))
        .collect()
}

/// The path and query of `http://host:port/path?query`.
fn path_of(url: &str) -> &str {
    url.strip_prefix("http://")
        .and_then(|rest| rest.find('/').map(|i| &rest[i..]))
        .unwrap_or(url)
}
