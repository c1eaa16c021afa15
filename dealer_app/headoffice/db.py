"""Opening the head-office database (PostgreSQL, or an embedded SQLite file), migrated.

One `HeadOfficeDB` per process. `run(fn)` executes one unit of work in one transaction and
retries it when PostgreSQL aborts it for a deadlock or a serialization failure, which
concurrent branch pushes can provoke under load even with ordered locking.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from dealer_app.db.sqlite import configure_sqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hq_alembic_version"
# PostgreSQL SQLSTATEs worth retrying the whole transaction for
_RETRYABLE_SQLSTATES = {"40001", "40P01"}

log = logging.getLogger(__name__)
T = TypeVar("T")


# Engines hide SQL parameters in error messages: they can hold national IDs, which must
# never reach a log.


class SchemaTooNew(RuntimeError):
    """The database was written by a newer dealer-hq."""


def default_db_url() -> str:
    data_dir = platformdirs.user_data_path("dealer-hq", appauthor=False)
    return f"sqlite:///{data_dir / 'dealer-hq.sqlite3'}"


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def _is_retryable(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in _RETRYABLE_SQLSTATES


class HeadOfficeDB:
    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = url or default_db_url()
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(self.url, hide_parameters=True)
            configure_sqlite(self.engine)
            reader_engine: Engine = self.engine.execution_options(sqlite_begin="DEFERRED")
        elif self.dialect == "postgresql":
            # Enough connections for uvicorn's worker threads without queueing pushes.
            # psycopg prepares a statement after a few runs and PostgreSQL may then plan it once
            # for any parameters; for `col = ANY(:ids)` (see ops.in_values) that generic plan
            # cannot see how few ids there are and scans whole tables, so plan every run.
            self.engine = create_engine(
                self.url, pool_size=10, max_overflow=30, pool_pre_ping=True, hide_parameters=True,
                connect_args={"options": "-c plan_cache_mode=force_custom_plan"},
            )
            reader_engine = self.engine
        else:
            raise ValueError(f"unsupported database {self.dialect!r}: use postgresql+psycopg:// or sqlite:///")
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(reader_engine, expire_on_commit=False)
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        cfg = alembic_config(self.engine)
        script = ScriptDirectory.from_config(cfg)
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()
        if current is not None and script.get_revision(current) is None:
            raise SchemaTooNew(
                f"The head-office database was written by a newer dealer-hq (schema {current}); "
                "install that version or restore a backup."
            )
        command.upgrade(cfg, "head")

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or not at all."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def run(self, fn: Callable[[Session], T], *, attempts: int = 8) -> T:
        """Run `fn` in one write transaction, retrying on deadlock/serialization failures."""
        for attempt in range(1, attempts + 1):
            try:
                with self.write() as session:
                    return fn(session)
            except DBAPIError as exc:
                if attempt == attempts or not _is_retryable(exc):
                    raise
                log.warning("transaction aborted (%s), retry %d", getattr(exc.orig, "sqlstate", "?"), attempt)
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    def ping(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT 1")).scalar() == 1

    def close(self) -> None:
        self.engine.dispose()
