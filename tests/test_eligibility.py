from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

import pytest

from dealer_app.club_profile import ClubProfile, load_profile
from dealer_app.eligibility import Eligibility, check_request, discount_for

KERMAN = load_profile("kerman_motor")
FAW = load_profile("faw_mazda")
TODAY = date(2025, 6, 1)


def ask(
    code: str,
    tier: str | None = "gold",
    state: str = "active",
    fields: Mapping[str, object] | None = None,
    profile: ClubProfile = KERMAN,
) -> Eligibility:
    return check_request(profile, code, tier=tier, membership_state=state, as_of=TODAY, fields=fields or {})


def test_silver_is_told_delivery_priority_is_for_gold_and_diamond() -> None:
    e = ask("delivery_priority", tier="silver", fields={"case": "a", "paid_in_full": True})
    assert not e.allowed
    assert e.reason == "Delivery priority is for Gold and Diamond members; this member is Silver."
    assert e.first_allowed_date is None


def test_member_without_tier() -> None:
    e = ask("registration_priority", tier=None)
    assert e.reason == (
        "Registration priority is for Gold and Diamond members; "
        "this member has no tier yet (tiers start at 30 points)."
    )


def test_purchase_discount_tiers_named_from_profile() -> None:
    e = ask("purchase_discount", tier="bronze", fields={"price": "1000"})
    assert e.reason == "Special purchase discount is for Silver, Gold and Diamond members; this member is Bronze."


@pytest.mark.parametrize("state", ["expired", "withdrawn"])
def test_lapsed_members_are_sent_to_renew_or_enrol(state: str) -> None:
    e = ask("delivery_priority", state=state, fields={"case": "a", "paid_in_full": True})
    assert not e.allowed
    assert e.reason is not None
    assert ("renew" if state == "expired" else "enrol") in e.reason


def test_expiring_membership_still_counts() -> None:
    assert ask("delivery_priority", state="expiring", fields={"case": "a", "paid_in_full": "yes"}).allowed


def test_unknown_state_is_an_error() -> None:
    with pytest.raises(ValueError, match="membership state"):
        ask("delivery_priority", state="asleep", fields={"case": "a", "paid_in_full": True})


def test_unknown_request_type_is_an_error() -> None:
    with pytest.raises(KeyError):
        ask("teleport")


def test_delivery_priority_case_a_needs_full_payment() -> None:
    refused = ask("delivery_priority", fields={"case": "a", "paid_in_full": "no"})
    assert not refused.allowed
    assert refused.reason is not None and "paid in full" in refused.reason
    assert ask("delivery_priority", fields={"case": "a", "paid_in_full": True}).allowed


def test_delivery_priority_case_b_opens_one_month_before_due_date() -> None:
    too_early = ask("delivery_priority", fields={"case": "b", "due_delivery_date": date(2025, 7, 15)})
    assert not too_early.allowed
    assert too_early.first_allowed_date == date(2025, 6, 15)
    assert too_early.reason is not None and "2025-06-15" in too_early.reason
    on_the_day = ask("delivery_priority", fields={"case": "b", "due_delivery_date": "2025-07-01"})
    assert on_the_day.allowed
    missing = ask("delivery_priority", fields={"case": "b"})
    assert not missing.allowed and missing.reason is not None and "due delivery date" in missing.reason


def test_delivery_priority_needs_a_case() -> None:
    e = ask("delivery_priority")
    assert not e.allowed
    assert e.reason is not None and "(a)" in e.reason and "(b)" in e.reason


def test_registration_priority_inside_the_announced_window() -> None:
    assert ask("registration_priority").allowed
    early = ask("registration_priority", fields={"window_starts": date(2025, 6, 10), "window_ends": date(2025, 6, 20)})
    assert not early.allowed and early.first_allowed_date == date(2025, 6, 10)
    late = ask("registration_priority", fields={"window_starts": date(2025, 5, 1), "window_ends": date(2025, 5, 20)})
    assert not late.allowed and late.first_allowed_date is None
    assert late.reason is not None and "closed on 2025-05-20" in late.reason


def test_purchase_discount_returns_the_tier_discount() -> None:
    e = ask("purchase_discount", tier="diamond", fields={"price": Decimal("2350000000")})
    assert e.allowed
    assert e.discount_percent == Decimal(4)
    assert e.discount_amount == Decimal("94000000")
    no_price = ask("purchase_discount", tier="gold", fields={"price": "abc"})
    assert not no_price.allowed and no_price.reason is not None and "price" in no_price.reason


@pytest.mark.parametrize("state", ["active", "expired", "withdrawn"])
@pytest.mark.parametrize("tier", [None, "bronze", "diamond"])
def test_enquiry_is_always_allowed(state: str, tier: str | None) -> None:
    assert ask("enquiry", tier=tier, state=state).allowed


def test_complaint_allowed_after_expiry_but_correction_is_not() -> None:
    assert ask("complaint", state="expired", tier="bronze").allowed
    assert not ask("profile_correction", state="expired", tier="bronze").allowed


def test_renewal_rules() -> None:
    assert ask("renewal", profile=FAW, state="expiring", tier="classic").allowed
    lapsed = ask("renewal", profile=FAW, state="expired", tier="classic")
    assert not lapsed.allowed and lapsed.reason is not None and "enrol" in lapsed.reason
    assert not ask("renewal", profile=FAW, state="withdrawn", tier="classic").allowed


def test_withdrawal_checks_the_window_when_joining_date_is_known() -> None:
    assert ask("withdrawal", profile=FAW, tier="classic").allowed
    inside = ask(
        "withdrawal", profile=FAW, tier="classic", fields={"joined_on": date(2025, 5, 20), "join_method": "paid"}
    )
    assert inside.allowed
    outside = ask(
        "withdrawal", profile=FAW, tier="classic", fields={"joined_on": date(2025, 4, 1), "join_method": "paid"}
    )
    assert not outside.allowed and outside.reason is not None and "30 days" in outside.reason


@pytest.mark.parametrize(
    ("tier", "kind", "amount", "expected"),
    [
        ("diamond", "labour", Decimal("123.45"), Decimal("37.04")),  # 37.035 rounds half up
        ("gold", "parts", Decimal("99.99"), Decimal("10.00")),
        ("silver", "labour", Decimal("10"), Decimal("1.00")),
        ("classic", "labour", Decimal("500"), Decimal("0.00")),
        (None, "parts", Decimal("500"), Decimal("0.00")),
        ("diamond", "purchase", Decimal("150000"), Decimal("3000.00")),
    ],
)
def test_discount_for_in_yuan(tier: str | None, kind: str, amount: Decimal, expected: Decimal) -> None:
    result = discount_for(FAW, tier, kind, amount)  # type: ignore[arg-type]
    assert result == expected
    assert result.as_tuple().exponent == -2


def test_discount_for_in_whole_rials() -> None:
    assert discount_for(KERMAN, "silver", "purchase", Decimal("1234567")) == Decimal("12346")
    assert discount_for(KERMAN, "silver", "purchase", Decimal("1234567")).as_tuple().exponent == 0


def test_discount_for_refuses_negative_amounts() -> None:
    with pytest.raises(ValueError):
        discount_for(KERMAN, "gold", "purchase", Decimal(-1))
