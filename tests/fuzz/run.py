"""Differential fuzzing: random programs (genprog.py) run by the interpreter and by rjit.

    python tests/fuzz/run.py --seeds 0:200             # the CI batch (also run by pytest)
    python tests/fuzz/run.py --seeds 1000:101000 -j 2  # a long run
    python tests/fuzz/run.py --show 1234                # print one program

Each program runs twice in a fresh namespace: with rjit off, then with every function
compiled before its first call (threshold 1, synchronous). Then twice more, `main()` called
again after `WARM_CALLS` interpreted calls, with rjit off, then on: those compiles start from
code CPython has quickened (`tier0::profile`'s hints): for one seed in `WARM_EVERY`, and
not for programs too slow for that. The outcomes are compared:
the return value, or the exception's type, message and traceback line numbers, and
everything printed. Seeds run in worker processes, so a crash is caught: the crashing seed
is found by re-running its batch one seed per process. A mismatching or crashing program is
minimised (lines removed while the failure persists) and saved under `regressions/`, which
`tests/python/test_fuzz.py` replays. The exit status is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import traceback
import time
import types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import genprog  # noqa: E402

FILENAME = "<fuzz>"
# Deadline per program in a worker (they take milliseconds; only a hang reaches it).
SECONDS_PER_PROGRAM = 10
# A program the interpreter itself cannot finish this fast (an int squared in a loop grows
# without bound) is skipped, not compared: it would only ever look like a hang.
PLAIN_SECONDS = 3
SKIPPED = "skipped: too slow for the interpreter itself"


class _TooSlow(BaseException):
    pass


def _too_slow(signum, frame):
    raise _TooSlow


# Interpreted calls of `main()` before the compared one in the warm runs: 3.11 quickens a
# function at its 8th call and specialises an instruction the next time it runs.
WARM_CALLS = 10
# The warm runs compile every function again (about 1.5 s a program): seeds that are a
# multiple of this get them.
WARM_EVERY = 4


def warm_seed(seed: int) -> bool:
    return seed % WARM_EVERY == 0


# genprog's `cv` phases: 0 keeps the warm-up's types, 1-5 change them.
PHASES = 6


def phase_of(seed: int) -> int:
    """The type phase of a warm seed's compared call."""
    return seed // WARM_EVERY % PHASES


PHASE_LINE = "# fuzz phase: "


def program(seed: int) -> str:
    """The program of `seed`; a warm seed's starts with its type phase (`check_source` reads
    it, so that a saved or minimised program keeps it)."""
    src = genprog.generate(seed)
    return f"{PHASE_LINE}{phase_of(seed)}\n{src}" if warm_seed(seed) else src


def phase_in(src: str) -> int:
    first = src.split("\n", 1)[0]
    return int(first[len(PHASE_LINE):]) if first.startswith(PHASE_LINE) else 0


def outcome(src: str, jit: bool, warm: bool = False, phase: int = 0) -> tuple[list, list[str]]:
    """What running the program did (value or exception, and printed output), and with rjit
    the functions it tried and failed to compile: a failure keeps a function interpreted,
    which would hide it from the comparison. With `warm`, `main()` first runs `WARM_CALLS`
    times in the interpreter (which quickens the functions it calls) and what is compared is
    the call after, with rjit on when `jit`: its compiles start from quickened code, so they
    take the fast paths quickening chose (`tier0::profile`) and meet whatever comes next: with
    `phase`, numbers of other types (genprog's `cv`)."""
    import rjit

    # The warm runs' code objects must not share cache keys with the cold run's (hints are not
    # part of the key, so code compiled cold would be found and used): they are compiled
    # without the `annotations` future this file passes on otherwise, which changes every
    # code object's flags and nothing the programs do (they have no annotations).
    code = compile(src, FILENAME, "exec", dont_inherit=warm)
    ns: dict = {"__name__": "fuzzprog"}
    out = io.StringIO()
    if warm:
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                exec(code, ns)
                for _ in range(WARM_CALLS):
                    ns["main"]()
            except BaseException:  # noqa: BLE001 - the call after these is what is compared
                pass
        # The compared call sees other types than the warm-up quickened for (genprog's `cv`).
        if "PHASE" in ns:
            ns["PHASE"][0] = phase
    if jit:
        rjit.enable(threshold=1, background=False)
    try:
        with contextlib.redirect_stdout(out):
            try:
                if not warm:
                    exec(code, ns)
                res = ["ok", repr(ns["main"]())]
            except BaseException as e:  # noqa: BLE001 - every outcome is compared
                lines = [f.lineno for f in traceback.extract_tb(e.__traceback__) if f.filename == FILENAME]
                res = ["raised", type(e).__name__, str(e), lines]
    finally:
        if jit:
            rjit.disable()
    failed = []
    if jit:
        funcs = [v for v in ns.values() if isinstance(v, types.FunctionType) and v.__code__.co_filename == FILENAME]
        funcs += [v for c in ns.values() if isinstance(c, type) for v in vars(c).values() if isinstance(v, types.FunctionType)]
        failed = [f"{f.__qualname__}: {info.get('reason')}" for f in funcs if (info := rjit.info(f))["state"] == "failed"]
    return res + [out.getvalue()], failed


def check_source(src: str, warm: bool = True) -> str | None:
    """None if the interpreter and rjit agree, `SKIPPED` if the interpreter alone takes longer
    than `PLAIN_SECONDS`, else a description of the difference."""
    old = signal.signal(signal.SIGALRM, _too_slow)
    signal.setitimer(signal.ITIMER_REAL, PLAIN_SECONDS)
    started = time.perf_counter()
    try:
        plain, _ = outcome(src, False)
        plain_seconds = time.perf_counter() - started
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    if plain[:2] == ["raised", _TooSlow.__name__]:
        return SKIPPED
    jitted, failed = outcome(src, True)
    if plain != jitted:
        return f"interpreter: {plain!r}\nrjit:        {jitted!r}"
    if failed:
        return "rjit could not compile: " + "; ".join(failed)
    if not warm or plain_seconds * (WARM_CALLS + 1) > PLAIN_SECONDS:
        return None
    phase = phase_in(src)
    plain_warm, _ = outcome(src, False, warm=True, phase=phase)
    jitted_warm, _ = outcome(src, True, warm=True, phase=phase)
    if plain_warm != jitted_warm:
        return f"second call, interpreter: {plain_warm!r}\nsecond call, rjit:        {jitted_warm!r}"
    return None


def _worker(seeds: list[int]) -> None:
    """Run seeds in this process, one JSON line per seed on stdout."""
    for s in seeds:
        diff = check_source(program(s), warm=warm_seed(s))
        print(json.dumps({"seed": s, "diff": diff}), flush=True)


def run_seeds(seeds: list[int], cache: str) -> tuple[dict[int, str | None], list[int]]:
    """Results by seed, and seeds whose process crashed or hung (a miscompiled loop may never
    end: every batch has a deadline, and a lone seed past it counts as a crash)."""
    env = dict(os.environ, RJIT_CACHE_DIR=cache)
    p = subprocess.Popen(
        [sys.executable, __file__, "--worker", ",".join(map(str, seeds))],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, _ = p.communicate(timeout=SECONDS_PER_PROGRAM * len(seeds))
    except subprocess.TimeoutExpired:
        p.kill()
        out, _ = p.communicate()
    results: dict[int, str | None] = {}
    for line in out.splitlines():
        if line.startswith("{"):
            d = json.loads(line)
            results[d["seed"]] = d["diff"]
    crashed = []
    if p.returncode != 0:
        rest = [s for s in seeds if s not in results]
        if len(seeds) == 1:
            crashed = rest
        else:
            for s in rest:
                r, c = run_seeds([s], cache)
                results.update(r)
                crashed += c
    return results, crashed


def fails(src: str, crash: bool, cache: str) -> bool:
    if crash:
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(src)
        try:
            p = subprocess.run(
                [sys.executable, __file__, "--check-file", f.name],
                env=dict(os.environ, RJIT_CACHE_DIR=cache),
                capture_output=True,
                timeout=SECONDS_PER_PROGRAM,
            )
            return p.returncode not in (0, 1)
        except subprocess.TimeoutExpired:
            return True
        finally:
            os.unlink(f.name)
    try:
        compile(src, FILENAME, "exec")
    except SyntaxError:
        return False
    return check_source(src) not in (None, SKIPPED)


def minimise(src: str, crash: bool, cache: str) -> str:
    """Greedy line removal inside main() while the failure persists (and it still compiles)."""
    lines = src.splitlines()
    start = lines.index("def main():") + 1
    changed = True
    while changed:
        changed = False
        i = start
        while i < len(lines) - 1:  # keep the final return
            indent = len(lines[i]) - len(lines[i].lstrip())
            j = i + 1
            while j < len(lines) and len(lines[j]) - len(lines[j].lstrip()) > indent:
                j += 1
            cand = lines[:i] + lines[j:]
            if fails("\n".join(cand) + "\n", crash, cache):
                lines = cand
                changed = True
            else:
                i += 1
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="0:200", help="START:END")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch", type=int, default=50, help="seeds per worker process")
    ap.add_argument("--show", type=int, help="print the program for one seed")
    ap.add_argument("--no-save", action="store_true", help="do not write regressions/")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--check-file", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        _worker([int(s) for s in a.worker.split(",")])
        return 0
    if a.check_file:
        with open(a.check_file) as f:
            return 1 if check_source(f.read()) not in (None, SKIPPED) else 0
    if a.show is not None:
        print(program(a.show))
        return 0
    lo, hi = (int(v) for v in a.seeds.split(":"))
    seeds = list(range(lo, hi))
    batches = [seeds[i : i + a.batch] for i in range(0, len(seeds), a.batch)]
    cache = tempfile.mkdtemp(prefix="rjit-fuzz-cache-")
    from concurrent.futures import ThreadPoolExecutor

    results: dict[int, str | None] = {}
    crashed: list[int] = []
    with ThreadPoolExecutor(max(1, a.jobs)) as ex:
        for r, c in ex.map(lambda b: run_seeds(b, cache), batches):
            results.update(r)
            crashed += c
    skipped = sorted(s for s, d in results.items() if d == SKIPPED)
    mismatches = sorted(s for s, d in results.items() if d and d != SKIPPED)
    print(f"programs: {len(seeds)}  agreed: {len(seeds) - len(mismatches) - len(crashed) - len(skipped)}  "
          f"mismatches: {len(mismatches)}  crashes: {len(crashed)}  "
          f"skipped (slow in the interpreter itself): {len(skipped)}")
    for s in mismatches + crashed:
        crash = s in crashed
        print(f"--- seed {s}: {'crash' if crash else results[s]}")
        if a.no_save:
            continue
        small = minimise(program(s), crash, cache)
        os.makedirs(os.path.join(HERE, "regressions"), exist_ok=True)
        path = os.path.join(HERE, "regressions", f"seed_{s}.py")
        with open(path, "w") as f:
            f.write(f"# fuzz seed {s}: {'crash' if crash else 'mismatch'} (minimised by tests/fuzz/run.py)\n{small}")
        print(f"    saved {path}")
    return 1 if mismatches or crashed else 0


if __name__ == "__main__":
    sys.exit(main())
