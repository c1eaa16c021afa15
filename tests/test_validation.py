"""Validators: normalised values back, or an error that says what to do."""

from __future__ import annotations

import contextlib
import pickle
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.validation import (
    ValidationError,
    mask_national_id,
    mask_phone,
    redact,
    validate_name,
    validate_national_id,
    validate_past_date,
    validate_phone,
    validate_vin,
    vin_check_digit,
)


def test_validation_error_shape() -> None:
    err = ValidationError("phone", "Type 11 digits.")
    assert isinstance(err, ValueError)
    assert err.field == "phone"
    assert err.message == "Type 11 digits."
    assert str(err) == "phone: Type 11 digits."
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.field, copy.message, str(copy)) == ("phone", "Type 11 digits.", str(err))


# --- national IDs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["0013542419", "۰۰۱۳۵۴۲۴۱۹", "٠٠١٣٥٤٢٤١٩", "001-354241-9", " 001 354 2419 ", "001.354.2419"],
)
def test_iran_national_id_spellings(typed: str) -> None:
    assert validate_national_id("IR", typed) == "0013542419"
    assert validate_national_id("ir", typed) == "0013542419"


def test_iran_national_id_check_digit_edge_remainders() -> None:
    # remainder < 2 means the check digit equals the remainder, otherwise 11 - remainder.
    assert validate_national_id("IR", "0499370899") == "0499370899"
    assert validate_national_id("IR", "1234567891") == "1234567891"


def test_iran_national_id_length_message_says_what_and_how() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_national_id("IR", "12345")
    assert exc.value.field == "national_id"
    assert str(exc.value) == (
        "national_id: An Iranian national ID has 10 digits; '12345' has 5. "
        "Check the number on the national card."
    )


def test_iran_national_id_short_mentions_leading_zeros() -> None:
    with pytest.raises(ValidationError, match="leading zeros"):
        validate_national_id("IR", "13542419")


@pytest.mark.parametrize("same", [str(d) * 10 for d in range(10)])
def test_iran_national_id_rejects_all_same_digits(same: str) -> None:
    with pytest.raises(ValidationError, match="all digits the same"):
        validate_national_id("IR", same)


def test_iran_national_id_rejects_bad_check_digit_and_letters() -> None:
    with pytest.raises(ValidationError, match="check digit"):
        validate_national_id("IR", "0013542418")
    with pytest.raises(ValidationError, match="digits only"):
        validate_national_id("IR", "00135424A9")
    with pytest.raises(ValidationError, match="empty"):
        validate_national_id("IR", "  ")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_iran_national_id_exactly_one_check_digit_fits(body: str) -> None:
    accepted = []
    for d in "0123456789":
        with contextlib.suppress(ValidationError):
            accepted.append(validate_national_id("IR", body + d))
    if len(set(body)) == 1:
        # for a uniform body the check digit is that same digit, and such numbers are refused
        assert accepted == []
    else:
        assert len(accepted) == 1


def test_china_national_id() -> None:
    assert validate_national_id("CN", "11010519491231002x") == "11010519491231002X"
    assert validate_national_id("CN", "360426 19910101 0071") == "360426199101010071"
    with pytest.raises(ValidationError, match="18 characters"):
        validate_national_id("CN", "1101051949123100")
    with pytest.raises(ValidationError, match="check character"):
        validate_national_id("CN", "110105194912310021")
    # check characters right, but month 13 / region 999999 do not exist
    with pytest.raises(ValidationError, match="birth date or region"):
        validate_national_id("CN", "110105194913310021")
    with pytest.raises(ValidationError, match="birth date or region"):
        validate_national_id("CN", "999999199001010016")


def test_turkey_national_id() -> None:
    assert validate_national_id("TR", "100 000 001 46") == "10000000146"
    assert validate_national_id("TR", "۱۰۰۰۰۰۰۰۱۴۶") == "10000000146"
    with pytest.raises(ValidationError, match="11 digits"):
        validate_national_id("TR", "1000000014")
    with pytest.raises(ValidationError, match="check digits"):
        validate_national_id("TR", "10000000147")
    with pytest.raises(ValidationError, match="never starts with 0"):
        validate_national_id("TR", "01000000146")


def test_unknown_country_and_custom_field() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_national_id("DE", "123", field="owner_id")
    assert exc.value.field == "owner_id"
    assert "IR, CN, TR" in exc.value.message


# --- phones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "typed", "e164"),
    [
        ("IR", "0912 345 6789", "+989123456789"),
        ("IR", "۰۹۱۲۳۴۵۶۷۸۹", "+989123456789"),
        ("IR", "9123456789", "+989123456789"),
        ("IR", "+98 912 345 6789", "+989123456789"),
        ("IR", "0098-912-345-6789", "+989123456789"),
        ("IR", "021 8888 1234", "+982188881234"),
        ("CN", "138 0013 8000", "+8613800138000"),
        ("CN", "+86 138-0013-8000", "+8613800138000"),
        ("TR", "0532 123 45 67", "+905321234567"),
        ("TR", "(0532) 123 45 67", "+905321234567"),
        ("IR", "+90 532 123 45 67", "+905321234567"),
    ],
)
def test_phone_spellings(country: str, typed: str, e164: str) -> None:
    assert validate_phone(country, typed) == e164


def test_phone_errors() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_phone("IR", "0912 345")
    assert exc.value.field == "phone"
    assert "0912 345 6789" in exc.value.message
    with pytest.raises(ValidationError, match="cannot have"):
        validate_phone("IR", "0912abc6789")
    with pytest.raises(ValidationError, match="empty"):
        validate_phone("TR", "", field="mobile")


def test_mask_phone() -> None:
    assert mask_phone("+989123456789") == "+98 912 *** **89"
    assert mask_phone("+8613800138000") == "+86 138 **** **00"
    masked = mask_phone("+905321234567")
    assert masked.startswith("+90 532 ") and masked.endswith("67")
    assert "1234" not in masked


def test_mask_national_id() -> None:
    assert mask_national_id("0013542419") == "******2419"
    assert mask_national_id("11010519491231002X") == "**************002X"
    assert mask_national_id("12345") == "***45"
    assert mask_national_id("123") == "***"


# --- redaction --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret",
    [
        "09123456789",
        "0912 345 6789",
        "+98 912 345 6789",
        "+98 (912) 345-6789",
        "0013542419",
        "11010519491231002X",
        "۰۹۱۲۳۴۵۶۷۸۹",
        "+90 532 123 45 67",
        "+86 138 0013 8000",
    ],
)
def test_redact_masks_phone_numbers_and_ids(secret: str) -> None:
    out = redact(f"member {secret} asked for a callback")
    assert secret not in out
    assert out.startswith("member ") and out.endswith(" asked for a callback")
    # only the last two characters of the number survive
    assert sum(ch.isdigit() or ch == "X" for ch in out) == 2


@pytest.mark.parametrize(
    "harmless",
    [
        "request 12345 saved",
        "at 2024-08-02 12:30:45 UTC",
        "on 2024-08-02 10:11 by 7",
        "from 192.168.100.200",
        "version 6.11.2",
        "took 1234 ms",
    ],
)
def test_redact_leaves_ordinary_numbers(harmless: str) -> None:
    assert redact(harmless) == harmless


# --- VIN --------------------------------------------------------------------------------------


def test_vin_north_american_check_digit() -> None:
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"
    assert validate_vin(" 1m8gdm9axkp042788 ") == "1M8GDM9AXKP042788"
    with pytest.raises(ValidationError, match="check digit"):
        validate_vin("1M8GDM9A1KP042788")


def test_vin_non_north_american_check_digit_not_enforced() -> None:
    assert validate_vin("WVWZZZ1JZXW000001") == "WVWZZZ1JZXW000001"
    assert validate_vin("LSVAU2180N2183294") == "LSVAU2180N2183294"
    assert validate_vin("NAAM01CA9KE123456") == "NAAM01CA9KE123456"


def test_vin_errors() -> None:
    with pytest.raises(ValidationError, match="17 characters; 'WVWZZZ1JZXW00000' has 16"):
        validate_vin("WVWZZZ1JZXW00000")
    with pytest.raises(ValidationError, match="I, O or Q") as exc:
        validate_vin("WVWZZZ1JZXWO00001")
    assert "digits 1 and 0" in exc.value.message
    with pytest.raises(ValidationError, match="Latin letters and digits"):
        validate_vin("WVWZZZ1JZXW00000*")
    with pytest.raises(ValidationError) as exc:
        validate_vin("", field="chassis")
    assert exc.value.field == "chassis"


# --- names and dates --------------------------------------------------------------------------


def test_validate_name() -> None:
    assert validate_name("  علي   كريمي ", "first_name") == "علی کریمی"
    assert validate_name("Işıl Öztürk", "name") == "Işıl Öztürk"
    assert validate_name("王小明", "name") == "王小明"
    with pytest.raises(ValidationError) as exc:
        validate_name("   ", "last_name")
    assert exc.value.field == "last_name"
    with pytest.raises(ValidationError, match="at most 100"):
        validate_name("a" * 101, "name")
    with pytest.raises(ValidationError, match="no letters"):
        validate_name("---", "name")
    with pytest.raises(ValidationError, match="digits"):
        validate_name("Ali 2", "name")
    with pytest.raises(ValidationError, match="control characters"):
        validate_name("Ali\x00", "name")


def test_validate_past_date() -> None:
    today = date(2024, 8, 2)
    assert validate_past_date(today, "purchased_on", today) == today
    assert validate_past_date(date(2011, 3, 21), "purchased_on", today) == date(2011, 3, 21)
    with pytest.raises(ValidationError) as exc:
        validate_past_date(date(2024, 8, 3), "purchased_on", today)
    assert exc.value.field == "purchased_on"
    assert "future" in exc.value.message
    with pytest.raises(ValidationError, match="earliest"):
        validate_past_date(date(1899, 1, 1), "birth_date", today, earliest=date(1900, 1, 1))
