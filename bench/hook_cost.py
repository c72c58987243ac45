"""The hook's own cost on call-heavy code: plain CPython vs rjit's hook installed with nothing
compiled vs the same code compiled, interleaved in one process.

    RJIT_CACHE_DIR=off .venv/bin/python bench/hook_cost.py [--rounds 11] [--json F]

Why this matters: CPython 3.11 runs a Python-to-Python call inside the same C frame of the
interpreter ("inlined" calls) only while no PEP 523 evaluator is installed. With any hook,
every call goes through `_PyEval_Vector` and the hook, on a new C frame. That cost is paid by
every frame, compiled or not, so it belongs in every report.

Configurations per round, in an order rotated per round:
- plain:        rjit.disable() (CPython's own evaluator, calls inlined);
- pass-through: a C hook that only calls CPython's evaluator (bench/passthrough_hook.c, built
                here when a C compiler is found): the price of PEP 523 itself on 3.11;
- hook:         rjit.enable(threshold=10**9): rjit's hook runs on every call, nothing compiles;
- compiled:     rjit.enable() with the workload's functions compiled beforehand.
Workloads: recursive calls (fib), method calls on an object, and keyword-argument calls.
Reported: median per configuration and its ratio to plain (>1 is slower), with min-max.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

import rjit


# The workloads are compiled twice from this source, into two namespaces with their own code
# objects: one that is never compiled (the "hook" column) and one compiled up front.
WORKLOAD_SOURCE = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Counter:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self

def method_calls(n):
    c = Counter()
    for i in range(n):
        c.add(i).add(1)
    return c.total

def kw(a, b=1, *, c=2):
    return a + b + c

def keyword_calls(n):
    s = 0
    for i in range(n):
        s += kw(i, c=3) + kw(i, b=2)
    return s
"""
# name -> (function, argument)
WORKLOADS = {
    "fib(24)": ("fib", 24),
    "method calls x200k": ("method_calls", 200_000),
    "keyword calls x200k": ("keyword_calls", 200_000),
}
FUNCTIONS = ["fib", "method_calls", "Counter.add", "Counter.__init__", "keyword_calls", "kw"]


def namespace() -> dict:
    ns: dict = {"__name__": "hook_cost_workloads"}
    exec(compile(WORKLOAD_SOURCE, "<hook_cost workloads>", "exec"), ns)
    return ns


def function(ns: dict, path: str):
    obj = ns
    for part in path.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


CONFIGS = ["plain", "pass-through", "hook", "compiled"]
PASSTHROUGH = None  # the built bench/passthrough_hook.c module, if a compiler was found


def build_passthrough():
    """Compile bench/passthrough_hook.c into a temporary directory and import it; None if
    there is no C compiler or no Python.h."""
    cc = shutil.which(os.environ.get("CC", "cc"))
    include = sysconfig.get_paths()["include"]
    if not cc or not os.path.exists(os.path.join(include, "Python.h")):
        return None
    out = os.path.join(tempfile.mkdtemp(prefix="rjit-hook-"), "passthrough_hook" + sysconfig.get_config_var("EXT_SUFFIX"))
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "passthrough_hook.c")
    r = subprocess.run([cc, "-O2", "-shared", "-fPIC", f"-I{include}", src, "-o", out], capture_output=True, text=True)
    if r.returncode != 0:
        print(f"pass-through hook not built: {r.stderr.strip()[:200]}", file=sys.stderr)
        return None
    spec = importlib.util.spec_from_file_location("passthrough_hook", out)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def switch(cfg: str) -> None:
    rjit.disable()
    if PASSTHROUGH:
        PASSTHROUGH.uninstall()
    if cfg == "pass-through":
        PASSTHROUGH.install()
    elif cfg == "hook":
        rjit.enable(threshold=10**9)
    elif cfg == "compiled":
        rjit.enable(threshold=10**9, background=False)


def timed(run) -> float:
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def measure(rounds: int) -> dict:
    configs = [c for c in CONFIGS if c != "pass-through" or PASSTHROUGH]
    cold, hot = namespace(), namespace()
    rjit.enable(threshold=10**9, background=False)
    for path in FUNCTIONS:
        if not rjit.compile(function(hot, path)):
            raise SystemExit(f"could not compile {path}: {rjit.info(function(hot, path))}")
    # rjit compiles a function at its 2nd-8th call if CPython quickened it meanwhile (it looped),
    # whatever the threshold: get the cold functions past 8 calls before any of them loops.
    for fn, _ in WORKLOADS.values():
        for _ in range(10):
            cold[fn](0)
    out = {}
    for name, (fn, arg) in WORKLOADS.items():
        work = lambda ns: ns[fn](arg)  # noqa: E731
        times: dict[str, list[float]] = {c: [] for c in configs}
        work(cold)  # warm the interpreter's caches
        for r in range(rounds):
            k = r % len(configs)
            for cfg in configs[k:] + configs[:k]:
                switch(cfg)
                ns = hot if cfg == "compiled" else cold
                times[cfg].append(timed(lambda: work(ns)))
        switch("plain")
        med = {c: statistics.median(v) for c, v in times.items()}
        out[name] = {
            c: {"median": med[c], "min": min(v), "max": max(v), "ratio": med[c] / med["plain"]} for c, v in times.items()
        }
    for path in FUNCTIONS:
        state = rjit.info(function(cold, path))["state"]
        if state != "cold":
            raise SystemExit(f"{path} was meant to stay cold under the hook but is {state}")
    return out


def report(res: dict) -> str:
    head = {"pass-through": "pass-through C hook", "hook": "rjit hook, nothing compiled", "compiled": "rjit, compiled"}
    configs = [c for c in head if c in next(iter(res.values()))]
    lines = [
        "Median time; (ratio to plain: >1 is slower); pass-through is the price of any PEP 523 hook on 3.11.",
        "",
        "| workload | plain | " + " | ".join(head[c] for c in configs) + " |",
        "|---|---|" + "---|" * len(configs),
    ]
    for name, by in res.items():
        cells = [f"{by['plain']['median'] * 1e3:.1f} ms"]
        for c in configs:
            cells.append(f"{by[c]['median'] * 1e3:.1f} ms ({by[c]['ratio']:.2f}x)")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=11)
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    global PASSTHROUGH
    PASSTHROUGH = build_passthrough()
    res = measure(a.rounds)
    print(report(res), end="")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
