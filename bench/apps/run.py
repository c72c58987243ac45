"""Real pure-Python programs from PyPI, whole processes, plain CPython against rjit.

    bench/apps/setup.sh                       # the venv: rjit's wheel + pinned packages
    target/bench/apps-venv/bin/python bench/apps/run.py --rounds 5 --out docs/benchmarks/X.md

Every program in programs/ runs in four ways, interleaved round by round (the order rotates):

- plain        CPython alone (rjit installed but not enabled);
- cold         RJIT_ENABLE=1 with an empty cache directory (new each run);
- warm         RJIT_ENABLE=1 with the cache an earlier rjit run of the program left (one
               unmeasured run fills it before the rounds);
- precompiled  RJIT_ENABLE=1 with a cache filled only by `rjit precompile` of the program and
               every module it imports (found by one plain run), nothing from earlier runs.

For each it reports the median wall time as a speed ratio against plain (>1: faster), peak RSS
(ru_maxrss of the process), residency (share of frames that ran compiled code), compiles and
compile seconds (from RJIT_STATS_FILE), and the peak RSS of the code generator process rjit
compiles in. Every run's stdout must be byte-identical to plain's.

After every rjit run, `rjit cache wait` waits (untimed) for that run's code generator process to
finish what the run handed over at exit, so that it never competes with the next measurement.
Cold runs drop their queue at exit (RJIT_EXIT_COMPILE_SECONDS=0: their cache is thrown away);
this does not change their own time, since exit never waits for compiles.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
MODES = ("plain", "cold", "warm", "precompiled")

LIST_MODULES = r"""
import atexit, sys
def _rjit_bench_dump():
    with open(sys.argv[0] + ".modules", "w") as f:
        for m in list(sys.modules.values()):
            p = getattr(m, "__file__", None)
            if p and p.endswith(".py"):
                print(p, file=f)
atexit.register(_rjit_bench_dump)
"""


def settle(py: str, env: dict) -> None:
    """Wait for the code generator processes still compiling into this run's cache."""
    if env.get("RJIT_ENABLE") == "1":
        subprocess.run([py, "-m", "rjit", "cache", "wait", "--cache-dir", env["RJIT_CACHE_DIR"],
                        "--timeout", "300"], env=env, check=False)


def measure(py: str, script: Path, env: dict) -> dict:
    """One whole process: wall seconds, peak RSS (MiB), stdout, and rjit's stats if any. It runs
    under a fresh helper process, so that RUSAGE_CHILDREN's ru_maxrss is this program's alone."""
    helper = (
        "import json, os, resource, subprocess, sys, time\n"
        "env = json.loads(sys.argv[3])\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run([sys.argv[1], sys.argv[2]], env=env, capture_output=True)\n"
        "wall = time.perf_counter() - t\n"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "sys.stdout.buffer.write(json.dumps({'wall': wall, 'rss': ru.ru_maxrss / 1024, "
        "'rc': p.returncode, 'err': p.stderr.decode(errors='replace')[-3000:]}).encode() + b'\\n')\n"
        "sys.stdout.buffer.write(p.stdout)\n"
    )
    stats_file = script.with_suffix(".stats")
    stats_file.unlink(missing_ok=True)
    if env.get("RJIT_ENABLE") == "1":
        env = {**env, "RJIT_STATS_FILE": str(stats_file)}
    p = subprocess.run([sys.executable, "-c", helper, py, str(script), json.dumps(env)],
                       capture_output=True, timeout=900)
    head, _, out = p.stdout.partition(b"\n")
    r = json.loads(head)
    if r["rc"] != 0:
        raise SystemExit(f"{script.name} failed ({r['rc']}):\n{r['err']}")
    stats = {}
    if stats_file.exists():
        lines = stats_file.read_text().splitlines()
        stats = json.loads(lines[-1]) if lines else {}
    settle(py, env)
    return {"wall": r["wall"], "rss": r["rss"], "out": out, "stats": stats}


def residency(s: dict) -> float | None:
    if not s:
        return None
    frames = s["frames"] + s["direct_entries"]
    return (s["jit_entries"] + s["direct_entries"]) / frames if frames else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--python", default=sys.executable, help="the apps venv's python")
    ap.add_argument("--only", nargs="*", help="program names (default: all)")
    ap.add_argument("--modes", nargs="*", default=list(MODES), choices=MODES)
    ap.add_argument("--json", metavar="FILE", help="raw results")
    ap.add_argument("--out", metavar="FILE", help="the Markdown table")
    args = ap.parse_args()
    names = sorted(p.stem for p in PROGRAMS.glob("*.py"))
    if args.only:
        names = [n for n in names if n in args.only]
    base = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    base["PYTHONHASHSEED"] = "0"
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="rjit-apps-") as tmpd:
        tmp = Path(tmpd)
        for name in names:
            script = tmp / f"{name}.py"
            code = (PROGRAMS / f"{name}.py").read_text()
            # Which modules does it import? (one plain run, listing sys.modules at exit)
            script.write_text(LIST_MODULES + code)
            measure(args.python, script, base)
            files = sorted(set(Path(str(script) + ".modules").read_text().split()) - {str(script)})
            script.write_text(code)
            env = {
                "plain": base,
                "cold": None,  # a new directory per run
                "warm": {**base, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": str(tmp / f"{name}-warm")},
                "precompiled": {**base, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": str(tmp / f"{name}-pre")},
            }
            pre = {}
            if "precompiled" in args.modes:
                t = time.perf_counter()
                p = subprocess.run([args.python, "-m", "rjit", "precompile", str(script), *files,
                                    "--cache-dir", str(tmp / f"{name}-pre"), "--json", "-", "-q"],
                                   capture_output=True, text=True, env=base)
                if p.returncode != 0:
                    raise SystemExit(p.stderr)
                pre = json.loads(p.stdout)
                pre["seconds"] = time.perf_counter() - t
            if "warm" in args.modes:
                measure(args.python, script, env["warm"])
            runs: dict[str, list[dict]] = {m: [] for m in args.modes}
            for r in range(args.rounds):
                order = list(args.modes[r % len(args.modes):]) + list(args.modes[: r % len(args.modes)])
                for mode in order:
                    e = env[mode]
                    if mode == "cold":
                        cold = tmp / f"{name}-cold"
                        shutil.rmtree(cold, ignore_errors=True)
                        e = {**base, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": str(cold),
                             "RJIT_EXIT_COMPILE_SECONDS": "0"}
                    runs[mode].append(measure(args.python, script, e))
            ref = runs.get("plain", runs[args.modes[0]])[0]["out"]
            for mode, rs in runs.items():
                for x in rs:
                    if x["out"] != ref:
                        raise SystemExit(f"{name} {mode}: output differs from plain's:\n"
                                         f"{x['out'][:500]!r}\nvs\n{ref[:500]!r}")
            row = {"output": ref.decode(errors="replace").strip()[:80], "files": len(files),
                   "precompiled_functions": pre.get("compiled"), "precompile_seconds": pre.get("seconds")}
            for mode, rs in runs.items():
                row[mode] = {
                    "wall": statistics.median(x["wall"] for x in rs),
                    "walls": [round(x["wall"], 4) for x in rs],
                    "rss": statistics.median(x["rss"] for x in rs),
                    "residency": statistics.median(residency(x["stats"]) or 0 for x in rs) if mode != "plain" else None,
                    "compiled": statistics.median(x["stats"].get("compiled", 0) for x in rs),
                    "compile_seconds": statistics.median(x["stats"].get("compile_seconds", 0) for x in rs),
                    "cache_hits": statistics.median(x["stats"].get("cache_hits", 0) for x in rs),
                    "codegen_rss": max(x["stats"].get("codegen_peak_rss_kib", 0) for x in rs) / 1024,
                }
            results[name] = row
            print(line(name, row, args.modes), flush=True)
    report = table(results, args)
    print(report)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    if args.out:
        Path(args.out).write_text(report)


def line(name: str, row: dict, modes) -> str:
    p = row.get("plain", {}).get("wall")
    parts = [f"{name:22}"]
    for m in modes:
        w = row[m]["wall"]
        parts.append(f"{m} {w:.3f}s" + (f" ({p / w:.3f}x)" if p and m != "plain" else ""))
    return "  ".join(parts)


def table(results: dict, args) -> str:
    modes = [m for m in args.modes if m != "plain"]
    out = [
        f"# bench/apps: {len(results)} programs, {args.rounds} interleaved rounds, medians",
        "",
        f"`{' '.join(sys.argv)}` on {platform.node()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
        f"Python {platform.python_version()}. Speed is plain's wall time over the mode's (>1: faster). "
        "RSS: peak resident MiB of the program's process; cold codegen RSS: of the code generator "
        "process it compiled in (peak over the rounds). Residency: share of frames that ran compiled code. "
        "Every run's output was byte-identical to plain's.",
        "",
        "| program | plain s | " + " | ".join(f"{m} speed" for m in modes) + " | plain RSS | "
        + " | ".join(f"{m} RSS" for m in modes) + " | " + " | ".join(f"{m} residency" for m in modes)
        + " | cold compiles (s) | cold codegen RSS |",
        "|---|---:|" + "---:|" * (2 * len(modes) + 1) + "---:|" * len(modes) + "---:|---:|",
    ]
    for name, row in results.items():
        p = row["plain"]["wall"]
        cells = [name, f"{p:.3f}"]
        cells += [f"{p / row[m]['wall']:.3f}x" for m in modes]
        cells.append(f"{row['plain']['rss']:.1f}")
        cells += [f"{row[m]['rss']:.1f} (+{row[m]['rss'] - row['plain']['rss']:.1f})" for m in modes]
        cells += [f"{100 * row[m]['residency']:.0f}%" for m in modes]
        c = row.get("cold")
        cells.append(f"{c['compiled']:.0f} ({c['compile_seconds']:.2f})" if c else "")
        cells.append(f"{c.get('codegen_rss', 0):.0f}" if c else "")
        out.append("| " + " | ".join(cells) + " |")
    geo = ["**geomean**", ""]
    for m in modes:
        geo.append(f"**{statistics.geometric_mean(r['plain']['wall'] / r[m]['wall'] for r in results.values()):.3f}x**")
    out.append("| " + " | ".join(geo) + " |" + " |" * (len(modes) * 2 + 3))
    worst = {m: min((r["plain"]["wall"] / r[m]["wall"], n) for n, r in results.items()) for m in modes}
    out += ["", "Slowest per mode: " + ", ".join(f"{m} {w[0]:.3f}x ({w[1]})" for m, w in worst.items()), ""]
    return "\n".join(out)


if __name__ == "__main__":
    main()
