"""Membership cards: the signed QR payload and the PDF renderer (reportlab)."""

from dealer_app.cards.qr_payload import (
    AlteredCard,
    CardPayload,
    CardPayloadError,
    NotACardPayload,
    UnsupportedCardVersion,
    decode_card_payload,
    encode_card_payload,
)
from dealer_app.cards.render import CardContent, RenderCancelled, render_cards

__all__ = [
    "AlteredCard",
    "CardContent",
    "CardPayload",
    "CardPayloadError",
    "NotACardPayload",
    "RenderCancelled",
    "UnsupportedCardVersion",
    "decode_card_payload",
    "encode_card_payload",
    "render_cards",
]
