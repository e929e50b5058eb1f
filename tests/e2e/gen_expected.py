#!/usr/bin/env python3
"""Generate fixtures/expected.json from fixtures/feed.json, independently of the app.

The app computes occurrences in Rust (chrono-tz + its own RRULE code); this
script computes the same thing with Python's zoneinfo (the pinned PyPI tzdata, the release the app carries) and
python-dateutil's RFC 5545 rrule, so the end-to-end test compares two
independent implementations.

Semantics (docs/feed-format.md, "The status feed" and "Recurrence"):
- a recurring occurrence starts at `start_time` wall clock on each date the
  RRULE yields from DTSTART = `starts_on` + `start_time` (floating local time),
  minus `exceptions` (EXDATE, local dates);
- local wall times are read with RFC 5545 section 3.3.5 rules, which are
  exactly Python's fold=0: a non-existent time (spring forward) uses the offset
  in force before the gap, an ambiguous one (fall back) the first occurrence;
- the duration is real (elapsed) minutes;
- listed when end > now and start < now + horizon_days, soonest first;
- status: the feed's if given, otherwise in_progress when start <= now < end,
  else scheduled;
- the `datetime` attribute is the local date-time in the display zone with
  seconds and offset (UTC shows +00:00).

Usage: python3 gen_expected.py   (requires Python >= 3.9 and python-dateutil)
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from pinned_tz import RELEASE  # noqa: E402  (zoneinfo on the pinned release)

HERE = Path(__file__).resolve().parent
FEED = HERE / "fixtures" / "feed.json"
OUT = HERE / "fixtures" / "expected.json"

# The clock the tests fix, and the horizon the test config sets.
NOW = datetime(2026, 11, 26, 12, 0, 0, tzinfo=timezone.utc)
HORIZON_DAYS = 180

# Canonical IANA names the page should show in data-display-zone.
DISPLAY_ZONES = [
    "America/New_York",
    "Europe/Berlin",
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Santiago",
    "Pacific/Chatham",
    "Asia/Tokyo",
    "UTC",
    # Zones whose rules changed in 2026 (IANA 2026a-f): wrong by an hour
    # on tables older than the release the build carries (tzdata.test.mjs).
    "America/Vancouver",
    "America/Havana",
    "Africa/Casablanca",
]


def parse_instant(s: str) -> datetime:
    # RFC 3339 with an offset; Python 3.11 accepts a trailing Z.
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        raise ValueError(f"instant without offset: {s}")
    return dt.astimezone(timezone.utc)


def local_to_utc(naive: datetime, zone: ZoneInfo) -> datetime:
    """RFC 5545 3.3.5 local time -> instant (fold=0 semantics)."""
    return naive.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)


def attr(instant: datetime, zone_name: str) -> str:
    local = instant.astimezone(ZoneInfo(zone_name))
    # isoformat() without microseconds: YYYY-MM-DDTHH:MM:SS+HH:MM
    s = local.replace(microsecond=0).isoformat()
    assert len(s) == 25, s
    return s


def main() -> int:
    feed = json.loads(FEED.read_text(encoding="utf-8"))
    regions = {r["id"]: r for r in feed["regions"]}
    horizon_end = NOW + timedelta(days=HORIZON_DAYS)

    occurrences = []

    for w in feed.get("windows", []):
        region = regions[w["region"]]
        occurrences.append(
            {
                "id": w["id"],
                "title": w["title"],
                "region": region["id"],
                "region_name": region["name"],
                "kind": w.get("kind"),
                "feed_status": w.get("status"),
                "has_downtime": "expected_downtime_minutes" in w,
                "start": parse_instant(w["start"]),
                "end": parse_instant(w["end"]),
            }
        )

    for r in feed.get("recurring", []):
        region = regions[r["region"]]
        zone = ZoneInfo(region["time_zone"])
        hh, mm = (int(x) for x in r["start_time"].split(":"))
        dtstart = datetime.combine(date.fromisoformat(r["starts_on"]), time(hh, mm))
        rule = rrulestr(r["rrule"], dtstart=dtstart)
        exdates = {date.fromisoformat(d) for d in r.get("exceptions", [])}
        # Local naive bound comfortably past the horizon (any zone is within +-14 h).
        stop = (horizon_end + timedelta(days=2)).replace(tzinfo=None)
        for local in rule:
            if local > stop:
                break
            if local.date() in exdates:
                continue
            start = local_to_utc(local, zone)
            end = start + timedelta(minutes=r["duration_minutes"])
            occurrences.append(
                {
                    "id": f"{r['id']}/{local.date().isoformat()}",
                    "title": r["title"],
                    "region": region["id"],
                    "region_name": region["name"],
                    "kind": r.get("kind"),
                    "feed_status": r.get("status"),
                    "has_downtime": "expected_downtime_minutes" in r,
                    "start": start,
                    "end": end,
                }
            )

    listed = [o for o in occurrences if o["end"] > NOW and o["start"] < horizon_end]
    listed.sort(key=lambda o: (o["start"], o["id"]))
    starts = [o["start"] for o in listed]
    if len(set(starts)) != len(starts):
        print("fixture has two windows with the same start; order would be ambiguous", file=sys.stderr)
        return 1

    out_windows = []
    for o in listed:
        if o["feed_status"]:
            status = o["feed_status"]
        elif o["start"] <= NOW < o["end"]:
            status = "in_progress"
        else:
            status = "scheduled"
        out_windows.append(
            {
                "id": o["id"],
                "status": status,
                "title": o["title"],
                "region": o["region"],
                "region_name": o["region_name"],
                "kind": o["kind"],
                "has_downtime": o["has_downtime"],
                "start_utc": o["start"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                "end_utc": o["end"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                "start": {z: attr(o["start"], z) for z in DISPLAY_ZONES},
                "end": {z: attr(o["end"], z) for z in DISPLAY_ZONES},
            }
        )

    not_listed = sorted({o["id"] for o in occurrences} - {w["id"] for w in out_windows})
    doc = {
        "generated_by": "gen_expected.py (Python zoneinfo + python-dateutil); do not edit by hand",
        "tzdata": RELEASE,
        "now": NOW.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "horizon_days": HORIZON_DAYS,
        "display_zones": DISPLAY_ZONES,
        # Each display zone's UTC offset at `now`, in seconds.
        "offsets_now": {z: int(NOW.astimezone(ZoneInfo(z)).utcoffset().total_seconds()) for z in DISPLAY_ZONES},
        "not_listed": not_listed,
        "windows": out_windows,
    }
    OUT.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(HERE)}: {len(out_windows)} windows listed, {len(not_listed)} not listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
