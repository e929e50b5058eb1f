"""Shared by the generators of vendor/: where an upstream crate's source is,
and the version Cargo.lock pins.

A crate that the workspace patches with a path (chrono-tz, wasm-streams) is
not downloaded by `cargo fetch` in this workspace, so `upstream_source`
fetches the exact locked version through a throw-away Cargo project under
target/ (crates.io only, like every other download of the build)."""

import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def locked_version(name):
    lock = open(os.path.join(ROOT, "Cargo.lock")).read()
    m = re.search(rf'name = "{re.escape(name)}"\nversion = "([^"]+)"', lock)
    if not m:
        sys.exit(f"{name} is not in Cargo.lock")
    return m.group(1)


def _registry(name, version):
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    found = sorted(glob.glob(os.path.join(home, "registry", "src", "*", f"{name}-{version}")))
    return found[0] if found else None


def upstream_source(name, version):
    """The unpacked crates.io source of `name` `version`, fetched if needed."""
    found = _registry(name, version)
    if found:
        return found
    scratch = os.path.join(ROOT, "target", "upstream", f"{name}-{version}")
    os.makedirs(os.path.join(scratch, "src"), exist_ok=True)
    with open(os.path.join(scratch, "Cargo.toml"), "w") as f:
        f.write(
            '[package]\nname = "fetch-upstream"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
            f'[dependencies]\n{name} = {{ version = "={version}", default-features = false }}\n\n'
            "# Not a member of the project's workspace.\n[workspace]\n"
        )
    open(os.path.join(scratch, "src", "lib.rs"), "w").close()
    print(f"fetching {name} {version} from crates.io", file=sys.stderr)
    subprocess.run(["cargo", "fetch", "-q", "--manifest-path", os.path.join(scratch, "Cargo.toml")], check=True)
    found = _registry(name, version)
    if not found:
        sys.exit(f"{name} {version}: cargo fetch did not unpack it")
    return found


def out_dir(default):
    """`--out DIR` writes elsewhere (the drift check compares the two)."""
    if "--out" in sys.argv:
        i = sys.argv.index("--out")
        if i + 1 >= len(sys.argv):
            sys.exit("--out needs a directory")
        return os.path.abspath(sys.argv[i + 1])
    return default
