#!/usr/bin/env bash
# One command: install, then open the counter app on a demo branch with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/dealer-app --demo "$@"
