"""Compiled code keeps the frame truthful: tracebacks, sys._getframe, f_locals, errors."""

import sys

import rjit
from conftest import both


def divide_at_line(a, b):
    x = a + 1
    y = x * 2
    return y / b  # the ZeroDivisionError line


def caller_of_failing(n):
    total = 0
    for i in range(n):
        total += divide_at_line(i, n - 3 - i)
    return total


def test_traceback_lines_equal():
    out = both(divide_at_line, 1, 0)
    assert out[1] == "ZeroDivisionError"
    assert out[3][-1][0] == "divide_at_line"


def test_traceback_through_compiled_caller_and_loop_iterator():
    # the exception leaves a FOR_ITER loop: the iterator is on the stack when it is handed over
    out = both(caller_of_failing, 6)
    assert [name for name, _ in out[3]] == ["caller_of_failing", "divide_at_line"]


def missing_key():
    return dict()["missing"]


def adds_failing_callee(n):
    acc = n
    acc = acc + missing_key()
    return acc


def test_exception_from_callee_keeps_frames():
    out = both(adds_failing_callee, 1)
    assert [name for name, _ in out[3]] == ["adds_failing_callee", "missing_key"]


def probe():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, dict(f.f_locals), f.f_back.f_code.co_name


def observed(p, q):
    r = p + q
    return probe()


def test_getframe_sees_compiled_frame():
    out = both(observed, 10, 3)
    name, line, locs, back = out[1]
    assert name == "observed"
    assert locs == {"p": 10, "q": 3, "r": 13}
    assert line == observed.__code__.co_firstlineno + 2
    rjit.enable(threshold=1, background=False)
    assert rjit.info(observed)["state"] == "compiled"
    jit_entries = rjit.stats()["jit_entries"]
    observed(1, 2)
    assert rjit.stats()["jit_entries"] > jit_entries


def unbound(flag):
    if flag:
        x = 1
    return x


def test_unbound_local_and_name_error():
    assert both(unbound, False)[1] == "UnboundLocalError"
    assert both(unbound, True) == ("ok", 1)

    def uses_missing_global():
        return no_such_global_name  # noqa: F821

    assert both(uses_missing_global)[1] == "NameError"


def test_unpack_errors():
    def unpack(seq):
        a, b = seq
        return a, b

    assert both(unpack, (1, 2)) == ("ok", (1, 2))
    assert both(unpack, [1, 2, 3])[2] == "too many values to unpack (expected 2)"
    assert both(unpack, [1])[2] == "not enough values to unpack (expected 2, got 1)"
    assert both(unpack, 5)[2] == "cannot unpack non-iterable int object"


def deep(n):
    return deep(n + 1)


def test_recursion_error():
    out = both(deep, 0)
    assert out[1] == "RecursionError"


def test_escaped_frame_object_after_return():
    def leak(a):
        b = a * 2
        return sys._getframe()

    rjit.disable()
    plain = leak(21)
    plain_state = (plain.f_lineno, dict(plain.f_locals))
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(leak)
    f = leak(21)
    assert (f.f_lineno, dict(f.f_locals)) == plain_state


def catches(xs):
    out = []
    for x in xs:
        try:
            out.append(10 // x)
        except ZeroDivisionError as e:
            out.append(str(e))
        else:
            out.append("else")
        finally:
            out.append("finally")
    return out


def reraises(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        raise ValueError("wrapped")


def test_handlers_run_compiled():
    # the try bodies and their handlers are compiled (the exception table's handlers are
    # blocks of the compiled function), and so is the exception leaving the frame
    out = both(catches, [1, 0, 5, 0])
    assert out[1][:4] == [10, "else", "finally", "integer division or modulo by zero"]
    out = both(reraises, 0)
    assert out[1] == "ValueError"
    rjit.enable(threshold=1, background=False)
    unwinds = rjit.stats()["exception_unwinds"]
    try:
        reraises(0)
    except ValueError as e:
        assert isinstance(e.__context__, ZeroDivisionError)
    # The handler ran compiled, and so did the re-raise that leaves the frame.
    assert rjit.stats()["exception_unwinds"] > unwinds


def depth_reached(n=0):
    try:
        return depth_reached(n + 1)
    except RecursionError:
        return n


def test_recursion_errors_do_not_shift_the_limit():
    # each RecursionError must give back exactly what it took: the depth reached stays put
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(depth_reached)
    depths = [depth_reached() for _ in range(5)]
    assert len(set(depths)) == 1, depths
    rjit.disable()
    plain = depth_reached()
    assert abs(depths[0] - plain) <= 5, (depths[0], plain)
