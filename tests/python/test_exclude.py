"""Opt-out and opt-in: `@rjit.nojit`, `RJIT_EXCLUDE`, `RJIT_ONLY`. Excluded code runs in the
interpreter with the same results; `rjit.info` says why."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import rjit


def test_nojit_before_enable_keeps_function_and_nested_code_interpreted():
    @rjit.nojit
    def f(n):
        g = lambda x: x * 2  # noqa: E731
        return sum([g(i) for i in range(n)])

    rjit.enable(threshold=1, background=False)
    assert [f(10) for _ in range(50)][-1] == 90
    assert not rjit.compile(f)
    info = rjit.info(f)
    assert info["state"] == "excluded" and "nojit" in info["reason"]
    nested = [c for c in f.__code__.co_consts if hasattr(c, "co_code")]
    assert nested and all(rjit.info(c)["state"] == "excluded" for c in nested)
    assert "nojit" not in json.dumps(rjit.stats()["failures"])  # not a failure


def test_nojit_on_compiled_code_takes_effect_for_compiled_callers():
    def callee(x):
        return x + 1

    def caller(n):
        t = 0
        for i in range(n):
            t += callee(i)
        return t

    rjit.enable(threshold=1, background=False)
    assert rjit.compile(callee) and rjit.compile(caller)
    before = caller(100)
    rjit.nojit(callee)
    assert rjit.info(callee)["state"] == "excluded"
    assert caller(100) == before == 5050
    assert rjit.info(caller)["state"] == "compiled"


PROG = r"""
import json, rjit
rjit.enable(threshold=1, background=False)
def alpha(x):
    return x + 1
class K:
    def beta(self, x):
        return x * 2
    def gamma(self, x):
        return x - 1
k = K()
r = [alpha(1), k.beta(2), k.gamma(3)]
print(json.dumps({"r": r, "alpha": rjit.info(alpha)["state"], "beta": rjit.info(K.beta)["state"],
                  "gamma": rjit.info(K.gamma)["state"], "why": rjit.info(K.beta).get("reason")}))
"""


def run(**env):
    e = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    e.update(env)
    p = subprocess.run([sys.executable, "-c", PROG], env=e, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["r"] == [2, 4, 2]
    return out


def test_rjit_exclude_patterns(tmp_path):
    out = run(RJIT_CACHE_DIR=str(tmp_path), RJIT_EXCLUDE="__main__:K.beta")
    assert (out["alpha"], out["beta"], out["gamma"]) == ("compiled", "excluded", "compiled")
    assert "RJIT_EXCLUDE" in out["why"]
    out = run(RJIT_CACHE_DIR=str(tmp_path), RJIT_EXCLUDE="other.*, __main__")
    assert (out["alpha"], out["beta"], out["gamma"]) == ("excluded",) * 3


def test_rjit_only_patterns(tmp_path):
    out = run(RJIT_CACHE_DIR=str(tmp_path), RJIT_ONLY="__main__:K.*")
    assert (out["alpha"], out["beta"], out["gamma"]) == ("excluded", "compiled", "compiled")
