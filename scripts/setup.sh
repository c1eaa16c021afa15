#!/usr/bin/env bash
# Creates .venv (if missing) and installs Dealer Club with everything the app, head office and
# the tests need; compiles the Qt translations. Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# A stamp of pyproject.toml skips the pip step when nothing changed since the last install.
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[headoffice,dev]"
  rm -f .venv/.installed-* && touch "$stamp"
fi
.venv/bin/python -m dealer_app.translations_build
