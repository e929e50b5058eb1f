# make serve  - build the release app and serve it on http://127.0.0.1:8080
# make test   - every test layer: lint, native core, wasm in Chromium, end to end
# make dist   - release build in dist/ (works under any sub-path)
# make size   - bytes of everything the first view fetches, raw and brotli
# Each target installs what it needs and skips what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO_BIN := $(HOME)/.cargo/bin
TOOLS := $(CURDIR)/.ci/tools/node_modules/.bin
export PATH := $(TOOLS):$(CARGO_BIN):$(PATH)
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
TRUNK_VERSION := 0.21.14
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: all tools tool-rust tool-trunk tool-wasm-bindgen tool-wasm-opt tool-chromium tool-e2e \
	dist serve test lint test-native test-browser test-e2e size clean

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
	@[ -x $(TOOLS)/wasm-opt ] || npm ci --prefix .ci/tools --no-audit --no-fund

tool-chromium:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; fi

tool-e2e: tool-chromium
	@[ -d tests/e2e/node_modules/playwright-core ] || npm ci --prefix tests/e2e --no-audit --no-fund

dist: tools
	trunk build --release
	@node .ci/size.mjs dist

serve: dist
	@echo "Serving dist/ on http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	python3 -m http.server --bind $(HOST) --directory dist $(PORT)

size:
	@[ -f dist/index.html ] || $(MAKE) dist
	@node .ci/size.mjs dist

test: lint test-native test-browser test-e2e

lint: tool-rust
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test

test-browser: tool-rust tool-wasm-bindgen tool-chromium
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test --target wasm32-unknown-unknown --test web

test-e2e: dist tool-e2e
	cd tests/e2e && DIST=$(CURDIR)/dist node --test --test-concurrency=1

clean:
	cargo clean
	rm -rf dist
