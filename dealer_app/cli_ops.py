"""`dealer-app backup`, `dealer-app restore` and `dealer-app self-check`: looking after a branch PC.

`register(subparsers)` adds the three commands to the `dealer-app` parser. Each command sets
`func` and returns its exit code (0 success, 1 failure worth a look, 2 bad input) and prints its
own one-line errors, so `dealer_app.cli.main` needs no extra exception handling for them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Same numbers as dealer_app.cli; not imported from there so that cli.py may import this
# module at its top without an import cycle.
EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
_DATA_DIR_HELP = "branch data folder (default: per-user data folder; env DEALER_APP_DATA_DIR)"


def _error(message: object) -> None:
    print(f"dealer-app: {message}", file=sys.stderr)


def _size(size: int) -> str:
    return f"{size / 1_000:.0f} kB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from dealer_app.backup import BackupError, backup_to
    from dealer_app.db.database import Database, SchemaTooNew
    from dealer_app.paths import DataDirError, data_dir, database_path

    out = Path(args.out).expanduser()
    if out.is_dir():
        out = out / f"branch-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.sqlite3"
    elif out.exists() and not args.overwrite:
        _error(f"--out: {out} already exists; choose another file name or add --overwrite.")
        return EXIT_BAD_INPUT
    try:
        directory = data_dir(args.data_dir)
        source = database_path(directory)
        if not source.exists():
            _error(f"There is no branch database in {directory} to back up.")
            return EXIT_FAILURE
        # Opening it applies pending migrations, so the backup has this app's schema.
        db = Database(source)
        try:
            info = backup_to(db, out)
        finally:
            db.close()
    except (BackupError, DataDirError, SchemaTooNew) as exc:
        _error(exc)
        return EXIT_FAILURE
    print(f"Backup written to {info.path} ({_size(info.size_bytes)}, schema {info.schema_revision}); "
          "integrity check passed.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from dealer_app.backup import InvalidBackup, RestoreError, restore_from
    from dealer_app.paths import DataDirError, data_dir

    try:
        info = restore_from(Path(args.file).expanduser(), data_dir(args.data_dir))
    except InvalidBackup as exc:
        _error(exc)
        return EXIT_BAD_INPUT
    except (RestoreError, DataDirError) as exc:
        _error(exc)
        return EXIT_FAILURE
    migrated = f", migrated from schema {info.backup_schema}" if info.backup_schema != info.schema else ""
    print(f"Restored {info.restored_from} (schema {info.schema}{migrated}).")
    if info.kept_aside is not None:
        print(f"The replaced database is kept as {info.kept_aside}.")
    print(
        f"Changes for head office: {info.carried_over} made after the backup carried over; "
        f"{info.pending} waiting to be sent at the next sync."
    )
    return EXIT_OK


def cmd_self_check(args: argparse.Namespace) -> int:
    from dealer_app.self_check import SelfCheckFailed, run_self_check

    try:
        run_self_check(progress=lambda step: print(f"{step} ... OK", flush=True))
    except SelfCheckFailed as exc:
        print(f"FAILED at {exc.step}: {exc.reason}", flush=True)
        return EXIT_FAILURE
    print("Self-check passed.")
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add `backup`, `restore` and `self-check` to `dealer-app`'s sub-command parsers.

    `subparsers` is what `ArgumentParser.add_subparsers()` returned (typed Any because
    argparse's `_SubParsersAction` is private).
    """
    p = subparsers.add_parser("backup", help="write a verified backup of the branch database")
    p.add_argument("--data-dir", help=_DATA_DIR_HELP)
    p.add_argument("--out", required=True, help="backup file to write, or a folder to write it in")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser(
        "restore",
        help="replace the branch database with a backup (close the app first)",
        description="Replace the branch database with a backup. The current database is kept "
        "aside, and changes not yet sent to head office are carried over.",
    )
    p.add_argument("--data-dir", help=_DATA_DIR_HELP)
    p.add_argument("file", help="backup file to restore")
    p.set_defaults(func=cmd_restore)

    p = subparsers.add_parser("self-check", help="check that this install works (database, cards, QR)")
    p.set_defaults(func=cmd_self_check)
