"""The public API: enable/disable, compile, info, stats, wait, and chaining with a foreign
PEP 523 evaluator."""

import _testinternalcapi
import pytest

import rjit


def simple(x):
    return x * 2 + 1


def test_enable_disable_enable():
    assert not rjit.is_enabled()
    assert rjit.enable(threshold=1, background=False)
    assert rjit.is_enabled()
    assert simple(3) == 7
    assert rjit.disable()
    assert not rjit.is_enabled()
    assert simple(3) == 7
    assert rjit.enable(threshold=1, background=False)
    entries = rjit.stats()["jit_entries"]
    assert simple(4) == 9
    # (rjit.stats itself is Python code and may be compiled too: count at least simple's entry)
    assert rjit.stats()["jit_entries"] >= entries + 1
    assert rjit.info(simple)["state"] == "compiled"
    assert rjit.disable()
    assert not rjit.disable()


def test_compile_without_running():
    def never_called(a, b):
        return a - b

    rjit.enable(threshold=10**6, background=True)
    assert rjit.info(never_called) == {"state": "cold", "calls": 0}
    assert rjit.compile(never_called)
    info = rjit.info(never_called)
    assert info["state"] == "compiled" and info["origin"] == "jit" and info["calls"] == 0
    assert never_called(5, 3) == 2
    assert rjit.compile(never_called.__code__)


def test_failures_are_reasons_not_exceptions():
    # 4000 statements of 5 code units each: beyond tier1's size limit.
    src = "def huge(x):\n" + "    x = x + 1\n" * 4000 + "    return x\n"
    ns: dict = {}
    exec(src, ns)
    huge = ns["huge"]

    rjit.enable(threshold=1, background=False)
    assert not rjit.compile(huge)
    info = rjit.info(huge)
    assert info["state"] == "failed" and info["reason"] == "too_large"
    assert huge(1) == 4001
    assert rjit.stats()["failures"]["too_large"] >= 1


def test_misuse_raises_rjit_error():
    with pytest.raises(rjit.RJitError):
        rjit.info(42)
    with pytest.raises(rjit.RJitError):
        rjit.enable(threshold=-1)
    with pytest.raises(rjit.RJitError):
        rjit.wait(timeout=-1)


def test_stats_contract():
    s = rjit.stats()
    for key in ["compiled", "cache_hits", "cache_misses", "cache_stores", "compile_seconds", "jit_entries", "deopts", "failures"]:
        assert key in s
    assert isinstance(s["failures"], dict)


def test_background_compile_and_wait():
    def work(n):
        t = 0
        for i in range(n):
            t += i
        return t

    rjit.enable(threshold=3, background=True)
    for _ in range(3):
        assert work(10) == 45
    assert rjit.wait(timeout=60)
    assert rjit.info(work)["state"] == "compiled"
    assert work(100) == 4950


def test_chains_to_foreign_evaluator():
    def marker_fn():
        return 5

    seen = []
    _testinternalcapi.set_eval_frame_record(seen)
    try:
        with pytest.raises(rjit.RJitError, match="force=True"):
            rjit.enable()
        assert rjit.enable(threshold=10**6, force=True)
        assert marker_fn() == 5
        # rjit does not run marker_fn (cold): the frame went to the recording evaluator
        assert "marker_fn" in seen
        assert rjit.disable()
        seen.clear()
        assert marker_fn() == 5
        assert "marker_fn" in seen  # the recording evaluator is back
    finally:
        _testinternalcapi.set_eval_frame_default()
