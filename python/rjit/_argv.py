"""Which command line a process runs, read before anything else of rjit is imported
(`_autoload` asks it at start-up; nothing here may enable rjit)."""

import os

TOOLS = ("cache", "precompile", "dis")


def is_rjit_tool(argv: list[str]) -> bool:
    """Whether `argv` (sys.orig_argv) runs one of rjit's maintenance commands: `-m rjit TOOL`
    or a script named `rjit` (the console script) followed by `TOOL`. The interpreter's own
    options are parsed as CPython does (a cluster such as `-Bm`, the arguments of `-W` and
    `-X`); whatever follows `-c`, `-m MODULE` or the script belongs to the program."""
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--" or not a.startswith("-") or a == "-":
            at = i + 1 if a == "--" else i  # the script's index
            script, rest = (argv[at] if at < len(argv) else ""), argv[at + 1 :]
            return os.path.basename(script) == "rjit" and rest[:1] != [] and rest[0] in TOOLS
        if a.startswith("--"):  # --check-hash-based-pycs MODE, --help, ...
            i += 2 if a == "--check-hash-based-pycs" else 1
            continue
        for k, ch in enumerate(a[1:], start=1):
            if ch in "cmWX":
                value = a[k + 1 :]
                if not value:
                    i += 1
                    value = argv[i] if i < len(argv) else ""
                if ch == "c":
                    return False
                if ch == "m":
                    rest = argv[i + 1 :]
                    return value == "rjit" and rest[:1] != [] and rest[0] in TOOLS
                break
        i += 1
    return False
