"""Application-wide setup: shipped fonts, interface language and layout direction."""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dealer_app.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("fa", "zh_CN", "tr", "en")
RTL_LANGUAGES = frozenset({"fa"})
TRANSLATION_PREFIX = "dealer"
"""Compiled translations are resources/translations/dealer_<lang>.qm."""
QT_PREFIX = "qtbase"
"""Qt's own translations (standard buttons, print and file dialogs), shipped with PySide6."""

LANGUAGE_NAMES = {"en": "English", "fa": "فارسی", "zh_CN": "简体中文", "tr": "Türkçe"}
"""Each language in its own words, as a language chooser lists them."""

_installed: list[QTranslator] = []


def register_fonts() -> list[str]:
    """Add the shipped fonts so Persian and Chinese render on PCs without them; returns families."""
    families: list[str] = []
    directory = resource_path("fonts")
    if not directory.is_dir():
        return families
    for path in sorted(directory.glob("*.ttf")) + sorted(directory.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def apply_fonts(app: QApplication, families: list[str]) -> None:
    """Prefer the shipped families, in order, falling back to the system font per character."""
    if not families:
        return
    font = QFont(app.font())
    font.setFamilies([*families, *font.families()])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own .qm files are: PySide6's translations folder (also inside the bundle,
    where PyInstaller's Qt hooks put it), then ours, for a build that ships them there."""
    dirs = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        # Where PyInstaller's Qt hooks put them, should the bundle's Qt report another prefix.
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
        resource_path("translations"),
    ]
    unique = list(dict.fromkeys(dirs))
    return [d for d in unique if d.is_dir()]


def normalise_language(lang: str | None) -> str | None:
    if not lang:
        return None
    lang = lang.replace("-", "_")
    if lang in LANGUAGES:
        return lang
    base = lang.split("_")[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else None


def apply_language(lang: str) -> bool:
    """Install the translation for ``lang`` and set the layout direction; True if a
    translation file was found (English needs none)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    found = lang == "en"
    ours = resource_path("translations")
    if lang != "en":
        # Qt's translations first, ours last: the translator installed last is asked first.
        for prefix, directories in ((QT_PREFIX, qt_translation_dirs()), (TRANSLATION_PREFIX, [ours])):
            for directory in directories:
                translator = QTranslator(app)
                if translator.load(QLocale(lang), prefix, "_", str(directory)):
                    app.installTranslator(translator)
                    _installed.append(translator)
                    found = found or prefix == TRANSLATION_PREFIX
                    break
            else:
                log.warning("no %s translation for %s", prefix, lang)
    QLocale.setDefault(QLocale(lang))
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
        )
    return found
