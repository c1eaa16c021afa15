#!/usr/bin/env bash
# One command: install, then run the whole test suite (Qt offscreen, PostgreSQL and Chromium
# tests included when those are present on the machine; .ci/run makes sure they are).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
