#!/usr/bin/env python3
"""Prints the newest version of the PyPI package tzdata (e.g. 2026.6), as
pip sees it through the configured index; exits 2 when the index cannot be
reached. `make tzdata` moves to it; `make check-vendor` fails while the pin
in tools/requirements.txt is older."""
import os
import re
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as scratch:
    run = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--disable-pip-version-check", "-d", scratch, "tzdata"],
        capture_output=True, text=True, timeout=120,
    )
    wheels = [f for f in os.listdir(scratch) if f.startswith("tzdata-")]
    if run.returncode != 0 or not wheels:
        sys.stderr.write(run.stderr[-2000:])
        sys.exit(2)
    print(re.match(r"tzdata-([^-]+)-", wheels[0]).group(1))
