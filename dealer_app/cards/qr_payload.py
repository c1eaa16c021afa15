"""The signed text in a membership card's QR code.

Format, version 1 (ASCII, upper case, at most about 80 bytes)::

    DC1.<card number>.<plate key>.<join date YYYYMMDD>.<24-hour line>.<signature>

    DC1.KRM01-000123.IR12B34567.20240802.02144563513.K5XZ2QBNMJ7V4AYD

- ``DC1`` names the format and its version; a later format gets ``DC2`` and so on.
- Fields are separated by ``.``. Inside a field, ``0-9``, ``A-Z`` and ``-`` stand for themselves
  and every other byte of the field's UTF-8 form is written ``%XX`` (upper-case hex), so a
  plate key or card number with a dot, a lower-case letter or a ``+`` still fits.
- The signature is HMAC-SHA256 over the ASCII text before the last ``.`` (version included),
  keyed with the club's card key, truncated to 10 bytes (80 bits) and written in unpadded
  RFC 4648 base32: 16 characters from ``A-Z2-7``.

Why this shape:

- Only digits, capitals and ``. - %`` appear, all in QR's alphanumeric character set (a
  smaller code at the same module size) and all typed alike by a USB scanner emulating a
  keyboard on the layouts a counter PC is likely to run.
- Because nothing in the text is lower case, :func:`decode_card_payload` reads it case-blind:
  a scanner typing with Caps Lock on, or a Turkish layout turning ``I`` into ``ı``/``İ``, still
  yields the same card; Persian or Arabic-Indic digits typed by a Persian layout are read as
  ASCII digits for the same reason.
- It carries no name, national ID or personal phone: a lost card tells a finder nothing about
  its holder. The 24-hour line is the club's public number printed on the card anyway; it is
  empty (two dots in a row) for a club and branch that have none, as Kerman Motor's document
  prints none.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

VERSION = "DC1"
SEPARATOR = "."
SIGNATURE_BYTES = 10
_SIGNATURE_CHARS = 16  # base32 of 10 bytes, no padding
_FIELD_COUNT = 6  # version, card, plate, date, hotline, signature

_PLAIN = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-")
_VERSION_RE = re.compile(r"DC(\d+)\Z")
_PREFIX_RE = re.compile(r"DC\d")
_ESCAPED_FIELD_RE = re.compile(r"(?:[0-9A-Z-]|%[0-9A-F]{2})*\Z")
_SIGNATURE_RE = re.compile(r"[A-Z2-7]{16}\Z")
# Digits a Persian or Arabic keyboard layout types for the number row, and the Turkish
# dotted/dotless i that a Turkish layout may produce for the I key.
_TYPED_VARIANTS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩İı",
    "01234567890123456789II",
)


class CardPayloadError(ValueError):
    """Base of the errors :func:`decode_card_payload` raises."""


class NotACardPayload(CardPayloadError):
    """The text is not a membership-card payload at all (e.g. a plate or a name typed by hand)."""


class AlteredCard(CardPayloadError):
    """The text looks like a card payload but is malformed or its signature does not match."""


class UnsupportedCardVersion(AlteredCard):
    """A card payload of a format version this program cannot verify.

    A subclass of :class:`AlteredCard` because the outcome at the counter is the same (the card
    cannot be trusted here); the message says it may come from a newer program.
    """


@dataclass(frozen=True)
class CardPayload:
    card_number: str
    plate_key: str
    joined_on: date
    hotline_24h: str


def _escape(value: str) -> str:
    out: list[str] = []
    for ch in value:
        if ch in _PLAIN:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def _unescape(field: str) -> str:
    raw = bytearray()
    i = 0
    while i < len(field):
        if field[i] == "%":
            raw.append(int(field[i + 1 : i + 3], 16))
            i += 3
        else:
            raw.append(ord(field[i]))
            i += 1
    return raw.decode("utf-8")


def _signature(key: bytes, signed_text: str) -> str:
    digest = hmac.new(key, signed_text.encode("ascii"), hashlib.sha256).digest()[:SIGNATURE_BYTES]
    return base64.b32encode(digest).decode("ascii")


def encode_card_payload(card: CardPayload, key: bytes) -> str:
    """The signed QR text for ``card``; raises ``ValueError`` for an empty key, card number or
    plate (the 24-hour line may be empty: not every club has one)."""
    if not key:
        raise ValueError("the club card key is empty")
    for name in ("card_number", "plate_key"):
        if not getattr(card, name):
            raise ValueError(f"{name} is empty")
    body = SEPARATOR.join(
        (
            VERSION,
            _escape(card.card_number),
            _escape(card.plate_key),
            card.joined_on.strftime("%Y%m%d"),
            _escape(card.hotline_24h),
        )
    )
    return f"{body}{SEPARATOR}{_signature(key, body)}"


def looks_like_card_payload(text: str) -> bool:
    """Whether ``text`` has the shape of a card payload (any version), signature unchecked."""
    normal = text.strip().translate(_TYPED_VARIANTS).upper()
    if _PREFIX_RE.match(normal):
        return True
    # A payload whose version prefix was damaged is still an altered card, not free text.
    fields = normal.split(SEPARATOR)
    return len(fields) >= _FIELD_COUNT - 1 and bool(_SIGNATURE_RE.match(fields[-1]))


def decode_card_payload(text: str, key: bytes) -> CardPayload:
    """Verify and parse a scanned payload.

    Raises :class:`NotACardPayload` for text that is not a card payload,
    :class:`UnsupportedCardVersion` for a format this program does not know, and
    :class:`AlteredCard` for a malformed payload or a wrong signature.
    """
    if not key:
        raise ValueError("the club card key is empty")
    if not looks_like_card_payload(text):
        raise NotACardPayload("this is not a membership card code")
    normal = text.strip().translate(_TYPED_VARIANTS).upper()
    if not normal.isascii():
        raise AlteredCard("the card code contains characters a card never carries")
    fields = normal.split(SEPARATOR)
    version_match = _VERSION_RE.match(fields[0])
    if version_match and fields[0] != VERSION:
        raise UnsupportedCardVersion(
            f"card code format {fields[0]} is not known to this program (a newer card?)"
        )
    if len(fields) != _FIELD_COUNT or fields[0] != VERSION:
        raise AlteredCard("the card code is damaged")
    signed_text, signature = normal.rsplit(SEPARATOR, 1)
    if not _SIGNATURE_RE.match(signature):
        raise AlteredCard("the card code is damaged")
    if not hmac.compare_digest(_signature(key, signed_text), signature):
        raise AlteredCard("the card's signature does not match: the card was altered or is not ours")
    # Past this point the text was produced by encode_card_payload with this key, so a parse
    # failure means a key shared with a faulty encoder; still report it as an altered card.
    _, card_number, plate_key, joined, hotline = fields[:5]
    try:
        if not all(_ESCAPED_FIELD_RE.match(f) for f in (card_number, plate_key, hotline)):
            raise ValueError("bad escape")
        if len(joined) != 8 or not joined.isdigit():
            raise ValueError("bad date")
        joined_on = date(int(joined[0:4]), int(joined[4:6]), int(joined[6:8]))
        return CardPayload(
            card_number=_unescape(card_number),
            plate_key=_unescape(plate_key),
            joined_on=joined_on,
            hotline_24h=_unescape(hotline),
        )
    except ValueError as exc:
        raise AlteredCard("the card code is damaged") from exc
