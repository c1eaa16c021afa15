"""Search by every key a clerk might type, with Persian, Turkish and Chinese normalisation."""

from __future__ import annotations

from datetime import date

import pytest

from dealer_app import search
from dealer_app.club_profile import load_profile
from dealer_app.services import members
from dealer_app.services.members import EnrollmentForm, VehicleForm
from tests.conftest import make_branch
from tests.helpers import enrollment, ir_id, ir_plate

AS_OF = date(2024, 1, 10)


@pytest.fixture
def populated(branch_db, profile, front_desk):
    a = members.enroll(
        branch_db, profile, front_desk, enrollment(1, name="علی رضایی", phone="09121110001"), as_of=AS_OF
    )
    b = members.enroll(
        branch_db, profile, front_desk, enrollment(2, name="مریم نیک\u200cنام", phone="09121110002"), as_of=AS_OF
    )
    c = members.enroll(
        branch_db, profile, front_desk, enrollment(3, name="Ahmet Öztürk", phone="09121110003"), as_of=AS_OF
    )
    return branch_db, profile, {"ali": a, "maryam": b, "ahmet": c}


def ids(hits):
    return [h.member_id for h in hits]


@pytest.mark.parametrize(
    ("query", "who", "how"),
    [
        (ir_plate(1), "ali", "plate"),
        (ir_plate(1).replace(" ", "").replace("ایران", ""), "ali", "plate"),
        ("۰۹۱۲۱۱۱۰۰۰۲", "maryam", "phone"),
        ("+98 912 111 0003", "ahmet", "phone"),
        (ir_id(2), "maryam", "national_id"),
        ("TH01-000003", "ahmet", "member_number"),
        ("th01-000001", "ali", "member_number"),
        ("علي", "ali", "name"),  # Arabic ي finds Persian ی
        ("رضا", "ali", "name"),
        ("نیکنام", "maryam", "name"),  # ZWNJ not required
        ("ozturk", "ahmet", "name"),
        ("ÖZTÜRK", "ahmet", "name"),
        ("Ah", "ahmet", "name"),  # short query: word prefix
        ("م", "maryam", "name"),
    ],
)
def test_finds_by_every_key(populated, query, who, how):
    db, profile, made = populated
    hits = search.find(db, profile, query, as_of=AS_OF)
    assert hits, f"nothing found for {query!r}"
    assert hits[0].member_id == made[who].id
    assert hits[0].matched_by == how


def test_card_number_finds_the_owner_and_hits_carry_tier_and_masked_phone(populated):
    db, profile, made = populated
    card = made["maryam"].vehicles[0].active_card
    hits = search.find(db, profile, card.card_number, as_of=AS_OF)
    assert ids(hits) == [made["maryam"].id]
    assert hits[0].tier == "bronze"
    assert "1110002" not in hits[0].phone_masked


def test_unknown_and_empty_queries_return_nothing(populated):
    db, profile, _ = populated
    assert search.find(db, profile, "") == []
    assert search.find(db, profile, "zzzzqqq") == []


def test_renamed_member_is_found_by_the_new_name_only(populated, front_desk):
    db, profile, made = populated
    members.update_profile(db, profile, front_desk, made["ahmet"].id, {"full_name": "Işıl Kaya"}, as_of=AS_OF)
    assert ids(search.find(db, profile, "ISIL", as_of=AS_OF)) == [made["ahmet"].id]
    assert search.find(db, profile, "ozturk", as_of=AS_OF) == []


def test_one_and_two_character_chinese_names(tmp_path, front_desk):
    faw = load_profile("faw_mazda")
    db = make_branch(tmp_path / "cn.sqlite3", club="faw_mazda")
    view = members.enroll(
        db,
        faw,
        front_desk,
        EnrollmentForm(
            full_name="王小明",
            national_id="11010519491231002X",
            phone="13812345678",
            joined_on=date(2024, 1, 1),
            join_method="paid",
            vehicle=VehicleForm(plate="京A12345", model="Mazda6", purchased_on=date(2023, 12, 1)),
        ),
        as_of=date(2024, 1, 2),
    )
    for query in ("王", "小明", "明", "王小明", "京A12345", "京a 12345"):
        assert ids(search.find(db, faw, query, as_of=date(2024, 1, 2))) == [view.id], query
    db.close()
