"""Calls between compiled functions (runtime/calls.rs, cpython/frames.rs): the callee's frame is
pushed by rjit, not by `_PyEval_Vector`. Every case runs with rjit off and with the caller and
its callees compiled, and the outcomes must be equal: values, exceptions with their messages,
traceback lines, frames seen from inside, and frames that outlive their call."""

import gc
import sys

import pytest

import rjit
from conftest import both, outcome


def pushed():
    s = rjit.stats()
    return s["direct_calls"] + s["direct_entries"]


def both_compiled(entry, callees, *args, **kwargs):
    """`entry(*args, **kwargs)` plain, then with `entry` and every callee compiled."""
    rjit.disable()
    plain = outcome(entry, *args, **kwargs)
    rjit.enable(threshold=1, background=False)
    for f in (entry, *callees):
        assert rjit.compile(f), (f, rjit.info(f))
    direct = pushed()
    jitted = outcome(entry, *args, **kwargs)
    assert pushed() > direct, "no call took a direct route"
    calls_before = {f: rjit.info(f)["calls"] for f in callees}
    again = outcome(entry, *args, **kwargs)
    rjit.disable()
    assert jitted == plain
    assert again == plain
    for f in callees:
        assert rjit.info(f)["state"] == "compiled"
    return plain, calls_before


# --- argument binding -----------------------------------------------------------------------


def pos(a, b, c):
    return (a, b, c)


def defaults(a, b=2, c=(3,)):
    return (a, b, c)


def kwonly(a, *, k, m=5):
    return (a, k, m)


def star(a, *rest):
    return (a, rest)


def starstar(a, **kw):
    return (a, sorted(kw.items()))


def everything(a, b=1, /, c=2, *rest, d, e=4, **kw):
    return (a, b, c, rest, d, e, sorted(kw.items()))


def many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10=10, a11=11):
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11


def binding_caller():
    return [
        pos(1, 2, 3),
        pos(1, c=3, b=2),
        defaults(1),
        defaults(1, 7),
        defaults(1, c=8),
        defaults(a=0),
        kwonly(1, k=2),
        kwonly(1, m=9, k=2),
        star(1),
        star(1, 2, 3),
        starstar(1),
        starstar(1, x=2, y=3),
        starstar(a=1, z=2),
        everything(1, d=0),
        everything(1, 2, 3, 4, 5, d=6, e=7, f=8),
        everything(1, 2, c=3, d=4, a=5, b=6),  # positional-only names land in **kw
        many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
        many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, a11=0),
    ]


def test_argument_binding():
    both_compiled(binding_caller, [pos, defaults, kwonly, star, starstar, everything, many])


class WithDefaults:
    def m(self, a, b=[], c="c"):  # noqa: B006 - the default's identity is part of the test
        b.append(a)
        return (a, len(b), c)


def defaults_filled_inline(n):
    # Calls that leave trailing parameters to __defaults__, through the direct route: plain
    # functions and methods, defaults replaced, shrunk below what a call needs, removed.
    obj = WithDefaults()
    WithDefaults.m.__defaults__[0].clear()
    defaults.__defaults__ = (2, (3,))
    out = []
    for i in range(n):
        out.append((defaults(i), defaults(i, -i), obj.m(i), obj.m(i, [0])))
        if i == 2:
            defaults.__defaults__ = ("B", "C")
        if i == 3:
            defaults.__defaults__ = ("only c",)
            out.append((call_and_catch(defaults, i), defaults(i, 1)))
            defaults.__defaults__ = ("B", "C")
        if i == 4:
            defaults.__defaults__ = None
            out.append((call_and_catch(defaults, i), call_and_catch(defaults, i, 1), defaults(i, 1, 2)))
            defaults.__defaults__ = (2, (3,))
    first = WithDefaults.m.__defaults__[0]
    out.append((len(first), sys.getrefcount(first) < 10))
    return out


def test_defaults_filled_by_the_direct_route():
    saved = defaults.__defaults__
    try:
        both_compiled(defaults_filled_inline, [defaults, WithDefaults.m], 8)
    finally:
        defaults.__defaults__ = saved
    del WithDefaults.m.__defaults__[0][:]


def call_and_catch(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except TypeError as e:
        return str(e)


def wrong_pos_missing():
    return pos(1, 2)


def wrong_pos_extra():
    return pos(1, 2, 3, 4)


def wrong_unexpected():
    return pos(1, 2, 3, d=4)


def wrong_twice():
    return pos(1, 2, a=3)


def wrong_kwonly_missing():
    return kwonly(1)


def wrong_posonly_as_keyword():
    return everything(a=1, d=2)


@pytest.mark.parametrize(
    "caller",
    [wrong_pos_missing, wrong_pos_extra, wrong_unexpected, wrong_twice, wrong_kwonly_missing,
     wrong_posonly_as_keyword],
)
def test_argument_errors_keep_cpython_messages(caller):
    out, _ = both_compiled(caller, [pos, kwonly, everything])
    assert out[0] == "raised" and out[1] == "TypeError", out


def star_call_caller(n):
    out = []
    args = (1, 2)
    kw = {"c": 3}
    out.append(pos(*args, **kw))
    out.append(pos(*[n, n], c=0))
    out.append(defaults(*(n,)))
    out.append(kwonly(*args[:1], **{"k": n}))
    out.append(star(*range(5)))
    out.append(starstar(*(n,), **{"x": 1, "y": 2}))
    out.append(everything(*(1, 2, 3, 4), **{"d": 5, "z": 6}))
    out.append(many(*range(10), **{"a11": 0}))
    out.append(Counter(n).bump(*(2,), **{"by": 3}))
    bound = Counter(n).bump
    out.append(bound(*(), **{"k": 1, "by": 2}))
    out.append(list(squares(*(n,))))
    big = tuple(range(40))
    out.append(star(*big))
    for bad in (lambda: pos(*args, **{"a": 0}),           # a given twice
                lambda: pos(*args, **{1: 2}),             # a key that is not a str
                lambda: pos(*(1, 2, 3, 4)),               # too many
                lambda: kwonly(*args),                    # keyword-only missing
                lambda: starstar(**{"a": 1, "b": 2}),
                lambda: pos(*args, **{"c": 3, "d": 4})):  # unexpected keyword
        out.append(call_and_catch(bad))
    return out


class Counter:
    def __init__(self, v):
        self.v = v

    def bump(self, k=0, by=1):
        self.v += k * by
        return self.v


def test_call_function_ex_takes_the_direct_route():
    both_compiled(star_call_caller, [pos, defaults, kwonly, star, starstar, everything, many,
                                     Counter.bump, squares], 4)


# --- super().name: found without making the super object ------------------------------------


class SBase:
    def __init__(self, v):
        self.v = v

    def m(self, k):
        return ("SBase.m", self.v, k)

    @property
    def p(self):
        return ("SBase.p", self.v)

    @classmethod
    def cm(cls):
        return ("SBase.cm", cls.__name__)

    def plain(self=None):
        return "SBase.plain"


class SLeft(SBase):
    def m(self, k):
        return ("SLeft",) + super().m(k)


class SRight(SBase):
    def m(self, k):
        return ("SRight",) + super().m(k + 1)


class SDiamond(SLeft, SRight):
    def __init__(self, v):
        super().__init__(v * 10)

    def m(self, k):
        return ("SDiamond",) + super().m(k)

    def uses(self):
        out = [super().p, super().cm(), super().plain(), super().__class__.__name__]
        try:
            super().missing
        except AttributeError as e:
            out.append(str(e))
        return out

    @classmethod
    def on_class(cls):
        return (super().cm(), super().plain())

    def closure(self):
        return [(lambda: self)().v, super().m(0)]

    def deleted(self):
        del self
        try:
            return super().m(1)
        except RuntimeError as e:
            return str(e)


class SNew(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())


class SObjectInit:
    def __init__(self):
        super().__init__()
        self.ok = True


class SList(list):
    def append(self, x):
        super().append(x * 2)


def super_calls(n):
    out = []
    for i in range(n):
        d = SDiamond(i)
        out.append((d.v, d.m(i), d.uses(), SDiamond.on_class(), d.closure(), d.deleted()))
        out.append((SNew("ab"), type(SNew("x")).__name__, SObjectInit().ok))
        lst = SList()
        lst.append(i)
        out.append(lst)
        if i == n // 2:
            SBase.m = lambda self, k: ("replaced", k)
    SBase.m = original_sbase_m
    return out


original_sbase_m = SBase.m


def test_super_method_without_the_super_object():
    both_compiled(super_calls, [SDiamond.__init__, SDiamond.m, SLeft.m, SRight.m, SDiamond.uses,
                                SDiamond.closure, SDiamond.deleted, SNew.__new__,
                                SObjectInit.__init__, SList.append, SBase.__init__], 6)


SHADOWED = """
def super():
    return SBase(3)

def shadowed_super(n):
    return [super().m(i) for i in range(n)]
"""


def test_super_shadowed_by_a_global_is_not_fused():
    # Compiled code cannot know a global's name: it checks the loaded object is `super`.
    ns = {"SBase": SBase}
    exec(SHADOWED, ns)
    both_compiled(ns["shadowed_super"], [], 3)


# --- methods, closures, generators -------------------------------------------------------------


class Base:
    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra

    @staticmethod
    def stat(x):
        return x * 2

    @classmethod
    def cls(cls, x):
        return (cls.__name__, x)


class Derived(Base):
    def get(self, extra=0):
        return super().get(extra) * 10


def method_caller(n):
    b, d = Base(n), Derived(n)
    bound = d.get
    return [b.get(), b.get(1), d.get(2), bound(3), Base.stat(4), b.stat(5), Derived.cls(6),
            b.cls(7), Base.get(b, 8)]


def test_methods_and_zero_argument_super():
    both_compiled(method_caller, [Base.__init__, Base.get, Derived.get, Base.stat], 3)


def make_adder(k):
    def add(x):
        return x + k

    return add


adder = make_adder(5)


def closure_caller():
    return [adder(i) for i in range(3)] + [adder(x=10)]


def test_closures():
    both_compiled(closure_caller, [adder])


def squares(n):
    for i in range(n):
        yield i * i


def generator_caller(n):
    g = squares(n)
    return (type(g).__name__, g.gi_frame is not None, list(g), sum(squares(n)))


def test_generator_function_called_directly():
    both_compiled(generator_caller, [squares], 5)


def gen_kinds(a, b=2, *rest, k=3, **kw):
    x = yield (a, b, rest, k, sorted(kw.items()))
    try:
        y = yield x
    finally:
        pass
    return y


def generator_lifecycle():
    # Generators created by compiled callers (frames::make_generator): their state, frame and
    # every way of driving them, against the interpreter's.
    import gc
    import inspect
    import weakref

    out = []
    g = gen_kinds(1)
    f = g.gi_frame
    out.append((type(g).__name__, g.__name__, g.__qualname__, g.gi_code is gen_kinds.__code__,
                inspect.getgeneratorstate(g), f.f_lineno, f.f_lasti, sorted(f.f_locals.items()),
                g.gi_running, g.gi_yieldfrom, f.f_back))
    try:
        g.send(5)
    except TypeError as e:
        out.append(str(e))
    out.append(next(g))
    out.append((g.gi_frame.f_lineno, inspect.getgeneratorstate(g)))
    out.append(g.send("sent"))
    try:
        g.send("last")
    except StopIteration as e:
        out.append(("stop", e.value, inspect.getgeneratorstate(g)))
    g2 = gen_kinds(1, 2, 3, 4, k=5, z=6)
    out.append(next(g2))
    g2.close()
    out.append(inspect.getgeneratorstate(g2))
    g3 = gen_kinds(0)
    try:
        g3.throw(ValueError("into a fresh generator"))
    except ValueError as e:
        out.append(("thrown", str(e), inspect.getgeneratorstate(g3)))
    g4 = gen_kinds(0)
    g4.close()
    out.append(inspect.getgeneratorstate(g4))
    try:
        gen_kinds()
    except TypeError as e:
        out.append(str(e))
    # A generator that holds itself (through its argument) is freed by the collector.
    held = []
    g5 = gen_kinds(held)
    held.append(g5)
    ref = weakref.ref(g5)
    del g5, held
    gc.collect()
    out.append(ref() is None)
    out.append([list(gen_kinds(i)) for i in range(3)])
    return out


def make_generators(n):
    out = []
    for i in range(n):
        out.append(gen_kinds(i, k=i))
    return out


def plain_generator(a, b=2):
    x = yield a + b
    yield x, sys._getframe(1).f_code.co_name


class Walker:
    def walk(self, n):
        yield from range(n)


def make_plain_generators(n):
    out = []
    w = Walker()
    for i in range(n):
        out.append(plain_generator(i))
        out.append(plain_generator(i, -i))
        out.append(w.walk(i % 3))
    return out


def plain_generators_driven(n):
    made = make_plain_generators(n)
    return [(next(g), g.send("s")) for g in made[0::3]] + [list(g) for g in made[2::3]]


def test_generators_created_inline_by_compiled_callers():
    """Plain generator code called with its positional parameters: compiled callers push the
    frame and make the generator themselves (`rjit_make_generator`), not through the helper."""
    both_compiled(plain_generators_driven, [make_plain_generators, plain_generator, Walker.walk], 4)
    rjit.enable(threshold=1, background=False)
    for f in (make_plain_generators, plain_generator, Walker.walk):
        assert rjit.compile(f)
    make_plain_generators(2)
    before = rjit.stats()
    made = make_plain_generators(100)
    after = rjit.stats()
    rjit.disable()
    assert after["frames"] - before["frames"] < 5
    # `direct_calls` counts the helper's route: the inline one made these 300.
    assert after["direct_calls"] - before["direct_calls"] < 5
    assert rjit.info(plain_generator)["calls"] >= 200
    assert [next(g) for g in made[-3:-1]] == [99 + 2, 0]


def test_generators_created_by_compiled_callers():
    both_compiled(generator_lifecycle, [gen_kinds])
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(make_generators)
    before = rjit.stats()["frames"]
    made = make_generators(300)
    # Creating them took no trip through the evaluator (closing them when they go does).
    assert rjit.stats()["frames"] - before < 5
    rjit.disable()
    assert [next(g) for g in made][299] == (299, 2, (), 299, [])


class _Ready:
    """An awaitable that suspends its awaiter once, then gives `value`."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("suspended", self.value)
        return (self.value, got)


async def coro_kinds(a, b=2):
    x = await _Ready(a)
    return (a, b, x)


async def agen_kinds(a, b=2):
    x = yield a
    y = yield (b, x)
    await _Ready(y)
    yield "last"


async def co_add(a, b=2):
    import asyncio

    await asyncio.sleep(0)
    return a + b


async def agen_count(n):
    import asyncio

    for i in range(n):
        yield i
        await asyncio.sleep(0)


def made_coroutines(n):
    return [coro_kinds(i) for i in range(n)] + [agen_kinds(i, i) for i in range(n)]


def _drive(co, *sent):
    out = []
    for v in sent:
        try:
            out.append(co.send(v))
        except StopIteration as e:
            out.append(("returned", e.value))
        except Exception as e:  # noqa: BLE001
            out.append((type(e).__name__, str(e)))
    return out


def _tracked_coroutine(a):
    return coro_kinds(a)


def coroutine_lifecycle():
    # Coroutines and async generators made by compiled callers (frames::make_generator with
    # PyCoro_Type / PyAsyncGen_Type): their state, frame, origin and every way of driving them,
    # against the interpreter's.
    import gc
    import inspect
    import warnings

    out = []
    c = coro_kinds(1)
    f = c.cr_frame
    out.append((type(c).__name__, c.__name__, c.__qualname__, c.cr_code is coro_kinds.__code__,
                inspect.getcoroutinestate(c), f.f_lineno, f.f_lasti, sorted(f.f_locals.items()),
                c.cr_running, c.cr_await, c.cr_origin, f.f_back, inspect.iscoroutine(c)))
    out.append(_drive(c, 5))
    out.append(_drive(c, None))
    out.append((inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_frame.f_lineno))
    out.append(_drive(c, "sent", None))
    out.append(inspect.getcoroutinestate(c))
    c2 = coro_kinds(2, 3)
    try:
        c2.throw(ValueError("into a fresh coroutine"))
    except ValueError as e:
        out.append(("thrown", str(e), inspect.getcoroutinestate(c2)))
    c3 = coro_kinds(0)
    c3.close()
    out.append(inspect.getcoroutinestate(c3))
    try:
        coro_kinds()
    except TypeError as e:
        out.append(str(e))
    # Dropped without being awaited: CPython's warning, from the coroutine's finalizer.
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        coro_kinds(4)
        gc.collect()
    out.append([str(x.message) for x in w])
    # Origins tracked: the interpreter records them (rjit leaves such coroutines to it).
    depth = sys.get_coroutine_origin_tracking_depth()
    sys.set_coroutine_origin_tracking_depth(2)
    try:
        t = _tracked_coroutine(5)
    finally:
        sys.set_coroutine_origin_tracking_depth(depth)
    out.append([(name, line) for _file, line, name in t.cr_origin])
    out.append(_drive(t, None, "x"))
    # Async generators: hooks, asend/athrow/aclose, a reused awaitable.
    seen = []
    old_hooks = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(("first", g.__name__)),
                           finalizer=lambda g: seen.append(("final", g.__name__)))
    try:
        g = agen_kinds(7)
        out.append((type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await,
                    g.ag_frame.f_lasti, inspect.isasyncgen(g), seen[:]))
        out.append(_drive(g.asend(None), None))
        out.append(_drive(g.asend("v"), None))
        out.append(_drive(g.asend("w"), None, None))
        a = g.asend(None)
        out.append(_drive(a, None))
        out.append(_drive(a, None))
        g2 = agen_kinds(1)
        out.append(_drive(g2.athrow(KeyError("k")), None))
        g3 = agen_kinds(2)
        out.append(_drive(g3.asend(None), None))
        out.append(_drive(g3.aclose(), None))
        out.append(seen)
    finally:
        sys.set_asyncgen_hooks(*old_hooks)

    async def main():
        total = [await co_add(i) for i in range(3)]
        async for v in agen_count(4):
            total.append(v)
        total.append(await asyncio.gather(co_add(1, 1), co_add(2, 2)))
        return total

    import asyncio

    out.append(asyncio.run(main()))
    names = []
    for co in made_coroutines(2):
        names.append(co.__qualname__)
        if inspect.iscoroutine(co):
            co.close()
    out.append(names)
    return out


def test_coroutines_created_by_compiled_callers():
    both_compiled(coroutine_lifecycle, [coro_kinds, agen_kinds, _tracked_coroutine, made_coroutines, co_add, agen_count])
    rjit.enable(threshold=1, background=False)
    for f in (made_coroutines, coro_kinds, agen_kinds):
        assert rjit.compile(f)
    for c in made_coroutines(2)[:2]:
        c.close()
    gc.collect()  # earlier tests' unstarted generators are closed through the evaluator
    before = rjit.stats()["frames"]
    made = made_coroutines(200)
    # Creating them took no trip through the evaluator.
    assert rjit.stats()["frames"] - before < 5
    rjit.disable()
    assert [type(c).__name__ for c in made[199:201]] == ["coroutine", "async_generator"]
    assert _drive(made[199], None, None) == [("suspended", 199), ("returned", (199, 2, (199, None)))]
    for c in made[:200]:
        c.close()  # the async generators in made[200:] do not warn when dropped


def closure_generators(n):
    # Generators of closures (COPY_FREE_VARS before RETURN_GENERATOR) made by compiled callers:
    # the cells copied into the generator's frame, seen by it after the enclosing function
    # rebinds them, in its frame's locals, and a coroutine closure awaited.
    import asyncio
    import inspect

    out = []
    scale = 2
    gens = [(x * scale for x in range(i)) for i in range(n)]
    scale = 10  # the generator expressions read the cell when they run

    def counter(k):
        def count():
            yield from range(k)
            yield scale

        return count

    async def plus(v):
        return v + scale

    first = gens[2]
    out.append((type(first).__name__, first.__qualname__, inspect.getgeneratorstate(first),
                sorted(first.gi_frame.f_locals), first.gi_code.co_freevars))
    out.append([list(g) for g in gens])
    out.append([list(counter(k)()) for k in range(3)])
    out.append(asyncio.run(plus(1)))
    out.append(sum(v * scale for v in range(n)))
    out.append(tuple(c + str(scale) for c in "ab"))
    return out


def make_closure_generators(n):
    k = 3
    out = []
    for i in range(n):
        out.append(x + k for x in range(i))
    return out


def test_closure_generators_created_by_compiled_callers():
    both_compiled(closure_generators, [], 5)
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(make_closure_generators)
    for _ in range(3):
        make_closure_generators(3)
    # The generator expression's code compiles when its calls make it hot: it may still be
    # queued (compiled by the code generator process, installed at a later call).
    assert rjit.wait()
    gc.collect()  # earlier tests' unstarted generators are closed through the evaluator
    before = rjit.stats()["frames"]
    made = make_closure_generators(200)
    # Creating them took no trip through the evaluator.
    assert rjit.stats()["frames"] - before < 5
    rjit.disable()
    assert list(made[199])[-1] == 198 + 3


class _Key:
    """A set element whose hash and equality run Python code: records what it saw then."""

    seen = []

    def __init__(self, v, probe=None):
        self.v = v
        self.probe = probe

    def __hash__(self):
        if self.probe is not None:
            _Key.seen.append(self.probe())
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, _Key) and self.v == other.v


def _counts(n, stop=None):
    for i in range(n):
        if i == stop:
            raise KeyError(i)
        yield i
    return "done"


def _delegating(n):
    yield "first"
    yield from _counts(n)
    yield "last"


def drained_generators(n):
    # list(g), tuple(g), set(g) of compiled generators (runtime::generators::drain): every kind
    # of value, values whose adding runs Python code, errors inside and at the add, generators
    # already started or finished, nested drains, `yield from`.
    import inspect
    import traceback

    out = []
    k = 3
    out.append(list(x * k for x in range(n)))
    out.append(tuple(str(x) for x in range(n)))
    out.append(sorted(set(x % 4 for x in range(n))))
    out.append(sorted(set((x, (x % 2, "s"), 1.5, None, b"b", x > 2) for x in range(n))))
    out.append(tuple(x for x in ()))
    out.append([sorted(set(x * y for y in range(i))) for i, x in enumerate(range(n))])
    out.append(list(tuple(x for x in range(i)) for i in range(4)))
    out.append(list(_delegating(3)))
    # The list's allocation is list(g)'s (list_extend's first guess of 8, then cut back).
    out.append([sys.getsizeof(list(x for x in range(k))) for k in range(20)])
    out.append([sys.getsizeof(list(_counts(k))) for k in (0, 1, 3, 9, 17)])
    out.append(tuple(_counts(4)))
    g = _counts(6)
    out.append((next(g), next(g), list(g), list(g), inspect.getgeneratorstate(g)))
    try:
        set([x] for x in range(3))
    except TypeError as e:
        out.append(("add", str(e)))
    try:
        tuple(_counts(5, stop=2))
    except KeyError as e:
        out.append(("inside", repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)]))
    # Python hashes run with the generator suspended, as CPython's set() adds after each yield.
    _Key.seen = []
    h = None

    def keys():
        for i in range(4):
            yield _Key(i % 2, probe=lambda: (inspect.getgeneratorstate(h), h.gi_running))
            yield i

    h = keys()
    out.append((len(set(h)), _Key.seen))

    # A hash that takes the next value itself, and one that closes the generator.
    def pulls():
        for i in range(6):
            yield _Key(i, probe=lambda: getattr(next(p, None), "v", None))

    p = pulls()
    _Key.seen = []
    out.append((sorted(x.v for x in set(p)), _Key.seen))

    def closes():
        for i in range(6):
            yield _Key(i, probe=lambda: c.close())

    c = closes()
    _Key.seen = []
    out.append((sorted(x.v for x in set(c)), inspect.getgeneratorstate(c)))
    # any(g), all(g): decided by a value, the generator left suspended right after it.
    out.append((any(x > 3 for x in range(n)), all(x < 100 for x in range(n)),
                any(x for x in ()), all(x for x in ()), any(x > 100 for x in range(n)),
                all(x % 5 for x in range(1, n + 1)), any([x] for x in range(n))))
    g = _counts(8)
    out.append((any(x == 2 for x in g), next(g), all(x < 5 for x in g), next(g)))

    class Truth:
        def __init__(self, v):
            self.v = v

        def __bool__(self):
            _Key.seen.append((self.v, inspect.getgeneratorstate(t)))
            if self.v == "boom":
                raise ValueError("no truth")
            return bool(self.v)

    _Key.seen = []
    t = (Truth(v) for v in (False, 0, True, "never"))
    out.append((any(t), _Key.seen, inspect.getgeneratorstate(t)))
    try:
        all(Truth(v) for v in (True, "boom"))
    except ValueError as e:
        out.append(str(e))
    # Drained from inside a generator being drained, and the same generator re-entered.
    out.append(list(sum(1 for _ in range(i)) for i in range(5)))

    def reenter():
        yield 1
        yield list(r)

    r = reenter()
    try:
        list(r)
    except ValueError as e:
        out.append(("reentered", str(e)))
    return out


def test_drained_generators():
    both_compiled(drained_generators, [_counts, _delegating], 7)


def drains_tuples(n):
    out = []
    for i in range(n):
        out.append(tuple(x * i for x in range(50)))
        out.append(any(x > 1000 for x in range(50)))
        out.append(all(x < 1000 for x in range(50)))
    return out


def test_drained_generators_run_without_suspending():
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(drains_tuples)
    for _ in range(3):
        drains_tuples(3)
    assert rjit.wait()  # the generator expressions' compiles, as above
    drains_tuples(1)
    gc.collect()  # earlier tests' unstarted generators are closed through the evaluator
    before = rjit.stats()
    made = drains_tuples(100)
    after = rjit.stats()
    rjit.disable()
    # 300 generators of 50 values: no resume went through the evaluator, and each generator's
    # frame was resumed once.
    assert after["frames"] - before["frames"] < 5
    assert after["direct_entries"] - before["direct_entries"] < 350
    assert made[297:] == [tuple(x * 99 for x in range(50)), False, True]


def _generate_deeper(n):
    yield n


def _deeper(n):
    _generate_deeper(n)
    return _deeper(n + 1)


def generator_at_the_recursion_limit():
    import traceback

    try:
        _deeper(0)
    except RecursionError as e:
        return str(e), len(traceback.extract_tb(e.__traceback__))


def test_generator_creation_keeps_the_recursion_limit():
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        both_compiled(generator_at_the_recursion_limit, [_deeper, _generate_deeper])
    finally:
        sys.setrecursionlimit(old)


# --- frames: seen from inside, escaping, in tracebacks -----------------------------------------


def peek_caller():
    f = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno, sorted(f.f_locals.items()), f.f_back.f_code.co_name)


def observed_caller(p, q):
    r = p + q
    return peek_caller(), r


def test_callee_sees_compiled_caller():
    both_compiled(observed_caller, [peek_caller], 10, 3)


def leak_frame(a):
    b = a * 2
    return sys._getframe()


def escaped_frames():
    f = leak_frame(21)
    # The frame outlived its call: its locals, line and caller are still right.
    return (f.f_code.co_name, f.f_lineno, sorted(f.f_locals.items()), f.f_back.f_code.co_name,
            f.f_back.f_lineno)


def test_frame_object_outlives_call():
    both_compiled(escaped_frames, [leak_frame])


def fails(x):
    y = x + 1
    raise ValueError(f"bad {y}")


def middle(x):
    z = x * 3
    return fails(z)


def traceback_keeper():
    try:
        middle(2)
    except ValueError as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals)))
            tb = tb.tb_next
        return str(e), frames


def test_frames_left_in_a_traceback():
    both_compiled(traceback_keeper, [middle, fails])


def test_exception_through_compiled_callees():
    out, _ = both_compiled(middle, [fails], 4)
    assert [name for name, _ in out[3]] == ["middle", "fails"]


# --- recursion ---------------------------------------------------------------------------------


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


def depth_reached():
    def probe(n):
        try:
            return probe(n + 1)
        except RecursionError:
            return n

    return probe(0)


def deep(n):
    try:
        return down(n)
    except RecursionError as e:
        return "RecursionError", str(e)


def ping(n):
    return n if n <= 0 else pong(n - 1)


def pong(n):
    return n if n <= 0 else ping(n - 1)


def test_recursion_and_recursion_limit():
    both_compiled(down, [down], 500)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(300)
    try:
        both_compiled(deep, [down], 10_000)
        both_compiled(ping, [ping, pong], 10_000)
    finally:
        sys.setrecursionlimit(old)


def test_recursion_depth_is_cpython_s():
    # The depth at which RecursionError is raised is the same with direct calls.
    rjit.disable()
    plain = down_to_error()
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(down_to_error) and rjit.compile(_recurse)
    jitted = down_to_error()
    rjit.disable()
    assert jitted == plain


def _recurse(n):
    return _recurse(n + 1) if n < 10**9 else n


def down_to_error():
    import traceback

    try:
        _recurse(0)
    except RecursionError as e:
        return len(traceback.extract_tb(e.__traceback__))


# --- data-stack chunks: calls that cross a chunk boundary, again and again ---------------------


def chunk_walk(n, keep):
    # Big enough frames that a few dozen calls fill a 16 KiB chunk.
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = n
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = -n
    if n == 0:
        names = []
        f = sys._getframe()
        while f is not None and f.f_code.co_name == "chunk_walk":
            names.append(f.f_locals["n"])
            f = f.f_back
        if keep is not None:
            try:
                raise ValueError("bottom")
            except ValueError as e:
                keep.append(e)
        return len(names), names[-1]
    r = chunk_walk(n - 1, keep)
    return (r[0] + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9
            + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9, r[1])


def chunk_fail(n):
    if n == 0:
        raise KeyError(n)
    return chunk_fail(n - 1) + 1


def chunk_oscillate(depths):
    out = []
    kept = []
    for d in depths:
        out.append(chunk_walk(d, kept if d % 7 == 0 else None))
        try:
            chunk_fail(d)
        except KeyError as e:
            tb = e.__traceback__
            n = 0
            while tb is not None:
                n += 1
                tb = tb.tb_next
            out.append(n)
    # Frames kept alive by tracebacks: their f_back chains cross chunk boundaries.
    for e in kept:
        f = e.__traceback__.tb_frame
        chain = 0
        while f is not None and f.f_code.co_name == "chunk_walk":
            chain += 1
            f = f.f_back
        out.append((chain, f.f_code.co_name if f else None))
    return out


def test_calls_across_data_stack_chunks():
    # Depths that go up and down over several chunk boundaries; every frame at a chunk's first
    # slot is popped and its chunk kept for the next call that needs one.
    depths = [d for k in range(4) for d in (30 + k, 90 - k, 150 + k, 60, 260 - k, 5, 200)]
    before = rjit.stats()
    both_compiled(chunk_oscillate, [chunk_walk, chunk_fail], depths)
    after = rjit.stats()
    assert after["stack_chunks"] > before["stack_chunks"]
    assert after["stack_chunks_reused"] > before["stack_chunks_reused"]


def test_data_stack_chunks_in_threads():
    import threading

    depths = [d for k in range(3) for d in (120 + k, 10, 250 - k, 40)]
    rjit.disable()
    plain = outcome(chunk_oscillate, depths)
    rjit.enable(threshold=1, background=False)
    for f in (chunk_oscillate, chunk_walk, chunk_fail):
        assert rjit.compile(f)
    results = [None] * 4

    def work(i):
        results[i] = [outcome(chunk_oscillate, depths) for _ in range(3)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rjit.disable()
    assert results == [[plain] * 3] * 4


# --- functions that change between calls -------------------------------------------------------


def target_a(x):
    return ("a", x)


def target_b(x, y=100):
    return ("b", x, y)


def changing_caller():
    out = [target_a(1)]
    target_a.__code__ = target_b.__code__
    target_a.__defaults__ = (7,)
    out.append(target_a(2))
    target_a.__defaults__ = (8,)
    out.append(target_a(3))
    target_a.__code__ = target_a_code
    target_a.__defaults__ = None
    out.append(target_a(4))
    return out


target_a_code = target_a.__code__


def test_code_and_defaults_replaced_between_calls():
    both_compiled(changing_caller, [target_a, target_b])


def traced_callee(x):
    events = []

    def tracer(frame, event, arg):
        events.append((frame.f_code.co_name, event))
        return tracer

    sys.settrace(tracer)
    try:
        y = inner_traced(x)
    finally:
        sys.settrace(None)
    return y, events


def inner_traced(x):
    return x + 1


def tracing_caller():
    return traced_callee(1)


def test_tracer_switched_on_inside_a_callee():
    both_compiled(tracing_caller, [traced_callee, inner_traced])


def test_callee_calls_are_counted():
    # A callee reached by a direct call still counts towards its tier-up.
    rjit.enable(threshold=10**6, background=False)
    assert rjit.compile(closure_caller)
    before = rjit.info(adder).get("calls", 0)
    closure_caller()
    rjit.disable()
    assert rjit.info(adder).get("calls", 0) >= before + 4


# --- another PEP 523 evaluator installed while compiled code runs ------------------------------


def recorded_callee(x):
    return x + 1


def swaps_evaluator(record):
    import _testinternalcapi

    _testinternalcapi.set_eval_frame_record(record)
    try:
        return recorded_callee(1)
    finally:
        _testinternalcapi.set_eval_frame_default()


def test_foreign_evaluator_sees_calls_from_compiled_code():
    # Direct calls are only for rjit's own evaluator: once another hook is installed, calls from
    # compiled code reach it, as calls from the interpreter would.
    pytest.importorskip("_testinternalcapi")
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(swaps_evaluator) and rjit.compile(recorded_callee)
    record = []
    assert swaps_evaluator(record) == 2
    assert record == ["recorded_callee"]
    rjit.disable()


# --- classes: Cls(args) with a Python __init__ -------------------------------------------------


class Point:
    def __init__(self, x, y=0, *, z=0):
        self.x, self.y, self.z = x, y, z


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y, z=z)
        self.sum = x + y + z


class ReturnsValue:
    def __init__(self):
        return 42


class Raises:
    def __init__(self, v):
        raise ValueError(f"no {v}")


class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.made_by_new = args
        return inst

    def __init__(self, a):
        self.a = a


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class ListChild(list):
    def __init__(self, n):
        super().__init__(range(n))


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


class NoInit:
    pass


class Replaced:
    def __init__(self, v):
        self.v = v


def replaced_init(self, v):
    self.v = -v


class StrWithNew(str):
    # markupsafe.Markup's shape: a str subclass with a Python __new__ and no __init__.
    def __new__(cls, base="", tag=None):
        obj = super().__new__(cls, base)
        obj.tag = tag
        return obj


class NewAndInit:
    def __new__(cls, a, *rest, k=None):
        inst = super().__new__(cls)
        inst.log = ["new", a, rest, k]
        return inst

    def __init__(self, a, *rest, k=None):
        self.log.append(("init", a, rest, k))


class NewReturnsOther:
    def __new__(cls, v):
        return ("other", v)

    def __init__(self, v):
        raise AssertionError("__init__ of a foreign object")


class NewChild(NewAndInit):
    def __init__(self, a, *rest, k=None):
        self.log.append(("child init", a))


class NewReturnsChild(NewAndInit):
    def __new__(cls, a):
        return NewChild(a)


class ListWithNew(list):
    # A builtin base's tp_init (list.__init__) runs after a Python __new__.
    def __new__(cls, *args):
        return super().__new__(cls)


class DictWithNew(dict):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)


class NewOnlyNoArgs:
    def __new__(cls):
        return super().__new__(cls)


class StaticNew:
    pass


def static_new(cls, v):
    inst = object.__new__(cls)
    inst.v = v
    return inst


StaticNew.__new__ = static_new


class NewRaises:
    def __new__(cls, v):
        raise LookupError(f"no {v}")


class InitReturnsValueAfterNew:
    def __new__(cls):
        return super().__new__(cls)

    def __init__(self):
        return 1


def construct_with_new(n):
    out = []
    s = StrWithNew("ab", tag=n)
    out.append((s, type(s).__name__, s.tag, StrWithNew().tag))
    out.append(NewAndInit(1, 2, 3, k=n).log)
    out.append(NewReturnsOther(n))
    out.append(NewReturnsChild(n).log)
    out.append(ListWithNew([n, 2]))
    out.append(DictWithNew(a=n, b=2))
    out.append(StaticNew(n).v)
    for bad in (lambda: NewOnlyNoArgs(1), lambda: NewAndInit(), lambda: NewRaises(n),
                lambda: InitReturnsValueAfterNew(), lambda: StrWithNew(1, 2, 3),
                lambda: NewAndInit(1, z=2), lambda: ListWithNew(1)):
        try:
            bad()
        except Exception as e:  # noqa: BLE001 - compared with CPython's
            out.append((type(e).__name__, str(e)))
    return out


def test_class_construction_with_a_python_new():
    both_compiled(construct_with_new, [StrWithNew.__new__, NewAndInit.__new__, NewAndInit.__init__,
                                       NewReturnsOther.__new__, NewChild.__init__,
                                       NewReturnsChild.__new__, ListWithNew.__new__,
                                       DictWithNew.__new__, static_new, NewRaises.__new__], 5)


def construct_everything(n):
    p = Point(n)
    q = Point(n, 2, z=3)
    r = Point3(1, 2, 3)
    out = [(p.x, p.y, p.z), (q.x, q.y, q.z), vars(r), WithNew(5).__dict__, (Slotted(1, 2).b,),
           list(ListChild(3)), WithMeta(4), type(NoInit()).__name__]
    out.append(Replaced(1).v)
    Replaced.__init__ = replaced_init
    out.append(Replaced(2).v)
    del Replaced.__init__
    try:
        Replaced(3)
    except TypeError as e:
        out.append(str(e))
    Replaced.__init__ = original_replaced_init
    try:
        NoInit(1)
    except TypeError as e:
        out.append(str(e))
    return out


original_replaced_init = Replaced.__init__


def test_class_construction():
    both_compiled(construct_everything, [Point.__init__, Point3.__init__, WithNew.__init__,
                                         Slotted.__init__, Replaced.__init__], 7)


class Rebound:
    def __init__(self, v):
        self.v = ("old", v)


def rebound_init(self, v):
    self.v = ("new", v)


class RebindsOnCollection:
    """Cyclic garbage whose finalizer rebinds `Rebound.__init__` (dropping the class's only
    reference to the old one) when the collector frees it."""

    def __del__(self):
        Rebound.__init__ = rebound_init


def construct_while_a_finalizer_rebinds_init(n):
    import gc

    out = []
    threshold = gc.get_threshold()
    try:
        for i in range(n):
            if i == n // 2:
                gc.collect()
                junk = RebindsOnCollection()
                junk.cycle = junk
                del junk
                # The next tracked allocation collects: `Rebound(i)`'s own, inside `__new__`,
                # after `type_call` found `__init__` and before it calls it.
                gc.set_threshold(1)
            out.append(Rebound(i).v)
            gc.set_threshold(*threshold)
    finally:
        gc.set_threshold(*threshold)
        Rebound.__init__ = original_rebound_init
    return out


original_rebound_init = Rebound.__init__


def test_class_construction_sees_init_rebound_during_allocation():
    # CPython looks `__init__` up after `__new__` allocated the instance, and the allocation can
    # run a finalizer: the new `__init__` runs for that very instance, the old one (freed by
    # then) must not.
    out, _ = both_compiled(construct_while_a_finalizer_rebinds_init, [original_rebound_init], 40)
    assert out[1][20] == ("new", 20) and out[1][19] == ("old", 19), out


def construct_returning_value():
    return ReturnsValue()


def construct_raising():
    return Raises(3)


def construct_with_missing_argument():
    return Point()


@pytest.mark.parametrize(
    "caller", [construct_returning_value, construct_raising, construct_with_missing_argument]
)
def test_class_construction_errors(caller):
    out, _ = both_compiled(caller, [ReturnsValue.__init__, Raises.__init__, Point.__init__])
    assert out[0] == "raised", out


def test_abstract_class_still_refused():
    import abc

    class Abstract(abc.ABC):
        @abc.abstractmethod
        def f(self): ...

        def __init__(self):
            pass

    def make():
        return Abstract()

    out, _ = both_compiled(make, [Point.__init__])
    assert out[1] == "TypeError"


# --- C callees: builtins and method descriptors through their C entry ------------------------


def c_callees_in_a_loop(n):
    lst = []
    d = {"a": 1}
    s = "x,y"
    out = []
    for i in range(n):
        lst.append(i)                     # method descriptor, METH_O
        out.append(len(lst))              # builtin, METH_O
        out.append(isinstance(i, int))    # builtin, METH_FASTCALL
        out.append(d.get("a"))            # METH_FASTCALL
        out.append(d.get("b", i))
        out.append(s.split(","))          # METH_FASTCALL | METH_KEYWORDS
        out.append(s.split(sep=",", maxsplit=1))
        out.append(lst.copy()[-1])        # METH_NOARGS
        out.append(sorted([3, 1, 2], reverse=True))
        out.append(getattr(d, "keys")().__len__())
        bound = lst.append                # a bound builtin method (PyCFunction with self)
        bound(-i)
        out.append(max(i, 2), )
        out.append(divmod(i + 7, 3))
    return out, lst


def c_callee_errors():
    out = []
    for args in [(), (1, 2), ("x",)]:
        try:
            out.append(len(*args))
        except TypeError as e:
            out.append(str(e))
    for call in [lambda: list.append(1, 2), lambda: list.append([], 1, 2), lambda: [].pop(1, 2),
                 lambda: {}.get(), lambda: "a".split(x=1), lambda: len(a=1),
                 lambda: str.upper(5), lambda: [].copy(1)]:
        try:
            out.append(call())
        except TypeError as e:
            out.append(str(e))
    return out


def c_recursion():
    # A builtin calling back into Python: the recursion limit still holds.
    def deep(n):
        return sorted([n], key=lambda x: deep(x + 1))

    try:
        deep(0)
    except RecursionError as e:
        return "RecursionError", str(e)


def test_c_callees():
    out, _ = both_compiled(c_callees_in_a_loop, [], 5)
    assert out[0] == "ok" and len(out[1][1]) == 10


def test_c_callee_errors_keep_cpython_messages():
    both_compiled(c_callee_errors, [])


def test_c_callees_keep_the_recursion_limit():
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        out, _ = both_compiled(c_recursion, [])
    finally:
        sys.setrecursionlimit(old)
    assert out[1][0] == "RecursionError"


# --- x[k] on an instance whose class defines __getitem__ in Python: called directly -------------

class Table:
    def __init__(self, n):
        self.rows = list(range(n))

    def __getitem__(self, k):
        if k == "who":
            return sys._getframe(1).f_code.co_name  # the caller's frame is the subscript's
        return self.rows[k]


class DictSub(dict):
    def __getitem__(self, k):
        return ("sub", dict.__getitem__(self, k))


class Plain(dict):
    pass


class Arity:
    def __getitem__(self):  # wrong arity: CPython's TypeError
        return 1


class Static:
    __getitem__ = staticmethod(lambda k: ("static", k))


class Generic:
    def __class_getitem__(cls, k):
        return ("class", k)


def subscripts(n):
    t, d, p = Table(n), DictSub(a=1), Plain(b=2)
    out = [t[i] for i in range(n)]
    out.append(t["who"])
    out += [d["a"], p["b"], Static()[3], Generic[int]]
    for bad in (lambda: t[n + 5], lambda: d["zz"], lambda: Arity()[0], lambda: p["zz"]):
        try:
            bad()
        except Exception as e:  # noqa: BLE001
            out.append((type(e).__name__, str(e)))
    return out


def test_python_getitem_is_called_directly():
    plain, _ = both_compiled(subscripts, [Table.__getitem__, DictSub.__getitem__], 4)
    assert plain[1][4] == "subscripts"
    assert plain[1][-4:] == [("IndexError", "list index out of range"), ("KeyError", "'zz'"),
                             ("TypeError", "Arity.__getitem__() takes 1 positional argument but 2 were given"),
                             ("KeyError", "'zz'")]


def getitem_replaced(n):
    class T:
        def __getitem__(self, k):
            return k
    t = T()
    out = []
    for i in range(n):
        if i == 3:
            T.__getitem__ = lambda self, k: -k
        if i == 6:
            del T.__getitem__
        try:
            out.append(t[i])
        except TypeError as e:
            out.append(str(e))
    return out


def test_getitem_replaced_or_deleted_between_calls():
    from conftest import both

    out = both(getitem_replaced, 9)
    assert out[1][:7] == [0, 1, 2, -3, -4, -5, "'T' object is not subscriptable"]


class ListSub(list):
    pass


class Recursive:
    def __repr__(self):
        return repr(self)  # METH_O builtin calling back into Python: RecursionError


def c_callees():
    """Builtins and method descriptors called through their C entry (METH_O, METH_NOARGS,
    METH_FASTCALL, METH_FASTCALL | METH_KEYWORDS), with every other shape going the general
    way: a subclass instance as self, a descriptor called unbound, keywords, errors."""
    out = []
    lst = [3, 1, 2]
    d = {"a": 1}
    s = "a,b,,c"
    sub = ListSub([5, 4])
    for i in range(30):
        out.append(id(lst) == id(lst))  # METH_O builtin
        out.append(ord("x"))
        out.append(divmod(i, 7))  # METH_FASTCALL builtin
        out.append(getattr(d, "get")("a"))
        out.append(d.get("a"))  # method descriptor, METH_FASTCALL
        out.append(d.get("zz", i))
        out.append(d.keys() == {"a"})  # METH_NOARGS
        out.append(lst.copy())
        out.append(s.split(","))  # METH_FASTCALL | METH_KEYWORDS
        out.append(s.split(",", 1))
        out.append(s.split(sep=",", maxsplit=2))  # keywords: the general route
        out.append(sorted(lst))
        out.append(isinstance(out, list))
        sub.append(i)  # self of a subclass: the general route
        out.append(list.append(lst, i) is None)  # [NULL, descriptor]
        out.append(max(i, 5))
        out.append((type(i), type(sub), type(type), type(None)))  # type(x) inline
        out.append(type("T", (), {"k": i}).k)  # three arguments: the general route
        out.append(sum([i, i, 1]))
        for bad in (lambda: ord("ab"), lambda: d.get(), lambda: lst.copy(1), lambda: divmod(i, 0)):
            try:
                bad()
            except (TypeError, ZeroDivisionError) as e:
                out.append((type(e).__name__, str(e)))
    out.append(len(sub))
    try:
        repr(Recursive())
    except RecursionError as e:
        out.append(str(e))
    import _testcapi

    for broken in (_testcapi.return_null_without_error, _testcapi.return_result_with_error):
        try:
            broken()  # METH_NOARGS breaking the rule: _Py_CheckFunctionResult's SystemError
        except SystemError as e:
            out.append((str(e), repr(e.__cause__)))
    # METH_STATIC / METH_CLASS C methods: the C function gets NULL (or the class), never the
    # `m_self` a static method's function object carries (test_call's
    # TestCallingConventionsStatic/Class).
    for cls in (_testcapi.MethStatic, _testcapi.MethClass):
        for obj in (cls, cls()):
            out.append((obj.meth_noargs(), obj.meth_o(1), obj.meth_fastcall(1, 2), obj.meth_fastcall_keywords(1, b=2)))
    return out


def test_c_callees_through_their_entry():
    both(c_callees)


class Rand(__import__("random").Random):
    """A subclass of a subclass of `_random.Random`: its `random` is two levels down."""


class Word(str):
    pass


class Word2(Word):
    pass


def c_callees_more_kinds():
    """`METH_METHOD | METH_FASTCALL | METH_KEYWORDS` descriptors (`re.Pattern.match`),
    `METH_VARARGS` ones (`str.startswith`, `dict.update`, `re.Match.group`), and `self` of a
    subclass of the descriptor's type, one level down and deeper."""
    import random
    import re

    out = []
    pat = re.compile(r"(\w)(\d)?")
    r1, r2 = random.Random(5), Rand(5)
    w, w2 = Word("a,b"), Word2("c,d")
    d = {}
    for i in range(20):
        m = pat.match("x%d" % i)
        out.append((m.group(), m.group(1), m.group(1, 2), m.span()))
        out.append(pat.search("--y").group(0))
        out.append(pat.sub("-", "ab1"))
        out.append(pat.match("--", 1) is None)
        out.append(("abc".startswith("a"), "abc".startswith(("x", "b"), 1), "abc".find("c")))
        d.update({i: i})
        d.update()
        out.append(len(d))
        out.append((r1.random(), r2.random()))  # subclass, and subclass of a subclass
        out.append((w.split(","), w2.split(","), w.upper(), w2.startswith("c")))
        out.append(list.__len__([i]))
    bad = (
        lambda: pat.match(),
        lambda: pat.match(5),
        lambda: pat.match("a", bogus=1),
        lambda: "a".startswith(),
        lambda: "a".startswith(5),
        lambda: "a".startswith(prefix="a"),
        lambda: d.update(1),
        lambda: d.update([1]),
        lambda: m.group(7),
        lambda: w.split(1),
        lambda: r1.random(1),
    )
    for f in bad:
        try:
            f()
        except (TypeError, IndexError, ValueError) as e:
            out.append((type(e).__name__, str(e)))
    return out


def test_c_callees_of_more_kinds_and_subclass_selves():
    out = both(c_callees_more_kinds)
    assert out[0] == "ok"
    assert ("TypeError", "str.startswith() takes no keyword arguments") in out[1]


class Visitor:
    def __init__(self):
        self.seen = []

    def visit_a(self, node):
        self.seen.append(("a", node))
        return sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno

    def visit_b(self, node, extra=7):
        self.seen.append(("b", node, extra))
        return node * 2

    def visit_raise(self, node):
        raise ValueError(node)

    @classmethod
    def visit_cls(cls, node):
        return cls.__name__, node

    def dispatch(self, name, node):
        method = getattr(self, "visit_" + name)
        return method(node)  # [NULL, bound method]


def bound_method_calls(n):
    v = Visitor()
    out = []
    for i in range(n):
        for name in ("a", "b", "cls"):
            out.append(v.dispatch(name, i))
        out.append(Visitor.dispatch(v, "b", -i))
    stored = v.visit_b
    out.append(stored(3))  # a bound method kept in a local
    out.append([stored(k) for k in range(3)])
    import types

    out.append(types.MethodType(len, "abc")())  # a bound builtin: the general route
    for bad in (lambda: v.dispatch("raise", 1), lambda: v.visit_a(), lambda: v.visit_a(1, 2)):
        try:
            bad()
        except (TypeError, ValueError) as e:
            tb = e.__traceback__
            names = []
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            out.append((type(e).__name__, str(e), names))
    out.append(v.seen)
    return out


def test_bound_methods_called_directly():
    callees = [Visitor.visit_a, Visitor.visit_b, Visitor.dispatch, Visitor.visit_cls.__func__]
    rjit.disable()
    rjit.enable(threshold=1, background=False)
    for f in callees:
        assert rjit.compile(f)
    v = Visitor()
    v.dispatch("b", 0)
    before = rjit.stats()["direct_entries"]
    method = v.visit_b
    v.dispatch("b", 1)
    # dispatch's call of the bound method entered visit_b without the hook.
    assert rjit.stats()["direct_entries"] > before
    del method
    rjit.disable()
    out, _ = both_compiled(bound_method_calls, callees, 4)
    assert out[0] == "ok"


# --- operator methods written in Python (runtime/dunders.rs) --------------------------------


class V2:
    """A vector whose operators return NotImplemented for what they do not know."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        if isinstance(o, V2):
            return V2(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V2(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V2(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V2(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V2(self.x // k, self.y // k)

    def __mod__(self, k):
        return V2(self.x % k, self.y % k)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __and__(self, o):
        return ("and", self.x, o)

    def __or__(self, o):
        return ("or", self.x, o)

    def __xor__(self, o):
        return ("xor", self.x, o)

    def __lshift__(self, o):
        return ("lshift", self.x, o)

    def __rshift__(self, o):
        return ("rshift", self.x, o)

    def __repr__(self):
        return f"V2({self.x}, {self.y})"

    def __eq__(self, o):
        return isinstance(o, V2) and (self.x, self.y) == (o.x, o.y)


class P2(V2):
    """A subclass with its own reflected method: Python calls it first."""

    def __radd__(self, o):
        return ("P2.__radd__", o)


class Other:
    """Another class with __add__ and __radd__: `V2() + Other()` falls to Other.__radd__."""

    def __add__(self, o):
        return ("Other.__add__", o)

    def __radd__(self, o):
        return ("Other.__radd__", o)


class NoRadd:
    def __add__(self, o):
        return NotImplemented


class Acc:
    """In-place operators: += has its own method, -= falls back to __sub__."""

    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __sub__(self, o):
        return Acc(self.v - o)

    def __add__(self, o):
        return Acc(self.v + o)


class Raising:
    def __add__(self, o):
        raise ValueError(f"no {o!r}")


class ListAdd(list):
    def __add__(self, o):
        return ("ListAdd.__add__", o)


def operator_cases():
    a, b = V2(1, 2), V2(3, 5)
    out = [a + b, b - a, a * 3, 2.5 * a, a / 2, b // 2, b % 2, a @ b, a & 1, a | 2, a ^ 3,
           a << 4, a >> 5, a + P2(7, 7), a + Other(), Other() + a]
    acc = Acc(1)
    acc += 5
    acc -= 2
    c = a
    c += b
    c *= 2
    out += [acc.v, c, ListAdd([1]) + [2]]
    for f in (lambda: a + 1, lambda: a * "s", lambda: a + NoRadd(), lambda: NoRadd() + a,
              lambda: NoRadd() + NoRadd(), lambda: Raising() + 1):
        try:
            out.append(("ok", f()))
        except Exception as e:  # noqa: BLE001 - compared with plain
            out.append((type(e).__name__, str(e)))
    x = NoRadd()
    try:
        x += NoRadd()
    except TypeError as e:
        out.append(str(e))
    try:
        c -= NoRadd()
    except AttributeError as e:
        out.append(str(e))
    return out


def operators_after_changes(n):
    """The operator replaced, removed, or made something else than a function."""
    a = V2(1, 1)
    out = []
    for i in range(n):
        if i == 2:
            V2.__add__ = lambda s, o: ("lambda", o.x)
        elif i == 3:
            V2.__add__ = staticmethod(lambda s, o: ("static", o.x))
        elif i == 4:
            del V2.__add__
        try:
            out.append(a + V2(i, i))
        except TypeError as e:
            out.append(str(e))
    return out


def test_operator_methods_of_python_classes():
    both_compiled(operator_cases, [V2.__add__, V2.__sub__, V2.__mul__, Other.__radd__])


def same_after_changes(f, n, cls, name):
    """`f(n)`, which replaces or deletes `cls.name` as it goes, plain and then compiled (the
    attribute restored before each run and after)."""
    saved = cls.__dict__[name]
    try:
        rjit.disable()
        plain = outcome(f, n)
        setattr(cls, name, saved)
        rjit.enable(threshold=1, background=False)
        assert rjit.compile(f)
        jitted = outcome(f, n)
        rjit.disable()
        assert jitted == plain
    finally:
        setattr(cls, name, saved)


def test_operator_methods_replaced_between_calls():
    same_after_changes(operators_after_changes, 6, V2, "__add__")


def summed(vs):
    t = vs[0]
    for v in vs[1:]:
        t = t + v
    return t


def test_operator_methods_enter_compiled_code_directly():
    vs = [V2(i, i) for i in range(50)]
    rjit.enable(threshold=1, background=False)
    for f in (summed, V2.__add__, V2.__init__):
        assert rjit.compile(f)
    before = rjit.stats()
    assert summed(vs) == V2(1225, 1225)
    after = rjit.stats()
    # every `t + v` entered V2.__add__ without the hook
    assert after["direct_entries"] - before["direct_entries"] >= 49
    assert after["jit_entries"] - before["jit_entries"] < 10


# --- instances of classes with __call__ --------------------------------------------------


class Scaler:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=1, *rest, z=0, **kw):
        return (self.k * x + y + z, rest, sorted(kw.items()))


class SubScaler(Scaler):
    pass


class Countdown:
    def __call__(self, n):
        return n if n == 0 else self(n - 1)


class StaticCall:
    __call__ = staticmethod(lambda *a: ("static", a))


class RaisingCall:
    def __call__(self, x):
        raise KeyError(x)


def instance_calls(n):
    s, t = Scaler(3), SubScaler(4)
    out = [s(n), s(n, 2), s(n, 2, 3, 4), s(n, z=5), s(n, q=1, r=2), t(n, y=7), Countdown()(n),
           StaticCall()(n)]
    for f in (lambda: s(), lambda: s(n, x=1), lambda: RaisingCall()(n), lambda: Countdown()("x")):
        out.append(outcome(f)[:3])
    return out


def calls_after_changes(n):
    s = Scaler(2)
    out = []
    for i in range(n):
        if i == 2:
            Scaler.__call__ = lambda self, x: ("lambda", x)
        elif i == 3:
            del Scaler.__call__
        out.append(outcome(lambda: s(i))[:3])
    return out


def test_instances_with_python_call():
    both_compiled(instance_calls, [Scaler.__call__, Countdown.__call__], 5)


def test_instance_call_replaced_between_calls():
    same_after_changes(calls_after_changes, 5, Scaler, "__call__")


def deepest_countdown(limit):
    """The largest n for which Countdown()(n) stays under the recursion limit."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        n = 0
        while True:
            try:
                Countdown()(n)
            except RecursionError:
                return n
            n += 1
    finally:
        sys.setrecursionlimit(old)


def test_instance_calls_spend_the_recursion_budget_as_cpython():
    rjit.disable()
    plain = [deepest_countdown(limit) for limit in (100, 150)]
    rjit.enable(threshold=1, background=False)
    for f in (deepest_countdown, Countdown.__call__):
        assert rjit.compile(f)
    jitted = [deepest_countdown(limit) for limit in (100, 150)]
    rjit.disable()
    assert jitted == plain


# --- call sites compiled from CPython's quickening (tier0::profile) ----------------------------


def _py_callee(v):
    return ("py", v)


class _Meth:
    def m(self, v):
        return ("meth", v)


def hinted_sites(f, o, x, lst):
    return f(x), o.m(x), len(lst), lst.append(x), abs(x), str(x), f(x)


def _asm_size(f):
    return sum(1 for line in rjit.dis(f, "asm").splitlines() if line.startswith("\t") and not line.startswith("\t."))


def _hint_callers():
    import types

    def whose(v):
        return sys._getframe(1).f_code.co_name, v

    return [
        (_py_callee, _Meth(), 3, [1]),
        (abs, _Meth(), -3, [1]),  # a builtin where Python functions were
        (len, types.SimpleNamespace(m=abs), -7, [2]),  # len(-7) raises
        (_Meth().m, types.SimpleNamespace(m=_py_callee), 5, [3]),  # a bound method; a plain one
        (whose, _Meth(), 1, "abc"),  # len of a str; str has no append: raises
        (_Meth, _Meth(), 1, [4]),  # a class that takes no arguments: raises
    ]


def test_call_sites_compiled_from_quickening_take_any_callee():
    """A site quickened for Python functions, C functions, `len` or nothing inlines only that
    route; any other callee it meets later takes the general route, with the same results."""
    import types

    g = types.FunctionType(hinted_sites.__code__.replace(), globals(), "hinted_sites")
    unhinted = _asm_size(g)
    rjit.disable()
    for i in range(60):  # quickened, then specialised: PRECALL_PYFUNC, _BOUND_METHOD, _LEN, ...
        g(_py_callee, _Meth(), i, [])
    assert _asm_size(g) < unhinted * 0.7, "the quickened sites' hints were not used"
    plain = [outcome(hinted_sites, *args) for args in _hint_callers()]
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(g)
    jitted = [outcome(g, *args) for args in _hint_callers()]
    rjit.disable()
    assert rjit.info(g)["state"] == "compiled"
    assert jitted == plain
    assert plain[0] == ("ok", (("py", 3), ("meth", 3), 1, None, 3, "3", ("py", 3)))


def _call1(g, x):
    return g(x)


def _call2(g, x, y):
    return g(x, y)


def _append(lst, x):
    lst.append(x)
    return lst


class _Appends(list):
    def append(self, x):
        super().append(("sub", x))


class _AppendOnly:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def __eq__(self, other):
        return type(other) is _AppendOnly and other.items == self.items


class _StrSub(str):
    pass


class _Raises:
    def __str__(self):
        raise ValueError("no str")

    def __iter__(self):
        raise ValueError("no iter")


class _BadStr:
    def __str__(self):
        return 5


def _intrinsic_sites():
    import collections

    one = [(len, "ab"), (type, 2), (str, 5), (abs, -2), ([].append, 1), (_py_callee, 4), (len, 5), (type, _Meth())]
    # str(x), tuple(x) and builtin classes: the hinted route, its own errors, the others, a
    # subclass (no vectorcall entry: `type.__call__`), classes with and without an entry.
    classes = [
        (str, 5), (str, b"x"), (str, _Raises()), (str, _BadStr()), (tuple, [1, 2]),
        (tuple, 3), (tuple, _Raises()), (list, "ab"), (dict, [(1, 2)]), (set, 4),
        (range, 3), (_StrSub, "s"), (collections.OrderedDict, [(1, 2)]), (frozenset, "aa"),
        (enumerate, "ab"), (len, "abc"), (_py_callee, 1), (bool, 0), (float, "x"),
    ]
    return [
        (_call1, (len, "abc"), "PRECALL_NO_KW_LEN", one),
        (_call1, (type, 3), "PRECALL_NO_KW_TYPE_1", one),
        (
            _call2,
            (isinstance, 2, int),
            "PRECALL_NO_KW_ISINSTANCE",
            [(isinstance, 2, str), (max, 3, 9), (min, "b", "a"), (divmod, 7, 2), (isinstance, 1, 5)],
        ),
        (
            _append,
            ([], 1),
            "PRECALL_NO_KW_LIST_APPEND",
            [(_Appends(), 2), (collections.deque(), 3), (_AppendOnly(), 4), ((), 5), ([0], 6)],
        ),
        (_call1, (abs, -3), "PRECALL_NO_KW_BUILTIN_O", one + [(divmod, 3), (repr, 1)]),
        (
            _get1,
            ({"a": 1}, "a"),
            "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
            [({"b": 2}, "b"), (_DictSub(a=3), "a"), (collections.OrderedDict(a=4), "a"),
             (collections.UserDict({"a": 5}), "a"), (_GetOnly(), "a"), ([], "a"),
             ({}, ["unhashable"])],
        ),
        (_call1_listed, (str, 3), "PRECALL_NO_KW_STR_1", classes),
        (_call1_listed, (tuple, "ab"), "PRECALL_NO_KW_TUPLE_1", classes),
        (_call1_listed, (list, "ab"), "PRECALL_BUILTIN_CLASS", classes),
    ]


def _get1(o, k):
    return o.get(k)


class _DictSub(dict):
    pass


class _GetOnly:
    def get(self, k):
        return ("get", k)


def _call1_listed(g, x):
    # Iterators (enumerate, range) compared by what they yield.
    r = g(x)
    return list(r) if type(r) in (enumerate, range) else r


@pytest.mark.parametrize("case", range(9))
def test_site_hinted_for_one_intrinsic_takes_every_callee(case):
    """A site quickened for one of `len(x)`, `type(x)`, `isinstance(x, t)`, `lst.append(x)`,
    `str(x)`, `tuple(x)`, a builtin class with a vectorcall entry, and a C function of one form
    and `ml_flags` kind (`abs`, `dict.get`) inlines that route alone (tier0::profile::CallHint);
    the others, and any other callee, take the general route there, with the same results."""
    import copy
    import dis
    import types

    fn, warm, opname, calls = _intrinsic_sites()[case]
    g = types.FunctionType(fn.__code__.replace(), globals(), fn.__name__)
    rjit.disable()
    for _ in range(60):
        g(*copy.deepcopy(warm))
    assert opname in {i.opname for i in dis.get_instructions(g, adaptive=True)}
    plain = [outcome(fn, *copy.deepcopy(args)) for args in calls]
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(g)
    jitted = [outcome(g, *copy.deepcopy(args)) for args in calls]
    rjit.disable()
    assert rjit.info(g)["state"] == "compiled"
    assert jitted == plain
    assert any(r[0] == "raised" for r in plain) and any(r[0] == "ok" for r in plain)
