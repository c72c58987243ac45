"""Shared fixtures: every behaviour is checked with rjit off and forced on (threshold 1,
compiling on the calling thread), and the two outcomes must be equal."""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from typing import Any, Callable

import pytest

import rjit


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own cache directory, so no test sees another's compiled code."""
    monkeypatch.setenv("RJIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    rjit.disable()


def outcome(f: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple:
    """What a call did, in a comparable form: value, or exception type, message and the
    (function, line) of every traceback entry below this helper."""
    try:
        return ("ok", f(*args, **kwargs))
    except BaseException as e:  # noqa: BLE001 - we compare whatever happened
        tb = traceback.extract_tb(e.__traceback__)[1:]
        return ("raised", type(e).__name__, str(e), [(fr.name, fr.lineno) for fr in tb])


def both(f: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple:
    """Run `f` without rjit, then compiled, and assert the outcomes are equal."""
    rjit.disable()
    plain = outcome(f, *args, **kwargs)
    rjit.enable(threshold=1, background=False)
    assert rjit.compile(f), rjit.info(f)
    jitted = outcome(f, *args, **kwargs)
    rjit.disable()
    assert rjit.info(f)["state"] == "compiled"
    assert jitted == plain
    return plain


def run_python(code: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter of this venv."""
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-c", code], env=e, capture_output=True, text=True, timeout=timeout)
