#!/usr/bin/env python3
"""Writes the seeds of the `zone` target (binary; layout in fuzz_targets/zone.rs).

Zone indexes are positions in chrono_tz::TZ_VARIANTS (alphabetical):
Africa/Casablanca 14, America/New_York 170, Antarctica/Troll 233,
Asia/Kathmandu 281, Australia/Lord_Howe 358, Etc/GMT+12 397, Etc/GMT-14 412,
Europe/Berlin 433, Europe/Dublin 441, Pacific/Kiritimati 547,
Pacific/Chatham 532, UTC 592.
Run from fuzz/: python3 gen_zone_seeds.py
"""
import datetime as d
import struct

U = d.timezone.utc
Y1 = -62135596800  # 0001-01-01T00:00:00Z
Y10000 = 253402300800  # 10000-01-01T00:00:00Z


def ts(*a):
    return int(d.datetime(*a, tzinfo=U).timestamp())


def seed(name, zone, disp, imode, iraw, wmode, wraw, span, text):
    data = struct.pack("<HHBqBqI", zone, disp, imode, iraw, wmode, wraw, span)
    with open(f"corpus/zone/{name}", "wb") as f:
        f.write(data + text.encode())


# Mode 2 reads the i64 as seconds since 1970 as is (the wall: its naive UTC).
seed("berlin-spring-gap", 433, 281, 2, ts(2026, 3, 29, 1, 0), 2, ts(2026, 3, 29, 2, 30), 7200, "Europe/Berlin")
seed("new-york-fall-back-repeated", 170, 592, 2, ts(2026, 11, 1, 5, 30), 2, ts(2026, 11, 1, 1, 30), 14400, "new york")
seed("lord-howe-half-hour-gap", 358, 433, 2, ts(2026, 10, 3, 15, 45), 2, ts(2026, 10, 4, 2, 15), 3600, "lord")
seed("chatham-repeated", 532, 358, 2, ts(2026, 4, 4, 14, 0), 2, ts(2026, 4, 5, 3, 15), 5400, "chatham")
seed("troll-two-hour-shift", 233, 281, 2, ts(2026, 3, 29, 0, 30), 2, ts(2026, 3, 29, 1, 30), 10800, "antarctica")
# Mode 3: near chrono's last (positive) or first (negative) instant.
seed("kiritimati-near-max", 547, 412, 3, 1, 3, 5, 86400, "utc+14")
seed("gmt-plus-12-near-min", 397, 547, 3, -1, 3, -7, 86400, "Asia/Calcutta\nMars/Base\nEurope/Kiev")
# Mode 1: within the years 1..=9999 (0 is 0001-01-01, the last is 9999-12-31T23:59:59).
seed("feed-years-edges", 547, 397, 1, 0, 1, Y10000 - Y1 - 1, 60, "kath")
# Mode 0: within 2019..2040.
seed("range-2019-2040", 14, 441, 0, 123456789, 0, 987654321, 600, "UTC+5:45")
