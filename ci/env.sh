# Source me: the project's build environment (venv with maturin and the LLVM SDK).
# Used by the Makefile and the ci/ scripts; `ci/setup.sh` creates the venv.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export VIRTUAL_ENV="$ROOT/.venv"
export PATH="$VIRTUAL_ENV/bin:$PATH"
LLVM_SYS_231_PREFIX=$("$VIRTUAL_ENV/bin/python" -m mlc_llvm_static.config --prefix 2>/dev/null) && export LLVM_SYS_231_PREFIX
# Rust test binaries link libpython (pyo3 without extension-module); find it at run time.
PYLIBDIR=$("$VIRTUAL_ENV/bin/python" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR"))' 2>/dev/null) \
  && export LD_LIBRARY_PATH="$PYLIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export PYO3_PYTHON="$VIRTUAL_ENV/bin/python"
