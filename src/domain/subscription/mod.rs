//! Subscribing, the pure part: what the visitor typed ([`email`],
//! [`draft`]), the request it becomes and where it goes ([`request`]), what
//! the page does after each answer of the subscription endpoint
//! ([`outcome`], over the one retry machine in `domain::retry`), and where
//! the form is ([`phase`]). No browser here: the browser edge
//! (`browser::post`) only sends, waits and reports an
//! [`Outcome`](crate::domain::retry::Outcome); "now" and the zone are
//! parameters.

pub mod draft;
pub mod email;
pub mod outcome;
pub mod phase;
pub mod request;

pub use draft::{Draft, DraftError};
pub use email::{Email, EmailError, EMAIL_EMPTY, EMAIL_FORMAT, EMAIL_TOO_LONG, MAX_EMAIL_CHARS};
pub use outcome::{Field, Next, Submission, SubmitError, Success};
pub use phase::Phase;
pub use request::{
    build_request, choose_endpoint, prepare, EndpointBase, Prepared, SubscriptionRequest,
};
