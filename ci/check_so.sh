#!/bin/bash
# usage: ci/check_so.sh WHEEL_OR_SO [MAX_GLIBC=2.28] [NAME_IN_WHEEL=_rjit*.so]
# Fails if the shared object (the extension, or librjit_llvm.so) needs (a) a GLIBC_x.y above MAX_GLIBC, (b) any GLIBCXX/CXXABI version
# (a dynamic libstdc++), or (c) a strong *unversioned* undefined symbol other than CPython's C API.
# auditwheel and maturin look only at versioned symbols, so (c) is what they miss
# (notes/llvm-wheel.md §3.3).
set -euo pipefail
f=$1; max=${2:-2.28}; name=${3:-_rjit*.so}
if [[ $f == *.whl ]]; then d=$(mktemp -d); unzip -q -o "$f" -d "$d"; f=$(ls "$d"/rjit/$name | head -1); fi
echo "$(basename "$f"):"
bad=0
T=$(objdump -T "$f")
hi=$(echo "$T" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1)
echo "highest GLIBC: $hi (max $max)"
[[ $(printf '%s\n%s\n' "$hi" "$max" | sort -V | tail -1) == "$max" ]] || { echo "FAIL: GLIBC too new"; bad=1; }
if grep -q 'GLIBCXX_\|CXXABI_' <<<"$T"; then echo "FAIL: needs libstdc++.so.6 (GLIBCXX/CXXABI symbols)"; bad=1; fi
u=$(nm -D --undefined-only "$f" | grep -v '@' | awk '$1=="U"{print $2}' | grep -v '^_\?Py' || true)
if [[ -n $u ]]; then echo "FAIL: strong unversioned undefined symbols:"; echo "$u" | head -20; bad=1; fi
echo "NEEDED: $(readelf -d "$f" | grep NEEDED | sed 's/.*\[\(.*\)\]/\1/' | tr '\n' ' ')"
exit $bad
