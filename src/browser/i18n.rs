//! The page's language. index.html's loader chooses it as soon as
//! `config.json` is read (`?lang=`, the visitor's stored choice, then
//! `navigator.languages`, among the config's `languages`; English is built
//! in) and fetches `i18n/<code>.json` beside the feed; this installs that
//! catalog before the app mounts.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::browser::storage::{self, Store};
use crate::browser::{http, location};
use crate::domain::i18n::{self, Catalog};

/// Storage key of the visitor's choice (read by index.html's loader).
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

/// Intl's plural rules (every browser the page runs in has them; the
/// core's `builtin_plural`, the native reference, stays out of the wasm).
fn plural_rule(lang: &str) -> i18n::PluralRule {
    match Plurals::new(&JsValue::from_str(lang)) {
        Ok(rules) => Box::new(move |n| rules.select(n as f64)),
        Err(_) => Box::new(|n| (if n == 1 { "one" } else { "other" }).to_owned()),
    }
}

/// Counts as Intl writes them in the locale dates use (Arabic-Indic
/// digits for `ar` where the browser's Arabic uses them).
fn number_rule(lang: &str) -> i18n::NumberRule {
    let locale = i18n::date_locale(lang, &crate::browser::locale::navigator_language());
    Box::new(move |n| {
        js_sys::Number::from(n as f64)
            .to_locale_string(&locale)
            .into()
    })
}

/// Installs the loader's language, and marks the document with the
/// language shown. A file that cannot be had leaves the page in English
/// (and says so in the console).
pub async fn start() {
    if let Some((lang, text)) = http::prefetched_language().await {
        let catalog = text
            .and_then(|t| Catalog::parse(&lang, &t, plural_rule(&lang)).map_err(|e| e.to_string()))
            .map(|c| c.with_numbers(number_rule(&lang)));
        match catalog {
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
