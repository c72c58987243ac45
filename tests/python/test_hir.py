"""The typed middle (src/hir) over real code: every function of a set of stdlib modules either
gets a typed form that passes `Func::verify`, or a reason it has none; never an invalid form,
a panic or any other exception. The forms themselves are pinned by tests/filetests/hir."""

import gc
import importlib
import types

import pytest

rjit = pytest.importorskip("rjit")

MODULES = (
    "json.decoder json.encoder textwrap difflib heapq bisect statistics fractions decimal "
    "string re._parser re._compiler logging ast inspect typing dataclasses enum functools "
    "collections argparse email.message html.parser colorsys random"
).split()


def test_stdlib_functions_build_or_say_why():
    for m in MODULES:
        importlib.import_module(m)
    codes = {o.__code__ for o in gc.get_objects() if isinstance(o, types.FunctionType)}
    built, reasons = 0, {}
    for code in codes:
        try:
            text = rjit._rjit._dump_hir(code)
        except rjit.RJitError as e:
            msg = str(e)
            assert "invalid form" not in msg, (code.co_qualname, msg)
            reasons[msg] = reasons.get(msg, 0) + 1
            continue
        assert text.startswith("function "), code.co_qualname
        built += 1
    # Most straight-line and loop code has a typed form; the rest names what it lacks.
    assert built > len(codes) // 3, (built, len(codes), reasons)
    assert all(m.startswith("no typed form: ") for m in reasons), reasons


def test_misuse_is_a_clear_error():
    with pytest.raises((TypeError, rjit.RJitError)):
        rjit._rjit._dump_hir(42)
