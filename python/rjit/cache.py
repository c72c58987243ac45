"""`rjit cache info|ls|verify|prune|clear|wait`: look after rjit's on-disk cache.

Every subcommand takes `--cache-dir DIR` (a directory or a colon-separated list of layers,
as `RJIT_CACHE_DIR`; default: the directories a process would use). `info`, `ls` and `verify`
read every layer; `prune` and `clear` change only the layers this user may write.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from . import _rjit
from .precompile import _fmt_bytes


def _missing(args) -> list[str]:
    """Directories named by --cache-dir or RJIT_CACHE_DIR that do not exist (a misspelt
    layer): said on stderr by every subcommand, an error for `verify`."""
    spec = args.cache_dir or os.environ.get("RJIT_CACHE_DIR", "")
    if spec in ("", "off"):
        return []
    gone = [d for d in spec.split(":") if d and not os.path.exists(d)]
    for d in gone:
        print(f"rjit cache: {d} does not exist", file=sys.stderr)
    return gone


def _layers(args) -> list[tuple[str, bool]]:
    layers, refused = _rjit._cache_layers(args.cache_dir)
    for why in refused:
        print(f"rjit cache: not used: {why}", file=sys.stderr)
    args.missing = _missing(args)
    return layers


def _entries(layers):
    for d, writable in layers:
        for path, size, mtime, meta, problem in _rjit._cache_entries(d):
            yield d, writable, path, size, mtime, meta, problem


def _age(seconds: float) -> str:
    for unit, n in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= n:
            return f"{seconds / n:.0f}{unit}"
    return f"{seconds:.0f}s"


def cmd_info(args) -> int:
    layers = _layers(args)
    s = _rjit.stats()
    out = {"layers": [], "size_limit": s["cache_size"]}
    for d, writable in layers:
        ents = _rjit._cache_entries(d)
        out["layers"].append({
            "dir": d,
            "writable": writable,
            "entries": len(ents),
            "bytes": sum(e[1] for e in ents),
            "corrupt": sum(1 for e in ents if e[4]),
        })
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    if not layers:
        print("no cache directory in use (RJIT_CACHE_DIR=off, or none exists yet)")
    for L in out["layers"]:
        mode = "read-write" if L["writable"] else "read-only"
        bad = f", {L['corrupt']} unreadable (see `rjit cache verify`)" if L["corrupt"] else ""
        print(f"{L['dir']} ({mode}): {L['entries']} entries, {_fmt_bytes(L['bytes'])}{bad}")
    print(f"size limit (RJIT_CACHE_SIZE): {_fmt_bytes(out['size_limit'])}, kept by evicting the "
          "least recently used entries of the writable layer")
    print("hit and miss counts are per process: rjit.stats() or RJIT_STATS_FILE")
    return 0


def cmd_ls(args) -> int:
    now = time.time()
    rows = []
    for d, _, path, size, mtime, meta, problem in _entries(_layers(args)):
        qualname, file, cpu, tier, version = meta or ("?", "?", "?", "?", "?")
        rows.append({
            "path": path, "size": size, "age_seconds": round(now - mtime), "qualname": qualname,
            "file": file, "cpu": cpu, "tier": tier, "rjit_version": version, "problem": problem,
        })
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'age':>5} {'size':>9} {'tier':<6} {'cpu':<10} qualname  (file)")
    for r in rows:
        what = f"{r['qualname']}  ({r['file']})" if not r["problem"] else f"? {r['problem']}"
        print(f"{_age(r['age_seconds']):>5} {_fmt_bytes(r['size']):>9} {r['tier']:<6} "
              f"{r['cpu']:<10} {what}")
    return 0


def cmd_verify(args) -> int:
    ok = bad = fixed = 0
    for d, writable, path, _, _, _, problem in _entries(_layers(args)):
        if not problem:
            ok += 1
            continue
        bad += 1
        print(f"{path}: {problem}")
        if args.fix:
            if not writable:
                print(f"  not removed: {d} is read-only for this user", file=sys.stderr)
                continue
            try:
                _rjit._cache_remove(path)
                fixed += 1
            except _rjit.RJitError as e:
                print(f"  not removed: {e}", file=sys.stderr)
    print(f"{ok} entries sound, {bad} corrupt" + (f", {fixed} removed" if args.fix else ""))
    return 1 if bad - fixed or args.missing else 0


def _writable(args) -> list[str]:
    dirs = []
    for d, writable in _layers(args):
        if writable:
            dirs.append(d)
        else:
            print(f"{d}: read-only for this user, left as it is", file=sys.stderr)
    return dirs


def cmd_prune(args) -> int:
    limit = _rjit._parse_size(args.max_size)
    if limit is None:
        print(f"rjit cache prune: --max-size: not a size: {args.max_size!r} (e.g. 500M, 2G)",
              file=sys.stderr)
        return 2
    for d in _writable(args):
        removed, freed, kept = _rjit._cache_prune(d, limit)
        print(f"{d}: removed {removed} entries ({_fmt_bytes(freed)}), {_fmt_bytes(kept)} left")
    return 0


def cmd_pack(args) -> int:
    for d in _writable(args):
        r = _rjit._cache_pack(d)
        left = (f"; {r['unpacked']} left loose ({r['first_unpacked']})" if r["unpacked"] else "")
        print(f"{d}: {r['packed']} of {r['entries']} entries in {r['packs']} pack(s), "
              f"{_fmt_bytes(r['pack_bytes'])} written, {r['seconds']:.1f} s{left}")
    return 0


def cmd_clear(args) -> int:
    for d in _writable(args):
        removed, freed = _rjit._cache_clear(d)
        print(f"{d}: removed {removed} entries ({_fmt_bytes(freed)})")
    return 0


def cmd_wait(args) -> int:
    """Wait until no code generator process works for these layers: each holds a shared lock on
    the layer's lock file while it lives (it finishes the compiles a process queued before it
    exited, then exits), so an exclusive lock means the cache is as complete as it will get."""
    import fcntl

    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    for d in _writable(args):
        path = os.path.join(d, _rjit.CODEGEN_LOCK_FILE)
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            continue
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if deadline is not None and time.monotonic() >= deadline:
                        print(f"rjit cache wait: {d}: still compiling after {args.timeout} s",
                              file=sys.stderr)
                        return 1
                    time.sleep(0.05)
        finally:
            os.close(fd)
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="rjit cache", description="Look after rjit's on-disk cache.")
    sub = ap.add_subparsers(dest="cmd", metavar="SUBCOMMAND", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--cache-dir", metavar="DIR",
                        help="directory or colon-separated layers (default: as RJIT_CACHE_DIR)")
    p = sub.add_parser("info", parents=[common], help="where the cache is, entries and bytes per layer")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_info)
    p = sub.add_parser("ls", parents=[common], help="entries, least recently used first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_ls)
    p = sub.add_parser("verify", parents=[common], help="check every entry; non-zero exit if any is corrupt")
    p.add_argument("--fix", action="store_true", help="remove corrupt entries")
    p.set_defaults(fn=cmd_verify)
    p = sub.add_parser("prune", parents=[common], help="evict least recently used entries")
    p.add_argument("--max-size", required=True, metavar="SIZE", help="e.g. 500M, 2G")
    p.set_defaults(fn=cmd_prune)
    p = sub.add_parser("pack", parents=[common],
                       help="pre-link the entries into packs, which processes load functions from "
                       "about ten times faster (as rjit precompile does for its own)")
    p.set_defaults(fn=cmd_pack)
    p = sub.add_parser("clear", parents=[common], help="remove every entry")
    p.set_defaults(fn=cmd_clear)
    p = sub.add_parser("wait", parents=[common],
                       help="wait for code generator processes still compiling into the cache")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="give up after this long (exit 1)")
    p.set_defaults(fn=cmd_wait)
    args = ap.parse_args(argv)
    if args.cache_dir is None and os.environ.get("RJIT_CACHE_DIR") == "off":
        print("rjit cache: RJIT_CACHE_DIR=off: no cache in use (pass --cache-dir)", file=sys.stderr)
        return 2
    try:
        return args.fn(args)
    except _rjit.RJitError as e:
        print(f"rjit cache: {e}", file=sys.stderr)
        return 1
