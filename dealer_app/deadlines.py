"""Response deadlines of requests, and how to say them (pure).

Counting rules, kept simple so the front desk can explain them:
- a deadline in working days falls on the Nth working day after the day the request was
  captured, at the same time of day; working days are the profile's working week less its
  public holidays plus its declared extra working days (captured on a Friday in Iran or on a
  holiday, the first working day after it is day 1);
- a deadline in hours is plain elapsed hours: hour-based promises (the 24-hour line) run
  around the clock.
Pass local branch time (naive, or aware in the branch's zone): the working day is the date of
`captured_at` as given.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dealer_app.club_profile import ClubProfile

_MINUTE = timedelta(minutes=1)
_HOUR = timedelta(hours=1)
_DAY = timedelta(days=1)


def add_working_days(profile: ClubProfile, day: date, count: int) -> date:
    """The `count`th working day after `day` (count >= 1)."""
    if count < 1:
        raise ValueError(f"count must be at least 1, got {count}")
    found = 0
    while found < count:
        day += _DAY
        if profile.is_working_day(day):
            found += 1
    return day


def working_days_between(profile: ClubProfile, start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    count = 0
    day = start
    while day < end:
        day += _DAY
        if profile.is_working_day(day):
            count += 1
    return count


def due_at(profile: ClubProfile, request_type_code: str, captured_at: datetime) -> datetime:
    """When the answer to a request captured at `captured_at` is due (same tz as `captured_at`)."""
    rt = profile.request_type(request_type_code)
    if rt.response_hours is not None:
        return captured_at + timedelta(hours=rt.response_hours)
    assert rt.response_working_days is not None  # the profile guarantees exactly one is set
    day = add_working_days(profile, captured_at.date(), rt.response_working_days)
    return datetime.combine(day, captured_at.timetz())


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def describe_due(due_at: datetime, now: datetime, profile: ClubProfile | None = None) -> str:
    """A short English phrase: "due now", "due in 40 minutes", "due in 5 hours",
    "due in 2 working days" (given the profile; "due in 2 days" without), "overdue by 3 hours",
    "overdue by 2 days".

    Under a day away it speaks in hours (rounded down), since that is what the clerk can act on;
    further out it counts working days from today to the due date, which is how the promise to
    the customer was made. Overdue time is counted in calendar time: the customer waits every day.
    """
    delta = due_at - now
    if delta >= timedelta(0):
        if delta < _MINUTE:
            return "due now"
        if delta < _HOUR:
            return f"due in {_plural(delta // _MINUTE, 'minute')}"
        if delta < _DAY:
            return f"due in {_plural(delta // _HOUR, 'hour')}"
        if profile is None:
            return f"due in {_plural((due_at.date() - now.date()).days, 'day')}"
        working = working_days_between(profile, now.date(), due_at.date())
        if working == 0:
            # Due on a non-working day right after a weekend: no working day to count.
            return f"due in {_plural(delta // _HOUR, 'hour')}"
        return f"due in {_plural(working, 'working day')}"
    late = -delta
    if late < _HOUR:
        return f"overdue by {_plural(max(1, late // _MINUTE), 'minute')}"
    if late < _DAY:
        return f"overdue by {_plural(late // _HOUR, 'hour')}"
    return f"overdue by {_plural(late.days, 'day')}"
