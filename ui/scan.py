"""What a scanned membership card means at the counter, in words for the clerk.

A USB scanner types the card's QR payload followed by Enter into whatever has focus, which at
the counter is the search box. The core decides what the card is
(:func:`dealer_app.services.card_scan.resolve`); this module only words that decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.services import card_scan


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
    return card_scan.looks_like_card(text)


def outcome_text(result: card_scan.ScanResult) -> ScanOutcome:
    """The core's verdict worded for the clerk (text typed by hand counts as an unknown card)."""
    number = result.card_number or ""
    name = result.member_name or ""
    # Literal translate calls (not a helper) so pyside6-lupdate extracts every text.
    if result.kind == "member":
        return ScanOutcome("member", "", result.member_id)
    if result.kind == "not_a_card":
        return ScanOutcome("unknown", QCoreApplication.translate("Scan", "This is not a membership card code."))
    if result.kind == "unknown":
        message = QCoreApplication.translate(
            "Scan",
            "Unknown card: no card %1 at this branch. The member may have enrolled elsewhere; "
            "find them by plate or national ID.")
        return ScanOutcome("unknown", message.replace("%1", number))
    if result.kind == "altered":
        if result.reason == "newer_version":
            message = QCoreApplication.translate(
                "Scan",
                "This card's code is from a newer version of Dealer Club and cannot be checked here. "
                "Find the member by plate or name.")
        elif result.reason == "plate_mismatch":
            message = QCoreApplication.translate(
                "Scan",
                "Altered card: card %1 belongs to another car than the one printed on it. "
                "Do not accept it.").replace("%1", number)
        else:
            message = QCoreApplication.translate(
                "Scan",
                "Altered card: the code on this card does not check out. Do not accept it; find "
                "the member by plate or national ID instead.")
        return ScanOutcome("altered", message, result.member_id)
    if result.kind == "replaced":
        message = QCoreApplication.translate(
            "Scan",
            "Replaced card: card %1 was replaced by card %2. Take the old card back; the member "
            "should use the new one.")
        return ScanOutcome(
            "replaced", message.replace("%1", number).replace("%2", result.replaced_by or "–"), result.member_id
        )
    if result.kind == "revoked":
        message = QCoreApplication.translate("Scan", "Card %1 is no longer valid.")
        return ScanOutcome("revoked", message.replace("%1", number), result.member_id)
    if result.kind == "withdrawn":
        message = QCoreApplication.translate("Scan", "Withdrawn membership: %1 left the club. They must enroll again.")
        return ScanOutcome("withdrawn", message.replace("%1", name), result.member_id)
    message = QCoreApplication.translate(
        "Scan", "Expired membership: %1's membership has lapsed. They must enroll again to use club benefits.")
    return ScanOutcome("expired", message.replace("%1", name), result.member_id)


def resolve_scan(db: Database, profile: ClubProfile, text: str, as_of: date | None = None) -> ScanOutcome:
    """Decode and check a scanned card; the outcome says whether to open the member and what to tell the clerk."""
    return outcome_text(card_scan.resolve(db, profile, text, as_of))
