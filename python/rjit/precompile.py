"""`rjit precompile TARGET...`: compile every code object of some Python source into the cache,
without running any of it, so that processes start warm.

A target is a directory (every `.py` file under it), a `.py` file, or the name of an
importable module or package, found on `sys.path` (the current directory first, as `python -m`
finds modules) without importing it (nor its parents).
Sources are compiled as the import system compiles them; each code object (module bodies,
classes, functions, nested functions, lambdas, comprehensions) is then compiled by rjit on
`--jobs` threads and stored for a portable CPU level (`--cpu`), which every machine of that
level looks up after its own host-specific entries.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.machinery
import json
import os
import sys
import time
import warnings
from typing import Iterator

from . import _rjit


class UsageError(Exception):
    """A target that does not exist or is not Python source: the command's fault, exit 2."""


def _walk(root: str, exclude: list[str] | tuple[str, ...] = ()) -> Iterator[str]:
    def excluded(path: str) -> bool:
        rel = os.path.relpath(path, root)
        return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(os.path.basename(path), p) for p in exclude)

    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d for d in dirnames
            if d != "__pycache__" and not d.startswith(".") and not excluded(os.path.join(dirpath, d))
        )
        for f in sorted(filenames):
            if f.endswith(".py") and not excluded(os.path.join(dirpath, f)):
                yield os.path.join(dirpath, f)


def _module_files(name: str, exclude: list[str]) -> list[str]:
    """Source files of module or package `name`, located without importing anything."""
    parts = name.split(".")
    # As `python -m` finds them: the current directory first (the `rjit` console script does
    # not have it on sys.path).
    cwd = os.getcwd()
    path: list[str] | None = None if "" in sys.path or cwd in sys.path else [cwd, *sys.path]
    spec = None
    for i in range(len(parts)):
        spec = importlib.machinery.PathFinder.find_spec(".".join(parts[: i + 1]), path)
        if spec is None:
            raise UsageError(f"no file, directory or module named {name!r}")
        path = list(spec.submodule_search_locations or [])
        if i < len(parts) - 1 and not path:
            raise UsageError(f"{'.'.join(parts[: i + 1])!r} is not a package")
    assert spec is not None
    if spec.submodule_search_locations:
        return [f for d in spec.submodule_search_locations for f in _walk(d, exclude)]
    if not (spec.origin or "").endswith(".py"):
        raise UsageError(f"module {name!r} has no Python source ({spec.origin})")
    return [spec.origin]  # type: ignore[list-item]


def _usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, which containers narrow), not
    every CPU of the machine."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def find_files(targets: list[str], exclude: list[str] | tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    for t in targets:
        if os.path.isdir(t):
            out.extend(_walk(t, exclude))
        elif os.path.isfile(t):
            if not t.endswith(".py"):
                raise UsageError(f"{t} is not a Python source file (.py)")
            out.append(t)
        elif os.sep in t or t.endswith(".py") or not all(p.isidentifier() for p in t.split(".")):
            raise UsageError(f"no such file or directory: {t}")
        else:
            out.extend(_module_files(t, exclude))
    seen: set[str] = set()
    return [f for f in (os.path.abspath(p) for p in out) if not (f in seen or seen.add(f))]


def code_objects(code) -> Iterator:
    yield code
    for c in code.co_consts:
        if isinstance(c, type(code)):
            yield from code_objects(c)


def _fmt_bytes(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="rjit precompile",
        description="Compile every code object of Python source into rjit's cache, "
        "without running it.",
    )
    ap.add_argument("targets", nargs="+", metavar="TARGET", help="directory, .py file, or module name")
    ap.add_argument("-j", "--jobs", type=int, default=_usable_cpus(),
                    help="compile threads (default: all cores, %(default)s)")
    ap.add_argument("--cache-dir", metavar="DIR",
                    help="cache directory or colon-separated layers (default: as RJIT_CACHE_DIR, "
                    "else ~/.cache/rjit); entries go to the first writable one")
    ap.add_argument("--cpu", default=_rjit.DEFAULT_PORTABLE_CPU,
                    choices=["host", *_rjit.CPU_LEVELS],
                    help="CPU to generate code for (default: %(default)s, portable); 'host' is "
                    "this machine's exact CPU")
    ap.add_argument("--json", metavar="FILE", help="also write the report as JSON to FILE ('-': stdout)")
    ap.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                    help="skip files and directories whose name or path below a directory target "
                    "matches (repeatable), e.g. --exclude site-packages --exclude 'test*'")
    ap.add_argument("--no-pack", dest="pack", action="store_false",
                    help="do not also pre-link the entries into packs (one file, mapped once per "
                    "process: loading a function from a pack opens and links nothing)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    args = ap.parse_args(argv)
    if args.jobs < 1:
        ap.error("--jobs must be at least 1")
    if args.json and args.json != "-":
        try:
            with open(args.json, "a"):
                pass
        except OSError as e:
            ap.error(f"--json {args.json}: {e.strerror}")
    if args.cache_dir is None and os.environ.get("RJIT_CACHE_DIR") == "off":
        ap.error("RJIT_CACHE_DIR=off: there is no cache to fill (pass --cache-dir)")
    try:
        files = find_files(args.targets, args.exclude)
    except UsageError as e:
        ap.error(str(e))
    t0 = time.perf_counter()
    codes = []
    unreadable: dict[str, int] = {}
    examples: dict[str, str] = {}
    for path in files:
        try:
            with open(path, "rb") as f:
                source = f.read()
            with warnings.catch_warnings():  # the import that runs it will warn, not us
                warnings.simplefilter("ignore")
                module = compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, OSError) as e:
            reason = "syntax_error" if isinstance(e, (SyntaxError, ValueError)) else "unreadable"
            unreadable[reason] = unreadable.get(reason, 0) + 1
            examples.setdefault(reason, f"{path}: {e}")
            continue
        codes.extend(code_objects(module))
    read_seconds = time.perf_counter() - t0
    show = not args.quiet
    if show:
        print(f"rjit precompile: {len(files)} files, {len(codes)} code objects", file=sys.stderr)
    try:
        r = _rjit._precompile(codes, args.jobs, args.cpu, args.cache_dir, show, args.pack)
    except _rjit.RJitError as e:
        print(f"rjit precompile: {e}", file=sys.stderr)
        return 1
    nanos = r.pop("compile_nanos")
    pct = lambda q: nanos[min(len(nanos) - 1, int(q * len(nanos)))] / 1e6 if nanos else 0.0  # noqa: E731
    report = {
        "files": len(files),
        "files_not_compiled": unreadable,
        "code_objects": r["total"],
        "compiled": r["compiled"],
        "cached": r["cached"],
        "duplicates": r["duplicates"],
        "failed": dict(r["failed"]),
        "store_errors": r["store_errors"],
        "first_store_error": r["first_store_error"],
        "bytes_written": r["bytes_written"],
        "packs": r["packs"],
        "packed": r["packed"],
        "pack_bytes": r["pack_bytes"],
        "unpacked": r["unpacked"],
        "first_unpacked": r["first_unpacked"],
        "seconds": round(read_seconds + r["seconds"], 3),
        "compile_ms_median": round(pct(0.5), 3),
        "compile_ms_p99": round(pct(0.99), 3),
        "jobs": args.jobs,
        "cpu": r["cpu"],
        "cache_dir": r["cache_dir"],
    }
    if show:
        failed = sum(report["failed"].values())
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(report["failed"].items(), key=lambda kv: -kv[1]))
        print(f"rjit precompile: {report['code_objects']} code objects from {len(files)} files "
              f"in {report['seconds']:.1f} s ({args.jobs} jobs, cpu {r['cpu']})", file=sys.stderr)
        print(f"  compiled        {report['compiled']:>8}   (per function: median "
              f"{report['compile_ms_median']:.1f} ms, p99 {report['compile_ms_p99']:.1f} ms)", file=sys.stderr)
        print(f"  already cached  {report['cached']:>8}", file=sys.stderr)
        print(f"  duplicates      {report['duplicates']:>8}", file=sys.stderr)
        print(f"  not compilable  {failed:>8}" + (f"   ({reasons})" if reasons else ""), file=sys.stderr)
        for reason, n in unreadable.items():
            print(f"  files skipped   {n:>8}   ({reason}; first: {examples[reason]})", file=sys.stderr)
        if report["store_errors"]:
            print(f"  not stored      {report['store_errors']:>8}   ({report['first_store_error']})",
                  file=sys.stderr)
        print(f"  written         {_fmt_bytes(report['bytes_written']):>8}   to {report['cache_dir']}",
              file=sys.stderr)
        if args.pack:
            left = (f", {report['unpacked']} left loose ({report['first_unpacked']})"
                    if report["unpacked"] else "")
            print(f"  packed          {report['packed']:>8}   into {report['packs']} pack(s), "
                  f"{_fmt_bytes(report['pack_bytes'])} written{left}", file=sys.stderr)
    if args.json:
        text = json.dumps(report, indent=2)
        if args.json == "-":
            print(text)
        else:
            with open(args.json, "w") as f:
                f.write(text + "\n")
    # Code that cannot be compiled is a reason, not an error; entries that could not be
    # written (a full disk, permissions) mean the command did not do its job.
    return 1 if report["store_errors"] else 0
