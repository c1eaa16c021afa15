"""The review console over HTTP (FastAPI's TestClient): region scope, CSRF, lockout, sessions,
decisions fed back to the branch, branch credentials, profile publishing, audit, CLI."""

from __future__ import annotations

import argparse
import html
import io
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from test_web_support import (
    PASSWORD,
    Branch,
    CapturedRequest,
    add_branch,
    add_user,
    console_app,
    csrf_of,
    hq_db,
    sign_in,
)

from dealer_app import sync_protocol as proto
from dealer_app.clock import utcnow
from dealer_app.club_profile import clubs_dir
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.headoffice.models import AuditEntry, BenefitRequest, FeedRow, ProfileVersion
from dealer_app.headoffice.web import cli as web_cli
from dealer_app.headoffice.web import users
from dealer_app.headoffice.web.models import HqSession
from dealer_app.headoffice.web.security import COOKIE_NAME


@dataclass
class World:
    app: FastAPI
    db: HeadOfficeDB
    north: Branch
    south: Branch
    north_request: CapturedRequest
    late_request: CapturedRequest
    south_request: CapturedRequest

    def client(self, base_url: str = "http://testserver", lang: str | None = "en") -> TestClient:
        # English pages unless a test asks otherwise: the Kerman Motor profile's own language is Persian.
        return TestClient(self.app, base_url=base_url, follow_redirects=False,
                          cookies={"dc_lang": lang} if lang else None)

    def status_of(self, request_id: str) -> str:
        with self.db.read() as s:
            status = s.scalar(select(BenefitRequest.status).where(BenefitRequest.id == request_id))
        assert status is not None
        return status

    def audit(self, action: str) -> list[AuditEntry]:
        with self.db.read() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    app = console_app(f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    db = hq_db(app)
    north_secret = add_branch(db, "N1", "north", "Kerman North")
    south_secret = add_branch(db, "S1", "south", "Kerman South")
    add_user(db, "rm.north", "regional_manager", ["north"], "Reza Karimi")
    add_user(db, "rm.south", "regional_manager", ["south"], "Sara Ahmadi")
    add_user(db, "admin", "admin", [], "Head Office Admin")
    with TestClient(app) as http:
        north, south = Branch(http, "N1", north_secret), Branch(http, "S1", south_secret)
        north_request = north.capture(1, "Ali Rezaei")
        late_request = north.capture(2, "Maryam Hosseini", request_type="complaint",
                                     fields={"subject": "Late delivery", "details": "Three weeks late"},
                                     due_in=timedelta(days=-2), cars=1, tier="bronze", points=120)
        south_request = south.capture(3, "Hamid Nazari")
        yield World(app, db, north, south, north_request, late_request, south_request)


def decide_form(client: TestClient, request_id: str, verb: str, note: str) -> dict[str, str]:
    page = client.get(f"/console/requests/{request_id}")
    assert page.status_code == 200, page.text
    return {"verb": verb, "note": note, "csrf_token": csrf_of(page.text)}


# --- region scope ---------------------------------------------------------------------------


def test_regional_manager_sees_and_decides_only_their_regions(world: World) -> None:
    with world.client() as client:
        assert sign_in(client, "rm.north").status_code == 303
        queue = client.get("/console/queue")
        assert queue.status_code == 200
        assert "Ali Rezaei" in queue.text and "Maryam Hosseini" in queue.text
        assert "Hamid Nazari" not in queue.text and "Kerman South" not in queue.text

        # Another region's request, by direct URL: answered like one that does not exist.
        assert client.get(f"/console/requests/{world.south_request.request_id}").status_code == 404
        assert client.get(f"/console/requests/{world.south_request.request_id.upper()}").status_code == 404
        token = csrf_of(queue.text)
        refused = client.post(f"/console/requests/{world.south_request.request_id}/decide",
                              data={"verb": "approve", "note": "sneaky", "csrf_token": token})
        assert refused.status_code == 404
        assert world.status_of(world.south_request.request_id) == "received"

        # Filtering by the other region's branch shows nothing rather than its requests.
        assert "Hamid Nazari" not in client.get("/console/queue", params={"branch": "S1"}).text

    with world.client() as client:
        sign_in(client, "rm.south")
        queue = client.get("/console/queue").text
        assert "Hamid Nazari" in queue and "Ali Rezaei" not in queue


def test_regional_manager_cannot_open_admin_pages(world: World) -> None:
    with world.client() as client:
        sign_in(client, "rm.north")
        for path in ("/console/branches", "/console/users", "/console/profile"):
            assert client.get(path).status_code == 403, path
        token = csrf_of(client.get("/console/queue").text)
        refused = client.post("/console/branches", data={"code": "X1", "name": "X", "csrf_token": token})
        assert refused.status_code == 403
        assert not world.audit("branch.add")[2:]  # only the two the fixture added


def test_signed_out_visitor_is_sent_to_sign_in(world: World) -> None:
    with world.client() as client:
        response = client.get(f"/console/requests/{world.north_request.request_id}")
        assert response.status_code == 303
        assert response.headers["location"].startswith("/console/login?next=%2Fconsole%2Frequests%2F")
        assert client.post(f"/console/requests/{world.north_request.request_id}/decide",
                           data={"verb": "approve", "note": "x"}).status_code == 303
    assert world.status_of(world.north_request.request_id) == "received"


# --- queue ----------------------------------------------------------------------------------


def test_queue_filters_sorts_by_deadline_and_counts(world: World) -> None:
    with world.client() as client:
        sign_in(client, "admin")
        page = client.get("/console/queue").text
        # Earliest deadline first: the overdue complaint, then the two due in 5 hours.
        order = [page.index(name) for name in ("Maryam Hosseini", "Ali Rezaei", "Hamid Nazari")]
        assert order == sorted(order)
        # Captured a moment ago, due 5 hours after capture: under 5 whole hours are left.
        assert "overdue by 2 days" in page and "due in 4 hours" in page
        counts = dict(re.findall(r'<li class="count (\S+)"><span class="n">(\d+)</span>', page))
        assert counts == {"status-received": "3", "status-need_info": "0", "status-approved": "0",
                          "status-rejected": "0", "overdue-count": "1"}

        overdue = client.get("/console/queue", params={"overdue": "1"}).text
        assert "Maryam Hosseini" in overdue and "Ali Rezaei" not in overdue
        south = client.get("/console/queue", params={"region": "south"}).text
        assert "Hamid Nazari" in south and "Ali Rezaei" not in south
        complaints = client.get("/console/queue", params={"type": "complaint", "branch": "N1"}).text
        assert "Maryam Hosseini" in complaints and "Ali Rezaei" not in complaints


# --- CSRF -----------------------------------------------------------------------------------


def test_posts_without_the_sessions_csrf_token_are_refused(world: World) -> None:
    request_id = world.north_request.request_id
    with world.client() as client:
        sign_in(client, "rm.north")
        assert client.post(f"/console/requests/{request_id}/decide",
                           data={"verb": "approve", "note": "ok"}).status_code == 403
        assert client.post(f"/console/requests/{request_id}/decide",
                           data={"verb": "approve", "note": "ok", "csrf_token": "forged"}).status_code == 403
        assert client.post("/console/logout").status_code == 403
    with world.client() as other:
        # A token from another session is as good as none.
        sign_in(other, "admin")
        foreign = csrf_of(other.get("/console/queue").text)
    with world.client() as client:
        sign_in(client, "rm.north")
        assert client.post(f"/console/requests/{request_id}/decide",
                           data={"verb": "approve", "note": "ok", "csrf_token": foreign}).status_code == 403
    assert world.status_of(request_id) == "received"
    assert not world.audit("request.approved")

    with world.client() as client:
        client.get("/console/login")
        refused = client.post("/console/login", data={"username": "admin", "password": PASSWORD})
        assert refused.status_code == 403
        assert client.cookies.get(COOKIE_NAME) is not None
        assert client.get("/console/queue").status_code == 303  # still signed out


def test_every_console_form_carries_the_csrf_token(world: World) -> None:
    with world.client() as client:
        sign_in(client, "admin")
        for path in ("/console/queue", f"/console/requests/{world.north_request.request_id}",
                     "/console/branches", "/console/users", "/console/profile"):
            html = client.get(path).text
            forms = re.findall(r"<form\b[^>]*>.*?</form>", html, flags=re.S)
            posts = [f for f in forms if 'method="post"' in f]
            assert posts, path
            assert all('name="csrf_token"' in f for f in posts), path
            # GET forms (the queue filters) change nothing and keep the token out of URLs.
            assert all('name="csrf_token"' not in f for f in forms if 'method="get"' in f), path


# --- sign-in, lockout, sessions -------------------------------------------------------------


def test_lockout_after_five_failures_for_fifteen_minutes(world: World) -> None:
    with world.client() as client:
        statuses = [sign_in(client, "rm.north", "wrong password!").status_code for _ in range(5)]
        assert statuses == [401, 401, 401, 401, 429]
        locked = sign_in(client, "rm.north")  # the right password, during the lock
        assert locked.status_code == 429
        assert "locked until" in locked.text
        assert client.get("/console/queue").status_code == 303

    assert len(world.audit("hq.signin_failed")) == 5
    assert world.audit("hq.signin_failed")[-1].details.get("locked_until")
    assert len(world.audit("hq.signin_locked")) == 1
    assert not world.audit("hq.signin")

    later = utcnow() + timedelta(minutes=15, seconds=5)
    result = world.db.run(lambda s: users.sign_in(s, "rm.north", PASSWORD, later, "pytest"))
    assert result.outcome == "ok"


def test_unknown_usernames_lock_the_same_way(world: World) -> None:
    with world.client() as client:
        statuses = [sign_in(client, "nobody", "whatever!").status_code for _ in range(6)]
    assert statuses == [401, 401, 401, 401, 429, 429]


def test_failures_spread_over_time_do_not_lock(world: World) -> None:
    start = utcnow()
    for i in range(8):
        with world.db.write() as s:
            result = users.sign_in(s, "rm.north", "nope nope nope", start + timedelta(minutes=16 * i), None)
        assert result.outcome == "failed"


def test_admin_unlocks_a_locked_user(world: World) -> None:
    with world.client() as client:
        for _ in range(5):
            sign_in(client, "rm.south", "wrong password!")
    with world.client() as admin:
        sign_in(admin, "admin")
        page = admin.get("/console/users").text
        assert "locked until" in page
        assert admin.post("/console/users/rm.south/unlock", data={"csrf_token": csrf_of(page)}).status_code == 303
    with world.client() as client:
        assert sign_in(client, "rm.south").status_code == 303
    assert world.audit("hq_user.unlock")[0].actor == "console:admin"


def test_session_cookie_flags_and_server_side_rows(world: World) -> None:
    with world.client("https://testserver") as client:
        response = sign_in(client, "rm.north")
        cookie = response.headers["set-cookie"]
        assert f"{COOKIE_NAME}=" in cookie
        for flag in ("HttpOnly", "Secure", "SameSite=lax", "Path=/console"):
            assert flag.lower() in cookie.lower(), flag
        token = client.cookies.get(COOKIE_NAME)
        assert token
        with world.db.read() as s:
            ids = list(s.scalars(select(HqSession.id).where(HqSession.user_id.is_not(None))))
        assert len(ids) == 1 and token not in ids  # only the token's hash is stored
    with world.client() as client:
        assert "secure" not in sign_in(client, "rm.north").headers["set-cookie"].lower()


def test_sign_in_replaces_the_session_and_sign_out_ends_it(world: World) -> None:
    with world.client() as client:
        client.get("/console/login")
        before = client.cookies.get(COOKIE_NAME)
        sign_in(client, "rm.north")
        after = client.cookies.get(COOKIE_NAME)
        assert before and after and before != after
        queue = client.get("/console/queue")
        assert queue.status_code == 200
        assert client.post("/console/logout", data={"csrf_token": csrf_of(queue.text)}).status_code == 303
    with world.client() as replay:
        replay.cookies.set(COOKIE_NAME, after, path="/console")
        assert replay.get("/console/queue").status_code == 303
    assert [a.action for a in world.audit("hq.signin")] == ["hq.signin"]
    assert world.audit("hq.signout")[0].actor == "rm.north"


def test_expired_sessions_are_refused(world: World) -> None:
    with world.client() as client:
        sign_in(client, "rm.north")
        with world.db.write() as s:
            for row in s.scalars(select(HqSession)):
                row.expires_at = utcnow() - timedelta(seconds=1)
        assert client.get("/console/queue").status_code == 303


def test_disabled_user_cannot_sign_in_and_loses_sessions(world: World) -> None:
    with world.client() as manager:
        sign_in(manager, "rm.south")
        assert manager.get("/console/queue").status_code == 200
        with world.client() as admin:
            sign_in(admin, "admin")
            token = csrf_of(admin.get("/console/users").text)
            assert admin.post("/console/users/rm.south/disable", data={"csrf_token": token}).status_code == 303
            # An administrator cannot lock themselves out by accident.
            assert admin.post("/console/users/admin/disable", data={"csrf_token": token}).status_code == 400
        assert manager.get("/console/queue").status_code == 303
        assert sign_in(manager, "rm.south").status_code == 401


# --- decisions ------------------------------------------------------------------------------


def test_approval_is_final_audited_and_fed_back_to_the_branch(world: World) -> None:
    request_id = world.north_request.request_id
    with world.client() as client:
        sign_in(client, "rm.north")
        page = client.get(f"/console/requests/{request_id}")
        assert "Delivery priority" in page.text and "ORD-1" in page.text and "(a) Invitation issued" in page.text
        assert "KMC J7" in page.text and "420 points" in page.text
        done = client.post(f"/console/requests/{request_id}/decide",
                           data=decide_form(client, request_id, "approve", "Approved: deliver next week"))
        assert done.status_code == 303
        shown = client.get(done.headers["location"]).text
        assert "Decision recorded" in shown
        assert "Approved by Reza Karimi (rm.north)" in shown and "This decision is final" in shown
        assert 'name="verb"' not in shown

        again = client.post(f"/console/requests/{request_id}/decide",
                            data={"verb": "reject", "note": "changed my mind", "csrf_token": csrf_of(shown)})
        assert again.status_code == 409
        assert "their decision stands" in again.text

    assert world.status_of(request_id) == "approved"
    [row] = world.audit("request.approved")
    assert row.actor == "Reza Karimi (rm.north)" and row.entity_id == request_id

    items = [i for i in world.north.pull()["items"] if i["kind"] == "decision"]
    assert len(items) == 1
    decision = proto.DecisionItem.model_validate(items[0]["payload"])
    assert (decision.request_id, decision.decision, decision.note) == (request_id, "approved",
                                                                       "Approved: deliver next week")
    assert decision.decided_by == "Reza Karimi (rm.north)" and decision.tier_at_decision == "gold"
    assert not [i for i in world.south.pull()["items"] if i["kind"] == "decision"]


def test_need_info_then_reject(world: World) -> None:
    request_id = world.late_request.request_id
    with world.client() as client:
        sign_in(client, "rm.north")
        client.post(f"/console/requests/{request_id}/decide",
                    data=decide_form(client, request_id, "need-info", "Which delivery date was promised?"))
        assert world.status_of(request_id) == "need_info"
        page = client.get(f"/console/requests/{request_id}").text
        assert "More information was asked by Reza Karimi (rm.north)" in page
        assert "Which delivery date was promised?" in page
        assert "Maryam Hosseini" in client.get("/console/queue").text  # still waiting
        client.post(f"/console/requests/{request_id}/decide",
                    data=decide_form(client, request_id, "reject", "The contract allows four weeks"))
    assert world.status_of(request_id) == "rejected"
    with world.db.read() as s:
        kinds = [r.payload["decision"] for r in s.scalars(select(FeedRow).where(FeedRow.kind == "decision"))]
    assert kinds == ["need_info", "rejected"]


def test_decision_needs_a_verb_and_a_note(world: World) -> None:
    request_id = world.north_request.request_id
    with world.client() as client:
        sign_in(client, "rm.north")
        form = decide_form(client, request_id, "approve", "   ")
        assert client.post(f"/console/requests/{request_id}/decide", data=form).status_code == 400
        form = decide_form(client, request_id, "grant", "fine")
        assert client.post(f"/console/requests/{request_id}/decide", data=form).status_code == 400
    assert world.status_of(request_id) == "received"


def test_member_history_shows_earlier_requests_of_the_member(world: World) -> None:
    with world.client() as client:
        sign_in(client, "admin")
        page = client.get(f"/console/requests/{world.north_request.request_id}").text
        assert "Earlier requests of this member" in page and "None." in page


# --- branches -------------------------------------------------------------------------------


def test_admin_issues_rotates_and_revokes_branch_credentials(world: World) -> None:
    with world.client() as client:
        sign_in(client, "admin")
        page = client.get("/console/branches").text
        assert "Kerman North" in page
        added = client.post("/console/branches", data={"code": "e2", "name": "Kerman East", "region": "north",
                                                       "csrf_token": csrf_of(page)})
        assert added.status_code == 200
        assert added.headers["cache-control"] == "no-store"
        first = re.search(r'<code id="branch-secret">([^<]+)</code>', added.text)
        assert first is not None
        assert first.group(1) not in client.get("/console/branches").text  # shown once only

        east = Branch(client, "E2", first.group(1))
        assert east.pull()["items"] == []

        page = client.get("/console/branches").text
        refused = client.post("/console/branches/E2/rotate", data={"csrf_token": csrf_of(page)})
        assert refused.status_code == 400  # not confirmed
        rotated = client.post("/console/branches/E2/rotate", data={"csrf_token": csrf_of(page), "confirm": "yes"})
        second = re.search(r'<code id="branch-secret">([^<]+)</code>', rotated.text)
        assert second is not None and second.group(1) != first.group(1)
        old = client.get(f"{proto.API_PREFIX}/sync/pull", auth=east.auth)
        assert old.status_code == 401
        east = Branch(client, "E2", second.group(1))
        assert east.pull()["items"] == []

        revoked = client.post("/console/branches/E2/revoke", data={"csrf_token": csrf_of(page), "confirm": "yes"})
        assert revoked.status_code == 303
        assert "Branch E2 revoked" in client.get(revoked.headers["location"]).text
        assert client.get(f"{proto.API_PREFIX}/sync/pull", auth=east.auth).status_code == 403

    actions = [(a.action, a.actor, a.entity_id) for a in world.audit("branch.add")[2:]]
    actions += [(a.action, a.actor, a.entity_id) for a in world.audit("branch.rotate")]
    actions += [(a.action, a.actor, a.entity_id) for a in world.audit("branch.revoke")]
    assert actions == [("branch.add", "console:admin", "E2"), ("branch.rotate", "console:admin", "E2"),
                       ("branch.revoke", "console:admin", "E2")]


def test_branches_page_shows_sync_state(world: World) -> None:
    bad = {"id": "6f1c1b8e-32a4-4d3c-9c39-0c7d1f3b4a11", "type": "loyalty.teleported", "schema_version": 1,
           "created_at": "2026-11-22T05:00:00+00:00", "payload": {}}
    world.north.push([bad])
    with world.client() as client:
        sign_in(client, "admin")
        page = client.get("/console/branches").text
    row = re.search(r'<tr class="" id="branch-N1">(.*?)</tr>', page, flags=re.S)
    assert row is not None
    cells = re.findall(r'<td class="num[^"]*">(\d+)</td>', row.group(1))
    assert cells == ["0", "1", "2"]  # waiting, flagged, open requests
    assert "loyalty.teleported" in row.group(1)


# --- club profile ---------------------------------------------------------------------------


def test_profile_upload_shows_a_diff_then_publishes_to_every_branch(world: World) -> None:
    shipped = (clubs_dir() / "kerman_motor.toml").read_text(encoding="utf-8")
    changed = shipped.replace("version = 1", "version = 2", 1).replace("join = 30", "join = 40", 1)
    with world.client() as client:
        sign_in(client, "admin")
        page = client.get("/console/profile").text
        assert "the default shipped with the app" in page
        preview = client.post("/console/profile/preview", data={"csrf_token": csrf_of(page)},
                              files={"file": ("kerman_motor.toml", changed.encode(), "application/toml")})
        assert preview.status_code == 200, preview.text
        assert "kerman_motor version 2 is valid" in preview.text
        assert "<del>-join = 30</del>" in preview.text and "<ins>+join = 40</ins>" in preview.text
        with world.db.read() as s:
            assert s.scalar(select(ProfileVersion.id)) is None  # nothing published by a preview

        form = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', preview.text))
        text = re.search(r'<textarea name="toml_text" hidden readonly>\n(.*?)</textarea>', preview.text, re.S)
        assert text is not None
        form["toml_text"] = html.unescape(text.group(1))
        published = client.post("/console/profile/publish", data=form)
        assert published.status_code == 303
        assert "Published kerman_motor version 2" in client.get(published.headers["location"]).text

        tampered = dict(form, toml_text=form["toml_text"].replace("join = 40", "join = 90"))
        assert client.post("/console/profile/publish", data=tampered).status_code == 409

    with world.db.read() as s:
        version = s.scalar(select(ProfileVersion))
        assert version is not None and version.toml == changed and version.published_by == "console:admin"
    [row] = world.audit("profile.published")
    assert row.actor == "console:admin" and row.entity_id == "kerman_motor@2"
    feed = [i for i in world.south.pull()["items"] if i["kind"] == "profile.published"]
    assert feed and feed[0]["payload"]["version"] == 2


def test_invalid_profile_is_refused_with_the_key_and_reason(world: World) -> None:
    shipped = (clubs_dir() / "kerman_motor.toml").read_text(encoding="utf-8")
    broken = shipped.replace("max_points = 210", "max_points = 250", 1)
    with world.client() as client:
        sign_in(client, "admin")
        token = csrf_of(client.get("/console/profile").text)
        refused = client.post("/console/profile/preview", data={"csrf_token": token},
                              files={"file": ("k.toml", broken.encode(), "text/plain")})
        assert refused.status_code == 400
        assert "The profile cannot be used" in refused.text and "tiers[0].max_points" in refused.text
        garbage = client.post("/console/profile/preview", data={"csrf_token": token},
                              files={"file": ("k.toml", b"\xff\xfe\x00", "text/plain")})
        assert garbage.status_code == 400


# --- languages ------------------------------------------------------------------------------


def test_persian_pages_are_right_to_left_with_jalali_dates(world: World) -> None:
    with world.client(lang=None) as client:
        sign_in(client, "rm.north")
        assert '<html lang="fa" dir="rtl">' in client.get("/console/queue").text  # the profile's language
        client.get("/console/lang/en", params={"next": "/console/queue"})
        assert '<html lang="en" dir="ltr">' in client.get("/console/queue").text
        switched = client.get("/console/lang/fa", params={"next": "/console/queue"})
        assert switched.status_code == 303 and switched.headers["location"] == "/console/queue"
        page = client.get("/console/queue").text
        assert '<html lang="fa" dir="rtl">' in page
        assert "درخواست‌های در انتظار تصمیم" in page and "۱۴۰۵/" in page
        assert client.get("/console/lang/fa", params={"next": "https://evil.example/"}).headers["location"] \
            == "/console/queue"


# --- CLI ------------------------------------------------------------------------------------


def _cli(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dealer-hq")
    web_cli.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


def test_cli_adds_and_lists_users(world: World, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    url = world.db.url
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    args = _cli(["user", "add", "RM.West", "--role", "regional_manager", "--region", "west", "--region", "north",
                 "--name", "Nima West", "--password-stdin", "--db", url])
    assert args.func(args) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    args = _cli(["user", "add", "rm.east", "--role", "regional_manager", "--region", "east",
                 "--password-stdin", "--db", url])
    assert args.func(args) == 1
    assert "at least 12 characters" in capsys.readouterr().err

    args = _cli(["user", "list", "--json", "--db", url])
    assert args.func(args) == 0
    listed = {u["username"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed["rm.west"]["regions"] == ["north", "west"] and listed["rm.west"]["role"] == "regional_manager"
    assert listed["admin"]["role"] == "admin" and "rm.east" not in listed

    with world.client() as client:
        assert sign_in(client, "rm.west", "a long enough password").status_code == 303
        assert "Ali Rezaei" in client.get("/console/queue").text


# --- PostgreSQL -----------------------------------------------------------------------------


@pytest.mark.postgres
def test_sign_in_lockout_and_decision_on_postgresql(postgres_admin_url: str) -> None:
    import psycopg

    name = f"dealer_hq_web_{uuid.uuid4().hex[:12]}"
    admin_dsn = postgres_admin_url.replace("postgresql+psycopg://", "postgresql://", 1) + "/postgres"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            app = console_app(f"{postgres_admin_url}/{name}")
            db = hq_db(app)
            secret = add_branch(db, "P1", "west", "Kerman West")
            add_user(db, "rm.west", "regional_manager", ["west"], "Nima West")
            with TestClient(app, follow_redirects=False, cookies={"dc_lang": "en"}) as client:
                captured = Branch(client, "P1", secret).capture(21, "Leila Moradi")
                assert [sign_in(client, "rm.west", "not the password").status_code for _ in range(5)] \
                    == [401, 401, 401, 401, 429]
                assert sign_in(client, "rm.west").status_code == 429
                with db.write() as s:
                    users.unlock(s, "rm.west", "pytest")
                assert sign_in(client, "rm.west").status_code == 303
                form = decide_form(client, captured.request_id, "approve", "Approved on PostgreSQL")
                assert client.post(f"/console/requests/{captured.request_id}/decide", data=form).status_code == 303
                feed = Branch(client, "P1", secret).pull()["items"]
            assert [i["payload"]["decision"] for i in feed if i["kind"] == "decision"] == ["approved"]
            db.close()
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
