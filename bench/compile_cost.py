"""Compile latency per function (O2 + emit + link), 30 small loop functions.
Run: RJIT_CACHE_DIR=off .venv/bin/python bench/compile_cost.py"""
import rjit, statistics, time, types
rjit.enable(threshold=10**9)
src = "\n".join(f"def f{i}(a, b):\n    t = 0\n    for i in range(a):\n        t += (i * b + {i}) % 7\n        if t > 100:\n            t -= 50\n    return t\n" for i in range(30))
ns = {}; exec(src, ns)
times = []
for i in range(30):
    s = time.perf_counter(); ok = rjit.compile(ns[f"f{i}"]); times.append(time.perf_counter() - s); assert ok
times.sort()
print(f"compile (small loop function, O2, incl. link): median {statistics.median(times)*1e3:.1f} ms, p95 {times[int(0.95*len(times))-1]*1e3:.1f} ms over {len(times)}")
