"""`python -m rjit demo`: compile a small numeric program and time it against plain CPython.

The timings are measured here, now, in this process: rounds alternate between plain CPython
(rjit disabled: the default evaluator) and rjit, and the medians are compared.
"""

from __future__ import annotations

import statistics
import sys
import time

import rjit


def mandel_row(y, width, height, max_iter):
    """Escape-time iteration counts for one row of the Mandelbrot set."""
    count = 0
    ci = 2.0 * y / height - 1.0
    for x in range(width):
        cr = 3.0 * x / width - 2.0
        zr = 0.0
        zi = 0.0
        i = 0
        while i < max_iter and zr * zr + zi * zi < 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            i += 1
        count += i
    return count


def mandelbrot(width, height, max_iter):
    total = 0
    for y in range(height):
        total += mandel_row(y, width, height, max_iter)
    return total


def collatz_longest(limit):
    best, best_n = 0, 1
    for n in range(1, limit):
        steps = 0
        m = n
        while m != 1:
            if m % 2 == 0:
                m = m // 2
            else:
                m = 3 * m + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def workload():
    return mandelbrot(120, 80, 60), collatz_longest(30000)


def timed(fn):
    t = time.perf_counter()
    r = fn()
    return time.perf_counter() - t, r


def main(argv: list[str] | None = None) -> int:
    rounds = 5
    print(f"rjit demo: Mandelbrot 120x80 (60 iterations) + longest Collatz chain below 30000")
    expected = workload()  # plain CPython: warms caches, gives the reference result
    rjit.enable()  # default threshold, background compilation
    for _ in range(3):
        assert workload() == expected
    rjit.wait()
    print("\ncompiled functions:")
    for fn in (mandelbrot, mandel_row, collatz_longest, workload):
        i = rjit.info(fn)
        where = {"jit": "fresh LLVM compile", "cache": "loaded from the on-disk cache"}.get(i.get("origin", ""), "")
        print(f"  {fn.__name__:16} {i['state']:9} {where or i.get('reason', '')}")
    plain, jit = [], []
    for _ in range(rounds):
        rjit.disable()
        t, r = timed(workload)
        assert r == expected
        plain.append(t)
        rjit.enable()
        t, r = timed(workload)
        assert r == expected
        jit.append(t)
    mp, mj = statistics.median(plain), statistics.median(jit)
    s = rjit.stats()
    print(f"\nresult: {expected}")
    print(f"plain CPython {sys.version.split()[0]}: median {mp * 1e3:8.1f} ms  (min {min(plain) * 1e3:.1f}, max {max(plain) * 1e3:.1f})")
    print(f"rjit:                  median {mj * 1e3:8.1f} ms  (min {min(jit) * 1e3:.1f}, max {max(jit) * 1e3:.1f})")
    print(f"speed-up: {mp / mj:.2f}x  ({rounds} interleaved rounds)")
    print(
        f"LLVM compiles: {s['compiled']} ({s['compile_seconds'] * 1e3:.0f} ms), cache hits: {s['cache_hits']}, "
        f"cache stores: {s['cache_stores']}, handovers to the interpreter: {s['deopts']}"
    )
    print(f"cache: {s['cache_dir']}  (run the demo again: the functions load from there)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
