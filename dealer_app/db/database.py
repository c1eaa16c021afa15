"""Opening the branch database: SQLite in WAL, foreign keys on, synchronous=FULL, migrated.

One `Database` per process; one session per unit of work (`db.write()` / `db.read()`).
Writes start with BEGIN IMMEDIATE so two processes on the same file (the app and a
headless `dealer-app sync`) queue up for the write lock instead of failing half-way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from dealer_app.db.sqlite import configure_sqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the app."""


def _alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    # Alembic raises (rather than returning None) for a revision it has never heard of.
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


class Database:
    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.engine = create_engine(
            f"sqlite:///{self.path}",
            # Persian and Chinese text stays readable and half the size in JSON columns.
            json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":")),
        )
        configure_sqlite(self.engine)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._read_engine = self.engine.execution_options(sqlite_begin="DEFERRED")
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        current = schema_revision(self.engine)
        script = ScriptDirectory.from_config(_alembic_config(self.engine))
        if current is not None and not _known_revision(script, current):
            raise SchemaTooNew(
                f"The database {self.path} was written by a newer Dealer Club "
                f"(schema {current}); install that version or restore a backup."
            )
        command.upgrade(_alembic_config(self.engine), "head")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or not at all."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A plain read transaction, for hot paths where the ORM's overhead matters (search)."""
        with self._read_engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()
