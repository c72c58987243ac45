"""Two rjit builds against plain CPython on bench/apps' programs, warm or cold, interleaved.

    target/bench/apps-venv/bin/python bench/apps/ab.py --old-python OLD_VENV/bin/python \
        --rounds 3 [--cold] [--only pyparsing_arith jinja2_render]

`run.py` measures one build in every mode; this answers "did this change help?": the same
programs, plain (this venv's python, rjit off), warm with the old build (another venv with the
same packages and the old wheel) and warm with the new one (this venv), round-robin with the
order rotating each round, whole processes. Each build gets its own cache directory, filled by
two unmeasured runs per program (and `rjit cache wait`) before the rounds. The new build's
output must be byte-identical to plain's (the old one runs from another venv, whose path
docutils embeds in its output). Prints median wall times and speed ratios (plain / build).
With `--cold`, every rjit run starts from an empty cache directory of its own instead (no
filling runs) and drops its queue at exit (`RJIT_EXIT_COMPILE_SECONDS=0`: no code generator
process left compiling for a minute to slow the next run down). With `--cpu`, the times
compared are each process's CPU time (user + system) instead of wall time: on a machine
shared with other tenants, wall times of these programs move by ±10% from run to run, CPU
time by about ±3% (docs/benchmarks/2026-12-07-direct-calls.md).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old-python", required=True, help="python of a venv with the old wheel")
    ap.add_argument("--new-python", default=sys.executable, help="python of a venv with the new wheel")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", nargs="*", help="program names (default: all)")
    ap.add_argument("--json", metavar="FILE", help="every time measured")
    ap.add_argument("--cold", action="store_true", help="every rjit run from an empty cache")
    ap.add_argument("--cpu", action="store_true", help="compare CPU time (user + system), not wall time")
    args = ap.parse_args()
    apps = args.only or sorted(p.stem for p in PROGRAMS.glob("*.py"))
    tmp = Path(tempfile.mkdtemp(prefix="rjit-ab-"))
    configs = {
        "plain": (args.new_python, {}),
        "old": (args.old_python, {"RJIT_ENABLE": "1", "RJIT_CACHE_DIR": str(tmp / "old")}),
        "new": (args.new_python, {"RJIT_ENABLE": "1", "RJIT_CACHE_DIR": str(tmp / "new")}),
    }

    fresh = iter(range(10**9))

    def run(cfg: str, app: str) -> tuple[float, bytes]:
        py, extra = configs[cfg]
        if args.cold and "RJIT_CACHE_DIR" in extra:
            extra = {**extra, "RJIT_CACHE_DIR": str(tmp / f"{cfg}-{next(fresh)}"),
                     "RJIT_EXIT_COMPILE_SECONDS": "0"}
        # A fixed hash seed, as run.py uses: set and dict orders (and with them the programs'
        # work and garbage) otherwise change from run to run; docutils' time varied by 1.5x.
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("RJIT_")},
               "PYTHONHASHSEED": "0", **extra}
        t = time.perf_counter()
        u = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.run([py, str(PROGRAMS / f"{app}.py")], env=env, capture_output=True)
        dt = time.perf_counter() - t
        if args.cpu:
            v = resource.getrusage(resource.RUSAGE_CHILDREN)
            dt = v.ru_utime - u.ru_utime + v.ru_stime - u.ru_stime
        if p.returncode != 0:
            sys.exit(f"{app} ({cfg}) failed:\n{p.stderr.decode()[-2000:]}")
        if "RJIT_CACHE_DIR" in extra:
            rjit = Path(py).parent / "rjit"
            subprocess.run([str(rjit), "cache", "wait"], env=env, check=False)
        return dt, p.stdout

    for app in [] if args.cold else apps:
        for cfg in ("old", "new"):
            for _ in range(2):
                run(cfg, app)
    times: dict[str, dict[str, list[float]]] = {a: {c: [] for c in configs} for a in apps}
    names = list(configs)
    for r in range(args.rounds):
        for app in apps:
            plain_out = None
            for cfg in names[r % 3:] + names[: r % 3]:
                dt, out = run(cfg, app)
                times[app][cfg].append(dt)
                if cfg == "plain":
                    plain_out = out
                elif cfg == "new" and plain_out is not None and out != plain_out:
                    sys.exit(f"{app}: the new build's output differs from plain's")
    ratios: dict[str, list[float]] = {"old": [], "new": []}
    unit = "CPU s" if args.cpu else "s"
    print(f"| program | plain {unit} | old {unit} | new {unit} | old speed | new speed |")
    print("|---|---:|---:|---:|---:|---:|")
    for app in apps:
        med = {c: statistics.median(times[app][c]) for c in names}
        for c in ("old", "new"):
            ratios[c].append(med["plain"] / med[c])
        print(f"| {app} | {med['plain']:.3f} | {med['old']:.3f} | {med['new']:.3f} | "
              f"{med['plain'] / med['old']:.3f}x | {med['plain'] / med['new']:.3f}x |")
    geo = {c: statistics.geometric_mean(v) for c, v in ratios.items()}
    print(f"| **geomean** | | | | **{geo['old']:.3f}x** | **{geo['new']:.3f}x** |")
    if args.json:
        Path(args.json).write_text(json.dumps(times, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
