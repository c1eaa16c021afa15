"""What a scanned membership card means at the counter.

A USB scanner types the card's QR payload followed by Enter into whatever has focus, which at
the counter is the search box. :func:`looks_like_card` tells a scan from typed text, and
:func:`resolve_scan` asks the core what the card is and words the outcome for the clerk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.search import find
from dealer_app.services import members
from dealer_app.services import settings as branch_settings

try:  # the card codec is its own module; without it every scan is treated as typed text
    from dealer_app.cards import qr_payload as _codec
except ImportError:  # pragma: no cover - only on a build without the card module
    _codec: Any = None  # type: ignore[no-redef]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scan", text)


@dataclass(frozen=True)
class ScanOutcome:
    kind: str
    """member | unknown | replaced | revoked | expired | withdrawn | altered"""
    message: str
    member_id: str | None = None

    @property
    def opens_member(self) -> bool:
        return self.kind == "member"


def looks_like_card(text: str) -> bool:
    return _codec is not None and _codec.looks_like_card_payload(text)


def resolve_scan(db: Database, profile: ClubProfile, text: str, as_of: date | None = None) -> ScanOutcome:
    """Decode and check a scanned card; the outcome says whether to open the member and what to tell the clerk."""
    if _codec is None:
        return ScanOutcome("unknown", _tr("Card scanning is not available in this installation."))
    with db.read() as s:
        key = branch_settings.card_key(s)
    try:
        payload = _codec.decode_card_payload(text, key)
    except _codec.UnsupportedCardVersion:
        return ScanOutcome("altered", _tr("This card's code is from a newer version of Dealer Club and "
                                          "cannot be checked here. Find the member by plate or name."))
    except _codec.AlteredCard:
        return ScanOutcome("altered", _tr("Altered card: the code on this card does not check out. Do not "
                                          "accept it; find the member by plate or national ID instead."))
    except _codec.NotACardPayload:
        return ScanOutcome("unknown", _tr("This is not a membership card code."))

    # Member numbers and card numbers share one format, so the search may also return the member
    # whose *member* number equals the card number: look for the card itself among the hits.
    view = vehicle = card = None
    for hit in find(db, profile, payload.card_number, limit=5):
        candidate = members.get(db, profile, hit.member_id, as_of)
        for v in candidate.vehicles:
            found = next((c for c in v.cards if c.card_number == payload.card_number), None)
            if found is not None:
                view, vehicle, card = candidate, v, found
    if view is None or vehicle is None or card is None:
        return ScanOutcome("unknown", _tr("Unknown card: no card %1 at this branch. The member may have "
                                          "enrolled elsewhere; find them by plate or national ID.")
                           .replace("%1", payload.card_number))
    if vehicle.plate_key != payload.plate_key:
        return ScanOutcome("altered", _tr("Altered card: card %1 belongs to another car than the one "
                                          "printed on it. Do not accept it.").replace("%1", payload.card_number),
                           view.id)
    if card.status == "replaced":
        current = vehicle.active_card
        return ScanOutcome(
            "replaced",
            _tr("Replaced card: card %1 was replaced by card %2. Take the old card back; the member "
                "should use the new one.").replace("%1", card.card_number)
            .replace("%2", current.card_number if current else "–"),
            view.id,
        )
    if card.status != "active":
        return ScanOutcome("revoked", _tr("Card %1 is no longer valid.").replace("%1", card.card_number), view.id)
    if view.membership_state == "withdrawn":
        return ScanOutcome("withdrawn", _tr("Withdrawn membership: %1 left the club. They must enroll again.")
                           .replace("%1", view.full_name), view.id)
    if view.membership_state == "expired":
        return ScanOutcome("expired", _tr("Expired membership: %1's membership has lapsed. They must enroll "
                                          "again to use club benefits.").replace("%1", view.full_name), view.id)
    return ScanOutcome("member", "", view.id)
