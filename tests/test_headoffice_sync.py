"""dealer-hq over real HTTP on loopback, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import logging
import random
import re
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from headoffice_server import (
    BranchClient,
    enrolled,
    entry,
    postgres_database,
    request_captured,
    running_server,
    sqlite_url,
    vehicle_added,
)
from sqlalchemy import func, select

from dealer_app import sync_protocol as proto
from dealer_app.headoffice import auth, cli
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.headoffice.models import (
    AuditEntry,
    BenefitRequest,
    Branch,
    FeedRow,
    Member,
    MemberLink,
    ReceivedEntry,
    Vehicle,
)
from dealer_app.headoffice.standing import standing_of

PUSH = "/api/v1/sync/push"


@dataclass
class HQ:
    backend: str
    url: str
    base_url: str
    db: HeadOfficeDB

    def branch(self, name: str = "Branch") -> BranchClient:
        code = f"B{uuid.uuid4().hex[:8].upper()}"
        with self.db.write() as s:
            secret = auth.add_branch(s, code, name, "Test region", "pytest")
        return BranchClient(self.base_url, code, secret)

    def branch_id(self, code: str) -> int:
        with self.db.read() as s:
            branch_id = s.scalar(select(Branch.id).where(Branch.code == code))
        assert branch_id is not None
        return branch_id

    def stored(self, client: BranchClient) -> list[ReceivedEntry]:
        with self.db.read() as s:
            return list(s.scalars(select(ReceivedEntry).where(ReceivedEntry.branch_id == self.branch_id(client.code))))


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hq(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQ]:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path_factory.mktemp("hq"))
        with running_server(url) as base_url:
            db = HeadOfficeDB(url)
            yield HQ("sqlite", url, base_url, db)
            db.close()
    else:
        server_url = request.getfixturevalue("postgres_admin_url")
        with postgres_database(server_url) as url, running_server(url) as base_url:
            db = HeadOfficeDB(url)
            yield HQ("postgres", url, base_url, db)
            db.close()


def _raw_push(hq: HQ, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(hq.base_url + PUSH, content=body, headers={**headers, "Content-Type": "application/json"})


def _body(*entries: dict[str, Any]) -> bytes:
    return json.dumps({"entries": list(entries)}).encode()


def test_health_answers_without_a_signature(hq: HQ) -> None:
    response = httpx.get(hq.base_url + "/api/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_pushing_twice_stores_and_applies_once(hq: HQ) -> None:
    branch = hq.branch()
    member_id = str(uuid.uuid4())
    batch = [
        enrolled(member_id, "1111111111", "Sara Ahmadi"),
        vehicle_added(member_id, str(uuid.uuid4()), "IR-11A111-22"),
    ]
    ids = [e["id"] for e in batch]

    first = branch.push(batch)
    again = branch.push(list(reversed(batch)))

    assert first.status_code == again.status_code == 200
    assert first.json() == {"held": ids}
    assert sorted(again.json()["held"]) == sorted(ids)
    rows = hq.stored(branch)
    assert sorted(r.entry_uuid for r in rows) == sorted(ids)
    assert {r.status for r in rows} == {"applied"}
    with hq.db.read() as s:
        link = s.scalar(select(MemberLink).where(MemberLink.branch_member_id == member_id))
        assert link is not None
        assert s.scalar(select(func.count()).select_from(Vehicle).where(Vehicle.link_id == link.id)) == 1


def test_tampered_body_is_refused_and_nothing_stored(hq: HQ) -> None:
    branch = hq.branch()
    body = _body(enrolled(str(uuid.uuid4()), "2222222222", "Reza Karimi"))
    headers = branch.signed_headers("POST", PUSH, body)
    tampered = body.replace(b"Reza Karimi", b"Mallory X")

    response = _raw_push(hq, tampered, headers)

    assert response.status_code == 401
    assert "signature" in response.json()["detail"]
    assert hq.stored(branch) == []


def test_old_timestamp_is_refused_with_a_clock_hint(hq: HQ) -> None:
    branch = hq.branch()
    body = _body(enrolled(str(uuid.uuid4()), "3333333333", "Mina Jafari"))
    headers = branch.signed_headers("POST", PUSH, body, timestamp=int(time.time()) - 3600)

    response = _raw_push(hq, body, headers)

    assert response.status_code == 401
    detail = response.json()["detail"]
    assert re.search(r"-360\d s off head office's clock", detail)
    assert hq.stored(branch) == []
    with hq.db.read() as s:
        assert "clock" in (s.scalar(select(Branch.last_error).where(Branch.code == branch.code)) or "")


def test_replayed_request_is_refused(hq: HQ) -> None:
    branch = hq.branch()
    body = _body(enrolled(str(uuid.uuid4()), "4444444444", "Omid Rahimi"))
    headers = branch.signed_headers("POST", PUSH, body)

    assert _raw_push(hq, body, headers).status_code == 200
    replay = _raw_push(hq, body, headers)

    assert replay.status_code == 409
    assert "nonce" in replay.json()["detail"]
    assert len(hq.stored(branch)) == 1


def test_another_branchs_key_is_refused(hq: HQ) -> None:
    victim, other = hq.branch(), hq.branch()
    body = _body(enrolled(str(uuid.uuid4()), "5555555555", "Nima Sadeghi"))
    headers = proto.sign_request(other.key, "POST", PUSH, body, branch=victim.code)

    response = _raw_push(hq, body, headers)

    assert response.status_code == 401
    assert hq.stored(victim) == [] and hq.stored(other) == []


def test_unknown_branch_is_refused(hq: HQ) -> None:
    body = _body()
    headers = proto.sign_request(proto.derive_key("guess"), "POST", PUSH, body, branch="NOPE")
    assert _raw_push(hq, body, headers).status_code == 401
    assert httpx.post(hq.base_url + PUSH, content=body).status_code == 401


def test_revoked_branch_is_refused(hq: HQ) -> None:
    branch = hq.branch()
    assert cli.main(["branch", "revoke", branch.code, "--db", hq.url]) == 0

    response = branch.push([enrolled(str(uuid.uuid4()), "6666666666", "Leila Moradi")])

    assert response.status_code == 403
    assert "revoked" in response.json()["detail"]
    assert hq.stored(branch) == []


def test_rotated_secret_replaces_the_old_one(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    branch = hq.branch()
    assert cli.main(["branch", "rotate", branch.code, "--db", hq.url]) == 0
    secret = capsys.readouterr().out.split()[-1]

    assert branch.pull().status_code == 401
    fresh = BranchClient(hq.base_url, branch.code, secret)
    assert fresh.pull().status_code == 200


def test_oversized_or_malformed_batches_are_refused_whole(hq: HQ) -> None:
    branch = hq.branch()
    too_many = [entry("member.updated", {"member_id": str(uuid.uuid4())}) for _ in range(proto.MAX_PUSH_BATCH + 1)]
    assert branch.push(too_many).status_code == 422
    assert branch.push([{"id": "not-a-uuid", "type": "x", "schema_version": 1, "payload": {}}]).status_code == 422
    assert hq.stored(branch) == []


def test_unknown_types_and_versions_are_kept_and_flagged(hq: HQ) -> None:
    branch = hq.branch()
    member_id = str(uuid.uuid4())
    batch = [
        entry("loyalty.gift_redeemed", {"gift": "mug"}),
        entry("member.enrolled", {"member_id": member_id}, schema_version=7),
        entry("vehicle.added", {"vehicle_id": "broken"}),
        enrolled(member_id, "7777777777", "Hadi Nouri"),
    ]

    response = branch.push(batch)

    assert response.status_code == 200
    assert len(response.json()["held"]) == 4
    status = {r.entry_uuid: r.status for r in hq.stored(branch)}
    assert [status[e["id"]] for e in batch] == ["unknown_type", "unsupported_version", "invalid", "applied"]


def test_entry_waiting_for_its_member_is_applied_when_the_member_arrives(hq: HQ) -> None:
    branch = hq.branch()
    member_id, vehicle_id = str(uuid.uuid4()), str(uuid.uuid4())
    vehicle = vehicle_added(member_id, vehicle_id, "IR-22B222-33")
    assert branch.push([vehicle]).status_code == 200
    assert [r.status for r in hq.stored(branch)] == ["waiting"]

    assert branch.push([enrolled(member_id, "8888888888", "Parisa Ebrahimi")]).status_code == 200

    assert {r.status for r in hq.stored(branch)} == {"applied"}


def test_same_person_at_two_branches_merges_into_one_member(hq: HQ) -> None:
    north, south = hq.branch("North"), hq.branch("South")
    national_id = "0012345679"
    a_member, b_member = str(uuid.uuid4()), str(uuid.uuid4())
    t0 = datetime(2025, 1, 5, 9, 0, tzinfo=UTC)
    north_batch = [
        enrolled(a_member, national_id, "Ali Rezaei", created_at=t0, number="N-1",
                 joined_on="2024-03-01", profile_complete=False, phone="+989121111111"),
        vehicle_added(a_member, str(uuid.uuid4()), "IR-10A100-10", purchased_on="2024-03-01"),
    ]
    south_batch = [
        enrolled(b_member, national_id, "Ali Rezaee", created_at=t0 + timedelta(hours=2), number="S-7",
                 joined_on="2023-06-01", profile_complete=True, phone="+989122222222"),
        vehicle_added(b_member, str(uuid.uuid4()), "IR-20B200-20", purchased_on="2024-05-01"),
    ]

    assert north.push(north_batch).status_code == 200
    assert south.push(south_batch).status_code == 200

    with hq.db.read() as s:
        members = s.scalars(select(Member).where(Member.national_id == national_id)).all()
        assert len(members) == 1
        member = members[0]
        assert member.full_name == "Ali Rezaee"  # later created_at wins
        assert member.phone == "+989122222222"
        assert member.joined_on == date(2023, 6, 1)  # earliest wins
        assert member.profile_complete is True  # OR
        assert member.member_number == "N-1"  # first received stays canonical
        links = s.scalars(select(MemberLink).where(MemberLink.member_id == member.id)).all()
        assert {link.branch_member_id for link in links} == {a_member, b_member}
        standing = standing_of(s, member, date(2025, 6, 1))
        assert standing.points == 30 + 30 + 60 + 120  # both branches' cars count
        assert standing.tier == "silver"
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == member.id)).all()
        lost = {(a.details.get("field"), a.details.get("lost")) for a in audits if a.action == "member.merge_conflict"}
        assert ("full_name", "Ali Rezaei") in lost
        assert ("joined_on", "2024-03-01") in lost
        assert all(national_id not in json.dumps(a.details) for a in s.scalars(select(AuditEntry)))
        canonical_id = member.id

    for client, branch_member in ((north, a_member), (south, b_member)):
        items = client.pull_all("member.canonical")
        assert [i["payload"] for i in items] == [
            {"branch_member_id": branch_member, "canonical_id": canonical_id, "canonical_member_number": "N-1"}
        ]


def test_decision_reaches_the_branch_by_pull(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    branch, bystander = hq.branch(), hq.branch()
    member_id, request_id = str(uuid.uuid4()), str(uuid.uuid4())
    assert branch.push([
        enrolled(member_id, "9999999999", "Zahra Hosseini"),
        vehicle_added(member_id, str(uuid.uuid4()), "IR-33C333-44"),
        request_captured(request_id, member_id),
    ]).status_code == 200

    assert cli.main(["requests", "list", "--json", "--db", hq.url]) == 0
    listed = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed[request_id]["status"] == "received"
    assert listed[request_id]["branch"] == branch.code

    assert cli.main(["requests", "decide", request_id, "need-info", "--note", "Send the invoice",
                     "--by", "RSM Tehran", "--db", hq.url]) == 0
    assert cli.main(["requests", "decide", request_id, "approve", "--note", "Approved for March",
                     "--by", "RSM Tehran", "--db", hq.url]) == 0
    assert cli.main(["requests", "decide", request_id, "reject", "--note", "Changed my mind",
                     "--db", hq.url]) == 1
    assert "final" in capsys.readouterr().err

    decisions = [i["payload"] for i in branch.pull_all("decision")]
    assert [(d["request_id"], d["decision"], d["note"]) for d in decisions] == [
        (request_id, "need_info", "Send the invoice"),
        (request_id, "approved", "Approved for March"),
    ]
    assert decisions[-1]["decided_by"] == "RSM Tehran"
    assert decisions[-1]["tier_at_decision"] == "bronze"  # join 30 + profile 30 + 1st car 60
    assert bystander.pull_all("decision") == []
    with hq.db.read() as s:
        request = s.get(BenefitRequest, request_id)
        assert request is not None and request.status == "approved" and request.decided_at is not None


def test_pull_pages_by_cursor(hq: HQ, tmp_path: Path) -> None:
    branch = hq.branch()
    profile = Path(__file__).resolve().parent.parent / "resources" / "clubs" / "kerman_motor.toml"
    text = profile.read_text(encoding="utf-8").replace("version = 1", f"version = {random.randint(2, 10**6)}", 1)
    target = tmp_path / "kerman_motor.toml"
    target.write_text(text, encoding="utf-8")
    assert cli.main(["profile", "publish", str(target), "--db", hq.url]) == 0
    bad = tmp_path / "bad.toml"
    bad.write_text('code = "x"\n', encoding="utf-8")
    assert cli.main(["profile", "publish", str(bad), "--db", hq.url]) == 1

    first = branch.pull(0, 1).json()
    assert len(first["items"]) == 1
    everything = branch.pull_all()
    assert everything[0] == first["items"][0]
    assert [i["seq"] for i in everything] == sorted({i["seq"] for i in everything})
    published = [i for i in everything if i["kind"] == "profile.published"]
    assert published[-1]["payload"]["toml"] == text
    last = everything[-1]["seq"]
    assert branch.pull(last).json() == {"items": [], "next_cursor": last}


def test_reconcile_and_held_find_what_is_missing(hq: HQ) -> None:
    branch = hq.branch()
    batch = [entry("member.updated", {"member_id": str(uuid.uuid4())}) for _ in range(5)]
    assert branch.push(batch).status_code == 200
    ids = [e["id"] for e in batch]
    never_sent = str(uuid.uuid4())

    same = branch.http.post("/api/v1/sync/reconcile", json={"count": 5, "digest": proto.entries_digest(ids)})
    differs = branch.http.post(
        "/api/v1/sync/reconcile", json={"count": 6, "digest": proto.entries_digest([*ids, never_sent])}
    )

    assert same.json() == {"count": 5, "digest": proto.entries_digest(ids), "match": True}
    assert differs.json()["match"] is False and differs.json()["count"] == 5
    held: list[str] = []
    after: str | None = None
    while True:
        page = branch.http.get("/api/v1/sync/held", params={"limit": 2, **({"after": after} if after else {})}).json()
        held.extend(page["ids"])
        after = page["next_after"]
        if after is None:
            break
    assert held == sorted(ids)
    assert set([*ids, never_sent]) - set(held) == {never_sent}


def test_fifty_concurrent_pushers_with_overlapping_entries(hq: HQ, caplog: pytest.LogCaptureFixture) -> None:
    """5 branches × 10 threads; every branch enrolls the same 8 people (cross-branch merges)."""
    caplog.set_level(logging.WARNING, logger="dealer_app.headoffice.db")
    branches = [hq.branch(f"Concurrent {i}") for i in range(5)]
    people = [f"55{i:08d}" for i in range(8)]
    pools: dict[str, list[dict[str, Any]]] = {}
    for b in branches:
        pool: list[dict[str, Any]] = []
        for i, national_id in enumerate(people):
            member_id = str(uuid.uuid4())
            pool.append(enrolled(member_id, national_id, f"Person {i} at {b.code}", number=f"{b.code}-{i}"))
            pool.append(vehicle_added(member_id, str(uuid.uuid4()), f"{b.code}-{i}"))
        pools[b.code] = pool
    failures: list[str] = []
    start = threading.Barrier(50)

    def pusher(client: BranchClient, seed: int) -> None:
        rng = random.Random(seed)
        start.wait()
        for _ in range(3):
            batch = rng.sample(pools[client.code], k=10)
            response = client.push(batch)
            if response.status_code != 200 or sorted(response.json()["held"]) != sorted(e["id"] for e in batch):
                failures.append(f"{client.code}: {response.status_code} {response.text[:200]}")

    threads = [threading.Thread(target=pusher, args=(branches[n % 5], n)) for n in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not failures
    # lock ordering, not the retry loop, is what keeps concurrent pushes deadlock-free
    assert not [r for r in caplog.records if "transaction aborted" in r.getMessage()]
    for b in branches:  # whatever the random batches missed
        assert b.push(pools[b.code]).status_code == 200

    branch_ids = [hq.branch_id(b.code) for b in branches]
    with hq.db.read() as s:
        rows = s.execute(
            select(ReceivedEntry.branch_id, ReceivedEntry.entry_uuid, ReceivedEntry.status)
            .where(ReceivedEntry.branch_id.in_(branch_ids))
        ).all()
        assert len(rows) == len({(r.branch_id, r.entry_uuid) for r in rows}) == 5 * 16
        assert {r.status for r in rows} == {"applied"}
        members = s.scalars(select(Member).where(Member.national_id.in_(people))).all()
        assert len(members) == 8
        member_ids = [m.id for m in members]
        assert s.scalar(select(func.count()).select_from(MemberLink).where(MemberLink.member_id.in_(member_ids))) == 40
        assert s.scalar(select(func.count()).select_from(Vehicle).where(Vehicle.branch_id.in_(branch_ids))) == 40
        notices = s.scalars(select(FeedRow).where(FeedRow.kind == "member.canonical",
                                                  FeedRow.branch_id.in_(branch_ids))).all()
        # every branch member is told its canonical id exactly once
        assert len(notices) == 40
        assert len({n.payload["branch_member_id"] for n in notices}) == 40


def test_a_branch_cannot_touch_another_branchs_members(hq: HQ) -> None:
    owner, intruder = hq.branch(), hq.branch()
    member_id, request_id = str(uuid.uuid4()), str(uuid.uuid4())
    assert owner.push([enrolled(member_id, "1212121212", "Kian Bagheri"), request_captured(request_id, member_id)]
                      ).status_code == 200

    batch = [
        vehicle_added(member_id, str(uuid.uuid4()), "IR-99Z999-99"),
        entry("request.customer_informed", {"request_id": request_id, "note": "x", "at": "2025-01-01T00:00:00",
                                            "by": "intruder"}),
    ]
    response = intruder.push(batch)

    assert response.status_code == 200
    status = {r.entry_uuid: r.status for r in hq.stored(intruder)}
    assert [status[e["id"]] for e in batch] == ["waiting", "invalid"]
    with hq.db.read() as s:
        request = s.get(BenefitRequest, request_id)
        assert request is not None and request.customer_informed_at is None
        assert s.scalar(select(func.count()).select_from(Vehicle).where(
            Vehicle.branch_id == hq.branch_id(intruder.code))) == 0


def test_unusable_values_are_flagged_and_order_within_a_batch_does_not_matter(hq: HQ) -> None:
    """Values head office could not store are refused up front (not a failed push), and a
    card and vehicle sent before their member in the same batch are applied in that push."""
    branch = hq.branch()
    member_id, vehicle_id = str(uuid.uuid4()), str(uuid.uuid4())
    bad_birth = enrolled(str(uuid.uuid4()), "1313131313", "Bad Birth")
    bad_birth["payload"]["birth_date"] = "31/02/1990"
    batch = [
        entry("card.issued", {"card_number": "C-77", "vehicle_id": vehicle_id, "member_id": member_id}),
        vehicle_added(member_id, vehicle_id, "IR-77Q777-77"),
        enrolled(member_id, "1414141414", "Order Test"),
        entry("member.updated", {"member_id": member_id, "full_name": None}),
        entry("member.updated", {"member_id": member_id, "birth_date": 19900101}),
        entry("membership.withdrawn", {"member_id": member_id, "on": "yesterday"}),
        bad_birth,
        entry("member.updated", {"member_id": member_id, "phone": "+989120000000", "birth_date": "1990-01-01"}),
    ]

    response = branch.push(batch)

    assert response.status_code == 200
    assert sorted(response.json()["held"]) == sorted(e["id"] for e in batch)
    status = {r.entry_uuid: r.status for r in hq.stored(branch)}
    assert [status[e["id"]] for e in batch] == [
        "applied", "applied", "applied", "invalid", "invalid", "invalid", "invalid", "applied",
    ]
    with hq.db.read() as s:
        member = s.scalar(select(Member).where(Member.national_id == "1414141414"))
        assert member is not None and member.phone == "+989120000000" and member.birth_date == date(1990, 1, 1)
        assert member.status == "active"
        link = s.scalar(select(MemberLink).where(MemberLink.branch_member_id == member_id))
        assert link is not None
        assert s.scalar(select(func.count()).select_from(Vehicle).where(Vehicle.link_id == link.id)) == 1
