"""How soon a cold program runs compiled code: residency (the share of frames that ran compiled
code) over the first 0.5 s, the first 1 s, and from 1 s to the end, for every program of
bench/apps, with an empty cache each run (what issue "Real programs" asks: >= 80% within the
first second).

    target/bench/apps-venv/bin/python bench/apps/residency.py [--rounds 3] [--only NAME ...]

Each run is the program under a small bootstrap that reads `rjit.stats()` from a timer thread at
0.5 s and 1 s (the thread sleeps until then: it does not compete for the GIL before) and at
exit. Runs are not timed: bench/apps/run.py times the same programs without the bootstrap.
Cold runs drop their compile queue at exit (RJIT_EXIT_COMPILE_SECONDS=0), as run.py's do.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
MARKS = (0.5, 1.0)

BOOT = r"""
import atexit, json, runpy, sys, threading, time
import rjit
out = open(sys.argv[2], "w")
t0 = time.perf_counter()
def mark(label):
    s = rjit.stats()
    s["at"] = label
    s["t"] = time.perf_counter() - t0
    out.write(json.dumps(s) + "\n")
    out.flush()
for m in MARKS:
    t = threading.Timer(m, mark, (m,))
    t.daemon = True
    t.start()
atexit.register(mark, "exit")
script = sys.argv[1]
sys.argv = [script]
runpy.run_path(script, run_name="__main__")
""".replace("MARKS", repr(MARKS))


def counts(s: dict) -> tuple[int, int]:
    """(frames, frames that ran compiled code), direct entries counted on both sides."""
    return s["frames"] + s["direct_entries"], s["jit_entries"] + s["direct_entries"]


def one(py: str, script: Path, env: dict, tmp: Path) -> dict[str, float]:
    marks = tmp / "marks.jsonl"
    cache = tmp / "cache"
    subprocess.run(["rm", "-rf", str(cache)], check=True)
    e = {**env, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": str(cache), "RJIT_EXIT_COMPILE_SECONDS": "0"}
    subprocess.run([py, "-c", BOOT, str(script), str(marks)], env=e, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    rows = {str(r["at"]): r for r in map(json.loads, marks.read_text().splitlines())}
    res: dict[str, float] = {}
    for label, key in (("0.5", "0.5 s"), ("1.0", "1 s"), ("exit", "whole run")):
        if label in rows:
            f, j = counts(rows[label])
            res[key] = j / f if f else 0.0
    if "1.0" in rows and "exit" in rows:
        f1, j1 = counts(rows["1.0"])
        f2, j2 = counts(rows["exit"])
        res["after 1 s"] = (j2 - j1) / (f2 - f1) if f2 > f1 else 0.0
    res["seconds"] = rows["exit"]["t"]
    res["compiled by 1 s"] = rows["1.0"]["compiled"] if "1.0" in rows else rows["exit"]["compiled"]
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--python", default=sys.executable, help="the apps venv's python")
    ap.add_argument("--only", nargs="*", help="program names (default: all)")
    ap.add_argument("--json", metavar="FILE", help="every run's figures")
    a = ap.parse_args()
    names = sorted(p.stem for p in PROGRAMS.glob("*.py"))
    if a.only:
        names = [n for n in names if n in a.only]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    env["PYTHONHASHSEED"] = "0"
    runs: dict[str, list[dict[str, float]]] = {n: [] for n in names}
    with tempfile.TemporaryDirectory(prefix="rjit-residency-") as d:
        for _ in range(a.rounds):
            for n in names:
                runs[n].append(one(a.python, PROGRAMS / f"{n}.py", env, Path(d)))
                # The code generator process of that run may still be finishing a compile.
                subprocess.run([a.python, "-m", "rjit", "cache", "wait", "--cache-dir",
                                str(Path(d) / "cache"), "--timeout", "120"], check=False)
    cols = ["0.5 s", "1 s", "after 1 s", "whole run"]
    print("| program | seconds | compiled by 1 s | " + " | ".join(f"residency, {c}" for c in cols) + " |")
    print("|---|---:|---:|" + "---:|" * len(cols))
    for n in names:
        med = lambda k: statistics.median(r[k] for r in runs[n] if k in r)  # noqa: E731
        cells = [f"{100 * med(c):.0f}%" for c in cols]
        print(f"| {n} | {med('seconds'):.2f} | {med('compiled by 1 s'):.0f} | " + " | ".join(cells) + " |")
    for c in cols:
        print(f"median over programs, {c}: {100 * statistics.median(statistics.median(r[c] for r in runs[n]) for n in names):.0f}%")
    if a.json:
        Path(a.json).write_text(json.dumps(runs, indent=1))


if __name__ == "__main__":
    main()
