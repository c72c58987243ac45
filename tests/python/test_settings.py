"""A setting rjit does not understand gets one clear line on stderr (what was wrong, what rjit
does instead), once per process, and never an exception at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROG = "import json, rjit\nrjit.enable()\nrjit.enable()\nprint(json.dumps(rjit.stats()))\n"


def run(env: dict) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    e.update(env)
    p = subprocess.run([sys.executable, "-c", PROG], env=e, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    return p


@pytest.mark.parametrize(
    "var,value,says,check",
    [
        ("RJIT_THRESHOLD", "abc", "using 100", lambda s: s["threshold"] == 100),
        ("RJIT_THRESHOLD", "-5", "using 100", lambda s: s["threshold"] == 100),
        ("RJIT_CACHE_SIZE", "lots", "using 1G", lambda s: s["cache_size"] == 1 << 30),
        ("RJIT_EXIT_COMPILE_SECONDS", "soon", "using the default", None),
        ("RJIT_SYNC", "yes", "treated as 0", None),
        ("RJIT_DEBUG", "true", "treated as 0", None),
        ("RJIT_LINKER", "gold", "using own", None),
    ],
)
def test_bad_setting_is_said_once(var, value, says, check, tmp_path):
    p = run({var: value, "RJIT_CACHE_DIR": str(tmp_path)})
    lines = [l for l in p.stderr.splitlines() if l.startswith(f"rjit: {var}=")]
    assert len(lines) == 1, p.stderr  # enable() reads the environment again: still one line
    assert repr(value).replace("'", '"') in lines[0] and says in lines[0]
    if check:
        assert check(json.loads(p.stdout))


def test_good_settings_are_quiet(tmp_path):
    p = run({"RJIT_THRESHOLD": "5", "RJIT_CACHE_SIZE": "2G", "RJIT_SYNC": "0", "RJIT_DEBUG": "",
             "RJIT_EXIT_COMPILE_SECONDS": "0.1", "RJIT_LINKER": "own", "RJIT_CACHE_DIR": str(tmp_path)})
    assert p.stderr == ""
    s = json.loads(p.stdout)
    assert s["threshold"] == 5 and s["cache_size"] == 2 << 30


def test_cache_dir_that_is_a_file_is_said(tmp_path):
    f = tmp_path / "file"
    f.write_text("")
    p = run({"RJIT_CACHE_DIR": str(f), "RJIT_THRESHOLD": "1"})
    p2 = subprocess.run([sys.executable, "-c", "import rjit\nrjit.enable(threshold=1, background=False)\n"
                         "def f(x):\n    return x + 1\nf(1)\n"],
                        env={**os.environ, "RJIT_CACHE_DIR": str(f)}, capture_output=True, text=True)
    lines = [l for l in p2.stderr.splitlines() if l.startswith("rjit: cache directory not used")]
    assert len(lines) == 1 and "is not a directory" in lines[0], p2.stderr
    assert p2.returncode == 0 and p.returncode == 0


def test_rjit_enable_with_a_wrong_value_is_said():
    e = {**os.environ, "RJIT_ENABLE": "yes"}
    p = subprocess.run([sys.executable, "-c", "import sys; print('rjit' in sys.modules)"], env=e,
                       capture_output=True, text=True)
    assert p.stdout == "False\n"
    assert "RJIT_ENABLE='yes' is not understood" in p.stderr


def test_rjit_stats_prints_a_summary_at_exit(tmp_path):
    prog = ("import rjit\nrjit.enable(threshold=1, background=False)\n"
            "def f(x):\n    return x * 2\nfor i in range(100):\n    f(i)\n")
    e = {**os.environ, "RJIT_STATS": "1", "RJIT_CACHE_DIR": str(tmp_path)}
    p = subprocess.run([sys.executable, "-c", prog], env=e, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    out = p.stderr
    assert out.startswith("rjit summary\n"), out
    for row in ["compiled", "from the cache", "not compilable", "residency", "deopts", "cache"]:
        assert f"  {row} " in out, out
    assert "% of" in out and "MiB written to" in out


def test_deopt_sites_are_counted_and_summarised(tmp_path):
    prog = r"""
import json, sys, rjit
rjit.enable(threshold=1 << 40, background=False)
def switch_tracing_on():
    sys.settrace(lambda *a: None)
def f():
    x = 1
    switch_tracing_on()
    return x + 1
assert rjit.compile(f)
print(f())
sys.settrace(None)
print(json.dumps(rjit.stats()["deopt_sites"]))
print(rjit.summary())
"""
    p = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path)})
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[0] == "2"
    sites = json.loads(lines[1])
    assert [s[0] for s in sites] == ["f"] and sites[0][2] == 1, sites
    assert "1 in f at bytecode" in p.stdout
