"""Backups of the branch database, automatic backups, and restoring one.

Taking a backup
    `backup_to` copies the live database with SQLite's online backup API in one step, so the
    copy is a consistent snapshot of one moment even while the app keeps writing (WAL lets the
    backup read while others write). It is never a file copy: copying the main file of a WAL
    database misses whatever still sits in the `-wal` file. The copy is written to a temporary
    file beside the target, switched to rollback-journal mode (so it is one self-contained
    file), checked with ``PRAGMA integrity_check``, fsynced and only then renamed over the
    target with `os.replace`: a crash or a full disk never leaves a half-written backup under
    the final name.

Automatic backups
    `auto_backup` writes ``<data dir>/backups/branch-<UTC timestamp>.sqlite3`` and deletes
    automatic backups older than ``keep_days`` (default `DEFAULT_KEEP_DAYS`, or the branch
    setting ``backup_keep_days``). The newest backup is never deleted, however old, so a PC
    left off for a month still has one. Files in that folder not named like an automatic
    backup (a manager's own copy) are never touched. `AutoBackupScheduler` takes one at start
    and then once a day from a background thread.

Restoring (`restore_from`), and exactly what is kept
    1. The backup file itself is never modified: it is first copied (backup API) to a staging
       file in the data folder, and everything below happens on that copy.
    2. The copy must pass ``PRAGMA integrity_check`` and be a Dealer Club branch database. A
       backup written by a newer app (a schema revision this app does not know) is refused;
       an older one is migrated to the current schema.
    3. The database being replaced must not be open anywhere (the app closed): restore checks
       this by asking SQLite for exclusive use and refuses otherwise.
    4. Outbox (changes head office must receive), merged by entry UUID from the database being
       replaced into the restored one:
         - entries the backup lacks (captured after the backup was taken) are appended, with
           their acknowledgement state, so changes made since the backup still reach head
           office and nothing captured at the counter is lost to head office;
         - entries the backup holds as pending but the replaced database holds as acknowledged
           get that acknowledgement, so they are not sent twice.
       An entry the replaced database no longer knows stays as the backup has it; if it is
       pending there it is sent again, which is harmless: head office stores each entry UUID
       exactly once and answers a repeated UUID as already held, so a duplicate is impossible
       by design.
    5. The secret settings (`settings.SECRET_KEYS`: card signing key, sync key) are taken from
       the replaced database when it has them, because head office may have issued them after
       the backup was taken and sync or card checks would fail without them.
    6. Business rows (members, vehicles, cards, requests, audit entries) are exactly those of the
       backup. Rows written after the backup are not merged back locally (they could clash with
       the restored rows, and undoing them may be the very reason to restore); they reach head
       office through the carried-over outbox entries, and the replaced database itself is
       kept, renamed ``branch-replaced-<UTC timestamp>.sqlite3`` in the data folder, never
       deleted by this module.
    7. An audit entry ``backup.restored`` in the restored database records the file restored,
       where the replaced database was kept and how many outbox entries were carried over.
    8. The swap is atomic: the replaced database is hard-linked to its kept-aside name and the
       staged copy then renamed over ``branch.sqlite3``, so at every moment that name holds
       either the old or the new database (on file systems without hard links it is renamed
       aside first).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from dealer_app.db.database import MIGRATIONS_DIR, Database, SchemaTooNew, head_revision
from dealer_app.paths import DB_FILENAME

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
DEFAULT_KEEP_DAYS = 14
KEEP_DAYS_SETTING = "backup_keep_days"
_AUTO_NAME = re.compile(r"branch-(\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3\Z")
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"


class BackupError(RuntimeError):
    """A backup could not be written or verified; the message says why and what to do."""


class RestoreError(RuntimeError):
    """A restore was refused or failed before anything was replaced."""


class InvalidBackup(RestoreError):
    """The file given is not a usable Dealer Club backup (damaged, not ours, or too new)."""


class DatabaseInUse(RestoreError):
    """The database to replace is still open (the app or another command is running)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    schema_revision: str | None
    created_at: datetime  # naive UTC, like every stored timestamp in this app
    seconds: float


@dataclass(frozen=True)
class RestoreInfo:
    restored_from: Path
    database: Path
    kept_aside: Path | None
    backup_schema: str | None
    schema: str
    carried_over: int  # outbox entries captured after the backup, appended to the restored outbox
    acks_carried: int  # backup's pending entries the replaced database knew as acknowledged
    pending: int  # outbox entries the restored database will send


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Makes a rename durable; Windows cannot open a directory and NTFS needs no such step.
    if os.name == "nt":
        return
    _fsync_file(path)


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def _revision_of(conn: sqlite3.Connection) -> tuple[bool, str | None]:
    """(has an alembic_version table, its revision)."""
    has_table = (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        is not None
    )
    if not has_table:
        return False, None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return True, (str(row[0]) if row else None)


@contextlib.contextmanager
def _connect(path: Path, timeout: float = 30.0, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    # sqlite3's context manager only commits; this one also closes.
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", timeout=timeout, isolation_level=None,
                               uri=True)
    else:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _copy_database(source: Path, target: Path, *, read_only: bool = False) -> str | None:
    """Online-backup `source` into the new file `target` as one self-contained, verified file.

    Returns the copy's schema revision. `target` must not exist or be empty.
    """
    with _connect(source, read_only=read_only) as src, _connect(target) as dst:
        # pages=-1: the whole database in one step under one read transaction, so the copy
        # is a snapshot of one moment; stepping in chunks would restart on every write.
        src.backup(dst, pages=-1)
        # The copy inherits WAL mode from its source; a backup must be one file on its own.
        dst.execute("PRAGMA journal_mode=DELETE")
        problems = _integrity_problems(dst)
        if problems:
            raise BackupError(
                f"The backup copy failed its integrity check ({'; '.join(problems[:3])}). "
                "The database itself may be damaged: keep the app closed and call support."
            )
        _, revision = _revision_of(dst)
    _fsync_file(target)
    return revision


def _source_path(source: Path | str | Database) -> Path:
    return source.path if isinstance(source, Database) else Path(source)


def backup_to(source: Path | str | Database, out: Path) -> BackupInfo:
    """Write a verified backup of the branch database `source` to `out` (replacing it atomically)."""
    src = _source_path(source)
    out = Path(out)
    if not src.is_file():
        raise BackupError(f"There is no database at {src} to back up.")
    if out.exists() and out.resolve() == src.resolve():
        raise BackupError(f"{out} is the live database itself; write the backup to another file.")
    started = time.monotonic()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise BackupError(
            f"Cannot write the backup in {out.parent} ({exc.strerror or exc}). Choose a folder you "
            "can write to, or check that the drive is connected and not full."
        ) from exc
    tmp = Path(tmp_name)
    try:
        revision = _copy_database(src, tmp)
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    except sqlite3.Error as exc:
        raise BackupError(f"The backup of {src} failed: {exc}. Nothing was written to {out}.") from exc
    except OSError as exc:
        raise BackupError(
            f"Cannot write the backup {out} ({exc.strerror or exc}). Check that the drive is "
            "connected and has free space."
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    info = BackupInfo(
        path=out,
        size_bytes=out.stat().st_size,
        schema_revision=revision,
        created_at=_utcnow(),
        seconds=time.monotonic() - started,
    )
    log.info("Backup written to %s (%d bytes, schema %s) in %.2f s", out, info.size_bytes, revision, info.seconds)
    return info


# ---- automatic backups ----------------------------------------------------------------------


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


def _taken_at(path: Path) -> datetime | None:
    match = _AUTO_NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), _STAMP_FORMAT)


def automatic_backups(data_dir: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in the data folder, oldest first, with when each was taken (UTC)."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        taken = _taken_at(path)
        if taken is not None and path.is_file():
            found.append((taken, path))
    return sorted(found)


def configured_keep_days(db: Database) -> int:
    """The branch's `backup_keep_days` setting, or `DEFAULT_KEEP_DAYS` if unset or unusable."""
    from dealer_app.services import settings

    with db.read() as s:
        raw = settings.get_value(s, KEEP_DAYS_SETTING)
    try:
        value = int(raw) if raw is not None else DEFAULT_KEEP_DAYS
    except ValueError:
        log.warning("Setting %s=%r is not a number of days; keeping %d days", KEEP_DAYS_SETTING, raw,
                    DEFAULT_KEEP_DAYS)
        return DEFAULT_KEEP_DAYS
    return max(value, 1)


def prune_backups(data_dir: Path, keep_days: int, now: datetime | None = None) -> list[Path]:
    """Delete automatic backups older than `keep_days`, always keeping the newest one."""
    if keep_days < 1:
        raise ValueError("keep_days must be at least 1")
    now = now or _utcnow()
    cutoff = now - timedelta(days=keep_days)
    backups = automatic_backups(data_dir)
    removed = []
    for taken, path in backups[:-1]:
        if taken < cutoff:
            try:
                path.unlink()
            except OSError as exc:
                log.warning("Could not delete old backup %s: %s", path, exc)
                continue
            removed.append(path)
    if removed:
        log.info("Deleted %d backups older than %d days", len(removed), keep_days)
    return removed


def auto_backup(
    data_dir: Path,
    db: Database,
    keep_days: int | None = None,
    *,
    only_if_older_than: timedelta | None = None,
    now: datetime | None = None,
) -> BackupInfo | None:
    """Take an automatic backup into ``<data_dir>/backups/`` and prune old ones.

    `keep_days` defaults to the branch setting (see `configured_keep_days`). With
    `only_if_older_than`, nothing is done (None is returned) while the newest automatic
    backup is younger than that.
    """
    now = now or _utcnow()
    if keep_days is None:
        keep_days = configured_keep_days(db)
    existing = automatic_backups(data_dir)
    if only_if_older_than is not None and existing and now - existing[-1][0] < only_if_older_than:
        return None
    folder = backups_dir(data_dir)
    stem = f"branch-{now.strftime(_STAMP_FORMAT)}"
    out = folder / f"{stem}.sqlite3"
    counter = 1
    while out.exists():
        # Two backups within one second (start plus a manual click): keep both.
        out = folder / f"{stem}-{counter}.sqlite3"
        counter += 1
    info = backup_to(db, out)
    prune_backups(data_dir, keep_days, now=now)
    return info


class AutoBackupScheduler:
    """Takes an automatic backup at start and then once a day, from a daemon thread.

    The thread checks every `check_every` whether a day has passed since the newest automatic
    backup, so a PC that sleeps overnight still gets its daily backup soon after waking.
    Failures are logged, never raised: a failed backup must not stop the counter.
    """

    def __init__(
        self,
        data_dir: Path,
        db: Database,
        keep_days: int | None = None,
        *,
        interval: timedelta = timedelta(days=1),
        check_every: timedelta = timedelta(minutes=10),
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db = db
        self.keep_days = keep_days
        self.interval = interval
        self.check_every = check_every
        self.last: BackupInfo | None = None
        self.last_error: Exception | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self, *, force: bool = False) -> BackupInfo | None:
        try:
            info = auto_backup(
                self.data_dir,
                self.db,
                self.keep_days,
                only_if_older_than=None if force else self.interval,
            )
        except Exception as exc:  # logged and kept for the UI: the counter keeps working
            log.exception("Automatic backup failed")
            self.last_error = exc
            return None
        if info is not None:
            self.last, self.last_error = info, None
        return info

    def _loop(self) -> None:
        self.run_once(force=True)
        while not self._stop.wait(self.check_every.total_seconds()):
            self.run_once()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="auto-backup", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 30.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


# ---- restore --------------------------------------------------------------------------------


def _claim_exclusive(path: Path) -> None:
    """Refuse unless nobody else has `path` open; leave it as one file without -wal/-shm.

    Leaving WAL mode needs every other connection closed, so SQLite itself answers whether
    the app is still running on this database. Doing it also folds the -wal into the file.
    """
    try:
        with _connect(path, timeout=1.0) as conn:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUse(
                f"The database {path} is in use. Close Dealer Club (and any running dealer-app "
                "command) on this PC, then restore again."
            ) from exc
        raise
    if mode is None or str(mode[0]).lower() != "delete":
        raise DatabaseInUse(
            f"The database {path} is in use. Close Dealer Club on this PC, then restore again."
        )


_OUTBOX_COLUMNS = "id, type, schema_version, payload, created_at, acked_at"


def _merge_from_replaced(staging: sqlite3.Connection, replaced: Path) -> tuple[int, int]:
    """Carry outbox entries and secrets over from `replaced` into `staging` (one transaction)."""
    from dealer_app.services.settings import SECRET_KEYS

    with _connect(replaced) as old:
        current = old.execute(f"SELECT {_OUTBOX_COLUMNS} FROM outbox ORDER BY seq").fetchall()
        secret_marks = ",".join("?" * len(SECRET_KEYS))
        secrets = old.execute(
            f"SELECT key, value FROM settings WHERE key IN ({secret_marks})", sorted(SECRET_KEYS)
        ).fetchall()
    in_backup = dict(staging.execute("SELECT id, acked_at FROM outbox").fetchall())
    carried = acks = 0
    staging.execute("BEGIN IMMEDIATE")
    try:
        for row in current:
            entry_id, acked_at = row[0], row[5]
            if entry_id not in in_backup:
                # Raw values copied as stored: both files are at the same schema revision.
                staging.execute(f"INSERT INTO outbox ({_OUTBOX_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", row)
                carried += 1
            elif acked_at is not None and in_backup[entry_id] is None:
                staging.execute("UPDATE outbox SET acked_at = ? WHERE id = ?", (acked_at, entry_id))
                acks += 1
        for key, value in secrets:
            staging.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        staging.execute("COMMIT")
    except BaseException:
        staging.execute("ROLLBACK")
        raise
    return carried, acks


def _known_revisions() -> set[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def _stage_backup(backup: Path, staging: Path) -> str | None:
    """Copy `backup` to `staging`, check it, migrate it; return the backup's own revision."""
    try:
        # Read-only: whatever happens next, the backup file itself stays as it was.
        _copy_database(backup, staging, read_only=True)
    except (sqlite3.DatabaseError, BackupError) as exc:
        raise InvalidBackup(
            f"{backup} is not a usable backup ({exc}). Choose another backup file."
        ) from exc
    with _connect(staging) as conn:
        has_version, revision = _revision_of(conn)
        has_outbox = (
            conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='outbox'").fetchone()
            is not None
        )
    if not has_version or (revision is not None and not has_outbox):
        raise InvalidBackup(f"{backup} is not a Dealer Club branch database. Choose another backup file.")
    too_new = InvalidBackup(
        f"{backup} was written by a newer Dealer Club (schema {revision}; this app knows up to "
        f"{head_revision()}). Install that version to restore it."
    )
    if revision is not None and revision not in _known_revisions():
        # Checked here because Alembic reports an unknown revision as a generic CommandError.
        raise too_new
    staged = Database(staging, migrate=False)
    try:
        staged.migrate()
    except SchemaTooNew as exc:
        raise too_new from exc
    finally:
        staged.close()
    return revision


def _finish_staging(staging: Path, backup: Path, kept_aside: Path | None, carried: int) -> int:
    from dealer_app.roles import SYSTEM
    from dealer_app.services import audit, outbox

    staged = Database(staging, migrate=False)
    try:
        with staged.write() as s:
            audit.record(
                s,
                SYSTEM,
                "backup.restored",
                "database",
                DB_FILENAME,
                restored_from=str(backup),
                kept_aside=str(kept_aside) if kept_aside else None,
                outbox_carried_over=carried,
            )
            pending = outbox.pending_count(s)
    finally:
        staged.close()
    with _connect(staging) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        problems = _integrity_problems(conn)
    if problems:
        raise RestoreError(f"The restored copy failed its integrity check: {'; '.join(problems[:3])}")
    _fsync_file(staging)
    return pending


def restore_from(backup: Path, data_dir: Path) -> RestoreInfo:
    """Replace the branch database in `data_dir` with `backup` (see the module docstring).

    The caller must have closed its own `Database` on this folder first.
    """
    backup = Path(backup)
    data_dir = Path(data_dir)
    target = data_dir / DB_FILENAME
    if not backup.is_file():
        raise InvalidBackup(f"There is no backup file at {backup}.")
    if target.exists() and backup.resolve() == target.resolve():
        raise InvalidBackup(f"{backup} is the live database itself; choose a backup file.")
    try:
        fd, staging_name = tempfile.mkstemp(dir=data_dir, prefix=".restore-", suffix=".sqlite3")
        os.close(fd)
    except OSError as exc:
        raise RestoreError(
            f"Cannot write in the data folder {data_dir} ({exc.strerror or exc}); nothing was changed. "
            "Check that the folder exists and that you may write to it."
        ) from exc
    staging = Path(staging_name)
    try:
        backup_revision = _stage_backup(backup, staging)
        carried = acks = 0
        kept_aside: Path | None = None
        if target.exists():
            try:
                _claim_exclusive(target)
                with _connect(staging) as conn:
                    carried, acks = _merge_from_replaced(conn, target)
            except sqlite3.DatabaseError as exc:
                # Carrying the outbox over is what keeps unsent changes; without it, refuse.
                raise RestoreError(
                    f"Cannot read the pending changes of the current database {target} ({exc}), so "
                    "restoring now could lose changes not yet sent to head office. Nothing was "
                    "changed; call support."
                ) from exc
            stamp = _utcnow().strftime(_STAMP_FORMAT)
            kept_aside = data_dir / f"branch-replaced-{stamp}.sqlite3"
            n = 1
            while kept_aside.exists():
                kept_aside = data_dir / f"branch-replaced-{stamp}-{n}.sqlite3"
                n += 1
        pending = _finish_staging(staging, backup, kept_aside, carried)
        if kept_aside is not None:
            try:
                os.link(target, kept_aside)
            except OSError:
                # No hard links (e.g. FAT): a moment without branch.sqlite3 is the cost.
                os.replace(target, kept_aside)
        os.replace(staging, target)
        _fsync_dir(data_dir)
    finally:
        for leftover in (staging, Path(f"{staging}-journal"), Path(f"{staging}-wal"), Path(f"{staging}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    info = RestoreInfo(
        restored_from=backup,
        database=target,
        kept_aside=kept_aside,
        backup_schema=backup_revision,
        schema=head_revision(),
        carried_over=carried,
        acks_carried=acks,
        pending=pending,
    )
    log.info(
        "Restored %s into %s (schema %s -> %s); replaced database kept as %s; %d outbox entries "
        "carried over, %d acknowledgements carried, %d pending",
        backup, target, backup_revision, info.schema, kept_aside, carried, acks, pending,
    )
    return info
