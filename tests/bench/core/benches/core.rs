//! `cargo bench -p maintenance-window-bench`: the core, natively, with the
//! workspace's release profile (the code generation the page ships with).
//!
//! - parse: a generated feed of 50 regions, 1 000 one-off windows and 200
//!   recurring rules (`parse_feed`, validation included);
//! - expand: 50 regions × 5 years of a monthly and a weekly rule into the
//!   display zone (`schedule::between`, then `display::listing_of` the
//!   occurrences shared as the page holds them);
//! - tick: one tick of the countdown clock at a new `now` (`listing_of`,
//!   `countdown_text(phase(..))`, `next_wake(boundaries(..))`), on the sample
//!   feed and on the 50-region feed, both over the default 90-day horizon.
//!
//! After criterion's own report, the targets of issue 7 are printed with
//! PASS/MISS (from this run's median estimates).

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration as StdDuration, SystemTime};

use chrono::Duration;
use criterion::{Criterion, SamplingMode, Throughput};

use maintenance_window::domain::feed::parse_feed;
use maintenance_window::domain::schedule::between;
use maintenance_window_bench::{
    expand_and_list, expansion_feed, five_years, large_feed, list_all, parse, sample_now, shared,
    tick, Loaded, SAMPLE_FEED,
};

fn parse_benches(c: &mut Criterion) {
    let text = large_feed();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("large_feed", |b| {
        b.iter(|| parse_feed(black_box(&text)).expect("feed"))
    });
    g.finish();
}

fn expand_benches(c: &mut Criterion) {
    let feed = Arc::new(parse(&expansion_feed()));
    let (from, until) = five_years();
    let occurrences = between(&feed, from, until).occurrences;
    let n = occurrences.len();
    // As the page lists them on every tick: the occurrences of a load,
    // shared by the views.
    let source = shared(feed.clone(), occurrences);
    let mut g = c.benchmark_group("expand");
    // Tens of milliseconds an iteration: the same count in every sample.
    g.sampling_mode(SamplingMode::Flat).sample_size(20);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("between_5y", |b| {
        b.iter(|| between(black_box(&feed), from, until))
    });
    g.bench_function("listing_5y", |b| b.iter(|| list_all(black_box(&source))));
    g.bench_function("between_and_listing_5y", |b| {
        b.iter(|| expand_and_list(black_box(&feed)))
    });
    g.finish();
}

fn tick_benches(c: &mut Criterion) {
    let now = sample_now();
    let next = now + Duration::seconds(61);
    let sample = Loaded::new(parse(SAMPLE_FEED), now, 90);
    let big_now = five_years().0 + Duration::days(100);
    let big = Loaded::new(parse(&large_feed()), big_now, 90);
    let mut g = c.benchmark_group("tick");
    g.bench_function("sample_feed", |b| {
        b.iter(|| tick(black_box(&sample), black_box(next)))
    });
    g.bench_function("regions50_90_days", |b| {
        b.iter(|| tick(black_box(&big), black_box(big_now + Duration::seconds(61))))
    });
    g.finish();
}

/// Where criterion writes its estimates (set explicitly so we can read them).
fn output_directory() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../target"))
        .join("criterion")
}

/// This run's median estimate of a benchmark, in nanoseconds.
fn median_ns(dir: &std::path::Path, id: &str, since: SystemTime) -> Option<f64> {
    let path = dir.join(id).join("new").join("estimates.json");
    let fresh = std::fs::metadata(&path).ok()?.modified().ok()? >= since;
    if !fresh {
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    v["median"]["point_estimate"].as_f64()
}

fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn print_summary(dir: &std::path::Path, since: SystemTime) {
    let feed = parse(&expansion_feed());
    let (from, until) = five_years();
    let n = between(&feed, from, until).occurrences.len();
    let rows = [
        (
            "parse/large_feed",
            "parse 1 000 windows + 200 rules, 50 regions".to_owned(),
            None,
        ),
        (
            "expand/between_5y",
            format!("50 regions × 5 y: {n} occurrences"),
            None,
        ),
        (
            "expand/listing_5y",
            "50 regions × 5 y: view model in the display zone".to_owned(),
            None,
        ),
        (
            "expand/between_and_listing_5y",
            "50 regions × 5 y: both".to_owned(),
            Some(10e6),
        ),
        (
            "tick/sample_feed",
            "countdown tick, sample feed, 90 days".to_owned(),
            Some(1e6),
        ),
        (
            "tick/regions50_90_days",
            "countdown tick, 50-region feed, 90 days".to_owned(),
            None,
        ),
        (
            "snapshot/sample_feed_request",
            "GET / with a fresh snapshot, sample feed".to_owned(),
            Some(5e6),
        ),
    ];
    println!("\ncore benchmark (median of this run; targets from issues 7 and 15)");
    for (id, what, target) in &rows {
        let Some(ns) = median_ns(dir, id, since) else {
            continue;
        };
        let verdict = match target {
            Some(t) if ns < *t => format!("target < {}: PASS", human(*t)),
            Some(t) => format!("target < {}: MISS", human(*t)),
            None => String::new(),
        };
        println!("  {id:<32} {:>10}  {what:<52} {verdict}", human(ns));
    }
}

/// The page with its schedule snapshot, as the reference server makes it
/// for every `GET /`: the sample feed parsed, expanded over the horizon,
/// rendered and put into the built index.html (issue 15: under 5 ms).
fn snapshot_benches(c: &mut Criterion) {
    use maintenance_feed_server::snapshot::bake_page;
    use maintenance_window::domain::config::parse_config;
    let index =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../index.html"))
            .expect("index.html");
    let config = parse_config(include_str!("../../../../public/config.json")).expect("config");
    let mut g = c.benchmark_group("snapshot");
    g.bench_function("sample_feed_request", |b| {
        b.iter(|| {
            let feed = parse_feed(black_box(SAMPLE_FEED)).expect("feed");
            bake_page(&index, &feed, &config, sample_now()).expect("page")
        })
    });
    g.finish();
}

fn main() {
    let since = SystemTime::now() - StdDuration::from_secs(1);
    let dir = output_directory();
    let benchmarking = !std::env::args().any(|a| a == "--test" || a == "--list");
    let mut c = Criterion::default()
        .output_directory(&dir)
        .warm_up_time(StdDuration::from_secs(1))
        .measurement_time(StdDuration::from_secs(3))
        .configure_from_args();
    parse_benches(&mut c);
    expand_benches(&mut c);
    tick_benches(&mut c);
    snapshot_benches(&mut c);
    c.final_summary();
    if benchmarking {
        print_summary(&dir, since);
    }
}
