from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from dealer_app import club_profile
from dealer_app.club_profile import (
    ClubProfile,
    ProfileError,
    available_profiles,
    load_profile,
    parse_profile,
    pick,
    profile_from_dict,
)
from dealer_app.resources import resource_path

REQUIRED_REQUEST_TYPES = {
    "delivery_priority",
    "registration_priority",
    "purchase_discount",
    "complaint",
    "withdrawal",
    "profile_correction",
    "enquiry",
}


def kerman_dict() -> dict[str, Any]:
    return tomllib.loads(resource_path("clubs", "kerman_motor.toml").read_text(encoding="utf-8"))


def refused(mutate: Callable[[dict[str, Any]], None]) -> ProfileError:
    data = copy.deepcopy(kerman_dict())
    mutate(data)
    with pytest.raises(ProfileError) as info:
        profile_from_dict(data, "test.toml")
    return info.value


def test_shipped_profiles_are_listed_and_load() -> None:
    names = available_profiles()
    assert {"kerman_motor", "faw_mazda"} <= set(names)
    for name in names:
        assert load_profile(name).code == name


def test_kerman_profile_facts() -> None:
    p = load_profile("kerman_motor")
    assert (p.country, p.currency, p.calendar, p.default_language) == ("IR", "IRR", "jalali", "fa")
    assert p.service_phone == "021-44563513"
    assert p.text("slogan", "fa") == "باور ما این است که راه موفقیت از مسیر مشتری میگذرد."
    assert p.eligibility.eligible_from == date(2011, 3, 21)
    assert p.eligibility.phase == 1
    assert set(p.week.working_days) == {6, 7, 1, 2, 3, 4}
    assert p.week.week_starts_on == 6
    assert [(t.code, t.min_points, t.max_points) for t in p.tiers] == [
        ("bronze", 30, 210),
        ("silver", 211, 350),
        ("gold", 351, 500),
        ("diamond", 501, None),
    ]
    assert [p.benefits[t].purchase_discount_percent for t in ("bronze", "silver", "gold", "diamond")] == [
        Decimal(0),
        Decimal(1),
        Decimal(2),
        Decimal(4),
    ]
    assert "delivery_priority" not in p.benefits["silver"].flags
    assert {"delivery_priority", "registration_priority"} <= set(p.benefits["gold"].flags)
    assert p.rule_tables.car_points[:4] == (60, 120, 180, 40)
    assert len(p.rule_tables.car_points) == 20
    assert p.membership.validity_months is None
    assert p.membership.join_methods == ("standard",)
    assert {rt.code for rt in p.request_types} >= REQUIRED_REQUEST_TYPES
    complaint = p.request_type("complaint")
    assert complaint.response_working_days == 2


def test_faw_mazda_profile_facts() -> None:
    p = load_profile("faw_mazda")
    assert (p.country, p.currency, p.calendar, p.default_language) == ("CN", "CNY", "gregorian", "zh_CN")
    m = p.membership
    assert m.validity_months == 12
    assert m.renewal == "before_expiry"
    assert m.withdrawal_window_days == 30
    assert m.refund_join_methods == ("paid",)
    assert m.join_methods == ("paid", "insurance", "referral", "repeat_purchase")
    assert p.benefits["diamond"].labour_discount_percent == Decimal(30)
    assert p.benefits["diamond"].parts_discount_percent == Decimal(10)
    assert REQUIRED_REQUEST_TYPES | {"renewal"} <= {rt.code for rt in p.request_types}
    assert p.request_type("complaint").response_working_days == 2
    assert p.request_type("enquiry").response_hours == 24


def test_text_falls_back_to_default_language_then_english() -> None:
    faw = load_profile("faw_mazda")
    assert faw.text("club_name", "tr") == "FAW Mazda Müşteri Kulübü"
    assert faw.text("service_name", "fa") == "全心管家式服务"
    assert faw.text("service_name", "en") == "Wholehearted Butler Service"
    assert pick({"en": "Club", "tr": "Kulüp"}, "fa", "zh_CN") == "Club"
    with pytest.raises(AttributeError):
        faw.text("currency", "en")


def test_tier_and_request_type_lookups() -> None:
    p = load_profile("kerman_motor")
    assert p.tier_name("silver", "fa") == "نقره‌ای"
    assert p.tier_name("gold") == "Gold"
    with pytest.raises(KeyError):
        p.tier("platinum")
    with pytest.raises(KeyError):
        p.request_type("teleport")
    case = p.request_type("delivery_priority").field("case")
    assert case is not None
    assert [c.code for c in case.choices] == ["a", "b"]


def test_working_days_honour_weekend_holidays_and_extra_days() -> None:
    kerman = load_profile("kerman_motor")
    assert not kerman.is_working_day(date(2025, 5, 16))  # Friday
    assert kerman.is_working_day(date(2025, 5, 17))  # Saturday
    assert not kerman.is_working_day(date(2025, 3, 21))  # Nowruz
    faw = load_profile("faw_mazda")
    assert not faw.is_working_day(date(2025, 1, 25))  # Saturday
    assert faw.is_working_day(date(2025, 1, 26))  # Sunday declared a working day
    assert not faw.is_working_day(date(2025, 1, 29))  # Spring Festival


def test_profile_is_immutable() -> None:
    p = load_profile("kerman_motor")
    with pytest.raises(ValidationError):
        p.version = 2


def test_load_by_path_and_cache(tmp_path: Path) -> None:
    source = resource_path("clubs", "faw_mazda.toml")
    copy_path = tmp_path / "faw.toml"
    copy_path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    first = load_profile(copy_path)
    assert load_profile(str(copy_path)) is first
    copy_path.write_text(
        source.read_text(encoding="utf-8").replace("version = 1", "version = 2", 1), encoding="utf-8"
    )
    assert load_profile(copy_path).version == 2


def test_unknown_name_lists_shipped_profiles() -> None:
    with pytest.raises(ProfileError) as info:
        load_profile("no_such_club")
    assert info.value.key == "(file)"
    assert "kerman_motor" in info.value.reason


def test_name_must_match_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "other.toml").write_text(
        resource_path("clubs", "kerman_motor.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setattr(club_profile, "clubs_dir", lambda: tmp_path)
    with pytest.raises(ProfileError) as info:
        load_profile("other")
    assert info.value.key == "code"


def test_error_says_file_key_and_reason() -> None:
    err = refused(lambda d: d["tiers"][2].update(min_points="many"))
    assert (err.file, err.key) == ("test.toml", "tiers[2].min_points")
    assert "integer" in err.reason
    assert str(err) == f"test.toml: tiers[2].min_points: {err.reason}"
    assert isinstance(err, ValueError)


def test_toml_syntax_error() -> None:
    with pytest.raises(ProfileError) as info:
        parse_profile('code = "x"\nversion = = 1\n', "upload.toml")
    assert info.value.file == "upload.toml"
    assert info.value.key == "(toml)"
    assert "line 2" in info.value.reason


def test_unknown_key_is_refused() -> None:
    err = refused(lambda d: d["membership"].update(validity_month=12))
    assert err.key == "membership.validity_month"
    assert "Extra inputs" in err.reason


@pytest.mark.parametrize(
    ("mutate", "key", "words"),
    [
        (lambda d: d["tiers"][0].update(max_points=250), "tiers[0].max_points", "overlaps"),
        (lambda d: d["tiers"][0].update(max_points=200), "tiers[0].max_points", "without a tier"),
        (lambda d: d["tiers"][1].update(min_points=20), "tiers[1].min_points", "lowest to highest"),
        (lambda d: d["tiers"][3].update(max_points=900), "tiers[3].max_points", "top tier"),
        (lambda d: d["tiers"][1].update(code="bronze"), "tiers", "share a code"),
        (lambda d: d["tiers"][1].update(colour="silver"), "tiers[1].colour", "pattern"),
        (lambda d: d["benefits"].update(platinum={"flags": []}), "benefits.platinum", "not a tier"),
        (lambda d: d["benefits"].pop("silver"), "benefits.silver", "missing"),
        (lambda d: d["benefits"]["gold"].update(flags=["teleport"]), "benefits.gold.flags[0]", "benefit_flags"),
        (
            lambda d: d["benefits"]["gold"].update(purchase_discount_percent="120"),
            "benefits.gold.purchase_discount_percent",
            "less than or equal to 100",
        ),
        (
            lambda d: d["earning"]["cars"][3].update(from_position=5),
            "earning.cars[3].from_position",
            "contiguous",
        ),
        (
            lambda d: d["request_types"][0].update(allowed_tiers=["gold", "platinum"]),
            "request_types[0].allowed_tiers[1]",
            "not a tier",
        ),
        (
            lambda d: d["request_types"][0].update(allowed_tiers=["silver", "gold", "diamond"]),
            "request_types[0].allowed_tiers",
            "gold, diamond",
        ),
        (lambda d: d["request_types"][3].update(response_hours=4), "request_types[3]", "exactly one"),
        (
            lambda d: d["request_types"][0]["fields"][0].update(choices=[]),
            "request_types[0].fields[0].choices",
            "needs its choices",
        ),
        (lambda d: d["request_types"][1].update(code="delivery_priority"), "request_types", "share a code"),
        (lambda d: d["tiers"][2]["names"].pop("en"), "tiers[2].names", "en"),
        (lambda d: d["slogan"].pop("fa"), "slogan", "fa"),
        (lambda d: d["club_name"].update(de="Kundenclub"), "club_name.de", "unknown language"),
        (lambda d: d.update(service_phone="12"), "service_phone", "not a valid phone"),
        (
            lambda d: d["membership"].update(refund_join_methods=["paid"]),
            "membership.refund_join_methods[0]",
            "not a join method",
        ),
        (lambda d: d["membership"].update(renewal="before_expiry"), "membership.renewal", "validity_months"),
        (lambda d: d["eligibility"].update(phase=2, sources_by_phase={1: ["direct"]}),
         "eligibility.sources_by_phase", "phase 2"),
        (lambda d: d["card"].update(logo="../../etc/passwd"), "card.logo", "inside resources"),
        (lambda d: d["week"].update(working_days=[1, 1, 2]), "week.working_days", "twice"),
        (lambda d: d["week"].update(extra_working_days=[date(2025, 5, 17)]),
         "week.extra_working_days[0]", "working day already"),
        (lambda d: d.update(country="FR"), "country", "'IR', 'CN' or 'TR'"),
    ],
)
def test_invariants(mutate: Callable[[dict[str, Any]], None], key: str, words: str) -> None:
    err = refused(mutate)
    assert err.key == key, str(err)
    assert words in err.reason, str(err)


def test_direct_model_validation_reports_invariants() -> None:
    data = kerman_dict()
    data["tiers"][0]["max_points"] = 250
    with pytest.raises(ValidationError) as info:
        ClubProfile.model_validate(data)
    assert "tiers[0].max_points" in str(info.value)


def test_uploaded_text_round_trip() -> None:
    text = resource_path("clubs", "kerman_motor.toml").read_text(encoding="utf-8")
    p = parse_profile(text.replace("version = 1", "version = 7", 1), "head office upload")
    assert p.version == 7
    assert p.code == "kerman_motor"
