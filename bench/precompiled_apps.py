"""Whole-process wall time of small real programs: plain CPython, rjit with an empty cache
(cold), and rjit after `rjit precompile` of the program and every module it imports (found by
one plain run; warm from the first run): from its packs (`precompiled`) and from the same
entries with the packs removed (`loose`). Interleaved rounds, medians; every output is checked
byte-identical to plain's.

    target/bench/cpython/bin/python bench/precompiled_apps.py --rounds 5

The programs use only the standard library, so the comparison needs nothing installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# name -> (packages it is about, program). Each prints something that depends on all of
# its work, and takes about a second plain.
APPS = {
    "json_roundtrip": (["json"], r"""
import json, zlib
doc = {"items": [{"id": i, "name": f"item-{i}", "tags": ["a", "b", str(i % 7)],
                  "price": i * 1.25, "ok": i % 3 == 0, "none": None} for i in range(3000)]}
for _ in range(12):
    s = json.dumps(doc, indent=2, sort_keys=True)
    doc = json.loads(s)
print(len(s), zlib.crc32(s.encode()))
"""),
    "difflib_diff": (["difflib"], r"""
import difflib, random
random.seed(7)
a = [f"line {i} " + "x" * (i % 13) for i in range(1500)]
b = list(a)
for _ in range(150):
    i = random.randrange(len(b))
    b[i] = b[i] + " changed"
d = list(difflib.unified_diff(a, b, lineterm=""))
r = difflib.SequenceMatcher(None, "".join(a[:300]), "".join(b[:300])).ratio()
print(len(d), round(r, 6))
"""),
    "email_parse": (["email"], r"""
import email, email.policy
msg = "From: a@example.com\nTo: b@example.com\nSubject: {i} hello\nContent-Type: text/plain\n\nbody {i}\n" 
n = 0
for i in range(1500):
    m = email.message_from_string(msg.format(i=i), policy=email.policy.default)
    n += len(m["subject"]) + len(m.get_content())
print(n)
"""),
    "tokenize_ast": (["tokenize", "ast"], r"""
import ast, io, tokenize, inspect, difflib
src = inspect.getsource(difflib) * 2
toks = 0
for _ in range(3):
    toks += sum(1 for _ in tokenize.generate_tokens(io.StringIO(src).readline))
tree = ast.parse(src)
names = sum(1 for n in ast.walk(tree) if isinstance(n, ast.Name))
print(toks, names, len(ast.unparse(tree)))
"""),
}


LIST_MODULES = r"""
import atexit, sys
def _dump():
    with open(sys.argv[-1] + ".modules", "w") as f:
        for m in list(sys.modules.values()):
            p = getattr(m, "__file__", None)
            if p and p.endswith(".py"):
                print(p, file=f)
atexit.register(_dump)
"""


def run(py: str, script: str, env: dict) -> tuple[float, str]:
    t = time.perf_counter()
    p = subprocess.run([py, script], env=env, capture_output=True, text=True, timeout=600)
    dt = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"failed: {p.stderr}")
    return dt, p.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    base = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
    rows = {}
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        for name, (_, code) in APPS.items():
            script = os.path.join(tmp, name + ".py")
            with open(script, "w") as f:
                f.write(LIST_MODULES + code)
            run(args.python, script, base)
            with open(script + ".modules") as f:
                files = sorted(set(f.read().split()))
            with open(script, "w") as f:
                f.write(code)
            pre = os.path.join(tmp, name + "-pre")
            t = time.perf_counter()
            p = subprocess.run([args.python, "-m", "rjit", "precompile", script, *files,
                                "--cache-dir", pre, "--json", "-", "-q"],
                               capture_output=True, text=True, env=base)
            if p.returncode != 0:
                raise SystemExit(p.stderr)
            pc = json.loads(p.stdout)
            pc_s = time.perf_counter() - t
            loose = os.path.join(tmp, name + "-loose")
            shutil.copytree(pre, loose)
            for f in os.listdir(loose):
                if f.endswith(".rjitpack"):
                    os.remove(os.path.join(loose, f))
            times: dict[str, list[float]] = {"plain": [], "cold": [], "loose": [], "precompiled": []}
            outs = set()
            for r in range(args.rounds):
                cold = os.path.join(tmp, f"{name}-cold-{r}")
                for cfg, env in (
                    ("plain", base),
                    # A cold run's queue is dropped at exit: its code generator process must
                    # not go on compiling into the rounds after it.
                    ("cold", {**base, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": cold,
                              "RJIT_EXIT_COMPILE_SECONDS": "0"}),
                    ("loose", {**base, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": loose}),
                    ("precompiled", {**base, "RJIT_ENABLE": "1", "RJIT_CACHE_DIR": pre}),
                ):
                    dt, out = run(args.python, script, env)
                    times[cfg].append(dt)
                    outs.add(out)
                    if "RJIT_CACHE_DIR" in env:
                        # What a run left to its code generator process (functions made at
                        # run time, such as namedtuple's, are not precompiled) must not
                        # compile during the next configuration's run.
                        subprocess.run([args.python, "-m", "rjit", "cache", "wait", "--cache-dir",
                                        env["RJIT_CACHE_DIR"]], env=base, check=False,
                                       capture_output=True)
            if len(outs) != 1:
                raise SystemExit(f"{name}: outputs differ: {outs}")
            med = {k: statistics.median(v) for k, v in times.items()}
            rows[name] = {
                "plain_s": round(med["plain"], 3),
                "cold_x": round(med["plain"] / med["cold"], 3),
                "loose_x": round(med["plain"] / med["loose"], 3),
                "precompiled_x": round(med["plain"] / med["precompiled"], 3),
                "precompile_s": round(pc_s, 1),
                "precompiled_functions": pc["compiled"],
                "packed_functions": pc["packed"],
            }
            print(name, rows[name], flush=True)
    geo = lambda k: statistics.geometric_mean(r[k] for r in rows.values())  # noqa: E731
    print(f"geomean speed vs plain: cold {geo('cold_x'):.3f}x, precompiled without packs "
          f"{geo('loose_x'):.3f}x, precompiled {geo('precompiled_x'):.3f}x")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=2)


if __name__ == "__main__":
    main()
