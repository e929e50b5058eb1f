/// A zone's spans as `.ci/trim-chrono-tz.py` writes them: the transition
/// instants delta-encoded (each in seconds after the one before, the first
/// after the Unix epoch), which brotli packs about six times tighter than
/// absolute `i64`s, and each transition's span as an index into the zone's
/// small table of distinct spans.
#[derive(Copy, Clone)]
pub struct FixedTimespanSet {
    pub first: FixedTimespan,
    pub deltas: &'static [u32],
    pub kinds: &'static [u8],
    pub spans: &'static [FixedTimespan],
}

impl FixedTimespanSet {
    /// The same spans with absolute instants, decoded once per zone and
    /// kept for the life of the program (a few KB per zone in use).
    fn decode(self) -> Decoded {
        extern crate std;
        use std::boxed::Box;
        use std::cell::RefCell;
        use std::vec::Vec;
        std::thread_local! {
            static DECODED: RefCell<Vec<((usize, usize), &'static [i64])>> =
                const { RefCell::new(Vec::new()) };
        }
        let key = (self.deltas.as_ptr() as usize, self.deltas.len());
        let times = if self.deltas.is_empty() {
            &[][..]
        } else {
            DECODED.with(|cache| {
                let mut cache = cache.borrow_mut();
                if let Some(&(_, times)) = cache.iter().find(|(k, _)| *k == key) {
                    return times;
                }
                let mut at = 0_i64;
                let times: &'static [i64] = Box::leak(
                    self.deltas
                        .iter()
                        .map(|d| {
                            at += i64::from(*d);
                            at
                        })
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                );
                cache.push((key, times));
                times
            })
        };
        Decoded {
            first: self.first,
            times,
            kinds: self.kinds,
            spans: self.spans,
        }
    }
}

struct Decoded {
    first: FixedTimespan,
    times: &'static [i64],
    kinds: &'static [u8],
    spans: &'static [FixedTimespan],
}

impl Decoded {
    fn len(&self) -> usize {
        1 + self.times.len()
    }

    /// The span that starts at transition `i`.
    fn after(&self, i: usize) -> FixedTimespan {
        self.spans[usize::from(self.kinds[i])]
    }

    fn utc_span(&self, index: usize) -> Span {
        debug_assert!(index < self.len());
        Span {
            begin: if index == 0 {
                None
            } else {
                Some(self.times[index - 1])
            },
            end: if index == self.times.len() {
                None
            } else {
                Some(self.times[index])
            },
        }
    }

    fn local_span(&self, index: usize) -> Span {
        debug_assert!(index < self.len());
        let before = self.get(index);
        Span {
            begin: if index == 0 {
                None
            } else {
                Some(self.times[index - 1] + before.utc_offset as i64 + before.dst_offset as i64)
            },
            end: if index == self.times.len() {
                None
            } else {
                Some(self.times[index] + before.utc_offset as i64 + before.dst_offset as i64)
            },
        }
    }

    fn get(&self, index: usize) -> FixedTimespan {
        debug_assert!(index < self.len());
        if index == 0 {
            self.first
        } else {
            self.after(index - 1)
        }
    }
}
