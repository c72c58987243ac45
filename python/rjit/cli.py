"""Command line: `python -m rjit script.py [args]`, `rjit run script.py`, `rjit demo`,
`rjit coverage`."""

from __future__ import annotations

import runpy
import sys


USAGE = """usage: python -m rjit SCRIPT [ARGS...]     run a script with rjit enabled
       python -m rjit -m MODULE [ARGS...]  run a module with rjit enabled
       python -m rjit demo                 compile a numeric kernel and compare with CPython
       python -m rjit coverage --stdlib    compile every function of the stdlib, report reasons"""


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(USAGE)
        sys.exit(0 if args else 2)
    if args[0] == "run":
        args = args[1:]
    if args and args[0] == "demo":
        from . import demo

        sys.exit(demo.main(args[1:]))
    if args and args[0] == "coverage":
        from . import coverage

        sys.exit(coverage.main(args[1:]))
    import rjit

    rjit.enable()
    if args[0] == "-m":
        sys.argv = args[1:]
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = args
        runpy.run_path(args[0], run_name="__main__")
