"""The review console in a real browser: Debian's Chromium driven by Playwright against dealer-hq
served by uvicorn on a loopback port, fed by a branch pushing signed entries over HTTP.

Saves the screenshots in docs/console/ (queue and request pages, English and Persian).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_web_support import PASSWORD, Branch, add_branch, add_user, console_app, hq_db, live_server

from dealer_app import sync_protocol as proto

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "console"


def shoot(page: Any, name: str) -> None:
    """A full-page screenshot for docs/console/, once the page's web fonts are in."""
    page.evaluate("document.fonts.ready.then(() => true)")
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        reason = "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)"
        if os.environ.get("DEALER_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}; DEALER_REQUIRE_BROWSER=1 requires it")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def test_manager_filters_opens_and_approves_and_the_branch_pulls_the_decision(
    browser: Any, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    app = console_app(f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    db = hq_db(app)
    north_secret = add_branch(db, "KRM-N1", "North", "Kerman Motor Tabriz")
    south_secret = add_branch(db, "KRM-S1", "South", "Kerman Motor Shiraz")
    add_branch(db, "KRM-N2", "North", "Kerman Motor Ardabil")
    add_user(db, "r.karimi", "regional_manager", ["North"], "Reza Karimi")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with live_server(app) as base_url, httpx.Client(base_url=base_url, timeout=30) as http:
        north, south = Branch(http, "KRM-N1", north_secret), Branch(http, "KRM-S1", south_secret)
        wanted = north.capture(11, "علی رضایی")
        other = north.capture(12, "مریم حسینی", request_type="complaint", cars=1, tier="bronze", points=120,
                              fields={"subject": "تأخیر در تحویل", "details": "سه هفته از موعد گذشته است"},
                              due_in=-timedelta(days=2))
        north.capture(13, "حمید نظری", request_type="registration_priority", cars=4, tier="gold", points=460,
                      fields={"sales_plan": "طرح فروش پاییز", "model": "KMC T8", "window_starts": "2026-11-20",
                              "window_ends": "2026-12-05"}, due_in=timedelta(days=3))
        south.capture(14, "Sara Ahmadi")  # another region: never shown to this manager

        context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=base_url)
        page = context.new_page()
        try:
            page.goto("/console/lang/en?next=/console/queue")
            expect(page).to_have_url(f"{base_url}/console/login?next=%2Fconsole%2Fqueue")
            page.get_by_label("Username").fill("r.karimi")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("heading", name="Requests waiting for a decision")).to_be_visible()
            rows = page.locator("table.queue tbody tr")
            expect(rows).to_have_count(3)
            expect(page.get_by_text("Sara Ahmadi")).to_have_count(0)
            expect(rows.first).to_contain_text("overdue by 2 days")  # sorted by deadline
            shoot(page, "queue-en")

            page.get_by_label("Branch").select_option("KRM-N1")
            page.get_by_label("Request type").select_option("delivery_priority")
            page.get_by_role("button", name="Filter").click()
            expect(rows).to_have_count(1)
            expect(rows.first).to_contain_text("علی رضایی")
            expect(rows.first).to_contain_text("due in 4 hours")

            rows.first.get_by_role("link", name="Delivery priority").click()
            expect(page.get_by_role("heading", name="Delivery priority")).to_be_visible()
            expect(page.get_by_text("Gold").first).to_be_visible()
            expect(page.get_by_text("ORD-11")).to_be_visible()
            page.locator("details").first.evaluate("d => d.open = true")
            shoot(page, "request-en")

            page.get_by_label("Approve").check()
            page.get_by_label("Note for the branch (it tells the customer)").fill(
                "Approved: delivery moves to the first slot next week."
            )
            page.get_by_role("button", name="Record decision").click()
            expect(page.get_by_role("status")).to_contain_text("Decision recorded")
            expect(page.get_by_text("Approved by Reza Karimi (r.karimi)")).to_be_visible()
            expect(page.get_by_role("button", name="Record decision")).to_have_count(0)

            # Persian, right to left, Jalali dates: the queue and a request still waiting.
            page.get_by_role("link", name="فارسی").click()
            expect(page.locator("html")).to_have_attribute("dir", "rtl")
            page.goto("/console/queue")
            expect(page.locator("table.queue tbody tr")).to_have_count(2)
            shoot(page, "queue-fa")
            page.goto(f"/console/requests/{other.request_id}")
            expect(page.get_by_role("heading", name="شکایت")).to_be_visible()
            page.locator("details").first.evaluate("d => d.open = true")
            shoot(page, "request-fa")
        finally:
            context.close()

        decisions = [i for i in north.pull()["items"] if i["kind"] == "decision"]
        assert len(decisions) == 1
        decision = proto.DecisionItem.model_validate(decisions[0]["payload"])
        assert decision.request_id == wanted.request_id and decision.decision == "approved"
        assert decision.note == "Approved: delivery moves to the first slot next week."
        assert decision.decided_by == "Reza Karimi (r.karimi)"
        assert not [i for i in south.pull()["items"] if i["kind"] == "decision"]


def test_a_decision_made_in_the_browser_reaches_a_real_branch_by_sync_once(browser: Any, tmp_path: Path) -> None:
    """The whole loop with real parts: a branch database captures, `dealer-app sync --once`
    sends, a regional manager approves in Chromium, `dealer-app sync --once` brings it back."""
    import json
    import subprocess
    import sys

    from playwright.sync_api import expect

    from dealer_app.club_profile import load_profile
    from dealer_app.roles import Actor, Role
    from dealer_app.services import members
    from dealer_app.services import requests as branch_requests
    from tests.conftest import make_branch
    from tests.helpers import enrollment
    from tests.hq_process import HQServer
    from tests.hq_process import add_branch as hq_add_branch

    hq_url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    secret = hq_add_branch(hq_url, "TH01", region="North")
    subprocess.run(
        [sys.executable, "-m", "dealer_app.headoffice.cli", "user", "add", "r.karimi", "--role",
         "regional_manager", "--region", "North", "--name", "Reza Karimi", "--password-stdin", "--db", hq_url],
        input=PASSWORD, text=True, check=True, capture_output=True, timeout=60,
    )
    data_dir = tmp_path / "branch"
    data_dir.mkdir()
    db = make_branch(data_dir / "branch.sqlite3")
    desk = Actor("desk1", frozenset({Role.FRONT_DESK}))
    profile = load_profile("kerman_motor")
    member = members.enroll(db, profile, desk, enrollment(7, name="Sara Karimi"))
    request = branch_requests.capture(db, profile, desk, member.id, "complaint",
                                      {"subject": "Late delivery", "details": "Three weeks past the date."})
    db.close()

    def branch_cli(*args: str) -> str:
        out = subprocess.run([sys.executable, "-m", "ui.main", *args, "--data-dir", str(data_dir)],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        return out.stdout

    server = HQServer(hq_url, tmp_path).start()
    try:
        branch_cli("connect", "--url", server.url, "--branch-code", "TH01", "--secret", secret)
        branch_cli("sync", "--once")
        context = browser.new_context(base_url=server.url)
        page = context.new_page()
        try:
            page.goto("/console/lang/en?next=/console/queue")
            page.get_by_label("Username").fill("r.karimi")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            rows = page.locator("table.queue tbody tr")
            expect(rows).to_have_count(1)
            expect(rows.first).to_contain_text("Sara Karimi")
            rows.first.get_by_role("link", name="Complaint").click()
            page.get_by_label("Approve").check()
            page.get_by_label("Note for the branch (it tells the customer)").fill("A new delivery date is set.")
            page.get_by_role("button", name="Record decision").click()
            expect(page.get_by_role("status")).to_contain_text("Decision recorded")
        finally:
            context.close()
        branch_cli("sync", "--once")
        listed = json.loads(branch_cli("requests", "list", "--json"))
        mine = next(r for r in listed if r["id"] == request.id)
        assert mine["status"] == "approved"
        assert mine["decision_note"] == "A new delivery date is set."
    finally:
        server.stop()
