"""Compile-time and memory figures per compiled function, on real code (stdlib modules).

    .venv/bin/python bench/compile_cost.py [--modules json.decoder,textwrap,...]

Reports:
- compile time per function (lower, O2, emit, link; cache off): median and p95;
- object size per function (bytes of the cache entry's machine code);
- memory held per compiled function (RSS growth over all compiles, divided by their count);
- load time per function from a warm cache, in a fresh process (mmap, verify, link);
- the main thread's pause when a function tiers up with background compilation (snapshot,
  key, cache lookup and queueing: the call that triggers the compile), median and p95.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types

DEFAULT = "json.decoder,json.encoder,textwrap,fractions,contextlib,heapq,bisect,string,dataclasses,argparse,ast,csv"


def functions(mods: list[str]) -> list[types.FunctionType]:
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for v in vars(mod).values():
            if isinstance(v, types.FunctionType) and v.__module__ == mod.__name__:
                out.append(v)
            elif isinstance(v, type) and v.__module__ == mod.__name__:
                out += [f for f in vars(v).values() if isinstance(f, types.FunctionType)]
    return out


def rss_kib() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def phase_compile(mods: list[str], cache: str) -> dict:
    import rjit

    fs = functions(mods)
    rjit.enable(threshold=1 << 30, background=False)
    rss0 = rss_kib()
    times = []
    for f in fs:
        t0 = time.perf_counter()
        ok = rjit.compile(f)
        if ok:
            times.append(time.perf_counter() - t0)
    rss1 = rss_kib()
    sizes = [os.path.getsize(p) for p in glob.glob(os.path.join(cache, "**", "*.rjit"), recursive=True)]
    return {
        "functions": len(fs),
        "compiled": len(times),
        "compile_ms_median": statistics.median(times) * 1e3,
        "compile_ms_p95": pct(times, 0.95) * 1e3,
        "entry_bytes_median": statistics.median(sizes) if sizes else 0,
        "entry_bytes_p95": pct(sizes, 0.95) if sizes else 0,
        "rss_kib_per_function": (rss1 - rss0) / max(1, len(times)),
    }


def phase_load(mods: list[str]) -> dict:
    import rjit

    fs = functions(mods)
    rjit.enable(threshold=1 << 30, background=False)
    times = []
    for f in fs:
        t0 = time.perf_counter()
        if rjit.compile(f):
            times.append(time.perf_counter() - t0)
    s = rjit.stats()
    return {"loaded": s["cache_hits"], "compiled_again": s["compiled"], "load_ms_median": statistics.median(times) * 1e3, "load_ms_p95": pct(times, 0.95) * 1e3}


def phase_pause(n: int) -> dict:
    import rjit

    src = "\n".join(
        f"def g{i}(a):\n    t = 0\n    for k in range(a):\n        t += (k * {i}) % 7\n    return t\n" for i in range(n)
    )
    ns: dict = {}
    exec(src, ns)
    rjit.enable(threshold=2, background=True)
    first, trigger = [], []
    for i in range(n):
        g = ns[f"g{i}"]
        t0 = time.perf_counter()
        g(3)
        t1 = time.perf_counter()
        g(3)  # reaches the threshold: snapshot, key, lookup, queue
        t2 = time.perf_counter()
        first.append(t1 - t0)
        trigger.append(t2 - t1)
    rjit.wait()
    return {
        "pause_us_median": statistics.median(trigger) * 1e6,
        "pause_us_p95": pct(trigger, 0.95) * 1e6,
        "plain_call_us_median": statistics.median(first) * 1e6,
    }


def report(res: dict) -> str:
    comp, load, pause = res["compile"], res["load"], res["pause"]
    rows = [
        ("functions compiled", f"{comp['compiled']} of {comp['functions']} (every function of {len(res.get('modules', []))} stdlib modules)", ""),
        ("compile time per function (cache off)", f"{comp['compile_ms_median']:.1f} ms", f"{comp['compile_ms_p95']:.1f} ms"),
        ("cache entry (machine code + header)", f"{comp['entry_bytes_median']:.0f} B", f"{comp['entry_bytes_p95']:.0f} B"),
        ("memory held per compiled function (RSS growth / compiled)", f"{comp['rss_kib_per_function']:.1f} KiB", ""),
        (f"load from a warm cache, fresh process ({load['loaded']} loaded, {load['compiled_again']} compiled again)",
         f"{load['load_ms_median']:.3f} ms", f"{load['load_ms_p95']:.3f} ms"),
        (f"main-thread pause at tier-up, background compile (an ordinary call: {pause['plain_call_us_median']:.1f} us)",
         f"{pause['pause_us_median']:.0f} us", f"{pause['pause_us_p95']:.0f} us"),
    ]
    lines = ["| per function | median | p95 |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modules", default=DEFAULT)
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    mods = a.modules.split(",")
    if a.phase:
        res = {"compile": lambda: phase_compile(mods, os.environ["RJIT_CACHE_DIR"]), "load": lambda: phase_load(mods), "pause": lambda: phase_pause(200)}[a.phase]()
        print(json.dumps(res))
        return 0
    cache = tempfile.mkdtemp(prefix="rjit-cc-")
    run = lambda phase, c: json.loads(  # noqa: E731
        subprocess.check_output([sys.executable, __file__, "--modules", a.modules, "--phase", phase], env=dict(os.environ, RJIT_CACHE_DIR=c), text=True).strip().splitlines()[-1]
    )
    comp = run("compile", cache)
    load = run("load", cache)
    pause = run("pause", tempfile.mkdtemp(prefix="rjit-cc-"))
    res = {"modules": mods, "compile": comp, "load": load, "pause": pause}
    print(report(res), end="")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
