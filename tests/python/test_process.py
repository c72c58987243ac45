"""Behaviour across processes and threads: the on-disk cache, RJIT_ENABLE start-up,
Ctrl-C in a compiled loop, and compiling while several threads run compiled code."""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import rjit
from conftest import run_python

PROGRAM = r"""
import json, rjit
def kernel(n):
    t = 0
    for i in range(n):
        t += i * i % 7
    return t
def helper(a, b):
    return (a - b) * 2
rjit.enable(threshold=1, background=False)
r = [kernel(1000), helper(5, 2)]
print(json.dumps({"r": r, "kernel": rjit.info(kernel), "helper": rjit.info(helper), "stats": rjit.stats()}))
"""


def run_program(cache_dir):
    p = run_python(PROGRAM, {"RJIT_CACHE_DIR": str(cache_dir)})
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_second_process_loads_from_cache(tmp_path):
    first = run_program(tmp_path)
    assert first["r"] == [2001, 6]
    assert first["kernel"]["origin"] == "jit"
    assert first["stats"]["cache_stores"] >= 2
    second = run_program(tmp_path)
    assert second["r"] == [2001, 6]
    assert second["kernel"]["state"] == "compiled"
    assert second["kernel"]["origin"] == "cache"
    assert second["helper"]["origin"] == "cache"
    assert second["stats"]["cache_hits"] >= 2
    assert second["stats"]["compiled"] == 0  # no LLVM compile at all in the second process


@pytest.mark.parametrize("damage", ["truncate", "garble", "empty", "foreign"])
def test_damaged_cache_file_is_a_miss(tmp_path, damage):
    run_program(tmp_path)
    entries = sorted(tmp_path.glob("*.rjit"))
    assert entries
    for i, e in enumerate(entries):
        data = e.read_bytes()
        if damage == "truncate":
            e.write_bytes(data[: len(data) // 2])
        elif damage == "garble":
            e.write_bytes(data[:100] + bytes(b ^ 0x5A for b in data[100:200]) + data[200:])
        elif damage == "empty":
            e.write_bytes(b"")
        else:  # another entry's (valid) bytes under this key
            e.write_bytes(entries[(i + 1) % len(entries)].read_bytes() if len(entries) > 1 else b"RJITOBJ\0")
    again = run_program(tmp_path)
    assert again["r"] == [2001, 6]
    assert again["kernel"]["origin"] == "jit"
    assert again["stats"]["cache_corrupt"] >= 1
    assert again["stats"]["cache_misses"] >= again["stats"]["cache_corrupt"]
    assert again["stats"]["cache_hits"] == 0


def test_unsafe_cache_dir_is_refused(tmp_path):
    d = tmp_path / "shared"
    d.mkdir()
    os.chmod(d, 0o777)
    p = run_python(PROGRAM, {"RJIT_CACHE_DIR": str(d)})
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["r"] == [2001, 6]
    assert out["stats"]["cache_stores"] == 0
    assert out["stats"]["cache_refused_dirs"] >= 1
    assert list(d.iterdir()) == []
    # one clear line, once, saying why
    warnings = [l for l in p.stderr.splitlines() if l.startswith("rjit: cache directory not used")]
    assert len(warnings) == 1, p.stderr
    assert "writable by its group or others" in warnings[0]


def test_rjit_enable_env_and_disable_env(tmp_path):
    code = "import sys, rjit; print(rjit.is_enabled())"
    env = {"RJIT_CACHE_DIR": str(tmp_path), "RJIT_ENABLE": "1"}
    assert run_python(code, env).stdout.strip() == "True"
    env["RJIT_DISABLE"] = "1"
    assert run_python(code, env).stdout.strip() == "False"


def test_python_m_rjit_runs_a_script(tmp_path):
    script = tmp_path / "s.py"
    script.write_text("import rjit, sys\nprint(rjit.is_enabled(), sys.argv[1:])\n")
    import subprocess
    import sys

    p = subprocess.run(
        [sys.executable, "-m", "rjit", str(script), "a", "b"],
        capture_output=True,
        text=True,
        env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path)},
        timeout=60,
    )
    assert p.stdout.strip() == "True ['a', 'b']", p.stderr


def spin_forever():
    x = 0
    while True:
        x += 1


def spin_for():
    x = 0
    for i in iter(int, 1):
        x += i


@pytest.fixture
def sigint_raises():
    """SIGINT raises KeyboardInterrupt, even where the shell started us with SIGINT ignored
    (a background job of a non-interactive shell inherits SIG_IGN, and CPython keeps it)."""
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, old)


@pytest.mark.parametrize("loop", [spin_forever, spin_for])
def test_ctrl_c_interrupts_compiled_loop(loop, sigint_raises):
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(loop)
    # The interrupter starts inside the `with` and repeats SIGINT until the handler ran once: a
    # loaded machine can delay any single signal, and one that lands before the loop starts (or
    # after it was caught) must not escape into pytest.
    fired = threading.Event()

    def handler(signum, frame):
        if not fired.is_set():
            fired.set()
            raise KeyboardInterrupt

    def interrupter():
        while not fired.wait(0.3):
            os.kill(os.getpid(), signal.SIGINT)

    signal.signal(signal.SIGINT, handler)
    t0 = time.monotonic()
    with pytest.raises(KeyboardInterrupt) as caught:
        threading.Thread(target=interrupter, daemon=True).start()
        loop()
    assert time.monotonic() - t0 < 10
    assert [e.name for e in caught.traceback][-2:] == [loop.__name__, "handler"]
    assert rjit.info(loop)["state"] == "compiled"


def test_ctrl_c_from_another_process(tmp_path):
    import subprocess
    import sys

    code = (
        "import rjit, signal, sys\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "def spin():\n    x = 0\n    while True:\n        x += 1\n"
        "rjit.enable(threshold=1, background=False)\n"
        "assert rjit.compile(spin)\n"
        "print('ready', flush=True)\n"
        "try:\n    spin()\nexcept KeyboardInterrupt:\n    print('interrupted', flush=True)\n"
    )
    p = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path)},
    )
    assert p.stdout.readline().strip() == "ready"
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=30)
    assert "interrupted" in out, err


def mix(n, k):
    t = 0
    for i in range(n):
        t += (i * k) % 11
    return t


def test_four_threads_run_compiled_code_while_the_pool_compiles():
    rjit.enable(threshold=2, background=True)
    expected = [mix(2000, k) for k in range(4)]  # cold runs
    results = {}
    errors = []

    def worker(k):
        try:
            out = []
            for _ in range(200):
                out.append(mix(2000, k))
            results[k] = out
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    # fresh functions compiled on the pool while the threads run
    sources = [f"def fresh_{j}(a):\n    return a * {j} + {j}\n" for j in range(20)]
    ns = {}
    for s in sources:
        exec(s, ns)
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for j in range(20):
        for _ in range(3):
            assert ns[f"fresh_{j}"](2) == 2 * j + j
    for t in threads:
        t.join()
    assert not errors
    for k in range(4):
        assert results[k] == [expected[k]] * 200
    assert rjit.wait(timeout=120)
    assert rjit.info(mix)["state"] == "compiled"
    assert rjit.info(ns["fresh_7"])["state"] == "compiled"


def test_out_of_memory_in_compiled_handlers_does_not_crash():
    """Regression (found by CPython's test_exceptions): an allocation failure while unwinding
    into a compiled handler once cleared the pending exception and crashed the process."""
    import subprocess
    import sys

    code = "import _testcapi\nclass C(): pass\n_testcapi.set_nomemory(0, {})\nC()\n"
    env = {**os.environ, "RJIT_ENABLE": "1", "RJIT_THRESHOLD": "0", "RJIT_SYNC": "1", "RJIT_CACHE_DIR": "off"}
    for i in range(1, 20):
        p = subprocess.run([sys.executable, "-c", code.format(i)], env=env, capture_output=True, timeout=60)
        assert p.returncode in (1, 120), (i, p.returncode, p.stderr[-300:])
        assert b"MemoryError" in p.stderr, (i, p.stderr[-300:])


def test_daemon_thread_compiling_at_exit_does_not_abort():
    """Regression (CPython's test_threading.test_finalize_with_trace): a daemon thread still
    inside rjit when the interpreter finalises must not take the process down."""
    import subprocess
    import sys

    code = (
        "import sys, threading\n"
        "def killer():\n    import os, time\n    time.sleep(2)\n    os._exit(2)\n"
        "t = threading.Thread(target=killer, daemon=True)\nt.start()\n"
        "def func(frame, event, arg):\n    threading.current_thread()\n    return func\n"
        "sys.settrace(func)\n"
    )
    env = {**os.environ, "RJIT_ENABLE": "1", "RJIT_THRESHOLD": "0", "RJIT_SYNC": "1", "RJIT_CACHE_DIR": "off"}
    for _ in range(3):
        p = subprocess.run([sys.executable, "-X", "faulthandler", "-c", code], env=env, capture_output=True, timeout=60)
        assert p.returncode == 0, p.stderr[-500:]


def test_compiles_queued_at_exit_reach_the_cache(tmp_path):
    """A process that exits with compiles still queued lets them finish (within
    RJIT_EXIT_COMPILE_SECONDS) so that the next process loads them from the cache."""
    code = (
        "import rjit\n"
        "def work(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n"
        "rjit.enable(threshold=1)\n"  # background compiles
        "work(10); work(10)\n"
        "print(rjit.info(work)['state'])\n"
    )
    env = {"RJIT_CACHE_DIR": str(tmp_path), "RJIT_EXIT_COMPILE_SECONDS": "60"}
    first = run_python(code, env)
    assert first.returncode == 0, first.stderr
    second = run_python(code + "work(10)\nprint(rjit.info(work).get('origin'))\n", env)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split()[-1] == "cache", second.stdout


def test_exit_does_not_wait_for_a_long_running_compile(tmp_path):
    """A compile still running at exit is abandoned: the process ends within the budget with
    its own exit status and output, and the cache stays sound."""
    # 3903 code units: just under MAX_CODE_UNITS, and about 3 s to compile.
    body = "\n".join(f"    a = (a * 3 + {i}) % 1000003 if a > {i} else [a - {i}, a][0]" for i in range(130))
    prog = (
        "import sys, time, rjit\nrjit.enable(threshold=1)\n"
        f"def huge(a):\n{body}\n    return a\n"
        "huge(1)\nprint('done', flush=True)\nsys.exit(7)\n"
    )
    t = time.perf_counter()
    p = run_python(prog, {"RJIT_CACHE_DIR": str(tmp_path), "RJIT_EXIT_COMPILE_SECONDS": "0"})
    took = time.perf_counter() - t
    assert p.returncode == 7 and p.stdout == "done\n", p.stderr
    assert p.stderr == ""
    assert took < 1.5, took
    v = subprocess.run([sys.executable, "-m", "rjit", "cache", "verify", "--cache-dir", str(tmp_path)],
                       capture_output=True, text=True)
    assert v.returncode == 0, v.stdout
