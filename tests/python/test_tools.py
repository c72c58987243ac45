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
    import dis
    import rjit

    def f(a, b):
        return a * b + 1

    ir = rjit.dis(f, "ir")
    opt = rjit.dis(f, "ir-opt")
    asm = rjit.dis(f, "asm")
    assert "define" in ir and "define" in opt
    assert "ret" in asm and ".text" in asm
    assert "; bytecode 0: RESUME" in ir and "BINARY_OP" in ir

    def loop(xs):
        t = 0
        for x in xs:  # not `range`: the typed tier's optimised sum of a range has no loop left
            t += x
        return t

    head = next(f"# bytecode {i.offset}: FOR_ITER" for i in dis.get_instructions(loop) if i.opname == "FOR_ITER")
    assert head in rjit.dis(loop, "asm")  # the loop head survives
    # The optimised effort (SelectionDAG, what warm processes run) is other machine code than
    # the quick one (FastISel).
    optimised = rjit.dis(loop, "asm", "optimised")
    assert head in optimised and optimised != rjit.dis(loop, "asm")
    with pytest.raises(rjit.RJitError):
        rjit.dis(f, "asm", "fastest")
    with pytest.raises(rjit.RJitError):
        rjit.dis(f, "bytes")
    with pytest.raises(rjit.RJitError):
        rjit.dis(42)


def test_dis_names_every_block_after_its_instruction():
    """Blocks of an instruction's fast paths and exits are `u<unit>.<what>`: a reader of the
    machine code (or of a profile) sees which instruction each part belongs to."""
    import dis
    import rjit

    def f(xs, k):
        n = 0
        for x in xs:
            n += len(x) * k
        return n

    units = {i.offset // 2 for i in dis.get_instructions(f)}
    for kind, label in (("ir", r"^u(\d+)\.(\w+):"), ("asm", r"# %u(\d+)\.(\w+)")):
        named = [(int(u), what) for u, what in re.findall(label, rjit.dis(f, kind), re.M)]
        assert len(named) > 20, kind
        assert {u for u, _ in named} <= units, kind
    # The call's unit names its own blocks (the inline `len`, the general route).
    call = next(i.offset // 2 for i in dis.get_instructions(f) if i.opname == "CALL")
    assert {what for u, what in named if u == call} & {"len", "call_general"}


def test_dis_command_line():
    p = subprocess.run([sys.executable, "-m", "rjit", "dis", "json.encoder:JSONEncoder.encode"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and ".text" in p.stdout, p.stderr
    p = subprocess.run([sys.executable, "-m", "rjit", "dis", "json:nosuch"], capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    p = subprocess.run([sys.executable, "-m", "rjit", "dis", "json.encoder:_make_iterencode.<locals>._iterencode",
                        "--kind", "ir-opt"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "define" in p.stdout, p.stderr
    p = subprocess.run([sys.executable, "-m", "rjit", "dis", "json.encoder:JSONEncoder.encode",
                        "--effort", "optimised"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and ".text" in p.stdout, p.stderr


DEBUG_PROG = r"""
import rjit, sys
rjit.enable(threshold=1 << 40, background=False)  # only what is compiled explicitly
def bump(t):
    return t + 1000
def hot(n, stop):
    t = 0
    for i in range(n):
        t += i
        if i == stop:
            breakpoint()
            t = bump(t)
    return t
assert rjit.compile(hot)
for _ in range(5):
    hot(50, -1)
print("result", hot(10, 3))
"""


def test_breakpoint_in_a_compiled_function_stops_in_pdb_with_its_locals(tmp_path):
    p = subprocess.run([sys.executable, "-c", DEBUG_PROG],
                       input="p i, t\nstep\nwhere\nreturn\np t + 0\nnext\np t\ncontinue\n",
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path), "PYTHONBREAKPOINT": "pdb.set_trace"})
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "(3, 6)" in out, out  # locals at the breakpoint
    assert "--Call--" in out and "bump()" in out, out  # `step` went into the callee
    assert "1006" in out, out  # after `return` and `next`, t was updated by the line
    assert "result 1045" in out, out


def test_warnings_stacklevel_and_faulthandler_see_compiled_frames(tmp_path):
    prog = r"""
import faulthandler, rjit, sys, warnings
rjit.enable(threshold=1 << 40, background=False)
def inner():
    warnings.warn("careful", stacklevel=2)
    faulthandler.dump_traceback(sys.stdout, all_threads=False)
def outer():
    inner()
assert rjit.compile(inner) and rjit.compile(outer)
for _ in range(3):
    outer()
"""
    p = subprocess.run([sys.executable, "-W", "always", "-c", prog], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "RJIT_CACHE_DIR": str(tmp_path)})
    assert p.returncode == 0, p.stderr
    # the warning names the caller (outer, line 8), every time
    assert p.stderr.count('<string>:8: UserWarning: careful') == 3, p.stderr
    # faulthandler lists inner, outer and the module, innermost first
    last = p.stdout.strip().split("Current thread")[-1]
    names = [l.split(" in ")[-1] for l in last.splitlines() if " in " in l]
    assert names[:3] == ["inner", "outer", "<module>"], last


@pytest.mark.skipif(shutil.which("coverage", path=os.path.dirname(sys.executable)) is None,
                    reason="coverage is not installed in this venv")
def test_coverage_report_is_the_same_with_rjit(tmp_path):
    (tmp_path / "app.py").write_text(
        "def f(x):\n    if x > 5:\n        return x * 2\n    return x\n"
        "def g(n):\n    t = 0\n    for i in range(n):\n        t += f(i)\n    return t\n"
        "def never():\n    return 1\n"
        "for _ in range(200):\n    g(4)\nprint(g(10))\n"
    )
    cov = os.path.join(os.path.dirname(sys.executable), "coverage")
    reports = []
    # rjit compiles the program (not coverage itself: RJIT_ONLY), at its first call
    for env in ({}, {"RJIT_ENABLE": "1", "RJIT_THRESHOLD": "1", "RJIT_SYNC": "1", "RJIT_ONLY": "__main__"}):
        e = {**os.environ, **env, "RJIT_CACHE_DIR": str(tmp_path / "cache")}
        run = subprocess.run([cov, "run", "app.py"], cwd=tmp_path, env=e, capture_output=True, text=True)
        assert run.returncode == 0 and run.stdout == "75\n", run.stderr
        rep = subprocess.run([cov, "report", "-m"], cwd=tmp_path, capture_output=True, text=True)
        reports.append(rep.stdout)
    assert reports[0] == reports[1], reports
    assert "app.py" in reports[0] and "11" in reports[0]  # `never`'s body is the missed line


@pytest.mark.skipif(shutil.which("py-spy", path=os.path.dirname(sys.executable)) is None,
                    reason="py-spy is not installed in this venv")
def test_py_spy_dump_shows_the_python_stack_of_compiled_code(tmp_path):
    prog = (
        "import rjit\nrjit.enable(threshold=1 << 40, background=False)\n"
        "def leaf(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n"
        "def middle(n):\n    while True:\n        leaf(n)\n"
        "assert rjit.compile(leaf) and rjit.compile(middle)\nprint('ready', flush=True)\nmiddle(100000)\n"
    )
    script = tmp_path / "spin.py"
    script.write_text(prog)
    p = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                         env={**os.environ, "RJIT_CACHE_DIR": "off"})
    try:
        assert p.stdout.readline() == "ready\n"
        spy = os.path.join(os.path.dirname(sys.executable), "py-spy")
        d = subprocess.run([spy, "dump", "--pid", str(p.pid)], capture_output=True, text=True, timeout=60)
        if d.returncode != 0 and "ermission" in d.stderr + d.stdout:
            pytest.skip("ptrace not permitted here")
        frames = [l.strip() for l in d.stdout.splitlines() if l.startswith("    ")]
        # wherever in leaf's body the sample fell (lines 4-7), with its callers at their call lines
        assert re.fullmatch(r"leaf \(spin\.py:[4-7]\)", frames[0]), d.stdout
        assert frames[1:3] == ["middle (spin.py:10)", "<module> (spin.py:13)"], d.stdout
    finally:
        p.kill()
        p.wait()
        p.stdout.close()


def test_jitdump_file_format(tmp_path):
    e = {**os.environ, "RJIT_PERF_MAP": "jitdump", "RJIT_CACHE_DIR": str(tmp_path)}
    p = subprocess.run([sys.executable, "-c", PROG], env=e, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    path = f"/tmp/jit-{p.stdout.strip()}.dump"
    with open(path, "rb") as f:
        data = f.read()
    os.unlink(path)
    import struct

    magic, version, size, mach, _, pid = struct.unpack_from("<6I", data)
    assert (magic, version, size, mach, pid) == (0x4A695444, 1, 40, 62, int(p.stdout))
    at, names = 40, []
    while at < len(data):
        rid, total = struct.unpack_from("<II", data, at)
        assert rid == 0 and total > 56
        name_at = at + 16 + 8 + 32
        names.append(data[name_at:data.index(b"\0", name_at)].decode())
        at += total
    assert at == len(data) and "py::kernel:<string>" in names


@pytest.mark.skipif(not shutil.which("perf"), reason="perf not installed")
def test_perf_inject_jit_shows_compiled_code(tmp_path):
    data, injected = tmp_path / "perf.data", tmp_path / "perf.jit.data"
    e = {**os.environ, "RJIT_PERF_MAP": "jitdump", "RJIT_CACHE_DIR": "off"}
    rec = subprocess.run(["perf", "record", "-k", "1", "-o", str(data), sys.executable, "-c", PROG], env=e,
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    if rec.returncode != 0:
        pytest.skip(f"perf record not permitted here: {rec.stderr[-200:]}")
    inj = subprocess.run(["perf", "inject", "--jit", "-i", str(data), "-o", str(injected)],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert inj.returncode == 0, inj.stderr
    rep = subprocess.run(["perf", "report", "-i", str(injected), "--stdio", "--no-children", "--sort", "dso,sym"],
                         capture_output=True, text=True, timeout=300)
    assert re.search(r"jitted-\d+-\d+\.so\s+\[\.\] py::kernel:<string>", rep.stdout), rep.stdout[:2000]
    os.unlink(f"/tmp/jit-{rec.stdout.strip()}.dump")


def test_cache_tools_do_not_compile_themselves_with_rjit_enable(tmp_path):
    """`RJIT_ENABLE=1` in the environment (a fleet's default) must not make `rjit cache ...` or
    `rjit dis` compile their own code (argparse, enum) into the cache they look after."""
    cache = tmp_path / "cache"
    e = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    # Threshold 1 and synchronous compiles: anything the tool ran with rjit on would be compiled
    # and stored before it exits.
    e.update(RJIT_ENABLE="1", RJIT_CACHE_DIR=str(cache), RJIT_THRESHOLD="1", RJIT_SYNC="1")

    def entries():
        return sorted(cache.glob("*.rjit")) if cache.exists() else []

    for argv in (["cache", "info"], ["cache", "ls"], ["cache", "wait", "--timeout", "5"],
                 ["dis", "json:dumps", "--kind", "ir"]):
        p = subprocess.run([sys.executable, "-m", "rjit", *argv], env=e, capture_output=True,
                           text=True, timeout=300)
        assert p.returncode == 0, (argv, p.stderr)
        assert entries() == [], argv
    # A script run the same way does compile: the test can tell.
    p = subprocess.run([sys.executable, "-c", "import json\nfor i in range(300): json.dumps([i])"],
                       env=e, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert entries(), "the script compiled nothing: the test cannot tell"


@pytest.mark.parametrize("argv, tool", [
    (["py", "-m", "rjit", "cache", "info"], True),
    (["py", "-X", "dev", "-m", "rjit", "dis", "json:dumps"], True),
    (["py", "-Xdev", "-W", "ignore", "-m", "rjit", "precompile", "pkg"], True),
    (["py", "-Bm", "rjit", "cache"], True),
    (["py", "-u", "/venv/bin/rjit", "cache", "ls"], True),
    (["py", "--", "rjit", "cache"], True),
    (["py", "-m", "rjit", "app.py"], False),
    (["py", "/venv/bin/rjit", "run", "app.py"], False),
    (["py", "app.py", "-m", "rjit", "cache"], False),
    (["py", "-c", "pass", "-m", "rjit", "cache"], False),
    (["py", "-m", "json.tool", "cache"], False),
    (["py", "-m", "rjit"], False),
    (["py"], False),
])
def test_which_command_lines_are_rjit_tools(argv, tool):
    """`RJIT_ENABLE=1` enables rjit in every process but rjit's own maintenance commands; the
    interpreter's options are parsed as CPython parses them, and what follows the program
    (a script, `-c`, `-m MODULE`) is the program's."""
    from rjit._argv import is_rjit_tool

    assert is_rjit_tool(argv) is tool
