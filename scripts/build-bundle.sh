#!/usr/bin/env bash
# One command: build the counter app as a one-folder bundle in dist/dealer-app/ that runs on a
# branch PC without Python. Extra arguments go to PyInstaller (e.g. --clean to drop its cache).
# Ends by running the bundle's self-check, so a bundle that cannot start is never reported built.
set -euo pipefail
cd "$(dirname "$0")/.."
# Installs what is missing (PyInstaller comes with the dev extra) and compiles the translations.
bash scripts/setup.sh
started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller "$@" pyinstaller.spec
seconds=$(( $(date +%s) - started ))
bundle=dist/dealer-app
size_mb=$(du -sm "$bundle" | cut -f1)
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$bundle/dealer-app" --version
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$bundle/dealer-app" self-check
echo "Built $bundle in ${seconds} s: ${size_mb} MB ($(find "$bundle" -type f | wc -l) files)."
