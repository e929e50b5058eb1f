//! Components mounted in real headless Chromium (wasm-bindgen-test):
//! `make test-browser`.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use maintenance_window::browser::http::PageData;
use maintenance_window::components::load_error::LoadErrorPanel;
use maintenance_window::components::page_data::{Loaded, Page};
use maintenance_window::components::schedule::ScheduleView;
use maintenance_window::domain::config::Config;
use maintenance_window::domain::feed::parse_feed;
use maintenance_window::domain::load::{FetchFailure, LoadError, Source};
use maintenance_window::domain::zone::Zone;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const FEED: &str = r#"{
  "feed_version": 1,
  "regions": [
    { "id": "us-east", "name": "US East", "time_zone": "America/New_York" },
    { "id": "eu-central", "name": "EU Central", "time_zone": "Europe/Berlin" }
  ],
  "windows": [
    { "id": "eu-patch", "title": "Emergency <b>network</b> patch <script>window.__pwned = 1</script>",
      "region": "eu-central", "start": "2026-12-02T23:00:00+01:00", "end": "2026-12-03T01:00:00+01:00",
      "kind": "infrastructure", "expected_downtime_minutes": 15,
      "description": "<img src=x onerror=\"window.__pwned = 2\">", "activities": ["Operating system updates"] },
    { "id": "called-off", "title": "Called off", "region": "us-east", "status": "cancelled",
      "start": "2026-12-10T03:00:00Z", "end": "2026-12-10T05:00:00Z" },
    { "id": "bad", "region": "mars", "start": "2026-12-10T03:00:00Z", "end": "2026-12-10T05:00:00Z" }
  ],
  "recurring": [
    { "id": "monthly-us-east", "title": "Monthly maintenance", "region": "us-east",
      "rrule": "FREQ=MONTHLY;BYDAY=1SA", "starts_on": "2026-01-01", "start_time": "22:00",
      "duration_minutes": 240, "exceptions": ["2026-12-05"] }
  ]
}"#;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
        .expect("instant")
        .with_timezone(&Utc)
}

/// A fresh element in the body to mount into.
fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").expect("div").unchecked_into();
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn loaded(feed: &str, horizon_days: u32) -> Loaded {
    let feed = parse_feed(feed).expect("test feed");
    let data = PageData {
        config: Config {
            feed_url: "feed.json".into(),
            subscribe_url: None,
            faq_url: None,
            calendar_url: None,
            atom_url: None,
            feedback_url: None,
            horizon_days,
            title: "Test".into(),
            languages: vec!["en".into()],
        },
        feed: Arc::new(feed),
        config_url: "http://127.0.0.1/config.json".into(),
        feed_url: "http://127.0.0.1/feed.json".into(),
    };
    Loaded::new(data, now())
}

fn mount_schedule(feed: &str, zone: &str, locale: &str) -> (HtmlElement, impl Drop) {
    mount_with(feed, zone, locale, Vec::new(), None)
}

fn mount_with(
    feed: &str,
    zone: &str,
    locale: &str,
    regions: Vec<String>,
    tenant: Option<String>,
) -> (HtmlElement, impl Drop) {
    let loaded = loaded(feed, 90);
    let zone = Zone::parse(zone).expect("test zone");
    let locale = locale.to_owned();
    let el = container();
    let handle = mount_to(el.clone(), move || {
        // The clock, zone and formatter come from the page's context.
        provide_context(Page::new(now(), zone, &locale));
        view! {
            <ScheduleView
                loaded=Arc::new(loaded)
                regions=RwSignal::new(regions)
                tenant=RwSignal::new(tenant)
            />
        }
    });
    (el, handle)
}

#[wasm_bindgen_test]
fn lists_every_occurrence_in_the_display_zone_soonest_first() {
    let (el, _handle) = mount_schedule(FEED, "Asia/Katmandu", "en-GB");
    let items = all(&el, "ol.window-list > li.window");
    let ids: Vec<String> = items
        .iter()
        .filter_map(|li| li.get_attribute("data-window-id"))
        .collect();
    assert_eq!(
        ids,
        [
            "eu-patch",
            "called-off",
            "monthly-us-east/2027-01-02",
            "monthly-us-east/2027-02-06"
        ]
    );

    let first = &items[0];
    assert_eq!(
        first.get_attribute("data-status").as_deref(),
        Some("scheduled")
    );
    let start = one(first, "time[data-role=start]");
    let end = one(first, "time[data-role=end]");
    assert_eq!(
        start.get_attribute("datetime").as_deref(),
        Some("2026-12-03T03:45:00+05:45")
    );
    assert_eq!(
        end.get_attribute("datetime").as_deref(),
        Some("2026-12-03T05:45:00+05:45")
    );
    // en-GB: 24-hour clock, the same wall time as the attribute.
    let start_text = start.text_content().unwrap_or_default();
    assert!(
        start_text.contains("3:45") && !start_text.contains("AM"),
        "{start_text}"
    );
    assert!(
        start_text.contains('3') && start_text.contains("Dec"),
        "{start_text}"
    );
    assert_eq!(
        one(first, "[data-field=region]").text_content().as_deref(),
        Some("EU Central")
    );
    assert_eq!(
        one(first, "[data-field=kind]").text_content().as_deref(),
        Some("Infrastructure")
    );
    assert_eq!(
        one(first, "[data-field=downtime]")
            .text_content()
            .as_deref(),
        Some("Expected downtime: about 15 min")
    );
}

#[wasm_bindgen_test]
fn en_us_gets_a_12_hour_clock() {
    let (el, _handle) = mount_schedule(FEED, "America/New_York", "en-US");
    let start = one(
        &el,
        "li[data-window-id='monthly-us-east/2027-01-02'] time[data-role=start]",
    );
    assert_eq!(
        start.get_attribute("datetime").as_deref(),
        Some("2027-01-02T22:00:00-05:00")
    );
    let text = start.text_content().unwrap_or_default();
    assert!(text.contains("10:00") && text.contains("PM"), "{text}");
}

#[wasm_bindgen_test]
fn cancelled_windows_are_struck_through_not_hidden() {
    let (el, _handle) = mount_schedule(FEED, "UTC", "en-GB");
    let item = one(&el, "li[data-window-id=called-off]");
    assert_eq!(
        item.get_attribute("data-status").as_deref(),
        Some("cancelled")
    );
    assert!(item.class_list().contains("cancelled"));
    assert_eq!(
        one(&item, "[data-field=status]").text_content().as_deref(),
        Some("Cancelled")
    );
}

#[wasm_bindgen_test]
fn invalid_entries_are_counted_in_a_notice() {
    let (el, _handle) = mount_schedule(FEED, "UTC", "en-GB");
    let notice = one(&el, "[data-notice=skipped]")
        .text_content()
        .unwrap_or_default();
    assert!(
        notice.starts_with("1 entry in the feed could not be shown."),
        "{notice}"
    );
}

#[wasm_bindgen_test]
fn text_from_the_feed_stays_text() {
    let (el, _handle) = mount_schedule(FEED, "UTC", "en-GB");
    let item = one(&el, "li[data-window-id=eu-patch]");
    assert!(
        all(&item, "script, img, b").is_empty(),
        "markup from the feed became elements"
    );
    let title = one(&item, "[data-field=title]")
        .text_content()
        .unwrap_or_default();
    assert_eq!(
        title,
        "Emergency <b>network</b> patch <script>window.__pwned = 1</script>"
    );
    let pwned = js_sys::Reflect::get(&window(), &"__pwned".into()).expect("get");
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
fn an_empty_horizon_says_so() {
    let feed = r#"{"feed_version": 1, "regions": [], "windows": []}"#;
    let (el, _handle) = mount_schedule(feed, "UTC", "en-GB");
    assert!(all(&el, "li.window").is_empty());
    let text = one(&el, "[data-empty]").text_content().unwrap_or_default();
    assert!(text.contains("next 90 days"), "{text}");
}

#[wasm_bindgen_test]
async fn the_error_panel_names_what_failed_and_retries() {
    let clicks = Arc::new(AtomicUsize::new(0));
    let counter = clicks.clone();
    let el = container();
    let _handle = mount_to(el.clone(), move || {
        let counter = counter.clone();
        view! {
            <LoadErrorPanel
                error=LoadError::Fetch(Source::Feed, FetchFailure::Timeout(10))
                on_retry=Callback::new(move |_| { counter.fetch_add(1, Ordering::SeqCst); })
            />
        }
    });
    let panel = one(&el, "[role=alert]");
    assert_eq!(panel.get_attribute("data-source").as_deref(), Some("feed"));
    assert_eq!(
        panel.get_attribute("data-reason").as_deref(),
        Some("timeout")
    );
    let text = panel.text_content().unwrap_or_default();
    assert!(text.contains("did not answer within 10 seconds"), "{text}");
    let button: HtmlElement = one(&panel, "button").unchecked_into();
    button.click();
    leptos::task::tick().await;
    assert_eq!(clicks.load(Ordering::SeqCst), 1);
}

#[wasm_bindgen_test]
fn the_next_window_comes_first_with_a_countdown() {
    let (el, _handle) = mount_schedule(FEED, "UTC", "en-GB");
    let card = one(&el, "[data-next-window]");
    assert_eq!(
        card.get_attribute("data-next-window").as_deref(),
        Some("eu-patch")
    );
    // 2026-11-26T12:00Z to 2026-12-02T22:00Z.
    let countdown = one(&card, "[aria-live=polite]")
        .text_content()
        .unwrap_or_default();
    assert_eq!(countdown.trim(), "starts in 6 days 10 h");
}

#[wasm_bindgen_test]
fn each_window_also_shows_utc_and_the_region_time() {
    let (el, _handle) = mount_schedule(FEED, "Asia/Katmandu", "en-GB");
    let item = one(&el, "ol.window-list > li[data-window-id=eu-patch]");
    let utc = one(&item, "[data-clock=utc]")
        .text_content()
        .unwrap_or_default();
    assert!(utc.starts_with("UTC: ") && utc.contains("22:00"), "{utc}");
    let region = one(&item, "[data-clock=region]")
        .text_content()
        .unwrap_or_default();
    assert!(
        region.contains("23:00") && region.contains("EU Central (Europe/Berlin)"),
        "{region}"
    );
}

#[wasm_bindgen_test]
fn recent_maintenance_is_collapsed_below() {
    let (el, _handle) = mount_schedule(FEED, "UTC", "en-GB");
    let recent = one(&el, "details.recent");
    assert!(!recent.has_attribute("open"));
    let ids: Vec<String> = all(&recent, "li.window")
        .iter()
        .filter_map(|li| li.get_attribute("data-window-id"))
        .collect();
    assert_eq!(ids, ["monthly-us-east/2026-11-07"]);
}

#[wasm_bindgen_test]
async fn region_chips_filter_the_list() {
    let (el, _handle) = mount_schedule(FEED, "UTC", "en-GB");
    let chip: HtmlElement = one(&el, "[data-region-filter=us-east]").unchecked_into();
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("false"));
    chip.click();
    leptos::task::tick().await;
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("true"));
    let regions: Vec<String> = all(&el, "ol.window-list > li.window")
        .iter()
        .filter_map(|li| li.get_attribute("data-region"))
        .collect();
    assert!(
        !regions.is_empty() && regions.iter().all(|r| r == "us-east"),
        "{regions:?}"
    );
    let all_chip: HtmlElement = one(&el, "[data-region-filter=all]").unchecked_into();
    all_chip.click();
    leptos::task::tick().await;
    assert_eq!(all(&el, "ol.window-list > li.window").len(), 4);
}

#[wasm_bindgen_test]
fn the_visitors_tenant_slot_shows_beside_the_window() {
    let feed = r#"{"feed_version": 1,
      "regions": [{"id": "eu", "name": "EU", "time_zone": "Europe/Berlin"}],
      "windows": [{"id": "w", "region": "eu", "start": "2026-12-02T23:00:00+01:00", "end": "2026-12-03T01:00:00+01:00",
        "tenant_slots": [{"tenant": "acme", "start": "2026-12-02T23:40:00+01:00", "end": "2026-12-02T23:55:00+01:00"}]}]}"#;
    let (el, _handle) = mount_with(
        feed,
        "Europe/Berlin",
        "en-GB",
        Vec::new(),
        Some("acme".into()),
    );
    let slot = one(&el, "li[data-window-id=w] [data-tenant-slot]")
        .text_content()
        .unwrap_or_default();
    assert!(
        slot.starts_with("Your service (acme): ")
            && slot.contains("23:40")
            && slot.contains("23:55"),
        "{slot}"
    );
    let (other, _h2) = mount_with(
        feed,
        "Europe/Berlin",
        "en-GB",
        Vec::new(),
        Some("globex".into()),
    );
    assert!(all(&other, "[data-tenant-slot]").is_empty());
}

#[wasm_bindgen_test]
async fn a_refresh_with_new_data_keeps_the_view_and_its_filters() {
    // As the page does it: the filters live outside the view, which new
    // data re-creates.
    let data = RwSignal::new(Arc::new(loaded(FEED, 90)));
    let (regions, tenant) = (RwSignal::new(Vec::new()), RwSignal::new(None));
    let el = container();
    let _handle = mount_to(el.clone(), move || {
        provide_context(Page::new(now(), Zone::UTC, "en-GB"));
        move || {
            view! {
                <ScheduleView
                    loaded=data.get()
                    regions
                    tenant
                />
            }
        }
    });
    let chip: HtmlElement = one(&el, "[data-region-filter=us-east]").unchecked_into();
    chip.click();
    leptos::task::tick().await;
    let ids = |el: &Element| -> Vec<String> {
        all(el, "ol.window-list > li.window")
            .iter()
            .filter_map(|li| li.get_attribute("data-window-id"))
            .collect()
    };
    let before = ids(&el);
    assert!(
        !before.is_empty() && !before.contains(&"eu-patch".to_owned()),
        "{before:?}"
    );

    // The feed now has one more US East window and a changed title.
    let newer = FEED
        .replace("\"Called off\"", "\"Called off (moved)\"")
        .replace(
            r#""windows": ["#,
            r#""windows": [{ "id": "added", "title": "Added", "region": "us-east",
              "start": "2026-12-20T03:00:00Z", "end": "2026-12-20T04:00:00Z" },"#,
        );
    data.set(Arc::new(loaded(&newer, 90)));
    leptos::task::tick().await;
    let same_chip = one(&el, "[data-region-filter=us-east]");
    assert_eq!(
        same_chip.get_attribute("aria-pressed").as_deref(),
        Some("true"),
        "the region filter survives the refresh"
    );
    let after = ids(&el);
    assert!(after.contains(&"added".to_owned()), "{after:?}");
    assert!(
        !after.contains(&"eu-patch".to_owned()),
        "still filtered: {after:?}"
    );
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("Called off (moved)"));
}
