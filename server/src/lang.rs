//! The subscriber's language in mails: which built-in language a `locale`
//! gets, the page's catalogs (`public/i18n/<code>.json`) merged with the
//! mail-only ones (`public/i18n/mail/<code>.json`), and dates worded the
//! way the page words them.
//!
//! Both sets of catalogs are compiled into the binary: a vendor runs it
//! from anywhere. The page never fetches the mail catalogs.
//!
//! The app core's `t` / `tf` / `tn` read a catalog installed for the
//! current thread; [`with_language`] installs one for the length of a
//! closure (mails are rendered synchronously, never across an `.await`).

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, Datelike, Timelike, Utc};
use maintenance_window::domain::i18n::{self, builtin_plural, t, tf, Catalog};
use maintenance_window::domain::zone::Zone;
use serde_json::{Map, Value};

/// The built-in languages, English first.
pub const LANGUAGES: [&str; 8] = ["en", "de", "fr", "ja", "es", "pt-BR", "zh-CN", "ar"];

// The page's catalogs present at build time (English is the code
// itself); see build.rs.
include!(concat!(env!("OUT_DIR"), "/page_catalogs.rs"));

/// The mail-only catalogs; `en.json` lists every mail message.
pub const MAIL: [(&str, &str); 8] = [
    ("en", include_str!("../../public/i18n/mail/en.json")),
    ("de", include_str!("../../public/i18n/mail/de.json")),
    ("fr", include_str!("../../public/i18n/mail/fr.json")),
    ("ja", include_str!("../../public/i18n/mail/ja.json")),
    ("es", include_str!("../../public/i18n/mail/es.json")),
    ("pt-BR", include_str!("../../public/i18n/mail/pt-BR.json")),
    ("zh-CN", include_str!("../../public/i18n/mail/zh-CN.json")),
    ("ar", include_str!("../../public/i18n/mail/ar.json")),
];

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The built-in language for a subscriber's `locale`: the exact code, else
/// one with the same primary subtag (`pt-PT` gets `pt-BR`); a Traditional
/// Chinese locale (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant…`) prefers a
/// Traditional catalog and gets a Simplified one only when there is none;
/// anything else English.
pub fn choose(locale: &str) -> &'static str {
    choose_from(locale, &LANGUAGES)
}

fn choose_from(locale: &str, languages: &[&'static str]) -> &'static str {
    let tag = locale.trim().replace('_', "-");
    if let Some(exact) = languages.iter().find(|l| l.eq_ignore_ascii_case(&tag)) {
        return exact;
    }
    let parts: Vec<&str> = tag.split('-').collect();
    let primary = parts.first().copied().unwrap_or_default();
    let same_primary = |l: &&&str| {
        l.split('-')
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case(primary))
    };
    if primary.eq_ignore_ascii_case("zh") {
        let traditional = |subtags: &[&str]| {
            let has = |x: &str| subtags.iter().any(|s| s.eq_ignore_ascii_case(x));
            has("Hant") || (!has("Hans") && (has("TW") || has("HK") || has("MO")))
        };
        let wants_traditional = traditional(&parts[1..]);
        let zh: Vec<&&str> = languages.iter().filter(same_primary).collect();
        let pick = zh
            .iter()
            .find(|l| {
                let sub: Vec<&str> = l.split('-').skip(1).collect();
                traditional(&sub) == wants_traditional
            })
            .or_else(|| zh.first());
        return pick.map_or("en", |l| **l);
    }
    languages.iter().find(same_primary).copied().unwrap_or("en")
}

/// The merged catalog text of each language but English.
fn merged() -> &'static HashMap<&'static str, String> {
    static MERGED: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    MERGED.get_or_init(|| {
        let mut out = HashMap::new();
        for lang in LANGUAGES.iter().skip(1) {
            let mut messages = Map::new();
            let page = PAGE.iter().find(|(l, _)| l == lang).map(|(_, t)| *t);
            let mail = MAIL.iter().find(|(l, _)| l == lang).map(|(_, t)| *t);
            for text in [page, mail].into_iter().flatten() {
                match serde_json::from_str::<Value>(text) {
                    Ok(Value::Object(mut doc)) => {
                        if let Some(Value::Object(m)) = doc.remove("messages") {
                            messages.extend(m);
                        }
                    }
                    _ => eprintln!("feed-server: warning: the {lang} catalog is not valid JSON; English is used for its words"),
                }
            }
            let mut doc = Map::new();
            doc.insert("messages".to_owned(), Value::Object(messages));
            out.insert(*lang, Value::Object(doc).to_string());
        }
        out
    })
}

/// Restores English when dropped.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        i18n::install(None);
    }
}

/// Runs `f` with `lang` (a built-in code) as the language of the core's
/// `t`, `tf` and `tn` on this thread.
pub fn with_language<T>(lang: &'static str, f: impl FnOnce() -> T) -> T {
    let catalog = merged().get(lang).and_then(|text| {
        Catalog::parse(
            lang,
            text,
            Box::new(move |n| builtin_plural(lang, n).to_owned()),
        )
        .ok()
    });
    i18n::install(catalog);
    let _restore = Installed;
    f()
}

fn name_at(names: &str, english: &[&str], i: usize) -> String {
    names
        .split_whitespace()
        .nth(i)
        .unwrap_or(english[i])
        .to_owned()
}

fn weekday_month(local: &impl Datelike) -> (String, String) {
    (
        name_at(
            &t("Mon Tue Wed Thu Fri Sat Sun"),
            &WEEKDAYS,
            local.weekday().num_days_from_monday() as usize,
        ),
        name_at(
            &t("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
            &MONTHS,
            local.month0() as usize,
        ),
    )
}

/// `23:05`
pub fn clock(zone: Zone, at: DateTime<Utc>) -> String {
    let local = zone.local(at);
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// `Sat 5 Dec 2026, 23:00` in the current language (the pattern and names are mail messages).
pub fn full(zone: Zone, at: DateTime<Utc>) -> String {
    let local = zone.local(at);
    let (weekday, month) = weekday_month(&local);
    let (day, year) = (local.day().to_string(), local.year().to_string());
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    tf(
        "{weekday} {day} {month} {year}, {time}",
        &[
            ("weekday", &weekday),
            ("day", &day),
            ("month", &month),
            ("year", &year),
            ("time", &time),
        ],
    )
}

/// `Sat 5 Dec` in the current language (for subjects).
pub fn short_date(zone: Zone, at: DateTime<Utc>) -> String {
    let local = zone.local(at);
    let (weekday, month) = weekday_month(&local);
    let day = local.day().to_string();
    tf(
        "{weekday} {day} {month}",
        &[("weekday", &weekday), ("day", &day), ("month", &month)],
    )
}

/// The start and end as two labels: the end without its date when it is
/// on the start's local date.
pub fn range(zone: Zone, start: DateTime<Utc>, end: DateTime<Utc>) -> (String, String) {
    let same_day = zone.local_date(start) == zone.local_date(end);
    (
        full(zone, start),
        if same_day {
            clock(zone, end)
        } else {
            full(zone, end)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_chosen_like_the_page() {
        for (locale, lang) in [
            ("de", "de"),
            ("de-AT", "de"),
            ("DE_ch", "de"),
            ("pt-PT", "pt-BR"),
            ("pt-br", "pt-BR"),
            ("es-MX", "es"),
            ("zh-CN", "zh-CN"),
            ("zh", "zh-CN"),
            ("zh-Hans-SG", "zh-CN"),
            ("zh-TW", "zh-CN"),
            ("zh-Hant-HK", "zh-CN"),
            ("ar-EG", "ar"),
            ("ja-JP", "ja"),
            ("en-GB", "en"),
            ("ko", "en"),
            ("", "en"),
        ] {
            assert_eq!(choose(locale), lang, "{locale}");
        }
        // With a Traditional catalog, it wins for zh-TW and loses for zh-CN.
        let with_hant = ["en", "zh-CN", "zh-TW"];
        assert_eq!(choose_from("zh-HK", &with_hant), "zh-TW");
        assert_eq!(choose_from("zh-Hant", &with_hant), "zh-TW");
        assert_eq!(choose_from("zh-SG", &with_hant), "zh-CN");
        assert_eq!(choose_from("zh-Hans-TW", &with_hant), "zh-CN");
    }

    /// `{name}` placeholders of a text.
    fn placeholders(s: &str) -> std::collections::BTreeSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
            .collect()
    }

    fn plural_categories(lang: &str) -> &'static [&'static str] {
        match lang.split('-').next().unwrap_or_default() {
            "ar" => &["zero", "one", "two", "few", "many", "other"],
            "ja" | "zh" => &["other"],
            "es" | "pt" | "fr" => &["one", "many", "other"],
            _ => &["one", "other"],
        }
    }

    /// Every mail catalog has every English mail message, with the same
    /// placeholders, and each plural the categories its language needs
    /// (a form may spell out its number, as Arabic's "one" does).
    #[test]
    fn mail_catalogs_are_complete() {
        let read = |text: &str| -> Map<String, Value> {
            match serde_json::from_str::<Value>(text) {
                Ok(Value::Object(mut doc)) => match doc.remove("messages") {
                    Some(Value::Object(m)) => m,
                    _ => panic!("no messages object"),
                },
                _ => panic!("not a JSON object"),
            }
        };
        let english = read(MAIL[0].1);
        assert!(english.len() > 20);
        for (key, value) in &english {
            match value {
                Value::String(s) => assert_eq!(s, key, "English is keyed by itself"),
                Value::Object(forms) => {
                    assert_eq!(forms.get("other"), Some(&Value::String(key.clone())))
                }
                _ => panic!("{key}: neither text nor plural"),
            }
        }
        for (lang, text) in MAIL.iter().skip(1) {
            let messages = read(text);
            for key in messages.keys() {
                assert!(
                    english.contains_key(key),
                    "{lang}: {key:?} is not an English mail message"
                );
            }
            for (key, en) in &english {
                let wanted = placeholders(key);
                let got = messages
                    .get(key)
                    .unwrap_or_else(|| panic!("{lang}: {key:?} is not translated"));
                match (en, got) {
                    (Value::String(_), Value::String(t)) => {
                        assert_eq!(placeholders(t), wanted, "{lang}: {key:?} → {t:?}");
                        assert!(!t.trim().is_empty());
                    }
                    (Value::Object(_), Value::Object(forms)) => {
                        for category in plural_categories(lang) {
                            let form = forms
                                .get(*category)
                                .and_then(Value::as_str)
                                .unwrap_or_else(|| panic!("{lang}: {key:?} lacks {category}"));
                            let have = placeholders(form);
                            assert!(
                                have.is_subset(&wanted),
                                "{lang}: {key:?} {category}: {form:?}"
                            );
                            if *category == "other" {
                                assert_eq!(have, wanted, "{lang}: {key:?} other");
                            }
                        }
                    }
                    _ => panic!("{lang}: {key:?} has the wrong shape"),
                }
            }
        }
    }

    #[test]
    fn dates_are_worded_in_the_language() {
        let zone = Zone::parse("America/Los_Angeles").expect("zone");
        let start = DateTime::parse_from_rfc3339("2026-12-06T07:00:00Z")
            .expect("t")
            .with_timezone(&Utc);
        let end = start + chrono::Duration::hours(4);
        assert_eq!(
            with_language("en", || range(zone, start, end)),
            (
                "Sat 5 Dec 2026, 23:00".to_owned(),
                "Sun 6 Dec 2026, 03:00".to_owned()
            )
        );
        assert_eq!(with_language("en", || short_date(zone, start)), "Sat 5 Dec");
        let de = with_language("de", || full(zone, start));
        assert_eq!(de, "Sa, 5. Dez 2026, 23:00");
        let ja = with_language("ja", || short_date(zone, start));
        assert!(ja.contains("12月") && ja.contains('5'), "{ja}");
        // The catalog is gone afterwards.
        assert_eq!(
            t("Mon Tue Wed Thu Fri Sat Sun"),
            "Mon Tue Wed Thu Fri Sat Sun"
        );
    }
}
