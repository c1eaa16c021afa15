"""Benefit requests through the service: eligibility per type and tier, the one-month window,
deadlines over weekends and holidays, the life cycle, lists, notifications, CLI and demo."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from dealer_app import cli, demo
from dealer_app.club_profile import load_profile
from dealer_app.db.database import Database
from dealer_app.db.models import AuditEntry, BenefitRequest, Member, Membership, OutboxEntry, RequestEvent
from dealer_app.demo_requests import generate_requests
from dealer_app.roles import PermissionDenied
from dealer_app.services import members, outbox
from dealer_app.services import requests as rq
from dealer_app.services.members import VehicleForm
from dealer_app.validation import ValidationError
from tests.conftest import make_branch
from tests.helpers import enrollment, ir_plate

# Noon UTC is the same calendar day in every zone from UTC-11 to UTC+11, so the working-day
# arithmetic below does not depend on the test machine's time zone.
WED = datetime(2025, 5, 7, 12, 0)  # a Wednesday in Iran's Saturday-to-Thursday week
CARS_FOR = {"bronze": 1, "silver": 2, "gold": 3, "diamond": 6}

DELIVERY_A = {"case": "a", "order_number": "KM-1", "paid_in_full": "yes"}
VALID_FIELDS = {
    "delivery_priority": DELIVERY_A,
    "registration_priority": {"sales_plan": "پیش‌فروش", "model": "KMC J7"},
    "purchase_discount": {"model": "KMC J7", "price": "2,500,000,000"},
    "complaint": {"subject": "تاخیر", "details": "خودرو دیر تحویل شد."},
    "withdrawal": {"reason": "تغییر محل سکونت"},
    "profile_correction": {"field_name": "phone", "correct_value": "09121234567"},
    "enquiry": {"question": "امتیاز من چند است؟"},
}


def member_with_tier(db, profile, actor, tier: str, n: int = 1) -> str:
    """Enrol a member whose standing is exactly `tier` (complete profile, direct purchases)."""
    view = members.enroll(db, profile, actor, enrollment(n, purchased_on=date(2020, 5, 1)))
    for k in range(1, CARS_FOR[tier]):
        members.add_vehicle(
            db, profile, actor, view.id,
            VehicleForm(plate=ir_plate(n * 100 + k), model="KMC T8", purchased_on=date(2020, 6, k)),
        )
    assert members.get(db, profile, view.id).standing.tier == tier
    return view.id


def outbox_payloads(db, entry_type: str) -> list[dict]:
    with db.read() as s:
        return [e.payload for e in s.scalars(select(OutboxEntry).where(OutboxEntry.type == entry_type))]


# ---- eligibility through the service ------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "request_type", "allowed"),
    [
        ("bronze", "delivery_priority", False),
        ("silver", "delivery_priority", False),
        ("gold", "delivery_priority", True),
        ("diamond", "delivery_priority", True),
        ("bronze", "registration_priority", False),
        ("silver", "registration_priority", False),
        ("gold", "registration_priority", True),
        ("diamond", "registration_priority", True),
        ("bronze", "purchase_discount", False),
        ("silver", "purchase_discount", True),
        ("gold", "purchase_discount", True),
        ("diamond", "purchase_discount", True),
        ("bronze", "complaint", True),
        ("bronze", "withdrawal", True),
        ("bronze", "profile_correction", True),
        ("bronze", "enquiry", True),
    ],
)
def test_eligibility_per_type_and_tier(branch_db, profile, front_desk, tier, request_type, allowed):
    member_id = member_with_tier(branch_db, profile, front_desk, tier)
    fields = VALID_FIELDS[request_type]
    if allowed:
        view = rq.capture(branch_db, profile, front_desk, member_id, request_type, fields, now=WED)
        assert (view.type, view.status, view.tier_at_capture) == (request_type, "queued", tier)
        assert outbox_payloads(branch_db, "request.captured")[0]["request_id"] == view.id
    else:
        with pytest.raises(rq.RequestRefused) as refused:
            rq.capture(branch_db, profile, front_desk, member_id, request_type, fields, now=WED)
        assert refused.value.field == "type"
        assert "Gold and Diamond" in refused.value.reason or "Silver, Gold and Diamond" in refused.value.reason
        assert f"this member is {tier.capitalize()}" in refused.value.reason
        assert outbox_payloads(branch_db, "request.captured") == []


def test_silver_asking_delivery_priority_is_told_gold_and_diamond_only(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "silver")
    with pytest.raises(rq.RequestRefused) as refused:
        rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A, now=WED)
    assert refused.value.reason == "Delivery priority is for Gold and Diamond members; this member is Silver."
    assert refused.value.first_allowed_date is None


@pytest.mark.parametrize(("tier", "percent", "amount"), [("silver", "1", "25000000"), ("gold", "2", "50000000"),
                                                         ("diamond", "4", "100000000")])
def test_purchase_discount_is_computed_from_the_tier_at_capture(
    branch_db, profile, front_desk, tier, percent, amount
):
    member_id = member_with_tier(branch_db, profile, front_desk, tier)
    view = rq.capture(branch_db, profile, front_desk, member_id, "purchase_discount",
                      {"model": "KMC J7", "price": "۲٬۵۰۰٬۰۰۰٬۰۰۰"}, now=WED)
    assert view.fields == {"model": "KMC J7", "price": "2500000000", "discount_percent": percent,
                           "discount_amount": amount}
    payload = outbox_payloads(branch_db, "request.captured")[0]
    assert payload["fields"]["discount_amount"] == amount
    assert (payload["tier_at_capture"], payload["points_at_capture"]) == (tier, view.points_at_capture)


def test_case_b_is_refused_before_the_one_month_window_and_accepted_from_its_first_day(
    branch_db, profile, front_desk
):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    fields = {"case": "b", "order_number": "KM-7", "due_delivery_date": "2025-07-15"}
    with pytest.raises(rq.RequestRefused) as refused:
        rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", fields,
                   now=datetime(2025, 6, 14, 12, 0))
    assert refused.value.first_allowed_date == date(2025, 6, 15)
    assert "one month before" in refused.value.reason
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", fields,
                      now=datetime(2025, 6, 15, 12, 0))
    assert view.fields["due_delivery_date"] == "2025-07-15"


def test_case_b_accepts_the_due_date_typed_in_the_jalali_calendar(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    # 1404/04/24 is 2025-07-15
    fields = {"case": "b", "order_number": "KM-7", "due_delivery_date": "۱۴۰۴/۰۴/۲۴"}
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", fields,
                      now=datetime(2025, 6, 20, 12, 0))
    assert view.fields["due_delivery_date"] == "2025-07-15"


def test_expired_membership_must_renew_first(tmp_path, front_desk):
    profile = load_profile("faw_mazda")
    db = make_branch(tmp_path / "faw.sqlite3", club="faw_mazda", code="CN01")
    demo.generate(db, profile, 2, seed=3, as_of=date(2025, 1, 1))
    with db.write() as s:
        member_id = s.scalars(select(Member.id).order_by(Member.member_number)).first()
        assert member_id is not None
        s.execute(update(Membership).where(Membership.member_id == member_id)
                  .values(valid_until=date(2024, 12, 31), status="active"))
    with pytest.raises(rq.RequestRefused) as refused:
        rq.capture(db, profile, front_desk, member_id, "withdrawal", {"reason": "moving"},
                   now=datetime(2025, 3, 1, 12, 0))
    assert "expired" in refused.value.reason and "renew" in refused.value.reason
    # A complaint does not need an active membership: the expired member is still heard.
    view = rq.capture(db, profile, front_desk, member_id, "complaint",
                      {"subject": "服务", "details": "等了两个小时"}, now=datetime(2025, 3, 1, 12, 0))
    assert view.status == "queued"
    db.close()


def test_refused_request_recorded_as_enquiry_says_what_was_asked(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "silver")
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A,
                      record_refused_as_enquiry=True, now=WED)
    assert view.type == "enquiry" and view.refused_type == "delivery_priority"
    assert "Gold and Diamond" in view.fields["refusal_reason"]
    assert view.fields["asked_fields"] == DELIVERY_A
    # The enquiry promise runs round the clock: 24 hours.
    assert view.due_at == WED + timedelta(hours=24)
    [payload] = outbox_payloads(branch_db, "request.captured")
    assert payload["type"] == "enquiry" and payload["request_id"] == view.id


# ---- field validation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_type", "fields", "field"),
    [
        ("complaint", {"subject": "x"}, "details"),
        ("complaint", {"subject": "x", "details": "  "}, "details"),
        ("complaint", {"subject": "x", "details": "y", "colour": "red"}, "colour"),
        ("delivery_priority", {"case": "c", "order_number": "1"}, "case"),
        ("purchase_discount", {"model": "J7", "price": "abc"}, "price"),
        ("purchase_discount", {"model": "J7", "price": "0"}, "price"),
        ("registration_priority", {"sales_plan": "p", "model": "m", "window_starts": "2025-02-30"},
         "window_starts"),
        ("no_such_type", {}, "type"),
    ],
)
def test_bad_fields_name_the_field(branch_db, profile, manager, request_type, fields, field):
    member_id = member_with_tier(branch_db, profile, manager, "diamond")
    with pytest.raises(ValidationError) as err:
        rq.capture(branch_db, profile, manager, member_id, request_type, fields, now=WED)
    assert err.value.field == field
    assert not isinstance(err.value, rq.RequestRefused)
    assert outbox_payloads(branch_db, "request.captured") == []


def test_capture_needs_the_permission_and_an_own_vehicle(branch_db, profile, front_desk, manager):
    from dealer_app.roles import Actor

    member_id = member_with_tier(branch_db, profile, manager, "bronze")
    nobody = Actor("viewer", frozenset(), "No roles")
    with pytest.raises(PermissionDenied):
        rq.capture(branch_db, profile, nobody, member_id, "complaint", VALID_FIELDS["complaint"])
    other = members.enroll(branch_db, profile, manager, enrollment(2))
    with pytest.raises(ValidationError) as err:
        rq.capture(branch_db, profile, front_desk, member_id, "complaint", VALID_FIELDS["complaint"],
                   vehicle_id=other.vehicles[0].id)
    assert err.value.field == "vehicle"


# ---- deadlines ----------------------------------------------------------------------------


def test_deadline_skips_the_iranian_weekend(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A, now=WED)
    # 3 working days from Wednesday: Thursday, (Friday off), Saturday, Sunday.
    assert view.due_at.date() == date(2025, 5, 11)
    assert view.due_at.time() == WED.time()
    [payload] = outbox_payloads(branch_db, "request.captured")
    assert payload["due_at"] == view.due_at.isoformat()
    assert rq.get_request(branch_db, view.id, now=WED).due_text == "due in 3 working days"


def test_deadline_skips_holidays(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "bronze")
    # Tuesday 2025-06-03; 4 and 5 June are holidays (14-15 Khordad), 6 June is Friday.
    view = rq.capture(branch_db, profile, front_desk, member_id, "complaint", VALID_FIELDS["complaint"],
                      now=datetime(2025, 6, 3, 12, 0))
    assert view.due_at.date() == date(2025, 6, 8)


def test_overdue_filter_and_due_text(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "bronze")
    late = rq.capture(branch_db, profile, front_desk, member_id, "complaint", VALID_FIELDS["complaint"],
                      now=datetime(2025, 6, 3, 12, 0))
    fresh = rq.capture(branch_db, profile, front_desk, member_id, "complaint", VALID_FIELDS["complaint"],
                       now=datetime(2025, 6, 9, 12, 0))
    now = datetime(2025, 6, 9, 13, 0)
    assert [v.id for v in rq.list_requests(branch_db, overdue=True, now=now)] == [late.id]
    assert [v.id for v in rq.list_requests(branch_db, overdue=False, now=now)] == [fresh.id]
    view = rq.get_request(branch_db, late.id, now=now)
    assert view.overdue and view.due_text == "overdue by 1 day"
    assert rq.count_overdue(branch_db, now=now) == 1


# ---- one transaction ----------------------------------------------------------------------


def test_capture_writes_row_events_audit_and_outbox_together(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A, now=WED)
    full = rq.get_request(branch_db, view.id, now=WED)
    assert [(e.status, e.actor, e.at) for e in full.events] == [
        ("captured", "desk1", WED), ("queued", "desk1", WED)
    ]
    with branch_db.read() as s:
        audit_rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == view.id)).all()
        assert [a.action for a in audit_rows] == ["request.capture"]
    [payload] = outbox_payloads(branch_db, "request.captured")
    assert payload == {
        "request_id": view.id, "member_id": member_id, "vehicle_id": None, "type": "delivery_priority",
        "fields": DELIVERY_A, "tier_at_capture": "gold", "points_at_capture": 420,
        "captured_at": WED.isoformat(), "captured_by": "desk1", "due_at": view.due_at.isoformat(),
    }


# ---- life cycle ---------------------------------------------------------------------------


def _decide(db, request_id, decision, at, note="ok"):
    with db.write() as s:
        return rq.apply_decision(s, request_id, decision, note, "Regional manager", at, "gold")


def test_life_cycle_from_capture_to_closed(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A, now=WED)
    with pytest.raises(ValidationError) as early:
        rq.customer_informed(branch_db, front_desk, view.id, "told")
    assert early.value.field == "status"
    with branch_db.write() as s:
        assert rq.mark_sent(s, [view.id], at=WED + timedelta(minutes=5)) == 1
        assert rq.mark_sent(s, [view.id]) == 0  # a re-push does not add a second step
        assert rq.mark_received(s, [view.id], at=WED + timedelta(minutes=6)) == 1
        assert rq.mark_in_review(s, [view.id], at=WED + timedelta(hours=2)) == 1
    decided = WED + timedelta(days=1)
    assert _decide(branch_db, view.id, "approved", decided, note="Delivery moved up") is True
    assert _decide(branch_db, view.id, "approved", decided) is False  # same feed item pulled twice
    got = rq.get_request(branch_db, view.id)
    assert (got.status, got.decision, got.decided_by, got.tier_at_decision) == (
        "approved", "approved", "Regional manager", "gold")
    assert got.due_text is None and not got.overdue

    informed = rq.customer_informed(branch_db, front_desk, view.id, "Called: approved, come Saturday")
    assert informed.status == "customer_informed"
    [payload] = outbox_payloads(branch_db, "request.customer_informed")
    assert (payload["request_id"], payload["note"], payload["by"]) == (
        view.id, "Called: approved, come Saturday", "desk1")
    closed = rq.close(branch_db, front_desk, view.id)
    assert [e.status for e in closed.events] == [
        "captured", "queued", "sent", "received", "in_review", "approved", "customer_informed", "closed"
    ]
    assert [e.actor for e in closed.events][5] == "Regional manager"


def test_customer_informed_needs_a_note_and_the_permission(branch_db, profile, front_desk, advisor):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A, now=WED)
    _decide(branch_db, view.id, "rejected", WED + timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        rq.customer_informed(branch_db, front_desk, view.id, "   ")
    assert err.value.field == "note"
    with pytest.raises(PermissionDenied):
        rq.customer_informed(branch_db, advisor, view.id, "told")
    with pytest.raises(ValidationError):
        rq.close(branch_db, front_desk, view.id)  # not told yet


def test_enquiry_is_answered_by_the_branch_without_a_decision(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "bronze")
    view = rq.capture(branch_db, profile, front_desk, member_id, "enquiry", VALID_FIELDS["enquiry"])
    assert rq.customer_informed(branch_db, front_desk, view.id, "Explained the points").status == (
        "customer_informed")


def test_older_decision_does_not_replace_a_newer_one_and_unknown_ids_are_ignored(
    branch_db, profile, front_desk
):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    view = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A, now=WED)
    assert _decide(branch_db, view.id, "need_info", WED + timedelta(days=2)) is True
    assert _decide(branch_db, view.id, "rejected", WED + timedelta(days=1)) is False
    assert _decide(branch_db, view.id, "approved", WED + timedelta(days=3)) is True
    assert rq.get_request(branch_db, view.id).status == "approved"
    assert _decide(branch_db, "00000000-0000-4000-8000-000000000000", "approved", WED) is False
    with branch_db.write() as s, pytest.raises(ValueError):
        rq.apply_decision(s, view.id, "maybe", None, "x", WED, None)


def test_unseen_decisions_until_marked_seen(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    first = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", DELIVERY_A, now=WED)
    second = rq.capture(branch_db, profile, front_desk, member_id, "registration_priority",
                        VALID_FIELDS["registration_priority"], now=WED)
    assert rq.unseen_decisions(branch_db) == []
    _decide(branch_db, first.id, "need_info", WED + timedelta(days=1))
    _decide(branch_db, first.id, "approved", WED + timedelta(days=2))
    notices = rq.unseen_decisions(branch_db)
    # the superseded need_info is not announced, only the current decision
    assert [(n.request_id, n.decision) for n in notices] == [(first.id, "approved")]
    rq.mark_decisions_seen(branch_db, notices[-1].event_id)
    assert rq.unseen_decisions(branch_db) == []
    _decide(branch_db, second.id, "rejected", WED + timedelta(days=2))
    assert [n.request_id for n in rq.unseen_decisions(branch_db)] == [second.id]
    rq.mark_decisions_seen(branch_db)
    assert rq.unseen_decisions(branch_db) == []


def test_list_filters(branch_db, profile, front_desk, manager):
    gold = member_with_tier(branch_db, profile, front_desk, "gold", n=1)
    bronze = member_with_tier(branch_db, profile, front_desk, "bronze", n=2)
    a = rq.capture(branch_db, profile, front_desk, gold, "delivery_priority", DELIVERY_A, now=WED)
    b = rq.capture(branch_db, profile, manager, bronze, "complaint", VALID_FIELDS["complaint"],
                   now=WED + timedelta(hours=1))
    _decide(branch_db, a.id, "approved", WED + timedelta(days=1))
    assert [v.id for v in rq.list_requests(branch_db)] == [b.id, a.id]
    assert [v.id for v in rq.list_requests(branch_db, status="approved")] == [a.id]
    assert [v.id for v in rq.list_requests(branch_db, status="open")] == [b.id]
    assert [v.id for v in rq.list_requests(branch_db, type="complaint")] == [b.id]
    assert [v.id for v in rq.list_requests(branch_db, captured_by="desk1")] == [a.id]
    assert [v.id for v in rq.list_requests(branch_db, member_id=gold)] == [a.id]
    with pytest.raises(ValidationError):
        rq.list_requests(branch_db, status="lost")


# ---- demo and command line ----------------------------------------------------------------


def test_demo_requests_go_through_the_service_and_wait_in_the_outbox(branch_db, profile):
    demo.generate(branch_db, profile, 40, seed=5)
    assert generate_requests(branch_db, profile, 60, seed=5) == 60
    with branch_db.read() as s:
        rows = s.scalars(select(BenefitRequest)).all()
        assert len(rows) == 60
        assert {r.status for r in rows} == {"queued"}
        assert s.query(RequestEvent).count() == 120
        assert outbox.pending_count(s) >= 60
    payloads = outbox_payloads(branch_db, "request.captured")
    assert sorted(p["request_id"] for p in payloads) == sorted(r.id for r in rows)
    assert len({r.type for r in rows}) >= 4


def test_demo_requests_are_deterministic(tmp_path, profile):
    made = []
    for name in ("a", "b"):
        db = make_branch(tmp_path / f"{name}.sqlite3")
        demo.generate(db, profile, 30, seed=9)
        generate_requests(db, profile, 25, seed=9, now=datetime(2025, 5, 7, 12, 0))
        with db.read() as s:
            made.append(sorted(
                (m, r.type, json.dumps(r.fields, sort_keys=True), r.captured_at)
                for r, m in s.execute(select(BenefitRequest, Member.member_number).join(Member))
            ))
        db.close()
    assert made[0] == made[1]


@pytest.fixture
def cli_with_requests(monkeypatch):
    """`cli.main` with the requests commands, whether or not the lead has wired them yet."""
    from dealer_app.cli_requests import register

    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "requests" not in sub.choices:
            register(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    return cli.main


def test_cli_add_and_list(tmp_path: Path, capsys, cli_with_requests):
    from dealer_app.paths import database_path

    data = str(tmp_path / "data")
    assert cli_with_requests(["init", "--data-dir", data, "--branch-code", "TH09", "--branch-name", "Kerman"]) == 0
    db = Database(database_path(Path(data)))
    profile = load_profile("kerman_motor")
    from dealer_app.roles import SYSTEM

    members.enroll(db, profile, SYSTEM, enrollment(5))
    db.close()
    plate = ir_plate(5)
    capsys.readouterr()

    base = ["requests", "add", "--data-dir", data, "--plate", plate]
    assert cli_with_requests([*base, "--type", "complaint", "--field", "subject=Late"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "details" in err
    assert cli_with_requests([*base, "--type", "delivery_priority", "--field", "case=a",
                              "--field", "order_number=1"]) == 2
    assert "Gold and Diamond" in capsys.readouterr().err
    assert cli_with_requests([*base, "--type", "complaint", "--field", "subject=Late",
                              "--field", "details=Two weeks late"]) == 0
    assert "captured" in capsys.readouterr().out
    assert cli_with_requests([*base, "--type", "complaint", "--field", "subject"]) == 2
    assert "--field" in capsys.readouterr().err

    assert cli_with_requests(["requests", "list", "--data-dir", data, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert isinstance(listed, list) and len(listed) == 1
    assert listed[0]["type"] == "complaint" and listed[0]["status"] == "queued"
    assert listed[0]["plate_display"] and len(listed[0]["id"]) == 36
    assert cli_with_requests(["requests", "list", "--data-dir", data, "--status", "approved", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli_with_requests(["requests", "list", "--data-dir", data]) == 0
    assert listed[0]["id"] in capsys.readouterr().out


def test_decimal_and_date_values_are_accepted_from_code(branch_db, profile, front_desk):
    member_id = member_with_tier(branch_db, profile, front_desk, "gold")
    view = rq.capture(
        branch_db, profile, front_desk, member_id, "registration_priority",
        {"sales_plan": "p", "model": "m", "window_starts": date(2025, 5, 1), "window_ends": date(2025, 5, 30)},
        now=WED,
    )
    assert view.fields["window_starts"] == "2025-05-01"
    discount = rq.capture(branch_db, profile, front_desk, member_id, "purchase_discount",
                          {"model": "m", "price": Decimal("1000000")}, now=WED)
    assert discount.fields["discount_amount"] == "20000"
