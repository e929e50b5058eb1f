//! The page's data and how current it is, as a state machine without a
//! browser: what a fetch's result, the clock and the page's visibility do to
//! what is shown, and when the feed is fetched next (every
//! [`REFRESH_EVERY_MINUTES`](super::refresh::REFRESH_EVERY_MINUTES) while
//! all is well, backing off after failures). The page side
//! (`components::page_data`) fetches, keeps time and shows this state.
//!
//! Data once shown is never blanked: a failed refresh keeps it (stale, with
//! the reason), and a failure with nothing shown falls back to the last good
//! copy kept in storage before it is the error panel.

use chrono::{DateTime, Duration, Utc};

use super::load::LoadError;
use super::refresh::{next_refresh, retry_delay, LastGood};

/// Where the page's data is. `D` is what the page shows of a loaded feed.
#[derive(Debug, Clone, PartialEq)]
pub enum Status<D> {
    /// Nothing to show yet: a fetch is under way.
    Loading,
    Loaded(D),
    /// Nothing to show, and why.
    Failed(LoadError),
}

/// The feed could not be fetched again: the page keeps showing what it had
/// (or its last good copy) and says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Trouble {
    pub error: LoadError,
    /// Failed attempts in a row.
    pub failures: u32,
}

/// The whole state; changed only through its methods, one per event.
#[derive(Debug)]
pub struct PageState<D> {
    status: Status<D>,
    /// When the data shown was fetched.
    fetched_at: Option<DateTime<Utc>>,
    /// What went wrong since, if anything.
    trouble: Option<Trouble>,
    /// When to fetch again (only while data is shown).
    due: Option<DateTime<Utc>>,
    /// A fetch is under way.
    busy: bool,
    /// The documents behind what is shown (settings, feed): a refresh that
    /// brings the same ones changes nothing (nothing is re-rendered).
    shown: Option<(String, String)>,
    /// Counts the times `status` was replaced.
    revision: u32,
}

impl<D> Default for PageState<D> {
    fn default() -> Self {
        PageState {
            status: Status::Loading,
            fetched_at: None,
            trouble: None,
            due: None,
            busy: false,
            shown: None,
            revision: 0,
        }
    }
}

impl<D> PageState<D> {
    pub fn status(&self) -> &Status<D> {
        &self.status
    }

    /// Changes whenever [`PageState::status`] is replaced, and only then: a
    /// view re-renders what is shown when this moves.
    pub fn revision(&self) -> u32 {
        self.revision
    }

    pub fn fetched_at(&self) -> Option<DateTime<Utc>> {
        self.fetched_at
    }

    pub fn trouble(&self) -> Option<&Trouble> {
        self.trouble.as_ref()
    }

    /// When the next fetch is due; `None` while one is under way or when
    /// there is nothing to refresh (the error panel waits for "Try again").
    pub fn due(&self) -> Option<DateTime<Utc>> {
        self.due
    }

    /// Whether data is shown (fresh or stale).
    pub fn showing(&self) -> bool {
        matches!(self.status, Status::Loaded(_))
    }

    /// When the data shown was fetched, while it is stale (the last fetch
    /// failed).
    pub fn stale_since(&self) -> Option<DateTime<Utc>> {
        self.trouble.as_ref().and(self.fetched_at)
    }

    /// A fetch starts (at start-up, from the error panel's "Try again", or
    /// when [`PageState::due_now`] says so). With nothing shown the page
    /// shows that it is loading; what is shown stays.
    pub fn start_fetch(&mut self) {
        self.busy = true;
        if !self.showing() {
            self.set_status(Status::Loading);
        }
    }

    /// The fetch at `at` brought `copy`. `show` makes what the page shows of
    /// it, and is only called when the documents differ from those shown.
    /// The next refresh is due [`REFRESH_EVERY_MINUTES`] later.
    ///
    /// [`REFRESH_EVERY_MINUTES`]: super::refresh::REFRESH_EVERY_MINUTES
    pub fn fetched(&mut self, copy: LastGood, at: DateTime<Utc>, show: impl FnOnce() -> D) {
        self.busy = false;
        self.show(copy, show);
        self.trouble = None;
        self.due = Some(next_refresh(at));
    }

    /// The fetch at `at` failed. Data already shown stays, and so does, with
    /// nothing shown, the last good copy `cached` reads (from storage; only
    /// then is it read): the data is stale and the next attempt backs off
    /// ([`retry_delay`]). With no data at all it is the error.
    pub fn failed(
        &mut self,
        error: LoadError,
        at: DateTime<Utc>,
        cached: impl FnOnce() -> Option<(LastGood, D)>,
    ) {
        self.busy = false;
        if !self.showing() {
            if let Some((copy, data)) = cached() {
                self.show(copy, || data);
            }
        }
        if self.showing() {
            let failures = self.trouble.as_ref().map_or(0, |t| t.failures) + 1;
            self.trouble = Some(Trouble { error, failures });
            self.due = Some(at + retry_delay(failures));
        } else {
            self.due = None;
            self.set_status(Status::Failed(error));
        }
    }

    /// The clock reads `now` (or the page was shown or hidden): whether a
    /// fetch must start now. Only a visible page refreshes, so a hidden one
    /// waits, and fetches at once when seen again if one fell due meanwhile;
    /// never two at a time. When so, nothing is due until it ends.
    pub fn due_now(&mut self, now: DateTime<Utc>, visible: bool) -> bool {
        let fetch = visible && !self.busy && self.due.is_some_and(|d| d <= now);
        if fetch {
            self.due = None;
        }
        fetch
    }

    /// "Try again now" on the stale notice: a fetch is due at `at`.
    pub fn retry_now(&mut self, at: DateTime<Utc>) {
        self.due = Some(at);
    }

    fn set_status(&mut self, status: Status<D>) {
        self.status = status;
        self.revision = self.revision.wrapping_add(1);
    }

    fn show(&mut self, copy: LastGood, show: impl FnOnce() -> D) {
        let texts = (copy.config_text, copy.feed_text);
        if !self.showing() || self.shown.as_ref() != Some(&texts) {
            self.set_status(Status::Loaded(show()));
            self.shown = Some(texts);
        }
        self.fetched_at = Some(copy.fetched_at);
    }
}

/// How long the page's clock sleeps: `wake` (until the next window boundary
/// or a minute, [`super::countdown::next_wake`]), or, while the page is
/// visible, until the next fetch is due (a second at least, so a fetch that
/// is already due but waits for another to end cannot spin the timer).
pub fn sleep(
    wake: Duration,
    due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    visible: bool,
) -> Duration {
    match due.filter(|_| visible) {
        Some(d) => wake.min((d - now).max(Duration::seconds(1))),
        None => wake,
    }
}
