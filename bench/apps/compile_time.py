"""Compile time per function on bench/apps' packages: every function and method of every
module the programs' packages consist of (imported, never run), compiled one at a time on
this thread with the cache off. Reports median, p90, p99, max and total, per configuration.

    target/bench/apps-venv/bin/python bench/apps/compile_time.py [--llvm-args "-fast-isel" ...]

Each configuration is one process (`--llvm-args` sets RJIT_LLVM_ARGS, an experiment knob of
the code generator; "" is the shipped settings); processes alternate over --rounds, and each
function's time is the minimum over its rounds.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import statistics
import subprocess
import sys
import time
import types

PACKAGES = ["pyparsing", "mistune", "pygments", "sqlparse", "docutils", "pycparser", "chardet",
            "networkx", "html5lib", "jinja2"]


def functions(limit: int) -> list[types.FunctionType]:
    seen, out = set(), []
    for pkg in PACKAGES:
        mod = importlib.import_module(pkg)
        names = [pkg] + [m.name for m in pkgutil.walk_packages(mod.__path__, pkg + ".")
                         if ".tests" not in m.name and "lexers" not in m.name
                         and not m.name.endswith("__main__")]
        for name in names:
            try:
                m = importlib.import_module(name)
            except Exception:  # noqa: BLE001 - optional dependencies
                continue
            for v in list(vars(m).values()):
                cands = [v] if isinstance(v, types.FunctionType) else (
                    [f for f in vars(v).values() if isinstance(f, types.FunctionType)]
                    if isinstance(v, type) else [])
                for f in cands:
                    if f.__module__ == name and f.__code__ not in seen:
                        seen.add(f.__code__)
                        out.append(f)
    out.sort(key=lambda f: (f.__module__, f.__qualname__))
    return out[:limit] if limit else out


def child(limit: int) -> None:
    import rjit

    fs = functions(limit)
    rjit.enable(threshold=1 << 30, background=False)
    times = {}
    for f in fs:
        t = time.perf_counter()
        ok = rjit.compile(f)
        if ok:
            times[f"{f.__module__}:{f.__qualname__}"] = (time.perf_counter() - t, len(f.__code__.co_code) // 2)
    json.dump(times, sys.stdout)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--llvm-args", action="append", default=None,
                    help="a configuration (RJIT_LLVM_ARGS); repeat to compare; default: shipped")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="at most this many functions")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.limit)
        return
    configs = a.llvm_args or [""]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    env["RJIT_CACHE_DIR"] = "off"
    best: dict[str, dict[str, tuple[float, int]]] = {c: {} for c in configs}
    for r in range(a.rounds):
        for c in (configs if r % 2 == 0 else configs[::-1]):
            p = subprocess.run([sys.executable, __file__, "--child", "--limit", str(a.limit)],
                               env={**env, "RJIT_LLVM_ARGS": c}, capture_output=True, text=True, check=True)
            for k, (t, n) in json.loads(p.stdout).items():
                old = best[c].get(k)
                best[c][k] = (min(t, old[0]) if old else t, n)
    for c in configs:
        ts = [t * 1e3 for t, _ in best[c].values()]
        units = sum(n for _, n in best[c].values())
        print(f"[{c or 'shipped'}] {len(ts)} functions, {units} code units: median {statistics.median(ts):.1f} ms, "
              f"p90 {pct(ts, 0.9):.1f}, p99 {pct(ts, 0.99):.1f}, max {max(ts):.0f} ms, "
              f"total {sum(ts) / 1e3:.1f} s ({sum(ts) / units * 1e3:.0f} µs per code unit)")


if __name__ == "__main__":
    main()
