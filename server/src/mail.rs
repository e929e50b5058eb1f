//! The mails: what each kind says, in the subscriber's language and zone,
//! as `text/plain` with an HTML alternative (every value from the feed or
//! the subscriber is escaped text), a calendar part for the notices, and
//! the headers (Message-ID, Date, Auto-Submitted, List-Unsubscribe with
//! RFC 8058 one-click).

use std::fmt::Write as _;
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Body, Mailbox, MultiPart, SinglePart};
use lettre::Message;
use maintenance_window::domain::countdown::duration_words_minutes;
use maintenance_window::domain::display::minutes_label;
use maintenance_window::domain::i18n::{direction, fill, t, tf, tn};
use maintenance_window::domain::zone::Zone;
use serde::{Deserialize, Serialize};

use crate::lang;

/// What a mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Double opt-in.
    Confirm,
    /// A new window or occurrence within `--notify-days`.
    Published,
    /// A new start or end.
    Changed,
    Cancelled,
    /// Before the start, at one of `--remind-before`'s leads.
    Reminder,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Confirm,
        Kind::Published,
        Kind::Changed,
        Kind::Cancelled,
        Kind::Reminder,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Confirm => "confirm",
            Kind::Published => "published",
            Kind::Changed => "changed",
            Kind::Cancelled => "cancelled",
            Kind::Reminder => "reminder",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A tenant's slot inside a window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub tenant: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// What one notice (kinds other than [`Kind::Confirm`]) tells, the same
/// for every subscriber: stored with the notice when it is decided, so
/// that a mail sent later (a retry, after a restart) says what was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The calendar UID.
    pub uid: String,
    pub service: String,
    pub title: String,
    pub region_id: String,
    pub region_name: String,
    /// IANA name of the region's zone.
    pub region_zone: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The times before a change.
    pub previous: Option<(DateTime<Utc>, DateTime<Utc>)>,
    pub downtime_minutes: Option<u32>,
    pub slots: Vec<Slot>,
    pub sequence: u32,
    /// Reminders: how long before the start.
    pub lead_secs: u64,
    /// The calendar part (`METHOD:REQUEST` or `METHOD:CANCEL`).
    pub ics: String,
    /// The method written in `ics`.
    pub method: String,
}

/// The subscriber a mail goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub email: String,
    pub regions: Vec<String>,
    pub time_zone: String,
    pub locale: String,
    /// For a confirmation.
    pub confirm_token: String,
    pub unsubscribe_token: String,
}

/// What every mail shares.
#[derive(Debug, Clone)]
pub struct Context {
    /// This server, for the confirmation and unsubscribe links (no trailing slash).
    pub public_url: String,
    /// The page.
    pub page_url: String,
    pub from: Mailbox,
    /// `--notify-days`, told in the confirmation.
    pub notify_days: u32,
    /// Names of the feed's regions by id (for the confirmation).
    pub region_names: Vec<(String, String)>,
    pub service: String,
}

/// A mail's words, before it becomes a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The calendar part and its method.
    pub ics: Option<(String, String)>,
    /// `https://…/api/unsubscribe?token=…`
    pub unsubscribe_url: String,
}

pub fn unsubscribe_url(public_url: &str, token: &str) -> String {
    format!("{public_url}/api/unsubscribe?token={token}")
}

pub fn confirm_url(public_url: &str, token: &str) -> String {
    format!("{public_url}/api/subscriptions/confirm?token={token}")
}

/// HTML text: `& < > " '` escaped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A translated template as HTML: its own text escaped, each value escaped
/// and isolated in `<bdi>` (times, zone names and addresses keep their
/// direction inside right-to-left text).
fn html_fill(template: &str, args: &[(&str, &str)]) -> String {
    let escaped: Vec<(&str, String)> = args
        .iter()
        .map(|(k, v)| (*k, format!("<bdi>{}</bdi>", escape(v))))
        .collect();
    let refs: Vec<(&str, &str)> = escaped.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(&escape(template), &refs)
}

/// A line in both forms.
struct Line {
    text: String,
    html: String,
}

fn line(template: &str, args: &[(&str, &str)]) -> Line {
    Line {
        text: fill(template, args),
        html: html_fill(template, args),
    }
}

fn zone_of(name: &str) -> Zone {
    Zone::parse(name).unwrap_or(Zone::UTC)
}

/// How long before the start, in words: `24 hours`, `1 hour`, `3 minutes`.
fn lead_words(secs: u64) -> String {
    if secs >= 3600 && secs.is_multiple_of(3600) {
        tn("{n} hour", "{n} hours", secs / 3600)
    } else if secs >= 60 && secs.is_multiple_of(60) {
        tn("{n} minute", "{n} minutes", secs / 60)
    } else {
        duration_words_minutes(chrono::Duration::seconds(
            i64::try_from(secs).unwrap_or(i64::MAX / 1000),
        ))
    }
}

/// The page shell of every HTML part.
fn html_page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head>\n\
         <body style=\"font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a\">\n\
         <div dir=\"{dir}\" style=\"max-width: 36rem; margin: 0 auto; padding: 1rem\">\n{body}</div>\n</body></html>\n",
        dir = direction(lang),
        title = escape(title),
    )
}

fn button(url: &str, label: &str) -> String {
    format!(
        "<p><a href=\"{}\" style=\"display: inline-block; padding: 0.6rem 1rem; background: #0b57d0; color: #fff; text-decoration: none; border-radius: 4px\">{}</a></p>\n",
        escape(url),
        escape(label)
    )
}

fn footer(text: &mut String, html: &mut String, rcpt: &Recipient, ctx: &Context, unsub: &str) {
    let why = line(
        t("You receive this email because {email} subscribed to maintenance notices from {service}.").as_str(),
        &[("email", &rcpt.email), ("service", &ctx.service)],
    );
    let _ = write!(
        text,
        "\n-- \n{}\n{}\n",
        why.text,
        fill(&t("Unsubscribe: {url}"), &[("url", unsub)])
    );
    let _ = write!(
        html,
        "<hr>\n<p style=\"font-size: 0.9em; color: #555\">{}<br><a href=\"{}\">{}</a></p>\n",
        why.html,
        escape(unsub),
        escape(&t("Unsubscribe"))
    );
}

/// The confirmation (double opt-in).
pub fn confirmation(rcpt: &Recipient, ctx: &Context) -> Rendered {
    let lang = lang::choose(&rcpt.locale);
    lang::with_language(lang, || {
        let link = confirm_url(&ctx.public_url, &rcpt.confirm_token);
        let unsub = unsubscribe_url(&ctx.public_url, &rcpt.unsubscribe_token);
        let subject = tf(
            "Confirm your subscription to {service} maintenance notices",
            &[("service", &ctx.service)],
        );
        let heading = t("Confirm your subscription");
        let regions = if rcpt.regions.is_empty() {
            t("All regions")
        } else {
            rcpt.regions
                .iter()
                .map(|id| {
                    ctx.region_names
                        .iter()
                        .find(|(i, _)| i == id)
                        .map_or(id.as_str(), |(_, n)| n.as_str())
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let zone = zone_of(&rcpt.time_zone).name();
        let lines = [
            line(
                &t("Someone, probably you, asked for maintenance notices from {service} to be sent to {email}."),
                &[("service", &ctx.service), ("email", &rcpt.email)],
            ),
            line(&t("Regions: {regions}"), &[("regions", &regions)]),
            line(&t("Times will be shown in {zone}."), &[("zone", zone)]),
            line(
                &tn(
                    "We will tell you about new maintenance windows up to {n} day ahead, about changes and cancellations, and remind you before each one starts.",
                    "We will tell you about new maintenance windows up to {n} days ahead, about changes and cancellations, and remind you before each one starts.",
                    u64::from(ctx.notify_days),
                ),
                &[],
            ),
        ];
        let ignore =
            t("If you did not ask for this, ignore this email: you will receive nothing else.");
        let mut text = format!("{heading}\n\n");
        let mut html = format!("<h1 style=\"font-size: 1.3em\">{}</h1>\n", escape(&heading));
        for l in &lines {
            let _ = writeln!(text, "{}", l.text);
            let _ = writeln!(html, "<p>{}</p>", l.html);
        }
        let _ = write!(
            text,
            "\n{}\n\n{ignore}\n",
            fill(
                &t("Confirm your subscription by opening this link: {url}"),
                &[("url", &link)]
            )
        );
        html.push_str(&button(&link, &t("Confirm subscription")));
        let _ = writeln!(html, "<p>{}</p>", escape(&ignore));
        footer(&mut text, &mut html, rcpt, ctx, &unsub);
        Rendered {
            html: html_page(lang, &subject, &html),
            subject,
            text,
            ics: None,
            unsubscribe_url: unsub,
        }
    })
}

/// A notice of `kind` (not [`Kind::Confirm`]).
pub fn notice(kind: Kind, n: &Notice, rcpt: &Recipient, ctx: &Context) -> Rendered {
    let lang = lang::choose(&rcpt.locale);
    lang::with_language(lang, || {
        let unsub = unsubscribe_url(&ctx.public_url, &rcpt.unsubscribe_token);
        let zone = zone_of(&rcpt.time_zone);
        let region_zone = zone_of(&n.region_zone);
        let when = tf(
            "{date}, {start}–{end}",
            &[
                ("date", &lang::short_date(zone, n.start)),
                ("start", &lang::clock(zone, n.start)),
                ("end", &lang::clock(zone, n.end)),
            ],
        );
        let lead = lead_words(n.lead_secs);
        let when_args = [("when", when.as_str()), ("zone", zone.name())];
        let (subject, intro) = match kind {
            Kind::Published | Kind::Confirm => (
                tf("Scheduled maintenance: {when} ({zone})", &when_args),
                t("A new maintenance window has been scheduled in {region}."),
            ),
            Kind::Changed => (
                tf("Maintenance rescheduled: {when} ({zone})", &when_args),
                t("A maintenance window in {region} has been rescheduled."),
            ),
            Kind::Cancelled => (
                tf("Maintenance cancelled: {when} ({zone})", &when_args),
                t("A maintenance window in {region} has been cancelled and will not take place."),
            ),
            Kind::Reminder => (
                tf(
                    "Maintenance starts in {duration}: {when} ({zone})",
                    &[("duration", &lead), ("when", &when), ("zone", zone.name())],
                ),
                t("A maintenance window in {region} starts in {duration}."),
            ),
        };
        let intro = line(&intro, &[("region", &n.region_name), ("duration", &lead)]);

        let mut details: Vec<Line> = Vec::new();
        let (s, e) = lang::range(zone, n.start, n.end);
        details.push(line(
            &t("Your time ({zone}): {start} – {end}"),
            &[("zone", zone.name()), ("start", &s), ("end", &e)],
        ));
        if kind == Kind::Changed {
            if let Some((ps, pe)) = n.previous {
                let (ps, pe) = lang::range(zone, ps, pe);
                details.push(line(
                    &t("Previously: {start} – {end}"),
                    &[("start", &ps), ("end", &pe)],
                ));
            }
        }
        let (us, ue) = lang::range(Zone::UTC, n.start, n.end);
        details.push(line(
            &t("UTC: {start} – {end}"),
            &[("start", &us), ("end", &ue)],
        ));
        let (rs, re) = lang::range(region_zone, n.start, n.end);
        details.push(line(
            &t("{start} – {end} in {region} ({zone})"),
            &[
                ("start", &rs),
                ("end", &re),
                ("region", &n.region_name),
                ("zone", region_zone.name()),
            ],
        ));
        match n.downtime_minutes {
            Some(0) => details.push(line(&t("No downtime expected."), &[])),
            Some(m) => details.push(line(
                &t("Expected downtime: about {duration}"),
                &[("duration", &minutes_label(i64::from(m)))],
            )),
            None => {}
        }
        if kind != Kind::Cancelled {
            for slot in &n.slots {
                let (ss, se) = lang::range(zone, slot.start, slot.end);
                details.push(line(
                    &t("Your service ({tenant}): {start} – {end}"),
                    &[("tenant", &slot.tenant), ("start", &ss), ("end", &se)],
                ));
            }
        }
        let status = if kind == Kind::Cancelled {
            t("Cancelled")
        } else {
            t("Scheduled")
        };
        details.push(line(&t("Status: {status}"), &[("status", &status)]));
        let calendar_note = if kind == Kind::Cancelled {
            t("The attached file (invite.ics) removes this window from your calendar.")
        } else {
            t("The attached invitation (invite.ics) adds this window to your calendar or updates it.")
        };

        let mut text = format!("{}\n\n{}\n", intro.text, n.title.trim());
        for d in &details {
            let _ = writeln!(text, "{}", d.text);
        }
        let _ = write!(
            text,
            "\n{calendar_note}\n{}\n",
            fill(&t("Maintenance schedule: {url}"), &[("url", &ctx.page_url)])
        );
        let mut html = format!(
            "<p>{}</p>\n<h1 style=\"font-size: 1.3em\">{}</h1>\n<ul>\n",
            intro.html,
            escape(n.title.trim())
        );
        for d in &details {
            let _ = writeln!(html, "<li>{}</li>", d.html);
        }
        html.push_str("</ul>\n");
        let _ = writeln!(html, "<p>{}</p>", escape(&calendar_note));
        html.push_str(&button(&ctx.page_url, &t("View the maintenance schedule")));
        footer(&mut text, &mut html, rcpt, ctx, &unsub);
        Rendered {
            html: html_page(lang, &subject, &html),
            subject,
            text,
            ics: Some((n.ics.clone(), n.method.clone())),
            unsubscribe_url: unsub,
        }
    })
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("the address {0:?} cannot be written in a mail header")]
    Address(String),
    #[error("the message could not be built: {0}")]
    Message(#[from] lettre::error::Error),
}

/// The message to send: `multipart/alternative` (text, HTML, and the
/// calendar with its method, as calendar apps expect), inside
/// `multipart/mixed` with the calendar also attached as `invite.ics`.
pub fn message(
    r: &Rendered,
    from: &Mailbox,
    to: &str,
    message_id: &str,
    date: SystemTime,
) -> Result<Message, BuildError> {
    let to: Mailbox = to
        .parse::<lettre::Address>()
        .map(|a| Mailbox::new(None, a))
        .map_err(|_| BuildError::Address(to.to_owned()))?;
    let header = |name: &'static str, value: String| {
        HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
    };
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(r.subject.clone())
        .date(date)
        .message_id(Some(message_id.to_owned()))
        .raw_header(header("Auto-Submitted", "auto-generated".to_owned()))
        .raw_header(header(
            "List-Unsubscribe",
            format!("<{}>", r.unsubscribe_url),
        ))
        .raw_header(header(
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click".to_owned(),
        ));
    let mut alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(r.text.clone()))
        .singlepart(SinglePart::html(r.html.clone()));
    let Some((ics, method)) = &r.ics else {
        return Ok(builder.multipart(alternative)?);
    };
    let calendar_type = |base: &str| {
        ContentType::parse(&format!("{base}; charset=utf-8; method={method}"))
            .unwrap_or(ContentType::TEXT_PLAIN)
    };
    alternative = alternative.singlepart(
        SinglePart::builder()
            .header(calendar_type("text/calendar"))
            .body(
                Body::new_with_encoding(ics.clone(), ContentTransferEncoding::Base64)
                    .map_err(|_| BuildError::Address(String::new()))?,
            ),
    );
    let attachment = Attachment::new("invite.ics".to_owned()).body(
        Body::new_with_encoding(ics.clone(), ContentTransferEncoding::Base64)
            .map_err(|_| BuildError::Address(String::new()))?,
        ContentType::parse("application/ics").unwrap_or(ContentType::TEXT_PLAIN),
    );
    Ok(builder.multipart(
        MultiPart::mixed()
            .multipart(alternative)
            .singlepart(attachment),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_isolated() {
        assert_eq!(
            html_fill("<{a}> & {b}", &[("a", "<script>"), ("b", "x\"'")]),
            "&lt;<bdi>&lt;script&gt;</bdi>&gt; &amp; <bdi>x&quot;&#39;</bdi>"
        );
        assert_eq!(
            html_fill("{a}", &[("a", "{b}"), ("b", "no")]),
            "<bdi>{b}</bdi>"
        );
    }

    #[test]
    fn kinds_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Kind::parse("other"), None);
    }

    #[test]
    fn leads_in_words() {
        lang::with_language("en", || {
            assert_eq!(lead_words(86_400), "24 hours");
            assert_eq!(lead_words(3600), "1 hour");
            assert_eq!(lead_words(180), "3 minutes");
        });
    }
}
