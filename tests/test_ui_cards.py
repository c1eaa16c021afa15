"""The card print dialogs: the preview shows the PDF that is printed and saved, printing and
saving record the cards, batches render in the background and can be cancelled."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from test_ui_support import enroll, make_ctx

from dealer_app.cards import decode_card_payload
from dealer_app.cards.render import CARD_HEIGHT_MM, CARD_WIDTH_MM
from dealer_app.db.database import Database
from dealer_app.db.models import Card
from dealer_app.roles import Actor, PermissionDenied
from dealer_app.services import card_printing, members
from dealer_app.services import settings as branch_settings
from dealer_app.services.profiles import active_profile
from ui import card_print
from ui.card_print import BatchPrintDialog, CardPrintDialog, MemberCardMenu
from ui.main_window import MainWindow

NAMES = ("Ali Rezaei", "Maryam Alavi", "Reza Karimi", "Sara Ahmadi")


@pytest.fixture
def enrolled(branch_db: Database, front_desk: Actor) -> list[members.MemberView]:
    return [enroll(branch_db, front_desk, name, n) for n, name in enumerate(NAMES, start=1)]


def _numbers(views: list[members.MemberView]) -> list[str]:
    return [c.card_number for v in views for vehicle in v.vehicles for c in vehicle.cards]


def _printed_at(db: Database, number: str) -> object:
    with db.read() as s:
        card = s.get(Card, number)
        assert card is not None
        return card.printed_at


def _pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [page.get_size() for page in doc]
    finally:
        doc.close()


D = TypeVar("D", bound=QDialog)


def _dialog(qtbot, dialog: D) -> D:
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_front_and_back_of_each_card(qtbot, branch_db, manager, enrolled):
    numbers = _numbers(enrolled[:2])
    dialog = _dialog(qtbot, CardPrintDialog(make_ctx(branch_db, manager), numbers))
    assert dialog.rendered is not None and dialog.rendered.card_numbers == tuple(numbers)
    assert dialog.page_count == 4
    assert not dialog.front_label.pixmap().isNull() and not dialog.back_label.pixmap().isNull()
    # The preview has the card's proportions (ID-1: 85.60 x 53.98 mm).
    front = dialog.front_label.pixmap()
    assert front.width() / front.height() == pytest.approx(CARD_WIDTH_MM / CARD_HEIGHT_MM, rel=0.02)
    assert numbers[0] in dialog.page_label.text() and "1 of 2" in dialog.page_label.text()
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert numbers[1] in dialog.page_label.text() and not dialog.next_button.isEnabled()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.progress_bar.isHidden()


def test_the_preview_is_a_rasterisation_of_the_printed_pdf(qtbot, branch_db, manager, enrolled):
    dialog = _dialog(qtbot, CardPrintDialog(make_ctx(branch_db, manager), _numbers(enrolled[:1])))
    assert dialog.rendered is not None
    doc = pypdfium2.PdfDocument(dialog.rendered.pdf)
    try:
        expected = card_print.pdf_page_image(doc, 1, 100)
    finally:
        doc.close()
    assert dialog.page_image(1, 100) == expected


def test_layout_choice_renders_a4_sheets(qtbot, branch_db, manager, enrolled):
    dialog = _dialog(qtbot, CardPrintDialog(make_ctx(branch_db, manager), _numbers(enrolled)))
    assert dialog.page_count == 8
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a4"))
    assert dialog.rendered is not None and dialog.rendered.layout == "a4"
    assert dialog.page_count == 2 and "Sheet 1 of 1" in dialog.page_label.text()
    width_pt, height_pt = _pdf_pages(dialog.rendered.pdf)[0]
    assert (width_pt / 72 * 25.4, height_pt / 72 * 25.4) == pytest.approx((210, 297), abs=0.5)


def test_save_writes_the_previewed_bytes_and_records_printing(qtbot, branch_db, manager, enrolled, tmp_path,
                                                              monkeypatch):
    numbers = _numbers(enrolled[:2])
    dialog = _dialog(qtbot, CardPrintDialog(make_ctx(branch_db, manager), numbers))
    target = tmp_path / "cards"
    monkeypatch.setattr(card_print.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.save_button.click()
    saved = target.with_suffix(".pdf").read_bytes()
    assert dialog.rendered is not None and saved == dialog.rendered.pdf
    assert printed.args[0].card_numbers == tuple(numbers)
    assert all(_printed_at(branch_db, n) is not None for n in numbers)
    assert dialog.banner.text == "2 card(s) recorded as printed."


class _AcceptingPrintDialog:
    """Stands in for QPrintDialog: the manager presses Print with the printer as prepared."""

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


def test_print_sends_the_previewed_pages_at_card_size(qtbot, branch_db, manager, enrolled, tmp_path, monkeypatch):
    numbers = _numbers(enrolled[:2])
    dialog = _dialog(qtbot, CardPrintDialog(make_ctx(branch_db, manager), numbers))
    spool = tmp_path / "spool.pdf"

    def to_file(printer: QPrinter, parent: QWidget) -> _AcceptingPrintDialog:
        # What a PDF printer driver does: the same pages, written to a file.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(spool))
        return _AcceptingPrintDialog(printer, parent)

    monkeypatch.setattr(card_print, "QPrintDialog", to_file)
    with qtbot.waitSignal(dialog.printed):
        dialog.print_button.click()
    printed = spool.read_bytes()
    sizes = _pdf_pages(printed)
    assert len(sizes) == 4
    for width_pt, height_pt in sizes:
        assert (width_pt / 72 * 25.4, height_pt / 72 * 25.4) == pytest.approx((CARD_WIDTH_MM, CARD_HEIGHT_MM), abs=0.5)
    # The printed backs still carry codes that scan and verify with the branch's key.
    with branch_db.read() as s:
        key = branch_settings.card_key(s)
    doc = pypdfium2.PdfDocument(printed)
    try:
        texts = [b.text for i in (1, 3) for b in zxingcpp.read_barcodes(doc[i].render(scale=300 / 72).to_pil())]
    finally:
        doc.close()
    assert [decode_card_payload(t, key).card_number for t in texts] == numbers
    assert all(_printed_at(branch_db, n) is not None for n in numbers)


def test_printing_nothing_when_the_print_dialog_is_cancelled(qtbot, branch_db, manager, enrolled, monkeypatch):
    numbers = _numbers(enrolled[:1])
    dialog = _dialog(qtbot, CardPrintDialog(make_ctx(branch_db, manager), numbers))

    class Cancelled(_AcceptingPrintDialog):
        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(card_print, "QPrintDialog", Cancelled)
    dialog.print_button.click()
    assert _printed_at(branch_db, numbers[0]) is None and dialog.last_result is None


def test_only_managers_open_the_print_dialog(qtbot, branch_db, front_desk, enrolled):
    with pytest.raises(PermissionDenied):
        CardPrintDialog(make_ctx(branch_db, front_desk), _numbers(enrolled[:1]))
    with pytest.raises(PermissionDenied):
        BatchPrintDialog(make_ctx(branch_db, front_desk))


def test_batch_prints_every_card_not_yet_printed(qtbot, branch_db, manager, enrolled, tmp_path):
    card_printing.print_cards(branch_db, active_profile(branch_db), manager, _numbers(enrolled[:1]),
                              tmp_path / "first.pdf", "cr80")
    pending = _numbers(enrolled[1:])
    dialog = _dialog(qtbot, BatchPrintDialog(make_ctx(branch_db, manager)))
    assert dialog.pending_radio.isChecked() and not dialog.selected_radio.isEnabled()
    assert dialog.count_label.text() == "3 card(s) to print"
    assert dialog.rendered is None and not dialog.print_button.isEnabled()
    dialog.prepare_button.click()
    assert dialog.rendered is not None and dialog.rendered.card_numbers == tuple(pending)
    assert dialog.rendered.layout == "a4" and dialog.page_count == 2
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 3
    with qtbot.waitSignal(dialog.printed):
        dialog.save_pdf(tmp_path / "batch.pdf")
    assert (tmp_path / "batch.pdf").read_bytes() == dialog.rendered.pdf
    assert card_printing.pending_cards(branch_db) == []
    assert dialog.count_label.text() == "No cards to print."


def test_batch_of_selected_members(qtbot, branch_db, manager, enrolled):
    chosen = [enrolled[2], enrolled[0]]
    dialog = _dialog(qtbot, BatchPrintDialog(make_ctx(branch_db, manager), [v.id for v in chosen]))
    assert dialog.selected_radio.isChecked()
    assert dialog.count_label.text() == "2 card(s) to print"
    dialog.prepare_button.click()
    assert dialog.rendered is not None
    # In member number order, whatever order they were selected in.
    assert dialog.rendered.card_numbers == tuple(_numbers([enrolled[0], enrolled[2]]))
    dialog.pending_radio.setChecked(True)
    assert dialog.rendered is None and dialog.count_label.text() == "4 card(s) to print"


def test_cancel_stops_a_batch_and_nothing_is_recorded(qtbot, branch_db, manager, enrolled):
    dialog = _dialog(qtbot, BatchPrintDialog(make_ctx(branch_db, manager)))
    seen: list[int] = []

    def cancel_after_first(done: int, total: int) -> None:
        seen.append(done)
        dialog.cancel_button.click()

    dialog._progress.progressed.connect(cancel_after_first)
    dialog.prepare_button.click()
    assert seen == [1]
    assert dialog.rendered is None and not dialog.rendering
    assert dialog.banner.text == "Cancelled. Nothing was printed."
    assert dialog.progress_bar.isHidden() and not dialog.print_button.isEnabled()
    assert dialog.prepare_button.isEnabled()
    assert card_printing.pending_cards(branch_db) == _numbers(enrolled)


def test_batch_renders_in_the_background(qtbot, branch_db, manager, enrolled):
    ctx = make_ctx(branch_db, manager, synchronous=False)
    dialog = _dialog(qtbot, BatchPrintDialog(ctx))
    qtbot.waitUntil(lambda: dialog.prepare_button.isEnabled(), timeout=5000)
    dialog.prepare_button.click()
    assert dialog.rendering and dialog.progress_bar.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=10_000)
    assert dialog.rendered is not None and len(dialog.rendered.card_numbers) == 4
    assert dialog.progress_bar.isHidden() and dialog.print_button.isEnabled()
    ctx.runner.wait()


def test_cancel_in_the_background(qtbot, branch_db, manager, enrolled):
    ctx = make_ctx(branch_db, manager, synchronous=False)
    dialog = _dialog(qtbot, BatchPrintDialog(ctx))
    qtbot.waitUntil(lambda: dialog.prepare_button.isEnabled(), timeout=5000)
    dialog.prepare_button.click()
    # The renderer checks for Cancel after every card, so it stops after the first one.
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=10_000)
    assert dialog.rendered is None and dialog.banner.text == "Cancelled. Nothing was printed."
    ctx.runner.wait()
    assert card_printing.pending_cards(branch_db) == _numbers(enrolled)


def test_save_to_an_unwritable_place_says_so_and_records_nothing(qtbot, branch_db, manager, enrolled, tmp_path):
    numbers = _numbers(enrolled[:1])
    dialog = _dialog(qtbot, CardPrintDialog(make_ctx(branch_db, manager), numbers))
    dialog.save_pdf(tmp_path / "missing folder" / "cards.pdf")
    assert dialog.banner.kind == "error" and "could not be" in dialog.banner.text
    assert _printed_at(branch_db, numbers[0]) is None


def test_closing_the_dialog_mid_render_cancels_it(qtbot, branch_db, manager, enrolled):
    ctx = make_ctx(branch_db, manager, synchronous=False)
    dialog = CardPrintDialog(ctx, _numbers(enrolled))
    qtbot.addWidget(dialog)
    assert dialog.rendering
    dialog.reject()
    ctx.runner.wait()
    qtbot.wait(50)
    assert dialog.rendered is None
    assert all(_printed_at(branch_db, n) is None for n in _numbers(enrolled))



# ---- the member page's card menu ------------------------------------------------------------


class _Page:
    """What the member page tells the menu: the member shown and the car selected."""

    def __init__(self, db: Database, view: members.MemberView) -> None:
        self.db = db
        self.view = view
        self.vehicle_id: str | None = None
        self.messages: list[tuple[str, str]] = []
        self.widgets: list[QWidget] = []

    def current(self) -> tuple[members.MemberView | None, str | None]:
        return self.view, self.vehicle_id

    def reload(self) -> None:
        self.view = members.get(self.db, active_profile(self.db), self.view.id)


def _menu(qtbot, db: Database, actor: Actor, page: _Page) -> MemberCardMenu:
    parent = QWidget()
    qtbot.addWidget(parent)
    page.widgets.append(parent)  # the menu lives as long as its parent, and the test's page
    menu = MemberCardMenu(make_ctx(db, actor), page.current, parent)
    menu.message.connect(lambda text, kind: page.messages.append((text, kind)))
    menu.changed.connect(page.reload)
    return menu


def test_card_menu_offers_each_role_its_actions(qtbot, branch_db, manager, front_desk, advisor, enrolled):
    page = _Page(branch_db, enrolled[0])
    visible = {
        actor.username: [a.objectName() for a in _menu(qtbot, branch_db, actor, page).actions() if a.isVisible()]
        for actor in (manager, front_desk, advisor)
    }
    assert visible == {
        "manager1": ["printCards", "reissueCard", "handOverCard"],
        "desk1": ["handOverCard"],
        "advisor1": [],
    }
    assert not _menu(qtbot, branch_db, advisor, page).has_actions


def test_reissue_from_the_menu_replaces_the_card(qtbot, branch_db, manager, enrolled, monkeypatch):
    page = _Page(branch_db, enrolled[0])
    old = _numbers([enrolled[0]])[0]
    menu = _menu(qtbot, branch_db, manager, page)
    asked: list[str] = []

    def yes(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(card_print.QMessageBox, "question", yes)
    menu.update_enabled()
    assert menu.reissue_action.isEnabled()
    menu.reissue_action.trigger()
    assert old in asked[0]
    new = page.view.vehicles[0].active_card
    assert new is not None and new.card_number != old
    assert page.messages == [(f"New card \u2066{new.card_number}\u2069 issued. Print it from this menu or with the "
                              "cards not yet printed.", "success")]
    assert [c.status for c in page.view.vehicles[0].cards] == ["replaced", "active"]


def test_hand_over_from_the_menu_after_printing(qtbot, branch_db, manager, front_desk, enrolled, tmp_path):
    page = _Page(branch_db, enrolled[0])
    menu = _menu(qtbot, branch_db, front_desk, page)
    menu.update_enabled()
    assert not menu.hand_over_action.isEnabled(), "an unprinted card cannot be handed over"
    number = _numbers([enrolled[0]])[0]
    card_printing.print_cards(branch_db, active_profile(branch_db), manager, [number], tmp_path / "c.pdf")
    page.reload()
    menu.update_enabled()
    assert menu.hand_over_action.isEnabled()
    menu.hand_over_action.trigger()
    assert page.messages[-1][1] == "success"
    card = page.view.vehicles[0].active_card
    assert card is not None and card.handed_over_at is not None
    menu.update_enabled()
    assert not menu.hand_over_action.isEnabled()


def test_menu_asks_for_a_car_when_the_member_has_several(qtbot, branch_db, manager, front_desk):
    view = enroll(branch_db, front_desk, "Reza Karimi", 9, bought=(date(2020, 1, 10), date(2021, 2, 1)))
    page = _Page(branch_db, view)
    menu = _menu(qtbot, branch_db, manager, page)
    menu.hand_over_action.trigger()
    assert page.messages == [("Select the car in the list of cars first.", "warning")]


def test_print_from_the_menu_opens_the_preview_with_the_members_cards(qtbot, branch_db, manager, front_desk,
                                                                     monkeypatch):
    view = enroll(branch_db, front_desk, "Reza Karimi", 9, bought=(date(2020, 1, 10), date(2021, 2, 1)))
    page = _Page(branch_db, view)
    menu = _menu(qtbot, branch_db, manager, page)
    shown: list[tuple[str, ...]] = []

    def shown_and_closed(dialog: CardPrintDialog) -> int:
        shown.append(dialog.rendered.card_numbers if dialog.rendered else ())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(CardPrintDialog, "exec", shown_and_closed)
    menu.print_action.trigger()
    assert shown == [tuple(_numbers([view]))]


# ---- wired into the counter ---------------------------------------------------------------------


def _window(qtbot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(make_ctx(db, actor))
    qtbot.addWidget(window)
    window.show()
    return window


def test_only_managers_see_print_cards_and_the_card_menu_follows_the_role(qtbot, branch_db, manager, front_desk,
                                                                         advisor, enrolled):
    shown = {}
    for actor in (manager, front_desk, advisor):
        window = _window(qtbot, branch_db, actor)
        window.open_member(enrolled[0].id)
        shown[actor.username] = (window.cards_action.isVisible(), window.member_page.card_button.isVisible())
    assert shown == {"manager1": (True, True), "desk1": (False, True), "advisor1": (False, False)}


def test_print_cards_from_the_member_page_picks_that_member(qtbot, branch_db, manager, enrolled, tmp_path):
    window = _window(qtbot, branch_db, manager)
    window.open_member(enrolled[1].id)
    dialog = window.open_card_printing()
    assert dialog is not None and dialog.selected_radio.isChecked()
    assert dialog.card_numbers == tuple(_numbers([enrolled[1]]))
    dialog.prepare_button.click()
    with qtbot.waitSignal(dialog.printed):
        dialog.save_pdf(tmp_path / "member.pdf")
    history = [window.member_page.history_model.cell(r, 2) for r in range(window.member_page.history_model.rowCount())]
    assert f"Card {_numbers([enrolled[1]])[0]} printed" in history
    dialog.close()


def test_reissue_from_the_member_page_shows_the_new_card(qtbot, branch_db, manager, enrolled, monkeypatch):
    window = _window(qtbot, branch_db, manager)
    window.open_member(enrolled[0].id)
    old = _numbers([enrolled[0]])[0]
    monkeypatch.setattr(card_print.QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page = window.member_page
    page.card_menu.reissue_action.trigger()
    assert page.banner.kind == "success" and "New card" in page.banner.text
    assert "replaced" in page.vehicles_model.cell(0, 4)
    history = [page.history_model.cell(r, 2) for r in range(page.history_model.rowCount())]
    assert any(line.startswith("Card ") and f"replacing {old}" in line for line in history)
