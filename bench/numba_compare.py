"""Numeric kernels under plain CPython, rjit and numba.njit: the same unmodified functions.

    target/bench/cpython/bin/python bench/numba_compare.py [--repeat 7] [--warm]
    RJIT_TYPED=1 target/bench/cpython/bin/python bench/numba_compare.py --warm

With `--warm`, each kernel runs once in the interpreter before rjit first compiles it, so that
CPython has quickened it: the profile the typed tier's guards come from (`RJIT_TYPED=1`). Without
it rjit compiles each kernel before its first run, with no profile, as Numba does (Numba takes
the arguments' types instead).

For each kernel it reports, against plain CPython in the same process, the median steady-
state time under rjit and under numba (when installed), and the first call (which includes
compilation). Runs are interleaved: plain, rjit, numba, plain, rjit, numba, …
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time


def nbody(steps):
    # Sun, Jupiter, Saturn, Uranus, Neptune (pyperformance's constants), as flat lists.
    pi = 3.14159265358979323
    days = 365.24
    sm = 4 * pi * pi
    x = [0.0, 4.84143144246472090e00, 8.34336671824457987e00, 1.28943695621391310e01, 1.53796971148509165e01]
    y = [0.0, -1.16032004402742839e00, 4.12479856412430479e00, -1.51111514016986312e01, -2.59193146099879641e01]
    z = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01]
    vx = [0.0, 1.66007664274403694e-03 * days, -2.76742510726862411e-03 * days, 2.96460137564761618e-03 * days, 2.68067772490389322e-03 * days]
    vy = [0.0, 7.69901118419740425e-03 * days, 4.99852801234917238e-03 * days, 2.37847173959480950e-03 * days, 1.62824170038242295e-03 * days]
    vz = [0.0, -6.90460016972063023e-05 * days, 2.30417297573763929e-05 * days, -2.96589568540237556e-05 * days, -9.51592254519715870e-05 * days]
    m = [sm, 9.54791938424326609e-04 * sm, 2.85885980666130812e-04 * sm, 4.36624404335156298e-05 * sm, 5.15138902046611451e-05 * sm]
    n = 5
    dt = 0.01
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                dz = z[i] - z[j]
                mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
                bm = m[j] * mag
                am = m[i] * mag
                vx[i] -= dx * bm
                vy[i] -= dy * bm
                vz[i] -= dz * bm
                vx[j] += dx * am
                vy[j] += dy * am
                vz[j] += dz * am
        for i in range(n):
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
            z[i] += dt * vz[i]
    e = 0.0
    for i in range(n):
        e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
    return e


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    for _ in range(10):
        for i in range(n):
            s = 0.0
            for j in range(n):
                s += u[j] / ((i + j) * (i + j + 1) // 2 + i + 1)
            v[i] = s
        for i in range(n):
            s = 0.0
            for j in range(n):
                s += v[j] / ((j + i) * (j + i + 1) // 2 + j + 1)
            u[i] = s
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def float_loop(n):
    t = 0.0
    for i in range(n):
        x = math.sin(i * 0.001)
        y = math.cos(i * 0.001) * 3.0
        t += math.sqrt(x * x + y * y) / (1.0 + i)
    return t


KERNELS = [(nbody, 20000), (spectral_norm, 120), (float_loop, 300000)]


def timed(f, arg):
    t0 = time.perf_counter()
    f(arg)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--json", default=None)
    ap.add_argument("--md", default=None, help="write the table as Markdown")
    ap.add_argument("--warm", action="store_true", help="one interpreted run of each kernel first")
    a = ap.parse_args()
    os.environ.setdefault("RJIT_CACHE_DIR", "off")
    import rjit

    try:
        import numba
    except ImportError:
        numba = None
        print("numba is not installed: its column is left out (bench/setup.sh installs it)")
    out = {}
    for f, arg in KERNELS:
        row: dict = {}
        if a.warm:
            f(arg)  # interpreted: CPython quickens it
        rjit.enable(threshold=1, background=False)
        row["rjit_first_call_s"] = timed(f, arg)  # includes compiling f
        rjit.disable()
        jf = None
        if numba is not None:
            jf = numba.njit(f)
            row["numba_first_call_s"] = timed(jf, arg)  # includes numba's compile
            assert math.isclose(jf(arg), f(arg), rel_tol=1e-9)
        plain, jit, nb = [], [], []
        for _ in range(a.repeat):
            plain.append(timed(f, arg))
            rjit.enable(threshold=1, background=False)
            jit.append(timed(f, arg))
            rjit.disable()
            if jf is not None:
                nb.append(timed(jf, arg))
        row["plain_s"] = statistics.median(plain)
        row["rjit_s"] = statistics.median(jit)
        row["values"] = {"plain": plain, "rjit": jit, "numba": nb}
        row["rjit_ratio"] = row["plain_s"] / row["rjit_s"]
        if nb:
            row["numba_s"] = statistics.median(nb)
            row["numba_ratio"] = row["plain_s"] / row["numba_s"]
        out[f.__name__] = row
        line = f"{f.__name__:14s} plain {row['plain_s'] * 1e3:8.1f} ms | rjit {row['rjit_s'] * 1e3:8.1f} ms ({row['rjit_ratio']:.2f}x, first call {row['rjit_first_call_s'] * 1e3:.0f} ms)"
        if nb:
            line += f" | numba {row['numba_s'] * 1e3:8.2f} ms ({row['numba_ratio']:.1f}x, first call {row['numba_first_call_s'] * 1e3:.0f} ms)"
        print(line, flush=True)
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(out, fh, indent=1)
    if a.md:
        with open(a.md, "w") as fh:
            fh.write(report(out, a.repeat, numba.__version__ if numba else None))
    return 0


def report(out: dict, repeat: int, numba_version: str | None) -> str:
    lines = [
        f"# Numeric kernels: rjit and Numba against CPython ({time.strftime('%Y-%m-%d')})",
        "",
        f"`bench/numba_compare.py --repeat {repeat}`: the same unmodified functions, interleaved in one process;"
        f" median of {repeat}; ratio = plain / config (higher is faster); first call includes compilation."
        + (f" Numba {numba_version}." if numba_version else " Numba not installed."),
        "",
        "| kernel | plain | rjit | rjit first call | numba | numba first call |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in out.items():
        nb = (
            f"{r['numba_s'] * 1e3:.2f} ms ({r['numba_ratio']:.1f}x)",
            f"{r['numba_first_call_s'] * 1e3:.0f} ms",
        ) if "numba_s" in r else ("-", "-")
        lines.append(
            f"| {name} | {r['plain_s'] * 1e3:.1f} ms | {r['rjit_s'] * 1e3:.1f} ms ({r['rjit_ratio']:.2f}x) "
            f"| {r['rjit_first_call_s'] * 1e3:.0f} ms | {nb[0]} | {nb[1]} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
