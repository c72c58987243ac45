#!/usr/bin/env bash
# Every Rust source file opens with a //! header saying what it owns and what must stay true.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
for f in $(git ls-files 'src/*.rs'); do
  if ! head -1 "$f" | grep -q '^//!'; then echo "missing //! header: $f"; bad=1; fi
done
exit $bad
