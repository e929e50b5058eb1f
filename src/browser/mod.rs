//! Browser edges: the only places that may fail for browser reasons. Each
//! turns such failures into the core's typed errors.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod embed;
pub mod http;
pub mod i18n;
pub mod locale;
pub mod location;
pub mod post;
pub mod storage;
pub mod subscribe;
pub mod viewport;
pub mod visibility;
