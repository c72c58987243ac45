"""Which functions of the numeric pyperformance benchmarks the typed tier takes (`RJIT_TYPED=1`,
`src/hir/lowerable.rs`), which of their loops the typed middle would run as typed kernels
(`src/hir/kernel.rs`), and why the others stay generic. Each benchmark's functions
are warmed without rjit first, so that CPython's quickening (the profile) is there, and the
arguments of each function's first call stand for the frame that makes it hot (the kinds of
parameters quickening does not record, `array.array`s).

    target/bench/cpython/bin/python bench/hir_kernels.py     (the venv bench/setup.sh makes)

With `--compile-times`, each function the typed tier takes is also compiled to an object
(`_rjit._emit_object`, not linked) 5 times per effort, with the typed tier and without, each in
a process of its own (`RJIT_TYPED` is read once per process; `RJIT_CODEGEN=thread` keeps LLVM
in it): the median milliseconds and the object's bytes, and the medians and p95 over the
functions.
"""

import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import time
import types

import rjit

fake = types.ModuleType("pyperf")
fake.perf_counter = time.perf_counter


class _Runner:
    def __init__(self, *a, **k):
        self.metadata = {}
        self.argparser = None


fake.Runner = _Runner
sys.modules["pyperf"] = fake


def load(name: str) -> types.ModuleType:
    import pyperformance

    base = os.path.join(os.path.dirname(pyperformance.__file__), "data-files", "benchmarks")
    spec = importlib.util.spec_from_file_location(name, f"{base}/{name}/run_benchmark.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


FIRST_ARGS: dict = {}


def record_first_args(frame, event, arg):
    """A `sys.setprofile` hook: each code object's arguments in its first call, standing for
    the frame the hook reads parameter kinds from when the code gets hot (`array.array`s)."""
    if event == "call" and frame.f_code not in FIRST_ARGS:
        co = frame.f_code
        n = co.co_argcount + co.co_kwonlyargcount
        FIRST_ARGS[co] = tuple(frame.f_locals.get(name) for name in co.co_varnames[:n])


def main() -> None:
    rjit.disable()
    sc, nb, sp, fk, nq, fl = (
        load(n) for n in ("bm_scimark", "bm_nbody", "bm_spectral_norm", "bm_fannkuch", "bm_nqueens", "bm_float")
    )
    def workload():
        sc.bench_SOR(1, 20, 10, sc.Array2D)
        sc.bench_LU(1, 20)
        sc.bench_SparseMatMult(1, 100, 500)
        sc.bench_FFT(1, 256, 4)
        sc.bench_MonteCarlo(1, 1000)
        nb.bench_nbody(1, "sun", 20)
        sp.eval_AtA_times_u([1.0] * 10)
        fk.fannkuch(6)
        list(nq.n_queens(5))
        fl.benchmark(1000)

    # The arguments first, under a profile hook (3.11 does not specialise while one is set),
    # then the warm-up proper.
    sys.setprofile(record_first_args)
    workload()
    sys.setprofile(None)
    for _ in range(3):
        workload()
    fns = {}
    for m in (sc, nb, sp, fk, nq, fl):
        for k, v in vars(m).items():
            if isinstance(v, types.FunctionType) and v.__module__ == m.__name__:
                fns[f"{m.__name__}.{k}"] = v
    for cls in (sc.Array2D, sc.ArrayList, sc.Random, fl.Point):
        for k, v in vars(cls).items():
            if isinstance(v, types.FunctionType):
                fns[f"{cls.__name__}.{k}"] = v
    if "--emit" in sys.argv:
        emit_times(fns)
        return
    if "--compile-times" in sys.argv:
        compile_times()
        return
    for name, f in sorted(fns.items()):
        why = rjit._rjit._typed_verdict(f, FIRST_ARGS.get(f.__code__))
        print(f"{name}: typed tier: {'takes it' if why is None else why}")
        try:
            text = rjit._rjit._dump_hir(f, FIRST_ARGS.get(f.__code__))
        except rjit.RJitError as e:
            print(f"{name}: {e}")
            continue
        for verdict in re.findall(r"^# loop .*?: (.*)$", text, re.M):
            print(f"{name}: {verdict}")


def emit_times(fns: dict) -> None:
    """In the child: JSON {name: {effort: [median ms, bytes]}} for the functions typed takes."""
    out = {}
    for name, f in sorted(fns.items()):
        args = FIRST_ARGS.get(f.__code__)
        if rjit._rjit._typed_verdict(f, args) is not None:
            continue
        out[name] = {}
        for effort in ("quick", "optimised"):
            times, size = [], 0
            for _ in range(5):
                t = time.perf_counter()
                size = len(rjit._rjit._emit_object(f, effort, args))
                times.append((time.perf_counter() - t) * 1000)
            out[name][effort] = [statistics.median(times), size]
    print(json.dumps(out))


def p95(xs: list) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def compile_times() -> None:
    runs = {}
    for typed in ("0", "1"):
        env = dict(os.environ, RJIT_TYPED=typed, RJIT_CODEGEN="thread")
        out = subprocess.run(
            [sys.executable, __file__, "--emit"], env=env, check=True, capture_output=True, text=True
        ).stdout
        runs[typed] = json.loads(out.strip().splitlines()[-1])
    print("| function | effort | generic ms | typed ms | generic bytes | typed bytes |")
    print("|---|---|---:|---:|---:|---:|")
    for name in sorted(runs["1"]):
        for effort in ("quick", "optimised"):
            (gm, gb), (tm, tb) = runs["0"][name][effort], runs["1"][name][effort]
            print(f"| {name} | {effort} | {gm:.1f} | {tm:.1f} | {gb} | {tb} |")
    for effort in ("quick", "optimised"):
        for typed, label in (("0", "generic"), ("1", "typed")):
            ms = [runs[typed][n][effort][0] for n in runs[typed]]
            print(f"{label} {effort}: median {statistics.median(ms):.1f} ms, p95 {p95(ms):.1f} ms over {len(ms)} functions")


if __name__ == "__main__":
    main()
