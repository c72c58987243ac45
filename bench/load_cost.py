"""What a warm process pays per function it loads from the cache (issue "`rjit precompile`",
point 6), on real code: every code object of a set of stdlib modules.

    .venv/bin/python bench/load_cost.py [--cache-dir D] [--rounds 3] [--json F]

1. Fill: `rjit precompile` of the modules into the cache directory (kept when --cache-dir
   is given and already filled, so later runs measure only).
2. Measure, in fresh processes (one per round and linker): `rjit.enable()` with a threshold
   nothing reaches, then `rjit.compile(code)` of every code object, each timed. A hit runs
   what a tier-up runs: snapshot, key, look-up, verify, link, install.
Reported per configuration: hits, median / p90 / p99 µs per function, the whole load in ms,
and rjit's own split (`cache_load_seconds`: look-up and verify; `link_seconds`: linking).
Configurations: `RJIT_LINKER=own` (rjit's loader), `RJIT_LINKER=orc` (LLVM's) for reference.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types

MODULES = (
    "json.decoder,json.encoder,textwrap,fractions,contextlib,heapq,bisect,string,dataclasses,"
    "argparse,ast,csv,difflib,pprint,shlex,tokenize,calendar,configparser,optparse,inspect,"
    "email.message,email.feedparser,email._header_value_parser,pickle,enum,typing,pathlib,"
    "logging,collections,ipaddress"
)


def code_objects(mods: list[str]) -> list[types.CodeType]:
    """Every code object a module's import defines, nested ones included (module bodies are
    not: they already ran)."""
    import importlib

    seen: dict[int, types.CodeType] = {}

    def walk(c: types.CodeType) -> None:
        if id(c) in seen:
            return
        seen[id(c)] = c
        for k in c.co_consts:
            if isinstance(k, types.CodeType):
                walk(k)

    for m in mods:
        mod = importlib.import_module(m)
        for v in vars(mod).values():
            if isinstance(v, types.FunctionType) and v.__module__ == mod.__name__:
                walk(v.__code__)
            elif isinstance(v, type) and v.__module__ == mod.__name__:
                for f in vars(v).values():
                    f = getattr(f, "__func__", f)
                    if isinstance(f, types.FunctionType):
                        walk(f.__code__)
    return list(seen.values())


def measure(mods: list[str]) -> dict:
    import rjit

    codes = code_objects(mods)
    rjit.enable(threshold=10**9)
    times = []
    t0 = time.perf_counter()
    for c in codes:
        t = time.perf_counter_ns()
        rjit.compile(c)
        times.append(time.perf_counter_ns() - t)
    total = time.perf_counter() - t0
    s = rjit.stats()
    return {
        "codes": len(codes),
        "hits": s["cache_hits"],
        "compiled": s["compiled"],
        "orc_links": s["orc_links"],
        "times_ns": times,
        "total_ms": total * 1e3,
        "lookup_ms": s["cache_load_seconds"] * 1e3,
        "link_ms": s["link_seconds"] * 1e3,
    }


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modules", default=MODULES)
    ap.add_argument("--cache-dir", help="a cache to fill once and reuse (default: a temporary one)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--linkers", default="own,orc")
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    mods = a.modules.split(",")
    if a.measure:
        print(json.dumps(measure(mods)))
        return
    tmp = None
    cache = a.cache_dir
    if cache is None:
        tmp = tempfile.TemporaryDirectory(prefix="rjit-loadcost-")
        cache = tmp.name
    base = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    if not os.path.isdir(cache) or not any(n.endswith(".rjit") for n in os.listdir(cache)):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rjit", "precompile", *mods, "--cache-dir", cache, "-q"],
                       env=base, check=True)
        print(f"filled {cache} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    runs: dict[str, list[dict]] = {k: [] for k in a.linkers.split(",")}
    for r in range(a.rounds):
        for linker in runs:
            env = {**base, "RJIT_CACHE_DIR": cache, "RJIT_LINKER": linker}
            out = subprocess.run([sys.executable, __file__, "--measure", "--modules", a.modules],
                                 env=env, check=True, capture_output=True, text=True).stdout
            runs[linker].append(json.loads(out))
    rows = {}
    for linker, rs in runs.items():
        per = [statistics.median(r["times_ns"]) / 1e3 for r in rs]
        rows[linker] = {
            "codes": rs[0]["codes"],
            "hits": rs[0]["hits"],
            "compiled": rs[0]["compiled"],
            "orc_links": rs[0]["orc_links"],
            "median_us": statistics.median(per),
            "p90_us": statistics.median(pct(r["times_ns"], 0.9) / 1e3 for r in rs),
            "p99_us": statistics.median(pct(r["times_ns"], 0.99) / 1e3 for r in rs),
            "total_ms": statistics.median(r["total_ms"] for r in rs),
            "lookup_ms": statistics.median(r["lookup_ms"] for r in rs),
            "link_ms": statistics.median(r["link_ms"] for r in rs),
        }
    print(f"{len(mods)} modules; medians of {a.rounds} fresh processes per linker")
    print("| linker | code objects | hits | µs per function: median | p90 | p99 | all, ms | of which look-up ms | link ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for linker, x in rows.items():
        print(f"| {linker} | {x['codes']} | {x['hits']} | {x['median_us']:.1f} | {x['p90_us']:.1f} | "
              f"{x['p99_us']:.1f} | {x['total_ms']:.1f} | {x['lookup_ms']:.1f} | {x['link_ms']:.1f} |")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"modules": mods, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
