"""The differential fuzzer's CI batch and its saved regressions (tests/fuzz/run.py)."""

from __future__ import annotations

import glob
import os
import sys

import pytest

FUZZ = os.path.join(os.path.dirname(__file__), "..", "fuzz")
sys.path.insert(0, FUZZ)
import genprog  # noqa: E402
import run as fuzz  # noqa: E402

CI_SEEDS = range(0, 150)


@pytest.mark.parametrize("chunk", range(0, len(CI_SEEDS), 25))
def test_fixed_seed_batch(chunk):
    for seed in CI_SEEDS[chunk : chunk + 25]:
        diff = fuzz.check_source(fuzz.program(seed), warm=fuzz.warm_seed(seed))
        assert diff is None, f"seed {seed} (python tests/fuzz/run.py --show {seed}):\n{diff}"


REGRESSIONS = sorted(glob.glob(os.path.join(FUZZ, "regressions", "*.py")))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[os.path.basename(p) for p in REGRESSIONS])
def test_saved_regression(path):
    with open(path) as f:
        assert fuzz.check_source(f.read()) is None


def test_a_program_the_interpreter_cannot_finish_is_skipped():
    # Not a hang of rjit's: the generator can write an int that is squared in a loop.
    src = "def main():\n    a = 3\n    while True:\n        a = a * 1\n"
    assert fuzz.check_source(src) == fuzz.SKIPPED
