"""Extract the counter's user-visible texts into the Qt translation sources.

    .venv/bin/python scripts/update_translations.py

Runs ``pyside6-lupdate`` over every ``ui/*.py`` and merges what it finds into
``resources/translations/dealer_<lang>.ts``: new texts arrive unfinished (translate them, e.g. in
Qt Linguist), texts no longer in the code are dropped. Source locations are left out so that
moving code does not rewrite the translation files. ``dealer_app.translations_build`` (run by
scripts/setup.sh) compiles the .ts files to the .qm files the app loads.

tests/test_translations.py runs the same extraction into a temporary file and fails when a text
is missing or unfinished in any language.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fa", "zh_CN", "tr")
"""The interface languages besides English, the language the code is written in."""


def ts_path(lang: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"dealer_{lang}.ts"


def sources() -> list[Path]:
    return sorted((ROOT / "ui").glob("*.py"))


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6 (scripts/setup.sh does).")
    return found


def command(targets: list[Path]) -> list[str]:
    """The exact extraction command, for the given .ts files."""
    return [
        _lupdate(),
        *(str(p.relative_to(ROOT)) for p in sources()),
        "-source-language", "en",
        "-locations", "none",
        "-no-obsolete",
        "-silent",
        "-ts", *(str(t) for t in targets),
    ]


def extract(targets: list[Path]) -> None:
    """Merge the texts in ui/*.py into ``targets`` (created when missing)."""
    subprocess.run(command(targets), cwd=ROOT, check=True)


def main() -> int:
    extract([ts_path(lang) for lang in LANGUAGES])
    for lang in LANGUAGES:
        text = ts_path(lang).read_text(encoding="utf-8")
        unfinished = text.count('type="unfinished"')
        print(f"{ts_path(lang).relative_to(ROOT)}: {text.count('<message')} texts, {unfinished} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
