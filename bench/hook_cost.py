"""Hook cost on call-heavy code: plain vs hook installed (nothing compiled) vs compiled.
Run: RJIT_CACHE_DIR=off .venv/bin/python bench/hook_cost.py"""
import time, statistics, rjit, sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def t():
    s = time.perf_counter(); fib(24); return time.perf_counter() - s
fib(20)
plain, hooked, compiled = [], [], []
for r in range(7):
    rjit.disable(); plain.append(t())
    rjit.enable(threshold=10**9); hooked.append(t())
rjit.disable()
rjit.enable(threshold=1, background=False); rjit.compile(fib)
for r in range(7):
    rjit.disable(); plain.append(t())
    rjit.enable(threshold=1, background=False); compiled.append(t())
rjit.disable()
m = statistics.median
print(f"fib(24): plain {m(plain)*1e3:.1f} ms, hook installed (nothing compiled) {m(hooked)*1e3:.1f} ms ({m(hooked)/m(plain):.2f}x), compiled {m(compiled)*1e3:.1f} ms ({m(compiled)/m(plain):.2f}x)")
