use std::hint::black_box;
use std::time::Instant;
use maintenance_window::domain::schedule::{between, Occurrence};
use maintenance_window_bench::*;

fn time<R>(name: &str, mut f: impl FnMut() -> R) {
    let mut best = f64::MAX;
    let mut all = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        let r = f();
        black_box(&r);
        drop(r);
        let e = t.elapsed().as_secs_f64() * 1e3;
        all.push(e);
        best = best.min(e);
    }
    all.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{name:<30} best {best:.3} ms  median {:.3} ms", all[all.len() / 2]);
}

fn main() {
    let feed = parse(&expansion_feed());
    let (from, until) = five_years();
    let occ: Vec<Occurrence> = between(&feed, from, until).occurrences;
    time("between", || between(black_box(&feed), from, until));
    time("listing", || list_all(black_box(&feed), black_box(&occ)));
    time("clone all occ", || black_box(&occ).iter().cloned().collect::<Vec<_>>());
    time("clone ids", || black_box(&occ).iter().map(|o| o.id.clone()).collect::<Vec<_>>());
    time("local dates", || black_box(&occ).iter().map(|o| display_zone().local(o.start).date_naive()).collect::<Vec<_>>());
    time("feed.region", || black_box(&occ).iter().map(|o| feed.region(&o.region).map(|r| r.zone)).collect::<Vec<_>>());
}
