"""One formatter and parser for both calendars."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.calendars import (
    format_date,
    format_datetime,
    gregorian_to_jalali,
    jalali_to_gregorian,
    parse_date,
    week_starts_on,
)
from dealer_app.validation import ValidationError

D = date(2024, 8, 2)  # 1403/05/12, a Friday


def test_club_epoch() -> None:
    assert jalali_to_gregorian(1390, 1, 1) == date(2011, 3, 21)
    assert gregorian_to_jalali(date(2011, 3, 21)) == (1390, 1, 1)
    assert jalali_to_gregorian(1396, 1, 1) == date(2017, 3, 21)


def test_leap_esfand() -> None:
    assert jalali_to_gregorian(1403, 12, 30) == date(2025, 3, 20)
    with pytest.raises(ValueError):
        jalali_to_gregorian(1402, 12, 30)


@pytest.mark.parametrize(
    ("calendar", "lang", "digits", "expected"),
    [
        ("jalali", "fa", None, "۱۴۰۳/۰۵/۱۲"),
        ("jalali", "en", None, "1403/05/12"),
        ("jalali", "fa", "latin", "1403/05/12"),
        ("jalali", "en", "persian", "۱۴۰۳/۰۵/۱۲"),
        ("gregorian", "en", None, "2024-08-02"),
        ("gregorian", "zh", None, "2024-08-02"),
        ("gregorian", "tr", None, "2024-08-02"),
        ("gregorian", "fa", None, "۲۰۲۴-۰۸-۰۲"),
        ("Persian", "fa", None, "۱۴۰۳/۰۵/۱۲"),
    ],
)
def test_short_format(calendar: str, lang: str, digits: str | None, expected: str) -> None:
    assert format_date(D, calendar, lang, digits) == expected


@pytest.mark.parametrize(
    ("calendar", "lang", "style", "expected"),
    [
        ("jalali", "fa", "long", "۱۲ مرداد ۱۴۰۳"),
        ("jalali", "en", "long", "12 Mordad 1403"),
        ("jalali", "fa", "full", "جمعه ۱۲ مرداد ۱۴۰۳"),
        ("jalali", "en", "full", "Friday, 12 Mordad 1403"),
        ("gregorian", "en", "medium", "Aug 2, 2024"),
        ("gregorian", "en", "long", "August 2, 2024"),
        ("gregorian", "tr", "long", "2 Ağustos 2024"),
        ("gregorian", "zh", "long", "2024年8月2日"),
        ("gregorian", "xx", "long", "August 2, 2024"),
    ],
)
def test_long_format(calendar: str, lang: str, style: str, expected: str) -> None:
    assert format_date(D, calendar, lang, style=style) == expected  # type: ignore[arg-type]


def test_format_datetime() -> None:
    dt = datetime(2024, 8, 2, 14, 30, 59)
    assert format_datetime(dt, "jalali", "fa") == "۱۴۰۳/۰۵/۱۲ ۱۴:۳۰"
    assert format_datetime(dt, "jalali", "en") == "1403/05/12 14:30"
    assert format_datetime(dt, "gregorian", "tr") == "2024-08-02 14:30"


def test_unknown_calendar_or_digits() -> None:
    with pytest.raises(ValueError, match="unknown calendar"):
        format_date(D, "lunar")
    with pytest.raises(ValueError, match="unknown digits"):
        format_date(D, "jalali", digits="roman")


@pytest.mark.parametrize(
    "typed",
    [
        "1403/05/12",
        "۱۴۰۳/۰۵/۱۲",
        "١٤٠٣-٠٥-١٢",
        "1403-5-12",
        "1403.05.12",
        " 1403 / 5 / 12 ",
        "14030512",
        "12/05/1403",
        "12 مرداد 1403",
        "۱۲ مرداد ۱۴۰۳",
        "12 Mordad 1403",
    ],
)
def test_parse_jalali(typed: str) -> None:
    assert parse_date(typed, "jalali") == D


@pytest.mark.parametrize(
    "typed", ["2024-08-02", "2024/8/2", "02.08.2024", "2.8.2024", "20240802", "2024年8月2日", "۲۰۲۴/۰۸/۰۲"]
)
def test_parse_gregorian(typed: str) -> None:
    assert parse_date(typed, "gregorian") == D


@pytest.mark.parametrize(
    ("typed", "calendar", "fragment"),
    [
        ("", "jalali", "empty"),
        ("1403/05", "jalali", "not a date"),
        ("tomorrow", "gregorian", "not a date"),
        ("03/05/12", "jalali", "four-digit year"),
        ("2024/08/02", "jalali", "looks like a Gregorian year"),
        ("1403/05/12", "gregorian", "looks like a Jalali year"),
        ("1402/12/30", "jalali", "not a day in the Jalali calendar"),
        ("2023-02-29", "gregorian", "not a day in the Gregorian calendar"),
        ("1403/13/01", "jalali", "not a day"),
        ("0001/01/01", "gregorian", "not a plausible year"),
        ("12 Brumaire 1403", "jalali", "not a Jalali month name"),
    ],
)
def test_parse_errors_name_field_and_format(typed: str, calendar: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_date(typed, calendar, field="purchased_on")
    assert exc.value.field == "purchased_on"
    assert fragment in exc.value.message
    assert ("1403/05/12" if calendar == "jalali" else "2024-08-02") in exc.value.message


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.sampled_from(["fa", "en"]))
def test_format_parse_round_trip(d: date, lang: str) -> None:
    for calendar in ("jalali", "gregorian"):
        assert parse_date(format_date(d, calendar, lang), calendar) == d
    assert parse_date(format_date(d, "jalali", lang, style="long"), "jalali") == d


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 30)))
def test_jalali_conversion_is_consistent(d: date) -> None:
    y, m, day = gregorian_to_jalali(d)
    assert jalali_to_gregorian(y, m, day) == d
    ny, nm, nd = gregorian_to_jalali(d + timedelta(days=1))
    # the next day is either the next day of the month or the first of the next month
    assert (ny, nm, nd) == (y, m, day + 1) or (nd == 1 and (nm == m + 1 or (nm, ny) == (1, y + 1)))


def test_week_start() -> None:
    assert week_starts_on("jalali") == 5
    assert week_starts_on("gregorian") == 0
    assert week_starts_on("IR") == 5
    assert week_starts_on("ir") == 5
    assert week_starts_on("TR") == 0
    assert week_starts_on("CN") == 0
    with pytest.raises(ValueError):
        week_starts_on("Atlantis")
