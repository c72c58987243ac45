"""What bench/apps' programs execute, counted rather than timed: instructions, L1 instruction-
cache misses and L1 data-cache misses of the whole process under cachegrind, plain and warm.

    target/bench/apps-venv/bin/python bench/apps/instructions.py [--only docutils_rst ...] \
        [--build NAME=PYTHON ...] [--variant NAME=ENV=VALUE;ENV=VALUE ...]

Counts do not move with the machine's load, so two builds or two settings can be compared on
a noisy machine where wall times cannot: the same program runs plain (this venv's python, rjit
off) and, for each build (`--build`, default: this venv) and each variant of the environment
(`--variant`, default: none), warm from a cache filled by two unmeasured runs and `rjit cache
wait`, with `RJIT_IMPROVE=0` so the measured run compiles nothing (the cache already holds
the optimised code). Every rjit run compiles for a portable CPU level (`--cpu`, `RJIT_CPU`):
valgrind presents its own CPUID, so entries made for the host CPU by the native runs would
all be misses under it. cachegrind simulates the host's caches (32 KiB 8-way L1s here); it runs
a program about 30-60 times slower than the CPU does. Prints one markdown row per program
and configuration, each count also as a ratio to plain.

Which functions compile, and from which quickened profile, depends on when the background
compiles land, so two fills of the cache differ, and so do the warm counts: a change worth
+0.1% on networkx_graph measured +4.4% from two such fills (2026-12-04, docs/architecture.md,
"Generators"). To compare two builds, use `--sync`: the cache is filled by one run with
`RJIT_SYNC=1` (every compile at its tier-up call, on the main thread), the same functions from
the same profile on every build.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"


def cachegrind(python: str, program: Path, env: dict[str, str]) -> tuple[int, int, int]:
    """(instructions, I1 misses, D1 misses) of one run of `program`."""
    with tempfile.TemporaryDirectory(prefix="rjit-cg-") as tmp:
        r = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=yes",
                "--smc-check=all-non-file",  # compiled code is written at run time
                f"--cachegrind-out-file={tmp}/out",
                python,
                str(program),
            ],
            env=env,
            capture_output=True,
            text=True,
        )
    if r.returncode != 0:
        raise SystemExit(f"{program.stem} failed under cachegrind:\n{r.stderr[-2000:]}")

    def count(label: str) -> int:
        m = re.search(label + r":\s+([\d,]+)", r.stderr)
        if not m:
            raise SystemExit(f"no '{label}' in cachegrind's report for {program.stem}")
        return int(m.group(1).replace(",", ""))

    return count("I   refs"), count("I1  misses"), count("D1  misses")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="program names (default: all)")
    ap.add_argument("--build", action="append", default=[], help="NAME=PYTHON of a venv with a build")
    ap.add_argument("--variant", action="append", default=[], help="NAME=ENV=VALUE;ENV=VALUE")
    ap.add_argument("--cpu", default="x86-64-v2", help="RJIT_CPU of every rjit run (default: %(default)s)")
    ap.add_argument("--sync", action="store_true",
                    help="fill the cache with one synchronous run (RJIT_SYNC=1): the same functions, "
                         "compiled from the same profile, on every build (quick effort)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    builds = dict(b.split("=", 1) for b in args.build) or {"rjit": sys.executable}
    variants = {}
    for v in args.variant:
        name, _, spec = v.partition("=")
        variants[name] = dict(kv.split("=", 1) for kv in spec.split(";") if kv)
    variants = variants or {"": {}}
    base = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    base["PYTHONHASHSEED"] = "0"
    apps = args.only or sorted(p.stem for p in PROGRAMS.glob("*.py"))
    tmp = Path(tempfile.mkdtemp(prefix="rjit-instructions-"))
    print("| program | configuration | instructions | L1i misses | L1d misses |")
    print("|---|---|---:|---:|---:|")
    for app in apps:
        program = PROGRAMS / f"{app}.py"
        plain = cachegrind(sys.executable, program, base)
        rows = [("plain", plain)]
        for bname, python in builds.items():
            for vname, extra in variants.items():
                cache = tmp / f"{app}-{bname}-{vname}"
                env = {**base, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": str(cache), "RJIT_CPU": args.cpu, **extra}
                fill = [{**env, "RJIT_SYNC": "1", "RJIT_IMPROVE": "0"}] if args.sync else [env, env]
                for e in fill:
                    subprocess.run([python, str(program)], env=e, capture_output=True, check=True)
                    subprocess.run([python, "-m", "rjit", "cache", "wait", "--timeout", "600"], env=e, check=True)
                name = f"{bname} {vname}".strip() + " warm"
                rows.append((name, cachegrind(python, program, {**env, "RJIT_IMPROVE": "0"})))
        for name, counts in rows:
            cells = " | ".join(f"{c / 1e6:,.0f}M ({c / p:.3f})" for c, p in zip(counts, plain))
            print(f"| {app} | {name} | {cells} |", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
