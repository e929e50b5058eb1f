//! The pure core: no browser, no signals. "Now" and the display zone are
//! always parameters.

pub mod clock_change;
pub mod config;
pub mod countdown;
pub mod display;
pub mod faq;
pub mod feed;
mod feed_model;
pub mod feedback;
pub mod i18n;
pub mod ics;
pub mod json;
pub mod load;
pub mod page_state;
pub mod recurrence;
pub mod refresh;
pub mod retry;
pub mod schedule;
pub mod statuspage;
pub mod subscription;
pub mod zone;
pub mod zone_search;
