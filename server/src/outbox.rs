//! The mail outbox in SQLite, and what the change detection remembers.
//!
//! Every mail is a row of `outbox` before it is sent, unique per
//! (subscriber, occurrence UID, kind, sequence, reminder lead): deciding a
//! notice twice queues it once. A row goes `pending` → `sending` (claimed,
//! in one transaction) → `sent` / `failed` / `dropped` (in another, right
//! after the SMTP server's answer). Rows found `sending` at start were
//! interrupted by a crash: they go back to `pending` and are sent again,
//! with the same Message-ID (see README.md, "Delivery").

use std::collections::BTreeMap;

use crate::calendar_feed::{EventState, EventStatus};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;

use crate::mail::{Kind, Notice, Recipient};
use crate::store::{parse_time, time, Store};

/// After this many permanent failures in a row, an address gets nothing more.
pub const MAX_BOUNCES: u32 = 3;

/// Millisecond stamps, the form of the outbox's times (text order is time order).
pub fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A row claimed for sending.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub subscriber_id: i64,
    pub kind: Kind,
    /// Including this one.
    pub attempts: u32,
    pub recipient: Recipient,
    /// `None` for a confirmation.
    pub notice: Option<Notice>,
}

/// An outbox row, as `GET /__test/outbox` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct OutboxRow {
    pub id: i64,
    pub subscriber_id: i64,
    pub email: Option<String>,
    pub uid: String,
    pub kind: String,
    pub sequence: i64,
    pub lead_secs: i64,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<String>,
}

/// What subscribers were last told about one occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notified {
    pub region: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: EventStatus,
    pub announced: bool,
    pub notice_id: Option<i64>,
}

/// One notice decided by a check.
#[derive(Debug, Clone)]
pub struct PlannedNotice {
    pub kind: Kind,
    pub notice: Notice,
}

/// Everything one check decided, applied in one transaction.
#[derive(Debug, Clone, Default)]
pub struct CheckPlan {
    /// Calendar states that changed (shared with `/calendar.ics`).
    pub calendar: Vec<(String, EventState)>,
    /// New `notified` rows; `notice` indexes `notices` (the last one about it).
    pub notified: Vec<(String, Notified, Option<usize>)>,
    /// UIDs to forget.
    pub forget: Vec<String>,
    pub notices: Vec<PlannedNotice>,
    /// This check set the baseline.
    pub baseline: bool,
}

/// What applying a plan did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    pub notices: usize,
    pub mails: usize,
}

impl Store {
    /// A random id of this database, part of every Message-ID (created once).
    pub fn instance_id(&mut self) -> rusqlite::Result<String> {
        let fresh = uuid::Uuid::new_v4().simple().to_string();
        self.conn.execute(
            "INSERT INTO mail_meta (key, value) VALUES ('instance', ?1) ON CONFLICT DO NOTHING",
            [&fresh],
        )?;
        self.conn.query_row(
            "SELECT value FROM mail_meta WHERE key = 'instance'",
            [],
            |r| r.get(0),
        )
    }

    /// Whether the first check has set the baseline.
    pub fn has_baseline(&self) -> rusqlite::Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM mail_meta WHERE key = 'baseline_at'",
                [],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Rows a crash left `sending` go back to `pending`; returns how many.
    pub fn recover_sending(&mut self) -> rusqlite::Result<usize> {
        self.conn.execute(
            "UPDATE outbox SET status = 'pending' WHERE status = 'sending'",
            [],
        )
    }

    /// Claims up to `limit` rows due at `now` (marks them `sending`, one
    /// more attempt each), in one transaction. Rows that must not be sent
    /// any more are settled on the way: `dropped` (unsubscribed, already
    /// confirmed, a reminder whose window started), `failed` (an address
    /// suppressed after [`MAX_BOUNCES`], a notice that cannot be read).
    pub fn claim(&mut self, now: DateTime<Utc>, limit: u32) -> rusqlite::Result<Vec<Claimed>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now_text = stamp(now);
        let rows = {
            let mut stmt = tx.prepare(
                "SELECT o.id, o.subscriber_id, o.kind, o.attempts, s.email, s.regions, s.time_zone,
                        s.locale, s.token, s.unsubscribe_token, s.status, s.bounces, n.payload
                 FROM outbox o
                 LEFT JOIN subscriptions s ON s.id = o.subscriber_id
                 LEFT JOIN notices n ON n.id = o.notice_id
                 WHERE o.status = 'pending' AND o.next_attempt_at <= ?1
                 ORDER BY o.next_attempt_at, o.id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![now_text, limit], |r| {
                Ok(RawClaim {
                    id: r.get(0)?,
                    subscriber_id: r.get(1)?,
                    kind: r.get(2)?,
                    attempts: r.get(3)?,
                    email: r.get(4)?,
                    regions: r.get(5)?,
                    time_zone: r.get(6)?,
                    locale: r.get(7)?,
                    token: r.get(8)?,
                    unsubscribe_token: r.get(9)?,
                    status: r.get(10)?,
                    bounces: r.get(11)?,
                    payload: r.get(12)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let mut claimed = Vec::new();
        for raw in rows {
            match raw.decide(now) {
                Err(Settle::Dropped(why)) => settle(&tx, raw.id, "dropped", &why)?,
                Err(Settle::Failed(why)) => settle(&tx, raw.id, "failed", &why)?,
                Ok(c) => {
                    tx.execute(
                        "UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE id = ?1",
                        [c.id],
                    )?;
                    claimed.push(c);
                }
            }
        }
        tx.commit()?;
        Ok(claimed)
    }

    /// The SMTP server took the mail.
    pub fn mark_sent(
        &mut self,
        id: i64,
        subscriber_id: i64,
        now: DateTime<Utc>,
    ) -> rusqlite::Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE outbox SET status = 'sent', sent_at = ?2, last_error = NULL WHERE id = ?1",
            params![id, stamp(now)],
        )?;
        tx.execute(
            "UPDATE subscriptions SET bounces = 0 WHERE id = ?1 AND bounces > 0",
            [subscriber_id],
        )?;
        tx.commit()
    }

    /// A temporary failure: back to `pending`, due again at `next`.
    pub fn mark_retry(
        &mut self,
        id: i64,
        next: DateTime<Utc>,
        error: &str,
    ) -> rusqlite::Result<()> {
        self.conn.execute(
            "UPDATE outbox SET status = 'pending', next_attempt_at = ?2, last_error = ?3 WHERE id = ?1",
            params![id, stamp(next), error],
        )?;
        Ok(())
    }

    /// A failure for good; `bounce` counts it against the address (a 5xx).
    /// Returns the address's permanent failures in a row.
    pub fn mark_failed(
        &mut self,
        id: i64,
        subscriber_id: i64,
        error: &str,
        bounce: bool,
    ) -> rusqlite::Result<u32> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        settle(&tx, id, "failed", error)?;
        let bounces = if bounce {
            tx.query_row(
                "UPDATE subscriptions SET bounces = bounces + 1 WHERE id = ?1 RETURNING bounces",
                [subscriber_id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0)
        } else {
            0
        };
        tx.commit()?;
        Ok(bounces)
    }

    /// Every outbox row, oldest first (test control, the benchmark).
    pub fn outbox_rows(&self) -> rusqlite::Result<Vec<OutboxRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT o.id, o.subscriber_id, s.email, o.uid, o.kind, o.sequence, o.lead_secs, o.status,
                    o.attempts, o.last_error, o.sent_at
             FROM outbox o LEFT JOIN subscriptions s ON s.id = o.subscriber_id ORDER BY o.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(OutboxRow {
                id: r.get(0)?,
                subscriber_id: r.get(1)?,
                email: r.get(2)?,
                uid: r.get(3)?,
                kind: r.get(4)?,
                sequence: r.get(5)?,
                lead_secs: r.get(6)?,
                status: r.get(7)?,
                attempts: r.get(8)?,
                last_error: r.get(9)?,
                sent_at: r.get(10)?,
            })
        })?;
        rows.collect()
    }

    /// When the next pending row is due, if any.
    pub fn next_due(&self) -> rusqlite::Result<Option<DateTime<Utc>>> {
        let next: Option<String> = self.conn.query_row(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'",
            [],
            |r| r.get(0),
        )?;
        Ok(next.as_deref().and_then(parse_time))
    }

    /// What subscribers were told, per UID (unreadable rows are left out).
    pub fn notified(&self) -> rusqlite::Result<BTreeMap<String, Notified>> {
        let mut stmt = self.conn.prepare(
            "SELECT uid, region, start_at, end_at, status, announced, notice_id FROM notified",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, Option<i64>>(6)?,
            ))
        })?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (uid, region, start, end, status, announced, notice_id) = row?;
            let read = || {
                Some(Notified {
                    region,
                    start: parse_time(&start)?,
                    end: parse_time(&end)?,
                    status: EventStatus::parse(&status)?,
                    announced,
                    notice_id,
                })
            };
            if let Some(n) = read() {
                out.insert(uid, n);
            }
        }
        Ok(out)
    }

    /// The notice stored under `id`.
    pub fn notice(&self, id: i64) -> rusqlite::Result<Option<Notice>> {
        let payload: Option<String> = self
            .conn
            .query_row("SELECT payload FROM notices WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(payload.and_then(|p| serde_json::from_str(&p).ok()))
    }

    /// Applies one check in one transaction: the calendar's states, the
    /// notices and a mail for each confirmed subscriber of the region (not
    /// suppressed; the outbox's unique key makes a notice decided twice
    /// one mail), and what subscribers were told.
    pub fn apply_check(
        &mut self,
        plan: &CheckPlan,
        now: DateTime<Utc>,
    ) -> rusqlite::Result<Applied> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (uid, s) in &plan.calendar {
            upsert_event(&tx, uid, s)?;
        }
        let now_text = stamp(now);
        let mut applied = Applied::default();
        let mut ids = Vec::with_capacity(plan.notices.len());
        for p in &plan.notices {
            let n = &p.notice;
            let payload = serde_json::to_string(n).unwrap_or_default();
            let inserted: Option<i64> = tx
                .query_row(
                    "INSERT INTO notices (uid, kind, sequence, lead_secs, region, payload, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING RETURNING id",
                    params![n.uid, p.kind.as_str(), n.sequence, n.lead_secs, n.region_id, payload, now_text],
                    |r| r.get(0),
                )
                .optional()?;
            let id = match inserted {
                Some(id) => {
                    applied.notices += 1;
                    id
                }
                None => tx.query_row(
                    "SELECT id FROM notices WHERE uid = ?1 AND kind = ?2 AND sequence = ?3 AND lead_secs = ?4",
                    params![n.uid, p.kind.as_str(), n.sequence, n.lead_secs],
                    |r| r.get(0),
                )?,
            };
            ids.push(id);
            applied.mails += tx.execute(
                "INSERT INTO outbox (subscriber_id, uid, kind, sequence, lead_secs, notice_id, status,
                                     next_attempt_at, created_at)
                 SELECT s.id, ?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?6 FROM subscriptions s
                 WHERE s.status = 'subscribed' AND s.bounces < ?7
                   AND (s.regions = '[]' OR EXISTS (SELECT 1 FROM json_each(s.regions) WHERE json_each.value = ?8))
                 ON CONFLICT DO NOTHING",
                params![n.uid, p.kind.as_str(), n.sequence, n.lead_secs, id, now_text, MAX_BOUNCES, n.region_id],
            )?;
        }
        for (uid, n, notice) in &plan.notified {
            let notice_id = notice.and_then(|i| ids.get(i).copied()).or(n.notice_id);
            tx.execute(
                "INSERT INTO notified (uid, region, start_at, end_at, status, announced, notice_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (uid) DO UPDATE SET region = ?2, start_at = ?3, end_at = ?4, status = ?5,
                     announced = ?6, notice_id = ?7",
                params![uid, n.region, time(n.start), time(n.end), n.status.as_str(), n.announced, notice_id],
            )?;
        }
        for uid in &plan.forget {
            tx.execute("DELETE FROM notified WHERE uid = ?1", [uid])?;
        }
        if plan.baseline {
            tx.execute(
                "INSERT INTO mail_meta (key, value) VALUES ('baseline_at', ?1) ON CONFLICT DO NOTHING",
                [&now_text],
            )?;
        }
        tx.commit()?;
        Ok(applied)
    }

    /// Unsubscribes the address of `token` at once: the subscription and
    /// its mails not yet sent are deleted. Returns the address, `None` for
    /// an unknown token.
    pub fn unsubscribe(&mut self, token: &str) -> rusqlite::Result<Option<String>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(i64, String)> = tx
            .query_row(
                "SELECT id, email FROM subscriptions WHERE unsubscribe_token = ?1",
                [token],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((id, _)) = &found {
            // Every row of the address goes: a new subscription may get its id.
            tx.execute("DELETE FROM outbox WHERE subscriber_id = ?1", [id])?;
            tx.execute("DELETE FROM subscriptions WHERE id = ?1", [id])?;
        }
        tx.commit()?;
        Ok(found.map(|(_, email)| email))
    }

    /// Saves calendar states (the Atom feed's changes).
    pub fn save_events(&mut self, changed: &[(String, EventState)]) -> rusqlite::Result<()> {
        if changed.is_empty() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (uid, s) in changed {
            upsert_event(&tx, uid, s)?;
        }
        tx.commit()
    }

    /// Whether `token` is an unsubscribe token in use.
    pub fn knows_unsubscribe_token(&self, token: &str) -> rusqlite::Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM subscriptions WHERE unsubscribe_token = ?1",
                [token],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }
}

/// The calendar's state of one UID (as `/calendar.ics` saves it).
pub(crate) fn upsert_event(
    tx: &Transaction<'_>,
    uid: &str,
    s: &EventState,
) -> rusqlite::Result<()> {
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
    Ok(())
}

fn settle(tx: &Transaction<'_>, id: i64, status: &str, why: &str) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE outbox SET status = ?2, last_error = ?3 WHERE id = ?1",
        params![id, status, why],
    )?;
    Ok(())
}

struct RawClaim {
    id: i64,
    subscriber_id: i64,
    kind: String,
    attempts: u32,
    email: Option<String>,
    regions: Option<String>,
    time_zone: Option<String>,
    locale: Option<String>,
    token: Option<String>,
    unsubscribe_token: Option<String>,
    status: Option<String>,
    bounces: Option<u32>,
    payload: Option<String>,
}

enum Settle {
    Dropped(String),
    Failed(String),
}

impl RawClaim {
    fn decide(&self, now: DateTime<Utc>) -> Result<Claimed, Settle> {
        let kind = Kind::parse(&self.kind)
            .ok_or_else(|| Settle::Failed(format!("unknown kind {:?}", self.kind)))?;
        let (Some(email), Some(status)) = (&self.email, &self.status) else {
            return Err(Settle::Dropped("unsubscribed".to_owned()));
        };
        match (kind, status.as_str()) {
            (Kind::Confirm, "subscribed") => {
                return Err(Settle::Dropped("already confirmed".to_owned()))
            }
            (Kind::Confirm, _) | (_, "subscribed") => {}
            _ => return Err(Settle::Dropped("not confirmed".to_owned())),
        }
        if self.bounces.unwrap_or(0) >= MAX_BOUNCES {
            return Err(Settle::Failed(format!(
                "address suppressed after {MAX_BOUNCES} permanent failures"
            )));
        }
        let notice = match (kind, &self.payload) {
            (Kind::Confirm, _) => None,
            (_, Some(p)) => Some(
                serde_json::from_str::<Notice>(p)
                    .map_err(|e| Settle::Failed(format!("notice unreadable: {e}")))?,
            ),
            (_, None) => return Err(Settle::Failed("notice missing".to_owned())),
        };
        if let (Kind::Reminder, Some(n)) = (kind, &notice) {
            if now >= n.start {
                return Err(Settle::Dropped("the window has started".to_owned()));
            }
        }
        let unsubscribe_token = self
            .unsubscribe_token
            .clone()
            .ok_or_else(|| Settle::Failed("no unsubscribe token".to_owned()))?;
        Ok(Claimed {
            id: self.id,
            subscriber_id: self.subscriber_id,
            kind,
            attempts: self.attempts + 1,
            recipient: Recipient {
                email: email.clone(),
                regions: self
                    .regions
                    .as_deref()
                    .and_then(|r| serde_json::from_str(r).ok())
                    .unwrap_or_default(),
                time_zone: self.time_zone.clone().unwrap_or_else(|| "UTC".to_owned()),
                locale: self.locale.clone().unwrap_or_else(|| "en".to_owned()),
                confirm_token: self.token.clone().unwrap_or_default(),
                unsubscribe_token,
            },
            notice,
        })
    }
}
