SHELL := /bin/bash

# Every target sets itself up first (ci/setup.sh: venv, maturin, LLVM build dependency, build).
.PHONY: demo test setup rust-test py-test lint bless regrtest-ci regrtest-full coverage wheel

demo: setup
	.venv/bin/python -m rjit demo

test: setup rust-test py-test regrtest-ci

setup:
	./ci/setup.sh

# --features llvm: the tests link tier1_llvm in-process (the extension loads it as a library).
rust-test:
	. ci/env.sh && cargo test --release --lib --features llvm

# The fuzzer's batches run in a pytest process of their own: after test_codegen_process.py in
# the same process, one of their synchronous compiles took minutes in LLVM's register
# allocator on this machine (2026-12-06, also with 694d070's code; docs/tiering.md, "A compile
# that takes minutes after test_codegen_process.py"). Every test still runs.
py-test:
	.venv/bin/python -m pytest -q tests/python --ignore=tests/python/test_fuzz.py
	.venv/bin/python -m pytest -q tests/python/test_fuzz.py

lint:
	. ci/env.sh && cargo fmt --all --check && cargo clippy --release -- -D warnings \
	  && cargo clippy --release --workspace --features llvm -- -D warnings
	python3.11 ci/gen_opcodes.py --check
	./ci/headers.sh

# Rewrite the expected blocks of tests/filetests (RJIT_BLESS=1 make bless).
bless: setup
	RJIT_BLESS=1 .venv/bin/python tests/filetests/harness.py

# CPython's regression tests with rjit forced on, compared with a run without it.
regrtest-ci: setup
	.venv/bin/python tests/regrtest/run.py --subset ci --out target/regrtest-ci

regrtest-full: setup
	.venv/bin/python tests/regrtest/run.py --subset full --out target/regrtest-full

# How much of the standard library tier1 compiles.
coverage: setup
	.venv/bin/python -m rjit coverage --stdlib --json target/coverage-stdlib.json

# dist/: a manylinux_2_28 wheel (checked, installed into a fresh venv, demo run) and an sdist.
wheel:
	./ci/build-wheel.sh
