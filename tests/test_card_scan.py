"""What a scanned card means: the core decision behind the counter's scanner."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest
import zxingcpp
from sqlalchemy import update

from dealer_app.cards.qr_payload import CardPayload, encode_card_payload
from dealer_app.club_profile import ClubProfile, load_profile
from dealer_app.db.database import Database
from dealer_app.db.models import Card
from dealer_app.roles import Actor
from dealer_app.services import card_printing, members
from dealer_app.services import settings as branch_settings
from dealer_app.services.card_scan import ScanResult, looks_like_card, resolve
from tests.conftest import make_branch
from tests.helpers import enrollment

NAMES = ("", "Ali Rezaei", "Maryam Alavi")


def _enroll(db: Database, profile: ClubProfile, actor: Actor, n: int) -> members.MemberView:
    return members.enroll(db, profile, actor, enrollment(n, name=NAMES[n]), as_of=date(2024, 1, 1))


def _card(view: members.MemberView) -> str:
    card = view.vehicles[0].active_card
    assert card is not None
    return card.card_number


def _payload(db: Database, card_number: str, plate_key: str, key: bytes | None = None) -> str:
    if key is None:
        with db.read() as s:
            key = branch_settings.card_key(s)
    return encode_card_payload(CardPayload(card_number, plate_key, date(2020, 6, 1), ""), key)


def _scanned(db: Database, profile: ClubProfile, manager: Actor, card_number: str) -> str:
    """The text a scanner reads off the printed card: rendered, rasterised, decoded."""
    rendered = card_printing.render_pdf(db, profile, manager, [card_number], "cr80")
    doc = pypdfium2.PdfDocument(rendered.pdf)
    try:
        image = doc[1].render(scale=300 / 72).to_pil()
    finally:
        doc.close()
    (code,) = [b for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode]
    return code.text


def test_a_printed_card_opens_its_member(branch_db, profile, manager):
    view = _enroll(branch_db, profile, manager, 1)
    text = _scanned(branch_db, profile, manager, _card(view))
    assert looks_like_card(text)
    result = resolve(branch_db, profile, text)
    assert result == ScanResult("member", view.id, _card(view), member_name="Ali Rezaei")
    assert result.opens_member


def test_scanner_typing_lower_case_still_reads(branch_db, profile, manager):
    view = _enroll(branch_db, profile, manager, 1)
    text = _payload(branch_db, _card(view), view.vehicles[0].plate_key)
    assert resolve(branch_db, profile, f"{text.lower()}\n").kind == "member"


def test_tampered_payload_is_altered(branch_db, profile, manager):
    first, second = _enroll(branch_db, profile, manager, 1), _enroll(branch_db, profile, manager, 2)
    good = _payload(branch_db, _card(first), first.vehicles[0].plate_key)
    tampered = good.replace(_card(first), _card(second))
    result = resolve(branch_db, profile, tampered)
    assert (result.kind, result.reason, result.member_id) == ("altered", "signature", None)


def test_a_card_signed_with_another_clubs_key_is_altered(branch_db, profile, manager):
    view = _enroll(branch_db, profile, manager, 1)
    foreign = _payload(branch_db, _card(view), view.vehicles[0].plate_key, key=b"another club")
    assert resolve(branch_db, profile, foreign).kind == "altered"


def test_signed_card_naming_another_car_is_altered(branch_db, profile, manager):
    first, second = _enroll(branch_db, profile, manager, 1), _enroll(branch_db, profile, manager, 2)
    # A validly signed code whose plate is not the card's car: a card copied onto another car.
    text = _payload(branch_db, _card(first), second.vehicles[0].plate_key)
    result = resolve(branch_db, profile, text)
    assert (result.kind, result.reason, result.member_id) == ("altered", "plate_mismatch", first.id)


def test_newer_card_format_is_altered_for_newer_version(branch_db, profile):
    result = resolve(branch_db, profile, "DC2.TH01-C000001.IR-12B345-67.20240101..AAAAAAAAAAAAAAAA")
    assert (result.kind, result.reason) == ("altered", "newer_version")


def test_unknown_card_has_a_valid_signature_but_is_not_ours(branch_db, profile):
    result = resolve(branch_db, profile, _payload(branch_db, "XX99-C000777", "IR-12B345-67"))
    assert result == ScanResult("unknown", card_number="XX99-C000777")


def test_typed_text_is_not_a_card(branch_db, profile):
    assert not looks_like_card("12 ب 345 ایران 67")
    assert resolve(branch_db, profile, "12 ب 345 ایران 67").kind == "not_a_card"


def test_after_a_reprint_the_old_card_is_refused_as_replaced(branch_db, profile, manager):
    view = _enroll(branch_db, profile, manager, 1)
    old = _card(view)
    old_text = _scanned(branch_db, profile, manager, old)
    new = card_printing.reprint(branch_db, profile, manager, view.vehicles[0].id)
    result = resolve(branch_db, profile, old_text)
    assert (result.kind, result.card_number, result.replaced_by, result.member_id) == ("replaced", old, new, view.id)
    assert not result.opens_member
    # A second reprint: the oldest card points the clerk at the card valid now.
    newest = card_printing.reprint(branch_db, profile, manager, view.vehicles[0].id)
    assert resolve(branch_db, profile, old_text).replaced_by == newest
    assert resolve(branch_db, profile, _scanned(branch_db, profile, manager, newest)).kind == "member"


def test_revoked_card(branch_db, profile, manager):
    view = _enroll(branch_db, profile, manager, 1)
    with branch_db.write() as s:
        s.execute(update(Card).where(Card.card_number == _card(view)).values(status="revoked"))
    result = resolve(branch_db, profile, _payload(branch_db, _card(view), view.vehicles[0].plate_key))
    assert (result.kind, result.member_id) == ("revoked", view.id)


def test_withdrawn_member(branch_db, profile, manager):
    view = _enroll(branch_db, profile, manager, 1)
    text = _scanned(branch_db, profile, manager, _card(view))
    members.withdraw(branch_db, profile, manager, view.id, "moved abroad", as_of=date(2024, 2, 1))
    result = resolve(branch_db, profile, text)
    assert (result.kind, result.member_id, result.member_name) == ("withdrawn", view.id, "Ali Rezaei")


def test_one_year_membership_expires(tmp_path, front_desk, manager):
    faw = load_profile("faw_mazda")
    db = make_branch(tmp_path / "faw.sqlite3", club="faw_mazda", code="BJ01")
    view = members.enroll(db, faw, front_desk, members.EnrollmentForm(
        full_name="王小明", national_id="11010519491231002X", phone="13812345678",
        joined_on=date(2024, 3, 10), join_method="paid",
        vehicle=members.VehicleForm(plate="京A12345", model="Mazda6", purchased_on=date(2024, 2, 1)),
    ), as_of=date(2024, 3, 10))
    text = _payload(db, _card(view), view.vehicles[0].plate_key)
    # Valid through 2025-03-09: the last day still serves the member, the next day does not.
    assert resolve(db, faw, text, as_of=date(2025, 3, 9)).kind == "member"
    result = resolve(db, faw, text, as_of=date(2025, 3, 10))
    assert (result.kind, result.member_id, result.card_number) == ("expired", view.id, _card(view))
    db.close()


@pytest.mark.parametrize("text", ["", "   ", "hello"])
def test_blank_or_plain_text_is_not_a_card(branch_db, profile, text):
    assert resolve(branch_db, profile, text).kind == "not_a_card"

