#!/usr/bin/env python3
"""Reads an Atom feed with Python's `feedparser` and as XML (`xml.etree`),
and prints what the tests check, as JSON.

    python3 server/tests/check_atom.py feed.atom

feedparser must read it without complaint (`bozo == 0`, version `atom10`);
as XML, the feed and every entry must have the elements RFC 4287 requires
(id, title, updated; an author for the feed). Problems are listed under
"defects". Exit status 3 when feedparser is missing (run `make tool-python`).
"""

import json
import sys
import xml.etree.ElementTree as ET

try:
    import feedparser
except ImportError:
    sys.stderr.write("check_atom.py: the Python module 'feedparser' is missing; run: make tool-python\n")
    sys.exit(3)

A = "{http://www.w3.org/2005/Atom}"


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    defects = []
    parsed = feedparser.parse(data)
    if parsed.bozo:
        defects.append(f"feedparser: {parsed.get('bozo_exception')}")
    if parsed.version != "atom10":
        defects.append(f"feedparser version {parsed.version!r}")
    root = ET.fromstring(data)
    if root.tag != A + "feed":
        defects.append(f"root is {root.tag}")
    for name in ("id", "title", "updated", "author"):
        if root.find(A + name) is None:
            defects.append(f"the feed has no {name}")
    entries = []
    for e in root.findall(A + "entry"):
        for name in ("id", "title", "updated", "content"):
            if e.find(A + name) is None:
                defects.append(f"an entry has no {name}")
        entries.append({
            "id": e.findtext(A + "id"),
            "title": e.findtext(A + "title"),
            "updated": e.findtext(A + "updated"),
            "content": e.findtext(A + "content"),
        })
    out = {
        "defects": defects,
        "title": parsed.feed.get("title"),
        "updated": parsed.feed.get("updated"),
        "entries": entries,
        "feedparser_entries": [
            {"id": x.get("id"), "title": x.get("title"), "updated": x.get("updated"),
             "content": x.get("content", [{}])[0].get("value")}
            for x in parsed.entries
        ],
    }
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
