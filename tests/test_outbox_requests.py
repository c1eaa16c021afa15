"""The transactional outbox for requests: a capture and its outbox entry commit together or not
at all, including when the process is killed in the middle of a burst."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dealer_app import demo
from dealer_app.db.database import Database
from dealer_app.db.models import AuditEntry, BenefitRequest, Member, OutboxEntry, RequestEvent
from dealer_app.services import outbox
from dealer_app.services import requests as rq
from dealer_app.services.members import enroll
from tests.conftest import make_branch
from tests.helpers import enrollment

COMPLAINT = {"subject": "تاخیر", "details": "خودرو دیر تحویل شد."}
REPO = Path(__file__).resolve().parent.parent


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(BenefitRequest)) or 0,
            s.scalar(select(func.count()).select_from(RequestEvent)) or 0,
            s.scalar(select(func.count()).where(AuditEntry.entity == "request")) or 0,
            s.scalar(select(func.count()).where(OutboxEntry.type == "request.captured")) or 0,
        )


def test_failed_outbox_write_leaves_no_request_behind(branch_db, profile, front_desk, monkeypatch):
    member = enroll(branch_db, profile, front_desk, enrollment(1))

    def broken(session, entry_type, payload):
        raise OSError("disk full while writing the outbox")

    monkeypatch.setattr(outbox, "record", broken)
    with pytest.raises(OSError, match="disk full"):
        rq.capture(branch_db, profile, front_desk, member.id, "complaint", COMPLAINT)
    assert _counts(branch_db) == (0, 0, 0, 0)
    assert rq.list_requests(branch_db) == []

    monkeypatch.undo()
    view = rq.capture(branch_db, profile, front_desk, member.id, "complaint", COMPLAINT)
    assert _counts(branch_db) == (1, 2, 1, 1)
    assert rq.get_request(branch_db, view.id).status == "queued"


def test_failed_outbox_write_on_customer_informed_keeps_the_old_status(
    branch_db, profile, front_desk, monkeypatch
):
    member = enroll(branch_db, profile, front_desk, enrollment(1))
    view = rq.capture(branch_db, profile, front_desk, member.id, "enquiry", {"question": "?"})

    def broken(session, entry_type, payload):
        raise OSError("disk full while writing the outbox")

    monkeypatch.setattr(outbox, "record", broken)
    with pytest.raises(OSError):
        rq.customer_informed(branch_db, front_desk, view.id, "answered by phone")
    after = rq.get_request(branch_db, view.id)
    assert after.status == "queued"
    assert [e.status for e in after.events] == ["captured", "queued"]


_BURST = textwrap.dedent(
    """
    import sys
    from sqlalchemy import select
    from dealer_app.club_profile import load_profile
    from dealer_app.db.database import Database
    from dealer_app.db.models import Member
    from dealer_app.roles import SYSTEM
    from dealer_app.services import requests

    db = Database(sys.argv[1])
    profile = load_profile("kerman_motor")
    with db.read() as s:
        ids = list(s.scalars(select(Member.id).order_by(Member.member_number)))
    fields = {"subject": "burst", "details": "captured while being killed"}
    for i in range(int(sys.argv[2])):
        requests.capture(db, profile, SYSTEM, ids[i % len(ids)], "complaint", fields)
        # Reported only after the commit returned: every number printed is durable.
        print(i + 1, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_sigkill_during_a_burst_of_captures(tmp_path, profile, front_desk):
    path = tmp_path / "burst.sqlite3"
    db = make_branch(path)
    demo.generate(db, profile, 25, seed=11)
    db.close()

    total = 1_000
    proc = subprocess.Popen(
        [sys.executable, "-c", _BURST, str(path), str(total)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.stdout is not None
    kill_after = random.Random(os.getpid()).randrange(50, 400)
    confirmed = 0
    deadline = time.monotonic() + 20
    for line in proc.stdout:
        confirmed = int(line)
        if confirmed >= kill_after or time.monotonic() > deadline:
            break
    # Let it run on into the next commits so the kill lands mid-transaction more often than not.
    time.sleep(random.Random(confirmed).uniform(0.0, 0.02))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    assert confirmed > 0

    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()

    db = Database(path)  # restart: recovery from the WAL, migrations check
    with db.read() as s:
        request_ids = set(s.scalars(select(BenefitRequest.id)))
        captured = Counter(
            e.payload["request_id"]
            for e in s.scalars(select(OutboxEntry).where(OutboxEntry.type == "request.captured"))
        )
        events = Counter(s.scalars(select(RequestEvent.request_id)))
        audited = Counter(s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "request.capture")))
        members = s.scalar(select(func.count()).select_from(Member))
    assert len(request_ids) >= confirmed  # nothing the child saw committed was lost
    assert set(captured) == request_ids  # no outbox entry without its request, nor the reverse
    assert set(captured.values()) == {1}  # exactly one entry per committed request
    assert all(events[r] == 2 for r in request_ids)
    assert all(audited[r] == 1 for r in request_ids)
    assert members == 25
    # The branch keeps working after the crash.
    member_id = rq.get_request(db, sorted(request_ids)[0]).member_id
    after = rq.capture(db, profile, front_desk, member_id, "complaint", COMPLAINT)
    assert rq.get_request(db, after.id).status == "queued"
    db.close()
