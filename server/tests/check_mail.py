#!/usr/bin/env python3
"""Reads mails with real parsers and prints what the tests check, as JSON.

    python3 server/tests/check_mail.py a.eml b.eml ...

Each message is parsed by Python's `email` package (policy `default`),
its calendar part by `icalendar`, its HTML part by `html.parser`. Prints a
JSON list with, per message: the headers the tests look at, the MIME
structure, the text of the plain and HTML parts, what the HTML says about
its direction and isolated values, and the calendar's METHOD and event.
Problems found while parsing (a part missing or undecodable, HTML tags
that do not balance, a calendar that does not parse) are listed under
"defects". Exit status 3 when a module is missing (run `make tool-python`).
"""

import json
import sys
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

try:
    import icalendar
except ImportError:
    sys.stderr.write("check_mail.py: the Python module 'icalendar' is missing; run: make tool-python\n")
    sys.exit(3)

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Html(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.defects = []
        self.dirs = []
        self.bdi = []
        self.links = []
        self.text = []
        self._in_bdi = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "dir" in attrs:
            self.dirs.append(attrs["dir"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if tag == "script":
            self.defects.append("a script element")
        if tag == "bdi":
            self._in_bdi += 1
            self.bdi.append("")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "bdi":
            self._in_bdi -= 1
        if not self.stack or self.stack[-1] != tag:
            self.defects.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else ''}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self._in_bdi and self.bdi:
            self.bdi[-1] += data


def calendar_of(data):
    cal = icalendar.Calendar.from_ical(data)
    events = []
    for ev in cal.walk("VEVENT"):
        events.append({
            "uid": str(ev.get("UID")),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "status": str(ev.get("STATUS")),
            "summary": str(ev.get("SUMMARY")),
            "start": ev.decoded("DTSTART").isoformat(),
            "end": ev.decoded("DTEND").isoformat(),
            "organizer": str(ev.get("ORGANIZER")) if ev.get("ORGANIZER") else None,
            "alarm": any(True for _ in ev.walk("VALARM")),
        })
    return {"method": str(cal.get("METHOD")), "events": events}


def read(path):
    with open(path, "rb") as f:
        msg = BytesParser(policy=policy.default).parse(f)
    out = {"file": path, "defects": [str(d) for d in msg.defects]}
    for name in ("From", "To", "Subject", "Message-ID", "Date", "Auto-Submitted",
                 "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version"):
        out[name] = str(msg[name]) if msg[name] is not None else None
    out["structure"] = [f"{p.get_content_type()}" for p in msg.walk()]
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    out["text"] = plain.get_content() if plain else None
    if html is None:
        out["html"] = None
        out["defects"].append("no text/html part")
    else:
        body = html.get_content()
        parser = Html()
        parser.feed(body)
        parser.close()
        if parser.stack:
            parser.defects.append(f"unclosed: {parser.stack}")
        out["html"] = body
        out["html_text"] = "".join(parser.text)
        out["html_dirs"] = parser.dirs
        out["html_bdi"] = parser.bdi
        out["html_links"] = parser.links
        out["defects"].extend(parser.defects)
    if plain is None:
        out["defects"].append("no text/plain part")
    out["calendar"] = None
    out["calendar_type"] = None
    out["attachment"] = None
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "text/calendar":
            out["calendar_type"] = part.get("Content-Type")
            try:
                out["calendar"] = calendar_of(part.get_payload(decode=True))
            except Exception as e:  # noqa: BLE001 - any parse failure is a defect
                out["defects"].append(f"calendar does not parse: {e}")
        elif part.get_filename():
            out["attachment"] = {"filename": part.get_filename(), "type": ctype}
            try:
                att = calendar_of(part.get_payload(decode=True))
                if out["calendar"] is not None and att != out["calendar"]:
                    out["defects"].append("the attached .ics differs from the calendar part")
            except Exception as e:  # noqa: BLE001
                out["defects"].append(f"attachment does not parse: {e}")
    return out


def main():
    print(json.dumps([read(p) for p in sys.argv[1:]], ensure_ascii=False))


if __name__ == "__main__":
    main()
