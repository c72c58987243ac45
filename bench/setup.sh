#!/usr/bin/env bash
# Set up the benchmark environments (idempotent):
#   target/bench/cpython  CPython 3.11 venv (no system site-packages): pyperf, pyperformance's
#                         benchmark scripts and their requirements, matplotlib, rjit's wheel;
#   target/bench/pypy     PyPy 3 venv with pyperf and the same requirements, if `pypy3` exists
#                         (on Debian as root this script installs the `pypy3` package);
#   target/bench/numba    numba for bench/numba_compare.py (skipped with NO_NUMBA=1).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
B=target/bench
mkdir -p "$B"
./ci/setup.sh >/dev/null
whl=$(ls -t target/wheels/rjit_llvm-*.whl | head -1)
REQS="pyperf==2.10.0 pyperformance==1.14.0 psutil pyaes==1.6.1 sympy==1.8 mpmath==1.2.1 tomli==2.0.1"

if [ ! -x "$B/cpython/bin/python" ]; then "$PY" -m venv "$B/cpython"; fi
"$B/cpython/bin/python" -m pip install -q --disable-pip-version-check $REQS matplotlib
"$B/cpython/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$whl"

if ! command -v pypy3 >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get install -y -q pypy3 >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q pypy3 >/dev/null)) || true
fi
if command -v pypy3 >/dev/null; then
  if [ ! -x "$B/pypy/bin/python" ]; then pypy3 -m venv "$B/pypy" || true; fi
  # psutil does not build under Debian's PyPy without headers; pyperf works without it.
  [ -x "$B/pypy/bin/python" ] && "$B/pypy/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
    pyperf==2.10.0 pyaes==1.6.1 sympy==1.8 mpmath==1.2.1 tomli==2.0.1 || true
fi

if [ "${NO_NUMBA:-0}" != 1 ]; then
  "$B/cpython/bin/python" -m pip install -q --disable-pip-version-check numba || echo "numba unavailable: bench/numba_compare.py will skip it"
fi
echo "bench environments ready in $B"
