SHELL := /bin/bash

# Every target sets itself up first (ci/setup.sh: venv, maturin, LLVM build dependency, build).
.PHONY: demo test setup rust-test py-test lint

demo: setup
	.venv/bin/python -m rjit demo

test: setup rust-test py-test

setup:
	./ci/setup.sh

rust-test:
	. ci/env.sh && cargo test --release --lib

py-test:
	.venv/bin/python -m pytest -q tests/python

lint:
	. ci/env.sh && cargo fmt --check && cargo clippy --release -- -D warnings
	python3.11 ci/gen_opcodes.py --check
	./ci/headers.sh
