"""Exceptions as control flow: plain CPython against the same code compiled by rjit, interleaved
in one process (issue "Real programs", point 5: parsers and validators raise and catch
constantly).

    RJIT_CACHE_DIR=off .venv/bin/python bench/exceptions.py [--rounds 11] [--json F]

Workloads (each loop runs N times):
- three_frames: `try: a()` where a calls b calls c, and c raises ValueError: the exception
  leaves three frames before it is caught (traceback entries, frames unwound);
- one_frame:    the raise and the `except` in one function (no frame left);
- with_reraise: the exception leaves a frame through `with` and a bare `raise` in an
  `except` clause (the pyparsing `_parseCache` shape: re-raises outside any handler);
- lookup_miss:  `d[k]` KeyError caught one frame up (dict-as-cache code).
Configurations, in an order rotated per round: plain (rjit disabled) and compiled (rjit
enabled, the workload's functions compiled beforehand). Reported: median time per
configuration and plain/compiled (>1: compiled is faster), with min-max.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

import rjit

SOURCE = """
class Lock:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

LOCK = Lock()

def c(i):
    raise ValueError(i)

def b(i):
    return c(i) + 1

def a(i):
    return b(i) + 1

def three_frames(n):
    caught = 0
    for i in range(n):
        try:
            a(i)
        except ValueError:
            caught += 1
    return caught

def one_frame(n):
    caught = 0
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            caught += 1
    return caught

def inner(i):
    with LOCK:
        try:
            return c(i)
        except ValueError:
            raise

def with_reraise(n):
    caught = 0
    for i in range(n):
        try:
            inner(i)
        except ValueError:
            caught += 1
    return caught

def get(d, k):
    return d[k]

def lookup_miss(n):
    d = {}
    caught = 0
    for i in range(n):
        try:
            get(d, i)
        except KeyError:
            caught += 1
    return caught
"""

WORKLOADS = ("three_frames", "one_frame", "with_reraise", "lookup_miss")


def namespace() -> dict:
    ns: dict = {"__name__": "rjit_bench_exceptions"}
    exec(compile(SOURCE, "<bench/exceptions.py>", "exec"), ns)
    return ns


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=11)
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    plain_ns, jit_ns = namespace(), namespace()
    rjit.enable(threshold=10**9, background=False)
    for v in jit_ns.values():
        if callable(v) and hasattr(v, "__code__"):
            assert rjit.compile(v), (v, rjit.info(v))
    for k in ("__enter__", "__exit__"):
        assert rjit.compile(getattr(jit_ns["Lock"], k))
    rjit.disable()
    configs = {"plain": plain_ns, "compiled": jit_ns}
    times: dict = {w: {c: [] for c in configs} for w in WORKLOADS}
    for r in range(args.rounds):
        order = list(configs)[r % 2:] + list(configs)[: r % 2]
        for w in WORKLOADS:
            for cfg in order:
                f = configs[cfg][w]
                if cfg == "compiled":
                    rjit.enable(threshold=10**9, background=False)
                t = time.perf_counter()
                got = f(args.n)
                times[w][cfg].append(time.perf_counter() - t)
                rjit.disable()
                assert got == args.n, (w, cfg, got)
    s = rjit.stats()
    print(f"bench/exceptions.py: n={args.n}, {args.rounds} rounds, Python {sys.version.split()[0]}; "
          f"compiled-code unwinds {s.get('exception_unwinds', 0)}, handed to the interpreter {s['exception_exits']}")
    print(f"| workload | plain | compiled | plain/compiled |")
    print("|---|---:|---:|---:|")
    out = {}
    for w in WORKLOADS:
        p, c = (statistics.median(times[w][k]) for k in ("plain", "compiled"))
        out[w] = {"plain": times[w]["plain"], "compiled": times[w]["compiled"]}
        rng = f"{min(times[w]['compiled']) * 1e3:.1f}-{max(times[w]['compiled']) * 1e3:.1f}"
        print(f"| {w} | {p * 1e3:.1f} ms | {c * 1e3:.1f} ms ({rng}) | **{p / c:.2f}x** |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
