"""Validators for what clerks type at the counter.

Every validator returns the normalised value or raises :class:`ValidationError`, whose message
says what is wrong *and* what to do about it, because it is shown to a clerk with a customer
waiting in front of them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import phonenumbers
from stdnum.cn import ric
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.tr import tckimlik

from dealer_app.text import digits_only, normalize_text, to_ascii_digits

SUPPORTED_COUNTRIES = ("IR", "CN", "TR")

NAME_MAX_LENGTH = 100
VIN_LENGTH = 17


class ValidationError(ValueError):
    """A value a person typed is not acceptable.

    ``field`` is the form field name (e.g. ``"national_id"``) so the UI can put the message next
    to the right input; ``message`` says what is wrong and how to fix it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str]]:
        # ValueError pickles its args; ours has two, so say how to rebuild (worker threads and
        # processes hand these errors back to the UI).
        return (type(self), (self.field, self.message))


def _country(country: str, field: str) -> str:
    code = country.strip().upper()
    if code not in SUPPORTED_COUNTRIES:
        raise ValidationError(
            field,
            f"Country {country!r} is not supported; use one of {', '.join(SUPPORTED_COUNTRIES)}.",
        )
    return code


def _compact_id(value: str) -> str:
    """Digits in ASCII, spaces/dashes/dots removed, letters upper-case (the Chinese 'X')."""
    s = to_ascii_digits(unicodedata.normalize("NFKC", value))
    return re.sub(r"[\s\-./_]", "", s).upper()


def _iran_check_digit_ok(number: str) -> bool:
    # The Iranian "code melli" check: weights 10..2 over the first nine digits, mod 11.
    total = sum(int(d) * (10 - i) for i, d in enumerate(number[:9]))
    remainder = total % 11
    expected = remainder if remainder < 2 else 11 - remainder
    return int(number[9]) == expected


def _validate_iran_id(number: str, raw: str, field: str) -> str:
    if not number.isdigit():
        raise ValidationError(
            field,
            f"An Iranian national ID is made of digits only; {raw.strip()!r} contains other "
            "characters. Type the 10 digits from the national card.",
        )
    if len(number) != 10:
        hint = " If it starts with 0, type the leading zeros too." if len(number) in (8, 9) else ""
        raise ValidationError(
            field,
            f"An Iranian national ID has 10 digits; {raw.strip()!r} has {len(number)}. "
            f"Check the number on the national card.{hint}",
        )
    if len(set(number)) == 1:
        raise ValidationError(
            field,
            f"{number} is not a real national ID (all digits the same). "
            "Type the number from the national card.",
        )
    if not _iran_check_digit_ok(number):
        raise ValidationError(
            field,
            f"{number} fails the national ID check digit, so at least one digit is mistyped. "
            "Compare it digit by digit with the national card.",
        )
    return number


def _validate_china_id(number: str, raw: str, field: str) -> str:
    try:
        return str(ric.validate(number))
    except InvalidLength:
        raise ValidationError(
            field,
            f"A Chinese resident ID has 18 characters; {raw.strip()!r} has {len(number)}. "
            "Check the number on the ID card.",
        ) from None
    except InvalidFormat:
        raise ValidationError(
            field,
            f"A Chinese resident ID is 17 digits followed by a digit or X; {raw.strip()!r} is not. "
            "Check the number on the ID card.",
        ) from None
    except InvalidChecksum:
        raise ValidationError(
            field,
            f"{number} fails the resident ID check character, so at least one character is "
            "mistyped. Compare it with the ID card.",
        ) from None
    except InvalidComponent:
        raise ValidationError(
            field,
            f"{number} has an impossible birth date or region code in it. "
            "Compare it with the ID card.",
        ) from None


def _validate_turkey_id(number: str, raw: str, field: str) -> str:
    if not number.isdigit():
        raise ValidationError(
            field,
            f"A T.C. Kimlik No is made of digits only; {raw.strip()!r} contains other characters. "
            "Type the 11 digits from the identity card.",
        )
    try:
        return str(tckimlik.validate(number))
    except InvalidLength:
        raise ValidationError(
            field,
            f"A T.C. Kimlik No has 11 digits; {raw.strip()!r} has {len(number)}. "
            "Check the number on the identity card.",
        ) from None
    except InvalidFormat:
        raise ValidationError(
            field,
            "A T.C. Kimlik No never starts with 0. Check the number on the identity card.",
        ) from None
    except InvalidChecksum:
        raise ValidationError(
            field,
            f"{number} fails the T.C. Kimlik No check digits, so at least one digit is mistyped. "
            "Compare it digit by digit with the identity card.",
        ) from None
    except StdnumValidationError as exc:  # any other stdnum complaint
        raise ValidationError(field, f"{number} is not a valid T.C. Kimlik No ({exc}).") from None


def validate_national_id(country: str, value: str, field: str = "national_id") -> str:
    """Validate a national ID for ``country`` ("IR", "CN", "TR"); returns the compact form
    (ASCII digits, Chinese check character upper-case). Accepts Persian/Arabic digits, spaces,
    dashes and dots."""
    code = _country(country, field)
    number = _compact_id(value)
    if not number:
        raise ValidationError(field, "The national ID is empty. Type the number from the ID card.")
    if code == "IR":
        return _validate_iran_id(number, value, field)
    if code == "CN":
        return _validate_china_id(number, value, field)
    return _validate_turkey_id(number, value, field)


_PHONE_EXAMPLES = {"IR": "0912 345 6789", "CN": "138 0013 8000", "TR": "0532 123 45 67"}


def validate_phone(country: str, value: str, field: str = "phone") -> str:
    """Validate a phone number; returns E.164 (``+989123456789``). Local forms are read as
    numbers of ``country``; numbers starting with + or 00 may be from anywhere."""
    code = _country(country, field)
    text = to_ascii_digits(unicodedata.normalize("NFKC", value)).strip()
    if not digits_only(text):
        raise ValidationError(
            field, f"The phone number is empty. Type it like {_PHONE_EXAMPLES[code]} or with +country code."
        )
    if re.search(r"[^\d\s\-+().]", text):
        raise ValidationError(
            field,
            f"{value.strip()!r} contains characters a phone number cannot have. "
            f"Type only digits, like {_PHONE_EXAMPLES[code]}.",
        )
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, code)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            field,
            f"{value.strip()!r} is not a phone number. Type it like {_PHONE_EXAMPLES[code]}.",
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        n = len(digits_only(text))
        raise ValidationError(
            field,
            f"{value.strip()!r} ({n} digits) is not a valid phone number for "
            f"{phonenumbers.region_code_for_number(parsed) or code}. Check for a missing or extra "
            f"digit; a local number looks like {_PHONE_EXAMPLES[code]}.",
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# ISO 3779 check digit (position 9), mandatory for vehicles built for North America.
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """The ISO 3779 / North-American check character for a 17-character VIN."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def validate_vin(value: str, field: str = "vin") -> str:
    """Validate a VIN; returns it upper-case without spaces. The check digit is enforced only for
    North-American VINs (first character 1-5), where it is mandatory."""
    vin = re.sub(r"[\s\-]", "", to_ascii_digits(unicodedata.normalize("NFKC", value))).upper()
    if not vin:
        raise ValidationError(field, "The VIN is empty. Copy the 17 characters from the registration card.")
    if len(vin) != VIN_LENGTH:
        raise ValidationError(
            field,
            f"A VIN has 17 characters; {vin!r} has {len(vin)}. "
            "Copy it again from the registration card or the windscreen plate.",
        )
    bad = sorted(set(vin) & set("IOQ"))
    if bad:
        raise ValidationError(
            field,
            f"A VIN never contains the letters I, O or Q, but {vin!r} has {', '.join(bad)}. "
            "These are usually the digits 1 and 0.",
        )
    if not re.fullmatch(r"[A-Z0-9]{17}", vin):
        raise ValidationError(
            field,
            f"A VIN is made of Latin letters and digits only; {vin!r} has other characters. "
            "Copy it again from the registration card.",
        )
    if vin[0] in "12345" and vin[8] != vin_check_digit(vin):
        raise ValidationError(
            field,
            f"{vin} fails the VIN check digit (9th character), so at least one character is "
            "mistyped. Compare it character by character with the registration card.",
        )
    return vin


def validate_name(value: str, field: str) -> str:
    """Validate a person's (or place's) name; returns it normalised for storage."""
    name = normalize_text(value)
    if not name:
        raise ValidationError(field, "This is empty. Type the name as written on the ID card.")
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            field,
            f"This is {len(name)} characters long; at most {NAME_MAX_LENGTH} are allowed. "
            "Shorten it, for example by leaving out titles.",
        )
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co") for ch in name):
        raise ValidationError(
            field, "This contains invisible control characters. Delete it and type the name again."
        )
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        raise ValidationError(
            field, f"{name!r} contains no letters. Type the name as written on the ID card."
        )
    if any(ch.isdigit() for ch in name):
        raise ValidationError(field, f"{name!r} contains digits. A name has letters only; check the field.")
    return name


def validate_past_date(value: date, field: str, today: date, earliest: date | None = None) -> date:
    """Validate that ``value`` is not after ``today`` (and not before ``earliest`` if given)."""
    if value > today:
        raise ValidationError(
            field,
            f"{value.isoformat()} is in the future (today is {today.isoformat()}). "
            "Check the year and month; this date cannot be later than today.",
        )
    if earliest is not None and value < earliest:
        raise ValidationError(
            field,
            f"{value.isoformat()} is before {earliest.isoformat()}, the earliest date allowed here. "
            "Check the year.",
        )
    return value


def mask_phone(e164: str) -> str:
    """Mask a phone number for display to staff who need to recognise, not dial, it:
    ``+989123456789`` -> ``+98 912 *** **89``."""
    try:
        parsed = phonenumbers.parse(e164, None)
        shown = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        prefix = f"+{parsed.country_code}"
    except phonenumbers.NumberParseException:
        shown, prefix = e164, ""
    rest = shown[len(prefix):] if shown.startswith(prefix) else shown
    positions = [i for i, ch in enumerate(rest) if ch.isdigit()]
    keep = set(positions[:3]) | set(positions[-2:]) if len(positions) > 6 else set(positions[-2:])
    return prefix + "".join("*" if ch.isdigit() and i not in keep else ch for i, ch in enumerate(rest))


def mask_national_id(value: str) -> str:
    """Mask a national ID, keeping only the last characters: ``0012345679`` -> ``******5679``."""
    compact = _compact_id(value)
    if len(compact) >= 8:
        visible = 4
    elif len(compact) > 4:
        visible = 2
    else:
        visible = 0
    return "*" * (len(compact) - visible) + compact[len(compact) - visible:]


# A phone number or ID in free text: + and 8+ digits, or 10+ digits, allowing single spaces,
# dashes and brackets between digit groups. Dots are not separators so IP addresses and
# version numbers survive; a trailing X covers Chinese IDs.
_NUMBER_RUN = re.compile(r"\+?\(?\d(?:[ \-()]{0,2}\d)+(?:[xX](?![A-Za-z]))?")
_DATE_PREFIX = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}(?!\d)")


def _mask_run(match: re.Match[str]) -> str:
    run = match.group(0)
    head = _DATE_PREFIX.match(run)
    if head is not None:
        # "2024-08-02 12" is a date followed by an hour, not a phone number.
        return head.group(0) + _NUMBER_RUN.sub(_mask_run, run[head.end():])
    digit_count = sum(ch.isdigit() for ch in run)
    if digit_count < 10 and not (run.startswith("+") and digit_count >= 8):
        return run
    positions = [i for i, ch in enumerate(run) if ch.isdigit() or ch in "xX"]
    keep = set(positions[-2:])
    return "".join("*" if (ch.isdigit() or ch in "xX") and i not in keep else ch for i, ch in enumerate(run))


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def redact(text: str) -> str:
    """Mask everything in free text that looks like a phone number or national ID, keeping the
    last two digits so support can still tell records apart. Used by the logging filter.
    UUIDs (record ids) are left whole: they identify rows, not people."""
    pieces = []
    last = 0
    for m in _UUID.finditer(text):
        pieces.append(_NUMBER_RUN.sub(_mask_run, text[last : m.start()]))
        pieces.append(m.group(0))
        last = m.end()
    pieces.append(_NUMBER_RUN.sub(_mask_run, text[last:]))
    return "".join(pieces)
