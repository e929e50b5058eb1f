//! Where the subscription form posts (docs/feed-format.md, "Subscribing"). Sending is
//! `browser::post`'s; whether and when to try again is the core's
//! (`domain::subscription::Submission::decide`).

use crate::browser::http::{resolve, PageData};
use crate::domain::subscription::{choose_endpoint, EndpointBase};

/// The absolute URL the form posts to, from `config.json`'s `subscribe_url`
/// (relative to `config.json`) or else the feed's `subscribe.url` (relative
/// to the feed). `None`, and a console warning, when neither is usable.
pub fn endpoint(data: &PageData) -> Option<String> {
    let (url, base) = choose_endpoint(
        data.config.subscribe_url.as_deref(),
        data.feed.subscribe.url.as_deref(),
    )?;
    let base = match base {
        EndpointBase::Feed => &data.feed_url,
        EndpointBase::Config => &data.config_url,
    };
    match resolve(url, base) {
        Ok(url) => Some(url),
        Err(e) => {
            web_sys::console::warn_1(&format!("subscription form hidden: the address {e}").into());
            None
        }
    }
}
