"""`x[a:b]`, `x[a:b:c]` and `x[a:b] = v`: compiled code slices exact lists, tuples and strs
without a slice object (runtime/slices.rs) and must agree with CPython everywhere, at the
bounds' and the types' edges, in errors and tracebacks, and in identity (`t[:] is t`)."""

from __future__ import annotations

import array
import sys

import pytest

import rjit
from conftest import both

BIG = 2**70
EMPTY_T = tuple()
EMPTY_S = str()


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        raise RuntimeError("no index")


class ListSub(list):
    def __getitem__(self, k):
        return ("sub", k if not isinstance(k, slice) else (k.start, k.stop, k.step))


class Raiser:
    def __getitem__(self, k):
        if isinstance(k, slice) and k.step == 0:
            raise LookupError(f"refused {k.start!r}:{k.stop!r}")
        return k.start


class Recorder:
    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        self.last = (k, v)


def get2(x, a, b):
    return x[a:b]


def get3(x, a, b, c):
    return x[a:b:c]


def get_forms(x):
    return x[:], x[1:], x[:-1], x[::2], x[::-1], x[-3:], x[5:2], x[2:5:-1]


def set2(x, a, b, v):
    x[a:b] = v
    return x


def set3(x, a, b, c, v):
    x[a:b:c] = v
    return x


SEQUENCES = [
    list(range(10)),
    [],
    tuple(range(7)),
    (),
    "hello world",
    "",
    "héllo wörld ✓ 😀",
    "a",
    b"bytes here",
    bytearray(b"abcdef"),
    range(3, 30, 4),
    array.array("d", [1.0, 2.0, 3.0, 4.0]),
    ListSub([1, 2, 3]),
    Recorder(),
    Raiser(),
]

BOUNDS = [None, 0, 1, 3, -1, -4, 100, -100, BIG, -BIG, 2**63 - 1, -(2**63), True, False, Idx(2), 1.5, "x", BadIdx()]


@pytest.mark.parametrize("x", SEQUENCES, ids=lambda x: type(x).__name__ + str(len(x) if hasattr(x, "__len__") else ""))
def test_slices_of_every_kind_agree(x):
    both(get_forms, x) if not isinstance(x, (Recorder, Raiser)) else None
    for a in BOUNDS:
        for b in BOUNDS[::3]:
            both(get2, x, a, b)
    if isinstance(x, Raiser):
        # A Python `__getitem__` raising through compiled code: its traceback entries.
        both(get3, x, 1, 2, 0)


@pytest.mark.parametrize("step", [None, 1, 2, 3, -1, -2, -5, 0, BIG, -BIG, Idx(-1), 1.0, True])
def test_slices_with_steps_agree(step):
    for x in [list(range(11)), tuple("abcdefg"), "stepping", "ünïcödé", [], ()]:
        for a, b in [(None, None), (1, 8), (8, 1), (-2, None), (None, -20), (BIG, -BIG)]:
            both(get3, x, a, b, step)


def identities(t, s, lst):
    return (
        t[:] is t,
        t[0:len(t)] is t,
        t[0:0] is EMPTY_T,
        s[:] is s,
        s[0:] is s,
        s[3:3] is EMPTY_S,
        s[1:2] is s[1],
        lst[:] is lst,
        lst[:] == lst,
        t[::1] is t,
        t[::-1] is t,
    )


def test_identities_are_cpythons():
    t = tuple(range(5))
    s = "abcdef"
    r = both(identities, t, s, [1, 2])
    assert r[1][:3] == (True, True, True)


@pytest.mark.parametrize(
    "target, a, b, value",
    [
        (list(range(6)), 1, 3, ["x"]),
        (list(range(6)), None, None, []),
        (list(range(6)), -2, None, (9, 8, 7)),
        (list(range(6)), 4, 1, "ab"),
        (list(range(6)), BIG, -BIG, [0]),
        (list(range(6)), Idx(1), Idx(4), [None]),
        (list(range(6)), 1.5, 2, []),
        (list(range(6)), BadIdx(), 2, []),
        (list(range(6)), 0, 2, 5),
        (list(range(6)), 0, 2, lambda: iter(range(3))),
        (list(range(6)), 0, 2, lambda: (1 // x for x in [1, 2, 0])),
        (bytearray(b"abcdef"), 1, 3, b"XYZ"),
        ((1, 2, 3), 0, 1, [5]),
        ("abc", 0, 1, "z"),
        (ListSub([1, 2, 3]), 0, 1, [7]),
        (array.array("i", [1, 2, 3]), 0, 2, array.array("i", [9])),
        (Recorder(), 1, None, "v"),
    ],
)
def test_slice_assignments_agree(target, a, b, value):
    def fresh():
        return type(target)(target) if not isinstance(target, (Recorder, array.array)) else target

    def run():
        t = fresh()
        r = set2(t, a, b, value() if callable(value) else value)
        return r.last if isinstance(r, Recorder) else r

    both(run)


def test_a_list_assigned_to_a_slice_of_itself():
    def run():
        xs = list(range(8))
        xs[2:5] = xs
        ys = list(range(4))
        ys[:] = ys[::-1]
        return xs, ys

    both(run)


@pytest.mark.parametrize("step", [None, 1, 2, -1, -3, 0])
def test_extended_slice_assignments_agree(step):
    def run():
        out = []
        for v in ([0] * 5, [0] * 3, [], list("abcdefghij")):
            try:
                out.append(set3(list(range(10)), None, None, step, v))
            except ValueError as e:
                out.append(str(e))
        return out

    both(run)


def errors_in_loops(xs):
    total = []
    for k in range(len(xs) + 2):
        try:
            total.append(xs[k:k + 2])
            xs[k:k + 1] = [k]
        except TypeError as e:
            total.append(("TypeError", str(e)))
    return total


def test_slices_in_loops_and_handlers_agree():
    both(lambda: errors_in_loops(list(range(6))))
    both(lambda: errors_in_loops((1, 2, 3)))
    both(lambda: errors_in_loops("abc"))


def raises_from_slice(x):
    y = 1
    return x[y:"a"]


def test_a_failing_slice_points_at_its_line():
    r = both(raises_from_slice, [1, 2])
    assert r[0] == "raised" and r[1] == "TypeError"


def fannkuch_flip(perm, k):
    flips = 0
    while k:
        perm[:k + 1] = perm[k::-1]
        flips += 1
        k = perm[0]
    return flips, perm


def test_fannkuchs_flip_agrees():
    both(lambda: fannkuch_flip([3, 1, 4, 0, 2, 5], 3))


def slice_heavy(xs):
    out = 0
    for i in range(len(xs)):
        out += len(xs[i:]) + len(xs[:i]) + len(xs[::-1][i:])
    return out


def test_the_fused_slice_is_compiled():
    """The pair is lowered as one step: the compiled code calls `rjit_op_slice_get`, never the
    BUILD_SLICE helper."""
    text = rjit.dis(slice_heavy, kind="ir")
    assert "rjit_op_slice_get" in text
    assert "rjit_op_build_slice" not in text


def test_refcounts_are_balanced():
    xs = [[k] for k in range(20)]
    t = tuple(xs)
    s = "".join(["ref", "counts"])

    def run(n):
        for _ in range(n):
            xs[2:5]
            t[1:3]
            t[:]
            s[:]
            s[2:4]
            xs[::-1]
            xs[3:6] = xs[3:6]
            # Temporaries only the stack holds give up their items (`replace_items`).
            xs[3:6] = xs[5:2:-1]
            xs[:2] = [xs[1], xs[0]]
            xs[6:8] = list(t[6:8])

    rjit.enable(threshold=1, background=False)
    assert rjit.compile(run)
    run(10)
    before = (sys.getrefcount(xs), sys.getrefcount(t), sys.getrefcount(s), [sys.getrefcount(v) for v in xs])
    run(1000)
    after = (sys.getrefcount(xs), sys.getrefcount(t), sys.getrefcount(s), [sys.getrefcount(v) for v in xs])
    rjit.disable()
    assert before == after


class Noisy:
    log: list = []

    def __init__(self, name, seen=None):
        self.name, self.seen = name, seen

    def __del__(self):
        # What the list holds while each replaced item is released: all new items first.
        Noisy.log.append((self.name, list(map(str, self.seen)) if self.seen is not None else None))

    def __repr__(self):
        return self.name

    __str__ = __repr__


@pytest.mark.parametrize("n", [1, 3, 16, 17])
@pytest.mark.parametrize("kind", [list, tuple])
def test_same_length_slice_assignments_release_as_cpython_does(n, kind):
    def run():
        Noisy.log = []
        xs = ["keep"] * 2
        xs += [Noisy(f"old{k}", xs) for k in range(n)] + ["tail"]
        xs[2:2 + n] = kind(f"new{k}" for k in range(n))
        return Noisy.log, xs

    both(run)
