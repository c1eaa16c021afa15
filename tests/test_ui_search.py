"""Finding members from the search box: plate, phone, partial name (Persian typed key by key),
keyboard navigation, stale results, and the card scanner."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from test_ui_support import PLATES, enroll, make_ctx, type_text

from dealer_app.cards.qr_payload import CardPayload, encode_card_payload
from dealer_app.db.database import Database
from dealer_app.roles import Actor
from dealer_app.services import members
from dealer_app.services import settings as branch_settings
from dealer_app.services.cards import issue_card
from dealer_app.services.profiles import active_profile
from ui.main_window import MainWindow
from ui.search_panel import ResultsModel


@pytest.fixture
def window(qtbot, branch_db: Database, front_desk: Actor) -> MainWindow:
    enroll(branch_db, front_desk, "Ali Rezaei", 1, phone="09121112233", plates=(PLATES[0],))
    enroll(branch_db, front_desk, "علی محمدی", 2, plates=(PLATES[1],))
    enroll(branch_db, front_desk, "Maryam Alavi", 3, plates=(PLATES[2],))
    w = MainWindow(make_ctx(branch_db, front_desk))
    qtbot.addWidget(w)
    w.show()
    return w


def _names(w: MainWindow) -> list[str]:
    return [h.full_name for h in w.search.model.hits]


def _wait_results(qtbot, w: MainWindow, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: sorted(_names(w)) == sorted(expected), timeout=3000)


def test_search_box_has_focus_on_start(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.search
    assert window.search.box.hasFocus()


def test_find_by_plate_typed_persian_and_open_with_enter(qtbot, window: MainWindow) -> None:
    type_text(window.search.box, "12 ب 345 ایران 67")
    _wait_results(qtbot, window, ["Ali Rezaei"])
    assert window.search.model.hits[0].matched_by == "plate"
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.member_page
    assert window.member_page.name_label.text() == "Ali Rezaei"


def test_find_by_phone(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search.box, "0912 111 2233")
    _wait_results(qtbot, window, ["Ali Rezaei"])
    index = window.search.model.index(0, ResultsModel.PHONE)
    shown = window.search.model.data(index).strip("\u2066\u2069")
    assert "2233" not in shown and shown.endswith("33"), "the phone is masked in the results"
    assert window.search.model.data(index).startswith("\u2066"), "kept left to right in Persian layouts"


def test_partial_name_then_down_arrow_and_enter(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search.box, "al")
    _wait_results(qtbot, window, ["Ali Rezaei", "Maryam Alavi"])
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert window.search.table.hasFocus()
    qtbot.keyClick(window.search.table, Qt.Key.Key_Down)
    row = window.search.table.currentIndex().row()
    expected = window.search.model.hits[row].full_name
    qtbot.keyClick(window.search.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.member_page
    assert window.member_page.name_label.text() == expected


def test_persian_partial_name_typed_key_by_key(qtbot, window: MainWindow) -> None:
    type_text(window.search.box, "محمد")
    _wait_results(qtbot, window, ["علی محمدی"])
    tier_index = window.search.model.index(0, ResultsModel.TIER)
    assert window.search.model.data(tier_index) == "Bronze"
    colour = window.search.model.data(tier_index, Qt.ItemDataRole.BackgroundRole)
    assert colour.name().lower() == "#cd7f32", "the tier badge wears the tier's colour"


def test_persian_letter_variants_match(qtbot, window: MainWindow) -> None:
    # Arabic yeh and kaf typed on an Arabic keyboard layout still find the Persian name.
    type_text(window.search.box, "علي")
    _wait_results(qtbot, window, ["علی محمدی"])


def test_no_result_says_so(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search.box, "zzzzqq")
    qtbot.waitUntil(lambda: "No member found" in window.search.status.text(), timeout=3000)
    assert window.search.model.rowCount() == 0


def test_stale_results_are_discarded(qtbot, window: MainWindow) -> None:
    panel = window.search
    panel.box.setText("maryam")
    generation = panel._generation
    panel.box.setText("ali rez")
    hits_for_old_query = members_named(window, "Maryam Alavi")
    panel._show(generation, "maryam", hits_for_old_query)
    assert panel.model.rowCount() == 0, "a late answer to an older query is dropped"
    _wait_results(qtbot, window, ["Ali Rezaei"])


def members_named(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    from dealer_app.search import find

    return find(window.ctx.db, window.ctx.profile, name)


def test_typing_stays_responsive_with_background_runner(qtbot, branch_db: Database, front_desk: Actor) -> None:
    enroll(branch_db, front_desk, "Ali Rezaei", 1)
    w = MainWindow(make_ctx(branch_db, front_desk, synchronous=False))
    qtbot.addWidget(w)
    w.show()
    qtbot.keyClicks(w.search.box, "ali")
    assert w.search.box.text() == "ali"
    _wait_results(qtbot, w, ["Ali Rezaei"])
    w.ctx.runner.wait()


# ---- scanner ------------------------------------------------------------------------------------


def _payload(db: Database, card_number: str, plate_key: str, joined: date = date(2021, 3, 1)) -> str:
    with db.read() as s:
        key = branch_settings.card_key(s)
    return encode_card_payload(CardPayload(card_number, plate_key, joined, "02144563513"), key)


def _scan(qtbot, w: MainWindow, text: str) -> None:
    qtbot.keyClicks(w.search.box, text)
    qtbot.keyClick(w.search.box, Qt.Key.Key_Return)


def test_scan_valid_card_opens_member(qtbot, window: MainWindow, branch_db: Database) -> None:
    hit = members_named(window, "Maryam Alavi")[0]
    view = members.get(branch_db, active_profile(branch_db), hit.member_id)
    card = view.vehicles[0].active_card
    assert card is not None
    _scan(qtbot, window, _payload(branch_db, card.card_number, view.vehicles[0].plate_key))
    assert window.stack.currentWidget() is window.member_page
    assert window.member_page.name_label.text() == "Maryam Alavi"


def test_scan_unknown_card(qtbot, window: MainWindow, branch_db: Database) -> None:
    _scan(qtbot, window, _payload(branch_db, "XX99-000777", "IR-12B345-67"))
    assert window.stack.currentWidget() is window.search
    assert window.search.banner.text.startswith("Unknown card")


def test_scan_altered_card(qtbot, window: MainWindow, branch_db: Database) -> None:
    good = _payload(branch_db, "TH01-000001", "IR-12B345-67")
    altered = good.replace("TH01-000001", "TH01-000003")
    _scan(qtbot, window, altered)
    assert window.search.banner.text.startswith("Altered card")
    assert window.stack.currentWidget() is window.search


def test_scan_replaced_card(qtbot, window: MainWindow, branch_db: Database, front_desk: Actor) -> None:
    hit = members_named(window, "Ali Rezaei")[0]
    profile = active_profile(branch_db)
    view = members.get(branch_db, profile, hit.member_id)
    old = view.vehicles[0].active_card
    assert old is not None
    from dealer_app.db.models import Vehicle

    with branch_db.write() as s:
        vehicle = s.get(Vehicle, view.vehicles[0].id)
        assert vehicle is not None
        new = issue_card(s, front_desk, vehicle, "TH01").card_number
    _scan(qtbot, window, _payload(branch_db, old.card_number, view.vehicles[0].plate_key))
    text = window.search.banner.text
    assert text.startswith("Replaced card") and new in text
    window.search.banner.button.click()
    assert window.member_page.name_label.text() == "Ali Rezaei"


def test_scan_expired_membership(qtbot, branch_db: Database, front_desk: Actor) -> None:
    # Kerman Motor memberships never expire; switch this branch to a profile whose do.
    from dealer_app.club_profile import available_profiles, load_profile

    expiring = [c for c in available_profiles() if load_profile(c).membership.validity_months]
    if not expiring:
        pytest.skip("no shipped club profile has memberships that expire")
    club = expiring[0]
    profile = load_profile(club)
    with branch_db.write() as s:
        branch_settings.set_value(s, "club_code", club)
    plate = {"CN": "京A12345", "TR": "34 ABC 1234", "IR": PLATES[0]}[profile.country]
    national_id = {"CN": "11010519491231002X", "TR": "10000000146", "IR": "0397188129"}[profile.country]
    phone = {"CN": "13800138000", "TR": "05321234567", "IR": "09121234567"}[profile.country]
    view = members.enroll(branch_db, profile, front_desk, members.EnrollmentForm(
        full_name="Expired Member", national_id=national_id, phone=phone,
        vehicle=members.VehicleForm(plate=plate, model="Mazda6", purchased_on=date(2018, 5, 1)),
        joined_on=date(2019, 5, 1)), as_of=date(2019, 5, 1))
    card = view.vehicles[0].active_card
    assert card is not None
    w = MainWindow(make_ctx(branch_db, front_desk))
    qtbot.addWidget(w)
    w.show()
    _scan(qtbot, w, _payload(branch_db, card.card_number, view.vehicles[0].plate_key))
    assert w.search.banner.text.startswith("Expired membership")
