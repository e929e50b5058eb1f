//! `feed-calendar` (`make calendar`): the subscribable calendar written to a
//! file, SEQUENCE carried over from the previous file, an unchanged file left
//! alone, filters, errors, and the file checked by Python's `icalendar`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::*;
use serde_json::{json, Value};

const NOW: &str = "2026-11-26T12:00:00Z";

fn feed(patch_start: &str, patch_status: &str) -> String {
    json!({
        "feed_version": 1,
        "service": { "name": "Test Cloud", "status_url": "https://status.test.example" },
        "regions": [
            { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
            { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
        ],
        "windows": [
            {
                "id": "us-patch", "title": "OS patch", "region": "us-east",
                "start": patch_start, "end": "2026-12-06T05:00:00Z", "status": patch_status,
                "tenant_slots": [{ "tenant": "acme", "start": "2026-12-06T03:40:00Z", "end": "2026-12-06T03:55:00Z" }]
            },
            {
                "id": "eu-net", "title": "Network", "region": "eu-central",
                "start": "2026-12-16T22:00:00Z", "end": "2026-12-17T02:00:00Z"
            }
        ],
        "recurring": []
    })
    .to_string()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_feed-calendar"))
        .args(args)
        .output()
        .expect("run feed-calendar")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "feed-calendar failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("calendar written")
}

fn expected(patch: (&str, &str, &str, u32), name: &str) -> Value {
    let (start, summary, status, sequence) = patch;
    json!({
        "calendar_name": name,
        "reminder_minutes": 60,
        "subscribable": true,
        "events": [
            {
                "uid": "us-patch@status.test.example", "summary": summary, "location": "US East",
                "start": start, "end": "2026-12-06T05:00:00Z", "status": status,
                "sequence": sequence, "alarm": status == "CONFIRMED", "transparent": true
            },
            {
                "uid": "eu-net@status.test.example", "summary": "Network (EU Central)",
                "location": "EU Central", "start": "2026-12-16T22:00:00Z",
                "end": "2026-12-17T02:00:00Z", "status": "CONFIRMED", "sequence": 0,
                "alarm": true, "last_modified": "2026-11-26T12:00:00Z", "transparent": true
            }
        ]
    })
}

#[test]
fn writes_the_calendar_and_carries_sequence_from_the_previous_one() {
    let site = Site::new();
    let feed_path = site.path("feed.json");
    std::fs::write(&feed_path, feed("2026-12-06T03:00:00Z", "scheduled")).expect("feed");
    let out = site.path("public/nested/calendar.ics");
    let (feed_arg, out_arg) = (feed_path.display().to_string(), out.display().to_string());
    let base = ["--feed", &feed_arg, "--out", &out_arg];

    let first = ok(&run(&[&base[..], &["--now", NOW]].concat()));
    assert!(first.contains("written, 2 events"), "{first}");
    let text = read(&out);
    check_ics(
        "command-first",
        &text,
        &expected(
            ("2026-12-06T03:00:00Z", "OS patch (US East)", "CONFIRMED", 0),
            "Test Cloud maintenance",
        ),
    );

    // Nothing changed: the file is left alone (a static host keeps its
    // validators), even an hour later.
    let before = std::fs::metadata(&out)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let again = ok(&run(
        &[&base[..], &["--now", "2026-11-26T13:00:00Z"]].concat()
    ));
    assert!(again.contains("unchanged"), "{again}");
    assert_eq!(read(&out), text);
    assert_eq!(
        std::fs::metadata(&out)
            .and_then(|m| m.modified())
            .expect("mtime"),
        before
    );

    // Moved: SEQUENCE 1 for that window only, stamped with the new run's time.
    std::fs::write(&feed_path, feed("2026-12-06T02:00:00Z", "scheduled")).expect("feed");
    let moved = ok(&run(
        &[&base[..], &["--now", "2026-11-27T08:00:00Z"]].concat()
    ));
    assert!(moved.contains("0 new, 1 moved"), "{moved}");
    let text = read(&out);
    let events = vevents(&text);
    let patch = event(&events, "us-patch");
    assert_eq!(prop(patch, "SEQUENCE"), Some("1"));
    assert_eq!(prop(patch, "LAST-MODIFIED"), Some("20261127T080000Z"));
    assert_eq!(prop(event(&events, "eu-net"), "SEQUENCE"), Some("0"));
    assert_eq!(
        uids(&text),
        ["us-patch@status.test.example", "eu-net@status.test.example"]
    );

    // Cancelled, from an explicit previous calendar, into another file.
    std::fs::write(&feed_path, feed("2026-12-06T02:00:00Z", "cancelled")).expect("feed");
    let other = site.path("other.ics");
    let (prev_arg, other_arg) = (out.display().to_string(), other.display().to_string());
    ok(&run(&[
        "--feed",
        &feed_arg,
        "--out",
        &other_arg,
        "--previous",
        &prev_arg,
        "--now",
        "2026-11-28T00:00:00Z",
    ]));
    let text = read(&other);
    check_ics(
        "command-cancelled",
        &text,
        &expected(
            (
                "2026-12-06T02:00:00Z",
                "Cancelled: OS patch (US East)",
                "CANCELLED",
                2,
            ),
            "Test Cloud maintenance",
        ),
    );
    assert!(!event(&vevents(&text), "us-patch")
        .iter()
        .any(|l| l == "BEGIN:VALARM"));
}

#[test]
fn regions_tenant_days_and_page_url() {
    let site = Site::new();
    let feed_path = site.path("feed.json");
    std::fs::write(&feed_path, feed("2026-12-06T03:00:00Z", "scheduled")).expect("feed");
    let out = site.path("calendar.ics");
    let (feed_arg, out_arg) = (feed_path.display().to_string(), out.display().to_string());
    ok(&run(&[
        "--feed",
        &feed_arg,
        "--out",
        &out_arg,
        "--now",
        NOW,
        "--regions",
        "us-east,mars",
        "--tenant",
        "acme",
        "--page-url",
        "https://status.test.example/m/",
    ]));
    let text = read(&out);
    assert_eq!(uids(&text), ["us-patch@status.test.example"]);
    assert!(text.contains("\r\nX-WR-CALNAME:Test Cloud maintenance: US East\r\n"));
    let events = vevents(&text);
    let patch = event(&events, "us-patch");
    assert!(prop(patch, "DESCRIPTION")
        .is_some_and(|d| d.starts_with("Your service (acme): 2026-12-06 03:40 – 03:55 UTC")));
    assert_eq!(prop(patch, "URL"), Some("https://status.test.example/m/"));

    ok(&run(&[
        "--feed", &feed_arg, "--out", &out_arg, "--now", NOW, "--days", "15",
    ]));
    assert_eq!(uids(&read(&out)), ["us-patch@status.test.example"]);
}

#[test]
fn errors_are_clear_and_leave_the_old_file() {
    let site = Site::new();
    let feed_path = site.path("feed.json");
    let out = site.path("calendar.ics");
    std::fs::write(&out, "old").expect("old file");
    let (feed_arg, out_arg) = (feed_path.display().to_string(), out.display().to_string());
    let fail = |args: &[&str], wanted: &str| {
        let output = run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?} should fail");
        assert!(stderr.contains(wanted), "{args:?}: {stderr}");
    };
    std::fs::write(&feed_path, "{ not json").expect("feed");
    fail(&["--feed", &feed_arg, "--out", &out_arg], "--feed");
    std::fs::write(&feed_path, feed("2026-12-06T03:00:00Z", "scheduled")).expect("feed");
    let missing = site.path("no-such.ics").display().to_string();
    fail(
        &[
            "--feed",
            &feed_arg,
            "--out",
            &out_arg,
            "--previous",
            &missing,
        ],
        "--previous",
    );
    fail(
        &["--feed", &feed_arg, "--out", &out_arg, "--days", "0"],
        "--days",
    );
    fail(
        &["--feed", &feed_arg, "--out", &out_arg, "--now", "soon"],
        "--now",
    );
    fail(
        &[
            "--feed",
            &feed_arg,
            "--out",
            &out_arg,
            "--page-url",
            "javascript:x",
        ],
        "--page-url",
    );
    assert_eq!(read(&out), "old");

    // A previous file that is no calendar of ours: every SEQUENCE starts at 0.
    let output = run(&["--feed", &feed_arg, "--out", &out_arg, "--now", NOW]);
    ok(&output);
    assert!(read(&out).contains("SEQUENCE:0"));
}

#[test]
fn help_lists_every_flag() {
    let out = run(&["--help"]);
    let help = ok(&out);
    for flag in [
        "--feed",
        "--out",
        "--previous",
        "--days",
        "--regions",
        "--tenant",
        "--page-url",
        "--now",
    ] {
        assert!(help.contains(flag), "{flag} in --help");
    }
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let section = readme
        .split_once("## `feed-calendar`")
        .map(|(_, rest)| rest)
        .expect("a feed-calendar section in README.md");
    for line in help
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--"))
    {
        let flag = line.split([' ', '=']).next().unwrap_or_default();
        if flag != "help" && flag != "version" {
            assert!(
                section.contains(&format!("`--{flag}")),
                "--{flag} in README.md's feed-calendar section"
            );
        }
    }
}
