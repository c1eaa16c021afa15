"""The PyInstaller bundle: built with scripts/build-bundle.sh, started without Python.

Building takes minutes, so the bundle in dist/dealer-app/ is reused when it is newer than every
source it is made of (code, resources, the spec, the build script and the installed packages).
Set DEALER_REBUILD_BUNDLE=1 to force a build. The build time and bundle size are recorded as
test properties (in a JUnit report) and printed (visible with -s).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dealer_app import __version__

pytestmark = [pytest.mark.bundle, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "dealer-app"
EXECUTABLE = BUNDLE / ("dealer-app.exe" if sys.platform == "win32" else "dealer-app")
SOURCES = ("dealer_app", "ui", "resources")
SOURCE_FILES = ("pyinstaller.spec", "scripts/build-bundle.sh", "pyproject.toml")
SERVER_ONLY = ("fastapi", "uvicorn", "starlette", "psycopg", "jinja2", "playwright", "pytest", "_pytest")


def newest_source_mtime() -> float:
    newest = 0.0
    for folder in SOURCES:
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    for name in SOURCE_FILES:
        newest = max(newest, (ROOT / name).stat().st_mtime)
    # setup.sh touches this stamp whenever it (re)installs packages into the venv.
    for stamp in (ROOT / ".venv").glob(".installed-*"):
        newest = max(newest, stamp.stat().st_mtime)
    return newest


def bundle_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


@pytest.fixture(scope="module")
def bundle(record_testsuite_property: Callable[[str, object], None]) -> Iterator[Path]:
    fresh = EXECUTABLE.exists() and EXECUTABLE.stat().st_mtime > newest_source_mtime()
    if not fresh or os.environ.get("DEALER_REBUILD_BUNDLE") == "1":
        started = time.monotonic()
        result = subprocess.run(
            ["bash", str(ROOT / "scripts" / "build-bundle.sh")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=3600,
        )
        seconds = time.monotonic() - started
        assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        record_testsuite_property("bundle_build_seconds", f"{seconds:.0f}")
        print(f"\nbundle built in {seconds:.0f} s")
    size, count = bundle_size(BUNDLE)
    record_testsuite_property("bundle_size_mb", f"{size / 1e6:.0f}")
    print(f"\nbundle {BUNDLE}: {size / 1e6:.0f} MB in {count} files")
    yield EXECUTABLE


def run_bundle(executable: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the bundle as a branch PC would: no Python on PATH, no PYTHONPATH, no venv."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "DEALER_APP_DATA_DIR": str(home / "data"),
    }
    if sys.platform == "win32":
        env = {**env, "SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows")}
    return subprocess.run(
        [str(executable), *args], cwd=home, env=env, capture_output=True, text=True, timeout=300
    )


def test_bundle_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"dealer-app {__version__}"


def test_bundle_self_check_passes(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, "self-check", home=tmp_path)
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    lines = result.stdout.splitlines()
    assert "(bundle)" in lines[0]
    assert "database: created and migrated" in result.stdout
    assert "QR: read back" in result.stdout
    assert lines[-1] == "Self-check passed."


def test_bundle_sets_up_backs_up_and_restores_a_branch(bundle: Path, tmp_path: Path) -> None:
    # Migrations run from the bundled scripts against a real data folder.
    result = run_bundle(bundle, "init", "--branch-code", "TH01", "--branch-name", "Tehran 1", home=tmp_path)
    assert result.returncode == 0, result.stderr
    backup_file = tmp_path / "branch-backup.sqlite3"
    result = run_bundle(bundle, "backup", "--out", str(backup_file), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "integrity check passed" in result.stdout
    result = run_bundle(bundle, "restore", str(backup_file), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "data").glob("branch-replaced-*.sqlite3"))


def test_bundle_holds_resources_and_migrations_but_no_server_code(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    internal = BUNDLE / "_internal"
    assert (internal / "resources" / "clubs" / "kerman_motor.toml").is_file()
    assert list((internal / "resources" / "fonts").glob("*.ttf"))
    migrations = internal / "dealer_app" / "db" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("*.py"))
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (internal / "resources" / "translations" / ts.with_suffix(".qm").name).is_file()

    modules = list(CArchiveReader(str(bundle)).open_embedded_archive("PYZ.pyz").toc)
    assert "dealer_app.db.database" in modules and "ui.main" in modules
    top_level = {name.split(".")[0] for name in modules}
    assert top_level.isdisjoint(SERVER_ONLY), sorted(top_level & set(SERVER_ONLY))
    assert not [m for m in modules if m.startswith("dealer_app.headoffice")]
    assert not [p.name for p in internal.iterdir() if p.name.split("-")[0].lower() in SERVER_ONLY]
