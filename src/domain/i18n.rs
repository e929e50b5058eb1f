//! UI text in the visitor's language: a message catalog per language
//! (`public/i18n/<lang>.json`), keyed by the English text, gettext-style.
//!
//! English is the code itself: `t("Subscribe")` is English with no catalog
//! loaded and whenever the catalog lacks the message, so a missing
//! translation falls back to English and never shows a raw key. Plurals
//! take the CLDR category of the number (`Intl.PluralRules` in the browser,
//! [`builtin_plural`] natively and as its fallback).
//!
//! A catalog file: `{"messages": {"Subscribe": "Abonnieren",
//! "{n} hours": {"one": "{n} Stunde", "other": "{n} Stunden"}}}`: a plural
//! message is keyed by its English `other` form. A key may also be `#` and
//! the [`key_hash`] of the English text in 4 base64url digits (`#aB3_`):
//! `make dist` ships the built-in files that way (a quarter smaller,
//! brotli-compressed).

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::Value;

/// The languages shipped in `public/i18n/` (English is built in). Which
/// one a visitor gets is decided in one place, before the code runs:
/// `src/boot/language.js` (the boot loader's `chooseLanguage`).
pub const BUILT_IN: [&str; 8] = ["en", "de", "fr", "ja", "es", "pt-BR", "zh-CN", "ar"];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Message {
    Text(String),
    /// CLDR category (`one`, `few`, …, `other`) → text.
    Plural(Vec<(String, String)>),
}

/// How a language picks the plural category of a whole number.
pub type PluralRule = Box<dyn Fn(u64) -> String>;

/// How a language writes a count (`Intl.NumberFormat` in the browser:
/// Arabic-Indic digits where the locale uses them).
pub type NumberRule = Box<dyn Fn(u64) -> String>;

pub struct Catalog {
    lang: String,
    /// By [`key_hash`] of the English text.
    messages: Vec<(u32, Message)>,
    plural: PluralRule,
    number: Option<NumberRule>,
    /// Written right to left: values filled into its sentences are isolated.
    rtl: bool,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("lang", &self.lang)
            .field("messages", &self.messages.len())
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("the language file is not valid JSON ({0})")]
    NotJson(String),
    #[error("the language file has no \"messages\" object")]
    NoMessages,
}

impl Catalog {
    /// Reads a catalog file; entries that are neither text nor an object
    /// of texts are left out (English shows for them).
    pub fn parse(lang: &str, text: &str, plural: PluralRule) -> Result<Catalog, CatalogError> {
        let doc: Value = serde_json::from_str(text)
            .map_err(|e| CatalogError::NotJson(super::json::where_not_json(&e)))?;
        let Some(Value::Object(entries)) = doc.get("messages") else {
            return Err(CatalogError::NoMessages);
        };
        let messages = entries
            .iter()
            .filter_map(|(key, value)| {
                let message = match value {
                    Value::String(s) => Message::Text(s.clone()),
                    Value::Object(forms) => Message::Plural(
                        forms
                            .iter()
                            .filter_map(|(c, v)| Some((c.clone(), v.as_str()?.to_owned())))
                            .collect(),
                    ),
                    _ => return None,
                };
                let hash = match key.strip_prefix('#') {
                    Some(digits) if digits.len() == 4 => base64_key(digits)?,
                    _ => key_hash(key),
                };
                Some((hash, message))
            })
            .collect();
        Ok(Catalog {
            lang: lang.to_owned(),
            messages,
            plural,
            number: None,
            rtl: direction(lang) == "rtl",
        })
    }

    /// Counts (`{n}`) written the language's way.
    pub fn with_numbers(mut self, number: NumberRule) -> Catalog {
        self.number = Some(number);
        self
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    fn get(&self, key: &str) -> Option<&Message> {
        // A few hundred messages: a scan costs less code than a sort or a
        // hash map, and little time.
        let hash = key_hash(key);
        self.messages
            .iter()
            .find(|(k, _)| *k == hash)
            .map(|(_, m)| m)
    }

    fn text(&self, en: &str) -> Option<&str> {
        match self.get(en)? {
            Message::Text(s) => Some(s),
            Message::Plural(_) => None,
        }
    }

    fn plural(&self, other: &str, n: u64) -> Option<&str> {
        let Message::Plural(forms) = self.get(other)? else {
            return None;
        };
        let category = (self.plural)(n);
        let pick = |c: &str| forms.iter().find(|(k, _)| k == c).map(|(_, v)| v.as_str());
        pick(&category).or_else(|| pick("other"))
    }
}

/// FNV-1a (32 bits) of the UTF-8 text, its low 24 bits: the short form of
/// a message key, written as 4 base64url digits in shipped files.
/// `tests/core_i18n.rs` checks that no two messages share one.
pub fn key_hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) & 0x00ff_ffff
}

/// 4 base64url digits (RFC 4648 section 5, most significant first) as 24 bits.
fn base64_key(digits: &str) -> Option<u32> {
    digits.bytes().try_fold(0u32, |acc, b| {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        Some(acc << 6 | u32::from(v))
    })
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
}

/// Makes `catalog` the page's language (`None`: English).
pub fn install(catalog: Option<Catalog>) {
    CURRENT.with(|c| *c.borrow_mut() = catalog.map(Rc::new));
}

/// The language in use: `en` unless a catalog is installed.
pub fn lang() -> String {
    CURRENT.with(|c| {
        c.borrow()
            .as_ref()
            .map_or_else(|| "en".to_owned(), |c| c.lang.clone())
    })
}

/// The message `en` in the page's language.
#[inline(never)]
pub fn t(en: &'static str) -> String {
    CURRENT.with(|c| {
        c.borrow()
            .as_ref()
            .and_then(|c| c.text(en).map(str::to_owned))
            .unwrap_or_else(|| en.to_owned())
    })
}

/// `t` with `{name}` placeholders filled in.
#[inline(never)]
pub fn tf(en: &'static str, args: &[(&str, &str)]) -> String {
    fill(&t(en), args)
}

/// A counted message: English `one` and `other` forms, `{n}` the count.
#[inline(never)]
pub fn tn(one: &'static str, other: &'static str, n: u64) -> String {
    let (template, count) = CURRENT.with(|c| {
        let c = c.borrow();
        let c = c.as_ref();
        (
            c.and_then(|c| c.plural(other, n).map(str::to_owned)),
            c.and_then(|c| c.number.as_ref().map(|f| f(n))),
        )
    });
    let template = template.unwrap_or_else(|| (if n == 1 { one } else { other }).to_owned());
    template.replace("{n}", &count.unwrap_or_else(|| n.to_string()))
}

/// Unicode's FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: a value put
/// into a right-to-left sentence between them keeps its own direction, so
/// "UTC+5:45", "2026-12-05" or "America/New_York (UTC-5)" never come out
/// scrambled (the text-level twin of `<bdi>`).
pub const ISOLATE: (char, char) = ('\u{2068}', '\u{2069}');

/// Replaces each `{name}` in `template` by its value (one pass: a value
/// that contains braces is never expanded again).
/// In a right-to-left language each value is isolated ([`ISOLATE`]).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let rtl = CURRENT.with(|c| c.borrow().as_ref().is_some_and(|c| c.rtl));
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                if rtl {
                    out.push(ISOLATE.0);
                    out.push_str(v);
                    out.push(ISOLATE.1);
                } else {
                    out.push_str(v);
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A translated sentence that holds an element at `{name}`: the text
/// before it and after it (all of it before when the placeholder is lost).
pub fn around(message: &str, name: &str) -> (String, String) {
    let mark = format!("{{{name}}}");
    match message.split_once(&mark) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (message.to_owned(), String::new()),
    }
}

/// The plural rules of the built-in languages (CLDR 46, whole numbers);
/// other languages get English's unless the browser knows better. The
/// browser's `Intl.PluralRules` is used first; this is its fallback, and
/// the reference of the catalog test.
pub fn builtin_plural(lang: &str, n: u64) -> &'static str {
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match primary(lang).as_str() {
        "ja" | "zh" | "ko" | "th" | "vi" | "id" => "other",
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "fr" | "pt" if n <= 1 => "one",
        "fr" | "pt" | "es" | "it" if millions => "many",
        _ if n == 1 => "one",
        _ => "other",
    }
}

fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether `code` looks like a language tag (`de`, `pt-BR`, `zh-Hant`):
/// it becomes part of a file name.
pub fn valid_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `rtl` for the scripts written right to left, else `ltr`.
pub fn direction(lang: &str) -> &'static str {
    match primary(lang).as_str() {
        "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "yi" | "dv" | "ug" | "ckb" => "rtl",
        _ => "ltr",
    }
}

/// The locale for dates and times: the browser's own when it is a variant
/// of the language shown (`en-GB` keeps its day-month order), else the
/// language itself.
pub fn date_locale(lang: &str, browser: &str) -> String {
    if primary(browser) == primary(lang) {
        browser.to_owned()
    } else {
        lang.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(lang: &'static str, text: &str) -> Catalog {
        Catalog::parse(
            lang,
            text,
            Box::new(move |n| builtin_plural(lang, n).to_owned()),
        )
        .expect("catalog")
    }

    #[test]
    fn english_is_the_code_and_the_fallback() {
        install(None);
        assert_eq!(t("Subscribe"), "Subscribe");
        assert_eq!(tn("{n} hour", "{n} hours", 1), "1 hour");
        assert_eq!(tn("{n} hour", "{n} hours", 0), "0 hours");
        install(Some(catalog(
            "de",
            r#"{"messages": {"Subscribe": "Abonnieren"}}"#,
        )));
        assert_eq!(lang(), "de");
        assert_eq!(t("Subscribe"), "Abonnieren");
        assert_eq!(t("Not translated"), "Not translated");
        assert_eq!(tn("{n} day", "{n} days", 2), "2 days");
        install(None);
    }

    #[test]
    fn plurals_follow_each_language() {
        let de = catalog(
            "de",
            r#"{"messages": {"{n} hours": {"one": "{n} Stunde", "other": "{n} Stunden"}}}"#,
        );
        let fr = catalog(
            "fr",
            r#"{"messages": {"{n} days": {"one": "{n} jour", "other": "{n} jours"}}}"#,
        );
        let ja = catalog("ja", r#"{"messages": {"{n} days": {"other": "{n}日"}}}"#);
        install(Some(de));
        let got: Vec<String> = [0, 1, 2, 5].map(|n| tn("{n} hour", "{n} hours", n)).into();
        assert_eq!(got, ["0 Stunden", "1 Stunde", "2 Stunden", "5 Stunden"]);
        install(Some(fr));
        let got: Vec<String> = [0, 1, 2, 5].map(|n| tn("{n} day", "{n} days", n)).into();
        assert_eq!(got, ["0 jour", "1 jour", "2 jours", "5 jours"]);
        install(Some(ja));
        let got: Vec<String> = [0, 1, 2, 5].map(|n| tn("{n} day", "{n} days", n)).into();
        assert_eq!(got, ["0日", "1日", "2日", "5日"]);
        install(None);
    }

    #[test]
    fn hashed_keys_work_like_english_ones() {
        assert_eq!(key_hash(""), 0x1c_9dc5);
        assert_eq!(key_hash("a"), 0x0c_292c);
        let b64 = |h: u32| -> String {
            let digits = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            [18, 12, 6, 0]
                .iter()
                .map(|shift| char::from(digits[(h >> shift & 63) as usize]))
                .collect()
        };
        assert_eq!(b64(0x0c_292c), "DCks");
        assert_eq!(base64_key("DCks"), Some(0x0c_292c));
        assert_eq!(base64_key("DC*s"), None);
        let hashed = format!(
            r##"{{"messages": {{"#{}": "Abonnieren", "#{}": {{"one": "{{n}} Stunde", "other": "{{n}} Stunden"}}}}}}"##,
            b64(key_hash("Subscribe")),
            b64(key_hash("{n} hours"))
        );
        install(Some(catalog("de", &hashed)));
        assert_eq!(t("Subscribe"), "Abonnieren");
        assert_eq!(tn("{n} hour", "{n} hours", 2), "2 Stunden");
        assert_eq!(t("Not there"), "Not there");
        install(None);
    }

    #[test]
    fn fill_replaces_named_placeholders_once() {
        assert_eq!(
            fill("Starts in {d} ({z})", &[("d", "{z}"), ("z", "UTC")]),
            "Starts in {z} (UTC)"
        );
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
        assert_eq!(
            around("Times in {zone}.", "zone"),
            ("Times in ".to_owned(), ".".to_owned())
        );
        assert_eq!(around("x", "zone"), ("x".to_owned(), String::new()));
        assert_eq!(fill("日本語 {x}。", &[("x", "テスト")]), "日本語 テスト。");
    }

    #[test]
    fn bad_catalogs_are_refused_and_bad_entries_skipped() {
        let no_plural = |_: u64| "other".to_owned();
        assert!(matches!(
            Catalog::parse("de", "{", Box::new(no_plural)),
            Err(CatalogError::NotJson(_))
        ));
        assert!(matches!(
            Catalog::parse("de", "[]", Box::new(no_plural)),
            Err(CatalogError::NoMessages)
        ));
        let c = Catalog::parse(
            "de",
            r#"{"messages": {"A": 3, "B": "b", "C": {"one": 1, "other": "c"}}}"#,
            Box::new(no_plural),
        )
        .expect("catalog");
        assert_eq!(c.text("A"), None);
        assert_eq!(c.text("B"), Some("b"));
        assert_eq!(c.plural("C", 1), Some("c"));
    }

    #[test]
    fn right_to_left_sentences_isolate_their_values_and_counts_use_the_locale_digits() {
        let ar = r#"{"messages": {"Times in {zone}": "الأوقات بتوقيت {zone}",
            "{n} days": {"zero": "لا أيام", "one": "يوم واحد", "two": "يومان", "few": "{n} أيام", "many": "{n} يومًا", "other": "{n} يوم"}}}"#;
        let digits = |n: u64| {
            n.to_string()
                .chars()
                .map(|d| char::from_u32(0x0660 + d.to_digit(10).unwrap_or(0)).unwrap_or(d))
                .collect::<String>()
        };
        let catalog = Catalog::parse("ar", ar, Box::new(|n| builtin_plural("ar", n).to_owned()))
            .expect("parses")
            .with_numbers(Box::new(digits));
        install(Some(catalog));
        assert_eq!(
            tf("Times in {zone}", &[("zone", "Asia/Kathmandu (UTC+5:45)")]),
            "الأوقات بتوقيت \u{2068}Asia/Kathmandu (UTC+5:45)\u{2069}"
        );
        assert_eq!(tn("{n} day", "{n} days", 5), "٥ أيام");
        assert_eq!(tn("{n} day", "{n} days", 2), "يومان");
        install(None);
        assert_eq!(tf("Times in {zone}", &[("zone", "UTC")]), "Times in UTC");
        assert_eq!(tn("{n} day", "{n} days", 5), "5 days");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let of = |lang: &str, ns: &[u64]| {
            ns.iter()
                .map(|n| builtin_plural(lang, *n))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            of("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111]),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "other",
                "few", "many"
            ]
        );
        assert_eq!(of("zh-CN", &[0, 1, 2, 100]), ["other"; 4]);
        assert_eq!(
            of("pt-BR", &[0, 1, 2, 1_000_000]),
            ["one", "one", "other", "many"]
        );
        assert_eq!(
            of("es", &[0, 1, 2, 1_000_000]),
            ["other", "one", "other", "many"]
        );
        assert_eq!(
            of("fr", &[0, 1, 2, 2_000_000]),
            ["one", "one", "other", "many"]
        );
        assert_eq!(
            of("de", &[0, 1, 2, 1_000_000]),
            ["other", "one", "other", "other"]
        );
    }

    #[test]
    fn codes_direction_and_date_locale() {
        for ok in ["de", "pt-BR", "zh-Hant", "ckb"] {
            assert!(valid_code(ok), "{ok}");
        }
        for bad in ["", "d", "../de", "de/x", "de-", "deutsch", "de-x"] {
            assert!(!valid_code(bad), "{bad}");
        }
        assert_eq!(direction("ar-EG"), "rtl");
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("zh-CN"), "ltr");
        assert_eq!(direction("de"), "ltr");
        assert_eq!(date_locale("en", "en-GB"), "en-GB");
        assert_eq!(date_locale("de", "en-GB"), "de");
    }
}
