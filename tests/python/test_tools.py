"""Tools around the JIT: native profilers see compiled code (`RJIT_PERF_MAP=1`)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

PROG = r"""
import os, rjit
rjit.enable(threshold=1, background=False)
def kernel(n):
    t = 0
    for i in range(n):
        t += i * i % 7
    return t
for _ in range(20):
    kernel(100000)
print(os.getpid())
"""


def test_perf_map_names_every_compiled_function(tmp_path):
    e = {**os.environ, "RJIT_PERF_MAP": "1", "RJIT_CACHE_DIR": str(tmp_path)}
    for origin in ("jit", "cache"):  # compiled, then loaded from the cache
        p = subprocess.run([sys.executable, "-c", PROG], env=e, capture_output=True, text=True, timeout=300)
        assert p.returncode == 0, p.stderr
        path = f"/tmp/perf-{p.stdout.strip()}.map"
        with open(path) as f:
            lines = f.read().splitlines()
        os.unlink(path)
        assert all(re.fullmatch(r"[0-9a-f]+ [0-9a-f]+ py::\S.*:.+", l) for l in lines), lines
        kernel = [l for l in lines if l.split(" ", 2)[2] == "py::kernel:<string>"]
        assert len(kernel) == 1, (origin, lines)
        start, size = (int(x, 16) for x in kernel[0].split()[:2])
        assert start > 0 and size > 16


@pytest.mark.skipif(not shutil.which("perf"), reason="perf not installed")
def test_perf_report_shows_compiled_code(tmp_path):
    data = tmp_path / "perf.data"
    e = {**os.environ, "RJIT_PERF_MAP": "1", "RJIT_CACHE_DIR": "off"}
    rec = subprocess.run(["perf", "record", "-o", str(data), sys.executable, "-c", PROG], env=e,
                         capture_output=True, text=True, timeout=300)
    if rec.returncode != 0:
        pytest.skip(f"perf record not permitted here: {rec.stderr[-200:]}")
    rep = subprocess.run(["perf", "report", "-i", str(data), "--stdio", "--no-children", "--sort", "sym"],
                         capture_output=True, text=True, timeout=300)
    assert "py::kernel:<string>" in rep.stdout, rep.stdout[:2000]


def test_dis_shows_ir_optimised_ir_and_assembly():
    import rjit

    def f(a, b):
        return a * b + 1

    ir = rjit.dis(f, "ir")
    opt = rjit.dis(f, "ir-opt")
    asm = rjit.dis(f, "asm")
    assert "define" in ir and "define" in opt
    assert "ret" in asm and ".text" in asm
    with pytest.raises(rjit.RJitError):
        rjit.dis(f, "bytes")
    with pytest.raises(rjit.RJitError):
        rjit.dis(42)


def test_dis_command_line():
    p = subprocess.run([sys.executable, "-m", "rjit", "dis", "json.encoder:JSONEncoder.encode"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and ".text" in p.stdout, p.stderr
    p = subprocess.run([sys.executable, "-m", "rjit", "dis", "json:nosuch"], capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    p = subprocess.run([sys.executable, "-m", "rjit", "dis", "json.encoder:_make_iterencode.<locals>._iterencode",
                        "--kind", "ir-opt"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "define" in p.stdout, p.stderr
