"""Money for people: formatting with Babel, and parsing what a clerk types.

Amounts are ``Decimal`` in the currency's own unit (rial for IRR, yuan for CNY, lira for TRY).
Iranians quote prices in toman (10 rials) but the legal currency is the rial, so toman is a
display option only: amounts are stored in rial.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal

from dealer_app.text import to_ascii_digits, to_persian_digits
from dealer_app.validation import ValidationError

RIALS_PER_TOMAN = Decimal(10)

_IRAN_UNIT_FA = {"IRR": "ریال", "toman": "تومان"}


def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_money(amount: Decimal, currency: str, lang: str, toman: bool = False) -> str:
    """Format ``amount`` of ``currency`` ("IRR", "CNY", "TRY", ...) for ``lang``.

    With ``toman=True`` an IRR amount is shown in toman (rial / 10), labelled "تومان" in Persian
    and "toman" otherwise. Persian output uses Persian digits and separators and puts the unit
    after the number, as prices are written in Iran.
    """
    code = currency.strip().upper()
    locale = _locale(lang)
    persian = locale.language == "fa"
    if toman and code != "IRR":
        raise ValueError(f"toman display only applies to IRR, not {code}")

    if code == "IRR" and (toman or persian):
        value = amount / RIALS_PER_TOMAN if toman else amount
        # IRR has no minor unit; a toman amount keeps its tenth (1 rial) only when it has one.
        number = format_decimal(value, format="#,##0.#", locale=locale, numbering_system="default")
        unit = _IRAN_UNIT_FA["toman" if toman else "IRR"] if persian else "toman"
        return f"{to_persian_digits(number) if persian else number}\u00a0{unit}"

    text = format_currency(amount, code, locale=locale, numbering_system="default")
    return to_persian_digits(text) if persian else text


_NUMBER_CHARS = re.compile(r"[0-9.,]+")


def _decimal_separator(s: str, lang: str | None) -> str:
    if lang is not None:
        return "," if _locale(lang).number_symbols["latn"]["decimal"] == "," else "."
    # No language given: read the separators from the text itself where it is unambiguous.
    if "," in s and "." in s:
        return "," if s.rindex(",") > s.rindex(".") else "."
    return "," if s.count(".") > 1 else "."


def parse_money(text: str, field: str = "price", lang: str | None = None) -> Decimal:
    """Parse an amount typed by a clerk: Persian/Arabic/ASCII digits, thousands separators
    (",", "٬", "،", spaces) and a decimal point ("." or "٫").

    For ``lang="tr"`` (and other languages that write 1.234,50) "." groups thousands and ","
    is the decimal separator; otherwise "," groups and "." is the decimal point, except that
    without ``lang`` a text like "1.234.567" or "1.234,50" explains itself. The number is
    returned as typed: no currency or toman conversion.
    """
    s = to_ascii_digits(unicodedata.normalize("NFKC", text))
    s = s.replace("\u066b", ".").replace("\u066c", ",").replace("\u060c", ",")
    s = re.sub(r"[\s\u00a0\u202f']", "", s)
    decimal_sep = _decimal_separator(s, lang)
    group_sep = "," if decimal_sep == "." else "."
    example = "1,250,000" if decimal_sep == "." else "1.250.000"
    shown = text.strip()
    if not s:
        raise ValidationError(field, f"The amount is empty. Type a number like {example}.")
    if s.startswith("-"):
        raise ValidationError(
            field, f"{shown!r} is negative; an amount here cannot be. Remove the minus sign."
        )
    if not _NUMBER_CHARS.fullmatch(s):
        raise ValidationError(
            field, f"{shown!r} is not a number. Type digits only, without currency names, like {example}."
        )

    whole, _, fraction = s.rpartition(decimal_sep) if decimal_sep in s else (s, "", "")
    groups = whole.split(group_sep)
    if decimal_sep in whole or group_sep in fraction:
        raise ValidationError(
            field, f"{shown!r} has its separators in the wrong places. Type a number like {example}."
        )
    if len(groups) > 1 and (not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValidationError(
            field,
            f"{shown!r} has a digit missing or extra between thousands separators. "
            f"Type a number like {example}.",
        )
    digits = "".join(groups)
    if not digits and not fraction:
        raise ValidationError(field, f"{shown!r} has no digits. Type a number like {example}.")
    try:
        return Decimal(f"{digits or '0'}.{fraction}" if fraction else digits)
    except InvalidOperation:
        raise ValidationError(field, f"{shown!r} is not a number. Type a number like {example}.") from None
