"""Inline caches (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR): every way a cached lookup
can go stale must give CPython's answer. Each function builds its own classes, so the interpreter
run and the compiled run start from the same state; loops run the cached path many times
before and after each change."""

from __future__ import annotations

import builtins
import functools
import types

import pytest

import rjit

from conftest import both


def property_added_to_class_shadows_instance_value():
    class C:
        pass

    o = C()
    o.x = 1
    out = []
    for i in range(40):
        if i == 20:
            C.x = property(lambda self: "prop")
        out.append(o.x)
    return out


def attribute_deleted_then_read():
    class C:
        pass

    o = C()
    o.x = 1
    out = []
    for i in range(10):
        if i == 5:
            del o.x
        out.append(o.x)  # AttributeError on i == 5, message and line compared
    return out


def dict_materialised_midway():
    class C:
        pass

    o = C()
    o.a = 1
    o.b = 2
    out = []
    for i in range(30):
        if i == 10:
            d = o.__dict__
            d["a"] = 100
        if i == 20:
            o.__dict__ = {"a": -1, "b": -2}
        out.append(o.a + o.b)
        o.b = i
    return out


def instance_attribute_shadows_method_later():
    class C:
        def m(self):
            return "method"

    o, p = C(), C()
    out = []
    for i in range(30):
        if i == 10:
            o.m = lambda: "instance"
        if i == 20:
            p.__dict__["m"] = lambda: "dict"
        out.append(o.m() + p.m())
    return out


def method_replaced_on_class():
    class C:
        def m(self):
            return 1

    o = C()
    out = []
    for i in range(30):
        if i == 15:
            C.m = lambda self: 2
        out.append(o.m())
    return out


def class_changed_with_dunder_class():
    class A:
        def m(self):
            return "A"

    class B:
        def m(self):
            return "B"

    o = A()
    o.v = 1
    out = []
    for i in range(20):
        if i == 10:
            o.__class__ = B
        out.append((o.m(), o.v))
    return out


def polymorphic_site():
    classes = [type(f"K{i}", (), {"m": (lambda k: lambda self: k)(i)}) for i in range(40)]
    objs = []
    for k, cls in enumerate(classes):
        o = cls()
        o.val = k
        objs.append(o)
    total = 0
    for _ in range(3):
        for o in objs:
            total += o.m() * 1000 + o.val
            o.val += 1
    return total


def polymorphic_sites_across_ways():
    # A few types through the same sites, more than a site holds (1 + 3 entries), each kind of
    # entry in the overflow ways: instance values, slots, materialised dicts, methods, class
    # constants, a class itself, a module. Then types change under cached entries: a method
    # replaced, a property added, an attribute deleted, a class's constant rebound.
    import types as _types

    class Base:
        K = "base"

        def __init__(self, v):
            self.v = v

        def m(self):
            return ("base", self.v)

    class A(Base):
        def m(self):
            return ("A", self.v)

    class B(Base):
        K = "b"

    class S:
        __slots__ = ("v",)
        K = "slots"

        def __init__(self, v):
            self.v = v

        def m(self):
            return ("S", self.v)

    class D(Base):
        pass

    mod = _types.ModuleType("fake")
    mod.v, mod.K, mod.m = "module v", "module K", lambda: ("module",)

    d = D(3)
    vars(d)
    d.extra = 1
    owners = [Base(0), A(1), B(2), d, S(4), A(5), mod, B(6), S(7)]
    out = []
    for rnd in range(10):
        for o in owners:
            try:
                out.append((o.v, o.K, o.m()))
            except AttributeError as e:
                out.append(str(e))
            if not isinstance(o, _types.ModuleType):
                o.v = (rnd, out[-1][0] if isinstance(out[-1], tuple) else None)
        out.append((Base.K, A.K, S.K))
        if rnd == 3:
            A.m = lambda self: ("A replaced", self.v)
        if rnd == 5:
            B.v = property(lambda self: "B property", lambda self, x: None)
        if rnd == 6:
            del owners[4].v
        if rnd == 7:
            Base.K = "rebound"
            S.K = "slots rebound"
    return out


def polymorphic_sites_in_dying_functions():
    # Functions whose sites grew overflow entries are dropped (their code objects die with
    # their caches) while new ones are made from the same source.
    src = """
def f(objs):
    return [(o.x, o.get()) for o in objs]
"""
    classes = [type(f"C{i}", (), {"get": (lambda k: lambda self: k)(i)}) for i in range(6)]
    objs = []
    for i, c in enumerate(classes):
        o = c()
        o.x = i
        objs.append(o)
    out = []
    for _ in range(5):
        ns = {}
        exec(src, ns)
        for _ in range(3):
            out.append(ns["f"](objs))
        del ns
    return out


def getattr_getattribute_setattr_classes():
    class G:
        def __getattr__(self, name):
            return "missing:" + name

    class GA:
        def __getattribute__(self, name):
            return "always:" + name

    class S:
        log = []

        def __setattr__(self, name, value):
            S.log.append(name)
            object.__setattr__(self, name, value * 2)

    g, ga, s = G(), GA(), S()
    g.x = 1
    s.y = 1
    out = []
    for i in range(20):
        s.y = i
        out.append((g.x, g.nope, ga.x, s.y))
    return out, len(S.log)


def setattr_hook_added_later():
    class C:
        pass

    o = C()
    o.x = 0
    for i in range(20):
        if i == 10:
            C.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 100)
        o.x = i
    return o.x


def slots_and_no_dict():
    class P:
        __slots__ = ("a", "b")

        def total(self):
            return self.a + self.b

    p = P()
    out = []
    for i in range(20):
        p.a = i
        p.b = 2 * i
        out.append(p.total())
        if i == 10:
            del p.b
            try:
                p.total()
            except AttributeError as e:
                out.append(str(e))
            p.b = 0
    return out


def slots_read_and_written_through_cached_sites():
    # LOAD_ATTR_SLOT / STORE_ATTR_SLOT: the type version is the guard; an empty slot raises
    # CPython's AttributeError; a slot of a base, a subclass adding a dict, a slot replaced
    # on the class by a property, and `__class__` moved between slotted classes.
    class A:
        __slots__ = ("x", "y")

    class B(A):
        __slots__ = ("z",)

    class D(A):
        pass  # instances have a dict too

    class A2:
        __slots__ = ("x", "y")

    out = []
    objs = [A(), B(), D(), A()]
    for k in range(30):
        o = objs[k % 4]
        o.x = k
        o.y = o.x * 2.0
        out.append((o.x, o.y))
        if k == 12:
            del objs[0].y
            try:
                out.append(objs[0].y)
            except AttributeError as e:
                out.append(str(e))
            objs[0].y = -1
        if k == 20:
            A.y = property(lambda self: "property y", lambda self, v: out.append(("set", v)))
        if k == 24:
            objs[3].__class__ = A2
    return repr(out)


def slot_descriptor_borrowed_by_another_class():
    # A member descriptor moved into an unrelated class must not be read at its offset.
    class A:
        __slots__ = ("x",)

    class C:
        x = A.__dict__["x"]

    out = []
    a = A()
    a.x = 1
    for o in (a, C(), a, C()):
        try:
            out.append(o.x)
        except TypeError as e:
            out.append(str(e))
        try:
            o.x = 5
            out.append(o.x)
        except TypeError as e:
            out.append(str(e))
    return out


def subclass_through_same_site():
    class Base:
        def __init__(self, v):
            self.v = v

        def get(self):
            return self.v

    class Sub(Base):
        def get(self):
            return -self.v

    total = 0
    for i in range(40):
        o = Base(i) if i % 3 else Sub(i)
        total += o.get() + o.v
    return total


def first_assignment_and_reassignment():
    class C:
        pass

    objs = [C() for _ in range(5)]
    for i, o in enumerate(objs):
        o.a = i
        o.b = i + 1
        o.a = o.a + o.b
        del o.b
        o.b = 7
    return [(o.a, o.b, list(vars(o))) for o in objs]


def first_assignments_keep_insertion_order():
    """A cached first assignment must record the insertion order, which differs from the
    shared keys' order here: `vars()` iterates in insertion order."""

    class C:
        pass

    first = C()
    first.a = first.b = first.c = 0  # the shared keys' order: a, b, c
    objs = [C() for _ in range(6)]
    for o in objs:
        o.c = 1
        o.a = 2
        o.b = 3
    return [list(vars(o).items()) for o in objs]


def many_attributes_unshare_keys():
    class C:
        pass

    objs = []
    for k in range(3):
        o = C()
        for i in range(40):
            setattr(o, f"f{i}", i)
        o.f0 = k
        objs.append(o)
    return [o.f0 + o.f39 for o in objs]


def data_descriptor_on_class_wins():
    class D:
        def __get__(self, obj, tp):
            return "descr"

        def __set__(self, obj, v):
            obj.__dict__["seen"] = v

    class C:
        pass

    o = C()
    o.x = 1
    out = []
    for i in range(20):
        if i == 10:
            C.x = D()
        o.x = i
        out.append(o.x)
    return out, o.__dict__.get("seen")


def module_and_class_attributes():
    import math

    class K:
        CONST = 3

        @classmethod
        def cm(cls):
            return cls.CONST

        @staticmethod
        def sm():
            return 4

    k = K()
    total = 0.0
    for i in range(20):
        total += math.sqrt(i) + K.CONST + k.CONST + k.cm() + k.sm() + K.sm()
        if i == 10:
            K.CONST = 30
    return total


G_COUNTER = 0
G_VALUE = 1


def global_rebound_and_deleted():
    global G_VALUE
    G_VALUE = 1
    out = []
    for i in range(30):
        if i == 10:
            G_VALUE = 2
        if i == 20:
            del G_VALUE
        out.append(G_VALUE)  # NameError at i == 20
    return out


def global_written_every_iteration():
    global G_COUNTER
    G_COUNTER = 0
    for i in range(100):
        G_COUNTER = G_COUNTER + i
    return G_COUNTER


def globals_resized_deleted_and_readded():
    # The globals cache is keyed on the module dict's keys object: a resize replaces it, a
    # deletion clears the entry, re-adding appends a new entry, and none of that may return a
    # stale value. Runs in a private module namespace so the test's own globals stay intact.
    src = """
def run():
    g = globals()
    out = []
    for i in range(60):
        out.append((VALUE, len("ab")))
        if i == 10:
            for k in range(200):
                g[f"filler_{k}"] = k          # grows the dict: new keys object
        if i == 20:
            del g["VALUE"]
            g["VALUE"] = "re-added"           # a new entry for the same name
        if i == 30:
            g["len"] = lambda x: 99           # shadows the builtin
        if i == 40:
            del g["len"]
        if i == 50:
            g["VALUE"] = i                    # plain assignment: same entry, new value
    return out
"""
    ns = {"VALUE": "first"}
    exec(src, ns)
    run = ns["run"]
    rjit_on = rjit.is_enabled()
    if rjit_on:
        assert rjit.compile(run)
    return run()


def builtin_shadowed_then_unshadowed():
    g = globals()
    out = []
    try:
        for i in range(30):
            if i == 10:
                g["len"] = lambda x: -1
            if i == 20:
                del g["len"]
            out.append(len("abc"))
    finally:
        g.pop("len", None)
    return out


def builtins_module_patched():
    saved = builtins.abs
    out = []
    try:
        for i in range(30):
            if i == 15:
                builtins.abs = lambda x: "patched"
            out.append(abs(-i))
    finally:
        builtins.abs = saved
    return out


def same_code_different_globals():
    src = "def get():\n    return WHO\n"
    g1, g2 = {"WHO": "one"}, {"WHO": "two"}
    exec(src, g1)
    get2 = types.FunctionType(g1["get"].__code__, g2)
    rjit_on = rjit.is_enabled()
    if rjit_on:
        assert rjit.compile(g1["get"])
    out = []
    for i in range(20):
        out.append(g1["get"]() + get2())
        if i == 10:
            g2["WHO"] = "TWO"
    return out


_VERSIONED_SRC = """
def warm():
    return (VALUE, len("ab"), OTHER)

def run(n):
    out = []
    for i in range(n):
        out.append((VALUE, len("abc"), OTHER))
    return out
"""


def _versioned_namespace(ns):
    """`_VERSIONED_SRC` run in `ns`, with `warm` quickened by the interpreter so that the
    globals' and builtins' key sets have the `dk_version`s compiled code checks."""
    import dis

    exec(_VERSIONED_SRC, ns)
    rjit.nojit(ns["warm"])
    for _ in range(30):
        ns["warm"]()
    ops = {i.opname for i in dis.get_instructions(ns["warm"], adaptive=True)}
    assert {"LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN"} <= ops, ops
    if rjit.is_enabled():
        assert rjit.compile(ns["run"])
    return ns


def globals_with_drawn_versions():
    # Every change of a versioned key set, each followed by reads through the same sites:
    # a value assigned (same version), a name added (version reset, then drawn again by the
    # interpreter), deleted and re-added, a builtin shadowed and unshadowed, builtins patched.
    ns = _versioned_namespace({"VALUE": "first", "OTHER": 0})
    run, warm = ns["run"], ns["warm"]
    out = [run(5)]
    ns["VALUE"] = "assigned"
    out.append(run(5))
    ns["NEW_NAME"] = 1                      # the key set changed: no version until re-drawn
    out.append(run(5))
    for _ in range(60):
        warm()
    out.append(run(5))
    del ns["OTHER"]
    try:
        run(1)
    except NameError as e:
        out.append(str(e))
    ns["OTHER"] = "back"
    out.append(run(3))
    ns["len"] = lambda x: -1                # shadows the builtin
    out.append(run(3))
    del ns["len"]
    out.append(run(3))
    saved = builtins.len
    try:
        builtins.len = lambda x: "patched"  # builtins' value, same key set
        out.append(run(3))
    finally:
        builtins.len = saved
    out.append(run(3))
    return out


def globals_copied_with_their_version():
    # `dict.copy()` of a clean dict copies its keys object byte for byte, `dk_version`
    # included: a function over the copy passes the same version check and must read the
    # copy's values, not the entry of the dict the cache was filled from.
    ns = _versioned_namespace({"VALUE": "original", "OTHER": 1})
    run = ns["run"]
    out = [run(3)]
    twin = ns.copy()
    twin["VALUE"] = "copy"
    run_twin = types.FunctionType(run.__code__, twin)
    for _ in range(3):
        out.append(run(2) + run_twin(2))
    ns["VALUE"] = "original again"
    out.append(run(2) + run_twin(2))

    class Lookup(dict):
        def __getitem__(self, key):
            return "via __getitem__" if key == "VALUE" else super().__getitem__(key)

    # A dict subclass made from the same dict shares the key set too; LOAD_GLOBAL on it
    # looks in it with `__getitem__` (ceval's non-exact path), never through the cache.
    odd = Lookup(ns)
    run_odd = types.FunctionType(run.__code__, odd)
    out.append(run_odd(2) + run(2))
    return out


def materialised_dicts_through_one_site():
    # Instances whose values became dicts (vars() materialises them), next to instances that
    # still have values, through the same sites; attributes that are not among the type's
    # shared keys; deletion and re-insertion move a name to another dict entry (the hint).
    class C:
        def __init__(self, i):
            self.a = i
            self.b = -i

    objs = [C(i) for i in range(6)]
    for o in objs[::2]:
        vars(o)
    for o in objs[1::3]:
        o.extra = len(vars(o))
    out = []
    for rnd in range(12):
        for o in objs:
            out.append((o.a, o.b, getattr(o, "extra", None)))
            if rnd == 4:
                o.b = o.b * 10
            if rnd == 6 and o.a % 2 == 0:
                del o.a
                o.a = 100 + rnd
            if rnd == 8:
                o.extra = rnd
        if rnd == 9:
            C.extra = property(lambda self: "class wins")
    return out


def dict_hint_reads_in_compiled_code():
    # Reads through the inline hint of an instance dict (3.11's LOAD_ATTR_WITH_HINT): combined
    # dicts (attributes added in another order), split ones (vars()), a __dict__ replaced by a
    # smaller dict, by one with a non-str key (general keys), by a dict subclass, cleared, and
    # an entry deleted and re-added at another index.
    class MyDict(dict):
        def __getitem__(self, k):
            return "never used by attribute lookup"

    class C:
        def __init__(self, order):
            for name in order:
                setattr(self, name, name.upper())

    objs = [C("abcdef"), C("fedcba"), C("abc")]
    vars(objs[2])
    out = []
    for rnd in range(14):
        for o in objs:
            try:
                out.append((o.a, o.c))
            except AttributeError as e:
                out.append(str(e))
        if rnd == 3:
            objs[0].__dict__ = {"c": "small", "a": "dict"}
        if rnd == 5:
            objs[1].__dict__[1] = "general keys"
        if rnd == 7:
            objs[2].__dict__ = MyDict(a="sub", c="class")
        if rnd == 9:
            vars(objs[0]).clear()
        if rnd == 11:
            del objs[1].a
            objs[1].zz = 0
            objs[1].a = "re-added"
    return out


def callables_kept_on_instances():
    # `self.write(...)` where `write` is an instance attribute (a bound builtin method, a
    # function, a lambda), not a method of the class: LOAD_METHOD returns it as an attribute.
    # Through one site: values, a materialised dict, a slot; then the class gains a method of
    # that name (a non-data descriptor: the instance attribute still wins), the instance
    # attribute is deleted (the method is found), and a slot is emptied.
    import io

    class Sink:
        def __init__(self, f):
            self.write = f.write

    class Slotted:
        __slots__ = ("write",)

        def __init__(self, f):
            self.write = f.write

    bufs = [io.StringIO() for _ in range(3)]
    a, b, c = Sink(bufs[0]), Sink(bufs[1]), Slotted(bufs[2])
    vars(b)
    out = []
    for rnd in range(10):
        for o in (a, b, c):
            try:
                out.append(o.write(f"{rnd};"))
            except AttributeError as e:
                out.append(str(e))
        if rnd == 3:
            Sink.write = lambda self, s: ("class method", s)
        if rnd == 5:
            del a.write
        if rnd == 6:
            del c.write
        if rnd == 7:
            b.write = lambda s: ("instance lambda", s)
    out.append([buf.getvalue() for buf in bufs])
    return out


def dict_only_attribute_missing():
    class C:
        pass

    o, p = C(), C()
    vars(o)
    o.only = 1
    out = []
    for i in range(6):
        target = o if i < 3 else p
        out.append(target.only)  # AttributeError on p, message compared
    return out


def dict_only_store_then_class_descriptor():
    class C:
        pass

    o = C()
    vars(o)
    seen = []

    class D:
        def __set__(self, inst, v):
            seen.append(v)

        def __get__(self, inst, owner=None):
            return "descr"

    out = []
    for i in range(10):
        if i == 5:
            C.z = D()
        o.z = i
        out.append((o.z, list(seen)))
    return out


def module_attribute_rebound_deleted_readded():
    m = types.ModuleType("m")
    m.f = 1
    out = []
    for i in range(60):
        if i == 15:
            m.f = 2  # same entry, new value
        if i == 30:
            del m.f
            m.f = 3  # a new entry at the end
        if i == 45:
            for j in range(200):
                setattr(m, f"pad{j}", j)  # the dict's keys object is replaced
        out.append(m.f)
    return out


def module_attribute_deleted_raises():
    m = types.ModuleType("m")
    m.f = 1
    out = []
    for i in range(10):
        if i == 5:
            del m.f
        out.append(m.f)  # AttributeError ("module 'm' has no attribute 'f'")
    return out


def module_getattr_and_late_names():
    m = types.ModuleType("m")
    m.__getattr__ = lambda name: f"fallback {name}"
    out = []
    for i in range(30):
        if i == 10:
            m.late = "real"
        if i == 20:
            del m.late
        out.append(m.late)
    return out


def module_class_changed_to_subclass():
    class Sub(types.ModuleType):
        @property
        def f(self):
            return "property"

    m = types.ModuleType("m")
    m.f = "dict"
    out = []
    for i in range(20):
        if i == 10:
            m.__class__ = Sub
        out.append(m.f)
    return out


def module_functions_as_calls_and_type_attributes():
    m = types.ModuleType("m")
    m.g = lambda x: x + 1
    # (Not tested: a module dict entry named like a ModuleType descriptor, `__dict__`. CPython
    # 3.11's own LOAD_ATTR_MODULE returns the entry once specialised and the descriptor before;
    # rjit always gives the generic answer, the descriptor.)
    out = []
    for i in range(30):
        if i == 15:
            m.g = lambda x: x * 10
        out.append(m.g(i))
        out.append(type(m.__dict__).__name__)
        out.append(m.__name__)
    return out


def class_constant_through_instance():
    class K:
        LIMIT = 10

    o = K()
    out = []
    for i in range(50):
        if i == 10:
            K.LIMIT = 20
        if i == 20:
            o.LIMIT = 5  # the instance shadows the class attribute
        if i == 30:
            del o.LIMIT
        if i == 40:
            del K.LIMIT
        out.append(o.LIMIT)  # AttributeError at i == 40
    return out


def class_constant_through_slots_and_subclass():
    class Base:
        SIZE = (1, 2)

    class S(Base):
        __slots__ = ("a",)

    s = S()
    out = []
    for i in range(30):
        if i == 10:
            Base.SIZE = (3,)  # a base changes: the subclass's tag goes too
        if i == 20:
            S.SIZE = "own"
        out.append(s.SIZE)
    return out


def class_attribute_on_the_class():
    class Meta(type):
        pass

    class K(metaclass=Meta):
        CONST = 1

    class Sub(K):
        pass

    out = []
    for i in range(40):
        if i == 10:
            K.CONST = 2
        if i == 20:
            Meta.CONST = property(lambda cls: "meta data descriptor")
        if i == 30:
            del Meta.CONST
            Sub.CONST = 3
        out.append((K.CONST, Sub.CONST))
    return out


def class_attribute_object_gains_get():
    class Marker:
        pass

    class K:
        m = Marker()

    o = K()
    out = []
    for i in range(20):
        if i == 10:
            Marker.__get__ = lambda self, obj, owner: ("got", obj is None)
        a, b = o.m, K.m
        out.append((a if isinstance(a, tuple) else "marker", b if isinstance(b, tuple) else "marker"))
    return out


def methods_of_instances_with_a_dict_pointer():
    """Types whose instances keep an old-style dict pointer (`tp_dictoffset > 0`): a C type
    (`io.BytesIO`) and a Python subclass of it. Methods and class attributes are cached while
    the instance has no dict; the dict's creation (an attribute set on the instance) and an
    instance attribute shadowing the method must both be seen."""
    import io

    class B(io.BytesIO):
        LIMIT = 7

        def size(self):
            return self.tell()

    objs = [io.BytesIO(), B(), io.BytesIO(b"xyz"), B()]
    out = []
    for i in range(60):
        if i == 20:
            objs[0].note = "dict created"  # the dict exists, nothing shadows yet
        if i == 30:
            objs[1].write = lambda data: out.append(("shadowed", data)) or 0
        if i == 40:
            B.LIMIT = 8
        if i == 45:
            objs[3].LIMIT = "own"
        if i == 50:
            B.write = lambda self, data: -1
        for o in objs:
            n = o.write(b"ab")
            out.append((n, o.tell(), len(o.getvalue())))
            if isinstance(o, B):
                out.append((o.size(), o.LIMIT))
    return out


def getattr_hook_with_slots():
    # pyparsing's ParseResults: __slots__ plus a __getattr__ fallback. A set slot is found by
    # the generic lookup; an unset one, or a missing name, reaches __getattr__.
    class R:
        __slots__ = ("a", "b")

        def __init__(self, a):
            self.a = a

        def __getattr__(self, name):
            return ("fallback", name)

        def total(self, k):
            return self.a * k

    out = []
    rs = [R(i) for i in range(4)]
    for i in range(40):
        r = rs[i % 4]
        if i == 25:
            r.b = "set late"
        if i == 30:
            del rs[2].a
        out.append((r.a, r.b, r.missing, r.total(2) if i != 30 else None))
    return out


def getattr_hook_with_instance_values():
    class D:
        def __init__(self, v):
            self.v = v

        def __getattr__(self, name):
            if name == "late":
                return "from __getattr__"
            raise AttributeError(f"no {name}")

        def m(self):
            return self.v

    d = D(3)
    out = []
    for i in range(40):
        if i == 10:
            d.late = "instance value"
        if i == 20:
            del d.late
        if i == 30:
            d.__dict__["m"] = lambda: "shadowing m"
        out.append((d.v, d.late, d.m()))
    try:
        d.nothing
    except AttributeError as e:
        out.append(str(e))
    return out


def getattr_hook_property_raising_attribute_error():
    # The property's AttributeError sends the lookup to __getattr__: never cached as a plain hit.
    class P:
        @property
        def p(self):
            if self.fail:
                raise AttributeError("p failed")
            return "p"

        def __getattr__(self, name):
            return ("getattr", name)

    o = P()
    out = []
    for i in range(30):
        o.fail = i % 3 == 0
        out.append(o.p)
    return out


def getattribute_added_after_caching():
    class G:
        __slots__ = ("x",)

        def __getattr__(self, name):
            return "getattr"

    g = G()
    g.x = 1
    out = []
    for i in range(30):
        if i == 15:
            G.__getattribute__ = lambda self, name: ("getattribute", name)
        out.append(g.x)
    return out


def descriptors_through_instances():
    class K:
        def __init__(self):
            self._v = 1

        @property
        def v(self):
            return self._v * 10

        @v.setter
        def v(self, x):
            self._v = x

        def meth(self):
            return "meth"

        @classmethod
        def cm(cls):
            return cls.__name__

        @staticmethod
        def sm(x):
            return x + 1

    k = K()
    out = []
    for i in range(40):
        if i == 10:
            k.v = 5
        if i == 20:
            K.v = property(lambda self: "replaced")
        if i == 30:
            k.__dict__["meth"] = lambda: "instance attribute"
        bound = k.meth
        out.append((k.v, bound(), k.cm(), k.sm(i), K.cm(), K.sm(2)))
        if i < 30:
            out.append((bound == k.meth, bound.__self__ is k))
    return out


def getset_and_member_descriptors_of_builtin_types():
    import xml.etree.ElementTree as ET

    out = []
    elems = [ET.Element("a", x="1"), ET.Element("b")]
    for i in range(30):
        e = elems[i % 2]
        if i == 12:
            e.tag = "changed"
        if i == 20:
            e.text = "text"
        out.append((e.tag, e.text, e.attrib, (3 + 4j).real, (7).denominator, len(e)))
    return out


def methods_read_on_classes():
    class Base:
        def __init__(self, v):
            self.v = v

        def double(self):
            return self.v * 2

        @classmethod
        def make(cls, v):
            return cls(v)

    class Child(Base):
        def __init__(self, v):
            Base.__init__(self, v + 1)

        def double(self):
            return Base.double(self) + 1

    out = []
    for i in range(40):
        c = Child.make(i)
        if i == 25:
            Base.double = lambda self: -1
        out.append((c.v, c.double(), Base.make(i).v, type(Child.make).__name__))
    return out


def enum_members_and_classmethods():
    import enum

    class Color(enum.Enum):
        RED = 1
        GREEN = 2

        @classmethod
        def pick(cls, v):
            return cls(v)

    out = []
    for i in range(30):
        # Members are compared by repr: each run builds its own Color.
        out.append((repr(Color.RED), Color.GREEN.value, repr(Color.pick(1 + i % 2)),
                    Color.RED.name))
    Color.pick = classmethod(lambda cls, v: "replaced")
    out.append(Color.pick(1))
    return out


def metaclass_with_getattr():
    class Meta(type):
        def __getattr__(cls, name):
            return ("meta getattr", name)

    class M(metaclass=Meta):
        K = 5

        def f(self):
            return "f"

        @classmethod
        def c(cls):
            return "c"

        @property
        def p(self):
            return "p"

    out = []
    for i in range(30):
        if i == 20:
            M.K = 6
        out.append((M.K, M.missing, M.c(), M.f(M()), type(M.p).__name__))
    return out


def metaclass_attribute_becomes_data_descriptor():
    # test_opcache's test_metaclass_descriptor_added_after_optimization: the metaclass's
    # attribute is an instance of a mutable class that later gains __get__ and __set__,
    # which changes the version of neither the class nor the metaclass.
    class Descriptor:
        pass

    class Metaclass(type):
        attribute = Descriptor()

    class Class(metaclass=Metaclass):
        attribute = True

    out = []
    for i in range(40):
        if i == 20:
            Descriptor.__get__ = lambda self, instance, owner: False
            Descriptor.__set__ = lambda self, instance, value: None
        out.append(Class.attribute)
    return out


def megamorphic_sites():
    # 40 classes through the same sites use up the sites' refills; the process-wide table
    # answers from then on, and must follow every change as the sites do.
    class Base:
        k = "base k"

        def __init__(self, i):
            self.v = i

        def m(self):
            return ("m", self.v)

        @property
        def p(self):
            return self.v * 2

    classes = [type(f"C{i}", (Base,), {"own": i}) for i in range(40)]
    slotted = [type(f"S{i}", (), {"__slots__": ("v",), "m": lambda self: "slot m"})
               for i in range(5)]

    def read(o):
        return (o.v, o.m(), o.k, getattr(o, "own", None) if hasattr(type(o), "own") else None)

    out = []
    objs = [c(i) for i, c in enumerate(classes)]
    for i in range(400):
        o = objs[i % 40]
        if i == 100:
            objs[1].grown = 1  # C1's shared keys grow: its cached method entries go stale
        if i == 150:
            classes[3].k = "changed k"
        if i == 200:
            objs[5].__dict__["m"] = lambda: "instance m"
        if i == 250:
            del objs[7].v
        if i == 300:
            Base.m = lambda self: ("new m", self.v)
        try:
            out.append((read(o), o.p, type(o).own, type(o).k))
        except AttributeError as e:
            out.append(str(e))
        s = slotted[i % 5]()
        if i % 3:
            s.v = i
        try:
            out.append((s.v, s.m()))
        except AttributeError as e:
            out.append(str(e))
    return out


def materialised_dicts_shadow_type_attributes():
    # Instances whose attributes all live in a materialised dict (more names than the shared
    # keys hold; a `str` or `random.Random` subclass, whose tp_new makes no inline values):
    # methods, class constants and descriptors read through them come from the type unless
    # the dict has the name.
    import random

    class Many:
        k = "class k"
        f = staticmethod(lambda: "f")

        def __init__(self):
            for i in range(40):
                setattr(self, f"a{i}", i)

        def m(self):
            return "m"

    class Text(str):
        children = ()

        def walk(self):
            return ("walk", str(self))

    class R(random.Random):
        def pick(self):
            return "pick"

    objs = [Many(), Many(), Text("t1"), Text("t2"), R(1)]
    objs[3].parent = "p"
    out = []
    for i in range(60):
        a, b, t1, t2, r = objs
        if i == 20:
            a.m = lambda: "instance m"
            b.__dict__["k"] = "instance k"
            t1.children = ("own",)
            t2.walk = lambda: "own walk"
        if i == 30:
            r.pick = lambda: "own pick"
            b.f = "own f"
        if i == 40:
            del a.m
            del t1.children
            Many.k = "new class k"
        if i == 50:
            b.__dict__[1] = "a key that is not a str"
            t2.__dict__[2] = "another"
        out.append((a.m(), a.k, a.f(), b.m(), b.k, b.f if i >= 30 else b.f(), t1.children, t1.walk(), t2.walk(),
                    t2.children, r.pick(), r.random()))
    return out


def class_defaults_set_on_some_instances():
    # A class default that some instances set for themselves (the name is among the shared
    # keys): each instance's own value wins, the default otherwise.
    class Opts:
        quote = "legacy"
        minimize = True

        def __init__(self, **kw):
            for k, v in kw.items():
                setattr(self, k, v)

        def method(self):
            return "method"

    objs = [Opts(), Opts(quote="always"), Opts(minimize=False, method=lambda: "own method")]
    out = []
    for i in range(60):
        if i == 20:
            objs[0].quote = "set later"
        if i == 30:
            del objs[1].quote
            del objs[2].method
        if i == 40:
            Opts.quote = "new default"
        if i == 50:
            objs[2].__dict__
            objs[2].quote = "in the dict"
            objs[1].method = lambda: "late method"
        for o in objs:
            out.append((o.quote, o.minimize, o.method()))
    return out


def classes_held_by_classes_called_through_instances():
    # `self.elementClass(...)`: LOAD_METHOD of a plain class attribute gives it as it is.
    class Elem:
        def __init__(self, n):
            self.n = n

    class Builder:
        elementClass = Elem

        def make(self, n):
            e = self.elementClass(n)
            return e if isinstance(e, tuple) else e.n

    b = Builder()
    out = []
    for i in range(50):
        if i == 10:
            Builder.elementClass = lambda self, n: ("method now", n)
        if i == 20:
            b.elementClass = lambda n: ("instance", n)
        if i == 30:
            del b.elementClass
        if i == 40:
            Builder.elementClass = Elem
        out.append(b.make(i))
    return out


def names_of_many_classes():
    # `cls.__name__` and friends: `type`'s data descriptors, one cache entry for every class
    # of the metaclass; renames, another metaclass with its own `__name__`, builtin types.
    class Meta(type):
        @property
        def __name__(cls):
            return "meta says " + cls.__qualname__

    classes = [type(f"K{i}", (), {"__doc__": f"doc {i}"}) for i in range(40)]
    classes += [int, str, type, Meta("M", (), {})]
    out = []
    for i in range(200):
        c = classes[i % len(classes)]
        if i == 100:
            classes[3].__name__ = "renamed"
            classes[4].__qualname__ = "Q.renamed"
            classes[5].__doc__ = "new doc"
        if i == 150:
            Meta.__name__ = property(lambda cls: "replaced property")
        out.append((c.__name__, c.__qualname__, c.__module__, c.__doc__ if i % 2 else None,
                    type(c(0) if c is int else c).__name__, len(c.__mro__)))
    return out


def class_attributes_of_user_classes_gaining_get():
    # A class attribute that is an instance of a user class is a plain value while its class
    # has no `__get__`: adding one (or changing the object's class) must be seen at once.
    class Manager:
        pass

    class Other:
        def __get__(self, obj, tp=None):
            return ("other get", obj is None)

    class Logger:
        manager = Manager()

    lg = Logger()
    out = []
    for i in range(60):
        if i == 20:
            Manager.__get__ = lambda self, obj, tp=None: ("get", obj is None)
        if i == 30:
            del Manager.__get__
        if i == 40:
            Logger.manager.__class__ = Other
        if i == 50:
            Logger.manager = Manager()
        m1, m2 = Logger.manager, lg.manager
        out.append((type(m1).__name__ if not isinstance(m1, tuple) else m1,
                    type(m2).__name__ if not isinstance(m2, tuple) else m2))
    return out


def attributes_of_bound_methods():
    # `meth.__name__`, `meth.__doc__` and a function attribute read through bound methods:
    # the function's, whatever the method wraps; errors as CPython raises them.
    class A:
        def f(self):
            "doc f"

        def g(self):
            pass

    A.f.tag = "tag f"
    a = A()
    out = []
    for i in range(60):
        m = a.f if i % 3 else a.g
        if i == 20:
            A.f.__name__ = "renamed"
        if i == 30:
            A.g.tag = "tag g"
        if i == 40:
            del A.f.tag
        if i == 45:
            m = types.MethodType(len, a)  # a builtin inside: not a Python function
        try:
            out.append((m.__name__, m.__doc__, m.__qualname__, m.tag))
        except AttributeError as e:
            out.append(str(e))
    return out


def descriptors_of_python_classes():
    # `functools.cached_property` (its result stored in the instance dict, which then wins),
    # a data descriptor written in Python, and one whose class changes under the site.
    import functools

    class Data:
        def __get__(self, obj, tp=None):
            return ("data", obj is None)

        def __set__(self, obj, value):
            obj.__dict__["d_store"] = value

    class NonData:
        def __get__(self, obj, tp=None):
            return "nondata"

    class G:
        d = Data()
        n = NonData()

        def __init__(self, k):
            self.k = k

        @functools.cached_property
        def adj(self):
            return ("computed", self.k)

    class Many(G):
        def __init__(self, k):
            super().__init__(k)
            for i in range(40):
                setattr(self, f"a{i}", i)

    objs = [G(1), G(2), Many(3)]
    out = []
    for i in range(70):
        if i == 10:
            del objs[0].adj  # recomputed on the next read
        if i == 20:
            objs[1].__dict__["n"] = "own n"  # a non-data descriptor is shadowed
            objs[1].__dict__["d"] = "own d"  # a data descriptor is not
        if i == 30:
            NonData.__set__ = lambda self, obj, value: None  # now a data descriptor
        if i == 40:
            Data.__get__ = lambda self, obj, tp=None: "new data get"
        if i == 50:
            del NonData.__get__  # no __get__ left: the descriptor object itself, or the own value
        if i == 60:
            objs[2].__dict__[5] = "a key that is not a str"
        for o in objs:
            n = o.n
            out.append((o.adj, o.d, n if isinstance(n, (str, tuple)) else type(n).__name__))
    return out


def attributes_in_dicts_after_variable_size_bodies():
    # Instances of `tuple` and `int` subclasses keep their dict after the items: attributes read
    # from it, a `__getattr__` that adds them (sqlparse's token types), deletion.
    class Tok(tuple):
        parent = None

        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            new = Tok(self + (name,))
            setattr(self, name, new)
            return new

    class Flag(int):
        pass

    t = Tok(("Token",))
    f1, f2 = Flag(7), Flag(2**70)
    f1._value_ = "seven"
    f2._value_ = "big"
    out = []
    for i in range(60):
        if i == 20:
            del t.Keyword
        if i == 30:
            f1.__dict__[3] = "a key that is not a str"
        if i == 40:
            del f2._value_
        try:
            out.append((t.Keyword, t.Name.Builtin, f1._value_, f2._value_))
        except AttributeError as e:
            out.append(str(e))
    return out


def property_getters_called_directly():
    # Exact properties with plain-function getters are called through the direct route; every
    # other getter (a builtin, a property subclass's `__get__`, no getter) as CPython does.
    import operator
    import sys
    import traceback

    class P:
        def __init__(self, v):
            self._v = v

        @property
        def v(self):
            return self._v * 2

        @property
        def caller(self):
            f = sys._getframe(1)
            return (f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno)

        @property
        def bad(self):
            return self._v / 0

        builtin = property(operator.attrgetter("_v"))
        write_only = property(None, lambda self, v: None)

    class LoudProperty(property):
        def __get__(self, obj, tp=None):
            return ("loud", super().__get__(obj, tp))

    class Q(P):
        loud = LoudProperty(lambda self: self._v)

    out = []
    objs = [P(1), Q(2)]
    for i in range(60):
        o = objs[i % 2]
        out.append((o.v, o.caller, o.builtin))
        if i % 2:
            out.append(o.loud)
        if i == 30:
            P.v = property(lambda self: ("replaced", self._v))
        if i == 40:
            try:
                o.bad
            except ZeroDivisionError as e:
                out.append((str(e), [t.name for t in traceback.extract_tb(e.__traceback__)]))
    out.append(P.v is P.__dict__["v"])  # read on the class: the property itself
    o.write_only  # AttributeError ("unreadable attribute"), compared
    return out


def property_getter_recursion():
    class R:
        @property
        def deep(self):
            return self.deep

    return R().deep  # RecursionError at CPython's depth, compared


def property_getter_replaced_in_place():
    # `property.getter` makes a new property; `__init__` again on the same object replaces
    # the getter of the object the caches hold.
    class C:
        @property
        def x(self):
            return "first"

    c = C()
    out = []
    for i in range(40):
        if i == 10:
            C.x = C.x.getter(lambda self: "second")
        if i == 20:
            C.__dict__["x"].__init__(lambda self: "third")
        if i == 30:
            C.__dict__["x"].__init__(len)
        try:
            out.append(c.x)
        except TypeError as e:
            out.append(str(e))
    return out


@pytest.mark.parametrize(
    "f",
    [
        descriptors_of_python_classes,
        attributes_in_dicts_after_variable_size_bodies,
        class_attributes_of_user_classes_gaining_get,
        attributes_of_bound_methods,
        materialised_dicts_shadow_type_attributes,
        class_defaults_set_on_some_instances,
        classes_held_by_classes_called_through_instances,
        names_of_many_classes,
        methods_of_instances_with_a_dict_pointer,
        class_constant_through_instance,
        class_constant_through_slots_and_subclass,
        class_attribute_on_the_class,
        class_attribute_object_gains_get,
        module_attribute_rebound_deleted_readded,
        module_attribute_deleted_raises,
        module_getattr_and_late_names,
        module_class_changed_to_subclass,
        module_functions_as_calls_and_type_attributes,
        materialised_dicts_through_one_site,
        dict_hint_reads_in_compiled_code,
        callables_kept_on_instances,
        dict_only_attribute_missing,
        dict_only_store_then_class_descriptor,
        global_rebound_and_deleted,
        global_written_every_iteration,
        globals_resized_deleted_and_readded,
        builtin_shadowed_then_unshadowed,
        builtins_module_patched,
        same_code_different_globals,
        globals_with_drawn_versions,
        globals_copied_with_their_version,
        property_added_to_class_shadows_instance_value,
        attribute_deleted_then_read,
        dict_materialised_midway,
        instance_attribute_shadows_method_later,
        method_replaced_on_class,
        class_changed_with_dunder_class,
        polymorphic_site,
        polymorphic_sites_across_ways,
        polymorphic_sites_in_dying_functions,
        getattr_getattribute_setattr_classes,
        setattr_hook_added_later,
        slots_and_no_dict,
        slots_read_and_written_through_cached_sites,
        slot_descriptor_borrowed_by_another_class,
        subclass_through_same_site,
        first_assignment_and_reassignment,
        first_assignments_keep_insertion_order,
        many_attributes_unshare_keys,
        data_descriptor_on_class_wins,
        module_and_class_attributes,
        getattr_hook_with_slots,
        getattr_hook_with_instance_values,
        getattr_hook_property_raising_attribute_error,
        getattribute_added_after_caching,
        descriptors_through_instances,
        getset_and_member_descriptors_of_builtin_types,
        methods_read_on_classes,
        enum_members_and_classmethods,
        metaclass_with_getattr,
        metaclass_attribute_becomes_data_descriptor,
        megamorphic_sites,
        property_getters_called_directly,
        property_getter_recursion,
        property_getter_replaced_in_place,
    ],
)
def test_inline_caches_agree_with_cpython(f):
    both(f)


def test_megamorphic_sites_hit_the_process_wide_table():
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(megamorphic_sites)
    before = rjit.stats()["megamorphic_hits"]
    megamorphic_sites()
    rjit.disable()
    assert rjit.stats()["megamorphic_hits"] > before + 500


class _Text(str):
    children = ()

    def walk(self):
        return self


class _Many:
    children = (1,)

    def __init__(self):
        for i in range(40):
            setattr(self, f"a{i}", i)

    def walk(self):
        return "many"


class _Opts:
    children = (1, 2)

    def __init__(self, own):
        if own:
            self.children = (3,)

    def walk(self):
        return "opts"


class _Manager:
    name = "manager"


class _Holder:
    manager = _Manager()


class _Tok(tuple):
    def __getattr__(self, name):
        new = _Tok(self + (name,))
        setattr(self, name, new)
        return new


class _Graph:
    @functools.cached_property
    def adj(self):
        return (1, 2, 3)


_TOK = _Tok(("Token",))
_GRAPH = _Graph()


def _reads(objs, n):
    total = 0
    for _ in range(n):
        for o in objs:
            total += len(o.children) + len(o.walk()) + len(type(o).__name__)
            total += len(o.walk.__name__) + len(_Holder.manager.name)
            total += len(_TOK.Keyword) + len(_GRAPH.adj)
    return total


def _stats_of_compiled_run(f, objs, n, also=()):
    """`f(objs, n)` compiled (and the functions in `also`), after a short warm-up: the change
    of every integer counter of `rjit.stats()` over that run. Its result must equal the
    interpreter's."""
    rjit.enable(threshold=1, background=False)
    for g in [f, *also]:
        assert rjit.compile(g), rjit.info(g)
    f(objs, 5)
    before = rjit.stats()
    total = f(objs, n)
    after = rjit.stats()
    rjit.disable()
    assert total == f(objs, n)
    return {k: v - before[k] for k, v in after.items() if type(v) is int}

def test_type_attributes_through_materialised_dicts_hit():
    """Methods and class attributes read through instances whose attributes live in a
    materialised dict (a `str` subclass, 40 attributes), or that may shadow them (a name among
    the shared keys), and `type(o).__name__`, are served by the caches: no generic lookups."""
    t = _Text("text")
    t.parent = None  # a dict of its own
    objs = [t, _Many(), _Opts(False), _Opts(True)]
    delta = _stats_of_compiled_run(_reads, objs, 500)
    misses = delta["attr_cache_misses"] + delta["method_cache_misses"]
    assert misses == 0


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


@pytest.mark.parametrize("cls", [Plain, Slotted])
def test_cached_store_keeps_refcounts(cls):
    """A cached STORE_ATTR replaces the old value: it must release it exactly once; the first
    store after a `del` (an empty slot, a value not yet in the instance values) releases
    nothing."""
    import sys

    def store_many(o, v, n):
        for _ in range(n):
            o.x = v
            o.x = None
            del o.x

    o = cls()
    v = object()
    before = sys.getrefcount(v)
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(store_many)
    store_many(o, v, 1000)
    rjit.disable()
    assert sys.getrefcount(v) == before
    o.x = v
    assert sys.getrefcount(v) == before + 1


class _Celsius:
    def __init__(self, c):
        self.c = c

    @property
    def fahrenheit(self):
        return self.c * 9 / 5 + 32


def _read_fahrenheit(objs, n):
    total = 0.0
    for _ in range(n):
        for o in objs:
            total += o.fahrenheit
    return total


def test_property_getters_are_called_through_the_direct_route():
    """A property read in compiled code calls its getter's compiled code directly: a direct
    entry per read, no frame through the hook."""
    objs = [_Celsius(c) for c in range(10)]
    delta = _stats_of_compiled_run(_read_fahrenheit, objs, 100, also=[_Celsius.fahrenheit.fget])
    assert delta["direct_entries"] >= 1000
    assert delta["frames"] < 10


# --- attribute loads compiled from CPython's quickening (tier0::profile::AttrHint) -------------


class _HintValues:
    def __init__(self, v):
        self.x = v


class _HintSlots:
    __slots__ = ("x",)

    def __init__(self, v):
        self.x = v


class _HintProperty:
    @property
    def x(self):
        return "property"


class _HintGetattr:
    def __getattr__(self, name):
        return ("getattr", name)


def hinted_attr(o):
    return o.x


def test_attribute_loads_compiled_from_quickening_take_any_owner():
    """A LOAD_ATTR quickened for instance values, slots, or nothing inline (a property, a
    module) inlines only that path; any other owner later takes the helper, with CPython's
    results and errors."""
    from conftest import outcome

    def owners():
        materialised = _HintValues(4)
        materialised.__dict__["y"] = 1  # its values became a dict
        return [_HintValues(1), _HintSlots(2), _HintProperty(), types.SimpleNamespace(x=3),
                materialised, _HintGetattr(), _HintSlots.__new__(_HintSlots), object(),
                types.ModuleType("m")]

    for quicken_with in owners()[:4]:
        g = types.FunctionType(hinted_attr.__code__.replace(), globals(), "hinted_attr")
        unhinted = sum(1 for line in rjit.dis(g, "asm").splitlines() if line.startswith("\t"))
        rjit.disable()
        for _ in range(60):
            g(quicken_with)
        hinted = sum(1 for line in rjit.dis(g, "asm").splitlines() if line.startswith("\t"))
        assert hinted < unhinted, (quicken_with, hinted, unhinted)
        plain = [outcome(hinted_attr, o) for o in owners()]
        rjit.enable(threshold=1, background=False)
        assert rjit.compile(g)
        jitted = [outcome(g, o) for o in owners()]
        jitted_again = [outcome(g, o) for o in owners()]
        rjit.disable()
        assert rjit.info(g)["state"] == "compiled"
        assert jitted == plain and jitted_again == plain, quicken_with


# --- LOAD_METHOD of an attribute of the instance itself (`self.write(...)`) --------------------


class _Sink:
    def __init__(self):
        self.out = []
        self.write = self.out.append  # an instance attribute called like a method

    def write_twice(self, x):
        self.write(x)
        self.write(x)
        return len(self.out)


class _SinkWithMethod(_Sink):
    def write(self, x):  # shadowed by the instance attribute set in __init__
        self.out.append(("method", x))


def _call_own_write(s, x):
    return s.write(x), s.write_twice(x)


def test_method_loads_of_instance_attributes_take_any_owner():
    """`self.write(x)` where `write` is an attribute of the instance is read inline (its
    values, or its dict after `__dict__` was made); a deleted attribute falls back to the
    class's method, a replaced one is called, and any other owner takes the helper: all with
    CPython's results and errors, before and after quickening."""
    from conftest import outcome

    def owners():
        plain_sink = _Sink()
        with_method = _SinkWithMethod()
        deleted = _SinkWithMethod()
        del deleted.write  # the class's method again
        replaced = _Sink()
        replaced.write = lambda x: ("replaced", x)
        materialised = _Sink()
        materialised.__dict__["extra"] = 1  # values became a dict
        gone = _Sink()
        del gone.write  # no attribute at all: AttributeError
        ns = types.SimpleNamespace(write=print, write_twice=lambda x: 2)
        return [plain_sink, with_method, deleted, replaced, materialised, gone, ns]

    def run(f):
        out = []
        for o in owners():
            out.append(outcome(f, o, 1))
            out.append(repr(getattr(o, "out", None)))
        return out

    for quicken_with in (None, _Sink(), _SinkWithMethod()):
        g = types.FunctionType(_call_own_write.__code__.replace(), globals(), "g")
        w = types.FunctionType(_Sink.write_twice.__code__.replace(), globals(), "write_twice")
        rjit.disable()
        if quicken_with is not None:
            for _ in range(60):
                w(quicken_with, 0)
        plain = run(_call_own_write)
        rjit.enable(threshold=1, background=False)
        assert rjit.compile(w)
        saved = _Sink.write_twice
        _Sink.write_twice = w
        try:
            jitted = run(_call_own_write)
            again = run(_call_own_write)
        finally:
            _Sink.write_twice = saved
            rjit.disable()
        assert rjit.info(w)["state"] == "compiled"
        assert jitted == plain and again == plain, quicken_with


def _helper_calls_during(counter, run):
    """How many times `run()` called the helper `counter` of `rjit.stats()` counts, less what
    reading the stats costs (rjit's own Python code may be compiled and load attributes)."""
    s0 = rjit.stats()[counter]
    s1 = rjit.stats()[counter]
    run()
    s2 = rjit.stats()[counter]
    return (s2 - s1) - (s1 - s0)


def test_method_loads_of_instance_attributes_are_served_inline():
    """The `self.write` of `self.write(x)` is read by compiled code itself once its cache is
    filled: no call of the LOAD_METHOD helper per load."""
    w = types.FunctionType(_Sink.write_twice.__code__.replace(), globals(), "write_twice")
    s = _Sink()
    rjit.disable()
    for _ in range(60):
        w(s, 0)  # quickened: LOAD_METHOD_ADAPTIVE (an instance attribute)
    rjit.enable(threshold=1, background=False)
    try:
        assert rjit.compile(w)
        w(s, 1)
        assert _helper_calls_during("method_helper_calls", lambda: [w(s, i) for i in range(200)]) == 0
    finally:
        rjit.disable()
    assert len(s.out) == 2 * 261


# --- attributes of modules (`AttrHint::Module`) ------------------------------------------------


def _module_attr(m):
    # A tuple: bytecode of its own, so no other test's `o.x` shares its cache entry (whose
    # code keeps the hints of whichever compile came first).
    return (m.x,)


class _ModuleSub(types.ModuleType):
    pass


def test_module_attributes_quickened_as_such_are_read_inline_and_take_any_owner():
    """`m.x` quickened as LOAD_ATTR_MODULE reads an exact module's attribute inline; another
    module, a changed or deleted attribute, a module whose dict grew (new keys), a module
    subclass or any other owner take the helper, with CPython's results and errors."""
    from conftest import outcome

    def modules():
        a = types.ModuleType("a")
        a.x = 1
        b = types.ModuleType("b")
        b.x = "b"
        grown = types.ModuleType("grown")
        grown.x = 3
        for i in range(40):
            setattr(grown, f"n{i}", i)  # the dict's keys are replaced as it grows
        deleted = types.ModuleType("deleted")
        deleted.x = 4
        del deleted.x
        sub = _ModuleSub("sub")
        sub.x = 5
        return [a, b, grown, deleted, sub, types.SimpleNamespace(x=6), object(), types]

    def quickened():
        g = types.FunctionType(_module_attr.__code__.replace(), globals(), "g")
        rjit.disable()
        for _ in range(60):
            g(m)  # quickened: LOAD_ATTR_MODULE
        rjit.enable(threshold=1, background=False)
        assert rjit.compile(g)
        return g

    m = types.ModuleType("m")
    m.x = 0
    owners = modules()
    rjit.disable()
    plain = [outcome(_module_attr, o) for o in owners]
    try:
        g = quickened()
        jitted = [outcome(g, o) for o in owners]
        again = [outcome(g, o) for o in owners]
        # Served inline once its cache is filled (a site that met all those owners is
        # megamorphic: a fresh one).
        g = quickened()
        g(m)
        values = []

        def run():
            for i in range(100):
                m.x = i  # a new value under the same key
                values.append(g(m))

        assert _helper_calls_during("attr_helper_calls", run) == 0
        m.y = 1
        del m.x
        missing = outcome(g, m)
    finally:
        rjit.disable()
    assert jitted == plain and again == plain
    assert values == [(i,) for i in range(100)]
    assert missing[0] == "raised" and missing[1] == "AttributeError"


def _module_call(m):
    return ("call", m.f(2))


class _Caller:
    def f(self, v):
        return ("method", v)


def test_module_functions_quickened_as_such_are_loaded_inline_and_take_any_owner():
    """`m.f(2)` quickened as LOAD_METHOD_MODULE loads an exact module's function inline and
    calls it without `self`; another module, a replaced or deleted function, a module whose
    dict grew, a module subclass, and owners that are not modules (a class's method, an
    instance attribute, a missing one) take the helper, with CPython's results and errors."""
    from conftest import outcome

    def owners():
        a = types.ModuleType("a")
        a.f = lambda v: ("a", v)
        b = types.ModuleType("b")
        b.f = len.__call__
        grown = types.ModuleType("grown")
        grown.f = abs
        for i in range(40):
            setattr(grown, f"n{i}", i)
        deleted = types.ModuleType("deleted")
        deleted.f = abs
        del deleted.f
        sub = _ModuleSub("sub")
        sub.f = lambda v: ("sub", v)
        return [a, b, grown, deleted, sub, _Caller(), types.SimpleNamespace(f=str), object(), types]

    def quickened():
        g = types.FunctionType(_module_call.__code__.replace(), globals(), "g")
        rjit.disable()
        for _ in range(60):
            g(m)  # quickened: LOAD_METHOD_MODULE
        rjit.enable(threshold=1, background=False)
        assert rjit.compile(g)
        return g

    m = types.ModuleType("m")
    m.f = lambda v: ("m", v)
    rjit.disable()
    plain = [outcome(_module_call, o) for o in owners()]
    try:
        g = quickened()
        jitted = [outcome(g, o) for o in owners()]
        again = [outcome(g, o) for o in owners()]
        g = quickened()
        g(m)
        values = []
        add = values.append  # `run` itself loads no method

        def run():
            for i in range(100):
                m.f = (lambda k: lambda v: (k, v))(i)  # a new value under the same key
                add(g(m))

        assert _helper_calls_during("method_helper_calls", run) == 0
        m.y = 1
        del m.f
        missing = outcome(g, m)
    finally:
        rjit.disable()
    assert jitted == plain and again == plain
    assert values == [("call", (i, 2)) for i in range(100)]
    assert missing[0] == "raised" and missing[1] == "AttributeError"


class _Late:
    def __init__(self):
        self.a = 1
        self.b = 2


def _late_branch(o, early):
    if early:
        return 0
    return o.a + o.b


def test_sites_that_had_not_run_when_the_code_got_hot_get_the_inline_paths_when_it_stays_hot():
    """Code that gets hot while one of its branches has not run yet (its LOAD_ATTRs, LOAD_METHOD
    and PRECALL still adaptive, their counters at 0): a first compile takes those sites as failed
    ones (the helpers only: most are cold branches), a second compile (code that stayed hot, and
    what later processes load) gives them every inline path. (go's `Board.useful` returns early
    in its first hundred calls, then spends its time in the rest, which read every attribute
    through the helper for good.) Both run the branch as CPython does."""
    g = types.FunctionType(_late_branch.__code__.replace(), globals(), "g")
    o = _Late()
    rjit.disable()
    for _ in range(60):
        assert g(o, True) == 0  # quickened; the rest never runs
    rjit.enable(threshold=1, background=False)
    try:
        quick = rjit.dis(g, "ir-opt", "quick")
        optimised = rjit.dis(g, "ir-opt", "optimised")
        assert quick.count("in_values") == 0
        assert optimised.count("in_values") >= 2
        assert rjit.compile(g)
        out = [g(o, False) for _ in range(3)]
        o.b = 3.5
        late = g(o, False)
    finally:
        rjit.disable()
    assert out == [3] * 3
    assert late == 4.5
