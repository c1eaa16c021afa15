"""What a scanned membership card means at the counter.

A USB scanner types the card's QR payload into the search box. :func:`resolve` verifies the
payload with the branch's card key, finds the card by its number (the primary key, so one
indexed lookup however large the branch) and checks, in this order: the plate on the card is
the plate of the card's car, the card is still the car's valid card, and the membership is
neither withdrawn nor lapsed. The screen only words the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select

from dealer_app.cards.qr_payload import (
    AlteredCard,
    NotACardPayload,
    UnsupportedCardVersion,
    decode_card_payload,
    looks_like_card_payload,
)
from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.db.models import Card
from dealer_app.services import members
from dealer_app.services import settings as branch_settings

ScanKind = Literal["member", "unknown", "replaced", "revoked", "expired", "withdrawn", "altered", "not_a_card"]
AlteredReason = Literal["signature", "newer_version", "plate_mismatch"]


@dataclass(frozen=True)
class ScanResult:
    """The outcome of one scan.

    ``kind`` is "member" when the member may be served (an expiring membership is still
    valid). ``member_id`` is set whenever the card is ours, so the clerk can open the record even
    of a refused card. ``replaced_by`` is the car's current card for a replaced one.
    ``reason`` says why a card is "altered": its signature does not verify, it is from a newer
    format, or it names another car than the one the card belongs to.
    """

    kind: ScanKind
    member_id: str | None = None
    card_number: str | None = None
    replaced_by: str | None = None
    member_name: str | None = None
    reason: AlteredReason | None = None

    @property
    def opens_member(self) -> bool:
        return self.kind == "member" and self.member_id is not None


def looks_like_card(text: str) -> bool:
    """Whether typed text is (or is becoming) a card payload rather than a search."""
    return looks_like_card_payload(text)


def resolve(db: Database, profile: ClubProfile, text: str, as_of: date | None = None) -> ScanResult:
    """Decode and check a scanned card at this branch."""
    with db.read() as s:
        key = branch_settings.card_key(s)
        try:
            payload = decode_card_payload(text, key)
        except UnsupportedCardVersion:
            return ScanResult("altered", reason="newer_version")
        except AlteredCard:
            return ScanResult("altered", reason="signature")
        except NotACardPayload:
            return ScanResult("not_a_card")
        card = s.get(Card, payload.card_number)
        if card is None:
            # Signed with the club's key but not issued here: enrolled at another branch.
            return ScanResult("unknown", card_number=payload.card_number)
        vehicle = card.vehicle
        member_id = vehicle.member_id
        if vehicle.plate_key != payload.plate_key:
            return ScanResult("altered", member_id, card.card_number, reason="plate_mismatch")
        if card.status == "replaced":
            current = s.scalar(
                select(Card.card_number).where(Card.vehicle_id == vehicle.id, Card.status == "active")
            )
            return ScanResult("replaced", member_id, card.card_number, current or card.replaced_by)
        if card.status != "active":
            return ScanResult("revoked", member_id, card.card_number)
        card_number = card.card_number
    view = members.get(db, profile, member_id, as_of)
    kind: ScanKind = "member"
    if view.membership_state == "withdrawn":
        kind = "withdrawn"
    elif view.membership_state == "expired":
        kind = "expired"
    return ScanResult(kind, view.id, card_number, member_name=view.full_name)
