"""Inline fast paths (int and float arithmetic and comparisons, list and tuple subscripts):
values at and beyond each fast path's edges must give CPython's results and exceptions."""

from __future__ import annotations

import math

import pytest

from conftest import both

EDGE_INTS = [0, 1, -1, 7, -7, 2**30 - 1, -(2**30 - 1), 2**30, -(2**30), 2**31 - 1, -(2**31), 2**31, 2**60 - 1, -(2**60 - 1), 2**60, -(2**60), 2**62, -(2**63), 10**30, True, False]
EDGE_FLOATS = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan]


def int_arithmetic(values):
    out = []
    for a in values:
        for b in values:
            out.append((a + b, a - b, a * b))
            x = a
            x += b
            x -= 1
            x *= 3
            out.append(x)
    return out


def int_comparisons(values):
    return [(a < b, a <= b, a == b, a != b, a > b, a >= b) for a in values for b in values]


def float_arithmetic(values):
    out = []
    for a in values:
        for b in values:
            try:
                q = a / b
            except ZeroDivisionError as e:
                q = str(e)
            out.append(repr((a + b, a - b, a * b, q)))
    return out


def float_comparisons(values):
    return [(a < b, a <= b, a == b, a != b, a > b, a >= b) for a in values for b in values]


def mixed_and_subclasses():
    class MyInt(int):
        def __add__(self, other):
            return "MyInt.__add__"

    class MyFloat(float):
        def __lt__(self, other):
            return "MyFloat.__lt__"

    out = []
    for i in range(3):
        out.append((i + 0.5, 0.5 * i, i / 2, i < 1.5, MyInt(i) + 1, MyFloat(i) < 1.0, True + True, 1 - False))
    return out


def str_equality():
    class S(str):
        def __eq__(self, other):
            return "S.__eq__"

        def __ne__(self, other):
            return "S.__ne__"

        __hash__ = str.__hash__

    values = ["", "a", "abc", "abd", "é", "日本", "a" * 100, S("a"), 1, None, b"a"]
    out = []
    for a in values:
        for b in values:
            out.append((a == b, a != b, a < b if type(a) is type(b) is str else None))
    return out


def float_division_by_zero():
    total = 0.0
    for d in [2.0, 1.0, 0.0]:
        total += 1.0 / d
    return total


def list_and_tuple_subscripts():
    lst = [10, 20, 30]
    tup = (1, 2, 3)
    out = []
    for i in [0, 1, 2, -1, -3, True, 2**40]:
        for seq in (lst, tup):
            try:
                out.append(seq[i])
            except IndexError as e:
                out.append(str(e))
    return out


def list_index_out_of_range():
    lst = [1, 2, 3]
    total = 0
    for i in range(5):
        total += lst[i]  # IndexError at i == 3
    return total


def list_store_subscripts():
    lst = [0] * 5
    for i in range(5):
        lst[i] = i * i
    lst[-1] = "last"
    lst[True] = "true"
    try:
        lst[5] = 0
    except IndexError as e:
        lst.append(str(e))
    return lst


def list_subclass_and_mutation():
    class L(list):
        def __getitem__(self, i):
            return ("L", i)

        def __setitem__(self, i, v):
            list.__setitem__(self, i, v * 10)

    sub = L([1, 2, 3])
    lst = [1, 2, 3]
    out = []
    for i in range(3):
        out.append(sub[i])
        sub[i] = i
        lst[i] = lst[i] + 1
        if i == 1:
            lst.clear()
            lst.extend([7, 8, 9, 10])
    return out, list(sub), lst


def list_item_replaced_releases_old():
    import sys

    marker = object()
    lst = [marker] * 3
    before = sys.getrefcount(marker)
    for i in range(3):
        lst[i] = None
    return before - sys.getrefcount(marker)


class TupleSub(tuple):
    pass


class ListSub(list):
    def __iter__(self):
        return iter(reversed(list.__iter__(self)))


def unpacking_edges():
    # UNPACK_SEQUENCE inlines exact tuples and lists of the right size; everything else,
    # including the wrong sizes and their messages, goes through the generic helper.
    seqs = [(1, 2), [3, 4], (5, 6, 7), [8, 9, 10], TupleSub((11, 12)), ListSub([13, 14]),
            "ab", {"k": 1, "l": 2}, iter((15, 16)), (x for x in (17, 18)), (1,), [1, 2, 3, 4],
            (), 7]
    out = []
    for s in seqs:
        try:
            a, b = s
            out.append((a, b))
        except (ValueError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
        try:
            a, b, c = s
            out.append((a, b, c))
        except (ValueError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    lst = [object(), object()]
    import sys
    before = sys.getrefcount(lst[0])
    for _ in range(5):
        a, b = lst
    del a, b
    out.append(sys.getrefcount(lst[0]) - before)
    return out


@pytest.mark.parametrize(
    "f, args",
    [
        (unpacking_edges, ()),
        (int_arithmetic, (EDGE_INTS,)),
        (int_comparisons, (EDGE_INTS,)),
        (float_arithmetic, (EDGE_FLOATS,)),
        (float_comparisons, (EDGE_FLOATS,)),
        (mixed_and_subclasses, ()),
        (str_equality, ()),
        (float_division_by_zero, ()),
        (list_and_tuple_subscripts, ()),
        (list_index_out_of_range, ()),
        (list_store_subscripts, ()),
        (list_subclass_and_mutation, ()),
        (list_item_replaced_releases_old, ()),
    ],
)
def test_fast_paths_agree_with_cpython(f, args):
    both(f, *args)
