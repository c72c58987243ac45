"""`python -m rjit coverage`: how much of a body of Python code tier1 compiles.

Every function code object (functions, methods, lambdas, comprehensions, generators,
coroutines) found in the given `.py` files is compiled with `rjit.compile()` without being
run; the report gives compiled / total and the reason for every one that did not compile.
Files are shared among worker processes; the cache is off so nothing is written.
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing
import os
import sys
import sysconfig
import time
import warnings
from typing import Iterator

CO_NEWLOCALS = 0x0002


def python_files(roots: list[str], include_tests: bool) -> list[str]:
    out = []
    for root in roots:
        if os.path.isfile(root):
            out.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(
                d
                for d in dirnames
                if d not in ("site-packages", "__pycache__")
                and (include_tests or d not in ("test", "tests", "idle_test"))
            )
            out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return out


def function_codes(code) -> Iterator:
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            if c.co_flags & CO_NEWLOCALS:
                yield c
            yield from function_codes(c)


def _work(paths: list[str]) -> dict:
    os.environ["RJIT_CACHE_DIR"] = "off"
    import rjit

    rjit.enable(threshold=1 << 30, background=False)
    total = compiled = 0
    reasons: collections.Counter = collections.Counter()
    examples: dict[str, str] = {}
    t0 = time.perf_counter()
    for path in paths:
        try:
            with open(path, "rb") as f:
                src = f.read()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                top = compile(src, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, OSError):
            continue
        for code in function_codes(top):
            total += 1
            if rjit.compile(code):
                compiled += 1
            else:
                reason = rjit.info(code).get("reason", "unknown")
                reasons[reason] += 1
                examples.setdefault(reason, f"{path}:{code.co_firstlineno} {code.co_qualname}")
    rjit.disable()
    return {
        "total": total,
        "compiled": compiled,
        "reasons": dict(reasons),
        "examples": examples,
        "seconds": time.perf_counter() - t0,
    }


def run(roots: list[str], include_tests: bool = False, jobs: int | None = None) -> dict:
    files = python_files(roots, include_tests)
    jobs = max(1, jobs or os.cpu_count() or 1)
    chunks = [files[i::jobs] for i in range(jobs)]
    t0 = time.perf_counter()
    if jobs == 1:
        parts = [_work(files)]
    else:
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            parts = pool.map(_work, chunks)
    reasons: collections.Counter = collections.Counter()
    examples: dict[str, str] = {}
    for p in parts:
        reasons.update(p["reasons"])
        for k, v in p["examples"].items():
            examples.setdefault(k, v)
    total = sum(p["total"] for p in parts)
    compiled = sum(p["compiled"] for p in parts)
    return {
        "roots": roots,
        "files": len(files),
        "total": total,
        "compiled": compiled,
        "percent": 100.0 * compiled / total if total else 100.0,
        "reasons": dict(reasons.most_common()),
        "examples": examples,
        "compile_seconds": sum(p["seconds"] for p in parts),
        "wall_seconds": time.perf_counter() - t0,
        "python": sys.version.split()[0],
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m rjit coverage", description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="files or directories (packages) to scan")
    ap.add_argument("--stdlib", action="store_true", help="scan the standard library")
    ap.add_argument("--include-tests", action="store_true", help="include test/ and tests/ directories")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPU count)")
    ap.add_argument("--json", metavar="FILE", help="also write the report as JSON")
    ap.add_argument("--min-percent", type=float, default=None, help="exit 1 below this percentage")
    a = ap.parse_args(argv)
    roots = list(a.paths)
    if a.stdlib:
        roots.append(sysconfig.get_paths()["stdlib"])
    if not roots:
        ap.error("give paths or --stdlib")
    rep = run(roots, a.include_tests, a.jobs)
    print(f"files: {rep['files']}  function code objects: {rep['total']}")
    print(f"compiled: {rep['compiled']} / {rep['total']} = {rep['percent']:.2f}%")
    print(f"LLVM time: {rep['compile_seconds']:.1f} s over {rep['wall_seconds']:.1f} s wall")
    if rep["reasons"]:
        print("not compiled, by reason:")
        for reason, n in rep["reasons"].items():
            print(f"  {n:7d}  {reason}   e.g. {rep['examples'].get(reason, '')}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(rep, f, indent=2)
    if a.min_percent is not None and rep["percent"] < a.min_percent:
        return 1
    return 0
