"""Small numeric kernels plain, with the generic tier, and with the typed tier (`RJIT_TYPED=1`),
each configuration in its own process, interleaved over rounds; medians and ratios to plain.

    .venv/bin/python bench/typed_micro.py [--rounds 5] [--json FILE]

Each kernel is warmed uncompiled first (CPython's quickening is the typed tier's profile), then
compiled with `rjit.compile`, then timed; every configuration's results must be equal.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

CONFIGS = {
    "plain": {"RJIT_DISABLE": "1"},
    "generic": {"RJIT_TYPED": "0"},
    "typed": {"RJIT_TYPED": "1"},
}


def int_loop(n):
    t = 0
    k = 0
    while k < n:
        t += k * k % 7
        k += 1
    return t


def float_stack(n, x, y, z, w, s):
    for i in range(n):
        s[0] = (x * y + z) * w - x * y
    return s[0]


def float_locals(n, x, y):
    a = 0.0
    b = 1.0
    for i in range(n):
        c = a * x + b * y
        a = b
        b = c - 0.5 * a
        if b > 1e10:
            b = b * 1e-10
    return a, b


def collatz(n):
    longest = 0
    for start in range(1, n):
        k = start
        steps = 0
        while k != 1:
            if k % 2 == 0:
                k = k // 2
            else:
                k = 3 * k + 1
            steps += 1
        if steps > longest:
            longest = steps
    return longest


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def calls_eval_A(n):
    s = 0.0
    for i in range(n):
        s += eval_A(i, 7)
    return s


def clip(x, lo, hi):
    if x < lo:
        return lo * 1.0
    if x > hi:
        return hi * 1.0
    return x * 1.0


def bend(x):
    if x < 0.0:
        y = -x * 2.0
    else:
        y = x * 3.0
    return y + 1.0


def ratio(a, b):
    if b == 0.0:
        raise ZeroDivisionError("no ratio")
    return a / b


def branchy_callees(xs):
    s = 0.0
    for x in xs:
        s += clip(x, -0.5, 0.5) + bend(x) + ratio(x, 0.5)
    return s


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def dist2(p):
    return p.x * p.x + p.y * p.y


def attr_callees(ps):
    s = 0.0
    for p in ps:
        s += dist2(p)
    return s


class Grid:
    def __init__(self, w, h):
        self.width = w
        self.height = h

    def idx(self, x, y):
        if 0 <= x < self.width and 0 <= y < self.height:
            return y * self.width + x
        raise IndexError("out of the grid")


def method_callees(g, n):
    s = 0
    for i in range(n):
        s += g.idx(i % 7, i % 5)
    return s


def dot(xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * ys[i]
    return s


def axpy(a, xs, ys):
    for i in range(len(xs)):
        ys[i] = ys[i] + a * xs[i]
    return ys[0]


def mixed_acc(n, a):
    acc = 0.0
    for i in range(n):
        acc = acc * 0.5 + a * i
    return acc


def dict_items(d):
    s = 0
    t = 0.0
    for k, v in d.items():
        s += k
        t += v * 0.5
    return s, t


def bytes_sum(data):
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return b * 65536 + a


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def gen_sum(n):
    # A generator is stepped by the generic FOR_ITER with the frame fully synced: `s` is boxed
    # on every iteration, as the generic tier boxes it.
    s = 0
    for x in counter(n):
        s += x
    return s


KERNELS = [
    ("int_loop", int_loop, (100,), (1_000_000,)),
    ("float_stack", float_stack, (100, 1.5, 2.5, 3.5, 4.5, [0.0]), (1_000_000, 1.5, 2.5, 3.5, 4.5, [0.0])),
    ("float_locals", float_locals, (100, 0.75, 0.5), (1_000_000, 0.75, 0.5)),
    ("collatz", collatz, (200,), (30_000,)),
    ("calls_eval_A", calls_eval_A, (100,), (300_000,)),
    ("branchy_callees", branchy_callees, ([0.25, -0.75, 0.9] * 30,), ([i / 500_000 - 1.0 for i in range(1_000_000)],)),
    ("attr_callees", attr_callees, ([Pt(0.5, -1.5)] * 100,), ([Pt(i * 0.5, 1.0 - i) for i in range(300_000)],)),
    ("method_callees", method_callees, (Grid(10, 10), 100), (Grid(10, 10), 1_000_000)),
    ("dot", dot, ([0.5] * 100, [1.5] * 100), ([0.5] * 1_000_000, [1.5] * 1_000_000)),
    ("axpy", axpy, (0.5, [0.25] * 100, [1.0] * 100), (0.5, [0.25] * 1_000_000, [1.0] * 1_000_000)),
    ("mixed_acc", mixed_acc, (100, 1.5), (1_000_000, 1.5)),
    ("dict_items", dict_items, ({i: i * 1.5 for i in range(100)},), ({i: i * 1.5 for i in range(300_000)},)),
    ("bytes_sum", bytes_sum, (bytes(range(100)),), (bytes(range(256)) * 2000,)),
    ("gen_sum", gen_sum, (100,), (300_000,)),
]


def child(reps: int) -> None:
    import rjit

    on = os.environ.get("RJIT_DISABLE") != "1"
    out = {}
    for name, f, warm, args in KERNELS:
        if on:
            rjit.disable()  # the warm-up is interpreted: CPython quickens the code
        for _ in range(20):
            f(*warm)
        if on:
            # Only what this script compiles: nothing else competes for the code generator.
            rjit.enable(threshold=10**6, background=False)
            if f is method_callees:
                # Methods of parameters are found at the hook's tier-up, from the frame's
                # arguments (`rjit.compile` has none): one call with the threshold at 1.
                rjit.enable(threshold=1, background=False)
                f(*warm)
                rjit.enable(threshold=10**6, background=False)
            else:
                rjit.compile(f)
            if f is calls_eval_A:
                rjit.compile(eval_A)
            if f is gen_sum:
                rjit.compile(counter)
        result = f(*args)
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            f(*args)
            times.append(time.perf_counter() - t0)
        out[name] = {"seconds": statistics.median(times), "result": repr(result)}
    print(json.dumps(out))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--json")
    ap.add_argument("--child", action="store_true")
    a = ap.parse_args()
    if a.child:
        child(a.reps)
        return
    runs: dict[str, list[dict]] = {c: [] for c in CONFIGS}
    for r in range(a.rounds):
        order = list(CONFIGS)[r % len(CONFIGS):] + list(CONFIGS)[: r % len(CONFIGS)]
        for c in order:
            env = dict(os.environ, RJIT_CACHE_DIR="off", **CONFIGS[c])
            p = subprocess.run([sys.executable, __file__, "--child", "--reps", str(a.reps)], env=env, capture_output=True, text=True, check=True)
            runs[c].append(json.loads(p.stdout))
    table = {}
    print(f"| kernel | {' | '.join(CONFIGS)} |")
    print("|---|" + "---:|" * len(CONFIGS))
    for name, *_ in KERNELS:
        results = {c: runs[c][0][name]["result"] for c in CONFIGS}
        if len(set(results.values())) != 1:
            sys.exit(f"{name}: results differ: {results}")
        med = {c: statistics.median(x[name]["seconds"] for x in runs[c]) for c in CONFIGS}
        table[name] = med
        cells = [f"{med[c] * 1000:.1f} ms ({med['plain'] / med[c]:.2f}x)" for c in CONFIGS]
        print(f"| {name} | {' | '.join(cells)} |")
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(table, fh, indent=1)


if __name__ == "__main__":
    main()
