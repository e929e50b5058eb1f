//! The pure core: no browser, no signals. "Now" and the display zone are
//! always parameters.

pub mod config;
pub mod display;
pub mod feed;
pub mod load;
pub mod recurrence;
pub mod schedule;
pub mod statuspage;
pub mod zone;
