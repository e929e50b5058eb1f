#!/usr/bin/env python3
"""Mail throughput of feed-server (`make bench-mail`; a benchmark, not a test).

    python3 server/bench/mail_bench.py --bin target/release/feed-server [--subscribers 10000]

10,000 confirmed subscribers (written straight into the database), one new
window in the feed, every notice handed to a local SMTP sink
(server/tests/smtp_sink.py, Python's aiosmtpd) on 127.0.0.1. Reports the
time from the feed change to the last mail received, mails per second, the
server's peak memory (VmHWM) and the database's size. Everything runs in a
temporary folder that is removed afterwards.
"""

import argparse
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SINK = os.path.join(HERE, "..", "tests", "smtp_sink.py")


def feed(windows):
    return {
        "feed_version": 1,
        "service": {"name": "Bench Cloud", "status_url": "https://status.bench.example/"},
        "generated_at": "2026-11-26T12:00:00Z",
        "regions": [{"id": "us-east", "name": "US East", "time_zone": "America/New_York"}],
        "windows": windows,
        "recurring": [],
    }


def write_json(path, value):
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(value, f)
    os.replace(path + ".tmp", path)


def start_server(binary, root, sink_port, concurrency):
    args = [binary, "--dist", os.path.join(root, "dist"), "--feed", os.path.join(root, "feed.json"),
            "--db", os.path.join(root, "db", "subs.sqlite"), "--addr", "127.0.0.1:0",
            "--smtp", f"smtp://127.0.0.1:{sink_port}", "--mail-from", "Bench <bench@bench.example>",
            "--mail-rate", "off", "--check-every", "1", "--mail-concurrency", str(concurrency)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=open(os.path.join(root, "server.log"), "a"),
                            text=True)
    proc.stdout.readline()
    proc.stdout.readline()
    return proc


def vmhwm_kb(pid):
    with open(f"/proc/{pid}/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    """User + system CPU time of a process, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def count_eml(folder):
    return sum(1 for n in os.listdir(folder) if n.endswith(".eml"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--subscribers", type=int, default=10_000)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--fsync", action="store_true", help="the sink fsyncs each message (slower)")
    args = ap.parse_args()
    root = tempfile.mkdtemp(prefix="mail-bench-")
    sink = server = None
    try:
        os.makedirs(os.path.join(root, "dist"))
        with open(os.path.join(root, "dist", "index.html"), "w") as f:
            f.write("<!doctype html><title>bench</title>")
        write_json(os.path.join(root, "feed.json"), feed([]))
        inbox = os.path.join(root, "inbox")
        sink = subprocess.Popen([sys.executable, SINK, "--dir", inbox] + ([] if args.fsync else ["--no-fsync"]),
                                stdout=subprocess.PIPE, text=True)
        port = int(sink.stdout.readline().split()[1])

        # First start: the schema and the (empty) baseline.
        server = start_server(args.bin, root, port, args.concurrency)
        db = os.path.join(root, "db", "subs.sqlite")
        deadline = time.time() + 20
        while time.time() < deadline:
            with open(os.path.join(root, "server.log"), encoding="utf-8") as f:
                if "baseline" in f.read():
                    break
            time.sleep(0.1)
        server.terminate()
        server.wait()

        con = sqlite3.connect(db)
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        langs = [("en", "UTC"), ("de-DE", "Europe/Berlin"), ("ja-JP", "Asia/Tokyo"), ("ar-EG", "Africa/Cairo"),
                 ("fr-FR", "Europe/Paris"), ("es-MX", "America/Mexico_City"), ("pt-BR", "America/Sao_Paulo"),
                 ("zh-CN", "Asia/Shanghai")]
        rows = []
        for i in range(args.subscribers):
            locale, zone = langs[i % len(langs)]
            rows.append((f"user{i}@bench.example", "[]", zone, locale, "subscribed", secrets.token_hex(32),
                         secrets.token_hex(32), now, now, now))
        con.executemany(
            "INSERT INTO subscriptions (email, regions, time_zone, locale, status, token, unsubscribe_token,"
            " created_at, updated_at, confirmed_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        con.commit()
        con.close()

        server = start_server(args.bin, root, port, args.concurrency)
        time.sleep(1.5)
        start = (datetime.now(timezone.utc) + timedelta(days=2)).replace(microsecond=0)
        write_json(os.path.join(root, "feed.json"), feed([{
            "id": "bench-1", "title": "Database upgrade", "region": "us-east",
            "start": start.isoformat().replace("+00:00", "Z"),
            "end": (start + timedelta(hours=2)).isoformat().replace("+00:00", "Z"),
            "expected_downtime_minutes": 20,
            "tenant_slots": [{"tenant": "acme", "start": start.isoformat().replace("+00:00", "Z"),
                              "end": (start + timedelta(minutes=15)).isoformat().replace("+00:00", "Z")}],
        }]))
        t0 = time.monotonic()
        first = None
        peak = 0
        while count_eml(inbox) < args.subscribers:
            n = count_eml(inbox)
            if n and first is None:
                first = time.monotonic() - t0
            peak = max(peak, vmhwm_kb(server.pid))
            if time.monotonic() - t0 > 1800:
                raise SystemExit(f"only {n} mails after 30 minutes")
            time.sleep(0.2)
        drained = time.monotonic() - t0
        peak = max(peak, vmhwm_kb(server.pid))
        server_cpu = cpu_seconds(server.pid)
        sink_cpu = cpu_seconds(sink.pid)
        server.terminate()
        server.wait()
        size = sum(os.path.getsize(db + ext) for ext in ("", "-wal", "-shm") if os.path.exists(db + ext))
        con = sqlite3.connect(db)
        sent = con.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'published' AND status = 'sent'").fetchone()[0]
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        size_after_checkpoint = os.path.getsize(db)
        mail_bytes = sum(os.path.getsize(os.path.join(inbox, n)) for n in os.listdir(inbox) if n.endswith(".eml"))
        print(f"subscribers              {args.subscribers}")
        print(f"mails received           {count_eml(inbox)} (outbox rows sent: {sent})")
        print(f"first mail after         {first:.2f} s (the check runs every second)")
        print(f"time to drain            {drained:.2f} s")
        print(f"throughput               {args.subscribers / drained:.0f} mails/s")
        print(f"peak memory (VmHWM)      {peak / 1024:.1f} MiB")
        print(f"CPU                      server {server_cpu:.1f} s, SMTP sink {sink_cpu:.1f} s "
              f"({os.cpu_count()} cores; sink fsync {'on' if args.fsync else 'off'})")
        print(f"database                 {size / 1e6:.2f} MB with its WAL, {size_after_checkpoint / 1e6:.2f} MB checkpointed")
        print(f"average mail             {mail_bytes / max(1, count_eml(inbox)) / 1024:.1f} KiB")
    finally:
        for p in (server, sink):
            if p and p.poll() is None:
                p.kill()
                p.wait()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
