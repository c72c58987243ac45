#!/usr/bin/env bash
# bench/apps' venv: target/bench/apps-venv (no system site-packages) with rjit's current wheel
# (ci/setup.sh builds it) and the programs' pinned packages as pure Python.
set -euo pipefail
cd "$(dirname "$0")/../.."
./ci/setup.sh >/dev/null
V=target/bench/apps-venv
[ -x $V/bin/python ] || python3.11 -m venv $V
$V/bin/python -m pip install -q --disable-pip-version-check --only-binary :all: -r bench/apps/requirements.txt
whl=$(ls -t target/wheels/rjit_llvm-*.whl | head -1)
$V/bin/python -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$whl"
# No C speed-ups: MarkupSafe's _speedups is optional (markupsafe/__init__.py falls back).
site=$($V/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
find "$site/markupsafe" -name '_speedups*.so' -delete
left=$(find "$site" -name '*.so' -not -path '*/rjit/*' | head -5)
if [ -n "$left" ]; then echo "compiled extensions left in the apps venv: $left" >&2; exit 1; fi
echo "$V ready: $($V/bin/python -m pip list --format freeze 2>/dev/null | tr '\n' ' ')"
