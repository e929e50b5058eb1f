#!/usr/bin/env python3
"""Writes vendor/wasm-streams: wasm-streams (the version in Cargo.lock)
without its three exported JS classes (IntoUnderlyingSource,
IntoUnderlyingByteSource, IntoUnderlyingSink).

Leptos always depends on server_fn with its "browser" feature, which pulls
in wasm-streams; the classes are `#[wasm_bindgen]` exports, so their code and
JS glue ship although nothing in this page calls them (they back streaming
server functions, and the page has no server functions). Without them the
wasm is 3.4 KB and the JS glue 0.6 KB smaller (brotli). The functions that
would build them (`ReadableStream::from_stream`, `from_async_read`,
`WritableStream::from_sink`) panic with a message saying so; everything else
is upstream's.

Usage: python3 tools/trim-wasm-streams.py [--out DIR]
(`make check-vendor` runs it into a scratch folder and fails if
vendor/wasm-streams differs.)"""

import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vendoring import ROOT, locked_version, out_dir, upstream_source  # noqa: E402

DEST = out_dir(os.path.join(ROOT, "vendor", "wasm-streams"))


def edit(path, fn):
    full = os.path.join(DEST, path)
    src = open(full).read()
    out = fn(src)
    if out == src:
        sys.exit(f"{path}: nothing changed (upstream layout differs)")
    open(full, "w").write(out)


def cut(src, start, end_marker):
    a = src.index(start)
    b = src.index(end_marker, a)
    return src[:a] + src[b:]


def unavailable(src, names):
    """Replaces the bodies of `pub fn <name>` by a panic saying why."""
    for name in names:
        i = src.index(f"pub fn {name}")
        body = src.index("\n    {\n", i) + len("\n    {\n")
        end = src.index("\n    }\n", body)
        src = (
            src[:body]
            + f'        unreachable!("wasm-streams trimmed for maintenance-window: {name} is not available (no server functions)")'
            + src[end:]
        )
        # The arguments are now unused.
        sig = src[i : src.index("\n    {\n", i)]
        src = src.replace(sig, re.sub(r"\((\w+):", r"(_\1:", re.sub(r", (\w+): usize", r", _\1: usize", sig)), 1)
    return src


def main():
    version = locked_version("wasm-streams")
    src = upstream_source("wasm-streams", version)
    shutil.rmtree(DEST, ignore_errors=True)
    shutil.copytree(src, DEST, ignore=shutil.ignore_patterns(
        "tests", "Cargo.toml.orig", "Cargo.lock", ".cargo_vcs_info.json", ".cargo-ok", "examples", ".github", "README.md"))
    for f in ["src/readable/into_underlying_source.rs", "src/readable/into_underlying_byte_source.rs", "src/writable/into_underlying_sink.rs"]:
        os.remove(os.path.join(DEST, f))
    edit("src/readable/mod.rs", lambda s: unavailable(
        s.replace("mod into_underlying_byte_source;\n", "")
        .replace("mod into_underlying_source;\n", "")
        .replace("use into_underlying_source::IntoUnderlyingSource;\n", "")
        .replace("use crate::readable::into_underlying_byte_source::IntoUnderlyingByteSource;\n", "")
        .replace("use crate::queuing_strategy::QueuingStrategy;\n", ""),
        ["from_stream", "from_async_read"]))
    edit("src/writable/mod.rs", lambda s: unavailable(
        s.replace("mod into_underlying_sink;\n", "")
        .replace("use into_underlying_sink::IntoUnderlyingSink;\n", ""),
        ["from_sink"]))
    edit("src/readable/sys.rs", lambda s: cut(
        s.replace("use crate::readable::into_underlying_byte_source::IntoUnderlyingByteSource;\n", "")
        .replace("use crate::readable::into_underlying_source::IntoUnderlyingSource;\n", "")
        .replace("use crate::queuing_strategy::sys::QueuingStrategy;\n", ""),
        "    #[wasm_bindgen(constructor, js_class = ReadableStream)]\n    pub(crate) fn new_with_into_underlying_source(",
        "    #[wasm_bindgen(method, catch, js_class = ReadableStream, js_name = getReader)]"))
    edit("src/writable/sys.rs", lambda s: cut(
        s.replace("use crate::writable::into_underlying_sink::IntoUnderlyingSink;\n", ""),
        "    #[wasm_bindgen(constructor, js_class = WritableStream)]\n    pub(crate) fn new_with_into_underlying_sink",
        "\n}"))
    # What only the removed classes used is left in place, unused.
    edit("src/lib.rs", lambda s: "#![allow(dead_code)]\n" + s)
    with open(os.path.join(DEST, "README.md"), "w") as f:
        f.write(
            f"# wasm-streams {version}, trimmed\n\nGenerated from wasm-streams {version} (crates.io) by "
            "`tools/trim-wasm-streams.py`; do not edit (`make test` fails when it differs from what the generator makes). The exported "
            "JS classes IntoUnderlyingSource, IntoUnderlyingByteSource and IntoUnderlyingSink are removed, and "
            "`ReadableStream::from_stream`, `ReadableStream::from_async_read` and `WritableStream::from_sink` panic. "
            "Only Leptos's server functions use them; this page has none.\n"
        )
    print(f"trimmed wasm-streams {version} -> {os.path.relpath(DEST, ROOT)}")


main()
