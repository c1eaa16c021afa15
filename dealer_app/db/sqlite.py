"""How every SQLite database of this project is opened (branch, and head office's embedded
default): WAL, foreign keys on, synchronous=FULL, a generous busy timeout, and transactions
that start as BEGIN IMMEDIATE unless the caller asks for a read (`sqlite_begin="DEFERRED"`),
so two processes writing one file queue for the lock instead of failing half-way."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, event


def configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # SQLAlchemy's "begin" event below starts transactions; pysqlite's own lazy BEGIN
        # would break SAVEPOINTs and lose the IMMEDIATE write lock.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")
