"""`min(a, b)` and `max(a, b)`: compiled code calls `rjit_min_max` for the builtins with two
positional arguments (runtime/calls.rs), which compares once as CPython's `min_max` does. It
must agree with CPython for every kind of argument: the result is the chosen argument itself
(the first of equal or unordered ones), comparison methods run and raise as in CPython,
`min`/`max` rebound or called another way take the general call, and the recursion limit trips
where it trips in CPython."""

from __future__ import annotations

import builtins
import math
import sys
import types

import pytest

import rjit
from conftest import both, outcome

BIG = 2**70


class Ord:
    """Ordered by `k`; records every comparison it is asked."""

    log: list = []

    def __init__(self, k, name):
        self.k, self.name = k, name

    def __lt__(self, o):
        Ord.log.append(("lt", self.name, o.name))
        return self.k < o.k

    def __gt__(self, o):
        Ord.log.append(("gt", self.name, o.name))
        return self.k > o.k

    def __repr__(self):
        return f"Ord({self.k}, {self.name!r})"


class Truthy:
    """`<` and `>` return objects whose truth is asked (and may raise)."""

    def __init__(self, answer):
        self.answer = answer

    def __lt__(self, o):
        return self.answer

    __gt__ = __lt__


class NoBool:
    def __bool__(self):
        raise ValueError("no truth")


class Raising:
    def __lt__(self, o):
        raise KeyError("lt refused")

    def __gt__(self, o):
        raise KeyError("gt refused")


class Deep:
    """Comparison that calls `min` again: recursion to the limit."""

    def __lt__(self, o):
        return min(self, o)


def pick(a, b):
    return min(a, b), max(a, b)


def identities(a, b):
    lo, hi = min(a, b), max(a, b)
    return lo is a, lo is b, hi is a, hi is b


def loop_min_max(xs):
    lo = hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return lo, hi


def other_forms(xs, a, b):
    # One argument (an iterable), three arguments, keywords: not the two-argument route.
    return min(xs), max(a, b, 0), min(a, b, key=abs), max(xs, default=None), min([], default=7)


PAIRS = [
    (1, 2),
    (2, 1),
    (3, 3),
    (BIG, BIG + 1),
    (-BIG, 5),
    (1.5, 2.5),
    (0.0, -0.0),
    (-0.0, 0.0),
    (math.nan, 1.0),
    (1.0, math.nan),
    (math.nan, math.nan),
    (math.inf, -math.inf),
    (True, 1),
    (1, True),
    (False, 0.0),
    (2**53 + 1, float(2**53)),
    (1, 1.0),
    ("b", "a"),
    ("a", "a" * 2),
    ((1, 2), (1, 3)),
    ([2], [1, 5]),
    (frozenset({1}), frozenset({1, 2})),
    (None, 1),
    ("a", 1),
    (1j, 2j),
    (Truthy(0), Truthy(1)),
    (Truthy(NoBool()), Truthy(1)),
    (Raising(), 1),
    (1, Raising()),
]


@pytest.mark.parametrize("a,b", PAIRS, ids=[f"{type(a).__name__}-{type(b).__name__}-{i}" for i, (a, b) in enumerate(PAIRS)])
def test_two_arguments_agree_with_the_interpreter(a, b):
    both(pick, a, b)


def test_the_result_is_the_chosen_argument_itself():
    x, y = int("1" * 30), int("1" * 30)
    f, g = float("1.5"), float("1.5")
    assert x is not y and f is not g
    for a, b in [(x, y), (y, x), (f, g), (math.nan, 2.0), (2.0, math.nan), ("ab", "".join("ab"))]:
        both(identities, a, b)
    r = both(identities, x, y)
    # Equal arguments: the first is both the minimum and the maximum.
    assert r == ("ok", (True, False, True, False))


def test_comparison_methods_run_in_cpythons_order():
    a, b = Ord(1, "a"), Ord(1, "b")
    logs = []
    for on in (False, True):
        Ord.log = []
        rjit.disable()
        if on:
            rjit.enable(threshold=1, background=False)
            assert rjit.compile(pick)
        r = pick(a, b)
        logs.append((r[0].name, r[1].name, list(Ord.log)))
    rjit.disable()
    # `min` asks `b < a`, `max` asks `b > a`; equal items keep the first.
    assert logs[0] == logs[1] == ("a", "a", [("lt", "b", "a"), ("gt", "b", "a")])


def test_loops_over_mixed_values():
    for xs in ([3, 1.5, -2, BIG, -0.0, 0.0], [math.nan, 1.0, 2.0], [1.0, math.nan, -1.0], ["q", "b", "z"], [(2, 1), (1, 9)], [1, "x"]):
        both(loop_min_max, xs)


def test_other_call_forms_take_the_general_call():
    both(other_forms, [3, -4, 2], -3, 2)
    both(other_forms, [], 1, 2)


def fresh(f):
    return types.FunctionType(f.__code__.replace(), f.__globals__, f.__name__, f.__defaults__)


def test_rebound_min_and_max_are_called(monkeypatch):
    # Warmed in the interpreter first, so the site's feedback (3.11 leaves `min` calls
    # unspecialised) is what the compiled code was made from.
    g = fresh(pick)
    for _ in range(20):
        g(1, 2)
    rjit.enable(threshold=1, background=False)
    assert "rjit_min_max" in rjit._rjit._dump_ir(g), "the two-argument route is not inline"
    assert rjit.compile(g)
    assert g(2, 1) == (1, 2)
    monkeypatch.setattr(builtins, "min", lambda a, b: ("min", a, b))
    assert g(2, 1) == (("min", 2, 1), 2)
    monkeypatch.setattr(builtins, "min", builtins.max)
    assert g(2, 1) == (2, 2)
    monkeypatch.undo()
    assert g(2, 1) == (1, 2)
    g.__globals__["max"] = lambda a, b: "module max"
    try:
        assert g(2, 1) == (1, "module max")
    finally:
        del g.__globals__["max"]
    rjit.disable()


def test_references_are_balanced():
    a, b = object(), object()
    x, y = [1], [2]
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(pick)
    before = sys.getrefcount(x), sys.getrefcount(y)
    for _ in range(1000):
        pick(x, y)
    assert (sys.getrefcount(x), sys.getrefcount(y)) == before
    for _ in range(100):
        outcome(pick, a, b)
    assert sys.getrefcount(a) == sys.getrefcount(b)
    rjit.disable()


def test_recursion_limit_trips_where_the_interpreter_trips():
    def run():
        try:
            min(Deep(), Deep())
        except RecursionError as e:
            return str(e)
        return "no error"

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        rjit.disable()
        plain = run()
        rjit.enable(threshold=1, background=False)
        assert rjit.compile(Deep.__lt__)
        jitted = run()
        rjit.disable()
    finally:
        sys.setrecursionlimit(old)
    assert plain.startswith("maximum recursion depth exceeded")
    assert jitted == plain
