//! The schedule as an Atom 1.0 feed (RFC 4287): `GET /feed.atom` here, and
//! the `feed-atom` command for a static host (`make atom`). Built from the
//! same core as the calendar: one entry per occurrence the calendar lists,
//! its `id` the calendar UID (as a `tag:` URI), `updated` the time of its
//! last real change (a new start, end or status: the calendar's
//! LAST-MODIFIED).

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::SystemTime;

use crate::calendar_feed::{
    feed_calendar, CalendarState, EventState, EventStatus, FeedCalendarOptions, MAX_EVENTS,
};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use maintenance_window::domain::feed::{parse_feed, Feed};
use maintenance_window::domain::ics::{summary, uid};
use maintenance_window::domain::schedule::between_at_most;
use maintenance_window::domain::zone::Zone;

use crate::api::error;
use crate::calendar::{etag_of, respond, Served};
use crate::store::Store;
use crate::AppState;

pub const ATOM_PATH: &str = "/feed.atom";
pub const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";
/// The namespace of the elements that let `feed-atom` read a previous file back.
pub const NS: &str = "urn:x-maintenance-window:atom";

/// What to put in the feed.
#[derive(Debug, Clone)]
pub struct AtomOptions {
    /// The feed's own URL (`rel="self"`).
    pub self_url: Option<String>,
    /// The page (`rel="alternate"` of the feed and of each entry).
    pub page_url: Option<String>,
    pub horizon_days: u32,
    pub now: DateTime<Utc>,
}

/// A generated feed and the states that changed.
#[derive(Debug, Clone)]
pub struct AtomFeed {
    pub text: String,
    pub changed: Vec<(String, EventState)>,
    pub updated: DateTime<Utc>,
    pub entries: usize,
}

/// XML text: escaped, characters XML 1.0 cannot hold dropped.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `2026-12-06 07:00 – 11:00`, the end's date repeated when it differs.
fn range(zone: Zone, start: DateTime<Utc>, end: DateTime<Utc>) -> String {
    let (s, e) = (zone.local(start), zone.local(end));
    if s.date_naive() == e.date_naive() {
        format!("{} – {}", s.format("%Y-%m-%d %H:%M"), e.format("%H:%M"))
    } else {
        format!(
            "{} – {}",
            s.format("%Y-%m-%d %H:%M"),
            e.format("%Y-%m-%d %H:%M")
        )
    }
}

/// `tag:` URI of a calendar UID.
pub fn entry_id(uid_domain: &str, uid: &str) -> String {
    format!("tag:{uid_domain},2026:{uid}")
}

/// The Atom feed of `feed`'s occurrences (those the calendar lists), with
/// `previous` the calendar's state per UID.
pub fn atom(feed: &Feed, opts: &AtomOptions, previous: &CalendarState) -> AtomFeed {
    let cal_opts = FeedCalendarOptions {
        page_url: opts.page_url.clone(),
        horizon_days: opts.horizon_days,
        ..FeedCalendarOptions::for_feed(feed, opts.now)
    };
    let cal = feed_calendar(feed, &cal_opts, previous);
    let days = i64::from(cal_opts.horizon_days.clamp(1, 3660));
    let schedule = between_at_most(feed, opts.now, opts.now + Duration::days(days), MAX_EVENTS);
    let service = feed
        .service
        .name
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let title = service.map_or_else(
        || "Maintenance windows".to_owned(),
        |s| format!("{s} maintenance"),
    );
    let updated = cal
        .last_modified
        .unwrap_or(opts.now - Duration::nanoseconds(i64::from(opts.now.timestamp_subsec_nanos())));

    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:mw=\"{NS}\">"
    );
    let _ = writeln!(
        out,
        "  <id>{}</id>",
        xml(&entry_id(&cal_opts.uid_domain, "maintenance"))
    );
    let _ = writeln!(out, "  <title>{}</title>", xml(&title));
    let _ = writeln!(out, "  <updated>{}</updated>", rfc3339(updated));
    let _ = writeln!(
        out,
        "  <author><name>{}</name></author>",
        xml(service.unwrap_or("Maintenance"))
    );
    if let Some(url) = &opts.self_url {
        let _ = writeln!(
            out,
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
            xml(url)
        );
    }
    if let Some(url) = &opts.page_url {
        let _ = writeln!(
            out,
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            xml(url)
        );
    }
    out.push_str("  <generator>maintenance-feed-server</generator>\n");
    let mut entries = 0;
    for occ in &schedule.occurrences {
        let uid = uid(occ, &cal_opts.uid_domain);
        let Some(state) = cal.events.get(&uid) else {
            continue;
        };
        entries += 1;
        let region = feed.region(&occ.region);
        let utc = range(Zone::UTC, occ.start, occ.end);
        let heading = format!("{}: {utc} UTC", summary(occ, feed));
        let mut html = String::new();
        if state.status == EventStatus::Cancelled {
            html.push_str("<p><strong>Cancelled.</strong></p>");
        }
        let _ = write!(html, "<p>UTC: {}</p>", xml(&utc));
        if let Some(r) = region {
            let _ = write!(
                html,
                "<p>{} in {} ({})</p>",
                xml(&range(r.zone, occ.start, occ.end)),
                xml(&r.name),
                xml(r.zone.name())
            );
        }
        match occ.details.expected_downtime_minutes {
            Some(0) => html.push_str("<p>No downtime expected.</p>"),
            Some(m) => {
                let _ = write!(html, "<p>Expected downtime: about {m} minutes.</p>");
            }
            None => {}
        }
        for slot in &occ.tenant_slots {
            let _ = write!(
                html,
                "<p>Tenant {}: {} UTC</p>",
                xml(slot.tenant.trim()),
                xml(&range(Zone::UTC, slot.start, slot.end))
            );
        }
        if let Some(d) = occ
            .details
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            let _ = write!(html, "<p>{}</p>", xml(d).replace('\n', "<br>"));
        }
        out.push_str("  <entry>\n");
        let _ = writeln!(
            out,
            "    <id>{}</id>",
            xml(&entry_id(&cal_opts.uid_domain, &uid))
        );
        let _ = writeln!(out, "    <title>{}</title>", xml(&heading));
        let _ = writeln!(out, "    <updated>{}</updated>", rfc3339(state.modified));
        if let Some(url) = &opts.page_url {
            let _ = writeln!(
                out,
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
                xml(url)
            );
        }
        let _ = writeln!(out, "    <summary>{}</summary>", xml(&heading));
        // The content is HTML, escaped once more as Atom's type="html" wants.
        let _ = writeln!(out, "    <content type=\"html\">{}</content>", xml(&html));
        let _ = writeln!(
            out,
            "    <mw:uid>{}</mw:uid><mw:start>{}</mw:start><mw:end>{}</mw:end><mw:status>{}</mw:status><mw:sequence>{}</mw:sequence>",
            xml(&uid),
            rfc3339(state.start),
            rfc3339(state.end),
            state.status.as_str(),
            state.sequence
        );
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    let changed = cal
        .changed
        .iter()
        .filter_map(|u| cal.events.get(u).map(|s| (u.clone(), *s)))
        .collect();
    AtomFeed {
        text: out,
        changed,
        updated,
        entries,
    }
}

/// The state of the entries of a feed this module wrote (for `feed-atom`,
/// which keeps no database): entries missing one of the values are left out.
pub fn read_state(text: &str) -> CalendarState {
    let value = |entry: &str, name: &str| -> Option<String> {
        let open = format!("<mw:{name}>");
        let close = format!("</mw:{name}>");
        let start = entry.find(&open)? + open.len();
        let end = entry[start..].find(&close)? + start;
        Some(entry[start..end].to_owned())
    };
    let time = |s: String| {
        DateTime::parse_from_rfc3339(&s)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    };
    let mut state = CalendarState::new();
    for entry in text.split("<entry>").skip(1) {
        let read = || {
            Some((
                value(entry, "uid")?,
                EventState {
                    start: time(value(entry, "start")?)?,
                    end: time(value(entry, "end")?)?,
                    status: EventStatus::parse(&value(entry, "status")?)?,
                    sequence: value(entry, "sequence")?.parse().ok()?,
                    modified: time({
                        let start = entry.find("<updated>")? + "<updated>".len();
                        let end = entry[start..].find("</updated>")? + start;
                        entry[start..end].to_owned()
                    })?,
                },
            ))
        };
        if let Some((uid, s)) = read() {
            state.insert(uid.replace("&amp;", "&"), s);
        }
    }
    state
}

/// Generates the feed with the state in `store` and saves what changed.
pub fn generate(store: &mut Store, feed: &Feed, opts: &AtomOptions) -> rusqlite::Result<AtomFeed> {
    let previous = store.calendar_state()?;
    let atom = atom(feed, opts, &previous);
    store.save_events(&atom.changed)?;
    Ok(atom)
}

/// `GET /feed.atom`.
pub async fn feed_atom(State(st): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let read = async {
        let text = tokio::fs::read_to_string(&st.feed)
            .await
            .map_err(|e| e.to_string())?;
        parse_feed(&text).map_err(|e| e.to_string())
    };
    let feed = match read.await {
        Ok(f) => f,
        Err(e) => {
            eprintln!("feed-server: error: the feed {}: {e}", st.feed.display());
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                "feed_unavailable",
                "The maintenance feed cannot be read right now. Please try again.",
                None,
            );
        }
    };
    let opts = AtomOptions {
        self_url: Some(format!("{}{ATOM_PATH}", st.public_url)),
        page_url: Some(st.page_url.clone()),
        horizon_days: st.calendar_days,
        now: DateTime::<Utc>::from(SystemTime::now()),
    };
    let atom = match st.with_store(move |s| generate(s, &feed, &opts)).await {
        Ok(a) => a,
        Err(response) => return response,
    };
    let served = Served {
        etag: etag_of(&atom.text),
        body: atom.text,
        last_modified: atom.updated,
    };
    respond(&headers, served, CONTENT_TYPE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_cleaned() {
        assert_eq!(
            xml("<a href='x'>&\"\u{7}\n"),
            "&lt;a href=&apos;x&apos;&gt;&amp;&quot;\n"
        );
    }
}
