# fuzz seed 160448: crash (minimised by tests/fuzz/run.py)
# fuzz phase: 2
import math
from array import array
from math import exp, fabs, sqrt

# The type phase (tests/fuzz/run.py sets it for the compared call of a warm run): `cv` gives
# its number as it is while CPython quickens the code, then as another type, so that compiled
# code meets values its profile never saw.
PHASE = [0]


class FInt(int):
    pass


class FFloat(float):
    pass


def cv(v):
    p = PHASE[0]
    if p == 0 or type(v) not in (int, float):
        return v
    if p == 1:
        return float(v) if type(v) is int and -2**53 <= v <= 2**53 else v
    if p == 2:
        return v * 2**64 if type(v) is int else -v
    if p == 3:
        return v % 2 == 0 if type(v) is int else v > 0
    if p == 4:
        return FInt(v) if type(v) is int else FFloat(v)
    # The last phase also rebinds the pure functions kernels call: code that computes them in
    # place must find the function called is no longer the one it computed.
    g = globals()
    for k in range(5):
        g[f"pu{k}"] = g[f"pv{k}"]
    for k in range(3):
        g[f"pa{k}"] = g[f"pb{k}"]
    Obj.mw = lambda self, q: q * 0.5
    Grid2._idx = lambda self, x, y: (x + y) % len(self.data)
    return str(v)

# Small pure functions kernels call in their loops (the typed tier computes them in place of
# the call where their profile makes them arithmetic: `hir::inline`).
def pu0(p, q):
    return p * q + 1


def pu1(p, q):
    return 1.0 / ((p + q) * (p + q + 1) // 2 + p + 1)


def pu2(p, q):
    r = p - q
    return r * r - p / 4.0


def pu3(p, q):
    if p < q:
        r = q - p * 2
    elif p > q + 10:
        r = p // 3
    else:
        r = p + q
    return r * 3 - 1


def pu4(p, q):
    if q == 0:
        raise ZeroDivisionError("pu4 of zero")
    if p > 0 and q > 0:
        return p / q
    return p * 1.0 - q


# What the last phase binds them to (`cv`).
def pv0(p, q):
    return p - q * 3


def pv1(p, q):
    return p * 0.5 + q


def pv2(p, q):
    return (p + 1) * (q - 1)


def pv3(p, q):
    return p + q if p > q else p - q


def pv4(p, q):
    return q / 2.0


# Small functions of an object's attributes (`Obj`, `SObj` or `PObj`), which object kernels
# call: the typed tier computes them in place, reading the attributes (`Op::CalleeAttr`).
def pa0(o, q):
    return o.w * q + o.m


def pa1(o, q):
    if o.w > q:
        return o.w - q * 0.5
    return o.KF * 2.0 + q


def pa2(o, q):
    if o.m == 0:
        raise ZeroDivisionError("pa2 of zero")
    return q / o.m + o.K


# What the last phase binds them to (`cv`).
def pb0(o, q):
    return q - 1


def pb1(o, q):
    return o.m * q


def pb2(o, q):
    return o.w + 0.5


class Obj:
    K = 3
    KF = 0.5

    def __init__(self, data, w, m):
        self.data = data
        self.w = w
        self.m = m

    # Methods object kernels call on their parameter (computed in place: `hir::inline`).
    def mw(self, q):
        return self.w * q - self.K

    def mm(self, q):
        if self.m > q:
            return self.m - q
        return q * 2 + self.K


class SObj:
    __slots__ = ("data", "w", "m")
    K = 5
    KF = -1.5

    def __init__(self, data, w, m):
        self.data = data
        self.w = w
        self.m = m

    def mw(self, q):
        return self.w + q

    mm = Obj.mm


class PObj(Obj):
    @property
    def KF(self):
        return self.w

    def mm(self, q):
        return q - self.m


def mk(data, w, m, kind=0):
    """An object of `kind` (by the type phase, another one): `Obj` keeps attributes in its
    values, `SObj` in slots, `PObj` has a property where the others have a class attribute."""
    kind = (kind + PHASE[0]) % 3 if PHASE[0] in (2, 5) else kind
    return (Obj, SObj, PObj)[kind](data, w, m)


class Grid2:
    """A grid behind Python `__getitem__` and `__setitem__` (scimark's `Array2D`), which grid
    kernels subscript with `(x, y)` tuples: the typed tier computes them in place, with the
    bounds check `_idx` in place too."""

    def __init__(self, w, h, data):
        self.width = w
        self.height = h
        self.data = data

    def _idx(self, x, y):
        if 0 <= x < self.width and 0 <= y < self.height:
            return y * self.width + x
        raise IndexError("off the grid")

    def __getitem__(self, x_y):
        (x, y) = x_y
        return self.data[self._idx(x, y)]

    def __setitem__(self, x_y, val):
        (x, y) = x_y
        self.data[self._idx(x, y)] = val


class NGrid(Grid2):
    def __getitem__(self, x_y):
        return x_y[0] * 0.5


def mkgrid(w, h, kind=0):
    """A `w` by `h` grid of floats (by the type phase, of another kind, or over another
    container, `arr`)."""
    kind = 1 - kind if PHASE[0] in (2, 5) else kind
    return (Grid2, NGrid)[kind](w, h, arr("d", [(k * 37 % 11) * 0.5 for k in range(w * h)]))


class FArr(array):
    def __getitem__(self, i):
        return array.__getitem__(self, i) * 2


def arr(code, items):
    """An `array.array` of `code`, or by the type phase another container of the same items:
    another typecode, a list, a subclass with its own `__getitem__`."""
    p = PHASE[0]
    try:
        if p == 1:
            return array("f" if code == "d" else "q", items)
        if p == 3:
            return list(items)
        if p == 4:
            return FArr(code, items)
        return array(code, items)
    except (TypeError, OverflowError):
        return list(items)


log = []
lst = [3, -1, 2**65, 0.5, 7]
dct = {1: 2, "k": 3, 0.5: 4}
txt = "fuzz"


def helper(v, k=0):
    return v * k - 1


def kw(p, q=1, *args, z=0, **kwargs):
    return (p, q, args, z, sorted(kwargs.items()))


def gen(n, step):
    for i in range(n):
        yield i * step
    yield from [step, n]


def leaf(n, v):
    got = None
    for i in range(n):
        got = yield (i, v, got)
    if v == 3:
        raise ValueError(v)
    return n * 2


def chain(depth, n, v):
    if depth <= 0:
        r = yield from leaf(n, v)
        return r
    a = yield from chain(depth - 1, n, v)
    yield a
    b = yield from chain(depth - 1, n - 1 if n > 0 else 0, v)
    return a + b


def drive(g, k):
    out = []
    try:
        x = next(g)
        for i in range(k):
            out.append(x)
            x = g.send(i)
    except StopIteration as e:
        out.append(("ret", e.value))
    return out


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(("exit", et.__name__ if et else None))
        return et is KeyError


def make_bumper(start):
    total = start

    def bump(v):
        nonlocal total
        total += v
        return total

    return bump


bump = make_bumper(0)


class Pt:
    def __init__(self, v, w=1):
        self.v = v
        self.w = w

    def norm(self, extra=0):
        return abs(self.v) + abs(self.w) + extra

    def scale(self, f):
        return Pt(self.v * f, self.w)

    def __add__(self, o):
        if isinstance(o, Pt):
            return Pt(self.v + o.v, self.w + o.w)
        if isinstance(o, int):
            return Pt(self.v + o, self.w)
        return NotImplemented

    def __radd__(self, o):
        return Pt(o + self.v, self.w) if isinstance(o, int) else NotImplemented

    def __sub__(self, o):
        return Pt(self.v - o.v, self.w - o.w)

    def __mul__(self, k):
        return Pt(self.v * k, self.w * k) if isinstance(k, (int, float)) else NotImplemented


class Pt3(Pt):
    def __init__(self, v, w, u=3):
        super().__init__(v, w)
        self.u = u

    def norm(self, extra=0):
        return super().norm(extra) + abs(self.u)


def rec(n, v):
    return v if n <= 0 else rec(n - 1, v) + 1


def apply(f, *args, **kwargs):
    r = f(*args, **kwargs)
    return r.norm() if isinstance(r, Pt) else r

def f0(p0, o0=0):
    a = p0
    b = o0
    c = p0
    d = o0
    x = p0
    if -1180591620717411303421:
        c = -1180591620717411303421
        log.append(kw(*lst[:2], z=c, **{'w': -1180591620717411303421}))
    else:
        c = (math.sqrt(-1.25 * (d // 18446744073709551616)) ^ len(dct))
    if ((cv(-4) >= 8) * math.floor(a * d)):
        try:
            b = Pt(x).norm()
            d = d
            b = a
        except IndexError as e2:
            log.append(type(e2).__name__)
    x = 1000000000000000000000000000000
    return cv(-1.25)


def f1(p0, o0=0, o1=1, **kws):
    a = p0
    b = o0
    c = o1
    d = p0
    x = o0
    log.append(sorted(kws))
    print(f'{a!r} {a}')
    x = ((cv(c) or (len(lst) >= a)) if 1000000000000000000000000000000 else 6)
    return (-(c - (f0(x, o0=x) % c)))


def f2():
    a = -1
    b = 2
    c = -2
    d = -3
    x = 2
    for v1 in (len(lst), -1180591620717411303421, 18446744073709551616, 0.0025,):
        x = x + v1 * cv(7)
        a = bump(-1180591620717411303421)
        try:
            log.append(sorted({x * 2 for x in lst}))
            print(f'{c!r} {b}')
            if len(dct):
                x = f0(b, d)
                b = b
                x = f1(d, d, **{'q9': 2})
        finally:
            b = a
    x = c
    x = b
    return dct.get(((-3 and 1e+300) ** 1), ((-5 * a) > (d | 1000000000000000000000000000000)))


def f3(p0, p1):
    a = p0
    b = p1
    c = p0
    d = p1
    x = p0
    x -= x
    return ((-2 | apply(Pt(b, 2).scale, c)) if 18446744073709551616 else -1.25)


def f4(p0, p1, p2, o0=2):
    a = p0
    b = p1
    c = p2
    d = o0
    x = p0
    log.append(sorted({x * 2 for x in lst}))
    return rec(4, d)


def ak0(xs, ys, n, k, s):
    t = 1
    a = b = c = d = x = s
    for i in range(n - 1):
        xs[i] = xs[i] * 0.5 + 1e300
        if xs[i] > t:
            t = xs[i]
        xs[i] = i * 3
    return t, k, list(xs), list(ys)


def ak1(xs, ys, n, k, s):
    t = 1
    a = b = c = d = x = s
    for i in range(n):
        if xs[i] > t:
            t = xs[i]
        k = min(ys[i] - i, k)
        t -= xs[-1 - i] / a
    return t, k, list(xs), list(ys)


def ok0(o, n, k):
    peek = lambda: o.w
    t = 1
    for i in range(n):
        t += float(k) + float(t)
        t += pa1(o, t)
        t = t + o.data[i % len(o.data)] * o.KF
        k = (o.m >> 2) | k
        t -= o.w / 3.0
    return t, k, o.w, o.m, list(o.data)


def gk0(gr, n, k):
    t = 0.0
    for i in range(n):
        x = i % gr.width
        y = (i + k) % gr.height
        if gr[(x + 1) % gr.width, y] > t:
            t += 1
        t -= gr[x, y]
        if gr[(x + 1) % gr.width, y] > t:
            t += 1
        gr[x, y] = gr[x, 0] * 0.25 + gr[x, (y + 1) % gr.height]
    return t, list(gr.data)


def gk1(gr, n, k):
    t = 0.0
    for i in range(n):
        x = i % gr.width
        y = (i + k) % gr.height
        t += gr[(x + 1) % gr.width, y] * 0.5
        t -= gr[x, 0]
        t += gr[x, 0] * -3
        gr[x, y] = gr[x, y] * 0.25 + gr[x, 0]
    return t, list(gr.data)


def main():
    log.append(gk0(mkgrid(3, 3, 1), cv(30), 3))
    try:
        if ((c / (-1.25 < len(dct))) << 2):
            if ((c >> 5) >> 2):
                x = (((b ** 1) <= (f1(c) < helper(d, k=1))) & a)
    except ValueError as e1:
        log.append(type(e1).__name__)
    return (a, b, c, d, x, log)
