//! SQLite storage: subscriptions and the answers recorded per idempotency key.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use crate::validate::Subscription;

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
";

const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// How long an idempotency key is kept (pruned when the server starts).
pub const KEY_RETENTION_HOURS: u32 = 24;

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
}

/// What confirming a token did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    Now(String),
    Already(String),
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database and prunes old idempotency keys.
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(SCHEMA)?;
        conn.execute(
            &format!(
                "DELETE FROM idempotency_keys WHERE created_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-{KEY_RETENTION_HOURS} hours')"
            ),
            [],
        )?;
        Ok(Store { conn })
    }

    pub fn recorded(&self, key: &str) -> rusqlite::Result<Option<Recorded>> {
        self.conn
            .query_row(
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

    /// In one transaction: replays a known key, or creates / updates the
    /// subscription and records the answer under the key. `answer` builds the
    /// (status, body) of a fresh outcome; `new_token` a confirmation token.
    pub fn subscribe(
        &mut self,
        key: &str,
        request_hash: &str,
        sub: &Subscription,
        answer: impl Fn(Fresh) -> (u16, String),
        new_token: impl FnOnce() -> String,
    ) -> rusqlite::Result<Outcome> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let seen = tx
            .query_row(
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
            .optional()?;
        if let Some(seen) = seen {
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
        let regions = serde_json::to_string(&sub.regions).unwrap_or_else(|_| "[]".to_owned());
        let (fresh, link_token) = match existing {
            None => {
                let token = new_token();
                tx.execute(
                    &format!(
                        "INSERT INTO subscriptions (email, regions, time_zone, locale, status, token, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, 'pending_confirmation', ?5, {NOW}, {NOW})"
                    ),
                    params![sub.email, regions, sub.time_zone, sub.locale, token],
                )?;
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
            "SELECT id, email, regions, time_zone, locale, status, token, created_at, updated_at, confirmed_at
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
            })
        })?;
        rows.collect()
    }

    /// Deletes every subscription and idempotency key (test control).
    pub fn reset(&mut self) -> rusqlite::Result<()> {
        self.conn
            .execute_batch("DELETE FROM subscriptions; DELETE FROM idempotency_keys;")
    }
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
}
