"""The README's Python example runs as documented."""

import pathlib
import re

from conftest import run_python

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


def test_readme_example(tmp_path):
    block = re.search(r"```python\n(.*?)```", README.read_text(), re.S).group(1)
    env = {"RJIT_CACHE_DIR": str(tmp_path)}
    first = run_python(block, env)
    assert first.returncode == 0, first.stderr
    assert "'state': 'compiled'" in first.stdout and "'origin': 'jit'" in first.stdout
    second = run_python(block, env)
    assert "'origin': 'cache'" in second.stdout, second.stdout
