from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.cards.qr_payload import (
    VERSION,
    AlteredCard,
    CardPayload,
    NotACardPayload,
    UnsupportedCardVersion,
    decode_card_payload,
    encode_card_payload,
    looks_like_card_payload,
)

KEY = b"\x8f" * 16 + b"kerman-motor-card-key"
CARD = CardPayload(
    card_number="KRM01-000123",
    plate_key="IR12B34567",
    joined_on=date(2024, 8, 2),
    hotline_24h="02144563513",
)


def test_round_trip_and_format() -> None:
    text = encode_card_payload(CARD, KEY)
    assert decode_card_payload(text, KEY) == CARD
    assert text.startswith(VERSION + ".")
    assert text.isascii()
    assert len(text.encode("ascii")) <= 80
    fields = text.split(".")
    assert fields[1:5] == ["KRM01-000123", "IR12B34567", "20240802", "02144563513"]
    assert len(fields[5]) == 16
    # Only QR alphanumeric-mode characters, so the code stays small.
    assert set(text) <= set(string.digits + string.ascii_uppercase + " $%*+-./:")


@given(
    card_number=st.text(min_size=1, max_size=16),
    plate_key=st.text(alphabet=st.characters(codec="ascii"), min_size=1, max_size=16),
    joined_on=st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
    hotline=st.text(alphabet="0123456789+- ", min_size=1, max_size=14),
)
def test_round_trip_any_field_text(card_number: str, plate_key: str, joined_on: date, hotline: str) -> None:
    card = CardPayload(card_number, plate_key, joined_on, hotline)
    text = encode_card_payload(card, KEY)
    assert text.isascii()
    assert decode_card_payload(text, KEY) == card


def test_every_single_character_change_is_detected() -> None:
    text = encode_card_payload(CARD, KEY)
    replacements = string.digits + string.ascii_uppercase + ".-%/+:* "
    tried = 0
    for pos in range(len(text)):
        for ch in replacements:
            if ch == text[pos]:
                continue
            altered = text[:pos] + ch + text[pos + 1 :]
            with pytest.raises(AlteredCard):
                decode_card_payload(altered, KEY)
            tried += 1
    assert tried == len(text) * (len(replacements) - 1)


def test_every_single_byte_deletion_and_flip_is_detected() -> None:
    raw = encode_card_payload(CARD, KEY).encode("ascii")
    for pos in range(len(raw)):
        with pytest.raises(AlteredCard):
            decode_card_payload((raw[:pos] + raw[pos + 1 :]).decode("ascii"), KEY)
        for bit in range(7):
            flipped = bytearray(raw)
            flipped[pos] ^= 1 << bit
            candidate = flipped.decode("ascii")
            if candidate.strip().upper() == raw.decode("ascii"):
                continue  # a case flip reads the same card (Caps Lock, see below)
            with pytest.raises((AlteredCard, NotACardPayload)):
                decode_card_payload(candidate, KEY)


def test_wrong_key_is_refused() -> None:
    text = encode_card_payload(CARD, KEY)
    with pytest.raises(AlteredCard, match="signature"):
        decode_card_payload(text, b"another club's key")


def test_unknown_version_is_refused() -> None:
    text = encode_card_payload(CARD, KEY)
    newer = "DC2" + text[3:]
    with pytest.raises(UnsupportedCardVersion, match="DC2"):
        decode_card_payload(newer, KEY)
    # Callers catching AlteredCard also refuse it.
    assert issubclass(UnsupportedCardVersion, AlteredCard)


@pytest.mark.parametrize(
    "typed",
    ["12ب345-67", "KRM01-000123", "Ali Rezaei", "09121234567", "", "   ", "34 ABC 123", "京A12345"],
)
def test_hand_typed_text_is_not_a_card(typed: str) -> None:
    assert not looks_like_card_payload(typed)
    with pytest.raises(NotACardPayload):
        decode_card_payload(typed, KEY)


def test_scanner_quirks_still_read_the_card() -> None:
    text = encode_card_payload(CARD, KEY)
    # Caps Lock on: the scanner types lower case; trailing Enter/Tab arrives as whitespace.
    assert decode_card_payload(text.lower() + "\r\n", KEY) == CARD
    # A Persian keyboard layout types the number row as Persian digits.
    persian = text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert decode_card_payload(persian, KEY) == CARD
    # A Turkish layout may type the I key as dotless or dotted i.
    assert decode_card_payload(text.replace("I", "ı"), KEY) == CARD


def test_payload_carries_no_personal_data() -> None:
    name, national_id, phone = "Mohammad Hosseinzadeh", "0012345678", "09121234567"
    text = encode_card_payload(CARD, KEY)
    assert name.upper() not in text
    assert national_id not in text
    assert phone not in text
    assert set(CardPayload.__dataclass_fields__) == {"card_number", "plate_key", "joined_on", "hotline_24h"}


def test_empty_key_or_field_is_an_error() -> None:
    with pytest.raises(ValueError):
        encode_card_payload(CARD, b"")
    with pytest.raises(ValueError):
        encode_card_payload(CardPayload("", "IR1", date(2024, 1, 1), "1"), KEY)
    with pytest.raises(ValueError):
        decode_card_payload(encode_card_payload(CARD, KEY), b"")


def test_signature_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    from dealer_app.cards import qr_payload

    calls: list[tuple[str, str]] = []
    real = hmac.compare_digest

    def spy(a: str, b: str) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(qr_payload.hmac, "compare_digest", spy)
    decode_card_payload(encode_card_payload(CARD, KEY), KEY)
    assert len(calls) == 1
