#!/usr/bin/env bash
# Set everything up on a fresh machine (Rust + CPython 3.11 + pip): a venv in .venv with
# maturin, pytest and the LLVM build dependency, then build rjit's wheel and install it there.
# Idempotent and incremental: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check \
  'maturin>=1.5,<2' 'mlc-llvm-static==23.1.1.post0' pytest coverage py-spy
. ci/env.sh
maturin build --release -i .venv/bin/python --out target/wheels
whl=$(ls -t target/wheels/rjit_llvm-*.whl | head -1)
.venv/bin/python -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$whl"
echo "installed $(basename "$whl") into .venv"
