#!/usr/bin/env bash
# `make wheel`: dist/rjit_llvm-VERSION-cp311-cp311-manylinux_2_28_x86_64.whl and an sdist, built on
# any glibc host with pip tools only (notes/llvm-wheel.md, recipe B): static LLVM from
# mlc-llvm-static, zig as the linker against glibc 2.28 stubs, the host gcc's libstdc++.a linked
# statically (plus a one-symbol shim, feature glibc-single-threaded-shim). Then checked
# (ci/check_so.sh, auditwheel) and installed into a fresh venv where `python -m rjit demo` runs.
# Its own target directory (target/zig228), so that the development build stays incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
./ci/setup.sh >/dev/null
. ci/env.sh
.venv/bin/python -m pip install -q --disable-pip-version-check ziglang auditwheel
export MLC_LLVM_SDK=$LLVM_SYS_231_PREFIX
export LLVM_SYS_231_PREFIX=$PWD/ci/llvm-nocompress
export LLVM_SYS_LIBCPP=m
export RJIT_LIBSTDCXX_A=$(g++ -print-file-name=libstdc++.a)
export CARGO_TARGET_DIR=$PWD/target/zig228
# maturin's --strip reaches only the extension; this strips the code generator library too
# (build.rs builds it with a nested cargo that inherits the environment).
export CARGO_PROFILE_RELEASE_STRIP=symbols
rm -rf dist && mkdir -p dist
maturin build --release --strip -i .venv/bin/python --zig --compatibility manylinux_2_28 \
  --features glibc-single-threaded-shim --out dist
maturin sdist --out dist
whl=$(ls dist/*manylinux_2_28*.whl)
ci/check_so.sh "$whl" 2.28
ci/check_so.sh "$whl" 2.28 librjit_llvm.so
.venv/bin/auditwheel show "$whl"
rm -rf target/wheel-test && python3.11 -m venv target/wheel-test
target/wheel-test/bin/python -m pip install -q --disable-pip-version-check "$whl"
(cd / && "$OLDPWD/target/wheel-test/bin/python" -m rjit demo)
ls -la dist
