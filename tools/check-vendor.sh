#!/usr/bin/env bash
# make check-vendor (part of `make test`): the committed vendor/ crates must
# be exactly what their generators make from the pinned sources, and the
# pinned tz release must be the newest PyPI carries.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
pin=$(sed -n 's/^tzdata==//p' tools/requirements.txt)

python3 tools/gen-chrono-tz.py --out "$scratch/chrono-tz" >/dev/null
if ! diff -r -q vendor/chrono-tz "$scratch/chrono-tz"; then
  echo "check-vendor: vendor/chrono-tz is not what tools/gen-chrono-tz.py makes from tzdata==$pin: run \`make tzdata\`" >&2
  status=1
fi
python3 tools/trim-wasm-streams.py --out "$scratch/wasm-streams" >/dev/null
if ! diff -r -q vendor/wasm-streams "$scratch/wasm-streams"; then
  echo "check-vendor: vendor/wasm-streams is not what tools/trim-wasm-streams.py makes: run it" >&2
  status=1
fi

if newest=$(python3 tools/newest-tzdata.py 2>/dev/null); then
  if [ "$newest" != "$pin" ]; then
    echo "check-vendor: PyPI has tzdata $newest but the build carries tzdata $pin: run \`make tzdata\`" >&2
    status=1
  elif [ $status = 0 ]; then
    echo "check-vendor: vendor/ matches its generators; tz data is the newest on PyPI (tzdata $pin)"
  fi
else
  echo "check-vendor: warning: PyPI could not be reached, so whether tzdata $pin is the newest was not checked" >&2
fi
exit $status
