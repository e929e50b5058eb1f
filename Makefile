# make serve  - build the release app and serve it on http://127.0.0.1:8080
# make test   - every test layer: lint, native core, wasm in Chromium, end to end
# make dist   - release build in dist/ (works under any sub-path)
# make size   - bytes of everything the first view fetches, raw and brotli
# make tzdata - move to the newest IANA tz release on PyPI and regenerate the
#               compiled tables (vendor/chrono-tz) and the tests' fixtures
# Each target installs what it needs and skips what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO_BIN := $(HOME)/.cargo/bin
TOOLS := $(CURDIR)/tools/node_modules/.bin
export PATH := $(TOOLS):$(CARGO_BIN):$(PATH)
# Leptos' erase_components turns every component into an AnyView: about 15 KB
# brotli less wasm (measured), no behaviour change. wasm32 only, so host
# builds (the core's tests, the server) keep their cache.
# Remapping source paths shortens the panic locations kept in the wasm (the
# last matching prefix wins).
# crates.io's source folder (its name is fixed for a cargo version; a
# fresh machine has not created it yet when make starts).
REGISTRY_SRC := $(HOME)/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --cfg erase_components \
  --remap-path-prefix=$(HOME)/.cargo/registry/src/= --remap-path-prefix=$(CURDIR)/= \
  --remap-path-prefix=$(REGISTRY_SRC)=
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
TRUNK_VERSION := 0.21.14
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: tzdata check-vendor all tools tool-rust tool-trunk tool-wasm-bindgen tool-wasm-opt tool-chromium tool-fonts tool-e2e tool-python \
	dist serve test lint test-native test-browser test-e2e size bench clean

all: dist

tools: tool-rust tool-trunk tool-wasm-bindgen tool-wasm-opt

tool-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

tool-trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION) (about 10 minutes)"; \
	  cargo install --locked trunk --version $(TRUNK_VERSION); fi

# --locked fails for wasm-bindgen-cli here (a pinned dependency is not in the registry).
tool-wasm-bindgen:
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 4 minutes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; fi
	@grep -q 'wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml || \
	  { echo "Trunk.toml [tools] wasm_bindgen must be $(WASM_BINDGEN_VERSION) (Cargo.lock)"; exit 1; }

tool-wasm-opt:
	@[ -x $(TOOLS)/wasm-opt ] && [ -d tools/node_modules/terser ] || npm ci --prefix tools --no-audit --no-fund

tool-chromium:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; fi

# Fonts for the scripts the page is translated into (Arabic, Chinese,
# Japanese): this machine's Chromium has none, and the screenshot tests
# compare glyphs (tests/e2e/screenshots.test.mjs).
tool-fonts:
	@if ! fc-list 2>/dev/null | grep -q 'Noto Sans Arabic' || ! fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-core fonts-noto-cjk; fi

tool-e2e: tool-chromium tool-fonts
	@[ -d tests/e2e/node_modules/playwright-core ] && [ -d tests/e2e/node_modules/axe-core ] && [ -d tests/e2e/node_modules/pixelmatch ] && [ -d tests/e2e/node_modules/pngjs ] || npm ci --prefix tests/e2e --no-audit --no-fund

# dist/calendar.ics and dist/feed.atom: the sample feed's subscribable
# calendar and Atom feed as files, so config.json's calendar_url and atom_url
# work on a static host too (regenerate them with `make calendar` and
# `make atom` whenever the feed changes).
dist: tools
	trunk build --release
	node tools/postbuild.mjs dist
	cargo run --locked -q -p maintenance-feed-server --bin feed-calendar -- --feed dist/feed.json --out dist/calendar.ics
	cargo run --locked -q -p maintenance-feed-server --bin feed-atom -- --feed dist/feed.json --out dist/feed.atom
	cargo run --locked -q -p maintenance-feed-server --bin feed-snapshot -- --feed dist/feed.json --dist dist
	@node tools/size.mjs dist

# The reference feed server (server/) serves dist/, the sample feed and
# the subscription endpoint; it prints where subscriptions are stored.
# server/serve-config.json is public/config.json plus feedback_url (the
# reference server takes FAQ answers; a static host has nowhere to send them).
serve: dist
	cargo run --locked -q -p maintenance-feed-server --bin feed-server -- \
	  --dist dist --feed public/feed.json --config server/serve-config.json \
	  --db target/serve/subscriptions.sqlite --addr $(HOST):$(PORT)

size:
	@[ -f dist/index.html ] || $(MAKE) dist
	@node tools/size.mjs dist

test: lint test-native test-browser test-e2e

lint: tool-rust check-vendor
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p maintenance-feed-server --all-targets -- -D warnings
	cargo clippy -p maintenance-feed-server --all-targets --features test-control -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

# The Python packages the tools and tests use, pinned in tools/requirements.txt:
# tzdata (the tz release, see `make tzdata`), python-dateutil, icalendar.
tool-python:
	@PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --quiet -r tools/requirements.txt

# make tzdata - the newest IANA release PyPI's tzdata carries becomes the
# build's: moves the pin, regenerates vendor/chrono-tz and the zoneinfo
# fixtures, prints the release before and after and the zones that changed.
tzdata: tool-python
	bash tools/tzdata.sh

# make check-vendor - vendor/ is what its generators make from the pinned
# sources, and the pinned tz release is the newest on PyPI (part of lint).
check-vendor: tool-python
	bash tools/check-vendor.sh

test-native: tool-python
	cargo test
	cargo test -p maintenance-feed-server --features test-control

test-browser: tool-rust tool-wasm-bindgen tool-chromium
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test --target wasm32-unknown-unknown --test web

test-e2e: dist tool-e2e
	cargo build --locked -q -p maintenance-feed-server --features test-control --bin feed-server
	cd tests/e2e && DIST=$(CURDIR)/dist node --test --test-concurrency=1

# make bench - issue 7's benchmark (not part of `make test`, about 4-5 min): the
# core natively (criterion), then the release page in headless Chromium against
# the static reference (tests/bench/README.md), unthrottled and throttled.
# Every sample lands in target/bench/page.json; BASELINE=target/bench/page.json
# compares with the previous run; RUNS=N loads per condition.
RUNS ?= 10
bench: dist tool-e2e
	cargo bench --locked -p maintenance-window-bench
	node tests/bench/page.mjs --runs $(RUNS) --json target/bench/page.json $(if $(BASELINE),--baseline $(BASELINE))

clean:
	cargo clean
	rm -rf dist

# make fuzz - cargo-fuzz targets for the core (fuzz/README.md), not part of
# `make test`: each of FUZZ_TARGETS for FUZZ_SECONDS with nightly, from the
# committed seeds (fuzz/corpus/<target>, only read) and a scratch corpus that
# grows across runs (fuzz/target/corpus/<target>, git-ignored). A panic, or a
# run over 10 s (a hang), fails with the input in fuzz/artifacts/<target>/.
# Logs: fuzz/target/logs/<target>.log. About 5 minutes with the defaults.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= feed_v1 statuspage rrule zone
.PHONY: fuzz tool-fuzz

tool-fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

fuzz: tool-fuzz
	cd fuzz && cargo +nightly fetch --locked -q && cargo +nightly fuzz build
	@cd fuzz && mkdir -p target/logs && printf '%-11s %10s %8s %8s %7s %14s\n' target executions exec/s seconds seeds 'scratch corpus'; \
	for t in $(FUZZ_TARGETS); do \
	  case $$t in rrule) dict=-dict=dict/rrule.dict;; zone) dict=;; *) dict=-dict=dict/feed.dict;; esac; \
	  mkdir -p target/corpus/$$t; start=$$(date +%s); \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/fuzz/lsan.supp \
	  cargo +nightly fuzz run $$t target/corpus/$$t corpus/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 $$dict \
	    > target/logs/$$t.log 2>&1 || { tail -n 80 target/logs/$$t.log; echo "fuzz: $$t failed, see fuzz/artifacts/$$t/"; exit 1; }; \
	  runs=$$(awk '/stat::number_of_executed_units/ {print $$2}' target/logs/$$t.log); \
	  rate=$$(awk '/stat::average_exec_per_sec/ {print $$2}' target/logs/$$t.log); \
	  printf '%-11s %10s %8s %8s %7s %14s\n' $$t "$$runs" "$$rate" $$(( $$(date +%s) - start )) \
	    $$(ls corpus/$$t | wc -l) $$(ls target/corpus/$$t | wc -l); \
	done

# make calendar FEED=public/feed.json OUT=dist/calendar.ics - the subscribable
# calendar of a feed (every upcoming window, stable UIDs, SEQUENCE bumped when
# a window moves) as a static file for a host without the reference server,
# written by server/'s feed-calendar (server/README.md). SEQUENCE
# is carried over from PREVIOUS= (default: OUT itself when it exists; Trunk
# replaces dist/ on `make dist`, so run this after it, with the published
# calendar as PREVIOUS). Optional: REGIONS=us-east,eu-central TENANT=acme
# DAYS=365 PAGE_URL=https://status.example.com/maintenance/.
FEED ?= public/feed.json
OUT ?= dist/calendar.ics
DIST ?= dist
.PHONY: calendar snapshot

# make snapshot FEED=<file> DIST=<dir> [NOW=<RFC 3339>] - re-bakes the
# schedule snapshot in DIST/index.html from FEED, with DIST/config.json's
# horizon_days and title, as of NOW (default: now); for a static host's
# deploy step whenever the feed changes. A bad feed leaves DIST untouched.
snapshot:
	cargo run --locked -q -p maintenance-feed-server --bin feed-snapshot -- \
	  --feed '$(FEED)' --dist '$(DIST)' $(if $(NOW),--now '$(NOW)')

calendar:
	cargo run --locked -q -p maintenance-feed-server --bin feed-calendar -- \
	  --feed '$(FEED)' --out '$(OUT)' $(if $(PREVIOUS),--previous '$(PREVIOUS)') \
	  $(if $(REGIONS),--regions '$(REGIONS)') $(if $(TENANT),--tenant '$(TENANT)') \
	  $(if $(DAYS),--days '$(DAYS)') $(if $(PAGE_URL),--page-url '$(PAGE_URL)')

# make atom FEED=public/feed.json OUT=dist/feed.atom - the schedule as an
# Atom feed file for a static host (server/'s feed-atom; each entry's
# `updated` is carried over from OUT, or PREVIOUS=). Optional: DAYS=365
# PAGE_URL=https://status.example.com/maintenance/ SELF_URL=<the feed's URL>.
.PHONY: atom
atom:
	cargo run --locked -q -p maintenance-feed-server --bin feed-atom -- \
	  --feed '$(FEED)' --out '$(or $(filter-out dist/calendar.ics,$(OUT)),dist/feed.atom)' $(if $(PREVIOUS),--previous '$(PREVIOUS)') \
	  $(if $(DAYS),--days '$(DAYS)') $(if $(PAGE_URL),--page-url '$(PAGE_URL)') $(if $(SELF_URL),--self-url '$(SELF_URL)')

# make bench-mail - issue 16's mail benchmark (not part of `make test`):
# 10,000 confirmed subscribers, one new window, every notice handed to a
# local SMTP sink; prints mails/s, time to drain, peak memory, database size.
.PHONY: bench-mail
bench-mail: tool-python
	cargo build --locked -q --release -p maintenance-feed-server --bin feed-server
	python3 server/bench/mail_bench.py --bin target/release/feed-server

# make i18n - rewrites public/i18n/en.json from the messages in src/ (every
# t("…"), tf("…"), tn("…", "…")); tests/core_i18n.rs fails while it or any
# other language file is behind the code.
.PHONY: i18n
i18n: tool-rust
	UPDATE_I18N=1 cargo test -q --test core_i18n english_file_matches_the_code
