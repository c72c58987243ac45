"""Runs tests/filetests (see its harness.py): rjit's rendering of each snippet must match the
blessed expectation, and every `# run:` line must give the same result with rjit off and on."""

from __future__ import annotations

import os
import sys

import pytest

from conftest import both

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "filetests"))
import harness  # noqa: E402

CASES = harness.cases()


@pytest.mark.parametrize("path", CASES, ids=[os.path.relpath(p, harness.HERE) for p in CASES])
def test_filetest(path):
    msg = harness.check(path)
    assert msg is None, msg
    stage, src, _, runs = harness.split(path)
    ns: dict = {}
    exec(compile(src, path, "exec"), ns)
    for expr in runs:
        both(eval("lambda: " + expr, ns))
