"""Money formatting and parsing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.money import format_money, parse_money
from dealer_app.validation import ValidationError

NBSP = "\u00a0"


def test_rial_and_toman_in_persian() -> None:
    assert format_money(Decimal(12345670), "IRR", "fa") == f"۱۲٬۳۴۵٬۶۷۰{NBSP}ریال"
    assert format_money(Decimal(12345670), "IRR", "fa", toman=True) == f"۱٬۲۳۴٬۵۶۷{NBSP}تومان"
    # 5 rials are half a toman: keep it rather than round money away
    assert format_money(Decimal(12345675), "IRR", "fa", toman=True) == f"۱٬۲۳۴٬۵۶۷٫۵{NBSP}تومان"


def test_rial_and_toman_in_english() -> None:
    assert format_money(Decimal(12345670), "IRR", "en", toman=True) == f"1,234,567{NBSP}toman"
    rial = format_money(Decimal(12345670), "IRR", "en")
    assert "IRR" in rial and "12,345,670" in rial


def test_yuan_and_lira() -> None:
    assert format_money(Decimal("1234.5"), "CNY", "zh") == "¥1,234.50"
    assert format_money(Decimal("1234.5"), "TRY", "tr") == "₺1.234,50"
    assert format_money(Decimal("1234.5"), "try", "tr_TR") == "₺1.234,50"
    assert "1,234.50" in format_money(Decimal("1234.5"), "TRY", "en")


def test_foreign_currency_in_persian_uses_persian_digits() -> None:
    text = format_money(Decimal("1234.5"), "CNY", "fa")
    assert "۱٬۲۳۴٫۵۰" in text
    assert not any(ch in text for ch in "0123456789")


def test_toman_only_for_rial() -> None:
    with pytest.raises(ValueError, match="IRR"):
        format_money(Decimal(1), "TRY", "tr", toman=True)


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        ("12345670", None, Decimal(12345670)),
        ("12,345,670", None, Decimal(12345670)),
        ("۱۲٬۳۴۵٬۶۷۰", None, Decimal(12345670)),
        ("۱۲،۳۴۵،۶۷۰", None, Decimal(12345670)),
        ("١٢,٣٤٥,٦٧٠", None, Decimal(12345670)),
        ("12 345 670", None, Decimal(12345670)),
        ("12\u00a0345\u00a0670", None, Decimal(12345670)),
        ("1,234.50", None, Decimal("1234.50")),
        ("۱۲۳۴٫۵", None, Decimal("1234.5")),
        ("1.234.567", None, Decimal(1234567)),
        ("1.234,50", None, Decimal("1234.50")),
        ("12.5", None, Decimal("12.5")),
        ("1.500", "tr", Decimal(1500)),
        ("1.234,5", "tr", Decimal("1234.5")),
        ("12,5", "tr", Decimal("12.5")),
        ("1,500", "en", Decimal(1500)),
        (".5", None, Decimal("0.5")),
        ("0", None, Decimal(0)),
    ],
)
def test_parse_money(typed: str, lang: str | None, expected: Decimal) -> None:
    assert parse_money(typed, lang=lang) == expected


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("-5", "negative"),
        ("12 تومان", "not a number"),
        ("$12", "not a number"),
        ("12,5", "digit missing or extra"),
        ("1,2345", "digit missing or extra"),
        ("1.2.3,4.5", "wrong places"),
        (",", "digit missing or extra"),
        (".", "no digits"),
    ],
)
def test_parse_money_errors(typed: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_money(typed, field="list_price")
    assert exc.value.field == "list_price"
    assert fragment in exc.value.message


@given(st.integers(min_value=0, max_value=10**15))
def test_formatted_rial_parses_back(rials: int) -> None:
    amount = Decimal(rials)
    assert parse_money(format_money(amount, "IRR", "fa").split(NBSP)[0]) == amount


@given(st.decimals(min_value=0, max_value=10**9, places=2))
def test_formatted_lira_parses_back_in_turkish(amount: Decimal) -> None:
    text = format_money(amount, "TRY", "tr").lstrip("₺")
    assert parse_money(text, lang="tr") == amount
