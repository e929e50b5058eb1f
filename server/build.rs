//! Compiles the page's language catalogs (`public/i18n/<code>.json`) into
//! the binary for the mails' words: each one present is included; one
//! missing (not yet translated) leaves its language's page words in English.

use std::fmt::Write as _;
use std::path::PathBuf;

const PAGE_LANGUAGES: [&str; 7] = ["de", "fr", "ja", "es", "pt-BR", "zh-CN", "ar"];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = manifest.join("../public/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut code = String::from(
        "/// The page's catalogs found at build time.\npub const PAGE: &[(&str, &str)] = &[\n",
    );
    for lang in PAGE_LANGUAGES {
        let path = dir.join(format!("{lang}.json"));
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_file() {
            let _ = writeln!(
                code,
                "    ({lang:?}, include_str!({:?})),",
                path.display().to_string()
            );
        } else {
            println!("cargo:warning=public/i18n/{lang}.json is missing: mails in {lang} use English for the page's words");
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("page_catalogs.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("writing {}: {e}", out.display());
    }
}
