"""The points, tier and benefits engine: a member's standing from plain facts and a club profile.

Readings of the club rules (docs: shared/spec/club-rules.md):
- points are cumulative over eligible purchases taken in purchase order;
- a purchase before the profile's eligibility date earns nothing and does not take a position
  (it does not make the next car the "2nd");
- a source the phase does not admit (used cars in phase 1) earns nothing and takes no position;
- cars beyond the earning table's last band earn nothing;
- anything dated after `as_of` is ignored (listed in the breakdown with reason "after_as_of").

Hot path: evaluate() reads the profile's precomputed RuleTables and never runs pydantic.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import Literal

from dealer_app.club_profile import ClubProfile

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class VehicleFact:
    purchased_on: date
    source: Literal["direct", "used"]


@dataclass(frozen=True, slots=True)
class MemberFacts:
    joined_on: date
    profile_complete: bool
    vehicles: tuple[VehicleFact, ...]


@dataclass(frozen=True, slots=True)
class BreakdownLine:
    event: str
    """"join" | "profile" | "car"."""
    on: date | None
    points: int
    position: int | None
    """The nth eligible car (1-based) for "car" lines that earned."""
    reason: str | None
    """Why no points: before_eligibility | used_in_phase_1 | beyond_limit | profile_incomplete | after_as_of."""
    text: str


@dataclass(frozen=True, slots=True)
class Standing:
    points: int
    tier: str | None
    benefits: tuple[str, ...]
    purchase_discount_percent: Decimal
    labour_discount_percent: Decimal
    parts_discount_percent: Decimal
    next_tier: str | None
    points_to_next_tier: int | None
    breakdown: tuple[BreakdownLine, ...]


@lru_cache(maxsize=256)
def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def tier_index(profile: ClubProfile, points: int) -> int | None:
    """Index into profile.tiers of the tier `points` falls in; None below the lowest band."""
    i = bisect_right(profile.rule_tables.tier_mins, points) - 1
    return i if i >= 0 else None


def tier_for_points(profile: ClubProfile, points: int) -> str | None:
    i = tier_index(profile, points)
    return None if i is None else profile.rule_tables.tier_codes[i]


@lru_cache(maxsize=256)
def _points_word(points: int) -> str:
    return "1 point" if points == 1 else f"{points} points"


def evaluate(profile: ClubProfile, facts: MemberFacts, as_of: date, phase: int | None = None) -> Standing:
    """The member's points, tier and benefits on `as_of`; `phase` overrides the profile's phase."""
    t = profile.rule_tables
    current_phase = profile.eligibility.phase if phase is None else phase
    try:
        sources = t.sources_by_phase[current_phase]
    except KeyError:
        raise ValueError(f"club profile {profile.code!r} defines no phase {current_phase}") from None
    lines: list[BreakdownLine] = []
    points = 0

    joined = facts.joined_on
    if joined > as_of:
        lines.append(BreakdownLine("join", joined, 0, None, "after_as_of",
                                   f"Joins the club on {joined.isoformat()}, after {as_of.isoformat()}: no points yet"))
        lines.append(BreakdownLine("profile", None, 0, None, "after_as_of",
                                   "Profile: no points before joining"))
    else:
        points += t.join_points
        lines.append(BreakdownLine("join", joined, t.join_points, None, None,
                                   f"Joined the club {joined.isoformat()}: {_points_word(t.join_points)}"))
        if facts.profile_complete:
            points += t.profile_points
            lines.append(BreakdownLine("profile", None, t.profile_points, None, None,
                                       f"Profile complete: {_points_word(t.profile_points)}"))
        else:
            lines.append(BreakdownLine("profile", None, 0, None, "profile_incomplete",
                                       "Profile not complete: no points until it is"))

    car_points = t.car_points
    limit = len(car_points)
    eligible_from = t.eligible_from
    position = 0
    # sorted() is stable, so cars bought the same day keep the order they were given in.
    for v in sorted(facts.vehicles, key=_purchase_date) if len(facts.vehicles) > 1 else facts.vehicles:
        on = v.purchased_on
        day = on.isoformat()
        if on > as_of:
            lines.append(BreakdownLine("car", on, 0, None, "after_as_of",
                                       f"Car bought {day}, after {as_of.isoformat()}: not counted yet"))
        elif on < eligible_from:
            lines.append(BreakdownLine("car", on, 0, None, "before_eligibility",
                                       f"Car bought {day}, before {eligible_from.isoformat()}: no points"))
        elif v.source not in sources:
            lines.append(BreakdownLine("car", on, 0, None, "used_in_phase_1",
                                       f"Used car bought {day}: used cars earn no points in phase {current_phase}"))
        elif position >= limit:
            position += 1
            lines.append(BreakdownLine("car", on, 0, None, "beyond_limit",
                                       f"{ordinal(position)} car bought {day}: "
                                       f"no points beyond the {ordinal(limit)} car"))
        else:
            earned = car_points[position]
            position += 1
            points += earned
            lines.append(BreakdownLine("car", on, earned, position, None,
                                       f"{ordinal(position)} car bought {day}: {_points_word(earned)}"))

    i = bisect_right(t.tier_mins, points) - 1
    if i < 0:
        tier = None
        flags: tuple[str, ...] = ()
        purchase = labour = parts = _ZERO
        next_i = 0
    else:
        tier = t.tier_codes[i]
        b = t.benefits[i]
        flags = b.flags
        purchase, labour, parts = b.purchase_discount_percent, b.labour_discount_percent, b.parts_discount_percent
        next_i = i + 1
    if next_i < len(t.tier_mins):
        next_tier: str | None = t.tier_codes[next_i]
        to_next: int | None = t.tier_mins[next_i] - points
    else:
        next_tier = to_next = None
    return Standing(points, tier, flags, purchase, labour, parts, next_tier, to_next, tuple(lines))


_purchase_date = attrgetter("purchased_on")
