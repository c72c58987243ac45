"""The whole language under tier1: each function runs with rjit off, then compiled (every
function it calls is compiled too, threshold 1), and value or exception must be identical."""

from __future__ import annotations

import asyncio
import sys
import warnings

import pytest

import rjit
from conftest import both

GLOBAL_COUNTER = 0


# ----- closures, cells, scopes -------------------------------------------------------------


def closures(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    fs = [lambda x, i=i: x * i for i in range(n)]
    for k in range(n):
        add(k)
    return total, [f(2) for f in fs], add.__closure__ is not None


def counter_factory():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def dec():
        nonlocal count
        del count

    return inc, dec


def closure_deleted_cell():
    inc, dec = counter_factory()
    inc()
    dec()
    return inc()


def uses_global():
    global GLOBAL_COUNTER
    GLOBAL_COUNTER = 0
    GLOBAL_COUNTER += 1
    x = GLOBAL_COUNTER
    del GLOBAL_COUNTER
    try:
        return GLOBAL_COUNTER
    except NameError as e:
        GLOBAL_COUNTER = x
        return str(e), x


def deletes(a):
    b = a + 1
    del b
    return b


def comprehensions(n):
    sq = [i * i for i in range(n) if i % 2]
    st = {i % 3 for i in range(n)}
    dc = {i: str(i) for i in range(n)}
    gen = sum(i for i in range(n))
    nested = [(i, j) for i in range(3) for j in range(i)]
    return sq, sorted(st), dc, gen, nested


# ----- classes -------------------------------------------------------------------------------


class Base:
    def __init__(self, x):
        self.x = x

    def describe(self):
        return f"Base({self.x!r})"


class Derived(Base):
    tag = "d"

    def __init__(self, x, y=2, *, z=3):
        super().__init__(x)
        self.y = y
        self.z = z

    def describe(self):
        return super().describe() + f"+Derived({self.y}, {self.z:>4}, {self.tag!s:^5})"

    @property
    def total(self):
        return self.x + self.y + self.z

    @total.setter
    def total(self, v):
        self.x = v


def make_classes():
    class Local(Derived):
        __slots__ = ()
        k = [i for i in range(3)]

        def describe(self):
            return "L:" + super().describe()

    d = Local(1, z=5)
    d.total = 10
    del d.y
    try:
        d.y
    except AttributeError as e:
        err = str(e)
    return d.describe(), d.total if hasattr(d, "y") else None, err, Local.k, Local.__qualname__


def class_body_namespace():
    x = 10

    class K:
        y = x + 1
        z = [y * 2 for _ in range(2)] if False else None
        annotated: int = 5

        def m(self):
            return __class__

    return K.y, K.z, K.__annotations__, K().m() is K


# ----- calls ---------------------------------------------------------------------------------


def kwonly(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())


def calls():
    args = (1, 2, 3)
    kw = {"c": 5, "e": 6}
    return (
        kwonly(*args, **kw),
        kwonly(1, c=2),
        kwonly(*[1], **{"c": 1}, f=7),
        kwonly(1, 2, *args, c=0, **{"g": 1}),
        max(*args, key=lambda v: -v),
        dict(a=1, **{"b": 2}),
        "{} {x}".format(1, x=2),
    )


def bad_star():
    return kwonly(*1, c=2)


def bad_starstar():
    return kwonly(1, **[1])


def dup_kw():
    return kwonly(1, c=1, **{"c": 2})


# ----- exceptions -----------------------------------------------------------------------------


def try_in_loop(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            caught += 1 / (i % 3 - 1)
        except ValueError as e:
            caught += e.args[0]
        except ZeroDivisionError:
            caught -= 1
        else:
            caught += 0.5
        finally:
            caught += 1
    return caught


def raise_from():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as r:
        return type(r.__cause__).__name__, r.__suppress_context__, repr(r.__context__)


def implicit_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("inner")
    except TypeError as t:
        return repr(t.__context__), t.__suppress_context__


def reraise_bare():
    try:
        int("x")
    except ValueError:
        raise


def raise_from_none():
    try:
        [][1]
    except IndexError:
        raise KeyError("k") from None


def raise_class():
    raise ValueError


def raise_non_exception():
    raise 42


def no_active():
    raise


def return_in_finally():
    for _ in range(3):
        try:
            return "try"
        finally:
            return "finally"


def finally_runs(log):
    try:
        log.append(1)
        return len(log)
    finally:
        log.append(2)


def exc_info_inside():
    try:
        raise KeyError("a")
    except KeyError:
        inner = sys.exc_info()[0].__name__
        try:
            raise ValueError("b")
        except ValueError:
            nested = sys.exc_info()[0].__name__
        after = sys.exc_info()[0].__name__
    return inner, nested, after, sys.exc_info()


def except_star():
    caught = []
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        caught.append(("V", len(g.exceptions)))
    except* TypeError as g:
        caught.append(("T", len(g.exceptions)))
    return caught


def except_star_partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        pass


def assertion(x):
    assert x > 0, f"x was {x}"
    assert x
    return x


class CM:
    def __init__(self, log, swallow=False):
        self.log = log
        self.swallow = swallow

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(("exit", et.__name__ if et else None))
        return self.swallow


def with_blocks():
    log = []
    with CM(log) as c:
        log.append(c is not None)
    with CM(log, swallow=True):
        raise ValueError
    try:
        with CM(log), CM(log):
            raise KeyError
    except KeyError:
        log.append("outer")
    for i in range(3):
        with CM(log):
            if i == 1:
                continue
            if i == 2:
                break
    return log


def not_a_cm():
    with 42:
        pass


# ----- strings, unpacking, slices, match -------------------------------------------------------


def fstrings(x, y):
    return f"{x}-{y!r}-{x:08.3f}-{y!a}-{'nested ' + f'{x:{y}}'}-{x=}"


def unpacking(seq):
    a, *b, c = seq
    *d, e = seq
    f, (g, *h) = seq[0], seq
    return a, b, c, d, e, f, g, h


def unpack_too_short():
    a, b, *c, d = [1, 2]


def slices(xs):
    ys = xs[1:-1:2]
    xs[::2] = [0] * len(xs[::2])
    del xs[1:3]
    return ys, xs, xs[:], xs[::-1]


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def matcher(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, y, *rest]:
            return ("seq", x, y, rest)
        case {"k": k, **others}:
            return ("map", k, others)
        case Point(x=0, y=y):
            return ("yaxis", y)
        case Point(x, y) if x == y:
            return ("diag", x)
        case str() as s:
            return ("str", s)
        case int(n):
            return ("int", n)
        case _:
            return "other"


def match_errors():
    match Point(1, 2):
        case Point(1, 2, 3):
            return "no"


# ----- imports, names ----------------------------------------------------------------------


def imports():
    import os.path
    from collections import OrderedDict as OD
    from json import dumps, loads

    return os.path.join("a", "b"), OD(a=1), loads(dumps([1]))


def bad_import():
    from json import does_not_exist  # noqa: F401


class MissingDict(dict):
    def __missing__(self, key):
        return "missing-" + key


def name_lookup_through_mappings():
    # Locals that are not an exact dict go through __getitem__ (so __missing__ answers);
    # globals are always read as a dict, whatever subclass they are.
    g = MissingDict()
    out = []
    for loc in (MissingDict(), {}):
        ns_code = "try:\n    r = undefined_q\nexcept NameError as e:\n    r = str(e)\n"
        exec(ns_code, g, loc)
        out.append(loc["r"])
    return out


def module_code():
    ns = {}
    exec("x = 1\ny = x + 1\ndel x\nclass C: z = y\n", ns)
    return ns["y"], ns["C"].z, "x" in ns


# ----- generators and coroutines -----------------------------------------------------------


def gen_basic(n):
    for i in range(n):
        x = yield i
        if x:
            yield ("got", x)
    return "done"


def drive_gen(n):
    g = gen_basic(n)
    out = [next(g), g.send(None), g.send("v"), next(g)]
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(e.value)
    return out


def gen_delegating():
    r = yield from gen_basic(3)
    yield r
    yield from [10, 11]


def gen_throw_close():
    def g():
        try:
            yield 1
            yield 2
        except KeyError as e:
            yield ("caught", e.args)
        finally:
            log.append("fin")

    log = []
    it = g()
    first = next(it)
    thrown = it.throw(KeyError("k"))
    it.close()
    it2 = g()
    next(it2)
    it2.close()
    return first, thrown, log


def gen_stopiteration():
    def g():
        yield 1
        raise StopIteration("x")

    return list(g())


def gen_frame_state():
    def g(a):
        b = a + 1
        yield b
        c = b * 2
        yield c

    it = g(1)
    next(it)
    f = it.gi_frame
    state1 = (f.f_lineno - f.f_code.co_firstlineno, dict(f.f_locals))
    next(it)
    state2 = (f.f_lineno - f.f_code.co_firstlineno, dict(f.f_locals))
    return state1, state2


def _counts(n, log):
    for i in range(n):
        got = yield i
        log.append(got)
    return "returned"


def _raises_in(kind):
    yield 1
    if kind == "stop":
        raise StopIteration("inside")
    if kind == "value":
        raise ValueError("inside")


def _self_iterating():
    yield 1
    for v in _SELF[0]:
        yield v


_SELF = []


def for_over_generators():
    """FOR_ITER over compiled generators: values, a return value that goes nowhere, errors raised inside and their tracebacks, a generator left half-run and
    finished by `next`, an exhausted one, one closed, one that iterates itself, a genexpr."""
    out = []
    log = []
    g = _counts(5, log)
    for v in g:
        out.append((v, g.gi_running, g.gi_frame is not None))
    out.append((log, g.gi_frame))
    for v in g:
        out.append(("exhausted", v))
    g = _counts(6, log)
    for v in g:
        if v == 2:
            break
    out.append((next(g), g.send("sent"), list(g), log))
    for kind in ("stop", "value", "none"):
        try:
            for v in _raises_in(kind):
                out.append(v)
        except Exception as e:  # noqa: BLE001 - the error itself is compared
            tb = e.__traceback__
            names = []
            while tb:
                names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
                tb = tb.tb_next
            out.append((kind, type(e).__name__, str(e), repr(e.__cause__), names))
    g = _counts(3, log)
    next(g)
    g.close()
    out.append([v for v in g])
    _SELF[:] = [_self_iterating()]
    try:
        for v in _SELF[0]:
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    _SELF.clear()
    total = 0
    for v in (x * x for x in range(10) if x % 3):
        total += v
    out.append(total)
    return out


def c_over_generators():
    """Compiled generators stepped by C code: builtins that drain them or stop early, `next`
    with the return value carried by StopIteration, errors raised inside, `__next__`."""
    out = []
    log = []
    out.append(list(_counts(4, log)))
    out.append(sorted({x % 3 for x in range(10)} | set(x * 2 for x in range(5))))
    out.append((sum(x for x in range(100)), "".join(str(x) for x in range(5)), tuple(_counts(2, log))))
    g = _counts(10, log)
    out.append((any(v > 3 for v in g), next(g), g.gi_frame is not None))
    out.append(dict(zip(_counts(3, log), (c for c in "abc"))))
    g = _counts(2, log)
    out.append((next(g), g.__next__(), next(g, "default")))
    g = _counts(1, log)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        out.append(("stop", e.value))
    for kind in ("stop", "value", "none"):
        try:
            out.append(list(_raises_in(kind)))
        except Exception as e:  # noqa: BLE001 - the error itself is compared
            out.append((kind, type(e).__name__, str(e), repr(e.__cause__)))
    out.append(log)
    return out


async def co_leaf(x):
    await asyncio.sleep(0)
    return x * 2


async def co_main(n):
    total = 0
    for i in range(n):
        total += await co_leaf(i)
    async with AsyncCM() as v:
        total += v
    async for v in agen(3):
        total += v
    results = await asyncio.gather(co_leaf(1), co_leaf(2))
    return total, results, [v async for v in agen(2)]


class AsyncCM:
    async def __aenter__(self):
        return 100

    async def __aexit__(self, *exc):
        return False


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


def run_async(n):
    return asyncio.run(co_main(n))


def coroutine_errors():
    async def bad():
        await 42

    async def reawait():
        c = co_leaf(1)
        await c
        await c

    out = []
    for f in (bad, reawait):
        try:
            asyncio.run(f())
        except Exception as e:  # noqa: BLE001
            out.append((type(e).__name__, str(e)))
    return out


# ----- observers -------------------------------------------------------------------------------


def warns():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warn_helper()
    return [(x.lineno, str(x.message)) for x in w]


def warn_helper():
    warnings.warn("careful", stacklevel=2)


def locals_snapshot(a):
    b = a * 2
    inner = locals()
    c = 3  # noqa: F841
    return sorted(inner), sys._getframe().f_lineno


CASES = [
    (closures, 5),
    (closure_deleted_cell,),
    (uses_global,),
    (deletes, 1),
    (comprehensions, 10),
    (make_classes,),
    (class_body_namespace,),
    (calls,),
    (bad_star,),
    (bad_starstar,),
    (dup_kw,),
    (try_in_loop, 20),
    (raise_from,),
    (implicit_chain,),
    (reraise_bare,),
    (raise_from_none,),
    (raise_class,),
    (raise_non_exception,),
    (no_active,),
    (return_in_finally,),
    (lambda: finally_runs([]),),
    (exc_info_inside,),
    (except_star,),
    (except_star_partial,),
    (assertion, 3),
    (assertion, -1),
    (with_blocks,),
    (not_a_cm,),
    (fstrings, 3.25, "ab"),
    (unpacking, [1, 2, 3, 4, 5]),
    (unpack_too_short,),
    (lambda: slices(list(range(10))),),
    (imports,),
    (bad_import,),
    (module_code,),
    (name_lookup_through_mappings,),
    (drive_gen, 4),
    (lambda: list(gen_delegating()),),
    (gen_throw_close,),
    (gen_stopiteration,),
    (gen_frame_state,),
    (for_over_generators,),
    (c_over_generators,),
    (run_async, 4),
    (coroutine_errors,),
    (warns,),
    (locals_snapshot, 2),
    (match_errors,),
]
def cells_and_free_variables():
    out = []

    def outer(n):
        total = 0

        def add(k):
            nonlocal total
            total += k * n
            return total

        for i in range(5):
            add(i)
        out.append((total, add(1), n))

        def late():
            return later  # a free variable read before the enclosing scope binds it

        try:
            late()
        except NameError as e:
            out.append(("free", type(e).__name__, str(e)))
        later = 3
        out.append(late())
        del later
        try:
            late()
        except NameError as e:
            out.append(("deleted free", str(e)))
        try:
            print(early)  # a cell variable read before it is bound
        except UnboundLocalError as e:
            out.append(("cell", str(e)))
        early = n

        def use_early():
            return early * 2

        out.append(use_early())
        del early
        try:
            use_early()
        except NameError as e:
            out.append(("deleted cell", str(e)))
        return [f() for f in [lambda: n + 1, lambda: total]]

    for n in range(3):
        out.append(outer(n))
    return out


CASES += [(cells_and_free_variables,)]
CASES += [(matcher, v) for v in (0, 1, [1, 2, 3, 4], {"k": 1, "j": 2}, Point(0, 5), Point(3, 3), Point(1, 2), "s", 7, 2.5)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{getattr(c[0], '__name__', 'f')}{c[1:]!r}"[:60])
def test_same_outcome(case):
    f, *args = case
    both(f, *args)


def test_generators_resume_in_compiled_code():
    rjit.disable()
    plain = drive_gen(6)
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(gen_basic)
    before = rjit.stats()["jit_entries"]
    assert drive_gen(6) == plain
    # one entry per resume of the generator (plus drive_gen itself)
    assert rjit.stats()["jit_entries"] - before >= 8
    assert rjit.info(gen_basic)["state"] == "compiled"


def tokens(text):
    """A generator created once and resumed once per item, like a lexer's main loop."""
    pos = 0
    for i, ch in enumerate(text):
        if ch == " ":
            yield text[pos:i]
            pos = i + 1
    yield text[pos:]


def test_generator_resumes_count_towards_tier_up():
    """A generator created once and resumed many times is hot: its resumes count towards the
    threshold like calls, and it goes on in compiled code from the yield it was suspended at."""
    text = " ".join(f"w{i}" for i in range(500))
    rjit.disable()
    plain = list(tokens(text))
    rjit.enable(threshold=50, background=False)
    it = tokens(text)
    got = [next(it) for _ in range(100)]
    assert rjit.info(tokens)["state"] == "compiled"
    before = rjit.stats()["jit_entries"]
    got += list(it)
    assert rjit.stats()["jit_entries"] - before >= 400
    assert got == plain


def test_handler_in_loop_stays_compiled():
    """A loop that catches an exception every iteration keeps running compiled code: no
    hand-over to the interpreter per caught exception."""
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(try_in_loop)
    before = rjit.stats()["deopts"]
    try_in_loop(3000)
    assert rjit.stats()["deopts"] - before == 0


# --- SEND into compiled generators and coroutines (`yield from`, `await`) ----------------------
# Compiled code resumes a compiled generator's frame itself (`generators::send_compiled`, a
# transcription of `gen_send_ex2`): values, return values, errors, exception state, frame
# objects, and the states in which CPython refuses to run the frame must all be CPython's.


def _leaf(n, log):
    for i in range(n):
        got = yield i
        log.append(("leaf got", got))
    return n * 10


def _mid(n, log):
    r = yield from _leaf(n, log)
    log.append(("mid r", r))
    sent = yield r
    log.append(("mid sent", sent))
    return r + 1


def delegation_values():
    log = []
    g = _mid(3, log)
    out = [next(g)]
    for v in ("a", "b", "c", "d"):
        try:
            out.append(g.send(v))
        except StopIteration as e:
            out.append(("stop", e.value))
    out.append(list(_mid(2, [])))
    return out, log


def _raises_stop():
    yield 1
    raise StopIteration("inner")


def _delegates(inner):
    r = yield from inner
    return r


def delegation_errors():
    out = []
    try:
        list(_delegates(_raises_stop()))
    except RuntimeError as e:
        out.append((type(e).__name__, str(e), type(e.__cause__).__name__, str(e.__cause__)))

    def bad():
        yield 1
        raise ValueError("bad")

    g = _delegates(bad())
    out.append(next(g))
    try:
        next(g)
    except ValueError as e:
        out.append(("caught", str(e)))
    out.append(list(g))

    def catcher():
        try:
            yield 1
        except KeyError as e:
            yield ("inner caught", str(e))
        finally:
            out.append("inner finally")

    g = _delegates(catcher())
    out.append(next(g))
    out.append(g.throw(KeyError("k")))
    g.close()
    out.append(g.gi_frame is None)

    def me():
        yield from self_ref[0]

    self_ref = [None]
    g = me()
    self_ref[0] = g
    try:
        next(g)
    except ValueError as e:
        out.append(("reentry", str(e)))
    return out


def _exc_seen():
    yield sys.exc_info()[0].__name__ if sys.exc_info()[0] else None
    yield sys.exc_info()[0].__name__ if sys.exc_info()[0] else None


def delegation_exception_state():
    out = []

    def outer():
        try:
            raise KeyError("k")
        except KeyError:
            yield from _exc_seen()
        yield from _exc_seen()

    out.append(list(outer()))
    g = outer()
    out.append(next(g))
    out.append(sys.exc_info()[0])  # the generator's handled exception does not leak out
    out.append(list(g))
    return out


_FRAMES = []


def _keeps_frame(n):
    local_value = n * 2
    _FRAMES.append(sys._getframe())
    yield local_value
    return local_value


def delegation_frames():
    _FRAMES.clear()
    out = list(_delegates(_keeps_frame(4)))
    f = _FRAMES.pop()
    out.append((f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, sorted(f.f_locals), f.f_back))
    g = _delegates(_keeps_frame(5))
    out.append(next(g))
    out.append(g.gi_yieldfrom.__name__ if g.gi_yieldfrom else None)
    out.append(g.gi_running)
    return out


async def _one():
    return 1


class _Awaitable:
    def __await__(self):
        got = yield "suspended"
        return ("resumed with", got)


async def _adds():
    a = await _one()
    b = await _one()
    c = await _Awaitable()
    return a + b, c


def delegation_coroutines():
    out = []
    c = _adds()
    out.append(c.send(None))
    try:
        c.send("x")
    except StopIteration as e:
        out.append(e.value)
    done = _one()

    async def twice():
        await done
        await done

    try:
        twice().send(None)
    except RuntimeError as e:
        out.append(str(e))
    except StopIteration as e:
        out.append(("stop", e.value))
    return out


class _Tree:
    """The shape of pyperformance's `generators`: two `yield from` loops and a `yield`, so that
    a generator is resumed at one loop or the other (the shared resume of
    `tier1_llvm::lower::generator::yield_from_entry`), and sometimes at its own `yield`."""

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def _tree(values):
    if not values:
        return None
    i = len(values) // 2
    return _Tree(_tree(values[:i]), values[i], _tree(values[i + 1:]))


def _lasti_seen(log):
    # The delegating frame, while its SEND runs: `f_lasti` names the SEND, as the
    # interpreter's does, and `gi_yieldfrom` is not set yet (it is running).
    caller = sys._getframe(1)
    log.append((caller.f_code.co_name, caller.f_lasti, caller.f_lineno - caller.f_code.co_firstlineno))
    got = yield 1
    log.append(("got", got))
    caller = sys._getframe(1)
    log.append((caller.f_code.co_name, caller.f_lasti))
    got = yield 2
    log.append(("got", got))
    return "leaf done"


def _two_loops(log):
    a = yield from _lasti_seen(log)
    log.append(a)
    b = yield from _lasti_seen(log)
    log.append(b)
    return a, b


def _deep(n):
    if n:
        r = yield from _deep(n - 1)
        return r + 1
    yield "bottom"
    yield "bottom again"
    return 0


def delegation_shared_resume():
    out = [list(_tree(list(range(50))))]
    walked = iter(_tree(list(range(20))))
    out.append([next(walked) for _ in range(7)])
    out.append(list(walked))
    log = []
    g = _two_loops(log)
    out.append(next(g))
    for v in ("s1", "s2", "s3", "s4"):
        try:
            out.append(g.send(v))
        except StopIteration as e:
            out.append(("stop", e.value))
    out.append(log)
    # The loop's SEND finishes what the shared resume started: a return, then an error.
    g = _deep(30)
    out.append([next(g), next(g)])
    try:
        next(g)
    except StopIteration as e:
        out.append(("returned", e.value))

    def fails_later():
        yield 1
        raise KeyError("later")

    def guarded():
        try:
            yield from fails_later()
        except KeyError as e:
            yield ("caught", str(e))
        yield from fails_later()

    g = guarded()
    out.append([next(g), next(g), next(g)])
    try:
        next(g)
    except KeyError as e:
        out.append(("escaped", str(e), [f.name for f in __import__("traceback").extract_tb(e.__traceback__)]))
    return out


def delegation_recursion_limit():
    """Each resume of a delegating generator takes a unit of the recursion budget: a chain
    deeper than the limit fails where CPython's does."""
    limit = sys.getrecursionlimit()
    out = []
    for depth in (limit // 2, limit + 50):
        g = _deep(depth)
        got = []
        try:
            for v in g:
                got.append(v)
            out.append(("done", len(got)))
        except RecursionError as e:
            out.append(("RecursionError", str(e), len(got)))
    return out


class _ListIter:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class _Bad:
    def __iter__(self):
        return [1, 2]


class _NotIterable:
    __iter__ = None


class _Raises:
    def __iter__(self):
        raise KeyError("no iter")


class _WrongArity:
    def __iter__(self, extra):
        yield extra


class _Defaults:
    def __iter__(self, start=3, *rest):
        yield start
        yield rest


class _Lambda:
    __iter__ = lambda self: iter((7, 8))  # noqa: E731


class _MyList(list):
    def __iter__(self):
        for v in list.__iter__(self):
            yield v * 10


def iter_of_python_classes():
    """GET_ITER and GET_YIELD_FROM_ITER on instances of classes whose `__iter__` is written in
    Python (`calls::rjit_get_iter` calls it directly), with CPython's errors."""
    out = [list(_Tree(None, 1, _Tree(None, 2, None))), list(_ListIter([4, 5])), list(_Defaults()),
           list(_Lambda()), list(_MyList([1, 2]))]

    def delegate(x):
        r = yield from x
        return r

    out.append(list(delegate(_ListIter("ab"))))
    out.append(list(delegate(_MyList([3]))))
    for make in (_Bad, _NotIterable, _Raises, _WrongArity):
        for use in (lambda o: [v for v in o], lambda o: list(delegate(o))):
            try:
                out.append(use(make()))
            except Exception as e:  # noqa: BLE001 - the error itself is compared
                out.append((make.__name__, type(e).__name__, str(e)))
    class Swapped:  # fresh per run: it is changed below
        def __iter__(self):
            yield "first"

    def second_iter(self):
        yield "second"

    s = Swapped()
    out.append([v for v in s])
    Swapped.__iter__ = second_iter
    out.append([v for v in s])
    del Swapped.__iter__
    try:
        out.append([v for v in s])
    except TypeError as e:
        out.append(str(e))
    return out


async def _agen_values(log):
    """Every kind of value an async generator hands out: what `async for` receives is the value
    itself, whether or not it is a tuple, an exception or None (the interpreter's way round
    passes it through StopIteration)."""
    sent = yield 1
    log.append(("sent", sent))
    yield (2, 3)
    yield ()
    yield None
    yield ValueError("as a value")
    yield StopIteration(4)
    try:
        yield "in try"
    except KeyError as e:
        log.append(("caught", repr(e)))
        yield "after throw"
    finally:
        log.append("finally")


async def _agen_raises(kind):
    yield "before"
    if kind == "stop":
        raise StopIteration("inside")
    if kind == "stopasync":
        raise StopAsyncIteration("inside")
    if kind == "value":
        raise ValueError("inside")
    return


async def _agen_awaits(n):
    for i in range(n):
        got = await _Awaitable()
        yield i, got


def _drive(coroutine, sends=()):
    """Run a coroutine by hand: each suspension's value is logged, the next value sent."""
    out = []
    sends = list(sends)
    try:
        v = coroutine.send(None)
        while True:
            out.append(("suspended", v))
            v = coroutine.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        out.append(("returned", e.value))
    except Exception as e:  # noqa: BLE001 - the error itself is compared
        out.append((type(e).__name__, str(e), repr(e.__cause__)))
    return out


def async_generator_protocol():
    """SEND to the awaitables of `__anext__()` and `asend()` of compiled async generators
    (`generators::asend_compiled`): values, sends, throws, every error CPython raises, and the
    generator's state afterwards."""
    out = []

    async def iterate(ag):
        got = []
        async for v in ag:
            got.append(v if not isinstance(v, BaseException) else (type(v).__name__, v.args))
        return got

    log = []
    out.append(_drive(iterate(_agen_values(log))))
    out.append(log)

    async def by_hand():
        log = []
        ag = _agen_values(log)
        got = [await ag.asend(None), await ag.asend("hello"), await ag.__anext__()]
        for _ in range(4):
            got.append(repr(await ag.__anext__()))
        got.append(await ag.athrow(KeyError("k")))
        got.append(ag.ag_running)
        try:
            await ag.__anext__()
        except StopAsyncIteration as e:
            got.append(("stopped", e.args))
        try:
            await ag.__anext__()
        except StopAsyncIteration as e:
            got.append(("again", e.args))
        got.append((ag.ag_running, ag.ag_frame))
        return got, log

    out.append(_drive(by_hand()))

    async def errors():
        got = []
        for kind in ("stop", "stopasync", "value", "return"):
            ag = _agen_raises(kind)
            try:
                async for v in ag:
                    got.append(v)
            except Exception as e:  # noqa: BLE001 - the error itself is compared
                got.append((kind, type(e).__name__, str(e), repr(e.__cause__)))
            try:
                got.append(await ag.__anext__())
            except Exception as e:  # noqa: BLE001
                got.append((kind, "after", type(e).__name__))
        ag = _agen_raises("return")
        a = ag.__anext__()
        got.append(await a)
        try:
            await a
        except RuntimeError as e:
            got.append(str(e))
        try:
            await _agen_raises("return").asend("not None")
        except TypeError as e:
            got.append(str(e))
        return got

    out.append(_drive(errors()))

    async def running():
        ag = _reenters()
        holder.append(ag)
        try:
            return [v async for v in ag]
        except RuntimeError as e:
            return str(e)

    holder = []

    async def _reenters():
        yield 1
        await holder[0].__anext__()
        yield 2

    out.append(_drive(running()))

    async def awaits():
        return [v async for v in _agen_awaits(3)]

    out.append(_drive(awaits(), sends=["a", "b", "c"]))
    out.append(asyncio.run(awaits_sleeping()))
    return out


async def awaits_sleeping():
    got = []
    async for v in agen(4):
        got.append(v)
    return got


CASES_SEND = [iter_of_python_classes, delegation_values, delegation_errors, delegation_exception_state,
              delegation_frames, delegation_coroutines, delegation_shared_resume,
              delegation_recursion_limit, async_generator_protocol]


@pytest.mark.parametrize("f", CASES_SEND, ids=lambda f: f.__name__)
def test_send_into_compiled_generators_keeps_cpythons_behaviour(f):
    both(f)


def test_send_into_a_compiled_generator_skips_the_interpreter():
    """`yield from` of a compiled generator resumes it in its compiled code directly: a
    direct entry per resume, not a frame handed to the hook."""
    rjit.enable(threshold=1, background=False)
    try:
        assert list(_delegates(_keeps_frame(1))) == [2]
        assert rjit.info(_keeps_frame)["state"] == "compiled"
        assert rjit.info(_delegates)["state"] == "compiled"
        s0 = rjit.stats()
        for _ in range(200):
            list(_delegates(_keeps_frame(1)))
        s1 = rjit.stats()
        # Per round: the outer generator's 2 resumes by `list` and the creation of both
        # generators by calls from this (interpreted) test, all through the hook, and the
        # inner one's 2 resumes by SEND (direct).
        assert s1["direct_entries"] - s0["direct_entries"] >= 200 * 2
        assert s1["jit_entries"] - s0["jit_entries"] <= 200 * 4 + 20
    finally:
        rjit.disable()
        _FRAMES.clear()


async def _atree(t):
    if t.left:
        async for v in _atree(t.left):
            yield v
    yield t.value
    if t.right:
        async for v in _atree(t.right):
            yield v


def test_async_for_over_a_compiled_async_generator_skips_the_interpreter():
    """`async for` over a compiled async generator resumes it in its compiled code directly
    (a direct entry per value and level, not a frame handed to the hook), with the values in
    order: pyperformance's `async_generators`."""
    tree = _tree(list(range(63)))

    async def walk():
        return [v async for v in _atree(tree)]

    def run():
        c = walk()
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
        raise AssertionError("walk suspended")

    rjit.enable(threshold=1, background=False)
    try:
        assert run() == list(range(63))
        assert rjit.info(_atree)["state"] == "compiled"
        s0 = rjit.stats()
        for _ in range(20):
            assert run() == list(range(63))
        s1 = rjit.stats()
        # Per walk, 63 values pass through 5 or 6 levels (plus the end of each generator).
        assert s1["direct_entries"] - s0["direct_entries"] >= 20 * 63 * 5
        assert s1["jit_entries"] - s0["jit_entries"] <= 20 * (63 + 10)
    finally:
        rjit.disable()


def coroutine_creation(depth):
    """Coroutines created by compiled calls: their type, name, origin (tracked or not, as
    `sys.set_coroutine_origin_tracking_depth` says) and result are CPython's."""
    old = sys.get_coroutine_origin_tracking_depth()
    sys.set_coroutine_origin_tracking_depth(depth)
    try:
        out = []
        for _ in range(3):
            c = _one()
            origin = c.cr_origin
            out.append((type(c).__name__, c.__name__, c.__qualname__, c.cr_running,
                        None if origin is None else [(fn.rsplit("/", 1)[-1], name) for fn, _, name in origin]))
            try:
                c.send(None)
            except StopIteration as e:
                out.append(("value", e.value))
        c = _adds()
        c.close()
        out.append(c.cr_frame)
        return out
    finally:
        sys.set_coroutine_origin_tracking_depth(old)


@pytest.mark.parametrize("depth", [0, 1, 3])
def test_coroutines_created_by_compiled_calls_are_cpythons(depth):
    both(coroutine_creation, depth)

