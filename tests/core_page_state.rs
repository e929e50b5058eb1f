#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the page's state machine (`domain::page_state`): first
//! load, refreshes, stale data with back-off, recovery, the hidden tab, the
//! last good copy at start-up and "Try again". Each test is a table of
//! events and what the page is in after each; end-to-end tests
//! (`tests/e2e/resilience.test.mjs`, `states`, `errors`) check the same in
//! the browser.

use chrono::{DateTime, Duration, Utc};
use maintenance_window::domain::load::{FetchFailure, LoadError, Source};
use maintenance_window::domain::page_state::{sleep, PageState, Status};
use maintenance_window::domain::refresh::LastGood;

/// 2026-11-26T12:00:00Z plus `s` seconds.
fn t(s: i64) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
        .expect("instant")
        .with_timezone(&Utc)
        + Duration::seconds(s)
}

const MIN: i64 = 60;

fn http(status: u16) -> LoadError {
    LoadError::Fetch(Source::Feed, FetchFailure::Http(status))
}

/// The documents as fetched at `at`: the feed's text is `feed`.
fn copy(feed: &str, at: i64) -> LastGood {
    LastGood {
        config_url: "https://status.example/config.json".into(),
        config_text: r#"{"feed_url": "feed.json"}"#.into(),
        feed_url: "https://status.example/feed.json".into(),
        feed_text: feed.into(),
        fetched_at: t(at),
    }
}

/// What is shown is named after its feed text and when it was made, so a
/// test sees both what is shown and whether it was made again.
type Shown = String;

/// One event, at a time in seconds.
enum Ev {
    /// A fetch starts.
    Fetch,
    /// It brings this feed text.
    Ok(&'static str, i64),
    /// It fails, with no last good copy stored.
    Err(u16, i64),
    /// It fails; storage holds a copy of this feed, fetched at that time.
    ErrCached(u16, i64, &'static str, i64),
    /// The clock reads this (visible or not): does a fetch start?
    Tick(i64, bool, bool),
    /// "Try again now".
    RetryNow(i64),
}

/// The page after an event.
#[derive(Debug, PartialEq)]
struct Seen {
    /// `loading`, `error:<reason>` or what is shown.
    status: String,
    /// The data shown is stale since (seconds), with failures in a row.
    stale: Option<(i64, u32)>,
    /// The next fetch is due at (seconds).
    due: Option<i64>,
}

fn secs(at: DateTime<Utc>) -> i64 {
    (at - t(0)).num_seconds()
}

fn seen(s: &PageState<Shown>) -> Seen {
    Seen {
        status: match s.status() {
            Status::Loading => "loading".into(),
            Status::Loaded(shown) => shown.clone(),
            Status::Failed(e) => format!("error:{}", e.reason()),
        },
        stale: s
            .stale_since()
            .map(|at| (secs(at), s.trouble().map_or(0, |t| t.failures))),
        due: s.due().map(secs),
    }
}

fn expect(status: &str, stale: Option<(i64, u32)>, due: Option<i64>) -> Seen {
    Seen {
        status: status.into(),
        stale,
        due,
    }
}

/// Runs the events from a fresh page, checking the page after each.
fn run(rows: Vec<(Ev, Seen)>) {
    let mut state = PageState::<Shown>::default();
    for (i, (ev, want)) in rows.into_iter().enumerate() {
        match ev {
            Ev::Fetch => state.start_fetch(),
            Ev::Ok(feed, at) => state.fetched(copy(feed, at), t(at), || format!("{feed}@{at}")),
            Ev::Err(status, at) => state.failed(http(status), t(at), || None),
            Ev::ErrCached(status, at, feed, fetched) => state.failed(http(status), t(at), || {
                Some((copy(feed, fetched), format!("{feed}@{fetched}")))
            }),
            Ev::Tick(at, visible, fetch) => {
                assert_eq!(
                    state.due_now(t(at), visible),
                    fetch,
                    "row {i}: fetch at {at} s?"
                );
            }
            Ev::RetryNow(at) => state.retry_now(t(at)),
        }
        assert_eq!(seen(&state), want, "row {i}");
    }
}

#[test]
fn first_load_ok_then_refreshes_every_5_minutes() {
    run(vec![
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Ok("A", 2), expect("A@2", None, Some(2 + 5 * MIN))),
        (Ev::Tick(60, true, false), expect("A@2", None, Some(302))),
        (Ev::Tick(301, true, false), expect("A@2", None, Some(302))),
        (Ev::Tick(302, true, true), expect("A@2", None, None)),
        (Ev::Fetch, expect("A@2", None, None)),
        // The same documents: what is shown is not made again.
        (Ev::Ok("A", 303), expect("A@2", None, Some(603))),
        (Ev::Tick(603, true, true), expect("A@2", None, None)),
        (Ev::Fetch, expect("A@2", None, None)),
        // A changed feed replaces it.
        (Ev::Ok("B", 604), expect("B@604", None, Some(904))),
    ]);
}

#[test]
fn first_load_failed_is_the_error_until_try_again() {
    run(vec![
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Err(503, 1), expect("error:http", None, None)),
        // Nothing to refresh: no fetch however long.
        (
            Ev::Tick(24 * 60 * MIN, true, false),
            expect("error:http", None, None),
        ),
        // The error panel's "Try again".
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Err(500, 90), expect("error:http", None, None)),
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Ok("A", 100), expect("A@100", None, Some(400))),
    ]);
}

#[test]
fn a_failed_refresh_keeps_the_data_stale_and_backs_off_until_recovery() {
    let mut rows = vec![
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Ok("A", 0), expect("A@0", None, Some(300))),
        (Ev::Tick(300, true, true), expect("A@0", None, None)),
        (Ev::Fetch, expect("A@0", None, None)),
        (Ev::Err(500, 300), expect("A@0", Some((0, 1)), Some(315))),
    ];
    // 15 s, 30 s, 1 min, 2 min, 4 min, then every 5 minutes.
    let mut at = 315;
    for (failures, wait) in [(2, 30), (3, 60), (4, 120), (5, 240), (6, 300), (7, 300)] {
        rows.push((
            Ev::Tick(at - 1, true, false),
            expect("A@0", Some((0, failures - 1)), Some(at)),
        ));
        rows.push((
            Ev::Tick(at, true, true),
            expect("A@0", Some((0, failures - 1)), None),
        ));
        rows.push((Ev::Fetch, expect("A@0", Some((0, failures - 1)), None)));
        rows.push((
            Ev::Err(503, at),
            expect("A@0", Some((0, failures)), Some(at + wait)),
        ));
        at += wait;
    }
    // Recovery: fresh again, stale no more, refreshes every 5 minutes.
    rows.push((Ev::Tick(at, true, true), expect("A@0", Some((0, 7)), None)));
    rows.push((Ev::Fetch, expect("A@0", Some((0, 7)), None)));
    rows.push((Ev::Ok("A", at), expect("A@0", None, Some(at + 300))));
    rows.push((Ev::Tick(at + 300, true, true), expect("A@0", None, None)));
    rows.push((Ev::Fetch, expect("A@0", None, None)));
    // A new failure starts the back-off again.
    rows.push((
        Ev::Err(503, at + 300),
        expect("A@0", Some((at, 1)), Some(at + 315)),
    ));
    run(rows);
}

#[test]
fn a_hidden_page_does_not_refresh_and_fetches_once_when_seen_again() {
    run(vec![
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Ok("A", 0), expect("A@0", None, Some(300))),
        (Ev::Tick(300, false, false), expect("A@0", None, Some(300))),
        (
            Ev::Tick(30 * MIN, false, false),
            expect("A@0", None, Some(300)),
        ),
        // Seen again after 30 minutes: one fetch at once, none while it runs.
        (Ev::Tick(30 * MIN, true, true), expect("A@0", None, None)),
        (Ev::Fetch, expect("A@0", None, None)),
        (
            Ev::Tick(30 * MIN + 1, true, false),
            expect("A@0", None, None),
        ),
        (
            Ev::Ok("A", 30 * MIN + 1),
            expect("A@0", None, Some(35 * MIN + 1)),
        ),
        // Retries after a failure wait while hidden too.
        (
            Ev::Tick(35 * MIN + 1, true, true),
            expect("A@0", None, None),
        ),
        (Ev::Fetch, expect("A@0", None, None)),
        (
            Ev::Err(503, 35 * MIN + 1),
            expect("A@0", Some((30 * MIN + 1, 1)), Some(35 * MIN + 16)),
        ),
        (
            Ev::Tick(40 * MIN, false, false),
            expect("A@0", Some((30 * MIN + 1, 1)), Some(35 * MIN + 16)),
        ),
        (
            Ev::Tick(40 * MIN, true, true),
            expect("A@0", Some((30 * MIN + 1, 1)), None),
        ),
    ]);
}

#[test]
fn a_fetch_that_is_due_waits_for_the_one_under_way() {
    run(vec![
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Ok("A", 0), expect("A@0", None, Some(300))),
        (Ev::Tick(300, true, true), expect("A@0", None, None)),
        (Ev::Fetch, expect("A@0", None, None)),
        // "Try again now" while the refresh runs: due, but not two at once.
        (Ev::RetryNow(301), expect("A@0", None, Some(301))),
        (Ev::Tick(302, true, false), expect("A@0", None, Some(301))),
        (Ev::Ok("A", 305), expect("A@0", None, Some(605))),
    ]);
}

#[test]
fn try_again_now_on_the_stale_notice_fetches_when_the_clock_gets_there() {
    run(vec![
        (Ev::Fetch, expect("loading", None, None)),
        (Ev::Ok("A", 0), expect("A@0", None, Some(300))),
        (Ev::Tick(300, true, true), expect("A@0", None, None)),
        (Ev::Fetch, expect("A@0", None, None)),
        (Ev::Err(503, 300), expect("A@0", Some((0, 1)), Some(315))),
        (Ev::RetryNow(305), expect("A@0", Some((0, 1)), Some(305))),
        (
            Ev::Tick(304, true, false),
            expect("A@0", Some((0, 1)), Some(305)),
        ),
        (Ev::Tick(305, true, true), expect("A@0", Some((0, 1)), None)),
        (Ev::Fetch, expect("A@0", Some((0, 1)), None)),
        (Ev::Ok("B", 306), expect("B@306", None, Some(606))),
    ]);
}

#[test]
fn the_last_good_copy_from_storage_is_shown_stale_when_the_first_load_fails() {
    run(vec![
        (Ev::Fetch, expect("loading", None, None)),
        // Stored yesterday; shown at once, stale since then, retried in 15 s.
        (
            Ev::ErrCached(503, 1, "A", -24 * 60 * MIN),
            expect(
                &format!("A@{}", -24 * 60 * MIN),
                Some((-24 * 60 * MIN, 1)),
                Some(16),
            ),
        ),
        (
            Ev::Tick(16, true, true),
            expect("A@-86400", Some((-86400, 1)), None),
        ),
        (Ev::Fetch, expect("A@-86400", Some((-86400, 1)), None)),
        (
            Ev::Err(503, 16),
            expect("A@-86400", Some((-86400, 2)), Some(46)),
        ),
        (
            Ev::Tick(46, true, true),
            expect("A@-86400", Some((-86400, 2)), None),
        ),
        (Ev::Fetch, expect("A@-86400", Some((-86400, 2)), None)),
        // The same documents as the copy: kept as they are, now fresh.
        (Ev::Ok("A", 47), expect("A@-86400", None, Some(347))),
    ]);
}

#[test]
fn storage_is_only_read_when_nothing_is_shown() {
    let mut state = PageState::<Shown>::default();
    state.start_fetch();
    state.fetched(copy("A", 0), t(0), || "A".into());
    state.start_fetch();
    state.failed(http(503), t(300), || {
        panic!("storage read while data is shown")
    });
    assert_eq!(state.trouble().map(|t| t.failures), Some(1));
    assert_eq!(state.status(), &Status::Loaded("A".to_owned()));
    assert!(state.showing());
    // What a refresh brings is only made when it differs from what is shown.
    state.start_fetch();
    state.fetched(copy("A", 315), t(315), || {
        panic!("the same documents made again")
    });
    assert_eq!(state.fetched_at(), Some(t(315)));
}

#[test]
fn the_revision_moves_only_when_the_status_is_replaced() {
    // The page re-renders what is shown only when the revision moves.
    let mut state = PageState::<Shown>::default();
    let mut last = state.revision();
    let mut moved = |state: &PageState<Shown>| {
        let now = state.revision();
        std::mem::replace(&mut last, now) != now
    };
    state.start_fetch();
    assert!(moved(&state), "loading");
    state.fetched(copy("A", 0), t(0), || "A".into());
    assert!(moved(&state), "loaded");
    state.start_fetch();
    assert!(!moved(&state), "a refresh starts: what is shown stays");
    state.failed(http(503), t(300), || None);
    assert!(!moved(&state), "stale: the same data");
    state.retry_now(t(305));
    assert!(state.due_now(t(305), true));
    state.start_fetch();
    state.fetched(copy("A", 305), t(305), || "A again".into());
    assert!(!moved(&state), "the same documents");
    state.start_fetch();
    state.fetched(copy("B", 605), t(605), || "B".into());
    assert!(moved(&state), "new documents");
    assert_eq!(state.status(), &Status::Loaded("B".to_owned()));
}

#[test]
fn the_clock_sleeps_until_the_next_fetch_only_while_visible() {
    let minute = Duration::seconds(60);
    let cases = [
        // (wake, due, now, visible) -> sleep
        ((minute, None, 0, true), minute),
        ((minute, Some(300), 0, true), minute),
        ((minute, Some(20), 0, true), Duration::seconds(20)),
        ((minute, Some(20), 0, false), minute),
        (
            (Duration::seconds(5), Some(20), 0, true),
            Duration::seconds(5),
        ),
        // Due already (a fetch is under way): a second, never zero.
        ((minute, Some(0), 10, true), Duration::seconds(1)),
        ((minute, Some(10), 10, true), Duration::seconds(1)),
    ];
    for ((wake, due, now, visible), want) in cases {
        assert_eq!(
            sleep(wake, due.map(t), t(now), visible),
            want,
            "{wake} {due:?} {now} {visible}"
        );
    }
}
