"""Enroll, add vehicle, edit, renew, withdraw: validation, duplicates, one transaction each."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from dealer_app.db.models import AuditEntry, Card, Member, Membership, OutboxEntry, Vehicle
from dealer_app.roles import PermissionDenied
from dealer_app.services import members
from dealer_app.services.members import DuplicateRecord, VehicleForm
from dealer_app.validation import ValidationError
from tests.helpers import enrollment, ir_id, ir_plate

AS_OF = date(2024, 1, 10)


def counts(db) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (Member, Membership, Vehicle, Card, OutboxEntry, AuditEntry)
        }


def test_enroll_writes_member_vehicle_card_outbox_and_audit_together(branch_db, profile, front_desk):
    view = members.enroll(branch_db, profile, front_desk, enrollment(1), as_of=AS_OF)
    assert view.member_number == "TH01-000001"
    assert view.standing.points == 120 and view.standing.tier == "bronze"
    assert len(view.vehicles) == 1 and view.vehicles[0].active_card is not None
    with branch_db.read() as s:
        types = list(s.scalars(select(OutboxEntry.type).order_by(OutboxEntry.seq)))
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert types == ["member.enrolled", "vehicle.added", "card.issued"]
    assert actions == ["member.enroll", "vehicle.add", "card.issue"]


def test_second_and_third_car_move_the_member_up_the_tiers(branch_db, profile, front_desk):
    view = members.enroll(branch_db, profile, front_desk, enrollment(1), as_of=AS_OF)
    view = members.add_vehicle(
        branch_db,
        profile,
        front_desk,
        view.id,
        VehicleForm(plate=ir_plate(2), model="KMC T8", purchased_on=date(2021, 1, 5)),
        as_of=AS_OF,
    )
    assert (view.standing.points, view.standing.tier) == (240, "silver")
    view = members.add_vehicle(
        branch_db,
        profile,
        front_desk,
        view.id,
        VehicleForm(plate=ir_plate(3), model="KMC K7", purchased_on=date(2022, 3, 5)),
        as_of=AS_OF,
    )
    assert (view.standing.points, view.standing.tier) == (420, "gold")
    assert [len(v.cards) for v in view.vehicles] == [1, 1, 1]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"full_name": "   "}, "full_name"),
        ({"national_id": "1234567890"}, "national_id"),
        ({"phone": "12"}, "phone"),
        ({"vehicle": VehicleForm(plate="ABC", model="KMC J7", purchased_on=date(2020, 1, 1))}, "plate"),
        ({"vehicle": VehicleForm(plate=ir_plate(1), model="", purchased_on=date(2020, 1, 1))}, "model"),
        ({"vehicle": VehicleForm(plate=ir_plate(1), model="J7", purchased_on=date(2030, 1, 1))}, "purchased_on"),
        ({"vehicle": VehicleForm(plate=ir_plate(1), model="J7", purchased_on=date(2020, 1, 1), vin="IOQ")}, "vin"),
        ({"joined_on": date(2031, 1, 1)}, "joined_on"),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(branch_db, profile, front_desk, change, field):
    from dataclasses import replace

    before = counts(branch_db)
    with pytest.raises(ValidationError) as err:
        members.enroll(branch_db, profile, front_desk, replace(enrollment(1), **change), as_of=AS_OF)
    assert err.value.field == field
    assert err.value.message
    assert counts(branch_db) == before


@pytest.mark.parametrize("clash", ["national_id", "plate"])
def test_duplicates_are_refused_with_a_pointer_to_the_existing_member(branch_db, profile, front_desk, clash):
    from dataclasses import replace

    first = members.enroll(branch_db, profile, front_desk, enrollment(1), as_of=AS_OF)
    second = enrollment(2)
    if clash == "national_id":
        second = replace(second, national_id=ir_id(1))
    else:
        # the same plate typed another way (Persian digits, no spaces) is the same car
        second = replace(second, vehicle=replace(second.vehicle, plate=ir_plate(1).replace(" ", "")))
    before = counts(branch_db)
    with pytest.raises(DuplicateRecord) as err:
        members.enroll(branch_db, profile, front_desk, second, as_of=AS_OF)
    assert err.value.field == clash
    assert err.value.member_id == first.id
    assert first.member_number in err.value.message
    assert counts(branch_db) == before


def test_a_failure_midway_leaves_nothing_behind(branch_db, profile, front_desk, monkeypatch):
    from dealer_app.services import cards

    def broken(*_a, **_k):
        raise RuntimeError("printer spool exploded")

    monkeypatch.setattr(cards, "issue_card", broken)
    before = counts(branch_db)
    with pytest.raises(RuntimeError):
        members.enroll(branch_db, profile, front_desk, enrollment(1), as_of=AS_OF)
    assert counts(branch_db) == before


def test_advisor_cannot_enroll(branch_db, profile, advisor):
    with pytest.raises(PermissionDenied):
        members.enroll(branch_db, profile, advisor, enrollment(1), as_of=AS_OF)


def test_update_profile_completes_the_profile_and_renames(branch_db, profile, front_desk):
    view = members.enroll(branch_db, profile, front_desk, enrollment(1, complete=False), as_of=AS_OF)
    assert view.standing.points == 90
    view = members.update_profile(
        branch_db,
        profile,
        front_desk,
        view.id,
        {"profile_complete": True, "full_name": "علي رضايي"},
        as_of=AS_OF,
    )
    assert view.standing.points == 120
    assert view.full_name == "علی رضایی"  # Arabic ي/ك stored as Persian ی/ک
    with branch_db.read() as s:
        last = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
        assert last is not None and last.type == "member.updated"
        assert last.payload["profile_complete"] is True


def test_audit_log_and_outbox_refuse_edits(branch_db, profile, front_desk):
    members.enroll(branch_db, profile, front_desk, enrollment(1), as_of=AS_OF)
    for statement in (
        "UPDATE audit_log SET actor='x'",
        "DELETE FROM audit_log",
        "DELETE FROM outbox",
        "UPDATE outbox SET payload='{}'",
    ):
        with pytest.raises(Exception, match=r"append-only|never deleted|immutable"), branch_db.write() as s:
            s.execute(text(statement))


def test_renew_and_withdraw_follow_the_faw_rules(tmp_path, front_desk):
    from dealer_app.club_profile import load_profile
    from tests.conftest import make_branch

    faw = load_profile("faw_mazda")
    db = make_branch(tmp_path / "faw.sqlite3", club="faw_mazda")
    form = members.EnrollmentForm(
        full_name="王小明",
        national_id="11010519491231002X",
        phone="13812345678",
        joined_on=date(2024, 1, 1),
        join_method="paid",
        profile_complete=True,
        vehicle=VehicleForm(plate="京A12345", model="Mazda6", purchased_on=date(2023, 12, 20)),
    )
    view = members.enroll(db, faw, front_desk, form, as_of=date(2024, 1, 1))
    assert view.valid_until is not None and view.valid_until > date(2024, 12, 1)
    renewed = members.renew(db, faw, front_desk, view.id, as_of=date(2024, 12, 1))
    assert renewed.valid_until is not None and renewed.valid_until > view.valid_until
    with pytest.raises(ValidationError) as err:
        members.withdraw(db, faw, front_desk, view.id, "not happy", as_of=date(2024, 12, 2))
    assert err.value.field == "membership"
    db.close()


def test_withdraw_within_the_window_refunds_paid_members(tmp_path, front_desk):
    from dealer_app.club_profile import load_profile
    from tests.conftest import make_branch

    faw = load_profile("faw_mazda")
    db = make_branch(tmp_path / "faw.sqlite3", club="faw_mazda")
    form = members.EnrollmentForm(
        full_name="李娜",
        national_id="11010519491231002X",
        phone="13812345678",
        joined_on=date(2024, 1, 1),
        join_method="paid",
        vehicle=VehicleForm(plate="沪B54321", model="Mazda3", purchased_on=date(2023, 12, 20)),
    )
    view = members.enroll(db, faw, front_desk, form, as_of=date(2024, 1, 1))
    with pytest.raises(ValidationError):
        members.withdraw(db, faw, front_desk, view.id, "   ", as_of=date(2024, 1, 10))
    out = members.withdraw(db, faw, front_desk, view.id, "car too noisy", as_of=date(2024, 1, 10))
    assert out.membership_state == "withdrawn"
    with db.read() as s:
        row = s.get(Membership, view.id)
        assert row is not None and row.refund is True
    db.close()
