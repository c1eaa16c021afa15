"""Membership cards at the branch: card texts from the database, rendering, recording printing,
reprints, hand-over, permissions and the `cards print` command."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from dealer_app import cli
from dealer_app.cards import RenderCancelled, decode_card_payload
from dealer_app.cli_cards import register
from dealer_app.club_profile import ClubProfile, load_profile
from dealer_app.db.database import Database
from dealer_app.db.models import AuditEntry, Card, OutboxEntry
from dealer_app.roles import Actor, PermissionDenied
from dealer_app.services import card_printing, members
from dealer_app.services import settings as branch_settings
from dealer_app.validation import ValidationError
from tests.conftest import make_branch
from tests.helpers import enrollment, ir_plate


def _enroll(db: Database, profile: ClubProfile, actor: Actor, n: int, **kwargs: object) -> members.MemberView:
    return members.enroll(db, profile, actor, enrollment(n, **kwargs), as_of=date(2024, 1, 1))  # type: ignore[arg-type]


def _card_number(view: members.MemberView) -> str:
    card = view.vehicles[0].active_card
    assert card is not None
    return card.card_number


def _card_row(db: Database, number: str) -> Card:
    with db.read() as s:
        card = s.get(Card, number)
        assert card is not None
        return card


def _key(db: Database) -> bytes:
    with db.read() as s:
        return branch_settings.card_key(s)


def _pages(pdf: bytes, dpi: int = 300) -> Iterator[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        for page in doc:
            yield page.render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def _page_count(pdf: bytes) -> int:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _qr_texts(image: Image.Image) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode]


# ---- what goes on the card -------------------------------------------------------------------


def test_persian_card_has_jalali_dates_iranian_plate_and_persian_texts(branch_db, profile, front_desk):
    view = _enroll(branch_db, profile, front_desk, 7, name="مریم احمدی", joined_on=date(2020, 6, 1))
    number = _card_number(view)
    with branch_db.read() as s:
        card = card_printing.card_content(s, profile, number)
    assert card.language == "fa" and card.direction == "rtl"
    assert card.club_name == "باشگاه مشتریان کرمان موتور"
    assert card.slogan == profile.slogan["fa"]
    assert card.branch_name == "Branch TH01"
    assert card.member_name == "مریم احمدی"
    # 2020-06-01 is 12 Khordad 1399; Persian digits on a Persian card.
    assert card.join_date_text == "۱۳۹۹/۰۳/۱۲"
    assert card.valid_until_text == "بدون انقضا"  # Kerman Motor memberships do not expire
    # Joined, complete profile and one car: 120 points, Bronze.
    assert (card.tier_name, card.tier_colour) == ("برنز", profile.tier("bronze").colour)
    # ir_plate(7) is "17 ل 107 ایران 59": the parts are drawn left to right as on the plate.
    assert ir_plate(7) == "17 ل 107 ایران 59"
    assert card.iran_plate == ("17", "ل", "107", "59")
    assert card.plate_text == "۱۷ ل ۱۰۷ - ۵۹"
    assert card.card_number == number and number.startswith("TH01-C")
    assert card.labels["joined"] == "تاریخ عضویت" and card.labels["plate"] == "پلاک"
    assert tuple(card.terms_lines) == profile.card.terms["fa"]
    # The profile's support line is printed; Kerman Motor has no 24-hour line, so no such row.
    assert card.service_phone == "۰۲۱-۴۴۵۶۳۵۱۳"
    assert card.hotline_24h == "" and "hotline" not in card.labels
    payload = decode_card_payload(card.qr_payload, _key(branch_db))
    assert (payload.card_number, payload.plate_key) == (number, view.vehicles[0].plate_key)
    assert payload.joined_on == date(2020, 6, 1) and payload.hotline_24h == ""


def test_branch_numbers_override_the_profile_and_the_qr_carries_the_hotline(branch_db, profile, manager):
    number = _card_number(_enroll(branch_db, profile, manager, 1))
    branch_settings.update(branch_db, manager, hotline_24h="۰۲۱-۴۴۵۶۳۵۰۰", service_phone="1699")
    with branch_db.read() as s:
        card = card_printing.card_content(s, profile, number)
    assert card.hotline_24h == "۰۲۱-۴۴۵۶۳۵۰۰" and card.labels["hotline"] == "تلفن ۲۴ ساعته"
    assert card.service_phone == "۱۶۹۹"
    assert decode_card_payload(card.qr_payload, _key(branch_db)).hotline_24h == "02144563500"
    # Clearing the branch's service phone falls back to the club's again.
    branch_settings.update(branch_db, manager, service_phone="")
    with branch_db.read() as s:
        assert card_printing.card_content(s, profile, number).service_phone == "۰۲۱-۴۴۵۶۳۵۱۳"


def test_a_card_phone_that_is_not_a_number_is_refused(branch_db, manager):
    with pytest.raises(ValidationError) as err:
        branch_settings.update(branch_db, manager, hotline_24h="call us")
    assert err.value.field == "hotline_24h"


def test_card_content_in_english_and_for_an_unknown_card(branch_db, profile, front_desk):
    number = _card_number(_enroll(branch_db, profile, front_desk, 2, joined_on=date(2020, 6, 1)))
    with branch_db.read() as s:
        card = card_printing.card_content(s, profile, number, lang="en")
        with pytest.raises(members.NotFound):
            card_printing.card_content(s, profile, "TH01-C999999")
    assert card.direction == "ltr" and card.club_name == "Kerman Motor Customer Club"
    assert card.join_date_text == "1399/03/12"  # still the club's calendar
    assert card.tier_name == "Bronze" and card.labels["valid_until"] == "Valid until"


def test_faw_mazda_card_is_chinese_with_gregorian_dates_and_a_validity(tmp_path, front_desk):
    faw = load_profile("faw_mazda")
    db = make_branch(tmp_path / "faw.sqlite3", club="faw_mazda", code="BJ01")
    view = members.enroll(db, faw, front_desk, _cn_form(), as_of=date(2024, 3, 10))
    with db.read() as s:
        card = card_printing.card_content(s, faw, _card_number(view), as_of=date(2024, 3, 10))
    assert card.language == "zh" and card.direction == "ltr"
    assert card.club_name == faw.club_name["zh_CN"]
    assert card.join_date_text == "2024-03-10" and card.valid_until_text == "2025-03-09"
    assert card.iran_plate is None and card.plate_text == "京A·12345"
    assert card.labels["plate"] == "车牌号"
    db.close()


def _cn_form() -> members.EnrollmentForm:
    return members.EnrollmentForm(
        full_name="王小明", national_id="11010519491231002X", phone="13812345678",
        joined_on=date(2024, 3, 10), join_method="paid", profile_complete=True,
        vehicle=members.VehicleForm(plate="京A12345", model="Mazda6", purchased_on=date(2024, 2, 1)),
    )


# ---- rendering and recording -----------------------------------------------------------------


@pytest.mark.parametrize("layout", ["cr80", "a4"])
def test_the_printed_qr_code_decodes_and_verifies_with_the_branch_key(branch_db, profile, manager, layout):
    views = [_enroll(branch_db, profile, manager, n) for n in (1, 2, 3)]
    numbers = [_card_number(v) for v in views]
    out = io.BytesIO()
    result = card_printing.print_cards(branch_db, profile, manager, numbers, out, layout)
    pdf = out.getvalue()
    assert result.pages == _page_count(pdf) == (6 if layout == "cr80" else 2)
    scanned = [text for page in _pages(pdf) for text in _qr_texts(page)]
    key = _key(branch_db)
    decoded = {decode_card_payload(text, key).card_number: decode_card_payload(text, key) for text in scanned}
    assert sorted(decoded) == sorted(numbers)
    for view in views:
        assert decoded[_card_number(view)].plate_key == view.vehicles[0].plate_key


def test_print_records_who_and_when_with_an_audit_row_per_card(branch_db, profile, manager, front_desk):
    views = [_enroll(branch_db, profile, front_desk, n) for n in (1, 2)]
    numbers = [_card_number(v) for v in views]
    assert card_printing.pending_cards(branch_db) == numbers
    result = card_printing.print_cards(branch_db, profile, manager, numbers, io.BytesIO(), "cr80")
    assert result.card_numbers == tuple(numbers) and result.printed_by == "manager1"
    for number in numbers:
        row = _card_row(branch_db, number)
        assert row.printed_by == "manager1" and row.printed_at == result.printed_at
    with branch_db.read() as s:
        audits = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "card.print").order_by(AuditEntry.id)))
    assert [(a.entity_id, a.details["card_number"], a.details["version"]) for a in audits] == [
        (views[0].id, numbers[0], 1), (views[1].id, numbers[1], 1),
    ]
    assert all(a.actor == "manager1" for a in audits)
    assert card_printing.pending_cards(branch_db) == []


def test_print_writes_a_file_whole(branch_db, profile, manager, tmp_path):
    number = _card_number(_enroll(branch_db, profile, manager, 1))
    target = tmp_path / "cards.pdf"
    card_printing.print_cards(branch_db, profile, manager, [number], target, "cr80")
    assert target.read_bytes().startswith(b"%PDF") and _page_count(target.read_bytes()) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_front_desk_and_advisor_cannot_print(branch_db, profile, front_desk, advisor):
    number = _card_number(_enroll(branch_db, profile, front_desk, 1))
    for actor in (front_desk, advisor):
        with pytest.raises(PermissionDenied):
            card_printing.print_cards(branch_db, profile, actor, [number], io.BytesIO(), "cr80")
        vehicle_id = members.get(branch_db, profile, _member_of(branch_db, number)).vehicles[0].id
        with pytest.raises(PermissionDenied):
            card_printing.reprint(branch_db, profile, actor, vehicle_id)
    assert _card_row(branch_db, number).printed_at is None


def _member_of(db: Database, number: str) -> str:
    with db.read() as s:
        card = s.get(Card, number)
        assert card is not None
        return card.vehicle.member_id


def test_cancelled_render_writes_and_records_nothing(branch_db, profile, manager):
    numbers = [_card_number(_enroll(branch_db, profile, manager, n)) for n in (1, 2, 3)]
    seen: list[tuple[int, int]] = []

    def stop_after_first(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1

    out = io.BytesIO()
    with pytest.raises(RenderCancelled):
        card_printing.print_cards(branch_db, profile, manager, numbers, out, "cr80", progress=stop_after_first)
    assert seen == [(1, 3)] and out.getvalue() == b""
    assert card_printing.pending_cards(branch_db) == numbers


def test_printer_offset_comes_from_the_branch_settings(branch_db, profile, manager):
    number = _card_number(_enroll(branch_db, profile, manager, 1))
    plain = card_printing.render_pdf(branch_db, profile, manager, [number], "cr80")
    branch_settings.update(branch_db, manager, printer_offset_x_mm=1.5, printer_offset_y_mm=-0.5)
    shifted = card_printing.render_pdf(branch_db, profile, manager, [number], "cr80")
    explicit = card_printing.render_pdf(branch_db, profile, manager, [number], "cr80", offset_mm=(1.5, -0.5))
    assert shifted.pdf != plain.pdf
    assert next(_pages(shifted.pdf, 150)).tobytes() == next(_pages(explicit.pdf, 150)).tobytes()


def test_bad_layout_and_empty_selection_are_refused(branch_db, profile, manager):
    number = _card_number(_enroll(branch_db, profile, manager, 1))
    with pytest.raises(ValidationError) as err:
        card_printing.render_pdf(branch_db, profile, manager, [number], "letter")  # type: ignore[arg-type]
    assert err.value.field == "layout"
    with pytest.raises(ValidationError) as err:
        card_printing.render_pdf(branch_db, profile, manager, [], "cr80")
    assert err.value.field == "card_numbers"


# ---- reprint, hand-over, which cards -----------------------------------------------------------


def test_reprint_issues_a_new_number_and_the_old_card_cannot_be_printed(branch_db, profile, manager):
    view = _enroll(branch_db, profile, manager, 1)
    old = _card_number(view)
    card_printing.print_cards(branch_db, profile, manager, [old], io.BytesIO(), "cr80")
    new = card_printing.reprint(branch_db, profile, manager, view.vehicles[0].id)
    assert new != old and new.startswith("TH01-C")
    old_row, new_row = _card_row(branch_db, old), _card_row(branch_db, new)
    assert (old_row.status, old_row.replaced_by) == ("replaced", new)
    assert (new_row.status, new_row.version, new_row.printed_at) == ("active", 2, None)
    with branch_db.read() as s:
        replaced = s.scalars(select(OutboxEntry).where(OutboxEntry.type == "card.replaced")).all()
    assert [(e.payload["card_number"], e.payload["replaces"]) for e in replaced] == [(new, old)]
    assert card_printing.pending_cards(branch_db) == [new]
    with pytest.raises(ValidationError) as err:
        card_printing.print_cards(branch_db, profile, manager, [old], io.BytesIO(), "cr80")
    assert new in err.value.message


def test_withdrawn_members_cards_are_neither_pending_nor_printable(branch_db, profile, manager):
    staying = _enroll(branch_db, profile, manager, 1)
    leaving = _enroll(branch_db, profile, manager, 2)
    members.withdraw(branch_db, profile, manager, leaving.id, "moved abroad", as_of=date(2024, 2, 1))
    assert card_printing.pending_cards(branch_db) == [_card_number(staying)]
    with pytest.raises(ValidationError):
        card_printing.print_cards(branch_db, profile, manager, [_card_number(leaving)], io.BytesIO(), "cr80")
    with pytest.raises(ValidationError):
        card_printing.reprint(branch_db, profile, manager, leaving.vehicles[0].id)


def test_cards_for_members_lists_every_car(branch_db, profile, manager):
    first = _enroll(branch_db, profile, manager, 1)
    second = members.add_vehicle(
        branch_db, profile, manager, first.id,
        members.VehicleForm(plate=ir_plate(40), model="KMC T8", purchased_on=date(2022, 1, 5)),
    )
    other = _enroll(branch_db, profile, manager, 2)
    expected = [c.card_number for v in second.vehicles for c in v.cards]
    assert card_printing.cards_for_members(branch_db, [first.id]) == expected
    assert card_printing.cards_for_members(branch_db, [other.id, first.id]) == [*expected, _card_number(other)]


def test_hand_over_needs_a_printed_card_and_is_recorded_once(branch_db, profile, manager, front_desk, advisor):
    view = _enroll(branch_db, profile, front_desk, 1)
    number = _card_number(view)
    with pytest.raises(ValidationError, match="not been printed"):
        card_printing.hand_over(branch_db, front_desk, number)
    card_printing.print_cards(branch_db, profile, manager, [number], io.BytesIO(), "cr80")
    with pytest.raises(PermissionDenied):
        card_printing.hand_over(branch_db, advisor, number)
    at = card_printing.hand_over(branch_db, front_desk, number.lower())
    row = _card_row(branch_db, number)
    assert (row.handed_over_at, row.handed_over_by) == (at, "desk1")
    with pytest.raises(ValidationError, match="already handed over"):
        card_printing.hand_over(branch_db, front_desk, number)
    with branch_db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_id == view.id))]
    assert "card.hand_over" in actions


# ---- command line --------------------------------------------------------------------------


@pytest.fixture
def cards_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """`dealer-app` with the `cards` command, whether or not cli.build_parser registers it yet."""
    build = cli.build_parser

    def with_cards() -> argparse.ArgumentParser:
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "cards" not in sub.choices:
            register(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", with_cards)


def _cli_branch(
    tmp_path: Path, profile: ClubProfile, actor: Actor, count: int
) -> tuple[Path, list[members.MemberView]]:
    data = tmp_path / "data"
    data.mkdir()
    db = make_branch(data / "branch.sqlite3")
    views = [_enroll(db, profile, actor, n) for n in range(1, count + 1)]
    db.close()
    return data, views


def test_cli_prints_pending_cards_on_a4_sheets(cards_cli, tmp_path, profile, front_desk, capsys):
    data, _ = _cli_branch(tmp_path, profile, front_desk, 12)
    out = tmp_path / "sheets.pdf"
    argv = ["cards", "print", "--pending", "--layout", "a4", "--out", str(out), "--data-dir", str(data)]
    assert cli.main(argv) == 0
    # Twelve cards, ten per sheet: two front sheets, each followed by its back sheet.
    assert _page_count(out.read_bytes()) == 4
    assert "Printed 12 card(s) on 4 page(s)" in capsys.readouterr().out
    db = Database(data / "branch.sqlite3")
    assert card_printing.pending_cards(db) == []
    db.close()
    # Nothing left to print is bad input, said in one line naming the option.
    assert cli.main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dealer-app: --pending:") and "\n" not in err


def test_cli_prints_by_plate_and_by_member(cards_cli, tmp_path, profile, front_desk, capsys):
    data, views = _cli_branch(tmp_path, profile, front_desk, 2)
    by_plate = tmp_path / "plate.pdf"
    assert cli.main(["cards", "print", "--plate", ir_plate(2), "--out", str(by_plate), "--data-dir", str(data)]) == 0
    assert _page_count(by_plate.read_bytes()) == 2
    by_member = tmp_path / "member.pdf"
    assert cli.main(["cards", "print", "--member", views[0].member_number, "--layout", "cr80",
                     "--out", str(by_member), "--data-dir", str(data)]) == 0
    texts = [t for page in _pages(by_member.read_bytes()) for t in _qr_texts(page)]
    assert [t.split(".")[1] for t in texts] == [_card_number(views[0])]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--plate", "not a plate"], "plate:"),
        (["--plate", "99 ب 999 ایران 99"], "No car with plate"),
        (["--member", "TH01-999999"], "No member"),
        (["--pending", "--out-is-text"], "--out:"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(cards_cli, tmp_path, profile, front_desk, capsys, args, field):
    data, _ = _cli_branch(tmp_path, profile, front_desk, 1)
    out = tmp_path / ("cards.txt" if "--out-is-text" in args else "cards.pdf")
    args = [a for a in args if a != "--out-is-text"]
    assert cli.main(["cards", "print", *args, "--out", str(out), "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err.strip()
    assert field in err and "\n" not in err
    assert not out.exists()
