"""Compiles the Qt translation sources (resources/translations/*.ts) to .qm files.

Run by scripts/setup.sh and by the PyInstaller build, so compiled files are never committed
and never stale. Uses pyside6-lrelease from the installed PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from dealer_app.resources import resource_path


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials (scripts/setup.sh does).")
    return found


def build(directory: Path | None = None) -> list[Path]:
    directory = directory or resource_path("translations")
    sources = sorted(directory.glob("*.ts"))
    built = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    build()
