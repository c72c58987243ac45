"""The README's Python example runs as documented."""

import pathlib
import re
import subprocess
import sys

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


def test_readme_precompile_makes_the_first_process_warm(tmp_path):
    block = re.search(r"```python\n(.*?)```", README.read_text(), re.S).group(1)
    (tmp_path / "app.py").write_text(block)
    cache = tmp_path / "cache"
    p = subprocess.run([sys.executable, "-m", "rjit", "precompile", str(tmp_path / "app.py"),
                        "--cache-dir", str(cache), "-q"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    first = run_python(block, {"RJIT_CACHE_DIR": str(cache)})
    assert "'origin': 'cache'" in first.stdout, first.stdout
