"""`rjit precompile`, `rjit cache`, cache layers and the faults a shared cache meets: every
fault is a miss (counted by kind in `rjit.stats()`), never a crash or a wrong answer."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CORE = '''
def poly(x):
    return x * x + 3 * x + 1

class Acc:
    def __init__(self):
        self.t = 0

    def add(self, v):
        self.t += v
        return self

def run(n):
    a = Acc()
    for i in range(n):
        a.add(poly(i) % 97)
    sq = [i * i for i in range(10)]
    f = lambda z: z + 1
    return a.t, sum(sq), f(2)
'''

PROGRAM = r'''
import json, sys, rjit
import mypkg.core as c
on = rjit.enable(threshold=2)
for _ in range(5):
    r = c.run(300)
rjit.wait()
print(json.dumps({"r": r, "stats": rjit.stats(), "run": rjit.info(c.run), "poly": rjit.info(c.poly)}))
'''
EXPECTED = [13998, 285, 3]


@pytest.fixture
def pkg(tmp_path):
    """A package whose import leaves a mark: precompile must not import it."""
    root = tmp_path / "src"
    (root / "mypkg").mkdir(parents=True)
    (root / "mypkg" / "__init__.py").write_text(
        "import pathlib\npathlib.Path(__file__).with_name('IMPORTED').touch()\n"
    )
    (root / "mypkg" / "core.py").write_text(CORE)
    (root / "mypkg" / "broken.py").write_text("def f(:\n    pass\n")
    return root


def env_with(**kw) -> dict:
    e = dict(os.environ)
    e.pop("RJIT_ENABLE", None)
    e.update({k: str(v) for k, v in kw.items()})
    return e


def cli(*args, env=None, wrap=(), timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*wrap, sys.executable, "-m", "rjit", *map(str, args)],
        env=env or env_with(), capture_output=True, text=True, timeout=timeout,
    )


def run(pkg, cache, wrap=(), **kw) -> dict:
    p = subprocess.run(
        [*wrap, sys.executable, "-c", PROGRAM],
        env=env_with(PYTHONPATH=pkg, RJIT_CACHE_DIR=cache, **kw),
        capture_output=True, text=True, timeout=300,
    )
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    out["stderr"] = p.stderr
    assert out["r"] == EXPECTED
    return out


def precompile(pkg, cache, *extra, pack=False) -> dict:
    """Loose entries only unless `pack`: most tests here are about entries (packs have their
    own tests below)."""
    p = cli("precompile", "mypkg", "--cache-dir", cache, "--json", "-", "-q", *extra,
            *(() if pack else ("--no-pack",)), env=env_with(PYTHONPATH=pkg))
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def entries(d: Path) -> list[Path]:
    return sorted(d.glob("*.rjit"))


def test_precompile_a_package_by_name_without_importing_it(pkg, tmp_path):
    cache = tmp_path / "cache"
    r = precompile(pkg, cache)
    assert not (pkg / "mypkg" / "IMPORTED").exists()
    assert r["files"] == 3
    assert r["files_not_compiled"] == {"syntax_error": 1}
    # module bodies of __init__ and core, poly, the class body, __init__, add, run, the
    # list comprehension and the lambda
    assert r["code_objects"] == 9
    assert r["compiled"] + r["duplicates"] + sum(r["failed"].values()) == 9
    assert r["compiled"] >= 8 and r["bytes_written"] > 0
    assert len(entries(cache)) == r["compiled"]
    again = precompile(pkg, cache)
    assert again["compiled"] == 0 and again["cached"] == r["compiled"]
    out = run(pkg, cache)
    # every function that got hot came from the cache: no LLVM compile in this process
    assert out["stats"]["compiled"] == 0, out["stats"]
    assert out["stats"]["cache_hits"] >= 5
    assert out["run"]["origin"] == "cache" and out["poly"]["origin"] == "cache"
    assert out["stats"]["orc_links"] == 0  # rjit's own loader linked every one


def test_precompile_targets_files_and_directories(pkg, tmp_path):
    for target in [pkg / "mypkg", pkg / "mypkg" / "core.py"]:
        cache = tmp_path / f"c-{target.name}"
        p = cli("precompile", target, "--cache-dir", cache, "--json", "-", "-q", "--jobs", "1")
        assert p.returncode == 0, p.stderr
        r = json.loads(p.stdout)
        assert r["compiled"] >= 7 and r["jobs"] == 1
    p = cli("precompile", pkg / "mypkg" / "core.py", "--cache-dir", tmp_path / "h", "--cpu", "host")
    assert p.returncode == 0 and "cpu host" in p.stderr, p.stderr
    assert "compiled" in p.stderr and "written" in p.stderr  # the summary


@pytest.mark.parametrize(
    "args",
    [
        ["precompile", "no_such_module_xyz"],
        ["precompile", "/no/such/dir"],
        ["precompile", "README.md"],
        ["precompile"],
        ["precompile", "json", "--jobs", "0"],
        ["precompile", "json", "--cpu", "pentium"],
        ["precompile", "json", "--json", "/no/such/dir/report.json"],
        ["cache"],
        ["cache", "frobnicate"],
        ["cache", "prune"],
        ["cache", "prune", "--max-size", "lots"],
        ["frobnicate"],
        ["--frobnicate"],
    ],
)
def test_misuse_is_a_usage_error_not_a_traceback(args, tmp_path):
    p = cli(*args, env=env_with(RJIT_CACHE_DIR=tmp_path))
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert "Traceback" not in p.stderr
    assert "usage" in p.stderr.lower() or "not a size" in p.stderr


def test_module_names_are_found_from_the_current_directory_by_the_console_script(pkg, tmp_path):
    """`rjit precompile mypkg` from the project's directory finds it as `python -m` does."""
    script = Path(sys.executable).with_name("rjit")
    if not script.exists():
        pytest.skip("no rjit console script next to this Python")
    p = subprocess.run([str(script), "precompile", "mypkg.core", "--cache-dir", tmp_path / "c", "-q",
                        "--no-pack"], cwd=pkg, env=env_with(), capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    assert entries(tmp_path / "c")


def test_refused_and_missing_directories_are_named(pkg, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    p = cli("precompile", "mypkg", "--cache-dir", shared, env=env_with(PYTHONPATH=pkg))
    assert p.returncode == 1 and "writable by its group or others" in p.stderr, p.stderr
    assert "Traceback" not in p.stderr
    gone = tmp_path / "no-such-layer"
    v = cli("cache", "verify", "--cache-dir", gone)
    assert v.returncode == 1 and f"{gone} does not exist" in v.stderr
    i = cli("cache", "info", "--cache-dir", gone)
    assert i.returncode == 0 and f"{gone} does not exist" in i.stderr


def test_help_and_version():
    p = cli("--help")
    assert p.returncode == 0
    for sub in ["precompile", "cache", "run", "demo", "coverage"]:
        assert f"rjit {sub}" in p.stdout
    v = cli("--version")
    assert v.returncode == 0 and v.stdout.startswith("rjit ")


def test_cache_subcommands(pkg, tmp_path):
    cache = tmp_path / "cache"
    n = precompile(pkg, cache)["compiled"]
    info = json.loads(cli("cache", "info", "--json", "--cache-dir", cache).stdout)
    assert info["layers"][0]["entries"] == n and info["layers"][0]["writable"]
    ls = cli("cache", "ls", "--cache-dir", cache)
    assert ls.returncode == 0 and "Acc.add" in ls.stdout and "core.py" in ls.stdout
    rows = json.loads(cli("cache", "ls", "--json", "--cache-dir", cache).stdout)
    assert {r["qualname"] for r in rows} >= {"poly", "run", "Acc.add", "run.<locals>.<lambda>"}
    assert all(r["cpu"] == "x86-64-v2" and r["tier"] == "tier1-opt" for r in rows)  # Effort::Optimised
    assert cli("cache", "verify", "--cache-dir", cache).returncode == 0
    victim = entries(cache)[0]
    victim.write_bytes(victim.read_bytes()[:100])
    v = cli("cache", "verify", "--cache-dir", cache)
    assert v.returncode == 1 and victim.name in v.stdout
    assert cli("cache", "verify", "--fix", "--cache-dir", cache).returncode == 0
    assert not victim.exists() and len(entries(cache)) == n - 1
    # prune evicts least recently used first, loose entries and packs alike: give every file
    # its own age, packs the oldest (by default a pack is written last and a truncated entry
    # was just rewritten: CI found this test depended on it), then the survivors must be the
    # newest files, within the limit, and no more were evicted than needed
    files = [*sorted(cache.glob("*.rjit")), *sorted(cache.glob("*.rjitpack"))]
    assert len(files) > 2
    base = time.time() - 10_000
    for i, f in enumerate(files):
        os.utime(f, (base - i, base - i))  # files[0] is the newest
    size = {f: f.stat().st_size for f in files}
    limit = sum(size.values()) // 2
    p = cli("cache", "prune", "--max-size", str(limit), "--cache-dir", cache)
    assert p.returncode == 0, p.stderr
    kept = [f for f in files if f.exists()]
    assert 0 < len(kept) < len(files) and kept == files[: len(kept)]
    assert sum(size[f] for f in kept) <= limit < sum(size[f] for f in files[: len(kept) + 1])
    assert cli("cache", "clear", "--cache-dir", cache).returncode == 0
    assert entries(cache) == []


def test_layers_read_from_all_store_to_the_first(pkg, tmp_path):
    image = tmp_path / "image"
    precompile(pkg, image)
    before = {e.name for e in entries(image)}
    mine = tmp_path / "mine"
    out = run(pkg, f"{mine}:{image}", RJIT_THRESHOLD=2)
    assert out["stats"]["compiled"] == 0 and out["stats"]["cache_hits"] >= 5
    assert {e.name for e in entries(image)} == before
    # code not in the image layer is compiled and stored in the first layer
    prog = "import rjit\nrjit.enable(threshold=1, background=False)\ndef g(x):\n    return x + 1\ng(1)\n"
    subprocess.run([sys.executable, "-c", prog], env=env_with(RJIT_CACHE_DIR=f"{mine}:{image}"), check=True)
    assert len(entries(mine)) >= 1 and {e.name for e in entries(image)} == before


def test_typed_processes_run_precompiled_generic_code_and_upgrade_it(pkg, tmp_path):
    # `rjit precompile` has no profile: it makes the generic tier's code. A process with the
    # typed tier runs that at once, compiles typed code in the background for what the typed
    # tier takes (`poly`: int arithmetic), and stores it; the next such process loads it.
    image = tmp_path / "image"
    precompile(pkg, image)
    plain_hits = run(pkg, image, RJIT_THRESHOLD=2, RJIT_TYPED=0)["stats"]
    assert plain_hits["compiled"] == 0 and plain_hits["typed_upgrades"] == 0
    first = run(pkg, image, RJIT_THRESHOLD=2, RJIT_TYPED=1)
    assert first["stats"]["cache_hits"] >= 5 and first["stats"]["typed_upgrades"] >= 1, first
    assert first["poly"]["state"] == "compiled" and first["poly"]["origin"] == "cache"
    second = run(pkg, image, RJIT_THRESHOLD=2, RJIT_TYPED=1)["stats"]
    assert second["compiled"] == 0 and second["typed_upgrades"] == 0, second
    assert second["cache_hits"] >= first["stats"]["cache_hits"]
    # Synchronous compiles (forced-on test runs) compile the typed code at once instead.
    fresh = tmp_path / "fresh"
    precompile(pkg, fresh)
    sync = run(pkg, fresh, RJIT_THRESHOLD=2, RJIT_TYPED=1, RJIT_SYNC=1)["stats"]
    assert sync["typed_upgrades"] == 0 and 1 <= sync["compiled"] < 5, sync


def can_mount() -> bool:
    """Root, and a private mount namespace in which a read-only bind mount and a tmpfs work."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        probe = ('mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && umount "$0" '
                 '&& mount -t tmpfs -o size=4k tmpfs "$0"')
        return subprocess.run(["unshare", "-m", "sh", "-c", probe, d], capture_output=True).returncode == 0


def read_only(d: Path) -> list[str]:
    """Run a command with `d` mounted read-only (a private mount namespace)."""
    return ["unshare", "-m", "sh", "-c",
            'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"', str(d)]


needs_mount = pytest.mark.skipif(not can_mount(), reason="needs root and unshare -m")


@needs_mount
def test_read_only_layer_serves_and_a_truncated_entry_there_is_a_miss(pkg, tmp_path):
    image = tmp_path / "image"
    precompile(pkg, image)
    mine = tmp_path / "mine"
    out = run(pkg, f"{image}", wrap=read_only(image))
    assert out["stats"]["compiled"] == 0 and out["stats"]["cache_hits"] >= 5
    assert out["stats"]["cache_errors"] == 0
    for e in entries(image):
        e.write_bytes(e.read_bytes()[:-7])
    out = run(pkg, f"{image}:{mine}", wrap=read_only(image))
    assert out["stats"]["cache_hits"] == 0 and out["stats"]["cache_corrupt"] >= 5
    assert out["stats"]["compiled"] >= 5
    # the read-only layer is skipped for stores; the next writable one gets them
    assert len(entries(mine)) >= out["stats"]["cache_stores"] >= 5


def test_layer_of_another_user_is_refused_with_one_warning(pkg, tmp_path):
    image = tmp_path / "image"
    precompile(pkg, image)
    if os.geteuid() == 0:
        os.chown(image, 65534, 65534)  # nobody
        why = "neither this user nor root"
    else:
        os.chmod(image, 0o777)
        why = "writable by its group or others"
    out = run(pkg, f"{image}")
    assert out["stats"]["cache_hits"] == 0 and out["stats"]["cache_refused_dirs"] >= 1
    lines = [l for l in out["stderr"].splitlines() if l.startswith("rjit: cache directory not used")]
    assert len(lines) == 1 and why in lines[0], out["stderr"]


def test_group_writable_entry_is_untrusted(pkg, tmp_path):
    cache = tmp_path / "cache"
    precompile(pkg, cache)
    for e in entries(cache):
        os.chmod(e, 0o666)
    out = run(pkg, cache)
    assert out["stats"]["cache_hits"] == 0 and out["stats"]["cache_untrusted"] >= 5


def test_entries_of_another_format_version_are_foreign(pkg, tmp_path):
    cache = tmp_path / "cache"
    precompile(pkg, cache)
    for e in entries(cache):
        b = bytearray(e.read_bytes())
        b[8] = 1
        e.write_bytes(bytes(b))
    out = run(pkg, cache)
    assert out["stats"]["cache_hits"] == 0 and out["stats"]["cache_foreign"] >= 5


def test_entry_for_another_cpu_under_this_hosts_key_is_a_miss(pkg, tmp_path):
    """An entry made for another CPU never has this host's key; one renamed to it (a copied
    cache, a bad tool) fails the key check and is compiled afresh."""
    portable = tmp_path / "portable"
    precompile(pkg, portable, "--cpu", "x86-64")
    host_key = run(pkg, "off")["run"]["key"]
    cache = tmp_path / "cache"
    cache.mkdir()
    for i, e in enumerate(entries(portable)):
        shutil.copy(e, cache / (host_key + ".rjit") if i == 0 else cache / f"{i:064x}.rjit")
    out = run(pkg, cache)
    assert out["stats"]["cache_corrupt"] >= 1 and out["run"]["origin"] == "jit"


def test_portable_entry_is_used_when_there_is_no_host_entry(pkg, tmp_path):
    cache = tmp_path / "cache"
    precompile(pkg, cache, "--cpu", "x86-64")
    out = run(pkg, cache)
    assert out["stats"]["compiled"] == 0 and out["run"]["origin"] == "cache"


def test_rjit_cpu_stores_portable_code_that_a_host_process_loads(pkg, tmp_path):
    """A training run with RJIT_CPU set stores code for that level; a process with the default
    setting (this host) finds it instead of compiling."""
    cache = tmp_path / "cache"
    first = run(pkg, cache, RJIT_CPU="x86-64", RJIT_THRESHOLD=2)
    assert first["stats"]["compiled"] > 0 and first["stats"]["cache_stores"] > 0
    rows = json.loads(cli("cache", "ls", "--json", "--cache-dir", cache).stdout)
    assert rows and all(r["cpu"] == "x86-64" for r in rows), rows
    out = run(pkg, cache)
    assert out["stats"]["compiled"] == 0 and out["run"]["origin"] == "cache"
    bad = run(pkg, tmp_path / "other", RJIT_CPU="pentium")
    assert 'RJIT_CPU="pentium" is not understood' in bad["stderr"]
    rows = json.loads(cli("cache", "ls", "--json", "--cache-dir", tmp_path / "other").stdout)
    assert rows and all(r["cpu"] == "host" for r in rows), rows


def test_sixteen_processes_fill_one_empty_cache(pkg, tmp_path):
    cache = tmp_path / "cache"
    procs = [
        subprocess.Popen([sys.executable, "-c", PROGRAM], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env_with(PYTHONPATH=pkg, RJIT_CACHE_DIR=cache, RJIT_SYNC=1), text=True)
        for _ in range(16)
    ]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        assert json.loads(out)["r"] == EXPECTED
    assert cli("cache", "verify", "--cache-dir", cache).returncode == 0
    assert not list(cache.glob(".tmp-*"))
    assert run(pkg, cache)["stats"]["compiled"] == 0


def test_sigkill_during_stores_leaves_a_sound_cache(tmp_path):
    cache = tmp_path / "cache"
    prog = ("import rjit\nrjit.enable(threshold=0, background=False)\n"
            "import email.parser, json, difflib, argparse, csv, textwrap, string, decimal\n")
    for delay in (0.5, 1.0, 1.5):
        p = subprocess.Popen([sys.executable, "-c", prog], env=env_with(RJIT_CACHE_DIR=cache),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
    assert entries(cache)
    assert cli("cache", "verify", "--cache-dir", cache).returncode == 0
    done = subprocess.run([sys.executable, "-c", prog + "print(json.dumps([1]))"],
                          env=env_with(RJIT_CACHE_DIR=cache), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and done.stdout == "[1]\n", done.stderr


@needs_mount
def test_full_disk_is_a_store_error_not_a_crash(pkg, tmp_path):
    cache = tmp_path / "tiny"
    cache.mkdir(mode=0o755)
    tiny = ["unshare", "-m", "sh", "-c", 'mount -t tmpfs -o size=4k,mode=0755 tmpfs "$0" && exec "$@"', str(cache)]
    out = run(pkg, cache, wrap=tiny, RJIT_SYNC=1)
    # a 4 KiB file system: the smallest entry may fit, the others do not
    assert out["stats"]["cache_stores"] <= 1 and out["stats"]["cache_errors"] >= 4
    assert out["stats"]["compiled"] >= 5 and out["run"]["state"] == "compiled"
    p = cli("precompile", "mypkg", "--cache-dir", cache, "-q", wrap=tiny, env=env_with(PYTHONPATH=pkg))
    assert p.returncode == 1 and "Traceback" not in p.stderr


def test_size_limit_evicts_least_recently_used(tmp_path):
    cache = tmp_path / "cache"
    prog = "import rjit\nrjit.enable(threshold=1, background=False)\n" + "".join(
        f"def f{i}(x):\n    return [x * {i} + j for j in range(x)]\nf{i}(3)\n" for i in range(40)
    ) + "import json\nprint(json.dumps(rjit.stats()))\n"
    p = subprocess.run([sys.executable, "-c", prog], env=env_with(RJIT_CACHE_DIR=cache, RJIT_CACHE_SIZE="64K"),
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    stats = json.loads(p.stdout)
    assert stats["cache_stores"] >= 40 and stats["cache_evicted"] > 0
    assert sum(e.stat().st_size for e in entries(cache)) <= 64 * 1024


def test_orc_linker_still_links_everything(pkg, tmp_path):
    """RJIT_LINKER=orc (ruling the own loader out) gives the same results, cold and warm."""
    cache = tmp_path / "cache"
    cold = run(pkg, cache, RJIT_LINKER="orc", RJIT_SYNC=1)
    assert cold["stats"]["compiled"] >= 5 and cold["stats"]["orc_links"] == cold["stats"]["installed"]
    warm = run(pkg, cache, RJIT_LINKER="orc")
    assert warm["stats"]["cache_hits"] >= 5 and warm["stats"]["orc_links"] == warm["stats"]["installed"]


def packs(d: Path) -> list[Path]:
    return sorted(d.glob("*.rjitpack"))


def test_precompile_packs_and_a_process_loads_from_the_pack(pkg, tmp_path):
    cache = tmp_path / "cache"
    r = precompile(pkg, cache, pack=True)
    assert r["packs"] == 1 and r["packed"] == r["compiled"] and r["unpacked"] == 0, r
    [pk] = packs(cache)
    assert pk.stat().st_size == r["pack_bytes"] > 0
    out = run(pkg, cache)
    s = out["stats"]
    assert s["compiled"] == 0 and s["cache_hits"] >= 5 and s["cache_pack_hits"] == s["cache_hits"]
    assert s["cache_packs_mapped"] == 1 and s["orc_links"] == 0
    assert out["run"]["origin"] == "cache" and out["poly"]["origin"] == "cache"
    # the same run again finds its pack written
    again = precompile(pkg, cache, pack=True)
    assert again["packs"] == 1 and again["pack_bytes"] == 0 and packs(cache) == [pk]
    # profilers' maps name the code of a pack too (mapped as a copy then). Generic, as the pack
    # is: a typed process stores its upgrades of the hot functions loose, and loads those next.
    out = run(pkg, cache, RJIT_PERF_MAP=1, RJIT_TYPED="0")
    assert out["stats"]["cache_pack_hits"] >= 5
    # `RJIT_LINKER=orc` rules rjit's own loading out: packs included
    out = run(pkg, cache, RJIT_LINKER="orc")
    assert out["stats"]["cache_pack_hits"] == 0 and out["stats"]["orc_links"] >= 5
    info = json.loads(cli("cache", "info", "--json", "--cache-dir", cache).stdout)
    assert info["layers"][0]["entries"] == len(entries(cache)) + 1
    rows = json.loads(cli("cache", "ls", "--json", "--cache-dir", cache).stdout)
    assert [x["tier"] for x in rows].count("pack") == 1
    assert cli("cache", "clear", "--cache-dir", cache).returncode == 0
    assert packs(cache) == [] and entries(cache) == []


def test_cache_pack_packs_what_running_programs_stored(pkg, tmp_path):
    """A cache filled by running a program (loose entries) is packed by `rjit cache pack`;
    packing again after more entries replaces the pack it covers."""
    cache = tmp_path / "cache"
    first = run(pkg, cache, RJIT_THRESHOLD=2)
    assert first["stats"]["cache_stores"] > 0 and not packs(cache)
    assert cli("cache", "wait", "--cache-dir", cache).returncode == 0  # compiles handed over at exit
    n = len(entries(cache))
    p = cli("cache", "pack", "--cache-dir", cache)
    assert p.returncode == 0 and f"{n} of {n} entries in 1 pack(s)" in p.stdout, (p.stdout, p.stderr)
    [one] = packs(cache)
    out = run(pkg, cache)
    assert out["stats"]["compiled"] == 0 and out["stats"]["cache_pack_hits"] >= 5, out["stats"]
    precompile(pkg, cache)  # more loose entries (for the portable level)
    assert len(entries(cache)) > n
    assert cli("cache", "pack", "--cache-dir", cache).returncode == 0
    [two] = packs(cache)
    assert two != one and not one.exists()
    assert cli("cache", "verify", "--cache-dir", cache).returncode == 0
    assert run(pkg, cache)["stats"]["cache_pack_hits"] >= 5


MANY = "\n".join(f"def f{i}(x):\n    return x * {i} + {i}\n" for i in range(24)) + '''
def run(n):
    t = 0
    for i in range(n):
        for f in FS:
            t += f(i)
    return t

FS = [f for name, f in sorted(globals().items()) if name[:1] == "f" and name[1:].isdigit()]
'''

MANY_PROGRAM = r'''
import json, sys, time, rjit
import manypkg.many as m
rjit.enable(threshold=2)
r = [m.run(50) for _ in range(3)]
rjit.wait()
# Functions loaded from a pack compiled Quick are compiled again Optimised in the background.
deadline = time.monotonic() + 30
while (sys.argv[1] == "improve" and time.monotonic() < deadline
       and any(rjit.info(f)["effort"] != "optimised" for f in m.FS)):
    time.sleep(0.05)
    m.run(1)
print(json.dumps({"r": r[0], "stats": rjit.stats(), "effort": [rjit.info(f)["effort"] for f in m.FS]}))
'''


def run_many(root, cache, mode="run", **kw) -> dict:
    p = subprocess.run([sys.executable, "-c", MANY_PROGRAM, mode],
                       env=env_with(PYTHONPATH=root, RJIT_CACHE_DIR=cache, **kw),
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["r"] == sum(i * k + k for i in range(50) for k in range(24))
    return out


@pytest.fixture
def many(tmp_path):
    root = tmp_path / "many"
    (root / "manypkg").mkdir(parents=True)
    (root / "manypkg" / "__init__.py").write_text("")
    (root / "manypkg" / "many.py").write_text(MANY)
    return root


def test_the_code_generator_process_packs_what_it_stored(many, tmp_path):
    """Before it exits, the code generator process pre-links the cache's entries into a pack
    (at least AUTO_PACK_MIN_ENTRIES of them), which the next process maps instead of linking
    each function; the same entries again leave the pack as it is; RJIT_PACK=0 turns it off."""
    off = tmp_path / "off"
    run_many(many, off, RJIT_PACK="0")
    assert cli("cache", "wait", "--cache-dir", off).returncode == 0
    assert not packs(off) and len(entries(off)) >= 24
    cache = tmp_path / "cache"
    first = run_many(many, cache)
    assert first["stats"]["compiled"] >= 24 and first["stats"]["cache_pack_hits"] == 0
    assert cli("cache", "wait", "--cache-dir", cache).returncode == 0  # packing included
    [pk] = packs(cache)
    warm = run_many(many, cache)
    s = warm["stats"]
    assert s["compiled"] == 0 and s["cache_pack_hits"] >= 24 and s["cache_packs_mapped"] == 1, s
    assert cli("cache", "wait", "--cache-dir", cache).returncode == 0
    assert packs(cache) == [pk]  # nothing new was stored: nothing to pack
    assert cli("cache", "verify", "--cache-dir", cache).returncode == 0


def test_quick_code_in_a_pack_is_compiled_again(many, tmp_path):
    """`rjit cache pack` also packs entries compiled with the quick effort, flagged so: a process
    that loads one runs it and compiles it again Optimised, as it does a loose Quick entry."""
    cache = tmp_path / "cache"
    run_many(many, cache, RJIT_PACK="0", RJIT_EXIT_COMPILE_SECONDS="0", RJIT_IMPROVE="0")
    rows = json.loads(cli("cache", "ls", "--json", "--cache-dir", cache).stdout)
    assert rows and all(r["tier"] == "tier1" for r in rows)  # Effort::Quick
    assert cli("cache", "pack", "--cache-dir", cache).returncode == 0
    [pk] = packs(cache)
    warm = run_many(many, cache, "improve", RJIT_PACK="0")
    assert warm["stats"]["cache_pack_hits"] >= 24  # (the program's own polling compiles)
    assert set(warm["effort"]) == {"optimised"}, warm["effort"]
    assert warm["stats"]["improve_installed"] >= 24, warm["stats"]
    # The Optimised code went into loose entries beside the pack (fewer than the automatic
    # pack's threshold): the next process runs those, compiling nothing again. (It once loaded
    # the pack's Quick code and compiled it again in every process.)
    assert cli("cache", "wait", "--cache-dir", cache).returncode == 0
    assert packs(cache) == [pk]
    # Each key written again is listed (the look-ups of later processes take the loose entry).
    assert (cache / ".rjit-superseded").stat().st_size >= 24 * 32
    again = run_many(many, cache, "improve", RJIT_PACK="0")
    assert set(again["effort"]) == {"optimised"}, again["effort"]
    s = again["stats"]
    assert s["improved"] == 0 and s["compiled"] == 0 and s["codegen_spawns"] == 0, s
    # A new pack holds the Optimised code: the list starts again, and the pack serves.
    assert cli("cache", "pack", "--cache-dir", cache).returncode == 0
    assert not (cache / ".rjit-superseded").exists() and packs(cache) != [pk]
    last = run_many(many, cache, "improve", RJIT_PACK="0")
    assert set(last["effort"]) == {"optimised"}, last["effort"]
    s = last["stats"]
    assert s["cache_pack_hits"] >= 24 and s["improved"] == 0 and s["compiled"] == 0, s


def test_no_pack_writes_loose_entries_only(pkg, tmp_path):
    cache = tmp_path / "cache"
    r = precompile(pkg, cache)
    assert r["packs"] == 0 and packs(cache) == [] and len(entries(cache)) == r["compiled"]


def test_damaged_functions_in_a_pack_are_misses_served_by_their_entries(pkg, tmp_path):
    cache = tmp_path / "cache"
    precompile(pkg, cache, pack=True)
    [pk] = packs(cache)
    b = bytearray(pk.read_bytes())
    n = int.from_bytes(b[12:16], "little")
    image = int.from_bytes(b[32:40], "little")
    for i in range(n):  # one byte of every function's code (index entries: 96 bytes from 104)
        at = 104 + 96 * i
        block = int.from_bytes(b[at + 32:at + 40], "little")
        b[image + block + 1] ^= 0xFF
    pk.write_bytes(bytes(b))
    out = run(pkg, cache)
    s = out["stats"]
    assert s["cache_pack_hits"] == 0 and s["cache_corrupt"] == s["cache_hits"] >= 5, s
    assert s["compiled"] == 0  # each came from its loose entry instead
    v = cli("cache", "verify", "--cache-dir", cache)
    assert v.returncode == 1 and pk.name in v.stdout
    assert cli("cache", "verify", "--fix", "--cache-dir", cache).returncode == 0
    assert packs(cache) == []


@pytest.mark.parametrize("damage", ["truncate", "header", "version", "mode"])
def test_an_unusable_pack_is_refused_with_one_warning(pkg, tmp_path, damage):
    cache = tmp_path / "cache"
    precompile(pkg, cache, pack=True)
    for e in entries(cache):
        e.unlink()  # only the pack could serve
    [pk] = packs(cache)
    b = bytearray(pk.read_bytes())
    if damage == "truncate":
        b = b[: len(b) - 4096]
    elif damage == "header":
        b[20] ^= 1
    elif damage == "version":
        b[8] = 99
    pk.write_bytes(bytes(b))
    if damage == "mode":
        os.chmod(pk, 0o666)
    out = run(pkg, cache)
    s = out["stats"]
    assert s["cache_pack_hits"] == 0 and s["cache_hits"] == 0 and s["compiled"] >= 5
    kind = {"truncate": "cache_corrupt", "header": "cache_corrupt", "version": "cache_foreign",
            "mode": "cache_untrusted"}[damage]
    assert s[kind] == 1, s
    lines = [l for l in out["stderr"].splitlines() if l.startswith("rjit: cache pack not used")]
    assert len(lines) == 1 and pk.name in lines[0], out["stderr"]
