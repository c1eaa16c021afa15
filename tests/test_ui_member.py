"""Enrolling through the form, the member page, its role-dependent actions and the discount
calculator."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from test_ui_support import PLATES, enroll, iran_national_id, make_ctx, type_text

from dealer_app.db.database import Database
from dealer_app.roles import Actor
from dealer_app.search import find
from dealer_app.services import members
from dealer_app.services.profiles import active_profile
from dealer_app.services.settings import get_value
from ui.discount import DiscountDialog
from ui.main_window import MainWindow
from ui.member_dialogs import AddVehicleDialog, EditMemberDialog, WithdrawDialog


@pytest.fixture
def window(qtbot, branch_db: Database, front_desk: Actor) -> MainWindow:
    w = MainWindow(make_ctx(branch_db, front_desk))
    qtbot.addWidget(w)
    w.show()
    return w


def _member_count(db: Database) -> int:
    with db.read() as s:
        return int(get_value(s, "counter.member") or 0)


def _fill_enrolment(w: MainWindow, national_id: str, *, bought: str = "1398/02/10") -> None:
    form = w.enroll_form
    f = form.form.fields
    type_text(f["full_name"].edit, "رضا کریمی")
    type_text(f["national_id"].edit, national_id)
    type_text(f["phone"].edit, "0912 345 6789")
    form.profile_complete.setChecked(True)
    type_text(form.vehicle.plate, PLATES[0])
    type_text(form.vehicle.model, "KMC J7")
    form.vehicle.purchased_on.setText(bought)


def test_enroll_through_the_form_opens_member_page_with_tier(qtbot, window: MainWindow, branch_db: Database) -> None:
    window.search.enroll_button.click()
    assert window.stack.currentWidget() is window.enroll_form
    assert window.enroll_form.form.fields["full_name"].edit.hasFocus()
    _fill_enrolment(window, iran_national_id(40))
    # Enter in any field saves.
    qtbot.keyClick(window.enroll_form.vehicle.model, Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.member_page
    page = window.member_page
    assert page.name_label.text() == "رضا کریمی"
    # join 30 + complete profile 30 + first car 60 = 120: Bronze, 91 to Silver.
    assert page.tier_badge.text() == "Bronze"
    assert "120 points" in page.summary_label.text()
    assert page.next_tier_label.text() == "91 more points to Silver"
    assert any("60 points" in line for line in page.breakdown_model.lines())
    assert page.vehicles_model.rowCount() == 1
    assert "valid" in page.vehicles_model.cell(0, 4)
    assert page.history_model.rowCount() >= 2, "enrolment and card issue are in the history"
    assert "is now member" in page.banner.text
    hits = find(branch_db, active_profile(branch_db), "رضا کریمی")
    assert [h.full_name for h in hits] == ["رضا کریمی"]


def test_inline_message_while_typing(qtbot, window: MainWindow) -> None:
    window.show_enroll()
    edit = window.enroll_form.form.fields["national_id"].edit
    message = window.enroll_form.form.fields["national_id"].message
    type_text(edit, "123")
    assert message.isVisible() and "10 digits" in message.text()
    edit.clear()
    type_text(edit, iran_national_id(7))
    assert not message.isVisible()


def test_validation_error_keeps_form_open_and_writes_nothing(qtbot, window: MainWindow, branch_db: Database) -> None:
    window.show_enroll()
    _fill_enrolment(window, "0012345678")  # wrong check digit
    window.enroll_form.save_button.click()
    assert window.stack.currentWidget() is window.enroll_form
    message = window.enroll_form.form.fields["national_id"].message
    assert message.isVisible() and "check digit" in message.text()
    assert window.enroll_form.banner.kind == "error"
    assert _member_count(branch_db) == 0


def test_future_purchase_date_is_refused(qtbot, window: MainWindow, branch_db: Database) -> None:
    window.show_enroll()
    _fill_enrolment(window, iran_national_id(41), bought="1499/01/01")
    window.enroll_form.save_button.click()
    assert window.stack.currentWidget() is window.enroll_form
    assert window.enroll_form.car_form.fields["purchased_on"].message.isVisible()
    assert _member_count(branch_db) == 0


def test_duplicate_national_id_offers_existing_record(
    qtbot, window: MainWindow, branch_db: Database, front_desk: Actor
) -> None:
    existing = enroll(branch_db, front_desk, "Ali Rezaei", 5, plates=(PLATES[3],))
    window.show_enroll()
    _fill_enrolment(window, iran_national_id(5))
    window.enroll_form.save_button.click()
    assert window.stack.currentWidget() is window.enroll_form
    banner = window.enroll_form.banner
    assert existing.member_number in banner.text and banner.button.isVisible()
    assert _member_count(branch_db) == 1
    banner.button.click()
    assert window.stack.currentWidget() is window.member_page
    assert window.member_page.name_label.text() == "Ali Rezaei"


def test_member_page_shows_why_and_benefits(qtbot, window: MainWindow, branch_db: Database, manager: Actor) -> None:
    view = enroll(branch_db, manager, "Sara Amini", 9,
                  bought=(date(2019, 1, 5), date(2020, 2, 6), date(2021, 3, 7)))
    window.open_member(view.id)
    page = window.member_page
    assert page.tier_badge.text() == "Gold"  # 30 + 30 + 60 + 120 + 180 = 420
    assert page.next_tier_label.text() == "81 more points to Diamond"
    benefits = page.benefits_model.lines()
    assert any("2 %" in b for b in benefits)
    assert len(benefits) >= 3
    assert page.vehicles_model.rowCount() == 3
    assert page.breakdown_model.lines()[-1] == "Total: 420 points"


def test_actions_follow_the_role(qtbot, branch_db: Database, front_desk: Actor, advisor: Actor) -> None:
    view = enroll(branch_db, front_desk, "Sara Amini", 9)
    desk = MainWindow(make_ctx(branch_db, front_desk))
    qtbot.addWidget(desk)
    desk.open_member(view.id)
    page = desk.member_page
    assert not page.edit_button.isHidden() and not page.renew_button.isHidden()
    assert page.discount_button.isHidden()

    adv = MainWindow(make_ctx(branch_db, advisor))
    qtbot.addWidget(adv)
    adv.open_member(view.id)
    page = adv.member_page
    assert page.edit_button.isHidden() and page.vehicle_button.isHidden() and page.withdraw_button.isHidden()
    assert not page.discount_button.isHidden()
    assert adv.search.enroll_button.isHidden() and not adv.enroll_action.isVisible()


def test_edit_and_add_vehicle_dialogs(qtbot, window: MainWindow, branch_db: Database, front_desk: Actor) -> None:
    view = enroll(branch_db, front_desk, "Sara Amini", 9, complete=False)
    window.open_member(view.id)
    dialog = EditMemberDialog(window.ctx, view, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.fields["phone"].edit.setText("12")
    dialog.save()
    assert dialog.result_view is None and dialog.form.fields["phone"].message.isVisible()
    dialog.form.fields["phone"].edit.setText("0912 999 8877")
    dialog.complete.setChecked(True)
    dialog.save()
    assert dialog.result_view is not None and dialog.result_view.profile_complete

    add = AddVehicleDialog(window.ctx, dialog.result_view, window)
    qtbot.addWidget(add)
    type_text(add.vehicle.plate, PLATES[2])
    add.vehicle.model.setText("KMC T8")
    add.vehicle.purchased_on.setText("1400/01/15")
    add.save()
    assert add.result_view is not None and len(add.result_view.vehicles) == 2
    assert members.get(branch_db, active_profile(branch_db), view.id).standing.points == 240


def test_discount_calculator(qtbot, branch_db: Database, advisor: Actor, manager: Actor) -> None:
    view = enroll(branch_db, manager, "Sara Amini", 9,
                  bought=(date(2019, 1, 5), date(2020, 2, 6), date(2021, 3, 7)))
    ctx = make_ctx(branch_db, advisor)
    dialog = DiscountDialog(ctx, view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("purchase"))
    qtbot.keyClicks(dialog.price, "1,500,000,000")
    text = dialog.result_label.text()
    assert "30,000,000" in text and "1,470,000,000" in text  # Gold: 2 %
    dialog.price.setText("abc")
    dialog.recalculate()
    assert dialog.price_message.isVisible()


def test_discount_in_persian_uses_persian_digits(qtbot, branch_db: Database, manager: Actor) -> None:
    view = enroll(branch_db, manager, "Sara Amini", 9, bought=(date(2019, 1, 5), date(2020, 2, 6)))
    ctx = make_ctx(branch_db, manager, lang="fa")
    dialog = DiscountDialog(ctx, view)
    qtbot.addWidget(dialog)
    type_text(dialog.price, "۱۰۰۰۰۰۰")
    assert "۱۰٬۰۰۰" in dialog.result_label.text()  # Silver: 1 % of 1,000,000 rial


def test_withdraw_needs_a_reason_then_shows_withdrawn(
    qtbot, window: MainWindow, branch_db: Database, front_desk: Actor
) -> None:
    view = enroll(branch_db, front_desk, "Sara Amini", 9)
    window.open_member(view.id)
    dialog = WithdrawDialog(window.ctx, view, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.result_view is None and "written reason" in dialog.reason_message.text()
    dialog.reason.setPlainText("Moving abroad")
    dialog.save()
    assert dialog.result_view is not None and dialog.result_view.membership_state == "withdrawn"
    window.member_page.show_view(dialog.result_view)
    page = window.member_page
    assert "withdrew" in page.validity_banner.text
    assert not page.withdraw_button.isEnabled() and not page.edit_button.isEnabled()
    assert any("withdrawn" in page.history_model.cell(r, 2) for r in range(page.history_model.rowCount()))
