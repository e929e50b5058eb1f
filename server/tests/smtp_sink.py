#!/usr/bin/env python3
"""A real SMTP server for the feed server's tests (aiosmtpd, from PyPI).

    python3 server/tests/smtp_sink.py --dir DIR

Listens on 127.0.0.1 on a free port and prints "LISTENING <port>" on
stdout once it accepts connections. Each message it accepts is written to
DIR/<n>-<random>.eml (written, then renamed, *before* the 250 answer), so
a file exists for every message the client was told was taken (and
fsynced, unless --no-fsync).

DIR/control.json, read at every command (missing: all defaults), tells it
to misbehave:

    {"temp": 2,              answer 451 to the next 2 DATA commands
     "perm": 1,              then 554 to the next 1 DATA command
     "reject": ["a@b.c"],    answer 550 to RCPT TO for these addresses, always
     "delay_ms": 50}         wait this long before each 250 to DATA

The counts go down as they are used (the file is rewritten). Every answer
other than 250 is also noted in DIR/refused.log. Exit: SIGTERM/SIGKILL.
Exit status 3 when aiosmtpd is missing (run `make tool-python`).
"""

import argparse
import asyncio
import json
import os
import sys
import uuid

try:
    from aiosmtpd.smtp import SMTP
except ImportError:
    sys.stderr.write("smtp_sink.py: the Python module 'aiosmtpd' is missing; run: make tool-python\n")
    sys.exit(3)


class Sink:
    def __init__(self, folder, fsync=True):
        self.folder = folder
        self.fsync = fsync
        self.count = 0

    def _control_path(self):
        return os.path.join(self.folder, "control.json")

    def control(self):
        try:
            with open(self._control_path(), encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def save_control(self, ctl):
        tmp = self._control_path() + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(ctl, f)
        os.replace(tmp, self._control_path())

    def refused(self, line):
        with open(os.path.join(self.folder, "refused.log"), "a", encoding="utf-8") as f:
            f.write(line + "\n")

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.control().get("reject", []):
            self.refused(f"550 RCPT {address}")
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        ctl = self.control()
        for key, answer in (("temp", "451 4.3.0 Try again later"), ("perm", "554 5.6.0 Message refused")):
            if ctl.get(key, 0) > 0:
                ctl[key] -= 1
                self.save_control(ctl)
                self.refused(f"{answer[:3]} DATA {','.join(envelope.rcpt_tos)}")
                return answer
        delay = ctl.get("delay_ms", 0)
        if delay:
            await asyncio.sleep(delay / 1000)
        self.count += 1
        name = f"{self.count:06d}-{uuid.uuid4().hex[:8]}.eml"
        tmp = os.path.join(self.folder, "." + name + ".tmp")
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(tmp, "wb") as f:
            f.write(data)
            if self.fsync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, os.path.join(self.folder, name))
        return "250 2.0.0 Accepted"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--no-fsync", action="store_true", help="do not fsync each message (benchmarks)")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    sink = Sink(args.dir, fsync=not args.no_fsync)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(sink, hostname="sink.test", enable_SMTPUTF8=True, decode_data=False),
        host="127.0.0.1",
        port=0,
    )
    port = server.sockets[0].getsockname()[1]
    print(f"LISTENING {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
