"""Imported by rjit-llvm.pth at start-up when RJIT_ENABLE=1 (and RJIT_DISABLE is not 1).

Not for rjit's own maintenance commands (`rjit cache ...`, `rjit precompile ...`, `rjit dis
...`, as the console script or `python -m rjit`): with RJIT_ENABLE=1 in the environment (a
fleet's default) they would compile their own argparse into the cache they look after and
start a code generator process. What they compile, they compile explicitly."""

import os
import sys

TOOLS = ("cache", "precompile", "dis")


def _is_rjit_tool(argv: list[str]) -> bool:
    """Whether `argv` (sys.orig_argv) runs one of rjit's maintenance commands."""
    if "-m" in argv[1:]:
        i = argv.index("-m", 1)
        return argv[i + 1 : i + 2] == ["rjit"] and argv[i + 2 : i + 3] != [] and argv[i + 2] in TOOLS
    script = next((a for a in argv[1:] if not a.startswith("-")), None)
    if script is None or os.path.basename(script) != "rjit":
        return False
    rest = argv[argv.index(script) + 1 :]
    return bool(rest) and rest[0] in TOOLS


if not _is_rjit_tool(list(getattr(sys, "orig_argv", []))):
    import rjit

    rjit.enable()
