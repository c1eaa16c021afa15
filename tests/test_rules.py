from __future__ import annotations

import copy
import tomllib
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.club_profile import ClubProfile, load_profile, profile_from_dict
from dealer_app.resources import resource_path
from dealer_app.rules import (
    MemberFacts,
    Standing,
    VehicleFact,
    evaluate,
    ordinal,
    tier_for_points,
)

KERMAN = load_profile("kerman_motor")
AS_OF = date(2025, 6, 1)
JOINED = date(2018, 5, 1)


def cars(n: int, start: date = date(2012, 1, 1), source: str = "direct") -> tuple[VehicleFact, ...]:
    return tuple(VehicleFact(start + timedelta(days=30 * i), source) for i in range(n))  # type: ignore[arg-type]


def standing(n: int, complete: bool = True, profile: ClubProfile = KERMAN) -> Standing:
    return evaluate(profile, MemberFacts(JOINED, complete, cars(n)), AS_OF)


def profile_with_join_points(points: int) -> ClubProfile:
    """Kerman's tiers with a join worth exactly `points`, to land a member on any total."""
    data: dict[str, Any] = copy.deepcopy(
        tomllib.loads(resource_path("clubs", "kerman_motor.toml").read_text(encoding="utf-8"))
    )
    data["earning"]["join"] = points
    data["earning"]["profile_complete"] = 0
    return profile_from_dict(data, "test")


@pytest.mark.parametrize(
    ("n", "complete", "points", "tier"),
    [
        (1, True, 120, "bronze"),
        (2, True, 240, "silver"),
        (3, True, 420, "gold"),
        (6, True, 540, "diamond"),
        (2, False, 210, "bronze"),
        (0, False, 30, "bronze"),
        (0, True, 60, "bronze"),
    ],
)
def test_worked_examples(n: int, complete: bool, points: int, tier: str) -> None:
    s = standing(n, complete)
    assert (s.points, s.tier) == (points, tier)


def test_twenty_cars() -> None:
    s = standing(20)
    car_points = sum(line.points for line in s.breakdown if line.event == "car")
    # The spec's "20 cars = 840" is the cars' share: 60+120+180+7×40+10×20. With the 30 for
    # joining and the 30 for the profile, as in its other worked examples, the total is 900.
    assert car_points == 840
    assert s.points == 900
    assert s.tier == "diamond"
    assert (s.next_tier, s.points_to_next_tier) == (None, None)


def test_car_beyond_the_twentieth_earns_nothing() -> None:
    s = standing(22)
    assert s.points == standing(20).points
    last = s.breakdown[-1]
    assert (last.points, last.position, last.reason) == (0, None, "beyond_limit")
    assert last.text.startswith("22nd car bought")
    assert "beyond the 20th car" in last.text


def test_benefits_and_discounts_follow_the_tier() -> None:
    gold = standing(3)
    assert gold.benefits == ("messages", "announcements", "delivery_priority", "registration_priority")
    assert gold.purchase_discount_percent == Decimal(2)
    assert gold.labour_discount_percent == Decimal(0)
    silver = standing(2)
    assert "delivery_priority" not in silver.benefits
    assert silver.purchase_discount_percent == Decimal(1)
    assert (silver.next_tier, silver.points_to_next_tier) == ("gold", 351 - 240)


def test_breakdown_lines_explain_each_event() -> None:
    s = standing(2)
    assert [(line.event, line.points, line.position, line.reason) for line in s.breakdown] == [
        ("join", 30, None, None),
        ("profile", 30, None, None),
        ("car", 60, 1, None),
        ("car", 120, 2, None),
    ]
    assert s.breakdown[0].text == "Joined the club 2018-05-01: 30 points"
    assert s.breakdown[3].text == "2nd car bought 2012-01-31: 120 points"
    assert s.breakdown[3].on == date(2012, 1, 31)
    incomplete = standing(0, complete=False)
    assert incomplete.breakdown[1].reason == "profile_incomplete"


def test_purchase_before_eligibility_takes_no_position() -> None:
    early = VehicleFact(date(2011, 3, 20), "direct")
    later = VehicleFact(date(2015, 1, 1), "direct")
    s = evaluate(KERMAN, MemberFacts(JOINED, True, (later, early)), AS_OF)
    assert s.points == 120
    lines = [line for line in s.breakdown if line.event == "car"]
    assert (lines[0].on, lines[0].reason, lines[0].points) == (early.purchased_on, "before_eligibility", 0)
    assert (lines[1].position, lines[1].points) == (1, 60)
    on_the_day = evaluate(KERMAN, MemberFacts(JOINED, True, (VehicleFact(date(2011, 3, 21), "direct"),)), AS_OF)
    assert on_the_day.points == 120


def test_used_cars_wait_for_phase_two() -> None:
    facts = MemberFacts(JOINED, True, (VehicleFact(date(2015, 1, 1), "used"), VehicleFact(date(2016, 1, 1), "direct")))
    phase1 = evaluate(KERMAN, facts, AS_OF)
    assert phase1.points == 120
    assert phase1.breakdown[2].reason == "used_in_phase_1"
    assert "used cars earn no points in phase 1" in phase1.breakdown[2].text
    phase2 = evaluate(KERMAN, facts, AS_OF, phase=2)
    assert phase2.points == 240
    assert [line.position for line in phase2.breakdown[2:]] == [1, 2]


def test_unknown_phase_is_an_error() -> None:
    with pytest.raises(ValueError, match="phase 3"):
        evaluate(KERMAN, MemberFacts(JOINED, True, ()), AS_OF, phase=3)


def test_events_after_as_of_are_ignored() -> None:
    facts = MemberFacts(
        JOINED, True, (VehicleFact(date(2015, 1, 1), "direct"), VehicleFact(date(2025, 7, 1), "direct"))
    )
    s = evaluate(KERMAN, facts, AS_OF)
    assert s.points == 120
    assert s.breakdown[-1].reason == "after_as_of"
    not_yet = evaluate(KERMAN, MemberFacts(date(2025, 7, 1), True, ()), AS_OF)
    assert (not_yet.points, not_yet.tier) == (0, None)
    assert [line.reason for line in not_yet.breakdown] == ["after_as_of", "after_as_of"]
    assert not_yet.benefits == ()
    assert not_yet.purchase_discount_percent == Decimal(0)
    assert (not_yet.next_tier, not_yet.points_to_next_tier) == ("bronze", 30)


@pytest.mark.parametrize(
    ("points", "tier"),
    [
        (0, None),
        (29, None),
        (30, "bronze"),
        (209, "bronze"),
        (210, "bronze"),
        (211, "silver"),
        (350, "silver"),
        (351, "gold"),
        (500, "gold"),
        (501, "diamond"),
        (10_000, "diamond"),
    ],
)
def test_tier_boundaries(points: int, tier: str | None) -> None:
    assert tier_for_points(KERMAN, points) == tier
    s = evaluate(profile_with_join_points(points), MemberFacts(JOINED, False, ()), AS_OF)
    assert (s.points, s.tier) == (points, tier)
    if tier is None:
        assert s.benefits == ()
    else:
        assert s.benefits == KERMAN.benefits[tier].flags
        assert s.purchase_discount_percent == KERMAN.benefits[tier].purchase_discount_percent


@pytest.mark.parametrize(
    ("points", "next_tier", "to_next"),
    [(29, "bronze", 1), (210, "silver", 1), (211, "gold", 140), (500, "diamond", 1), (501, None, None)],
)
def test_points_to_next_tier(points: int, next_tier: str | None, to_next: int | None) -> None:
    s = evaluate(profile_with_join_points(points), MemberFacts(JOINED, False, ()), AS_OF)
    assert (s.next_tier, s.points_to_next_tier) == (next_tier, to_next)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
    ]


vehicle_st = st.builds(
    VehicleFact,
    purchased_on=st.dates(date(2005, 1, 1), date(2026, 12, 31)),
    source=st.sampled_from(["direct", "used"]),
)
facts_st = st.builds(
    MemberFacts,
    joined_on=st.dates(date(2017, 1, 1), date(2026, 12, 31)),
    profile_complete=st.booleans(),
    vehicles=st.lists(vehicle_st, max_size=25).map(tuple),
)


@given(facts=facts_st, extra=vehicle_st, phase=st.sampled_from([1, 2]))
def test_adding_a_car_never_decreases_points(facts: MemberFacts, extra: VehicleFact, phase: int) -> None:
    before = evaluate(KERMAN, facts, AS_OF, phase)
    more = MemberFacts(facts.joined_on, facts.profile_complete, (*facts.vehicles, extra))
    after = evaluate(KERMAN, more, AS_OF, phase)
    assert after.points >= before.points


@given(a=st.integers(0, 2000), b=st.integers(0, 2000))
def test_tier_is_monotone_in_points(a: int, b: int) -> None:
    low, high = sorted((a, b))
    codes = [None, *(t.code for t in KERMAN.tiers)]
    assert codes.index(tier_for_points(KERMAN, low)) <= codes.index(tier_for_points(KERMAN, high))


@given(facts=facts_st)
def test_points_add_up_and_order_of_input_does_not_matter(facts: MemberFacts) -> None:
    s = evaluate(KERMAN, facts, AS_OF)
    assert s.points == sum(line.points for line in s.breakdown)
    assert s.tier == tier_for_points(KERMAN, s.points)
    reversed_facts = MemberFacts(facts.joined_on, facts.profile_complete, tuple(reversed(facts.vehicles)))
    assert evaluate(KERMAN, reversed_facts, AS_OF).points == s.points
    earned = [line.position for line in s.breakdown if line.event == "car" and line.points]
    assert earned == list(range(1, len(earned) + 1))
