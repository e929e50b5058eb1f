//! The schedule snapshot: the upcoming windows as plain HTML inside
//! `index.html`, so a visitor reads them at first paint, before (and
//! without) the wasm. Made natively by the same core the page runs
//! (`page_schedule`, `listing`, the status and label functions), in UTC and
//! in each region's own zone; only the visitor's zone waits for the page.
//!
//! Three makers share [`render`] and [`bake`]: the reference server (fresh
//! for every `GET /`), `make dist` and `make snapshot` (`feed-snapshot`).
//!
//! The snapshot is `<section id="snapshot">` inside `#boot`; the page's one
//! static inline script (in `index.html`, allowed by its hash) marks windows
//! that have started or ended since it was made, and hides it in the
//! widget view. All feed text is escaped: text, never markup.

use std::fmt::Write as _;

use chrono::{DateTime, Datelike, Timelike, Utc};
use maintenance_window::domain::config::Config;
use maintenance_window::domain::display::{
    listing, page_schedule, status_label, ListingOptions, WindowView,
};
use maintenance_window::domain::feed::{Feed, WindowStatus};
use maintenance_window::domain::zone::{rfc3339_in, Zone};

use crate::mail::escape;

/// The most windows a snapshot lists (plus the next one of any region
/// that would otherwise be left out); the page shows the rest.
pub const MAX_WINDOWS: usize = 50;

/// What the snapshot needs besides the feed.
#[derive(Debug, Clone)]
pub struct SnapshotOptions {
    /// The instant the snapshot is made for.
    pub now: DateTime<Utc>,
    pub horizon_days: u32,
    /// Where the feed is (config.json's `feed_url`), linked for readers
    /// without JavaScript.
    pub feed_url: String,
    /// config.json's `calendar_url` and `atom_url`, if any.
    pub calendar_url: Option<String>,
    pub atom_url: Option<String>,
    pub max_windows: usize,
}

/// `Tue 8 Dec, 1:00`: English, as the rest of index.html, as the page's
/// own en-GB format words it (`with_year` for the snapshot's own date).
fn wall(zone: Zone, at: DateTime<Utc>, with_date: bool) -> String {
    wall_as(zone, at, with_date, false)
}

fn wall_as(zone: Zone, at: DateTime<Utc>, with_date: bool, with_year: bool) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let l = zone.local(at);
    let time = format!("{}:{:02}", l.hour(), l.minute());
    if !with_date {
        return time;
    }
    let day = DAYS[l.weekday().num_days_from_monday() as usize];
    let month = MONTHS[l.month0() as usize];
    if with_year {
        format!("{day} {} {month} {}, {time}", l.day(), l.year())
    } else {
        format!("{day} {} {month}, {time}", l.day())
    }
}

/// `<time datetime=…>…</time> – <time …>…</time>` in `zone`; the end's
/// date only when it is another day there.
fn range(out: &mut String, zone: Zone, start: DateTime<Utc>, end: DateTime<Utc>) {
    let same_day = zone.local_date(start) == zone.local_date(end);
    let _ = write!(
        out,
        "<time datetime=\"{}\">{}</time> – <time datetime=\"{}\">{}</time>",
        rfc3339_in(zone, start),
        wall(zone, start, true),
        rfc3339_in(zone, end),
        wall(zone, end, !same_day)
    );
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn window(out: &mut String, v: &WindowView) {
    let o = v.occurrence();
    let status = v.status;
    let _ = write!(
        out,
        "<li class=\"window{}\" data-window-id=\"{}\" data-status=\"{}\">\
         <div class=\"window-head\"><h4 class=\"window-title\"><bdi>{}</bdi></h4> \
         <span class=\"status-badge\">{}</span></div>",
        if status == WindowStatus::Cancelled {
            " cancelled"
        } else {
            ""
        },
        escape(v.id()),
        status.as_str(),
        escape(v.title()),
        escape(&status_label(status)),
    );
    out.push_str("<p class=\"other-clocks\"><span data-clock=\"utc\">UTC: ");
    range(out, Zone::UTC, o.start, o.end);
    out.push_str("</span>");
    let zone = v.region_zone();
    if zone != Zone::UTC {
        out.push_str(" · <span data-clock=\"region\">");
        range(out, zone, o.start, o.end);
        let _ = write!(
            out,
            " in <bdi>{}</bdi> ({})</span>",
            escape(v.region_name()),
            zone.name()
        );
    }
    let _ = write!(
        out,
        "</p><p class=\"meta\"><bdi>{}</bdi>",
        escape(v.region_name())
    );
    if let Some(kind) = v.kind() {
        let _ = write!(out, " · {}", escape(&kind));
    }
    out.push_str("</p>");
    if let Some(d) = v.downtime() {
        let _ = write!(out, "<p class=\"downtime\">{}</p>", escape(&d));
    }
    out.push_str("</li>");
}

/// The windows the snapshot lists: the first `max` of the horizon, then
/// the next window of each region not among them.
pub fn windows(feed: &Feed, opts: &SnapshotOptions) -> (Vec<WindowView>, usize) {
    let schedule = page_schedule(feed, opts.now, opts.horizon_days);
    let all = listing(
        &schedule.occurrences,
        feed,
        Zone::UTC,
        opts.now,
        &ListingOptions {
            horizon_days: opts.horizon_days,
            ..ListingOptions::default()
        },
    );
    let upcoming: Vec<WindowView> = all.upcoming.into_iter().flat_map(|g| g.windows).collect();
    let total = upcoming.len();
    let mut shown: Vec<WindowView> = upcoming.iter().take(opts.max_windows).cloned().collect();
    for region in &feed.regions {
        let listed = |v: &WindowView| v.region_id() == region.id.as_str();
        let next = |v: &&WindowView| {
            listed(v) && matches!(v.status, WindowStatus::Scheduled | WindowStatus::InProgress)
        };
        if !shown.iter().any(|v| next(&v)) {
            if let Some(v) = upcoming.iter().find(next) {
                shown.push(v.clone());
            }
        }
    }
    (shown, total)
}

impl SnapshotOptions {
    /// As config.json says, at `now`, with the usual cap.
    pub fn for_config(config: &Config, now: DateTime<Utc>) -> SnapshotOptions {
        SnapshotOptions {
            now,
            horizon_days: config.horizon_days,
            feed_url: config.feed_url.clone(),
            calendar_url: config.calendar_url.clone(),
            atom_url: config.atom_url.clone(),
            max_windows: MAX_WINDOWS,
        }
    }
}

/// Markup, and how many of the horizon's windows it lists.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The `<section id="snapshot">` (from [`render`]) or the whole page
    /// (from [`bake_page`]).
    pub html: String,
    pub listed: usize,
    /// Upcoming windows in the horizon.
    pub total: usize,
}

/// The `<section id="snapshot">` for `feed` at `opts.now`.
pub fn render(feed: &Feed, opts: &SnapshotOptions) -> Snapshot {
    let (shown, total) = windows(feed, opts);
    let mut out = String::with_capacity(512 + shown.len() * 700);
    let _ = write!(
        out,
        "<section id=\"snapshot\" lang=\"en\" dir=\"ltr\" data-made=\"{}\">\
         <h2>Upcoming maintenance</h2><p class=\"hint\" data-snapshot-age>Schedule as of <time datetime=\"{}\">{} UTC</time>",
        utc(opts.now),
        utc(opts.now),
        wall_as(Zone::UTC, opts.now, true, true),
    );
    if let Some(g) = feed.generated_at {
        let _ = write!(
            out,
            " (feed of <time datetime=\"{}\" data-generated-at>{} UTC</time>)",
            utc(g),
            wall_as(Zone::UTC, g, true, true)
        );
    }
    out.push_str(". Times in UTC and each region's zone.</p>");
    if shown.is_empty() {
        let _ = write!(
            out,
            "<p class=\"empty\" data-empty>No maintenance is scheduled in the next {} days.</p>",
            opts.horizon_days
        );
    } else {
        out.push_str("<ol class=\"window-list\">");
        for v in &shown {
            window(&mut out, v);
        }
        out.push_str("</ol>");
    }
    let _ = write!(out, "<p class=\"hint\">");
    if total > shown.len() {
        let _ = write!(out, "{} of {total} windows listed. ", shown.len());
    }
    if let Some(cal) = &opts.calendar_url {
        let _ = write!(out, "<a href=\"{}\">Calendar (.ics)</a> · ", escape(cal));
    }
    if let Some(atom) = &opts.atom_url {
        let _ = write!(
            out,
            "<a href=\"{}\">Follow in a feed reader (Atom)</a> · ",
            escape(atom)
        );
    }
    let _ = write!(
        out,
        "<a href=\"{}\">Feed (JSON)</a>",
        escape(&opts.feed_url)
    );
    // The live status page the feed names (http(s) only, checked by the core).
    if let Some(url) = &feed.service.status_url {
        let _ = write!(out, " · <a href=\"{}\">Current status</a>", escape(url));
    }
    out.push_str("</p></section>");
    Snapshot {
        html: out,
        listed: shown.len(),
        total,
    }
}

/// `index_html` with its `<section id="snapshot">…</section>` (quoted or
/// not, empty or a snapshot baked before) replaced by `snapshot`.
pub fn bake(index_html: &str, snapshot: &str) -> Result<String, String> {
    let start = ["<section id=\"snapshot\"", "<section id=snapshot"]
        .iter()
        .find_map(|m| index_html.find(m))
        .ok_or("index.html has no <section id=\"snapshot\"> to fill")?;
    let end = index_html[start..]
        .find("</section>")
        .map(|e| start + e + "</section>".len())
        .ok_or("index.html's <section id=\"snapshot\"> is not closed")?;
    Ok(format!(
        "{}{snapshot}{}",
        &index_html[..start],
        &index_html[end..]
    ))
}

/// Replaces the text of the first `<tag>…</tag>` after `from` (escaped).
fn set_text(html: &str, from: usize, tag: &str, text: &str) -> String {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let found = html[from..].find(&open).and_then(|o| {
        let start = from + o + open.len();
        html[start..].find(&close).map(|c| (start, start + c))
    });
    match found {
        Some((start, end)) => format!("{}{}{}", &html[..start], escape(text), &html[end..]),
        None => html.to_owned(),
    }
}

/// The whole page: `index_html` with the snapshot of `feed` at `now`, and
/// config.json's title in `<title>` and in the placeholder's heading (the
/// loader sets the same text from config.json when JavaScript runs).
pub fn bake_page(
    index_html: &str,
    feed: &Feed,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<Snapshot, String> {
    let snapshot = render(feed, &SnapshotOptions::for_config(config, now));
    let page = bake(index_html, &snapshot.html)?;
    let page = set_text(&page, 0, "title", &config.title);
    let boot = ["id=\"boot\"", "id=boot"]
        .iter()
        .find_map(|m| page.find(m))
        .unwrap_or(page.len());
    Ok(Snapshot {
        html: set_text(&page, boot, "h1", &config.title),
        ..snapshot
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use maintenance_window::domain::feed::parse_feed;

    fn opts(now: &str) -> SnapshotOptions {
        SnapshotOptions {
            now: DateTime::parse_from_rfc3339(now)
                .map(|t| t.with_timezone(&Utc))
                .expect("instant"),
            horizon_days: 120,
            feed_url: "feed.json".into(),
            calendar_url: Some("calendar.ics".into()),
            atom_url: None,
            max_windows: MAX_WINDOWS,
        }
    }

    const FEED: &str = r#"{
      "feed_version": 1,
      "service": {"name": "Acme <b>Cloud</b>", "status_url": "https://status.example/?a=1&b=2"},
      "generated_at": "2026-11-30T12:00:00Z",
      "regions": [
        {"id": "eu", "name": "Europe & <Co>", "time_zone": "Europe/Berlin"},
        {"id": "us", "name": "US East", "time_zone": "America/New_York"}
      ],
      "windows": [
        {"id": "w-eu", "region": "eu", "title": "DB <script>alert(1)</script>", "kind": "infrastructure",
         "start": "2026-12-05T22:00:00Z", "end": "2026-12-06T02:00:00Z", "expected_downtime_minutes": 15},
        {"id": "w-us", "region": "us", "title": "Network", "start": "2027-03-14T06:00:00Z", "end": "2027-03-14T10:00:00Z"}
      ]
    }"#;

    #[test]
    fn windows_in_utc_and_their_region_zone_escaped() {
        let feed = parse_feed(FEED).expect("feed");
        let html = render(&feed, &opts("2026-12-02T08:00:00Z")).html;
        assert!(
            html.contains("data-window-id=\"w-eu\" data-status=\"scheduled\""),
            "{html}"
        );
        // UTC, then Berlin (UTC+1 in December), the end on the next day there.
        assert!(html.contains("UTC: <time datetime=\"2026-12-05T22:00:00+00:00\">Sat 5 Dec, 22:00</time> – <time datetime=\"2026-12-06T02:00:00+00:00\">Sun 6 Dec, 2:00</time>"), "{html}");
        assert!(html.contains("<time datetime=\"2026-12-05T23:00:00+01:00\">Sat 5 Dec, 23:00</time> – <time datetime=\"2026-12-06T03:00:00+01:00\">Sun 6 Dec, 3:00</time> in <bdi>Europe &amp; &lt;Co&gt;</bdi> (Europe/Berlin)"), "{html}");
        // New York's clocks go forward during this one: EST to EDT.
        assert!(html.contains("<time datetime=\"2027-03-14T01:00:00-05:00\">Sun 14 Mar, 1:00</time> – <time datetime=\"2027-03-14T06:00:00-04:00\">6:00</time>"), "{html}");
        assert!(html.contains("DB &lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("<script"));
        assert!(html.contains("Expected downtime: about 15 min"));
        assert!(html.contains("Schedule as of <time datetime=\"2026-12-02T08:00:00Z\">Wed 2 Dec 2026, 8:00 UTC</time>"));
        assert!(html.contains("data-generated-at>Mon 30 Nov 2026, 12:00 UTC"));
        assert!(
            html.contains("<a href=\"calendar.ics\">") && html.contains("<a href=\"feed.json\">")
        );
    }

    #[test]
    fn in_progress_and_ended_as_at_the_instant() {
        let feed = parse_feed(FEED).expect("feed");
        let html = render(&feed, &opts("2026-12-05T23:00:00Z")).html;
        assert!(
            html.contains("data-window-id=\"w-eu\" data-status=\"in_progress\""),
            "{html}"
        );
        let html = render(&feed, &opts("2026-12-06T03:00:00Z")).html;
        assert!(!html.contains("w-eu"), "an ended window is not upcoming");
        assert!(html.contains("w-us"));
    }

    #[test]
    fn capped_but_every_region_keeps_its_next_window() {
        let feed = parse_feed(FEED).expect("feed");
        let mut o = opts("2026-12-02T08:00:00Z");
        o.horizon_days = 200;
        o.max_windows = 1;
        let (shown, total) = windows(&feed, &o);
        assert_eq!(total, 2);
        let ids: Vec<&str> = shown.iter().map(|v| v.id()).collect();
        assert_eq!(ids, ["w-eu", "w-us"]);
        assert!(
            !render(&feed, &o).html.contains(" of 2 windows listed"),
            "both are listed"
        );
    }

    #[test]
    fn bake_replaces_the_section_quoted_or_not_and_again() {
        let page =
            "<main id=boot><h1>T</h1><section id=snapshot></section></main><script>x</script>";
        let once = bake(page, "<section id=\"snapshot\">A</section>").expect("bake");
        assert_eq!(
            once,
            "<main id=boot><h1>T</h1><section id=\"snapshot\">A</section></main><script>x</script>"
        );
        let twice = bake(&once, "<section id=\"snapshot\">B</section>").expect("bake");
        assert_eq!(twice, once.replace(">A<", ">B<"));
        assert!(bake("<main></main>", "x").is_err());
    }
}
