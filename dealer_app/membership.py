"""Membership validity, renewal and withdrawal under a club profile (pure).

`valid_until` is the last day the membership is valid, inclusive: "one full year from the day
of joining" means joined 2024-03-10 is valid through 2025-03-09.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dealer_app.club_profile import ClubProfile

MembershipState = Literal["active", "expiring", "expired", "withdrawn"]


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: str | None = None
    """Why not and what to do instead, as one plain English sentence; None when allowed."""
    new_valid_until: date | None = None
    """Renewal: the membership's last valid day after renewing (None: never expires)."""
    refund: bool = False
    """Withdrawal: whether the joining fee is refunded."""
    last_day: date | None = None
    """The last day the action is possible (renewal: the expiry day; withdrawal: end of the window)."""


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months, clamped to the month's last day (Jan 31 + 1 = Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_term(start: date, months: int) -> date:
    """Last day of a term of `months` starting on `start`: the day before the same date
    `months` later. Where that date does not exist (joined Feb 29 or Jan 31), the term runs
    through the end of the shorter month rather than losing a day to clamping."""
    same_day = add_months(start, months)
    if same_day.day < start.day:
        return same_day
    return same_day - timedelta(days=1)


def valid_until(profile: ClubProfile, joined_on: date) -> date | None:
    """Last valid day for a membership starting on `joined_on`; None where membership does not expire."""
    months = profile.membership.validity_months
    if months is None:
        return None
    return end_of_term(joined_on, months)


def membership_state(
    profile: ClubProfile, *, valid_until: date | None, withdrawn: bool, as_of: date
) -> MembershipState:
    """"expiring" when the last valid day is within the profile's notice period (30 days by default)."""
    if withdrawn:
        return "withdrawn"
    if valid_until is None:
        return "active"
    if as_of > valid_until:
        return "expired"
    if (valid_until - as_of).days <= profile.membership.expiring_notice_days:
        return "expiring"
    return "active"


def check_renewal(profile: ClubProfile, *, valid_until: date | None, as_of: date) -> Decision:
    """Renewal is possible on any day up to and including the last valid day; it extends the
    membership by the profile's validity from the old expiry, so renewing early loses nothing."""
    m = profile.membership
    club = profile.text("club_name", "en")
    if m.renewal == "none" or m.validity_months is None or valid_until is None:
        return Decision(False, f"Membership of the {club} does not expire, so there is nothing to renew.")
    if as_of > valid_until:
        return Decision(
            False,
            f"This membership lapsed on {valid_until.isoformat()} and can no longer be renewed; "
            "enrol the customer again as a new member.",
            last_day=valid_until,
        )
    new_until = end_of_term(valid_until + timedelta(days=1), m.validity_months)
    return Decision(True, new_valid_until=new_until, last_day=valid_until)


def check_withdrawal(profile: ClubProfile, *, joined_on: date, join_method: str, as_of: date) -> Decision:
    """Withdrawal inside the profile's window after joining (day 0 is the joining day); only the
    profile's refundable join methods (paid joins) get the fee back."""
    m = profile.membership
    refund = join_method in m.refund_join_methods
    if as_of < joined_on:
        return Decision(
            False,
            f"The membership starts on {joined_on.isoformat()}; withdrawal is possible from that day.",
        )
    if m.withdrawal_window_days is None:
        return Decision(True, refund=refund)
    last_day = joined_on + timedelta(days=m.withdrawal_window_days)
    if as_of > last_day:
        after = (
            "; after that the membership ends when it is not renewed"
            if m.validity_months is not None
            else ""
        )
        return Decision(
            False,
            f"Withdrawal is only possible within {m.withdrawal_window_days} days of joining "
            f"(until {last_day.isoformat()}){after}.",
            last_day=last_day,
        )
    return Decision(True, refund=refund, last_day=last_day)
