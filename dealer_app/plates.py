"""Licence plates: any spelling a clerk types becomes one canonical key per car.

Keys are stable strings used as unique database keys and never shown to people:

* Iran   ``IR-12B345-67``  (two digits, letter code, three digits, region)
* China  ``CN-京A12345``   (province character, city letter, 5 or 6 characters)
* Turkey ``TR-34ABC123``  (province 01-81, 1-3 letters, 2-5 digits)

:func:`format_plate` turns a key back into the form people know from the plate itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dealer_app.text import normalize_text, to_ascii_digits, to_persian_digits
from dealer_app.validation import ValidationError

# --- Iran -----------------------------------------------------------------------------------

# Persian plate letter -> Latin code used in keys. Codes are fixed forever: they are stored.
IRAN_LETTER_CODES: dict[str, str] = {
    "الف": "A",
    "ب": "B",
    "پ": "P",
    "ت": "T",
    "ث": "SE",
    "ج": "J",
    "د": "D",
    "ز": "Z",
    "ژ": "ZH",
    "س": "S",
    "ش": "SH",
    "ص": "SAD",
    "ط": "TA",
    "ع": "EIN",
    "ق": "Q",
    "ک": "K",
    "گ": "G",
    "ل": "L",
    "م": "M",
    "ن": "N",
    "و": "V",
    "ه": "H",
    "ی": "Y",
    "معلولین": "W",  # plates of disabled drivers carry a wheelchair symbol in this position
}
_IRAN_CODE_LETTERS = {code: letter for letter, code in IRAN_LETTER_CODES.items()}
_IRAN_LETTER_ALIASES: dict[str, str] = {
    **IRAN_LETTER_CODES,
    **{code: code for code in IRAN_LETTER_CODES.values()},
    "ا": "A",
    "آ": "A",
    "معلول": "W",
    "♿": "W",
}
_IRAN_FORMAT = (
    "An Iranian plate is two digits, a letter, three digits and a two-digit region, "
    "e.g. 12 ب 345 - 67 (ایران 67)"
)


@dataclass(frozen=True)
class IranPlate:
    """The four parts of an Iranian plate as printed, left to right.

    Digits are ASCII (the renderer converts them with ``to_persian_digits``); ``letter`` is the
    Persian letter as printed, or "معلولین" for the wheelchair plate; ``letter_code`` is the
    Latin code used in keys.
    """

    two: str
    letter: str
    three: str
    region: str
    letter_code: str


def _parse_iran(text: str, field: str) -> str:
    s = normalize_text(unicodedata.normalize("NFKC", text))
    s = to_ascii_digits(s).upper()
    s = s.replace("ایران", "").replace("IRAN", "")
    s = re.sub(r"[\s\-|_./\\:()\[\]·•]", "", s)
    s = re.sub(r"^IR|IR(?=\d{2}$)", "", s)
    m = re.fullmatch(r"(\d+)(\D+)(\d+)", s)
    if m is None:
        raise ValidationError(field, f"{text.strip()!r} is not a plate. {_IRAN_FORMAT}.")
    before, letter_text, after = m.groups()
    code = _IRAN_LETTER_ALIASES.get(letter_text)
    if code is None:
        raise ValidationError(
            field,
            f"{letter_text!r} is not a letter used on Iranian plates. "
            f"Use one of {' '.join(IRAN_LETTER_CODES)}. {_IRAN_FORMAT}.",
        )
    # The digit groups have different lengths, so every order people read or type a plate in
    # (left to right as printed, right to left as Persian is read, region first or last) is
    # recognisable from how many digits stand on each side of the letter.
    layout = (len(before), len(after))
    if layout == (2, 5):
        two, three, region = before, after[:3], after[3:]
    elif layout == (5, 2):
        region, three, two = before[:2], before[2:], after
    elif layout == (4, 3):
        region, two, three = before[:2], before[2:], after
    elif layout == (3, 4):
        three, two, region = before, after[:2], after[2:]
    else:
        raise ValidationError(
            field,
            f"{text.strip()!r} has {len(before) + len(after)} digits in groups of "
            f"{len(before)} and {len(after)}; a plate has 2 + 3 digits and a 2-digit region. "
            f"{_IRAN_FORMAT}.",
        )
    return f"IR-{two}{code}{three}-{region}"


_IRAN_KEY = re.compile(r"IR-(\d{2})([A-Z]+)(\d{3})-(\d{2})")


def iran_plate_parts(key: str) -> IranPlate:
    """Split an Iranian plate key into its printed parts (for the card's plate layout)."""
    m = _IRAN_KEY.fullmatch(key)
    if m is None or m.group(2) not in _IRAN_CODE_LETTERS:
        raise ValueError(f"not an Iranian plate key: {key!r}")
    two, code, three, region = m.groups()
    return IranPlate(two=two, letter=_IRAN_CODE_LETTERS[code], three=three, region=region, letter_code=code)


# --- China ----------------------------------------------------------------------------------

CHINA_PROVINCES = "京沪津渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# Special-use plates end in a character instead of the last serial letter/digit.
_CHINA_SUFFIXES = "学警挂港澳领试超"
# The serial never uses I or O (too like 1 and 0), so a clerk typing them meant the digits.
_CHINA_SERIAL_FIX = str.maketrans({"I": "1", "O": "0"})
_CHINA_FORMAT = (
    "A Chinese plate is a province character, a letter and 5 characters (6 for new-energy "
    "cars), e.g. 京A·12345 or 粤B·D12345"
)
_CHINA_REGULAR = re.compile(r"[A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{4}[" + _CHINA_SUFFIXES + "]")
# New-energy plates: small cars an energy letter (D/F, since 2022 also A-E for electric and
# F-K for hybrid) then a letter or digit then 4 digits; large vehicles 5 digits then D/F.
_CHINA_NEW_ENERGY = re.compile(r"[A-HJK][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF]")


def _parse_china(text: str, field: str) -> str:
    s = unicodedata.normalize("NFKC", text)
    s = to_ascii_digits(s).upper()
    s = re.sub(r"[\s\-_.·•・|/]", "", s)
    s = re.sub(r"^CN(?=[" + CHINA_PROVINCES + "])", "", s)
    m = re.fullmatch(r"(.)([A-Z])(.+)", s)
    if m is None:
        raise ValidationError(field, f"{text.strip()!r} is not a plate. {_CHINA_FORMAT}.")
    province, city, serial = m.groups()
    if province not in CHINA_PROVINCES:
        raise ValidationError(
            field,
            f"{province!r} is not a province abbreviation. It must be one of {CHINA_PROVINCES}. "
            f"{_CHINA_FORMAT}.",
        )
    serial = serial.translate(_CHINA_SERIAL_FIX)
    if not (_CHINA_REGULAR.fullmatch(serial) or _CHINA_NEW_ENERGY.fullmatch(serial)):
        raise ValidationError(
            field,
            f"{serial!r} after {province}{city} is not a valid plate number ({len(serial)} "
            f"characters). {_CHINA_FORMAT}.",
        )
    return f"CN-{province}{city}{serial}"


# --- Turkey ---------------------------------------------------------------------------------

_TURKEY_FORMAT = (
    "A Turkish plate is a province code 01-81, 1-3 letters and 2-5 digits, "
    "e.g. 34 ABC 123, 06 AB 1234 or 35 A 1234"
)
# Letter count -> allowed digit counts (99 X 9999(9), 99 XX 999(9), 99 XXX 99(9)).
_TURKEY_DIGITS_FOR_LETTERS = {1: (4, 5), 2: (3, 4), 3: (2, 3)}
_TURKISH_UPPER = str.maketrans({"i": "I", "ı": "I", "İ": "I"})


def _parse_turkey(text: str, field: str) -> str:
    s = unicodedata.normalize("NFKC", text)
    s = to_ascii_digits(s).translate(_TURKISH_UPPER).upper()
    s = re.sub(r"[\s\-_.|/]", "", s)
    s = re.sub(r"^TR(?=\d)", "", s)
    m = re.fullmatch(r"(\d{1,2})([A-Z]{1,3})(\d{2,5})", s)
    if m is None:
        raise ValidationError(field, f"{text.strip()!r} is not a plate. {_TURKEY_FORMAT}.")
    province, letters, number = m.groups()
    unused = sorted(set(letters) & set("QWX"))
    if unused:
        raise ValidationError(
            field, f"Turkish plates do not use the letters Q, W or X ({', '.join(unused)}). {_TURKEY_FORMAT}."
        )
    if not 1 <= int(province) <= 81:
        raise ValidationError(
            field, f"{province} is not a province code; codes run from 01 to 81. {_TURKEY_FORMAT}."
        )
    if len(number) not in _TURKEY_DIGITS_FOR_LETTERS[len(letters)]:
        allowed = " or ".join(str(n) for n in _TURKEY_DIGITS_FOR_LETTERS[len(letters)])
        raise ValidationError(
            field,
            f"With {len(letters)} letter(s) a plate has {allowed} digits, not {len(number)}. "
            f"{_TURKEY_FORMAT}.",
        )
    return f"TR-{int(province):02d}{letters}{number}"


# --- public API -----------------------------------------------------------------------------

_PARSERS = {"IR": _parse_iran, "CN": _parse_china, "TR": _parse_turkey}


def normalize_plate(country: str, text: str, field: str = "plate") -> str:
    """Parse a plate typed in any common spelling into its canonical key.

    Accepts Persian/Arabic/ASCII/full-width digits, spaces, dashes, pipes and dots, the
    "ایران"/"IR" marker, lower case, and the key itself (so it is idempotent).
    """
    parser = _PARSERS.get(country.strip().upper())
    if parser is None:
        raise ValidationError(
            field, f"Plates of country {country!r} are not supported; use one of {', '.join(_PARSERS)}."
        )
    if not text.strip():
        raise ValidationError(field, "The plate is empty. Type it as printed on the car.")
    return parser(text, field)


def plate_search_key(text: str, country: str) -> str | None:
    """The plate key if a search query reads as a complete plate of ``country``, else None."""
    try:
        return normalize_plate(country, text)
    except ValidationError:
        return None


def format_plate(key: str) -> str:
    """The familiar display form of a plate key: "۱۲ ب ۳۴۵ - ۶۷", "京A·12345", "34 ABC 123"."""
    if key.startswith("IR-"):
        p = iran_plate_parts(key)
        return to_persian_digits(f"{p.two} {p.letter} {p.three} - {p.region}")
    if key.startswith("CN-") and len(key) > 5:
        return f"{key[3:5]}·{key[5:]}"
    m = re.fullmatch(r"TR-(\d{2})([A-Z]{1,3})(\d{2,5})", key)
    if m is not None:
        return " ".join(m.groups())
    raise ValueError(f"not a plate key: {key!r}")
