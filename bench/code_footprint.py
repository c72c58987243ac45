"""How compiled code fares when many functions are hot at once: N small functions of object code
called round-robin, plain CPython against the same functions compiled, interleaved in one
process (issue "Real programs": a real program's hot code is hundreds of functions, not one
loop).

    RJIT_CACHE_DIR=off .venv/bin/python bench/code_footprint.py [--sizes 10 50 200 500]
        [--rounds 7] [--calls 200000] [--json F]

Every function has its own code object and does what real code does between two calls:
reads attributes of an instance, a global, compares ints and strs, calls `len` and
`list.append`, builds a tuple and subscripts it. The interpreter runs all of them with one
copy of its own machine code; compiled code has a copy per function, so the compiled code that
runs per round is N times one function's, and once it outgrows the instruction cache every
call fetches its code again (for what cachegrind counts, see docs/benchmarks/2026-12-07-
code-footprint.md). Configurations, in an order rotated per round: plain (rjit disabled) and
compiled (rjit enabled, every function compiled beforehand with `rjit.compile`). Reported per
size: the median time per call of each and plain/compiled (>1: compiled is faster).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

import rjit

PRELUDE = """
class Node:
    def __init__(self, kind, value, children):
        self.kind = kind
        self.value = value
        self.children = children

LIMIT = 10
"""

ONE = """
def h{k}(node, acc):
    v = node.value + {k}
    if v > LIMIT and node.kind == "leaf":
        acc.append(v)
    elif len(node.children) > {m}:
        acc.append(node.children[0].value)
    return (node.kind, v)[1] - {k}
"""

DRIVER = """
def drive(fs, node, rounds):
    t = 0
    acc = []
    for r in range(rounds):
        for f in fs:
            t += f(node, acc)
        acc.clear()
    return t
"""


def namespace(n: int) -> dict:
    src = PRELUDE + "".join(ONE.format(k=k, m=k % 3) for k in range(n)) + DRIVER
    ns: dict = {"__name__": f"rjit_bench_footprint_{n}"}
    exec(compile(src, f"<bench/code_footprint.py:{n}>", "exec"), ns)
    ns["FUNCS"] = [ns[f"h{k}"] for k in range(n)]
    ns["NODE"] = ns["Node"]("leaf", 3, [ns["Node"]("inner", 1, [])])
    return ns


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200, 500])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--calls", type=int, default=200_000, help="calls per timed run")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    spaces = {n: {"plain": namespace(n), "compiled": namespace(n)} for n in args.sizes}
    rjit.enable(threshold=10**9, background=False)
    for n in args.sizes:
        ns = spaces[n]["compiled"]
        ns["drive"](ns["FUNCS"], ns["NODE"], 20)  # quickened first (8 calls): compiled from their profile
        for f in (*ns["FUNCS"], ns["drive"]):
            assert rjit.compile(f), (f, rjit.info(f))
    rjit.disable()
    times: dict = {n: {c: [] for c in ("plain", "compiled")} for n in args.sizes}
    expected = {n: spaces[n]["plain"]["drive"](spaces[n]["plain"]["FUNCS"], spaces[n]["plain"]["NODE"], 2)
                for n in args.sizes}
    for r in range(args.rounds):
        for n in args.sizes:
            rounds = max(1, args.calls // n)
            order = ["plain", "compiled"][r % 2:] + ["plain", "compiled"][: r % 2]
            for cfg in order:
                ns = spaces[n][cfg]
                if cfg == "compiled":
                    rjit.enable(threshold=10**9, background=False)
                t = time.perf_counter()
                got = ns["drive"](ns["FUNCS"], ns["NODE"], rounds)
                times[n][cfg].append((time.perf_counter() - t) / (rounds * n))
                rjit.disable()
                assert got == expected[n] * rounds // 2, (n, cfg, got)
    s = rjit.stats()
    print(f"bench/code_footprint.py: {args.rounds} rounds, ~{args.calls} calls per run, "
          f"Python {sys.version.split()[0]}; deopts {s['deopts']}")
    print("| functions | plain | compiled | plain/compiled |")
    print("|---:|---:|---:|---:|")
    for n in args.sizes:
        p, c = (statistics.median(times[n][k]) for k in ("plain", "compiled"))
        print(f"| {n} | {p * 1e9:.0f} ns | {c * 1e9:.0f} ns | **{p / c:.2f}x** |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({str(n): times[n] for n in args.sizes}, f, indent=1)


if __name__ == "__main__":
    main()
