"""How much of real code the typed middle (src/hir) describes: every function of a sample of
stdlib modules either gets a typed form or a reason it has none; prints the count and the
reasons. (`tests/python/test_hir.py` checks the same sweep never yields an invalid form.)

    python bench/hir_coverage.py
"""

import collections
import gc
import importlib
import types

import rjit

MODULES = (
    "json.decoder json.encoder textwrap difflib heapq bisect statistics fractions decimal "
    "string re._parser re._compiler logging ast inspect typing dataclasses enum functools "
    "collections argparse email.message html.parser pydoc colorsys random"
).split()


def main() -> None:
    for m in MODULES:
        importlib.import_module(m)
    codes = {o.__code__ for o in gc.get_objects() if isinstance(o, types.FunctionType)}
    reasons: collections.Counter[str] = collections.Counter()
    built = 0
    for code in codes:
        try:
            rjit._rjit._dump_hir(code)
            built += 1
        except rjit.RJitError as e:
            reasons[str(e).removeprefix("no typed form: ")] += 1
    print(f"functions {len(codes)}, typed form {built}")
    for why, n in reasons.most_common():
        print(f"{n:6d} {why}")


if __name__ == "__main__":
    main()
