"""LLVM lives in the code generator library (librjit_llvm.so). By default it is loaded by a code
generator process started on a process's first compile (tests/python/test_codegen_process.py);
with RJIT_CODEGEN=thread, into the process itself. Either way importing and enabling rjit, and
running code from the cache, never map it; a missing library makes every compile a counted
failure, never an error in the program."""

import json
import shutil
from pathlib import Path

import pytest
import rjit
from conftest import run_python

LIB = "librjit_llvm.so"
EXPECTED = sum(i * i % 7 for i in range(1000)) + sum(i * i % 7 for i in range(10))

PROGRAM = r"""
import json, sys
{prelude}
import rjit
def kernel(n):
    t = 0
    for i in range(n):
        t += i * i % 7
    return t
rjit.enable(threshold={threshold}, background=False)
r = kernel(1000) + kernel(10)
maps = open("/proc/self/maps").read()
print(json.dumps({{"r": r, "mapped": "{lib}" in maps, "stats": rjit.stats(), "kernel": rjit.info(kernel)}}))
"""


def run(tmp_path, threshold, prelude="", env=None):
    code = PROGRAM.format(prelude=prelude, threshold=threshold, lib=LIB)
    p = run_python(code, {"RJIT_CACHE_DIR": str(tmp_path / "cache"), **(env or {})})
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout), p.stderr


def test_library_sits_next_to_the_extension():
    assert (Path(rjit._rjit.__file__).parent / LIB).is_file()


def test_enabled_but_nothing_compiled_does_not_load_llvm(tmp_path):
    out, _ = run(tmp_path, threshold=10**6)
    assert out["r"] == EXPECTED
    assert out["kernel"]["state"] == "cold"
    assert not out["mapped"]
    assert out["stats"]["llvm_loaded"] is False


@pytest.mark.parametrize("codegen", ["process", "thread"])
def test_compiling_loads_llvm_and_a_warm_process_does_not(tmp_path, codegen):
    env = {"RJIT_CODEGEN": codegen}
    cold, _ = run(tmp_path, threshold=1, env=env)
    assert cold["r"] == EXPECTED
    assert cold["kernel"]["origin"] == "jit"
    assert cold["stats"]["codegen"] == codegen
    in_process = codegen == "thread"
    assert cold["mapped"] is in_process and cold["stats"]["llvm_loaded"] is in_process
    assert cold["stats"]["codegen_spawns"] == (0 if in_process else 1)
    assert cold["stats"]["llvm_load_seconds"] > 0
    warm, _ = run(tmp_path, threshold=1, env=env)
    assert warm["r"] == EXPECTED
    assert warm["kernel"]["origin"] == "cache"
    assert warm["stats"]["compiled"] == 0
    assert not warm["mapped"] and warm["stats"]["llvm_loaded"] is False


@pytest.mark.parametrize("codegen", ["process", "thread"])
def test_missing_library_is_a_counted_failure(tmp_path, codegen):
    # A copy of the package without the library, imported ahead of the installed one.
    pkg = Path(rjit.__file__).parent
    copy = tmp_path / "site" / "rjit"
    shutil.copytree(pkg, copy, ignore=shutil.ignore_patterns(LIB, "__pycache__"))
    prelude = f"sys.path.insert(0, {str(copy.parent)!r})"
    out, err = run(tmp_path, threshold=1, prelude=prelude, env={"RJIT_CODEGEN": codegen})
    assert out["r"] == EXPECTED
    assert out["kernel"]["state"] == "failed"
    assert out["stats"]["failures"].get("backend_error", 0) >= 1
    assert out["stats"]["llvm_loaded"] is False
    assert err.count("the code generator is unavailable") == 1, err
    assert LIB in err


SHORT = r"""
import time
def f(x):
    return x + 1
for i in range(300):
    f(i)
t = time.perf_counter()
while time.perf_counter() - t < {ms} / 1000:
    f(0)
print("done")
"""


def test_short_process_does_not_load_llvm(tmp_path):
    stats = tmp_path / "stats.json"
    p = run_python(SHORT.format(ms=0), {"RJIT_ENABLE": "1", "RJIT_THRESHOLD": "10",
                                        "RJIT_CACHE_DIR": str(tmp_path / "c"), "RJIT_STATS_FILE": str(stats)})
    assert p.returncode == 0 and p.stdout == "done\n", p.stderr
    s = json.loads(stats.read_text().splitlines()[-1])
    assert s["llvm_loaded"] is False and s["compiled"] == 0


@pytest.mark.parametrize("codegen", ["process", "thread"])
def test_exit_while_llvm_loads_or_compiles_is_clean(tmp_path, codegen):
    # Processes that end while the compile thread loads LLVM or compiles (or the code generator
    # process starts or compiles): LLVM's static destructors must not run under a compile (a
    # crash at exit, found by `python -c pass`).
    for i in range(24):
        p = run_python(SHORT.format(ms=30 + 7 * i), {"RJIT_ENABLE": "1", "RJIT_THRESHOLD": "10",
                                                      "RJIT_CODEGEN": codegen,
                                                      "RJIT_CACHE_DIR": str(tmp_path / f"c{i}")})
        assert p.returncode == 0 and p.stdout == "done\n", (i, p.returncode, p.stderr)
