//! A maintenance-window page for SaaS customers.
//!
//! `domain` is the pure core (host-testable); `browser` and `components`
//! exist only in the wasm build.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;

#[cfg(target_arch = "wasm32")]
pub use components::app::App;
