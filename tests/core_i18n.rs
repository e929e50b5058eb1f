//! The language files against the code: every message the code asks for
//! (`t("…")`, `tf("…", …)`, `tn("…", "…", n)` in `src/`) is in
//! `public/i18n/en.json` and nothing else is, and every other language file
//! has every message of English, with the same placeholders and the plural
//! forms its language needs.
//!
//! `UPDATE_I18N=1 cargo test --test core_i18n` rewrites `en.json` from the
//! code (`make i18n`); the other files are translators' work.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use maintenance_window::domain::i18n::{builtin_plural, key_hash, Catalog, BUILT_IN};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A string literal at the start of `s` (after blanks): its value and the
/// rest of `s`. Only ordinary one-line literals.
fn literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    let body = s.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\n' => return None,
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                't' => out.push('\t'),
                _ => return None,
            },
            c => out.push(c),
        }
    }
    None
}

#[derive(Debug, Clone, PartialEq)]
enum Msg {
    Text,
    Plural { one: String },
}

/// Every message the code asks for, and the call sites that are not plain
/// literals (which the extraction could not see).
fn extract() -> (BTreeMap<String, Msg>, Vec<String>) {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut found = BTreeMap::new();
    let mut unreadable = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("source readable");
        // The module itself defines the functions and documents them.
        if file.ends_with("domain/i18n.rs") {
            continue;
        }
        for call in ["t(", "tf(", "tn("] {
            let mut at = 0;
            while let Some(pos) = text[at..].find(call) {
                let start = at + pos;
                at = start + call.len();
                let before = text[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ':') {
                    continue;
                }
                let line = text[..start].lines().count();
                let rest = &text[at..];
                let Some((first, rest)) = literal(rest) else {
                    // `fn t(` definitions and comments are not calls.
                    let line_text = text[..start].rsplit('\n').next().unwrap_or_default();
                    if !line_text.trim_start().starts_with("//") && !line_text.contains("fn ") {
                        unreadable.push(format!("{}:{line}", file.display()));
                    }
                    continue;
                };
                if call == "tn(" {
                    let Some((other, _)) = rest.trim_start().strip_prefix(',').and_then(literal)
                    else {
                        unreadable.push(format!("{}:{line}", file.display()));
                        continue;
                    };
                    found.insert(other, Msg::Plural { one: first });
                } else {
                    found.insert(first, Msg::Text);
                }
            }
        }
    }
    (found, unreadable)
}

fn catalog_path(lang: &str) -> PathBuf {
    root().join("public/i18n").join(format!("{lang}.json"))
}

fn read_catalog(lang: &str) -> Map<String, Value> {
    let text = fs::read_to_string(catalog_path(lang))
        .unwrap_or_else(|e| panic!("public/i18n/{lang}.json: {e}"));
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{lang}.json: {e}"));
    match doc.get("messages") {
        Some(Value::Object(m)) => m.clone(),
        _ => panic!("{lang}.json has no messages object"),
    }
}

fn english(found: &BTreeMap<String, Msg>) -> Value {
    let messages: Map<String, Value> = found
        .iter()
        .map(|(key, msg)| {
            let value = match msg {
                Msg::Text => Value::String(key.clone()),
                Msg::Plural { one } => json!({ "one": one, "other": key }),
            };
            (key.clone(), value)
        })
        .collect();
    json!({
        "//": "English, from the code (make i18n). Copy it to <code>.json, translate the values, and add the code to config.json's languages.",
        "messages": messages
    })
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            let name = &rest[..close];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.insert(name.to_owned());
            }
        }
    }
    out
}

#[test]
fn every_call_site_is_a_plain_literal() {
    let (found, unreadable) = extract();
    assert!(
        found.len() > 100,
        "the extraction found only {} messages",
        found.len()
    );
    assert!(
        unreadable.is_empty(),
        "messages must be one-line string literals in the call: {unreadable:?}"
    );
}

#[test]
fn no_two_messages_share_a_short_key() {
    // `make dist` ships the language files keyed by `key_hash`.
    let english = read_catalog("en");
    let mut seen = BTreeMap::new();
    for key in english.keys() {
        if let Some(other) = seen.insert(key_hash(key), key.clone()) {
            panic!("{key:?} and {other:?} have the same key_hash");
        }
    }
    assert_eq!(seen.len(), english.len());
}

#[test]
fn english_file_matches_the_code() {
    let (found, _) = extract();
    let expected = english(&found);
    if std::env::var_os("UPDATE_I18N").is_some() {
        let text = serde_json::to_string_pretty(&expected).expect("json") + "\n";
        fs::write(catalog_path("en"), text).expect("write en.json");
    }
    let on_disk = read_catalog("en");
    let want = expected["messages"].as_object().expect("object");
    let missing: Vec<_> = want.keys().filter(|k| !on_disk.contains_key(*k)).collect();
    let stale: Vec<_> = on_disk.keys().filter(|k| !want.contains_key(*k)).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "public/i18n/en.json is out of date (run `make i18n`): missing {missing:?}, no longer used {stale:?}"
    );
    assert_eq!(&on_disk, want, "en.json's values are the code's English");
}

/// What a language file lacks or gets wrong, compared with English.
fn problems(lang: &str, catalog: &Map<String, Value>, english: &Map<String, Value>) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, en) in english {
        let Some(value) = catalog.get(key) else {
            problems.push(format!("missing: {key:?}"));
            continue;
        };
        let want = placeholders(key);
        match (en, value) {
            (Value::String(_), Value::String(s)) => {
                if s.trim().is_empty() {
                    problems.push(format!("empty: {key:?}"));
                }
                if placeholders(s) != want {
                    problems.push(format!("placeholders differ: {key:?} → {s:?}"));
                }
            }
            (Value::Object(_), Value::Object(forms)) => {
                // Every category the language uses for these counts.
                let needed: BTreeSet<&str> = [0u64, 1, 2, 5, 11, 21, 100]
                    .iter()
                    .map(|n| builtin_plural(lang, *n))
                    .collect();
                for category in needed {
                    match forms.get(category).and_then(Value::as_str) {
                        Some(s) if placeholders(s).is_subset(&want) => {}
                        Some(s) => problems
                            .push(format!("placeholders differ: {key:?}.{category} → {s:?}")),
                        None => problems.push(format!("no {category:?} form: {key:?}")),
                    }
                }
            }
            _ => problems.push(format!(
                "a plural where English has text, or the reverse: {key:?}"
            )),
        }
    }
    for key in catalog.keys() {
        if !english.contains_key(key) {
            problems.push(format!("not in English (stale?): {key:?}"));
        }
    }
    problems
}

#[test]
fn every_language_has_every_message() {
    let english = read_catalog("en");
    let mut report = Vec::new();
    for lang in BUILT_IN.iter().filter(|l| **l != "en") {
        let catalog = read_catalog(lang);
        let problems = problems(lang, &catalog, &english);
        if !problems.is_empty() {
            report.push(format!(
                "public/i18n/{lang}.json:\n  {}",
                problems.join("\n  ")
            ));
        }
        // And the app reads it.
        let text = fs::read_to_string(catalog_path(lang)).expect("readable");
        let lang_owned = lang.to_string();
        Catalog::parse(
            lang,
            &text,
            Box::new(move |n| builtin_plural(&lang_owned, n).to_owned()),
        )
        .expect("the app parses it");
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_check_catches_what_a_translator_can_get_wrong() {
    let english = read_catalog("en");
    let german = read_catalog("de");
    let plural = english
        .iter()
        .find(|(_, v)| v.is_object())
        .map(|(k, _)| k.clone())
        .expect("English has a plural");
    let with_placeholder = english
        .keys()
        .find(|k| !placeholders(k).is_empty() && !english[*k].is_object())
        .cloned()
        .expect("English has a placeholder");
    let mut missing = german.clone();
    missing.remove(&plural);
    assert!(problems("de", &missing, &english)
        .iter()
        .any(|p| p.starts_with("missing")));
    let mut wrong = german.clone();
    wrong.insert(with_placeholder, Value::String("ohne Platzhalter".into()));
    assert!(problems("de", &wrong, &english)
        .iter()
        .any(|p| p.starts_with("placeholders")));
    let mut no_one = german.clone();
    no_one.insert(plural, json!({"other": "{n}"}));
    assert!(problems("de", &no_one, &english)
        .iter()
        .any(|p| p.starts_with("no \"one\"")));
    let mut extra = german;
    extra.insert("Never asked for".into(), Value::String("x".into()));
    assert!(problems("de", &extra, &english)
        .iter()
        .any(|p| p.starts_with("not in English")));
}
