"""A plain-text diagnostics report a branch can paste into a support ticket.

It holds versions, the data folder, branch settings (secret ones only as "set"), database
statistics, automatic backups and the last log lines; never a secret, a national ID or a phone
number: the whole report goes through `logging_setup.scrub` before it is returned.

Every section is collected on its own and a failing section reports its error instead of the
data, because this report is produced after something already went wrong (the crash dialog)
and must not fail in turn.
"""

from __future__ import annotations

import platform
import shutil
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from sqlalchemy import func, select

from dealer_app import __version__
from dealer_app.db.database import Database, head_revision, schema_revision
from dealer_app.db.models import Base, OutboxEntry, Setting
from dealer_app.logging_setup import HIDDEN, log_dir, scrub, tail

DEFAULT_LOG_LINES = 200
# Distributions whose versions support asks about first.
_LIBRARIES = (
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "pydantic",
    "httpx",
    "pypdfium2",
    "zxing-cpp",
    "PySide6-Essentials",
)
_SECRET_WORDS = ("secret", "key", "password", "token")


def _mb(size: int) -> str:
    return f"{size / 1_000:.0f} kB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


def _section(title: str, body: Callable[[], list[str]]) -> list[str]:
    try:
        lines = body()
    except Exception as exc:  # report the failure, keep the rest of the report
        lines = [f"(could not collect: {type(exc).__name__}: {exc})"]
    return [f"== {title} ==", *lines, ""]


def _versions(qt_version: str | None) -> list[str]:
    lines = [
        f"Dealer Club: {__version__}",
        f"Python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"Platform: {platform.platform()}",
        f"SQLite: {sqlite3.sqlite_version}",
        f"Qt: {qt_version or 'not loaded'}",
        f"Bundle: {'yes (PyInstaller)' if getattr(sys, 'frozen', False) else 'no (Python install)'}",
    ]
    for name in _LIBRARIES:
        try:
            lines.append(f"{name}: {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            # Inside the bundle there is no package metadata unless copied in; say so plainly.
            lines.append(f"{name}: (version unknown)")
    return lines


def _data_folder(data_dir: Path) -> list[str]:
    usage = shutil.disk_usage(data_dir)
    return [
        f"Folder: {data_dir}",
        f"Free disk space: {usage.free / 1_000_000_000:.1f} GB of {usage.total / 1_000_000_000:.1f} GB",
        f"Logs: {log_dir(data_dir)}",
    ]


def _is_secret_key(key: str) -> bool:
    from dealer_app.services.settings import SECRET_KEYS

    return key in SECRET_KEYS or any(word in key.lower() for word in _SECRET_WORDS)


def _settings(db: Database) -> list[str]:
    with db.read() as s:
        rows = list(s.execute(select(Setting.key, Setting.value).order_by(Setting.key)))
    if not rows:
        return ["(none: branch not set up yet)"]
    return [f"{key}: {HIDDEN + ' (set)' if _is_secret_key(key) else value}" for key, value in rows]


def _database(db: Database) -> list[str]:
    path = db.path
    lines = [f"File: {path}"]
    if path.exists():
        lines.append(f"Size: {_mb(path.stat().st_size)}")
    wal = Path(f"{path}-wal")
    if wal.exists():
        lines.append(f"WAL size: {_mb(wal.stat().st_size)}")
    current, head = schema_revision(db.engine), head_revision()
    lines.append(f"Schema revision: {current} (this app: {head}{'' if current == head else ', DIFFERENT'})")
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            count = s.scalar(select(func.count()).select_from(table))
            lines.append(f"Rows in {table.name}: {count:,}")
        pending = s.scalar(select(func.count()).where(OutboxEntry.acked_at.is_(None))) or 0
        oldest = s.scalar(select(func.min(OutboxEntry.created_at)).where(OutboxEntry.acked_at.is_(None)))
        last_ack = s.scalar(select(func.max(OutboxEntry.acked_at)))
    lines.append(f"Outbox pending: {pending:,}" + (f" (oldest from {oldest:%Y-%m-%d %H:%M} UTC)" if oldest else ""))
    lines.append(f"Last acknowledged by head office: {f'{last_ack:%Y-%m-%d %H:%M} UTC' if last_ack else 'never'}")
    return lines


def _backups(data_dir: Path) -> list[str]:
    from dealer_app.backup import automatic_backups

    found = automatic_backups(data_dir)
    if not found:
        return ["No automatic backup yet."]
    taken, newest = found[-1]
    age_hours = (datetime.now(UTC).replace(tzinfo=None) - taken).total_seconds() / 3600
    return [
        f"Automatic backups: {len(found)}",
        f"Newest: {newest.name} ({age_hours:.1f} hours old, {_mb(newest.stat().st_size)})",
    ]


def collect(
    db: Database | None,
    data_dir: Path,
    *,
    qt_version: str | None = None,
    log_lines: int = DEFAULT_LOG_LINES,
    extra: str | None = None,
) -> str:
    """The diagnostics report. `qt_version` comes from the UI (the core never imports Qt);
    `extra` (e.g. the traceback of a crash) is appended before the log lines, scrubbed too."""
    data_dir = Path(data_dir)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    out = [f"Dealer Club diagnostics, {now}", ""]
    out += _section("Versions", lambda: _versions(qt_version))
    out += _section("Data folder", lambda: _data_folder(data_dir))
    if db is None:
        out += ["== Database ==", "(not open)", ""]
    else:
        out += _section("Settings", lambda: _settings(db))
        out += _section("Database", lambda: _database(db))
    out += _section("Backups", lambda: _backups(data_dir))
    if extra:
        out += ["== Details ==", *extra.rstrip().splitlines(), ""]
    out += _section(f"Last {log_lines} log lines", lambda: tail(data_dir, log_lines) or ["(no log yet)"])
    return scrub("\n".join(out))
