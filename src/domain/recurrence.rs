//! Recurring windows: a small, careful subset of RFC 5545 RRULE (§3.3.10),
//! expanded over a region's local dates at a fixed wall-clock time.
//!
//! Supported: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, COUNT, UNTIL, BYDAY
//! (with ordinals for MONTHLY and YEARLY), BYMONTHDAY, BYMONTH, BYSETPOS and
//! WKST. Like python-dateutil, DTSTART is an occurrence only when it matches
//! the rule.

use std::collections::HashSet;
use std::str::FromStr;

use chrono::{
    DateTime, Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc, Weekday,
};

use super::zone::{resolve_local, Resolution, Zone};

/// The most work one expansion may do, counted as periods scanned plus
/// candidate days examined. It also bounds the number of occurrences.
pub const MAX_STEPS: u32 = 200_000;

/// The longest window, in minutes (one day).
pub const MAX_DURATION_MINUTES: u32 = 1440;

/// The last local date an occurrence may fall on (evaluated at compile time).
const LAST_DATE: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date");

/// Why a rule could not be parsed or expanded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RRuleError {
    #[error("the rule is empty")]
    Empty,
    #[error("rule part \"{0}\" is not of the form NAME=VALUE")]
    Malformed(String),
    #[error("unknown rule part \"{0}\"")]
    UnknownPart(String),
    #[error("{0} is not supported (only FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS and WKST are)")]
    UnsupportedPart(String),
    #[error("{0} is given more than once")]
    Duplicate(String),
    #[error("FREQ is missing")]
    MissingFreq,
    #[error("unsupported FREQ={0} (only DAILY, WEEKLY, MONTHLY, YEARLY)")]
    UnsupportedFreq(String),
    #[error("{part} value \"{value}\" is not valid")]
    Invalid { part: &'static str, value: String },
    #[error("{part} value \"{value}\" is out of range ({range})")]
    OutOfRange {
        part: &'static str,
        value: String,
        range: &'static str,
    },
    #[error("INTERVAL must be at least 1")]
    ZeroInterval,
    #[error("COUNT must be at least 1")]
    ZeroCount,
    #[error("COUNT and UNTIL cannot both be given")]
    CountAndUntil,
    #[error("BYDAY value \"{0}\" has an ordinal, which only FREQ=MONTHLY or FREQ=YEARLY allow")]
    OrdinalNotAllowed(String),
    #[error("BYMONTHDAY cannot be used with FREQ=WEEKLY")]
    MonthDayInWeekly,
    #[error("BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH)")]
    LoneSetPos,
    #[error("duration_minutes {0} is outside 1 to {MAX_DURATION_MINUTES}")]
    Duration(u32),
    #[error("the date {0} is outside the years 1 to 9999")]
    DateOutOfRange(NaiveDate),
    #[error("the rule needs too many steps (more than {MAX_STEPS}); narrow it")]
    TooManySteps,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Freq {
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

/// UNTIL in its three RFC 5545 forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Until {
    /// `YYYYMMDD`: compared with the local date.
    Date(NaiveDate),
    /// `YYYYMMDDTHHMMSS`: compared with the local date-time.
    Floating(NaiveDateTime),
    /// `YYYYMMDDTHHMMSSZ`: compared with the resolved instant.
    Utc(DateTime<Utc>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    Forever,
    Count(u32),
    Until(Until),
}

/// One BYDAY entry: a weekday, optionally the n-th (or n-th last) of its
/// month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ByDay {
    ordinal: Option<i32>,
    weekday: Weekday,
}

/// A parsed and validated RRULE value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RRule {
    freq: Freq,
    interval: u32,
    bound: Bound,
    by_day: Vec<ByDay>,
    by_month_day: Vec<i32>,
    by_month: Vec<u32>,
    by_set_pos: Vec<i32>,
    wkst: Weekday,
}

/// One occurrence of a recurring window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleOccurrence {
    /// The local start date in the region's zone (the occurrence's identity).
    pub local_date: NaiveDate,
    /// The local start time resolved to an instant.
    pub start: DateTime<Utc>,
    /// `start` plus the duration in real minutes.
    pub end: DateTime<Utc>,
    /// How the local start time was resolved (RFC 5545 §3.3.5).
    pub resolution: Resolution,
}

// ---------------------------------------------------------------- parsing

/// The raw values of the supported parts, each given at most once.
#[derive(Default)]
struct RawParts<'a> {
    freq: Option<&'a str>,
    interval: Option<&'a str>,
    count: Option<&'a str>,
    until: Option<&'a str>,
    by_day: Option<&'a str>,
    by_month_day: Option<&'a str>,
    by_month: Option<&'a str>,
    by_set_pos: Option<&'a str>,
    wkst: Option<&'a str>,
}

impl<'a> RawParts<'a> {
    fn set(&mut self, name: &str, value: &'a str) -> Result<(), RRuleError> {
        let slot = match name {
            "FREQ" => &mut self.freq,
            "INTERVAL" => &mut self.interval,
            "COUNT" => &mut self.count,
            "UNTIL" => &mut self.until,
            "BYDAY" => &mut self.by_day,
            "BYMONTHDAY" => &mut self.by_month_day,
            "BYMONTH" => &mut self.by_month,
            "BYSETPOS" => &mut self.by_set_pos,
            "WKST" => &mut self.wkst,
            "BYSECOND" | "BYMINUTE" | "BYHOUR" | "BYYEARDAY" | "BYWEEKNO" | "RSCALE" | "SKIP" => {
                return Err(RRuleError::UnsupportedPart(name.to_owned()))
            }
            _ => return Err(RRuleError::UnknownPart(name.to_owned())),
        };
        match slot.replace(value) {
            Some(_) => Err(RRuleError::Duplicate(name.to_owned())),
            None => Ok(()),
        }
    }
}

impl FromStr for RRule {
    type Err = RRuleError;

    /// Parses an RRULE value such as `FREQ=MONTHLY;BYDAY=1SA` (an optional
    /// `RRULE:` prefix is allowed; names and values are case-insensitive).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let upper = text.trim().to_ascii_uppercase();
        let value = upper.strip_prefix("RRULE:").unwrap_or(&upper);
        let mut raw = RawParts::default();
        let mut any = false;
        for part in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| RRuleError::Malformed(part.to_owned()))?;
            raw.set(name.trim(), value.trim())?;
            any = true;
        }
        if !any {
            return Err(RRuleError::Empty);
        }
        RRule::from_raw(&raw)
    }
}

impl RRule {
    fn from_raw(raw: &RawParts) -> Result<Self, RRuleError> {
        let freq = parse_freq(raw.freq.ok_or(RRuleError::MissingFreq)?)?;
        let interval = match raw.interval {
            None => 1,
            Some(v) => parse_positive("INTERVAL", v, RRuleError::ZeroInterval)?,
        };
        let bound = match (raw.count, raw.until) {
            (Some(_), Some(_)) => return Err(RRuleError::CountAndUntil),
            (Some(v), None) => Bound::Count(parse_positive("COUNT", v, RRuleError::ZeroCount)?),
            (None, Some(v)) => Bound::Until(parse_until(v)?),
            (None, None) => Bound::Forever,
        };
        let wkst = match raw.wkst {
            None => Weekday::Mon,
            Some(v) => parse_weekday(v).ok_or_else(|| invalid("WKST", v))?,
        };
        let by_month = parse_list(raw.by_month, |v| {
            parse_number("BYMONTH", v, false, 12, "1 to 12").map(i32::unsigned_abs)
        })?;
        let by_month_day = parse_list(raw.by_month_day, |v| {
            parse_number("BYMONTHDAY", v, true, 31, "1 to 31 or -31 to -1")
        })?;
        let by_set_pos = parse_list(raw.by_set_pos, |v| {
            parse_number("BYSETPOS", v, true, 366, "1 to 366 or -366 to -1")
        })?;
        let by_day = parse_list(raw.by_day, |v| parse_by_day(v, freq, !by_month.is_empty()))?;
        if freq == Freq::Weekly && !by_month_day.is_empty() {
            return Err(RRuleError::MonthDayInWeekly);
        }
        if !by_set_pos.is_empty()
            && by_day.is_empty()
            && by_month_day.is_empty()
            && by_month.is_empty()
        {
            return Err(RRuleError::LoneSetPos);
        }
        Ok(RRule {
            freq,
            interval,
            bound,
            by_day,
            by_month_day,
            by_month,
            by_set_pos,
            wkst,
        })
    }
}

fn invalid(part: &'static str, value: &str) -> RRuleError {
    RRuleError::Invalid {
        part,
        value: value.to_owned(),
    }
}

fn parse_freq(value: &str) -> Result<Freq, RRuleError> {
    match value {
        "DAILY" => Ok(Freq::Daily),
        "WEEKLY" => Ok(Freq::Weekly),
        "MONTHLY" => Ok(Freq::Monthly),
        "YEARLY" => Ok(Freq::Yearly),
        "HOURLY" | "MINUTELY" | "SECONDLY" => Err(RRuleError::UnsupportedFreq(value.to_owned())),
        _ => Err(invalid("FREQ", value)),
    }
}

fn parse_weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// Plain digits (no sign, no blanks) as a `u32`.
fn parse_digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A positive count such as INTERVAL or COUNT; zero gives `zero`.
fn parse_positive(part: &'static str, value: &str, zero: RRuleError) -> Result<u32, RRuleError> {
    match parse_digits(value) {
        Some(0) => Err(zero),
        Some(n) => Ok(n),
        None => Err(invalid(part, value)),
    }
}

/// An integer, optionally signed, whose magnitude is in `1..=max`.
fn parse_number(
    part: &'static str,
    value: &str,
    signed: bool,
    max: u32,
    range: &'static str,
) -> Result<i32, RRuleError> {
    let (negative, digits) = match value.strip_prefix('-') {
        Some(rest) if signed => (true, rest),
        _ => match value.strip_prefix('+') {
            Some(rest) if signed => (false, rest),
            _ => (false, value),
        },
    };
    let magnitude = parse_digits(digits).ok_or_else(|| invalid(part, value))?;
    if !(1..=max).contains(&magnitude) {
        return Err(RRuleError::OutOfRange {
            part,
            value: value.to_owned(),
            range,
        });
    }
    // `max` is small, so the magnitude always fits an i32.
    let n = magnitude.cast_signed();
    Ok(if negative { -n } else { n })
}

/// A comma-separated list; an absent part is an empty list.
fn parse_list<T>(
    value: Option<&str>,
    item: impl Fn(&str) -> Result<T, RRuleError>,
) -> Result<Vec<T>, RRuleError> {
    value.map_or(Ok(Vec::new()), |v| {
        v.split(',').map(str::trim).map(item).collect()
    })
}

fn parse_by_day(value: &str, freq: Freq, has_by_month: bool) -> Result<ByDay, RRuleError> {
    let split = value
        .len()
        .checked_sub(2)
        .and_then(|at| Some((value.get(..at)?, value.get(at..)?)));
    let (ordinal, code) = split.ok_or_else(|| invalid("BYDAY", value))?;
    let weekday = parse_weekday(code).ok_or_else(|| invalid("BYDAY", value))?;
    if ordinal.is_empty() {
        return Ok(ByDay {
            ordinal: None,
            weekday,
        });
    }
    let (max, range) = match freq {
        Freq::Daily | Freq::Weekly => return Err(RRuleError::OrdinalNotAllowed(value.to_owned())),
        Freq::Yearly if !has_by_month => (53, "ordinal 1 to 53 or -53 to -1 within a year"),
        Freq::Monthly | Freq::Yearly => (5, "ordinal 1 to 5 or -5 to -1 within a month"),
    };
    let n = parse_number("BYDAY", ordinal, true, max, range).map_err(|error| match error {
        RRuleError::OutOfRange { part, range, .. } => RRuleError::OutOfRange {
            part,
            value: value.to_owned(),
            range,
        },
        _ => invalid("BYDAY", value),
    })?;
    Ok(ByDay {
        ordinal: Some(n),
        weekday,
    })
}

/// `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`.
fn parse_until(value: &str) -> Result<Until, RRuleError> {
    let date = value.get(..8).and_then(|ymd| {
        let year = i32::try_from(digits_at(ymd, 0, 4)?).ok()?;
        NaiveDate::from_ymd_opt(year, digits_at(ymd, 4, 6)?, digits_at(ymd, 6, 8)?)
    });
    let until = match (date, value.get(8..).and_then(|rest| rest.strip_prefix('T'))) {
        (Some(date), None) if value.len() == 8 => Some(Until::Date(date)),
        (Some(date), Some(clock)) => parse_clock(clock).map(|(time, utc)| {
            let wall = date.and_time(time);
            if utc {
                Until::Utc(wall.and_utc())
            } else {
                Until::Floating(wall)
            }
        }),
        _ => None,
    };
    until.ok_or_else(|| invalid("UNTIL", value))
}

/// `HHMMSS` or `HHMMSSZ`; the flag tells whether it is UTC.
fn parse_clock(clock: &str) -> Option<(NaiveTime, bool)> {
    let (hms, utc) = clock
        .strip_suffix('Z')
        .map_or((clock, false), |hms| (hms, true));
    if hms.len() != 6 {
        return None;
    }
    let pair = |at: usize| digits_at(hms, at, at + 2);
    NaiveTime::from_hms_opt(pair(0)?, pair(2)?, pair(4)?).map(|time| (time, utc))
}

/// The digits at `text[from..to]`.
fn digits_at(text: &str, from: usize, to: usize) -> Option<u32> {
    text.get(from..to).and_then(parse_digits)
}

// -------------------------------------------------------------- expansion

impl RRule {
    /// The rule with the parts RFC 5545 (and dateutil) take from DTSTART
    /// when the rule leaves them out.
    fn anchored(&self, dtstart: NaiveDate) -> RRule {
        let mut rule = self.clone();
        if rule.by_day.is_empty() && rule.by_month_day.is_empty() {
            let day = dtstart.day().cast_signed();
            match rule.freq {
                Freq::Daily => {}
                Freq::Weekly => rule.by_day.push(ByDay {
                    ordinal: None,
                    weekday: dtstart.weekday(),
                }),
                Freq::Monthly => rule.by_month_day.push(day),
                Freq::Yearly => {
                    if rule.by_month.is_empty() {
                        rule.by_month.push(dtstart.month());
                    }
                    rule.by_month_day.push(day);
                }
            }
        }
        rule
    }

    /// The first day of the period (day, week, month, year) holding `date`.
    fn period_of(&self, date: NaiveDate) -> Option<NaiveDate> {
        match self.freq {
            Freq::Daily => Some(date),
            Freq::Weekly => date.week(self.wkst).checked_first_day(),
            Freq::Monthly => date.with_day(1),
            Freq::Yearly => date.with_ordinal(1),
        }
    }

    /// The first day of the period INTERVAL periods after the one starting
    /// at `start`; `None` past the end of representable dates.
    fn next_period(&self, start: NaiveDate) -> Option<NaiveDate> {
        let n = self.interval;
        match self.freq {
            Freq::Daily => start.checked_add_days(Days::new(u64::from(n))),
            Freq::Weekly => start.checked_add_days(Days::new(7 * u64::from(n))),
            Freq::Monthly => start.checked_add_months(Months::new(n)),
            Freq::Yearly => start.checked_add_months(Months::new(n.checked_mul(12)?)),
        }
    }

    /// How many days the period starting at `start` has.
    fn period_len(&self, start: NaiveDate) -> u32 {
        match self.freq {
            Freq::Daily => 1,
            Freq::Weekly => 7,
            Freq::Monthly => u32::from(start.num_days_in_month()),
            Freq::Yearly if start.leap_year() => 366,
            Freq::Yearly => 365,
        }
    }

    fn matches(&self, day: NaiveDate) -> bool {
        (self.by_month.is_empty() || self.by_month.contains(&day.month()))
            && (self.by_month_day.is_empty()
                || self.by_month_day.iter().any(|&n| month_day_is(day, n)))
            && (self.by_day.is_empty() || self.by_day.iter().any(|&d| self.by_day_is(day, d)))
    }

    fn by_day_is(&self, day: NaiveDate, by_day: ByDay) -> bool {
        if day.weekday() != by_day.weekday {
            return false;
        }
        let Some(ordinal) = by_day.ordinal else {
            return true;
        };
        // Ordinals count within the month, or within the year for YEARLY
        // without BYMONTH (RFC 5545 §3.3.10, BYDAY).
        let (index, len) = if self.freq == Freq::Yearly && self.by_month.is_empty() {
            (day.ordinal0(), if day.leap_year() { 366 } else { 365 })
        } else {
            (day.day0(), u32::from(day.num_days_in_month()))
        };
        let from_start = (index / 7 + 1).cast_signed();
        let from_end = ((len - 1 - index) / 7 + 1).cast_signed();
        ordinal == from_start || ordinal == -from_end
    }

    /// The matching days of the period starting at `start`, after BYSETPOS.
    fn period_set(&self, start: NaiveDate) -> Vec<NaiveDate> {
        let len = self.period_len(start) as usize;
        let set: Vec<NaiveDate> = start
            .iter_days()
            .take(len)
            .filter(|&d| self.matches(d))
            .collect();
        if self.by_set_pos.is_empty() {
            return set;
        }
        let mut chosen: Vec<NaiveDate> = self
            .by_set_pos
            .iter()
            .filter_map(|&p| nth(&set, p))
            .collect();
        chosen.sort_unstable();
        chosen.dedup();
        chosen
    }

    /// Whether an occurrence at local `wall` (instant `start`) is past UNTIL.
    fn is_past_until(&self, wall: NaiveDateTime, start: DateTime<Utc>) -> bool {
        match self.bound {
            Bound::Until(Until::Date(d)) => wall.date() > d,
            Bound::Until(Until::Floating(t)) => wall > t,
            Bound::Until(Until::Utc(t)) => start > t,
            Bound::Forever | Bound::Count(_) => false,
        }
    }

    fn count_reached(&self, counted: u32) -> bool {
        matches!(self.bound, Bound::Count(n) if counted >= n)
    }
}

fn month_day_is(day: NaiveDate, n: i32) -> bool {
    let dom = day.day().cast_signed();
    let len = i32::from(day.num_days_in_month());
    dom == n || dom == len + 1 + n
}

/// BYSETPOS: the `pos`-th item (1-based; negative counts from the end).
fn nth(set: &[NaiveDate], pos: i32) -> Option<NaiveDate> {
    let index = if pos > 0 {
        usize::try_from(pos - 1).ok()?
    } else {
        set.len()
            .checked_sub(usize::try_from(pos.unsigned_abs()).ok()?)?
    };
    set.get(index).copied()
}

/// The rule's local dates from DTSTART on, in order, scanning no period
/// that starts after `through`.
struct LocalDates {
    rule: RRule,
    dtstart: NaiveDate,
    through: NaiveDate,
    period: Option<NaiveDate>,
    pending: std::vec::IntoIter<NaiveDate>,
    steps: u32,
    max_steps: u32,
}

impl LocalDates {
    fn new(rule: &RRule, dtstart: NaiveDate, through: NaiveDate, max_steps: u32) -> Self {
        LocalDates {
            rule: rule.anchored(dtstart),
            dtstart,
            through,
            period: rule.period_of(dtstart),
            pending: Vec::new().into_iter(),
            steps: 0,
            max_steps,
        }
    }
}

impl Iterator for LocalDates {
    type Item = Result<NaiveDate, RRuleError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(day) = self.pending.next() {
                return Some(Ok(day));
            }
            let start = self.period.filter(|&p| p <= self.through)?;
            self.steps = self.steps.saturating_add(1 + self.rule.period_len(start));
            if self.steps > self.max_steps {
                self.period = None;
                return Some(Err(RRuleError::TooManySteps));
            }
            let mut set = self.rule.period_set(start);
            set.retain(|&d| d >= self.dtstart);
            self.pending = set.into_iter();
            self.period = self.rule.next_period(start);
        }
    }
}

/// Occurrences of a recurring window: RRULE expanded on the region's wall
/// clock from DTSTART = `starts_on` + `start_time`, COUNT/UNTIL applied
/// first, then `exceptions` (EXDATE, local dates) removed; each local start
/// resolved with [`resolve_local`]; end = start + `duration_minutes` real
/// minutes. Stops at the first occurrence whose local date is after
/// `through` (and at 9999-12-31).
pub fn expand(
    rule: &RRule,
    zone: Zone,
    starts_on: NaiveDate,
    start_time: NaiveTime,
    duration_minutes: u32,
    exceptions: &[NaiveDate],
    through: NaiveDate,
) -> Result<Vec<RuleOccurrence>, RRuleError> {
    let mut budget = MAX_STEPS;
    expand_within(
        rule,
        zone,
        starts_on,
        start_time,
        duration_minutes,
        exceptions,
        through,
        &mut budget,
    )
}

/// [`expand`] within a budget shared by several rules: at most `*budget`
/// steps (and never more than [`MAX_STEPS`]), and what it spent is taken
/// off `*budget`. A feed of many costly rules then ends in bounded time.
#[allow(clippy::too_many_arguments)]
pub fn expand_within(
    rule: &RRule,
    zone: Zone,
    starts_on: NaiveDate,
    start_time: NaiveTime,
    duration_minutes: u32,
    exceptions: &[NaiveDate],
    through: NaiveDate,
    budget: &mut u32,
) -> Result<Vec<RuleOccurrence>, RRuleError> {
    if !(1..=MAX_DURATION_MINUTES).contains(&duration_minutes) {
        return Err(RRuleError::Duration(duration_minutes));
    }
    if !(1..=LAST_DATE.year()).contains(&starts_on.year()) {
        return Err(RRuleError::DateOutOfRange(starts_on));
    }
    let through = through.min(LAST_DATE);
    let mut dates = LocalDates::new(rule, starts_on, through, (*budget).min(MAX_STEPS));
    let result = expand_dates(
        &mut dates,
        rule,
        zone,
        start_time,
        duration_minutes,
        exceptions,
        through,
    );
    *budget = budget.saturating_sub(dates.steps);
    result
}

#[allow(clippy::too_many_arguments)]
fn expand_dates(
    dates: &mut LocalDates,
    rule: &RRule,
    zone: Zone,
    start_time: NaiveTime,
    duration_minutes: u32,
    exceptions: &[NaiveDate],
    through: NaiveDate,
) -> Result<Vec<RuleOccurrence>, RRuleError> {
    let length = TimeDelta::minutes(i64::from(duration_minutes));
    let skipped: HashSet<NaiveDate> = exceptions.iter().copied().collect();
    let mut occurrences = Vec::new();
    let mut counted = 0u32;
    for date in dates.by_ref() {
        let date = date?;
        if date > through {
            break;
        }
        let wall = date.and_time(start_time);
        let (start, resolution) = resolve_local(zone, wall);
        if rule.is_past_until(wall, start) {
            break;
        }
        counted += 1;
        if !skipped.contains(&date) {
            let end = start
                .checked_add_signed(length)
                .ok_or(RRuleError::DateOutOfRange(date))?;
            occurrences.push(RuleOccurrence {
                local_date: date,
                start,
                end,
                resolution,
            });
        }
        if rule.count_reached(counted) {
            break;
        }
    }
    Ok(occurrences)
}
