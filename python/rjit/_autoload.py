"""Imported by rjit-llvm.pth at start-up when RJIT_ENABLE=1 (and RJIT_DISABLE is not 1).

Not for rjit's own maintenance commands (`rjit cache ...`, `rjit precompile ...`, `rjit dis
...`, as the console script or `python -m rjit`): with RJIT_ENABLE=1 in the environment (a
fleet's default) they would compile their own argparse into the cache they look after and
start a code generator process. What they compile, they compile explicitly."""

import sys

from rjit._argv import is_rjit_tool

if not is_rjit_tool(list(getattr(sys, "orig_argv", []))):
    import rjit

    rjit.enable()
