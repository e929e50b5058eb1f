//! Choosing and loading the page's language before the app mounts: the
//! `?lang=` query, the visitor's stored choice, then `navigator.languages`,
//! among `config.json`'s `languages`; the catalog is `i18n/<code>.json` next
//! to `config.json` (index.html's loader has usually asked for it already).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::browser::storage::{self, Store};
use crate::browser::{http, location};
use crate::domain::config::languages_of;
use crate::domain::i18n::{self, builtin_plural, Catalog};

/// Storage key of the visitor's choice (also read by index.html's loader).
pub const STORE_KEY: &str = "lang";

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type Plurals;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "PluralRules", catch)]
    fn new(locales: &JsValue) -> Result<Plurals, JsValue>;

    #[wasm_bindgen(method, js_class = "PluralRules")]
    fn select(this: &Plurals, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type Names;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &JsValue, options: &Object) -> Result<Names, JsValue>;

    #[wasm_bindgen(method, catch, js_class = "DisplayNames")]
    fn of(this: &Names, code: &str) -> Result<JsValue, JsValue>;
}

/// The language's name in itself ("Deutsch", "日本語"), or its code.
pub fn native_name(code: &str) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"language".into());
    Names::new(&JsValue::from_str(code), &options)
        .ok()
        .and_then(|n| n.of(code).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| code.to_owned())
}

fn plural_rule(lang: &str) -> i18n::PluralRule {
    let owned = lang.to_owned();
    match Plurals::new(&JsValue::from_str(lang)) {
        Ok(rules) => Box::new(move |n| rules.select(n as f64)),
        Err(_) => Box::new(move |n| builtin_plural(&owned, n).to_owned()),
    }
}

/// The browser's preferred languages, most wanted first.
fn preferred() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Array = nav.languages();
    let mut out: Vec<String> = list.iter().filter_map(|v| v.as_string()).collect();
    if out.is_empty() {
        out.extend(nav.language());
    }
    out
}

/// Picks the language, loads its catalog and marks the document with it.
/// Any failure leaves the page in English (and says so in the console).
pub async fn start() -> Vec<String> {
    let mut available = languages_of(None);
    let Ok(config_url) = http::config_url() else {
        return available;
    };
    // The app reads the same answer (`http::keep`), not a second request.
    if let Ok(text) = http::get_text(&config_url).await {
        let doc: Option<serde_json::Value> = serde_json::from_str(&text).ok();
        available = languages_of(doc.as_ref().and_then(|d| d.get("languages")));
        http::keep(&config_url, Ok(text));
    }
    let query = location::query("lang");
    let stored = storage::get(Store::Local, STORE_KEY);
    let wanted = preferred();
    let lang = i18n::choose(
        query
            .iter()
            .chain(stored.iter())
            .chain(wanted.iter())
            .map(String::as_str),
        &available,
    );
    if lang != "en" {
        match load(&lang, &config_url).await {
            Ok(catalog) => i18n::install(Some(catalog)),
            Err(e) => {
                web_sys::console::warn_1(&format!("language {lang}: {e}; showing English").into())
            }
        }
    }
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let shown = i18n::lang();
        let _ = root.set_attribute("lang", &shown);
        let _ = root.set_attribute("dir", i18n::direction(&shown));
    }
    available
}

async fn load(lang: &str, config_url: &str) -> Result<Catalog, String> {
    let url = http::resolve(&format!("i18n/{lang}.json"), config_url).map_err(|e| e.to_string())?;
    let text = http::get_text(&url).await.map_err(|e| e.to_string())?;
    Catalog::parse(lang, &text, plural_rule(lang)).map_err(|e| e.to_string())
}

/// Remembers the visitor's choice and shows the page in it (a reload: the
/// whole page, in one language; the form's draft survives it).
pub fn switch_to(lang: &str) {
    storage::set(Store::Local, STORE_KEY, lang);
    location::update_query_if_present("lang", Some(lang));
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
