"""How the counter shows dates, tiers, benefits, points lines and errors.

Every date on screen goes through :func:`fmt_date`, which defers to the core's calendar-aware
formatter, so a Jalali branch never shows a Gregorian date by accident.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from dealer_app import calendars, money
from dealer_app.club_profile import ClubProfile, pick
from dealer_app.roles import PermissionDenied
from dealer_app.rules import BreakdownLine
from dealer_app.services.staff import SignInFailed
from dealer_app.text import to_persian_digits
from dealer_app.validation import ValidationError
from ui.core_messages import core_text


def fmt_date(d: date | datetime | None, profile: ClubProfile, lang: str) -> str:
    if d is None:
        return "–"
    if isinstance(d, datetime):
        # Stored timestamps are naive UTC; the counter shows the PC's local time.
        local = d.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        return calendars.format_datetime(local, profile.calendar, lang)
    return calendars.format_date(d, profile.calendar, lang)


def ltr(text: str) -> str:
    """Keep a number-like text (phone, ID, member or card number) left to right inside any
    paragraph, so "+98 912 *** **89" is not reordered in a right-to-left layout."""
    return f"\u2066{text}\u2069"


def isolate(text: str) -> str:
    """Let a text take its own direction from its first strong letter (an Iranian plate reads
    right to left, a Turkish one left to right) without disturbing what surrounds it."""
    return f"\u2068{text}\u2069"


def parse_date(text: str, profile: ClubProfile, field: str) -> date:
    """A date typed in the profile's calendar (raises ValidationError naming ``field``)."""
    return calendars.parse_date(text, profile.calendar, field)


def date_example(profile: ClubProfile, lang: str = "en") -> str:
    return fmt_digits("1403/05/12" if profile.calendar == "jalali" else "2024-08-02", lang)


def fmt_digits(text: str, lang: str) -> str:
    """Digits in the interface's script: Persian in Persian, as they are otherwise."""
    return to_persian_digits(text) if lang.lower().startswith("fa") else text


def fmt_number(value: int | Decimal, lang: str) -> str:
    """A count or a percentage for people: "120", "۱۲۰", "2.5" (no exponent, no trailing zeros)."""
    text = f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)
    return fmt_digits(text, lang)


def fmt_money(amount: Decimal, profile: ClubProfile, lang: str, toman: bool = False) -> str:
    return money.format_money(amount, profile.currency, lang, toman=toman and profile.currency == "IRR")


def tier_name(profile: ClubProfile, code: str | None, lang: str) -> str:
    if code is None:
        return QCoreApplication.translate("Formatting", "No tier yet")
    try:
        return profile.tier_name(code, lang)
    except KeyError:
        return code


def tier_colour(profile: ClubProfile, code: str | None) -> QColor:
    if code is None:
        return QColor("#9e9e9e")
    try:
        return QColor(profile.tier(code).colour)
    except KeyError:
        return QColor("#9e9e9e")


def readable_on(background: QColor) -> QColor:
    """Black or white text, whichever reads better on the tier colour."""
    luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


def benefit_name(profile: ClubProfile, flag: str, lang: str) -> str:
    spec = profile.benefit_flags.get(flag)
    return pick(spec.names, lang, profile.default_language) if spec else flag


def _ordinal(n: int) -> str:
    return QCoreApplication.translate("Formatting", "car no. %n", "position of a car among the member's purchases", n)


def breakdown_text(line: BreakdownLine, profile: ClubProfile, lang: str) -> str:
    """One line of "why this tier", in the interface language."""
    on = fmt_date(line.on, profile, lang) if line.on else ""
    if line.event == "join":
        head = QCoreApplication.translate("Formatting", "Joined the club %1").replace("%1", on)
    elif line.event == "profile":
        head = QCoreApplication.translate("Formatting", "Completed profile")
    elif line.event == "car":
        head = (
            QCoreApplication.translate("Formatting", "%1 bought %2")
            .replace("%1", _ordinal(line.position)).replace("%2", on)
            if line.position
            else QCoreApplication.translate("Formatting", "Car bought %1").replace("%1", on)
        )
    else:
        return line.text
    points = line.points  # a plain name: pyside6-lupdate skips calls whose arguments are attributes
    if points:
        return QCoreApplication.translate("Formatting", "%1: %n points", "", points).replace("%1", head)
    reasons = {
        "before_eligibility": QCoreApplication.translate("Formatting", "bought before the club's start date"),
        "used_in_phase_1": QCoreApplication.translate("Formatting", "used cars do not earn points yet"),
        "beyond_limit": QCoreApplication.translate("Formatting", "beyond the number of cars that earn points"),
        "profile_incomplete": QCoreApplication.translate("Formatting", "profile not complete yet"),
        "after_as_of": QCoreApplication.translate("Formatting", "after today"),
    }
    why = reasons.get(line.reason or "", line.reason or "")
    return QCoreApplication.translate("Formatting", "%1: no points (%2)").replace("%1", head).replace("%2", why)


def plain_error(exc: BaseException) -> str:
    """What went wrong, in words a clerk can act on (no tracebacks, no class names)."""
    if isinstance(exc, ValidationError):
        return core_text(exc.message)
    if isinstance(exc, SignInFailed):
        return core_text(str(exc))
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Formatting", "Your account may not do this. Ask a branch manager.")
    if isinstance(exc, sqlite3.OperationalError) or type(exc).__name__ == "OperationalError":
        if "locked" in str(exc) or "busy" in str(exc):
            return QCoreApplication.translate(
                "Formatting", "The branch database is busy (another program is writing). Try again in a moment.")
        return QCoreApplication.translate(
            "Formatting", "The branch database could not be read or written. Check the disk, then try again.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Formatting", "A file could not be read or written: %1").replace(
            "%1", exc.strerror or str(exc))
    text = str(exc).strip()
    if text:
        return core_text(text)
    return QCoreApplication.translate(
        "Formatting", "Something went wrong; try again. If it keeps happening, call support.")
