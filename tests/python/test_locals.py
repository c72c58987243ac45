"""Fast locals: which are certainly bound (no unbound check where the bytecode proves it), the
value a store replaces (its destructor sees the right line), and `a, b, c, d = seq` lowered as
one unpack-and-store. Each case runs with rjit off and forced on, and the outcomes must be equal."""

from __future__ import annotations

import sys

import pytest

import rjit
from conftest import both


def conditionally_bound(flag):
    if flag:
        x = 1
    return x  # noqa: F821 - unbound on one path, on purpose


def deleted_then_read():
    x = 1
    del x
    try:
        return x  # noqa: F821
    except UnboundLocalError as e:
        return str(e)


def except_as_is_deleted():
    try:
        raise KeyError(1)
    except KeyError as e:
        pass
    return e  # noqa: F821 - the compiler deletes `e` after the handler


def bound_after_first_iteration(n):
    out = []
    for i in range(n):
        if i:
            out.append(y)  # noqa: F821 - bound from the second iteration on
        y = i * 2
    return out


def unbound_in_the_handler(raise_at):
    try:
        if raise_at == 0:
            raise ValueError
        x = 1
        if raise_at == 1:
            raise ValueError
        y = 2
        return x + y
    except ValueError:
        try:
            return ("x", x)
        except UnboundLocalError as e:
            return str(e)


def argument_deleted(a, *args, b=1, **kw):
    del a, args, kw
    out = [b]
    for name in ("a", "args", "kw"):
        try:
            out.append(eval(name))
        except NameError as e:
            out.append(type(e).__name__)
    try:
        return a  # noqa: F821
    except UnboundLocalError as e:
        out.append(str(e))
    return out


def deleted_in_a_loop(n):
    out = []
    for i in range(n):
        z = i
        if i % 2:
            del z
        try:
            out.append(z)
        except UnboundLocalError:
            out.append(None)
    return out


class Noisy:
    """Its destructor records where the frame that dropped it was."""

    seen: list = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        caller = sys._getframe(1)
        Noisy.seen.append((self.name, caller.f_code.co_name, caller.f_lineno))


def destructors_see_the_store_line():
    Noisy.seen = []
    x = Noisy("a")
    x = Noisy("b")  # "a" dies here
    x = 3  # "b" dies here
    Noisy("c")  # a POP_TOP drops it
    return Noisy.seen, x


def unpack_into_locals(seq):
    a, b, c, d = seq
    e, f, g, h, i, j = a, b, c, d, a, b
    return a, b, c, d, e, f, g, h, i, j


def unpack_repeats_a_local(seq):
    a, a, b, a = seq
    return a, b


def unpack_wrong_sizes():
    out = []
    for seq in [(1, 2, 3), [1, 2, 3, 4, 5], "abc", "abcde", iter([1, 2]), 5, None]:
        try:
            a, b, c, d = seq
            out.append((a, b, c, d))
        except (ValueError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    return out


def unpack_generic_iterables():
    def gen():
        yield from "wxyz"

    a, b, c, d = gen()
    e, f, g, h = "abcd"
    i, j, k, m = {1: 2, 3: 4, 5: 6, 7: 8}
    return a, b, c, d, e, f, g, h, i, j, k, m


def unpack_with_destructors(make):
    Noisy.seen = []
    a, b, c, d = Noisy("a0"), Noisy("b0"), Noisy("c0"), Noisy("d0")
    a, b, c, d = make()  # the old values die one store at a time
    names = (a, b, c, d)
    return Noisy.seen, names


class Mutator:
    """Dropping it clears the list being unpacked: the items were taken before any store."""

    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.clear()
        self.target.append("changed")


def unpack_list_mutated_by_a_destructor():
    items = [1, 2, 3, 4]
    a, b, c, d = Mutator(items), 0, 0, 0
    a, b, c, d = items  # the old `a` dies at the first store and clears `items`
    return a, b, c, d, items


def unpack_keeps_counts():
    objs = [object() for _ in range(5)]
    before = [sys.getrefcount(o) for o in objs]
    t = tuple(objs)
    lst = list(objs)
    for _ in range(3):
        a, b, c, d, e = t
        a, b, c, d, e = lst
    del a, b, c, d, e, t, lst
    return [sys.getrefcount(o) - n for o, n in zip(objs, before)]


@pytest.mark.parametrize(
    "f, args",
    [
        (conditionally_bound, (True,)),
        (conditionally_bound, (False,)),
        (deleted_then_read, ()),
        (except_as_is_deleted, ()),
        (bound_after_first_iteration, (4,)),
        (unbound_in_the_handler, (0,)),
        (unbound_in_the_handler, (1,)),
        (unbound_in_the_handler, (2,)),
        (argument_deleted, (1, 2, 3)),
        (deleted_in_a_loop, (5,)),
        (destructors_see_the_store_line, ()),
        (unpack_into_locals, ((1, 2, 3, 4),)),
        (unpack_into_locals, ([1, 2, 3, 4],)),
        (unpack_into_locals, ("wxyz",)),
        (unpack_repeats_a_local, ((1, 2, 3, 4),)),
        (unpack_repeats_a_local, ([1, 2, 3, 4],)),
        (unpack_wrong_sizes, ()),
        (unpack_generic_iterables, ()),
        (unpack_with_destructors, (lambda: (1, 2, 3, 4),)),
        (unpack_with_destructors, (lambda: [1, 2, 3, 4],)),
        (unpack_list_mutated_by_a_destructor, ()),
        (unpack_keeps_counts, ()),
    ],
)
def test_locals_agree_with_cpython(f, args):
    both(f, *args)


def test_generator_local_deleted_by_a_tracer_while_interpreted():
    """A tracer can delete a local of a frame it traces (`PyFrame_LocalsToFast(frame, 1)`
    after each trace call). A generator traced up to a yield, then resumed by compiled code
    without the tracer, must find the local unbound, not crash on the NULL."""

    def gen():
        x = [1]
        yield 1
        yield x

    def tracer(frame, event, arg):
        if frame.f_code is gen.__code__ and event == "line" and frame.f_lineno == gen.__code__.co_firstlineno + 2:
            del frame.f_locals["x"]
        return tracer

    def run(compiled):
        g = gen()
        sys.settrace(tracer)
        try:
            first = next(g)
        finally:
            sys.settrace(None)
        if compiled:
            rjit.enable(threshold=1, background=False)
            assert rjit.compile(gen), rjit.info(gen)
        try:
            return first, next(g)
        except UnboundLocalError as e:
            return first, str(e)
        finally:
            rjit.disable()

    plain = run(False)
    assert plain == (1, "cannot access local variable 'x' where it is not associated with a value")
    assert run(True) == plain
    assert rjit.info(gen)["state"] == "compiled"
