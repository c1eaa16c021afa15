"""`dealer-hq` administration commands and the head-office schema migrations."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from headoffice_server import postgres_database, sqlite_url
from sqlalchemy import func, inspect, select

from dealer_app import sync_protocol as proto
from dealer_app.clock import utcnow
from dealer_app.headoffice import auth, cli
from dealer_app.headoffice.db import VERSION_TABLE, HeadOfficeDB
from dealer_app.headoffice.models import Base, Branch, Nonce


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


def test_branch_add_shows_the_secret_once_and_stores_only_its_key(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["branch", "add", "TEH-1", "--name", "Tehran 1", "--region", "Tehran", "--db", db_url]) == 0
    secret = capsys.readouterr().out.split()[-1]
    assert len(secret) >= 43

    db = HeadOfficeDB(db_url)
    with db.read() as s:
        branch = s.scalar(select(Branch).where(Branch.code == "TEH-1"))
        assert branch is not None
        assert branch.key_hash == proto.derive_key(secret).hex()
        assert secret not in branch.key_hash

    assert cli.main(["branch", "list", "--json", "--db", db_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["code"], b["name"], b["region"], b["revoked_at"]) for b in listed] == [
        ("TEH-1", "Tehran 1", "Tehran", None)
    ]
    assert secret not in json.dumps(listed)


def test_branch_commands_refuse_clearly(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["branch", "add", "SHZ", "--name", "Shiraz", "--db", db_url]) == 0
    capsys.readouterr()
    assert cli.main(["branch", "add", "SHZ", "--name", "Shiraz again", "--db", db_url]) == 1
    assert "already exists" in capsys.readouterr().err
    assert cli.main(["branch", "add", "bad code!", "--name", "X", "--db", db_url]) == 1
    assert cli.main(["branch", "rotate", "NOPE", "--db", db_url]) == 1
    assert "no branch" in capsys.readouterr().err
    assert cli.main(["branch", "revoke", "SHZ", "--db", db_url]) == 0
    assert cli.main(["branch", "revoke", "SHZ", "--db", db_url]) == 1
    assert cli.main(["requests", "decide", "not-a-uuid", "approve", "--note", "ok", "--db", db_url]) == 1
    with pytest.raises(SystemExit) as usage:
        cli.main(["requests", "list", "--status", "pending", "--db", db_url])
    assert usage.value.code == 2


def test_expired_nonces_are_pruned(db_url: str) -> None:
    db = HeadOfficeDB(db_url)
    with db.write() as s:
        auth.add_branch(s, "P1", "Prune", None, "pytest")
    with db.write() as s:
        branch_id = s.scalar(select(Branch.id).where(Branch.code == "P1"))
        assert branch_id is not None
        s.add_all([
            Nonce(branch_id=branch_id, nonce="old-nonce-1", seen_at=utcnow() - timedelta(hours=1)),
            Nonce(branch_id=branch_id, nonce="new-nonce-1", seen_at=utcnow()),
        ])
    assert auth.prune_nonces(db) == 1
    with db.read() as s:
        assert s.scalars(select(Nonce.nonce)).all() == ["new-nonce-1"]
        assert s.scalar(select(func.count()).select_from(Nonce)) == 1


def _assert_schema_matches_models(db: HeadOfficeDB) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}),
                                Base.metadata)
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name == VERSION_TABLE)] == []


def test_migrations_build_the_models_schema_on_sqlite(db_url: str) -> None:
    db = HeadOfficeDB(db_url)
    HeadOfficeDB(db_url).close()  # migrating an up-to-date database again is a no-op
    _assert_schema_matches_models(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert VERSION_TABLE in inspect(db.engine).get_table_names()


@pytest.mark.postgres
def test_migrations_build_the_models_schema_on_postgres(postgres_admin_url: str) -> None:
    with postgres_database(postgres_admin_url) as url:
        db = HeadOfficeDB(url)
        try:
            _assert_schema_matches_models(db)
        finally:
            db.close()
