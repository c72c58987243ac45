"""Imported by rjit-llvm.pth at start-up when RJIT_ENABLE=1 (and RJIT_DISABLE is not 1)."""

import rjit

rjit.enable()
