"""Compiles run in a code generator process (the default, RJIT_CODEGEN=process): the user's
process never maps LLVM; what it queued and did not get compiled before exiting is compiled
into the cache after it has gone, so the next process starts warm; `rjit cache wait` waits for
that; the code generator process is replaced when it dies, and a forked child gets its own."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import run_python

# Six functions with different bytecode (code that differs only in its constants shares one
# cache entry): f{i} adds its term i + 1 times.
FUNCS = "\n".join(
    f"def f{i}(n):\n    t = 0\n    for k in range(n):\n"
    + f"        t += (k * {i + 1}) % 7\n" * (i + 1)
    + "    return t\n"
    for i in range(6)
)


def ref(i, n):
    return sum((i + 1) * ((k * (i + 1)) % 7) for k in range(n))


def huge(lines=130):
    """A function whose compile takes seconds, as source: about 3 s for 130 lines, 3903 code
    units, just under `MAX_CODE_UNITS` (a larger one would stay interpreted)."""
    body = "\n".join(f"    a = (a * 3 + {i}) % 1000003 if a > {i} else [a - {i}, a][0]" for i in range(lines))
    return f"def huge(a):\n{body}\n    return a\n"


def cache(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "rjit", "cache", *args], capture_output=True,
                          text=True, timeout=timeout)


def test_compiles_queued_at_exit_are_finished_for_the_next_process(tmp_path):
    # Six functions get hot at once and the process exits at once: nothing was compiled in it.
    first = FUNCS + (
        "import rjit\nrjit.enable(threshold=1)\n"
        "print(sum(f(50) for f in (f0, f1, f2, f3, f4, f5)))\n"
        "print(rjit.stats()['compiled'])\n"
    )
    t = time.perf_counter()
    p = run_python(first, {"RJIT_CACHE_DIR": str(tmp_path)})
    took = time.perf_counter() - t
    assert p.returncode == 0 and p.stderr == "", p.stderr
    assert took < 5, took  # the exit did not wait for the compiles
    w = cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100")
    assert w.returncode == 0, w.stderr
    rows = json.loads(cache("ls", "--json", "--cache-dir", str(tmp_path)).stdout)
    names = {r["qualname"] for r in rows}
    assert {f"f{i}" for i in range(6)} <= names, names
    # Compiled after the process had gone, when nobody waits: with the optimising effort.
    assert {r["tier"] for r in rows if r["qualname"].startswith("f")} <= {"tier1", "tier1-opt"}
    second = FUNCS + (
        "import rjit\nrjit.enable(threshold=1)\n"
        "r = sum(f(50) for f in (f0, f1, f2, f3, f4, f5))\n"
        "print(r, sorted({rjit.info(f).get('origin') for f in (f0, f1, f2, f3, f4, f5)}),"
        " rjit.stats()['compiled'])\n"
    )
    q = run_python(second, {"RJIT_CACHE_DIR": str(tmp_path)})
    assert q.returncode == 0, q.stderr
    total = p.stdout.split()[0]
    assert q.stdout.split("\n")[0] == f"{total} ['cache'] 0", q.stdout


def test_finishing_processes_of_one_cache_take_turns(tmp_path):
    """Code generator processes whose programs have gone finish what was handed over one at a
    time per cache (`.rjit-finish.lock`), not all at once beside the programs that followed:
    while the lock is held elsewhere (here, by the test), the handed-over compiles wait, and
    `rjit cache wait` with them; once it is released, they land."""
    import fcntl
    lock = open(tmp_path / ".rjit-finish.lock", "a")
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        p = run_python(FUNCS + (
            "import rjit\nrjit.enable(threshold=1)\n"
            "print(sum(f(50) for f in (f0, f1, f2, f3, f4, f5)))\n"
        ), {"RJIT_CACHE_DIR": str(tmp_path)})
        assert p.returncode == 0 and p.stderr == "", p.stderr
        time.sleep(2)
        assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "1").returncode != 0
        rows = json.loads(cache("ls", "--json", "--cache-dir", str(tmp_path)).stdout)
        # (A compile the program was waiting for when it exited may have landed.)
        assert len({r["qualname"] for r in rows} & {f"f{i}" for i in range(6)}) <= 1, rows
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()
    assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0
    rows = json.loads(cache("ls", "--json", "--cache-dir", str(tmp_path)).stdout)
    assert {f"f{i}" for i in range(6)} <= {r["qualname"] for r in rows}, rows


# `huge` keeps the code generator process busy for seconds; f0's job waits behind it.
BEHIND = FUNCS + huge() + """
import json, os, sys, time, rjit
rjit.enable(threshold=1)
if sys.argv[1] in ("behind", "claimed"):
    if sys.argv[1] == "behind":
        huge(1)
    f0(50)
    # (rjit.stats is a function that gets hot too: called before the entries are copied only
    # where its compile is expected.)
    print("queued", rjit.stats()["cache_hits"] if sys.argv[1] == "behind" else 0, flush=True)
    while True:  # (no Python function called: nothing else gets hot)
        try:
            os.stat(sys.argv[2])
            break
        except FileNotFoundError:
            time.sleep(0.01)
else:
    f0(50)
rjit.wait()
print(json.dumps({"r": f0(50), "stats": rjit.stats(), "info": rjit.info(f0)}))
"""


def test_a_job_stored_by_another_process_meanwhile_is_read_not_compiled(tmp_path):
    """A process of a cache that misses a function sends it to its code generator process; if
    another process of the cache stores it before the job's turn comes (processes started
    together make the same functions hot), the entry is sent back instead of compiled again."""
    other, shared, go = tmp_path / "other", tmp_path / "shared", tmp_path / "go"
    a = subprocess.run([sys.executable, "-c", BEHIND, "alone"], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "RJIT_CACHE_DIR": str(other)})
    assert a.returncode == 0, a.stderr
    assert json.loads(a.stdout)["stats"]["compiled"] >= 1
    assert cache("wait", "--cache-dir", str(other), "--timeout", "100").returncode == 0
    b = subprocess.Popen([sys.executable, "-c", BEHIND, "behind", str(go)], text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env={**os.environ, "RJIT_CACHE_DIR": str(shared)})
    try:
        word, hits = b.stdout.readline().split()
        assert word == "queued"
        # f0's entry lands in the shared cache while `huge` compiles (as if another process had
        # stored it).
        shared.mkdir(exist_ok=True)
        for e in other.glob("*.rjit"):
            (shared / e.name).write_bytes(e.read_bytes())
        go.touch()
        out, err = b.communicate(timeout=120)
    finally:
        b.kill()
    assert b.returncode == 0, err
    r = json.loads(out)
    assert r["r"] == ref(0, 50) and r["info"]["state"] == "compiled", r
    s = r["stats"]
    # Only huge was compiled; f0, missed at its call, came from the entry. (The hits after
    # "queued" also count functions of rjit and json that get hot after it.)
    assert s["compiled"] == 1 and s["cache_hits"] > int(hits), s


def test_a_job_another_process_is_compiling_waits_for_its_entry(tmp_path):
    """A client's job whose claim another process holds (it is compiling the same function:
    processes started together miss the same functions) waits for that claim and reads the
    entry it stored, instead of compiling the function a second time beside it."""
    import fcntl
    other, shared, go = tmp_path / "other", tmp_path / "shared", tmp_path / "go"
    a = subprocess.run([sys.executable, "-c", BEHIND, "alone"], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "RJIT_CACHE_DIR": str(other)})
    assert a.returncode == 0, a.stderr
    key = json.loads(a.stdout)["info"]["key"]
    assert cache("wait", "--cache-dir", str(other), "--timeout", "100").returncode == 0
    shared.mkdir()
    claim = open(shared / f".claim-{key}", "a")
    fcntl.flock(claim, fcntl.LOCK_EX)  # "another process" compiling f0
    b = subprocess.Popen([sys.executable, "-c", BEHIND, "claimed", str(go)], text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env={**os.environ, "RJIT_CACHE_DIR": str(shared)})
    try:
        assert b.stdout.readline().split()[0] == "queued"
        time.sleep(0.5)  # (f0's job reaches the code generator process and waits)
        for e in other.glob("*.rjit"):
            (shared / e.name).write_bytes(e.read_bytes())
        fcntl.flock(claim, fcntl.LOCK_UN)
        go.touch()
        out, err = b.communicate(timeout=120)
    finally:
        claim.close()
        b.kill()
    assert b.returncode == 0, err
    r = json.loads(out)
    assert r["r"] == ref(0, 50) and r["info"]["state"] == "compiled", r
    assert r["stats"]["compiled"] == 0, r["stats"]


# Runs f0..f2, waits (at most a minute) until they run Optimised code if `wait`, and prints
# the result, where their code came from, and which effort compiled it.
IMPROVING = FUNCS + """
import os, sys, time, rjit
rjit.enable(threshold=1)
r = sum(f(50) for f in (f0, f1, f2))
rjit.wait()  # the first compiles (Quick)
r = sum(f(50) for f in (f0, f1, f2))
t = time.time()
while sys.argv[1] == "wait" and time.time() - t < 60 and any(
        rjit.info(f).get("effort") != "optimised" for f in (f0, f1, f2)):
    time.sleep(0.01)
    r = sum(f(50) for f in (f0, f1, f2))  # (each call also installs what has landed)
print(r, sorted({rjit.info(f).get("origin") for f in (f0, f1, f2)}),
      sorted({rjit.info(f).get("effort") for f in (f0, f1, f2)}))
"""


def run_improving(wait, env):
    return subprocess.run([sys.executable, "-c", IMPROVING, "wait" if wait else "-"],
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=120)


def tiers(d):
    rows = json.loads(cache("ls", "--json", "--cache-dir", str(d)).stdout)
    return sorted(r["tier"] for r in rows if r["qualname"] in ("f0", "f1", "f2"))


def test_code_compiled_quick_is_compiled_again_optimised_over_its_cache_entry(tmp_path):
    # Compiled with the cheap effort ("tier1"), then again with the optimising one while the
    # process runs, over the same entries; the next process loads those and has nothing to
    # compile again. RJIT_IMPROVE=0 keeps the first code.
    expected = sum(ref(i, 50) for i in range(3))
    for improve, effort, tier in (("1", "optimised", "tier1-opt"), ("0", "quick", "tier1")):
        d = tmp_path / improve
        env = {"RJIT_CACHE_DIR": str(d), "RJIT_IMPROVE": improve}
        p = run_improving(improve == "1", env)
        assert p.returncode == 0 and p.stderr == "", p.stderr
        assert p.stdout == f"{expected} ['jit'] ['{effort}']\n", p.stdout
        assert cache("wait", "--cache-dir", str(d), "--timeout", "100").returncode == 0
        assert tiers(d) == [tier] * 3
        q = run_improving(False, env)
        assert q.returncode == 0, q.stderr
        assert q.stdout == f"{expected} ['cache'] ['{effort}']\n", q.stdout


def test_a_quick_entry_from_the_cache_is_compiled_again_by_the_process_that_loads_it(tmp_path):
    # An earlier process left Quick entries (here: RJIT_IMPROVE=0; usually: it exited before
    # its second compiles ran). A process that loads them, with a writable cache, runs them and
    # compiles them again, and the entries become Optimised.
    expected = sum(ref(i, 50) for i in range(3))
    env = {"RJIT_CACHE_DIR": str(tmp_path)}
    p = run_improving(False, {**env, "RJIT_IMPROVE": "0"})
    assert p.returncode == 0 and p.stdout == f"{expected} ['jit'] ['quick']\n", (p.stdout, p.stderr)
    assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0
    assert tiers(tmp_path) == ["tier1"] * 3
    q = run_improving(True, env)
    assert q.returncode == 0, q.stderr
    assert q.stdout == f"{expected} ['cache'] ['optimised']\n", q.stdout
    assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0
    assert tiers(tmp_path) == ["tier1-opt"] * 3


# Loads f0..f5 (hot at once) after sleeping argv[1] seconds, prints their sum and exits at once.
LOADING = FUNCS + """
import sys, time, rjit
time.sleep(float(sys.argv[1]))
rjit.enable(threshold=1)
print(sum(f(50) for f in (f0, f1, f2, f3, f4, f5)))
rjit.wait()
"""


def test_second_compiles_left_at_exit_are_handed_over_by_a_process_that_ran_for_seconds(tmp_path):
    # Quick entries in the cache; a process loads them and exits before its second compiles
    # run. A short one (a test, a command) drops them; one that ran for seconds (a program a
    # fleet runs again) hands them to the code generator process, so the next process loads
    # Optimised code instead of compiling again.
    expected = sum(ref(i, 50) for i in range(6))

    def run(pause, improve):
        p = subprocess.run([sys.executable, "-c", LOADING, str(pause)], capture_output=True, text=True,
                           env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path), "RJIT_IMPROVE": improve},
                           timeout=120)
        assert p.returncode == 0 and p.stdout == f"{expected}\n", (p.stdout, p.stderr)
        assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0
        rows = json.loads(cache("ls", "--json", "--cache-dir", str(tmp_path)).stdout)
        return sorted(r["tier"] for r in rows if r["qualname"] in {f"f{i}" for i in range(6)})

    assert run(0, "0") == ["tier1"] * 6
    # At most the second compile already in flight at exit lands.
    assert run(0, "1").count("tier1") >= 4
    assert run(2.2, "1") == ["tier1-opt"] * 6


@pytest.mark.parametrize("cache_dir", ["dir", "off"])
def test_quick_code_is_replaced_by_optimised_code_in_the_running_process(tmp_path, cache_dir):
    # A generator is suspended in its Quick code, the Optimised code replaces it, and the
    # generator resumes (in the new code) where it was; calls keep their results throughout.
    prog = FUNCS + (
        "import time, rjit\nrjit.enable(threshold=1)\n"
        "def gen(n):\n    for k in range(n):\n        yield f0(k) + f1(k % 5)\n"
        "g = gen(300)\nfirst = [next(g) for _ in range(5)]\nrjit.wait()\n"
        "first += [next(g) for _ in range(5)]\n"
        "t = time.time()\nruns = [f2(30)]\n"
        "while rjit.stats()['improve_installed'] < 4 and time.time() - t < 90:\n"
        "    runs.append(f2(30))\n    time.sleep(0.005)\n"
        "s = rjit.stats()\nrest = list(g)\n"
        "print(s['improved'] >= 4, s['improve_installed'] >= 4, len(set(runs)), sum(first + rest),"
        " sorted({rjit.info(f)['state'] for f in (f0, f1, f2, gen)}))\n"
    )
    d = "off" if cache_dir == "off" else str(tmp_path)
    p = run_python(prog, {"RJIT_CACHE_DIR": d})
    assert p.returncode == 0 and p.stderr == "", p.stderr
    total = sum(ref(0, k) + ref(1, k % 5) for k in range(300))
    assert p.stdout == f"True True 1 {total} ['compiled']\n", p.stdout


def test_exit_with_a_long_compile_in_flight_is_immediate_and_the_compile_lands(tmp_path):
    prog = (
        "import sys, time, rjit\nrjit.enable(threshold=1)\n"
        + huge()
        + "huge(1)\ntime.sleep(0.2)\nprint('done', flush=True)\nsys.exit(7)\n"
    )
    t = time.perf_counter()
    p = run_python(prog, {"RJIT_CACHE_DIR": str(tmp_path)})
    took = time.perf_counter() - t
    assert p.returncode == 7 and p.stdout == "done\n" and p.stderr == "", p.stderr
    assert took < 1.5, took
    assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0
    rows = json.loads(cache("ls", "--json", "--cache-dir", str(tmp_path)).stdout)
    assert "huge" in {r["qualname"] for r in rows}
    assert cache("verify", "--cache-dir", str(tmp_path)).returncode == 0


def test_wait_times_out_while_a_process_compiles(tmp_path):
    prog = (
        "import rjit\nrjit.enable(threshold=1)\n"
        + huge()
        + "huge(1)\n"
    )
    assert run_python(prog, {"RJIT_CACHE_DIR": str(tmp_path)}).returncode == 0
    w = cache("wait", "--cache-dir", str(tmp_path), "--timeout", "0")
    assert w.returncode == 1 and "still compiling" in w.stderr, w.stderr
    assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0


REPLACED = FUNCS + r"""
import json, os, signal, rjit
rjit.enable(threshold=1, background=False)

def servers():
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = open(f"/proc/{pid}/stat").read()
                cmd = open(f"/proc/{pid}/cmdline", "rb").read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid() and b"rjit_llvm_serve" in cmd:
                found.append(int(pid))
    return found

f0(5)
first = servers()
for pid in first:
    os.kill(pid, signal.SIGKILL)
f1(5)
second = servers()
print(json.dumps({"first": len(first), "second": len(second), "same": bool(set(first) & set(second)),
                  "f0": rjit.info(f0).get("origin"), "f1": rjit.info(f1).get("origin"),
                  "r": f0(100) + f1(100), "spawns": rjit.stats()["codegen_spawns"]}))
"""


def test_a_killed_code_generator_process_is_replaced(tmp_path):
    p = run_python(REPLACED, {"RJIT_CACHE_DIR": "off"})
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    expect = ref(0, 100) + ref(1, 100)
    assert out == {"first": 1, "second": 1, "same": False, "f0": "jit", "f1": "jit",
                   "r": expect, "spawns": 2}, out


FORKED = FUNCS + r"""
import json, os, rjit
rjit.enable(threshold=1, background=False)
f0(5)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    f1(5)
    s = rjit.stats()
    os.write(w, json.dumps([rjit.info(f1).get("origin"), f1(100), s["codegen_spawns"]]).encode())
    os._exit(0)
os.close(w)
child = json.loads(os.read(r, 1000))
os.waitpid(pid, 0)
f2(5)
print(json.dumps({"child": child, "parent": [rjit.info(f2).get("origin"), f2(100),
                                             rjit.stats()["codegen_spawns"]]}))
"""


def test_a_forked_child_gets_its_own_code_generator_process():
    p = run_python(FORKED, {"RJIT_CACHE_DIR": "off"})
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["child"] == ["jit", ref(1, 100), 2], out
    assert out["parent"] == ["jit", ref(2, 100), 1], out


def test_captured_output_is_not_held_open_by_the_finishing_process(tmp_path):
    # A harness capturing stderr waits for every holder of the pipe: the code generator process
    # must let go of it when its client exits, although it goes on compiling.
    prog = (
        "import rjit\nrjit.enable(threshold=1)\n"
        + huge()
        + "huge(1)\nprint('ok')\n"
    )
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path)})
    took = time.perf_counter() - t
    assert p.stdout == "ok\n" and took < 2, (took, p.stderr)
    assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0


def test_thread_mode_still_compiles_in_process(tmp_path):
    code = FUNCS + (
        "import rjit\nrjit.enable(threshold=1, background=False)\nf0(5)\n"
        "s = rjit.stats()\nprint(rjit.info(f0).get('origin'), s['codegen'], s['codegen_spawns'], s['llvm_loaded'])\n"
    )
    p = run_python(code, {"RJIT_CACHE_DIR": str(tmp_path), "RJIT_CODEGEN": "thread"})
    assert p.returncode == 0 and p.stdout == "jit thread 0 True\n", p.stderr
    bad = run_python(code, {"RJIT_CACHE_DIR": str(tmp_path / "other"), "RJIT_CODEGEN": "elsewhere"})
    assert bad.returncode == 0 and bad.stdout == "jit process 1 False\n", bad.stderr
    assert "RJIT_CODEGEN" in bad.stderr


def test_sigint_to_the_programs_process_group_does_not_stop_the_finishing(tmp_path):
    # ^C in a terminal signals the whole foreground process group; the code generator process
    # runs in its own session, so the compile in flight still lands.
    prog = (
        # A shell's background job starts with SIGINT ignored: take Python's handler back.
        "import os, signal, time, rjit\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "rjit.enable(threshold=1)\n"
        + huge()
        + "huge(1)\ntime.sleep(0.3)\n"
        "os.killpg(0, signal.SIGINT)\n"
        "time.sleep(5)\n"
    )
    p = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path)}, start_new_session=True)
    assert p.returncode != 0 and "KeyboardInterrupt" in p.stderr, p.stderr
    assert cache("wait", "--cache-dir", str(tmp_path), "--timeout", "100").returncode == 0
    names = {r["qualname"] for r in json.loads(cache("ls", "--json", "--cache-dir", str(tmp_path)).stdout)}
    assert "huge" in names, names


FORKED_BACKGROUND = FUNCS + r"""
import json, os, rjit
rjit.enable(threshold=1)            # background compiles
f0(5)
assert rjit.wait(timeout=60)
pid = os.fork()
if pid == 0:
    # The parent's compile thread did not survive the fork: the child starts its own.
    f1(5)
    ok = rjit.wait(timeout=60)
    f1(5)
    print(json.dumps({"child": [ok, rjit.info(f1).get("origin"), f1(100)]}), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
f2(5)
ok = rjit.wait(timeout=60)
f2(5)
print(json.dumps({"parent": [ok, rjit.info(f2).get("origin"), f2(100)]}))
"""


def test_background_compiles_in_a_forked_child():
    # A pre-forking server (gunicorn, multiprocessing's fork) enables rjit in the parent.
    p = run_python(FORKED_BACKGROUND, {"RJIT_CACHE_DIR": "off"})
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.split("\n") if x]
    out = {k: v for d in lines for k, v in d.items()}
    assert out["child"] == [True, "jit", ref(1, 100)], out
    assert out["parent"] == [True, "jit", ref(2, 100)], out
