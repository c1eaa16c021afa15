"""The core's English messages in the interface language.

The core (validators, plate and date parsers, services) words its errors in English, for logs,
the command line and head office. The counter shows them in the clerk's language: each message
template the core can produce is listed here, in the "CoreMessages" translation context, with
``%1``, ``%2``... where the core puts a value. A message is matched against the templates and
the translation is filled with the values the core put in; a message with no template is shown
as it is (in English).

Each template has a kind per placeholder, which says how its value is matched and shown:

* ``q`` - quoted or verbatim text (what the clerk typed, a code): kept as it is, isolated so a
  Latin value does not reorder a right-to-left sentence;
* ``n`` - a number: shown in the interface's digits;
* ``d`` - an ISO date: shown in the club's calendar, like every other date on screen;
* ``e`` - an example the clerk should type (a date, a phone number): the interface's digits;
* ``r`` - the rest of the message: a sentence of its own, translated in turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dealer_app import calendars
from dealer_app.text import to_persian_digits

CONTEXT = "CoreMessages"


@dataclass
class _Display:
    calendar: str = "gregorian"
    lang: str = "en"


_display = _Display()


def configure(calendar: str, lang: str) -> None:
    """The club's calendar and the interface language, for dates and digits in messages
    (set by the application context when it opens or reloads)."""
    _display.calendar = calendar
    _display.lang = lang


_GROUP = {"q": r".+?", "n": r"\d+", "d": r"\d{4}-\d{2}-\d{2}", "e": r".+?", "r": r".+"}


@dataclass(frozen=True)
class _Template:
    source: str
    kinds: str
    pattern: re.Pattern[str]


def _template(kinds: str, source: str) -> _Template:
    """The regular expression that recognises ``source`` with its placeholders filled in."""
    pieces: list[str] = []
    position = 0
    for m in re.finditer(r"%(\d+)", source):
        pieces.append(re.escape(source[position:m.start()]))
        index = int(m.group(1))
        kind = kinds[index - 1]
        pieces.append(f"(?P<{kind}{index}>{_GROUP[kind]})")
        position = m.end()
    pieces.append(re.escape(source[position:]))
    return _Template(source, kinds, re.compile("".join(pieces), re.DOTALL))


# (placeholder kinds, English template). The templates are the core's own wording, word for
# word; tests check that the core's messages are recognised.
_SOURCES: tuple[tuple[str, object], ...] = (
    # dealer_app/validation.py: countries and national IDs
    ("qq", QT_TRANSLATE_NOOP("CoreMessages", "Country %1 is not supported; use one of %2.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "An Iranian national ID is made of digits only; %1 contains other characters. "
        "Type the 10 digits from the national card.")),
    ("qn", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card. "
        "If it starts with 0, type the leading zeros too.")),
    ("qn", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not a real national ID (all digits the same). Type the number from the national card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 fails the national ID check digit, so at least one digit is mistyped. "
        "Compare it digit by digit with the national card.")),
    ("qn", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A Chinese resident ID has 18 characters; %1 has %2. Check the number on the ID card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A Chinese resident ID is 17 digits followed by a digit or X; %1 is not. Check the number on the ID card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 fails the resident ID check character, so at least one character is mistyped. "
        "Compare it with the ID card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 has an impossible birth date or region code in it. Compare it with the ID card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A T.C. Kimlik No is made of digits only; %1 contains other characters. "
        "Type the 11 digits from the identity card.")),
    ("qn", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A T.C. Kimlik No has 11 digits; %1 has %2. Check the number on the identity card.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "A T.C. Kimlik No never starts with 0. Check the number on the identity card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 fails the T.C. Kimlik No check digits, so at least one digit is mistyped. "
        "Compare it digit by digit with the identity card.")),
    ("qq", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a valid T.C. Kimlik No (%2).")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "The national ID is empty. Type the number from the ID card.")),
    # phones
    ("e", QT_TRANSLATE_NOOP(
        "CoreMessages", "The phone number is empty. Type it like %1 or with +country code.")),
    ("qe", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 contains characters a phone number cannot have. Type only digits, like %2.")),
    ("qe", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a phone number. Type it like %2.")),
    ("qnqe", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 (%2 digits) is not a valid phone number for %3. Check for a missing or extra digit; "
        "a local number looks like %4.")),
    # VINs
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "The VIN is empty. Copy the 17 characters from the registration card.")),
    ("qn", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A VIN has 17 characters; %1 has %2. Copy it again from the registration card or the windscreen plate.")),
    ("qq", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A VIN never contains the letters I, O or Q, but %1 has %2. These are usually the digits 1 and 0.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A VIN is made of Latin letters and digits only; %1 has other characters. "
        "Copy it again from the registration card.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 fails the VIN check digit (9th character), so at least one character is mistyped. "
        "Compare it character by character with the registration card.")),
    # names
    ("", QT_TRANSLATE_NOOP("CoreMessages", "This is empty. Type the name as written on the ID card.")),
    ("nn", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This is %1 characters long; at most %2 are allowed. Shorten it, for example by leaving out titles.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "This contains invisible control characters. Delete it and type the name again.")),
    ("q", QT_TRANSLATE_NOOP("CoreMessages", "%1 contains no letters. Type the name as written on the ID card.")),
    ("q", QT_TRANSLATE_NOOP("CoreMessages", "%1 contains digits. A name has letters only; check the field.")),
    # dates (validation.py and calendars.py)
    ("dd", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is in the future (today is %2). Check the year and month; this date cannot be later than today.")),
    ("dd", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is before %2, the earliest date allowed here. Check the year.")),
    ("e", QT_TRANSLATE_NOOP("CoreMessages", "Type it as year/month/day, e.g. %1.")),
    ("e", QT_TRANSLATE_NOOP(
        "CoreMessages", "Type it as year/month/day, e.g. %1, with all four digits of the year.")),
    ("r", QT_TRANSLATE_NOOP("CoreMessages", "The date is empty. %1")),
    ("qr", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Jalali month name. %2")),
    ("qr", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a date. %2")),
    ("qr", QT_TRANSLATE_NOOP("CoreMessages", "%1 has no four-digit year. %2")),
    ("nr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 looks like a Gregorian year, but dates here are in the Jalali calendar. %2")),
    ("nr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 looks like a Jalali year, but dates here are in the Gregorian calendar. %2")),
    ("nr", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a plausible year. %2")),
    ("qnnr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not a day in the Jalali calendar (month %2, day %3). %4")),
    ("qnnr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not a day in the Gregorian calendar (month %2, day %3). %4")),
    ("q", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a day of the calendar.")),
    # dealer_app/plates.py
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "An Iranian plate is two digits, a letter, three digits and a two-digit region, "
        "e.g. 12 ب 345 - 67 (ایران 67).")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A Chinese plate is a province character, a letter and 5 characters (6 for new-energy cars), "
        "e.g. 京A·12345 or 粤B·D12345.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A Turkish plate is a province code 01-81, 1-3 letters and 2-5 digits, "
        "e.g. 34 ABC 123, 06 AB 1234 or 35 A 1234.")),
    ("qr", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a plate. %2")),
    ("qqr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not a letter used on Iranian plates. Use one of %2. %3")),
    ("qnnnr", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 has %2 digits in groups of %3 and %4; a plate has 2 + 3 digits and a 2-digit region. %5")),
    ("qqr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not a province abbreviation. It must be one of %2. %3")),
    ("qqnr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 after %2 is not a valid plate number (%3 characters). %4")),
    ("qr", QT_TRANSLATE_NOOP(
        "CoreMessages", "Turkish plates do not use the letters Q, W or X (%1). %2")),
    ("qr", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not a province code; codes run from 01 to 81. %2")),
    ("nnnnr", QT_TRANSLATE_NOOP(
        "CoreMessages", "With %1 letter(s) a plate has %2 or %3 digits, not %4. %5")),
    ("qq", QT_TRANSLATE_NOOP(
        "CoreMessages", "Plates of country %1 are not supported; use one of %2.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "The plate is empty. Type it as printed on the car.")),
    # dealer_app/money.py
    ("e", QT_TRANSLATE_NOOP("CoreMessages", "The amount is empty. Type a number like %1.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is negative; an amount here cannot be. Remove the minus sign.")),
    ("qe", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not a number. Type digits only, without currency names, like %2.")),
    ("qe", QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 has its separators in the wrong places. Type a number like %2.")),
    ("qe", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 has a digit missing or extra between thousands separators. Type a number like %2.")),
    ("qe", QT_TRANSLATE_NOOP("CoreMessages", "%1 has no digits. Type a number like %2.")),
    ("qe", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a number. Type a number like %2.")),
    # dealer_app/services/members.py
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Enter the car model, e.g. the name on the registration card.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Say whether the car was bought direct or used.")),
    ("q", QT_TRANSLATE_NOOP("CoreMessages", "Choose how the member joined: one of %1.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "An e-mail address needs an @, e.g. name@example.com.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages", "This national ID is already enrolled as member %1; open that record.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages", "This plate is already registered to member %1; open that record.")),
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages", "This VIN is already registered to member %1; open that record.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "This field cannot be edited here.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "A withdrawn member must enroll again.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Renewal is not possible now.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Withdrawal needs the member's written reason.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "This membership is already withdrawn.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Withdrawal is not possible now.")),
    # dealer_app/membership.py and eligibility.py: renewal and withdrawal decisions
    ("q", QT_TRANSLATE_NOOP(
        "CoreMessages", "Membership of the %1 does not expire, so there is nothing to renew.")),
    ("d", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This membership lapsed on %1 and can no longer be renewed; enrol the customer again as a new member.")),
    ("d", QT_TRANSLATE_NOOP(
        "CoreMessages", "The membership starts on %1; withdrawal is possible from that day.")),
    ("nd", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Withdrawal is only possible within %1 days of joining (until %2); "
        "after that the membership ends when it is not renewed.")),
    ("nd", QT_TRANSLATE_NOOP(
        "CoreMessages", "Withdrawal is only possible within %1 days of joining (until %2).")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "This member withdrew; enrol them again instead of renewing.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "This membership has already lapsed and cannot be renewed; enrol the member again.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "After the delivery invitation, delivery priority can be asked for only once the car is paid in full.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Enter the due delivery date: before the invitation, delivery priority can be asked for "
        "from one month before it.")),
    ("dd", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Before the invitation, delivery priority can be asked for from one month before the due "
        "delivery date (%1), that is from %2.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Choose the case: (a) the delivery invitation has been issued, or (b) it has not been issued yet.")),
    ("d", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Registration for this plan opens on %1; registration priority can be asked for from then.")),
    ("d", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Registration for this plan closed on %1; ask for registration priority on a plan that is still open.")),
    # dealer_app/services/requests.py
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "Write what the customer was told, e.g. 'Called, approved; visit Saturday'.")),
    ("n", QT_TRANSLATE_NOOP("CoreMessages", "Keep the note under %1 characters.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "The customer has already been told about this request.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "Head office has not decided yet; the customer can be told once the answer arrives.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "This request is already closed.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Tell the customer the outcome before closing the request.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "This car is not registered to this member; choose one of theirs.")),
    # dealer_app/services/staff.py: sign-in and accounts
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Wrong user name or password.")),
    ("n", QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Too many failed sign-ins: this account is locked for %1 more minutes, or until a manager unlocks it.")),
    ("n", QT_TRANSLATE_NOOP("CoreMessages", "Use at least %1 characters for the password.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Choose at least one role for the account.")),
    ("", QT_TRANSLATE_NOOP(
        "CoreMessages", "Use 2 to 64 letters, digits, dots, dashes or underscores, no spaces.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Staff accounts already exist; sign in as a manager.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "Enter the staff member's full name.")),
    ("q", QT_TRANSLATE_NOOP("CoreMessages", "The user name %1 is taken; choose another.")),
    ("q", QT_TRANSLATE_NOOP("CoreMessages", "No staff account named %1.")),
    ("", QT_TRANSLATE_NOOP("CoreMessages", "You cannot deactivate your own account.")),
)

TEMPLATES: tuple[_Template, ...] = tuple(_template(kinds, str(source)) for kinds, source in _SOURCES)


def _persian(lang: str) -> bool:
    return lang.lower().startswith("fa")


def _value(kind: str, value: str) -> str:
    if kind == "r":
        return core_text(value)
    if kind == "d":
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        return calendars.format_date(day, _display.calendar, _display.lang)
    if kind in ("n", "e"):
        return to_persian_digits(value) if _persian(_display.lang) else value
    # First-strong isolate: a Latin value keeps its own direction inside a Persian sentence.
    return f"\u2068{value}\u2069" if _persian(_display.lang) else value


def match(message: str) -> tuple[_Template, dict[int, str]] | None:
    """The template a core message was made from, and the values the core put in it."""
    for template in TEMPLATES:
        m = template.pattern.fullmatch(message)
        if m is not None:
            return template, {int(name[1:]): value for name, value in m.groupdict().items()}
    return None


def core_text(message: str) -> str:
    """``message`` (from the core) in the interface language; as it is if it has no template."""
    found = match(message)
    if found is None:
        return message
    template, values = found
    translated = QCoreApplication.translate(CONTEXT, template.source)
    shown = {index: _value(template.kinds[index - 1], value) for index, value in values.items()}
    # One pass, so a value containing "%2" (typed by the clerk) is never substituted again.
    return re.sub(r"%(\d+)", lambda m: shown.get(int(m.group(1)), m.group(0)), translated)
