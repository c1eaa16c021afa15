#!/usr/bin/env bash
# One command for every benchmark; each prints its own figures.
# MEMBERS (default 1000000) sizes the branch used by the lookup and UI benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
MEMBERS="${MEMBERS:-1000000}"
DB="/tmp/dealer-bench/branch-${MEMBERS}.sqlite3"
.venv/bin/python bench/bench_core.py --members "$MEMBERS" --db "$DB"
for b in bench/bench_*.py; do
  case "$b" in bench/bench_core.py) continue ;; esac
  echo "== $b"
  .venv/bin/python "$b" --db "$DB" 2>/dev/null || .venv/bin/python "$b"
done
