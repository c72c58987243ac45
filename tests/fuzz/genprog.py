"""Random but valid Python programs for differential testing (interpreter vs rjit).

`generate(seed)` returns the source of a module that defines `main()` and a few helpers:
- arithmetic on small ints, big ints and floats; comparisons and boolean operators; `math`
  functions of computed arguments;
- nested `if`/`for`/`while` with `break`/`continue`/`else`; `for` over ranges, lists of pairs
  unpacked in the loop's target, and tuples;
- `try`/`except`/`else`/`finally`, `raise`, and exceptions that escape `main`;
- closures with `nonlocal`; list/set/dict comprehensions and generator expressions;
- calls with keyword, `*args` and `**kwargs` arguments; generators and `yield from`, and
  chains of generators delegating to generators (two `yield from` loops and a `yield` each,
  values sent down the chain, return values and exceptions coming up);
- `with` blocks, f-strings, unpacking with `*`, `print`;
- numbers passed through `cv`, which changes their type for the compared call of a warm run
  (floats for ints, big ints, bools, subclasses of int and float, strings: `PHASE`);
- calls between many small generated functions (positional, defaults, keyword-only, `*args`,
  `**kwargs`; right and wrong argument shapes), bounded recursion, methods, classes with
  `__init__` (and a subclass calling `super().__init__`) and operator methods (`+`, `-`,
  `*` with `NotImplemented` for what they do not know, a reflected `__radd__`), bound methods
  and closures passed around: the shapes rjit's direct calls (runtime/calls.rs) must get exactly right;
- loops over `array.array`s of doubles and C ints passed as arguments, reading and writing
  items at and beyond their ends (the typed tier's inline array items), with `abs`, `len` and
  `math` functions imported by name (computed natively), called with other typecodes, lists
  and an array subclass in the type phases;
- loops over the attributes of an object passed in (instance values, `__slots__`, class
  attributes, an array or a list in an attribute, the object in a closure's cell), with
  bitwise operators, `float()` and int/float comparisons: what the typed tier samples from the
  frame that made the function hot, whose kinds the type phases change.

Every loop is bounded, so every program terminates. The same seed always gives the same
program.
"""

from __future__ import annotations

import random

VARS = ["a", "b", "c", "d", "x"]
EXC = ["ValueError", "KeyError", "ZeroDivisionError", "IndexError", "TypeError"]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.lines: list[str] = []
        self.depth = 0
        self.loop = 0
        self.budget = 60
        # Generated functions callable from the code being generated now: (name, signature).
        self.callable: list[tuple[str, list[tuple[str, str]]]] = []

    def emit(self, s: str) -> None:
        self.lines.append("    " * self.depth + s)
        self.budget -= 1

    def atom(self) -> str:
        r = self.r.random()
        if r < 0.45:
            v = self.r.choice(VARS)
            return f"cv({v})" if self.r.random() < 0.2 else v
        if r < 0.65:
            v = str(self.r.randint(-5, 9))
            return f"cv({v})" if self.r.random() < 0.3 else v
        if r < 0.75:
            v = repr(self.r.choice([0.5, -1.25, 3.0, 1e300, 2.5e-3]))
            return f"cv({v})" if self.r.random() < 0.3 else v
        if r < 0.85:
            return str(self.r.choice([2**64, -(2**70) + 3, 10**30]))
        if r < 0.92:
            return f"len({self.r.choice(['lst', 'dct', 'txt'])})"
        if self.callable and r < 0.97:
            return self.call_expr()
        if r < 0.985:
            return self.r.choice([
                f"Pt({self.r.choice(VARS)}).norm()",
                f"Pt3({self.r.choice(VARS)}, {self.r.randint(0, 3)}).norm({self.r.randint(0, 2)})",
                f"rec({self.r.randint(0, 12)}, {self.r.choice(VARS)})",
                f"apply(Pt({self.r.choice(VARS)}, 2).scale, {self.r.choice(VARS)})",
                f"apply(bump, {self.r.randint(-2, 2)})",
                f"(Pt({self.r.choice(VARS)}) + {self.r.choice(VARS)}).norm()",
                f"({self.r.choice(VARS)} + Pt({self.r.choice(VARS)}, 2)).norm()",
                f"(Pt({self.r.choice(VARS)}) * {self.r.choice(VARS)}).norm()",
                f"(Pt({self.r.choice(VARS)}) - Pt3({self.r.choice(VARS)}, 1)).norm()",
                f"(Pt3({self.r.choice(VARS)}, 1) + Pt({self.r.choice(VARS)})).norm()",
            ])
        return f"helper({self.r.choice(VARS)}, k={self.r.randint(0, 3)})"

    def call_expr(self) -> str:
        """A call of a generated function: usually a shape its signature accepts, sometimes
        one that raises TypeError (missing, extra, unknown or repeated arguments)."""
        name, sig = self.r.choice(self.callable)
        args: list[str] = []
        for kind, pname in sig:
            if kind == "pos":
                args.append(self.r.choice(VARS))
            elif kind == "def" and self.r.random() < 0.5:
                if self.r.random() < 0.5:
                    args.append(f"{pname}={self.r.choice(VARS)}")
                else:
                    args.append(self.r.choice(VARS))
            elif kind == "kwonly":
                args.append(f"{pname}={self.r.choice(VARS)}")
            elif kind == "kwdef" and self.r.random() < 0.5:
                args.append(f"{pname}={self.r.choice(VARS)}")
            elif kind == "star" and self.r.random() < 0.5:
                args.append(self.r.choice(["*lst[:2]", "7", "a, b"]))
            elif kind == "starstar" and self.r.random() < 0.5:
                args.append(self.r.choice(["extra=1", "**{'q9': 2}"]))
        # Keyword arguments must follow positional ones in source.
        args.sort(key=lambda x: ("=" in x and not x.startswith("*")) or x.startswith("**"))
        wrong = self.r.random()
        if wrong < 0.04:
            args.append("nope=1")
        elif wrong < 0.07 and args:
            args.pop(0)
        elif wrong < 0.09:
            args.insert(0, "0")
        return f"{name}({', '.join(args)})"

    def expr(self, d: int = 0) -> str:
        if d > 2 or self.r.random() < 0.3:
            return self.atom()
        r = self.r.random()
        a, b = self.expr(d + 1), self.expr(d + 1)
        if r < 0.55:
            op = self.r.choice(["+", "-", "*", "//", "%", "/", "**", "&", "|", "^", "<<", ">>"])
            if op == "**":
                b = str(self.r.randint(0, 3))
            if op in ("<<", ">>"):
                b = str(self.r.randint(0, 5))
            return f"({a} {op} {b})"
        if r < 0.7:
            return f"({a} {self.r.choice(['<', '<=', '==', '!=', '>', '>='])} {b})"
        if r < 0.8:
            return f"({a} {self.r.choice(['and', 'or'])} {b})"
        if r < 0.85:
            return f"(-{a})"
        if r < 0.9:
            return f"({a} if {b} else {self.atom()})"
        if r < 0.915:
            return f"lst[{self.r.randint(-3, 4)}]"
        if r < 0.93:
            return self.slice_expr()
        if r < 0.945:
            # `min`/`max` of two (compared once, the first of equal or unordered ones kept, the
            # chosen argument's own object) and `abs`: computed natively for numbers.
            v, w = self.r.choice(VARS), self.r.choice(VARS)
            return self.r.choice([
                f"{self.r.choice(['min', 'max'])}({a}, {b})",
                f"abs({a})",
                f"({self.r.choice(['min', 'max'])}({v}, {w}) is {self.r.choice([v, w])})",
                f"(abs({v}) is {v})",
            ])
        if r < 0.97:
            # A numeric argument left unboxed, to a function compiled code may compute itself.
            f = self.r.choice(["sqrt", "sin", "cos", "tan", "atan", "exp", "fabs", "floor"])
            return f"math.{f}({a} * {b})"
        return f"dct.get({a}, {b})"

    def bound(self) -> str:
        """A slice bound: mostly a small int or none, sometimes one of the edges (beyond a
        machine word, a bool, a float's TypeError, a step of zero's ValueError)."""
        k = self.r.random()
        if k < 0.75:
            return self.r.choice(["", "", "0", "1", "2", "-1", "-2", "4", "-9", "9"])
        if k < 0.9:
            return self.r.choice(["2**70", "-(2**70)", "True", "cv(2)", "len(lst)"])
        return self.atom()

    def slice_expr(self) -> str:
        """A slice of the list, a tuple or the str, read as a number (lowered as one step with
        its BUILD_SLICE: runtime/slices.rs)."""
        lo, hi = self.bound(), self.bound()
        step = self.r.choice(["", "", "1", "2", "-1", "-1", "-2", "0", self.bound()])
        step = f":{step}" if step else ""
        return self.r.choice([
            f"len(lst[{lo}:{hi}{step}])",
            f"sum(lst[{lo}:{hi}{step}][:2] or [1])",
            f"len(tuple(lst)[{lo}:{hi}{step}])",
            f"(txt[{lo}:{hi}{step}] == txt[{lo}:{hi}])",
            f"len(txt[{lo}:{hi}{step}] + 'é✓'[{lo}:{hi}])",
        ])

    def target(self) -> str:
        return self.r.choice(VARS)

    def block(self, n: int) -> None:
        self.depth += 1
        for _ in range(n):
            self.stmt()
        if self.lines[-1].strip().endswith(":"):
            self.emit("pass")
        self.depth -= 1

    def stmt(self) -> None:
        if self.budget <= 0:
            self.emit(f"{self.target()} = {self.atom()}")
            return
        r = self.r.random()
        nested = self.depth < 4
        if r < 0.25 or not nested:
            self.emit(f"{self.target()} = {self.expr()}")
        elif r < 0.32:
            self.emit(f"{self.target()} {self.r.choice(['+=', '-=', '*=', '|='])} {self.expr()}")
        elif r < 0.40:
            self.emit(f"if {self.expr()}:")
            self.block(self.r.randint(1, 3))
            if self.r.random() < 0.5:
                self.emit("else:")
                self.block(self.r.randint(1, 2))
        elif r < 0.48:
            k, d = self.r.random(), self.depth
            if k < 0.6:
                self.emit(f"for i{d} in range({self.r.randint(0, 6)}):")
            elif k < 0.8:
                # Pairs unpacked in the loop's target (the typed tier's list iteration and
                # UNPACK_SEQUENCE), then used in arithmetic.
                # Or from zip() and enumerate() of lists, tuples and ranges (the typed tier's
                # `rjit_pair_next`), of unequal lengths.
                items = lambda: ", ".join(self.atom() for _ in range(self.r.randint(0, 4)))  # noqa: E731
                pairs = ", ".join(f"({self.atom()}, {self.atom()})" for _ in range(self.r.randint(0, 4)))
                src = self.r.choice([
                    f"[{pairs}]", f"[{pairs}]",
                    f"zip([{items()}], [{items()}])",
                    f"zip(range({self.r.randint(0, 5)}), ({items()}{',' if self.r.random() < 0.5 else ''}))",
                    f"enumerate([{items()}])",
                    f"enumerate([{items()}], {self.r.choice(['1', '-3', '2**62', '2**63 - 2'])})",
                ])
                if src.endswith("(,))"):
                    src = src[:-4] + "())"
                self.emit(f"for p{d}, q{d} in {src}:")
                self.depth += 1
                self.emit(f"{self.target()} = p{d} * q{d} - {self.atom()}")
                self.depth -= 1
            else:
                items = ", ".join(self.atom() for _ in range(self.r.randint(0, 4)))
                self.emit(f"for v{d} in ({items}{',' if items else ''}):")
                self.depth += 1
                self.emit(f"{self.target()} = {self.target()} + v{d} * {self.atom()}")
                self.depth -= 1
            self.loop += 1
            self.block(self.r.randint(1, 3))
            self.loop -= 1
            if self.r.random() < 0.3:
                self.emit("else:")
                self.block(1)
        elif r < 0.53:
            w = f"w{self.depth}"
            self.emit(f"{w} = 0")
            self.emit(f"while {w} < {self.r.randint(1, 5)}:")
            self.depth += 1
            self.emit(f"{w} += 1")
            self.depth -= 1
            self.loop += 1
            self.block(self.r.randint(1, 2))
            self.loop -= 1
        elif r < 0.58 and self.loop:
            self.emit(f"if {self.expr()}:")
            self.depth += 1
            self.emit(self.r.choice(["break", "continue"]))
            self.depth -= 1
        elif r < 0.68:
            self.emit("try:")
            self.block(self.r.randint(1, 3))
            k = self.r.random()
            if k < 0.8:
                excs = self.r.sample(EXC, self.r.randint(1, 2))
                name = "(" + ", ".join(excs) + ")" if len(excs) > 1 else excs[0]
                self.emit(f"except {name} as e{self.depth}:")
                self.depth += 1
                self.emit(f"log.append(type(e{self.depth - 1}).__name__)")
                self.depth -= 1
                self.block(self.r.randint(0, 1))
                if self.r.random() < 0.3:
                    self.emit("else:")
                    self.block(1)
            if k >= 0.5:
                self.emit("finally:")
                self.block(1)
        elif r < 0.72:
            self.emit(f"if {self.expr()}:")
            self.depth += 1
            self.emit(f"raise {self.r.choice(EXC)}({self.atom()})")
            self.depth -= 1
        elif r < 0.78:
            comp = self.r.choice(
                [
                    f"[{self.expr(2)} for x in range({self.r.randint(0, 5)}) if x != {self.atom()}]",
                    f"sum(x * {self.atom()} for x in lst)",
                    f"{{x % 3: x for x in range({self.r.randint(0, 5)})}}",
                    f"sorted({{x * 2 for x in lst}})",
                    f"tuple(x + {self.atom()} for x in lst)",
                    f"sorted(set(x % 4 for x in lst), key=str)",
                    f"(any(x > {self.atom()} for x in lst), all(x != {self.atom()} for x in lst))",
                ]
            )
            self.emit(f"log.append({comp})")
        elif r < 0.83:
            k = self.r.random()
            if k < 0.4:
                self.emit(f"log.append(list(gen({self.r.randint(0, 4)}, {self.atom()})))")
            elif k < 0.7:
                self.emit(f"log.append(list(chain({self.r.randint(0, 3)}, {self.r.randint(0, 3)}, {self.atom()})))")
            else:
                g = f"chain({self.r.randint(0, 2)}, {self.r.randint(0, 3)}, {self.atom()})"
                self.emit(f"log.append(drive({g}, {self.r.randint(0, 8)}))")
        elif r < 0.87:
            self.emit(f"log.append(kw(*lst[:2], z={self.atom()}, **{{'w': {self.atom()}}}))")
        elif r < 0.91:
            self.emit(f"{self.target()} = bump({self.atom()})")
        elif r < 0.94:
            self.emit("with Ctx(log):")
            self.block(self.r.randint(1, 2))
        elif r < 0.97:
            self.emit(f"print(f'{{{self.target()}!r}} {{{self.target()}}}')")
        elif r < 0.985:
            self.emit(f"first, *rest = lst[:{self.r.randint(1, 4)}]")
            self.emit("log.append((first, rest))")
        else:
            # Same-length slice assignments keep the shared list's length.
            lo, hi = self.bound(), self.bound()
            self.emit(self.r.choice([
                f"lst[{lo}:{hi}] = lst[{lo}:{hi}][::-1]",
                f"lst[:{self.r.randint(1, 5)}] = lst[{self.r.randint(0, 4)}::-1][:{self.r.randint(1, 5)}]",
                f"lst[::2] = lst[::2][::-1]",
            ]))
            self.emit("log.append(lst[:])")


PRELUDE = '''\
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
    # And `isinstance`, for a Python function that answers the same: `Rows2.__getitem__`
    # computed in place must find it is no longer the builtin.
    g["isinstance"] = pyisinstance
    return str(v)


_isinstance = isinstance


def pyisinstance(o, c):
    return _isinstance(o, c)

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


class Rows2:
    """Rows of arrays in a list behind Python `__getitem__` and `__setitem__` that ask
    `isinstance(idx, tuple)` first (scimark's `ArrayList`), which row kernels subscript as
    `A[y][x]` (the typed tier computes `A[y]` in place, the `isinstance` answered) and as
    `A[x, y]`."""

    def __init__(self, w, h, data):
        self.width = w
        self.height = h
        self.data = data

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


def mkrows(w, h, kind=0):
    """`h` rows of `w` floats (by the type phase, one row of ints or a list, the rows in a
    tuple, or rows of another container, `arr`)."""
    rows = [arr("d", [((x + 3 * y) * 37 % 11) * 0.5 for x in range(w)]) for y in range(h)]
    if PHASE[0] in (2, 5):
        rows[kind % h] = [float(v) for v in rows[kind % h]] if kind else array("l", range(w))
    if PHASE[0] == 3:
        rows = tuple(rows)
    return Rows2(w, h, rows)


def mksrc(kind, n):
    """A container of `n` numbers for iteration kernels: a dict (numbers to halves), a set,
    bytes, a bytearray, a str of digits, or a list, of values `cv` changes by the type phase
    (the str and bytes stay: their items are what they are)."""
    nums = [cv((i * 7 + 3) % 13 - 4) for i in range(n)]
    k = kind % 6
    if k == 0:
        return {v: v * 0.5 if type(v) in (int, float) else v for v in nums}
    if k == 1:
        return set(nums)
    if k == 2:
        return bytes((i * 37) % 256 for i in range(n))
    if k == 3:
        return bytearray((i * 11) % 256 for i in range(n))
    if k == 4:
        return "".join(str((i * 3) % 10) for i in range(n)) + ("" if PHASE[0] != 5 else "\u20ac")
    return nums


def walk(src, m):
    """An iterator over `src` as an iteration kernel asks for it (`m`): its own, a dict's
    values or items, or one whose container is changed before the loop (the size changed, the
    keys churned with the size kept, a str or bytes replaced by another type)."""
    it = iter(src)
    if m == 1 and type(src) is dict:
        it = iter(src.values())
    elif m == 2 and type(src) is dict:
        it = iter(src.items())
    elif m == 3:
        if type(src) is dict:
            src[-99] = 1.5
        elif type(src) in (set, bytearray, list):
            src.append(7) if type(src) is not set else src.add(-99)
    elif m == 4 and type(src) is dict and src:
        next(it)
        for j in range(30):
            src[1000 + j] = 0.5
            del src[1000 + j]
    return it


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

'''


def signature(g: Gen) -> list[tuple[str, str]]:
    """A random parameter list: positional, with defaults, *args, keyword-only, **kwargs."""
    sig = [("pos", f"p{i}") for i in range(g.r.randint(0, 3))]
    sig += [("def", f"o{i}") for i in range(g.r.randint(0, 2))]
    if g.r.random() < 0.25:
        sig.append(("star", "rest"))
    if g.r.random() < 0.3:
        sig += [("kwonly" if g.r.random() < 0.5 else "kwdef", f"k{i}") for i in range(g.r.randint(1, 2))]
    if g.r.random() < 0.2:
        sig.append(("starstar", "kws"))
    return sig


def render(sig: list[tuple[str, str]]) -> str:
    out, star_seen = [], False
    for kind, name in sig:
        if kind in ("kwonly", "kwdef") and not star_seen:
            out.append("*")
            star_seen = True
        if kind == "pos" or kind == "kwonly":
            out.append(name)
        elif kind in ("def", "kwdef"):
            out.append(f"{name}={len(out) - 1}")
        elif kind == "star":
            out.append(f"*{name}")
            star_seen = True
        elif kind == "starstar":
            out.append(f"**{name}")
    return ", ".join(out)


def function(g: Gen, name: str, sig: list[tuple[str, str]]) -> str:
    """A small function over its parameters: a few statements, then a return."""
    g.lines, g.depth, g.budget = [], 1, 12
    params = [n for k, n in sig if k not in ("star", "starstar")]
    for i, v in enumerate(VARS):
        g.emit(f"{v} = {params[i % len(params)] if params else g.r.randint(-3, 5)}")
    if any(k == "star" for k, _ in sig):
        g.emit("log.append(len(rest))")
    if any(k == "starstar" for k, _ in sig):
        g.emit("log.append(sorted(kws))")
    for _ in range(g.r.randint(1, 3)):
        g.stmt()
    g.emit(f"return {g.expr()}")
    return f"def {name}({render(sig)}):\n" + "\n".join(g.lines) + "\n"


def array_kernel(g: Gen, name: str) -> str:
    """A loop over `array.array`s passed in (`xs` of doubles, `ys` of C ints): the typed tier
    guards them from the kinds the hook saw in the call that made the function hot, and reads
    and writes their items inline. The loop's atoms stay numbers, so that the typed tier takes
    it; `arr` in the caller changes the containers' kinds (`PHASE`)."""
    g.lines, g.depth, g.budget = [], 1, 14
    # Sometimes an int: a float accumulator that starts as one (`PRepr::Num`).
    g.emit(f"t = {g.r.choice(['0.0', '0.0', '0', '1'])}")
    g.emit("a = b = c = d = x = s")
    num = lambda: g.r.choice(["a", "k", "t", "i", "2", "-3", "0.5", "1e300", "-0.0", "7"])  # noqa: E731
    g.emit(f"for i in range({g.r.choice(['n', 'n', 'n - 1', 'n + 1'])}):")
    g.depth += 1
    for _ in range(g.r.randint(2, 5)):
        g.emit(g.r.choice([
            f"t = t + xs[i] * {num()}",
            f"t -= xs[-1 - i] / {g.r.choice(['0.5', '3.0', '-2.0', 'a'])}",
            f"xs[i] = xs[i] * {g.r.choice(['0.5', '2.0', '-1.5'])} + {num()}",
            f"xs[{g.r.choice(['i', '-1 - i', 'i // 2'])}] = {g.r.choice(['ys[i]', 'k', 'i * 3', 't'])}",
            f"ys[i] = ys[i] + {g.r.choice(['1', 'i', 'k', '-7'])}",
            f"ys[{g.r.choice(['i', '-1 - i'])}] = ys[i] * {g.r.choice(['2', '3', '-1'])} - i",
            "k = k + ys[-1 - i]",
            f"t += abs(xs[i] - {num()}) + len(ys)",
            f"t = {g.r.choice(['max', 'min'])}(t, xs[i] * {num()})",
            f"k = {g.r.choice(['max', 'min'])}({g.r.choice(['ys[i] - i', 'k', 'i * 3'])}, k)",
            f"k += abs(ys[i] - {num()}) - (max(a, t) is t)",
            f"t = t + sqrt(abs(xs[i])) * {g.r.choice(['0.5', 'a', 'k'])}",
            f"t -= exp(-abs(xs[i])) + fabs({num()})",
            f"t = t + pu{g.r.randint(0, 4)}(i, {num()})",
            f"k = pu0(k, {g.r.choice(['i', '2', '-1', 'ys[i]'])}) % 65536",
            "if xs[i] > t:\n" + "    " * (g.depth + 1) + "t = xs[i]",
            f"if ys[i] % 2 == 0:\n" + "    " * (g.depth + 1) + "continue",
        ]))
    g.depth -= 1
    g.emit("return t, k, list(xs), list(ys)")
    return f"def {name}(xs, ys, n, k, s):\n" + "\n".join(g.lines) + "\n"


def array_call(g: Gen, name: str) -> str:
    """A call of an array kernel, with arrays (or, by `PHASE`, other containers) of edge values."""
    fl = lambda: g.r.choice(["0.5", "-1.25", "3.0", "-0.0", "1e300", "math.inf", "math.nan", "2.5e-3", "7"])  # noqa: E731
    it = lambda: g.r.choice(["0", "1", "-5", "9", "2**31 - 1", "-(2**31)", "1000"])  # noqa: E731
    m = g.r.randint(0, 5)
    xs = ", ".join(fl() for _ in range(m + g.r.choice([0, 0, 1, -1])))
    ys = ", ".join(it() for _ in range(m + g.r.choice([0, 0, 1, -1])))
    return f"log.append({name}(arr('d', [{xs}]), arr('i', [{ys}]), {m}, {g.r.choice(['0', '3', '-2', 'cv(5)', 'cv(2**62)'])}, {g.r.choice(['1.5', 'cv(2)', '-3', 'cv(0.25)'])}))"


def object_kernel(g: Gen, name: str) -> str:
    """A loop over the attributes of `o` (an `Obj`, `SObj` or `PObj`): its array or list in
    `o.data`, numbers in `o.w` and `o.m`, class attributes `K` and `KF`, with bitwise operators,
    `float()` and comparisons of ints with floats; sometimes `o` is in a cell (a closure reads
    it)."""
    g.lines, g.depth, g.budget = [], 1, 14
    if g.r.random() < 0.3:
        g.emit("peek = lambda: o.w")
    # Sometimes an int: a float accumulator that starts as one (`PRepr::Num`).
    g.emit(f"t = {g.r.choice(['0.0', '0.0', '0', '1'])}")
    g.emit(f"for i in range({g.r.choice(['n', 'n', 'n - 1'])}):")
    g.depth += 1
    num = lambda: g.r.choice(["k", "t", "i", "2", "-3", "0.5", "o.w", "o.K", "o.KF"])  # noqa: E731
    for _ in range(g.r.randint(2, 5)):
        g.emit(g.r.choice([
            f"t = t + o.data[i % len(o.data)] * o.KF",
            f"t -= o.w / {g.r.choice(['0.5', '3.0', 'o.KF', 'o.m'])}",
            f"o.w = o.w + {num()}",
            f"k = (k ^ (i << {g.r.choice(['1', '3', '62', 'o.m'])})) & 0xFFFF",
            f"k = (o.m >> {g.r.choice(['1', '2', 'i'])}) | k",
            f"t += float(k) + float({g.r.choice(['o.w', 't', 'i'])})",
            f"if t > {g.r.choice(['k', 'o.K', 'o.m', '2**53 + 1'])}:\n" + "    " * (g.depth + 1) + "t -= o.K",
            f"o.data[i % len(o.data)] = {g.r.choice(['t', 'k', 'o.w', 'i * 0.5'])}",
            f"o.m = o.m ^ {g.r.choice(['i', 'k', 'o.K'])}",
            f"t -= pu{g.r.randint(0, 4)}({num()}, i)",
            f"t += pa{g.r.randint(0, 2)}(o, {num()})",
            f"t -= o.{g.r.choice(['mw', 'mm'])}({num()})",
        ]))
    g.depth -= 1
    g.emit("return t, k, o.w, o.m, list(o.data)")
    return f"def {name}(o, n, k):\n" + "\n".join(g.lines) + "\n"


def object_call(g: Gen, name: str) -> str:
    """A call of an object kernel with an object of edge values (by `PHASE`, other kinds)."""
    fl = lambda: g.r.choice(["0.5", "-1.25", "3.0", "-0.0", "1e300", "math.inf", "math.nan", "7"])  # noqa: E731
    m = g.r.randint(1, 5)
    data = ", ".join(fl() for _ in range(m))
    return (f"log.append({name}(mk(arr('d', [{data}]), cv({g.r.choice(['2.5', '-1.0', '3', '0.0'])}), "
            f"cv({g.r.choice(['5', '0', '-7', '2**40'])}), {g.r.randint(0, 2)}), {g.r.randint(0, 6)}, "
            f"cv({g.r.choice(['0', '3', '255', '2**62'])})))")


def grid_kernel(g: Gen, name: str) -> str:
    """A loop over the cells of `gr` (a `Grid2`): reads and writes through its `__getitem__`
    and `__setitem__` with tuple keys, as scimark's SOR does."""
    g.lines, g.depth, g.budget = [], 1, 12
    g.emit(f"t = {g.r.choice(['0.0', '0.0', '0'])}")
    g.emit("for i in range(n):")
    g.depth += 1
    g.emit("x = i % gr.width")
    g.emit("y = (i + k) % gr.height")
    num = lambda: g.r.choice(["t", "i", "2", "-3", "0.5", "k", "1e300"])  # noqa: E731
    key = lambda: g.r.choice(["x, y", "x, y", "x, 0", "(x + 1) % gr.width, y", "x, (y + 1) % gr.height"])  # noqa: E731
    for _ in range(g.r.randint(2, 4)):
        g.emit(g.r.choice([
            f"t += gr[{key()}] * {num()}",
            f"gr[{key()}] = t - {num()}",
            f"t -= gr[{key()}]",
            f"gr[x, y] = gr[{key()}] * 0.25 + gr[{key()}]",
            f"if gr[{key()}] > t:\n" + "    " * (g.depth + 1) + "t += 1",
        ]))
    g.depth -= 1
    g.emit("return t, list(gr.data)")
    return f"def {name}(gr, n, k):\n" + "\n".join(g.lines) + "\n"


def grid_call(g: Gen, name: str) -> str:
    """A call of a grid kernel with a grid of some shape (by `PHASE`, other kinds)."""
    w, h = g.r.choice([(4, 3), (3, 3), (5, 2), (1, 4), (6, 6)])
    # The count stays a plain int (the type phase's big ints would make the loop endless); the
    # offset is a number of edge types.
    return (f"log.append({name}(mkgrid({w}, {h}, {g.r.randint(0, 1)}), {g.r.choice(['6', '12', '30'])}, "
            f"cv({g.r.randint(0, 3)})))")


def row_kernel(g: Gen, name: str) -> str:
    """A loop over the rows of `A` (a `Rows2`): `A[y][x]` reads and writes through its
    `__getitem__`, as scimark's LU does, and a few `A[x, y]`."""
    g.lines, g.depth, g.budget = [], 1, 12
    g.emit(f"t = {g.r.choice(['0.0', '0.0', '0'])}")
    g.emit("for i in range(n):")
    g.depth += 1
    g.emit("y = (i + k) % A.height")
    g.emit("for x in range(A.width):")
    g.depth += 1
    num = lambda: g.r.choice(["t", "x", "2", "-3", "0.5", "k", "1e300"])  # noqa: E731
    row = lambda: g.r.choice(["y", "y", "(y + 1) % A.height", "i % A.height", "0"])  # noqa: E731
    col = lambda: g.r.choice(["x", "x", "(x + 1) % A.width", "0"])  # noqa: E731
    for _ in range(g.r.randint(2, 4)):
        g.emit(g.r.choice([
            f"A[y][x] -= A[{row()}][x] * {num()}",
            f"t += A[{row()}][{col()}]",
            f"A[{row()}][{col()}] = t * 0.5",
            f"t -= A[{col()}, {row()}]",
            f"if A[{row()}][x] > t:\n" + "    " * (g.depth + 1) + "t += 1",
        ]))
    g.depth -= 2
    g.emit("return t, [list(r) for r in A.data]")
    return f"def {name}(A, n, k):\n" + "\n".join(g.lines) + "\n"


def row_call(g: Gen, name: str) -> str:
    """A call of a row kernel with rows of some shape (by `PHASE`, other kinds)."""
    w, h = g.r.choice([(4, 3), (3, 3), (5, 2), (1, 4), (6, 6)])
    return (f"log.append({name}(mkrows({w}, {h}, {g.r.randint(0, 1)}), {g.r.choice(['3', '6', '12'])}, "
            f"cv({g.r.randint(0, 3)})))")


def iter_kernel(g: Gen, name: str) -> str:
    """A loop over `walk(src, m)`: a dict's keys, values or items, a set, bytes, a bytearray, a
    str or a list (`mksrc`), accumulating numbers from each item; `m` may change the container
    before the loop."""
    g.lines, g.depth, g.budget = [], 1, 12
    g.emit(f"t = {g.r.choice(['0.0', '0.0', '0'])}")
    g.emit("c = 0")
    g.emit("last = None")
    g.emit("for v in walk(src, m):")
    g.depth += 1
    num = lambda: g.r.choice(["t", "c", "2", "-3", "0.5", "k", "1e300"])  # noqa: E731
    for _ in range(g.r.randint(2, 4)):
        g.emit(g.r.choice([
            "c += 1",
            f"t += v * {num()}",
            "t -= v",
            f"t = t * 0.5 + {num()}",
            "last = v",
            f"if v > {num()}:\n" + "    " * (g.depth + 1) + "c += 2",
        ]))
    g.depth -= 1
    g.emit("return t, c, last")
    return f"def {name}(src, m, k):\n" + "\n".join(g.lines) + "\n"


def iter_call(g: Gen, name: str) -> str:
    """A call of an iteration kernel with a container of some kind and size."""
    return (f"log.append({name}(mksrc({g.r.randint(0, 5)}, {g.r.choice(['0', '3', '8', '20'])}), "
            f"{g.r.choice([0, 0, 1, 2, 3, 4])}, cv({g.r.randint(0, 3)})))")


def generate(seed: int) -> str:
    g = Gen(seed)
    funcs = []
    for k in range(g.r.randint(0, 5)):
        sig = signature(g)
        funcs.append(function(g, f"f{k}", sig))
        g.callable.append((f"f{k}", sig))  # later functions (and main) may call it
    g.lines, g.depth, g.budget = [], 1, 60
    for v in VARS:
        g.emit(f"{v} = {g.r.randint(-3, 5)}")
    for _ in range(g.r.randint(4, 10)):
        g.stmt()
    g.emit("return (a, b, c, d, x, log)")
    body = g.lines
    # Array kernels, then object kernels, called from top-level statements of `main` (drawn
    # last, so that the rest of each seed's program is what it was before they were added).
    for prefix, kernel, call in (("ak", array_kernel, array_call), ("ok", object_kernel, object_call),
                                 ("gk", grid_kernel, grid_call), ("rk", row_kernel, row_call),
                                 ("ik", iter_kernel, iter_call)):
        for k in range(g.r.choice([0, 0, 1, 2])):
            name = f"{prefix}{k}"
            funcs.append(kernel(g, name))
            for _ in range(g.r.randint(1, 2)):
                top = [j for j, line in enumerate(body) if line.startswith("    ") and not line[4].isspace()
                       and not line.strip().startswith(("else", "except", "finally", "elif"))]
                body.insert(g.r.choice(top[1:] or top), "    " + call(g, name))
    return PRELUDE + "\n\n".join(funcs) + "\n\ndef main():\n" + "\n".join(body) + "\n"
