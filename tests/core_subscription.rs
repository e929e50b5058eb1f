//! Native tests of the subscription core (docs/feed-format.md, "Subscribing"): email validation,
//! the request body, the draft, and what the page does for every row of the
//! contract's table and the edge cases. Idempotency keys, Retry-After and
//! the back-off policy are the retry machine's (`core_retry.rs`).
#![cfg(not(target_arch = "wasm32"))]

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use maintenance_window::domain::display::{TimeView, Wall};
use maintenance_window::domain::feed::{parse_feed, Region};
use maintenance_window::domain::retry::{IdempotencyKey, Outcome, RetryPolicy};
use maintenance_window::domain::subscription::{
    build_request, choose_endpoint, prepare, Draft, Email, EmailError, EndpointBase, Field, Next,
    Phase, Prepared, Submission, SubmitError, Success, EMAIL_EMPTY, EMAIL_FORMAT, EMAIL_TOO_LONG,
};
use maintenance_window::domain::zone::Zone;

fn regions() -> Vec<Region> {
    let feed = parse_feed(
        r#"{
          "feed_version": 1,
          "regions": [
            { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
            { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" },
            { "id": "ap-south", "name": "Asia Pacific (Mumbai)", "time_zone": "Asia/Kolkata" }
          ],
          "windows": [], "recurring": []
        }"#,
    )
    .expect("test feed parses");
    feed.regions
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap()
}

fn kathmandu() -> Zone {
    Zone::parse("Asia/Kathmandu").unwrap()
}

fn draft(email: &str, regions: &[&str]) -> Draft {
    Draft {
        email: email.to_owned(),
        regions: regions.iter().map(|r| (*r).to_owned()).collect(),
    }
}

fn submission() -> Submission {
    let request = build_request(
        &draft("ops@example.com", &["us-east"]),
        &regions(),
        kathmandu(),
        "en-GB",
    )
    .unwrap();
    let key = IdempotencyKey::parse("0b5c6a1e-2f3d-4c5b-8a9e-112233445566").unwrap();
    Submission::new(request, key)
}

fn answer(status: u16, body: &str) -> Outcome {
    Outcome::Answer {
        status,
        retry_after: None,
        body: body.to_owned(),
    }
}

fn answer_ra(status: u16, retry_after: &str) -> Outcome {
    Outcome::Answer {
        status,
        retry_after: Some(retry_after.to_owned()),
        body: String::new(),
    }
}

fn decide(outcome: Outcome) -> Next {
    submission().decide(&outcome, now(), kathmandu())
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn retry_delay(next: &Next) -> Duration {
    match next {
        Next::Retry { delay, .. } => *delay,
        other => panic!("expected a retry, got {other:?}"),
    }
}

fn retry_notice(next: &Next) -> &str {
    match next {
        Next::Retry { notice, .. } => notice,
        other => panic!("expected a retry, got {other:?}"),
    }
}

// --- email -----------------------------------------------------------------

#[test]
fn email_is_trimmed_and_kept_as_typed() {
    let e = Email::parse("  ops+maint@Example.co.uk \n").unwrap();
    assert_eq!(e.as_str(), "ops+maint@Example.co.uk");
}

#[test]
fn email_empty_or_blank_asks_for_an_address() {
    for input in ["", "   ", "\t\n"] {
        assert_eq!(Email::parse(input), Err(EmailError::Empty), "{input:?}");
    }
    assert_eq!(EmailError::Empty.to_string(), EMAIL_EMPTY);
    assert_eq!(EMAIL_EMPTY, "Enter your email address");
}

#[test]
fn email_in_a_wrong_format_says_how_to_fix_it() {
    for input in [
        "not an email",
        "ops",
        "ops@",
        "@example.com",
        "ops@example",
        "ops@@example.com",
        "ops@exa mple.com",
        "ops@.example.com",
        "ops@example..com",
        "ops@-example.com",
        ".ops@example.com",
        "ops.@example.com",
        "Ann Ops <ops@example.com>",
        "ops@[127.0.0.1]",
        "ops@example.com, dev@example.com",
    ] {
        assert_eq!(Email::parse(input), Err(EmailError::Format), "{input:?}");
    }
    assert_eq!(EmailError::Format.to_string(), EMAIL_FORMAT);
    assert_eq!(
        EMAIL_FORMAT,
        "Enter an email address in the correct format, like name@example.com"
    );
}

#[test]
fn email_accepts_international_and_unusual_valid_addresses() {
    for input in [
        "josé@exämple.de",
        "用户@例子.广告",
        "δοκιμή@παράδειγμα.δοκιμή",
        "o'brien@example.ie",
        "first.last@sub.example.com",
        "x@example.museum",
        "ops+tag@xn--bcher-kva.example",
    ] {
        assert!(Email::parse(input).is_ok(), "{input:?} should be accepted");
    }
}

#[test]
fn email_local_part_too_long_is_refused() {
    let long = format!("{}@example.com", "a".repeat(65));
    assert_eq!(Email::parse(&long), Err(EmailError::Format));
}

#[test]
fn email_longer_than_254_characters_is_refused() {
    let label = "d".repeat(60);
    // 64 + 1 + 4 labels of 60 + 3 dots + ".com" = 312 characters, each part valid.
    let long = format!("{}@{label}.{label}.{label}.{label}.com", "a".repeat(64));
    assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
    assert_eq!(EmailError::TooLong.to_string(), EMAIL_TOO_LONG);
    let fits = format!("{}@{label}.{label}.{label}.com", "a".repeat(64));
    assert!(fits.chars().count() <= 254);
    assert!(Email::parse(&fits).is_ok());
}

#[test]
fn email_with_an_invisible_character_is_left_to_the_server() {
    // The crate accepts U+200B; the reference server refuses it (422 on
    // `email`), which is how the end-to-end test gets a server field error.
    assert!(Email::parse("ops\u{200B}@example.com").is_ok());
}

// --- request ---------------------------------------------------------------

#[test]
fn request_body_is_the_contract_json() {
    let r = build_request(
        &draft(" ops@example.com ", &["us-east"]),
        &regions(),
        kathmandu(),
        "en-GB",
    )
    .unwrap();
    assert_eq!(
        r.to_json(),
        r#"{"email":"ops@example.com","regions":["us-east"],"time_zone":"Asia/Kathmandu","locale":"en-GB"}"#
    );
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(v["email"], "ops@example.com");
}

#[test]
fn request_with_no_region_ticked_means_all_regions() {
    let r = build_request(&draft("ops@example.com", &[]), &regions(), Zone::UTC, "de").unwrap();
    assert!(r.regions().is_empty());
    assert!(r.to_json().contains(r#""regions":[]"#));
    assert_eq!(r.time_zone(), "UTC");
    assert_eq!(r.locale(), "de");
}

#[test]
fn request_keeps_only_the_feeds_regions_in_feed_order_once() {
    let r = build_request(
        &draft(
            "ops@example.com",
            &["ap-south", "mars-1", "us-east", "ap-south", "<script>"],
        ),
        &regions(),
        Zone::UTC,
        "en",
    )
    .unwrap();
    assert_eq!(r.regions(), ["us-east", "ap-south"]);
}

#[test]
fn request_locale_garbage_becomes_en() {
    for bad in ["", "  ", "en GB", "<x>", &"a".repeat(40)] {
        let r = build_request(&draft("a@example.com", &[]), &regions(), Zone::UTC, bad).unwrap();
        assert_eq!(r.locale(), "en", "{bad:?}");
    }
    let r = build_request(
        &draft("a@example.com", &[]),
        &regions(),
        Zone::UTC,
        "zh-Hant-TW",
    )
    .unwrap();
    assert_eq!(r.locale(), "zh-Hant-TW");
}

#[test]
fn request_needs_a_valid_email() {
    assert_eq!(
        build_request(&draft("  ", &["us-east"]), &regions(), Zone::UTC, "en"),
        Err(EmailError::Empty)
    );
    assert_eq!(
        build_request(&draft("ops@", &[]), &regions(), Zone::UTC, "en"),
        Err(EmailError::Format)
    );
}

#[test]
fn honeypot_filled_is_a_trap_whatever_else_was_typed() {
    for email in ["ops@example.com", "", "not an email"] {
        assert_eq!(
            prepare(
                &draft(email, &[]),
                "http://spam.example",
                &regions(),
                Zone::UTC,
                "en"
            ),
            Ok(Prepared::Trap)
        );
    }
}

#[test]
fn honeypot_empty_or_blank_sends() {
    for honeypot in ["", "  "] {
        match prepare(
            &draft("ops@example.com", &[]),
            honeypot,
            &regions(),
            Zone::UTC,
            "en",
        ) {
            Ok(Prepared::Send(r)) => assert_eq!(r.email().as_str(), "ops@example.com"),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        prepare(&draft("", &[]), "", &regions(), Zone::UTC, "en"),
        Err(EmailError::Empty)
    );
}

// --- draft -----------------------------------------------------------------

#[test]
fn draft_round_trips_through_json() {
    let d = draft("josé@exämple.de", &["eu-central", "us-east"]);
    assert_eq!(Draft::from_json(&d.to_json()), Ok(d));
}

#[test]
fn draft_tolerates_missing_fields_and_refuses_garbage() {
    assert_eq!(
        Draft::from_json(r#"{"email":"a"}"#).unwrap(),
        draft("a", &[])
    );
    assert_eq!(Draft::from_json("{}").unwrap(), Draft::default());
    assert!(Draft::from_json("not json").is_err());
    assert!(Draft::from_json(r#"{"email": 5}"#).is_err());
    assert!(Draft::from_json("5").is_err());
    assert!(Draft::from_json("[]").is_err());
    assert!(Draft::from_json(r#"{"regions": "us-east"}"#).is_err());
    assert!(Draft::from_json(r#"{"regions": ["us-east", 3]}"#).is_err());
    assert_eq!(
        Draft::from_json(r#"{"email": null, "regions": null, "other": 1}"#).unwrap(),
        Draft::default()
    );
}

#[test]
fn draft_known_regions_drops_unknown_ones() {
    let d = draft("a@b.c", &["gone", "eu-central"]).known_regions(&regions());
    assert_eq!(d.regions, ["eu-central"]);
    assert!(Draft::default().is_empty());
    assert!(!draft("a", &[]).is_empty());
    assert!(!draft("", &["us-east"]).is_empty());
}

// --- the contract table: success rows --------------------------------------

#[test]
fn row_2xx_subscribed_is_success() {
    for status in [200, 201, 202] {
        assert_eq!(
            decide(answer(status, r#"{"status":"subscribed"}"#)),
            Next::Done(Success::Subscribed),
            "{status}"
        );
    }
    assert!(Success::Subscribed
        .message()
        .starts_with("You are subscribed"));
}

#[test]
fn row_2xx_pending_confirmation_says_check_your_inbox() {
    for status in [200, 201, 202] {
        assert_eq!(
            decide(answer(
                status,
                r#"{"status":"pending_confirmation","id":"x"}"#
            )),
            Next::Done(Success::PendingConfirmation),
            "{status}"
        );
    }
    assert!(Success::PendingConfirmation
        .message()
        .starts_with("Check your inbox to confirm"));
}

#[test]
fn row_409_is_already_subscribed_a_success() {
    for body in ["", r#"{"error":{"code":"exists","message":"x"}}"#, "<html>"] {
        assert_eq!(
            decide(answer(409, body)),
            Next::Done(Success::AlreadySubscribed)
        );
    }
    assert!(Success::AlreadySubscribed
        .message()
        .starts_with("This address is already subscribed"));
    assert_eq!(
        Phase::Succeeded(Success::AlreadySubscribed).data_state(),
        "success"
    );
}

#[test]
fn edge_2xx_with_an_unexpected_body() {
    // Accepted, but without a status we know.
    assert_eq!(decide(answer(204, "")), Next::Done(Success::Received));
    assert_eq!(decide(answer(200, "{}")), Next::Done(Success::Received));
    assert_eq!(
        decide(answer(202, r#"{"status":"queued"}"#)),
        Next::Done(Success::Received)
    );
    assert_eq!(
        decide(answer(200, r#"{"status":5}"#)),
        Next::Done(Success::Received)
    );
    // Not our API at all (an HTML page from a host that answers any POST).
    for body in ["<!doctype html><title>Home</title>", "[]", "\"ok\"", "{"] {
        let next = decide(answer(200, body));
        assert_eq!(
            next,
            Next::Fail(SubmitError::UnexpectedAnswer(200)),
            "{body}"
        );
    }
    assert!(SubmitError::UnexpectedAnswer(200).can_retry());
}

// --- the contract table: 400/422 --------------------------------------------

#[test]
fn row_400_422_field_error_goes_beside_the_field_as_text() {
    for status in [400, 422] {
        let body = r#"{"error":{"code":"invalid_email","message":"We cannot send mail to <b>example.invalid</b>","field":"email"}}"#;
        assert_eq!(
            decide(answer(status, body)),
            Next::Invalid {
                field: Some(Field::Email),
                message: "We cannot send mail to <b>example.invalid</b>".to_owned()
            }
        );
    }
    assert_eq!(
        decide(answer(
            422,
            r#"{"error":{"code":"unknown_region","message":"Unknown region mars","field":"regions"}}"#
        )),
        Next::Invalid {
            field: Some(Field::Regions),
            message: "Unknown region mars".to_owned()
        }
    );
}

#[test]
fn row_422_field_the_form_does_not_have_goes_to_the_live_region() {
    assert_eq!(
        decide(answer(
            422,
            r#"{"error":{"code":"bad_zone","message":"Unknown time zone","field":"time_zone"}}"#
        )),
        Next::Invalid {
            field: None,
            message: "Unknown time zone".to_owned()
        }
    );
}

#[test]
fn edge_400_without_field_or_message() {
    assert_eq!(
        decide(answer(
            400,
            r#"{"error":{"code":"bad","message":"Malformed request"}}"#
        )),
        Next::Invalid {
            field: None,
            message: "Malformed request".to_owned()
        }
    );
    match decide(answer(400, "Bad Request")) {
        Next::Invalid {
            field: None,
            message,
        } => assert!(message.contains("HTTP 400"), "{message}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        decide(answer(
            422,
            r#"{"error":{"code":"x","message":"  ","field":"email"}}"#
        )),
        Next::Invalid {
            field: Some(Field::Email),
            message: EMAIL_FORMAT.to_owned()
        }
    );
}

#[test]
fn edge_422_very_long_message_is_cut() {
    let long = "x".repeat(5000);
    let body = format!(r#"{{"error":{{"code":"x","message":"{long}","field":"email"}}}}"#);
    match decide(answer(422, &body)) {
        Next::Invalid {
            field: Some(Field::Email),
            message,
        } => {
            assert_eq!(message.chars().count(), 301);
            assert!(message.ends_with('…'));
        }
        other => panic!("{other:?}"),
    }
}

// --- the contract table: 429 -------------------------------------------------

#[test]
fn row_429_waits_as_long_as_retry_after_says_and_says_so() {
    let next = decide(answer_ra(429, "30"));
    assert_eq!(retry_delay(&next), secs(30));
    assert_eq!(
        retry_notice(&next),
        "Too many requests; trying again in 30 seconds."
    );
}

#[test]
fn row_429_with_an_http_date() {
    let next = decide(answer_ra(429, "Thu, 26 Nov 2026 12:00:45 GMT"));
    assert_eq!(retry_delay(&next), secs(45));
}

#[test]
fn edge_429_retry_after_in_the_past_or_zero_waits_a_second() {
    assert_eq!(
        retry_delay(&decide(answer_ra(429, "Sun, 06 Nov 1994 08:49:37 GMT"))),
        secs(1)
    );
    assert_eq!(retry_delay(&decide(answer_ra(429, "0"))), secs(1));
}

#[test]
fn edge_429_garbage_or_missing_retry_after_backs_off() {
    let mut s = submission();
    assert_eq!(
        retry_delay(&s.decide(&answer_ra(429, "soon"), now(), Zone::UTC)),
        secs(1)
    );
    assert_eq!(
        retry_delay(&s.decide(&answer(429, ""), now(), Zone::UTC)),
        secs(2)
    );
}

#[test]
fn row_429_long_wait_says_when_to_try_again_in_the_visitors_zone() {
    // 12:00 UTC + 1 h = 18:45 in Kathmandu (UTC+5:45).
    let next = decide(answer_ra(429, "3600"));
    let Next::Fail(err) = next else {
        panic!("expected Fail, got {next:?}")
    };
    assert_eq!(err.reason(), "rate-limited");
    assert!(err.can_retry());
    // The core gives the instant in the visitor's zone; the page words it
    // with its Intl formatter (tests/e2e/subscribe.test.mjs checks that).
    assert_eq!(
        err,
        SubmitError::RateLimited {
            until: Some(TimeView {
                datetime: "2026-11-26T18:45:00+05:45".into(),
                wall: Wall {
                    year: 2026,
                    month: 11,
                    day: 26,
                    hour: 18,
                    minute: 45
                },
            }),
            wait: secs(3600),
        }
    );
    let when = |w: &Wall| {
        format!(
            "<{}/{}/{} {}:{:02}>",
            w.day, w.month, w.year, w.hour, w.minute
        )
    };
    assert_eq!(
        err.message(when),
        "Too many requests. Try again after <26/11/2026 18:45> (in about 60 minutes)."
    );
    assert_eq!(
        err.to_string(),
        "Too many requests. Try again after 2026-11-26 18:45 (in about 60 minutes)."
    );
    assert_eq!(
        Phase::failed(&err, when),
        Phase::Failed {
            message: err.message(when),
            reason: "rate-limited",
            retry: true
        }
    );
}

#[test]
fn edge_429_huge_retry_after_does_not_overflow() {
    for huge in ["99999999999999999999999", "18446744073709551615"] {
        let next = decide(answer_ra(429, huge));
        assert_eq!(
            next,
            Next::Fail(SubmitError::RateLimited {
                until: None,
                wait: Duration::from_secs(u64::MAX)
            })
        );
        let Next::Fail(err) = next else {
            unreachable!()
        };
        assert_eq!(err.to_string(), "Too many requests. Try again later.");
    }
    // A year is representable: it names the date.
    let Next::Fail(err) = decide(answer_ra(429, "31536000")) else {
        panic!()
    };
    assert!(err.to_string().contains("2027-11-26 17:45"), "{err}");
    let SubmitError::RateLimited {
        until: Some(at), ..
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!(at.datetime, "2027-11-26T17:45:00+05:45");
}

#[test]
fn edge_429_gives_up_after_three_waits() {
    let mut s = submission();
    for _ in 0..3 {
        assert!(matches!(
            s.decide(&answer_ra(429, "1"), now(), Zone::UTC),
            Next::Retry { .. }
        ));
    }
    assert!(matches!(
        s.decide(&answer_ra(429, "1"), now(), Zone::UTC),
        Next::Fail(SubmitError::RateLimited { .. })
    ));
}

// --- the contract table: 5xx, network, timeout ------------------------------

#[test]
fn row_5xx_retries_with_back_off_then_gives_up_after_three_attempts() {
    let mut s = submission();
    let first = s.decide(&answer(503, ""), now(), Zone::UTC);
    assert_eq!(retry_delay(&first), secs(1));
    assert_eq!(
        retry_notice(&first),
        "The subscription service is not working (HTTP 503); trying again in 1 second (attempt 2 of 3)."
    );
    let second = s.decide(&answer(500, ""), now(), Zone::UTC);
    assert_eq!(retry_delay(&second), secs(2));
    assert!(retry_notice(&second).contains("attempt 3 of 3"));
    let third = s.decide(&answer(502, "<html>Bad gateway</html>"), now(), Zone::UTC);
    assert_eq!(third, Next::Fail(SubmitError::Unavailable(502)));
    let Next::Fail(err) = third else {
        unreachable!()
    };
    assert!(err.can_retry());
    assert!(err.to_string().contains("try again"), "{err}");
}

#[test]
fn row_every_5xx_is_transient() {
    for status in [500, 501, 502, 503, 504, 599, 408] {
        assert!(
            matches!(decide(answer(status, "")), Next::Retry { .. }),
            "{status}"
        );
    }
}

#[test]
fn row_network_error_retries_then_gives_up() {
    let mut s = submission();
    let out = Outcome::Network("TypeError: Failed to fetch".to_owned());
    assert_eq!(retry_delay(&s.decide(&out, now(), Zone::UTC)), secs(1));
    assert_eq!(retry_delay(&s.decide(&out, now(), Zone::UTC)), secs(2));
    assert_eq!(
        s.decide(&out, now(), Zone::UTC),
        Next::Fail(SubmitError::Network)
    );
    assert_eq!(SubmitError::Network.reason(), "network");
}

#[test]
fn row_timeout_retries_then_gives_up() {
    let mut s = submission();
    let first = s.decide(&Outcome::Timeout, now(), Zone::UTC);
    assert!(retry_notice(&first).contains("did not answer in time"));
    assert!(matches!(
        s.decide(&Outcome::Timeout, now(), Zone::UTC),
        Next::Retry { .. }
    ));
    assert_eq!(
        s.decide(&Outcome::Timeout, now(), Zone::UTC),
        Next::Fail(SubmitError::Timeout)
    );
}

#[test]
fn row_mixed_transient_failures_count_together() {
    let mut s = submission();
    assert!(matches!(
        s.decide(&answer(503, ""), now(), Zone::UTC),
        Next::Retry { .. }
    ));
    assert!(matches!(
        s.decide(&Outcome::Network("x".into()), now(), Zone::UTC),
        Next::Retry { .. }
    ));
    assert_eq!(
        s.decide(&Outcome::Timeout, now(), Zone::UTC),
        Next::Fail(SubmitError::Timeout)
    );
}

#[test]
fn try_again_keeps_the_key_and_starts_a_fresh_round() {
    let mut s = submission();
    let key = s.key().clone();
    let body = s.body();
    for _ in 0..3 {
        s.decide(&answer(503, ""), now(), Zone::UTC);
    }
    s.restart();
    assert_eq!(s.key(), &key);
    assert_eq!(s.body(), body);
    assert_eq!(
        retry_delay(&s.decide(&answer(503, ""), now(), Zone::UTC)),
        secs(1)
    );
}

#[test]
fn edge_5xx_retry_after_lengthens_a_short_back_off_only() {
    assert_eq!(retry_delay(&decide(answer_ra(503, "5"))), secs(5));
    assert_eq!(retry_delay(&decide(answer_ra(503, "3600"))), secs(1));
    assert_eq!(retry_delay(&decide(answer_ra(503, "garbage"))), secs(1));
}

#[test]
fn edge_rate_limits_and_failures_are_counted_apart() {
    let mut s = submission();
    assert!(matches!(
        s.decide(&answer_ra(429, "1"), now(), Zone::UTC),
        Next::Retry { .. }
    ));
    assert!(matches!(
        s.decide(&answer(503, ""), now(), Zone::UTC),
        Next::Retry { .. }
    ));
    assert!(matches!(
        s.decide(&answer(503, ""), now(), Zone::UTC),
        Next::Retry { .. }
    ));
    assert!(matches!(
        s.decide(&answer(503, ""), now(), Zone::UTC),
        Next::Fail(_)
    ));
}

// --- edge statuses ---------------------------------------------------------

#[test]
fn edge_404_405_410_mean_a_wrong_address_and_no_retry() {
    for status in [404, 405, 410] {
        let next = decide(answer(status, "not found"));
        assert_eq!(next, Next::Fail(SubmitError::NotFound(status)));
        let Next::Fail(err) = next else {
            unreachable!()
        };
        assert!(!err.can_retry());
        assert_eq!(err.reason(), "not-found");
    }
}

#[test]
fn edge_413_and_415() {
    assert_eq!(decide(answer(413, "")), Next::Fail(SubmitError::TooLarge));
    assert_eq!(
        decide(answer(415, "")),
        Next::Fail(SubmitError::UnsupportedType)
    );
    assert!(!SubmitError::TooLarge.can_retry());
    assert!(!SubmitError::UnsupportedType.can_retry());
    assert!(SubmitError::TooLarge.to_string().contains("413"));
    assert!(SubmitError::UnsupportedType.to_string().contains("415"));
}

#[test]
fn edge_other_statuses_are_refused() {
    for status in [301, 304, 401, 403, 418, 451] {
        assert_eq!(
            decide(answer(status, "")),
            Next::Fail(SubmitError::Refused(status)),
            "{status}"
        );
    }
}

// --- policy, words, phases, endpoint ---------------------------------------

#[test]
fn a_custom_policy_is_followed() {
    let policy = RetryPolicy {
        max_attempts: 5,
        first_backoff: Duration::from_millis(100),
        max_wait: secs(10),
        max_rate_limited: 1,
    };
    let request = build_request(&draft("a@example.com", &[]), &regions(), Zone::UTC, "en").unwrap();
    let mut s =
        Submission::with_policy(request, IdempotencyKey::from_random_bytes([7; 16]), policy);
    let delays: Vec<Next> = (0..5)
        .map(|_| s.decide(&Outcome::Timeout, now(), Zone::UTC))
        .collect();
    assert_eq!(retry_delay(&delays[0]), Duration::from_millis(100));
    assert_eq!(retry_delay(&delays[3]), Duration::from_millis(800));
    assert_eq!(delays[4], Next::Fail(SubmitError::Timeout));
    assert!(matches!(
        s.decide(&answer_ra(429, "11"), now(), Zone::UTC),
        Next::Fail(SubmitError::RateLimited { .. })
    ));
}

#[test]
fn phases_name_their_data_state_and_message() {
    assert_eq!(Phase::Idle.data_state(), "idle");
    assert_eq!(Phase::Idle.message(), "");
    let busy = Phase::Submitting { notice: None };
    assert_eq!(busy.data_state(), "submitting");
    assert!(busy.is_busy());
    assert_eq!(busy.message(), "Subscribing…");
    let waiting = Phase::Submitting {
        notice: Some("Too many requests; trying again in 30 seconds.".into()),
    };
    assert_eq!(
        waiting.message(),
        "Too many requests; trying again in 30 seconds."
    );
    assert_eq!(
        Phase::Succeeded(Success::PendingConfirmation).data_state(),
        "success"
    );
    let failed = Phase::failed(&SubmitError::NotFound(404), |_| unreachable!());
    assert_eq!(failed.data_state(), "error");
    assert!(!failed.is_busy());
    assert_eq!(
        failed,
        Phase::Failed {
            message: SubmitError::NotFound(404).to_string(),
            reason: "not-found",
            retry: false
        }
    );
    assert_eq!(failed.reason(), Some("not-found"));
    assert_eq!(Phase::Idle.reason(), None);
    let invalid = Phase::invalid("There is a problem: Enter your email address".into());
    assert_eq!(invalid.data_state(), "error");
    assert_eq!(invalid.reason(), Some("invalid"));
    assert_eq!(
        Success::PendingConfirmation.as_str(),
        "pending_confirmation"
    );
}

#[test]
fn field_names_from_the_server() {
    assert_eq!(Field::from_server("email"), Some(Field::Email));
    assert_eq!(Field::from_server(" email "), Some(Field::Email));
    assert_eq!(Field::from_server("regions"), Some(Field::Regions));
    assert_eq!(Field::from_server("regions[0]"), Some(Field::Regions));
    assert_eq!(Field::from_server("locale"), None);
    assert_eq!(Field::from_server(""), None);
}

#[test]
fn endpoint_config_wins_over_feed_and_blank_means_absent() {
    assert_eq!(
        choose_endpoint(Some("https://a.example/sub"), Some("api/subscriptions")),
        Some(("https://a.example/sub", EndpointBase::Config))
    );
    assert_eq!(
        choose_endpoint(Some("  "), Some(" api/subscriptions ")),
        Some(("api/subscriptions", EndpointBase::Feed))
    );
    assert_eq!(
        choose_endpoint(None, Some("api/subscriptions")),
        Some(("api/subscriptions", EndpointBase::Feed))
    );
    assert_eq!(choose_endpoint(None, None), None);
    assert_eq!(choose_endpoint(Some(""), None), None);
}
