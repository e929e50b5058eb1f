//! SQLite storage: subscriptions, feedback, the answers recorded per
//! idempotency key, and what `/calendar.ics` served last.

use std::path::Path;

use crate::calendar_feed::{CalendarState, EventState, EventStatus};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use crate::validate::{Feedback, Subscription};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS subscriptions (
    id           INTEGER PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE,
    regions      TEXT NOT NULL,            -- JSON array of region ids, empty = all
    time_zone    TEXT NOT NULL,
    locale       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending_confirmation', 'subscribed')),
    token        TEXT NOT NULL UNIQUE,     -- confirmation token (double opt-in)
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    confirmed_at TEXT
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
    key          TEXT PRIMARY KEY,         -- the Idempotency-Key, a lower-case hyphenated UUID
    request_hash TEXT NOT NULL,            -- SHA-256 of the canonical JSON body
    status       INTEGER NOT NULL,         -- the first answer's status ...
    body         TEXT NOT NULL,            -- ... and body, replayed byte for byte
    created_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id           INTEGER PRIMARY KEY,
    entry        TEXT NOT NULL,            -- the FAQ entry's id
    helpful      INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    comment      TEXT,                     -- trimmed; NULL when none
    locale       TEXT,
    created_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS calendar_events (
    uid          TEXT PRIMARY KEY,         -- as in the calendar
    start_at     TEXT NOT NULL,            -- what was served last (RFC 3339, UTC)
    end_at       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    sequence     INTEGER NOT NULL,
    modified_at  TEXT NOT NULL             -- DTSTAMP / LAST-MODIFIED
);
CREATE TABLE IF NOT EXISTS calendar_variants (
    query        TEXT PRIMARY KEY,         -- the regions and tenant a calendar was asked for, normalised
    etag         TEXT NOT NULL,            -- of the body served last
    changed_at   TEXT NOT NULL,            -- when that body first differed from the one before
    served_at    TEXT NOT NULL             -- last served (to within a day)
);
CREATE TABLE IF NOT EXISTS notified (
    uid          TEXT PRIMARY KEY,         -- the calendar UID of an occurrence
    region       TEXT NOT NULL,
    start_at     TEXT NOT NULL,            -- what subscribers were last told (or the baseline)
    end_at       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    announced    INTEGER NOT NULL CHECK (announced IN (0, 1)), -- 0: seen beyond --notify-days, not yet told
    notice_id    INTEGER                   -- the last notice about it (its text, for a window that vanishes)
);
CREATE TABLE IF NOT EXISTS notices (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uid          TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('published', 'changed', 'cancelled', 'reminder')),
    sequence     INTEGER NOT NULL,         -- the calendar SEQUENCE told
    lead_secs    INTEGER NOT NULL,         -- reminders: how long before the start; else 0
    region       TEXT NOT NULL,
    payload      TEXT NOT NULL,            -- JSON: what the mail tells (mail::Notice)
    created_at   TEXT NOT NULL,
    UNIQUE (uid, kind, sequence, lead_secs)
);
CREATE TABLE IF NOT EXISTS outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT, -- in the Message-ID
    subscriber_id   INTEGER NOT NULL,
    uid             TEXT NOT NULL,         -- '' for a confirmation
    kind            TEXT NOT NULL CHECK (kind IN ('confirm', 'published', 'changed', 'cancelled', 'reminder')),
    sequence        INTEGER NOT NULL,      -- confirmations: the how-many-th request
    lead_secs       INTEGER NOT NULL,
    notice_id       INTEGER,               -- NULL for a confirmation
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dropped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    UNIQUE (subscriber_id, uid, kind, sequence, lead_secs)
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
CREATE TABLE IF NOT EXISTS mail_meta (
    key          TEXT PRIMARY KEY,         -- 'baseline_at', 'instance'
    value        TEXT NOT NULL
);
";

/// Columns added to `subscriptions` after its first release (added to an
/// older database when it is opened).
const SUBSCRIPTION_COLUMNS: [(&str, &str); 3] = [
    ("unsubscribe_token", "TEXT"),
    ("bounces", "INTEGER NOT NULL DEFAULT 0"),
    ("confirm_requests", "INTEGER NOT NULL DEFAULT 0"),
];

pub(crate) const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// How long an idempotency key is kept (pruned when the server starts).
pub const KEY_RETENTION_HOURS: u32 = 24;

/// Calendar events that ended, and calendar variants not served, this many
/// days ago are forgotten (pruned when the server starts).
pub const CALENDAR_RETENTION_DAYS: u32 = 30;

/// An answer recorded under an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub request_hash: String,
    pub status: u16,
    pub body: String,
}

/// What a subscription request comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The key was seen with the same body: its first answer.
    Replay(Recorded),
    /// The key was seen with another body.
    KeyReused,
    /// Recorded now under the key; `link_token` is set when a confirmation
    /// link is to be sent (new or still pending address).
    Answered {
        status: u16,
        body: String,
        link_token: Option<String>,
    },
}

/// A stored subscription, as `GET /__test/subscriptions` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub id: i64,
    pub email: String,
    pub regions: Vec<String>,
    pub time_zone: String,
    pub locale: String,
    pub status: String,
    pub token: String,
    pub created_at: String,
    pub updated_at: String,
    pub confirmed_at: Option<String>,
    pub unsubscribe_token: Option<String>,
    /// Permanent delivery failures in a row.
    pub bounces: u32,
}

/// What confirming a token did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    Now(String),
    Already(String),
}

pub struct Store {
    pub(crate) conn: Connection,
}

/// Adds the columns an older database lacks.
fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info('subscriptions')")?;
    let have: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, def) in SUBSCRIPTION_COLUMNS {
        if !have.iter().any(|h| h == name) {
            conn.execute_batch(&format!(
                "ALTER TABLE subscriptions ADD COLUMN {name} {def}"
            ))?;
        }
    }
    // Rows from before unsubscribing existed get a token (SQLite's
    // randomblob draws on the OS's randomness).
    conn.execute_batch(
        "UPDATE subscriptions SET unsubscribe_token = lower(hex(randomblob(32)))
             WHERE unsubscribe_token IS NULL;
         CREATE UNIQUE INDEX IF NOT EXISTS subscriptions_unsubscribe ON subscriptions (unsubscribe_token);",
    )
}

impl Store {
    /// Opens (creating if needed) the database and prunes old idempotency keys.
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(SCHEMA)?;
        migrate(&conn)?;
        conn.execute(
            &format!(
                "DELETE FROM idempotency_keys WHERE created_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-{KEY_RETENTION_HOURS} hours')"
            ),
            [],
        )?;
        conn.execute_batch(&format!(
            "DELETE FROM calendar_events WHERE end_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-{CALENDAR_RETENTION_DAYS} days');
             DELETE FROM calendar_variants WHERE served_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-{CALENDAR_RETENTION_DAYS} days');"
        ))?;
        Ok(Store { conn })
    }

    /// In one transaction: replays a known key, or stores the feedback and
    /// records `answer` under the key.
    pub fn feedback(
        &mut self,
        key: &str,
        request_hash: &str,
        fb: &Feedback,
        answer: (u16, String),
    ) -> rusqlite::Result<Outcome> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(seen) = recorded_in(&tx, key)? {
            return Ok(if seen.request_hash == request_hash {
                Outcome::Replay(seen)
            } else {
                Outcome::KeyReused
            });
        }
        tx.execute(
            &format!(
                "INSERT INTO feedback (entry, helpful, comment, locale, created_at)
                 VALUES (?1, ?2, ?3, ?4, {NOW})"
            ),
            params![fb.entry, fb.helpful, fb.comment, fb.locale],
        )?;
        let (status, body) = answer;
        tx.execute(
            &format!(
                "INSERT INTO idempotency_keys (key, request_hash, status, body, created_at)
                 VALUES (?1, ?2, ?3, ?4, {NOW})"
            ),
            params![key, request_hash, status, body],
        )?;
        tx.commit()?;
        Ok(Outcome::Answered {
            status,
            body,
            link_token: None,
        })
    }

    pub fn feedback_rows(&self) -> rusqlite::Result<Vec<FeedbackRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, entry, helpful, comment, locale, created_at FROM feedback ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(FeedbackRow {
                id: r.get(0)?,
                entry: r.get(1)?,
                helpful: r.get(2)?,
                comment: r.get(3)?,
                locale: r.get(4)?,
                created_at: r.get(5)?,
            })
        })?;
        rows.collect()
    }

    /// What `/calendar.ics` served last, per UID (rows that cannot be read
    /// are left out: their events start again at SEQUENCE 0).
    pub fn calendar_state(&self) -> rusqlite::Result<CalendarState> {
        let mut stmt = self.conn.prepare(
            "SELECT uid, start_at, end_at, status, sequence, modified_at FROM calendar_events",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, u32>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut state = CalendarState::new();
        for row in rows {
            let (uid, start, end, status, sequence, modified) = row?;
            let read = || {
                Some(EventState {
                    start: parse_time(&start)?,
                    end: parse_time(&end)?,
                    status: EventStatus::parse(&status)?,
                    sequence,
                    modified: parse_time(&modified)?,
                })
            };
            if let Some(s) = read() {
                state.insert(uid, s);
            }
        }
        Ok(state)
    }

    /// In one transaction: stores the events whose state changed, and notes
    /// that the calendar `variant` was served with `etag` at `now`. Returns
    /// when that variant's body last changed (`now` when it just did or was
    /// never served).
    pub fn save_calendar(
        &mut self,
        changed: &[(String, EventState)],
        variant: &str,
        etag: &str,
        now: DateTime<Utc>,
    ) -> rusqlite::Result<DateTime<Utc>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (uid, s) in changed {
            tx.execute(
                "INSERT INTO calendar_events (uid, start_at, end_at, status, sequence, modified_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (uid) DO UPDATE SET start_at = ?2, end_at = ?3, status = ?4,
                     sequence = ?5, modified_at = ?6",
                params![
                    uid,
                    time(s.start),
                    time(s.end),
                    s.status.as_str(),
                    s.sequence,
                    time(s.modified)
                ],
            )?;
        }
        let seen: Option<(String, String, String)> = tx
            .query_row(
                "SELECT etag, changed_at, served_at FROM calendar_variants WHERE query = ?1",
                [variant],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let now_text = time(now);
        let changed_at = match seen {
            Some((old, changed_at, served_at)) if old == etag => {
                // Touch served_at about once a day, not on every poll.
                let stale =
                    parse_time(&served_at).is_none_or(|t| now - t > chrono::Duration::days(1));
                if stale {
                    tx.execute(
                        "UPDATE calendar_variants SET served_at = ?2 WHERE query = ?1",
                        params![variant, now_text],
                    )?;
                }
                parse_time(&changed_at).unwrap_or(now)
            }
            _ => {
                tx.execute(
                    "INSERT INTO calendar_variants (query, etag, changed_at, served_at)
                     VALUES (?1, ?2, ?3, ?3)
                     ON CONFLICT (query) DO UPDATE SET etag = ?2, changed_at = ?3, served_at = ?3",
                    params![variant, etag, now_text],
                )?;
                parse_time(&now_text).unwrap_or(now)
            }
        };
        tx.commit()?;
        Ok(changed_at)
    }

    pub fn recorded(&self, key: &str) -> rusqlite::Result<Option<Recorded>> {
        recorded_in(&self.conn, key)
    }

    /// In one transaction: replays a known key, or creates / updates the
    /// subscription and records the answer under the key. `answer` builds the
    /// (status, body) of a fresh outcome; `new_token` a confirmation token.
    pub fn subscribe(
        &mut self,
        key: &str,
        request_hash: &str,
        sub: &Subscription,
        answer: impl Fn(Fresh) -> (u16, String),
        new_token: impl Fn() -> String,
    ) -> rusqlite::Result<Outcome> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(seen) = recorded_in(&tx, key)? {
            return Ok(if seen.request_hash == request_hash {
                Outcome::Replay(seen)
            } else {
                Outcome::KeyReused
            });
        }
        let existing: Option<(String, String)> = tx
            .query_row(
                "SELECT status, token FROM subscriptions WHERE email = ?1",
                [&sub.email],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        // A confirmation mail for each request while pending (the outbox's
        // sequence counts them), in this transaction.
        let queue_confirmation = |tx: &rusqlite::Transaction<'_>| -> rusqlite::Result<()> {
            let (id, n): (i64, i64) = tx.query_row(
                "UPDATE subscriptions SET confirm_requests = confirm_requests + 1 WHERE email = ?1
                 RETURNING id, confirm_requests",
                [&sub.email],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            tx.execute(
                &format!(
                    "INSERT INTO outbox (subscriber_id, uid, kind, sequence, lead_secs, notice_id, status,
                                         next_attempt_at, created_at)
                     VALUES (?1, '', 'confirm', ?2, 0, NULL, 'pending', {NOW}, {NOW})
                     ON CONFLICT DO NOTHING"
                ),
                params![id, n],
            )?;
            Ok(())
        };
        let regions = serde_json::to_string(&sub.regions).unwrap_or_else(|_| "[]".to_owned());
        let (fresh, link_token) = match existing {
            None => {
                let token = new_token();
                tx.execute(
                    &format!(
                        "INSERT INTO subscriptions (email, regions, time_zone, locale, status, token,
                                                    unsubscribe_token, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, 'pending_confirmation', ?5, ?6, {NOW}, {NOW})"
                    ),
                    params![sub.email, regions, sub.time_zone, sub.locale, token, new_token()],
                )?;
                queue_confirmation(&tx)?;
                (Fresh::Pending, Some(token))
            }
            Some((status, token)) if status == "pending_confirmation" => {
                tx.execute(
                    &format!(
                        "UPDATE subscriptions SET regions = ?2, time_zone = ?3, locale = ?4, updated_at = {NOW}
                         WHERE email = ?1"
                    ),
                    params![sub.email, regions, sub.time_zone, sub.locale],
                )?;
                queue_confirmation(&tx)?;
                (Fresh::Pending, Some(token))
            }
            Some(_) => (Fresh::AlreadySubscribed, None),
        };
        let (status, body) = answer(fresh);
        tx.execute(
            &format!(
                "INSERT INTO idempotency_keys (key, request_hash, status, body, created_at)
                 VALUES (?1, ?2, ?3, ?4, {NOW})"
            ),
            params![key, request_hash, status, body],
        )?;
        tx.commit()?;
        Ok(Outcome::Answered {
            status,
            body,
            link_token,
        })
    }

    /// Confirms the subscription of a token; `None` for an unknown token.
    pub fn confirm(&mut self, token: &str) -> rusqlite::Result<Option<Confirmed>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(String, String)> = tx
            .query_row(
                "SELECT email, status FROM subscriptions WHERE token = ?1",
                [token],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let result = match found {
            None => None,
            Some((email, status)) if status == "subscribed" => Some(Confirmed::Already(email)),
            Some((email, _)) => {
                tx.execute(
                    &format!(
                        "UPDATE subscriptions SET status = 'subscribed', confirmed_at = {NOW}, updated_at = {NOW}
                         WHERE token = ?1"
                    ),
                    [token],
                )?;
                Some(Confirmed::Now(email))
            }
        };
        tx.commit()?;
        Ok(result)
    }

    pub fn rows(&self) -> rusqlite::Result<Vec<Row>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, email, regions, time_zone, locale, status, token, created_at, updated_at, confirmed_at,
                    unsubscribe_token, bounces
             FROM subscriptions ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            let regions: String = r.get(2)?;
            Ok(Row {
                id: r.get(0)?,
                email: r.get(1)?,
                regions: serde_json::from_str(&regions).unwrap_or_default(),
                time_zone: r.get(3)?,
                locale: r.get(4)?,
                status: r.get(5)?,
                token: r.get(6)?,
                created_at: r.get(7)?,
                updated_at: r.get(8)?,
                confirmed_at: r.get(9)?,
                unsubscribe_token: r.get(10)?,
                bounces: r.get(11)?,
            })
        })?;
        rows.collect()
    }

    /// Deletes every subscription (with its mails), feedback and idempotency key (test control).
    pub fn reset(&mut self) -> rusqlite::Result<()> {
        self.conn.execute_batch(
            "DELETE FROM subscriptions; DELETE FROM feedback; DELETE FROM idempotency_keys;
             DELETE FROM outbox;",
        )
    }
}

fn recorded_in(conn: &Connection, key: &str) -> rusqlite::Result<Option<Recorded>> {
    conn.query_row(
        "SELECT request_hash, status, body FROM idempotency_keys WHERE key = ?1",
        [key],
        |r| {
            Ok(Recorded {
                request_hash: r.get(0)?,
                status: r.get(1)?,
                body: r.get(2)?,
            })
        },
    )
    .optional()
}

/// `2026-11-26T12:00:00Z`: whole seconds, so that text order is time order.
pub(crate) fn time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(crate) fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A stored piece of feedback, as `GET /__test/feedback` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedbackRow {
    pub id: i64,
    pub entry: String,
    pub helpful: bool,
    pub comment: Option<String>,
    pub locale: Option<String>,
    pub created_at: String,
}

/// The outcome of a request that was not a replay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fresh {
    Pending,
    AlreadySubscribed,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(email: &str) -> Subscription {
        Subscription {
            email: email.to_owned(),
            regions: vec!["us-east".to_owned()],
            time_zone: "UTC".to_owned(),
            locale: "en".to_owned(),
        }
    }

    fn answer(fresh: Fresh) -> (u16, String) {
        match fresh {
            Fresh::Pending => (202, "pending".to_owned()),
            Fresh::AlreadySubscribed => (409, "already".to_owned()),
        }
    }

    #[test]
    fn lifecycle_in_memory() {
        let mut store = Store::open(Path::new(":memory:")).expect("open");
        let first = store
            .subscribe("k1", "h1", &sub("a@example.com"), answer, || {
                "t1".to_owned()
            })
            .expect("subscribe");
        assert_eq!(
            first,
            Outcome::Answered {
                status: 202,
                body: "pending".to_owned(),
                link_token: Some("t1".to_owned())
            }
        );
        let replay = store
            .subscribe("k1", "h1", &sub("a@example.com"), answer, || unreachable!())
            .expect("replay");
        assert!(matches!(
            replay,
            Outcome::Replay(Recorded { status: 202, .. })
        ));
        let reused = store
            .subscribe("k1", "h2", &sub("b@example.com"), answer, || unreachable!())
            .expect("reused");
        assert_eq!(reused, Outcome::KeyReused);
        // Pending again with another key: same row, same token.
        let again = store
            .subscribe("k2", "h3", &sub("a@example.com"), answer, || unreachable!())
            .expect("again");
        assert!(
            matches!(again, Outcome::Answered { status: 202, link_token: Some(ref t), .. } if t == "t1")
        );
        assert_eq!(
            store.confirm("t1").expect("confirm"),
            Some(Confirmed::Now("a@example.com".to_owned()))
        );
        assert_eq!(
            store.confirm("t1").expect("confirm"),
            Some(Confirmed::Already("a@example.com".to_owned()))
        );
        assert_eq!(store.confirm("nope").expect("confirm"), None);
        let conflict = store
            .subscribe("k3", "h4", &sub("a@example.com"), answer, || unreachable!())
            .expect("conflict");
        assert!(matches!(
            conflict,
            Outcome::Answered {
                status: 409,
                link_token: None,
                ..
            }
        ));
        let rows = store.rows().expect("rows");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].status, "subscribed");
        assert!(rows[0].confirmed_at.is_some());
        store.reset().expect("reset");
        assert!(store.rows().expect("rows").is_empty());
        assert_eq!(store.recorded("k1").expect("recorded"), None);
    }

    #[test]
    fn feedback_is_stored_once_per_key() {
        let mut store = Store::open(Path::new(":memory:")).expect("open");
        let fb = Feedback {
            entry: "faq-downtime".to_owned(),
            helpful: false,
            comment: Some("Which services?".to_owned()),
            locale: None,
        };
        let answer = || (202, "received".to_owned());
        let first = store.feedback("k1", "h1", &fb, answer()).expect("store");
        assert!(matches!(
            first,
            Outcome::Answered {
                status: 202,
                link_token: None,
                ..
            }
        ));
        assert!(matches!(
            store.feedback("k1", "h1", &fb, answer()).expect("replay"),
            Outcome::Replay(Recorded { status: 202, .. })
        ));
        assert_eq!(
            store.feedback("k1", "h2", &fb, answer()).expect("reused"),
            Outcome::KeyReused
        );
        let rows = store.feedback_rows().expect("rows");
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (
                rows[0].entry.as_str(),
                rows[0].helpful,
                rows[0].comment.as_deref(),
                rows[0].locale.as_deref()
            ),
            ("faq-downtime", false, Some("Which services?"), None)
        );
        store.reset().expect("reset");
        assert!(store.feedback_rows().expect("rows").is_empty());
    }

    #[test]
    fn calendar_state_and_variants() {
        let t = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .expect("instant")
                .with_timezone(&Utc)
        };
        let mut store = Store::open(Path::new(":memory:")).expect("open");
        assert!(store.calendar_state().expect("state").is_empty());
        let state = EventState {
            start: t("2030-01-05T03:00:00Z"),
            end: t("2030-01-05T07:00:00Z"),
            status: EventStatus::Cancelled,
            sequence: 3,
            modified: t("2029-12-01T10:00:00Z"),
        };
        let now = t("2029-12-02T00:00:00Z");
        let changed_at = store
            .save_calendar(&[("a@x".to_owned(), state)], "all", "\"e1\"", now)
            .expect("save");
        assert_eq!(changed_at, now, "a variant never served changed now");
        assert_eq!(store.calendar_state().expect("state")["a@x"], state);

        let moved = EventState {
            sequence: 4,
            start: t("2030-01-05T04:00:00Z"),
            ..state
        };
        let later = t("2029-12-03T00:00:00Z");
        assert_eq!(
            store
                .save_calendar(&[("a@x".to_owned(), moved)], "all", "\"e1\"", later)
                .expect("save"),
            now,
            "same body: the variant has not changed"
        );
        assert_eq!(
            store.calendar_state().expect("state")["a@x"],
            moved,
            "upserted"
        );
        assert_eq!(
            store
                .save_calendar(&[], "all", "\"e2\"", later)
                .expect("save"),
            later,
            "another body: changed now"
        );
        assert_eq!(
            store
                .save_calendar(&[], "regions=us-east;tenant=", "\"e2\"", later)
                .expect("save"),
            later,
            "variants are apart"
        );
    }
}
