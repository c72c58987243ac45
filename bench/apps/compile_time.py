"""Compile time per function on bench/apps' packages: every function and method of every
module the programs' packages consist of (imported, never run), compiled one at a time on
this thread with the cache off. Reports median, p90, p99, max and total, per configuration
and per tier.

    target/bench/apps-venv/bin/python bench/apps/compile_time.py [--llvm-args "-fast-isel" ...]
        [--tiers quick optimised]
    target/bench/apps-venv/bin/python bench/apps/compile_time.py --programs [--rounds 1]

Each configuration is one process (`--llvm-args` sets RJIT_LLVM_ARGS, an experiment knob of
the code generator; "" is the shipped settings); processes alternate over --rounds, and each
function's time is the minimum over its rounds. A tier is the effort of one compile:
`quick` is what a running process compiles first, `optimised` the second compile of code that
stayed hot (and what `rjit precompile` stores). Each is timed as the code generator's work
alone (`_rjit._emit_object`: lowering, passes, instruction selection, the object's bytes; no
link, no install), the two efforts of one function one after the other in the same process.
Those functions never ran, so no call site has CPython's feedback and every route of every
CALL is inlined: an upper bound.

`--programs` times what the programs themselves compile instead: each runs cold (an empty
cache) with RJIT_DEBUG=1, and the code generator process reports every compile it does for
the run, first compiles (`tier1`) and second ones (`tier1-opt`, during the run and those
handed over at exit), with the hints the run gave them.
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


def child(limit: int, tiers: list[str]) -> None:
    from rjit import _rjit

    fs = functions(limit)
    times: dict[str, dict[str, tuple[float, int]]] = {t: {} for t in tiers}
    for f in fs:
        for tier in tiers:
            t = time.perf_counter()
            try:
                _rjit._emit_object(f, tier)
            except _rjit.RJitError:
                continue
            times[tier][f"{f.__module__}:{f.__qualname__}"] = (time.perf_counter() - t, len(f.__code__.co_code) // 2)
    json.dump(times, sys.stdout)


def programs(rounds: int) -> dict[str, list[float]]:
    """Per tier, the milliseconds of every compile bench/apps' programs make from a cold start."""
    import re
    import tempfile
    from pathlib import Path

    line = re.compile(r"^rjit: code generator process \d+: (.*) in ([\d.]+)(ns|µs|ms|s) \((tier1(?:-opt)?)\)$")
    scale = {"ns": 1e-6, "µs": 1e-3, "ms": 1.0, "s": 1e3}
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    out: dict[str, list[float]] = {"tier1": [], "tier1-opt": []}
    here = Path(__file__).resolve().parent
    rjit = Path(sys.executable).with_name("rjit")
    with tempfile.TemporaryDirectory(prefix="rjit-ctime-") as d:
        for r in range(rounds):
            for prog in sorted((here / "programs").glob("*.py")):
                cache, log = Path(d) / f"{prog.stem}-{r}", Path(d) / f"{prog.stem}-{r}.log"
                e = {**env, "RJIT_ENABLE": "1", "RJIT_DEBUG": "1", "RJIT_CACHE_DIR": str(cache),
                     "PYTHONHASHSEED": "0"}
                with open(log, "w") as err:
                    # The code generator process inherits stderr: it goes on writing there
                    # after the program exits, until `rjit cache wait` sees it finish.
                    subprocess.run([sys.executable, str(prog)], env=e, stdout=subprocess.DEVNULL,
                                   stderr=err, check=True)
                subprocess.run([str(rjit), "cache", "wait", "--timeout", "600", "--cache-dir", str(cache)],
                               env=env, check=False)
                for ln in log.read_text(errors="replace").splitlines():
                    m = line.match(ln)
                    if m:
                        out[m.group(4)].append(float(m.group(2)) * scale[m.group(3)])
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--llvm-args", action="append", default=None,
                    help="a configuration (RJIT_LLVM_ARGS); repeat to compare; default: shipped")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="at most this many functions")
    ap.add_argument("--tiers", nargs="+", choices=["quick", "optimised"], default=["quick", "optimised"])
    ap.add_argument("--json", help="write every function's time per configuration and tier here")
    ap.add_argument("--programs", action="store_true",
                    help="time the compiles bench/apps' programs make from a cold start")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.limit, a.tiers)
        return
    if a.programs:
        got = programs(a.rounds)
        for tier, ts in got.items():
            if ts:
                print(f"[programs, {tier}] {len(ts)} compiles: median {statistics.median(ts):.1f} ms, "
                      f"p90 {pct(ts, 0.9):.1f}, p99 {pct(ts, 0.99):.1f}, max {max(ts):.0f} ms, "
                      f"total {sum(ts) / 1e3:.1f} s")
        if a.json:
            with open(a.json, "w") as f:
                json.dump(got, f)
        return
    configs = a.llvm_args or [""]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    env["RJIT_CACHE_DIR"] = "off"
    best: dict[tuple[str, str], dict[str, tuple[float, int]]] = {(c, t): {} for c in configs for t in a.tiers}
    for r in range(a.rounds):
        for c in (configs if r % 2 == 0 else configs[::-1]):
            p = subprocess.run([sys.executable, __file__, "--child", "--limit", str(a.limit), "--tiers", *a.tiers],
                               env={**env, "RJIT_LLVM_ARGS": c}, capture_output=True, text=True, check=True)
            for tier, fs in json.loads(p.stdout).items():
                for k, (t, n) in fs.items():
                    old = best[(c, tier)].get(k)
                    best[(c, tier)][k] = (min(t, old[0]) if old else t, n)
    for (c, tier), fs in best.items():
        ts = [t * 1e3 for t, _ in fs.values()]
        units = sum(n for _, n in fs.values())
        print(f"[{c or 'shipped'}, {tier}] {len(ts)} functions, {units} code units: median {statistics.median(ts):.1f} ms, "
              f"p90 {pct(ts, 0.9):.1f}, p99 {pct(ts, 0.99):.1f}, max {max(ts):.0f} ms, "
              f"total {sum(ts) / 1e3:.1f} s ({sum(ts) / units * 1e3:.0f} µs per code unit)")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({f"{c or 'shipped'}/{tier}": fs for (c, tier), fs in best.items()}, f)


if __name__ == "__main__":
    main()
