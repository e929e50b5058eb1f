#!/usr/bin/env python3
"""Writes vendor/chrono-tz: chrono-tz's own crate (the version in Cargo.lock,
so its API is unchanged) with its time-zone data replaced by the IANA release
of the pinned PyPI package `tzdata` (tools/requirements.txt), compacted.

Why the data is replaced: chrono-tz's newest release carries an old tz
database (0.10.4 has 2025b), and zones have changed since: under 2026f
America/Vancouver stays on UTC-7 from November 2026, so a page on 2025b shows
every time there an hour off. The PyPI package `tzdata` is the newest release
a package registry carries, and it is the very data the tests' Python
`zoneinfo` fixtures are computed from, so the app and its reference agree by
construction.

Why compacted: the full database costs about 70 KB brotli in the wasm, over a
third of the page's first-view budget, and almost all of it is history the
page never shows. So:
- transitions before CUTOFF (2020-01-01) are folded into each zone's first
  span: every instant from CUTOFF on converts exactly as the release says;
- the rest are delta-encoded with a per-zone table of distinct spans
  (tools/chrono-tz-compact.rs replaces upstream's FixedTimespanSet);
- zones with the same data share one match arm.

Each zone's transitions come from its TZif file (RFC 8536, version 2+ data);
after the last explicit transition the file's POSIX TZ footer is expanded
year by year until 2099, as chrono-tz's own tables do.

Usage: python3 tools/gen-chrono-tz.py [--out DIR]
(`make tzdata` refreshes the pin and runs this; `make check-vendor` runs it
into a scratch folder and fails if vendor/chrono-tz differs.)"""

import calendar
import datetime
import os
import re
import shutil
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vendoring import ROOT, locked_version, out_dir, upstream_source  # noqa: E402

CUTOFF = 1577836800  # 2020-01-01T00:00:00Z
LAST_YEAR = 2099  # chrono-tz's tables also stop there
DEST = out_dir(os.path.join(ROOT, "vendor", "chrono-tz"))
REQUIREMENTS = os.path.join(ROOT, "tools", "requirements.txt")


# --- the pinned source ------------------------------------------------------

def pinned_tzdata():
    for line in open(REQUIREMENTS):
        m = re.match(r"\s*tzdata==(\S+)", line)
        if m:
            return m.group(1)
    sys.exit(f"no tzdata== pin in {REQUIREMENTS}")


def load_tzdata():
    pin = pinned_tzdata()
    try:
        import tzdata
    except ImportError:
        sys.exit(f"the Python package tzdata=={pin} is not installed: run `make tool-python`")
    if tzdata.__version__ != pin:
        sys.exit(f"tzdata {tzdata.__version__} is installed but tools/requirements.txt pins {pin}: run `make tool-python`")
    return tzdata, os.path.join(os.path.dirname(tzdata.__file__), "zoneinfo")


# --- TZif (RFC 8536) --------------------------------------------------------

class Tzif:
    def __init__(self, data, name):
        if data[:4] != b"TZif" or data[4:5] not in (b"2", b"3", b"4"):
            sys.exit(f"{name}: not a TZif file of version 2 or later")
        counts = struct.unpack(">6l", data[20:44])
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        # Skip the version 1 (32-bit) block; the 64-bit one follows.
        v1 = timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        at = 44 + v1
        if data[at : at + 4] != b"TZif":
            sys.exit(f"{name}: no second header")
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = struct.unpack(">6l", data[at + 20 : at + 44])
        at += 44
        self.times = list(struct.unpack(f">{timecnt}q", data[at : at + 8 * timecnt]))
        at += 8 * timecnt
        self.indices = list(data[at : at + timecnt])
        at += timecnt
        raw = [struct.unpack(">lBB", data[at + 6 * i : at + 6 * i + 6]) for i in range(typecnt)]
        at += 6 * typecnt
        chars = data[at : at + charcnt]
        at += charcnt + leapcnt * 12 + isstdcnt + isutcnt
        self.types = [(utoff, bool(isdst), chars[ab : chars.index(b"\0", ab)].decode()) for utoff, isdst, ab in raw]
        footer = data[at:]
        if not (footer.startswith(b"\n") and footer.rstrip(b"\n") is not None):
            sys.exit(f"{name}: no TZ string footer")
        self.footer = footer.strip(b"\n").decode()


# --- POSIX TZ strings (as in TZif footers) ----------------------------------

def _name(s, i):
    if s[i] == "<":
        j = s.index(">", i)
        return s[i + 1 : j], j + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    return s[i:j], j


def _hms(s, i):
    """[+-]hh[:mm[:ss]] -> seconds, next index."""
    m = re.compile(r"([+-]?)(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?").match(s, i)
    if not m:
        raise ValueError(f"bad time in {s!r} at {i}")
    secs = int(m.group(2)) * 3600 + int(m.group(3) or 0) * 60 + int(m.group(4) or 0)
    return (-secs if m.group(1) == "-" else secs), m.end()


def _rule(s, i):
    """A date rule and its time (default 02:00): (kind, args, secs), next."""
    if s[i] == "M":
        m = re.compile(r"M(\d+)\.(\d)\.(\d)").match(s, i)
        rule, i = ("M", tuple(map(int, m.groups()))), m.end()
    elif s[i] == "J":
        m = re.compile(r"J(\d+)").match(s, i)
        rule, i = ("J", int(m.group(1))), m.end()
    else:
        m = re.compile(r"(\d+)").match(s, i)
        rule, i = ("N", int(m.group(1))), m.end()
    secs = 7200
    if i < len(s) and s[i] == "/":
        secs, i = _hms(s, i + 1)
    return rule + (secs,), i


def parse_posix(s):
    """(std (utoff, False, abbr), dst (utoff, True, abbr) or None, start, end)."""
    std, i = _name(s, 0)
    off, i = _hms(s, i)
    std = (-off, False, std)
    if i == len(s):
        return std, None, None, None
    dst, i = _name(s, i)
    dst_off = std[0] + 3600
    if i < len(s) and s[i] != ",":
        off, i = _hms(s, i)
        dst_off = -off
    dst = (dst_off, True, dst)
    if i == len(s) or s[i] != ",":
        raise ValueError(f"DST without rules in {s!r}")
    start, i = _rule(s, i + 1)
    if s[i] != ",":
        raise ValueError(f"one rule only in {s!r}")
    end, i = _rule(s, i + 1)
    if i != len(s):
        raise ValueError(f"trailing text in {s!r}")
    return std, dst, start, end


def rule_day(rule, year):
    """The date a rule names in `year`, as days since the epoch."""
    jan1 = (datetime.date(year, 1, 1) - datetime.date(1970, 1, 1)).days
    kind = rule[0]
    if kind == "J":  # 1..365, 29 February never counted
        n = rule[1]
        return jan1 + n - 1 + (1 if calendar.isleap(year) and n >= 60 else 0)
    if kind == "N":  # 0..365, 29 February counted
        return jan1 + rule[1]
    month, week, weekday = rule[1]  # weekday 0 = Sunday
    first = datetime.date(year, month, 1)
    delta = (weekday - (first.weekday() + 1) % 7) % 7
    day = 1 + delta + 7 * (week - 1)
    last = calendar.monthrange(year, month)[1]
    while day > last:
        day -= 7
    return (datetime.date(year, month, day) - datetime.date(1970, 1, 1)).days


# --- one zone ---------------------------------------------------------------

def transitions(tz):
    """[(utc instant, (utoff, isdst, abbr))] through LAST_YEAR, and the type
    in force before the first of them."""
    out = [(t, tz.types[k]) for t, k in zip(tz.times, tz.indices)]
    initial = tz.types[0]
    std, dst, start, end = parse_posix(tz.footer)
    last = out[-1][0] if out else None
    if dst is None:
        if out and out[-1][1][:2] != std[:2]:
            out.append((last + 1, std))  # never seen in practice; kept exact
        elif not out:
            initial = std
    else:
        first_year = datetime.datetime.fromtimestamp(last, datetime.timezone.utc).year if out else 1970
        extra = []
        for year in range(first_year, LAST_YEAR + 1):
            on = rule_day(start, year) * 86400 + start[2] - std[0]
            off = rule_day(end, year) * 86400 + end[2] - dst[0]
            extra += [(on, dst), (off, std)]
        extra.sort(key=lambda x: x[0])
        for t, ty in extra:
            if last is not None and t <= last:
                continue
            if out and out[-1][0] == t:
                out[-1] = (t, ty)
            else:
                out.append((t, ty))
    # Drop transitions that change nothing.
    kept, now = [], initial
    for t, ty in out:
        if ty != now:
            kept.append((t, ty))
            now = ty
    return initial, kept


NUMERIC = re.compile(r"^[+-]\d{2}(\d{2})?$")


def spans(initial, trans):
    """chrono-tz's FixedTimespan fields for each type in use: the standard
    offset of a DST type is that of the standard type in force before it (or,
    with none before, after it)."""
    seq = [initial] + [ty for _, ty in trans]

    def fields(i):
        utoff, isdst, abbr = seq[i]
        std = utoff
        if isdst:
            before = [s for s in seq[:i] if not s[1]]
            after = [s for s in seq[i + 1 :] if not s[1]]
            std = before[-1][0] if before else after[0][0] if after else utoff - 3600
        name = "None" if NUMERIC.match(abbr) else f'Some("{abbr}")'
        return f"utc_offset: {std}, dst_offset: {utoff - std}, name: {name}"

    return [fields(i) for i in range(len(seq))]


def zone_body(tz, indent):
    initial, trans = transitions(tz)
    fields = spans(initial, trans)
    before = [i for i, (t, _) in enumerate(trans) if t < CUTOFF]
    first = fields[before[-1] + 1] if before else fields[0]
    table, kinds, deltas, at = [], [], [], 0
    for i, (t, _) in enumerate(trans):
        if t < CUTOFF:
            continue
        f = fields[i + 1]
        if f not in table:
            table.append(f)
        kinds.append(table.index(f))
        if not 0 < t - at < 2**32:
            sys.exit(f"transition {t} does not fit a u32 delta")
        deltas.append(t - at)
        at = t
    if len(table) > 255:
        sys.exit("more than 255 distinct spans in one zone")

    def span(f):
        return f"FixedTimespan {{ {f} }}"

    return (
        f"{indent}FixedTimespanSet {{\n"
        f"{indent}    first: {span(first)},\n"
        f"{indent}    deltas: &[{', '.join(map(str, deltas))}],\n"
        f"{indent}    kinds: &[{', '.join(map(str, kinds))}],\n"
        f"{indent}    spans: &[{', '.join(span(f) for f in table)}],\n"
        f"{indent}}}"
    )


# --- the crate --------------------------------------------------------------

def write_timezones(path, zoneinfo_dir):
    text = open(path).read()
    zones = re.findall(r"\n    /// (\S+)\n    (\w+),", text[: text.index("static TIMEZONES")])
    begin = text.index("match *self {", text.index("fn timespans(&self)")) + len("match *self {")
    end = text.index("\n         }\n    }\n", begin)
    groups = {}
    for name, variant in zones:
        f = os.path.join(zoneinfo_dir, *name.split("/"))
        if not os.path.isfile(f):
            sys.exit(f"{name}: chrono-tz has it, the tz release does not")
        body = zone_body(Tzif(open(f, "rb").read(), name), " " * 16)
        groups.setdefault(body, []).append(f"Tz::{variant}")
    arms = "".join(
        "\n            " + " | ".join(names) + " => {\n" + body + "\n            },"
        for body, names in groups.items()
    )
    open(path, "w").write(text[:begin] + arms + "\n" + text[end:])
    return len(zones), len(groups)


def patch_impl(path):
    """FixedTimespanSet becomes the compact form and every lookup decodes it."""
    src = open(path).read()
    begin = src.index("#[derive(Copy, Clone)]\npub struct FixedTimespanSet")
    end = src.index("pub trait TimeSpans")
    compact_rs = open(os.path.join(ROOT, "tools", "chrono-tz-compact.rs")).read()
    src = src[:begin] + compact_rs + "\n" + src[end:]
    src, n = re.subn(r"\b(self|tz)\.timespans\(\);", r"\1.timespans().decode();", src)
    if n != 3:
        sys.exit(f"expected 3 timespans() lookups in timezone_impl.rs, found {n}")
    open(path, "w").write(src)


def set_release(path, release):
    src = open(path).read()
    src, n = re.subn(r'pub const IANA_TZDB_VERSION: &str = "[^"]*";', f'pub const IANA_TZDB_VERSION: &str = "{release}";', src)
    if n != 1:
        sys.exit(f"{path}: no IANA_TZDB_VERSION")
    open(path, "w").write(src)


def main():
    version = locked_version("chrono-tz")
    tzdata, zoneinfo_dir = load_tzdata()
    release = tzdata.IANA_VERSION
    src = upstream_source("chrono-tz", version)
    shutil.rmtree(DEST, ignore_errors=True)
    shutil.copytree(src, DEST, ignore=shutil.ignore_patterns(
        "tz", "tests", "benches", "Cargo.toml.orig", "Cargo.lock", ".cargo_vcs_info.json", ".cargo-ok", "README.md"))
    zones, arms = write_timezones(os.path.join(DEST, "src", "prebuilt", "timezones.rs"), zoneinfo_dir)
    set_release(os.path.join(DEST, "src", "prebuilt", "directory.rs"), release)
    patch_impl(os.path.join(DEST, "src", "timezone_impl.rs"))
    with open(os.path.join(DEST, "README.md"), "w") as f:
        f.write(
            f"# chrono-tz {version} with IANA tzdata {release}\n\n"
            "Generated by `tools/gen-chrono-tz.py`; do not edit (`make tzdata` refreshes it, and `make test` fails "
            "when it differs from what the generator makes).\n\n"
            f"- Code: chrono-tz {version} from crates.io, unchanged but for `src/timezone_impl.rs`, whose "
            "`FixedTimespanSet` is the compact form of `tools/chrono-tz-compact.rs`.\n"
            f"- Data: IANA tzdata {release}, from the TZif files of the PyPI package `tzdata` {tzdata.__version__} "
            f"(pinned in `tools/requirements.txt`), for all {zones} zone names chrono-tz knows; `IANA_TZDB_VERSION` "
            f"is \"{release}\".\n"
            f"- Trim: transitions before {CUTOFF} (2020-01-01T00:00:00Z) are folded into each zone's first span; "
            f"from then on every conversion is the release's, through {LAST_YEAR}. Zones with the same data share one "
            f"of {arms} match arms.\n\n"
            "Licences: chrono-tz is MIT or Apache-2.0 (`LICENSE`); the tz database is in the public domain.\n"
        )
    print(f"chrono-tz {version} with IANA {release}: {zones} zones, {arms} match arms -> {os.path.relpath(DEST, ROOT)}")


if __name__ == "__main__":
    main()
