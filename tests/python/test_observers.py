"""What debuggers, profilers and leak hunters see: tracing switched on in the middle of a
compiled run, and reference counts and memory staying flat over many compiled runs."""

from __future__ import annotations

import gc
import sys

import pytest

import rjit
from conftest import both


def traced_callee(n):
    total = 0
    for i in range(n):
        total += i
    return total


def _install(kind, events):
    def tracer(frame, event, arg):
        if frame.f_code.co_filename == __file__:
            events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
        return tracer

    (sys.settrace if kind == "trace" else sys.setprofile)(tracer)


def starts_tracing_midway(kind, events):
    a = traced_callee(2)
    _install(kind, events)
    b = traced_callee(3)
    c = a + b
    for _ in range(2):
        c += traced_callee(1)
    return c


def run_midway(kind):
    events: list = []
    try:
        r = starts_tracing_midway(kind, events)
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return r, events


def test_settrace_midway_sees_the_same_events():
    both(run_midway, "trace")


def test_setprofile_midway_sees_the_same_events():
    # CPython reports the `return` of the already-running frame to a profiler: so must rjit.
    both(run_midway, "profile")


def key_of(x):
    return -x


def squares_of(n):
    for i in range(n):
        yield i * i


def driven_from_c(kind, events):
    """Compiled code entered from C (a key function, a generator resumed by `list`), then the
    same with a tracer or profiler on: the hook's path to compiled entries must step aside."""
    first = (sorted(range(4), key=key_of), list(squares_of(3)))
    g = squares_of(4)
    next(g)
    _install(kind, events)
    try:
        second = (sorted(range(3), key=key_of), list(g), list(map(key_of, [1, 2])))
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return first, second


@pytest.mark.parametrize("kind", ["trace", "profile"])
def test_compiled_code_entered_from_c_steps_aside_for_observers(kind):
    rjit.disable()
    plain_events: list = []
    plain = driven_from_c(kind, plain_events)
    rjit.enable(threshold=1, background=False)
    try:
        assert rjit.compile(key_of) and rjit.compile(squares_of)
        entries = rjit.stats()["jit_entries"]
        assert sorted(range(5), key=key_of) == [4, 3, 2, 1, 0]
        assert list(squares_of(5)) == [0, 1, 4, 9, 16]
        assert rjit.stats()["jit_entries"] - entries >= 5 + 6  # calls, then resumes
        events: list = []
        assert driven_from_c(kind, events) == plain
    finally:
        rjit.disable()
    assert events == plain_events


class Shared:
    pass


SHARED = Shared()
KEY = "shared-key"


def workload(n):
    out = []
    d = {KEY: SHARED}
    for i in range(n):
        try:
            if i % 3 == 0:
                raise KeyError(KEY)
            out.append(d[KEY])
        except KeyError as e:
            out.append(e.args[0])
        with Ctx(SHARED):
            out.extend(x for x in (SHARED, KEY) if x is not None)
        f = lambda s=SHARED: s  # noqa: E731
        out.append(f())
        out.append(f"{KEY}:{i}")
        a, *rest = [SHARED, KEY, i]
        out.append(rest)
    return len(out)


class Ctx:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self.v

    def __exit__(self, *exc):
        return False


def _gen(n):
    for i in range(n):
        yield SHARED if i % 2 else KEY


def test_reference_counts_and_memory_stay_flat():
    rjit.enable(threshold=1, background=False)
    for f in (workload, _gen):
        assert rjit.compile(f), rjit.info(f)
    workload(50)
    list(_gen(10))
    gc.collect()
    before = (sys.getrefcount(SHARED), sys.getrefcount(KEY), len(gc.get_objects()))
    for _ in range(200):
        workload(30)
        assert sum(1 for _ in _gen(20)) == 20
    gc.collect()
    after = (sys.getrefcount(SHARED), sys.getrefcount(KEY), len(gc.get_objects()))
    rjit.disable()
    assert after[:2] == before[:2], (before, after)
    assert abs(after[2] - before[2]) < 50, (before, after)


def test_memory_flat_over_many_runs():
    import resource

    rjit.enable(threshold=1, background=False)
    workload(10)
    for _ in range(100):
        workload(50)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(1000):
        workload(50)
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rjit.disable()
    assert rss1 - rss0 < 8 * 1024, (rss0, rss1)  # KiB


def deep(n=0):
    try:
        return deep(n + 1)
    except RecursionError:
        return n


def test_recursion_error_at_the_same_depth():
    # Compiled frames take exactly one recursion unit each, as interpreted ones do.
    both(deep)


def logging_caller():
    import io
    import logging

    buf = io.StringIO()
    log = logging.getLogger("rjit-test-caller")
    h = logging.StreamHandler(buf)
    h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(message)s"))
    log.addHandler(h)
    log.propagate = False
    try:
        log.warning("hello")
    finally:
        log.removeHandler(h)
    return buf.getvalue()


def stack_views():
    import inspect
    import traceback

    here = inspect.currentframe()
    summary = [(f.name, f.lineno) for f in traceback.extract_stack(limit=3)]
    outer = inspect.stack()[1].function
    return here.f_code.co_name, here.f_lineno, summary[-2:], outer, sorted(here.f_locals)


def test_logging_and_stack_inspection():
    both(logging_caller)
    both(stack_views)


def memory_error_caught():
    caught = 0
    for _ in range(3):
        try:
            bytearray(1 << 62)
        except MemoryError:
            caught += 1
    return caught


def test_memory_error_propagates_and_is_caught():
    both(memory_error_caught)


def spin_until_signalled():
    import signal

    seen = []

    def handler(signum, frame):
        seen.append(frame.f_code.co_name)

    old = signal.signal(signal.SIGALRM, handler)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.01)
        n = 0
        while not seen:
            n += 1
        return seen
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def test_signal_handler_sees_the_running_frame():
    assert both(spin_until_signalled) == ("ok", ["spin_until_signalled"])
