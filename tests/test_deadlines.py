from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dealer_app.club_profile import load_profile
from dealer_app.deadlines import add_working_days, describe_due, due_at, working_days_between

KERMAN = load_profile("kerman_motor")
FAW = load_profile("faw_mazda")


def test_complaint_skips_the_iranian_friday() -> None:
    # Wednesday 10:00 + 2 working days: Thursday, (Friday off), Saturday.
    assert due_at(KERMAN, "complaint", datetime(2025, 5, 14, 10, 0)) == datetime(2025, 5, 17, 10, 0)


def test_captured_on_a_friday_starts_counting_on_saturday() -> None:
    assert due_at(KERMAN, "complaint", datetime(2025, 5, 16, 18, 30)) == datetime(2025, 5, 18, 18, 30)


def test_complaint_skips_nowruz() -> None:
    # Wed 19 March 2025 (a holiday itself): Thu 20 counts, Fri 21 to Mon 24 are off, Tue 25 counts.
    assert due_at(KERMAN, "complaint", datetime(2025, 3, 19, 9, 15)) == datetime(2025, 3, 25, 9, 15)


def test_chinese_make_up_working_sunday_counts() -> None:
    # Friday 24 Jan 2025: Sunday 26 Jan is a declared working day, Monday 27 the second.
    assert due_at(FAW, "complaint", datetime(2025, 1, 24, 16, 0)) == datetime(2025, 1, 27, 16, 0)
    # Monday 27 Jan: the Spring Festival closes 28 Jan to 4 Feb, so the days are 5 and 6 Feb.
    assert due_at(FAW, "complaint", datetime(2025, 1, 27, 11, 0)) == datetime(2025, 2, 6, 11, 0)


def test_hour_based_deadline_runs_around_the_clock() -> None:
    assert due_at(KERMAN, "enquiry", datetime(2025, 5, 15, 20, 0)) == datetime(2025, 5, 16, 20, 0)


def test_time_zone_is_kept() -> None:
    tehran = ZoneInfo("Asia/Tehran")
    due = due_at(KERMAN, "complaint", datetime(2025, 5, 14, 10, 0, tzinfo=tehran))
    assert due == datetime(2025, 5, 17, 10, 0, tzinfo=tehran)
    assert due.tzinfo is tehran


def test_working_day_helpers() -> None:
    assert add_working_days(KERMAN, date(2025, 5, 15), 1) == date(2025, 5, 17)
    assert working_days_between(KERMAN, date(2025, 5, 14), date(2025, 5, 17)) == 2
    assert working_days_between(KERMAN, date(2025, 5, 17), date(2025, 5, 14)) == 0
    with pytest.raises(ValueError):
        add_working_days(KERMAN, date(2025, 5, 15), 0)


NOW = datetime(2025, 5, 14, 10, 0)  # a Wednesday


@pytest.mark.parametrize(
    ("due", "text"),
    [
        (NOW + timedelta(seconds=30), "due now"),
        (NOW + timedelta(minutes=1), "due in 1 minute"),
        (NOW + timedelta(minutes=40, seconds=10), "due in 40 minutes"),
        (NOW + timedelta(hours=1), "due in 1 hour"),
        (NOW + timedelta(hours=5, minutes=59), "due in 5 hours"),
        (datetime(2025, 5, 15, 10, 0), "due in 1 working day"),
        (datetime(2025, 5, 17, 10, 0), "due in 2 working days"),
        (NOW - timedelta(seconds=20), "overdue by 1 minute"),
        (NOW - timedelta(minutes=25), "overdue by 25 minutes"),
        (NOW - timedelta(hours=3, minutes=20), "overdue by 3 hours"),
        (NOW - timedelta(days=1), "overdue by 1 day"),
        (NOW - timedelta(days=2, hours=5), "overdue by 2 days"),
    ],
)
def test_describe_due_with_profile(due: datetime, text: str) -> None:
    assert describe_due(due, NOW, KERMAN) == text


def test_describe_due_without_profile_counts_calendar_days() -> None:
    assert describe_due(datetime(2025, 5, 17, 10, 0), NOW) == "due in 3 days"


def test_describe_due_landing_after_a_weekend_with_no_working_day_between() -> None:
    # Thursday evening, due Friday evening (an hour-based deadline): no working day to count.
    assert describe_due(datetime(2025, 5, 16, 20, 0), datetime(2025, 5, 15, 19, 0), KERMAN) == "due in 25 hours"


def test_due_at_and_describe_due_together() -> None:
    captured = datetime(2025, 5, 15, 9, 0)  # Thursday
    due = due_at(KERMAN, "delivery_priority", captured)  # 3 working days: Sat, Sun, Mon
    assert due == datetime(2025, 5, 19, 9, 0)
    assert describe_due(due, captured, KERMAN) == "due in 3 working days"
    assert describe_due(due, due + timedelta(hours=3), KERMAN) == "overdue by 3 hours"
