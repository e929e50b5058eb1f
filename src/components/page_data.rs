//! The page's data as signals, for every view. [`provide_page_data`] (once,
//! in `App`) fetches settings and feed and keeps them current, driving the
//! core's state machine ([`crate::domain::page_state`]) from the browser's
//! clock, timers and visibility; it puts the result in context with the
//! clock, the display zone and the page's one date formatter, which views
//! read with [`use_page_data`].

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::locale::TimeFormatter;
use crate::browser::storage::{self, Store};
use crate::browser::{clock, http, visibility};
use crate::domain::countdown::next_wake;
use crate::domain::display::{boundaries, page_schedule, RangeView, Source, Wall};
use crate::domain::feed::Feed;
use crate::domain::load::LoadError;
use crate::domain::page_state::{self, PageState, Trouble};
use crate::domain::refresh::LastGood;
use crate::domain::schedule::{Occurrence, Schedule};
use crate::domain::zone::Zone;

/// A loaded feed and its occurrences from the recent past to the horizon,
/// computed once per load.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub data: http::PageData,
    pub schedule: Schedule,
}

impl Loaded {
    pub fn new(data: http::PageData, now: DateTime<Utc>) -> Loaded {
        let schedule = page_schedule(&data.feed, now, data.config.horizon_days);
        for skipped in &schedule.skipped {
            web_sys::console::warn_1(&format!("feed entry left out: {skipped}").into());
        }
        Loaded { data, schedule }
    }
}

/// The loaded feed is what the views of every listing read: shared, never
/// copied.
impl Source for Loaded {
    fn feed(&self) -> &Feed {
        &self.data.feed
    }

    fn occurrences(&self) -> &[Occurrence] {
        &self.schedule.occurrences
    }
}

/// Where the page's data is, as views see it.
pub type Status = page_state::Status<Arc<Loaded>>;
type State = PageState<Arc<Loaded>>;

/// What happens to the page's data; [`Page::step`] runs each through the
/// state machine.
enum Event {
    /// A fetch starts.
    Fetch,
    /// It brought these settings and feed (and these documents), at a time.
    Fetched(http::PageData, LastGood, DateTime<Utc>),
    /// It failed, at a time.
    Failed(LoadError, DateTime<Utc>),
    /// The clock reads this, and the page is visible or not.
    Tick(DateTime<Utc>, bool),
    /// "Try again now", at a time.
    RetryNow(DateTime<Utc>),
}

/// What every view of the page shares, in context. The data signals mirror
/// the state machine and are written only here.
#[derive(Clone, Copy)]
pub struct Page {
    /// Set only when what is shown changes: a refresh that brings the same
    /// documents re-renders nothing.
    pub status: RwSignal<Status>,
    /// When the data shown was fetched.
    pub fetched_at: RwSignal<Option<DateTime<Utc>>>,
    /// What went wrong since, if anything (the data shown is stale).
    pub trouble: RwSignal<Option<Trouble>>,
    /// The clock: moves at each window boundary, after each fetch, when the
    /// page is seen again, and once a minute at most.
    pub now: RwSignal<DateTime<Utc>>,
    /// The display zone (the zone picker changes it).
    pub zone: RwSignal<Zone>,
    /// Dates and times in the visitor's locale: one for the whole page,
    /// used through [`Page::date_time`], [`Page::date`] and [`Page::range`].
    formatter: StoredValue<TimeFormatter, LocalStorage>,
    /// The state machine the signals above mirror.
    state: StoredValue<State>,
    /// When the next fetch is due (mirrored, for the clock to wake then).
    due: RwSignal<Option<DateTime<Utc>>>,
    visible: RwSignal<bool>,
}

/// Starts the page's data (the first fetch at once, then refreshes) and its
/// clock, and puts them in context with the display zone and the formatter
/// for `locale`. Once, in `App`.
pub fn provide_page_data(zone: Zone, locale: &str) -> Page {
    let page = Page::new(clock::now(), zone, locale);
    provide_context(page);
    page.start();
    page
}

/// The page's data, clock, zone and formatter, from context.
pub fn use_page_data() -> Page {
    match use_context() {
        Some(page) => page,
        // A bug: a view outside `App`, or a test that provided no `Page`.
        // Not `expect_context`: its message formats with `{:?}`, which
        // costs the wasm about 2 KB.
        None => panic!("use_page_data: no Page in context"),
    }
}

/// The last good copy of this page's settings and feed, if one is stored
/// and still parses.
fn last_good() -> Option<(http::PageData, LastGood)> {
    let config_url = http::config_url().ok()?;
    let copy = LastGood::from_entries(|k| storage::get(Store::Local, k), &config_url)?;
    Some((http::page_data(&copy).ok()?, copy))
}

impl Page {
    /// Nothing loaded yet and nothing started: what views need in context
    /// (component tests provide it so, at a fixed `now`).
    pub fn new(now: DateTime<Utc>, zone: Zone, locale: &str) -> Page {
        Page {
            status: RwSignal::new(Status::Loading),
            fetched_at: RwSignal::new(None),
            trouble: RwSignal::new(None),
            now: RwSignal::new(now),
            zone: RwSignal::new(zone),
            formatter: StoredValue::new_local(TimeFormatter::new(locale)),
            state: StoredValue::new(State::default()),
            due: RwSignal::new(None),
            visible: RwSignal::new(!visibility::hidden()),
        }
    }

    // The formatter lives as long as the page: `try_with_value` (an empty
    // text were it gone) keeps a panic path out of each of these.

    /// Weekday, date and time in the page's locale (see [`TimeFormatter`]).
    pub fn date_time(self, wall: &Wall) -> String {
        self.formatter
            .try_with_value(|f| f.date_time(wall))
            .unwrap_or_default()
    }

    /// The date alone.
    pub fn date(self, wall: &Wall) -> String {
        self.formatter
            .try_with_value(|f| f.date(wall))
            .unwrap_or_default()
    }

    /// Both ends of a range; the end's date only when it differs.
    pub fn range(self, range: &RangeView) -> (String, String) {
        self.formatter
            .try_with_value(|f| f.range(range))
            .unwrap_or_default()
    }

    /// When the data shown was fetched, while it is stale.
    pub fn stale_since(self) -> Option<DateTime<Utc>> {
        self.trouble
            .with(Option::is_some)
            .then(|| self.fetched_at.get())
            .flatten()
    }

    /// Runs one event through the state machine, then updates the signals
    /// whose values it changed (only those, so nothing re-renders for
    /// nothing); true when a fetch must start now. One function for every
    /// event: one copy in the wasm.
    #[inline(never)]
    fn step(self, event: Event) -> bool {
        // What the signals hold (they mirror the state after every step).
        let seen = |s: &State| {
            let failures = s.trouble().map(|t| t.failures);
            (s.revision(), s.fetched_at(), failures, s.due())
        };
        let Some((fetch, before)) = self.state.try_update_value(|s| {
            let before = seen(s);
            let fetch = match event {
                Event::Fetch => {
                    s.start_fetch();
                    false
                }
                Event::Fetched(data, copy, at) => {
                    s.fetched(copy, at, || Arc::new(Loaded::new(data, at)));
                    false
                }
                Event::Failed(error, at) => {
                    s.failed(error, at, || {
                        last_good().map(|(data, copy)| (copy, Arc::new(Loaded::new(data, at))))
                    });
                    false
                }
                Event::Tick(now, visible) => s.due_now(now, visible),
                Event::RetryNow(at) => {
                    s.retry_now(at);
                    false
                }
            };
            (fetch, before)
        }) else {
            return false;
        };
        let (revision, fetched_at, failures, due) = before;
        self.state.try_with_value(|s| {
            let after = seen(s);
            if after.0 != revision {
                self.status.set(s.status().clone());
            }
            if after.1 != fetched_at {
                self.fetched_at.set(after.1);
            }
            // Each failure in a row counts one more; a success clears it.
            if after.2 != failures {
                self.trouble.set(s.trouble().cloned());
            }
            if after.3 != due {
                self.due.set(after.3);
            }
        });
        fetch
    }

    /// Fetches settings and feed (at start-up, from the error panel, and
    /// when a refresh falls due). What came is kept as the last good copy;
    /// the state machine decides what the page shows.
    #[inline(never)]
    pub fn fetch(self) {
        self.step(Event::Fetch);
        spawn_local(async move {
            let result = http::load_page_data().await;
            let at = clock::now();
            match result {
                Ok((data, copy)) => {
                    for (key, value) in copy.entries() {
                        storage::set(Store::Local, key, &value);
                    }
                    self.step(Event::Fetched(data, copy, at));
                }
                Err(e) => {
                    web_sys::console::error_1(&e.to_string().into());
                    self.step(Event::Failed(e, at));
                }
            }
            self.now.set(at);
        });
    }

    /// "Try again now" on the stale notice: due now, fetched when the clock
    /// next looks (and no other fetch is under way).
    pub fn retry_now(self) {
        self.step(Event::RetryNow(clock::now()));
    }

    /// The first fetch, then the clock, the refreshes and visibility.
    fn start(self) {
        self.fetch();

        // Seen again: the clock catches up, and a refresh that fell due while
        // the page was hidden happens now.
        visibility::on_change(move || {
            self.visible.set(!visibility::hidden());
            self.now.set(clock::now());
        });
        Effect::new(move |_| {
            let (now, visible) = (self.now.get(), self.visible.get());
            self.due.track();
            if self.step(Event::Tick(now, visible)) {
                self.fetch();
            }
        });

        // The clock sleeps until the next start or end, the next fetch
        // (while visible), or a minute at most; each wake moves `now`, which
        // re-arms it.
        let timer = StoredValue::new_local(None::<TimeoutHandle>);
        Effect::new(move |_| {
            let current = self.now.get();
            let bounds = self.status.with(|s| match s {
                Status::Loaded(l) => boundaries(&l.schedule.occurrences),
                _ => Vec::new(),
            });
            let wait = page_state::sleep(
                next_wake(bounds, current),
                self.due.get(),
                current,
                self.visible.get(),
            );
            let wait = wait.to_std().unwrap_or(std::time::Duration::from_secs(60));
            if let Some(old) = timer.try_update_value(Option::take).flatten() {
                old.clear();
            }
            timer.set_value(set_timeout_with_handle(move || self.now.set(clock::now()), wait).ok());
        });
    }
}
