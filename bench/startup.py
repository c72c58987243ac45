"""What rjit costs a process that does nothing: wall time and peak RSS of `python -c pass`
plain, with `import rjit`, with `RJIT_ENABLE=1` and with `rjit.enable()`, for one or more
Python environments (e.g. two builds), interleaved, medians.

    python3 bench/startup.py 20 .venv/bin/python [other/venv/bin/python ...]

Peak RSS comes from /usr/bin/time, a small parent: a child's ru_maxrss includes the size of
the process it was spawned from, so measuring from Python would put a floor of ~11 MiB under
every figure.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

n = int(sys.argv[1])
pys = sys.argv[2:]
base = {k: v for k, v in os.environ.items() if not k.startswith("RJIT_")}
cfgs = []
for py in pys:
    cfgs += [(py, "plain", [py, "-c", "pass"], base),
             (py, "import rjit", [py, "-c", "import rjit"], base),
             (py, "RJIT_ENABLE=1", [py, "-c", "pass"], {**base, "RJIT_ENABLE": "1"}),
             (py, "enable()", [py, "-c", "import rjit; rjit.enable()"], base)]
res = {(c[0], c[1]): [] for c in cfgs}
out = tempfile.mktemp()
for i in range(n):
    for py, name, argv, env in (cfgs if i % 2 == 0 else cfgs[::-1]):
        t = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out, *argv], env=env, check=True)
        w = time.perf_counter() - t
        res[(py, name)].append((w, int(open(out).read().split()[-1]) / 1024))
for py in pys:
    p = statistics.median(w for w, _ in res[(py, "plain")]); prss = statistics.median(r for _, r in res[(py, "plain")])
    for name in ("plain", "import rjit", "RJIT_ENABLE=1", "enable()"):
        w = statistics.median(x for x, _ in res[(py, name)]); r = statistics.median(x for _, x in res[(py, name)])
        print(f"{py[:40]:40} {name:14} {w*1e3:6.1f} ms (+{(w-p)*1e3:5.1f})  RSS {r:5.1f} MiB (+{r-prss:4.1f})")
