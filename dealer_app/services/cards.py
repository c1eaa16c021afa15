"""Membership cards: issue and replace (reprint with a new number).

A card belongs to a vehicle (one card per vehicle, FAW spec). A reprint issues a new card
number and marks the old one replaced, so a scan of the old card is refused. Printing,
reprinting on request and hand-over are in `dealer_app.services.card_printing`; what a scanned
card means is `dealer_app.services.card_scan`.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealer_app.clock import utcnow
from dealer_app.db.models import Card, Vehicle
from dealer_app.roles import Actor
from dealer_app.services import audit, outbox
from dealer_app.services.numbers import next_number


def issue_card(s: Session, actor: Actor, vehicle: Vehicle, branch_code: str) -> Card:
    """Inside the caller's transaction: a new active card for the vehicle."""
    version = (s.scalar(select(func.max(Card.version)).where(Card.vehicle_id == vehicle.id)) or 0) + 1
    previous = s.scalar(select(Card).where(Card.vehicle_id == vehicle.id, Card.status == "active"))
    card = Card(
        card_number=next_number(s, "card", branch_code),
        vehicle_id=vehicle.id,
        version=version,
        status="active",
        issued_at=utcnow(),
        issued_by=actor.username,
    )
    s.add(card)
    payload = {
        "card_number": card.card_number,
        "vehicle_id": vehicle.id,
        "member_id": vehicle.member_id,
        "version": version,
    }
    if previous is not None:
        previous.status = "replaced"
        previous.replaced_by = card.card_number
        outbox.record(s, "card.replaced", {**payload, "replaces": previous.card_number})
        audit.record(
            s,
            actor,
            "card.replace",
            "member",
            vehicle.member_id,
            card_number=card.card_number,
            replaces=previous.card_number,
            version=version,
        )
    else:
        outbox.record(s, "card.issued", payload)
        audit.record(s, actor, "card.issue", "member", vehicle.member_id, card_number=card.card_number, version=version)
    s.flush()
    return card
