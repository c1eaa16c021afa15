from __future__ import annotations

from datetime import date

import pytest

from dealer_app.club_profile import load_profile
from dealer_app.membership import (
    add_months,
    check_renewal,
    check_withdrawal,
    end_of_term,
    membership_state,
    valid_until,
)

FAW = load_profile("faw_mazda")
KERMAN = load_profile("kerman_motor")


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 10), -1, date(2024, 12, 10)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("joined", "until"),
    [
        (date(2024, 3, 10), date(2025, 3, 9)),
        (date(2024, 1, 1), date(2024, 12, 31)),
        (date(2024, 2, 29), date(2025, 2, 28)),
    ],
)
def test_one_full_year_from_joining(joined: date, until: date) -> None:
    assert valid_until(FAW, joined) == until


def test_term_through_end_of_shorter_month() -> None:
    assert end_of_term(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert end_of_term(date(2025, 1, 15), 1) == date(2025, 2, 14)


def test_kerman_membership_does_not_expire() -> None:
    assert valid_until(KERMAN, date(2020, 1, 1)) is None
    assert membership_state(KERMAN, valid_until=None, withdrawn=False, as_of=date(2040, 1, 1)) == "active"


@pytest.mark.parametrize(
    ("as_of", "withdrawn", "state"),
    [
        (date(2025, 1, 1), False, "active"),
        (date(2025, 2, 6), False, "active"),
        (date(2025, 2, 7), False, "expiring"),
        (date(2025, 3, 9), False, "expiring"),
        (date(2025, 3, 10), False, "expired"),
        (date(2025, 1, 1), True, "withdrawn"),
    ],
)
def test_membership_state(as_of: date, withdrawn: bool, state: str) -> None:
    assert membership_state(FAW, valid_until=date(2025, 3, 9), withdrawn=withdrawn, as_of=as_of) == state


def test_renewal_before_expiry_extends_from_the_old_expiry() -> None:
    early = check_renewal(FAW, valid_until=date(2025, 3, 9), as_of=date(2025, 1, 5))
    assert early.allowed and early.reason is None
    assert early.new_valid_until == date(2026, 3, 9)
    last_day = check_renewal(FAW, valid_until=date(2025, 3, 9), as_of=date(2025, 3, 9))
    assert last_day.allowed
    assert last_day.new_valid_until == date(2026, 3, 9)


def test_renewal_after_expiry_means_enrolling_again() -> None:
    d = check_renewal(FAW, valid_until=date(2025, 3, 9), as_of=date(2025, 3, 10))
    assert not d.allowed
    assert d.new_valid_until is None
    assert d.reason is not None
    assert "2025-03-09" in d.reason and "enrol" in d.reason


def test_kerman_has_nothing_to_renew() -> None:
    d = check_renewal(KERMAN, valid_until=None, as_of=date(2025, 3, 10))
    assert not d.allowed
    assert d.reason == "Membership of the Kerman Motor Customer Club does not expire, so there is nothing to renew."


def test_withdrawal_within_a_month_refunds_paid_joins_only() -> None:
    joined = date(2025, 3, 1)
    paid = check_withdrawal(FAW, joined_on=joined, join_method="paid", as_of=date(2025, 3, 31))
    assert paid.allowed and paid.refund
    assert paid.last_day == date(2025, 3, 31)
    free = check_withdrawal(FAW, joined_on=joined, join_method="insurance", as_of=date(2025, 3, 2))
    assert free.allowed and not free.refund


def test_withdrawal_after_the_window_is_refused() -> None:
    d = check_withdrawal(FAW, joined_on=date(2025, 3, 1), join_method="paid", as_of=date(2025, 4, 1))
    assert not d.allowed and not d.refund
    assert d.reason is not None
    assert "within 30 days of joining (until 2025-03-31)" in d.reason


def test_withdrawal_before_joining_is_refused() -> None:
    d = check_withdrawal(FAW, joined_on=date(2025, 3, 1), join_method="paid", as_of=date(2025, 2, 28))
    assert not d.allowed


def test_kerman_members_may_leave_any_time_without_refund() -> None:
    d = check_withdrawal(KERMAN, joined_on=date(2019, 1, 1), join_method="standard", as_of=date(2025, 6, 1))
    assert d.allowed and not d.refund and d.reason is None
