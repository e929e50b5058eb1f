//! The FAQ file (docs/feed-format.md, "The FAQ file"): `{"entries": [{"id", "question", "answer":
//! ["paragraph", "- list item", …]}]}`, plain text only. Two placeholders,
//! `{window_length}` and `{tenant_downtime}`, are filled from the feed so the
//! FAQ never contradicts the schedule.
//!
//! An entry may carry `"translations": {"de": {"question", "answer"}, …}`:
//! the page's language is looked up exactly, then by its primary subtag
//! (`pt-BR`, then `pt`); a translated field that is missing, blank or of the
//! wrong type shows the English one.

use serde_json::Value;

use super::feed::{text, Feed};
use super::i18n::{lang, t, tf, tn};

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

/// "4 hours" when every recurring rule lasts the same whole hours, else
/// "about four hours"; "10 to 15 minutes" from the expected downtimes; in
/// the page's language.
pub fn figures(feed: &Feed) -> Figures {
    let mut durations = feed.recurring.iter().map(|r| r.duration_minutes);
    let window_length = match durations.next() {
        Some(d) if d % 60 == 0 && durations.all(|o| o == d) => {
            tn("{n} hour", "{n} hours", u64::from(d / 60))
        }
        _ => t("about four hours"),
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
    let tenant_downtime = match range.unwrap_or((10, 15)) {
        (lo, hi) if lo == hi => tn("{n} minute", "{n} minutes", u64::from(lo)),
        (lo, hi) => tf(
            "{lo} to {hi} minutes",
            &[("lo", &lo.to_string()), ("hi", &hi.to_string())],
        ),
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

/// The entry's translation for the page's language, if it has one.
fn translation(v: &Value) -> Option<&Value> {
    let all = v.get("translations")?;
    let code = lang();
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    let pick = |c: &str| all.get(c).filter(|t| t.is_object());
    pick(&code).or_else(|| pick(primary))
}

/// `v.answer` as blocks; `None` unless it is an array.
fn blocks(v: &Value, f: &Figures) -> Option<Vec<Block>> {
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
    Some(answer)
}

fn entry(v: &Value, f: &Figures) -> Option<FaqEntry> {
    let id = text(v, "id")?.trim().to_ascii_lowercase();
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    // English is required even when a translation is shown: it is the fallback.
    let (question, answer) = (text(v, "question")?, blocks(v, f)?);
    let tr = translation(v);
    let question = fill(
        tr.and_then(|t| text(t, "question"))
            .unwrap_or(question)
            .trim(),
        f,
    );
    let answer = tr
        .and_then(|t| blocks(t, f))
        .filter(|a| !a.is_empty())
        .unwrap_or(answer);
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
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| FaqError::NotJson(super::json::where_not_json(&e)))?;
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
    use crate::domain::i18n::{install, Catalog};

    /// Runs `f` with the page in `lang`, `messages` its catalog.
    fn in_lang<T>(lang: &str, messages: &str, f: impl FnOnce() -> T) -> T {
        let catalog = Catalog::parse(
            lang,
            messages,
            Box::new(|n| (if n == 1 { "one" } else { "other" }).to_owned()),
        );
        install(Some(catalog.expect("catalog")));
        let out = f();
        install(None);
        out
    }

    const NO_MESSAGES: &str = r#"{"messages": {}}"#;

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

    const TRANSLATED: &str = r#"{"entries": [
      {"id": "a", "question": "When?", "answer": ["Monthly.", "- one", "- two"],
       "translations": {
         "de": {"question": "Wann?", "answer": ["Monatlich.", "- eins", "- zwei"]},
         "fr": {"question": "Quand ?"},
         "ja": {"question": 3, "answer": "毎月"},
         "pt": {"question": " ", "answer": [1, "", 2]}
       }},
      {"id": "b", "question": "Why?", "answer": ["Because."]},
      {"id": "c", "question": "How?", "answer": ["Carefully."], "translations": ["de"]},
      {"id": "d", "question": "Who?", "answer": ["Us."], "translations": {"de": "Wir."}}
    ]}"#;

    #[test]
    fn the_translation_for_the_page_language_is_picked() {
        let de = in_lang("de", NO_MESSAGES, || parse_faq(TRANSLATED, &FIG)).expect("valid");
        assert_eq!(de[0].question, "Wann?");
        assert_eq!(
            de[0].answer,
            [
                Block::Paragraph("Monatlich.".into()),
                Block::List(vec!["eins".into(), "zwei".into()]),
            ]
        );
        assert!(de[0].matches("monatlich"));
        // A regional variant falls back to its primary language.
        let de_at = in_lang("de-AT", NO_MESSAGES, || parse_faq(TRANSLATED, &FIG)).expect("valid");
        assert_eq!(de_at[0], de[0]);
        let en = parse_faq(TRANSLATED, &FIG).expect("valid");
        assert_eq!(en[0].question, "When?");
    }

    #[test]
    fn a_missing_translation_falls_back_to_english_per_entry_and_field() {
        let de = in_lang("de", NO_MESSAGES, || parse_faq(TRANSLATED, &FIG)).expect("valid");
        let english = parse_faq(TRANSLATED, &FIG).expect("valid");
        assert_eq!(de[1..], english[1..]);
        // French translates the question only.
        let fr = in_lang("fr", NO_MESSAGES, || parse_faq(TRANSLATED, &FIG)).expect("valid");
        assert_eq!(fr[0].question, "Quand ?");
        assert_eq!(fr[0].answer, english[0].answer);
        let es = in_lang("es", NO_MESSAGES, || parse_faq(TRANSLATED, &FIG)).expect("valid");
        assert_eq!(es, english);
    }

    #[test]
    fn a_malformed_translation_falls_back_to_english() {
        let english = parse_faq(TRANSLATED, &FIG).expect("valid");
        for lang in ["ja", "pt-BR"] {
            let got = in_lang(lang, NO_MESSAGES, || parse_faq(TRANSLATED, &FIG)).expect("valid");
            assert_eq!(got, english, "{lang}");
        }
        // A translation never stands in for a missing English question.
        let text = r#"{"entries": [{"id": "x", "answer": ["y"],
          "translations": {"de": {"question": "Frage?", "answer": ["Antwort."]}}}]}"#;
        let got = in_lang("de", NO_MESSAGES, || parse_faq(text, &FIG));
        assert_eq!(got, Err(FaqError::NoEntries));
    }

    #[test]
    fn placeholders_are_filled_in_german() {
        let catalog = r#"{"messages": {
          "{n} hours": {"one": "{n} Stunde", "other": "{n} Stunden"},
          "{n} minutes": {"one": "{n} Minute", "other": "{n} Minuten"},
          "{lo} to {hi} minutes": "{lo} bis {hi} Minuten",
          "about four hours": "etwa vier Stunden"
        }}"#;
        let text = r#"{"entries": [{"id": "a", "question": "How long is {window_length}?",
          "answer": ["Down for {tenant_downtime}.", "- {window_length}"],
          "translations": {"de": {"question": "Wie lange dauern {window_length}?",
            "answer": ["{tenant_downtime} lang nicht verfügbar.", "- {window_length}"]}}}]}"#;
        let feed = parse_feed(
            r#"{"feed_version": 1, "regions": [{"id": "r", "time_zone": "UTC"}], "windows": [],
              "recurring": [{"id": "a", "region": "r", "rrule": "FREQ=MONTHLY", "starts_on": "2027-01-01",
                "start_time": "22:00", "duration_minutes": 240, "expected_downtime_minutes": 1}]}"#,
        )
        .expect("valid");
        let got = in_lang("de", catalog, || {
            let f = figures(&feed);
            let empty = figures(&Feed::default());
            (parse_faq(text, &f), empty)
        });
        let (entries, empty) = (got.0.expect("valid"), got.1);
        assert_eq!(entries[0].question, "Wie lange dauern 4 Stunden?");
        assert_eq!(
            entries[0].answer[0],
            Block::Paragraph("1 Minute lang nicht verfügbar.".into())
        );
        assert_eq!(entries[0].answer[1], Block::List(vec!["4 Stunden".into()]));
        assert_eq!(empty.window_length, "etwa vier Stunden");
        assert_eq!(empty.tenant_downtime, "10 bis 15 Minuten");
        // English wording is unchanged with no catalog installed.
        let f = figures(&feed);
        assert_eq!(
            (f.window_length.as_str(), f.tenant_downtime.as_str()),
            ("4 hours", "1 minute")
        );
    }

    /// The `{name}` placeholders in `s`, in order.
    fn placeholders(s: &str) -> Vec<&str> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn the_built_in_faq_is_translated_into_every_built_in_language() {
        let text = include_str!("../../public/faq.json");
        let doc: Value = serde_json::from_str(text).expect("JSON");
        let entries = doc["entries"].as_array().expect("entries");
        let english = parse_faq(text, &FIG).expect("valid");
        assert_eq!(english.len(), entries.len());
        // Each line's kind (paragraph or "- " item) and the entry's placeholders.
        fn shape(v: &Value) -> (Vec<bool>, Vec<&str>) {
            let lines: Vec<&str> = v["answer"]
                .as_array()
                .expect("answer")
                .iter()
                .map(|p| p.as_str().expect("text"))
                .collect();
            let kinds: Vec<bool> = lines.iter().map(|l| l.starts_with("- ")).collect();
            let mut names = placeholders(v["question"].as_str().expect("question"));
            lines.iter().for_each(|l| names.extend(placeholders(l)));
            names.sort_unstable();
            (kinds, names)
        }
        for lang in super::super::i18n::BUILT_IN.iter().filter(|l| **l != "en") {
            let translated = in_lang(lang, NO_MESSAGES, || parse_faq(text, &FIG)).expect("valid");
            for ((v, en), tr) in entries.iter().zip(&english).zip(&translated) {
                let t = &v["translations"][lang];
                assert!(t["question"].is_string(), "{lang} {}", en.id);
                assert_eq!(shape(t), shape(v), "{lang} {}", en.id);
                assert_ne!(tr.question, en.question, "{lang} {}", en.id);
                assert_eq!(tr.answer.len(), en.answer.len(), "{lang} {}", en.id);
                for (a, b) in tr.answer.iter().zip(&en.answer) {
                    assert_ne!(a, b, "{lang} {}: untranslated", en.id);
                }
            }
        }
    }
}
