//! The FAQ file (CONTRACT §4): `{"entries": [{"id", "question", "answer":
//! ["paragraph", "- list item", …]}]}`, plain text only. Two placeholders,
//! `{window_length}` and `{tenant_downtime}`, are filled from the feed so the
//! FAQ never contradicts the schedule.

use serde_json::Value;

use super::feed::{text, Feed};

/// One part of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// Consecutive paragraphs that start with "- ".
    List(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaqEntry {
    /// `[a-z0-9-]` only: it becomes the element id `faq-<id>`.
    pub id: String,
    pub question: String,
    pub answer: Vec<Block>,
    /// Lower-case question and answer, for the filter box.
    search: String,
}

impl FaqEntry {
    /// Whether the entry contains `query` (ASCII case-insensitive, which
    /// spares the wasm the Unicode case tables; blank matches all).
    pub fn matches(&self, query: &str) -> bool {
        self.search
            .contains(query.trim().to_ascii_lowercase().as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FaqError {
    #[error("the FAQ file is not valid JSON ({0})")]
    NotJson(String),
    #[error("the FAQ file has no usable entries")]
    NoEntries,
}

/// The figures the FAQ quotes, taken from the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub window_length: String,
    pub tenant_downtime: String,
}

fn unit(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "4 hours" when every recurring rule lasts the same whole hours, else
/// "about four hours"; "10 to 15 minutes" from the expected downtimes.
pub fn figures(feed: &Feed) -> Figures {
    let mut durations = feed.recurring.iter().map(|r| r.duration_minutes);
    let window_length = match durations.next() {
        Some(d) if d % 60 == 0 && durations.all(|o| o == d) => unit(d / 60, "hour", "hours"),
        _ => "about four hours".to_owned(),
    };
    let downtimes = feed
        .windows
        .iter()
        .map(|w| &w.details)
        .chain(feed.recurring.iter().map(|r| &r.details))
        .filter_map(|d| d.expected_downtime_minutes);
    let range = downtimes.fold(None, |acc: Option<(u32, u32)>, m| {
        Some(acc.map_or((m, m), |(lo, hi)| (lo.min(m), hi.max(m))))
    });
    let tenant_downtime = match range {
        Some((lo, hi)) if lo == hi => unit(lo, "minute", "minutes"),
        Some((lo, hi)) => format!("{lo} to {hi} minutes"),
        None => "10 to 15 minutes".to_owned(),
    };
    Figures {
        window_length,
        tenant_downtime,
    }
}

fn fill(s: &str, f: &Figures) -> String {
    s.replace("{window_length}", &f.window_length)
        .replace("{tenant_downtime}", &f.tenant_downtime)
}

fn entry(v: &Value, f: &Figures) -> Option<FaqEntry> {
    let id = text(v, "id")?.trim().to_ascii_lowercase();
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    let question = fill(text(v, "question")?.trim(), f);
    let mut answer: Vec<Block> = Vec::new();
    let paragraphs = v.get("answer").and_then(Value::as_array)?;
    for p in paragraphs.iter().filter_map(Value::as_str).map(str::trim) {
        match (p.strip_prefix("- "), answer.last_mut()) {
            (Some(item), Some(Block::List(items))) => items.push(fill(item, f)),
            (Some(item), _) => answer.push(Block::List(vec![fill(item, f)])),
            (None, _) if !p.is_empty() => answer.push(Block::Paragraph(fill(p, f))),
            (None, _) => {}
        }
    }
    let mut search = question.to_ascii_lowercase();
    search.push(' ');
    for b in &answer {
        match b {
            Block::Paragraph(p) => search.push_str(&p.to_ascii_lowercase()),
            Block::List(items) => items
                .iter()
                .for_each(|i| search.push_str(&i.to_ascii_lowercase())),
        }
        search.push(' ');
    }
    Some(FaqEntry {
        id,
        question,
        answer,
        search,
    })
}

/// Entries without an id of `[a-z0-9-]`, a question or an answer are left
/// out; a file with none left is an error.
pub fn parse_faq(text: &str, figures: &Figures) -> Result<Vec<FaqEntry>, FaqError> {
    let doc: Value = serde_json::from_str(text).map_err(|e| FaqError::NotJson(e.to_string()))?;
    let entries: Vec<FaqEntry> = doc
        .get("entries")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| entry(v, figures))
        .collect();
    if entries.is_empty() {
        Err(FaqError::NoEntries)
    } else {
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::parse_feed;

    const FIG: Figures = Figures {
        window_length: String::new(),
        tenant_downtime: String::new(),
    };

    #[test]
    fn answers_become_paragraphs_and_lists_with_figures_filled() {
        let f = Figures {
            window_length: "4 hours".into(),
            tenant_downtime: "10 to 15 minutes".into(),
        };
        let text = r#"{"entries": [
          {"id": "Downtime", "question": "How long?", "answer": ["About {tenant_downtime}.", "- one", "- two", "Then {window_length}.", ""]},
          {"id": "bad id!", "question": "x", "answer": ["y"]},
          {"id": "no-question", "answer": ["y"]},
          {"id": "html", "question": "<b>q</b>", "answer": ["<script>alert(1)</script>"]}
        ]}"#;
        let entries = parse_faq(text, &f).expect("valid");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].id, "downtime");
        assert_eq!(
            entries[0].answer,
            [
                Block::Paragraph("About 10 to 15 minutes.".into()),
                Block::List(vec!["one".into(), "two".into()]),
                Block::Paragraph("Then 4 hours.".into()),
            ]
        );
        assert_eq!(
            entries[1].answer,
            [Block::Paragraph("<script>alert(1)</script>".into())]
        );
        assert!(entries[0].matches("ABOUT 10"));
        assert!(entries[0].matches("  "));
        assert!(!entries[0].matches("rollback"));
        assert_eq!(
            parse_faq("{", &FIG)
                .map(|_| ())
                .map_err(|e| matches!(e, FaqError::NotJson(_))),
            Err(true)
        );
        assert_eq!(
            parse_faq(r#"{"entries": []}"#, &FIG),
            Err(FaqError::NoEntries)
        );
    }

    #[test]
    fn figures_come_from_the_feed() {
        let feed = parse_feed(
            r#"{"feed_version": 1, "regions": [{"id": "r", "time_zone": "UTC"}],
              "windows": [{"id": "w", "region": "r", "start": "2027-01-01T00:00:00Z", "end": "2027-01-01T01:00:00Z", "expected_downtime_minutes": 10}],
              "recurring": [
                {"id": "a", "region": "r", "rrule": "FREQ=MONTHLY", "starts_on": "2027-01-01", "start_time": "22:00", "duration_minutes": 240, "expected_downtime_minutes": 15},
                {"id": "b", "region": "r", "rrule": "FREQ=MONTHLY", "starts_on": "2027-01-01", "start_time": "23:00", "duration_minutes": 240}
              ]}"#,
        )
        .expect("valid");
        let f = figures(&feed);
        assert_eq!(f.window_length, "4 hours");
        assert_eq!(f.tenant_downtime, "10 to 15 minutes");
        let empty = figures(&Feed::default());
        assert_eq!(empty.window_length, "about four hours");
        assert_eq!(empty.tenant_downtime, "10 to 15 minutes");
    }
}
