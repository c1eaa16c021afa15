"""Backups (online, atomic, verified), automatic backups with pruning, restore with the outbox kept,
and the backup/restore commands."""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import threading
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from dealer_app import backup, cli_ops
from dealer_app.backup import (
    AutoBackupScheduler,
    BackupError,
    DatabaseInUse,
    InvalidBackup,
    auto_backup,
    automatic_backups,
    backup_to,
    prune_backups,
    restore_from,
)
from dealer_app.clock import utcnow
from dealer_app.db.database import Database, _alembic_config, head_revision, schema_revision
from dealer_app.db.models import AuditEntry, Member, Membership, OutboxEntry
from dealer_app.paths import DB_FILENAME
from dealer_app.services import outbox, settings
from tests.conftest import make_branch


def add_member(db: Database, n: int) -> str:
    """One member, its membership and its outbox entry in one transaction; returns the entry id."""
    now = utcnow()
    with db.write() as s:
        member = Member(
            member_number=f"TH01-{n:06d}",
            full_name=f"Member {n}",
            name_key=f"member {n}",
            country="IR",
            national_id=f"NID{n:08d}",
            phone=f"+98912{n:07d}",
            created_at=now,
            updated_at=now,
        )
        s.add(member)
        s.flush()
        s.add(Membership(member_id=member.id, joined_on=date(2024, 1, 1), status="active", join_method="paid"))
        return outbox.record(s, "member.enrolled", {"member_id": member.id, "n": n})


def counts(path: Path) -> tuple[int, int, int]:
    with closing(sqlite3.connect(path)) as conn, conn:
        members, memberships, entries = (
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("members", "memberships", "outbox")
        )
    return members, memberships, entries


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path


@pytest.fixture
def db(data_dir: Path):
    database = make_branch(data_dir / DB_FILENAME)
    yield database
    database.close()


# ---- backup_to ---------------------------------------------------------------------------------


def test_backup_while_a_thread_inserts_is_a_consistent_verified_snapshot(db: Database, tmp_path: Path) -> None:
    for n in range(200):
        add_member(db, n)
    stop = threading.Event()
    inserted = [200]
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            while not stop.is_set():
                add_member(db, inserted[0])
                inserted[0] += 1
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while inserted[0] < 260:
            time.sleep(0.01)
        infos = [backup_to(db, tmp_path / "out" / f"b{i}.sqlite3") for i in range(3)]
    finally:
        stop.set()
        thread.join(30)
    assert not errors
    final = inserted[0]
    seen = []
    for info in infos:
        with closing(sqlite3.connect(info.path)) as conn, conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            # A self-contained file: rollback journal, not WAL, so no -wal file is needed.
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        members, memberships, entries = counts(info.path)
        # Each insert wrote all three rows in one transaction: a snapshot has them in step.
        assert members == memberships == entries
        assert 260 <= members <= final
        seen.append(members)
        assert info.schema_revision == head_revision()
        assert info.size_bytes == info.path.stat().st_size
    assert seen == sorted(seen)
    assert not list((tmp_path / "out").glob("*.tmp"))
    assert not list((tmp_path / "out").glob("*-wal"))


def test_backup_accepts_a_path_and_replaces_the_target_atomically(db: Database, tmp_path: Path) -> None:
    add_member(db, 1)
    out = tmp_path / "b.sqlite3"
    backup_to(db.path, out)
    add_member(db, 2)
    backup_to(db.path, out)
    assert counts(out) == (2, 2, 2)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".b.sqlite3")] == []


def test_backup_refuses_to_overwrite_the_live_database(db: Database) -> None:
    with pytest.raises(BackupError, match="live database"):
        backup_to(db, db.path)


def test_backup_to_an_unwritable_place_says_so_and_leaves_nothing(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(BackupError, match="Cannot write the backup"):
        backup_to(db, blocker / "b.sqlite3")


def test_backup_of_a_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backup_to(tmp_path / "missing.sqlite3", tmp_path / "b.sqlite3")


# ---- automatic backups -------------------------------------------------------------------------


def test_auto_backup_names_prunes_and_keeps_the_newest(db: Database, data_dir: Path) -> None:
    start = datetime(2024, 8, 1, 9, 0, 0)
    for day in range(10):
        auto_backup(data_dir, db, keep_days=3, now=start + timedelta(days=day))
    taken = [t for t, _ in automatic_backups(data_dir)]
    # Backups of days 6..9 remain: day 6 is exactly 3 days before day 9, not older.
    assert taken == [start + timedelta(days=d) for d in range(6, 10)]
    names = [p.name for _, p in automatic_backups(data_dir)]
    assert names[-1] == "branch-20240810T090000Z.sqlite3"

    manual = backup.backups_dir(data_dir) / "before-upgrade.sqlite3"
    manual.write_bytes(b"")
    removed = prune_backups(data_dir, keep_days=1, now=start + timedelta(days=400))
    assert len(removed) == 3
    assert manual.exists()  # not an automatic backup: never touched
    assert [p.name for _, p in automatic_backups(data_dir)] == ["branch-20240810T090000Z.sqlite3"]


def test_auto_backup_twice_in_one_second_keeps_both(db: Database, data_dir: Path) -> None:
    now = datetime(2024, 8, 1, 9, 0, 0)
    first = auto_backup(data_dir, db, keep_days=3, now=now)
    second = auto_backup(data_dir, db, keep_days=3, now=now)
    assert first is not None and second is not None
    assert first.path != second.path
    assert len(automatic_backups(data_dir)) == 2


def test_auto_backup_only_when_due(db: Database, data_dir: Path) -> None:
    now = datetime(2024, 8, 1, 9, 0, 0)
    assert auto_backup(data_dir, db, keep_days=3, now=now) is not None
    day = timedelta(days=1)
    assert auto_backup(data_dir, db, keep_days=3, only_if_older_than=day, now=now + timedelta(hours=5)) is None
    assert auto_backup(data_dir, db, keep_days=3, only_if_older_than=day, now=now + day) is not None


def test_keep_days_comes_from_the_branch_setting(db: Database, data_dir: Path) -> None:
    assert backup.configured_keep_days(db) == backup.DEFAULT_KEEP_DAYS
    with db.write() as s:
        settings.set_value(s, backup.KEEP_DAYS_SETTING, "2")
    assert backup.configured_keep_days(db) == 2
    start = datetime(2024, 8, 1)
    for day in range(5):
        auto_backup(data_dir, db, now=start + timedelta(days=day))
    assert len(automatic_backups(data_dir)) == 3
    with db.write() as s:
        settings.set_value(s, backup.KEEP_DAYS_SETTING, "soon")
    assert backup.configured_keep_days(db) == backup.DEFAULT_KEEP_DAYS


def test_scheduler_backs_up_at_start_and_survives_failures(db: Database, data_dir: Path) -> None:
    scheduler = AutoBackupScheduler(data_dir, db, keep_days=3, check_every=timedelta(seconds=0.05))
    scheduler.start()
    try:
        deadline = time.monotonic() + 20
        while scheduler.last is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        scheduler.stop()
    assert scheduler.last is not None and scheduler.last.path.exists()
    assert len(automatic_backups(data_dir)) == 1  # the daily check found the start backup fresh

    broken = AutoBackupScheduler(data_dir / "nowhere", Database(data_dir / "x.sqlite3"), keep_days=3)
    (data_dir / "nowhere").write_text("a file where a folder should be")
    assert broken.run_once(force=True) is None
    assert isinstance(broken.last_error, BackupError)
    broken.db.close()


# ---- restore -----------------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_outbox(db: Database, data_dir: Path, tmp_path: Path) -> None:
    acked_before = add_member(db, 1)
    pending_then_acked = add_member(db, 2)
    still_pending = add_member(db, 3)
    with db.write() as s:
        outbox.mark_acked(s, [acked_before])
        card_key_before = settings.get_value(s, "card_key")
    saved = backup_to(db, tmp_path / "saved" / "backup.sqlite3")
    saved_hash = sha256(saved.path)

    # After the backup: head office acknowledges entry 2; two more changes are captured, one sent.
    with db.write() as s:
        outbox.mark_acked(s, [pending_then_acked])
    after_pending = add_member(db, 4)
    after_acked = add_member(db, 5)
    with db.write() as s:
        outbox.mark_acked(s, [after_acked])
        # Head office issued a new key after the backup: the restored branch must keep it.
        settings.set_value(s, "card_key", "ab" * 32)
    db.close()

    info = restore_from(saved.path, data_dir)

    assert sha256(saved.path) == saved_hash  # the backup file is never modified
    assert info.carried_over == 2 and info.acks_carried == 1 and info.pending == 2
    assert info.kept_aside is not None and info.kept_aside.exists()
    assert counts(info.kept_aside) == (5, 5, 5)  # the replaced database, untouched
    restored = Database(data_dir / DB_FILENAME)
    try:
        with restored.read() as s:
            state = {e.id: e.acked_at is not None for e in s.scalars(select(OutboxEntry))}
            order = list(s.scalars(select(OutboxEntry.id).order_by(OutboxEntry.seq)))
            pending_ids = [e.id for e in outbox.pending(s, 100)]
            members = s.scalar(select(func.count()).select_from(Member))
            audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup.restored")).one()
            assert settings.get_value(s, "card_key") == "ab" * 32
            assert card_key_before != "ab" * 32
    finally:
        restored.close()
    assert state == {
        acked_before: True,
        pending_then_acked: True,  # acknowledged after the backup: not sent twice
        still_pending: False,
        after_pending: False,  # captured after the backup: not lost
        after_acked: True,
    }
    assert order == [acked_before, pending_then_acked, still_pending, after_pending, after_acked]
    assert pending_ids == [still_pending, after_pending]
    assert members == 3  # business rows are the backup's; later ones live on in the kept-aside file
    assert audit.details["outbox_carried_over"] == 2
    assert audit.details["kept_aside"] == str(info.kept_aside)


def test_restore_into_an_empty_folder(db: Database, tmp_path: Path) -> None:
    add_member(db, 1)
    saved = backup_to(db, tmp_path / "b.sqlite3")
    fresh = tmp_path / "new-pc"
    fresh.mkdir()
    info = restore_from(saved.path, fresh)
    assert info.kept_aside is None and info.carried_over == 0 and info.pending == 1
    assert counts(fresh / DB_FILENAME) == (1, 1, 1)


def test_restore_refuses_while_the_database_is_open(db: Database, data_dir: Path, tmp_path: Path) -> None:
    saved = backup_to(db, tmp_path / "saved.sqlite3")
    add_member(db, 1)
    with pytest.raises(DatabaseInUse, match="Close Dealer Club"):
        restore_from(saved.path, data_dir)
    # Nothing was replaced and nothing left behind.
    assert counts(db.path) == (1, 1, 1)
    assert not list(data_dir.glob(".restore-*"))
    assert not list(data_dir.glob("branch-replaced-*"))


def test_restore_refuses_a_backup_from_a_newer_app(db: Database, data_dir: Path, tmp_path: Path) -> None:
    saved = backup_to(db, tmp_path / "future.sqlite3")
    with closing(sqlite3.connect(saved.path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    db.close()
    with pytest.raises(InvalidBackup, match="newer Dealer Club"):
        restore_from(saved.path, data_dir)
    assert schema_revision(Database(data_dir / DB_FILENAME, migrate=False).engine) == head_revision()


def test_restore_migrates_an_older_backup(db: Database, data_dir: Path, tmp_path: Path) -> None:
    entry = add_member(db, 1)
    saved = backup_to(db, tmp_path / "old.sqlite3")
    old = Database(saved.path, migrate=False)
    script = ScriptDirectory.from_config(_alembic_config(old.engine))
    head = script.get_revision(head_revision())
    assert head is not None
    previous = head.down_revision if isinstance(head.down_revision, str) else "base"
    command.downgrade(_alembic_config(old.engine), previous)
    old.close()
    db.close()

    info = restore_from(saved.path, data_dir)

    assert info.backup_schema == (None if previous == "base" else previous)
    assert info.schema == head_revision()
    restored = Database(data_dir / DB_FILENAME, migrate=False)
    try:
        assert schema_revision(restored.engine) == head_revision()
        with restored.read() as s:
            # Whatever the old backup held, the entry from the replaced database is there.
            assert s.scalar(select(OutboxEntry.acked_at).where(OutboxEntry.id == entry)) is None
    finally:
        restored.close()


@pytest.mark.parametrize(
    "content",
    [b"", b"this is a spreadsheet, not a database" * 100],
    ids=["empty", "not-sqlite"],
)
def test_restore_refuses_what_is_not_a_backup(db: Database, data_dir: Path, tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    db.close()
    with pytest.raises(InvalidBackup):
        restore_from(bogus, data_dir)
    assert not list(data_dir.glob(".restore-*"))


def test_restore_refuses_another_sqlite_database(db: Database, data_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    db.close()
    with pytest.raises(InvalidBackup, match="not a Dealer Club"):
        restore_from(other, data_dir)


def test_restore_refuses_when_the_current_outbox_cannot_be_read(db: Database, data_dir: Path,
                                                                tmp_path: Path) -> None:
    saved = backup_to(db, tmp_path / "saved.sqlite3")
    db.close()
    current = data_dir / DB_FILENAME
    current.write_bytes(b"\0" * 4096)  # destroyed beyond reading
    with pytest.raises(backup.RestoreError, match="could lose changes"):
        restore_from(saved.path, data_dir)
    assert current.read_bytes() == b"\0" * 4096


def test_restore_into_an_unwritable_folder_says_so(db: Database, tmp_path: Path) -> None:
    saved = backup_to(db, tmp_path / "saved.sqlite3")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(backup.RestoreError, match="Cannot write in the data folder"):
        restore_from(saved.path, blocker)


# ---- commands ----------------------------------------------------------------------------------


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dealer-app")
    cli_ops.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_backup_and_restore_commands(db: Database, data_dir: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    add_member(db, 1)
    db.close()
    out = tmp_path / "cli-backup.sqlite3"
    assert run(["backup", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert "integrity check passed" in capsys.readouterr().out
    assert run(["backup", "--data-dir", str(data_dir), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    folder = tmp_path / "folder"
    folder.mkdir()
    assert run(["backup", "--data-dir", str(data_dir), "--out", str(folder)]) == 0
    assert len(list(folder.glob("branch-*.sqlite3"))) == 1
    capsys.readouterr()

    assert run(["restore", "--data-dir", str(data_dir), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "kept as" in printed and "0 made after the backup carried over; 1 waiting" in printed
    assert run(["restore", "--data-dir", str(data_dir), str(tmp_path / "missing.sqlite3")]) == 2
    assert "no backup file" in capsys.readouterr().err


def test_data_folder_not_writable_gives_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    bad = blocker / "data"
    assert run(["backup", "--data-dir", str(bad), "--out", str(tmp_path / "b.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert f"Cannot write to the data folder {bad}" in err and "--data-dir" in err
    assert run(["restore", "--data-dir", str(bad), str(tmp_path / "b.sqlite3")]) == 1
    assert f"Cannot write to the data folder {bad}" in capsys.readouterr().err
    assert run(["backup", "--data-dir", str(tmp_path / "empty"), "--out", str(tmp_path / "b.sqlite3")]) == 1
    assert "no branch database" in capsys.readouterr().err
