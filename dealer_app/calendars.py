"""One date formatter and parser that honours the club profile's calendar.

Dates are always stored as Gregorian ``datetime.date``; the calendar only changes how they are
shown and typed. Iranian clubs use the Jalali (Solar Hijri) calendar, via jdatetime; everyone
else uses Gregorian, localised with Babel.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Literal

import jdatetime
from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date

from dealer_app.text import normalize_text, to_ascii_digits, to_persian_digits
from dealer_app.validation import ValidationError

Calendar = Literal["jalali", "gregorian"]
Style = Literal["short", "medium", "long", "full"]

_CALENDAR_ALIASES: dict[str, Calendar] = {
    "jalali": "jalali",
    "persian": "jalali",
    "solar_hijri": "jalali",
    "shamsi": "jalali",
    "gregorian": "gregorian",
}
_EXAMPLE = {"jalali": "1403/05/12", "gregorian": "2024-08-02"}
# Years outside these ranges are almost certainly typed in the other calendar.
_PLAUSIBLE_YEARS = {"jalali": range(1200, 1600), "gregorian": range(1800, 2300)}


def _calendar(calendar: str) -> Calendar:
    try:
        return _CALENDAR_ALIASES[calendar.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown calendar {calendar!r}; expected 'jalali' or 'gregorian'") from None


def _use_persian_digits(lang: str, digits: str | None) -> bool:
    if digits is None:
        return lang.lower().startswith("fa")
    choice = digits.lower()
    if choice in ("persian", "fa", "arabext"):
        return True
    if choice in ("latin", "latn", "ascii"):
        return False
    raise ValueError(f"unknown digits {digits!r}; expected 'persian' or 'latin'")


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Jalali date; raises ValueError for days that do not exist."""
    return jdatetime.date(year, month, day).togregorian()


def gregorian_to_jalali(d: date) -> tuple[int, int, int]:
    """(year, month, day) of ``d`` in the Jalali calendar."""
    j = jdatetime.date.fromgregorian(date=d)
    return j.year, j.month, j.day


def _jalali_words(d: date, style: Style, persian: bool) -> str:
    j = jdatetime.date.fromgregorian(date=d)
    months = jdatetime.date.j_months_fa if persian else jdatetime.date.j_months_en
    text = f"{j.day} {months[j.month - 1]} {j.year}"
    if style == "full":
        # j_weekdays_* start on Saturday, as the Iranian week does; jdatetime.weekday() agrees.
        weekdays = jdatetime.date.j_weekdays_fa if persian else jdatetime.date.j_weekdays_en
        text = f"{weekdays[j.weekday()]} {text}" if persian else f"{weekdays[j.weekday()]}, {text}"
    return text


def format_date(
    d: date, calendar: str, lang: str = "en", digits: str | None = None, style: Style = "short"
) -> str:
    """Format ``d`` for people.

    ``style="short"`` is numeric: "1403/05/12" (Jalali) or ISO "2024-08-02" (Gregorian).
    "medium", "long" and "full" use month names: Jalali names in Persian for ``lang="fa"`` and
    in English transliteration otherwise; Gregorian via Babel for ``lang``. Digits are Persian
    when ``lang`` is Persian, unless ``digits`` says "latin" (or "persian").
    """
    cal = _calendar(calendar)
    persian = _use_persian_digits(lang, digits)
    if style == "short":
        if cal == "jalali":
            y, m, day = gregorian_to_jalali(d)
            text = f"{y:04d}/{m:02d}/{day:02d}"
        else:
            text = d.isoformat()
    elif cal == "jalali":
        text = _jalali_words(d, style, lang.lower().startswith("fa"))
    else:
        try:
            text = babel_format_date(d, format=style, locale=lang.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            text = babel_format_date(d, format=style, locale="en")
    return to_persian_digits(text) if persian else to_ascii_digits(text)


def format_datetime(
    dt: datetime, calendar: str, lang: str = "en", digits: str | None = None
) -> str:
    """Date and time for people: "1403/05/12 14:30" or "2024-08-02 14:30".

    The time is shown as it is in ``dt``; convert to the branch's local time first.
    """
    text = f"{format_date(dt.date(), calendar, lang, digits='latin')} {dt:%H:%M}"
    return to_persian_digits(text) if _use_persian_digits(lang, digits) else text


_MONTH_NAMES = {
    **{name: i + 1 for i, name in enumerate(jdatetime.date.j_months_fa)},
    **{name.casefold(): i + 1 for i, name in enumerate(jdatetime.date.j_months_en)},
}


def parse_date(text: str, calendar: str, field: str = "date") -> date:
    """Parse a date typed by a clerk in the profile's calendar; returns the Gregorian date.

    Accepts Persian/Arabic/ASCII digits; year-first ("1403/05/12", "1403-5-12", "14030512",
    "2024年8月2日") or day-first with a four-digit year ("02.08.2024"); for Jalali also month
    names ("12 مرداد 1403").
    """
    cal = _calendar(calendar)
    expected = f"Type it as year/month/day, e.g. {_EXAMPLE[cal]}"
    s = to_ascii_digits(unicodedata.normalize("NFKC", normalize_text(text)))
    s = s.replace("年", "-").replace("月", "-").rstrip("日号").strip()
    if not s:
        raise ValidationError(field, f"The date is empty. {expected}.")

    parts: list[str]
    if cal == "jalali" and (named := re.fullmatch(r"(\d{1,2})\s+(\S+)\s+(\d{4})", s)):
        month = _MONTH_NAMES.get(named.group(2)) or _MONTH_NAMES.get(named.group(2).casefold())
        if month is None:
            raise ValidationError(field, f"{named.group(2)!r} is not a Jalali month name. {expected}.")
        parts = [named.group(3), str(month), named.group(1)]
    elif re.fullmatch(r"\d{8}", s):
        parts = [s[:4], s[4:6], s[6:]]
    else:
        parts = re.split(r"\s*[/\-.\s]\s*", s)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValidationError(field, f"{text.strip()!r} is not a date. {expected}.")
    if len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
    elif len(parts[2]) == 4:
        day, month, year = (int(p) for p in parts)
    else:
        raise ValidationError(
            field, f"{text.strip()!r} has no four-digit year. {expected}, with all four digits of the year."
        )

    if year not in _PLAUSIBLE_YEARS[cal]:
        other: Calendar = "gregorian" if cal == "jalali" else "jalali"
        if year in _PLAUSIBLE_YEARS[other]:
            problem = (
                f"{year} looks like a {other.capitalize()} year, but dates here are in the "
                f"{cal.capitalize()} calendar."
            )
        else:
            problem = f"{year} is not a plausible year."
        raise ValidationError(field, f"{problem} {expected}.")
    try:
        if cal == "jalali":
            return jalali_to_gregorian(year, month, day)
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            f"{text.strip()!r} is not a day in the {cal.capitalize()} calendar "
            f"(month {month}, day {day}). {expected}.",
        ) from None


_CALENDAR_WEEK_START = {"jalali": 5, "gregorian": 0}
_TERRITORIES = frozenset(
    code for code in Locale("en").territories if isinstance(code, str) and code.isalpha() and len(code) == 2
)


def week_starts_on(calendar_or_country: str) -> int:
    """First day of the week as a Python weekday (0 = Monday ... 5 = Saturday, 6 = Sunday).

    Takes a calendar ("jalali" -> Saturday, "gregorian" -> Monday) or an ISO country code
    (from CLDR via Babel: "IR" -> Saturday, "CN"/"TR" -> Monday).
    """
    key = calendar_or_country.strip()
    if key.lower() in _CALENDAR_ALIASES:
        return _CALENDAR_WEEK_START[_CALENDAR_ALIASES[key.lower()]]
    territory = key.upper()
    if territory not in _TERRITORIES:
        raise ValueError(f"unknown calendar or country {calendar_or_country!r}")
    return int(Locale.parse(f"und_{territory}").first_week_day)
