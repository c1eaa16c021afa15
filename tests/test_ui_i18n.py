"""Languages, calendars and national formats at the counter: Persian right to left with Jalali
dates and Persian digits, the date field and its month view, the plate fields of Iran, China and
Turkey, digits of any script in every input, and switching the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_ui_support import enroll, iran_national_id, make_ctx, type_text

from dealer_app import search
from dealer_app.club_profile import load_profile
from dealer_app.db.database import Database
from dealer_app.roles import Actor
from dealer_app.services import members, staff
from dealer_app.services import settings as branch_settings
from dealer_app.services.profiles import active_profile
from dealer_app.text import search_key
from ui.appsetup import apply_language
from ui.context import AppContext
from ui.date_input import DateInput, first_day_of_week, weekend_days
from ui.discount import DiscountDialog
from ui.formatting import fmt_date
from ui.main import CounterApp
from ui.main_window import MainWindow
from ui.plate_input import ChinaPlateInput, IranPlateInput, TurkeyPlateInput, make_plate_input
from ui.tasks import TaskRunner


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[QApplication]:
    """Persian for one test; every other test expects the English interface."""
    apply_language("fa")
    yield qapp
    apply_language("en")


@pytest.fixture
def fa_window(qtbot, persian: QApplication, branch_db: Database, front_desk: Actor) -> MainWindow:
    w = MainWindow(make_ctx(branch_db, front_desk, "fa"))
    qtbot.addWidget(w)
    w.show()
    return w


# ---- Persian: direction, translation, Jalali dates, digits --------------------------------------

def test_persian_window_is_right_to_left_and_translated(fa_window: MainWindow) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert fa_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert fa_window.isRightToLeft() and fa_window.search.isRightToLeft()
    assert fa_window.search_action.text() == "جستجو"
    assert fa_window.search.enroll_button.text() == "ثبت‌نام عضو جدید"
    # Qt's own translations are loaded too: standard buttons speak Persian.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel != "Cancel" and any("\u0600" <= ch <= "\u06ff" for ch in cancel)


def test_english_is_left_to_right(qtbot, branch_db: Database, front_desk: Actor) -> None:
    apply_language("en")
    w = MainWindow(make_ctx(branch_db, front_desk, "en"))
    qtbot.addWidget(w)
    assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.search_action.text() == "Search"


def test_jalali_enrolment_with_persian_digits_round_trip(qtbot, fa_window: MainWindow, branch_db: Database) -> None:
    fa_window.show_enroll()
    form = fa_window.enroll_form
    f = form.form.fields
    assert f["joined_on"].edit.text() == fmt_date(date.today(), form.ctx.profile, "fa")
    type_text(f["full_name"].edit, "مریم صادقی")
    # Persian digits in the national ID, Arabic-Indic digits in the phone.
    type_text(f["national_id"].edit, iran_national_id(77).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))
    type_text(f["phone"].edit, "٠٩١٢ ٣٤٥ ٦٧٨٩")
    form.profile_complete.setChecked(True)
    type_text(form.vehicle.plate, "۴۵ق۷۸۹ایران۴۴")
    type_text(form.vehicle.model, "KMC K7")
    for edit in (f["joined_on"].edit, form.vehicle.purchased_on):
        edit.clear()
        type_text(edit, "۱۳۹۸/۰۲/۱۰")
    form.save_button.click()

    assert fa_window.stack.currentWidget() is fa_window.member_page
    page = fa_window.member_page
    assert page.data is not None
    stored = members.get(branch_db, active_profile(branch_db), page.data.view.id)
    assert stored.joined_on == date(2019, 4, 30)  # 10 Ordibehesht 1398
    assert stored.vehicles[0].purchased_on == date(2019, 4, 30)
    assert stored.national_id == iran_national_id(77) and stored.phone == "+989123456789"
    assert stored.vehicles[0].plate_key == "IR-45Q789-44"
    # Shown back in the Jalali calendar with Persian digits.
    assert page.joined_label.text() == "۱۳۹۸/۰۲/۱۰"
    assert page.vehicles_model.cell(0, 2) == "۱۳۹۸/۰۲/۱۰"
    assert "امتیاز" in page.summary_label.text() and "۱۲۰" in page.summary_label.text()


def test_core_messages_are_shown_in_persian(fa_window: MainWindow) -> None:
    fa_window.show_enroll()
    field = fa_window.enroll_form.form.fields["national_id"]
    type_text(field.edit, "123")
    assert field.message.isVisible()
    assert "کد ملی ۱۰ رقم دارد" in field.message.text()
    date_field = fa_window.enroll_form.form.fields["joined_on"]
    date_field.edit.clear()
    type_text(date_field.edit, "1499/01/01")
    assert "در آینده است" in date_field.message.text()
    assert "۱۴۹۹/۰۱/۰۱" in date_field.message.text(), "the date in the message is Jalali too"


def test_eligibility_date_in_jalali(qapp: QApplication) -> None:
    profile = load_profile("kerman_motor")
    assert profile.eligibility.eligible_from == date(2011, 3, 21)
    assert fmt_date(profile.eligibility.eligible_from, profile, "fa") == "۱۳۹۰/۰۱/۰۱"
    assert fmt_date(profile.eligibility.eligible_from, profile, "en") == "1390/01/01"
    field = DateInput(profile, "fa")
    for typed in ("1390/01/01", "۱۳۹۰/۰۱/۰۱", "١٣٩٠-١-١", "1 فروردین 1390"):
        field.setText(typed)
        assert field.value() == date(2011, 3, 21), typed
    field.set_value(date(2011, 3, 21))
    assert field.text() == "۱۳۹۰/۰۱/۰۱"


# ---- the date field's month view ---------------------------------------------------------------

def test_month_view_is_jalali_with_the_iranian_week(qtbot, qapp: QApplication) -> None:
    profile = load_profile("kerman_motor")
    field = DateInput(profile, "fa", past_only=True)
    qtbot.addWidget(field)
    field.show()
    field.setText("1403/05/12")
    popup = field.open_calendar()
    calendar = popup.calendar
    assert calendar.calendar().name() == "Jalali"
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert calendar.selectedDate() == QDate(2024, 8, 2)
    assert calendar.maximumDate() == QDate.currentDate()
    red = QColor("#c62828")
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color() == red
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color() != red
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() != red

    edits: list[str] = []
    field.textEdited.connect(edits.append)
    calendar.activated.emit(QDate(2011, 3, 21))
    assert field.text() == "۱۳۹۰/۰۱/۰۱" and edits == ["۱۳۹۰/۰۱/۰۱"]
    assert field.value() == date(2011, 3, 21)


def test_month_view_for_china_is_gregorian_from_monday(qtbot, qapp: QApplication) -> None:
    profile = load_profile("faw_mazda")
    assert first_day_of_week(profile) == Qt.DayOfWeek.Monday
    assert weekend_days("CN") == (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)
    assert weekend_days("IR") == (Qt.DayOfWeek.Friday,)
    assert weekend_days("TR") == (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)
    field = DateInput(profile, "zh_CN")
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    assert field.popup is not None
    assert field.popup.calendar.calendar().name() == "Gregorian"
    assert field.popup.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    field.popup.calendar.clicked.emit(QDate(2024, 8, 2))
    assert field.text() == "2024-08-02"


# ---- plate fields --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("12 ب 345 ایران 67", "IR-12B345-67"),
        ("۱۲ب۳۴۵ایران۶۷", "IR-12B345-67"),
        ("٢٢ج٤٥٦١١", "IR-22J456-11"),
        ("10الف100ایران10", "IR-10A100-10"),
    ],
)
def test_iran_plate_field(qtbot, typed: str, key: str) -> None:
    field = IranPlateInput()
    qtbot.addWidget(field)
    type_text(field, typed)
    assert field.key() == key
    # Laid out as the plate is printed, whatever the interface's direction.
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert field.two.text() == field.two.text().translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert [field.letter.itemText(i) for i in range(field.letter.count())][:3] == ["الف", "ب", "پ"]


def test_iran_plate_field_takes_a_pasted_plate_and_shows_keys(qtbot, qapp: QApplication) -> None:
    field = IranPlateInput()
    qtbot.addWidget(field)
    QApplication.clipboard().setText("12 ب 345 - 67")
    field.two.paste()
    assert field.key() == "IR-12B345-67"
    assert (field.two.text(), field.letter.currentText(), field.three.text(), field.region.text()) == (
        "۱۲", "ب", "۳۴۵", "۶۷")
    field.setText("IR-33D567-22")
    assert field.text() == "33 د 567 ایران 22"
    field.clear()
    assert field.text() == ""


@pytest.mark.parametrize(
    ("typed", "key"),
    [("京A12345", "CN-京A12345"), ("粤bd12345", "CN-粤BD12345"), ("沪C·1234学", "CN-沪C1234学")],
)
def test_china_plate_field(qtbot, typed: str, key: str) -> None:
    field = ChinaPlateInput()
    qtbot.addWidget(field)
    type_text(field, typed)
    assert field.key() == key
    assert field.province.count() == 31


@pytest.mark.parametrize(
    ("typed", "key"),
    [("34abc123", "TR-34ABC123"), ("06 ab 1234", "TR-06AB1234"), ("35a1234", "TR-35A1234"),
     ("34 ık 123", "TR-34IK123")],
)
def test_turkey_plate_field(qtbot, typed: str, key: str) -> None:
    field = TurkeyPlateInput()
    qtbot.addWidget(field)
    type_text(field, typed)
    assert field.key() == key
    assert field.letters.text() == key[5:].rstrip("0123456789")


def test_plate_field_messages_come_from_the_core(qtbot) -> None:
    field = make_plate_input("TR")
    qtbot.addWidget(field)
    type_text(field, "99 a 1234")
    with pytest.raises(Exception) as exc:
        field.key()
    assert "province code" in str(exc.value)
    with pytest.raises(ValueError):
        make_plate_input("DE")


def test_plate_key_is_the_search_key(qtbot, branch_db: Database, front_desk: Actor) -> None:
    view = enroll(branch_db, front_desk, "Reza Karimi", 3, plates=("12 ب 345 ایران 67",))
    field = IranPlateInput()
    qtbot.addWidget(field)
    type_text(field, "۱۲ب۳۴۵۶۷")
    hits = search.find(branch_db, active_profile(branch_db), field.text())
    assert [h.member_id for h in hits] == [view.id] and hits[0].matched_by == "plate"
    assert view.vehicles[0].plate_key == field.key()


# ---- digits and money ------------------------------------------------------------------------------

def test_discount_in_toman_with_persian_digits(qtbot, persian: QApplication, branch_db: Database, manager: Actor,
                                               advisor: Actor) -> None:
    view = enroll(branch_db, manager, "Sara Amini", 9, bought=(date(2019, 5, 1), date(2021, 8, 20), date(2023, 11, 2)))
    branch_settings.update(branch_db, manager, toman_display=True)
    ctx = make_ctx(branch_db, advisor, "fa")
    dialog = DiscountDialog(ctx, view)
    qtbot.addWidget(dialog)
    assert dialog.in_toman and "تومان" in dialog.price.placeholderText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("purchase"))
    type_text(dialog.price, "۱٬۰۰۰٬۰۰۰")
    result = dialog.result_label.text()
    # Gold in Kerman Motor: 2 % off a car, in toman as typed, all in Persian digits.
    assert result == "تخفیف ۲٪: ۲۰٬۰۰۰\xa0تومان\nمبلغ قابل پرداخت: ۹۸۰٬۰۰۰\xa0تومان"
    assert not any(ch.isascii() and ch.isdigit() for ch in result), result
    dialog.price.clear()
    type_text(dialog.price, "1,000,000")
    assert dialog.result_label.text() == result, "ASCII and Persian digits give the same amount"


# ---- search normalisation through the search box -------------------------------------------------

@pytest.mark.parametrize(
    ("query", "name"),
    [("ozturk", "Ahmet Öztürk"), ("ISIL", "Işıl Kaya"), ("علي", "علی رضایی"), ("isil", "Işıl Kaya")],
)
def test_search_box_folds_letters(qtbot, branch_db: Database, front_desk: Actor, query: str, name: str) -> None:
    for n, full in enumerate(("Ahmet Öztürk", "Işıl Kaya", "علی رضایی"), start=1):
        enroll(branch_db, front_desk, full, n)
    w = MainWindow(make_ctx(branch_db, front_desk))
    qtbot.addWidget(w)
    w.show()
    type_text(w.search.box, query)
    qtbot.waitUntil(lambda: w.search.model.rowCount() > 0)
    assert [h.full_name for h in w.search.model.hits] == [name]
    assert [h.full_name for h in search.find(branch_db, active_profile(branch_db), query)] == [name]


def test_persian_digits_find_ascii_digits(qtbot, branch_db: Database, front_desk: Actor) -> None:
    view = enroll(branch_db, front_desk, "Ali Rezaei", 12, phone="09121234512", plates=("12 ب 345 ایران 67",))
    assert search_key("۱۲") == search_key("١٢") == search_key("12") == "12"
    profile = active_profile(branch_db)
    persian_number = view.member_number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    for query in ("۰۹۱۲۱۲۳۴۵۱۲", "۱۲ ب ۳۴۵ ایران ۶۷", persian_number):
        assert [h.member_id for h in search.find(branch_db, profile, query)] == [view.id], query
    w = MainWindow(make_ctx(branch_db, front_desk))
    qtbot.addWidget(w)
    w.show()
    type_text(w.search.box, "۰۹۱۲ ۱۲۳ ۴۵ ۱۲")
    qtbot.waitUntil(lambda: w.search.model.rowCount() > 0)
    assert w.search.model.hits[0].member_id == view.id


# ---- choosing the language -------------------------------------------------------------------------

@pytest.fixture
def counter(qtbot, qapp: QApplication, tmp_path: Path) -> Iterator[CounterApp]:
    from conftest import make_branch

    db = make_branch(tmp_path / "lang.sqlite3")
    staff.create_first_manager(db, "sara", "Sara Karimi", "counter-pass-1")
    app = CounterApp(db, TaskRunner(synchronous=True))
    yield app
    for widget in (app.window, app.sign_in):
        if widget is not None:
            widget.close()
    apply_language("en")
    db.close()


def test_language_chosen_at_sign_in_becomes_the_accounts(qtbot, counter: CounterApp) -> None:
    counter.show_sign_in()
    assert counter.ctx is not None and counter.ctx.lang == "fa", "the club's language until someone signs in"
    dialog = counter.sign_in
    assert dialog is not None and dialog.language is not None
    dialog.username.setText("sara")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    rebuilt = counter.sign_in
    assert rebuilt is not None and rebuilt is not dialog
    assert rebuilt.windowTitle() == "客户俱乐部 – 登录"
    assert rebuilt.username.text() == "sara" and rebuilt.layoutDirection() == Qt.LayoutDirection.LeftToRight
    rebuilt.password.setText("counter-pass-1")
    rebuilt.sign_in_button.click()

    window = counter.window
    assert window is not None and window.search_action.text() == "搜索"
    manager = staff.authenticate(counter.db, "sara", "counter-pass-1")
    assert manager.language == "zh_CN"


def test_switching_language_in_the_main_window_keeps_the_member(qtbot, counter: CounterApp) -> None:
    manager = staff.authenticate(counter.db, "sara", "counter-pass-1")
    view = enroll(counter.db, manager, "Reza Karimi", 4)
    window = counter.signed_in(manager)
    assert window.isRightToLeft(), "an account without a language gets the club's (Persian)"
    window.open_member(view.id)
    assert window.language_button.text() == "فارسی"

    window.language_chosen.emit("tr")
    new = counter.window
    assert new is not None and new is not window
    assert not new.isRightToLeft() and new.search_action.text() == "Ara"
    assert new.stack.currentWidget() is new.member_page and new.member_page.member_id == view.id
    assert new.member_page.joined_label.text() == "1399/12/11", "Jalali dates stay, in Latin digits"
    assert staff.authenticate(counter.db, "sara", "counter-pass-1").language == "tr"


def test_context_language_follows_the_switch(branch_db: Database, front_desk: Actor, qapp: QApplication) -> None:
    ctx = AppContext.open(branch_db, TaskRunner(synchronous=True))
    assert ctx.lang == "fa"
    ctx.set_language("en")
    assert ctx.lang == "en"
