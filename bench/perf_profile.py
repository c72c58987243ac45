"""Where the time goes in pyperformance's numeric benchmarks under rjit: `perf record` over a
few seconds of each benchmark's workload, warm (a first run fills a cache of its own), with
compiled code named through a perf map (`RJIT_PERF_MAP=1`), and the top symbols by dso.

    target/bench/cpython/bin/python bench/perf_profile.py [--typed] [NAME ...]

NAME is one of WORKLOADS' keys (default: all). Needs `perf` on the PATH.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# name: (pyperformance module, the workload one call runs, as Python source over `m`).
WORKLOADS = {
    "float": ("bm_float", "m.benchmark(100000)"),
    "fannkuch": ("bm_fannkuch", "m.fannkuch(9)"),
    "nqueens": ("bm_nqueens", "list(m.n_queens(8))"),
    "lu": ("bm_scimark", "m.bench_LU(1, 100)"),
    "sor": ("bm_scimark", "m.bench_SOR(1, 100, 10, m.Array2D)"),
    "monte_carlo": ("bm_scimark", "m.bench_MonteCarlo(1, 100000)"),
    "crypto_pyaes": ("bm_crypto_pyaes", "m.bench_pyaes(1)"),
}


def drive(name: str, seconds: float) -> None:
    """In the child: run the workload for `seconds`."""
    sys.path.insert(0, HERE)
    import hir_kernels  # the pyperf stand-in and `load`

    import rjit

    m = hir_kernels.load(WORKLOADS[name][0])
    work = eval(f"lambda: {WORKLOADS[name][1]}", {"m": m})
    t0 = time.time()
    while time.time() - t0 < seconds:
        work()
    rjit.wait(30)


def main() -> None:
    if sys.argv[1:2] == ["--drive"]:
        drive(sys.argv[2], float(sys.argv[3]))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*", default=list(WORKLOADS))
    ap.add_argument("--typed", action="store_true", help="RJIT_TYPED=1")
    ap.add_argument("--top", type=int, default=12)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as work:
        env = dict(os.environ, RJIT_ENABLE="1", RJIT_PERF_MAP="1", RJIT_CACHE_DIR=os.path.join(work, "cache"))
        if a.typed:
            env["RJIT_TYPED"] = "1"
        for name in a.names:
            me = [sys.executable, __file__, "--drive", name]
            subprocess.run(me + ["2"], env=env, check=True, capture_output=True)
            data = os.path.join(work, f"{name}.data")
            subprocess.run(["perf", "record", "-q", "-F", "999", "-o", data, "--"] + me + ["3"],
                           env=env, check=True, capture_output=True)
            rep = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "dso,sym", "--stdio"],
                                 check=True, capture_output=True, text=True).stdout
            rows = [ln for ln in rep.splitlines() if ln.strip() and not ln.startswith("#")][: a.top]
            print(f"== {name}")
            print("\n".join(rows), flush=True)


if __name__ == "__main__":
    main()
