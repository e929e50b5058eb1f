#!/usr/bin/env bash
# make tzdata: move the build to the newest IANA tz release that PyPI's
# `tzdata` package carries, then regenerate everything computed from it:
# vendor/chrono-tz (the tables compiled into the app, the server and the
# tools) and the tests' zoneinfo fixtures. Prints the release before and
# after, and the zones whose offsets since 2020 changed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1

release() { sed -n 's/.*IANA_TZDB_VERSION: &str = "\(.*\)";/\1/p' vendor/chrono-tz/src/prebuilt/directory.rs; }
pin() { sed -n 's/^tzdata==//p' tools/requirements.txt; }

before=$(release)
before_pin=$(pin)
echo "tz data before: IANA $before (PyPI tzdata $before_pin)"

newest=$(python3 tools/newest-tzdata.py)
if [ "$newest" != "$before_pin" ]; then
  sed -i "s/^tzdata==.*/tzdata==$newest/" tools/requirements.txt
  echo "tools/requirements.txt: tzdata==$before_pin -> tzdata==$newest"
fi
python3 -m pip install --quiet -r tools/requirements.txt

old_offsets=$(mktemp)
trap 'rm -f "$old_offsets"' EXIT
cp tests/fixtures/zone_offsets.json "$old_offsets"
python3 tools/gen-chrono-tz.py
(cd tests/fixtures && python3 gen_zone_offsets.py && python3 gen_recurrence.py)
(cd tests/e2e && python3 gen_expected.py)

python3 - "$old_offsets" tests/fixtures/zone_offsets.json <<'PY'
import json, sys
from datetime import datetime, timezone
old, new = (json.load(open(p))["zones"] for p in sys.argv[1:3])
changed = []
for name, zone in sorted(new.items()):
    was = old.get(name)
    if was != zone:
        diff = sorted(set(map(tuple, (was or {}).get("changes", []))) ^ set(map(tuple, zone["changes"])))
        since = datetime.fromtimestamp(diff[0][0], timezone.utc).date() if diff else "2020-01-01"
        changed.append(f"{name} (from {since})")
print(f"zones whose offsets since 2020 changed: {len(changed)}")
for line in changed:
    print(f"  {line}")
PY
echo "tz data after:  IANA $(release) (PyPI tzdata $(pin))"
