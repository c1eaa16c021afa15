"""May this member ask for this request type now, and if not, why and when (pure).

A benefit is never granted at the counter: an allowed request is captured and decided by head
office. This module only answers whether capturing it makes sense, in plain English the front
desk can read out. Completeness of the request form is the requests service's business; only
the fields a rule depends on are looked at here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from babel.numbers import get_currency_precision

from dealer_app.club_profile import FALLBACK_LANGUAGE, ClubProfile, RequestType, pick
from dealer_app.membership import add_months, check_withdrawal


@dataclass(frozen=True, slots=True)
class Eligibility:
    allowed: bool
    reason: str | None = None
    """Why not and what to do, one plain English sentence; None when allowed."""
    first_allowed_date: date | None = None
    """When refused only because it is too early: the first day the request can be made."""
    discount_percent: Decimal | None = None
    """purchase_discount: the member's tier percentage."""
    discount_amount: Decimal | None = None
    """purchase_discount: that percentage of the price given, in the profile's currency."""


def discount_for(
    profile: ClubProfile, tier: str | None, kind: Literal["purchase", "labour", "parts"], amount: Decimal
) -> Decimal:
    """The tier's `kind` discount on `amount`, rounded half-up to the currency's minor unit
    (whole rials; fen and kuruş)."""
    if amount < 0:
        raise ValueError(f"amount must not be negative, got {amount}")
    exponent = Decimal(1).scaleb(-get_currency_precision(profile.currency))
    if tier is None:
        return Decimal(0).quantize(exponent)
    percent = profile.benefits[tier].percent(kind)
    return (amount * percent / 100).quantize(exponent, rounding=ROUND_HALF_UP)


def check_request(
    profile: ClubProfile,
    request_type_code: str,
    *,
    tier: str | None,
    membership_state: str,
    as_of: date,
    fields: Mapping[str, object],
) -> Eligibility:
    """Raises KeyError for a request type the profile does not define."""
    rt = profile.request_type(request_type_code)
    name = _name(profile, rt)

    refusal = _membership_refusal(profile, rt, name, membership_state)
    if refusal is not None:
        return refusal

    if rt.allowed_tiers and tier not in rt.allowed_tiers:
        allowed = _join_and([profile.tier_name(t, FALLBACK_LANGUAGE) for t in rt.allowed_tiers])
        if tier is None:
            lowest = profile.tiers[0]
            who = f"this member has no tier yet (tiers start at {lowest.min_points} points)"
        else:
            who = f"this member is {_tier_name(profile, tier)}"
        return Eligibility(False, f"{name[:1].upper()}{name[1:]} is for {allowed} members; {who}.")

    check = _SPECIFIC.get(rt.code)
    if check is not None:
        return check(profile, rt, tier, as_of, fields)
    return Eligibility(True)


def _membership_refusal(
    profile: ClubProfile, rt: RequestType, name: str, state: str
) -> Eligibility | None:
    if rt.code == "renewal":
        if profile.membership.renewal == "none":
            club = profile.text("club_name", FALLBACK_LANGUAGE)
            return Eligibility(False, f"Membership of the {club} does not expire, so there is nothing to renew.")
        if state == "withdrawn":
            return Eligibility(False, "This member withdrew; enrol them again instead of renewing.")
        if state == "expired":
            return Eligibility(
                False, "This membership has already lapsed and cannot be renewed; enrol the member again."
            )
        return None
    if not rt.requires_active_membership:
        return None
    if state == "withdrawn":
        return Eligibility(False, f"This member withdrew from the club; enrol them again before asking for {name}.")
    if state == "expired":
        return Eligibility(
            False,
            f"This membership has expired; the member must renew (enrol again) before asking for {name}.",
        )
    if state not in ("active", "expiring"):
        raise ValueError(f"unknown membership state {state!r}")
    return None


def _delivery_priority(
    profile: ClubProfile, rt: RequestType, tier: str | None, as_of: date, fields: Mapping[str, object]
) -> Eligibility:
    case = fields.get("case")
    if case == "a":
        if _is_yes(fields.get("paid_in_full")):
            return Eligibility(True)
        return Eligibility(
            False,
            "After the delivery invitation, delivery priority can be asked for only once the car "
            "is paid in full.",
        )
    if case == "b":
        due = _as_date(fields.get("due_delivery_date"))
        if due is None:
            return Eligibility(
                False,
                "Enter the due delivery date: before the invitation, delivery priority can be asked "
                "for from one month before it.",
            )
        first = add_months(due, -1)
        if as_of < first:
            return Eligibility(
                False,
                f"Before the invitation, delivery priority can be asked for from one month before the "
                f"due delivery date ({due.isoformat()}), that is from {first.isoformat()}.",
                first_allowed_date=first,
            )
        return Eligibility(True)
    return Eligibility(
        False,
        "Choose the case: (a) the delivery invitation has been issued, or (b) it has not been issued yet.",
    )


def _registration_priority(
    profile: ClubProfile, rt: RequestType, tier: str | None, as_of: date, fields: Mapping[str, object]
) -> Eligibility:
    # The document: the registration must fall inside the window announced to the customer.
    opens = _as_date(fields.get("window_starts"))
    closes = _as_date(fields.get("window_ends"))
    if opens is not None and as_of < opens:
        return Eligibility(
            False,
            f"Registration for this plan opens on {opens.isoformat()}; registration priority can be "
            "asked for from then.",
            first_allowed_date=opens,
        )
    if closes is not None and as_of > closes:
        return Eligibility(
            False,
            f"Registration for this plan closed on {closes.isoformat()}; ask for registration priority "
            "on a plan that is still open.",
        )
    return Eligibility(True)


def _purchase_discount(
    profile: ClubProfile, rt: RequestType, tier: str | None, as_of: date, fields: Mapping[str, object]
) -> Eligibility:
    price = _as_decimal(fields.get("price"))
    if price is None or price <= 0:
        return Eligibility(False, "Enter the car's price to work out the purchase discount.")
    assert tier is not None  # allowed_tiers is never empty for a discount (profile invariant)
    percent = profile.benefits[tier].purchase_discount_percent
    return Eligibility(
        True,
        discount_percent=percent,
        discount_amount=discount_for(profile, tier, "purchase", price),
    )


def _withdrawal(
    profile: ClubProfile, rt: RequestType, tier: str | None, as_of: date, fields: Mapping[str, object]
) -> Eligibility:
    # The withdrawal window needs the joining date; callers that know it pass it in `fields`.
    joined_on = _as_date(fields.get("joined_on"))
    if joined_on is None:
        return Eligibility(True)
    decision = check_withdrawal(
        profile, joined_on=joined_on, join_method=str(fields.get("join_method", "")), as_of=as_of
    )
    return Eligibility(decision.allowed, decision.reason)


_SPECIFIC = {
    "delivery_priority": _delivery_priority,
    "registration_priority": _registration_priority,
    "purchase_discount": _purchase_discount,
    "withdrawal": _withdrawal,
}


def _name(profile: ClubProfile, rt: RequestType) -> str:
    text = pick(rt.names, FALLBACK_LANGUAGE, profile.default_language)
    return text[:1].lower() + text[1:]


def _tier_name(profile: ClubProfile, tier: str) -> str:
    try:
        return profile.tier_name(tier, FALLBACK_LANGUAGE)
    except KeyError:
        return tier


def _join_and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _is_yes(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("yes", "true", "1"))


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _as_decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal | int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None
