"""Branch → head office sync throughput, end to end, next to PostgreSQL's own floor.

A branch database with a ~10,000-entry outbox backlog (demo data: member.enrolled,
vehicle.added, card.issued) syncs with a real `dealer-hq serve` process (uvicorn) on a fresh,
uniquely named PostgreSQL database. What is timed is one `SyncClient.sync_once()`: read the
outbox, sign, HTTP, store exactly once, apply, commit, acknowledge on the branch, pull and
reconcile. The floor is the bare `INSERT … ON CONFLICT DO NOTHING` of the same entries, in
batches of the client's size, into a copy of head office's `received_entries` table on the
same server: no HTTP, no applying, nothing but the storage head office cannot avoid.

Target: at least 2,000 entries/s end to end and within 5× of the floor.

    .venv/bin/python bench/bench_sync.py [--members 2400] [--rounds 3] [--pg postgresql+psycopg://postgres@127.0.0.1:5432]

Each round syncs a fresh copy of the branch into a fresh database and measures the floor
there too; medians are printed, because both figures move ±30% between runs on a small VM.

Needs the PostgreSQL server (trust auth); the database it creates is dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import psycopg
from sqlalchemy import func, select

from dealer_app import demo
from dealer_app import sync_protocol as proto
from dealer_app.club_profile import load_profile
from dealer_app.db.database import Database
from dealer_app.db.models import OutboxEntry
from dealer_app.headoffice import auth
from dealer_app.headoffice import models as hq
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.services import settings as branch_settings
from dealer_app.sync.client import PUSH_BATCH, SyncClient, connect, load_config

TARGET_PER_SECOND = 2_000
TARGET_RATIO = 5.0
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432"


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A uniquely named PostgreSQL database for this run, dropped afterwards."""
    name = f"dealer_hq_bench_{uuid.uuid4().hex[:12]}"
    admin_url = server_url.replace("postgresql+psycopg://", "postgresql://", 1) + "/postgres"
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{server_url}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def hq_server(db_url: str, log_path: Path) -> Iterator[str]:
    """`dealer-hq serve` as its own process, as in production (the branch has its own CPU time)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dealer_app.headoffice.cli", "serve", "--db", db_url,
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"dealer-hq exited: {log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{url}{proto.API_PREFIX}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("dealer-hq did not start in 30 s")
            time.sleep(0.05)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def make_branch(path: Path, members: int) -> tuple[Database, int]:
    """A branch whose whole demo history waits in the outbox (demo.generate writes an outbox
    entry for every member, vehicle and card, as the counter does)."""
    profile = load_profile("kerman_motor")
    db = Database(path)
    with db.write() as s:
        branch_settings.initialise(s, "BN01", "Bench branch", profile.code)
    demo.generate(db, profile, members, seed=5, as_of=date(2024, 6, 1))
    with db.read() as s:
        backlog = s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))) or 0
    return db, backlog


def outbox_rows(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        return [
            {"id": e.id, "type": e.type, "schema_version": e.schema_version, "created_at": e.created_at,
             "payload": e.payload}
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def floor_rates(db_url: str, entries: list[dict[str, Any]]) -> dict[str, float]:
    """Rows/s of the bare insert-or-ignore of these entries, one transaction per batch.

    The table is a copy of `received_entries` (same columns, unique key and index), so this is
    the least work storing the backlog exactly once can cost on this server. Two ways of
    sending it are measured; the faster one is the floor.
    """
    conninfo = db_url.replace("postgresql+psycopg://", "postgresql://", 1)
    columns = "branch_id, entry_uuid, type, schema_version, payload, created_at, received_at, status"
    conflict = "ON CONFLICT (branch_id, entry_uuid) DO NOTHING"
    one_row = "(%s, %s, %s, %s, %s::jsonb, %s, %s, %s)"
    now = entries[0]["created_at"]
    rows = [
        (1, e["id"], e["type"], e["schema_version"], json.dumps(e["payload"], ensure_ascii=False), e["created_at"],
         now, "received")
        for e in entries
    ]
    batches = [rows[i:i + PUSH_BATCH] for i in range(0, len(rows), PUSH_BATCH)]
    rates: dict[str, float] = {}
    with psycopg.connect(conninfo) as conn:
        for method in ("executemany", "multi-row VALUES"):
            table = f"floor_{method.split()[0].replace('-', '_').lower()}"
            with conn.transaction():
                conn.execute(f"DROP TABLE IF EXISTS {table}")
                conn.execute(f"CREATE TABLE {table} (LIKE received_entries INCLUDING ALL)")
            started = time.perf_counter()
            for batch in batches:
                with conn.transaction(), conn.cursor() as cur:
                    if method == "executemany":
                        cur.executemany(
                            f"INSERT INTO {table} ({columns}) VALUES {one_row} {conflict}",
                            batch,
                        )
                    else:
                        values = ", ".join([one_row] * len(batch))
                        cur.execute(
                            f"INSERT INTO {table} ({columns}) VALUES {values} {conflict} RETURNING entry_uuid",
                            [v for row in batch for v in row],
                        )
                        cur.fetchall()
            rates[method] = len(rows) / (time.perf_counter() - started)
            with conn.transaction():
                conn.execute(f"DROP TABLE {table}")
    return rates


def hq_counts(db_url: str) -> dict[str, int]:
    hqdb = HeadOfficeDB(db_url, migrate=False)
    try:
        with hqdb.read() as s:
            statuses = dict(
                s.execute(select(hq.ReceivedEntry.status, func.count()).group_by(hq.ReceivedEntry.status)).all()
            )
            return {
                **{f"entries {k}": int(v) for k, v in sorted(statuses.items())},
                "members": s.scalar(select(func.count()).select_from(hq.Member)) or 0,
                "vehicles": s.scalar(select(func.count()).select_from(hq.Vehicle)) or 0,
                "cards": s.scalar(select(func.count()).select_from(hq.Card)) or 0,
            }
    finally:
        hqdb.close()


def copy_branch(template: Path, target: Path) -> Database:
    """A fresh copy of the generated branch (SQLite's backup API copies a WAL database whole)."""
    with sqlite3.connect(template) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return Database(target)


def sync_round(template: Path, tmp: Path, server_url: str, n: int) -> tuple[float, dict[str, float], dict[str, int]]:
    """One end-to-end sync of the whole backlog into a fresh database, then the floor there."""
    db = copy_branch(template, tmp / f"branch-{n}.sqlite3")
    entries = outbox_rows(db)
    with fresh_database(server_url) as db_url:
        hqdb = HeadOfficeDB(db_url)  # migrates before the server starts
        with hqdb.write() as s:
            secret = auth.add_branch(s, "BN01", "Bench branch", "bench", "bench_sync")
        hqdb.close()
        with hq_server(db_url, tmp / f"hq-{n}.log") as url:
            connect(db, url, "BN01", secret)
            with SyncClient(db, load_config(db), timeout=120) as client:
                started = time.perf_counter()
                report = client.sync_once()
                took = time.perf_counter() - started
        if report.pending or report.pushed != len(entries):
            raise RuntimeError(f"pushed {report.pushed:,} of {len(entries):,}, {report.pending:,} still pending")
        counts = hq_counts(db_url)
        floor = floor_rates(db_url, entries)
    db.close()
    return report.pushed / took, floor, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=2_400, help="demo members (~4.2 outbox entries each)")
    parser.add_argument("--rounds", type=int, default=3, help="fresh head-office databases; medians are reported")
    parser.add_argument("--pg", default=DEFAULT_PG, help="PostgreSQL server URL (without a database name)")
    args = parser.parse_args(argv)

    rates: list[float] = []
    floors: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="dealer-bench-sync-") as tmp_dir:
        tmp = Path(tmp_dir)
        started = time.perf_counter()
        template, backlog = make_branch(tmp / "template.sqlite3", args.members)
        template.close()
        print(f"branch: {args.members:,} members, outbox backlog {backlog:,} entries "
              f"(built in {time.perf_counter() - started:.1f} s)")
        for n in range(args.rounds):
            rate, floor, counts = sync_round(tmp / "template.sqlite3", tmp, args.pg, n)
            rates.append(rate)
            for method, value in floor.items():
                floors.setdefault(method, []).append(value)
            print(f"  round {n + 1}: end to end {rate:,.0f} entries/s; floor "
                  + ", ".join(f"{m} {v:,.0f} rows/s" for m, v in floor.items()))
    print(f"head office holds: {', '.join(f'{k} {v:,}' for k, v in counts.items())}")

    rate = statistics.median(rates)
    floor_median = {method: statistics.median(values) for method, values in floors.items()}
    best_floor = max(floor_median.values())
    ratio = best_floor / rate
    print(f"end to end (median of {args.rounds}): {rate:,.0f} entries/s = {backlog / rate:.2f} s for the backlog "
          f"(sync_once: outbox → {PUSH_BATCH}/request → store, apply, commit → ack; pull; reconcile)")
    for method, value in floor_median.items():
        print(f"floor (median, {method}, {PUSH_BATCH}/transaction): {value:,.0f} rows/s")
    print(f"ratio floor / end to end: {ratio:.1f}x")
    ok = rate >= TARGET_PER_SECOND and ratio <= TARGET_RATIO
    print(f"target ≥ {TARGET_PER_SECOND:,} entries/s and within {TARGET_RATIO:.0f}x of the floor: "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
