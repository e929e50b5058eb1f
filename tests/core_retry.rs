//! Native tests of the one retry machine (`domain::retry`): idempotency
//! keys, `Retry-After` in all its forms, and the back-off policy. What each
//! endpoint makes of it is tested with it (`core_subscription.rs`, and
//! `domain::feedback`'s own tests).
#![cfg(not(target_arch = "wasm32"))]

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use maintenance_window::domain::retry::{
    parse_retry_after, IdempotencyKey, RetryAfterError, RetryPolicy,
};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap()
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

// --- idempotency key -------------------------------------------------------

#[test]
fn key_from_random_bytes_is_a_v4_uuid() {
    for bytes in [[0u8; 16], [0xff; 16], *b"0123456789abcdef"] {
        let k = IdempotencyKey::from_random_bytes(bytes);
        let s = k.as_str();
        assert_eq!(s.len(), 36);
        assert_eq!(&s[14..15], "4", "{s}");
        assert!("89ab".contains(&s[19..20]), "{s}");
        assert_eq!(IdempotencyKey::parse(s), Ok(k.clone()));
    }
    assert_eq!(
        IdempotencyKey::from_random_bytes([0u8; 16]).as_str(),
        "00000000-0000-4000-8000-000000000000"
    );
}

#[test]
fn key_parse_accepts_uuids_only() {
    assert_eq!(
        IdempotencyKey::parse("0B5C6A1E-2F3D-4C5B-8A9E-112233445566")
            .unwrap()
            .as_str(),
        "0b5c6a1e-2f3d-4c5b-8a9e-112233445566"
    );
    for bad in [
        "",
        "not-a-uuid",
        "0b5c6a1e2f3d4c5b8a9e112233445566",
        "0b5c6a1e-2f3d-4c5b-8a9e-11223344556",
        "0b5c6a1e-2f3d-4c5b-8a9e-1122334455667",
        "0b5c6a1e-2f3d-4c5b-8a9e_112233445566",
        "0b5c6a1e-2f3d-4c5b-8a9e-11223344556g",
        "0b5c6a1e-2f3d-4c5b-8a9e-11223344556é",
    ] {
        assert!(IdempotencyKey::parse(bad).is_err(), "{bad:?}");
    }
}

// --- Retry-After -----------------------------------------------------------

#[test]
fn retry_after_seconds() {
    assert_eq!(parse_retry_after("30", now()), Ok(secs(30)));
    assert_eq!(parse_retry_after(" 120 ", now()), Ok(secs(120)));
    assert_eq!(parse_retry_after("0", now()), Ok(secs(0)));
}

#[test]
fn retry_after_huge_number_saturates() {
    assert_eq!(
        parse_retry_after("99999999999999999999999999", now()),
        Ok(Duration::from_secs(u64::MAX))
    );
    assert_eq!(parse_retry_after("86400", now()), Ok(secs(86400)));
}

#[test]
fn retry_after_http_dates_in_all_three_forms() {
    // now = Thu, 26 Nov 2026 12:00:00 GMT
    assert_eq!(
        parse_retry_after("Thu, 26 Nov 2026 12:00:45 GMT", now()),
        Ok(secs(45))
    );
    assert_eq!(
        parse_retry_after("Thursday, 26-Nov-26 12:02:00 GMT", now()),
        Ok(secs(120))
    );
    assert_eq!(
        parse_retry_after("Thu Nov 26 13:00:00 2026", now()),
        Ok(secs(3600))
    );
    let early = Utc.with_ymd_and_hms(2026, 11, 6, 12, 0, 0).unwrap();
    assert_eq!(
        parse_retry_after("Fri Nov  6 12:00:10 2026", early),
        Ok(secs(10))
    );
}

#[test]
fn retry_after_rfc850_two_digit_years_stay_within_fifty_years() {
    // now = 2026: "76" is 2076 (50 years ahead at most), "77" is 1977.
    assert_eq!(
        parse_retry_after("Thursday, 26-Nov-76 12:00:00 GMT", now()),
        Ok(Duration::from_secs(
            (Utc.with_ymd_and_hms(2076, 11, 26, 12, 0, 0).unwrap() - now()).num_seconds() as u64
        ))
    );
    assert_eq!(
        parse_retry_after("Friday, 26-Nov-77 12:00:00 GMT", now()),
        Ok(Duration::ZERO)
    );
}

#[test]
fn retry_after_http_date_edge_forms() {
    // Case does not matter for names; single-digit asctime days.
    assert_eq!(
        parse_retry_after("thu, 26 NOV 2026 12:00:05 GMT", now()),
        Ok(secs(5))
    );
    for bad in [
        "Tüesday, 26-Nov-26 12:00:00 GMT",
        "Thu, 26 Nov 2026 12:00:05 UTC",
        "Thu, 26 Nov 2026 12:00:05 GMT extra",
        "Thu, 26 Nov 2026 25:00:00 GMT",
        "Thu, 26 Nov 2026 12:00:60 GMT",
        "Thu, 26 Nov 2026 12:00 GMT",
        "Thu, 6 Nov 2026 12:00:05 GMT",
        "Thu, 26 Foo 2026 12:00:05 GMT",
        "Xyz, 26 Nov 2026 12:00:05 GMT",
        "Thu 26 Nov 2026 12:00:05 GMT",
        "Thursday, 26-Nov-2026 12:00:00 GMT",
        "Thu Nov 26 12:00:05 26",
        "Thu, 29 Feb 2027 12:00:00 GMT",
        "日, 26 Nov 2026 12:00:05 GMT",
    ] {
        assert!(parse_retry_after(bad, now()).is_err(), "{bad:?}");
    }
    assert_eq!(
        parse_retry_after("Mon, 29 Feb 2028 12:00:00 GMT", now()).map(|d| d > secs(0)),
        Ok(true)
    );
}

#[test]
fn retry_after_in_the_past_is_no_wait() {
    assert_eq!(
        parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now()),
        Ok(Duration::ZERO)
    );
    assert_eq!(
        parse_retry_after("Thu, 26 Nov 2026 11:59:59 GMT", now()),
        Ok(Duration::ZERO)
    );
}

#[test]
fn retry_after_garbage_is_an_error() {
    for bad in [
        "",
        "soon",
        "-5",
        "1.5",
        "30s",
        "+30",
        "Thu, 26 Nov 2026 12:00:45 CET",
        "2026-11-26T12:00:45Z",
        "Thu, 31 Nov 2026 12:00:45 GMT",
    ] {
        assert!(
            matches!(
                parse_retry_after(bad, now()),
                Err(RetryAfterError::Unreadable(_))
            ),
            "{bad:?}"
        );
    }
}

// --- policy ----------------------------------------------------------------

#[test]
fn back_off_doubles_and_saturates() {
    let p = RetryPolicy::default();
    assert_eq!(p.max_attempts, 3);
    assert_eq!(p.backoff(1), secs(1));
    assert_eq!(p.backoff(2), secs(2));
    assert_eq!(p.backoff(3), secs(4));
    assert_eq!(p.backoff(0), secs(1));
    assert!(p.backoff(u32::MAX) >= secs(65536));
}
