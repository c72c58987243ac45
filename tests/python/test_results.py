"""Compiled functions return exactly what the interpreter returns."""

import math

import pytest

import rjit
from conftest import both


def arith(n):
    t = 0
    for i in range(n):
        t += i * i % 7 - (i // 3) + (i << 2) - (i >> 1) ^ (i & 5) | 1
    return t


def floats(n):
    x = 0.0
    for i in range(1, n):
        x += 1.0 / i - math.sqrt(i) * 0.5 + i ** 0.5 ** 2
    return x


def bigints(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def compare_chain(a, b, c):
    return (a < b, a <= b, a == c, a != c, b > c, b >= c, a is c, a is not c, a in (b, c), a not in [b])


def branches(n):
    out = []
    i = 0
    while i < n:
        i += 1
        if i % 15 == 0:
            out.append("fizzbuzz")
        elif i % 5 == 0:
            out.append("buzz")
        elif i % 3 == 0:
            continue
        else:
            out.append(i)
        if i > 40:
            break
    else:
        out.append("no break")
    return out


def short_circuit(a, b):
    return (a and b, a or b, not a, a and not b or b, None if a else b)


def none_checks(x):
    if x is None:
        return "none"
    if x is not None and x:
        return "truthy"
    return "falsy"


def neg(v):
    return -v


def calls(xs):
    m = max(xs, key=neg)
    s = sorted(xs, reverse=True)
    d = dict(a=1, b=len(xs))
    return m, s, d, "-".join(map(str, s)), divmod(17, 5), round(2.5), abs(-3), print(end="")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


def methods(n):
    acc = []
    for i in range(n):
        p = Point(i, i + 1)
        acc.append(p.norm())
        acc.append(p.x)
    return acc, "abc".upper().lower(), [1, 2].copy(), dict(k=1).get("k")


def subscripts(n):
    xs = list(range(n))
    ys = (1, 2, 3)
    xs[0] = ys[-1]
    d = dict()
    for i in range(n):
        d[i % 3] = xs[i] + ys[i % 3]
    return xs, d, -xs[1], +xs[2], ~xs[3], not xs


def swap_and_unary(a, b):
    a, b = b, a
    return a, b, -a, ~b


def strings(n):
    s = ""
    for i in range(n):
        s += str(i)
        s = s * 1
    return s, s % () if "%" not in s else s, f"{n}"[0:1] if False else s[:3]


def nested_loops(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if j == 3:
                break
            total += i * j
    return total


def iterate_generic(obj):
    out = []
    for x in obj:
        out.append(x)
    return out


@pytest.mark.parametrize(
    "f,args",
    [
        (arith, (200,)),
        (floats, (200,)),
        (bigints, (300,)),
        (compare_chain, (1, 2, 1)),
        (compare_chain, ("a", "b", "a")),
        (branches, (50,)),
        (branches, (10,)),
        (short_circuit, (0, 3)),
        (short_circuit, ([1], "")),
        (none_checks, (None,)),
        (none_checks, (0,)),
        (none_checks, ([1],)),
        (calls, ([3, 1, 2],)),
        (methods, (5,)),
        (subscripts, (8,)),
        (swap_and_unary, (3, 4)),
        (nested_loops, (20,)),
        (iterate_generic, ({"a": 1, "b": 2},)),
        (iterate_generic, ("xyz",)),
        (iterate_generic, (range(3),)),
        (iterate_generic, (b"ab",)),
    ],
)
def test_equal_results(f, args):
    both(f, *args)


def test_threshold_counts_calls():
    def g(x):
        return x + 1

    rjit.enable(threshold=5, background=False)
    for i in range(4):
        assert g(i) == i + 1
    assert rjit.info(g) == {"state": "cold", "calls": 4}
    g(0)
    assert rjit.info(g)["state"] == "compiled"


def test_function_called_once_with_a_hot_loop_compiles_at_its_next_call():
    def looping(n):
        t = 0
        for i in range(n):
            t += i
        return t

    rjit.enable(threshold=1000, background=False)
    assert looping(100) == 4950
    assert rjit.info(looping)["state"] == "cold"
    assert looping(100) == 4950
    assert rjit.info(looping)["state"] == "compiled"
    calls = rjit.info(looping)["calls"]
    assert looping(10) == 45
    assert rjit.info(looping)["calls"] == calls + 1


def test_code_quickened_before_rjit_was_enabled_waits_for_the_threshold():
    """Quickening seen at rjit's first count means calls before rjit, not loops: a function
    warmed up by the interpreter must not compile at its 2nd call under a high threshold."""

    def small(x):
        return x * 2

    rjit.disable()
    for i in range(50):  # quickened by CPython while rjit is off
        small(i)
    rjit.enable(threshold=1000, background=False)
    for i in range(7):
        assert small(i) == 2 * i
    assert rjit.info(small) == {"state": "cold", "calls": 7}


def test_long_while_loop_tiers_up_after_one_long_call():
    """3.11 never quickens for `while` loops; a cold function whose interpreted call ran long
    compiles at its next call (the hook times cold calls of code with loops)."""

    def dispatch(n):
        i = 0
        t = 0
        while i < n:
            t += i & 7
            i += 1
        return t

    def short(n):
        i = 0
        while i < n:
            i += 1
        return i

    rjit.enable(threshold=1000, background=False)
    for _ in range(9):  # past the quickening window, so only the timing rule can act
        assert short(3) == 3
    assert rjit.info(short)["state"] == "cold"
    for _ in range(9):
        dispatch(5)
    assert rjit.info(dispatch)["state"] == "cold"
    assert dispatch(300_000) == sum(i & 7 for i in range(300_000))  # long: well over 0.3 ms
    dispatch(1)
    assert rjit.info(dispatch)["state"] == "compiled"
    assert rjit.info(short)["state"] == "cold"  # short calls never trigger it
    # a threshold of 10**6 or more means: nothing compiles by itself
    rjit.disable()

    def dispatch2(n):
        i = 0
        while i < n:
            i += 1
        return i

    rjit.enable(threshold=10**6, background=False)
    for _ in range(9):
        dispatch2(5)
    dispatch2(300_000)
    dispatch2(1)
    assert rjit.info(dispatch2)["state"] == "cold"
