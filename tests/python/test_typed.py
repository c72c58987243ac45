"""The typed tier (`RJIT_TYPED=1`, src/tier1_llvm/lower/typed.rs): functions warmed so that
CPython's quickening guards their ints and floats, compiled, then called at and beyond every
guard's edges. Each case checks that the typed tier took the function (its IR has typed deopt
exits), then that every outcome (value, or exception, message and traceback lines) is what the
interpreter gives."""

from __future__ import annotations

import copy
import dis
import inspect
import json
import math
import sys
import types
from array import array

import pytest

import rjit
from conftest import outcome

EDGE_INTS = [0, 1, -1, 7, -7, 2**30, 2**31 - 1, 2**60 - 1, -(2**60), 2**61, 2**62, 2**62 - 1, -(2**62), 2**63 - 1, -(2**63), 2**63, 10**30, True, False]
EDGE_FLOATS = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan]


class MyInt(int):
    def __add__(self, o):
        return ("MyInt.add", int(self), o)

    __radd__ = __add__


class MyFloat(float):
    def __mul__(self, o):
        return ("MyFloat.mul", float(self), o)


@pytest.fixture(autouse=True)
def _typed(monkeypatch):
    monkeypatch.setenv("RJIT_TYPED", "1")


def fresh(f):
    """A copy of `f` with its own code object, so that its quickening is this test's."""
    return types.FunctionType(f.__code__.replace(), f.__globals__, f.__name__, f.__defaults__)


def typed_copy(f, *warm, calls=20):
    """A copy of `f` warmed with `warm` in the interpreter (CPython quickens it: the profile),
    then compiled by the typed tier; rjit is left enabled."""
    g = fresh(f)
    rjit.disable()
    for _ in range(calls):
        g(*warm)
    rjit.enable(threshold=1, background=False)
    assert "typed_deopt" in rjit._rjit._dump_ir(g), "the typed tier did not take the function"
    assert rjit.compile(g), rjit.info(g)
    return g


def typed_run_matches(f, run):
    """`run(g)` for a copy `g` of `f` warmed by ten such runs in the interpreter and compiled by
    the typed tier, compared with `run(f)` interpreted; returns the interpreter's outcome."""
    g = fresh(f)
    rjit.disable()
    for _ in range(10):
        run(g)
    plain = outcome(run, f)
    rjit.enable(threshold=1, background=False)
    assert "typed_deopt" in rjit._rjit._dump_ir(g), "the typed tier did not take the function"
    assert rjit.compile(g), rjit.info(g)
    jitted = outcome(run, g)
    rjit.disable()
    assert jitted == plain
    return plain


def typed_matches(f, warm, cases):
    """Warm a copy of `f` with `warm` (CPython quickens it), compile it with the typed tier,
    and compare it on `cases` with `f` run by the interpreter."""
    g = fresh(f)
    rjit.disable()
    for w in warm * 10:
        g(*w)
    # Each run gets its own copies: some cases are lists the function changes.
    plain = [outcome(f, *copy.deepcopy(c)) for c in cases]
    rjit.enable(threshold=1, background=False)
    assert "typed_deopt" in rjit._rjit._dump_ir(g), "the typed tier did not take the function"
    assert rjit.compile(g), rjit.info(g)
    jitted = [outcome(g, *copy.deepcopy(c)) for c in cases]
    again = [outcome(g, *copy.deepcopy(c)) for c in cases]
    rjit.disable()
    assert rjit.info(g)["state"] == "compiled"
    assert repr(jitted) == repr(plain)
    assert repr(again) == repr(plain)


def int_loop(n, a, b):
    t = 0
    k = 0
    while k < n:
        t = t + a * k - b
        t = t % 1000003 if t > 10**6 else t
        k += 1
    return t, k


def test_int_loop_crossing_word_size():
    cases = [(n, a, b) for n in (0, 1, 5) for a in EDGE_INTS for b in (0, 1, 2**62, -(2**63))]
    typed_matches(int_loop, [(20, 3, 1)], cases)


# The typed tier takes straight-line code with generic instructions (BUILD_TUPLE here) only in
# a function with a loop: these run their arithmetic in one.


def int_ops(a, b):
    for _ in range(1):
        r0 = a + b
        r1 = a - b
        r2 = a * b
        r3 = a // b
        r4 = a % b
        r5 = a & b
        r6 = a | b
        r7 = a ^ b
        s0 = a << (b & 7)
        s1 = a >> (b & 63)
        s2 = -a
        s3 = +a
        s4 = a < b
        s5 = a == b
        s6 = a / b
    return r0, r1, r2, r3, r4, r5, r6, r7, s0, s1, s2, s3, s4, s5, s6


def test_int_operators_at_the_edges():
    cases = [(a, b) for a in EDGE_INTS for b in EDGE_INTS + [-3, 3, 64, -64]]
    cases += [(MyInt(3), 4), (4, MyInt(3)), (2.5, 3), (3, 2.5), ("x", 2)]
    typed_matches(int_ops, [(7, 3), (-9, 4)], cases)


def shifts(a, b):
    for _ in range(1):
        a = a + 0  # quickened for ints: both guarded, the shifts typed
        b = b - 0
        left = a << b
        right = a >> b
    return left, right


def test_shifts():
    cases = [(a, b) for a in (0, 1, -1, 3, 2**61, -(2**62)) for b in (0, 1, 2, 62, 63, 64, 100, -1)]
    typed_matches(shifts, [(3, 2), (5, 1)], cases)


def float_ops(x, y):
    for _ in range(1):
        r0 = x + y
        r1 = x - y
        r2 = x * y
        r3 = x / y
        r4 = x < y
        r5 = x <= y
        s0 = x == y
        s1 = x != y
        s2 = x > y
        s3 = x >= y
        s4 = -x
        s5 = +x
    return r0, r1, r2, r3, r4, r5, s0, s1, s2, s3, s4, s5


def test_float_operators_at_the_edges():
    cases = [(x, y) for x in EDGE_FLOATS for y in EDGE_FLOATS]
    cases += [(1.5, 2), (2, 1.5), (True, 0.5), (1.5, 0), (MyFloat(2.0), 3.0), (2**70, 1.5), (1.5, "s")]
    typed_matches(float_ops, [(1.5, 2.5), (-3.0, 0.25)], cases)


def float_loop(n, x, scale):
    acc = 0.0
    v = x
    for i in range(n):
        acc = acc * 0.5 + v * scale
        v = v - 0.25
        if acc > 1e300:
            acc = -acc
    return acc, v


def test_float_loop_types_change_after_compile():
    cases = [(10, 1.5, 2.0), (0, 1.5, 2.0), (5, 2, 2.0), (5, 1.5, 3), (5, math.nan, -0.0), (5, 1e308, 1e308), (3, MyFloat(1.0), 2.0), (2, 1.5, "s"), (2, 1.5, None)]
    typed_matches(float_loop, [(50, 1.5, 2.0)], cases)


def identity(x, y):
    for _ in range(1):
        a = x + 0.0
        b = a
        c = a * 1.0
        p = +x
    return a is b, b, c, x is p


def test_identity_of_unboxed_values():
    typed_matches(identity, [(1.5, 2.5)], [(1.5, 2.5), (-0.0, 1.0), (math.nan, 0.0), (2, 3)])


SCALE = 2.0


def uses_global(n, x):
    t = 0.0
    s = SCALE
    for i in range(n):
        t = t + x * s
    return t


def test_global_rebound_between_calls():
    global SCALE
    g = typed_copy(uses_global, 30, 1.5, calls=10)
    try:
        results = []
        for s in (2.0, 3, "x", 0.5):
            SCALE = s
            results.append(outcome(g, 4, 1.5))
        rjit.disable()
        expected = []
        for s in (2.0, 3, "x", 0.5):
            SCALE = s
            expected.append(outcome(uses_global, 4, 1.5))
        assert repr(results) == repr(expected)
    finally:
        SCALE = 2.0


def divide(a, b):
    for _ in range(1):
        a = a + 0  # quickened for ints: both guarded, the divisions typed
        b = b - 0
        q = a / b
        r = a // b
        m = a % b
    return q, r, m


def test_division_by_zero_raises_as_the_interpreter_does():
    cases = [(7, 0), (7, 2), (-7, 2), (7, -2), (-(2**63), -1), (2**53 + 1, 3), (7.5, 0), (7.5, 2.0)]
    typed_matches(divide, [(9, 4), (10, 3)], cases)


def last_square(n):
    for i in range(n):
        sq = i * i
    return sq, i


def test_locals_unbound_before_the_loop():
    # `i` and `sq` are unbound until the first iteration: held unboxed with a bound flag.
    typed_matches(last_square, [(5,)], [(0,), (1,), (7,), (2**20,)])


def read_before_write(n, flip):
    for i in range(n):
        if i == flip:
            t = t + 1  # noqa: F821 - unbound on the first iteration unless flip > 0
        t = i * 2
    return t


def test_unbound_local_error_from_typed_code():
    typed_matches(read_before_write, [(5, 3)], [(5, 3), (5, 0), (0, 0), (3, 9)])


def spin(n):
    acc = 0.0
    for i in range(n):
        acc = acc + 1.0
    return acc


def test_signal_handlers_see_the_frame_of_a_typed_loop():
    import signal
    import sys

    g = typed_copy(spin, 50)
    seen = []

    def handler(signum, frame):
        f = sys._getframe(1)
        if f.f_code is g.__code__:
            loc = f.f_locals
            seen.append((loc["i"], loc["acc"]))
        if len(seen) >= 3:
            signal.setitimer(signal.ITIMER_REAL, 0)
            raise ValueError("stop")

    old = signal.signal(signal.SIGALRM, handler)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.002, 0.002)
        with pytest.raises(ValueError, match="stop"):
            g(10**10)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    rjit.disable()
    assert len(seen) == 3
    # Checked at the back edge: `acc` counts the iterations `i` has finished.
    for i, acc in seen:
        assert acc == float(i + 1), (i, acc)
        assert type(i) is int and type(acc) is float


def dot(xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * ys[i]
    return s


def test_list_and_tuple_subscripts_in_a_loop():
    f = [0.5, 1.5, -2.0]
    cases = [(f, f), (tuple(f), f), (f, f + [9.0]), (f + [1.0], f), ([], []), ([0.5, 2], f), ([0.5, "x"], f), (f, [1.0, math.nan, -0.0])]
    typed_matches(dot, [([0.25] * 30, [2.0] * 30)], cases)


def backwards(xs, extra):
    t = 0.0
    for i in range(1, len(xs) + 1 + extra):
        t = t * 0.5 + xs[-i]
    return t


def test_negative_indexes_and_index_errors():
    cases = [([0.5, 1.5, 2.5], 0), ([0.5, 1.5, 2.5], 1), ([], 0), ([], 1), ([1.0], 0)]
    typed_matches(backwards, [([0.5] * 30, 0)], cases)


class Recorder:
    """An item whose release records what its caller's frame shows (`i` of the loop)."""

    seen: list = []

    def __del__(self):
        import sys

        Recorder.seen.append(sys._getframe(1).f_locals.get("i"))


def overwrite(xs, vals):
    for i in range(len(vals)):
        xs[i] = vals[i] * 2.0
    return xs


def test_a_replaced_item_released_in_typed_code_sees_the_frame():
    rjit.disable()
    plain_xs = [Recorder() for _ in range(4)]
    Recorder.seen = []
    plain = overwrite(plain_xs, [1.0, 2.0, 3.0])
    plain_seen = Recorder.seen
    g = typed_copy(overwrite, [0.0] * 10, [1.0] * 10)
    xs = [Recorder() for _ in range(4)]
    Recorder.seen = []
    jitted = g(xs, [1.0, 2.0, 3.0])
    rjit.disable()
    assert jitted[:3] == plain[:3] and type(jitted[3]) is Recorder
    assert Recorder.seen == plain_seen == [0, 1, 2]


def bump_all(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] + k
    return xs


def test_stores_of_ints_crossing_the_word_size():
    cases = [([1, 2, 3], 1), ([2**62, -(2**63)], 2**62), ([1, 2.5], 1), ([True, 3], 1), ([], 5), ([2**63], 1)]
    typed_matches(bump_all, [([1, 2, 3] * 5, 2)], cases)


def scalar(a, b):
    return (a + b) * (a - b) // 3


def straight_line(a, b):
    return [a + b, a * b]


def test_which_functions_without_loops_the_typed_tier_takes():
    for f, warm in ((scalar, (7, 3)), (straight_line, (7, 3))):
        g = fresh(f)
        for _ in range(20):
            g(*warm)
        verdict = rjit._rjit._typed_verdict(g)
        # Typed instructions alone, or with generic ones only where a loop pays for the boxing.
        assert verdict == (None if f is scalar else "generic instructions and no loop (the first: BUILD_LIST)"), verdict
    typed_matches(scalar, [(7, 3)], [(7, 3), (2**62, 2**62), (1.5, 2), (-7, 3), ("a", "b")])


def pairs_energy(pairs, dt):
    e = 0.0
    for ((x1, y1), m1), ((x2, y2), m2) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        e += m1 * m2 * dt * ((dx * dx + dy * dy) ** (-1.5))
    return e


PAIRS = [(((1.0, 2.0), 3.0), ((0.5, -1.0), 2.0)), (((4.0, 0.25), 1.0), ((-2.0, 1.5), 0.5))]


class Rows:
    """Iterable through a generator."""

    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        yield from self.rows


class Sub(list):
    def __iter__(self):
        return reversed(self)


def test_unpacking_and_iteration_of_lists_and_tuples():
    lists = [[[list(p[0]), p[1]], [list(q[0]), q[1]]] for p, q in PAIRS]
    cases = [
        (PAIRS, 0.01),
        (tuple(PAIRS), 0.5),
        (lists, 0.01),
        ([], 1.0),
        # Wrong lengths raise the interpreter's ValueError; strings unpack too.
        ([(((1.0, 2.0, 3.0), 3.0), ((0.5, -1.0), 2.0))], 0.01),
        ([(((1.0,), 3.0), ((0.5, -1.0), 2.0))], 0.01),
        ([(((1.0, 2.0), 3.0),)], 0.01),
        ([("ab", "cd")], 0.01),
        # The same point twice: 0.0 ** -1.5 raises ZeroDivisionError.
        ([(((1.0, 2.0), 3.0), ((1.0, 2.0), 2.0))], 0.01),
        # Ints where floats were; a generator, an iterator, a list subclass where a list was.
        ([(((1, 2), 3), ((0, -1), 2))], 1),
        (Rows(PAIRS), 0.01),
        (iter(PAIRS), 0.01),
        (Sub(PAIRS), 0.01),
    ]
    typed_matches(pairs_energy, [(PAIRS * 5, 0.01)], cases)


def unpack_products(rows):
    t = 0.0
    for r in rows:
        a, b = r
        t += a * b
    return t


@pytest.mark.parametrize("warm_kind", [tuple, list])
def test_unpacking_takes_lists_and_tuples_whichever_was_quickened(warm_kind):
    # UNPACK_SEQUENCE quickened for tuples takes lists too, and the other way round, without
    # a deopt (pyperformance's unpack_sequence feeds one site both: guarded for the one seen,
    # every call with the other deopted and ran interpreted). Other lengths and other
    # iterables still deopt to the interpreter, which raises or unpacks them.
    rows_t = [(1.5, 2.0), (0.5, -4.0), (3.0, 0.25)] * 20
    rows_l = [list(r) for r in rows_t]
    g = fresh(unpack_products)
    rjit.disable()
    for _ in range(30):
        g(rows_t if warm_kind is tuple else rows_l)
    form = "UNPACK_SEQUENCE_TWO_TUPLE" if warm_kind is tuple else "UNPACK_SEQUENCE_LIST"
    assert form in {i.opname for i in dis.get_instructions(g, adaptive=True)}
    def cases():
        return [(rows_t,), (rows_l,), (rows_t + rows_l,), ([(1.0, 2.0, 3.0)],), (["ab"],),
                ([iter((1.0, 2.0))],), ([(1, 2)],), ([],)]

    plain = [outcome(unpack_products, *c) for c in cases()]
    rjit.enable(threshold=1, background=False)
    assert "typed_deopt" in rjit._rjit._dump_ir(g), "the typed tier did not take the function"
    assert rjit.compile(g), rjit.info(g)
    jitted = [outcome(g, *c) for c in cases()[:3]]
    assert rjit.info(g)["deopts"] == 0
    jitted += [outcome(g, *c) for c in cases()[3:]]
    rjit.disable()
    assert rjit.info(g)["state"] == "compiled"
    assert repr(jitted) == repr(plain)


def powers(xs, e):
    t = 0.0
    f = e * 1.0
    for x in xs:
        t += (x * 1.0) ** f
    return t


def int_powers(x, n):
    t = 0.0
    y = x * 1.0
    for k in range(-n, n):
        t += y**k
    return t


BASES = [2.0, 0.5, 1.0, 1e-300, 1e300, 0.0, -0.0, -2.0, math.inf, -math.inf, math.nan, 3, True]


def test_float_power_at_the_edges():
    exps = [2.0, -1.5, 0.5, 0.0, -0.0, 1e10, -1e10, math.inf, -math.inf, math.nan, 3, -2, 0.3333]
    cases = [([b], e) for b in BASES for e in exps] + [([2.0] * 3, 1025.0), ([10.0], 400.0)]
    typed_matches(powers, [([1.5] * 20, 2.5)], cases)


def test_float_to_int_powers():
    cases = [(b, n) for b in BASES for n in (0, 1, 3, 400)]
    typed_matches(int_powers, [(1.5, 10)], cases)


class Dying:
    """Records what its caller's caller frame shows for `t` when it is released."""

    seen: list = []

    def __del__(self):
        import sys

        Dying.seen.append(sys._getframe(1).f_locals.get("t"))


def sum_firsts(rows):
    t = 0.0
    # The list is held by its iterator alone.
    for a, b in list(rows()):
        t += a * 2.0
    return t


def test_iteration_ends_release_the_sequence_with_the_frame_synced():
    # The list of rows dies when its iterator ends (nothing else holds it): the items' __del__
    # sees the frame as the interpreter shows it.
    rjit.disable()
    Dying.seen = []
    plain = sum_firsts(lambda: ((1.5, Dying()), (2.5, Dying())))
    plain_seen = Dying.seen
    assert plain_seen == [8.0, None]
    g = typed_copy(sum_firsts, lambda: [(1.5, 0)] * 10)
    Dying.seen = []
    jitted = g(lambda: ((1.5, Dying()), (2.5, Dying())))
    rjit.disable()
    assert jitted == plain
    assert Dying.seen == plain_seen


def scale(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return xs


def test_floats_stored_in_place_only_when_nothing_else_holds_them():
    g = typed_copy(scale, [1.0 * 2] * 8, 1.5)
    shared = 0.1 * 3
    k = 1.0
    held = [shared * 2, shared * 2]
    alias = held[0]
    twice = [shared, shared, 2.0 * 3.5]
    # The last item is held by the list alone: written in place.
    out = g(held + twice + [4.5 * k], 2.0)
    again = g(held + twice + [4.5 * k], 2.0)
    rjit.disable()
    assert out == again == [shared * 4, shared * 4, shared * 2, shared * 2, 14.0, 9.0]
    # Objects something else holds are never written.
    assert alias == shared * 2 and held == [shared * 2, shared * 2] and shared == 0.1 * 3
    assert twice == [shared, shared, 7.0]


def fsum(xs):
    t = 0.0
    for x in xs:
        t = t + x * 0.5
    return t


def test_code_whose_guards_keep_failing_goes_back_to_the_generic_tier():
    g = fresh(fsum)
    rjit.disable()
    for _ in range(20):
        g([1.5] * 10)
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(g)
    assert "typed" not in rjit.info(g)
    # Ints where the profile saw floats: every call deopts at the first guard.
    for k in range(70):
        assert g([k, 2, 3]) == fsum([k, 2, 3])
    info = rjit.info(g)
    assert info.get("typed") == "demoted: its guards kept failing", info
    assert rjit.stats()["typed_demotions"] >= 1
    # The generic code replaced the typed code: no more deopts, the same results.
    deopts = info["deopts"]
    for k in range(20):
        assert g([k, 2, 3]) == fsum([k, 2, 3])
        assert g([1.5, k]) == fsum([1.5, k])
    rjit.disable()
    assert rjit.info(g)["deopts"] == deopts
    assert rjit.info(g)["state"] == "compiled"


DEMOTING_PROGRAM = """
import json
import rjit

def fsum(xs):
    t = 0.0
    for x in xs:
        t = t + x * 0.5
    return t

rjit.disable()
for _ in range(20):
    fsum([1.5] * 10)
rjit.enable(threshold=1, background=False)
assert rjit.compile(fsum), rjit.info(fsum)
out = [fsum([k, 2, 3]) for k in range(CALLS)]
print(json.dumps({"info": rjit.info(fsum), "demotions": rjit.stats()["typed_demotions"], "out": out}))
"""


@pytest.mark.parametrize("codegen", ["process", "thread"])
def test_the_generic_code_of_demoted_typed_code_is_what_a_later_process_loads(tmp_path, codegen):
    # The first process demotes the typed code (ints where its profile saw floats) and stores
    # the generic replacement under the typed key. The code generator process computes the key
    # it stores under from the snapshot (`CodeSnapshot::demoted`); before, it refused the store
    # and every later process loaded the typed code and deopted until it demoted it again
    # (bench/run.py's chaos: 378,687 deopts in the warm workers).
    from conftest import run_python

    env = {"RJIT_TYPED": "1", "RJIT_CACHE_DIR": str(tmp_path), "RJIT_IMPROVE": "0", "RJIT_CODEGEN": codegen}
    first = run_python(DEMOTING_PROGRAM.replace("CALLS", "70"), env)
    assert first.returncode == 0, first.stderr
    a = json.loads(first.stdout.strip().splitlines()[-1])
    assert a["demotions"] == 1 and a["info"].get("typed") == "demoted: its guards kept failing", a
    second = run_python(DEMOTING_PROGRAM.replace("CALLS", "10"), env)
    assert second.returncode == 0, second.stderr
    b = json.loads(second.stdout.strip().splitlines()[-1])
    assert b["info"]["origin"] == "cache" and b["info"]["key"] == a["info"]["key"], (a["info"], b["info"])
    assert b["info"]["deopts"] == 0 and b["demotions"] == 0, b
    assert b["out"] == a["out"][:10] == [fsum([k, 2, 3]) for k in range(10)]


@pytest.mark.parametrize("codegen", ["process", "thread"])
def test_demoted_typed_code_in_a_pack_is_replaced_by_its_generic_code(tmp_path, codegen):
    # As above, with the typed code packed before it was demoted: the generic replacement is
    # a loose entry under the same key, newer than the pack (`.rjit-superseded` lists it), and
    # is what a later process loads; before, every process loaded the packed typed code,
    # deopted and demoted it again until the cache was packed again.
    import subprocess
    import sys
    from conftest import run_python

    env = {"RJIT_TYPED": "1", "RJIT_CACHE_DIR": str(tmp_path), "RJIT_IMPROVE": "0", "RJIT_CODEGEN": codegen,
           "RJIT_PACK": "0"}
    cli = lambda *a: subprocess.run([sys.executable, "-m", "rjit", "cache", *a, "--cache-dir", str(tmp_path)],
                                    capture_output=True, text=True, timeout=120)
    typed = run_python(DEMOTING_PROGRAM.replace("CALLS", "0"), env)
    assert typed.returncode == 0, typed.stderr
    assert cli("wait").returncode == 0 and cli("pack").returncode == 0
    assert list(tmp_path.glob("*.rjitpack"))
    first = run_python(DEMOTING_PROGRAM.replace("CALLS", "70"), env)
    assert first.returncode == 0, first.stderr
    a = json.loads(first.stdout.strip().splitlines()[-1])
    assert a["demotions"] == 1 and a["info"]["origin"] == "cache", a
    assert cli("wait").returncode == 0
    second = run_python(DEMOTING_PROGRAM.replace("CALLS", "10"), env)
    assert second.returncode == 0, second.stderr
    b = json.loads(second.stdout.strip().splitlines()[-1])
    assert b["info"]["origin"] == "cache" and b["info"]["deopts"] == 0 and b["demotions"] == 0, b
    assert b["out"] == a["out"][:10] == [fsum([k, 2, 3]) for k in range(10)]


CACHED_PROGRAM = """
import json, sys
import rjit

def kernel(xs, pairs):
    t = 0.0
    for i in range(len(xs)):
        t = t + xs[i] * 0.5
    for (a, b), c in pairs:
        t += (a - b) ** 2.0 * c
    return t

rjit.disable()
for _ in range(20):
    kernel([1.5] * 10, [((1.0, 2.0), 3.0)] * 5)
rjit.enable(threshold=1, background=False)
assert rjit.compile(kernel), rjit.info(kernel)
cases = [([1.5, 2.5], [((1.0, 2.0), 3.0)]), ([1, 2**70], []), ([0.5], [((0.0, 0.0), 1.0)]), ([], [((1, "x"), 2)])]
out = []
for c in cases:
    try:
        out.append(repr(kernel(*c)))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
print(json.dumps({"info": rjit.info(kernel), "out": out, "ir": "typed_deopt" in rjit._rjit._dump_ir(kernel)}))
"""


def test_typed_code_is_cached_and_runs_in_a_later_process(tmp_path):
    from conftest import run_python

    env = {"RJIT_TYPED": "1", "RJIT_CACHE_DIR": str(tmp_path), "RJIT_SYNC": "1", "RJIT_IMPROVE": "0"}
    first = run_python(CACHED_PROGRAM, env)
    assert first.returncode == 0, first.stderr
    a = json.loads(first.stdout.strip().splitlines()[-1])
    assert a["ir"] and a["info"]["origin"] == "jit"
    # A later process loads the typed code the first one stored, without compiling it.
    second = run_python(CACHED_PROGRAM, env)
    assert second.returncode == 0, second.stderr
    b = json.loads(second.stdout.strip().splitlines()[-1])
    assert b["info"]["origin"] == "cache", b["info"]
    assert b["info"]["key"] == a["info"]["key"]
    plain = run_python(CACHED_PROGRAM.replace("rjit.enable(threshold=1, background=False)\n", "").replace(
        "assert rjit.compile(kernel), rjit.info(kernel)\n", ""), {"RJIT_DISABLE": "1"})
    assert plain.returncode == 0, plain.stderr
    c = json.loads(plain.stdout.strip().splitlines()[-1])
    assert a["out"] == b["out"] == c["out"]


def rows_loop(make):
    t = 0.0
    for row in make():
        a, b = row
        for k in range(3):
            t = t + 1.5
    return t


def test_locals_released_together_see_the_frame_synced():
    # `a` and `b` are overwritten in one sync (one slow path for both releases); the last
    # reference to the old `a` dies there and its `__del__` reads the loop's `t` from the frame.
    # (`b` stays the same int: a `__del__` reading `f_locals` while several locals change at
    # once sees them all stored, where the interpreter shows the later ones still old;
    # docs/typed-tier.md.)
    rjit.disable()
    Dying.seen = []
    plain = rows_loop(lambda: ((Dying(), 7) for _ in range(3)))
    plain_seen = Dying.seen
    assert plain_seen[0] == 4.5
    g = typed_copy(rows_loop, lambda: iter([(1, 2)] * 5))
    Dying.seen = []
    jitted = g(lambda: ((Dying(), 7) for _ in range(3)))
    rjit.disable()
    assert jitted == plain
    assert Dying.seen == plain_seen


def consts_then_loop(n, extra):
    w = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]
    w += extra
    s = {1, 2, 3, 4, 5, 6}
    t = 0.0
    for i in range(n):
        t = t + w[i % 6] * 2.0
    return t, w, sorted(s)


def test_in_place_container_instructions_in_typed_code():
    # BUILD_LIST then LIST_EXTEND of a constant tuple (a list literal), SET_UPDATE: the
    # container stays on the stack under the generic emitter.
    cases = [(10, []), (0, [1]), (7, [2.5, 3]), (3, "ab")]
    typed_matches(consts_then_loop, [(20, [])], cases)


def typed_by_call(f, *first):
    """A copy of `f` warmed in the interpreter with `first`, then made hot by calling it with
    `first` (the hook reads the parameters' kinds from that frame: `array.array`s, which
    quickening does not record) and compiled there by the typed tier; rjit is left enabled."""
    g = fresh(f)
    rjit.disable()
    for _ in range(20):
        g(*copy.deepcopy(first))
    rjit.enable(threshold=1, background=False)
    assert "typed_deopt" in rjit._rjit._dump_ir(g, first), "the typed tier did not take the function"
    g(*copy.deepcopy(first))
    assert rjit.info(g)["state"] == "compiled", rjit.info(g)
    # The compiled code takes the arrays it was made for without deopting.
    g(*copy.deepcopy(first))
    assert rjit.info(g)["deopts"] == 0, rjit.info(g)
    return g


def array_matches(f, first, cases):
    """`typed_by_call`, then `f` compared with the interpreter on `cases` (each run on its own
    copies: the cases are arrays the function writes)."""
    plain = [outcome(f, *copy.deepcopy(c)) for c in cases]
    g = typed_by_call(f, *first)
    jitted = [outcome(g, *copy.deepcopy(c)) for c in cases]
    again = [outcome(g, *copy.deepcopy(c)) for c in cases]
    rjit.disable()
    assert repr(jitted) == repr(plain)
    assert repr(again) == repr(plain)
    return g


def array_kernel(n, data, out, idx):
    s = 0.0
    for i in range(n):
        s += data[i] * 2.0 + data[-1 - i]
        out[i] = data[i] - 1
        idx[i] = idx[i] + i
    return s, out, idx


def test_array_items_read_and_written_at_the_edges():
    from array import array

    d = lambda *xs: array("d", xs)  # noqa: E731
    first = (4, d(1.5, 2.5, -0.0, 4.0), d(0, 0, 0, 0), array("i", [1, 2, 3, 4]))
    cases = [
        first,
        (3, d(math.nan, math.inf, -math.inf), d(0, 0, 0), array("i", [0, -(2**31), 2**31 - 3])),
        (0, d(), d(), array("i")),
        # Index errors (reading beyond the end, negative reads beyond the start).
        (5, d(1, 2, 3, 4), d(0, 0, 0, 0, 0), array("i", [0] * 5)),
        (3, d(1, 2, 3), d(0, 0), array("i", [0] * 3)),
        (2, d(1, 2), d(0, 0), array("i", [0])),
        # A C int overflowing: the array raises OverflowError.
        (3, d(1, 2, 3), d(0, 0, 0), array("i", [0, 2**31 - 1, 0])),
        # Other kinds: a list, other typecodes, a subclass (guards fail, the interpreter runs).
        (2, [1.5, 2.5], d(0, 0), array("i", [1, 2])),
        (2, array("f", [1.5, 2.5]), d(0, 0), array("i", [1, 2])),
        (2, d(1.5, 2.5), array("i", [0, 0]), array("i", [1, 2])),
        (2, d(1.5, 2.5), d(0, 0), array("q", [2**63 - 1, 2**63 - 2])),
        (2, d(1.5, 2.5), d(0, 0), array("l", [1, 2])),
        (2, D("d", [1.5, 2.5]), d(0, 0), array("i", [1, 2])),
        (2, d(1.5, 2.5), d(0, 0), [1, 2]),
    ]
    array_matches(array_kernel, first, cases)


class D(__import__("array").array):
    def __getitem__(self, i):
        return ("D.getitem", i)


def int64_kernel(q, k):
    for i in range(len(q)):
        q[i] = q[i] - k
        q[-1 - i] += i
    return q


def test_int64_arrays_crossing_the_word_size():
    from array import array

    first = (array("q", [1, 2, 3]), 1)
    cases = [
        first,
        (array("l", [5, 6]), 7),
        (array("q", [-(2**63) + 1, 0]), 1),
        (array("q", [-(2**63), 0]), 1),
        (array("q", [2**63 - 1, 0]), -1),
        (array("q", [0, 1]), 2**63),
        (array("q", [0, 1]), 2.5),
        (array("Q", [0, 1]), 1),
    ]
    array_matches(int64_kernel, first, cases)


def ints_into_doubles(out, xs):
    for i in range(len(xs)):
        out[i] = xs[i] * 3
    return out


def test_ints_stored_into_a_double_array_round_as_the_array_does():
    from array import array

    first = (array("d", [0.0] * 3), [1, 2, 3])
    big = [2**53 + 1, -(2**53) - 3, 2**62 // 3, 3**39]
    cases = [first, (array("d", [0.0] * 4), big), (array("d", [0.0]), [10**20]), (array("d", [0.0]), ["x"])]
    array_matches(ints_into_doubles, first, cases)


def grow_and_sum(a, rounds):
    t = 0.0
    for r in range(rounds):
        a.append(r * 0.5)
        for i in range(len(a)):
            t += a[i]
    return t, a


def test_arrays_resized_between_reads():
    from array import array

    first = (array("d", [1.0]), 3)
    cases = [first, (array("d"), 40), (array("d", [0.25] * 1000), 5)]
    array_matches(grow_and_sum, first, cases)


ARRAY_PROGRAM = """
import json
from array import array
import rjit

def kernel(xs, n):
    t = 0.0
    for i in range(n):
        t = t + xs[i] * 0.5
    return t

rjit.disable()
for _ in range(20):
    kernel(array("d", [1.5] * 10), 10)
rjit.enable(threshold=1, background=False)
first = sys_first = FIRST
out = [kernel(first, 2), rjit.info(kernel)["deopts"]]
for c in [array("d", [1.5, 2.5]), array("d", [0.5, 2**60])]:
    out.append(kernel(c, 2))
out.append(rjit.info(kernel)["deopts"])
print(json.dumps({"info": rjit.info(kernel), "out": out}))
"""


def test_typed_array_code_from_the_cache_learns_the_array_type(tmp_path):
    # The first process compiles the kernel for an array of doubles and stores it. The second
    # makes it hot with a list (so the hook learns nothing of arrays), loads that code from the
    # cache (the list deopts), then meets its first array in compiled code, which learns the
    # process's array type there (`rjit_array_check`) and stays compiled: no more deopts.
    from conftest import run_python

    env = {"RJIT_TYPED": "1", "RJIT_CACHE_DIR": str(tmp_path), "RJIT_SYNC": "1", "RJIT_IMPROVE": "0"}
    first = run_python(ARRAY_PROGRAM.replace("FIRST", 'array("d", [1.0, 3.0])'), env)
    assert first.returncode == 0, first.stderr
    a = json.loads(first.stdout.strip().splitlines()[-1])
    assert a["info"]["origin"] == "jit"
    assert a["out"][1] == 0 and a["out"][-1] == 0, a
    second = run_python(ARRAY_PROGRAM.replace("FIRST", "[1.0, 3.0]"), env)
    assert second.returncode == 0, second.stderr
    b = json.loads(second.stdout.strip().splitlines()[-1])
    assert b["info"]["origin"] == "cache", b["info"]
    assert b["out"][1] == 1 and b["out"][-1] == 1, b
    assert a["out"][0] == b["out"][0] == 2.0
    assert a["out"][2:4] == b["out"][2:4] == [2.0, 0.75 + 2**59]


from math import exp, sqrt  # noqa: E402  (the global names the typed tier computes natively)

OFFSET = 0.5


def builtins_loop(xs, ys):
    t = 0.0
    for i in range(len(xs)):
        d = xs[i] - ys[i]
        t += abs(d) + sqrt(d * d) * OFFSET + len(ys) + exp(-abs(d))
    return t


def test_abs_len_and_math_functions_in_typed_loops():
    # abs of a float, len of lists, tuples, strs and dicts, sqrt and exp of floats and ints:
    # computed natively after checking the callable; domain errors, overflow, other types
    # and other kinds of container go back to the interpreter at the CALL.
    nan, inf = math.nan, math.inf
    cases = [
        ([1.5, -2.0, 3.25], [0.5, 0.5, -0.0]),
        ([nan, inf, -inf], [0.0, 1.0, 2.0]),
        ([-0.0, 5e-324], [0.0, -5e-324]),
        ([1.0, 2.0], (0.5, 0.25)),
        ([1.0, 800.0], [0.0, 0.0]),
        ([1, 2], [0.5, 0.25]),
        ([2**70, 1.0], [1.0, 1.0]),
        ([1.0, "x"], [1.0, 2.0]),
        ([1.5], {0: 0.5}),
        ([MyFloat(2.0), 1.0], [0.5, 0.5]),
        ([1.0, 2.0], [0.5]),
    ]
    typed_matches(builtins_loop, [([1.5, -2.0, 3.25], [0.5, 0.5, -0.0])], cases)


def rebinding_loop(xs, n):
    global OFFSET
    t = 0.0
    for k in range(n):
        for x in xs:
            t += abs(x) * OFFSET + sqrt(x * x)
        OFFSET = OFFSET + 1
    return t


def test_globals_and_builtins_rebound_around_typed_loops(monkeypatch):
    # The loop reads OFFSET from LOAD_GLOBAL's cache, which the outer loop's store invalidates;
    # `abs` and `sqrt` rebound (in builtins and in the module) make their calls deopt to the
    # interpreter, which calls what the names are now; OFFSET deleted raises NameError from
    # LOAD_GLOBAL's slow path.
    import builtins

    import sys

    module = sys.modules[rebinding_loop.__module__]
    real_abs, real_sqrt = builtins.abs, module.sqrt

    def scenario(f):
        out = []
        monkeypatch.setattr(module, "OFFSET", 0.5, raising=False)
        out.append(outcome(f, [1.5, -2.0, 0.25], 3))
        monkeypatch.setattr(builtins, "abs", lambda v: ("abs", v))
        out.append(outcome(f, [1.5], 1))
        monkeypatch.setattr(builtins, "abs", real_abs)
        monkeypatch.setattr(module, "sqrt", lambda v: -1.0)
        out.append(outcome(f, [1.5], 2))
        monkeypatch.setattr(module, "sqrt", real_sqrt)
        out.append(outcome(f, [1.5], 2))
        monkeypatch.delattr(module, "OFFSET")
        out.append(outcome(f, [1.5], 2))
        return out

    g = typed_copy(rebinding_loop, [1.5, -2.0], 2)
    rjit.disable()
    plain = scenario(rebinding_loop)
    rjit.enable(threshold=1, background=False)
    jitted = scenario(g)
    rjit.disable()
    assert plain[0][0] == "ok" and plain[-1][1] == "NameError"
    assert repr(jitted) == repr(plain)
    assert rjit.info(g)["state"] == "compiled"


def first_call_kernel(n, x, k):
    t = 0.0
    for i in range(n):
        t = t + x * 2 - k
    return t


def test_numbers_guarded_from_the_call_that_made_the_code_hot():
    # Compiled at its first call, before CPython quickened it: no arithmetic hint, so the typed
    # tier guards the parameters as the hook found them in that frame (a float, an int), and
    # `x * 2` of a float and an int (which 3.11 never specialises) runs natively. Other types
    # later deopt and the interpreter computes them.
    g = fresh(first_call_kernel)
    rjit.disable()
    cases = [(5, 1.5, 3), (4, -0.0, 0), (3, 2**62, 1), (3, 1.5, 2**70), (2, "a", 1), (3, MyFloat(1.5), 1),
             (3, 1.5, True), (2, math.inf, 1)]
    plain = [outcome(first_call_kernel, *c) for c in cases]
    rjit.enable(threshold=1, background=False)
    assert "typed_deopt" in rjit._rjit._dump_ir(g, (5, 1.5, 3)), "the typed tier did not take it"
    assert "typed_deopt" not in rjit._rjit._dump_ir(g), "without the frame's kinds there is no guard"
    first = outcome(g, 5, 1.5, 3)
    assert rjit.info(g)["state"] == "compiled" and rjit.info(g)["deopts"] == 0, rjit.info(g)
    jitted = [first] + [outcome(g, *c) for c in cases[1:]]
    rjit.disable()
    assert repr(jitted) == repr(plain)
    assert rjit.info(g)["deopts"] > 0


def module_math_loop(xs):
    t = 0.0
    for x in xs:
        t += math.sqrt(x) + math.exp(x * -0.5) * math.cos(x)
    return t


def test_math_functions_read_from_the_module_in_typed_loops(monkeypatch):
    # `math.sqrt(x)` (LOAD_GLOBAL math; LOAD_ATTR sqrt): the attribute read through the module
    # inline cache without a sync, the call computed natively; a domain error, another
    # function in the module, or something else than the module in the global deopt to the
    # CALL or take the generic LOAD_ATTR.
    import sys
    import types as t

    module = sys.modules[module_math_loop.__module__]
    g = typed_copy(module_math_loop, [1.5, 2.0, 0.25])
    rjit.disable()
    real_math, real_sqrt = math, math.sqrt

    def scenario(f):
        out = [outcome(f, [1.5, 2.0, 0.25]), outcome(f, [4, 0, 2**40]), outcome(f, [1.0, -1.0]),
               outcome(f, [1e308, real_math.inf])]
        monkeypatch.setattr(real_math, "sqrt", lambda v: -v)
        out.append(outcome(f, [1.5, 2.0]))
        monkeypatch.setattr(real_math, "sqrt", real_sqrt)
        monkeypatch.setattr(module, "math", t.SimpleNamespace(sqrt=abs, exp=abs, cos=abs))
        out.append(outcome(f, [1.5, -2.0]))
        monkeypatch.setattr(module, "math", real_math)
        out.append(outcome(f, [9.0]))
        return out

    plain = scenario(module_math_loop)
    rjit.enable(threshold=1, background=False)
    jitted = scenario(g)
    rjit.disable()
    assert plain[2][1] == "ValueError"
    assert repr(jitted) == repr(plain)
    assert rjit.info(g)["state"] == "compiled"


from math import atan, cos, exp, fabs, sin, sqrt, tan  # noqa: E402  (globals of the loops below)

MATH_FUNCS = {"sqrt": sqrt, "sin": sin, "cos": cos, "tan": tan, "atan": atan, "exp": exp, "fabs": fabs}


def math_by_name_loop(xs):
    t = 0.0
    for x in xs:
        t += sqrt(x) + sin(x) + cos(x) + tan(x) + atan(x) + exp(x) + fabs(x)
    return t


def one_math_loop(xs):
    out = []
    for x in xs:
        y = x * 1.0
        out.append((sqrt(y * y), sin(y), cos(y), tan(y), atan(y), exp(y * 0.001), fabs(y)))
    return out


@pytest.mark.parametrize("name", sorted(MATH_FUNCS))
def test_each_math_function_in_place_at_its_edges(name, monkeypatch):
    # Each `math` function imported by name is computed in the typed loop itself (an
    # instruction for `sqrt` and `fabs`, libm for the others, as `math_1` calls them), after
    # checking that the global is still that function: its domain errors (a NaN from a number,
    # an infinity from a finite number), NaNs, infinities, signed zeros and ints give
    # CPython's values and exceptions; the global rebound to another `math` function or to
    # something else deopts to the CALL.
    import sys

    module = sys.modules[math_by_name_loop.__module__]
    g = typed_copy(math_by_name_loop, [0.5, 1.5, 0.25])
    h = typed_copy(one_math_loop, [0.5, 1.5, 0.25])
    rjit.disable()
    real = MATH_FUNCS[name]
    values = [*EDGE_FLOATS, -1.0, 710.0, -710.0, 1e-310, 3, -4, 0, 2**53 + 1, True]
    other = MATH_FUNCS["sqrt" if name != "sqrt" else "cos"]

    def scenario(f, k):
        out = [outcome(f, [v]) for v in values]
        out.append(outcome(k, values))
        out.append(outcome(k, [v for v in values if not (isinstance(v, float) and math.isinf(v))]))
        monkeypatch.setattr(module, name, other)
        out.append(outcome(f, [0.5, 2.0]))
        monkeypatch.setattr(module, name, lambda v: 7)
        out.append(outcome(f, [0.5, 2.0]))
        monkeypatch.setattr(module, name, real)
        out.append(outcome(f, [0.75]))
        return out

    plain = scenario(math_by_name_loop, one_math_loop)
    rjit.enable(threshold=1, background=False)
    jitted = scenario(g, h)
    rjit.disable()
    assert repr(jitted) == repr(plain)
    assert rjit.info(g)["state"] == "compiled" and rjit.info(h)["state"] == "compiled"


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotVec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Noisy:
    """`x` and `y` through descriptors that record each read: Python code run by LOAD_ATTR."""

    reads: list = []

    def __init__(self, x, y):
        self._x, self._y = x, y

    @property
    def x(self):
        Noisy.reads.append(("x", self._x))
        return self._x

    @property
    def y(self):
        Noisy.reads.append(("y", self._y))
        return self._y


def dot_all(vs, w):
    t = 0.0
    for v in vs:
        t += v.x * w + v.y * v.y
    return t


def test_instance_attributes_read_in_typed_loops():
    # `v.x` read through the instance-values (or slot) inline cache without a sync; a class
    # changed since (a property added: the type's version changes), another class, a missing
    # attribute or a property take the generic LOAD_ATTR with the frame synced.
    def cases():
        a = [Vec(1.5, 2.0), Vec(-0.5, 0.25)]
        b = [Vec(1.0, 2)]
        c = [SlotVec(1.5, 2.0)]
        d = [Vec(1.5, 2.0), Noisy(2.5, 1.0), Vec(0.5, 0.5)]
        e = [Vec(1.5, 2.0), Vec(1.0, 1.0)]
        del e[1].y
        f = [Vec(1.5, 2.0)]
        f[0].__dict__["x"] = 4.0
        return [(a, 0.5), (b, 0.5), (c, 2.0), (d, 1.0), (e, 1.0), (f, 1.0), ([], 1.0)]

    Noisy.reads = []
    plain = [outcome(dot_all, *c) for c in cases()]
    plain_reads = Noisy.reads
    g = typed_copy(dot_all, [Vec(1.5, 2.0), Vec(-0.5, 0.25)], 0.5)
    Noisy.reads = []
    jitted = [outcome(g, *c) for c in cases()]
    assert repr(jitted) == repr(plain)
    assert Noisy.reads == plain_reads
    # The class changes under the compiled code: reads go through the property now.
    first, second = cases()[:2], cases()[:2]
    Vec.y = property(lambda self: 10.0)
    try:
        rjit.disable()
        plain = [outcome(dot_all, *c) for c in first]
        rjit.enable(threshold=1, background=False)
        jitted = [outcome(g, *c) for c in second]
    finally:
        del Vec.y
    rjit.disable()
    assert repr(jitted) == repr(plain)
    assert rjit.info(g)["state"] == "compiled"


class Dying2:
    """Records the loop's `t` and the line its caller's frame shows when it dies (a release in
    typed code records the instruction in the frame first: `test_instance_attributes_...`)."""

    seen: list = []

    def __del__(self):
        import sys

        f = sys._getframe(1)
        Dying2.seen.append((f.f_locals.get("t"), f.f_lineno - f.f_code.co_firstlineno))


def scale_all(vs, k):
    t = 0.0
    for v in vs:
        v.x = v.x * k
        t += v.x
        v.y = t
    return t, [(v.x, v.y) for v in vs]


def test_instance_attributes_written_in_typed_loops():
    # STORE_ATTR replacing an instance's attribute in place (the float boxed once), a slot, a
    # first assignment (the generic instruction records the insertion order), an old value
    # whose __del__ reads the loop's `t` from the frame, a class with __setattr__.
    class Watched(Vec):
        def __setattr__(self, n, v):
            object.__setattr__(self, n, ("set", v) if n == "y" else v)

    def cases():
        fresh_one = Vec(1.0, 0.0)
        del fresh_one.y
        dying = Vec(2.0, Dying2())
        return [([Vec(1.5, 2.0), Vec(-0.5, 0.25)], 2.0), ([SlotVec(1.5, 2.0)], 3.0), ([fresh_one], 2.0),
                ([Vec(1.0, 1.0), dying], 0.5), ([Watched(1.0, 2.0)], 2.0), ([Vec(1, 2)], 2)]

    Dying2.seen = []
    plain = [outcome(scale_all, *c) for c in cases()]
    plain_seen = Dying2.seen
    assert plain_seen == [(1.5, 5)]
    g = typed_copy(scale_all, [Vec(1.5, 2.0), Vec(-0.5, 0.25)], 2.0)
    Dying2.seen = []
    jitted = [outcome(g, *c) for c in cases()]
    rjit.disable()
    assert repr(jitted) == repr(plain)
    assert Dying2.seen == plain_seen




def lens_loop(xs, tu, n):
    t = 0.0
    for i in range(n):
        t += xs[i % 3] * tu[0] + len(xs) + len(tu)
    return t


def test_len_of_lists_and_tuples_natively():
    # `len` read from the object where guards from quickening (a list and a tuple subscript)
    # say what it is; another kind (a subclass with its own __len__, a dict) deopts.
    cases = [([1.5, 2.5, 3.5], (2.0,), 7), ([1.5, 2.5, 3.5, 4.5], (2.0, 1.0), 3), ([1.5, 2.5, 3.5], (2.0,), 0),
             (Many([1.5, 2.5, 3.5]), (2.0,), 2), ([1.5, 2.5, 3.5], {0: 2.0}, 2)]
    typed_matches(lens_loop, [([1.5, 2.5, 3.5], (2.0,), 7)], cases)
    g = fresh(lens_loop)
    rjit.disable()
    for _ in range(10):
        g([1.5, 2.5, 3.5], (2.0,), 7)
    assert rjit._rjit._dump_hir(g).count("[native len]") == 2


class Many(list):
    def __len__(self):
        return 100


def first_call_math(n, x):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i * x) + math.cos(x)
    return t


def test_module_functions_at_a_first_call_compile():
    # Compiled before CPython quickened it: `math.sqrt` (an attribute of a global, no hint yet)
    # is read through the module inline cache and computed natively; a negative argument
    # deopts and the interpreter raises.
    g = fresh(first_call_math)
    rjit.disable()
    cases = [(5, 0.5), (3, -1.0), (4, 2), (0, 1.5)]
    plain = [outcome(first_call_math, *c) for c in cases]
    rjit.enable(threshold=1, background=False)
    ir = rjit._rjit._dump_ir(g, (5, 0.5))
    assert "typed_deopt" in ir and "llvm.sqrt.f64" in ir
    jitted = [outcome(g, *c) for c in cases]
    rjit.disable()
    assert repr(jitted) == repr(plain)
    assert rjit.info(g)["state"] == "compiled"


class Sampler:
    """An instance keeping an array of doubles and a float in its values, and a float class
    attribute: what the hook samples from `self` when `draw` gets hot (`profile::param_attrs`)."""

    bias = 0.5

    def __init__(self, data, gain):
        self.data = data
        self.gain = gain

    def draw(self, n):
        m = self.data
        t = 0.0
        for k in range(n):
            j = k % 3
            t += m[j] * self.gain
            self.data[j] = m[j] + 1.0
        return t + self.bias


class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm


def attr_cases(make):
    """(method, [fresh receivers]) pairs: the kinds sampled first, then every other kind."""
    from array import array

    return [
        make(array("d", [1.5, -2.0, 0.25]), 2.0),
        make(array("d", [math.nan, -0.0, math.inf]), -1.5),
        # Other kinds of attribute: the guards fail and the interpreter runs the instruction.
        make([1.5, -2.0, 0.25], 2.0),
        make(array("i", [1, 2, 3]), 2.0),
        make(array("d", [1.5, -2.0, 0.25]), 3),
        make(array("d", [1.5, -2.0, 0.25]), 2**70),
        make(array("d", [1.5, -2.0]), 2.0),
        make("abc", 2.0),
    ]


def test_attributes_of_parameters_guarded_as_they_were_sampled():
    # Quickening records neither that `self.data` is an array (3.11 leaves its subscripts
    # unspecialised) nor what `self.x /= norm` divides (3.11 does not specialise `/`): the hook
    # reads those attributes from the frame that made the method hot, where the interpreter's
    # inline cache found them (instance values, slots, the class), and the typed tier guards
    # them there.
    from array import array

    def draws(g):
        out = []
        for s in attr_cases(Sampler):
            out.append(outcome(g, s, 7))
            out.append(list(s.data) if not isinstance(s.data, str) else s.data)
        return out

    plain = draws(Sampler.draw)
    first = Sampler(array("d", [1.0, 2.0, 3.0]), 0.5)
    g = typed_by_call(Sampler.draw, first, 7)
    hir = rjit._rjit._dump_hir(g, (first, 7))
    assert "guard ArrayF64" in hir and "guard Float" in hir, hir
    # Without the frame there is nothing to sample.
    assert "guard ArrayF64" not in rjit._rjit._dump_hir(g)
    assert repr(draws(g)) == repr(plain)
    assert repr(draws(g)) == repr(plain)
    rjit.disable()

    def normals(g):
        cases = [Vec3(1.0, 2.0, 3.0), Vec3(-0.0, 0.0, 1e-300), Vec3(3, 4.0, 0.0), Vec3(1.5, 2**80, 1.0),
                 Vec3(0.0, 0.0, 0.0), Vec3(math.nan, 1.0, 1.0), Vec3(MyFloat(1.0), 2.0, 2.0)]
        return [(outcome(g, v), v.x, v.y, v.z) for v in cases]

    plain = normals(Vec3.normalize)
    v = Vec3(1.0, 2.0, 2.0)
    g = typed_by_call(Vec3.normalize, v)
    # `self.x /= norm`: the three divisions' attributes (the products' come from quickening).
    assert rjit._rjit._dump_hir(g, (v,)).count("guard Float") == 9
    assert repr(normals(g)) == repr(plain)
    rjit.disable()


def floats_and_mixed(n, x, k):
    t = 0.0
    y = x
    for i in range(n):
        y = float(x)
        t += float(i) + y
        if t > k:
            t -= k
        if i < x:
            t += 0.5
    return t, y is x


def test_float_of_numbers_and_mixed_comparisons():
    # `float(x)` of a float is `x` itself (identity kept), of an int a new float; another kind
    # (a str, a big int, a float subclass) deopts to the CALL. An int compared with a float
    # goes through a double only while that is exact (beyond 2**53 it deopts).
    cases = [(5, 1.5, 3), (5, 1.5, 2.5), (3, -0.0, 0), (4, math.nan, 1), (4, 2, 3), (3, 1.5, 2**53 + 1),
             (3, 1.5, -(2**53) - 1), (3, 1.5, 2**53), (3, 1.5, 2**63), (3, 1.5, 2**70), (3, 2.0**53, 2**53 + 1),
             (2, "2.5", 1), (2, MyFloat(2.5), 1), (2, 2**80, 1), (2, True, 1.5), (2, 1e300, math.inf)]
    plain = [outcome(floats_and_mixed, *c) for c in cases]
    g = typed_by_call(floats_and_mixed, 20, 1.5, 3)
    hir = rjit._rjit._dump_hir(g, (20, 1.5, 3))
    assert hir.count("[native float]") == 2, hir
    jitted = [outcome(g, *c) for c in cases]
    rjit.disable()
    assert repr(jitted) == repr(plain)
    assert plain[0][1][1] is True


class Knobs:
    scale = 2.0

    def __init__(self):
        self.n = 3

    def run(self, xs):
        t = 0.0
        for x in xs:
            t += x * self.scale
        return t


class Prop(Knobs):
    @property
    def scale(self):
        return 10.0


def test_class_attributes_of_parameters_read_in_typed_loops():
    # `self.scale` is a class attribute: sampled at tier-up as a float, read in the loop from
    # the site's entries with a light sync (`rjit_load_attr_peek`). Rebinding it on the class,
    # shadowing it in the instance or replacing it with a property in a subclass makes the
    # entries miss: the frame is synced and the interpreter's lookup runs.
    def cases():
        k = Knobs()
        shadowed = Knobs()
        shadowed.scale = 0.5
        out = [(k, [1.5, 2.5]), (shadowed, [1.5]), (Prop(), [1.5, 2.0]), (k, []), (k, [1.5, "a"])]
        return out

    plain = [outcome(Knobs.run, *c) for c in cases()]
    g = typed_by_call(Knobs.run, Knobs(), [1.5, 2.5, 3.5])
    hir = rjit._rjit._dump_hir(g, (Knobs(), [1.5]))
    assert "guard Float" in hir, hir
    jitted = [outcome(g, *c) for c in cases()]
    assert repr(jitted) == repr(plain)
    saved = Knobs.scale
    try:
        Knobs.scale = 3
        again = [outcome(g, *c) for c in cases()]
        Knobs.scale = saved
        rjit.disable()
        Knobs.scale = 3
        plain_again = [outcome(Knobs.run, *c) for c in cases()]
    finally:
        Knobs.scale = saved
    assert repr(again) == repr(plain_again)


xrange = range


def mix_words(table, words, rounds):
    out = list(words)
    for r in xrange(rounds):
        for i in xrange(len(out)):
            w = out[i]
            out[i] = (table[(w >> 4) & 0xF] ^ (w << 3) ^ table[w & 0xF]) & 0xFFFF
    return [(lambda: out)()]


def test_bitwise_operators_speculated_on_ints():
    # 3.11 never specialises `& | ^ << >>`: their operands are guarded to be ints where one
    # side is (a mask, a shift count) and for `^ << >>` of two unknowns; anything else (bools,
    # sets, big ints, int subclasses) deopts to the instruction. `xrange` is `range` under
    # another name (sampled from the globals when the code got hot), and `out` lives in a cell
    # (the lambda reads it): both stay in the typed loop.
    table = list(range(16, 32))
    first = (table, [1, 2, 3, 0xFFFF], 3)
    cases = [first, (table, [], 2), (table, [True, False], 2), (table, [2**40, 5], 2),
             (table, [2**62, 1], 1), (table, [-1, -7], 2), (table, [MyInt(3)], 1),
             (list(map(float, table)), [1, 2], 1), (table, [{1}, 2], 1), (table, [1, 2], -1)]
    plain = [outcome(mix_words, *c) for c in cases]
    g = typed_by_call(mix_words, *first)
    hir = rjit._rjit._dump_hir(g, first)
    assert hir.count("guard RangeIter") == 2, hir
    jitted = [outcome(g, *c) for c in cases]
    rjit.disable()
    assert repr(jitted) == repr(plain)


class Tables:
    T = [3.0, 5.5, -7.0, 11.25]

    def __init__(self):
        self.scale = 2.5

    def run(self, n):
        def later():
            return self
        t = 0.0
        for i in range(n):
            t += self.T[i % 4] * self.scale
        return t, later() is self


def test_attributes_of_parameters_in_cells_read_in_typed_loops():
    # `self` is in a cell (a closure reads it): LOAD_DEREF reads the cell inline, and
    # `self.scale` (an instance attribute) and `self.T` (a class attribute: a list, read from
    # the site's entries) are sampled through it.
    def cases():
        shadow = Tables()
        shadow.T = (1, 2, 3, 4)
        odd = Tables()
        odd.scale = 3
        return [(Tables(), 9), (shadow, 5), (odd, 5), (Tables(), 0)]

    plain = [outcome(Tables.run, *c) for c in cases()]
    g = typed_by_call(Tables.run, Tables(), 9)
    assert rjit._rjit._typed_verdict(g, (Tables(), 9)) is None
    jitted = [outcome(g, *c) for c in cases()]
    rjit.disable()
    assert repr(jitted) == repr(plain)


def appends(xs, x, n):
    out = []
    for i in range(n):
        out.append(xs[i % 2] * 2.0)
        out.append(i << 3)
        out.append(x)
    return out, all(o is x for o in out[2::3])


def test_list_append_in_typed_loops():
    # `out.append(v)` of a list the function built: the descriptor and the list without a
    # lookup, the value's object appended (`x` itself, whose identity is kept; a new int or
    # float otherwise). Other kinds of item deopt at their own guards, as before.
    cases = [([1.5, -2.0], 0.25, 5), ([1.5], 0.25, 0), ([1.5, -2.0], 7, 3), ([1, 2], 0.5, 3), ([1.5], 0.5, 3),
             ([1.5, 2.5], 0.25, 2**16), ([math.nan, 1.0], -0.0, 2)]
    plain = [outcome(appends, *c) for c in cases]
    g = typed_by_call(appends, [1.5, -2.0], 0.25, 5)
    assert rjit._rjit._dump_hir(g, ([1.5, -2.0], 0.25, 5)).count("[native append]") == 6
    jitted = [outcome(g, *c) for c in cases]
    rjit.disable()
    assert repr(jitted) == repr(plain)


def append_local(x, n):
    out = []
    t = 0.0
    for i in range(n):
        t = x * 2.0 + i
        out.append(t)
    return out, out[-1] is t if out else None


def test_numbers_stored_and_kept_by_a_local_keep_their_identity():
    # `t` is appended (or stored as an item, or as an attribute) and kept by a local: the box
    # made for the store is the one the local's slot keeps, so `out[-1] is t` holds, in the loop
    # and after it (`object_of`).
    cases = [(1.5, 4), (0.5, 0), (2, 3), (-0.0, 1)]
    plain = [outcome(append_local, *c) for c in cases]
    g = typed_by_call(append_local, 1.5, 4)
    assert "[native append]" in rjit._rjit._dump_hir(g, (1.5, 4))
    assert repr([outcome(g, *c) for c in cases]) == repr(plain)
    rjit.disable()
    assert plain[0][1][1] is True
    box = Vec3(0.0, 0.0, 0.0)
    cases = [([0.0, 0.0], box, 1.5, 3), ([0.0, 0.0], box, 0.5, 0), ([0.0], box, 2.5, 2)]
    plain = [outcome(store_local, *c) for c in cases]
    g = typed_by_call(store_local, [0.0, 0.0], Vec3(0.0, 0.0, 0.0), 1.5, 3)
    assert repr([outcome(g, *c) for c in cases]) == repr(plain)
    rjit.disable()
    assert plain[0][1][1] == (True, True, True)


def store_local(xs, v, x, n):
    t = 0.0
    for i in range(n):
        t = x * 2.0 + i
        xs[i % 2] = t
        v.x = t
    return xs, (xs[(n - 1) % 2] is t, v.x is t, t is t) if n else None


def min_max_loop(xs, k, a):
    lo = a
    hi = -a
    s = 0
    t = 0.0
    for i in range(len(xs)):
        x = xs[i] * k
        lo = min(lo, x)
        hi = max(x, hi)
        s += abs(i - 3) + max(i * 2, 5) - min(i - 1, i * i)
        t += max(x * 0.5, x * 2.0) - min(x, 1)
    return lo, hi, s, t, lo is a, hi is a


def test_min_max_and_abs_of_numbers_in_typed_loops():
    # Natively: two floats, two ints, an int and a float, after checking the callable. NaN and
    # -0.0 keep the first argument as CPython does; a loop's minimum that never changes is
    # still the parameter's own object; other types deopt to the CALL.
    nan = math.nan
    cases = [
        ([1.5, -2.0, 3.25], 2.0, 1e300),
        ([1.5, -2.0, 3.25], 2.0, -1e300),
        ([nan, 1.0], 1.0, 0.5),
        ([1.0, nan, -3.0], 1.0, 0.5),
        ([0.0, -0.0], 1.0, 0.0),
        ([-0.0, 0.0], -1.0, -0.0),
        ([1, 2], 3, 5.0),
        ([1.5], 2.0, 7),
        ([2.0**60, -(2.0**60)], 1.0, 1.0),
        ([1.5, "x"], 2.0, 1.0),
        ([MyFloat(1.0), 2.0], 1.0, 1.0),
    ]
    g = typed_copy(min_max_loop, [1.5, -2.0, 3.25], 2.0, 1e300)
    hir = rjit._rjit._dump_hir(g)
    for native in ("native min keep", "native max keep", "native abs int", "native max]", "native min]"):
        assert native in hir, native
    assert "rjit_min_max" not in rjit._rjit._dump_ir(g)
    rjit.disable()
    typed_matches(min_max_loop, [([1.5, -2.0, 3.25], 2.0, 1e300)], cases)


def abs_diffs(xs, ys):
    s = 0
    for i in range(len(xs)):
        s += abs(xs[i] - ys[i]) - min(xs[i] + 1, ys[i] - 1)
    return s


def test_abs_and_min_of_ints_at_the_word_edges():
    # `abs(-2**63)` is a big int: the native negation deopts and the interpreter makes it.
    big = 2**62
    cases = [
        ([1, -5, 7], [3, 2, -9]),
        ([-big], [big]),
        ([big - 1, -big], [-big, big]),
        ([2**63 - 1], [-1]),
        ([True, False], [False, True]),
        ([1, 2.5], [2, 0.5]),
        ([3], ["a"]),
    ]
    typed_matches(abs_diffs, [([1, -5, 7], [3, 2, -9])], cases)


def chosen_identity(a, b, n):
    t = 0
    for i in range(n):
        t += i
    lo, hi, m = min(a, b), max(a, b), abs(a)
    return lo is a, lo is b, hi is a, hi is b, m is a, lo, hi, m, t


def test_min_max_and_abs_return_the_argument_itself():
    # CPython returns the chosen argument's own object (the first of equal ones), and `abs` of
    # a non-negative int its argument: identity is observable. Parameters of no known type
    # here: the calls stay CPython's (with `rjit_min_max`) inside typed code.
    x, y = int("1" * 20), int("1" * 20)
    f, h = float("2.5"), float("2.5")
    assert x is not y and f is not h
    cases = [(x, y, 3), (y, x, 3), (-x, y, 2), (2**40, -(2**40), 1), (-5, 5, 1), (f, h, 2), (h, -f, 2), (1, 1.0, 1),
             (math.nan, 1.0, 1), (x, 2.5, 1), ("a", "b", 1)]
    typed_matches(chosen_identity, [(3, 4, 5)], cases)


def test_rebound_min_deopts_to_the_interpreter(monkeypatch):
    import builtins

    g = typed_copy(min_max_loop, [1.5, -2.0, 3.25], 2.0, 1e300)
    want = min_max_loop([1.5, -2.0], 2.0, 1e300)
    assert g([1.5, -2.0], 2.0, 1e300) == want
    monkeypatch.setattr(builtins, "min", lambda a, b: 0.25)
    rjit.disable()
    plain = outcome(min_max_loop, [1.5, -2.0], 2.0, 1e300)
    rjit.enable(threshold=1, background=False)
    assert outcome(g, [1.5, -2.0], 2.0, 1e300) == plain
    monkeypatch.undo()
    assert g([1.5, -2.0], 2.0, 1e300) == want
    rjit.disable()


def running_extremes(xs, k):
    m = xs[0] * k
    first = m
    n = xs[0] - k
    low = n
    for x in xs:
        m = max(m, x * k)
        n = min(x - k, n)
    return m is first, n is low, m, n


def test_running_extremes_keep_the_objects_they_chose():
    # The loop's maximum is a local's object or a product's: CPython's result is the very object
    # chosen (`m is first` while nothing exceeded the first), for floats and for ints.
    cases = [([3.0, 1.0, 2.0], 1.5), ([1.0, 3.0], 1.5), ([2.0, 2.0], 1.0), ([math.nan, 1.0], 1.0), ([1.0, math.nan], 2.0),
             ([2**40, 5, 7], 3), ([5, 2**40], 3), ([7, 7], 1), ([2**62, 1], 4), ([1.5, 2], 1.0)]
    for warm in ([3.0, 1.0, 2.0], 1.5), ([2**40, 5, 7], 3):
        g = typed_copy(running_extremes, *warm)
        hir = rjit._rjit._dump_hir(g)
        assert "native max keep" in hir and "native min keep" in hir, hir
        rjit.disable()
        typed_matches(running_extremes, [warm], cases)


def accumulate(xs, scale):
    s = 0
    for x in xs:
        s += x * scale
    return s, type(s).__name__


def accumulate_mixed(xs, k):
    # Every operator that takes an int on one side and a float on the other; `b` starts as a
    # constant no double holds exactly (2**53 + 1).
    a = 0
    b = 9007199254740993
    c = 1
    d = 0
    for x in xs:
        a = a - x
        b = b + x
        c = c * x * k
        d = 0.5 / x + d
    return a, b, c, d


def test_float_accumulators_that_start_as_ints():
    # `s = 0` then `s += float`: the accumulator is an int before the first iteration and a
    # float after it (`PRepr::Num`); no iteration returns the int itself.
    floats = [0.5, 1.5, -2.25]
    cases = [
        ([], 2.0), ([1.0], 2.0), (floats, 2.0), ([-0.0], 1.0), ([-0.0, -0.0], -1.0),
        ([math.nan, 1.0], 2.0), ([math.inf, -math.inf], 1.0), ([1e308, 1e308], 10.0),
        # An int item, a big one, a subclass, a string: the guard on `x` deopts mid-loop with
        # the accumulator a float or still the int.
        ([1, 2.5], 2.0), ([2.5, 3], 2.0), ([2**70, 1.0], 1.0), ([MyFloat(2.0), 1.0], 2.0),
        (["a"], 2.0), ([1.5, "a"], 2.0), (floats, 3), (floats, 2**64), (floats, None),
    ]
    typed_matches(accumulate, [(floats, 2.0)], cases)


def test_int_and_float_operators_of_a_float_accumulator_that_starts_as_an_int():
    floats = [0.5, 1.5, -2.25]
    cases = [
        ([], 2.0), ([1.0], 2.0), (floats, 2.0), ([0.0], 1.0), ([-0.0], 0.0), ([0.0, 1.0], 1.0),
        ([3.0], 0), ([math.inf], 1.0), ([math.nan], 1.0), ([1, 2.0], 1.0), ([2.0, 1], 1.0),
        ([2.0, "a"], 1.0), (floats, 2**80),
    ]
    typed_matches(accumulate_mixed, [(floats, 2.0)], cases)


SEEN = []


def note_locals():
    import sys

    s = sys._getframe(1).f_locals["s"]
    SEEN.append((s, type(s).__name__))


def rows_total(rows):
    s = 0
    for row in rows:
        for x in row:
            s += x
        note_locals()
    return s


def test_a_float_accumulator_that_starts_as_an_int_is_synced_as_either():
    # The call in the outer loop syncs the frame: `s` is boxed as the int or the float it is
    # (`rjit_box_values`' `BOX_NUM`), as `f_locals` shows.
    def run(f, rows):
        SEEN.clear()
        r = f(rows)
        return r, list(SEEN)

    g = fresh(rows_total)
    rjit.disable()
    for _ in range(10):
        g([[0.5, 1.5], [2.5]])
    cases = [[], [[]], [[], [1.5]], [[1.0, 2.0], []], [[-0.0], [0.5]], [[0.5], [1]]]
    plain = [outcome(run, rows_total, copy.deepcopy(c)) for c in cases]
    rjit.enable(threshold=1, background=False)
    assert "typed_deopt" in rjit._rjit._dump_ir(g), "the typed tier did not take the function"
    assert rjit.compile(g), rjit.info(g)
    jitted = [outcome(run, g, copy.deepcopy(c)) for c in cases]
    rjit.disable()
    assert repr(jitted) == repr(plain)


def zip_dot(xs, ys):
    s = 0.0
    for a, b in zip(xs, ys):
        s += a * b
    return s


def enum_weighted(xs, w):
    s = 0.0
    for i, x in enumerate(xs):
        s += x * w[i]
    return s


def test_zip_and_enumerate_of_lists_tuples_and_ranges_in_typed_loops():
    # `next()` of the zip or enumerate refills its result tuple without the generic FOR_ITER
    # (`runtime::pairs`); exhaustion, other iterables and other types take the generic one.
    xs, ys = [0.5, 1.5, -2.25], [2.0, -1.0, 4.0]
    dots = [
        (xs, ys), ([], ys), (xs, []), (xs, ys[:2]), (xs[:2], ys), (tuple(xs), ys),
        (xs, tuple(ys)), ([1.0, 2.0], range(3)), (range(2), [1.5, 2.5]), (iter(xs), ys),
        ([-0.0, math.nan], [1.0, 2.0]), ([1, 2.0], ys), (xs, [1.0, "a", 2.0]), ("ab", ys),
    ]
    typed_matches(zip_dot, [(xs, ys)], dots)
    ws = [0.25, 2.0, -1.0, 8.0]
    enums = [
        (xs, ws), ([], ws), (tuple(xs), ws), (xs, ws[:2]), (range(3), ws), ([1.0, 2], ws),
        (iter(xs), ws), (xs, [1, 2, 3]),
    ]
    typed_matches(enum_weighted, [(xs, ws)], enums)


def zip_consumes(xs, ys):
    it = iter(xs)
    s = 0.0
    for a, b in zip(it, ys):
        s += a * b
    # zip takes `it`'s next item before it finds `ys` exhausted: that item is lost.
    return s, list(it)


def enum_from(xs, start):
    s = 0.0
    last = None
    for i, x in enumerate(xs, start):
        s += x * 2.0
        last = i
    return s, last


def test_zip_exhaustion_and_enumerate_start_as_the_interpreter_does():
    xs = [0.5, 1.5, -2.25, 4.0]
    typed_matches(zip_consumes, [(xs, [1.0, 2.0])], [(xs, [1.0, 2.0]), (xs, []), (xs, [1.0] * 9)])
    big = 2**63 - 2
    typed_matches(enum_from, [(xs, 3)], [(xs, 0), (xs, 300), (xs, -5), (xs, big), (xs, 2**70), ([], 1)])


class Mortal:
    """A float-like item whose release is seen: it records when it dies."""
    died = []

    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return self.v * o

    __rmul__ = __mul__

    def __del__(self):
        Mortal.died.append(self.v)


def pairs_seen(make, ys):
    kept = []
    s = 0.0
    for p in zip(make(), ys):
        kept.append(p)
        s += p[1] * 2.0
    for a, b in zip(make(), ys):
        s += b * 3.0
    return s, [(k[0].v, k[1]) for k in kept], len(Mortal.died)


def test_result_tuples_kept_and_items_with_finalizers_keep_their_behaviour():
    # A kept tuple is not refilled (CPython makes a new one), and an item whose release would
    # run `__del__` is left to the generic instruction.
    def make():
        return [Mortal(1.0), Mortal(2.0), Mortal(3.0)]

    def run(f):
        Mortal.died.clear()
        return f(make, [1.0, 2.0, 3.0])

    typed_run_matches(pairs_seen, run)


def dict_loops(d):
    s = 0
    for k in d:
        s += k
    t = 0.0
    for v in d.values():
        t += v * 0.5
    for k, v in d.items():
        s += k * 2
        t += v
    return s, t


def churn(d):
    for j in range(40):
        d[1000 + j] = 1.0
        del d[1000 + j]


def dict_changed_before_the_loop(d, how):
    it = iter(d.items()) if how >= 10 else iter(d)
    how %= 10
    if how == 1:
        d[-1] = 1.0
    elif how == 2:
        k = next(it)
        del d[k if type(k) is int else k[0]]
        d[-2] = 2.0
    elif how == 3:
        d.clear()
    elif how == 4:
        # The same size, but the entries churned (the table resized): the iterator's position
        # lands elsewhere, or past the end with items still expected.
        next(it)
        churn(d)
    elif how == 5:
        list(it)
    s = 0
    n = 0
    for x in it:
        s += n
        n += 1
    return s, n, len(d)


def set_and_str_loops(xs, text):
    n = 0
    for x in xs:
        n += x
    c = 0
    last = None
    for ch in text:
        c += 1
        last = ch
    return n, c, last


def bytes_checksum(data):
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return b * 65536 + a


def set_changed_before_the_loop(xs, how):
    it = iter(xs)
    if how == 1:
        xs.add(-1)
    elif how == 2:
        xs.discard(next(it))
        xs.add(-5)
    n = 0
    for x in it:
        n += x
    return n


def test_dict_set_and_str_iteration_in_typed_loops():
    # `next()` of a dict's keys, values or items, a set's or a str's iterator without the full
    # sync of the generic FOR_ITER (`runtime::iters`), where its step runs no code; a size
    # changed, an end, a str character past Latin-1 take the generic one.
    d = {i: i * 1.5 for i in range(12)}
    dicts = [(d,), ({},), ({1: 2.0},), ({i: float(i) for i in range(0, 40, 3)},), ({1: 2, 3: 4.5},),
             ({1: 1.0, 2: "a"},), ({"a": 1.0},), ({2**62: 1.5, -(2**63): 2.0},), ({True: 0.5},)]
    typed_matches(dict_loops, [(d,)], dicts)
    changed = [(dict(d), how) for how in (0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15)]
    changed += [({}, 1), ({}, 0), ({7: 1.0}, 4), ({7: 1.0}, 14)]
    typed_matches(dict_changed_before_the_loop, [(dict(d), 0)], changed)
    texts = ["hello", "", "café", "a€b", "😀x", "\xff\u0100", "x" * 100, "é" * 50]
    sets = [{1, 2, 3}, set(), {2**62, -(2**63)}, {1, 2.5}, {True, 5}, frozenset({4, 5})]
    typed_matches(set_and_str_loops, [({1, 2, 3}, "hello")], [(xs, t) for xs in sets for t in texts])
    blobs = [b"hello", b"", bytes(range(256)), bytearray(b"abc"), bytearray(), b"\xff" * 300,
             (1, 2, 300), [1, 2, 300], "ab"]
    typed_matches(bytes_checksum, [(b"warm up",)], [(blob,) for blob in blobs])
    typed_matches(set_changed_before_the_loop, [({1, 2, 3}, 0)],
                  [({1, 2, 3}, how) for how in (0, 1, 2)] + [(set(), 0), ({9}, 1), ({9}, 2)])


class LocalsSpy:
    """A dict value whose release records its caller's local `s` (the frame it is released
    from: only a synced frame shows the loop's current value)."""
    seen = []

    def __del__(self):
        LocalsSpy.seen.append(sys._getframe(1).f_locals.get("s"))


def spied(n):
    return {i: LocalsSpy() for i in range(n)}


def loops_over_dicts_only_they_hold(make):
    s = 0
    for k in make(3):
        s += k + 1
    for k, v in make(2).items():
        s += k * 10
    kept = []
    for item in make(2).items():
        kept.append(item)
        s += 100
    del kept
    for k in make(2).values():
        s += 1000
    return s, list(LocalsSpy.seen)


def test_the_end_of_a_dict_only_its_iterator_holds_is_seen_with_the_frame_synced():
    # At the end the iterator drops the dict, whose values' `__del__` runs: that step is left
    # to the generic FOR_ITER, with the frame synced; so is a kept items tuple.
    def run(f):
        LocalsSpy.seen.clear()
        return f(spied)

    plain = typed_run_matches(loops_over_dicts_only_they_hold, run)
    assert plain[1][1][:3] == [6, 6, 6]


def cell(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def cell_sum(n, i):
    s = 0.0
    for j in range(n):
        s += cell(i, j) * 2.0
    return s


def other_cell(i, j):
    return float(i - j)


def inlined_copy(f, *warm):
    """A copy of `f` warmed with `warm` in the interpreter (its callees quickened too), then
    compiled by the hook's own tier-up at its next call (threshold 1, synchronous), which finds
    its callees in its globals; rjit is left enabled."""
    g = fresh(f)
    rjit.disable()
    for _ in range(20):
        g(*warm)
    rjit.enable(threshold=1, background=False)
    assert "callee 0" in rjit._rjit._dump_hir(g), rjit._rjit._dump_hir(g)
    return g


def test_a_small_pure_callee_is_computed_in_place_of_its_call():
    global cell
    cases = [(5, 3), (0, 1), (40, 2**20), (3, 2**61), (3, 2**62), (2, -1), (3, 1.5), (2, True), (2, MyInt(3)), (2, "x")]
    plain = [outcome(cell_sum, *c) for c in cases]
    g = inlined_copy(cell_sum, 50, 7)
    got = [outcome(g, *c) for c in cases]
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    # `cell(2, -1)`'s ZeroDivisionError comes from the callee's own frame: the CALL is made by
    # the interpreter after the deopt.
    assert plain[5][0] == "raised" and plain[5][3][-1][0] == "cell"
    saved, code = cell, cell.__code__
    try:
        # Another function bound to the name: its code is not the site's, the CALL is made.
        cell = other_cell
        assert outcome(g, 5, 3) == outcome(cell_sum, 5, 3)
        # The same code in another function object: computed in place, the same result.
        cell = types.FunctionType(saved.__code__, globals(), "cell")
        assert outcome(g, 5, 3) == outcome(cell_sum, 5, 3)
        # The function's code replaced.
        cell = saved
        cell.__code__ = other_cell.__code__
        assert outcome(g, 5, 3) == outcome(cell_sum, 5, 3)
    finally:
        saved.__code__ = code
        cell = saved
    rjit.disable()


def piecewise(x, k):
    if x < 0:
        y = -x * k
    elif x < 100:
        y = x * k + 1
    else:
        raise ValueError("too big")
    return y - 1


def piecewise_sum(n, k):
    s = 0
    for j in range(n):
        s += piecewise(j - 3, k)
    return s


def soft(x):
    if x > 1.0:
        return 2.0 - 1.0 / x
    if x < -1.0:
        return -2.0 - 1.0 / x
    return x * 1.0


def soft_all(xs):
    out = []
    for x in xs:
        out.append(soft(x) + 0.0)
    return out


def test_callees_with_branches_are_computed_in_place():
    # Every path of `piecewise` (its blocks spliced after the caller's), int overflow on one of
    # them (a deopt to the CALL: the interpreter makes the call, with big ints), its `raise` (a
    # deopt too: the ValueError comes from the callee's own frame), and arguments its guards
    # refuse (a float, a bool, an int subclass, a string).
    cases = [(10, 3), (0, 3), (10, 2**61), (10, 2**62), (200, 2), (5, 1.5), (5, True), (5, MyInt(3)), (5, "x")]
    plain = [outcome(piecewise_sum, *c) for c in cases]
    g = inlined_copy(piecewise_sum, 20, 5)
    assert "deopt" in rjit._rjit._dump_hir(g)
    want = outcome(piecewise_sum, 100, 3)
    before = rjit.stats()["frames"]
    assert outcome(g, 100, 3) == want
    # Computed in place: no frame of `piecewise`'s (100 calls), and no deopt on these paths.
    assert rjit.stats()["frames"] - before < 10 and rjit.info(g)["deopts"] == 0
    got = [outcome(g, *c) for c in cases]
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    assert plain[4][0] == "raised" and plain[4][3][-1][0] == "piecewise"
    rjit.disable()


def test_callees_with_branches_keep_float_semantics():
    # `1.0 / x` is typed from the caller's argument (3.11 never quickens `/`); NaN takes the
    # last path (both comparisons false), -0.0 stays -0.0, an int in the list deopts.
    cases = [
        [0.5, 3.0, -4.0, 1.0, -1.0],
        [float("nan"), 2.0, float("inf"), float("-inf")],
        [-0.0, 0.0, 1e308, -1e-308],
        [2.0, 3, 2**70, 0.5],
    ]
    plain = [outcome(soft_all, c) for c in cases]
    g = inlined_copy(soft_all, [0.5, 3.0, -4.0] * 5)
    want = outcome(soft_all, [0.5, 3.0, -4.0] * 50)
    before = rjit.stats()["frames"]
    assert outcome(g, [0.5, 3.0, -4.0] * 50) == want
    assert rjit.stats()["frames"] - before < 10 and rjit.info(g)["deopts"] == 0
    got = [outcome(g, c) for c in cases]
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    rjit.disable()


def test_rjit_compile_computes_callees_in_place_as_tier_up_does():
    # `rjit.compile(f)` finds `f`'s callees in its globals, as the hook's own tier-up does:
    # no frame of `piecewise`'s for 100 calls of it.
    g = fresh(piecewise_sum)
    rjit.disable()
    for _ in range(20):
        g(20, 5)
    rjit.enable(threshold=10**6, background=False)
    assert rjit.compile(g)
    want = piecewise_sum(100, 3)
    before = rjit.stats()["frames"]
    assert g(100, 3) == want
    assert rjit.stats()["frames"] - before < 10
    rjit.disable()


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class ClassY:
    y = 0.5

    def __init__(self, x):
        self.x = x


class PropY:
    def __init__(self, x):
        self.x = x

    @property
    def y(self):
        return self.x * 3.0


class Fallback:
    def __init__(self, x):
        self.x = x

    def __getattr__(self, name):
        return 7.0


class Hooked(Pt):
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v * 2.0 if name == "y" else v


def weigh(p):
    return p.x * p.x + p.y * 2.0


def weigh_all(ps):
    s = 0.0
    for p in ps:
        s += weigh(p)
    return s


def odd_points():
    """Arguments whose attributes the inline reads do not answer, or that the guards refuse."""
    missing = Pt(1.0, 2.0)
    del missing.y
    keyed = Pt(1.0, 2.0)
    keyed.__dict__[1] = "a non-str key"
    return [
        SlotPt(0.5, -1.0),
        ClassY(3.0),
        PropY(1.0),
        Fallback(2.0),
        Hooked(1.0, 4.0),
        Pt(1.0, MyFloat(2.0)),
        Pt(3, 4.0),
        Pt(1.0, True),
        Pt(2.0**600, 1.0),
        Pt(float("nan"), -0.0),
        missing,
        keyed,
        Pt(1.0, "s"),
        7,
    ]


def test_callees_reading_attributes_of_their_arguments_are_computed_in_place():
    # `weigh(p)` reads `p.x` and `p.y` (`Op::CalleeAttr`): computed in place for instances
    # whose attributes are floats; every other argument (a slot, a class attribute, a property,
    # `__getattr__`, `__getattribute__`, a float subclass, an int, a bool, an overflow, a
    # missing attribute, a dict with a non-str key, a str, no attributes at all) deopts to the
    # CALL or misses the inline read, and gives what the interpreter gives, the exceptions
    # from `weigh`'s own frame.
    common = [Pt(i * 0.5, i * 0.25) for i in range(100)]
    cases = [[Pt(1.5, 2.0)] * 3 + [odd, Pt(0.5, 1.0)] for odd in odd_points()]
    cases += [[odd] + common[:5] for odd in odd_points()]
    plain = [outcome(weigh_all, c) for c in cases]
    want = outcome(weigh_all, common)
    g = inlined_copy(weigh_all, common[:20])
    assert "callee_attr 1 " in rjit._rjit._dump_hir(g)
    before = rjit.stats()["frames"]
    assert outcome(g, common) == want
    # Computed in place: no frame of `weigh`'s (100 calls), and no deopt.
    assert rjit.stats()["frames"] - before < 10 and rjit.info(g)["deopts"] == 0
    got = [outcome(g, c) for c in cases]
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    assert plain[10][0] == "raised" and plain[10][3][-1][0] == "weigh"
    rjit.disable()


def test_callee_attributes_follow_their_classes_when_they_change():
    # The site's entries are per type version: a class given a property, an attribute moved to
    # the class, and instances of a second class are read as the interpreter reads them.
    class C:
        def __init__(self, x, y):
            self.x = x
            self.y = y

    class D:
        def __init__(self, x, y):
            self.x = x
            self.y = y

    def run(f):
        ps = [C(i * 1.0, 2.0) for i in range(50)]
        out = [outcome(f, ps)]
        out.append(outcome(f, [D(1.0, 2.0)] * 5 + ps[:5]))
        C.y = property(lambda self: self.x + 100.0)
        out.append(outcome(f, ps))
        del C.y
        for p in ps[:10]:
            del p.y
        C.y = 0.25
        out.append(outcome(f, ps))
        del C.y
        return out

    plain = run(weigh_all)
    g = inlined_copy(weigh_all, [Pt(1.0, 2.0)] * 20)
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    rjit.disable()


class Grid:
    def __init__(self, w, h):
        self.width = w
        self.height = h

    def idx(self, x, y):
        if 0 <= x < self.width and 0 <= y < self.height:
            return y * self.width + x
        raise IndexError("out of the grid")

    def total(self, n, m):
        s = 0
        for i in range(n):
            s += self.idx(i % m, i % 5)
        return s


class ShiftedGrid(Grid):
    def idx(self, x, y):
        return x + y * 1000


class StaticGrid(Grid):
    idx = staticmethod(lambda x, y: -1)


def method_copy(f, owner, *warm):
    """A copy of method `f` warmed as `f(owner, *warm)` in the interpreter, then compiled by
    the hook's tier-up at its next call (threshold 1, synchronous), which finds the methods of
    its parameters it calls; rjit is left enabled."""
    g = fresh(f)
    rjit.disable()
    for _ in range(20):
        g(owner, *warm)
    rjit.enable(threshold=1, background=False)
    assert "callee 0" in rjit._rjit._dump_hir(g, [owner, *warm]), rjit._rjit._dump_hir(g, [owner, *warm])
    return g


def test_methods_of_parameters_are_computed_in_place():
    # `self.idx(x, y)`: the method LOAD_METHOD finds on `self`'s class, computed in place
    # (its attribute reads, its chained comparisons, its raise); a subclass's own `idx`, a
    # staticmethod, an instance attribute shadowing the method, attributes of other types and
    # the raise give what the interpreter gives, the IndexError from `idx`'s own frame.
    def odd_grids():
        shadowed = Grid(10, 10)
        shadowed.idx = lambda x, y: 7
        return [
            (Grid(10, 10), 100, 7),
            (Grid(3, 10), 100, 7),
            (Grid(10.5, 10), 50, 7),
            (Grid(2**62, 10), 50, 7),
            (Grid(10, True), 50, 7),
            (ShiftedGrid(10, 10), 50, 7),
            (StaticGrid(10, 10), 50, 7),
            (shadowed, 50, 7),
            (Grid(10, "x"), 50, 7),
        ]

    plain = [outcome(Grid.total, *c) for c in odd_grids()]
    g = method_copy(Grid.total, Grid(10, 10), 30, 7)
    want = outcome(Grid.total, Grid(10, 10), 100, 7)
    before = rjit.stats()["frames"]
    assert outcome(g, Grid(10, 10), 100, 7) == want
    # Computed in place: no frame of `idx`'s (100 calls), and no deopt.
    assert rjit.stats()["frames"] - before < 10 and rjit.info(g)["deopts"] == 0
    got = [outcome(g, *c) for c in odd_grids()]
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    assert plain[1][0] == "raised" and plain[1][3][-1][0] == "idx"
    rjit.disable()


def test_methods_computed_in_place_follow_their_class_when_it_changes():
    # The method replaced on the class, then an attribute the callee reads turned into a
    # property: the interpreter's answers, every time.
    class G(Grid):
        pass

    def run(f):
        grid = G(10, 10)
        out = [outcome(f, grid, 40, 7)]
        G.idx = lambda self, x, y: x - y
        out.append(outcome(f, grid, 40, 7))
        del G.idx
        out.append(outcome(f, grid, 40, 7))
        G.width = property(lambda self: 4)
        out.append(outcome(f, grid, 40, 7))
        del G.width
        out.append(outcome(f, grid, 40, 7))
        return out

    plain = run(Grid.total)
    g = method_copy(Grid.total, G(10, 10), 30, 7)
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    rjit.disable()


class Plane:
    """scimark's `Array2D`: items of an `array('d')` behind a Python `__getitem__` and
    `__setitem__` that unpack the index tuple and call a bounds-checking method."""

    def __init__(self, w, h):
        self.width = w
        self.height = h
        self.data = array("d", [0.0]) * (w * h)

    def _idx(self, x, y):
        if 0 <= x < self.width and 0 <= y < self.height:
            return y * self.width + x
        raise IndexError

    def __getitem__(self, x_y):
        (x, y) = x_y
        return self.data[self._idx(x, y)]

    def __setitem__(self, x_y, val):
        (x, y) = x_y
        self.data[self._idx(x, y)] = val


def test_functions_without_loops_that_compute_a_callee_in_place_are_typed():
    # `__setitem__` has no loop and a STORE_SUBSCR of its parameter: typed all the same, since
    # it computes `self._idx(x, y)` in place (a frame saved per call), the stored value guarded
    # to the float it was. Other values, indexes out of range, lists for tuples and another
    # class's `_idx` give what the interpreter gives.
    def run(setitem, getitem):
        p = Plane(4, 3)
        out = []
        for k, (key, val) in enumerate([((1, 2), 0.5), ((3, 0), -2.0), ((0, 0), 7), ((2, 1), 2**70),
                                         ((2, 1), "s"), ((4, 0), 1.0), ([1, 1], 3.5), ((1.0, 1), 1.0),
                                         ((0, -1), 1.0), ((3, 2), float("nan"))]):
            out.append((outcome(setitem, p, key, val), outcome(getitem, p, key)))
        out.append(list(p.data))
        return out

    plain = run(Plane.__setitem__, Plane.__getitem__)
    rjit.disable()
    s, g = fresh(Plane.__setitem__), fresh(Plane.__getitem__)
    warm = Plane(4, 3)
    for _ in range(20):
        s(warm, (1, 1), 0.25)
        g(warm, (1, 1))
    rjit.enable(threshold=1, background=False)
    assert "callee 0" in rjit._rjit._dump_hir(s, [warm, (1, 1), 0.25])
    before = rjit.stats()["frames"]
    for _ in range(100):
        s(warm, (2, 2), 1.5)
    # One frame per call of `__setitem__`, none of `_idx`'s.
    assert rjit.stats()["frames"] - before < 110 and rjit.info(s)["deopts"] == 0
    got = run(s, g)
    assert rjit.info(s)["state"] == rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    rjit.disable()


EVENTS = []


def record(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name == "cell":
        EVENTS.append(event)


def profile_from_now():
    import sys

    sys.setprofile(record)


def traced_sum(n, i):
    s = 0.0
    for k in range(2):
        for j in range(n):
            s += cell(i, j) * 2.0
        if k == 0:
            profile_from_now()
    return s


def test_calls_computed_in_place_are_made_once_a_profiler_is_set():
    # A profiler set between two runs of the inner loop sees every later call of `cell`: the
    # compiled frame goes back to the interpreter once a tracer is set (`Op::Callee` also
    # checks for one before computing the callee in place).
    import sys

    def run(f):
        EVENTS.clear()
        try:
            return f(3, 2), list(EVENTS)
        finally:
            sys.setprofile(None)

    g = inlined_copy(traced_sum, 50, 7)
    sys.setprofile(None)  # (set by the warming calls)
    rjit.disable()
    plain = run(traced_sum)
    rjit.enable(threshold=1, background=False)
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    # The frame went back to the interpreter once the profiler was set.
    assert rjit.info(g)["deopts"] >= 1
    rjit.disable()
    assert got == plain
    assert plain[1] == ["call", "return"] * 3


INLINED_PROGRAM = """
import json, rjit

def cell(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def cell_sum(n, i):
    s = 0.0
    for j in range(n):
        s += cell(i, j) * 2.0
    return s

rjit.disable()
for _ in range(20):
    cell_sum(50, 7)
rjit.enable(threshold=1, background=False)
out = [repr(cell_sum(n, i)) for n, i in [(5, 3), (40, 2**20), (3, 2**62), (3, 1.5)]]
print(json.dumps({"info": rjit.info(cell_sum), "out": out, "hir": rjit._rjit._dump_hir(cell_sum)}))
"""


def test_code_with_a_callee_computed_in_place_runs_from_the_cache_in_a_later_process(tmp_path):
    # The later process's hook finds the same callee (its code is part of the key) and puts
    # its code object in the site: the check passes, nothing deopts.
    a, b = compiled_then_cached(INLINED_PROGRAM, tmp_path)
    assert "callee 0" in a["hir"]
    # Only `(3, 2**62)` (an overflow in the callee) and `(3, 1.5)` (a float) deopt.
    assert a["info"]["deopts"] == b["info"]["deopts"] == 2, (a["info"], b["info"])


def compiled_then_cached(program, tmp_path):
    """`program`'s JSON line from a process that compiles (synchronously, typed) into a cache
    at `tmp_path`, then from one that loads the same code from it; both printed what a plain
    process prints."""
    from conftest import run_python

    env = {"RJIT_TYPED": "1", "RJIT_CACHE_DIR": str(tmp_path), "RJIT_SYNC": "1", "RJIT_IMPROVE": "0"}
    runs = []
    for _ in range(2):
        p = run_python(program, env)
        assert p.returncode == 0, p.stderr
        runs.append(json.loads(p.stdout.strip().splitlines()[-1]))
    a, b = runs
    assert a["info"]["origin"] == "jit" and b["info"]["origin"] == "cache", b["info"]
    assert b["info"]["key"] == a["info"]["key"]
    plain = run_python(program, {"RJIT_DISABLE": "1"})
    assert plain.returncode == 0, plain.stderr
    assert a["out"] == b["out"] == json.loads(plain.stdout.strip().splitlines()[-1])["out"]
    return a, b


METHOD_PROGRAM = """
import json, rjit

class Grid:
    def __init__(self, w, h):
        self.width = w
        self.height = h

    def idx(self, x, y):
        if 0 <= x < self.width and 0 <= y < self.height:
            return y * self.width + x
        raise IndexError("out of the grid")

    def total(self, n, m):
        s = 0
        for i in range(n):
            s += self.idx(i % m, i % 5)
        return s

rjit.disable()
for _ in range(20):
    Grid(10, 10).total(30, 7)
rjit.enable(threshold=1, background=False)
out = [repr(Grid(w, 10).total(50, 7)) for w in (10, 20, 2**62, 7.5)]
print(json.dumps({"info": rjit.info(Grid.total), "out": out,
                  "hir": rjit._rjit._dump_hir(Grid.total, [Grid(10, 10), 50, 7])}))
"""


def test_code_with_a_method_computed_in_place_runs_from_the_cache_in_a_later_process(tmp_path):
    # The later process's hook finds the same method on the same parameter's class and puts its
    # code object in the site; the callee's attribute sites start empty and fill: the same
    # deopts (`2**62`: an overflow; `7.5`: a float width), the same answers.
    a, b = compiled_then_cached(METHOD_PROGRAM, tmp_path)
    assert "callee_attr 1 " in a["hir"]
    assert a["info"]["deopts"] == b["info"]["deopts"] == 2, (a["info"], b["info"])


def relax(omega, g, cycles):
    """scimark's SOR over a `Plane`: every read and write a `__getitem__` or `__setitem__`
    call."""
    for _ in range(cycles):
        for y in range(1, g.height - 1):
            for x in range(1, g.width - 1):
                g[x, y] = omega * 0.25 * (g[x, y - 1] + g[x, y + 1] + g[x - 1, y]
                                          + g[x + 1, y]) + (1.0 - omega) * g[x, y]
    return g[1, 1]


def subscript_copy(f, *warm):
    """A copy of `f` warmed as `f(*warm)` in the interpreter, then compiled by the hook's
    tier-up at its next call (threshold 1, synchronous), which finds the `__getitem__` and
    `__setitem__` of its parameters' classes; rjit is left enabled."""
    g = fresh(f)
    rjit.disable()
    for _ in range(20):
        g(*warm)
    rjit.enable(threshold=1, background=False)
    assert "callee_slot 0" in rjit._rjit._dump_hir(g, list(warm)), rjit._rjit._dump_hir(g, list(warm))
    return g


def seeded(w, h, cls=Plane):
    p = cls(w, h)
    for k in range(w * h):
        p.data[k] = (k * 7919 % 101) / 10.0
    return p


class IntPlane(Plane):
    """The same class shape over an `array('l')` of ints."""

    def __init__(self, w, h):
        super().__init__(w, h)
        self.data = array("l", [0]) * (w * h)


class ListKeyPlane(Plane):
    def __getitem__(self, key):
        return -1.0


def test_subscripts_of_classes_with_python_getitem_are_computed_in_place():
    # `g[x, y]` and `g[x, y] = v` of a class whose `__getitem__` and `__setitem__` are Python
    # functions: computed in place of the subscript (the index tuple never built, the bounds
    # check `self._idx` computed in place in turn), with no frame of theirs. Planes of another
    # size (an index out of range raises IndexError from `_idx`), of ints, a subclass with its
    # own `__getitem__`, an instance with `__getitem__` in its dict (ignored, as CPython
    # ignores it), NaN and -0.0 values give what the interpreter gives.
    def cases():
        shadowed = seeded(6, 5)
        shadowed.__getitem__ = lambda key: 0.0
        with_nan = seeded(6, 5)
        with_nan.data[7] = float("nan")
        with_nan.data[8] = -0.0
        ints = IntPlane(6, 5)
        for k in range(30):
            ints.data[k] = k * 3
        return [(1.25, seeded(6, 5), 3), (1.25, seeded(2, 2), 1), (0.5, with_nan, 2),
                (1.25, ints, 1), (1.25, seeded(6, 5, ListKeyPlane), 1), (1.25, shadowed, 2),
                (2, seeded(6, 5), 1), (1.25, seeded(7, 3), 2)]

    def run(f):
        out = []
        for c in cases():
            out.append((outcome(f, *c), list(c[1].data)))
        return out

    rjit.disable()
    plain = run(relax)
    g = subscript_copy(relax, 1.25, seeded(6, 5), 2)
    before = rjit.stats()["frames"]
    assert outcome(g, 1.25, seeded(30, 30), 2)[0] == "ok"
    # Computed in place: no frame of `__getitem__`, `__setitem__` or `_idx` (5,000 calls).
    assert rjit.stats()["frames"] - before < 10 and rjit.info(g)["deopts"] == 0
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    assert plain[1][0][0] == "ok" and plain[3][0][0] == "raised"
    rjit.disable()


def test_subscripts_computed_in_place_follow_their_class_when_it_changes():
    # `__getitem__` replaced on the class, `_idx` replaced, `__getitem__`'s code replaced, then
    # restored: the class's version tag and the function's code are checked on every
    # subscript, so each change is seen at once.
    class P(Plane):
        pass

    def run(f):
        p = seeded(6, 5, P)
        out = [outcome(f, 1.25, p, 1)]
        P.__getitem__ = lambda self, key: 1.0
        out.append(outcome(f, 1.25, p, 1))
        del P.__getitem__
        P._idx = lambda self, x, y: 0
        out.append(outcome(f, 1.25, p, 1))
        del P._idx
        p._idx = lambda x, y: 1
        out.append(outcome(f, 1.25, p, 1))
        del p._idx
        code = Plane.__getitem__.__code__
        Plane.__getitem__.__code__ = (lambda self, x_y: -3.0).__code__
        try:
            out.append(outcome(f, 1.25, p, 1))
        finally:
            Plane.__getitem__.__code__ = code
        out.append(outcome(f, 1.25, p, 1))
        out.append(list(p.data))
        return out

    rjit.disable()
    plain = run(relax)
    g = subscript_copy(relax, 1.25, seeded(6, 5, P), 2)
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    rjit.disable()


def pick(g, xs, y):
    s = 0.0
    for x in xs:
        s += g[x, y]
    return s


def test_subscript_keys_of_other_types_deopt_to_the_subscript():
    # The tuple's items floats, bools, big ints, negative, strs: the checks of the callee
    # computed in place (`_idx`'s guards, its comparisons) deopt to the BUILD_TUPLE, and the
    # interpreter's own subscript then computes or raises what it does.
    def run(f):
        p = seeded(6, 5)
        return [outcome(f, p, xs, y) for xs, y in (
            ([1, 2, 3] * 10, 2), ([1, 2.0], 2), ([1, 2], 2.5), ([True, False], True),
            ([2**63, 0], 0), ([-1, 0], 1), ([1, "a"], 0), ([5, 6], 4), ([0], -1))]

    rjit.disable()
    plain = run(pick)
    g = subscript_copy(pick, seeded(6, 5), [1, 2, 3, 4] * 5, 3)
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    rjit.disable()


def pairs_of(n, x):
    out = []
    for i in range(n):
        y = x * 0.5
        out.append((i, y, -i, y))
    return out


def test_tuples_built_in_typed_loops_hold_their_items():
    # BUILD_TUPLE in typed code (no frame sync): the items' objects, boxed where they were
    # unboxed, with the identity they have in the interpreter.
    typed_matches(pairs_of, [(20, 1.5)], [(50, 1.5), (3, 2**62), (4, float("nan")), (3, -0.0),
                                          (2, "s"), (0, 1.0), (3, 2**40)])
    g = typed_copy(pairs_of, 20, 1.5)
    out = g(30, 0.5)
    assert out == pairs_of(30, 0.5) and all(type(t) is tuple for t in out)
    # One object for `y` in both places, as in the interpreter.
    assert all(t[1] is t[3] for t in out)
    rjit.disable()


SUBSCRIPT_PROGRAM = (
    "import json, rjit\nfrom array import array\n" + inspect.getsource(Plane)
    + """
def smooth(g, n):
    for x in range(1, n):
        g[x, 1] = g[x - 1, 1] * 0.5 + g[x, 0]
    return g[n - 1, 1]

rjit.disable()
for _ in range(20):
    smooth(Plane(10, 3), 9)
rjit.enable(threshold=1, background=False)
out = []
for w, n in ((10, 9), (30, 29), (4, 9)):
    try:
        out.append(repr(smooth(Plane(w, 3), n)))
    except IndexError as e:
        out.append("IndexError")
print(json.dumps({"info": rjit.info(smooth), "out": out,
                  "hir": rjit._rjit._dump_hir(smooth, [Plane(10, 3), 9])}))
""")


def test_code_with_subscripts_computed_in_place_runs_from_the_cache_in_a_later_process(tmp_path):
    # The later process's hook finds the same `__getitem__` and `__setitem__` on the same
    # parameter's class, puts the class's version tag (this process's) and the functions in the
    # sites, and the callee's callee `_idx` in its own: the same answers, the same one deopt
    # (the index out of range).
    a, b = compiled_then_cached(SUBSCRIPT_PROGRAM, tmp_path)
    assert "callee_slot 0" in a["hir"] and "callee_method" in a["hir"]
    assert a["info"]["deopts"] == b["info"]["deopts"] == 1, (a["info"], b["info"])


def row_sum(g, n):
    s = 0.0
    for x in range(n):
        s += g[x, 1]
    return s


def descend(k, f, g):
    if k == 0:
        return f(g, 3)
    return descend(k - 1, f, g)


class RowList:
    """scimark's `ArrayList`: rows of `array('d')` in a list behind a Python `__getitem__`
    and `__setitem__` that ask `isinstance(idx, tuple)` first."""

    def __init__(self, w, h):
        self.width = w
        self.height = h
        self.data = [array("d", [0.0]) * w for _ in range(h)]

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            return self.data[idx[1]][idx[0]]
        else:
            return self.data[idx]

    def __setitem__(self, idx, val):
        if isinstance(idx, tuple):
            self.data[idx[1]][idx[0]] = val
        else:
            self.data[idx] = val


def eliminate(A, n):
    """LU's update: every `A[i]` a `__getitem__` call that returns a row."""
    for j in range(n - 1):
        for ii in range(j + 1, n):
            for jj in range(j + 1, n):
                A[ii][jj] -= A[ii][j] * A[j][jj]
    return A[n - 1][n - 1]


def seeded_rows(w, h, cls=RowList):
    r = cls(w, h)
    for y in range(h):
        for x in range(w):
            r.data[y][x] = ((x + 3 * y) * 7919 % 101) / 50.0
    return r


def test_rows_returned_by_a_python_getitem_are_computed_in_place():
    # `A[i][j]` of a class whose `__getitem__` returns `self.data[i]` after
    # `isinstance(i, tuple)`: computed in place (the `isinstance` answered from the index's
    # type, the row guarded to be the array its sample found), with no frame of
    # `__getitem__`. A row of ints, a row that is a list, rows in a tuple, a short matrix (an
    # index out of range), NaN and -0.0 give what the interpreter gives.
    def cases():
        int_row = seeded_rows(5, 5)
        int_row.data[3] = array("l", range(5))
        list_row = seeded_rows(5, 5)
        list_row.data[2] = [1.0, 2.0, 3.0, 4.0, 5.0]
        tupled = seeded_rows(5, 5)
        tupled.data = tuple(tupled.data)
        nan = seeded_rows(5, 5)
        nan.data[1][2] = float("nan")
        nan.data[2][1] = -0.0
        return [(seeded_rows(6, 6), 6), (int_row, 5), (list_row, 5), (tupled, 5), (nan, 5),
                (seeded_rows(4, 3), 4), (seeded_rows(5, 5), 5)]

    def run(f):
        out = []
        for c in cases():
            out.append((outcome(f, *c), [list(r) for r in c[0].data]))
        return out

    rjit.disable()
    plain = run(eliminate)
    g = subscript_copy(eliminate, seeded_rows(6, 6), 6)
    assert "is isinstance" in rjit._rjit._dump_hir(g, [seeded_rows(6, 6), 6])
    before = rjit.stats()["frames"]
    assert outcome(g, seeded_rows(30, 30), 30)[0] == "ok"
    # Computed in place: no frame of `__getitem__` (25,000 calls).
    assert rjit.stats()["frames"] - before < 10 and rjit.info(g)["deopts"] == 0
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    assert plain[0][0][0] == "ok" and plain[5][0][1] == "IndexError"
    # A row returned is the list's own object, borrowed: deopts with rows on the stack (a
    # later row that is a list) leave every row's count as it was.
    rows = seeded_rows(5, 5)
    rows.data[2] = [1.0, 2.0, 3.0, 4.0, 5.0]
    counts = [sys.getrefcount(r) for r in rows.data]
    for _ in range(50):
        g(rows, 5)
    assert [sys.getrefcount(r) for r in rows.data] == counts
    rjit.disable()


ROWS_SOURCE = """
from array import array
class Rows:
    def __init__(self, n):
        self.data = [array("d", [float(x + y) for x in range(n)]) for y in range(n)]
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            return self.data[idx[1]][idx[0]]
        else:
            return self.data[idx]
def total(A, n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += A[i][j]
    return s
"""


def test_isinstance_answered_in_place_follows_the_globals_it_reads():
    # The callee's `isinstance` and `tuple` are read through its own globals, which must be
    # the caller's: rebinding either in the module, or calling with a class from another
    # module, is seen at once.
    def module():
        ns = {"__name__": "rows_mod"}
        exec(ROWS_SOURCE, ns)
        return ns

    def run(ns, f, other):
        out = [outcome(f, ns["Rows"](4), 4)]
        ns["isinstance"] = lambda a, b: True
        out.append(outcome(f, ns["Rows"](4), 4))
        del ns["isinstance"]
        out.append(outcome(f, ns["Rows"](4), 4))
        ns["tuple"] = int
        out.append(outcome(f, ns["Rows"](4), 4))
        del ns["tuple"]
        out.append(outcome(f, other["Rows"](4), 4))
        out.append(outcome(f, ns["Rows"](4), 4))
        return out

    rjit.disable()
    ns = module()
    plain = run(ns, ns["total"], module())
    ns = module()
    g = subscript_copy(ns["total"], ns["Rows"](4), 4)
    got = run(ns, g, module())
    assert repr(got) == repr(plain)
    assert plain[0] == ("ok", 48.0) and plain[1][1] == "TypeError"
    rjit.disable()

    # The same source in two modules: the caller in one, the class in the other. The
    # callee's globals are not the frame's, so its `isinstance` is not read from the
    # caller's (rebound there: nothing changes) but from its own (rebound: it raises).
    def across(a, b, f):
        out = [outcome(f, b["Rows"](4), 4)]
        a["isinstance"] = lambda x, y: True
        out.append(outcome(f, b["Rows"](4), 4))
        del a["isinstance"]
        b["isinstance"] = lambda x, y: True
        out.append(outcome(f, b["Rows"](4), 4))
        return out

    a, b = module(), module()
    plain = across(a, b, a["total"])
    a, b = module(), module()
    g = subscript_copy(a["total"], b["Rows"](4), 4)
    got = across(a, b, g)
    assert repr(got) == repr(plain)
    assert plain[1] == ("ok", 48.0) and plain[2][1] == "TypeError"
    rjit.disable()


ROWS_PROGRAM = (
    "import json, rjit\nfrom array import array\n" + inspect.getsource(RowList)
    + inspect.getsource(eliminate) + inspect.getsource(seeded_rows)
    + """
rjit.disable()
for _ in range(20):
    eliminate(seeded_rows(6, 6), 6)
rjit.enable(threshold=1, background=False)
out = []
for w, h, n in ((6, 6, 6), (20, 20, 20), (4, 3, 4)):
    try:
        out.append(repr(eliminate(seeded_rows(w, h), n)))
    except IndexError as e:
        out.append("IndexError")
print(json.dumps({"info": rjit.info(eliminate), "out": out,
                  "hir": rjit._rjit._dump_hir(eliminate, [seeded_rows(6, 6), 6])}))
""")


def test_code_with_rows_computed_in_place_runs_from_the_cache_in_a_later_process(tmp_path):
    # The later process's hook finds the same `__getitem__` and fills its site; the callee's
    # `isinstance` and `tuple` sites fill themselves there (`rjit_load_global_quiet`): the same
    # answers, the same one deopt (the index out of range).
    a, b = compiled_then_cached(ROWS_PROGRAM, tmp_path)
    assert "is isinstance" in a["hir"] and "guard ArrayF64" in a["hir"]
    assert a["info"]["deopts"] == b["info"]["deopts"] == 1, (a["info"], b["info"])


def test_subscripts_computed_in_place_near_the_recursion_limit():
    # `g[x, 1]` runs two frames in the interpreter (`__getitem__`, then `_idx`): where the
    # recursion limit leaves room for one, the interpreter raises RecursionError at `_idx`'s
    # call, and the code that computes both in place must deopt there too (each callee checks
    # room for the frames it stands for), at every depth.
    import sys

    def run(f):
        here, frame = 0, sys._getframe()
        while frame is not None:
            here, frame = here + 1, frame.f_back
        old = sys.getrecursionlimit()
        out = []
        try:
            sys.setrecursionlimit(here + 30)
            for k in range(12, 30):
                out.append(outcome(descend, k, f, seeded(6, 5)))
        finally:
            sys.setrecursionlimit(old)
        return out

    rjit.disable()
    plain = run(row_sum)
    g = subscript_copy(row_sum, seeded(6, 5), 4)
    assert "depth 2" in rjit._rjit._dump_hir(g, [seeded(6, 5), 4])
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    rjit.disable()
    assert repr(got) == repr(plain)
    raised = [o for o in plain if o[0] == "raised"]
    assert raised and raised[0][1] == "RecursionError", plain
    assert plain[0][0] == "ok"


def bump(g, n):
    for x in range(n):
        g[x, 1] += 0.5
        k = (x, 2)
        g[k] = g[k] * 2.0 - g[x, 1]
    return g[0, 1], k


def test_augmented_subscripts_and_keys_kept_in_a_local():
    # `g[x, 1] += v` reads and writes with one tuple (built, and kept for the store), and a
    # key kept in a local is built too (the frame holds it); both callees still computed in
    # place, with the answers and the errors of the interpreter.
    def run(f):
        return [(outcome(f, p, n), list(p.data)) for p, n in (
            (seeded(6, 5), 6), (seeded(6, 5), 7), (seeded(6, 2), 3), (IntPlane(6, 5), 2))]

    rjit.disable()
    plain = run(bump)
    g = subscript_copy(bump, seeded(6, 5), 5)
    got = run(g)
    assert rjit.info(g)["state"] == "compiled"
    assert repr(got) == repr(plain)
    rjit.disable()
