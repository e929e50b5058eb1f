//! Injected faults, for tests: all off by default.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// The delay of a random "slow" fault.
pub const SLOW: Duration = Duration::from_secs(2);

/// The fault settings; `fail_first` and `reply_429` count down as POSTs arrive.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FaultSettings {
    /// POSTs still to be answered 503.
    pub fail_first: u32,
    /// Every POST answer is delayed this long.
    pub delay_ms: u64,
    /// POSTs still to be answered 429 (after the `fail_first` ones).
    pub reply_429: u32,
    /// Retry-After of those 429 answers.
    pub retry_after: u64,
    /// Probability that a POST meets a random fault.
    pub fault_rate: f64,
    /// Seed of the random choices.
    pub seed: u64,
}

impl Default for FaultSettings {
    fn default() -> FaultSettings {
        FaultSettings {
            fail_first: 0,
            delay_ms: 0,
            reply_429: 0,
            retry_after: 1,
            fault_rate: 0.0,
            seed: clock_seed(),
        }
    }
}

/// A change of settings at run time (`POST /__test/faults`): fields left out stay.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultPatch {
    pub fail_first: Option<u32>,
    pub delay_ms: Option<u64>,
    pub reply_429: Option<u32>,
    pub retry_after: Option<u64>,
    pub fault_rate: Option<f64>,
    pub seed: Option<u64>,
    /// "N/SECS" or "off".
    pub rate_per_address: Option<String>,
    /// "N/SECS" or "off".
    pub rate_per_ip: Option<String>,
}

/// What happens to one POST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    None,
    /// 503 before anything is looked at.
    Unavailable,
    /// 429 with this Retry-After, before anything is looked at.
    TooMany {
        retry_after: u64,
    },
    /// Handled, then answered after [`SLOW`].
    Slow,
    /// Handled, then the connection is dropped without an answer.
    Drop,
}

impl Fault {
    pub fn name(self) -> Option<&'static str> {
        match self {
            Fault::None => None,
            Fault::Unavailable => Some("unavailable"),
            Fault::TooMany { .. } => Some("too_many"),
            Fault::Slow => Some("slow"),
            Fault::Drop => Some("drop"),
        }
    }
}

/// Settings plus the random generator's state.
#[derive(Debug)]
pub struct Faults {
    settings: FaultSettings,
    rng: SplitMix64,
}

impl Faults {
    pub fn new(settings: FaultSettings) -> Faults {
        let rng = SplitMix64(settings.seed);
        Faults { settings, rng }
    }

    pub fn settings(&self) -> &FaultSettings {
        &self.settings
    }

    /// Applies a patch (the rate-limit fields are not faults and are ignored here).
    pub fn apply(&mut self, patch: &FaultPatch) -> Result<(), String> {
        if let Some(rate) = patch.fault_rate {
            if !(0.0..=1.0).contains(&rate) {
                return Err(format!("fault_rate {rate} is outside 0.0..=1"));
            }
            self.settings.fault_rate = rate;
        }
        if let Some(n) = patch.fail_first {
            self.settings.fail_first = n;
        }
        if let Some(ms) = patch.delay_ms {
            self.settings.delay_ms = ms;
        }
        if let Some(n) = patch.reply_429 {
            self.settings.reply_429 = n;
        }
        if let Some(secs) = patch.retry_after {
            self.settings.retry_after = secs;
        }
        if let Some(seed) = patch.seed {
            self.settings.seed = seed;
            self.rng = SplitMix64(seed);
        }
        Ok(())
    }

    /// Decides the fault of the next POST, counting it.
    pub fn next_post(&mut self) -> (Fault, Duration) {
        let delay = Duration::from_millis(self.settings.delay_ms);
        if self.settings.fail_first > 0 {
            self.settings.fail_first -= 1;
            return (Fault::Unavailable, delay);
        }
        if self.settings.reply_429 > 0 {
            self.settings.reply_429 -= 1;
            return (
                Fault::TooMany {
                    retry_after: self.settings.retry_after,
                },
                delay,
            );
        }
        if self.settings.fault_rate > 0.0 && self.rng.next_f64() < self.settings.fault_rate {
            let fault = match self.rng.next_u64() % 3 {
                0 => Fault::Unavailable,
                1 => Fault::Slow,
                _ => Fault::Drop,
            };
            return (fault, delay);
        }
        (Fault::None, delay)
    }
}

/// A small, well-known, seedable generator (Steele, Lea and Flood's SplitMix64):
/// reproducible fault sequences need no cryptographic quality.
#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn clock_seed() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_fail_first_then_reply_429() {
        let mut faults = Faults::new(FaultSettings {
            fail_first: 2,
            reply_429: 1,
            retry_after: 7,
            ..FaultSettings::default()
        });
        let seen: Vec<Fault> = (0..4).map(|_| faults.next_post().0).collect();
        assert_eq!(
            seen,
            [
                Fault::Unavailable,
                Fault::Unavailable,
                Fault::TooMany { retry_after: 7 },
                Fault::None
            ]
        );
    }

    #[test]
    fn random_faults_follow_the_seed_and_rate() {
        let run = |seed| {
            let mut faults = Faults::new(FaultSettings {
                fault_rate: 0.5,
                seed,
                ..FaultSettings::default()
            });
            (0..1000).map(|_| faults.next_post().0).collect::<Vec<_>>()
        };
        let a = run(42);
        assert_eq!(a, run(42), "same seed, same faults");
        assert_ne!(a, run(43));
        let hit = a.iter().filter(|f| **f != Fault::None).count();
        assert!((400..600).contains(&hit), "about half: {hit}");
        for kind in [Fault::Unavailable, Fault::Slow, Fault::Drop] {
            assert!(a.contains(&kind), "{kind:?} occurs");
        }
    }

    #[test]
    fn rate_one_always_faults_and_zero_never() {
        let mut always = Faults::new(FaultSettings {
            fault_rate: 1.0,
            seed: 1,
            ..FaultSettings::default()
        });
        assert!((0..100).all(|_| always.next_post().0 != Fault::None));
        let mut never = Faults::new(FaultSettings::default());
        assert!((0..100).all(|_| never.next_post().0 == Fault::None));
    }

    #[test]
    fn patch_rejects_a_bad_rate_and_resets_the_seed() {
        let mut faults = Faults::new(FaultSettings::default());
        let bad = FaultPatch {
            fault_rate: Some(1.5),
            ..FaultPatch::default()
        };
        assert!(faults.apply(&bad).is_err());
        let patch = FaultPatch {
            fail_first: Some(3),
            seed: Some(9),
            ..FaultPatch::default()
        };
        faults.apply(&patch).expect("valid patch");
        assert_eq!(faults.settings().fail_first, 3);
        assert_eq!(faults.settings().seed, 9);
    }
}
