"""Licence plates: every spelling of one plate gives the same key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.plates import (
    CHINA_PROVINCES,
    IRAN_LETTER_CODES,
    IranPlate,
    format_plate,
    iran_plate_parts,
    normalize_plate,
    plate_search_key,
)
from dealer_app.validation import ValidationError

IRAN_SPELLINGS = [
    "12 ب 345 - 67",
    "12ب345-67",
    "۱۲ب۳۴۵ایران۶۷",
    "۱۲ ب ۳۴۵ | ایران ۶۷",
    "١٢ ب ٣٤٥ ٦٧",
    "12 B 345 67",
    "12B34567",
    "12b345 ir 67",
    "IR-12B345-67",
    "12 ب 345 IRAN 67",
    "ایران ۶۷ ۳۴۵ ب ۱۲",  # read right to left, region first
    "67 345 ب 12",
    "345 ب 12 - 67",  # main part typed right to left in a Persian text box
    "ایران 67 12 ب 345",
    "\u200f۱۲\u200fب\u200f۳۴۵\u200f-\u200f۶۷",  # bidi marks from copy-paste
    "۱۲ـبـ۳۴۵ـ۶۷",
]


@pytest.mark.parametrize("typed", IRAN_SPELLINGS)
def test_iran_spellings_share_one_key(typed: str) -> None:
    assert normalize_plate("IR", typed) == "IR-12B345-67"
    assert plate_search_key(typed, "IR") == "IR-12B345-67"


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("۱۲ الف ۳۴۵ - ۶۷", "IR-12A345-67"),
        ("12 ا 345 67", "IR-12A345-67"),
        ("۵۵ ص ۱۲۳ ایران ۱۰", "IR-55SAD123-10"),
        ("55 sad 123 10", "IR-55SAD123-10"),
        ("۲۲ ي ۳۳۳ ۴۴", "IR-22Y333-44"),  # Arabic yeh
        ("۲۲ ك ۳۳۳ ۴۴", "IR-22K333-44"),  # Arabic kaf
        ("۲۲ ژ ۳۳۳ ۴۴", "IR-22ZH333-44"),
        ("۲۲ معلولین ۳۳۳ ۴۴", "IR-22W333-44"),
        ("22 ♿ 333 44", "IR-22W333-44"),
        ("۹۹ ع ۱۰۰ ۹۹", "IR-99EIN100-99"),
    ],
)
def test_iran_letters(typed: str, key: str) -> None:
    assert normalize_plate("IR", typed) == key


def test_iran_every_letter_round_trips() -> None:
    for letter, code in IRAN_LETTER_CODES.items():
        key = normalize_plate("IR", f"۱۲ {letter} ۳۴۵ ایران ۶۷")
        assert key == f"IR-12{code}345-67"
        assert iran_plate_parts(key).letter == letter
        assert normalize_plate("IR", format_plate(key)) == key
    assert len(set(IRAN_LETTER_CODES.values())) == len(IRAN_LETTER_CODES)


def test_iran_display_and_parts() -> None:
    assert format_plate("IR-12B345-67") == "۱۲ ب ۳۴۵ - ۶۷"
    assert iran_plate_parts("IR-12B345-67") == IranPlate(
        two="12", letter="ب", three="345", region="67", letter_code="B"
    )
    with pytest.raises(ValueError):
        iran_plate_parts("TR-34ABC123")
    with pytest.raises(ValueError):
        iran_plate_parts("IR-12XX345-67")


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("12 x 345 67", "not a letter used on Iranian plates"),
        ("12 ب 34 67", "groups of 2 and 4"),
        ("12 ب 3456 67", "groups of 2 and 6"),
        ("123456", "is not a plate"),
        ("", "empty"),
    ],
)
def test_iran_errors_name_the_format(typed: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_plate("IR", typed, field="vehicle_plate")
    assert exc.value.field == "vehicle_plate"
    assert fragment in exc.value.message
    if typed:
        assert "12 ب 345 - 67" in exc.value.message
    assert plate_search_key(typed, "IR") is None


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("京A12345", "CN-京A12345"),
        ("京A·12345", "CN-京A12345"),
        ("京 a 12345", "CN-京A12345"),
        ("京A-12345", "CN-京A12345"),
        ("京Ａ１２３４５", "CN-京A12345"),
        ("CN-京A12345", "CN-京A12345"),
        ("沪B 8O8I8", "CN-沪B80818"),  # I and O are never used in the serial
        ("粤B D12345", "CN-粤BD12345"),  # new-energy, small car
        ("粤BF12345", "CN-粤BF12345"),
        ("苏AAB1234", "CN-苏AAB1234"),
        ("粤B12345D", "CN-粤B12345D"),  # new-energy, large vehicle
        ("粤Z1234港", "CN-粤Z1234港"),
        ("川A·2B3C4", "CN-川A2B3C4"),
    ],
)
def test_china_spellings(typed: str, key: str) -> None:
    assert normalize_plate("CN", typed) == key
    assert normalize_plate("CN", key) == key


def test_china_display() -> None:
    assert format_plate("CN-京A12345") == "京A·12345"
    assert format_plate("CN-粤BD12345") == "粤B·D12345"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("XA12345", "province abbreviation"),
        ("京A123", "not a valid plate number"),
        ("京A1234567", "not a valid plate number"),
        ("京AA1B345", "not a valid plate number"),  # 6 characters but not a new-energy pattern
        ("京AZ12345", "not a valid plate number"),
        ("京12345", "is not a plate"),
    ],
)
def test_china_errors(typed: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_plate("CN", typed)
    assert fragment in exc.value.message
    assert "京A·12345" in exc.value.message


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("34 ABC 123", "TR-34ABC123"),
        ("34abc123", "TR-34ABC123"),
        ("34-ABC-123", "TR-34ABC123"),
        ("TR 34 ABC 123", "TR-34ABC123"),
        ("TR-34ABC123", "TR-34ABC123"),
        ("٣٤ ABC ١٢٣", "TR-34ABC123"),
        ("6 ab 1234", "TR-06AB1234"),
        ("06 AB 1234", "TR-06AB1234"),
        ("35 i 1234", "TR-35I1234"),  # Turkish keyboards: i upper-cases to İ
        ("35 İ 1234", "TR-35I1234"),
        ("35 ı 1234", "TR-35I1234"),
        ("37 A 12345", "TR-37A12345"),
        ("81 XYZ 12", None),
    ],
)
def test_turkey_spellings(typed: str, key: str | None) -> None:
    if key is None:
        with pytest.raises(ValidationError, match="Q, W or X"):
            normalize_plate("TR", typed)
    else:
        assert normalize_plate("TR", typed) == key
        assert normalize_plate("TR", key) == key


def test_turkey_display() -> None:
    assert format_plate("TR-34ABC123") == "34 ABC 123"
    assert format_plate("TR-06AB1234") == "06 AB 1234"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("00 ABC 123", "01 to 81"),
        ("82 ABC 123", "01 to 81"),
        ("34 A 123", "4 or 5 digits, not 3"),
        ("34 ABC 1234", "2 or 3 digits, not 4"),
        ("34 ABCD 12", "is not a plate"),
        ("34 ÇŞ 123", "is not a plate"),
    ],
)
def test_turkey_errors(typed: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_plate("TR", typed)
    assert fragment in exc.value.message
    assert "34 ABC 123" in exc.value.message


def test_unknown_country_and_bad_keys() -> None:
    with pytest.raises(ValidationError, match="not supported"):
        normalize_plate("DE", "B AB 123")
    with pytest.raises(ValueError):
        format_plate("DE-BAB123")


def test_plate_search_key_rejects_ordinary_queries() -> None:
    assert plate_search_key("علی کریمی", "IR") is None
    assert plate_search_key("0912", "IR") is None
    assert plate_search_key("王小明", "CN") is None
    assert plate_search_key("Öztürk", "TR") is None
    assert plate_search_key("34 abc 123", "tr") == "TR-34ABC123"


_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(
    two=st.integers(10, 99),
    letter=st.sampled_from(sorted(IRAN_LETTER_CODES)),
    three=st.integers(100, 999),
    region=st.integers(10, 99),
    sep=st.sampled_from(["", " ", "-", " | ", " ایران "]),
    persian=st.booleans(),
)
def test_iran_key_is_stable_and_idempotent(
    two: int, letter: str, three: int, region: int, sep: str, persian: bool
) -> None:
    typed = f"{two} {letter} {three}{sep}{region}"
    if persian:
        typed = typed.translate(_PERSIAN)
    key = normalize_plate("IR", typed)
    assert key.isascii()
    assert normalize_plate("IR", key) == key
    assert normalize_plate("IR", format_plate(key)) == key
    parts = iran_plate_parts(key)
    assert (parts.two, parts.three, parts.region) == (str(two), str(three), str(region))


@given(
    province=st.sampled_from(CHINA_PROVINCES),
    city=st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ"),
    serial=st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=5, max_size=5),
)
def test_china_key_round_trips(province: str, city: str, serial: str) -> None:
    key = normalize_plate("CN", f"{province}{city}·{serial.lower()}")
    assert key == f"CN-{province}{city}{serial}"
    assert normalize_plate("CN", format_plate(key)) == key
