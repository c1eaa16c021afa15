"""Branch ↔ head office over real HTTP on loopback: nothing lost, nothing duplicated.

Head office runs as a separate `dealer-hq serve` process so it can be SIGKILLed; the branch
uses the real sync client and, where it matters, the real `dealer-app sync --once` command.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from dealer_app import demo
from dealer_app.club_profile import load_profile
from dealer_app.db.database import Database
from dealer_app.db.models import OutboxEntry
from dealer_app.headoffice import models as hq_models
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.services import outbox
from dealer_app.services import requests as branch_requests
from dealer_app.sync.client import SyncClient, SyncError, connect, load_config, sync_status
from tests.conftest import make_branch
from tests.headoffice_server import postgres_database
from tests.hq_process import HQServer, ReplyDroppingProxy, add_branch, free_port, hq

PROFILE = load_profile("kerman_motor")


@pytest.fixture
def hq_sqlite(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hq.sqlite3'}"


@pytest.fixture
def hq_postgres(postgres_admin_url: str) -> Iterator[str]:
    with postgres_database() as url:
        yield url


def branch_with_data(path: Path, members: int, code: str = "TH01", requests: int = 0) -> Database:
    db = make_branch(path, code=code)
    demo.generate(db, PROFILE, members, seed=5, as_of=date(2024, 6, 1))
    if requests:
        from dealer_app.demo_requests import generate_requests

        generate_requests(db, PROFILE, requests, seed=5)
    return db


def outbox_ids(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(OutboxEntry.id)))


def hq_counts(url: str) -> dict[str, int]:
    hqdb = HeadOfficeDB(url, migrate=False)
    try:
        with hqdb.read() as s:
            return {
                "entries": s.scalar(select(func.count()).select_from(hq_models.ReceivedEntry)) or 0,
                "distinct": s.scalar(select(func.count(func.distinct(hq_models.ReceivedEntry.entry_uuid)))) or 0,
                "requests": s.scalar(select(func.count()).select_from(hq_models.BenefitRequest)) or 0,
                "links": s.scalar(select(func.count()).select_from(hq_models.MemberLink)) or 0,
            }
    finally:
        hqdb.engine.dispose()


def pending(db: Database) -> int:
    with db.read() as s:
        return outbox.pending_count(s)


def test_capture_offline_then_sync_decide_and_bring_the_decision_back(tmp_path, hq_sqlite):
    db = branch_with_data(tmp_path / "branch.sqlite3", members=40, requests=6)
    # Offline: nothing listens on this port yet.
    connect(db, f"http://127.0.0.1:{free_port()}", "TH01", "not-yet-issued")
    with SyncClient(db, load_config(db), timeout=2) as client, pytest.raises(SyncError, match="cannot be reached"):
        client.sync_once()
    status = sync_status(db)
    assert status.state == "error" and status.pending == len(outbox_ids(db))

    server = HQServer(hq_sqlite, tmp_path).start()
    try:
        secret = add_branch(hq_sqlite, "TH01")
        connect(db, server.url, "TH01", secret)
        with SyncClient(db, load_config(db)) as client:
            report = client.sync_once()
        assert report.pushed == len(outbox_ids(db)) and report.pending == 0
        assert sync_status(db).state == "synced"
        counts = hq_counts(hq_sqlite)
        assert counts["entries"] == counts["distinct"] == len(outbox_ids(db))
        assert counts["links"] == 40 and counts["requests"] == 6

        listed = json.loads(hq(hq_sqlite, "requests", "list", "--json"))
        assert len(listed) == 6
        chosen = listed[0]["id"]
        assert branch_requests.get_request(db, chosen).status == "received"
        hq(hq_sqlite, "requests", "decide", chosen, "approve", "--note", "Approved by the region")

        with SyncClient(db, load_config(db)) as client:
            report = client.sync_once()
        assert report.decisions == [chosen]
        seen = branch_requests.get_request(db, chosen)
        assert seen.status == "approved" and seen.decision_note == "Approved by the region"
        # A second sync applies nothing twice.
        with SyncClient(db, load_config(db)) as client:
            assert client.sync_once().pulled == 0
    finally:
        server.stop()


def test_lost_replies_after_commit_cause_no_duplicates(tmp_path, hq_sqlite):
    db = branch_with_data(tmp_path / "branch.sqlite3", members=300)
    server = HQServer(hq_sqlite, tmp_path).start()
    proxy = ReplyDroppingProxy(server.port, b"POST /api/v1/sync/push", drop=3)
    try:
        connect(db, proxy.url, "TH01", add_branch(hq_sqlite, "TH01"))
        failures = 0
        with SyncClient(db, load_config(db), timeout=10) as client:
            for _ in range(10):
                try:
                    client.sync_once()
                    break
                except SyncError:
                    failures += 1
        assert proxy.dropped == 3 and failures == 3
        assert pending(db) == 0
        counts = hq_counts(hq_sqlite)
        assert counts["entries"] == counts["distinct"] == len(outbox_ids(db))
        assert counts["links"] == 300
    finally:
        proxy.close()
        server.stop()


def test_two_sync_processes_on_one_branch_database(tmp_path, hq_sqlite):
    data_dir = tmp_path / "branch"
    data_dir.mkdir()
    db = branch_with_data(data_dir / "branch.sqlite3", members=600)
    server = HQServer(hq_sqlite, tmp_path).start()
    try:
        connect(db, server.url, "TH01", add_branch(hq_sqlite, "TH01"))
        db.close()
        command = [sys.executable, "-m", "ui.main", "sync", "--once", "--data-dir", str(data_dir)]
        procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
        results = [p.communicate(timeout=180) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], results
        db = Database(data_dir / "branch.sqlite3")
        assert pending(db) == 0
        counts = hq_counts(hq_sqlite)
        assert counts["entries"] == counts["distinct"] == len(outbox_ids(db))
        assert counts["links"] == 600
    finally:
        server.stop()


def test_reconcile_resends_what_head_office_lost(tmp_path, hq_sqlite):
    """Head office restored from an older backup: the branch notices and sends the gap again."""
    db = branch_with_data(tmp_path / "branch.sqlite3", members=50)
    server = HQServer(hq_sqlite, tmp_path).start()
    try:
        connect(db, server.url, "TH01", add_branch(hq_sqlite, "TH01"))
        with SyncClient(db, load_config(db)) as client:
            client.sync_once()
        lost = sorted(outbox_ids(db))[:7]
        hqdb = HeadOfficeDB(hq_sqlite, migrate=False)
        with hqdb.write() as s:
            s.execute(delete(hq_models.ReceivedEntry).where(hq_models.ReceivedEntry.entry_uuid.in_(lost)))
        hqdb.engine.dispose()
        with SyncClient(db, load_config(db)) as client:
            report = client.sync_once()
        assert report.resent_after_reconcile == 7
        counts = hq_counts(hq_sqlite)
        assert counts["entries"] == counts["distinct"] == len(outbox_ids(db))
    finally:
        server.stop()


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_head_office_during_a_10000_entry_push(tmp_path, hq_postgres):
    db = branch_with_data(tmp_path / "branch.sqlite3", members=2_400)
    total = len(outbox_ids(db))
    assert total >= 10_000
    secret = add_branch(hq_postgres, "TH01")
    rng = random.Random(11)
    server = HQServer(hq_postgres, tmp_path)
    for _ in range(20):
        server.start()
        connect(db, server.url, "TH01", secret)
        errors: list[Exception] = []

        def run(client: SyncClient, errors: list[Exception] = errors) -> None:
            try:
                client.sync_once()
            except SyncError as exc:
                errors.append(exc)

        with SyncClient(db, load_config(db), timeout=10) as client:
            worker = threading.Thread(target=run, args=(client,))
            worker.start()
            time.sleep(rng.uniform(0.05, 0.8))
            server.kill()
            worker.join(timeout=60)
        server = HQServer(hq_postgres, tmp_path)
    server.start()
    try:
        connect(db, server.url, "TH01", secret)
        with SyncClient(db, load_config(db)) as client:
            client.sync_once()
        assert pending(db) == 0
        counts = hq_counts(hq_postgres)
        assert counts["entries"] == counts["distinct"] == total
        assert counts["links"] == 2_400
    finally:
        server.stop()
