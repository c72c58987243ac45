"""`rjit dis module:qualname [--kind asm|ir|ir-opt] [--effort quick|optimised]`: print what rjit makes of a function.

The module is imported (its top level runs, as `python -c 'import module'` would); the
function is found by its qualified name (`Class.method`; nested functions are reached through
their enclosing function's code, `outer.<locals>.inner`)."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import _rjit


def resolve(target: str):
    module_name, sep, qualname = target.partition(":")
    if not sep or not module_name or not qualname:
        raise LookupError(f"expected module:qualname, got {target!r}")
    obj = importlib.import_module(module_name)
    parts = qualname.split(".")
    i = 0
    while i < len(parts):
        name = parts[i]
        if name == "<locals>" and i + 1 < len(parts):
            code = getattr(obj, "__code__", obj)
            inner = parts[i + 1]
            found = [c for c in getattr(code, "co_consts", ()) if getattr(c, "co_name", None) == inner]
            if not found:
                raise LookupError(f"{target}: no nested {inner!r}")
            obj = found[0]
            i += 2
            continue
        if not hasattr(obj, name):
            raise LookupError(f"{target}: {name!r} not found")
        obj = getattr(obj, name)
        i += 1
    return obj


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="rjit dis", description="Print the code rjit makes of a function.")
    ap.add_argument("target", metavar="module:qualname")
    ap.add_argument("--kind", choices=["asm", "ir", "ir-opt"], default="asm")
    ap.add_argument("--effort", choices=["quick", "optimised"], default="quick")
    args = ap.parse_args(argv)
    try:
        obj = resolve(args.target)
    except (LookupError, ImportError) as e:
        ap.error(str(e))
    try:
        import rjit

        sys.stdout.write(rjit.dis(obj, args.kind, args.effort))
    except _rjit.RJitError as e:
        print(f"rjit dis: {e}", file=sys.stderr)
        return 1
    return 0
