//! The Atom feed: `GET /feed.atom` in-process and the `feed-atom` command,
//! read by Python's `feedparser` (no bozo flag) and as XML
//! (`check_atom.py`).

mod common;

use std::process::Command;

use axum::body::Body;
use axum::http::Request;
use serde_json::{json, Value};

use common::{get, prop, send, vevents, Site};

const WINDOWS: &str = r#"[
  { "id": "w-1", "title": "<b>Bold</b> & \"co\"", "region": "us-east",
    "start": "2030-01-05T03:00:00Z", "end": "2030-01-05T05:00:00Z", "expected_downtime_minutes": 20,
    "description": "Line one\nLine <two>" },
  { "id": "w-2", "title": "Storage", "region": "eu-central", "status": "cancelled",
    "start": "2030-02-01T22:00:00Z", "end": "2030-02-02T01:00:00Z" }
]"#;

fn feed_with(windows: &str) -> String {
    common::FEED.replace("\"windows\": []", &format!("\"windows\": {windows}"))
}

fn check(name: &str, text: &str) -> Value {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("server_atom");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join(format!("{name}.atom"));
    std::fs::write(&path, text).expect("write");
    let output = Command::new("python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/check_atom.py"))
        .arg(&path)
        .output()
        .expect("python3");
    assert!(
        output.status.success(),
        "check_atom.py ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let v: Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(v["defects"], json!([]), "{}", path.display());
    v
}

#[tokio::test]
async fn feed_atom_parses_and_follows_the_calendar() {
    let site = Site::new();
    std::fs::write(site.path("feed.json"), feed_with(WINDOWS)).expect("feed");
    let router = site.router(&[
        "--page-url",
        "https://status.example.com/maintenance/",
        "--calendar-days",
        "3660",
    ]);
    let answer = get(&router, "/feed.atom").await;
    assert_eq!(answer.status.as_u16(), 200);
    assert_eq!(
        answer.header("content-type"),
        Some("application/atom+xml; charset=utf-8")
    );
    assert_eq!(answer.header("cache-control"), Some("no-cache"));
    let text = answer.text();
    assert!(!text.contains("<b>Bold"), "escaped");
    let v = check("served", &text);
    assert_eq!(v["title"], "Test Cloud maintenance");
    let entries = v["feedparser_entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries[0]["title"],
        "<b>Bold</b> & \"co\" (US East): 2030-01-05 03:00 – 05:00 UTC"
    );
    assert_eq!(
        entries[1]["title"],
        "Cancelled: Storage (EU Central): 2030-02-01 22:00 – 2030-02-02 01:00 UTC"
    );
    let content = entries[0]["content"].as_str().unwrap_or_default();
    assert!(
        content.contains("UTC: 2030-01-04 22:00")
            || content.contains("UTC: 2030-01-05 03:00 – 05:00"),
        "{content}"
    );
    assert!(
        content.contains("2030-01-04 22:00 – 2030-01-05 00:00 in US East (America/New_York)"),
        "{content}"
    );
    assert!(
        content.contains("Line &lt;two&gt;"),
        "the description stays text: {content}"
    );
    // Ids are the calendar's UIDs.
    let cal = get(&router, "/calendar.ics").await.text();
    let uids: Vec<String> = vevents(&cal)
        .iter()
        .map(|e| prop(e, "UID").unwrap_or_default().to_owned())
        .collect();
    for (entry, uid) in entries.iter().zip(&uids) {
        assert_eq!(
            entry["id"],
            format!("tag:maintenance-window.invalid,2026:{uid}")
        );
    }
    // Stable: the same bytes, a 304 with the ETag.
    let again = get(&router, "/feed.atom").await;
    assert_eq!(again.text(), text);
    let etag = again.header("etag").expect("etag").to_owned();
    let req = Request::get("/feed.atom")
        .header("if-none-match", &etag)
        .body(Body::empty())
        .expect("req");
    assert_eq!(send(&router, req).await.status.as_u16(), 304);

    // Moving w-1 changes its `updated` (and the feed's), not w-2's.
    let before: Vec<Value> = v["entries"].as_array().cloned().unwrap_or_default();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    std::fs::write(
        site.path("feed.json"),
        feed_with(&WINDOWS.replace("2030-01-05T05:00:00Z", "2030-01-05T06:00:00Z")),
    )
    .expect("feed");
    let moved = check("moved", &get(&router, "/feed.atom").await.text());
    let after = moved["entries"].as_array().cloned().unwrap_or_default();
    assert_ne!(after[0]["updated"], before[0]["updated"]);
    assert_eq!(after[1]["updated"], before[1]["updated"]);
    // A new title alone is no change.
    std::fs::write(
        site.path("feed.json"),
        feed_with(
            &WINDOWS
                .replace("2030-01-05T05:00:00Z", "2030-01-05T06:00:00Z")
                .replace("Storage", "Storage work"),
        ),
    )
    .expect("feed");
    let renamed = check("renamed", &get(&router, "/feed.atom").await.text());
    assert_eq!(renamed["entries"][1]["updated"], after[1]["updated"]);
    assert!(renamed["entries"][1]["title"]
        .as_str()
        .is_some_and(|t| t.starts_with("Cancelled: Storage work")));
}

#[test]
fn feed_atom_command_writes_the_file_and_carries_updated() {
    let site = Site::new();
    std::fs::write(site.path("feed.json"), feed_with(WINDOWS)).expect("feed");
    let out = site.path("out/feed.atom");
    let run = |now: &str| {
        let o = Command::new(env!("CARGO_BIN_EXE_feed-atom"))
            .args([
                "--feed",
                &site.path("feed.json").display().to_string(),
                "--out",
                &out.display().to_string(),
                "--now",
                now,
                "--self-url",
                "https://status.example.com/feed.atom",
            ])
            .output()
            .expect("feed-atom");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    assert!(run("2029-12-01T00:00:00Z").contains("written, 2 entries"));
    let first = check("command", &std::fs::read_to_string(&out).expect("out"));
    assert_eq!(first["entries"][0]["updated"], "2029-12-01T00:00:00Z");
    assert!(run("2029-12-02T00:00:00Z").contains("unchanged"));
    std::fs::write(
        site.path("feed.json"),
        feed_with(&WINDOWS.replace("2030-01-05T05:00:00Z", "2030-01-05T06:00:00Z")),
    )
    .expect("feed");
    assert!(run("2029-12-03T00:00:00Z").contains("written"));
    let moved = check(
        "command-moved",
        &std::fs::read_to_string(&out).expect("out"),
    );
    assert_eq!(
        moved["entries"][0]["updated"], "2029-12-03T00:00:00Z",
        "moved: updated now"
    );
    assert_eq!(
        moved["entries"][1]["updated"], "2029-12-01T00:00:00Z",
        "kept from the previous file"
    );
    let bad = Command::new(env!("CARGO_BIN_EXE_feed-atom"))
        .args([
            "--feed",
            "/nonexistent.json",
            "--out",
            &out.display().to_string(),
        ])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--feed"));
}
