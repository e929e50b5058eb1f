//! Web Storage (localStorage, sessionStorage). Storage may be missing or
//! refuse writes (private mode, quota, a sandboxed iframe): every call
//! degrades to "nothing stored" instead of failing.

use web_sys::Storage;

/// Which store: `Local` survives the browser closing, `Session` only reloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Local,
    Session,
}

fn storage(store: Store) -> Option<Storage> {
    let window = web_sys::window()?;
    match store {
        Store::Local => window.local_storage().ok().flatten(),
        Store::Session => window.session_storage().ok().flatten(),
    }
}

/// Keys are prefixed so that an embedding page's own keys never clash.
fn key(name: &str) -> String {
    format!("maintenance-window:{name}")
}

pub fn get(store: Store, name: &str) -> Option<String> {
    storage(store)?.get_item(&key(name)).ok().flatten()
}

/// Returns whether the value was stored.
pub fn set(store: Store, name: &str, value: &str) -> bool {
    storage(store).is_some_and(|s| s.set_item(&key(name), value).is_ok())
}

pub fn remove(store: Store, name: &str) {
    if let Some(s) = storage(store) {
        let _ = s.remove_item(&key(name));
    }
}
