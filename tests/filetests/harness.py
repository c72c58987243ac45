"""Filetests: a Python snippet in, rjit's view of it out (STYLE.md §5).

Each case is `tests/filetests/<stage>/<case>.py`:

    # test: bytecode | llvm-ir | hir
    def f(a, b):
        return a + b
    # run: f(1, 2)                  (optional, repeatable: run with rjit off and forced on,
    #                                results must be equal)
    # warm: f(1, 2)                 (optional, repeatable: run 64 times without rjit before
    #                                rendering, so that CPython quickens f: the profile)
    # args: [1, 2]                  (optional, `hir` only: what the parameters of the frame
    #                                that made f hot held, for what the hook samples at tier-up)
    # ---- expected (cpython 3.11) ----
    <rjit's rendering of f, normalised>

`bytecode` renders rjit's decoded instructions with stack depths and the exception table;
`llvm-ir` the unoptimised IR of `f`; `hir` the typed middle (src/hir) of `f` with every value's
type, or why `f` has no typed form. `RJIT_BLESS=1 make bless` rewrites the expected blocks;
never edit them by hand.
"""

from __future__ import annotations

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "# ---- expected (cpython 3.11) ----"


def cases() -> list[str]:
    out = []
    for stage in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, stage)
        if os.path.isdir(d) and not stage.startswith("_"):
            out += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".py")]
    return out


def split(path: str) -> tuple[str, str, str, list[str]]:
    with open(path) as fh:
        text = fh.read()
    src, _, expected = text.partition(MARK + "\n")
    m = re.search(r"^# test: (\S+)", src, re.M)
    if not m:
        raise ValueError(f"{path}: no '# test:' line")
    runs = re.findall(r"^# run: (.+)$", src, re.M)
    return m.group(1), src, expected, runs


def normalise(text: str) -> str:
    text = re.sub(r"0x[0-9a-f]{6,}", "0xdeadbeef", text)
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()) + "\n"


def render(stage: str, src: str, path: str) -> str:
    import rjit

    ns: dict = {}
    exec(compile(src, path, "exec"), ns)
    f = ns["f"]
    warm = re.findall(r"^# warm: (.+)$", src, re.M)
    if warm:
        was_on = rjit.is_enabled()
        rjit.disable()
        for expr in warm:
            call = eval("lambda: " + expr, ns)
            for _ in range(64):
                call()
        if was_on:
            rjit.enable()
    if stage == "bytecode":
        return normalise(rjit._rjit._dump_bytecode(f))
    if stage == "llvm-ir":
        return normalise(rjit._rjit._dump_ir(f))
    if stage == "hir":
        args = re.findall(r"^# args: (.+)$", src, re.M)
        try:
            if args:
                return normalise(rjit._rjit._dump_hir(f, eval(args[0], ns)))
            return normalise(rjit._rjit._dump_hir(f))
        except rjit.RJitError as e:
            return normalise(f"unsupported: {e}")
    raise ValueError(f"{path}: unknown stage {stage!r}")


def check(path: str, bless: bool | None = None) -> str | None:
    """None if the case passes (or was blessed), else a message."""
    bless = os.environ.get("RJIT_BLESS") == "1" if bless is None else bless
    stage, src, expected, _ = split(path)
    got = render(stage, src, path)
    if got == expected:
        return None
    if bless:
        with open(path, "w") as f:
            f.write(src + MARK + "\n" + got)
        return None
    return f"{path}: output differs (RJIT_BLESS=1 make bless to accept)\n--- expected\n{expected}--- got\n{got}"


def main() -> int:
    bad = [m for m in (check(p) for p in cases()) if m]
    for m in bad:
        print(m)
    print(f"{len(cases()) - len(bad)}/{len(cases())} filetests pass")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
