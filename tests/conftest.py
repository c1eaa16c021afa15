"""Shared fixtures: offscreen Qt, a fresh branch database per test, actors per role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

settings.register_profile("ci", deadline=None, max_examples=200)
settings.load_profile("ci")

from dealer_app.club_profile import ClubProfile, load_profile  # noqa: E402
from dealer_app.db.database import Database  # noqa: E402
from dealer_app.roles import Actor, Role  # noqa: E402
from dealer_app.services import settings as branch_settings  # noqa: E402


def make_branch(path: Path, club: str = "kerman_motor", code: str = "TH01") -> Database:
    db = Database(path)
    with db.write() as s:
        branch_settings.initialise(s, code, f"Branch {code}", club)
    return db


@pytest.fixture
def branch_db(tmp_path: Path) -> Iterator[Database]:
    db = make_branch(tmp_path / "branch.sqlite3")
    yield db
    db.close()


@pytest.fixture
def profile() -> ClubProfile:
    return load_profile("kerman_motor")


@pytest.fixture
def manager() -> Actor:
    return Actor("manager1", frozenset({Role.BRANCH_MANAGER}), "Test Manager")


@pytest.fixture
def front_desk() -> Actor:
    return Actor("desk1", frozenset({Role.FRONT_DESK}), "Test Front Desk")


@pytest.fixture
def advisor() -> Actor:
    return Actor("advisor1", frozenset({Role.SERVICE_ADVISOR}), "Test Advisor")


def _postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", connect_timeout=3):
            return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """psycopg URL of the PostgreSQL server; tests create and drop their own databases.

    Skips where no server runs, except in CI (DEALER_REQUIRE_POSTGRES=1), where it fails.
    """
    if not _postgres_reachable():
        if os.environ.get("DEALER_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is required here (DEALER_REQUIRE_POSTGRES=1)")
        pytest.skip("no PostgreSQL server at 127.0.0.1:5432")
    return "postgresql+psycopg://postgres@127.0.0.1:5432"
