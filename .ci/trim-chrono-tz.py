#!/usr/bin/env python3
"""Make .ci/chrono-tz-trimmed: chrono-tz's own crate with every time-zone
transition before CUTOFF folded into each zone's first span.

Why: the full database costs about 70 KB brotli in the wasm, over a third of
the page's 200 KB first-view budget, and almost all of it is history the page
never shows (it lists the last 30 days and the future). Trimmed at 2020 it
costs about 27 KB. Every instant from CUTOFF on converts exactly as upstream
chrono-tz does; the native fixtures (Python zoneinfo) check it.

Usage: python3 .ci/trim-chrono-tz.py [SRC_DIR]
SRC_DIR defaults to chrono-tz-<version in Cargo.lock> in ~/.cargo/registry
(run `cargo fetch` first if it is missing)."""
import glob, os, re, shutil, sys

CUTOFF = 1577836800  # 2020-01-01T00:00:00Z
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEST = os.path.join(ROOT, ".ci", "chrono-tz-trimmed")
SPAN = re.compile(r'\s*\((-?\d+), FixedTimespan \{ (utc_offset: -?\d+, dst_offset: -?\d+, name: (?:None|Some\("[^"]*"\))) \}\),')


def locked_version():
    lock = open(os.path.join(ROOT, "Cargo.lock")).read()
    m = re.search(r'name = "chrono-tz"\nversion = "([^"]+)"', lock)
    if not m:
        sys.exit("chrono-tz is not in Cargo.lock")
    return m.group(1)


SET = re.compile(
    r"const REST: &\[\(i64, FixedTimespan\)\] = &\[(.*?)\];\n"
    r"(\s*)FixedTimespanSet \{\n\s*first: FixedTimespan \{\n"
    r"\s*utc_offset: (-?\d+),\n\s*dst_offset: (-?\d+),\n\s*name: (None|Some\(\"[^\"]*\"\)),\n\s*\},\n"
    r"\s*rest: REST\n\s*\}",
    re.S,
)


def span(fields):
    return f"FixedTimespan {{ {fields} }}"


def compact(m):
    """One zone: transitions before CUTOFF folded into the first span; the
    rest delta-encoded, each pointing into a table of distinct spans."""
    first = f"utc_offset: {m.group(3)}, dst_offset: {m.group(4)}, name: {m.group(5)}"
    spans = []
    for line in filter(str.strip, m.group(1).split("\n")):
        s = SPAN.match(line)
        if not s:
            sys.exit(f"unexpected line: {line!r}")
        spans.append((int(s.group(1)), s.group(2)))
    before = [s for s in spans if s[0] < CUTOFF]
    if before:
        first = before[-1][1]
    kept = [s for s in spans if s[0] >= CUTOFF]
    table, kinds, deltas, at = [], [], [], 0
    for t, fields in kept:
        if fields not in table:
            table.append(fields)
        kinds.append(table.index(fields))
        if not 0 < t - at < 2**32:
            sys.exit(f"transition {t} does not fit a u32 delta")
        deltas.append(t - at)
        at = t
    if len(table) > 255:
        sys.exit("more than 255 distinct spans in one zone")
    ind = m.group(2)
    return (
        f"FixedTimespanSet {{\n{ind}    first: {span(first)},\n"
        f"{ind}    deltas: &[{', '.join(map(str, deltas))}],\n"
        f"{ind}    kinds: &[{', '.join(map(str, kinds))}],\n"
        f"{ind}    spans: &[{', '.join(span(f) for f in table)}],\n{ind}}}"
    )


def trim(text):
    text, zones = SET.subn(compact, text)
    if "REST" in text:
        sys.exit("a zone in an unexpected layout is left")
    return text, zones


def merge_arms(text):
    """Zones with the same data (links, and zones that agree since the
    cutoff) share one match arm: 597 arms become about 112, and the wasm
    about 6 KB (1 KB brotli) smaller."""
    begin = text.index("match *self {", text.index("fn timespans(&self)")) + len("match *self {")
    end = text.index("\n         }\n    }\n", begin)
    arms = re.findall(r"\n            (Tz::\w+) => \{\n(.*?)\n            \},", text[begin:end], re.S)
    groups = {}
    for name, body in arms:
        groups.setdefault(body, []).append(name)
    merged = "".join(
        "\n            " + " | ".join(names) + " => {\n" + body + "\n            },"
        for body, names in groups.items()
    )
    return text[:begin] + merged + "\n" + text[end:], len(arms), len(groups)


def patch_impl(path):
    """FixedTimespanSet becomes the compact form (.ci/chrono-tz-compact.rs)
    and every lookup decodes it first."""
    src = open(path).read()
    begin = src.index("#[derive(Copy, Clone)]\npub struct FixedTimespanSet")
    end = src.index("pub trait TimeSpans")
    compact_rs = open(os.path.join(ROOT, ".ci", "chrono-tz-compact.rs")).read()
    src = src[:begin] + compact_rs + "\n" + src[end:]
    src, n = re.subn(r"\b(self|tz)\.timespans\(\);", r"\1.timespans().decode();", src)
    if n != 3:
        sys.exit(f"expected 3 timespans() lookups in timezone_impl.rs, found {n}")
    open(path, "w").write(src)


def main():
    version = locked_version()
    if len(sys.argv) > 1:
        src = sys.argv[1]
    else:
        found = glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/chrono-tz-{version}"))
        if not found:
            sys.exit(f"chrono-tz {version} not in ~/.cargo/registry: run `cargo fetch`")
        src = found[0]
    shutil.rmtree(DEST, ignore_errors=True)
    shutil.copytree(src, DEST, ignore=shutil.ignore_patterns("tz", "tests", "Cargo.toml.orig", "Cargo.lock", ".cargo_vcs_info.json", "benches"))
    path = os.path.join(DEST, "src", "prebuilt", "timezones.rs")
    text, zones = trim(open(path).read())
    text, arms, merged = merge_arms(text)
    if arms != zones:
        sys.exit(f"{zones} zones trimmed but {arms} match arms found")
    open(path, "w").write(text)
    patch_impl(os.path.join(DEST, "src", "timezone_impl.rs"))
    with open(os.path.join(DEST, "TRIMMED.md"), "w") as f:
        f.write(
            f"# chrono-tz {version}, trimmed\n\nGenerated by `.ci/trim-chrono-tz.py` (do not edit): transitions before "
            f"{CUTOFF} (2020-01-01T00:00:00Z) are folded into each zone's first span, in {zones} zones, and the rest are stored delta-encoded "
            f"(see .ci/chrono-tz-compact.rs); zones with the same data share one of {merged} match arms. "
            "From that instant on, every conversion is upstream chrono-tz's.\n"
        )
    print(f"trimmed chrono-tz {version}: {zones} zones -> {DEST}")


main()
