//! The visitor's zone and locale (Intl), and locale formatting of wall times.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::domain::display::{RangeView, Wall};

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`, bound with a constructor that reports a bad
    /// locale as an error instead of throwing.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type Dtf;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locales: &JsValue, options: &Object) -> Result<Dtf, JsValue>;

    #[wasm_bindgen(method, js_class = "DateTimeFormat", js_name = format)]
    fn format(this: &Dtf, date: &Date) -> String;

    #[wasm_bindgen(method, js_class = "DateTimeFormat", js_name = resolvedOptions)]
    fn resolved_options(this: &Dtf) -> Object;
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let obj = Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&obj, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    obj
}

/// The browser's IANA zone name, as Intl reports it (may be a legacy alias).
pub fn browser_zone_name() -> Option<String> {
    let dtf = Dtf::new(&JsValue::UNDEFINED, &Object::new()).ok()?;
    Reflect::get(&dtf.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
}

/// The locale for dates and times (and the one sent with a subscription):
/// the browser's (`navigator.language`) when it is a variant of the
/// language shown, else that language.
pub fn browser_locale() -> String {
    crate::domain::i18n::date_locale(&crate::domain::i18n::lang(), &navigator_language())
}

/// `navigator.language`, or `en`.
pub fn navigator_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "en".to_owned())
}

/// Formats wall times for a locale. The wall time was computed by the core
/// in the display zone; it is handed to Intl as a UTC date and formatted in
/// UTC, so Intl only chooses words and order, never the zone.
pub struct TimeFormatter {
    full: Option<Dtf>,
    time: Option<Dtf>,
    date: Option<Dtf>,
}

impl TimeFormatter {
    pub fn new(locale: &str) -> TimeFormatter {
        const TIME: [(&str, &str); 3] = [
            ("hour", "numeric"),
            ("minute", "2-digit"),
            ("timeZone", "UTC"),
        ];
        const DATE: [(&str, &str); 3] =
            [("weekday", "short"), ("day", "numeric"), ("month", "short")];
        let build = |pairs: &[(&str, &str)]| {
            let opts = options(pairs);
            Dtf::new(&JsValue::from_str(locale), &opts)
                .or_else(|_| Dtf::new(&JsValue::UNDEFINED, &opts))
                .ok()
        };
        TimeFormatter {
            full: build(&[&DATE[..], &TIME[..]].concat()),
            time: build(&TIME),
            date: build(&[&DATE[..], &[("timeZone", "UTC")][..]].concat()),
        }
    }

    /// Weekday, date and time: `Sat, Dec 5, 10:00 PM`, `Sa., 5. Dez., 22:00`.
    pub fn date_time(&self, wall: &Wall) -> String {
        Self::format(self.full.as_ref(), wall)
    }

    /// The date alone: `Sat, Dec 5`, `Sa., 5. Dez.`.
    pub fn date(&self, wall: &Wall) -> String {
        Self::format(self.date.as_ref(), wall)
    }

    /// Both ends of a range; the end's date only when it differs.
    pub fn range(&self, range: &RangeView) -> (String, String) {
        let end = if range.same_day {
            self.time(&range.end.wall)
        } else {
            self.date_time(&range.end.wall)
        };
        (self.date_time(&range.start.wall), end)
    }

    /// The time alone: `2:00 AM`, `02:00`.
    pub fn time(&self, wall: &Wall) -> String {
        Self::format(self.time.as_ref(), wall)
    }

    fn format(dtf: Option<&Dtf>, wall: &Wall) -> String {
        let ms = Date::utc(f64::from(wall.year), f64::from(wall.month) - 1.0);
        let date = Date::new(&JsValue::from_f64(ms));
        date.set_utc_date(wall.day);
        date.set_utc_hours(wall.hour);
        date.set_utc_minutes(wall.minute);
        match dtf {
            Some(dtf) => dtf.format(&date),
            None => format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                wall.year, wall.month, wall.day, wall.hour, wall.minute
            ),
        }
    }
}
