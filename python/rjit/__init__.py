"""rjit: a JIT compiler for CPython 3.11 whose compiled code survives the process.

    import rjit
    rjit.enable()          # hot functions are compiled in the background from now on

See the README for configuration (RJIT_* environment variables) and how to rule rjit out.
"""

from __future__ import annotations

import atexit
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # `typing` costs 15-20 ms to import, which every process with rjit would pay
    from typing import Any, Callable, Union

    CodeLike = Union[Callable[..., Any], Any]

if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":  # pragma: no cover
    raise ImportError("rjit supports CPython 3.11 only")

from . import _rjit
from ._rjit import DEFAULT_THRESHOLD, RJitError

__all__ = [
    "DEFAULT_THRESHOLD",
    "RJitError",
    "compile",
    "dis",
    "disable",
    "enable",
    "info",
    "is_enabled",
    "nojit",
    "stats",
    "summary",
    "wait",
]


def enable(threshold: int | None = None, background: bool = True, force: bool = False) -> bool:
    """Install rjit's frame evaluator for this interpreter.

    threshold: calls before a function is compiled (default: RJIT_THRESHOLD or DEFAULT_THRESHOLD).
    background: compile on a background thread (False: on the calling thread, like RJIT_SYNC=1).
    force: replace (and chain to) a foreign PEP 523 evaluator instead of raising RJitError.
    Returns False if RJIT_DISABLE=1 forbids enabling.
    """
    # background=True keeps the environment's choice (RJIT_SYNC=1 still compiles synchronously)
    return _rjit.enable(threshold, None if background else False, force)


def disable() -> bool:
    """Restore the evaluator that was installed before enable(). Compiled code stays cached."""
    return _rjit.disable()


def is_enabled() -> bool:
    """True while rjit's evaluator is installed."""
    return _rjit.is_enabled()


def compile(func_or_code: CodeLike) -> bool:
    """Compile now, on this thread, without running it. False if it cannot be (see info())."""
    return _rjit.compile(func_or_code)


def wait(timeout: float | None = None) -> bool:
    """Block until queued compiles are finished and installed. False on timeout."""
    return _rjit.wait(timeout)


def dis(func_or_code: CodeLike, kind: str = "asm", effort: str = "quick") -> str:
    """What rjit makes of a function, compiled now without running or installing it:
    kind="ir" (LLVM IR as lowered from the bytecode), "ir-opt" (after rjit's passes) or "asm"
    (the machine code for this CPU). effort="quick" is the first compile's machine code,
    "optimised" the code rjit swaps in later and keeps in the cache (RJIT_IMPROVE). Also
    `rjit dis module:qualname` on the command line.
    Blocks that start a bytecode instruction are named `i<N>` (N in code units); their labels
    are annotated with the instruction, as `dis.dis` shows it. The instruction's other blocks
    (fast paths, error and deopt exits) are named `u<N>.<what>`."""
    text = _rjit._dis(func_or_code, kind, effort)
    import dis as _dis
    import re

    code = getattr(getattr(func_or_code, "__func__", func_or_code), "__code__", func_or_code)
    ops = {i.offset // 2: f"{i.offset}: {i.opname} {i.argrepr}".rstrip() for i in _dis.get_instructions(code)}
    label = re.compile(r"# %i(\d+)$" if kind == "asm" else r"^i(\d+):")

    def note(line: str) -> str:
        m = label.search(line)
        if m and int(m.group(1)) in ops:
            return f"{line}    {'#' if kind == 'asm' else ';'} bytecode {ops[int(m.group(1))]}"
        return line

    return "\n".join(note(line) for line in text.splitlines()) + "\n"


def nojit(func: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator: keep `func`, and the functions, lambdas and comprehensions defined inside it,
    interpreted (also if it was compiled already). `info(func)['reason']` says why. Works
    before `enable()`. For whole modules or by pattern: RJIT_EXCLUDE, RJIT_ONLY."""
    _rjit._exclude(func, "excluded: @rjit.nojit")
    return func


def info(func_or_code: CodeLike) -> dict[str, Any]:
    """State of one function: state ('cold', 'queued', 'compiled', 'failed'), calls,
    origin ('jit' or 'cache') and effort ('quick', or 'optimised' once compiled again with the
    optimising effort: RJIT_IMPROVE) once compiled, reason when failed."""
    return _rjit.info(func_or_code)


def stats() -> dict[str, Any]:
    """Process-wide counters: compiled, cache_hits, cache_misses, cache_stores, compile_seconds,
    improved, improve_installed and improve_seconds (second compiles with the optimising effort
    of code running the quick one's, and how many of them replaced it in this process; see
    RJIT_IMPROVE),
    frames (evaluated while enabled), jit_entries (of those, run by compiled code), deopts
    (frames handed to the interpreter mid-function), exception_exits (exceptions that left a
    compiled frame: the interpreter finishes unwinding them), direct_calls (Python calls from
    compiled code whose frame rjit pushed itself, then ran through the hook), direct_entries
    (calls from compiled code straight into a compiled callee, not counted in frames),
    megamorphic_hits (attribute reads at sites that met too many types, answered by the
    process-wide table) and megamorphic_fills (entries of that table filled by a generic
    lookup), stack_chunks and stack_chunks_reused (data-stack chunks those calls needed, and
    how many of them were chunks kept from an earlier call instead of newly mapped),
    codegen ('process': compiles run in a code generator process, started on the first compile;
    'thread': in this process, RJIT_CODEGEN=thread), codegen_spawns and codegen_peak_rss_kib
    (those processes, and the largest peak resident memory one reported), llvm_loaded (whether
    this process itself loaded LLVM: only in-process compiles and `rjit.dis` need it),
    failures (reason -> count), and the active configuration."""
    return _rjit.stats()


def summary(s: dict[str, Any] | None = None) -> str:
    """What rjit did in this process, as a short table (what `RJIT_STATS=1` prints at exit)."""
    s = stats() if s is None else s
    ran = s["jit_entries"] + s["direct_entries"]
    frames = s["frames"] + s["direct_entries"]
    failed = sum(s["failures"].values())
    top = ", ".join(f"{k} {v}" for k, v in sorted(s["failures"].items(), key=lambda kv: -kv[1])[:3])
    misses = [f"{k[6:]} {s[k]}" for k in ("cache_corrupt", "cache_foreign", "cache_untrusted", "cache_errors") if s[k]]
    rows = [
        ("compiled", f"{s['compiled']} in {s['compile_seconds']:.2f} s of compile time "
                     + (f"(code generator process, peak {s['codegen_peak_rss_kib'] / 1024:.0f} MiB)"
                        if s["codegen_spawns"] else "(background)" if s["llvm_loaded"]
                        else "(LLVM not loaded)")),
        ("recompiled", f"{s['improved']} optimised in {s['improve_seconds']:.2f} s, "
                       f"{s['improve_installed']} swapped in"),
        ("from the cache", f"{s['cache_hits']} ({s['cache_misses']} misses"
                           + (f": {', '.join(misses)}" if misses else "") + ")"),
        ("not compilable", f"{failed}" + (f" ({top})" if top else "")),
        ("residency", f"{100 * ran / frames:.1f}% of {frames} frames ran compiled code" if frames else "no frames"),
        ("deopts", f"{s['deopts']} (exceptions unwound by the interpreter: {s['exception_exits']})"),
        *((" at", f"{n} in {name} at bytecode {off}") for name, off, n in s["deopt_sites"][:3]),
        ("cache", f"{s['cache_stored_bytes'] / 1048576:.1f} MiB written to {s['cache_dir']}"
                  if s["cache_dir"] else "off"),
    ]
    w = max(len(k) for k, _ in rows)
    return "rjit summary\n" + "".join(f"  {k:<{w}}  {v}\n" for k, v in rows)


def _at_exit() -> None:
    _rjit._shutdown()
    import os

    if os.environ.get("RJIT_STATS") == "1":
        sys.stderr.write(summary())
    # RJIT_STATS_FILE=path: append this process's stats as one JSON line (used by bench/ to
    # check that rjit really ran in pyperf's worker processes).
    path = os.environ.get("RJIT_STATS_FILE")
    if path:
        import json

        s = stats()
        s["pid"] = os.getpid()
        s["argv"] = sys.argv[:3]
        try:
            with open(path, "a") as f:
                f.write(json.dumps(s) + "\n")
        except OSError:
            pass


atexit.register(_at_exit)
