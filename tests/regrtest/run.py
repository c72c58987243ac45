"""Run CPython's own regression tests with rjit forced on and compare with a run without it.

    python tests/regrtest/run.py --subset ci          # the CI subset (ci_subset.txt)
    python tests/regrtest/run.py --subset full        # every module regrtest knows
    python tests/regrtest/run.py test_grammar test_re # chosen modules
    python tests/regrtest/run.py --subset full --rjit-env RJIT_TYPED=1 --baseline OLD/base.xml

Both runs use this venv's interpreter (no system site-packages) with PYTHONUNBUFFERED and
PYTHONDONTWRITEBYTECODE removed (notes: they change test results) and skip the VSOCK socket
test that hangs on these machines. The rjit run sets RJIT_ENABLE=1 RJIT_THRESHOLD=0
RJIT_SYNC=1, so every function in every regrtest worker and every child interpreter is compiled
before its first run. A test case that passes without rjit must pass with it, unless
exclusions.txt lists it with a reason. Exit status 0 means no regression.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
HANGS_HERE = "*ThreadedVSOCKSocketStreamTest*"


def read_list(path: str) -> list[str]:
    with open(path) as f:
        return [ln.split("#", 1)[0].strip() for ln in f if ln.split("#", 1)[0].strip()]


def read_exclusions() -> list[tuple[str, str]]:
    out = []
    with open(os.path.join(HERE, "exclusions.txt")) as f:
        for ln in f:
            if not ln.strip() or ln.startswith("#"):
                continue
            pat, _, why = ln.partition("#")
            out.append((pat.strip(), why.strip()))
    return out


def results(junit: str) -> dict[str, str]:
    """test id -> 'pass' | 'fail' | 'skip'."""
    out: dict[str, str] = {}
    if not os.path.exists(junit):
        return out
    for tc in ET.parse(junit).getroot().iter("testcase"):
        tid = f"{tc.get('classname', '')}.{tc.get('name', '')}"
        if tc.find("failure") is not None or tc.find("error") is not None:
            out[tid] = "fail"
        elif tc.find("skipped") is not None:
            out[tid] = "skip"
        else:
            out[tid] = "pass"
    return out


def run_regrtest(
    python: str,
    tests: list[str],
    junit: str,
    env_extra: dict[str, str],
    jobs: int,
    timeout: int,
    log: str,
    ignore: list[str] = (),
) -> tuple[int, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    env.pop("PYTHONUNBUFFERED", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(env_extra)
    cmd = [python, "-m", "test", f"-j{jobs}", f"--timeout={timeout}", "-i", HANGS_HERE, "--junit-xml", junit]
    for pat in ignore:
        cmd += ["-i", pat]
    cmd += tests
    t0 = time.time()
    with open(log, "w") as f:
        # A background job of a non-interactive shell starts with SIGINT ignored, and CPython
        # keeps SIG_IGN: tests that interrupt themselves would then fail in both runs.
        rc = subprocess.call(
            cmd,
            env=env,
            stdout=f,
            stderr=subprocess.STDOUT,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
    return rc, time.time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tests", nargs="*")
    ap.add_argument("--subset", choices=["ci", "full"], default=None)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=int, default=900, help="per-test-module timeout (s)")
    ap.add_argument("--out", default=None, help="directory for logs, junit files and summary.json")
    ap.add_argument("--python", default=sys.executable, help="interpreter with rjit installed (default: this one)")
    ap.add_argument(
        "--rjit-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an extra RJIT_ setting for the rjit run, e.g. RJIT_TYPED=1 (repeatable)",
    )
    ap.add_argument(
        "--baseline",
        default=None,
        metavar="JUNIT",
        help="reuse the base.xml of an earlier run of the same tests instead of running the baseline",
    )
    a = ap.parse_args()
    tests = list(a.tests)
    if a.subset == "ci":
        tests += read_list(os.path.join(HERE, "ci_subset.txt"))
    if not tests and a.subset != "full":
        ap.error("name tests or --subset")
    out = a.out or tempfile.mkdtemp(prefix="rjit-regrtest-")
    os.makedirs(out, exist_ok=True)
    cache = tempfile.mkdtemp(prefix="rjit-regrtest-cache-")

    if a.baseline:
        shutil.copyfile(a.baseline, f"{out}/base.xml")
        base_rc, base_s = 0, 0.0
    else:
        base_rc, base_s = run_regrtest(
            a.python, tests, f"{out}/base.xml", {"RJIT_DISABLE": "1"}, a.jobs, a.timeout, f"{out}/base.log"
        )
    jit_env = {"RJIT_ENABLE": "1", "RJIT_THRESHOLD": "0", "RJIT_SYNC": "1", "RJIT_CACHE_DIR": cache}
    for kv in a.rjit_env:
        name, eq, value = kv.partition("=")
        if not eq or not name.startswith("RJIT_"):
            ap.error(f"--rjit-env wants RJIT_NAME=VALUE, got {kv!r}")
        jit_env[name] = value
    # Excluded tests that would take the worker down with them are not run with rjit.
    skip = [p for p, why in read_exclusions() if "skipped with rjit" in why]
    jit_rc, jit_s = run_regrtest(a.python, tests, f"{out}/rjit.xml", jit_env, a.jobs, a.timeout, f"{out}/rjit.log", skip)

    base, jit = results(f"{out}/base.xml"), results(f"{out}/rjit.xml")
    excl = read_exclusions()
    regressions, excluded = [], []
    for tid, st in sorted(base.items()):
        if st != "pass" or jit.get(tid) == "pass":
            continue
        why = next((w for p, w in excl if fnmatch.fnmatch(tid, p)), None)
        (excluded if why else regressions).append((tid, jit.get(tid, "missing"), why))
    summary = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "tests": tests or ["(all)"],
        "rjit_env": jit_env,
        "baseline": {"cases": len(base), "passed": sum(s == "pass" for s in base.values()), "seconds": round(base_s), "rc": base_rc},
        "rjit": {"cases": len(jit), "passed": sum(s == "pass" for s in jit.values()), "seconds": round(jit_s), "rc": jit_rc},
        "regressions": [f"{t} ({s})" for t, s, _ in regressions],
        "excluded": [f"{t} ({s}): {w}" for t, s, w in excluded],
        "out": out,
    }
    with open(f"{out}/summary.json", "w") as f:
        json.dump(summary, f, indent=2)
    b, j = summary["baseline"], summary["rjit"]
    print(f"baseline: {b['passed']}/{b['cases']} passed in {b['seconds']} s")
    print(f"rjit:     {j['passed']}/{j['cases']} passed in {j['seconds']} s")
    print(f"excluded (documented): {len(excluded)}")
    for t in summary["excluded"]:
        print("  ", t)
    print(f"regressions: {len(regressions)}")
    for t in summary["regressions"]:
        print("  ", t)
    print(f"logs: {out}")
    if not base:
        print("baseline produced no results", file=sys.stderr)
        return 2
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
