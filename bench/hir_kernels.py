"""Which functions of the numeric pyperformance benchmarks the typed tier takes (`RJIT_TYPED=1`,
`src/hir/lowerable.rs`), which of their loops the typed middle would run as typed kernels
(`src/hir/kernel.rs`), and why the others stay generic. Each benchmark's functions
are warmed without rjit first, so that CPython's quickening (the profile) is there.

    target/bench/cpython/bin/python bench/hir_kernels.py     (the venv bench/setup.sh makes)
"""

import importlib.util
import os
import re
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


def main() -> None:
    rjit.disable()
    sc, nb, sp, fk, nq, fl = (
        load(n) for n in ("bm_scimark", "bm_nbody", "bm_spectral_norm", "bm_fannkuch", "bm_nqueens", "bm_float")
    )
    for _ in range(3):
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
    fns = {}
    for m in (sc, nb, sp, fk, nq, fl):
        for k, v in vars(m).items():
            if isinstance(v, types.FunctionType) and v.__module__ == m.__name__:
                fns[f"{m.__name__}.{k}"] = v
    for cls in (sc.Array2D, sc.ArrayList, sc.Random, fl.Point):
        for k, v in vars(cls).items():
            if isinstance(v, types.FunctionType):
                fns[f"{cls.__name__}.{k}"] = v
    for name, f in sorted(fns.items()):
        why = rjit._rjit._typed_verdict(f)
        print(f"{name}: typed tier: {'takes it' if why is None else why}")
        try:
            text = rjit._rjit._dump_hir(f)
        except rjit.RJitError as e:
            print(f"{name}: {e}")
            continue
        for verdict in re.findall(r"^# loop .*?: (.*)$", text, re.M):
            print(f"{name}: {verdict}")


if __name__ == "__main__":
    main()
