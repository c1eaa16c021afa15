"""Shared scaffolding for the review-console tests (a live dealer-hq with the console mounted,
a branch pushing as the real sync client does), plus unit tests of the console's small parts."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from dealer_app import sync_protocol as proto
from dealer_app.club_profile import load_profile
from dealer_app.headoffice import auth
from dealer_app.headoffice.app import create_app
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.headoffice.web import i18n, mount, routes, security, users
from dealer_app.plates import normalize_plate

PASSWORD = "correct horse battery staple"


def console_app(db_url: str) -> FastAPI:
    """dealer-hq's app with the console mounted, as `create_app` will do once the lead wires it."""
    app = create_app(db_url)
    mount(app, app.state.db)
    return app


def hq_db(app: FastAPI) -> HeadOfficeDB:
    db = app.state.db
    assert isinstance(db, HeadOfficeDB)
    return db


@contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """uvicorn serving `app` in a thread on a free loopback port; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("dealer-hq did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


def add_branch(db: HeadOfficeDB, code: str, region: str | None, name: str | None = None) -> str:
    with db.write() as s:
        return auth.add_branch(s, code, name or f"Branch {code}", region, "pytest")


def add_user(db: HeadOfficeDB, username: str, role: str, regions: list[str], name: str | None = None) -> None:
    with db.write() as s:
        users.create_user(s, username, name or username.title(), role, regions, PASSWORD, "pytest",
                          datetime.now(UTC).replace(tzinfo=None))


def _entry(entry_type: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "type": entry_type, "schema_version": 1,
            "created_at": datetime.now(UTC).isoformat(), "payload": payload}


@dataclass
class CapturedRequest:
    request_id: str
    member_id: str
    vehicle_id: str
    full_name: str


class Branch:
    """What a branch's sync client sends and pulls, signed with `BranchAuth`."""

    def __init__(self, http: httpx.Client, code: str, secret: str) -> None:
        self.code = code
        self.http = http
        self.auth = proto.BranchAuth(code, proto.derive_key(secret))

    def push(self, entries: list[dict[str, Any]]) -> dict[str, Any]:
        response = self.http.post(
            f"{proto.API_PREFIX}/sync/push", content=json.dumps({"entries": entries}).encode(),
            headers={"Content-Type": "application/json"}, auth=self.auth,
        )
        response.raise_for_status()
        held: dict[str, Any] = response.json()
        assert set(held["held"]) == {e["id"] for e in entries}
        return held

    def pull(self, cursor: int = 0) -> dict[str, Any]:
        response = self.http.get(f"{proto.API_PREFIX}/sync/pull?cursor={cursor}&limit=100", auth=self.auth)
        response.raise_for_status()
        page: dict[str, Any] = response.json()
        return page

    def capture(
        self,
        n: int,
        full_name: str,
        *,
        request_type: str = "delivery_priority",
        fields: dict[str, Any] | None = None,
        cars: int = 3,
        due_in: timedelta = timedelta(hours=5),
        tier: str = "gold",
        points: int = 420,
    ) -> CapturedRequest:
        """Enrols member `n`, adds `cars` cars and captures one request, in one push."""
        member_id, request_id = str(uuid.uuid4()), str(uuid.uuid4())
        vehicles = [str(uuid.uuid4()) for _ in range(cars)]
        national_id = f"{n:010d}"
        entries = [_entry("member.enrolled", {
            "member_id": member_id, "member_number": f"{self.code}-{n:05d}", "national_id": national_id,
            "country": "IR", "full_name": full_name, "phone": "+989121234567", "joined_on": "2020-06-01",
            "profile_complete": True, "join_method": "standard", "valid_until": None,
        })]
        for i, vehicle_id in enumerate(vehicles):
            entries.append(_entry("vehicle.added", {
                "vehicle_id": vehicle_id, "member_id": member_id,
                "plate_key": normalize_plate("IR", f"{12 + i} ب {345 + n % 500} ایران {20 + n % 70}"),
                "vin": f"NAS{n:06d}{i:02d}KM7A"[:17], "model": "KMC J7", "purchased_on": f"{2019 + i}-05-01",
                "source": "direct",
            }))
        now = datetime.now(UTC)
        entries.append(_entry("request.captured", {
            "request_id": request_id, "member_id": member_id, "vehicle_id": vehicles[-1], "type": request_type,
            "fields": fields if fields is not None else {
                "case": "a", "order_number": f"ORD-{n}", "due_delivery_date": "2026-12-20", "paid_in_full": "yes",
            },
            "tier_at_capture": tier, "points_at_capture": points, "captured_at": now.isoformat(),
            "captured_by": "clerk1", "due_at": (now + due_in).isoformat(),
        }))
        self.push(entries)
        return CapturedRequest(request_id, member_id, vehicles[-1], full_name)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match is not None, "the page has no CSRF field"
    return match.group(1)


def sign_in(client: httpx.Client | Any, username: str, password: str = PASSWORD) -> httpx.Response:
    page = client.get("/console/login")
    assert page.status_code == 200
    return client.post("/console/login", data={
        "username": username, "password": password, "csrf_token": csrf_of(page.text), "next": "/console/queue",
    })


# --- unit tests of the console's small parts ------------------------------------------------


def test_every_message_has_all_four_languages() -> None:
    for key, texts in i18n.MESSAGES.items():
        assert set(texts) == set(i18n.LANGUAGES), key
        assert all(texts.values()), key
        placeholders = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in texts.items()}
        assert all(p == placeholders["en"] for p in placeholders.values()), (key, placeholders)
    assert i18n.MESSAGES.keys() >= routes.FLASH_KEYS


def test_time_left_is_describe_due_said_in_each_language() -> None:
    ui_en = i18n.Ui("en", load_profile("kerman_motor"))
    ui_fa = i18n.Ui("fa", load_profile("kerman_motor"))
    ui_zh = i18n.Ui("zh_CN", load_profile("kerman_motor"))
    now = datetime(2026, 11, 22, 6, 0)
    assert ui_en.due(now + timedelta(hours=5, minutes=10), now) == "due in 5 hours"
    assert ui_en.due(now - timedelta(days=2, hours=1), now) == "overdue by 2 days"
    assert ui_fa.due(now + timedelta(hours=5, minutes=10), now) == "۵ ساعت مانده"
    assert ui_fa.due(now - timedelta(days=2, hours=1), now) == "۲ روز دیرکرد"
    assert ui_zh.due(now - timedelta(minutes=30), now) == "已逾期30 分钟"
    assert ui_en.due(None, now) == "no deadline"


def test_dates_use_the_profile_calendar_in_its_zone() -> None:
    ui = i18n.Ui("fa", load_profile("kerman_motor"))
    # 2026-03-20 21:00 UTC is already 1405/01/01 00:30 in Tehran.
    assert ui.dt(datetime(2026, 3, 20, 21, 0)) == "۱۴۰۵/۰۱/۰۱ ۰۰:۳۰"
    assert ui.dir == "rtl" and i18n.Ui("tr", load_profile("kerman_motor")).dir == "ltr"


def test_redirect_targets_stay_inside_the_console() -> None:
    assert routes.safe_next("/console/requests/x?y=1") == "/console/requests/x?y=1"
    for bad in ("https://evil.example/", "//evil.example/console/", "/console//evil", "/api/v1/sync/pull", None):
        assert routes.safe_next(bad) == "/console/queue"


def test_cookie_secure_follows_the_scheme_unless_configured() -> None:
    assert security.cookie_secure("auto", "https") and not security.cookie_secure("auto", "http")
    assert security.cookie_secure("always", "http") and not security.cookie_secure("never", "https")


@pytest.mark.parametrize("password, problem", [
    ("short", "at least 12"),
    (" leading space x", "space"),
    ("my-name-is-rkarimi", "username"),
])
def test_password_rules(password: str, problem: str) -> None:
    with pytest.raises(users.UserError, match=problem):
        users.check_password_rules(password, "rkarimi")


def test_mounting_twice_adds_the_console_once(tmp_path: Path) -> None:
    app = console_app(f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    routes_before = len(app.routes)
    mount(app, hq_db(app))
    assert len(app.routes) == routes_before
    from fastapi.testclient import TestClient

    with TestClient(app, follow_redirects=False) as client:
        assert client.get("/console/queue").headers["location"] == "/console/login?next=%2Fconsole%2Fqueue"
