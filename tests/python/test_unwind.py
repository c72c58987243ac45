"""Exceptions leaving compiled frames are unwound by compiled code (traceback entry, frame
unlinked, NULL to the caller) exactly as the interpreter would: tracebacks, frames kept alive
by tracebacks, `with` and bare re-raises outside any handler, generators, tracers and
profilers switched on mid-way (then the interpreter unwinds), and the counters that say which
path ran."""

from __future__ import annotations

import sys
import traceback

import rjit
from conftest import both


class Lock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


LOCK = Lock()


def c(i):
    x = i * 2
    raise ValueError(f"c{x}")


def b(i):
    y = c(i) + 1
    return y


def a(i):
    return b(i) + 1


def three_frames(n):
    out = []
    for i in range(n):
        try:
            a(i)
        except ValueError as e:
            tb = traceback.extract_tb(e.__traceback__)
            out.append((str(e), [(f.name, f.lineno) for f in tb]))
    return out


def test_three_frames_left_by_one_exception():
    out = both(three_frames, 3)
    assert [name for name, _ in out[1][0][1]] == ["three_frames", "a", "b", "c"]


def inner_with(i):
    with LOCK:
        try:
            return c(i)
        except ValueError:
            raise


def with_reraise(n):
    out = []
    for i in range(n):
        try:
            inner_with(i)
        except ValueError as e:
            out.append([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
    return out


def test_bare_raise_through_with_leaves_the_frame():
    out = both(with_reraise, 2)
    assert [n for n, _ in out[1][0]] == ["with_reraise", "inner_with", "c"]


def wraps(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        raise ValueError("wrapped")


def test_raise_in_a_handler_chains_and_leaves_compiled():
    out = both(wraps, 0)
    assert out[1] == "ValueError"
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(wraps)
    before = rjit.stats()
    try:
        wraps(0)
    except ValueError as e:
        assert isinstance(e.__context__, ZeroDivisionError)
    after = rjit.stats()
    assert after["exception_unwinds"] > before["exception_unwinds"]
    assert after["deopts"] == before["deopts"]
    assert after["exception_exits"] == before["exception_exits"]


def keeps_locals(n):
    big = list(range(n))
    marker = "kept"
    raise KeyError(marker)


def frame_kept_by_traceback(n):
    try:
        keeps_locals(n)
    except KeyError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        f = tb.tb_frame
        return f.f_code.co_name, f.f_lineno, sorted(f.f_locals), len(f.f_locals["big"]), f.f_back is not None


def test_the_frame_a_traceback_keeps_has_its_locals():
    out = both(frame_kept_by_traceback, 5)
    assert out[1][2] == ["big", "marker", "n"]


def gen_raises(n):
    for i in range(n):
        if i == 2:
            raise IndexError(i)
        yield i


def gen_stop(n):
    yield n
    raise StopIteration  # becomes RuntimeError (PEP 479)


def generators():
    out = []
    for g in (gen_raises(5), gen_stop(1)):
        try:
            out.append(list(g))
        except Exception as e:  # noqa: BLE001
            out.append((type(e).__name__, str(e), [f.name for f in traceback.extract_tb(e.__traceback__)]))
    return out


def test_exceptions_leaving_generator_frames():
    out = both(generators)
    assert out[1][0][0] == "IndexError" and out[1][1][0] == "RuntimeError"


def deep(n):
    if n == 0:
        raise LookupError("bottom")
    return deep(n - 1) + 1


def deep_catch(n):
    try:
        deep(n)
    except LookupError as e:
        return len(traceback.extract_tb(e.__traceback__))


def test_a_long_chain_of_compiled_frames():
    assert both(deep_catch, 200)[1] == 202  # deep_catch and 201 frames of deep


def _events_while(kind, fn, *args):
    events = []

    def hook(frame, event, arg):
        if frame.f_code.co_filename == __file__:
            events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno,
                           arg.__name__ if event == "exception" else None))
        return hook

    (sys.settrace if kind == "trace" else sys.setprofile)(hook)
    try:
        fn(*args)
    except Exception as e:  # noqa: BLE001
        events.append(("caught", type(e).__name__))
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return events


def test_tracer_sees_exception_and_unwind_events():
    both(_events_while, "trace", three_frames, 2)
    both(_events_while, "trace", with_reraise, 2)


def test_profiler_sees_returns_of_unwound_frames():
    both(_events_while, "profile", three_frames, 2)
    both(_events_while, "profile", with_reraise, 2)


def test_no_reference_leaks_across_many_unwinds():
    rjit.enable(threshold=1, background=False)
    for f in (three_frames, a, b, c, with_reraise, inner_with):
        assert rjit.compile(f)
    three_frames(50)
    with_reraise(50)
    total = sys.gettotalrefcount() if hasattr(sys, "gettotalrefcount") else None
    import gc

    gc.collect()
    before = len(gc.get_objects())
    for _ in range(20):
        three_frames(50)
        with_reraise(50)
    gc.collect()
    assert len(gc.get_objects()) - before < 50
    assert total is None or sys.gettotalrefcount() - total < 1000
