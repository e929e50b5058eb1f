//! In-memory sliding-window rate limits (per address, per client IP).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use crate::cli::RateSpec;

/// Buckets above this many keys are swept of keys with no recent hit.
const SWEEP_ABOVE: usize = 10_000;

/// One limit: at most `max` accepted submissions per key in any `window`.
/// A submission is known by its idempotency key: its retries (even
/// concurrent ones) count once.
#[derive(Debug)]
pub struct Limiter {
    spec: RateSpec,
    hits: HashMap<String, VecDeque<(Instant, String)>>,
}

impl Limiter {
    pub fn new(spec: RateSpec) -> Limiter {
        Limiter {
            spec,
            hits: HashMap::new(),
        }
    }

    pub fn spec(&self) -> RateSpec {
        self.spec
    }

    pub fn set_spec(&mut self, spec: RateSpec) {
        self.spec = spec;
        self.hits.clear();
    }

    pub fn clear(&mut self) {
        self.hits.clear();
    }

    /// Counts submission `submission` for `key` at `now` (once: a submission
    /// already counted in the window passes), or, when the limit is reached,
    /// tells how many whole seconds until the oldest hit leaves the window
    /// (at least 1).
    pub fn check(&mut self, key: &str, submission: &str, now: Instant) -> Result<(), u64> {
        let RateSpec::Limit { max, window } = self.spec else {
            return Ok(());
        };
        if self.hits.len() > SWEEP_ABOVE {
            self.hits.retain(|_, q| {
                q.back()
                    .is_some_and(|(t, _)| now.duration_since(*t) < window)
            });
        }
        let queue = self.hits.entry(key.to_owned()).or_default();
        while queue
            .front()
            .is_some_and(|(t, _)| now.duration_since(*t) >= window)
        {
            queue.pop_front();
        }
        if queue.iter().any(|(_, s)| s == submission) {
            return Ok(());
        }
        if queue.len() < max as usize {
            queue.push_back((now, submission.to_owned()));
            return Ok(());
        }
        let wait = queue.front().map_or(window, |(oldest, _)| {
            window.saturating_sub(now.duration_since(*oldest))
        });
        Err(ceil_secs(wait).max(1))
    }
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(max: u32, secs: u64) -> Limiter {
        Limiter::new(RateSpec::Limit {
            max,
            window: Duration::from_secs(secs),
        })
    }

    #[test]
    fn allows_max_then_says_when_to_retry() {
        let mut l = limit(2, 60);
        let t0 = Instant::now();
        assert_eq!(l.check("a", "k1", t0), Ok(()));
        assert_eq!(l.check("a", "k2", t0 + Duration::from_secs(10)), Ok(()));
        assert_eq!(l.check("a", "k3", t0 + Duration::from_secs(20)), Err(40));
        assert_eq!(
            l.check("a", "k2", t0 + Duration::from_secs(20)),
            Ok(()),
            "a retry of a counted submission passes"
        );
        assert_eq!(
            l.check("b", "k3", t0 + Duration::from_secs(20)),
            Ok(()),
            "per key"
        );
        // A refused hit is not counted: at 60 s the first hit has left the window.
        assert_eq!(l.check("a", "k3", t0 + Duration::from_secs(60)), Ok(()));
        assert_eq!(
            l.check("a", "k4", t0 + Duration::from_millis(60_500)),
            Err(10),
            "rounded up"
        );
    }

    #[test]
    fn off_never_limits() {
        let mut l = Limiter::new(RateSpec::Off);
        let t0 = Instant::now();
        assert!((0..1000).all(|i| l.check("a", &i.to_string(), t0).is_ok()));
    }

    #[test]
    fn sweeps_idle_keys() {
        let mut l = limit(1, 1);
        let t0 = Instant::now();
        for i in 0..=SWEEP_ABOVE {
            assert!(l.check(&i.to_string(), "k", t0).is_ok());
        }
        assert!(l.check("late", "k", t0 + Duration::from_secs(5)).is_ok());
        assert_eq!(l.hits.len(), 1);
    }
}
