"""Command line: `rjit SUBCOMMAND ...` (also `python -m rjit`). A script path in place of a
subcommand runs it, as `python -m rjit script.py` always has."""

from __future__ import annotations

import os
import runpy
import sys


USAGE = """usage: rjit SCRIPT [ARGS...]               run a script with rjit enabled (also: rjit run SCRIPT)
       rjit -m MODULE [ARGS...]            run a module with rjit enabled
       rjit precompile TARGET...           compile packages, modules or directories into the cache
       rjit cache info|ls|verify|prune|clear
                                           look after the on-disk cache
       rjit dis MODULE:QUALNAME [--kind asm|ir|ir-opt]
                                           print the code rjit makes of a function
       rjit demo                           compile a numeric kernel and compare with CPython
       rjit coverage --stdlib              compile every function of the stdlib, report reasons
       rjit --version | --help

`rjit SUBCOMMAND --help` describes each one. `python -m rjit` works the same way."""


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("rjit-llvm")
    except Exception:  # not installed as a distribution (a source tree on sys.path)
        return "unknown"


def _usage_error(msg: str) -> None:
    print(f"rjit: {msg}\n\n{USAGE}", file=sys.stderr)
    sys.exit(2)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        _usage_error("no script or subcommand given")
    if args[0] in ("-h", "--help", "help"):
        print(USAGE)
        sys.exit(0)
    if args[0] in ("-V", "--version"):
        print(f"rjit {_version()} (CPython {sys.version.split()[0]})")
        sys.exit(0)
    if args[0] in ("precompile", "cache", "dis"):
        from . import cache, dis_cli, precompile

        sub = {"precompile": precompile.main, "cache": cache.main, "dis": dis_cli.main}[args[0]]
        try:
            code = sub(args[1:])
            sys.stdout.flush()
        except BrokenPipeError:  # `rjit cache ls | head`
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            code = 0
        sys.exit(code)
    if args[0] == "demo":
        from . import demo

        sys.exit(demo.main(args[1:]))
    if args[0] == "coverage":
        from . import coverage

        sys.exit(coverage.main(args[1:]))
    if args[0] == "run":
        args = args[1:]
        if not args:
            _usage_error("run: no script given")
    if args[0] == "-m":
        if len(args) < 2:
            _usage_error("-m: no module given")
    elif args[0].startswith("-"):
        _usage_error(f"unknown option {args[0]}")
    elif not os.path.exists(args[0]):
        _usage_error(f"no such script or subcommand: {args[0]}")
    import rjit

    rjit.enable()
    if args[0] == "-m":
        sys.argv = args[1:]
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = args
        runpy.run_path(args[0], run_name="__main__")
