"""Test helpers for dealer-hq: a real uvicorn server on a loopback port, throw-away databases,
and a signing branch client (imported by tests/test_headoffice_*.py)."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from dealer_app import sync_protocol as proto
from dealer_app.headoffice.app import create_app

PG_SERVER_URL = "postgresql+psycopg://postgres@127.0.0.1:5432"


@contextmanager
def postgres_database(server_url: str = PG_SERVER_URL) -> Iterator[str]:
    """A uniquely named database, dropped afterwards.

    An unreachable server skips the test, except in CI (DEALER_REQUIRE_POSTGRES=1) where it
    fails, like conftest's `postgres_admin_url`.
    """
    import psycopg

    name = f"dealer_hq_test_{uuid.uuid4().hex[:12]}"
    admin_url = server_url.replace("postgresql+psycopg://", "postgresql://", 1) + "/postgres"
    try:
        admin = psycopg.connect(admin_url, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        reason = f"PostgreSQL is not reachable at {server_url} ({exc})"
        if os.environ.get("DEALER_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{server_url}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def running_server(db_url: str) -> Iterator[str]:
    """dealer-hq served by uvicorn in a thread on a free loopback port; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db_url), log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("dealer-hq test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'hq.sqlite3'}"


class BranchClient:
    """What the branch sync client does on the wire, signed with the branch key."""

    def __init__(self, base_url: str, code: str, secret: str) -> None:
        self.code = code
        self.key = proto.derive_key(secret)
        self.http = httpx.Client(base_url=base_url, auth=proto.BranchAuth(code, self.key), timeout=60)

    def close(self) -> None:
        self.http.close()

    def push(self, entries: list[dict[str, Any]]) -> httpx.Response:
        return self.http.post("/api/v1/sync/push", content=json.dumps({"entries": entries}).encode(),
                              headers={"Content-Type": "application/json"})

    def pull(self, cursor: int = 0, limit: int = 100) -> httpx.Response:
        return self.http.get(f"/api/v1/sync/pull?cursor={cursor}&limit={limit}")

    def pull_all(self, kind: str | None = None) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = 0
        while True:
            response = self.pull(cursor)
            response.raise_for_status()
            page = response.json()
            items.extend(page["items"])
            if page["next_cursor"] == cursor:
                break
            cursor = page["next_cursor"]
        return [i for i in items if kind is None or i["kind"] == kind]

    def signed_headers(self, method: str, path: str, body: bytes, **kw: Any) -> dict[str, str]:
        return proto.sign_request(self.key, method, path, body, branch=self.code, **kw)


def entry(entry_type: str, payload: dict[str, Any], created_at: datetime | None = None,
          schema_version: int = 1, entry_id: str | None = None) -> dict[str, Any]:
    return {
        "id": entry_id or str(uuid.uuid4()),
        "type": entry_type,
        "schema_version": schema_version,
        "created_at": (created_at or datetime.now(UTC)).isoformat(),
        "payload": payload,
    }


def enrolled(member_id: str, national_id: str, full_name: str, *, created_at: datetime | None = None,
             number: str = "M-1", phone: str = "+989121234567", joined_on: str = "2024-03-01",
             profile_complete: bool = True, country: str = "IR") -> dict[str, Any]:
    return entry("member.enrolled", {
        "member_id": member_id, "member_number": number, "national_id": national_id, "country": country,
        "full_name": full_name, "phone": phone, "email": None, "joined_on": joined_on,
        "profile_complete": profile_complete, "join_method": "paid", "valid_until": "2025-03-01",
    }, created_at)


def vehicle_added(member_id: str, vehicle_id: str, plate: str, purchased_on: str = "2024-03-01",
                  vin: str | None = None) -> dict[str, Any]:
    return entry("vehicle.added", {
        "vehicle_id": vehicle_id, "member_id": member_id, "plate_key": plate, "vin": vin,
        "model": "Dena+", "purchased_on": purchased_on, "source": "direct",
    })


def request_captured(request_id: str, member_id: str, tier: str | None = "bronze") -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    return entry("request.captured", {
        "request_id": request_id, "member_id": member_id, "vehicle_id": None, "type": "delivery_priority",
        "fields": {"invitation_issued": "yes"}, "tier_at_capture": tier, "points_at_capture": 120,
        "captured_at": now, "captured_by": "clerk1", "due_at": now,
    })
