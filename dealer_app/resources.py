"""Where shipped resources (club profiles, fonts, translations, images) live.

The same code runs from the source tree, from an installed package and from a PyInstaller
bundle, so nothing else may build resource paths on its own.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
