"""The speed harness: pyperformance's CPU-bound benchmarks under plain CPython, rjit (cold and
warm cache) and PyPy, interleaved, with a table, JSON and a PNG chart.

    ./bench/setup.sh                        # once: venvs in target/bench
    target/bench/cpython/bin/python bench/run.py --quick            # the quick set
    target/bench/cpython/bin/python bench/run.py                    # everything (adds tomli, sympy, mdp)
    target/bench/cpython/bin/python bench/run.py -b nbody -b float  # chosen benchmarks

Configurations, run back to back for each benchmark, in an order rotated per benchmark so
that drift hits all alike:
- plain:       CPython 3.11, rjit not imported;
- rjit-cold:   RJIT_ENABLE=1 with the cache off: every pyperf worker compiles what it runs;
- rjit-warm:   RJIT_ENABLE=1 with a cache filled by an earlier run of the same command
               (queued compiles finish at its exit): workers only link;
- pypy:        PyPy 3 (reference row), when target/bench/pypy exists.
pyperf's workers get RJIT_* through --inherit-environ, and each worker appends its
rjit.stats() to RJIT_STATS_FILE: the harness checks (does not assume) that rjit ran in them.

Every report also carries the hook's own cost (bench/hook_cost.py) and, unless --no-costs,
the compile-time and memory figures (bench/compile_cost.py), measured in the same session.
Results are saved after each benchmark; --resume continues an interrupted run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_ENV = os.path.join(ROOT, "target", "bench")

# name -> (pyperformance folder, extra args, in the quick set)
BENCHMARKS = {
    "nbody": ("bm_nbody", [], True),
    "spectral_norm": ("bm_spectral_norm", [], True),
    "fannkuch": ("bm_fannkuch", [], True),
    "float": ("bm_float", [], True),
    "nqueens": ("bm_nqueens", [], True),
    "richards": ("bm_richards", [], True),
    "richards_super": ("bm_richards_super", [], True),
    "chaos": ("bm_chaos", [], True),
    "deltablue": ("bm_deltablue", [], True),
    "go": ("bm_go", [], True),
    "hexiom": ("bm_hexiom", [], True),
    "raytrace": ("bm_raytrace", [], True),
    "unpack_sequence": ("bm_unpack_sequence", [], True),
    "generators": ("bm_generators", [], True),
    "coroutines": ("bm_coroutines", [], True),
    "comprehensions": ("bm_comprehensions", [], True),
    "json_dumps": ("bm_json_dumps", [], True),
    "json_loads": ("bm_json_loads", [], True),
    "pyflate": ("bm_pyflate", [], True),
    "regex_v8": ("bm_regex_v8", [], True),
    "logging": ("bm_logging", [], True),
    "deepcopy": ("bm_deepcopy", [], True),
    "pickle_pure_python": ("bm_pickle", ["--pure-python", "pickle"], True),
    "unpickle_pure_python": ("bm_pickle", ["--pure-python", "unpickle"], True),
    "pidigits": ("bm_pidigits", [], True),
    "crypto_pyaes": ("bm_crypto_pyaes", [], True),
    "scimark": ("bm_scimark", [], True),
    "meteor_contest": ("bm_meteor_contest", [], True),
    "async_generators": ("bm_async_generators", [], True),
    "tomli_loads": ("bm_tomli_loads", [], False),
    "sympy": ("bm_sympy", [], False),
    "mdp": ("bm_mdp", [], False),
}

# `rjit-generic` (warm, with `RJIT_TYPED=0`: the generic tier only) only when asked for with
# --configs.
CONFIGS = ["plain", "rjit-cold", "rjit-warm", "pypy"]


def benchmarks_dir(python: str) -> str:
    out = subprocess.check_output(
        [python, "-c", "import os, pyperformance; print(os.path.join(os.path.dirname(pyperformance.__file__), 'data-files', 'benchmarks'))"],
        text=True,
    )
    return out.strip()


def run_one(python: str, script: str, extra: list[str], out_json: str, env_extra: dict[str, str], fast: bool) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    env.update(env_extra)
    inherit = ",".join(k for k in env_extra if k.startswith("RJIT_"))
    cmd = [python, script, *extra, "--quiet", "-o", out_json]
    if fast:
        cmd.append("--fast")
    if inherit:
        cmd += ["--inherit-environ", inherit]
    t0 = time.time()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=os.path.dirname(script))
    return time.time() - t0


def machine() -> str:
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} CPUs ({cpu}), {mem:.0f} GiB, Linux {os.uname().release}"


def version(python: str) -> str:
    try:
        return subprocess.check_output([python, "-c", "import sys; print(sys.version.split()[0], sys.implementation.name)"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def side_script(python: str, script: str, work: str, env_extra: dict[str, str]) -> dict:
    """Run bench/<script> --json and return what it wrote (or the error)."""
    out = os.path.join(work, script + ".json")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")} | env_extra
    r = subprocess.run([python, os.path.join(ROOT, "bench", script), "--json", out], env=env, capture_output=True, text=True)
    print(r.stdout, end="", flush=True)
    if r.returncode != 0 or not os.path.exists(out):
        return {"error": (r.stderr or r.stdout)[-500:]}
    with open(out) as f:
        return json.load(f)


def load_values(path: str) -> dict[str, list[float]]:
    import pyperf

    suite = pyperf.BenchmarkSuite.load(path)
    return {b.get_name(): list(b.get_values()) for b in suite.get_benchmarks()}


def read_stats(path: str) -> dict:
    rows = []
    if os.path.exists(path):
        with open(path) as f:
            rows = [json.loads(line) for line in f if line.strip()]
    workers = [r for r in rows if r.get("enabled")]
    tot = lambda k: sum(r.get(k, 0) for r in workers)  # noqa: E731
    # Calls from compiled code straight into compiled code skip the hook: count them in both.
    direct = tot("direct_entries")
    frames = tot("frames") + direct
    return {
        "processes": len(rows),
        "processes_with_rjit": len(workers),
        "compiled": tot("compiled"),
        "cache_hits": tot("cache_hits"),
        "compile_seconds": round(tot("compile_seconds"), 3),
        "deopts": tot("deopts"),
        "exception_exits": tot("exception_exits"),
        "residency": round((tot("jit_entries") + direct) / frames, 4) if frames else 0.0,
        "direct_entries": direct,
        "per_process_compiled": round(tot("compiled") / max(1, len(workers)), 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-b", "--bench", action="append", help="benchmark name (repeatable)")
    ap.add_argument("--quick", action="store_true", help="leave out the long ones (tomli_loads, sympy, mdp)")
    ap.add_argument("--configs", default=",".join(CONFIGS))
    ap.add_argument("--rigorous", action="store_true", help="pyperf's default run length instead of --fast")
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "bench", "results"))
    ap.add_argument("--no-costs", action="store_true", help="skip bench/compile_cost.py")
    ap.add_argument("--resume", action="store_true", help="keep the benchmarks already in OUT/latest.json")
    ap.add_argument(
        "--publish",
        action="store_true",
        help="copy the result to docs/benchmarks/DATE-COMMIT.{md,json,png} (with --resume: an existing result)",
    )
    a = ap.parse_args()

    cpython = os.path.join(BENCH_ENV, "cpython", "bin", "python")
    pypy = os.path.join(BENCH_ENV, "pypy", "bin", "python")
    names = a.bench or [n for n, (_, _, q) in BENCHMARKS.items() if q or not a.quick]
    configs = [c for c in a.configs.split(",") if c != "pypy" or os.path.exists(pypy)]
    bdir = benchmarks_dir(cpython)
    os.makedirs(a.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="rjit-bench-")
    warm_cache = os.path.join(work, "warm-cache")
    path = os.path.join(a.out, "latest.json")
    results: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "configs": configs, "benchmarks": {}}
    if a.resume and os.path.exists(path):
        with open(path) as f:
            results = json.load(f)
    try:
        commit = subprocess.check_output(["git", "-C", ROOT, "describe", "--always", "--dirty"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "?"
    if results.setdefault("commit", commit) != commit:
        print(f"note: resuming a run of {results['commit']} at {commit}; the report keeps {results['commit']}")
    results["machine"] = machine()
    results["pyperf_mode"] = "rigorous" if a.rigorous else "fast"
    results["versions"] = {c: version(cpython if c != "pypy" else pypy) for c in ("plain", "pypy") if c in configs}

    def save() -> None:
        with open(path, "w") as f:
            json.dump(results, f, indent=1)
        with open(os.path.join(a.out, "latest.md"), "w") as f:
            f.write(report(results))

    if "hook_cost" not in results:
        results["hook_cost"] = side_script(cpython, "hook_cost.py", work, {"RJIT_CACHE_DIR": "off"})
        save()
    if not a.no_costs and "compile_cost" not in results:
        results["compile_cost"] = side_script(cpython, "compile_cost.py", work, {})
        save()

    for k, name in enumerate(names):
        if name in results["benchmarks"]:
            continue
        folder, extra, _ = BENCHMARKS[name]
        script = os.path.join(bdir, folder, "run_benchmark.py")
        order = configs[k % len(configs) :] + configs[: k % len(configs)]
        row: dict = {}
        for cfg in order:
            out_json = os.path.join(work, f"{name}.{cfg}.json")
            stats_file = os.path.join(work, f"{name}.{cfg}.stats")
            env: dict[str, str] = {}
            python = cpython
            if cfg == "pypy":
                python = pypy
            elif cfg.startswith("rjit"):
                env = {"RJIT_ENABLE": "1", "RJIT_STATS_FILE": stats_file}
                if cfg == "rjit-cold":
                    env["RJIT_CACHE_DIR"] = "off"
                else:
                    env["RJIT_CACHE_DIR"] = warm_cache
                    if cfg == "rjit-generic":
                        # Warm, without the typed tier (the default before 2026-12-06), with a
                        # cache of its own: its priming run fills only the generic entries.
                        env["RJIT_TYPED"] = "0"
                        env["RJIT_CACHE_DIR"] = warm_cache + "-generic"
                    prime = os.path.join(work, f"{name}.{cfg}.prime.json")
                    # The priming run is "an earlier run" of the same command: what it compiles,
                    # including compiles still queued at its exit, is in the cache for the
                    # measured run. (A single-value run left most benchmark functions below the
                    # tier-up threshold, so "warm" workers compiled them while being timed.)
                    # Each worker waits up to 40 s at exit for its compiles and hands the rest
                    # over (finished before `cache wait` returns): pyperf kills a worker that
                    # takes over 60 s to exit, and sympy's calibration worker, compiling
                    # hundreds of functions, did (2026-12-07; the run then failed).
                    prime_env = env | {"RJIT_STATS_FILE": os.devnull, "RJIT_EXIT_COMPILE_SECONDS": "40"}
                    run_one(python, script, extra, prime, prime_env, not a.rigorous)
                    # Untimed: the code generator process finishes what the priming run left it
                    # (its Quick entries recompiled Optimised) before the measured run starts.
                    subprocess.run([python, "-m", "rjit", "cache", "wait", "--cache-dir", env["RJIT_CACHE_DIR"],
                                    "--timeout", "600"], check=False, capture_output=True)
            try:
                wall = run_one(python, script, extra, out_json, env, not a.rigorous)
            except subprocess.CalledProcessError as e:
                row[cfg] = {"error": (e.stderr or b"")[-500:].decode(errors="replace")}
                print(f"{name:22s} {cfg:10s} FAILED", flush=True)
                continue
            vals = load_values(out_json)
            entry = {"wall": round(wall, 1), "values": vals}
            if cfg.startswith("rjit"):
                entry["rjit"] = read_stats(stats_file)
            row[cfg] = entry
            med = {b: statistics.median(v) for b, v in vals.items()}
            print(f"{name:22s} {cfg:10s} " + " ".join(f"{b}={m * 1e3:.2f}ms" for b, m in med.items()), flush=True)
        results["benchmarks"][name] = row
        save()

    save()
    print(report(results))
    chart(results, os.path.join(a.out, "latest.png"))
    shutil.rmtree(work, ignore_errors=True)
    if a.publish:
        publish(a.out, results)
    return 0


def publish(out: str, results: dict) -> None:
    """Copy latest.{md,json,png} to docs/benchmarks/, named by the run's date and commit."""
    dest = os.path.join(ROOT, "docs", "benchmarks")
    os.makedirs(dest, exist_ok=True)
    stem = f"{results['date'].split()[0]}-{results['commit']}"
    for ext in ("md", "json", "png"):
        src = os.path.join(out, f"latest.{ext}")
        if os.path.exists(src):
            shutil.copyfile(src, os.path.join(dest, f"{stem}.{ext}"))
    print(f"published: docs/benchmarks/{stem}.*")


def rows(results: dict):
    """(benchmark, sub-benchmark, {config: values})."""
    for name, row in results["benchmarks"].items():
        subs = sorted({s for e in row.values() for s in e.get("values", {})})
        for sub in subs:
            yield name, sub, {c: e["values"][sub] for c, e in row.items() if sub in e.get("values", {})}


def report(results: dict) -> str:
    configs = results["configs"]
    lines = [
        f"# rjit benchmarks {results['date']} (commit {results['commit']})",
        "",
        f"Machine: {results['machine']}. Interpreters: "
        + ", ".join(f"{c} = {v}" for c, v in results.get("versions", {}).items())
        + f". pyperf mode: {results.get('pyperf_mode', 'fast')}.",
        "",
        *([f"Notes: {results['notes']}", ""] if results.get("notes") else []),
        "Median time per configuration; ratio = plain / config (higher is faster than CPython); [min-max].",
        "",
        "| benchmark | " + " | ".join(configs) + " |",
        "|---|" + "---|" * len(configs),
    ]
    ratios: dict[str, list[float]] = {c: [] for c in configs}
    for name, sub, by in rows(results):
        base = statistics.median(by["plain"]) if "plain" in by else None
        cells = []
        for c in configs:
            if c not in by:
                cells.append("-")
                continue
            m = statistics.median(by[c])
            r = base / m if base else float("nan")
            if base and not math.isnan(r):
                ratios[c].append(r)
            cells.append(f"{fmt(m)} ({r:.2f}x) [{fmt(min(by[c]))}-{fmt(max(by[c]))}]")
        lines.append(f"| {sub} | " + " | ".join(cells) + " |")
    geo = {c: math.exp(statistics.mean(math.log(r) for r in v)) if v else float("nan") for c, v in ratios.items()}
    lines.append("| **geometric mean of ratios** | " + " | ".join(f"**{geo[c]:.3f}x**" for c in configs) + " |")
    lines += [
        "",
        "rjit in pyperf's processes (summed over the calibration and worker processes). *deopts*: frames"
        " handed to the interpreter mid-function; *exception exits*: exceptions leaving a compiled frame"
        " (the interpreter finishes the unwinding); *residency*: share of evaluated frames that ran"
        " compiled code.",
        "",
    ]
    lines.append(
        "| benchmark | config | processes with rjit | compiled | cache hits | compile s | deopts | exception exits | residency |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for name, row in results["benchmarks"].items():
        for c in ("rjit-cold", "rjit-warm", "rjit-generic", "rjit-typed"):
            s = row.get(c, {}).get("rjit")
            if s:
                lines.append(
                    f"| {name} | {c} | {s['processes_with_rjit']}/{s['processes']} | {s['compiled']} | {s['cache_hits']} "
                    f"| {s['compile_seconds']} | {s['deopts']} | {s.get('exception_exits', '-')} | {s['residency'] * 100:.1f}% |"
                )
    lines += ["", "## The hook's own cost (bench/hook_cost.py, same session)", ""]
    lines += cost_lines(results.get("hook_cost"), hook_table)
    if "compile_cost" in results:
        lines += ["", "## Compile time and memory per function (bench/compile_cost.py, same session)", ""]
        lines += cost_lines(results["compile_cost"], compile_table)
    return "\n".join(lines) + "\n"


def cost_lines(res: dict | None, table) -> list[str]:
    if not res:
        return ["not measured"]
    if "error" in res:
        return ["failed: `" + res["error"].strip().splitlines()[-1] + "`"]
    return table(res)


def hook_table(res: dict) -> list[str]:
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import hook_cost

    return hook_cost.report(res).splitlines()


def compile_table(res: dict) -> list[str]:
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import compile_cost

    return compile_cost.report(res).splitlines()


def fmt(sec: float) -> str:
    if sec >= 1:
        return f"{sec:.2f}s"
    if sec >= 1e-3:
        return f"{sec * 1e3:.1f}ms"
    if sec >= 1e-6:
        return f"{sec * 1e6:.1f}us"
    return f"{sec * 1e9:.0f}ns"


def chart(results: dict, path: str) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: no chart")
        return
    configs = [c for c in results["configs"] if c != "plain"]
    data = [(sub, by) for _, sub, by in rows(results) if "plain" in by]
    fig, ax = plt.subplots(figsize=(9, 0.32 * len(data) * len(configs) + 1.5))
    h = 0.8 / max(1, len(configs))
    for k, c in enumerate(configs):
        ys = [i + k * h for i in range(len(data))]
        xs = [statistics.median(by["plain"]) / statistics.median(by[c]) if c in by else 0 for _, by in data]
        ax.barh(ys, xs, height=h, label=c)
    ax.set_yticks([i + h * (len(configs) - 1) / 2 for i in range(len(data))])
    ax.set_yticklabels([s for s, _ in data], fontsize=8)
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xscale("log")
    ax.set_xlabel("speed relative to CPython 3.11 (plain / config, log scale; >1 is faster)")
    ax.set_title(f"rjit {results['commit']} {results['date']}")
    ax.invert_yaxis()
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"chart: {path}")


if __name__ == "__main__":
    sys.exit(main())
